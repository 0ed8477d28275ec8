"""kg.cli.group: where the graph comes from (endpoint, store, file, seeds), and errors as one line, exit 1."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import urllib.parse
from pathlib import Path

import pytest
from click.testing import CliRunner
from wsgiref.simple_server import WSGIRequestHandler, make_server

from kg.cli import main
from kg.datasets import tiny_graph
from kg.stores.folder import build_store

from helpers import MINI_ARGS, MINI_LEXICON, start

NOWHERE = ["--seeds", "/nonexistent/seeds"]


def run(*args, env=None):
    return CliRunner(env=env).invoke(main, [str(a) for a in args])


def statements(result) -> int:
    assert result.exit_code == 0, result.output
    return json.loads(result.output)["statements"]


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    """The tiny graph as a Turtle file and as a store folder."""
    d = tmp_path_factory.mktemp("sources")
    ttl = d / "kg.ttl"
    ttl.write_text(tiny_graph().rdf.serialize(format="turtle"), encoding="utf-8")
    build_store(d / "store", tiny_graph())
    return {"ttl": ttl, "store": d / "store"}


def test_help_names_every_source_option():
    out = run("--help").output
    for option in ("--seeds", "--graph", "--lexicon", "--store", "--endpoint", "--endpoint-graph", "--verbose", "--version"):
        assert option in out


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and r.output.startswith("kg, version ")


def test_the_seeds_and_lexicon_options_and_their_environment_variables():
    assert statements(run(*MINI_ARGS, "stats", "--format", "json")) == 5
    env = {"KG_SEEDS": MINI_ARGS[1], "KG_LEXICON": str(MINI_LEXICON)}
    assert statements(run("stats", "--format", "json", env=env)) == 5


def test_a_graph_file_is_read_instead_of_the_seeds(files):
    assert statements(run(*NOWHERE, "--graph", files["ttl"], "stats", "--format", "json")) == 5


def test_a_store_folder_is_read_instead_of_the_seeds(files):
    assert statements(run(*NOWHERE, "--store", files["store"], "stats", "--format", "json")) == 5
    assert statements(run("stats", "--format", "json", env={"KG_STORE": str(files["store"]), "KG_SEEDS": NOWHERE[1]})) == 5


def test_a_graph_file_wins_over_a_store(files, tmp_path):
    # --store names where `kg build --store` or `kg load` write; --graph says what to read
    assert statements(run(*NOWHERE, "--store", tmp_path / "not-a-store", "--graph", files["ttl"], "stats", "--format", "json")) == 5


def test_a_folder_that_is_no_store_is_named(tmp_path):
    r = run(*MINI_ARGS, "--store", tmp_path, "stats")
    assert r.exit_code == 1 and "not a kg store" in r.output


def test_an_endpoint_wins_over_everything(files):
    url, stop = start(tiny_graph(store="oxigraph").store)
    try:
        r = run(*NOWHERE, "--store", files["store"], "--graph", "/nonexistent.ttl", "--endpoint", url,
                "stats", "--format", "json")
        assert statements(r) == 5
    finally:
        stop.set()


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_the_endpoint_graph_reaches_the_endpoint():
    forms: list[dict] = []

    def app(environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        forms.append(urllib.parse.parse_qs(environ["wsgi.input"].read(length).decode()))
        start_response("200 OK", [("Content-Type", "application/sparql-results+json")])
        return [b'{"head": {"vars": []}, "results": {"bindings": []}}']

    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        r = run("--endpoint", f"http://127.0.0.1:{server.server_port}/sparql", "--endpoint-graph", "urn:exokg:g",
                "neighbors", "x")
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 1 and "unknown entity 'x'" in r.output  # an empty graph answered
    assert forms and all(f.get("default-graph-uri") == ["urn:exokg:g"] for f in forms)


@pytest.mark.parametrize("args, message", [
    (NOWHERE + ["stats"], r"^error: /nonexistent/seeds: no such file or folder\n$"),
    (MINI_ARGS + ["path", "MSC", "PTNE"], r"^error: unknown entity 'PTNE'; closest known names: PTEN\n$"),
    (["--graph", "/nonexistent/kg.ttl", "stats"], r"^error: /nonexistent/kg\.ttl: no such file or folder\n$"),
])
def test_a_library_error_is_one_line_on_stderr_and_exit_1(args, message):
    r = run(*args)
    assert r.exit_code == 1 and re.search(message, r.stderr), r.stderr
    assert r.stdout == "" and "Traceback" not in r.output


def test_verbose_logs_progress_to_stderr():
    # a subprocess: under pytest the root logger already has handlers, so basicConfig would do nothing
    def kg(*args):
        return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300)

    r = kg("-v", *MINI_ARGS, "stats", "--format", "json")
    assert r.returncode == 0 and "INFO kg.sources.seeds: read 1 documents, 5 statements" in r.stderr
    assert json.loads(r.stdout)["statements"] == 5
    assert "INFO" not in kg(*MINI_ARGS, "stats").stderr


def test_empty_results_say_so_in_a_table_and_stay_parseable_otherwise():
    q = "SELECT ?v WHERE { ?v exokg:crosses ?x }"
    assert run(*MINI_ARGS, "sparql", q).output == "no results\n"
    assert json.loads(run(*MINI_ARGS, "sparql", q, "--format", "json").output) == []


@pytest.mark.parametrize("param, value", [("v=a=b", "a=b"), ("v=", "")])
def test_a_parameter_splits_at_its_first_equals_sign(param, value):
    r = run(*MINI_ARGS, "sparql", "SELECT ?v WHERE { }", "--param", param, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == [{"v": value}]


@pytest.mark.parametrize("param", ["v", "=x"])
def test_a_parameter_without_a_key_is_a_usage_error(param):
    r = run(*MINI_ARGS, "sparql", "SELECT ?v WHERE { }", "--param", param)
    assert r.exit_code == 2 and f"'{param}' must look like key=value" in r.output
