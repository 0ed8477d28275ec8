"""Real SPARQL clients, with their default settings, against a real `kg serve` on loopback.

SPARQLWrapper and rdflib's SPARQLStore ask for SPARQL XML results and RDF/XML graphs by default;
the endpoint answered them 406 before.
"""
from __future__ import annotations

from typing import Iterator

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import SPARQLWrapper

from kg.graph import KnowledgeGraph
from kg.sources.seeds import load_corpus

from helpers import MINI, MINI_LEXICON, start

PTEN = "https://w3id.org/exokg/entity/PTEN"
SELECT = ("PREFIX exokg: <https://w3id.org/exokg/ontology#> PREFIX ent: <https://w3id.org/exokg/entity/> "
          "SELECT ?t WHERE { ent:miR-21 exokg:decreases ?t }")
ASK = "PREFIX exokg: <https://w3id.org/exokg/ontology#> ASK { ?m exokg:decreases ?t }"
CONSTRUCT = ("PREFIX exokg: <https://w3id.org/exokg/ontology#> "
             "CONSTRUCT { ?m exokg:decreases ?t } WHERE { ?m exokg:decreases ?t }")


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def served(request) -> Iterator[tuple[str, KnowledgeGraph]]:
    g = KnowledgeGraph.from_corpus(load_corpus(MINI, lexicon=MINI_LEXICON), store=request.param)
    url, stop = start(g.store)
    yield url, g
    stop.set()


def test_sparqlwrapper_defaults(served) -> None:
    url, local = served
    client = SPARQLWrapper(url)  # GET, SPARQL XML results, RDF/XML graphs
    client.setQuery(SELECT)
    rows = client.query().convert()  # an xml.dom Document
    values = [b.getElementsByTagName("uri")[0].firstChild.data for b in rows.getElementsByTagName("binding")]
    assert values == [PTEN]
    client.setQuery(ASK)
    assert client.query().convert().getElementsByTagName("boolean")[0].firstChild.data == "true"
    client.setQuery(CONSTRUCT)
    graph = client.query().convert()  # parsed from RDF/XML by rdflib
    assert isinstance(graph, Graph)
    expected = set(local.sparql(CONSTRUCT).rows)
    assert set(graph) == expected != set()


def test_rdflib_sparqlstore_defaults(served) -> None:
    url, local = served
    remote = Graph(store=SPARQLStore(url))
    assert [str(r[0]) for r in remote.query(SELECT)] == [PTEN]
    assert remote.query(ASK).askAnswer is True
    assert set(remote.query(CONSTRUCT).graph) == set(local.sparql(CONSTRUCT).rows)
    # the store interface: triple patterns become queries
    assert len(list(remote.triples((URIRef("https://w3id.org/exokg/entity/miR-21"), None, None)))) > 0
