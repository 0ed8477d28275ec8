"""How answers look in a notebook: short reprs, HTML, DataFrames and plain dicts.

The classes that answer questions (Path, Effect, QueryResult, Statement, ...) sit in several layers;
each gets a few small methods that call into this module, which imports only the bottom layer
(vocab, model, errors) and the standard library, so any layer can use it without an import cycle.
Every string from the graph goes through :func:`html.escape`: a quote holding ``<script>`` is shown
as text. pandas is optional (``pip install 'exokg[dataframes]'``); without it ``to_dataframe()``
says so and how to get it.
"""
from __future__ import annotations

import html
import json
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .errors import MissingDependencyError
from .files import check_output_file, write_atomic
from .vocab import SIGN_SYMBOL

if TYPE_CHECKING:
    import pandas

    from .model import Evidence

#: Colour of an arrow by sign, as in the interactive page: green increase, red decrease, grey unsigned.
SIGN_COLOURS: dict[int, str] = {1: "#1a9641", -1: "#d7191c", 0: "#6b6b6b"}

_STYLE = ("<style>.kg-nb{font-family:system-ui,sans-serif;font-size:13px;line-height:1.4}"
          ".kg-nb table{border-collapse:collapse}.kg-nb td,.kg-nb th{text-align:left;vertical-align:top;"
          "padding:2px 8px;border-bottom:1px solid #e5e5e5}.kg-nb q{font-style:italic}"
          ".kg-nb .kg-src{color:#666;font-size:12px}.kg-nb ol{margin:2px 0 2px 18px;padding:0}</style>")


def esc(value: Any) -> str:
    """Text made safe for HTML (None is empty).

    >>> esc("a <b> & 'c'")
    'a &lt;b&gt; &amp; &#x27;c&#x27;'
    """
    return "" if value is None else html.escape(str(value))


def card(body: str) -> str:
    """HTML wrapped in the notebook styles."""
    return f'{_STYLE}<div class="kg-nb">{body}</div>'


