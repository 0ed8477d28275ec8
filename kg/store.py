"""The one interface every triple store sits behind.

Queries, the networkx projection and the exporters talk to a :class:`Store`, never to rdflib or
Oxigraph directly, so an engine can be swapped without touching them. A store answers SPARQL
(read-only) with parameters bound as RDF terms, and hands out its triples for serialization.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Sequence

from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.term import Identifier, Node, Variable

from .errors import InvalidQueryError, ReadOnlyError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SPARQL SELECT (or the boolean of an ASK), as rdflib terms.

    >>> from rdflib import Literal
    >>> r = QueryResult(("x",), ((Literal(1),),))
    >>> [row["x"].toPython() for row in r]
    [1]
    >>> r.to_python()
    [{'x': 1}]
    """

    vars: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        for row in self.rows:
            yield dict(zip(self.vars, row))

    def __len__(self) -> int:
        return len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.boolean is not None else bool(self.rows)

    def to_python(self) -> list[dict[str, Any]]:
        """Rows as plain Python values (IRIs as strings, literals as their Python value)."""
        return [{k: to_python(v) for k, v in row.items()} for row in self]


def to_python(term: Node | None) -> Any:
    """A plain Python value for an RDF term: IRIs and odd literals as strings, numbers as numbers.

    >>> from rdflib import Literal, URIRef
    >>> to_python(Literal(3)), to_python(URIRef("urn:x")), to_python(None)
    (3, 'urn:x', None)
    """
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        return value if isinstance(value, (bool, int, float, str)) else str(term)
    return str(term)


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


class Store(ABC):
    """A read-mostly triple store: load RDF once, then query it."""

    name: str = "abstract"

    @abstractmethod
    def add_graph(self, graph: Graph) -> None:
        """Add every triple of *graph*."""

    @abstractmethod
    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a read-only SPARQL query; *bindings* pre-bind variables to RDF terms."""

    @abstractmethod
    def graph(self) -> Graph:
        """The store's triples as an rdflib Graph (for serialization and the Python API)."""

    @abstractmethod
    def __len__(self) -> int:
        """Number of triples."""


class RdflibStore(Store):
    """rdflib's in-memory store: no dependencies, fine for the seed graph.

    >>> from rdflib import URIRef, Literal
    >>> s = RdflibStore(); g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
    >>> s.add_graph(g); len(s)
    1
    >>> s.query("SELECT ?o WHERE { ?s <urn:p> ?o }", {"s": URIRef("urn:a")}).to_python()
    [{'o': 1}]
    """

    name = "rdflib"

    def __init__(self, graph: Graph | None = None):
        self._graph = graph if graph is not None else Graph()

    def add_graph(self, graph: Graph) -> None:
        for prefix, ns in graph.namespaces():
            self._graph.bind(prefix, ns, override=True)
        self._graph += graph

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        check_read_only(sparql)
        try:
            res = self._graph.query(sparql, initBindings={Variable(k): v for k, v in (bindings or {}).items()})
        except Exception as exc:
            raise InvalidQueryError(f"query failed: {exc}") from None
        if res.type == "ASK":
            return QueryResult((), (), bool(res.askAnswer))
        if res.type in ("CONSTRUCT", "DESCRIBE"):
            triples = tuple(tuple(t) for t in res.graph)  # type: ignore[union-attr]
            return QueryResult(("subject", "predicate", "object"), triples)
        names = tuple(str(v) for v in res.vars or ())
        return QueryResult(names, tuple(tuple(row) for row in res))

    def graph(self) -> Graph:
        return self._graph

    def __len__(self) -> int:
        return len(self._graph)


STORES: dict[str, type[Store]] = {"rdflib": RdflibStore}

# Imported here, after Store is defined, because the Oxigraph engine subclasses it.
from .oxigraph_store import OxigraphStore  # noqa: E402

STORES["oxigraph"] = OxigraphStore


def make_store(name: str = "rdflib", **options: Any) -> Store:
    """A new empty store of engine *name*.

    >>> make_store("rdflib").name, make_store("oxigraph").name
    ('rdflib', 'oxigraph')
    >>> make_store("sqlite")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: unknown store engine 'sqlite'; available: oxigraph, rdflib
    """
    try:
        cls = STORES[name]
    except KeyError:
        raise InvalidQueryError(f"unknown store engine {name!r}; available: {', '.join(sorted(STORES))}") from None
    return cls(**options)


def ordered(rows: Sequence[tuple]) -> list[tuple]:
    """Rows sorted by their string forms, for comparing answers across stores.

    >>> ordered([("b",), ("a",)])
    [('a',), ('b',)]
    """
    return sorted(rows, key=lambda r: tuple("" if v is None else str(v) for v in r))
