"""A query's answer in the media type the client asked for, written by rdflib's and pyoxigraph's
own serializers: SPARQL results as JSON, XML, CSV (rdflib) or TSV (pyoxigraph, from rdflib's
JSON: rdflib has no TSV writer), graphs as Turtle, N-Triples, RDF/XML or JSON-LD (rdflib).

This runs in the query worker (:mod:`kg.service.workers`), so writing a big answer counts against
the query's time and memory limits, not the server's.
"""
from __future__ import annotations

from typing import Mapping

import pyoxigraph as ox
from rdflib import Graph, Variable
from rdflib.query import Result

from ..errors import ProtocolError
from ..stores.base import QueryResult
from .protocol import ASK_TYPES, GRAPH_TYPES, SELECT_TYPES, negotiate

#: rdflib's name of each format, by canonical media type.
_RDFLIB = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/turtle": "turtle",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
    "application/ld+json": "json-ld",
}
_TEXT = ("text/", "application/n-triples")


def _content_type(media: str) -> str:
    return f"{media}; charset=utf-8" if media.startswith(_TEXT) else media


def _refuse(kind: str, table: Mapping[str, str], accept: str) -> ProtocolError:
    offered = ", ".join(dict.fromkeys(table.values()))
    return ProtocolError(406, f"{kind} come as {offered}; the Accept header ({accept}) allows none of them")


def render_graph(graph: Graph, accept: str) -> tuple[str, bytes]:
    """*graph* serialized in the RDF media type *accept* prefers: (Content-Type, body).

    >>> from rdflib import URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> render_graph(g, "application/n-triples")
    ('application/n-triples; charset=utf-8', b'<urn:a> <urn:p> <urn:b> .\\n')
    """
    media = negotiate(accept, GRAPH_TYPES)
    if media is None:
        raise _refuse("graphs", GRAPH_TYPES, accept)
    return _content_type(media), graph.serialize(format=_RDFLIB[media], encoding="utf-8")


def render(result: QueryResult, accept: str, prefixes: Mapping[str, str] | None = None) -> tuple[str, bytes]:
    """*result* in the media type *accept* prefers among those its form allows: (Content-Type, body).

    >>> from rdflib import URIRef
    >>> render(QueryResult(("x",), ((URIRef("urn:a"),),)), "text/tab-separated-values")
    ('text/tab-separated-values; charset=utf-8', b'?x\\n<urn:a>\\n')
    >>> render(QueryResult((), (), True), "text/csv")
    Traceback (most recent call last):
    kg.errors.ProtocolError: ASK answers come as application/sparql-results+json, application/sparql-results+xml; ...
    """
    if result.triples:
        g = Graph()
        for prefix, ns in (prefixes or {}).items():
            g.bind(prefix, ns, override=True)
        for triple in result.rows:
            g.add(triple)  # type: ignore[arg-type]
        return render_graph(g, accept)
    table = ASK_TYPES if result.boolean is not None else SELECT_TYPES
    media = negotiate(accept, table)
    if media is None:
        raise _refuse("ASK answers" if result.boolean is not None else "SELECT results", table, accept)
    out = Result("ASK" if result.boolean is not None else "SELECT")
    if result.boolean is not None:
        out.askAnswer = result.boolean
    else:
        names = [Variable(v) for v in result.vars]
        out.vars = names
        out.bindings = [{k: v for k, v in zip(names, row) if v is not None} for row in result.rows]
    if media == "text/tab-separated-values":
        parsed = ox.parse_query_results(out.serialize(format="json"), format=ox.QueryResultsFormat.JSON)
        return _content_type(media), parsed.serialize(format=ox.QueryResultsFormat.TSV)
    return _content_type(media), out.serialize(format=_RDFLIB[media], encoding="utf-8")


__all__ = ["render", "render_graph"]
