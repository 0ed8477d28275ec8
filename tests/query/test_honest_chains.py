"""Chains that never pass off an inference as a finding: the rules of issue 11 on generated graphs.

A path is a finding only when one document supports every hop with findings; a chain that needs
several documents is "inferred". Context travels with each hop; a generic entity ends a path but
does not carry one; a product does not inherit its producer's properties; searches are bounded.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.query.claims import contradictions
from synthetic import RELATIONS, STATUSES, make_graph

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DOCS = ["d1", "d2", "d3"]


def graphs(max_nodes: int = 7):
    """Random graphs whose edges come from up to three documents, some nodes generic."""
    return st.integers(min_value=3, max_value=max_nodes).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS),
                               st.sampled_from(STATUSES), st.sampled_from(DOCS)), min_size=1, max_size=18),
            st.sets(st.integers(1, n - 2), max_size=2),
        )
    )


def every_path(g, max_hops):
    ids = [e.id for e in g.entities() if e.type != "Organism"]
    for a in ids:
        for b in ids:
            if a != b:
                yield from g.paths(a, b, max_hops=max_hops, limit=None)


@PROPS
@given(graphs(), st.integers(1, 4))
def test_no_finding_without_one_document_for_every_hop(ontology, data, max_hops):
    """The property the issue asks for: a chain reported as a finding has one document that states
    every hop with a finding; a chain with no such document is 'inferred' (never a finding)."""
    n, edges, generic = data
    g = make_graph(ontology, n, edges, generic=generic)
    for p in every_path(g, max_hops):
        common = set.intersection(*({e.document for e in s.evidence} for s in p.steps))
        if p.status == "finding":
            assert any(all(any(e.document == d and e.status == "finding" for e in s.evidence) for s in p.steps)
                       for d in common), str(p)
        assert (p.status == "inferred") == (not common), str(p)


@PROPS
@given(graphs(), st.integers(2, 4))
def test_generic_entities_end_paths_but_never_carry_them(ontology, data, max_hops):
    n, edges, generic = data
    g = make_graph(ontology, n, edges, generic=generic)
    for p in every_path(g, max_hops):
        assert not any(node.generic for node in p.nodes[1:-1]), str(p)
    for a in [e.id for e in g.entities()]:
        for effect in g.effects(a, max_hops=max_hops):
            assert not any(node.generic for node in effect.path.nodes[1:-1]), str(effect.path)


@PROPS
@given(graphs(), st.integers(2, 4))
def test_a_product_does_not_inherit_its_producers_properties(ontology, data, max_hops):
    """derives_from walked forwards (vesicle -> producer) is only ever the last hop."""
    n, edges, generic = data
    g = make_graph(ontology, n, edges, generic=generic)
    for p in every_path(g, max_hops):
        assert all(s.predicate != "derives_from" for s in p.steps[:-1]), str(p)
    for a in [e.id for e in g.entities()]:
        for effect in g.effects(a, max_hops=max_hops):
            assert all(s.predicate != "derives_from" for s in effect.path.steps[:-1]), str(effect.path)
        for effect in g.regulators(a, max_hops=max_hops):
            assert all(s.predicate != "derives_from" for s in effect.path.steps[:-1]), str(effect.path)


def test_cross_document_chain_is_inferred_and_each_hop_names_its_document(ontology):
    g = make_graph(ontology, 3, [(0, 1, "increases", "finding", "d1"), (1, 2, "increases", "finding", "d2")])
    (p,) = g.paths("n0", "n2")
    assert p.status == "inferred" and p.inferred and p.documents == ()
    assert [s.documents for s in p.steps] == [("d1",), ("d2",)]
    assert p.to_dict()["status"] == "inferred"
    assert [s["documents"] for s in p.to_dict()["steps"]] == [["d1"], ["d2"]]
    assert "inferred: no single document states every hop" in p.explain()


def test_one_document_keeps_the_weakest_hop_rule(ontology):
    g = make_graph(ontology, 3, [(0, 1, "increases", "finding", "d1"), (1, 2, "increases", "hypothesis", "d1"),
                                 (1, 2, "increases", "finding", "d2")])
    (p,) = g.paths("n0", "n2")
    assert p.documents == ("d1",) and p.status == "hypothesis"


def test_a_document_that_states_the_whole_claim_weakly_caps_its_chain(ontology):
    """A chain built from a document's findings is no firmer than what that document says of the
    whole claim: 'X will increase Z' (a prediction) with 'X carries Y' and 'Y increases Z'."""
    g = make_graph(ontology, 3, [(0, 1, "carries", "finding", "d1"), (1, 2, "increases", "finding", "d1"),
                                 (0, 2, "increases", "prediction", "d1")])
    statuses = {len(p): p.status for p in g.paths("n0", "n2")}
    assert statuses == {1: "prediction", 2: "prediction"}


def test_paths_that_mix_contexts_say_so_and_rank_after_agreeing_ones(ontology):
    edges = [(0, 1, "increases", "finding"), (1, 3, "increases", "finding"),
             (0, 2, "increases", "finding"), (2, 3, "increases", "finding")]
    # n0 -> n1 -> n3 joins a mouse hop to a rat hop; n0 -> n2 -> n3 stays in mice
    g = make_graph(ontology, 4, edges, organisms={0: "mouse", 1: "rat", 2: "mouse", 3: "mouse"})
    first, second = g.paths("n0", "n3")
    assert [n.id for n in first.nodes] == ["n0", "n2", "n3"] and first.mixed_contexts() == {}
    assert second.mixed_contexts() == {"organism": ("mouse", "rat")}
    assert second.to_dict()["mixed_contexts"] == {"organism": ["mouse", "rat"]}


def test_strict_organism_filter_drops_hops_of_unknown_organism_and_counts_what_it_removed(ontology):
    edges = [(0, 1, "increases", "finding"), (1, 2, "increases", "finding"), (0, 2, "increases", "finding")]
    # the first hop is in mice, the second says no organism, the direct claim is in rats
    g = make_graph(ontology, 3, edges, organisms={0: "mouse", 2: "rat"})
    assert [len(p) for p in g.paths("n0", "n2", organism="mouse")] == [2]
    strict = g.paths("n0", "n2", organism="mouse", strict=True)
    assert list(strict) == [] and strict.removed == {"organism": 2}
    assert [len(p) for p in g.paths("n0", "n2", organism="rat")] == [1]


def test_search_stops_at_its_deadline_with_what_it_found(ontology):
    """A dense graph where 6-hop enumeration takes far longer than the time allowed."""
    n = 40
    edges = [(u, v, "increases", "finding") for u in range(n) for v in range(n) if u != v and (u * 7 + v) % 3]
    g = make_graph(ontology, n, edges)
    result = g.paths("n0", f"n{n - 1}", max_hops=6, limit=None, timeout=0.2)
    assert result.stopped == "time limit"
    assert all(p.nodes[0].id == "n0" and p.nodes[-1].id == f"n{n - 1}" for p in result)
    effects = g.effects("n0", max_hops=6, timeout=1e-6)
    assert effects.stopped == "time limit"


@pytest.mark.parametrize("options, message", [
    ({"max_hops": 1_000_000_000}, "max_hops must be at most 10"),
    ({"limit": 100_000}, "limit must be at most 10000"),
    ({"timeout": 0}, "timeout must be a positive number"),
    ({"model": "zebrafish tank"}, "model 'zebrafish tank' must be one of"),
])
def test_caps_and_bad_options(mini_graph, options, message):
    with pytest.raises(kg.InvalidQueryError, match=message):
        mini_graph.paths("MSC", "PTEN", **options)


def test_path_level_contradictions_give_both_chains(ontology):
    edges = [(0, 1, "increases", "finding", "d1"), (1, 3, "increases", "finding", "d1"),
             (0, 2, "increases", "finding", "d2"), (2, 3, "decreases", "finding", "d2")]
    g = make_graph(ontology, 4, edges)
    assert g.contradictions() == []
    found = g.contradictions(paths=True)
    assert [(c.kind, c.subject.id, c.object.id) for c in found] == [("paths", "n0", "n3")]
    (c,) = found
    assert c.increasing_path.sign == 1 and c.decreasing_path.sign == -1
    assert [n.id for n in c.increasing_path.nodes] == ["n0", "n1", "n3"]


def test_a_generic_entity_joins_no_contradiction(ontology):
    edges = [(0, 1, "increases", "finding"), (1, 3, "increases", "finding"),
             (0, 2, "increases", "finding"), (2, 3, "decreases", "finding")]
    assert contradictions(make_graph(ontology, 4, edges, generic={1}), paths=True) == []


def test_contradictions_command_with_paths(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["contradictions", "--paths", "--format", "json"])
    assert result.exit_code == 0, result.output
    import json

    rows = json.loads(result.output)
    msc = [r for r in rows if (r["subject"], r["object"]) == ("MSC", "inflammation")]
    assert msc and "-increases-> inflammation" in msc[0]["increasing"] and "(finding" in msc[0]["increasing"]


def test_path_command_marks_inferred_chains_and_says_when_it_stopped():
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["path", "Yamanaka factor reprogramming", "axon regeneration",
                                       "--max-hops", "4"])
    assert result.exit_code == 0, result.output
    assert "(finding)" not in result.output
    result = CliRunner().invoke(main, ["path", "MSC", "axon regeneration", "--format", "csv"])
    header = result.output.splitlines()[0]
    assert header == "rank,hops,net,status,chain,documents,mixes"


def test_oracle_agrees_with_chain_rules_on_the_seeds(seed_graph):
    """Every path the search returns on the seeds is a real walk of the projection that obeys the
    chain rules, and no reported finding lacks a document that states all its hops."""
    G = seed_graph.network
    for a, b in [("MSC", "axon regeneration"), ("iMSC", "IVDD"), ("miR-21", "axon regeneration")]:
        for p in seed_graph.paths(a, b, max_hops=4, limit=None):
            for s in p.steps:
                assert G.has_edge(s.subject.id, s.object.id)
            assert not any(n.generic for n in p.nodes[1:-1])
            if p.status == "finding":
                assert p.documents
