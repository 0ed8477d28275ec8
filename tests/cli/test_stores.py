"""kg.cli.stores: `kg load` into a store folder, `kg serve` a SPARQL endpoint, `kg push` to a triple store."""
from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import isomorphic
from wsgiref.simple_server import WSGIRequestHandler, make_server

from kg.cli import main
from kg.datasets import tiny_graph
from kg.stores.folder import build_store

from helpers import MINI_ARGS

TINY = tiny_graph()


def run(*args, input=None, env=None):
    return CliRunner(env=env).invoke(main, [str(a) for a in args], input=input)


@pytest.fixture()
def ttl(tmp_path) -> Path:
    path = tmp_path / "kg.ttl"
    path.write_text(TINY.rdf.serialize(format="turtle"), encoding="utf-8")
    return path


def test_load_says_what_the_store_now_holds(tmp_path, ttl):
    r = run("load", ttl, "--store", tmp_path / "store")
    assert r.exit_code == 0, r.output
    assert r.output == f"{tmp_path / 'store'}: {len(TINY)} triples, 7 entities, 5 statements\n"


def test_load_takes_the_groups_store_folder(tmp_path, ttl):
    r = run("--store", tmp_path / "store", "load", ttl)
    assert r.exit_code == 0 and "7 entities, 5 statements" in r.output


@pytest.mark.parametrize("args, message", [
    (["load", "{ttl}"], "error: kg load needs a store folder: kg load FILE... --store DIR"),
    (["load", "{dir}/missing.ttl", "--store", "{dir}/store"], "missing.ttl: no such file"),
])
def test_load_errors(tmp_path, ttl, args, message):
    r = run(*(a.format(ttl=ttl, dir=tmp_path) for a in args))
    assert r.exit_code == 1 and message in r.output
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").iterdir())


def _serve(group: list[str], options: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    """`kg GROUP... serve --port 0 OPTIONS...` in a process of its own; the process and the URL it announced."""
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *group, "serve", "--port", "0", *options],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                            env={**os.environ, **(env or {})})
    deadline = time.monotonic() + 120
    said = []
    while time.monotonic() < deadline:
        said.append(proc.stderr.readline())
        if said[-1].startswith("SPARQL endpoint at ") or not said[-1] and proc.poll() is not None:
            break
    if not said[-1].startswith("SPARQL endpoint at "):
        proc.kill()
        proc.wait()
        pytest.fail(f"kg serve did not start: {''.join(said)}")
    return proc, said[-1].split()[3]


def _ask(url: str, query: str) -> dict:
    req = urllib.request.Request(url + "?" + urllib.parse.urlencode({"query": query}),
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        return json.loads(resp.read())


@pytest.mark.parametrize("source", ["seeds", "store in memory"])
def test_serve_answers_sparql_until_stopped(tmp_path, source):
    if source == "seeds":
        args = MINI_ARGS
    else:
        build_store(tmp_path / "store", TINY)
        args = ["--store", str(tmp_path / "store")]
    scratch = tmp_path / "tmp"  # where the server keeps its store dump
    scratch.mkdir()
    proc, url = _serve(args, ["--memory"] if source != "seeds" else [], env={"TMPDIR": str(scratch)})
    try:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/sparql")
        rows = _ask(url, "SELECT ?t WHERE { ent:miR-21 exokg:decreases ?t }")["results"]["bindings"]
        assert rows == [{"t": {"type": "uri", "value": "https://w3id.org/exokg/entity/PTEN"}}]
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    # stopped as a service manager stops it (SIGTERM): a clean exit that leaves nothing behind
    assert proc.returncode == 0, proc.stderr.read()
    assert list(scratch.iterdir()) == []


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def gsp():
    """A Graph Store Protocol endpoint that wants HTTP basic authentication and records what it gets."""
    seen: list[dict] = []

    def app(environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        auth = environ.get("HTTP_AUTHORIZATION")
        seen.append({"method": environ["REQUEST_METHOD"], "query": environ.get("QUERY_STRING", ""), "auth": auth,
                     "body": environ["wsgi.input"].read(length)})
        if not auth:
            start_response("401 Unauthorized", [("WWW-Authenticate", 'Basic realm="kg"'), ("Content-Length", "0")])
            return [b""]
        start_response("201 Created", [("Content-Length", "0")])
        return [b""]

    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/gsp", seen
    server.shutdown()
    server.server_close()


def test_push_asks_for_the_password_and_never_shows_it(gsp):
    url, seen = gsp
    env = {"KG_ENDPOINT_USER": "alice", "KG_ENDPOINT_PASSWORD": None}
    r = run(*MINI_ARGS, "push", "--endpoint", url, "--graph", "urn:exokg:g", input="s3cret-pw\n", env=env)
    assert r.exit_code == 0, r.output
    assert f"password for alice at {url}" in r.output and "s3cret-pw" not in r.output
    assert r.stdout.endswith(f"pushed {len(TINY)} triples to {url} graph urn:exokg:g (HTTP 201)\n")
    upload = seen[-1]
    assert upload["method"] == "PUT" and upload["query"] == "graph=urn%3Aexokg%3Ag"
    assert upload["auth"] == "Basic " + base64.b64encode(b"alice:s3cret-pw").decode()
    assert isomorphic(Graph().parse(data=upload["body"], format="turtle"), TINY.rdf)


def test_push_append_adds_to_the_default_graph(gsp):
    url, seen = gsp
    env = {"KG_ENDPOINT_USER": "alice", "KG_ENDPOINT_PASSWORD": "pw"}
    r = run(*MINI_ARGS, "push", "--endpoint", url, "--append", env=env)
    assert r.exit_code == 0, r.output
    assert (seen[-1]["method"], seen[-1]["query"]) == ("POST", "default")
    assert r.output == f"pushed {len(TINY)} triples to {url} (HTTP 201)\n"


def test_push_without_credentials_says_how_to_give_them(gsp):
    url, _ = gsp
    r = run(*MINI_ARGS, "push", "--endpoint", url, env={"KG_ENDPOINT_USER": None, "KG_ENDPOINT_PASSWORD": None})
    assert r.exit_code == 1
    assert "HTTP 401" in r.output and "set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD" in r.output


# -- the options of serve and push, as a user meets them ---------------------------------------------


def test_serve_help_says_what_each_store_is_for() -> None:
    out = " ".join(CliRunner().invoke(main, ["serve", "--help"]).output.split())
    assert "rdflib's in-memory store, which is for small graphs" in out
    for option in ("--timeout", "--max-rows", "--workers", "--max-memory", "--cors-origin", "--allow-service"):
        assert option in out


def test_serve_refuses_a_cors_origin_that_is_not_one() -> None:
    result = CliRunner().invoke(main, [*MINI_ARGS, "serve", "--port", "0", "--cors-origin", "localhost:3000"])
    assert result.exit_code == 1 and "is not an origin; write it as scheme://host[:port]" in result.output


def test_push_timeout_is_described_as_total() -> None:
    out = " ".join(CliRunner().invoke(main, ["push", "--help"]).output.split())
    assert "Seconds the whole upload may take" in out and "never from the command line or the URL" in out
