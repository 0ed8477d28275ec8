"""Reading SPARQL Protocol requests, and content negotiation, without a server."""
from __future__ import annotations

import io
import urllib.parse

import pytest

from kg.errors import ProtocolError
from kg.service.protocol import ASK_TYPES, GRAPH_TYPES, SELECT_TYPES, negotiate, read_request
from kg.stores.base import QueryDataset


def environ(method: str = "GET", query: str = "", body: bytes = b"", ctype: str | None = None, **extra) -> dict:
    env = {"REQUEST_METHOD": method, "QUERY_STRING": query, "wsgi.input": io.BytesIO(body),
           "CONTENT_LENGTH": str(len(body)), **extra}
    if ctype is not None:
        env["CONTENT_TYPE"] = ctype
    return env


def qs(**params) -> str:
    return urllib.parse.urlencode([(k.replace("_", "-"), v) for k, vs in params.items()
                                   for v in (vs if isinstance(vs, list) else [vs])])


def test_get_with_dataset() -> None:
    r = read_request(environ(query=qs(query="ASK {}", default_graph_uri=["urn:a", "urn:b"], named_graph_uri="urn:c")))
    assert r.query == "ASK {}" and r.dataset == QueryDataset(("urn:a", "urn:b"), ("urn:c",))


def test_post_form_takes_the_dataset_from_the_url_too() -> None:
    r = read_request(environ("POST", qs(default_graph_uri="urn:g"), qs(query="ASK {}").encode(),
                             "application/x-www-form-urlencoded"))
    assert r.query == "ASK {}" and r.dataset == QueryDataset(("urn:g",))


def test_post_direct() -> None:
    r = read_request(environ("POST", "", "ASK { ?s ?p 'é' }".encode(), "application/sparql-query; charset=UTF-8"))
    assert r.query == "ASK { ?s ?p 'é' }" and r.dataset is None


def test_get_without_query_asks_for_the_description() -> None:
    assert read_request(environ()).query is None


@pytest.mark.parametrize("env,status,message", [
    (environ(query=qs(query=["ASK {}", "SELECT * {}"])), 400, "2 'query' parameters"),
    (environ("POST", qs(query="ASK {}"), qs(query="ASK {}").encode(), "application/x-www-form-urlencoded"),
     400, "another in the URL"),
    (environ("POST", "", b"ASK {}", "text/plain"), 415, "application/sparql-query"),
    (environ("POST", "", b"query=ASK%20%7B%7D"), 415, "no Content-Type"),
    (environ("POST", "", "ASK {}".encode("utf-16"), "application/sparql-query; charset=UTF-16"), 415, "UTF-8"),
    (environ("POST", "", b"ASK { \xff }", "application/sparql-query"), 400, "not UTF-8"),
    (environ("POST", "", b"CLEAR ALL", "application/sparql-update"), 403, "read-only"),
    (environ("POST", "", b"update=CLEAR+ALL", "application/x-www-form-urlencoded"), 403, "read-only"),
    (environ(query=qs(update="CLEAR ALL")), 403, "read-only"),
    (environ("PUT", qs(query="ASK {}")), 405, "use GET or POST"),
    (environ(query=qs(query="ASK {}", default_graph_uri="not an iri")), 400, "not an absolute IRI"),
    (environ(query=qs(query="  ")), 400, "empty"),
    (environ("POST", "", b"", "application/x-www-form-urlencoded"), 400, "no 'query'"),
    (dict(environ("POST", "", b"ASK {}", "application/sparql-query"), CONTENT_LENGTH="-5"), 400, "negative"),
    (dict(environ("POST", "", b"ASK {}", "application/sparql-query"), CONTENT_LENGTH="5x"), 400, "not a number"),
    (dict(environ("POST", "", b"ASK {}", "application/sparql-query"), CONTENT_LENGTH="999999999"), 413, "limit"),
])
def test_refusals(env: dict, status: int, message: str) -> None:
    with pytest.raises(ProtocolError, match=message) as err:
        read_request(env)
    assert err.value.status == status


@pytest.mark.parametrize("accept,table,expected", [
    ("", SELECT_TYPES, "application/sparql-results+json"),
    ("application/sparql-results+xml", SELECT_TYPES, "application/sparql-results+xml"),
    ("application/sparql-results+xml, application/rdf+xml", GRAPH_TYPES, "application/rdf+xml"),
    ("text/*", SELECT_TYPES, "text/csv"),
    ("*/*;q=0.1, text/tab-separated-values", SELECT_TYPES, "text/tab-separated-values"),
    ("application/json", ASK_TYPES, "application/sparql-results+json"),
    ("text/csv", ASK_TYPES, None),
    ("text/csv, */*;q=0.5", ASK_TYPES, "application/sparql-results+json"),
    ("*/*, application/sparql-results+json;q=0", SELECT_TYPES, "application/sparql-results+xml"),
    ("text/html", GRAPH_TYPES, None),
    ("application/ld+json;profile=x", GRAPH_TYPES, "application/ld+json"),
])
def test_negotiate(accept: str, table: dict, expected: str | None) -> None:
    assert negotiate(accept, table) == expected
