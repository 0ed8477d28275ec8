"""rdflib's in-memory store behind the :class:`~kg.stores.base.Store` interface.

No dependency beyond rdflib and fine for graphs of the seeds' size; Oxigraph
(:mod:`kg.stores.oxigraph`) takes over for large ones.
"""
from __future__ import annotations

from typing import Iterator, Mapping

from rdflib import Graph, URIRef
from rdflib.term import Identifier, Variable

from ..errors import InvalidQueryError
from .base import QueryResult, Store, _plain
from .sparql_text import check_read_only


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

    def _query(self, sparql: str, bindings: Mapping[str, Identifier]) -> QueryResult:
        check_read_only(sparql)
        try:
            res = self._graph.query(sparql, initBindings={Variable(k): v for k, v in bindings.items()})
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

    def pairs(self, predicate: str) -> Iterator[tuple[str, str, str | None]]:
        for s, o in self._graph.subject_objects(URIRef(predicate)):
            yield _plain(s), _plain(o), None

    def value(self, subject: str, predicate: str) -> str | None:
        v = self._graph.value(URIRef(subject), URIRef(predicate))
        return None if v is None else _plain(v)

    def __len__(self) -> int:
        return len(self._graph)
