"""Ad-hoc SPARQL through the public API: prefixes, bindings as terms, read-only, clear errors."""
import pytest

import kg


def test_prefixes_need_no_declaration(seed_graph):
    r = seed_graph.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s a exokg:Statement }")
    assert r.to_python()[0]["n"] == seed_graph.stats()["statements"]


def test_bindings_are_terms_not_text(seed_graph):
    # A value full of SPARQL syntax stays one literal: nothing is pasted into the query.
    nasty = '"} ?s ?p ?o . FILTER(true) #'
    r = seed_graph.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", name=nasty)
    assert len(r) == 0
    r = seed_graph.sparql("SELECT ?e WHERE { ?e rdfs:label ?name }", name="PTEN")
    assert [x["e"] for x in r.to_python()] == ["https://w3id.org/exokg/entity/PTEN"]


def test_entity_binds_as_iri(seed_graph):
    r = seed_graph.sparql("SELECT ?t WHERE { ?m exokg:decreases ?t }", m=seed_graph.entity("miR-21"))
    assert [x["t"] for x in r.to_python()] == ["https://w3id.org/exokg/entity/PTEN"]


@pytest.mark.parametrize("update", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "PREFIX exokg: <https://w3id.org/exokg/ontology#>\nDELETE { ?s ?p ?o } WHERE { ?s a exokg:Statement ; ?p ?o }",
    "CLEAR ALL",
])
def test_updates_are_refused_and_change_nothing(seed_graph, update):
    before = len(seed_graph.rdf)
    with pytest.raises(kg.ReadOnlyError, match="read-only"):
        seed_graph.sparql(update)
    assert len(seed_graph.rdf) == before


def test_syntax_error_names_the_line(seed_graph):
    with pytest.raises(kg.InvalidQueryError, match=r"line 3.*WHERE \{ \?s exokg:decreases"):
        seed_graph.sparql("SELECT ?s\n# a comment\nWHERE { ?s exokg:decreases ?o .. }")


def test_ask_and_construct(seed_graph):
    assert seed_graph.sparql("ASK { ent:miR-21 exokg:decreases ent:PTEN }").boolean is True
    assert seed_graph.sparql("ASK { ent:PTEN exokg:decreases ent:miR-21 }").boolean is False
    c = seed_graph.sparql("CONSTRUCT { ?s exokg:decreases ?o } WHERE { ?s exokg:decreases ?o }")
    assert len(c) == seed_graph.stats()["statements_by_relation"]["decreases"]


def test_empty_query_is_an_error(seed_graph):
    with pytest.raises(kg.InvalidQueryError, match="empty query"):
        seed_graph.sparql("   ")


@pytest.mark.parametrize("query, shown, near", [
    ("SELECT ?t WHERE { ?m exokg:decrease ?t }", "line 1: exokg:decrease", "exokg:decreases"),
    ("SELECT ?s\nWHERE { ?s a exokg:Mirna }", "line 2: exokg:Mirna", "exokg:MicroRNA"),
    ("SELECT ?e WHERE { ?s exokg:hasevidence ?e }", "exokg:hasevidence", "exokg:hasEvidence"),
    ("SELECT ?t WHERE { ?m <https://w3id.org/exokg/ontology#decrease> ?t }",
     "<https://w3id.org/exokg/ontology#decrease>", "<https://w3id.org/exokg/ontology#decreases>"),
    ("PREFIX o: <https://w3id.org/exokg/ontology#>\nSELECT ?t WHERE { ?m o:decrease ?t }", "o:decrease", "o:decreases"),
])
def test_terms_the_ontology_lacks_are_errors_naming_the_closest(seed_graph, query, shown, near):
    """Pins down `exokg:decrease` answering "no results" without a word."""
    with pytest.raises(kg.InvalidQueryError, match="not a term of the exokg ontology") as err:
        seed_graph.sparql(query)
    assert shown in str(err.value) and f"did you mean {near}" in str(err.value)


@pytest.mark.parametrize("query", [
    'SELECT ?s WHERE { ?s rdfs:label "exokg:decrease" }',          # inside a string
    "SELECT ?s WHERE { ?s exokg:decreases ?o } # exokg:decrease",    # inside a comment
    "PREFIX exokg: <urn:other#>\nSELECT ?s WHERE { ?s exokg:decrease ?o }",  # the prefix means another vocabulary
    "SELECT ?s WHERE { ?s skos:prefLabel ?o }",                  # other vocabularies are open
])
def test_only_real_uses_of_the_ontology_are_checked(seed_graph, query):
    seed_graph.sparql(query)


def test_every_named_query_passes_the_vocabulary_check():
    from kg.query.sparql import check_vocabulary, library
    for q in library().values():
        check_vocabulary(q.text)
