"""GraphML and Cytoscape.js exports: they read back through networkx with labels, types and signs."""
from __future__ import annotations

import io
import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.views.base import writer
from kg.views.network import render_cyjs, render_graphml
from helpers import MINI_ARGS


EFFECT = {1: "increase", -1: "decrease", 0: "unsigned"}


def _read_graphml(data: bytes) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(data), force_multigraph=True)


def _read_cyjs(data: bytes) -> nx.MultiDiGraph:
    return nx.cytoscape_graph(json.loads(data))


@pytest.mark.parametrize("render, read", [(render_graphml, _read_graphml), (render_cyjs, _read_cyjs)],
                         ids=["graphml", "cyjs"])
def test_round_trip_keeps_labels_types_signs_and_evidence(mini_graph, render, read):
    G = read(render(mini_graph))
    assert G.is_directed() and G.is_multigraph()
    assert {n: (d["label"], d["type"]) for n, d in G.nodes(data=True)} == {
        e.id: (e.label, e.type) for e in mini_graph.entities()}
    assert G.nodes["MSC"]["synonyms"] == "MSC; MSCs; mesenchymal stem cells"
    assert G.nodes["MSC"]["xrefs"] == "CL:0000134"
    assert (G.nodes["MSC"]["identifier"], G.nodes["MSC"]["equivalent_identifiers"]) == ("CL:0000134", "ent:MSC")
    assert (G.nodes["MSC-exosome"]["identifier"], G.nodes["MSC-exosome"]["equivalent_identifiers"]) == \
        ("ent:MSC-exosome", "")  # no standard term: the project's own CURIE
    edges = {k: (u, v, d) for u, v, k, d in G.edges(keys=True, data=True)}
    assert len(edges) == len(mini_graph.statements())
    relations = mini_graph.ontology.relations
    for s in mini_graph.statements():
        u, v, d = edges[s.id]
        assert (u, v, d["relation"]) == (s.subject.id, s.object.id, s.predicate)
        assert int(d["sign"]) == relations[s.predicate].path_sign
        assert d["effect"] == EFFECT[relations[s.predicate].path_sign]
        assert d["status"] == s.status
        evidence = json.loads(d["evidence"])
        assert [e["quote"] for e in evidence] == [e.quote for e in s.evidence]
        assert {e["document_title"] for e in evidence} == {"A tiny test document"}


def test_signs_are_those_of_the_relations(mini_graph):
    G = _read_graphml(render_graphml(mini_graph))
    signs = {(u, v): int(d["sign"]) for u, v, d in G.edges(data=True)}
    assert signs[("miR-21", "PTEN")] == -1
    assert signs[("MSC", "MSC-exosome")] == 1  # secretes passes its cargo's effect through


def test_graphml_key_ids_are_unique(mini_graph):
    """Regression: attribute names as key ids made two <key id="label"> (node and edge): invalid GraphML."""
    root = ET.fromstring(render_graphml(mini_graph))
    ids = [k.get("id") for k in root.iter("{http://graphml.graphdrawing.org/xmlns}key")]
    assert len(ids) == len(set(ids))


def test_cyjs_has_what_cytoscape_needs(mini_graph):
    doc = json.loads(render_cyjs(mini_graph))
    assert all({"id", "name", "type"} <= n["data"].keys() for n in doc["elements"]["nodes"])
    assert all({"id", "source", "target", "interaction"} <= e["data"].keys() for e in doc["elements"]["edges"])


@pytest.mark.parametrize("fmt", ["graphml", "cyjs"])
def test_exports_are_deterministic_and_registered(mini_graph, fmt):
    w = writer(fmt)
    assert w.render(mini_graph) == w.render(mini_graph)
    assert w.suffix == "." + fmt


def test_export_command(tmp_path):
    out = tmp_path / "kg.graphml"
    result = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "graphml", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _read_graphml(out.read_bytes()).number_of_edges() == 5
    result = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "cyjs"])
    assert result.exit_code == 0
    assert _read_cyjs(result.stdout_bytes).number_of_nodes() == 7
    result = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "gexf"])
    assert result.exit_code == 1
    assert "unknown output format 'gexf'; available: cyjs, graphml, jsonld, kgx, ntriples, turtle" in result.output
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(main, [*MINI_ARGS, "export", "--format", "cyjs", "--out", str(blocker / "x.cyjs")])
    assert result.exit_code == 1 and "cannot write to" in result.output
