"""Ad-hoc SPARQL through the public API: prefixes, bindings as terms, read-only, clear errors."""
import pytest

import kg


def test_prefixes_need_no_declaration(seed_graph):
    r = seed_graph.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s a exo:Statement }")
    assert r.to_python()[0]["n"] == seed_graph.stats()["statements"]


def test_bindings_are_terms_not_text(seed_graph):
    # A value full of SPARQL syntax stays one literal: nothing is pasted into the query.
    nasty = '"} ?s ?p ?o . FILTER(true) #'
    r = seed_graph.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", name=nasty)
    assert len(r) == 0
    r = seed_graph.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", name="PTEN")
    assert [x["e"] for x in r.to_python()] == ["https://w3id.org/exokg/entity/PTEN"]


def test_entity_binds_as_iri(seed_graph):
    r = seed_graph.sparql("SELECT ?t WHERE { ?m exo:decreases ?t }", m=seed_graph.entity("miR-21"))
    assert [x["t"] for x in r.to_python()] == ["https://w3id.org/exokg/entity/PTEN"]


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX exo: <https://w3id.org/exokg/ontology#>\nDELETE { ?s ?p ?o } WHERE { ?s a exo:Statement ; ?p ?o }",
    "CLEAR ALL",
])
def test_updates_are_refused_and_change_nothing(seed_graph, update):
    before = len(seed_graph.rdf)
    with pytest.raises(kg.ReadOnlyError, match="read-only"):
        seed_graph.sparql(update)
    assert len(seed_graph.rdf) == before


def test_syntax_error_names_the_line(seed_graph):
    with pytest.raises(kg.InvalidQueryError, match=r"line 3.*WHERE \{ \?s exo:decreases"):
        seed_graph.sparql("SELECT ?s\n# a comment\nWHERE { ?s exo:decreases ?o .. }")


def test_ask_and_construct(seed_graph):
    assert seed_graph.sparql("ASK { ent:miR-21 exo:decreases ent:PTEN }").boolean is True
    assert seed_graph.sparql("ASK { ent:PTEN exo:decreases ent:miR-21 }").boolean is False
    c = seed_graph.sparql("CONSTRUCT { ?s exo:decreases ?o } WHERE { ?s exo:decreases ?o }")
    assert len(c) == seed_graph.stats()["statements_by_relation"]["decreases"]


def test_empty_query_is_an_error(seed_graph):
    with pytest.raises(kg.InvalidQueryError, match="empty query"):
        seed_graph.sparql("   ")
