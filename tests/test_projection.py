"""kg.projection: one node per entity, one edge per statement, and the reverse edge of an inverse."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.datasets import tiny_graph
from kg.projection import INVERSE_SUFFIX, to_networkx as project

from synthetic import RELATIONS, STATUSES, make_graph

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EDGES = st.integers(2, 6).flatmap(lambda n: st.tuples(st.just(n), st.lists(
    st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS), st.sampled_from(STATUSES)),
    max_size=12)))


@PROPS
@given(EDGES)
def test_edges_are_the_statements_and_the_inverses_they_imply(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    G = project(g)
    assert set(G.nodes) == {e.id for e in g.entities()}
    expected = set()
    for s in g.statements():
        rel = ontology.relations[s.predicate]
        expected.add((s.subject.id, s.object.id, s.id, s.predicate, rel.path_sign, False))
        if rel.inverse:
            inv = ontology.relations[rel.inverse]
            expected.add((s.object.id, s.subject.id, s.id + INVERSE_SUFFIX, inv.name, inv.path_sign, True))
    found = {(u, v, k, d["relation"], d["path_sign"], d["inverted"]) for u, v, k, d in G.edges(keys=True, data=True)}
    assert found == expected


@PROPS
@given(EDGES)
def test_each_edge_carries_its_statement_and_a_summary_of_the_evidence(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    for u, v, k, d in project(g).edges(keys=True, data=True):
        s = d["statement"]
        assert k.startswith(s.id) and {u, v} == {s.subject.id, s.object.id}
        assert d["evidence_count"] == len(s.evidence) >= 1
        assert d["statuses"] == {e.status for e in s.evidence} and d["status"] == s.status
        assert d["documents"] == s.documents and d["curations"] == {"curated"}


def test_parallel_claims_stay_separate_edges(ontology):
    g = make_graph(ontology, 2, [(0, 1, "carries", "finding"), (0, 1, "increases", "hypothesis"),
                                 (0, 1, "carries", "finding")])
    edges = {d["relation"]: d for _, _, d in project(g).edges(data=True)}
    assert set(edges) == {"carries", "increases"}
    assert (edges["carries"]["evidence_count"], edges["increases"]["evidence_count"]) == (2, 1)
    assert edges["increases"]["status"] == "hypothesis"


def test_nodes_know_their_class_and_its_ancestors():
    G = tiny_graph().network
    node = G.nodes["MSC"]
    assert node["label"] == "mesenchymal stem cell" and node["type"] == "MesenchymalStemCell"
    assert node["types"] == ("MesenchymalStemCell", "StemCell", "CellType", "BiomedicalEntity")
    assert node["xrefs"] == ("CL:0000134",) and "MSCs" in node["synonyms"]
    assert node["entity"].id == "MSC"


def test_evidence_context_reaches_the_edge():
    G = tiny_graph().network
    (d,) = G.get_edge_data("PTEN", "axon-regeneration").values()
    assert d["organisms"] == {"rat"} and d["role"] == "causal" and d["sign"] == -1
    (d,) = G.get_edge_data("MSC", "MSC-exosome").values()
    assert d["organisms"] == frozenset() and d["role"] == "transparent"


def test_the_tiny_graph_projects_to_seven_nodes_and_five_edges():
    G = tiny_graph().network
    assert (G.number_of_nodes(), G.number_of_edges()) == (7, 5)
