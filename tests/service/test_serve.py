"""kg serve: a read-only SPARQL 1.1 Protocol endpoint, exercised over real HTTP on loopback, on both
store engines."""
from __future__ import annotations

import csv
import io
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterator

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.query import Result

from kg.graph import KnowledgeGraph
from kg.query.sparql import library
from kg.service.describe import QUERY_NS, SD
from kg.sources.seeds import load_corpus
from kg.stores import make_store

from helpers import MINI, MINI_LEXICON, start
from nettools import peer, raw_request

Q = "SELECT ?t WHERE { ent:miR-21 exokg:decreases ?t }"
PTEN = "https://w3id.org/exokg/entity/PTEN"


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def mini(request) -> KnowledgeGraph:
    return KnowledgeGraph.from_corpus(load_corpus(MINI, lexicon=MINI_LEXICON), store=request.param)


@pytest.fixture(scope="module")
def endpoint(mini) -> Iterator[str]:
    url, stop = start(mini.store)
    yield url
    stop.set()


def fetch(req: urllib.request.Request | str, timeout: float = 30) -> tuple[int, dict, bytes]:
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def get(url: str, query: str | None = None, accept: str | None = None, **headers: str) -> tuple[int, dict, bytes]:
    req = urllib.request.Request(url + ("?" + urllib.parse.urlencode({"query": query}) if query else ""),
                                 headers={k.replace("_", "-"): v for k, v in headers.items()})
    if accept:
        req.add_header("Accept", accept)
    return fetch(req)


def test_binds_to_loopback(endpoint: str) -> None:
    assert endpoint.startswith("http://127.0.0.1:")


def test_get_json(endpoint: str) -> None:
    status, headers, body = get(endpoint, Q)
    assert status == 200 and headers["Content-Type"] == "application/sparql-results+json"
    assert json.loads(body)["results"]["bindings"] == [{"t": {"type": "uri", "value": PTEN}}]


