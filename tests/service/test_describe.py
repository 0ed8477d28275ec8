"""The Service Description: the endpoint, its formats and dataset, and every named query."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH

from kg.query.sparql import library
from kg.service.describe import QUERY_NS, SD, service_description

URL = "http://127.0.0.1:7878/sparql"


def _sd(**options):
    return service_description(URL, 42, ["urn:g1"], library().values(), {"exokg": "https://w3id.org/exokg/ontology#"},
                               **options)


def test_the_service() -> None:
    g = _sd()
    s = URIRef(URL)
    assert (s, RDF.type, SD.Service) in g and (s, SD.endpoint, s) in g
    assert (s, SD.feature, SD.UnionDefaultGraph) in g and (s, SD.feature, SD.BasicFederatedQuery) not in g
    assert len(list(g.objects(s, SD.resultFormat))) == 8
    dataset = g.value(s, SD.defaultDataset)
    assert g.value(g.value(dataset, SD.namedGraph), SD.name) == URIRef("urn:g1")
    assert (s, SD.feature, SD.BasicFederatedQuery) in _sd(federated=True)


def test_every_named_query_is_described_with_its_parameters() -> None:
    g = _sd()
    for name, q in library().items():
        node = QUERY_NS[name]
        assert (node, RDF.type, SH.SPARQLSelectExecutable) in g
        assert g.value(node, SH.select) == Literal(q.text)
        assert g.value(node, RDFS.comment) == Literal(q.question, lang="en")
        described = {str(g.value(p, SH.name)): p for p in g.objects(node, SH.parameter)}
        assert set(described) == {p.name for p in q.params}
        for p in q.params:
            assert str(g.value(described[p.name], DCTERMS.type)) == p.type
            assert (g.value(described[p.name], SH.defaultValue) is not None) == (p.default is not None)
    prefixes = g.value(QUERY_NS["mirna_targets"], SH.prefixes)
    assert {str(g.value(d, SH.prefix)) for d in g.objects(prefixes, SH.declare)} == {"exokg"}
