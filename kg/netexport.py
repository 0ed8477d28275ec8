"""Network exports for the tools biologists already use: GraphML and Cytoscape.js JSON.

Both formats carry the same flat graph: one node per entity, one edge per statement (never the
walkable inverse edges of :mod:`kg.network`), with attributes Cytoscape desktop shows as table
columns. Values are plain strings, numbers and booleans because GraphML has nothing else; the
evidence of an edge travels as a JSON string so no quote is cut or reworded on the way.
"""
from __future__ import annotations

import io
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from .errors import OutputError
from .export import ensure_writable

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

log = logging.getLogger(__name__)

#: How a relation's effect on a path's net sign is named in every view (HTML, GraphML, Cytoscape).
EFFECTS: dict[int, str] = {1: "increase", -1: "decrease", 0: "unsigned"}


def effect_name(sign: int) -> str:
    """The word for a sign: 'increase', 'decrease' or 'unsigned'.

    >>> effect_name(-1), effect_name(1), effect_name(0)
    ('decrease', 'increase', 'unsigned')
    """
    return EFFECTS[sign]


def evidence_records(kg: "KnowledgeGraph", statement) -> list[dict[str, Any]]:
    """The evidence of *statement* as plain records, each with its document title and cited study.

    >>> import kg, pathlib
    >>> data = pathlib.Path(kg.__file__).parents[1] / "tests" / "data"
    >>> g = kg.load(data / "mini", lexicon=data / "mini_lexicon.yaml")
    >>> rec = evidence_records(g, g.statements("PTEN", "decreases")[0])[0]
    >>> rec["quote"], rec["document_title"], rec["status"], rec["study"]
    ('PTEN restrains axon regeneration in rats', 'A tiny test document', 'finding', 'Doe et al. (2020)')
    """
    out = []
    for ev in statement.evidence:
        doc = kg.documents.get(ev.document)
        study = doc.study(ev.study) if doc is not None and ev.study else None
        out.append({
            "document": ev.document,
            "document_title": (doc.title if doc is not None and doc.title else ev.document),
            "quote": ev.quote,
            "start": ev.start,
            "end": ev.end,
            "status": ev.status,
            "curation": ev.curation,
            "document_url": web_url(doc.url if doc is not None else None, doc.doi if doc is not None else None),
            "study": str(study) if study is not None else (ev.study or None),
            "study_doi": study.doi if study is not None else None,
            "study_url": web_url(None, study.doi if study is not None else None),
            "context": {k: _label(kg, v) for k, v in ev.context().items()},
            "readouts": [{"measure": r.measure, "value": r.value, "comparator": r.comparator} for r in ev.readouts],
        })
    return out


def web_url(url: str | None, doi: str | None = None) -> str | None:
    """A link a reader can follow: *url* if it is a web address, else the DOI resolver's, else None.

    Anything but http(s) is dropped, so no ``javascript:`` or ``file:`` address reaches a page.

    >>> web_url(None, "10.1000/xyz"), web_url("javascript:alert(1)"), web_url("https://x.org/a")
    ('https://doi.org/10.1000/xyz', None, 'https://x.org/a')
    """
    if url and url.lower().startswith(("https://", "http://")):
        return url
    if doi:
        doi = doi.strip()
        if doi.lower().startswith(("https://", "http://")):
            return doi
        return "https://doi.org/" + (doi[4:] if doi.lower().startswith("doi:") else doi)
    return None


def _label(kg: "KnowledgeGraph", entity_id: str) -> str:
    from .errors import KGError

    try:
        return kg.entity(entity_id).label
    except KGError:
        # A context entity the lexicon lacks still deserves to be shown, by its id.
        return entity_id


def to_networkx(kg: "KnowledgeGraph") -> nx.MultiDiGraph:
    """The entities and statements of *kg* as a MultiDiGraph with plain attribute values.

    Nodes and edges are inserted in sorted order so every writer's output depends on the graph
    alone. Edge keys are statement ids.

    >>> import kg, pathlib
    >>> data = pathlib.Path(kg.__file__).parents[1] / "tests" / "data"
    >>> G = to_networkx(kg.load(data / "mini", lexicon=data / "mini_lexicon.yaml"))
    >>> G.nodes["miR-21"]["type"], G.number_of_edges()
    ('MicroRNA', 5)
    >>> [d["effect"] for _, v, d in G.out_edges("miR-21", data=True)]
    ['decrease']
    """
    G = nx.MultiDiGraph(name="exokg")
    for e in sorted(kg.entities(), key=lambda e: e.id):
        G.add_node(
            e.id,
            label=e.label,
            name=e.label,  # Cytoscape desktop labels nodes by their 'name' column
            type=e.type,
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


def render_graphml(kg: "KnowledgeGraph") -> bytes:
    """GraphML for Cytoscape desktop, yEd or Gephi; reads back with ``networkx.read_graphml``.

    >>> import kg, pathlib
    >>> data = pathlib.Path(kg.__file__).parents[1] / "tests" / "data"
    >>> render_graphml(kg.load(data / "mini", lexicon=data / "mini_lexicon.yaml"))[:38]
    b"<?xml version='1.0' encoding='utf-8'?>"
    """
    buf = io.BytesIO()
    # The pure-Python writer, not lxml's, so the bytes do not depend on which is installed; numbered
    # key ids because nodes and edges both have a 'label' and GraphML key ids must be unique.
    nx.write_graphml_xml(to_networkx(kg), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def cytoscape_json(kg: "KnowledgeGraph") -> dict[str, Any]:
    """The graph as a Cytoscape.js ``elements`` document that ``networkx.cytoscape_graph`` also reads.

    >>> import kg, pathlib
    >>> data = pathlib.Path(kg.__file__).parents[1] / "tests" / "data"
    >>> doc = cytoscape_json(kg.load(data / "mini", lexicon=data / "mini_lexicon.yaml"))
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


def render_cyjs(kg: "KnowledgeGraph") -> bytes:
    """Cytoscape.js JSON (``File > Import > Network from File`` in Cytoscape desktop)."""
    return (json.dumps(cytoscape_json(kg), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def check_output_file(path: Path | str) -> Path:
    """Fail before any work when *path* cannot become a file: a folder, or an unwritable place.

    >>> check_output_file("/proc/no/such/place/kg.html")
    Traceback (most recent call last):
    kg.errors.OutputError: cannot write to /proc/no/such/place: ...
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"{path} is a folder; give a file name such as {path / 'kg.html'}")
    ensure_writable(path.parent)
    return path
