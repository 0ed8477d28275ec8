"""Rows for people and programs: table, JSON, CSV, TSV, and the SPARQL result formats.

The second half turns each kind of answer (paths, effects, neighbours, contradictions, counts,
machine-read statements) into columns and rows, so the command line only prints.
"""
from __future__ import annotations

import csv
import io
import json
import shutil
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from rdflib import BNode, Literal, URIRef

from ..errors import UnknownFormatError
from ..stores.base import QueryResult, to_python
from ..vocab import PREFIXES, SIGN_SYMBOL

if TYPE_CHECKING:
    from ..model import Statement
    from ..query.claims import Contradiction
    from ..query.reach import Effect
    from ..query.sparql import NamedQuery
    from ..query.walks import Path, Step

FORMATS = ("table", "json", "csv", "tsv")
SPARQL_FORMATS = ("sparql-json", "sparql-csv", "sparql-tsv")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    return str(v).replace("\n", " ")


def table(columns: Sequence[str], rows: Sequence[Sequence[Any]], width: int | None = None) -> str:
    """A plain-text table that fits *width* columns (default: the terminal, at most 80 when piped).

    Wide columns are shortened with an ellipsis, the widest first, never below 6 characters.

    >>> print(table(["a", "b"], [[1, "x" * 30]], width=20))
    a  b
    -  -----------------
    1  xxxxxxxxxxxxxxxx…
    """
    if width is None:
        width = shutil.get_terminal_size((80, 24)).columns
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    gap = 2
    while sum(widths) + gap * (len(widths) - 1) > width:
        i = max(range(len(widths)), key=lambda j: widths[j])
        if widths[i] <= 6:
            break
        widths[i] -= 1

    def fit(s: str, w: int) -> str:
        return s if len(s) <= w else s[: w - 1] + "\u2026"

    lines = ["  ".join(fit(c, widths[i]).ljust(widths[i]) for i, c in enumerate(columns)).rstrip()]
    lines.append("  ".join("-" * w for w in widths).rstrip())
    for r in cells:
        lines.append("  ".join(fit(c, widths[i]).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return "\n".join(lines)


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


def result_rows(result: QueryResult) -> tuple[list[str], list[list[Any]]]:
    """Columns and plain-value rows of a query result, shortening IRIs under known prefixes.

    >>> result_rows(QueryResult(("e",), ((URIRef("https://w3id.org/exokg/entity/PTEN"),),)))
    (['e'], [['ent:PTEN']])
    """
    def short(v: Any) -> Any:
        py = to_python(v)
        if isinstance(v, URIRef):
            for p, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
                if str(v).startswith(ns):
                    return f"{p}:{str(v)[len(ns):]}"
        return py

    if result.boolean is not None:
        return ["answer"], [[result.boolean]]
    return list(result.vars), [[short(v) for v in row] for row in result.rows]


# -- answers as rows: what `kg path`, `kg effects`, ... print ------------------------------------------


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


def paths_text(paths: Sequence["Path"], evidence: bool = True) -> str:
    """Numbered paths for reading, each (with *evidence*) followed by its hops' quotes.

    >>> from kg.datasets import tiny_graph
    >>> print(paths_text(tiny_graph().paths("miR-21", "PTEN"), evidence=False))
    1. miR-21 -decreases-> PTEN  [net -]
    """
    if not evidence:
        return "\n".join(f"{i}. {p}" for i, p in enumerate(paths, 1))
    return "\n".join(f"{i}. {p.explain()}\n" for i, p in enumerate(paths, 1))


def neighbor_rows(steps: Sequence["Step"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of the hops around an entity.

    >>> from kg.datasets import tiny_graph
    >>> neighbor_rows(tiny_graph().neighbors("PTEN", direction="in"))[1]
    [['miR-21', 'decreases', 'PTEN', '-', 'finding', 1]]
    """
    return (["subject", "relation", "object", "sign", "status", "evidence"],
            [[s.subject.id, s.predicate, s.object.id, SIGN_SYMBOL[s.sign], s.status, len(s.evidence)] for s in steps])


def reach_rows(effects: Sequence["Effect"]) -> tuple[list[str], list[list[Any]]]:
    """Columns and rows of effects or regulators, each with its best path.

    >>> from kg.datasets import tiny_graph
    >>> reach_rows(tiny_graph().effects("miR-21"))[1][0]
    ['PTEN', 'GeneOrProtein', '-', 1, 'miR-21 -decreases-> PTEN']
    """
    return (["entity", "type", "net", "hops", "best path"],
            [[e.entity.id, e.entity.type, SIGN_SYMBOL[e.sign], len(e.path), chain(e.path)] for e in effects])


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

    rows = [[c.subject.id, c.object.id, side(c.increasing, c.increasing_path), side(c.decreasing, c.decreasing_path)]
            for c in found]
    return ["subject", "object", "increasing", "decreasing"], rows


def stats_text(st: dict[str, Any]) -> str:
    """The counts of :func:`kg.query.claims.stats` for reading.

    >>> from kg.datasets import tiny_graph; from kg.query.claims import stats
    >>> print(stats_text(stats(tiny_graph())).splitlines()[0])
    7 entities, 5 statements, 5 evidence, 1 documents, ... triples
    """
    lines = [f"{st['entities']} entities, {st['statements']} statements, {st['evidence']} evidence, "
             f"{st['documents']} documents, {st['triples']} triples"]
    for title, key in (("entities by type", "entities_by_type"),
                       ("statements by relation", "statements_by_relation"),
                       ("statements by document", "statements_by_document"),
                       ("statements by status", "statements_by_status"),
                       ("evidence by status", "evidence_by_status")):
        lines.append(f"\n{title}:")
        lines += [f"  {k:<40} {v:>5}" for k, v in st[key].items()]
    return "\n".join(lines)


def query_list_text(queries: Iterable["NamedQuery"]) -> str:
    """The named queries with their questions and parameters, as ``kg query --list`` prints them.

    >>> from kg.query.sparql import library
    >>> print(query_list_text([library()["mirna_targets"]]).splitlines()[0])
    mirna_targets
    """
    lines = []
    for q in queries:
        lines.append(f"{q.name}\n  {q.question}")
        for p in q.params:
            default = f" (default {p.default})" if p.default is not None else " (required)"
            lines.append(f"  --param {p.name}=<{p.type}>{default}: {p.description}")
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
