"""SPARQL as text: the checks and rewrites every store engine shares.

A store answers a query; these functions prepare it. :func:`with_prefixes` declares the known
prefixes a query uses (the one place prefixes are declared, for every engine and the endpoint
client), :func:`check_read_only` refuses updates and locates syntax errors, :func:`substitute`
binds parameters as RDF terms the way SEP-0007 describes, :func:`query_form` names the form.
Comments, strings and IRIs are skipped by every scan, so nothing inside them is taken for syntax.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from ..errors import InvalidQueryError, ReadOnlyError
from ..vocab import PREFIXES

def check_read_only(query: str) -> None:
    """Raise ReadOnlyError for SPARQL Update and InvalidQueryError (with line) for bad syntax.

    >>> check_read_only("SELECT * WHERE { ?s ?p ?o }")
    >>> check_read_only("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    kg.errors.ReadOnlyError: SPARQL Update is not allowed: the knowledge graph is read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE
    """
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        parseQuery(query)
        return
    except ParseException as exc:
        query_error = exc
    except Exception as exc:  # rdflib raises assorted errors for odd input
        raise InvalidQueryError(f"query does not parse: {exc}") from None
    try:
        parseUpdate(query)
    except Exception:
        line = query_error.lineno
        text = query.splitlines()[line - 1] if 0 < line <= len(query.splitlines()) else ""
        raise InvalidQueryError(
            f"SPARQL syntax error at line {line}, column {query_error.col}: {text.strip()!r}"
            f" ({query_error.msg})"
        ) from None
    raise ReadOnlyError(
        "SPARQL Update is not allowed: the knowledge graph is read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE"
    )


def with_prefixes(query: str, prefixes: Mapping[str, str] = PREFIXES) -> tuple[str, int]:
    """Prepend PREFIX lines for the *prefixes* (default: the project's) a query uses undeclared.

    Returns the text and the number of lines added (to map error lines back).

    >>> text, n = with_prefixes("SELECT ?s WHERE { ?s a exo:Statement }")
    >>> text.splitlines()[0], n
    ('PREFIX exo: <https://w3id.org/exokg/ontology#>', 1)
    >>> with_prefixes("SELECT (STRAFTER(STR(?e), STR(ent:)) AS ?id) WHERE { ?e a ?t }")[1]
    1
    """
    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([\w-]*):", query)}
    # A prefix is any name followed by a colon that does not start an absolute IRI ("http://").
    used = {m.group(1) for m in re.finditer(r"(?<![\w<\"'/#])([A-Za-z][\w-]*):(?!//)", query)}
    lines = [f"PREFIX {p}: <{prefixes[p]}>" for p in sorted(used - declared) if p in prefixes]
    return ("\n".join(lines) + "\n" + query if lines else query), len(lines)


# Tokens of a query that may hold a brace or a keyword without being one: comments, strings, IRIs.
_SKIP = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"(?i)\b(SELECT|GROUP\s+BY)\b(\s+(?:DISTINCT|REDUCED)\b)?")


def project_bound(sparql: str, names: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    """Add the bound variables *names* to the projection (and grouping) of a SELECT query.

    Oxigraph substitutes only variables the query projects; a parameter such as ``?mirna`` in
    ``SELECT ?target ...`` would be refused. Projecting it (and grouping by it: it is one constant
    term, so the groups do not change) lets Oxigraph bind it as a term. Returns the query and the
    variables added, whose columns :meth:`OxigraphStore.query` drops again.

    >>> project_bound("SELECT DISTINCT ?t WHERE { ?m <urn:p> ?t }", ["m"])
    ('SELECT DISTINCT ?m ?t WHERE { ?m <urn:p> ?t }', ('m',))
    >>> project_bound("SELECT ?t (COUNT(*) AS ?n) WHERE { ?m <urn:p> ?t } GROUP BY ?t", ["m"])[0]
    'SELECT ?m ?t (COUNT(*) AS ?n) WHERE { ?m <urn:p> ?t } GROUP BY ?m ?t'
    >>> project_bound("SELECT * WHERE { ?m ?p ?t }", ["m"])
    ('SELECT * WHERE { ?m ?p ?t }', ())
    """
    names = list(names)
    if not names:
        return sparql, ()
    depth = 0
    pos = 0
    select_at = group_at = None
    projection_end = None
    n = len(sparql)
    while pos < n:
        m = _SKIP.match(sparql, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        c = sparql[pos]
        if c == "{":
            if depth == 0 and select_at is not None and projection_end is None:
                projection_end = pos
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0 and c.isalpha() and (pos == 0 or not (sparql[pos - 1].isalnum() or sparql[pos - 1] in "_?$:")):
            w = _WORD.match(sparql, pos)
            if w:
                if w.group(1).upper() == "SELECT" and select_at is None:
                    select_at = w.end()
                elif w.group(1).upper() != "SELECT" and projection_end is not None:
                    group_at = w.end()
                pos = w.end()
                continue
        pos += 1
    if select_at is None or projection_end is None:
        return sparql, ()  # ASK, CONSTRUCT, DESCRIBE: Oxigraph substitutes without a projection
    projection = sparql[select_at:projection_end]
    if projection.strip().startswith("*"):
        return sparql, ()
    present = set(re.findall(r"[?$](\w+)", projection))
    added = tuple(v for v in names if v not in present)
    if not added:
        return sparql, ()
    extra = "".join(f" ?{v}" for v in added)
    out = sparql
    if group_at is not None:
        out = out[:group_at] + extra + out[group_at:]
    return out[:select_at] + extra + out[select_at:], added


_TOKEN = re.compile(r"(?i)[?$](\w+)|\b(SELECT|WHERE|GROUP\s+BY|ORDER\s+BY|HAVING|LIMIT|OFFSET|VALUES|AS)\b|[(){}]")


def substitute(sparql: str, terms: Mapping[str, Any]) -> str:
    """Replace each variable of *terms* by its Oxigraph term, as SEP-0007 substitution defines it.

    The terms are Oxigraph objects, never user text: an IRI was validated when it was built and a
    literal is written out by Oxigraph's own N-Triples escaping, so no value can change the query's
    shape. A projected variable keeps its column as ``(term AS ?var)``. Comments, strings and IRIs
    are skipped. Oxigraph's ``substitutions`` argument is the fallback (see :meth:`OxigraphStore.query`).

    >>> import pyoxigraph as ox
    >>> substitute("SELECT ?m ?t WHERE { ?m <urn:p> ?t } ORDER BY ?m", {"m": ox.NamedNode("urn:a")})
    'SELECT (<urn:a> AS ?m) ?t WHERE { <urn:a> <urn:p> ?t } ORDER BY (<urn:a>)'
    >>> substitute("SELECT ?t WHERE { ?t <urn:q> ?m } # ?m", {"m": ox.Literal("hi", language="en")})
    'SELECT ?t WHERE { ?t <urn:q> "hi"@en } # ?m'
    """
    out: list[str] = []
    pos, n = 0, len(sparql)
    region = "body"  # projection | group | body: where a variable may not become a bare term
    parens = 0
    after_as = False
    while pos < n:
        m = _SKIP.match(sparql, pos)
        if m and m.end() > pos:
            out.append(m.group())
            pos = m.end()
            continue
        t = _TOKEN.match(sparql, pos)
        if not t or (t.group(2) and pos and (sparql[pos - 1].isalnum() or sparql[pos - 1] in "_:")):
            out.append(sparql[pos])
            pos += 1
            continue
        tok = t.group()
        word = (t.group(2) or "").upper().split()[0] if t.group(2) else ""
        if t.group(1) is not None:
            name = t.group(1)
            if name in terms and not after_as:
                term = str(terms[name])
                if region == "projection" and parens == 0:
                    tok = f"({term} AS ?{name})"
                elif region == "group" and parens == 0:
                    tok = f"({term})"
                else:
                    tok = term
            after_as = False
        elif word == "AS":
            after_as = True
        elif word == "SELECT":
            region, parens = "projection", 0
        elif word in ("GROUP", "ORDER"):
            region, parens = "group", 0
        elif word in ("WHERE", "HAVING", "LIMIT", "OFFSET", "VALUES") or tok in "{}":
            region = "body"
        elif tok == "(":
            parens += 1
        elif tok == ")":
            parens -= 1
        out.append(tok)
        pos = t.end()
    return "".join(out)


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword outside comments, strings and IRIs.

    >>> query_form("# ASK?\\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    """
    text = _SKIP.sub(" ", sparql)
    m = re.search(r"(?i)\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text)
    return m.group(1).upper() if m else "SELECT"
