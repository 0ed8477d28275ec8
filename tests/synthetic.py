"""Small synthetic knowledge graphs for property tests and oracles."""
from __future__ import annotations

import hashlib

from kg.graph import KnowledgeGraph
from kg.lexicon import Lexicon
from kg.model import Document, Entity, Evidence, Statement
from kg.ontology import Ontology
from kg.sources.seeds import Corpus, merge

TYPES = ["MesenchymalStemCell", "Exosome", "MicroRNA", "GeneOrProtein", "Pathway", "BiologicalProcess"]
RELATIONS = ["secretes", "carries", "increases", "decreases", "regulates", "crosses", "derives_from"]
STATUSES = ["finding", "hypothesis", "prediction", "question"]


def make_graph(ontology: Ontology, n_nodes: int, edges: list[tuple],
               order: list[int] | None = None, generic: set[int] = frozenset(),
               organisms: dict[int, str] | None = None) -> KnowledgeGraph:
    """A graph with nodes n0..n{k} and one evidence per edge tuple (u, v, relation, status[, document]).

    The document defaults to "syn"; every document has the same text. *order* permutes the insertion
    order of the edges (for order-independence tests); nodes in *generic* stand for classes of
    things; *organisms* gives edge j's evidence an organism context ("mouse", "rat").
    """
    entities = [Entity(f"n{i}", f"node {i}", TYPES[i % len(TYPES)], generic=i in generic) for i in range(n_nodes)]
    if organisms:
        entities += [Entity(o, o, "Organism") for o in sorted(set(organisms.values()))]
    text = "synthetic evidence text " * 4
    sha = hashlib.sha256(text.encode()).hexdigest()
    statements = []
    docs = {}
    idx = order if order is not None else range(len(edges))
    for j in idx:
        u, v, rel, status, *rest = edges[j]
        doc = rest[0] if rest else "syn"
        docs[doc] = Document(doc, text, sha, title=f"synthetic {doc}")
        if u == v:
            continue
        ev = Evidence(doc, text[0:9], 0, 9, status, annotation_id=f"a{j}",
                      organism=(organisms or {}).get(j))
        statements.append(Statement(entities[u], rel, entities[v], ontology.relations[rel].sign, (ev,)))
    corpus = Corpus(ontology, Lexicon(entities), dict(sorted(docs.items())) or {"syn": Document("syn", text, sha)},
                    merge(statements))
    return KnowledgeGraph.from_corpus(corpus)


# -- hypothesis strategies: model objects and whole corpora -------------------------------------

from hypothesis import strategies as st  # noqa: E402 - the strategies below are an addition to the builders above

from kg.model import Readout, Study, Xref  # noqa: E402
from kg.vocab import CURIE_PREFIXES, STATUSES as ALL_STATUSES  # noqa: E402

#: Ids as the lexicon allows them (kg.lexicon.ID_PATTERN).
IDS = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,8}", fullmatch=True)
#: Words of any script, with punctuation and symbols; no control characters.
TEXT = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"]), min_size=1, max_size=24)
#: Document text: TEXT plus line breaks, since quotes may span lines.
DOC_TEXT = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Zs"], include_characters="\n\t"),
                   min_size=20, max_size=200)
OPTIONAL_TEXT = st.one_of(st.none(), TEXT)
CURIES = st.builds(lambda p, n: f"{p}:{n}", st.sampled_from(sorted(CURIE_PREFIXES)), st.from_regex(r"[0-9]{1,7}", fullmatch=True))
XREFS = st.builds(Xref, CURIES, st.sampled_from(["exact", "close", "broad", "narrow", "related"]),
                  OPTIONAL_TEXT, OPTIONAL_TEXT, st.one_of(st.none(), st.sampled_from(["VERIFIED", "UNVERIFIED"])))
READOUTS = st.builds(Readout, TEXT, TEXT, OPTIONAL_TEXT)


def entities(types: list[str], max_xrefs: int = 3) -> st.SearchStrategy[Entity]:
    """Entities in the form the lexicon gives them: synonyms sorted, unique and without the label."""
    def build(eid, label, etype, synonyms, xrefs, note):
        return Entity(eid, label, etype, tuple(sorted(set(synonyms) - {label})), tuple(xrefs), note)

    return st.builds(build, IDS, TEXT, st.sampled_from(types), st.lists(TEXT, max_size=3),
                     st.lists(XREFS, max_size=max_xrefs), OPTIONAL_TEXT)


@st.composite
def documents(draw, stem: str) -> Document:
    """A document with metadata and cited studies (authors sorted, as RDF gives them back)."""
    text = draw(DOC_TEXT)
    studies = draw(st.lists(st.builds(Study, IDS, OPTIONAL_TEXT, st.one_of(st.none(), st.integers(1900, 2100)),
                                      OPTIONAL_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT),
                            max_size=2, unique_by=lambda s: s.id))
    return Document(stem, text, hashlib.sha256(text.encode()).hexdigest(), draw(OPTIONAL_TEXT), draw(OPTIONAL_TEXT),
                    draw(OPTIONAL_TEXT), draw(OPTIONAL_TEXT), draw(OPTIONAL_TEXT),
                    tuple(sorted(set(draw(st.lists(TEXT, max_size=3))))), draw(st.one_of(st.none(), st.integers(1900, 2100))),
                    tuple(sorted(studies, key=lambda s: s.id)))


@st.composite
def corpora(draw, ontology: Ontology, max_entities: int = 6, max_statements: int = 8, max_xrefs: int = 3,
            max_readouts: int = 2) -> Corpus:
    """A corpus as load_corpus would give it: merged statements whose quotes are their documents' text."""
    ents = draw(st.lists(entities(list(ontology.entity_classes), max_xrefs), min_size=1, max_size=max_entities,
                         unique_by=lambda e: e.id))
    stems = draw(st.lists(IDS, min_size=1, max_size=3, unique=True))
    docs = {stem: draw(documents(stem)) for stem in stems}
    relations = list(ontology.curatable_relations)
    entity_ids = st.one_of(st.none(), st.sampled_from([e.id for e in ents]))
    statements = []
    for k in range(draw(st.integers(0, max_statements))):
        rel = ontology.relations[draw(st.sampled_from(relations))]
        evidence = []
        for j in range(draw(st.integers(1, 3))):
            doc = docs[draw(st.sampled_from(stems))]
            start = draw(st.integers(0, len(doc.text) - 1))
            end = draw(st.integers(start + 1, len(doc.text)))
            curation = draw(st.sampled_from(["curated", "machine-read"]))
            evidence.append(Evidence(
                doc.stem, doc.text[start:end], start, end, draw(st.sampled_from(ALL_STATUSES)),
                annotation_id=f"e{k}-{j}", organism=draw(entity_ids), cell=draw(entity_ids),
                disease=draw(entity_ids), site=draw(entity_ids),
                study=draw(st.one_of(st.none(), st.sampled_from([s.id for s in doc.studies]))) if doc.studies else None,
                readouts=tuple(draw(st.lists(READOUTS, max_size=max_readouts))), curation=curation,
                confidence=draw(st.one_of(st.none(), st.floats(0, 1))) if curation == "machine-read" else None,
                note=draw(OPTIONAL_TEXT)))
        subject, obj = draw(st.sampled_from(ents)), draw(st.sampled_from(ents))
        statements.append(Statement(subject, rel.name, obj, rel.sign, tuple(evidence)))
    return Corpus(ontology, Lexicon(ents), docs, merge(statements))