@pytest.mark.parametrize("path", ["/sparql", "/sparql/", "/"])
def test_post_form_and_direct_on_every_path(endpoint: str, path: str) -> None:
    url = endpoint.replace("/sparql", path)
    form = urllib.request.Request(url, data=urllib.parse.urlencode({"query": Q}).encode(),
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    direct = urllib.request.Request(url, data=Q.encode(), headers={"Content-Type": "application/sparql-query"})
    for req in (form, direct):
        status, _, body = fetch(req)
        assert status == 200 and PTEN in body.decode()


@pytest.mark.parametrize("accept,fmt", [("application/sparql-results+xml", "xml"), ("application/sparql-results+json", "json"),
                                        ("text/csv", "csv"), ("text/tab-separated-values", "tsv")])
def test_select_in_every_results_format(endpoint: str, accept: str, fmt: str) -> None:
    status, headers, body = get(endpoint, Q, accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    rows = [[str(v) for v in row] for row in Result.parse(io.BytesIO(body), format=fmt)]
    assert rows == [[PTEN]]


def test_csv_is_plain(endpoint: str) -> None:
    body = get(endpoint, Q, "text/csv")[2].decode()
    assert list(csv.reader(io.StringIO(body))) == [["t"], [PTEN]]


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/n-triples", "nt"),
                                        ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")])
def test_construct_in_every_graph_format(endpoint: str, mini, accept: str, fmt: str) -> None:
    status, headers, body = get(endpoint, "CONSTRUCT { ?s exokg:decreases ?o } WHERE { ?s exokg:decreases ?o }", accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    expected = set(mini.sparql("SELECT ?s ?o WHERE { ?s exokg:decreases ?o }").rows)
    assert {(s, o) for s, _, o in Graph().parse(data=body, format=fmt)} == expected != set()


def test_relative_iris_come_back_absolute(endpoint: str) -> None:
    """A CONSTRUCT with relative IRIs returned N-Triples that Raptor rejects."""
    body = get(endpoint, "CONSTRUCT { <s> <p> 1 } WHERE {}", "application/n-triples")[2]
    assert body.decode().startswith("<https://w3id.org/exokg/s> <https://w3id.org/exokg/p> ")


def test_ask_answers_json_or_xml_and_406_for_csv(endpoint: str) -> None:
    """ASK with Accept: text/csv returned JSON with 200."""
    assert json.loads(get(endpoint, "ASK { ent:miR-21 exokg:decreases ent:PTEN }")[2])["boolean"] is True
    status, headers, body = get(endpoint, "ASK { ?s ?p ?o }", "text/csv")
    assert status == 406 and b"ASK answers come as application/sparql-results+json" in body
    assert get(endpoint, "ASK { ?s ?p ?o }", "text/csv, */*;q=0.1")[0] == 200


def test_not_acceptable(endpoint: str) -> None:
    assert get(endpoint, Q, "image/png")[0] == 406


def test_head_has_no_body(endpoint: str) -> None:
    """HEAD returned a body."""
    url = endpoint + "?" + urllib.parse.urlencode({"query": Q})
    status, headers, body = fetch(urllib.request.Request(url, method="HEAD"))
    assert status == 200 and body == b""
    assert headers["Content-Length"] == str(len(fetch(url)[2]))


def test_service_description(endpoint: str, mini) -> None:
    """A GET without a query gave 400; now the Service Description, with the named queries."""
    status, headers, body = get(endpoint)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=body, format="turtle")
    service = URIRef(endpoint)
    assert (service, SD.endpoint, service) in g
    assert int(g.value(g.value(g.value(service, SD.defaultDataset), SD.defaultGraph),
                       URIRef("http://rdfs.org/ns/void#triples"))) == len(mini.store)
    assert {str(q)[len(str(QUERY_NS)):] for q in g.subjects(URIRef("https://schema.org/target"), service)} == set(library())
    assert g.value(QUERY_NS["mirna_targets"], RDFS.label) == Literal("Targets of a miRNA", lang="en")
    as_jsonld = get(endpoint, accept="application/ld+json")
    assert len(Graph().parse(data=as_jsonld[2], format="json-ld")) == len(g)


@pytest.mark.parametrize("how", ["get-query", "form-update", "sparql-update"])
def test_update_refused(endpoint: str, how: str) -> None:
    upd = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    if how == "get-query":
        status = get(endpoint, upd)[0]
    elif how == "form-update":
        status = fetch(urllib.request.Request(endpoint, data=urllib.parse.urlencode({"update": upd}).encode(),
                                              headers={"Content-Type": "application/x-www-form-urlencoded"}))[0]
    else:
        status = fetch(urllib.request.Request(endpoint, data=upd.encode(),
                                              headers={"Content-Type": "application/sparql-update"}))[0]
    assert status == 403
    assert b"false" in get(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }")[2]


def test_bad_query_is_400_with_line(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT ?s\nWHERE { ?s ?p }")
    assert status == 400 and b"line 2" in body


def test_wrong_path_and_method(endpoint: str) -> None:
    assert fetch(endpoint.replace("/sparql", "/nope"))[0] == 404
    status, headers, _ = fetch(urllib.request.Request(endpoint + "?query=ASK%7B%7D", method="PUT"))
    assert status == 405 and headers["Allow"] == "GET, HEAD, POST, OPTIONS"


# -- hostile requests: each reproduces an attack that got a 500, a traceback or a crash --------------


def test_deep_nesting_is_400_and_the_server_lives(endpoint: str) -> None:
    """3,000 nested braces (6 KB) segfaulted pyoxigraph and took `kg serve --store` down."""
    status, _, body = get(endpoint, "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000)
    assert status == 400 and b"levels deep" in body
    assert get(endpoint, "ASK { ?s ?p ?o }")[0] == 200


@pytest.mark.parametrize("silent", ["", "SILENT "])
def test_service_is_refused(endpoint: str, silent: str) -> None:
    """SERVICE made the endpoint send requests wherever a query pointed (SSRF)."""
    with peer() as p:
        status, _, body = get(endpoint, f"SELECT * WHERE {{ SERVICE {silent}<{p.url}/x> {{ ?s ?p ?o }} }}")
    assert status == 403 and b"SERVICE is refused" in body and p.requests == []


def test_service_when_the_server_allows_it(mini) -> None:
    url, stop = start(mini.store, allow_service=True)
    try:
        with peer() as p:
            status = get(url, f"SELECT * WHERE {{ SERVICE <{p.url}/x> {{ ?s ?p ?o }} }}")[0]
        assert status == 200 and len(p.requests) == 1
    finally:
        stop.set()


def test_graph_variable_and_from_named_answer(endpoint: str) -> None:
    """`SELECT ?g WHERE { GRAPH ?g {...} }` gave HTTP 500 on the rdflib store."""
    status, _, body = get(endpoint, "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    status, _, _ = get(endpoint, "SELECT * FROM NAMED <urn:g> WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert status == 200


@pytest.mark.parametrize("request_bytes", [
    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: -5\r\n\r\nASK {}",
    b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\nContent-Length: x\r\n\r\n",
    b"GARBAGE\r\n\r\n",
])
def test_malformed_http_is_400(endpoint: str, request_bytes: bytes) -> None:
    """A negative Content-Length gave HTTP 500."""
    answer = raw_request(endpoint, request_bytes)
    assert answer.split(b"\r\n", 1)[0].endswith(b" 400 Bad Request"), answer[:200]
    assert get(endpoint, "ASK { ?s ?p ?o }")[0] == 200


def test_a_huge_body_is_413(endpoint: str) -> None:
    req = urllib.request.Request(endpoint, data=b"ASK {}" + b" " * 500_000, headers={"Content-Type": "application/sparql-query"})
    assert fetch(req)[0] == 413


def test_dns_rebinding_is_refused(endpoint: str) -> None:
    """On loopback, a page served from evil.example that rebinds its name to 127.0.0.1 is refused."""
    status, _, body = get(endpoint, "ASK {}", Host="evil.example")
    assert status == 403 and b"not 'evil.example'" in body
    assert get(endpoint, "ASK {}", Host=f"localhost:{urllib.parse.urlsplit(endpoint).port}")[0] == 200


def test_cors_is_closed_by_default(endpoint: str) -> None:
    """Every answer carried Access-Control-Allow-Origin: *, so any web page could query a user's endpoint."""
    status, headers, _ = get(endpoint, "ASK {}")
    assert status == 200 and "Access-Control-Allow-Origin" not in headers
    status, _, body = get(endpoint, "ASK {}", Origin="https://evil.example")
    assert status == 403 and b"--cors-origin https://evil.example" in body
    pre = urllib.request.Request(endpoint, method="OPTIONS", headers={"Origin": "https://evil.example",
                                                                       "Access-Control-Request-Method": "POST"})
    assert fetch(pre)[0] == 403


def test_cors_for_named_origins(mini) -> None:
    """OPTIONS preflight gave 405, so browser clients with a custom header were blocked."""
    url, stop = start(mini.store, cors_origins=["http://localhost:3000"])
    try:
        pre = urllib.request.Request(url, method="OPTIONS", headers={
            "Origin": "http://localhost:3000", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type, x-client"})
        status, headers, body = fetch(pre)
        assert status == 204 and body == b""
        assert headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
        assert "POST" in headers["Access-Control-Allow-Methods"]
        assert headers["Access-Control-Allow-Headers"] == "content-type, x-client"
        status, headers, _ = get(url, "ASK {}", Origin="http://localhost:3000")
        assert status == 200 and headers["Access-Control-Allow-Origin"] == "http://localhost:3000"
        assert get(url, "ASK {}", Origin="http://localhost:4000")[0] == 403
        status, headers, _ = fetch(urllib.request.Request(url, method="OPTIONS"))
        assert status == 204 and headers["Allow"] == "GET, HEAD, POST, OPTIONS"
    finally:
        stop.set()


def numbered_store(engine: str, n: int):
    """A store of *n* triples ``<urn:sI> <urn:p> I``."""
    store = make_store(engine)
    g = Graph()
    for i in range(n):
        g.add((URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)))
    store.add_graph(g)
    return store


def test_result_cap() -> None:
    store = numbered_store("oxigraph", 50)
    url, stop = start(store, max_rows=10)
    try:
        status, _, body = get(url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 413 and b"more than 10 rows" in body
        assert get(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200
    finally:
        stop.set()


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_runaway_query_is_stopped_and_others_answered(engine: str) -> None:
    store = numbered_store(engine, 300)
    url, stop = start(store, timeout=1.0)
    try:
        for _ in range(2):  # two runaways took every later request to 503 until a restart
            status, _, body = get(url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
            assert status == 503 and b"time limit" in body
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200
    finally:
        stop.set()


def test_cli_serve_refuses_a_busy_port() -> None:
    from click.testing import CliRunner

    from kg.cli import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = CliRunner().invoke(main, ["--seeds", str(MINI), "--lexicon", str(MINI_LEXICON),
                                           "serve", "--port", str(port)])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
