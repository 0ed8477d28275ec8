"""rdflib's in-memory store behind the :class:`~kg.stores.base.Store` interface.

No dependency beyond rdflib and fine for graphs of the seeds' size; Oxigraph
(:mod:`kg.stores.oxigraph`) takes over for large ones. The triples sit in an rdflib Dataset, so
named graphs (from N-Quads or TriG, or a Dataset handed to :meth:`RdflibStore.add_graph`) answer
``GRAPH ?g``; as on Oxigraph, a query without FROM reads the union of all graphs.

FROM, FROM NAMED and the protocol's dataset name graphs of the store, never documents to
download: rdflib's own evaluator would fetch an IRI it does not hold, so the dataset is built
here and handed to the evaluator ready-made.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Mapping

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.term import Identifier, Variable

from ..errors import InvalidQueryError, KGError
from .base import QueryDataset, QueryResult, RowReader, Store, _plain
from .sparql_text import check_iri, parse_query


class QuietDataset(Dataset):
    """rdflib's Dataset without the deprecation warnings of rdflib 7.6, which its own SPARQL
    evaluator triggers on every triple pattern (``default_context``, ``contexts``)."""

    @property
    def default_context(self) -> Graph:  # type: ignore[override]
        return self._default_context

    @default_context.setter
    def default_context(self, value: Graph) -> None:
        self._default_context = value

    @property
    def default_graph(self) -> Graph:  # type: ignore[override]
        return self._default_context

    def contexts(self, triple=None):  # type: ignore[override]
        return self.graphs(triple)


class RdflibStore(Store):
    """rdflib's in-memory store: no dependencies, fine for the seed graph.

    >>> from rdflib import URIRef, Literal
    >>> s = RdflibStore(); g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
    >>> s.add_graph(g); len(s)
    1
    >>> s.query("SELECT ?o WHERE { ?s <urn:p> ?o }", {"s": URIRef("urn:a")}).to_python()
    [{'o': 1}]
    >>> s.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    ()
    """

    name = "rdflib"

    def __init__(self, graph: Graph | None = None, timeout: float | None = None):
        self._ds = QuietDataset(default_union=True)
        self._union: Graph | None = None
        self.timeout = timeout
        if graph is not None:
            self.add_graph(graph)

    def add_graph(self, graph: Graph) -> None:
        """Add every triple of *graph*; a Dataset or ConjunctiveGraph keeps its named graphs."""
        for prefix, ns in graph.namespaces():
            self._ds.bind(prefix, ns, override=True)
        if isinstance(graph, ConjunctiveGraph):
            default = graph.default_graph.identifier if isinstance(graph, Dataset) else graph.default_context.identifier
            for part in (graph.graphs() if isinstance(graph, Dataset) else graph.contexts()):
                target = self._ds.default_graph if part.identifier == default else self._named(part.identifier)
                target += part
        else:
            target = self._ds.default_graph
            target += graph
        self._union = None

    def _named(self, name: Identifier) -> Graph:
        """The named graph *name* of the store (a view: nothing is created until triples are added)."""
        return Graph(store=self._ds.store, identifier=name)

    def named_graphs(self) -> list[Identifier]:
        """Names of the graphs besides the default one."""
        default = self._ds.default_graph.identifier
        return [g.identifier for g in self._ds.graphs() if g.identifier != default and len(g)]

    def _view(self, default: Iterable[str], named: Iterable[str]) -> QuietDataset:
        """A dataset of copies of the store's graphs: the merge of *default*, and *named* by name."""
        view = QuietDataset(default_union=False)
        merged = view.default_graph
        for iri in default:
            merged += self._named(URIRef(iri))
        for iri in named:
            graph = view.graph(URIRef(iri))
            graph += self._named(URIRef(iri))
        return view

    def _query(self, sparql: str, bindings: Mapping[str, Identifier], *, base: str,
               dataset: QueryDataset | None, max_rows: int | None) -> QueryResult:
        from rdflib.plugins.sparql.algebra import translateQuery  # deferred: rdflib's SPARQL machinery is slow to import

        parsed = parse_query(sparql)
        try:
            query = translateQuery(parsed, base=base)
        except KGError:
            raise
        except Exception as exc:  # rdflib reports a query it cannot plan with assorted exceptions
            raise InvalidQueryError(f"query cannot be run: {exc}") from None
        clause = query.algebra["datasetClause"] if "datasetClause" in query.algebra else None
        target = self._ds
        if dataset is not None:  # the protocol's dataset replaces the query's own
            target = self._view(dataset.default, dataset.named)
        elif clause:
            target = self._view([check_iri(str(d["default"]), "FROM") for d in clause if "default" in d],
                                [check_iri(str(d["named"]), "FROM NAMED") for d in clause if "named" in d])
        query.algebra["datasetClause"] = None  # never let rdflib load a FROM graph from the web
        reader = RowReader(max_rows, self.timeout)
        try:
            res = target.query(query, initBindings={Variable(k): v for k, v in bindings.items()}, base=base)
            if res.type == "ASK":
                return QueryResult((), (), bool(res.askAnswer))
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                rows = reader.extend(tuple(t) for t in res.graph).rows  # type: ignore[union-attr]
                return QueryResult(("subject", "predicate", "object"), tuple(rows), triples=True)
            names = tuple(str(v) for v in res.vars or ())
            # rdflib evaluates lazily: errors (a type error deep in a FILTER, an unknown function)
            # surface while the rows are read, so they are read here, inside the guard.
            return QueryResult(names, tuple(reader.extend(tuple(row) for row in res).rows))
        except (KGError, RecursionError, MemoryError):
            raise
        except Exception as exc:
            raise InvalidQueryError(f"query failed: {exc}") from None

    def graph(self) -> Graph:
        """The triples as an rdflib Graph: the default graph, merged with any named graphs."""
        if not self.named_graphs():
            return self._ds.default_graph
        if self._union is None:
            union = Graph()
            for prefix, ns in self._ds.namespaces():
                union.bind(prefix, ns, override=True)
            for s, p, o, _ in self._ds.quads((None, None, None, None)):
                union.add((s, p, o))
            self._union = union
        return self._union

    def pairs(self, predicate: str) -> Iterator[tuple[str, str, str | None]]:
        default = self._ds.default_graph.identifier
        for s, _, o, g in self._ds.quads((None, URIRef(predicate), None, None)):
            name = getattr(g, "identifier", g)
            yield _plain(s), _plain(o), None if name is None or name == default else str(name)

    def value(self, subject: str, predicate: str) -> str | None:
        v = self.graph().value(URIRef(subject), URIRef(predicate))
        return None if v is None else _plain(v)

    def __len__(self) -> int:
        return len(self.graph())
