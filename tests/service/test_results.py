"""Answers in every media type, read back by the other library's parser."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from rdflib.query import Result

from kg.errors import ProtocolError
from kg.service.results import render
from kg.stores.base import QueryResult
from kg.stores.oxigraph import to_rdflib

ROWS = (
    (URIRef("https://w3id.org/exokg/entity/PTEN"), Literal("PTEN, \"tumour\" suppressor", lang="en")),
    (URIRef("urn:x"), Literal(3)),
    (BNode("b0"), None),
    (None, Literal("2024", datatype=XSD.gYear)),
    (URIRef("urn:tab"), Literal("a\tb\nc")),
)
SELECT = QueryResult(("s", "o"), ROWS)
OX_FORMAT = {"application/sparql-results+json": ox.QueryResultsFormat.JSON,
             "application/sparql-results+xml": ox.QueryResultsFormat.XML,
             "text/tab-separated-values": ox.QueryResultsFormat.TSV}


@pytest.mark.parametrize("media", list(OX_FORMAT))
def test_select_round_trips_through_pyoxigraph(media: str) -> None:
    ctype, body = render(SELECT, media)
    assert ctype.split(";")[0] == media
    parsed = ox.parse_query_results(body, format=OX_FORMAT[media])
    assert [v.value for v in parsed.variables] == ["s", "o"]
    got = [tuple(to_rdflib(sol[v]) for v in ("s", "o")) for sol in parsed]
    same = lambda a, b: isinstance(a, BNode) and isinstance(b, BNode) or a == b  # noqa: E731 - labels may change
    assert len(got) == len(ROWS) and all(same(a, b) for g, r in zip(got, ROWS) for a, b in zip(g, r))


def test_csv_is_the_w3c_format() -> None:
    ctype, body = render(SELECT, "text/csv")
    assert ctype == "text/csv; charset=utf-8"
    lines = body.decode().split("\r\n")
    assert lines[0] == "s,o" and lines[1] == 'https://w3id.org/exokg/entity/PTEN,"PTEN, ""tumour"" suppressor"'
    r = Result.parse(io.BytesIO(body), format="csv")
    assert len(r) == len(ROWS)


def test_ask_as_json_and_xml_not_csv() -> None:
    """ASK with Accept: text/csv got JSON and 200; CSV and TSV define no boolean."""
    for media, fmt in (("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml")):
        ctype, body = render(QueryResult((), (), True), media)
        assert Result.parse(io.BytesIO(body), format=fmt).askAnswer is True
    for accept in ("text/csv", "text/tab-separated-values"):
        with pytest.raises(ProtocolError, match="ASK answers come as") as err:
            render(QueryResult((), (), False), accept)
        assert err.value.status == 406


@pytest.mark.parametrize("media,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                       ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")])
def test_graphs_round_trip(media: str, fmt: str) -> None:
    triples = ((URIRef("urn:a"), URIRef("urn:p"), Literal("x", lang="en")), (URIRef("urn:a"), URIRef("urn:q"), BNode("n")),
               (BNode("n"), URIRef("urn:p"), Literal(2)))
    ctype, body = render(QueryResult(("subject", "predicate", "object"), triples, triples=True), media,
                         {"ex": "urn:"})
    assert ctype.startswith(media)
    expected = Graph()
    for t in triples:
        expected.add(t)
    assert isomorphic(Graph().parse(data=body, format=fmt), expected)
    # and pyoxigraph reads it too
    assert len(list(ox.parse(body, format=ox.RdfFormat.from_media_type(media)))) == 3


def test_unacceptable_select() -> None:
    with pytest.raises(ProtocolError, match="SELECT results come as application/sparql-results\\+json") as err:
        render(SELECT, "image/png")
    assert err.value.status == 406
