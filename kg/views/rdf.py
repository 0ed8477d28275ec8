"""RDF outputs: Turtle, N-Triples and JSON-LD, byte-identical for the same graph."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from rdflib import Graph

from ..vocab import PREFIXES, new_graph

if TYPE_CHECKING:
    from ..core import GraphData


def canonical(graph: Graph) -> Graph:
    """A copy of *graph* whose triples were inserted in sorted order.

    rdflib's serializers follow insertion order in places, so sorting first makes the output depend
    on the triples alone, not on how they were assembled.

    >>> from rdflib import URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:b"), URIRef("urn:p"), URIRef("urn:o")))
    >>> len(canonical(g))
    1
    """
    out = new_graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for t in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        out.add(t)
    return out


def render_turtle(kg: "GraphData") -> bytes:
    """Turtle, triples sorted so the bytes depend on the graph alone."""
    return canonical(kg.rdf).serialize(format="turtle", encoding="utf-8")


def render_ntriples(kg: "GraphData") -> bytes:
    """N-Triples, one triple a line, sorted and without duplicates."""
    data = kg.rdf.serialize(format="nt", encoding="utf-8")
    lines = sorted(set(line for line in data.decode("utf-8").splitlines() if line.strip()))
    return ("\n".join(lines) + "\n").encode("utf-8")


def render_jsonld(kg: "GraphData") -> bytes:
    """JSON-LD with the project's prefixes as its (inline) context, arrays sorted."""
    g = canonical(kg.rdf)
    data = json.loads(g.serialize(format="json-ld", context=dict(sorted(PREFIXES.items()))))
    # rdflib emits nodes and multi-valued properties in store order; JSON-LD arrays outside
    # @list are unordered, so sorting them changes no meaning and makes the bytes reproducible.
    return (json.dumps(_sorted_arrays(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _sorted_arrays(node: Any, key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _sorted_arrays(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_arrays(v) for v in node]
        return items if key == "@list" else sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return node
