"""EndpointStore and kg push against real HTTP servers on loopback (kg serve, and small fakes)."""
from __future__ import annotations

import json
import threading
from typing import Iterator
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.cli import main
from kg.stores.remote import EndpointStore
from kg.service.push import push
from kg.errors import EndpointError, ReadOnlyError
from kg.graph import KnowledgeGraph
from kg.sources.seeds import load_corpus
from kg.query.sparql import library
from kg.stores.base import ordered

from helpers import MINI, MINI_ARGS, MINI_LEXICON, MINI_PARAMS, norm_rows, start



@pytest.fixture(scope="module")
def local() -> KnowledgeGraph:
    return KnowledgeGraph.from_corpus(load_corpus(MINI, lexicon=MINI_LEXICON), store="oxigraph")


@pytest.fixture(scope="module")
def served(local) -> Iterator[str]:
    url, stop = start(local.store)
    yield url
    stop.set()


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def fake() -> Iterator[tuple[str, list, dict]]:
    """A server answering with whatever `reply` holds, recording each request."""
    seen: list[dict] = []
    reply = {"status": "200 OK", "body": b"{}", "delay": 0.0}

    def app(environ, start_response):
        import time

        length = int(environ.get("CONTENT_LENGTH") or 0)
        seen.append({"method": environ["REQUEST_METHOD"], "query": environ.get("QUERY_STRING", ""),
                     "type": environ.get("CONTENT_TYPE", ""), "body": environ["wsgi.input"].read(length),
                     "auth": environ.get("HTTP_AUTHORIZATION")})
        time.sleep(reply["delay"])
        start_response(reply["status"], [("Content-Type", "text/plain")])
        return [reply["body"]]

    httpd = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_port}", seen, reply
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("name", sorted(library()))
def test_named_queries_same_over_http(local, served: str, name: str) -> None:
    remote = KnowledgeGraph(EndpointStore(served))
    a = local.query(name, **MINI_PARAMS.get(name, {}))
    b = remote.query(name, **MINI_PARAMS.get(name, {}))
    assert a.vars == b.vars and norm_rows(a.rows) == norm_rows(b.rows)


def test_model_and_graph_over_http(local, served: str) -> None:
    remote = KnowledgeGraph(EndpointStore(served))
    assert remote.statements() == local.statements()
    assert len(remote.store) == len(local.store)
    assert isomorphic(remote.rdf, local.rdf)


def test_cli_endpoint_option(served: str) -> None:
    here = CliRunner().invoke(main, [*MINI_ARGS, "query", "mirna_targets", "--format", "json"])
    there = CliRunner().invoke(main, ["--endpoint", served, "query", "mirna_targets", "--format", "json"])
    assert there.exit_code == 0, there.output
    assert json.loads(there.output) == json.loads(here.output) != []
    there = CliRunner().invoke(main, ["--endpoint", served, "sparql", "SELECT ?t WHERE { ?m exokg:decreases ?t }",
                                      "-p", "m=miR-21", "--format", "json"])
    assert there.exit_code == 0 and "PTEN" in there.output
    # the subcommands' own --endpoint option does the same
    there = CliRunner().invoke(main, ["query", "mirna_targets", "--endpoint", served, "--format", "json"])
    assert there.exit_code == 0 and json.loads(there.output) == json.loads(here.output)
    there = CliRunner().invoke(main, ["sparql", "SELECT ?t WHERE { ent:PTEN ?p ?t }", "--endpoint", served, "--format", "json"])
    assert there.exit_code == 0 and "axon-regeneration" in there.output


def test_update_refused_before_sending(fake) -> None:
    url, seen, _ = fake
    with pytest.raises(ReadOnlyError):
        EndpointStore(url).query("DROP ALL")
    assert seen == []


def test_unreachable_endpoint() -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(EndpointError, match=f"cannot reach http://127.0.0.1:{port}/sparql"):
        EndpointStore(f"http://127.0.0.1:{port}/sparql").query("ASK {}")
    result = CliRunner().invoke(main, ["--endpoint", f"http://127.0.0.1:{port}/sparql", "query", "mirna_targets"])
    assert result.exit_code == 1 and result.output.startswith("error: cannot reach")


@pytest.mark.parametrize("status,code", [("500 Internal Server Error", "500"), ("401 Unauthorized", "401"), ("404 Not Found", "404")])
def test_failing_endpoint_names_url_and_status(fake, status: str, code: str) -> None:
    url, _, reply = fake
    reply.update(status=status, body=b"Virtuoso 37000 Error SP030: boom")
    with pytest.raises(EndpointError, match=rf"POST {url}/sparql failed with HTTP {code}") as err:
        EndpointStore(url + "/sparql").query("ASK {}")
    assert "boom" in str(err.value) or code != "500"


def test_timeout(fake) -> None:
    url, _, reply = fake
    reply.update(delay=1.5)
    with pytest.raises(EndpointError, match="timed out after 0.3 s"):
        EndpointStore(url + "/sparql", timeout=0.3).query("ASK {}")


