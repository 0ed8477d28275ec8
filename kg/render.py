"""Rendering rows for people and programs: table, JSON, CSV, TSV, and the SPARQL result formats."""
from __future__ import annotations

import csv
import io
import json
import shutil
from typing import Any, Sequence

from rdflib import BNode, Literal, URIRef

from .store import QueryResult, to_python

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
    raise ValueError(f"unknown SPARQL result format {fmt!r}; use {', '.join(SPARQL_FORMATS)}")


def result_rows(result: QueryResult) -> tuple[list[str], list[list[Any]]]:
    """Columns and plain-value rows of a query result, shortening IRIs under known prefixes."""
    from .vocab import PREFIXES

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
