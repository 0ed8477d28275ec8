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
    entities += [Entity(o, o, "Organism") for o in ("mouse", "rat")]
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
