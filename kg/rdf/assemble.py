"""Assemble RDF from the corpus: direct triples plus reified statements with their provenance.

Each statement appears twice on purpose. The direct triple (``ent:miR-21 exokg:decreases ent:PTEN``)
lets a one-line SPARQL pattern find it; the ``exokg:Statement`` node (an ``rdf:Statement``) carries
what the direct triple cannot: every evidence with its quote, offsets, status, context, readouts and
cited study. No blank nodes are minted, so serializations are byte-stable between builds.
"""
from __future__ import annotations

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from ..model import Document, Entity, Evidence, Statement
from ..sources.seeds import Corpus
from ..vocab import (
    BIBO,
    CONTEXT_SLOTS,
    CURATION_IRI,
    DOCUMENT,
    ENTITY,
    EVIDENCE,
    EXO,
    STATEMENT,
    STATUS_IRI,
    STUDY,
    expand_curie,
    new_graph,
)

SKOS_MATCH = {
    "exact": SKOS.exactMatch,
    "close": SKOS.closeMatch,
    "broad": SKOS.broadMatch,
    "narrow": SKOS.narrowMatch,
    "related": SKOS.relatedMatch,
}


def entity_iri(eid: str) -> URIRef:
    return ENTITY[eid]


def statement_iri(s: Statement) -> URIRef:
    return STATEMENT[s.id]


def evidence_iri(ev: Evidence) -> URIRef:
    suffix = "" if ev.curation == "curated" else "-mr"
    return EVIDENCE[f"{ev.document}/{ev.annotation_id}{suffix}"]


def study_iri(document: str, study_id: str) -> URIRef:
    return STUDY[f"{document}/{study_id}"]


def add_entity(g: Graph, e: Entity) -> None:
    """Type, label, synonyms and cross-references of one entity.

    A cross-reference is one ``skos:*Match`` triple plus an ``owl:Axiom`` annotating it with the label
    the external ontology uses, where the identifier was verified and its status.
    """
    node = entity_iri(e.id)
    g.add((node, RDF.type, getattr(EXO, e.type)))
    if e.generic:
        g.add((node, RDF.type, EXO.GenericEntity))
    if e.provisional:  # a reader's find the lexicon does not hold yet: its identifiers are machine-grounded
        g.add((node, RDF.type, EXO.ProvisionalEntity))
    g.add((node, RDFS.label, Literal(e.label)))
    g.add((node, SKOS.prefLabel, Literal(e.label)))
    for s in e.synonyms:
        if s != e.label:
            g.add((node, SKOS.altLabel, Literal(s)))
    if e.note:
        g.add((node, EXO.note, Literal(e.note)))
    for i, x in enumerate(e.xrefs, 1):
        target = expand_curie(x.curie)
        prop = SKOS_MATCH[x.match]
        g.add((node, prop, target))
        axiom = URIRef(f"{node}/xref/{i}")
        g.add((axiom, RDF.type, OWL.Axiom))
        g.add((axiom, OWL.annotatedSource, node))
        g.add((axiom, OWL.annotatedProperty, prop))
        g.add((axiom, OWL.annotatedTarget, target))
        g.add((axiom, DCTERMS.identifier, Literal(x.curie)))
        if x.label:
            g.add((axiom, EXO.xrefLabel, Literal(x.label)))
        if x.source:
            g.add((axiom, DCTERMS.source, Literal(x.source)))
        if x.status:
            g.add((axiom, EXO.xrefStatus, Literal(x.status)))


