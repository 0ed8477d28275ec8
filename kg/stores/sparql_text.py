"""SPARQL as text: the checks and rewrites every store engine shares.

A store answers a query; these functions prepare it. :func:`with_prefixes` declares the known
prefixes a query uses (the one place prefixes are declared, for every engine and the endpoint
client), :func:`check_limits` refuses a query too long or nested too deep for an engine's parser
(Oxigraph's overflows its stack on a few thousand nested braces), :func:`refuse_remote` refuses
SERVICE, :func:`parse_query` refuses updates and locates syntax errors, :func:`substitute` binds
parameters as RDF terms the way SEP-0007 describes, :func:`query_form` names the form.
Comments, strings and IRIs are skipped by every scan, so nothing inside them is taken for syntax.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache
from typing import Any, Iterable, Iterator, Mapping

from ..errors import InvalidQueryError, QueryLimitError, ReadOnlyError, RemoteAccessError
from ..vocab import LEGACY_PREFIXES, PREFIXES

#: Relative IRIs in a query resolve against this base (on every engine and at the endpoint), so
#: ``CONSTRUCT { <s> <p> 1 }`` gives absolute IRIs that any RDF parser reads back.
QUERY_BASE = "https://w3id.org/exokg/"
#: The longest query accepted, in characters. Longer ones are machine-made (a huge VALUES block):
#: load that data instead, or send it to a triple store.
MAX_QUERY_CHARS = 100_000
#: The deepest nesting of braces, parentheses and brackets accepted. The named queries nest 6
#: deep; Oxigraph's parser overflows its stack (a segfault) at a few thousand levels and takes
#: seconds on 100 nested collections, rdflib's runs out of recursion at about 30.
MAX_NESTING = 32
#: Environment variable that lets SPARQL SERVICE clauses send requests (``KG_ALLOW_SERVICE=1``).
ALLOW_SERVICE_ENV = "KG_ALLOW_SERVICE"


def _parse(query: str) -> Any:
    """rdflib's parse tree of a read-only query (see :func:`parse_query`)."""
    from pyparsing import ParseException  # deferred: rdflib's SPARQL grammar takes a while to import
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return parseQuery(query)
    except ParseException as exc:
        query_error = exc
    except RecursionError:
        raise QueryLimitError(f"the query nests too deeply for the parser; keep it under {MAX_NESTING} levels") from None
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


def parse_query(query: str) -> Any:
    """rdflib's parse of *query*; ReadOnlyError for SPARQL Update, InvalidQueryError (with line) for bad syntax.

    >>> parse_query("PREFIX describe: <urn:x> SELECT * WHERE { ?s ?p ?o }")[1].name
    'SelectQuery'
    >>> parse_query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    kg.errors.ReadOnlyError: SPARQL Update is not allowed: the knowledge graph is read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE
    """
    check_limits(query)
    return _parse(query)


def check_read_only(query: str) -> None:
    """Raise ReadOnlyError for SPARQL Update and InvalidQueryError (with line) for bad syntax.

    >>> check_read_only("SELECT * WHERE { ?s ?p ?o }")
    >>> check_read_only("SELECT * WHERE { ?s ?p }")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: SPARQL syntax error at line 1, column 18: 'SELECT * WHERE { ?s ?p }' (...)
    """
    parse_query(query)


_FORMS = {"SelectQuery": "SELECT", "AskQuery": "ASK", "ConstructQuery": "CONSTRUCT", "DescribeQuery": "DESCRIBE"}


