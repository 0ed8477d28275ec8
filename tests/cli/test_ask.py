"""Commands that ask the graph (path, neighbors, effects, query, sparql), through CliRunner."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg.cli import main

from helpers import MINI_ARGS
from nettools import peer


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result


def test_path_shows_chain_with_net_sign_and_quotes():
    r = run("path", "MSC", "axon regeneration", "--max-hops", "5")
    assert r.exit_code == 0, r.output
    assert "-decreases-> PTEN -decreases-> axon regeneration  [net +]" in r.output
    assert "\u201cmiR-21 suppresses PTEN\u201d" in r.output


def test_path_json_is_machine_readable():
    data = json.loads(run("path", "miR-21", "axon-regeneration", "--format", "json").output)
    assert data[0]["hops"] == 1 and data[0]["sign"] == 1
    chains = [d["path"] for d in data]
    assert "miR-21 -decreases-> PTEN -decreases-> axon regeneration  [net +]" in chains
    step = next(d for d in data if d["hops"] == 2)["steps"][0]
    assert step["evidence"][0]["quote"] == "miR-21 suppresses PTEN"


def test_path_sign_filter_and_no_path_message():
    r = run("path", "miR-21", "axon regeneration", "--sign", "-")
    assert r.exit_code == 0
    assert "no path from miR-21 to axon regeneration within 4 hops with the given filters" in r.output
    r = run("path", "PTEN", "MSC")
    assert r.exit_code == 0 and "no path from PTEN to mesenchymal stem cell" in r.output


def test_path_unknown_entity_names_the_closest():
    r = run("path", "MSC", "axon regenration")
    assert r.exit_code == 1
    assert "error: unknown entity 'axon regenration'; closest known names: axon regeneration" in r.output


def test_path_status_filter_leaves_hypotheses_out():
    every = json.loads(run("path", "stem cell exosome", "SCI", "--format", "json").output)
    findings = json.loads(run("path", "stem cell exosome", "SCI", "--status", "finding", "--format", "json").output
                          or "[]") if "no path" not in run("path", "stem cell exosome", "SCI", "--status", "finding").output else []
    assert any(d["hops"] == 1 for d in every)  # the hedged title claim
    assert not any(d["hops"] == 1 for d in findings)


def test_neighbors_and_effects():
    r = run("neighbors", "PTEN", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.output)))
    assert {"subject": "miR-21", "relation": "decreases", "object": "PTEN"}.items() <= rows[0].items() or any(
        (x["subject"], x["relation"], x["object"]) == ("miR-21", "decreases", "PTEN") for x in rows)
    r = run("effects", "miR-21", "--format", "tsv")
    lines = [line.split("\t") for line in r.output.strip().splitlines()]
    assert lines[0][:3] == ["entity", "type", "net"]
    assert ["PTEN", "GeneOrProtein", "-"] in [line[:3] for line in lines]


def test_table_output_fits_80_columns():
    for args in (["query", "mirna_targets"], ["effects", "MSC"], ["neighbors", "miR-21"]):
        r = run(*args)
        assert r.exit_code == 0, r.output
        assert max(len(line) for line in r.output.splitlines()) <= 80, args


def test_query_list_and_run():
    r = run("query", "--list")
    assert "mirna_targets" in r.output and "--param mirna=<entity>" in r.output
    r = run("query", "mirna_targets", "--param", "mirna=miR-146a", "--format", "json")
    assert r.exit_code == 0, r.output
    assert any(x["target"] == "NF-kB-signaling" for x in json.loads(r.output))


def test_query_bad_param_and_unknown_query():
    r = run("query", "mirna_targets", "--param", "mirna")
    assert r.exit_code == 2 and "key=value" in r.output
    r = run("query", "mirna_target")
    assert r.exit_code == 1 and "did you mean mirna_targets" in r.output


@pytest.mark.parametrize("how", ["argument", "file", "stdin"])
def test_sparql_from_argument_file_or_stdin(tmp_path, how):
    q = "SELECT ?t WHERE { ent:miR-21 exokg:decreases ?t }"
    if how == "argument":
        r = run("sparql", q, "--format", "csv")
    elif how == "file":
        f = tmp_path / "q.rq"
        f.write_text(q)
        r = run("sparql", str(f), "--format", "csv")
    else:
        r = run("sparql", "-", "--format", "csv", input=q)
    assert r.exit_code == 0, r.output
    assert r.output.splitlines() == ["t", "ent:PTEN"]


def test_sparql_standard_result_formats():
    q = "SELECT ?t WHERE { ?m exokg:decreases ?t }"
    data = json.loads(run("sparql", q, "--param", "m=miR-21", "--format", "sparql-json").output)
    assert data["head"]["vars"] == ["t"]
    assert data["results"]["bindings"] == [{"t": {"type": "uri", "value": "https://w3id.org/exokg/entity/PTEN"}}]
    r = run("sparql", q, "--param", "m=miR-21", "--format", "sparql-csv")
    assert r.stdout_bytes == b"t\r\nhttps://w3id.org/exokg/entity/PTEN\n"


def test_sparql_errors():
    r = run("sparql", "DELETE WHERE { ?s ?p ?o }")
    assert r.exit_code == 1 and "read-only" in r.output
    r = run("sparql", "SELECT ?s WHERE { ?s ?p }")
    assert r.exit_code == 1 and "line 1" in r.output


@pytest.mark.parametrize("arg", ["my_query.rq", "queries/missing.sparql"])
def test_sparql_missing_file_says_no_such_file(arg):
    """Pins down a missing query file reported as a SPARQL syntax error at line 1."""
    r = run("sparql", arg)
    assert r.exit_code == 2
    assert f"no such file: {arg}" in r.output
    assert "syntax" not in r.output


def test_sparql_folder_is_not_a_query(tmp_path):
    r = run("sparql", str(tmp_path))
    assert r.exit_code == 2 and "is a folder" in r.output


def test_sparql_term_outside_the_ontology_names_the_closest():
    r = run("sparql", "SELECT ?t WHERE { ent:miR-21 exokg:decrease ?t }")
    assert r.exit_code == 1
    assert "exokg:decrease is not a term of the exokg ontology; did you mean exokg:decreases" in r.output


# -- hostile or careless input: long inline queries, deep nesting, SERVICE -------------------------


def test_a_long_inline_query_is_a_query_not_a_file_name() -> None:
    """An inline query over 255 characters without '/' died with OSError: File name too long."""
    query = 'SELECT ?s WHERE { ?s ?p ?o FILTER(?o != "' + "x" * 300 + '") } LIMIT 1'
    result = CliRunner().invoke(main, [*MINI_ARGS, "sparql", query, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("[")


def test_deep_nesting_is_a_clear_error_not_a_crash(tmp_path) -> None:
    """5,000 nested braces crashed `kg sparql -` (exit 139, a segfault in pyoxigraph)."""
    query = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    run = subprocess.run([sys.executable, "-m", "kg.cli", *MINI_ARGS, "sparql", "-"], input=query,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "5000 levels deep; the limit is 32" in run.stderr and "Traceback" not in run.stderr


def test_service_is_refused_on_the_command_line(monkeypatch) -> None:
    monkeypatch.delenv("KG_ALLOW_SERVICE", raising=False)
    with peer() as p:
        result = CliRunner().invoke(main, [*MINI_ARGS, "sparql",
                                           f"SELECT * WHERE {{ SERVICE SILENT <{p.url}/sparql> {{ ?s ?p ?o }} }}"])
    assert result.exit_code == 1 and "SERVICE is refused" in result.output
    assert p.requests == []
