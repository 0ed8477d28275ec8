"""Path search checked against a brute-force oracle and by property tests."""
from __future__ import annotations

from math import prod

import networkx as nx
import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

import kg
from synthetic import RELATIONS, STATUSES, make_graph


def edges_strategy(max_nodes: int = 7):
    return st.integers(min_value=3, max_value=max_nodes).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS), st.sampled_from(STATUSES)),
                min_size=1, max_size=18,
            ),
        )
    )


def oracle(G: nx.MultiDiGraph, s: str, t: str, max_hops: int) -> dict[tuple, list[set[str]]]:
    """Every simple path by brute force that obeys the chain rules, grouped by route (nodes and hop
    signs): an edge marked ends_path (a product to its producer) only as the last hop, and no generic
    entity (a class of things) in the middle.

    Each route maps to the statement ids seen at each of its hops.
    """
    routes: dict[tuple, list[set[str]]] = {}
    for path in nx.all_simple_edge_paths(G, s, t, cutoff=max_hops):
        if any(G.edges[e]["ends_path"] for e in path[:-1]) or any(G.nodes[v]["generic"] for _, v, _ in path[:-1]):
            continue
        nodes = (path[0][0], *(v for _, v, _ in path))
        signs = tuple(G.edges[u, v, k]["path_sign"] for u, v, k in path)
        hops = routes.setdefault((nodes, signs), [set() for _ in path])
        for i, (u, v, k) in enumerate(path):
            hops[i].add(G.edges[u, v, k]["statement"].id)
    return routes


def route(p: kg.Path) -> tuple:
    return (tuple(n.id for n in p.nodes), tuple(s.sign for s in p.steps))


def keys(p: kg.Path) -> tuple[str, ...]:
    return tuple(s.statement.id + ("~inverse" if s.inverted else "") for s in p.steps)


PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(edges_strategy(), st.integers(1, 5))
def test_paths_equal_brute_force(ontology, data, max_hops):
    n, edges = data
    g = make_graph(ontology, n, edges)
    found = g.paths("n0", f"n{n - 1}", max_hops=max_hops, limit=None)
    expected = oracle(g.network, "n0", f"n{n - 1}", max_hops)
    assert {route(p) for p in found} == set(expected)
    assert len(found) == len(expected), "duplicate paths returned"
    for p in found:
        assert [{st.id for st in s.statements} for s in p.steps] == expected[route(p)]


@PROPS
@given(edges_strategy(), st.integers(1, 5))
def test_a_hubs_edges_filtered_as_arrays_give_the_same_paths_in_the_same_order(ontology, data, max_hops):
    """Nodes of high out-degree have their edges filtered with numpy; with the threshold at zero every
    node is a hub, and the answer must be the brute-force one, in the order of the scalar search."""
    from kg.query import paths as search

    n, edges = data
    g = make_graph(ontology, n, edges)
    one_by_one = [(route(p), keys(p)) for p in g.paths("n0", f"n{n - 1}", max_hops=max_hops, limit=None)]
    saved, search._HUB = search._HUB, 0
    try:
        found = g.paths("n0", f"n{n - 1}", max_hops=max_hops, limit=None)
    finally:
        search._HUB = saved
    assert [(route(p), keys(p)) for p in found] == one_by_one
    assert {route(p) for p in found} == set(oracle(g.network, "n0", f"n{n - 1}", max_hops))


