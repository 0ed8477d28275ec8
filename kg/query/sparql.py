"""SPARQL: the user's own queries and the named query library in kg/query/queries/*.rq.

Parameters are bound as RDF terms through the store (never pasted into the query text), the query
must be read-only, and the common prefixes (exokg:, ent:, rdfs:, ...) are available without declaring.

A named query starts with comment lines::

    # title: Targets of a miRNA
    # question: Which targets does a miRNA act on, with what sign and on what evidence?
    # param: mirna entity miR-21 -- the miRNA (name, synonym, CURIE or IRI)

``param`` lines give NAME, TYPE and an optional default; a parameter with no default is required.
Types: entity, relation, type, status, document, iri, string, integer.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from ..errors import AmbiguousEntityError, InvalidQueryError, KGError, UnknownEntityError
from ..model import Entity
from ..stores.base import QueryResult
from ..vocab import DOCUMENT, EXO, PREFIXES, STATUS_IRI

if TYPE_CHECKING:
    from ..core import GraphData

PARAM_TYPES = ("entity", "relation", "type", "status", "document", "iri", "string", "integer")
_PARAM_RE = re.compile(r"^#\s*param:\s*(\w+)\s+(\w+)(?:\s+(.*?))?\s*(?:--\s*(.*))?$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    description: str


@dataclass(frozen=True)
class NamedQuery:
    """A query of the library with its question and parameters."""

    name: str
    title: str
    question: str
    params: tuple[Param, ...]
    text: str

    def usage(self) -> str:
        bits = [f"{p.name}={p.default}" if p.default is not None else f"{p.name}=<{p.type}>" for p in self.params]
        return f"{self.name} {' '.join(bits)}".strip()


def parse_named_query(name: str, text: str) -> NamedQuery:
    """Read the header of a named query.

    >>> q = parse_named_query("t", "# title: T\\n# question: Q?\\n# param: x entity miR-21 -- a miRNA\\nSELECT * { ?x ?p ?o }")
    >>> q.params[0]
    Param(name='x', type='entity', default='miR-21', description='a miRNA')
    """
    title = question = ""
    params = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        if body.startswith("title:"):
            title = body[6:].strip()
        elif body.startswith("question:"):
            question = (question + " " + body[9:].strip()).strip()
        elif body.startswith("param:"):
            m = _PARAM_RE.match(line.strip())
            if not m or m.group(2) not in PARAM_TYPES:
                raise InvalidQueryError(f"query {name}: malformed param line {line!r}; use '# param: NAME TYPE [DEFAULT] -- description' with TYPE in {PARAM_TYPES}")
            default = m.group(3) or None
            params.append(Param(m.group(1), m.group(2), default, (m.group(4) or "").strip()))
    if not title or not question:
        raise InvalidQueryError(f"query {name}: needs '# title:' and '# question:' comment lines at the top")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for p in params:
        # A parameter the body never mentions would bind nothing and silently widen the answer.
        if not re.search(rf"[?$]{p.name}\b", body):
            raise InvalidQueryError(f"query {name}: parameter {p.name!r} is declared but ?{p.name} is not used in the query")
    return NamedQuery(name, title, question, tuple(params), text)


def queries_dir() -> Path:
    """The folder of the named query library.

    >>> queries_dir().name
    'queries'
    """
    return Path(str(resources.files("kg.query") / "queries"))


@lru_cache(maxsize=1)
def library() -> dict[str, NamedQuery]:
    """Every named query, by name (the file stem).

    >>> len(library()) >= 12
    True
    """
    out = {}
    for p in sorted(queries_dir().glob("*.rq")):
        out[p.stem] = parse_named_query(p.stem, p.read_text(encoding="utf-8"))
    return out


def named_query(name: str) -> NamedQuery:
    """The named query *name*; an unknown name is an error that suggests the closest names.

    >>> named_query("mirna_targets").params[0].name
    'mirna'
    >>> named_query("mirna_target")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: unknown named query 'mirna_target'; did you mean mirna_targets? (list them with `kg query --list`)
    """
    lib = library()
    if name not in lib:
        near = difflib.get_close_matches(name, list(lib), n=3)
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        raise InvalidQueryError(f"unknown named query {name!r}{hint} (list them with `kg query --list`)")
    return lib[name]


def to_term(kg: "GraphData", ptype: str, value: Any) -> Identifier:
    """Turn a user's parameter value into the RDF term its type calls for.

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> to_term(g, "entity", "mir-21")
    rdflib.term.URIRef('https://w3id.org/exokg/entity/miR-21')
    >>> to_term(g, "status", "hypothesis")
    rdflib.term.URIRef('https://w3id.org/exokg/ontology#Hypothesis')
    """
    if isinstance(value, Identifier) and not isinstance(value, Literal):
        return value
    if ptype == "entity":
        return URIRef(kg.entity(value).iri) if not isinstance(value, Entity) else URIRef(value.iri)
    if ptype == "relation":
        return EXO[kg.relation(str(value)).name]
    if ptype == "type":
        return EXO[kg.ontology.entity_class(str(value))]
    if ptype == "status":
        if str(value) not in STATUS_IRI:
            raise InvalidQueryError(f"unknown status {value!r}; use one of {', '.join(STATUS_IRI)}")
        return STATUS_IRI[str(value)]
    if ptype == "document":
        kg.document(str(value))
        return DOCUMENT[str(value)]
    if ptype == "iri":
        return URIRef(str(value))
    if ptype == "integer":
        try:
            return Literal(int(value))
        except (TypeError, ValueError):
            raise InvalidQueryError(f"expected an integer, got {value!r}") from None
    return Literal(str(value))


def python_to_term(value: Any) -> Identifier:
    """Bindings for ad-hoc queries: entities and IRIs stay IRIs, everything else is a literal.

    >>> python_to_term(3)
    rdflib.term.Literal('3', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#integer'))
    """
    if isinstance(value, Identifier):
        return value
    if isinstance(value, Entity):
        return URIRef(value.iri)
    return Literal(value)


def run_sparql(kg: "GraphData", query: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
    """Run a read-only query with prefixes added and *bindings* bound as RDF terms.

    >>> from kg.datasets import tiny_graph
    >>> run_sparql(tiny_graph(), "ASK { ?m exokg:decreases ent:PTEN }").boolean
    True
    """
    if isinstance(query, str):
        check_vocabulary(query)
    terms = {k: python_to_term(v) for k, v in (bindings or {}).items()}
    return kg.store.query(query, terms)


#: Pieces of SPARQL text in the order a reader meets them: strings, IRIs and comments are skipped
#: whole, so only real prefixed names (and full IRIs) are checked against the ontology.
_TOKENS = re.compile(
    r'''(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')'''
    r"|(?P<iri><[^<>\"{}|^`\\\s]*>)"
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<prefix>(?i:PREFIX)\s+(?P<declared>[A-Za-z][\w.-]*)?:\s*<(?P<ns>[^>]*)>)"
    r"|(?P<pname>(?<![\w?$])(?P<p>[A-Za-z][\w.-]*)?:(?P<local>[\w-]+(?:\.[\w-]+)*))"
)


def check_vocabulary(query: str) -> None:
    """Refuse a query that names a term of the project's ontology that the ontology does not define.

    The ontology is closed (:class:`kg.vocab.EXO`): ``exokg:decrease`` can only be a typo, and a typo
    in a query would otherwise answer "no results" without a word.

    >>> check_vocabulary("SELECT ?t WHERE { ?m exokg:decreases ?t }")
    >>> check_vocabulary("SELECT ?t WHERE { ?m exokg:decrease ?t }")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: line 1: exokg:decrease is not a term of the exokg ontology; did you mean exokg:decreases, ...?...
    """
    ns = str(EXO._NS)
    known = set(EXO.__annotations__)
    prefixes = {p for p, iri in PREFIXES.items() if iri == ns}
    for m in _TOKENS.finditer(query):
        if m.group("prefix") is not None:
            # A query may declare the prefix itself, for this namespace or for another one.
            name = m.group("declared") or ""
            (prefixes.add if m.group("ns") == ns else prefixes.discard)(name)
            continue
        if m.group("pname") is not None and (m.group("p") or "") in prefixes:
            term, shown = m.group("local"), m.group("pname")
        elif m.group("iri") is not None and m.group("iri")[1:-1].startswith(ns):
            term, shown = m.group("iri")[1 + len(ns):-1], m.group("iri")
        else:
            continue
        if term in known:
            continue
        # Compared without case: exokg:Mirna is as close to exokg:MicroRNA as exokg:mirna is.
        lower = {k.lower(): k for k in sorted(known)}
        near = [lower[k] for k in difflib.get_close_matches(term.lower(), list(lower), n=3, cutoff=0.6)]
        spell = (lambda n: f"<{ns}{n}>") if shown.startswith("<") else (lambda n: f"{m.group('p') or ''}:{n}")
        hint = f"; did you mean {', '.join(map(spell, near))}?" if near else ""
        line = query.count("\n", 0, m.start()) + 1
        raise InvalidQueryError(
            f"line {line}: {shown} is not a term of the exokg ontology{hint} "
            "(its classes and relations are in ontology/exokg.ttl; `kg query --list` shows worked queries)")


def run_named(kg: "GraphData", name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
    """Run named query *name* with *params* (defaults fill the rest).

    >>> from kg.datasets import tiny_graph
    >>> sorted({r["target"] for r in run_named(tiny_graph(), "mirna_targets", {"mirna": "miR-21"}).to_python()})
    ['PTEN']
    """
    q = named_query(name)
    params = dict(params or {})
    known = {p.name for p in q.params}
    unknown = set(params) - known
    if unknown:
        raise InvalidQueryError(
            f"query {name}: unknown parameter(s) {', '.join(sorted(unknown))}; it takes {', '.join(sorted(known)) or 'none'}"
        )
    bindings = {}
    for p in q.params:
        value = params.get(p.name, p.default)
        if value is None:
            raise InvalidQueryError(f"query {name}: parameter {p.name!r} ({p.type}) is required: {p.description}")
        try:
            bindings[p.name] = to_term(kg, p.type, value)
        except (UnknownEntityError, AmbiguousEntityError):
            raise  # their message already names the entity and the closest known names
        except KGError as exc:
            raise InvalidQueryError(f"query {name}, parameter {p.name}: {exc}") from None
    return run_sparql(kg, q.text, bindings)


def parse_bindings(g: "GraphData", values: Mapping[str, str]) -> dict[str, Identifier | Entity | str]:
    """Bindings for a user's own query from text, as ``kg sparql --param`` takes them.

    ``<iri>`` binds an IRI, a name the graph knows binds that entity's IRI, anything else a literal.

    >>> from kg.datasets import tiny_graph
    >>> b = parse_bindings(tiny_graph(), {"m": "miR-21", "i": "<urn:x>", "s": "hello"})
    >>> b["m"].id, b["i"], b["s"]
    ('miR-21', rdflib.term.URIRef('urn:x'), 'hello')
    """
    out: dict[str, Identifier | Entity | str] = {}
    for key, value in values.items():
        if value.startswith("<") and value.endswith(">"):
            out[key] = URIRef(value[1:-1])
            continue
        try:
            out[key] = g.entity(value)
        except KGError:
            out[key] = value
    return out
