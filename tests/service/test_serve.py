"""kg serve: a read-only SPARQL 1.1 Protocol endpoint, exercised over real HTTP on loopback."""
from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Iterator

import pytest
from rdflib import Graph

from kg.graph import KnowledgeGraph
from kg.sources.seeds import load_corpus
from helpers import MINI, MINI_LEXICON, start



@pytest.fixture(scope="module")
def mini_ox() -> KnowledgeGraph:
    return KnowledgeGraph.from_corpus(load_corpus(MINI, lexicon=MINI_LEXICON), store="oxigraph")


@pytest.fixture()
def endpoint(mini_ox) -> Iterator[str]:
    url, stop = start(mini_ox.store)
    yield url
    stop.set()


def get(url: str, query: str, accept: str | None = None) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}))
    if accept:
        req.add_header("Accept", accept)
    return fetch(req)


def fetch(req) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.headers["Content-Type"], r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


Q = "SELECT ?t WHERE { ent:miR-21 exo:decreases ?t }"


def test_binds_to_loopback(endpoint: str) -> None:
    assert endpoint.startswith("http://127.0.0.1:")


def test_get_json(endpoint: str) -> None:
    status, ctype, body = get(endpoint, Q)
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert doc["head"]["vars"] == ["t"]
    assert doc["results"]["bindings"] == [{"t": {"type": "uri", "value": "https://w3id.org/exokg/entity/PTEN"}}]


def test_post_form_and_direct(endpoint: str) -> None:
    form = urllib.request.Request(endpoint, data=urllib.parse.urlencode({"query": Q}).encode(),
                                  headers={"Content-Type": "application/x-www-form-urlencoded"})
    direct = urllib.request.Request(endpoint, data=Q.encode(), headers={"Content-Type": "application/sparql-query"})
    for req in (form, direct):
        status, _, body = fetch(req)
        assert status == 200 and "PTEN" in body.decode()


@pytest.mark.parametrize("accept,ctype", [("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                                          ("text/csv;q=0.2, application/sparql-results+json", "application/sparql-results+json")])
def test_content_negotiation(endpoint: str, accept: str, ctype: str) -> None:
    status, got, body = get(endpoint, Q, accept)
    assert status == 200 and got.startswith(ctype)
    if ctype == "text/csv":
        assert list(csv.reader(io.StringIO(body.decode()))) == [["t"], ["https://w3id.org/exokg/entity/PTEN"]]
    if ctype == "text/tab-separated-values":
        assert body.decode().splitlines() == ["?t", "<https://w3id.org/exokg/entity/PTEN>"]


def test_not_acceptable(endpoint: str) -> None:
    assert get(endpoint, Q, "image/png")[0] == 406


def test_ask_and_construct(endpoint: str, mini_ox) -> None:
    status, _, body = get(endpoint, "ASK { ent:miR-21 exo:decreases ent:PTEN }")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, ctype, body = get(endpoint, "CONSTRUCT { ?s exo:decreases ?o } WHERE { ?s exo:decreases ?o }", "text/turtle")
    assert status == 200 and ctype.startswith("text/turtle")
    expected = mini_ox.sparql("SELECT ?s ?o WHERE { ?s exo:decreases ?o }").rows
    got = Graph().parse(data=body, format="turtle")
    assert {(s, o) for s, _, o in got} == set(expected) and len(expected) > 1


@pytest.mark.parametrize("how", ["get-query", "form-update", "sparql-update"])
def test_update_refused(endpoint: str, mini_ox, how: str) -> None:
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
    assert get(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }")[2].count(b"false") == 1


def test_bad_query_is_400_with_line(endpoint: str) -> None:
    status, _, body = get(endpoint, "SELECT ?s\nWHERE { ?s ?p }")
    assert status == 400 and b"line 2" in body


def test_missing_query_and_wrong_path(endpoint: str) -> None:
    assert fetch(urllib.request.Request(endpoint))[0] == 400
    assert fetch(urllib.request.Request(endpoint.replace("/sparql", "/nope")))[0] == 404


def test_result_cap(mini_ox) -> None:
    url, stop = start(mini_ox.store, max_rows=10)
    try:
        status, _, body = get(url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 413 and b"cap of 10" in body
        assert get(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 10")[0] == 200
    finally:
        stop.set()


def test_timeout(tmp_path: Path) -> None:
    from kg.stores.oxigraph import OxigraphStore
    import pyoxigraph as ox

    store = OxigraphStore()
    store.load("".join(f"<urn:s{i}> <urn:p> <urn:o{i}> .\n" for i in range(300)).encode(), format=ox.RdfFormat.N_TRIPLES)
    url, stop = start(store, timeout=0.05)
    try:
        status, _, body = get(url, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        assert status == 503 and b"time" in body
        assert get(url, "ASK { ?s ?p ?o }")[0] == 200  # the server still answers
    finally:
        stop.set()


def test_cli_serve_refuses_a_busy_port(tmp_path: Path) -> None:
    import socket

    from click.testing import CliRunner

    from kg.cli import main

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        result = CliRunner().invoke(main, ["--seeds", str(MINI), "--lexicon", str(MINI_LEXICON),
                                           "serve", "--port", str(port)])
    assert result.exit_code == 1 and f"cannot listen on 127.0.0.1:{port}" in result.output