def query_form(sparql: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE, as the SPARQL parser reads the query.

    >>> query_form("# ASK?\\nCONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    'CONSTRUCT'
    >>> query_form("PREFIX describe: <urn:x> SELECT ?s WHERE { ?s describe:p ?o }")
    'SELECT'
    """
    return _FORMS[parse_query(sparql)[1].name]


# Tokens of a query that may hold a brace or a keyword without being one: comments, strings, IRIs.
_SKIP = re.compile(r'#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                   r'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>')
# One pass over a query: a skipped token, a variable, a name-like token (a keyword, prefixed name,
# blank node label or number: SPARQL reads each greedily as one token), or a bracket. Whatever
# matches none of these (operators, spaces, a lone '<' or '?') is passed over.
_SCAN = re.compile("(" + _SKIP.pattern + r")|[?$]\w+|((?:[\w:.\-%\u00B7]|\\.)+)|([{(\[])|([})\]])")
_PREFIX = re.compile(r"(?:[^\W\d_](?:[\w.\-]*[\w\-])?|_)?")


def _words(token: str) -> Iterator[str]:
    """The keywords a name-like token may hold, upper-cased (more rather than fewer)."""
    prefix, colon, local = token.partition(":")
    if not colon:
        yield from (w.upper() for w in re.findall(r"[A-Za-z]+", token))
        return
    # Not a prefix, or a local name that cannot start so: SPARQL splits the token there and may
    # read a keyword in the rest ("ex:.SERVICE" is a prefix, a dot, then SERVICE).
    if not _PREFIX.fullmatch(prefix):
        yield from _words(prefix)
    if local[:1] in (".", "-"):
        yield from _words(local.lstrip(".-"))


@lru_cache(maxsize=64)
def scan(query: str) -> tuple[int, frozenset[str]]:
    """The deepest nesting of ``{ ( [`` and the keywords of *query*, outside comments, strings and IRIs.

    >>> depth, words = scan('SELECT * WHERE { ?s ?p "SERVICE" . ?s ex:SERVICE ?o FILTER((1)) } # SERVICE')
    >>> depth, "SERVICE" in words, "FILTER" in words
    (3, False, True)
    >>> "SERVICE" in scan("SELECT * { ?s ?p ex:.SERVICE <http://x/> { ?s ?p ?o } }")[1]
    True
    """
    depth = deepest = 0
    words: set[str] = set()
    for m in _SCAN.finditer(query):
        if m.group(2):
            words.update(_words(m.group(2)))
        elif m.group(3):
            depth += 1
            if depth > deepest:
                deepest = depth
        elif m.group(4):
            depth -= 1
    return deepest, frozenset(words)


def check_limits(query: str) -> tuple[int, frozenset[str]]:
    """Refuse a query longer than MAX_QUERY_CHARS or nested deeper than MAX_NESTING; returns :func:`scan`.

    >>> check_limits("SELECT * WHERE " + "{" * 40 + "}" * 40)
    Traceback (most recent call last):
    kg.errors.QueryLimitError: the query nests 40 levels deep; the limit is 32 (braces, parentheses and brackets together): flatten it
    """
    if len(query) > MAX_QUERY_CHARS:
        raise QueryLimitError(f"the query has {len(query):,} characters; the limit is {MAX_QUERY_CHARS:,}: "
                              "load large value lists as data, or query a triple store (kg push)")
    found = scan(query)
    if found[0] > MAX_NESTING:
        raise QueryLimitError(f"the query nests {found[0]} levels deep; the limit is {MAX_NESTING} "
                              "(braces, parentheses and brackets together): flatten it")
    return found


def service_allowed() -> bool:
    """Whether the user let SERVICE clauses send requests (``KG_ALLOW_SERVICE=1``).

    >>> service_allowed()
    False
    """
    return os.environ.get(ALLOW_SERVICE_ENV, "").strip().lower() in ("1", "true", "yes")


def refuse_remote(query: str) -> None:
    """Refuse a query with SERVICE (SILENT or not): it would make this machine send requests.

    >>> refuse_remote("SELECT * WHERE { SERVICE SILENT <http://127.0.0.1:8080/x> { ?s ?p ?o } }")
    Traceback (most recent call last):
    kg.errors.RemoteAccessError: SPARQL SERVICE is refused: a query must not make this machine send requests to other servers; ...
    """
    if "SERVICE" in scan(query)[1]:
        raise RemoteAccessError(
            "SPARQL SERVICE is refused: a query must not make this machine send requests to other servers; "
            f"to allow it, set {ALLOW_SERVICE_ENV}=1 (or start the endpoint with `kg serve --allow-service`)")


_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^<>\"{}|^`\\\x00-\x20]*")


def check_iri(value: str, what: str = "IRI") -> str:
    """*value* if it is an absolute IRI, else InvalidQueryError naming *what*.

    >>> check_iri("urn:x")
    'urn:x'
    >>> check_iri("not an iri", "default-graph-uri")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: default-graph-uri 'not an iri' is not an absolute IRI (like https://example.org/g)
    """
    if not _IRI.fullmatch(value):
        raise InvalidQueryError(f"{what} {value!r} is not an absolute IRI (like https://example.org/g)")
    return value


def with_prefixes(query: str, prefixes: Mapping[str, str] = PREFIXES) -> tuple[str, int]:
    """Prepend PREFIX lines for the *prefixes* (default: the project's) a query uses undeclared.

    The project's former prefixes ``exo:`` and ``ev:`` (:data:`kg.vocab.LEGACY_PREFIXES`) still work
    undeclared unless *prefixes* binds those names to something else. Returns the text and the
    number of lines added (to map error lines back).

    >>> text, n = with_prefixes("SELECT ?s WHERE { ?s a exokg:Statement }")
    >>> text.splitlines()[0], n
    ('PREFIX exokg: <https://w3id.org/exokg/ontology#>', 1)
    >>> with_prefixes("ASK { ?s exo:decreases ?o }")[0].splitlines()[0]
    'PREFIX exo: <https://w3id.org/exokg/ontology#>'
    >>> with_prefixes("SELECT (STRAFTER(STR(?e), STR(ent:)) AS ?id) WHERE { ?e a ?t }")[1]
    1
    """
    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([\w-]*):", query)}
    # A prefix is any name followed by a colon that does not start an absolute IRI ("http://").
    used = {m.group(1) for m in re.finditer(r"(?<![\w<\"'/#])([A-Za-z][\w-]*):(?!//)", query)}
    known = {**LEGACY_PREFIXES, **prefixes}
    lines = [f"PREFIX {p}: <{known[p]}>" for p in sorted(used - declared) if p in known]
    return ("\n".join(lines) + "\n" + query if lines else query), len(lines)


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
