"""The networkx projection: entities as nodes, one edge per statement (and per walkable inverse).

Built once per graph (:attr:`kg.core.GraphData.network`) and cached on it. Edge keys are statement ids, so parallel claims
between two entities (carries and delivers, say) stay separate edges with their own evidence.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from .core import GraphData

INVERSE_SUFFIX = "~inverse"


def project(kg: "GraphData") -> nx.MultiDiGraph:
    """Project *kg* onto a MultiDiGraph.

    Node attributes: ``label``, ``type``, ``types`` (the class and its ancestors), ``synonyms``,
    ``xrefs`` (CURIEs), ``generic`` (a class of things: paths end there), ``entity``. Edge
    attributes: ``relation``, ``sign`` (the relation's), ``path_sign`` (its effect on a path's net
    sign), ``role``, ``ends_path`` (only the last hop of a chain), ``statement``,
    ``evidence_count``, ``documents``, ``statuses``, ``status``, ``organisms``, ``curations``,
    ``inverted``.

    A statement whose relation has an ``owl:inverseOf`` (derives from / source of) also gets the
    reverse edge, marked ``inverted``, so a path can go from a cell to the vesicle derived from it.

    >>> from kg.datasets import tiny_graph
    >>> G = tiny_graph().network
    >>> G.nodes["miR-21"]["type"]
    'MicroRNA'
    >>> any(d["relation"] == "decreases" for _, v, d in G.out_edges("miR-21", data=True) if v == "PTEN")
    True
    """
    G = nx.MultiDiGraph()
    onto = kg.ontology
    for e in kg.entities():
        G.add_node(
            e.id,
            label=e.label,
            type=e.type,
            types=onto.ancestors(e.type),
            synonyms=e.synonyms,
            xrefs=tuple(x.curie for x in e.xrefs),
            generic=e.generic,
            entity=e,
        )
    for s in kg.statements():
        rel = onto.relations[s.predicate]
        attrs = dict(
            statement=s,
            evidence_count=len(s.evidence),
            documents=s.documents,
            statuses=frozenset(e.status for e in s.evidence),
            status=s.status,
            organisms=frozenset(e.organism for e in s.evidence if e.organism),
            curations=frozenset(e.curation for e in s.evidence),
        )
        G.add_edge(s.subject.id, s.object.id, key=s.id, relation=rel.name, sign=rel.sign,
                   path_sign=rel.path_sign, role=rel.role, ends_path=rel.ends_path, inverted=False, **attrs)
        if rel.inverse and rel.inverse in onto.relations:
            inv = onto.relations[rel.inverse]
            G.add_edge(s.object.id, s.subject.id, key=s.id + INVERSE_SUFFIX, relation=inv.name,
                       sign=inv.sign, path_sign=inv.path_sign, role=inv.role, ends_path=inv.ends_path,
                       inverted=True, **attrs)
    return G
