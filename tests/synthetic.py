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


def make_graph(ontology: Ontology, n_nodes: int, edges: list[tuple[int, int, str, str]],
               order: list[int] | None = None) -> KnowledgeGraph:
    """A graph with nodes n0..n{k} and one evidence per edge tuple (u, v, relation, status).

    *order* permutes the insertion order of the edges (for order-independence tests).
    """
    entities = [Entity(f"n{i}", f"node {i}", TYPES[i % len(TYPES)]) for i in range(n_nodes)]
    text = "synthetic evidence text " * 4
    doc = Document("syn", text, hashlib.sha256(text.encode()).hexdigest(), title="synthetic")
    statements = []
    idx = order if order is not None else range(len(edges))
    for j in idx:
        u, v, rel, status = edges[j]
        if u == v:
            continue
        ev = Evidence("syn", text[0:9], 0, 9, status, annotation_id=f"a{j}")
        statements.append(Statement(entities[u], rel, entities[v], ontology.relations[rel].sign, (ev,)))
    corpus = Corpus(ontology, Lexicon(entities), {"syn": doc}, merge(statements))
    return KnowledgeGraph.from_corpus(corpus)