def add_document(g: Graph, d: Document) -> None:
    node = DOCUMENT[d.stem]
    g.add((node, RDF.type, EXO.Document))
    g.add((node, RDF.type, FOAF.Document))
    g.add((node, DCTERMS.identifier, Literal(d.stem)))
    g.add((node, EXO.sha256, Literal(d.sha256)))
    for prop, value in (
        (DCTERMS.title, d.title),
        (EXO.kind, d.kind),
        (DCTERMS.source, d.source),
        (BIBO.doi, d.doi),
        (FOAF.page, d.url),
    ):
        if value:
            g.add((node, prop, Literal(value)))
    if d.year:
        g.add((node, DCTERMS.date, Literal(str(d.year), datatype=XSD.gYear)))
    for a in d.authors:
        g.add((node, DCTERMS.creator, Literal(a)))
    for st in d.studies:
        snode = study_iri(d.stem, st.id)
        g.add((node, EXO.citesStudy, snode))
        g.add((snode, RDF.type, EXO.Study))
        g.add((snode, RDFS.label, Literal(str(st))))
        g.add((snode, DCTERMS.identifier, Literal(st.id)))
        for prop, value in (
            (DCTERMS.creator, st.authors),
            (DCTERMS.title, st.title),
            (EXO.journal, st.journal),
            (BIBO.doi, st.doi),
        ):
            if value:
                g.add((snode, prop, Literal(value)))
        if st.year:
            g.add((snode, DCTERMS.date, Literal(str(st.year), datatype=XSD.gYear)))


def add_statement(g: Graph, s: Statement, status: str | None = None) -> None:
    """The triples of *s* and its evidence; *status* replaces the statement-level status when the
    statement has evidence elsewhere too (an ingest into a store that already holds it)."""
    subj, obj = entity_iri(s.subject.id), entity_iri(s.object.id)
    pred = getattr(EXO, s.predicate)
    g.add((subj, pred, obj))
    node = statement_iri(s)
    g.add((node, RDF.type, EXO.Statement))
    g.add((node, RDF.subject, subj))
    g.add((node, RDF.predicate, pred))
    g.add((node, RDF.object, obj))
    g.add((node, EXO.sign, Literal(s.sign)))
    g.add((node, EXO.status, STATUS_IRI[status or s.status]))
    g.add((node, RDFS.label, Literal(str(s))))
    for ev in s.evidence:
        en = evidence_iri(ev)
        g.add((node, EXO.hasEvidence, en))
        g.add((en, RDF.type, EXO.Evidence))
        g.add((en, DCTERMS.source, DOCUMENT[ev.document]))
        g.add((en, EXO.quote, Literal(ev.quote)))
        g.add((en, EXO.start, Literal(ev.start)))
        g.add((en, EXO.end, Literal(ev.end)))
        g.add((en, EXO.status, STATUS_IRI[ev.status]))
        g.add((en, EXO.curation, CURATION_IRI[ev.curation]))
        g.add((en, EXO.annotationId, Literal(ev.annotation_id)))
        if ev.confidence is not None:
            g.add((en, PROV.value, Literal(ev.confidence, datatype=XSD.decimal)))
        if ev.note:
            g.add((en, EXO.note, Literal(ev.note)))
        for slot, value in ev.context().items():
            if slot in CONTEXT_SLOTS:
                g.add((en, CONTEXT_SLOTS[slot], entity_iri(value)))
        if ev.model:
            g.add((en, EXO.modelSystem, Literal(ev.model)))
        if ev.study:
            g.add((en, EXO.citesStudy, study_iri(ev.document, ev.study)))
        for i, r in enumerate(ev.readouts, 1):
            rn = URIRef(f"{en}/readout/{i}")
            g.add((en, EXO.hasReadout, rn))
            g.add((rn, RDF.type, EXO.Readout))
            g.add((rn, EXO.measure, Literal(r.measure)))
            g.add((rn, EXO.value, Literal(r.value)))
            if r.comparator:
                g.add((rn, EXO.comparator, Literal(r.comparator)))


def assemble(corpus: Corpus, include_ontology: bool = True) -> Graph:
    """The RDF graph of a corpus (with the ontology's own triples unless told otherwise).

    >>> from kg.datasets import tiny_corpus
    >>> g = assemble(tiny_corpus())
    >>> from kg.vocab import EXO, ENTITY
    >>> (ENTITY["miR-21"], EXO.decreases, ENTITY["PTEN"]) in g
    True
    """
    g = new_graph()
    if include_ontology:
        for t in corpus.ontology.graph:
            g.add(t)
    for e in sorted(corpus.lexicon, key=lambda e: e.id):
        add_entity(g, e)
    for d in sorted(corpus.documents.values(), key=lambda d: d.stem):
        add_document(g, d)
    for s in corpus.statements:
        add_statement(g, s)
    return g
