"""kg.views.html.select: which entities, statements and paths a page draws, before any HTML is written."""
from __future__ import annotations

import pytest

from kg.datasets import tiny_graph
from kg.errors import InvalidQueryError, UnknownEntityError, UnknownTypeError
from kg.views.html.select import select_view, via_paths


@pytest.fixture(scope="module")
def g():
    return tiny_graph()


def ids(items):
    return sorted(x.id for x in items)


def test_whole_graph_draws_every_entity_and_statement(g):
    v = select_view(g)
    assert v.title == "whole graph"
    assert ids(v.entities) == ids(g.entities())
    assert ids(v.statements) == ids(g.statements())
    assert not v.path_view and v.paths == () and v.via == ()


def test_focus_radius_counts_links_in_either_direction(g):
    # axon regeneration only receives links, yet PTEN reaches it and miR-21 reaches PTEN backwards.
    assert ids(select_view(g, focus="axon regeneration", radius=1).entities) == ["PTEN", "axon-regeneration"]
    assert ids(select_view(g, focus="axon regeneration", radius=2).entities) == ["PTEN", "axon-regeneration", "miR-21"]


def test_radius_zero_draws_only_the_focus_entities(g):
    v = select_view(g, focus=["PTEN", "rat"], radius=0)
    assert ids(v.entities) == ["PTEN", "rat"]
    assert v.statements == ()
    assert v.title == "neighbourhood of PTEN, rat (radius 0)"


def test_negative_radius_is_refused(g):
    with pytest.raises(InvalidQueryError, match="radius must be 0 or more"):
        select_view(g, focus="PTEN", radius=-1)


def test_a_misspelt_focus_names_the_closest_entity(g):
    with pytest.raises(UnknownEntityError, match="PTEN"):
        select_view(g, focus="PTNE")


def test_a_pair_of_names_finds_paths_and_centres_their_nodes(g):
    v = select_view(g, paths=("MSC", "PTEN"))
    assert v.path_view and v.note is None
    assert [[n.id for n in p.nodes] for p in v.paths] == [["MSC", "MSC-exosome", "miR-21", "PTEN"]]
    assert v.centre[:2] == ("MSC", "PTEN")
    assert {"MSC-exosome", "miR-21"} <= set(v.centre)
    assert v.title == "paths from mesenchymal stem cell to PTEN"
    # one hop of context around the path: inflammation hangs off the exosome, rat off nothing.
    assert "inflammation" in ids(v.entities) and "rat" not in ids(v.entities)


def test_an_unconnected_pair_says_so_in_the_note(g):
    v = select_view(g, paths=("rat", "PTEN"), max_hops=3)
    assert v.paths == ()
    assert v.note == "no path from rat to PTEN within 3 hops"


def test_paths_already_found_are_drawn_as_given(g):
    found = g.paths("MSC", "axon regeneration")
    v = select_view(g, paths=list(found))
    assert list(v.paths) == list(found)
    assert v.centre[:2] == ("MSC", "axon-regeneration")


def test_paths_that_are_not_paths_are_refused(g):
    with pytest.raises(InvalidQueryError, match="pair of entity names or a list of Path objects"):
        select_view(g, paths=["MSC", "PTEN", "rat"])


def test_status_keeps_only_statements_with_evidence_of_that_status(g):
    v = select_view(g, status="hypothesis")
    assert [(s.subject.id, s.object.id) for s in v.statements] == [("MSC-exosome", "inflammation")]
    assert v.status == frozenset({"hypothesis"})


def test_an_unconnected_pair_under_a_status_names_the_status(g):
    v = select_view(g, paths=("MSC", "PTEN"), status="hypothesis")
    assert v.paths == ()
    assert v.note.endswith("with evidence of status hypothesis")


def test_types_hide_other_entities_but_keep_their_connection_as_a_via_link(g):
    v = select_view(g, types=["MicroRNA", "StemCell"])
    assert ids(v.entities) == ["MSC", "miR-21"]
    assert v.statements == ()
    assert [[n.id for n in p.nodes] for p in v.via] == [["MSC", "MSC-exosome", "miR-21"]]
    assert v.hidden == len(list(g.entities())) - 2
    assert v.title.endswith("(types: MicroRNA, StemCell)")


def test_an_unknown_type_is_refused_with_a_suggestion(g):
    with pytest.raises(UnknownTypeError, match="StemCell"):
        select_view(g, types=["StemCel"])


def test_via_paths_skip_pairs_a_drawn_statement_already_joins(g):
    assert via_paths(g, {"MSC", "miR-21"}, {("MSC", "miR-21")}) == ()


def test_via_paths_never_pass_through_a_kept_entity(g):
    # With the exosome kept, MSC and miR-21 are each one hop from it: no hidden chain joins them.
    assert via_paths(g, {"MSC", "MSC-exosome", "miR-21"}, set()) == ()


def test_via_paths_respect_the_status_filter(g):
    assert via_paths(g, {"MSC", "miR-21"}, set(), status="hypothesis") == ()
