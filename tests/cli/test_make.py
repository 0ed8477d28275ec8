"""Commands that make outputs (build, validate, stats), through CliRunner."""
from __future__ import annotations

import json

from click.testing import CliRunner

from kg.cli import main


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result


def test_validate_passes_on_the_seeds():
    r = run("validate")
    assert r.exit_code == 0, r.output
    assert r.output.startswith("OK:")


def test_stats_table_and_json():
    r = run("stats")
    assert r.exit_code == 0 and "statements by relation" in r.output
    data = json.loads(run("stats", "--format", "json").output)
    assert data["documents"] == 4 and data["statements"] == sum(data["statements_by_relation"].values())


def test_reads_a_built_graph_file(tmp_path):
    assert run("build", "--out", str(tmp_path)).exit_code == 0
    r = run("--graph", str(tmp_path / "kg.ttl"), "path", "miR-21", "PTEN", "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)[0]["path"] == "miR-21 -decreases-> PTEN  [net -]"
