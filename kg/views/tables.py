"""Rows for people and programs: table, JSON, CSV, TSV, and the SPARQL result formats.

The second half turns each kind of answer (paths, effects, neighbours, contradictions, counts,
machine-read statements) into columns and rows, so the command line only prints.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
import textwrap
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from rdflib import BNode, Literal, URIRef

from ..errors import UnknownFormatError
from ..stores.base import QueryResult, to_python
from ..vocab import DOCUMENT, ENTITY, PREFIXES, SIGN_SYMBOL

if TYPE_CHECKING:
    from ..core import GraphData
    from ..model import Entity, Evidence, Statement
    from ..query.claims import Contradiction
    from ..query.reach import Effect
    from ..query.sparql import NamedQuery
    from ..query.walks import Path, Step

FORMATS = ("table", "json", "csv", "tsv")
SPARQL_FORMATS = ("sparql-json", "sparql-csv", "sparql-tsv")


class Named(str):
    """An identifier that people read by its name: ``str()`` is the id (CSV, TSV and JSON keep it),
    ``label`` is what a table shows (an entity's label, a document's title).

    >>> n = Named("001_71721c4acb0d1825", "Stem Cell Exosomes"); str(n), n.label, json.dumps([n])
    ('001_71721c4acb0d1825', 'Stem Cell Exosomes', '["001_71721c4acb0d1825"]')
    """

    label: str

    def __new__(cls, ident: str, label: str) -> "Named":
        out = super().__new__(cls, ident)
        out.label = label
        return out


def _cell(v: Any, people: bool = False) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    if people and isinstance(v, Named):
        return v.label.replace("\n", " ")
    return str(v).replace("\n", " ")


def terminal_width() -> int:
    """Columns of the terminal (or $COLUMNS), 80 when output is piped; never below 40."""
    return max(40, shutil.get_terminal_size((80, 24)).columns)


GAP = 2
#: Below this many characters a wrapped column reads as a list of syllables: lay rows out as records.
MIN_WRAP = 8


def _wrap(text: str, width: int) -> list[str]:
    # Long tokens (IRIs, hash stems) are broken, never cut: every character stays on the page.
    return textwrap.wrap(text, width, break_long_words=True, break_on_hyphens=False) or [""]


def _shares(natural: list[int], room: int) -> list[int]:
    """Widths summing to at most *room*: columns that fit a fair share keep their width, the rest share."""
    widths = list(natural)
    todo = sorted(range(len(natural)), key=lambda i: natural[i])
    left = room
    while todo:
        share = left // len(todo)
        if natural[todo[0]] > share:
            for j, i in enumerate(todo):
                widths[i] = share + (1 if j < left - share * len(todo) else 0)
            break
        i = todo.pop(0)
        left -= natural[i]
    return widths


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int | None = None) -> str:
    """A plain-text table within *width* columns (default: the terminal) that keeps every value.

    Long cells wrap inside their column. A column too wide to share a line (a quote, a path) moves
    under its row, wrapped to the full width; if the rest still cannot fit, each row becomes a block
    of ``column  value`` lines. Nothing is cut. :class:`Named` values show their label.

    >>> print(table(["a", "b"], [[1, "x" * 12]], width=40))
    a  b
    -  ------------
    1  xxxxxxxxxxxx
    >>> print(table(["n", "quote"], [[1, "a quote that wraps"]], width=12))
    n  quote
    -  ---------
    1  a quote
       that
       wraps
    >>> print(table(["n", "quote"], [[1, "a quote far too long to share its line with anything " * 3]], width=40))
    n
    -
    1
      quote  a quote far too long to share its
             line with anything a quote far too
             long to share its line with anything
             a quote far too long to share its
             line with anything
    """
    width = width or terminal_width()
    cells = [[_cell(v, people=True) for v in r] for r in rows]
    natural = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    # The narrowest a column may wrap to: its header, its longest word, and MIN_WRAP characters.
    floor = [min(natural[i], max(MIN_WRAP, len(c), *(len(w) for r in cells for w in r[i].split())))
             for i, c in enumerate(columns)]
    inline = list(range(len(columns)))
    below: list[int] = []
    while True:
        shares = _shares([natural[i] for i in inline], width - GAP * (len(inline) - 1))
        widths = dict(zip(inline, shares))
        # A column that would break words or grow past three lines a row goes under its row, the
        # widest (then rightmost) first; the first column names the row and stays.
        if all(widths[i] >= floor[i] and natural[i] <= 3 * widths[i] for i in inline) or len(inline) < 2:
            break
        widest = max(reversed(inline[1:]), key=lambda i: natural[i])
        inline.remove(widest)
        below.append(widest)
    below.sort()
    if any(widths[i] < floor[i] for i in inline):
        return _records_text(columns, cells, width)

    indent = 2 + max((len(columns[i]) for i in below), default=0) + GAP
    blocks = []
    for r in cells:
        wrapped = [_wrap(r[i], widths[i]) for i in inline]
        lines = ["  ".join((w[k] if k < len(w) else "").ljust(widths[i]) for i, w in zip(inline, wrapped)).rstrip()
                 for k in range(max(len(w) for w in wrapped))]
        for i in below:
            if r[i]:
                text = _wrap(r[i], width - indent)
                lines.append(f"  {columns[i]}".ljust(indent) + text[0])
                lines += [" " * indent + t for t in text[1:]]
        blocks.append(lines)
    head = ["  ".join(columns[i].ljust(widths[i]) for i in inline).rstrip(),
            "  ".join("-" * widths[i] for i in inline).rstrip()]
    # Rows that take several lines need a blank line between them to be told apart.
    sep = [""] if any(len(b) > 1 for b in blocks) else []
    body = [line for k, b in enumerate(blocks) for line in (sep if k else []) + b]
    return "\n".join(head + body)


def _records_text(columns: Sequence[str], cells: list[list[str]], width: int) -> str:
    """Each row as a block of ``column  value`` lines, values wrapped under each other."""
    indent = max(len(c) for c in columns) + GAP
    blocks = []
    for r in cells:
        lines = []
        for c, v in zip(columns, r):
            text = _wrap(v, width - indent)
            lines.append(c.ljust(indent) + text[0])
            lines += [" " * indent + t for t in text[1:]]
        blocks.append("\n".join(line.rstrip() for line in lines))
    return "\n\n".join(blocks)


def delimited(columns: Sequence[str], rows: Sequence[Sequence[Any]], delimiter: str) -> str:
    """CSV or TSV with a header row.

    >>> print(delimited(["a", "b"], [[1, "x,y"]], ","), end="")
    a,b
    1,"x,y"
    """
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    w.writerow(columns)
    for r in rows:
        w.writerow([_cell(v) for v in r])
    return buf.getvalue()


def records(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> str:
    """Rows in one of FORMATS.

    >>> print(records(["a"], [[1]], "csv"))
    a
    1
    """
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], indent=2, ensure_ascii=False, default=str)
    if fmt == "csv":
        return delimited(columns, rows, ",").rstrip("\n")
    if fmt == "tsv":
        return delimited(columns, rows, "\t").rstrip("\n")
    return table(columns, rows)


def _sparql_json_term(t: Any) -> dict[str, str]:
    if isinstance(t, URIRef):
        return {"type": "uri", "value": str(t)}
    if isinstance(t, BNode):
        return {"type": "bnode", "value": str(t)}
    assert isinstance(t, Literal)
    out = {"type": "literal", "value": str(t)}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype is not None:
        out["datatype"] = str(t.datatype)
    return out


def sparql_results(result: QueryResult, fmt: str) -> str:
    """A query result in a W3C SPARQL 1.1 results format (JSON, CSV or TSV).

    >>> r = QueryResult(("x",), ((URIRef("urn:a"),),))
    >>> print(sparql_results(r, "sparql-csv"))
    x
    urn:a
    """
    if fmt == "sparql-json":
        if result.boolean is not None:
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = [{k: _sparql_json_term(v) for k, v in zip(result.vars, row) if v is not None} for row in result.rows]
        return json.dumps({"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}, indent=1, ensure_ascii=False)
    if fmt == "sparql-csv":
        # The SPARQL CSV format gives plain lexical forms and CRLF line ends.
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(result.vars)
        for row in result.rows:
            w.writerow(["" if v is None else str(v) for v in row])
        return buf.getvalue().rstrip("\r\n")
    if fmt == "sparql-tsv":
        lines = ["\t".join(f"?{v}" for v in result.vars)]
        for row in result.rows:
            lines.append("\t".join("" if v is None else v.n3() for v in row))
        return "\n".join(lines)
    raise UnknownFormatError(fmt, SPARQL_FORMATS, "SPARQL result format")


#: Result columns whose text is prose, never an identifier to replace by a name.
TEXT_COLUMNS = frozenset({"quote", "label", "title", "text", "measure", "value", "comparator", "note", "question"})


def result_rows(result: QueryResult, kg: "GraphData | None" = None) -> tuple[list[str], list[list[Any]]]:
    """Columns and plain-value rows of a query result, shortening IRIs under known prefixes.

    With *kg*, an entity (its IRI or its id) and a document (its IRI or its file stem) become
    :class:`Named` values: CSV and JSON keep the identifier, a table shows the label or title.
    A result that has its own ``title`` column keeps document stems as they are.

    >>> result_rows(QueryResult(("e",), ((URIRef("https://w3id.org/exokg/entity/PTEN"),),)))
    (['e'], [['ent:PTEN']])
    >>> from kg.datasets import tiny_graph
    >>> _, rows = result_rows(QueryResult(("document",), ((Literal("m01"),),)), tiny_graph())
    >>> rows[0][0], rows[0][0].label
    ('m01', 'A tiny test document')
    """
    entities = {e.id: e.label for e in kg.entities()} if kg is not None else {}
    titles = {stem: d.title for stem, d in kg.documents.items() if d.title} if kg is not None else {}
    if "title" in result.vars:
        titles = {}

    def short(v: Any, column: str) -> Any:
        py = to_python(v)
        if isinstance(v, URIRef):
            text = str(v)
            if text.startswith(str(ENTITY)) and text[len(ENTITY):] in entities:
                return Named(f"ent:{text[len(ENTITY):]}", entities[text[len(ENTITY):]])
            if text.startswith(str(DOCUMENT)) and text[len(DOCUMENT):] in titles:
                return Named(f"doc:{text[len(DOCUMENT):]}", titles[text[len(DOCUMENT):]])
            for p, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
                if text.startswith(ns):
                    return f"{p}:{text[len(ns):]}"
        elif isinstance(py, str) and column not in TEXT_COLUMNS:
            if py in titles:
                return Named(py, titles[py])
            if py in entities and entities[py] != py:
                return Named(py, entities[py])
        return py

    if result.boolean is not None:
        return ["answer"], [[result.boolean]]
    return list(result.vars), [[short(v, c) for v, c in zip(row, result.vars)] for row in result.rows]


def result_text(result: QueryResult, fmt: str, kg: "GraphData | None" = None, empty: str = "no results") -> str:
    """A query result as a command prints it: a table (with names), rows for programs, or a W3C format.

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> print(result_text(g.query("mirna_targets", mirna="miR-21"), "csv", g).splitlines()[0])
    target,relation,sign,status,document,quote
    """
    if fmt in SPARQL_FORMATS:
        return sparql_results(result, fmt)
    columns, rows = result_rows(result, kg)
    return empty if not rows and fmt == "table" else records(columns, rows, fmt)


# -- answers as rows: what `kg path`, `kg effects`, ... print ------------------------------------------


def named(e: "Entity") -> Named:
    """An entity as a table cell: its id for programs, its label for people.

    >>> from kg.model import Entity
    >>> n = named(Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell")); n, n.label
    ('MSC', 'mesenchymal stem cell')
    """
    return Named(e.id, e.label)


def chain(p: "Path") -> str:
    """A path's chain without its net-sign suffix.

    >>> from kg.datasets import tiny_graph
    >>> chain(tiny_graph().paths("miR-21", "PTEN")[0])
    'miR-21 -decreases-> PTEN'
    """
    return str(p).rsplit("  [", 1)[0]


def path_rows(paths: Sequence["Path"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of ranked paths (for csv/tsv; the table format prints :func:`paths_text`).

    ``documents`` are those that state every hop (none for an inferred chain); ``mixes`` names the
    contexts whose hops disagree.

    >>> from kg.datasets import tiny_graph
    >>> path_rows(tiny_graph().paths("miR-21", "PTEN"))[1]
    [[1, 1, '-', 'finding', 'miR-21 -decreases-> PTEN', 'm01', '']]
    """
    return (["rank", "hops", "net", "status", "chain", "documents", "mixes"],
            [[i, len(p), SIGN_SYMBOL[p.sign], p.status, chain(p), "; ".join(p.documents),
              "; ".join(f"{k}: {', '.join(v)}" for k, v in p.mixed_contexts().items())]
             for i, p in enumerate(paths, 1)])


def search_notes(result: Any) -> list[str]:
    """What a reader should know about a search's answer beyond its rows: that it stopped early, and
    how many answers each filter removed.

    >>> from kg.datasets import tiny_graph
    >>> search_notes(tiny_graph().paths("MSC", "inflammation", status="finding"))
    ['the status filter removed 1 path']
    """
    notes = []
    stopped = getattr(result, "stopped", None)
    if stopped:
        notes.append(f"stopped at the {stopped}: these are the answers found so far; there may be more "
                     "(narrow the question, or raise --timeout)")
    for name, n in getattr(result, "removed", {}).items():
        if n:
            notes.append(f"the {name} filter removed {n} path{'s' if n != 1 else ''}")
    return notes


def paths_text(paths: Sequence["Path"], evidence: bool = True, kg: "GraphData | None" = None,
               width: int | None = None) -> str:
    """Numbered paths for reading, each (with *evidence*) followed by its hops' quotes, in full.

    Lines wrap within *width* (default: the terminal); with *kg*, each quote names its document
    by title.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> print(paths_text(g.paths("miR-21", "PTEN"), evidence=False))
    1. miR-21 -decreases-> PTEN  [net -]
    >>> print(paths_text(g.paths("miR-21", "PTEN"), kg=g))
    1. miR-21 -decreases-> PTEN  [net -]  (finding)
       1. miR-21 -decreases-> PTEN  (finding)
          “miR-21 suppresses PTEN”
          — A tiny test document [m01 75-97, finding]
    """
    width = width or terminal_width()
    out = []
    for i, p in enumerate(paths, 1):
        head = f"{i}. {p}  ({p.status})" if evidence else f"{i}. {p}"
        lines = textwrap.wrap(head, width, subsequent_indent="     ", break_on_hyphens=False)
        if evidence:
            # what a reader must know before trusting the chain
            notes = []
            if p.inferred:
                notes.append("inferred: no single document states every hop; each quote names its document")
            notes += [f"mixes {k}: {', '.join(v)}" for k, v in p.mixed_contexts().items()]
            lines += [ln for note in notes for ln in textwrap.wrap(note, width, initial_indent="   ",
                                                                   subsequent_indent="     ", break_on_hyphens=False)]
            for k, s in enumerate(p.steps, 1):
                lines += textwrap.wrap(f"{k}. {s}  ({s.status})", width, initial_indent="   ",
                                       subsequent_indent="        ", break_on_hyphens=False)
                for e in s.evidence:
                    lines += _wrap_indented(f"\u201c{e.quote}\u201d", width, "      ")
                    lines += _wrap_indented("\u2014 " + citation(e, kg), width, "      ", "        ")
        out.append("\n".join(lines))
    return ("\n\n" if evidence else "\n").join(out)


def citation(e: "Evidence", kg: "GraphData | None" = None) -> str:
    """Where a quote comes from, for reading: document title, then ``[file stem, offsets, status]``
    (and how it was made when not curated), then the study it cites.

    The bracket holds no-break spaces so that wrapping never splits it (``, machine-read]`` stays
    one piece to search for); :func:`paths_text` turns them back into spaces.

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> citation(g.statements("PTEN", "decreases")[0].evidence[0], g).replace("\xa0", " ")
    'A tiny test document [m01 103-143, finding], cites Doe et al. (2020)'
    """
    doc = kg.documents.get(e.document) if kg is not None else None
    title = doc.title if doc is not None and doc.title else None
    made = "" if e.curation == "curated" else f", {e.curation}"
    where = f"[{e.document} {e.start}-{e.end}, {e.status}{made}]".replace(" ", "\xa0")
    out = f"{title} {where}" if title else where
    study = doc.study(e.study) if doc is not None and e.study else None
    if study is not None or e.study:
        out += f", cites {study or e.study}"
    return out


def _wrap_indented(text: str, width: int, indent: str, hanging: str | None = None) -> list[str]:
    lines = textwrap.wrap(text, max(20, width), initial_indent=indent, subsequent_indent=hanging or indent,
                          break_long_words=True, break_on_hyphens=False) or [indent.rstrip()]
    return [line.replace("\xa0", " ") for line in lines]


def neighbor_rows(steps: Sequence["Step"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of the hops around an entity.

    >>> from kg.datasets import tiny_graph
    >>> neighbor_rows(tiny_graph().neighbors("PTEN", direction="in"))[1]
    [['miR-21', 'decreases', 'PTEN', '-', 'finding', 1]]
    """
    return (["subject", "relation", "object", "sign", "status", "evidence"],
            [[named(s.subject), s.predicate, named(s.object), SIGN_SYMBOL[s.sign], s.status, len(s.evidence)]
             for s in steps])


def reach_rows(effects: Sequence["Effect"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of effects or regulators, each with its best path.

    >>> from kg.datasets import tiny_graph
    >>> reach_rows(tiny_graph().effects("miR-21"))[1][0]
    ['PTEN', 'GeneOrProtein', '-', 1, 'miR-21 -decreases-> PTEN']
    """
    return (["entity", "type", "net", "hops", "best path"],
            [[named(e.entity), e.entity.type, SIGN_SYMBOL[e.sign], len(e.path), chain(e.path)] for e in effects])


def contradiction_rows(found: Sequence["Contradiction"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of contradictory claim pairs, with the quotes on each side.

    >>> contradiction_rows([])
    (['subject', 'object', 'increasing', 'decreasing'], [])
    """
    def side(statements: Sequence["Statement"], path: "Path | None") -> str:
        if path is None:
            return " | ".join(e.quote for s in statements for e in s.evidence)
        contexts = "; ".join(f"{k}: {', '.join(v)}" for k, v in path.contexts().items())
        return f"{chain(path)} ({path.status}{'; ' + contexts if contexts else ''})"

    rows = [[named(c.subject), named(c.object), side(c.increasing, c.increasing_path),
             side(c.decreasing, c.decreasing_path)] for c in found]
    return ["subject", "object", "increasing", "decreasing"], rows


def stats_text(st: dict[str, Any], kg: "GraphData | None" = None, width: int | None = None) -> str:
    """The counts of :func:`kg.query.claims.stats` for reading; with *kg*, documents by title.

    >>> from kg.datasets import tiny_graph; from kg.query.claims import stats
    >>> g = tiny_graph()
    >>> print(stats_text(stats(g)).splitlines()[0])
    7 entities, 5 statements, 5 evidence, 1 documents, ... triples
    >>> print(stats_text(stats(g), g).split("statements by document:")[1].splitlines()[1])
        5  A tiny test document (m01)
    """
    width = width or terminal_width()
    titles = {stem: d.title for stem, d in kg.documents.items() if d.title} if kg is not None else {}
    lines = [f"{st['entities']} entities, {st['statements']} statements, {st['evidence']} evidence, "
             f"{st['documents']} documents, {st['triples']} triples"]
    for title, key in (("entities by type", "entities_by_type"),
                       ("statements by relation", "statements_by_relation"),
                       ("statements by document", "statements_by_document"),
                       ("statements by status", "statements_by_status"),
                       ("evidence by status", "evidence_by_status")):
        lines.append(f"\n{title}:")
        for k, v in st[key].items():
            name = f"{titles[k]} ({k})" if key == "statements_by_document" and k in titles else k
            # The count first, so a long title wraps under itself instead of pushing the count away.
            lines += textwrap.wrap(f"{v:>5}  {name}", width, initial_indent="  ", subsequent_indent=" " * 9,
                                   break_on_hyphens=False)
    return "\n".join(lines)


def query_list_text(queries: Iterable["NamedQuery"], width: int | None = None) -> str:
    """The named queries with their questions and parameters, as ``kg query --list`` prints them.

    >>> from kg.query.sparql import library
    >>> print(query_list_text([library()["mirna_targets"]]).splitlines()[0])
    mirna_targets
    """
    width = width or terminal_width()
    lines = []
    for q in queries:
        lines.append(q.name)
        lines += textwrap.wrap(q.question, width, initial_indent="  ", subsequent_indent="  ")
        for p in q.params:
            default = f" (default {p.default})" if p.default is not None else " (required)"
            lines += textwrap.wrap(f"--param {p.name}=<{p.type}>{default}: {p.description}", width,
                                   initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False)
    return "\n".join(lines)


def read_rows(statements: Sequence["Statement"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of machine-read statements; a provisional entity is marked with ``*``.

    >>> from kg.sources.reader import read_text
    >>> read_rows(read_text("miR-21 suppresses PTEN.").statements)[1]
    [[1, 'miR-21', 'decreases', 'PTEN', '-', 'finding', '0.90', '0-22']]
    """
    def name(e: Any) -> str:
        return str(e) + ("*" if e.provisional else "")

    return (["#", "subject", "relation", "object", "sign", "status", "conf", "span"],
            [[i, name(s.subject), s.predicate, name(s.object), SIGN_SYMBOL[s.sign], s.evidence[0].status,
              f"{s.evidence[0].confidence:.2f}", f"{s.evidence[0].start}-{s.evidence[0].end}"]
             for i, s in enumerate(statements, 1)])
