"""kg.rdf.from_rdf: the model read back out of a store is the model that was assembled into it."""
from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Graph, Literal, URIRef

from kg.datasets import tiny_corpus
from kg.rdf.assemble import assemble
from kg.rdf.from_rdf import read_documents, read_entities, read_statements
from kg.stores import make_store
from kg.vocab import ENTITY, EXO, STATEMENT

from synthetic import corpora

PROPS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def stored(graph: Graph, engine: str = "rdflib"):
    store = make_store(engine)
    store.add_graph(graph)
    return store


def read_back(store, ontology):
    entities = read_entities(store, ontology)
    return entities, read_statements(store, entities, ontology.relations), read_documents(store)


def expected(corpus):
    entities = {e.id: e for e in sorted(corpus.lexicon, key=lambda e: e.id)}
    documents = {stem: dataclasses.replace(d, text="") for stem, d in sorted(corpus.documents.items())}
    return entities, corpus.statements, documents


@PROPS
@given(data=st.data())
def test_reading_an_assembled_corpus_gives_back_its_model(ontology, data):
    corpus = data.draw(corpora(ontology))
    assert read_back(stored(assemble(corpus), "oxigraph"), ontology) == expected(corpus)


# rdflib answers these queries about a second per graph: fewer examples, the same property.
@settings(PROPS, max_examples=10)
@given(data=st.data())
def test_reading_from_the_rdflib_store_gives_back_the_model_too(ontology, data):
    corpus = data.draw(corpora(ontology))
    assert read_back(stored(assemble(corpus), "rdflib"), ontology) == expected(corpus)


@PROPS
@given(data=st.data())
def test_the_model_survives_a_turtle_file(ontology, data):
    corpus = data.draw(corpora(ontology))
    text = assemble(corpus).serialize(format="turtle")
    assert read_back(stored(Graph().parse(data=text, format="turtle"), "oxigraph"), ontology) == expected(corpus)


def test_the_tiny_corpus_reads_back_whole(ontology):
    corpus = tiny_corpus()
    entities, statements, documents = read_back(stored(assemble(corpus)), ontology)
    assert statements == corpus.statements
    (e04,) = [e for s in statements for e in s.evidence if e.annotation_id == "e04"]
    assert (e04.organism, e04.study, e04.quote) == ("rat", "doe2020", "PTEN restrains axon regeneration in rats")
    assert documents["m01"].studies[0].authors == "Doe et al." and documents["m01"].text == ""


def test_a_node_typed_with_a_class_and_its_superclasses_keeps_the_deepest(ontology):
    g = assemble(tiny_corpus())
    msc = ENTITY["MSC"]
    g.add((msc, RDF.type, EXO.StemCell))
    g.add((msc, RDF.type, EXO.BiomedicalEntity))
    assert read_entities(stored(g), ontology)["MSC"].type == "MesenchymalStemCell"


def test_only_nodes_typed_with_an_entity_class_and_labelled_are_entities(ontology):
    g = assemble(tiny_corpus())
    g.add((ENTITY["nameless"], RDF.type, EXO.Exosome))
    g.add((ENTITY["typeless"], RDFS.label, Literal("typeless")))
    assert sorted(read_entities(stored(g), ontology)) == sorted(e.id for e in tiny_corpus().lexicon)


def test_statements_the_model_cannot_hold_are_left_out(ontology):
    """RDF from elsewhere may reify claims about unknown nodes or with relations the ontology lacks."""
    g = assemble(tiny_corpus())
    for name, s, p, o in [("x1", ENTITY["MSC"], URIRef(str(EXO._NS) + "inhibits"), ENTITY["PTEN"]),
                          ("x2", ENTITY["nobody"], EXO.decreases, ENTITY["PTEN"])]:
        node = STATEMENT[name]
        g.add((node, RDF.type, EXO.Statement))
        g.add((node, RDF.subject, s))
        g.add((node, RDF.predicate, p))
        g.add((node, RDF.object, o))
    entities = read_entities(stored(g), ontology)
    assert read_statements(stored(g), entities, ontology.relations) == tiny_corpus().statements
