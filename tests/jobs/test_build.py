"""The build: outputs in three serializations, byte-identical across runs, isomorphic to the graph."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic
from click.testing import CliRunner

from kg.jobs.build import build
from kg.cli import main
from helpers import ROOT



@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    return build(out), out


@pytest.mark.parametrize("name, fmt", [("kg.ttl", "turtle"), ("kg.nt", "nt"), ("kg.jsonld", "json-ld")])
def test_serializations_round_trip(built, name, fmt):
    result, out = built
    parsed = Graph().parse(out / name, format=fmt)
    assert isomorphic(parsed, result.graph.rdf)


def _build_in_subprocess(out: Path, seed: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(out)], check=True, env=env,
                   cwd=ROOT, capture_output=True)


def test_building_twice_gives_identical_bytes(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _build_in_subprocess(a, "1")
    _build_in_subprocess(b, "2")  # a different hash seed shakes out any set-order dependence
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir())
    assert {"kg.ttl", "kg.nt", "kg.jsonld", "stats.json"} <= set(names)
    for n in names:
        assert (a / n).read_bytes() == (b / n).read_bytes(), f"{n} differs between two builds"


def test_cli_build_reports_what_it_wrote(tmp_path):
    result = CliRunner().invoke(main, ["build", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "statements" in result.output and str(tmp_path / "kg.ttl") in result.output


def test_graph_reopened_from_turtle_equals_the_built_one(built):
    import kg

    result, out = built
    reopened = kg.load(out / "kg.ttl")
    assert [s.to_dict() for s in reopened.statements()] == [s.to_dict() for s in result.graph.statements()]
    assert reopened.stats()["statements_by_relation"] == result.graph.stats()["statements_by_relation"]


def test_validate_proves_quotes_of_a_built_graph_against_the_seeds(built, tmp_path):
    result, out = built
    ok = CliRunner().invoke(main, ["--graph", str(out / "kg.ttl"), "validate"])
    assert ok.exit_code == 0, ok.output
    assert "evidence quotes verbatim at their offsets" in ok.output
    # A graph whose quote was altered after the build is caught, with the statement named.
    ttl = (out / "kg.ttl").read_text(encoding="utf-8")
    assert '"miR-21 suppresses PTEN"' in ttl
    bad = tmp_path / "bad.ttl"
    bad.write_text(ttl.replace('"miR-21 suppresses PTEN"', '"miR-21 inhibits PTEN"', 1), encoding="utf-8")
    r = CliRunner().invoke(main, ["--graph", str(bad), "validate"])
    assert r.exit_code == 1
    assert "quote 'miR-21 inhibits PTEN' is not the text at" in r.output
