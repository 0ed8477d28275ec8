"""Store.query, the one door: the same guards and the same answers on every engine."""
from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import AnswerLimitError, InvalidQueryError, QueryLimitError, QueryTimeoutError, RemoteAccessError
from kg.stores import make_store
from kg.stores.base import QueryDataset, Store, ordered

from nettools import JSON_EMPTY, peer

ENGINES = ["rdflib", "oxigraph"]
EX = "http://example.org/"


def _data() -> Dataset:
    """Two named graphs and a default graph: the dataset cases of the SPARQL Protocol in small."""
    ds = Dataset()
    ds.default_graph.add((URIRef(EX + "d0"), URIRef(EX + "in"), Literal("default")))
    for i in (1, 2):
        ds.graph(URIRef(EX + f"g{i}")).add((URIRef(EX + f"d{i}"), URIRef(EX + "in"), Literal(f"g{i}")))
    return ds


@pytest.fixture(params=ENGINES)
def store(request) -> Store:
    s = make_store(request.param)
    s.add_graph(_data())
    return s


def _values(store: Store, query: str, **options) -> list:
    return ordered([tuple(str(v) for v in row) for row in store.query(query, **options).rows])


def test_a_query_without_from_reads_every_graph(store: Store) -> None:
    assert _values(store, "SELECT ?o WHERE { ?s ?p ?o }") == [("default",), ("g1",), ("g2",)]


def test_graph_variable_lists_named_graphs_only(store: Store) -> None:
    """`GRAPH ?g` gave HTTP 500 and a bare Exception on the rdflib store."""
    assert _values(store, "SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }") == [(EX + "g1", "g1"), (EX + "g2", "g2")]


@pytest.mark.parametrize("query,expected", [
    (f"SELECT ?o FROM <{EX}g1> WHERE {{ ?s ?p ?o }}", [("g1",)]),
    (f"SELECT ?o FROM <{EX}g1> FROM <{EX}g2> WHERE {{ ?s ?p ?o }}", [("g1",), ("g2",)]),
    (f"SELECT ?g ?o FROM NAMED <{EX}g2> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", [(EX + "g2", "g2")]),
    (f"SELECT ?o FROM NAMED <{EX}g2> WHERE {{ ?s ?p ?o }}", []),
    (f"SELECT ?o FROM <{EX}missing> WHERE {{ ?s ?p ?o }}", []),
])
def test_from_and_from_named_pick_graphs_of_the_store(store: Store, query: str, expected: list) -> None:
    assert _values(store, query) == expected


@pytest.mark.parametrize("dataset,expected", [
    (QueryDataset(default=(EX + "g1",)), [("g1",)]),
    (QueryDataset(named=(EX + "g1",)), []),
    (QueryDataset(), []),
])
def test_the_protocol_dataset_replaces_the_query_one(store: Store, dataset: QueryDataset, expected: list) -> None:
    assert _values(store, f"SELECT ?o FROM <{EX}g2> WHERE {{ ?s ?p ?o }}", dataset=dataset) == expected


def test_from_never_downloads(store: Store) -> None:
    """rdflib loaded a FROM graph it did not hold from the web."""
    with peer() as p:
        assert _values(store, f"SELECT ?o FROM <{p.url}/data.ttl> WHERE {{ ?s ?p ?o }}") == []
        assert _values(store, f"SELECT ?o FROM NAMED <{p.url}/d.ttl> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}") == []
    assert p.requests == []


@pytest.mark.parametrize("silent", ["", "SILENT "])
def test_service_is_refused_and_sends_nothing(store: Store, silent: str, monkeypatch) -> None:
    """SERVICE made both engines send requests: a server-side request forgery."""
    monkeypatch.delenv("KG_ALLOW_SERVICE", raising=False)
    with peer() as p:
        with pytest.raises(RemoteAccessError, match="SERVICE is refused"):
            store.query(f"SELECT * WHERE {{ SERVICE {silent}<{p.url}/sparql> {{ ?s ?p ?o }} }}")
    assert p.requests == []


def test_service_runs_when_the_user_allows_it(store: Store) -> None:
    store.allow_service = True
    with peer() as p:
        store.query(f"SELECT * WHERE {{ SERVICE <{p.url}/sparql> {{ ?s ?p ?o }} }}")
    assert len(p.requests) == 1 and p.requests[0].startswith(("GET /sparql?", "POST /sparql"))


def test_deep_nesting_is_refused_on_every_engine(store: Store) -> None:
    """A 6 KB query of 3,000 nested braces killed the process (segfault in pyoxigraph)."""
    with pytest.raises(QueryLimitError, match="levels deep"):
        store.query("SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000)
    assert store.query("ASK { ?s ?p ?o }").boolean is True


def test_row_cap_stops_the_reading(store: Store) -> None:
    with pytest.raises(AnswerLimitError, match="more than 2 rows"):
        store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=2)
    assert len(store.query("SELECT * WHERE { ?s ?p ?o }", max_rows=3)) == 3
    with pytest.raises(AnswerLimitError):
        store.query("CONSTRUCT WHERE { ?s ?p ?o }", max_rows=1)


def test_timeout_while_rows_are_read() -> None:
    for engine in ENGINES:
        s = make_store(engine, timeout=0.01)
        g = Graph()
        for i in range(60):
            g.add((URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)))
        s.add_graph(g)
        with pytest.raises(QueryTimeoutError, match="time limit"):
            s.query("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")


def test_relative_iris_get_the_base(store: Store) -> None:
    """A CONSTRUCT with <s> returned relative IRIs (rdflib) or failed (Oxigraph)."""
    rows = store.query("CONSTRUCT { <s> <p> 1 } WHERE {}").rows
    assert [tuple(str(t) for t in r[:2]) for r in rows] == [("https://w3id.org/exokg/s", "https://w3id.org/exokg/p")]
    assert str(store.query("SELECT ?x { BIND(<x> AS ?x) }", base=EX + "base/").rows[0][0]) == EX + "base/x"


def test_a_bad_iri_binding_is_refused(store: Store) -> None:
    """`-p x=<not an iri>` raised a ValueError on Oxigraph and bound garbage on rdflib."""
    with pytest.raises(InvalidQueryError, match="not an absolute IRI"):
        store.query("SELECT * WHERE { ?x ?p ?o }", {"x": URIRef("not an iri")})


def test_named_graphs(store: Store) -> None:
    assert sorted(str(g) for g in store.named_graphs()) == [EX + "g1", EX + "g2"]
