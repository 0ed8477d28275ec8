"""Network exports for the tools biologists already use: GraphML and Cytoscape.js JSON.

Both formats carry the same flat graph: one node per entity, one edge per statement (never the
walkable inverse edges of :mod:`kg.projection`), with attributes Cytoscape desktop shows as table
columns. Values are plain strings, numbers and booleans because GraphML has nothing else; the
evidence of an edge travels as a JSON string so no quote is cut or reworded on the way. A node's
``identifier`` is the CURIE it answers to outside the project (its standard term's where it has one,
see :mod:`kg.identifiers`), with ``equivalent_identifiers`` for the other names of the same thing.
"""
from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

from ..identifiers import equivalent_curies, primary_curie
from ..vocab import effect_name
from .evidence import evidence_records

if TYPE_CHECKING:
    import networkx as nx
    from ..core import GraphData


def to_networkx(kg: "GraphData") -> nx.MultiDiGraph:
    """The entities and statements of *kg* as a MultiDiGraph with plain attribute values.

    Nodes and edges are inserted in sorted order so every writer's output depends on the graph
    alone. Edge keys are statement ids.

    >>> from kg.datasets import tiny_graph
    >>> G = to_networkx(tiny_graph())
    >>> G.nodes["miR-21"]["type"], G.number_of_edges()
    ('MicroRNA', 5)
    >>> G.nodes["MSC"]["identifier"], G.nodes["MSC"]["equivalent_identifiers"]
    ('CL:0000134', 'ent:MSC')
    >>> [d["effect"] for _, v, d in G.out_edges("miR-21", data=True)]
    ['decrease']
    """
    import networkx as nx  # imported when a networkx graph is asked for: it costs 0.2 s at start-up
    G = nx.MultiDiGraph(name="exokg")
    for e in sorted(kg.entities(), key=lambda e: e.id):
        G.add_node(
            e.id,
            label=e.label,
            name=e.label,  # Cytoscape desktop labels nodes by their 'name' column
            type=e.type,
            identifier=primary_curie(e),
            equivalent_identifiers="; ".join(equivalent_curies(e)),
            synonyms="; ".join(e.synonyms),
            xrefs="; ".join(x.curie for x in e.xrefs),
            provisional=e.provisional,
        )
    rels = kg.ontology.relations
    for s in sorted(kg.statements(), key=lambda s: (s.subject.id, s.object.id, s.predicate, s.id)):
        rel = rels[s.predicate]
        G.add_edge(
            s.subject.id,
            s.object.id,
            key=s.id,
            relation=s.predicate,
            interaction=s.predicate,  # Cytoscape's edge-type column
            label=rel.label,
            sign=rel.path_sign,
            effect=effect_name(rel.path_sign),
            role=rel.role,
            status=s.status,
            evidence_count=len(s.evidence),
            documents="; ".join(s.documents),
            evidence=json.dumps(evidence_records(kg, s), ensure_ascii=False, sort_keys=True),
        )
    return G


def render_graphml(kg: "GraphData") -> bytes:
    """GraphML for Cytoscape desktop, yEd or Gephi; reads back with ``networkx.read_graphml``.

    >>> from kg.datasets import tiny_graph
    >>> render_graphml(tiny_graph())[:38]
    b"<?xml version='1.0' encoding='utf-8'?>"
    """
    buf = io.BytesIO()
    # The pure-Python writer, not lxml's, so the bytes do not depend on which is installed; numbered
    # key ids because nodes and edges both have a 'label' and GraphML key ids must be unique.
    import networkx as nx  # imported when a networkx graph is asked for: it costs 0.2 s at start-up
    nx.write_graphml_xml(to_networkx(kg), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def cytoscape_json(kg: "GraphData") -> dict[str, Any]:
    """The graph as a Cytoscape.js ``elements`` document that ``networkx.cytoscape_graph`` also reads.

    >>> from kg.datasets import tiny_graph
    >>> doc = cytoscape_json(tiny_graph())
    >>> len(doc["elements"]["nodes"]), len(doc["elements"]["edges"])
    (7, 5)
    """
    G = to_networkx(kg)
    nodes = [{"data": {**attrs, "id": n, "value": n}} for n, attrs in G.nodes(data=True)]
    edges = [
        {"data": {**attrs, "id": k, "key": k, "source": u, "target": v}}
        for u, v, k, attrs in G.edges(keys=True, data=True)
    ]
    return {
        "format_version": "1.0",
        "generated_by": "exokg",
        "target_cytoscapejs_version": "~3",
        "data": {"name": G.graph["name"]},
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def render_cyjs(kg: "GraphData") -> bytes:
    """Cytoscape.js JSON (``File > Import > Network from File`` in Cytoscape desktop).

    >>> from kg.datasets import tiny_graph
    >>> render_cyjs(tiny_graph()).startswith(b"{")
    True
    """
    return (json.dumps(cytoscape_json(kg), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")
