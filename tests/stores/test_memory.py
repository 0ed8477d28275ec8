"""The rdflib store: named graphs, errors that surface while rows are read, and the same answers
as Oxigraph on the knowledge graph."""
from __future__ import annotations

import pytest
from rdflib import ConjunctiveGraph, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import InvalidQueryError
from kg.stores.memory import RdflibStore


def test_a_plain_graph_is_the_default_graph() -> None:
    g = Graph()
    g.add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
    s = RdflibStore(g)
    assert len(s) == 1 and s.named_graphs() == [] and isomorphic(s.graph(), g)


@pytest.mark.parametrize("kind", [Dataset, ConjunctiveGraph])
def test_named_graphs_are_kept(kind: type) -> None:
    data = kind()
    data.addN([(URIRef("urn:a"), URIRef("urn:p"), Literal(1), Graph(data.store, URIRef("urn:g")))])
    s = RdflibStore()
    s.add_graph(data)
    assert s.named_graphs() == [URIRef("urn:g")]
    assert s.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows == ((URIRef("urn:g"),),)
    assert len(s.graph()) == 1  # the graph handed out merges every graph


def test_an_error_while_rows_are_read_is_ours() -> None:
    """rdflib evaluates lazily: a failure deep in the query (here a SERVICE, allowed, to a closed
    port) surfaced as a raw URLError traceback (HTTP 500 at the endpoint) while rows were read."""
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    s = RdflibStore()
    s.allow_service = True
    with pytest.raises(InvalidQueryError, match="query failed"):
        s.query(f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")


def test_same_answers_as_oxigraph(seed_graph) -> None:
    from kg.stores.oxigraph import OxigraphStore

    ox = OxigraphStore()
    ox.add_graph(seed_graph.rdf)
    mem = RdflibStore(seed_graph.rdf)
    q = "SELECT ?s ?o WHERE { ?s <https://w3id.org/exokg/ontology#decreases> ?o } ORDER BY ?s ?o"
    assert mem.query(q).rows == ox.query(q).rows != ()