def test_not_sparql_results(fake) -> None:
    url, _, reply = fake
    reply.update(body=b"<html>login</html>")
    with pytest.raises(EndpointError, match="not SPARQL JSON results"):
        EndpointStore(url + "/sparql").query("SELECT * WHERE { ?s ?p ?o }")


def test_credentials_never_shown(fake, monkeypatch) -> None:
    url, seen, reply = fake
    reply.update(status="500 Internal Server Error", body=b"")
    secret_url = url.replace("http://", "http://alice:s3cret-pw@") + "/sparql"
    with pytest.raises(EndpointError) as err:
        EndpointStore(secret_url).query("ASK {}")
    assert "s3cret-pw" not in str(err.value) and "alice" not in str(err.value)
    monkeypatch.setenv("KG_ENDPOINT_USER", "alice")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret-pw")
    result = CliRunner().invoke(main, [*MINI_ARGS, "-vv", "push", "--endpoint", url + "/gsp", "--graph", "urn:g"])
    assert result.exit_code == 1 and "HTTP 500" in result.output
    assert "s3cret-pw" not in result.output + (result.stderr or "")


def test_push_puts_turtle_to_the_graph(fake, local) -> None:
    url, seen, reply = fake
    reply.update(status="201 Created", body=b"")
    result = CliRunner().invoke(main, [*MINI_ARGS, "push", "--endpoint", url + "/gsp", "--graph", "https://w3id.org/exokg/graph"])
    assert result.exit_code == 0, result.output
    req = seen[-1]
    assert req["method"] == "PUT" and req["query"] == "graph=https%3A%2F%2Fw3id.org%2Fexokg%2Fgraph"
    assert req["type"] == "text/turtle"
    assert isomorphic(Graph().parse(data=req["body"], format="turtle"), local.rdf)
    assert "(HTTP 201)" in result.output


def test_push_append_and_default_graph(fake) -> None:
    url, seen, reply = fake
    reply.update(status="204 No Content", body=b"")
    assert push(b"<urn:a> <urn:b> <urn:c> .", url + "/gsp", replace=False) == 204
    assert seen[-1]["method"] == "POST" and seen[-1]["query"] == "default"


def test_endpoint_store_is_read_only() -> None:
    with pytest.raises(ReadOnlyError, match="kg push"):
        EndpointStore("http://127.0.0.1:1/sparql").add_graph(Graph())
    with pytest.raises(EndpointError, match="http"):
        EndpointStore("ftp://example.org/sparql")
    assert ordered([]) == []


# -- hardening (issue 13): answers that are not HTTP, slow servers, credentials in URLs ----------------

from nettools import JSON_EMPTY, http_reply, peer  # noqa: E402


def test_an_answer_that_is_not_http_is_a_clear_error() -> None:
    """A server answering garbage raised http.client.BadStatusLine as a traceback."""
    with peer(reply=b"garbage, not HTTP\r\n\r\n") as p:
        with pytest.raises(EndpointError, match="not HTTP.*check the URL and port"):
            EndpointStore(p.url + "/sparql").query("ASK {}")
        result = CliRunner().invoke(main, ["--endpoint", p.url + "/sparql", "sparql", "ASK {}"])
    assert result.exit_code == 1 and "not HTTP" in result.output and "Traceback" not in result.output


def test_the_timeout_bounds_the_whole_answer() -> None:
    """A server that drips a valid answer byte by byte kept a request alive far past its timeout."""
    with peer(reply=JSON_EMPTY, drip=0.05) as p:  # about 8 s for the whole answer
        with pytest.raises(EndpointError, match="timed out after 1.5 s"):
            EndpointStore(p.url + "/sparql", timeout=1.5).query("SELECT * WHERE { ?s ?p ?o }")


def test_credentials_in_the_url_are_refused_with_where_they_go() -> None:
    """They gave a misleading 'Name or service not known'."""
    with pytest.raises(EndpointError, match="credentials do not go in the URL; set KG_ENDPOINT_USER") as err:
        EndpointStore("http://alice:s3cret@127.0.0.1:9/sparql")
    assert "s3cret" not in str(err.value)


def test_dataset_base_and_form_reach_the_endpoint(fake) -> None:
    import urllib.parse

    from kg.stores.base import QueryDataset

    url, seen, reply = fake
    reply.update(body=b'{"head":{"vars":[]},"results":{"bindings":[]}}')
    # The form comes from the parser: a prefix named describe: does not make it a DESCRIBE.
    EndpointStore(url + "/sparql").query("PREFIX describe: <urn:x#> SELECT * WHERE { ?s describe:p ?o }",
                                         dataset=QueryDataset(("urn:g1",), ("urn:g2",)))
    form = urllib.parse.parse_qs(seen[-1]["body"].decode())
    assert form["default-graph-uri"] == ["urn:g1"] and form["named-graph-uri"] == ["urn:g2"]
    assert form["query"][0].startswith("BASE <https://w3id.org/exokg/>\n")


def test_an_answer_bigger_than_the_cap_is_refused(fake) -> None:
    from kg.stores.remote import http

    url, _, reply = fake
    reply.update(body=b"x" * 5000)
    with pytest.raises(EndpointError, match="more than 0 MB"):
        http("GET", url + "/x", max_bytes=4096)