@PROPS
@given(edges_strategy(), st.integers(1, 5), st.integers(1, 4))
def test_returned_paths_are_real_walks_with_product_sign(ontology, data, max_hops, limit):
    n, edges = data
    g = make_graph(ontology, n, edges)
    G = g.network
    found = g.paths("n0", f"n{n - 1}", max_hops=max_hops, limit=limit)
    assert len(found) <= limit
    lengths = [len(p) for p in found]
    assert lengths == sorted(lengths), "paths must come shortest first"
    for p in found:
        assert 1 <= len(p) <= max_hops
        nodes = [x.id for x in p.nodes]
        assert nodes[0] == "n0" and nodes[-1] == f"n{n - 1}"
        assert len(set(nodes)) == len(nodes), "a path must not revisit a node"
        for step in p.steps:
            key = step.statement.id + ("~inverse" if step.inverted else "")
            assert G.has_edge(step.subject.id, step.object.id, key)
            assert G.edges[step.subject.id, step.object.id, key]["relation"] == step.predicate
        assert p.sign == prod(s.sign for s in p.steps)


@PROPS
@given(edges_strategy(), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_insertion_order(ontology, data, rnd):
    n, edges = data
    order = list(range(len(edges)))
    rnd.shuffle(order)
    a = make_graph(ontology, n, edges)
    b = make_graph(ontology, n, edges, order=order)
    pa = [str(p) + repr(keys(p)) for p in a.paths("n0", f"n{n - 1}", max_hops=4, limit=None)]
    pb = [str(p) + repr(keys(p)) for p in b.paths("n0", f"n{n - 1}", max_hops=4, limit=None)]
    assert pa == pb


@PROPS
@given(edges_strategy(), st.sampled_from(["+", "-", "?"]))
def test_sign_filter_keeps_exactly_that_net_effect(ontology, data, sign):
    n, edges = data
    g = make_graph(ontology, n, edges)
    want = {"+": 1, "-": -1, "?": 0}[sign]
    every = g.paths("n0", f"n{n - 1}", max_hops=4, limit=None)
    only = g.paths("n0", f"n{n - 1}", max_hops=4, limit=None, sign=sign)
    assert {route(p) for p in only} == {route(p) for p in every if p.sign == want}


@PROPS
@given(edges_strategy())
def test_status_filter_drops_hypothesis_hops(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    for p in g.paths("n0", f"n{n - 1}", max_hops=4, limit=None, status="finding"):
        # every hop has evidence, and the evidence shown is the evidence asked for
        assert all(s.evidence and all(e.status == "finding" for e in s.evidence) for s in p.steps)


def test_transparent_relations_pass_the_sign_and_descriptive_make_it_unknown(ontology):
    # n0 -secretes-> n1 -carries-> n2 -decreases-> n3 -decreases-> n4 : net +
    g = make_graph(ontology, 5, [(0, 1, "secretes", "finding"), (1, 2, "carries", "finding"),
                                 (2, 3, "decreases", "finding"), (3, 4, "decreases", "finding")])
    (p,) = g.paths("n0", "n4")
    assert p.sign == 1 and len(p) == 4
    assert str(p) == "node 0 -secretes-> node 1 -carries-> node 2 -decreases-> node 3 -decreases-> node 4  [net +]"
    g2 = make_graph(ontology, 3, [(0, 1, "crosses", "finding"), (1, 2, "decreases", "finding")])
    assert g2.paths("n0", "n2")[0].sign == 0


def test_derives_from_is_walked_from_the_source(ontology):
    # n1 derives_from n0 : a path may go n0 -source_of-> n1 -decreases-> n2
    g = make_graph(ontology, 3, [(1, 0, "derives_from", "finding"), (1, 2, "decreases", "finding")])
    (p,) = g.paths("n0", "n2")
    assert [s.predicate for s in p.steps] == ["source_of", "decreases"]
    assert p.steps[0].inverted and p.steps[0].evidence
    assert p.sign == -1


def test_via_types_is_a_metapath(ontology):
    g = make_graph(ontology, 6, [(0, 1, "secretes", "finding"), (1, 2, "carries", "finding"),
                                 (2, 3, "decreases", "finding"), (0, 3, "increases", "finding")])
    paths = g.paths("n0", "n3", via_types=["Exosome", "MicroRNA"])
    assert [len(p) for p in paths] == [3]
    assert g.paths("n0", "n3", via_types=["MicroRNA"]) == []


def test_relations_and_exclusions(ontology):
    g = make_graph(ontology, 3, [(0, 1, "increases", "finding"), (1, 2, "decreases", "finding"),
                                 (0, 2, "regulates", "finding")])
    assert [len(p) for p in g.paths("n0", "n2", relations=["regulates"])] == [1, 2]  # sub-relations admitted
    assert g.paths("n0", "n2", exclude_relations=["regulates"]) == []  # its sub-relations go too
    assert [len(p) for p in g.paths("n0", "n2", exclude_relations=["decreases"])] == [1]


def test_ordering_prefers_better_supported_paths(ontology):
    # two 2-hop paths n0->n1->n3 and n0->n2->n3; the second has twice the evidence on each hop
    edges = [(0, 1, "increases", "finding"), (1, 3, "increases", "finding"),
             (0, 2, "increases", "finding"), (2, 3, "increases", "finding"),
             (0, 2, "increases", "hypothesis"), (2, 3, "increases", "hypothesis")]
    g = make_graph(ontology, 4, edges)
    paths = g.paths("n0", "n3")
    assert [p.nodes[1].id for p in paths] == ["n2", "n1"]


@pytest.mark.parametrize("kwargs, message", [
    ({"max_hops": 0}, "max_hops must be at least 1"),
    ({"limit": 0}, "limit must be at least 1"),
    ({"sign": "up-ish"}, "sign 'up-ish' must be one of"),
    ({"status": "rumour"}, r"status \['rumour'\] must be among"),
    ({"via_types": ["Planet"]}, "unknown entity type 'Planet'"),
    ({"relations": ["smuggles"]}, "unknown relation 'smuggles'"),
])
def test_bad_options_raise_clear_errors(mini_graph, kwargs, message):
    with pytest.raises(kg.KGError, match=message):
        mini_graph.paths("MSC", "PTEN", **kwargs)


def test_unknown_endpoint_names_the_closest(mini_graph):
    with pytest.raises(kg.UnknownEntityError, match="closest known names: PTEN"):
        mini_graph.paths("MSC", "PTNE")


def test_no_path_is_an_empty_list(mini_graph):
    assert mini_graph.paths("PTEN", "MSC") == []


def test_effects_and_regulators(mini_graph):
    eff = {e.entity.id: e for e in mini_graph.effects("MSC")}
    assert eff["axon-regeneration"].sign == 1 and len(eff["axon-regeneration"].path) == 4
    assert eff["inflammation"].sign == -1
    reg = {e.entity.id: e.sign for e in mini_graph.regulators("axon-regeneration")}
    assert reg == {"PTEN": -1, "miR-21": 1, "MSC-exosome": 1, "MSC": 1}


def test_neighbors_directions(mini_graph):
    assert [str(s) for s in mini_graph.neighbors("miR-21", "in")] == ["MSC exosome -carries-> miR-21"]
    assert [str(s) for s in mini_graph.neighbors("miR-21", "out")] == ["miR-21 -decreases-> PTEN"]
    both = mini_graph.neighbors("miR-21", "both", relations=["decreases"])
    assert [s.predicate for s in both] == ["decreases"]
    with pytest.raises(kg.InvalidQueryError):
        mini_graph.neighbors("miR-21", "sideways")


def test_subgraph_radius(mini_graph):
    assert set(mini_graph.subgraph("miR-21", radius=1).nodes) == {"miR-21", "MSC-exosome", "PTEN"}
    assert "MSC" in mini_graph.subgraph(["miR-21"], radius=2).nodes


def test_contradictions(ontology):
    g = make_graph(ontology, 2, [(0, 1, "increases", "finding"), (0, 1, "decreases", "hypothesis")])
    (c,) = g.contradictions()
    assert (c.subject.id, c.object.id) == ("n0", "n1")
    assert [s.predicate for s in c.increasing] == ["increases"]
    assert [s.predicate for s in c.decreasing] == ["decreases"]
