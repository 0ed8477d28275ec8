"""kg.query.reach: what X reaches and what reaches X, each with the best path behind it; neighbours; subgraphs."""
from __future__ import annotations

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.datasets import tiny_graph
from kg.query.reach import neighbors, reach, subgraph

from synthetic import RELATIONS, STATUSES, make_graph

PROPS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
GRAPHS = st.integers(2, 7).flatmap(lambda n: st.tuples(st.just(n), st.lists(
    st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS), st.sampled_from(STATUSES)),
    max_size=16)))


def chain_distances(G: nx.MultiDiGraph, ontology, source: str, max_hops: int, upstream: bool = False,
                    statuses: set[str] | None = None) -> dict[str, int]:
    """Hops of the shortest chain between *source* and each entity, by the chain rule alone: a hop
    whose relation ends paths (a product to its producer) is only ever a chain's last hop.

    Written apart from kg.query.reach, layer by layer: an entity entered by such a hop is reached
    but not walked on, unless another hop of the same layer enters it too."""
    ends = {name for name, r in ontology.relations.items() if r.ends_path}
    dist, frontier = {source: 0}, {source}
    for depth in range(1, max_hops + 1):
        entered: dict[str, bool] = {}  # entity -> may the chain go on from it
        for u, v, d in G.edges(data=True):
            if statuses is not None and not d["statuses"] & statuses:
                continue
            near, far = (v, u) if upstream else (u, v)
            if near not in frontier or far in dist:
                continue
            last = d["relation"] in ends
            if upstream and last and near != source:
                continue  # walked forwards this hop would come before others
            entered[far] = entered.get(far, False) or not (last and not upstream)
        for node in entered:
            dist[node] = depth
        frontier = {node for node, go_on in entered.items() if go_on}
    return dist


@PROPS
@given(GRAPHS, st.integers(1, 4), st.booleans())
def test_each_effect_comes_with_a_shortest_real_path_to_the_entity_it_names(ontology, data, max_hops, upstream):
    n, edges = data
    g = make_graph(ontology, n, edges)
    G = g.network
    dist = chain_distances(G, ontology, "n0", max_hops, upstream)
    effects = reach(g, "n0", max_hops, upstream=upstream)
    assert {e.entity.id for e in effects} == set(dist) - {"n0"}
    for e in effects:
        ids = [x.id for x in e.path.nodes]
        assert (ids[0], ids[-1]) == ((e.entity.id, "n0") if upstream else ("n0", e.entity.id))
        assert len(e.path) == dist[e.entity.id] and len(set(ids)) == len(ids)
        assert e.sign == e.path.sign
        for s in e.path.steps:
            key = s.statement.id + ("~inverse" if s.inverted else "")
            assert G.edges[s.subject.id, s.object.id, key]["relation"] == s.predicate
    assert [len(e.path) for e in effects] == sorted(len(e.path) for e in effects)


@PROPS
@given(GRAPHS)
def test_a_status_filter_walks_only_hops_with_that_evidence(ontology, data):
    n, edges = data
    g = make_graph(ontology, n, edges)
    dist = chain_distances(g.network, ontology, "n0", 4, statuses={"finding"})
    effects = reach(g, "n0", 4, status="finding")
    assert {e.entity.id for e in effects} == set(dist) - {"n0"}
    assert all(ev.status == "finding" for e in effects for s in e.path.steps for ev in s.evidence)


def test_effects_name_the_net_sign_of_their_path():
    effects = {e.entity.id: e for e in reach(tiny_graph(), "MSC")}
    assert str(effects["PTEN"]) == ("PTEN [-] via mesenchymal stem cell -secretes-> MSC exosome -carries-> miR-21 "
                                    "-decreases-> PTEN  [net -]")
    assert effects["inflammation"].sign == -1 and effects["inflammation"].path.status == "hypothesis"


@PROPS
@given(GRAPHS, st.sampled_from(["out", "in", "both"]))
def test_neighbors_are_the_claims_touching_an_entity(ontology, data, direction):
    n, edges = data
    g = make_graph(ontology, n, edges)
    got = {(s.subject.id, s.predicate, s.object.id) for s in neighbors(g, "n0", direction)}
    claims = {s.key() for s in g.statements()}
    want = {k for k in claims if (direction != "in" and k[0] == "n0") or (direction != "out" and k[2] == "n0")}
    assert got == want


def test_outgoing_neighbours_come_first():
    steps = neighbors(tiny_graph(), "MSC-exosome", "both")
    assert [str(s) for s in steps] == ["MSC exosome -carries-> miR-21", "MSC exosome -decreases-> inflammation",
                                       "mesenchymal stem cell -secretes-> MSC exosome"]


@PROPS
@given(GRAPHS, st.integers(0, 3))
def test_a_subgraph_is_everything_within_radius_either_way(ontology, data, radius):
    n, edges = data
    g = make_graph(ontology, n, edges)
    H = subgraph(g, ["n0", f"n{n - 1}"], radius)
    U = nx.Graph(g.network.to_undirected())
    want = set(nx.ego_graph(U, "n0", radius)) | set(nx.ego_graph(U, f"n{n - 1}", radius))
    assert set(H) == want
    assert set(H.edges(keys=True)) == set(g.network.subgraph(want).edges(keys=True))


def test_a_subgraph_is_a_copy_the_caller_may_change():
    g = tiny_graph()
    H = subgraph(g, "PTEN", 1)
    H.remove_node("PTEN")
    assert "PTEN" in g.network


@pytest.mark.parametrize("call, error, message", [
    (lambda g: neighbors(g, "PTEN", "sideways"), kg.InvalidQueryError, "direction 'sideways' must be 'out', 'in' or 'both'"),
    (lambda g: neighbors(g, "PTNE"), kg.UnknownEntityError, "closest known names: PTEN"),
    (lambda g: reach(g, "PTNE"), kg.UnknownEntityError, "unknown entity 'PTNE'"),
    (lambda g: reach(g, "PTEN", status="rumour"), kg.InvalidQueryError, r"status \['rumour'\] must be among"),
    (lambda g: subgraph(g, ["PTEN", "PTNE"]), kg.UnknownEntityError, "unknown entity 'PTNE'"),
])
def test_bad_questions_get_clear_errors(call, error, message):
    with pytest.raises(error, match=message):
        call(tiny_graph())