def html_table(columns: Sequence[str], rows: Iterable[Sequence[Any]], limit: int = 200) -> str:
    """An HTML table of *rows*; past *limit* rows it says how many more there are.

    >>> html_table(["a"], [[1], ["<x>"]])
    '<table><tr><th>a</th></tr><tr><td>1</td></tr><tr><td>&lt;x&gt;</td></tr></table>'
    """
    rows = list(rows)
    head = "".join(f"<th>{esc(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in r) + "</tr>" for r in rows[:limit])
    more = f"<p>\u2026 and {len(rows) - limit} more rows (to_dataframe() has them all)</p>" if len(rows) > limit else ""
    return f"<table><tr>{head}</tr>{body}</table>{more}"


def arrow_html(predicate: str, sign: int) -> str:
    """One hop's arrow, coloured by its sign."""
    return f' <span style="color:{SIGN_COLOURS.get(sign, "#6b6b6b")}">-{esc(predicate)}-&gt;</span> '


def evidence_html(evidence: Iterable["Evidence"], titles: Mapping[str, str] | None = None) -> str:
    """Each quote, whole, with where it comes from (document title if known, offsets, status)."""
    items = []
    for e in evidence:
        doc = (titles or {}).get(e.document) or e.document
        made = "" if e.curation == "curated" else f", {e.curation}"
        items.append(f'<li><q>{esc(e.quote)}</q> <span class="kg-src">\u2014 {esc(doc)}, characters '
                     f'{e.start}-{e.end}, {esc(e.status)}{esc(made)}</span></li>')
    return f'<ul>{"".join(items)}</ul>'


def chain_html(path: Any) -> str:
    """A path's chain with coloured arrows and its net sign.

    >>> from kg.model import Entity
    >>> class S: subject, predicate, object, sign = Entity("a", "A", "Molecule"), "decreases", Entity("b", "B", "Molecule"), -1
    >>> class P: steps, sign = (S(),), -1
    >>> chain_html(P())
    '<b>A</b> <span style="color:#d7191c">-decreases-&gt;</span> <b>B</b> [net -]'
    """
    out = f"<b>{esc(path.steps[0].subject.label)}</b>"
    for s in path.steps:
        out += arrow_html(s.predicate, s.sign) + f"<b>{esc(s.object.label)}</b>"
    return out + f" [net {SIGN_SYMBOL[path.sign]}]"


def path_html(path: Any, titles: Mapping[str, str] | None = None) -> str:
    """A path: its chain, then every hop with the quotes behind it."""
    hops = "".join(f"<li>{esc(s)} ({esc(s.status)}){evidence_html(s.evidence, titles)}</li>" for s in path.steps)
    return f"<div>{chain_html(path)} <span class=\"kg-src\">weakest status: {esc(path.status)}</span><ol>{hops}</ol></div>"


def notes_html(stopped: str | None, removed: Mapping[str, int]) -> str:
    """What a search's answer leaves out, as a note above it: stopped early, or paths a filter removed.

    >>> notes_html("time limit", {"status": 2})
    '<p class="kg-note">stopped at the time limit: the answers found so far; there may be more</p><p class="kg-note">the status filter removed 2 paths</p>'
    """
    notes = []
    if stopped:
        notes.append(f"stopped at the {esc(stopped)}: the answers found so far; there may be more")
    notes += [f"the {esc(k)} filter removed {n} path{'s' if n != 1 else ''}" for k, n in removed.items() if n]
    return "".join(f'<p class="kg-note">{n}</p>' for n in notes)


def to_dataframe(records: Sequence[Mapping[str, Any]], columns: Sequence[str] | None = None) -> "pandas.DataFrame":
    """A pandas DataFrame of flat *records*; pandas is an optional extra.

    >>> to_dataframe([{"a": 1}]).shape
    (1, 1)
    """
    try:
        import pandas as pd  # optional: only to_dataframe() needs it
    except ImportError:
        raise MissingDependencyError(
            "to_dataframe() needs pandas, which exokg does not install by default; "
            "install it with pip install 'exokg[dataframes]' (or pip install pandas), "
            "or use to_dict() for plain Python values") from None
    return pd.DataFrame(list(records), columns=list(columns) if columns is not None else None)


class Results(list):
    """A list of answers (paths, effects, steps, contradictions) that also shows itself in a notebook.

    It is a plain list in every other way. Each item's ``_row()`` gives its line in the table;
    ``to_dict()`` is a list of the items' dicts, ready for :func:`json.dumps`.

    >>> r = Results([], kind="paths"); r, r.to_dict(), r.to_json()
    ([], [], '[]')
    """

    def __init__(self, items: Iterable[Any] = (), kind: str = "answers", titles: Mapping[str, str] | None = None):
        super().__init__(items)
        self.kind = kind
        self.titles = dict(titles or {})

    def to_dict(self) -> list[dict[str, Any]]:
        return [x.to_dict() for x in self]

    def to_json(self, **options: Any) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, **options)

    def to_dataframe(self) -> "pandas.DataFrame":
        """One row per answer (a path's chain, an effect's entity and best path, ...)."""
        rows = [x._row() for x in self]
        return to_dataframe(rows, list(rows[0]) if rows else None)

    def _repr_html_(self) -> str:
        if not self:
            return card(f"<p>no {esc(self.kind)}</p>")
        rows = [x._row() for x in self]
        head = f"<p>{len(self)} {esc(self.kind if len(self) != 1 else self.kind.rstrip('s'))}</p>"
        if all(hasattr(x, "steps") for x in self):  # paths: the chains, each hop's evidence folded
            items = "".join(f"<li>{chain_html(p)} <details><summary>evidence</summary>{path_html(p, self.titles)}"
                            "</details></li>" for p in self[:50])
            more = f"<p>\u2026 and {len(self) - 50} more</p>" if len(self) > 50 else ""
            return card(f"{head}<ol>{items}</ol>{more}")
        return card(head + html_table(list(rows[0]), [list(r.values()) for r in rows]))


class InlinePage:
    """An interactive page (``kg html``) shown inside a notebook cell, offline, in an iframe.

    >>> InlinePage(b"<p>hi</p>", "t")._repr_html_()[:49]
    '<iframe title="t" srcdoc="&lt;p&gt;hi&lt;/p&gt;" '
    """

    def __init__(self, page: bytes, title: str, height: int = 600):
        self.page = page
        self.title = title
        self.height = height

    def __repr__(self) -> str:
        return f"<InlinePage {self.title!r}: {len(self.page):,} bytes; save(path) writes it>"

    def save(self, path: str | FilePath) -> FilePath:
        """Write the page to *path*, atomically (it opens offline in any browser)."""
        out = check_output_file(path)
        write_atomic(out, self.page)
        return out

    def _repr_html_(self) -> str:
        return (f'<iframe title="{esc(self.title)}" srcdoc="{esc(self.page.decode("utf-8"))}" '
                f'style="width:100%;height:{self.height}px;border:1px solid #ddd"></iframe>')


__all__ = ["InlinePage", "Results", "card", "chain_html", "esc", "evidence_html", "html_table", "path_html",
           "to_dataframe"]
