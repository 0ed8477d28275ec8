"""kg.query.claims: where the claims disagree, and how many there are of each kind."""
from __future__ import annotations

from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.datasets import tiny_graph
from kg.query.claims import contradictions, stats

from synthetic import RELATIONS, STATUSES, make_graph

PROPS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CAUSAL = ["increases", "decreases", "ameliorates", "regulates"]
GRAPHS = st.integers(2, 5).flatmap(lambda n: st.tuples(st.just(n), st.lists(
    st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS + CAUSAL),
              st.sampled_from(STATUSES)), max_size=16)))


@PROPS
@given(GRAPHS)
def test_a_contradiction_is_a_pair_claimed_both_up_and_down(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    up = {s.key()[::2] for s in g.statements() if s.predicate == "increases"}
    down = {s.key()[::2] for s in g.statements() if s.predicate in ("decreases", "ameliorates")}
    found = contradictions(g)
    assert [(c.subject.id, c.object.id) for c in found] == sorted(up & down)
    for c in found:
        assert {s.predicate for s in c.increasing} == {"increases"}
        assert {s.predicate for s in c.decreasing} <= {"decreases", "ameliorates"}
        assert all(s.evidence and s.key()[::2] == (c.subject.id, c.object.id) for s in c.increasing + c.decreasing)


def test_an_unsigned_regulation_contradicts_nothing(ontology):
    g = make_graph(ontology, 2, [(0, 1, "increases", "finding"), (0, 1, "regulates", "finding")])
    assert contradictions(g) == []
    g = make_graph(ontology, 2, [(0, 1, "increases", "finding"), (0, 1, "ameliorates", "hypothesis")])
    (c,) = contradictions(g)
    assert [s.predicate for s in c.decreasing] == ["ameliorates"]


@PROPS
@given(GRAPHS)
def test_the_counts_add_up(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    st_ = stats(g)
    statements = g.statements()
    assert st_["statements"] == len(statements) == sum(st_["statements_by_relation"].values())
    assert st_["statements"] == sum(st_["statements_by_status"].values())
    assert st_["evidence"] == sum(st_["evidence_by_status"].values()) == len({e for s in statements for e in s.evidence})
    assert st_["entities"] == n == sum(st_["entities_by_type"].values())
    assert st_["statements_by_document"] == ({"syn": len(statements)} if statements else {})
    assert st_["statements_by_relation"] == dict(sorted(Counter(s.predicate for s in statements).items()))


def test_the_tiny_graph_counts():
    st_ = stats(tiny_graph())
    assert st_["statements_by_status"] == {"finding": 4, "hypothesis": 1}
    assert st_["entities_by_type"] == {"BiologicalProcess": 2, "Exosome": 1, "GeneOrProtein": 1, "MesenchymalStemCell": 1,
                                       "MicroRNA": 1, "Organism": 1}
    assert st_["statements_by_relation"] == {"carries": 1, "decreases": 3, "secretes": 1}
    assert (st_["documents"], st_["triples"]) == (1, len(tiny_graph().store))
