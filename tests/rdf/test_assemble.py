"""kg.rdf.assemble: a corpus as RDF, each claim as a direct triple and as a reified node with its evidence."""
from __future__ import annotations

import dataclasses
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import OWL, RDF, RDFS, SKOS, BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.datasets import tiny_corpus
from kg.lexicon import Lexicon
from kg.rdf.assemble import assemble
from kg.sources.seeds import Corpus
from kg.vocab import DOCUMENT, ENTITY, EVIDENCE, EXO, STATEMENT, STUDY

from synthetic import corpora

PROPS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_a_claim_is_a_direct_triple_and_a_statement_node():
    corpus = tiny_corpus()
    g = assemble(corpus)
    (s,) = [s for s in corpus.statements if s.key() == ("miR-21", "decreases", "PTEN")]
    assert (ENTITY["miR-21"], EXO.decreases, ENTITY["PTEN"]) in g
    node = STATEMENT[s.id]
    assert set(g.predicate_objects(node)) >= {
        (RDF.type, EXO.Statement), (RDF.subject, ENTITY["miR-21"]), (RDF.predicate, EXO.decreases),
        (RDF.object, ENTITY["PTEN"]), (EXO.sign, Literal(-1)), (EXO.status, EXO.Finding),
        (RDFS.label, Literal("miR-21 -decreases-> PTEN"))}
    (ev,) = g.objects(node, EXO.hasEvidence)
    assert ev == EVIDENCE["m01/e03"]
    assert set(g.predicate_objects(ev)) >= {
        (DCTERMS.source, DOCUMENT["m01"]), (EXO.quote, Literal("miR-21 suppresses PTEN")),
        (EXO.start, Literal(75)), (EXO.end, Literal(97)), (EXO.curation, EXO.Curated)}


def test_context_and_cited_study_hang_on_the_evidence():
    g = assemble(tiny_corpus())
    ev = EVIDENCE["m01/e04"]
    assert g.value(ev, EXO.organism) == ENTITY["rat"]
    assert g.value(ev, EXO.citesStudy) == STUDY["m01/doe2020"]
    assert (DOCUMENT["m01"], EXO.citesStudy, STUDY["m01/doe2020"]) in g
    assert g.value(STUDY["m01/doe2020"], RDFS.label) == Literal("Doe et al. (2020)")


def test_an_xref_is_a_skos_match_annotated_with_where_it_was_verified():
    g = assemble(tiny_corpus())
    msc, cl = ENTITY["MSC"], URIRef("http://purl.obolibrary.org/obo/CL_0000134")
    assert (msc, SKOS.exactMatch, cl) in g
    (axiom,) = g.subjects(OWL.annotatedSource, msc)
    assert g.value(axiom, OWL.annotatedTarget) == cl and g.value(axiom, OWL.annotatedProperty) == SKOS.exactMatch
    assert g.value(axiom, DCTERMS.identifier) == Literal("CL:0000134")
    assert g.value(axiom, EXO.xrefStatus) == Literal("VERIFIED") and "cell-ontology" in g.value(axiom, DCTERMS.source)


def test_machine_read_evidence_never_takes_the_node_of_curated_evidence():
    corpus = tiny_corpus()
    first = corpus.statements[0]
    read = dataclasses.replace(first.evidence[0], curation="machine-read", confidence=0.5)
    corpus.statements = [dataclasses.replace(first, evidence=(first.evidence[0], read)), *corpus.statements[1:]]
    g = assemble(corpus)
    nodes = set(g.objects(STATEMENT[first.id], EXO.hasEvidence))
    assert len(nodes) == 2
    assert {g.value(n, EXO.curation) for n in nodes} == {EXO.Curated, EXO.MachineRead}


def test_the_ontology_is_included_unless_told_otherwise():
    corpus = tiny_corpus()
    with_onto, without = assemble(corpus), assemble(corpus, include_ontology=False)
    assert set(with_onto) == set(without) | set(corpus.ontology.graph)
    assert not set(without) & set(corpus.ontology.graph)


def test_serializations_use_the_project_prefixes():
    ttl = assemble(tiny_corpus()).serialize(format="turtle")
    for prefix in ("exokg: <https://w3id.org/exokg/ontology#>", "ent: <https://w3id.org/exokg/entity/>",
                   "stmt: <https://w3id.org/exokg/statement/>", "doc: <https://w3id.org/exokg/document/>"):
        assert f"@prefix {prefix} ." in ttl
    assert "exokg:decreases ent:PTEN" in ttl and "<https://w3id.org/exokg/entity/PTEN>" not in ttl


@PROPS
@given(data=st.data())
def test_every_claim_and_evidence_has_its_node_and_no_blank_node_is_minted(ontology, data):
    corpus = data.draw(corpora(ontology))
    g = assemble(corpus, include_ontology=False)
    assert not any(isinstance(term, BNode) for t in g for term in t)
    for s in corpus.statements:
        assert (ENTITY[s.subject.id], EXO[s.predicate], ENTITY[s.object.id]) in g
        assert len(set(g.objects(STATEMENT[s.id], EXO.hasEvidence))) == len(s.evidence)
    assert len(set(g.subjects(RDF.type, EXO.Statement))) == len(corpus.statements)
    assert len(set(g.subjects(RDF.type, EXO.Evidence))) == sum(len(s.evidence) for s in corpus.statements)


@PROPS
@given(data=st.data(), seed=st.integers())
def test_the_graph_does_not_depend_on_the_order_of_the_corpus(ontology, data, seed):
    corpus = data.draw(corpora(ontology))
    rnd = random.Random(seed)
    entities, statements, docs = list(corpus.lexicon), list(corpus.statements), list(corpus.documents.items())
    for seq in (entities, statements, docs):
        rnd.shuffle(seq)
    shuffled = Corpus(ontology, Lexicon(entities), dict(docs), statements)
    a, b = assemble(corpus), assemble(shuffled)
    assert set(a) == set(b) and isomorphic(a, b)
