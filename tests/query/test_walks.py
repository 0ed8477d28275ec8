"""kg.query.walks: the Path and Step objects every search returns, and the filter on what it may walk."""
from __future__ import annotations

import json
from math import prod

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.datasets import tiny_graph
from kg.graph import KnowledgeGraph
from kg.lexicon import Lexicon
from kg.model import Document, Entity, Evidence, Statement
from kg.query.walks import edge_filter, merge_parallel, rank_key, relation_ancestors, to_path
from kg.sources.seeds import Corpus, merge
from kg.vocab import STATUSES as ORDER

from synthetic import RELATIONS, STATUSES, make_graph

PROPS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GRAPHS = st.integers(3, 6).flatmap(lambda n: st.tuples(st.just(n), st.lists(
    st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS), st.sampled_from(STATUSES)),
    min_size=1, max_size=14)))


def role_sign(ontology, relation: str) -> int:
    """A hop's effect on the net sign, from the ontology's words: causal relations give their sign,
    producer and cargo relations pass the sign through, descriptive ones make it unknown."""
    rel = ontology.relations[relation]
    return {"causal": rel.sign, "transparent": 1, "descriptive": 0}[rel.role]


@PROPS
@given(GRAPHS)
def test_a_path_is_a_chain_whose_net_sign_is_the_product_of_its_hops(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    for p in g.paths("n0", f"n{n - 1}", max_hops=4, limit=None):
        assert all(a.object == b.subject for a, b in zip(p.steps, p.steps[1:]))
        assert [e.id for e in p.nodes] == [p.steps[0].subject.id, *(s.object.id for s in p.steps)]
        assert p.sign == prod(role_sign(ontology, s.predicate) for s in p.steps)


@PROPS
@given(GRAPHS)
def test_a_path_is_as_firm_as_its_weakest_hop_and_a_hop_as_its_firmest_claim(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    for p in g.paths("n0", f"n{n - 1}", max_hops=4, limit=None):
        for s in p.steps:
            statuses = [e.status for e in s.evidence]
            assert s.status == min(statuses, key=ORDER.index)
        expected = max((s.status for s in p.steps), key=ORDER.index)
        if p.stated:  # one document, which also states the whole claim: no firmer than that
            expected = max(expected, min((st.status for st in p.stated), key=ORDER.index), key=ORDER.index)
        assert p.status == expected


def test_a_path_as_json_and_as_text():
    (p,) = tiny_graph().paths("MSC", "axon regeneration")
    d = json.loads(json.dumps(p.to_dict()))
    assert (d["hops"], d["sign"], d["status"]) == (4, 1, "finding")
    assert d["nodes"] == ["MSC", "MSC-exosome", "miR-21", "PTEN", "axon-regeneration"]
    assert d["steps"][2]["evidence"] == [{"document": "m01", "quote": "miR-21 suppresses PTEN", "start": 75,
                                          "end": 97, "status": "finding", "curation": "curated", "context": {}}]
    lines = p.explain().splitlines()
    assert lines[0] == f"{p}  (finding)"
    assert lines[5:7] == ["  3. miR-21 -decreases-> PTEN  (finding; m01)", "     \u201cmiR-21 suppresses PTEN\u201d [m01 75-97, finding]"]


def claims_graph(ontology, claims) -> KnowledgeGraph:
    """A graph of entities a..e and one evidence per claim (subject, relation, object, status, organism, curation)."""
    ents = {x: Entity(x, x, "Molecule") for x in "abcde"}
    ents["rat"] = Entity("rat", "rat", "Organism")
    ents["mouse"] = Entity("mouse", "mouse", "Organism")
    text = "x" * 100
    statements = [Statement(ents[s], r, ents[o], ontology.relations[r].sign,
                            (Evidence("d", text[i:i + 1], i, i + 1, status, f"a{i}", organism=org, curation=cur),))
                  for i, (s, r, o, status, org, cur) in enumerate(claims)]
    corpus = Corpus(ontology, Lexicon(ents.values()), {"d": Document("d", text, "0" * 64)}, merge(statements))
    return KnowledgeGraph.from_corpus(corpus)


def test_the_organism_filter_keeps_evidence_without_an_organism(ontology):
    g = claims_graph(ontology, [("a", "increases", "b", "finding", "rat", "curated"),
                                ("b", "increases", "c", "finding", None, "curated"),
                                ("a", "increases", "c", "finding", "mouse", "curated")])
    assert [len(p) for p in g.paths("a", "c", organism="rat")] == [2]
    assert [len(p) for p in g.paths("a", "c", organism="mouse")] == [1]
    with pytest.raises(kg.UnknownEntityError):
        edge_filter(g, organism="hamster")


def test_the_curation_filter_keeps_the_evidence_asked_for(ontology):
    g = claims_graph(ontology, [("a", "increases", "b", "finding", None, "curated"),
                                ("a", "increases", "b", "finding", None, "machine-read")])
    (p,) = g.paths("a", "b", curation="machine-read")
    assert [e.curation for e in p.steps[0].evidence] == ["machine-read"]
    assert "machine-read]" in p.explain()
    (p,) = g.paths("a", "b")
    assert len(p.steps[0].evidence) == 2


def test_min_evidence_counts_the_evidence_that_passes_the_other_filters(ontology):
    g = claims_graph(ontology, [("a", "increases", "b", "finding", None, "curated"),
                                ("a", "increases", "b", "hypothesis", None, "curated")])
    assert len(g.paths("a", "b", min_evidence=2)) == 1
    assert g.paths("a", "b", min_evidence=2, status="finding") == []


@pytest.mark.parametrize("options, message", [
    ({"min_evidence": 0}, "min_evidence must be at least 1"),
    ({"status": ["finding", "gossip"]}, r"status \['gossip'\] must be among finding, prediction, hypothesis, question"),
    ({"curation": "guessed"}, r"curation \['guessed'\] must be among curated, machine-read"),
    ({"relations": ["inhibits"]}, "unknown relation 'inhibits'"),
    ({"exclude_relations": ["inhibits"]}, "unknown relation 'inhibits'"),
])
def test_bad_filter_options_are_refused(options, message):
    with pytest.raises(kg.KGError, match=message):
        edge_filter(tiny_graph(), **options)


@pytest.mark.parametrize("relations, allowed", [
    (["regulates"], {"regulates", "increases", "decreases", "ameliorates"}),
    (["decreases"], {"decreases", "ameliorates"}),
    (["derives from"], {"derives_from"}),
    (["carries", "secretes"], {"carries", "delivers", "secretes"}),
])
def test_a_relation_admits_its_sub_relations(relations, allowed):
    assert edge_filter(tiny_graph(), relations=relations).allowed == allowed
    assert edge_filter(tiny_graph(), exclude_relations=relations).excluded == allowed


def test_relation_ancestors_climb_to_the_top(ontology):
    assert relation_ancestors(ontology, "ameliorates") == {"ameliorates", "decreases", "regulates"}
    assert relation_ancestors(ontology, "crosses") == {"crosses"}


def test_parallel_claims_fold_into_one_hop_with_all_their_evidence(ontology):
    g = make_graph(ontology, 3, [(0, 1, "carries", "finding"), (0, 1, "delivers", "hypothesis"),
                                 (1, 2, "decreases", "finding")])
    P, row = g.projection, g.tables.entity_index()
    out = lambda n: list(P.out_edges[P.out_ptr[row[n]]:P.out_ptr[row[n] + 1]])  # noqa: E731
    routes = [[e1, e2] for e1 in out("n0") for e2 in out("n1")]
    paths = [to_path(g, r) for r in routes]
    (merged,) = merge_parallel(paths)
    hop = merged.steps[0]
    assert {s.predicate for s in hop.statements} == {"carries", "delivers"}
    assert len(hop.evidence) == 2 and hop.status == "finding"
    assert merged.support == (1, 3)


def test_ranking_prefers_short_then_well_supported_then_firm_paths(ontology):
    g = make_graph(ontology, 4, [(0, 3, "increases", "hypothesis"),
                                 (0, 1, "increases", "finding"), (1, 3, "increases", "finding"),
                                 (0, 2, "increases", "hypothesis"), (2, 3, "increases", "hypothesis"),
                                 (0, 2, "increases", "hypothesis"), (2, 3, "increases", "hypothesis")])
    paths = g.paths("n0", "n3", limit=None)
    assert [[n.id for n in p.nodes] for p in paths] == [["n0", "n3"], ["n0", "n2", "n3"], ["n0", "n1", "n3"]]
    assert sorted(paths, key=rank_key) == paths
