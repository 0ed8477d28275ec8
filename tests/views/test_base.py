"""kg.views.base: every output format registered by name, each rendering a graph a reader can open."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

import kg
from kg.datasets import tiny_graph
from kg.files import write_atomic
from kg.views.base import WRITERS, Writer, writer

TINY = tiny_graph()
RDF_WRITERS = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}


def test_the_registry_is_keyed_by_each_writers_name():
    assert all(isinstance(w, Writer) and w.name == name for name, w in WRITERS.items())
    assert len({w.suffix for w in WRITERS.values()}) == len(WRITERS)
    assert all(w.suffix.startswith(".") and w.description for w in WRITERS.values())


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_each_writer_renders_the_graph_as_bytes(name):
    data = writer(name).render(TINY)
    if writer(name).folder:  # a folder format renders each of its files' bytes
        assert isinstance(data, dict) and data and all(isinstance(v, bytes) and v for v in data.values())
    else:
        assert isinstance(data, bytes) and data
    assert writer(name).render(TINY) == data  # the same graph, the same bytes


@pytest.mark.parametrize("name, fmt", sorted(RDF_WRITERS.items()))
def test_an_rdf_output_opens_again_as_the_same_graph(tmp_path, name, fmt):
    w = writer(name)
    path = tmp_path / f"kg{w.suffix}"
    write_atomic(path, w.render(TINY))
    assert isomorphic(Graph().parse(path, format=fmt), TINY.rdf)
    # the suffix is one kg.load knows, so a written file reopens as a graph
    assert [s.to_dict() for s in kg.load(path).statements()] == [s.to_dict() for s in TINY.statements()]


def test_graphml_opens_in_networkx_with_the_entities_and_claims(tmp_path):
    path = tmp_path / f"kg{writer('graphml').suffix}"
    write_atomic(path, writer("graphml").render(TINY))
    G = nx.read_graphml(path)
    assert set(G.nodes) == {e.id for e in TINY.entities()}
    assert G.number_of_edges() == len(TINY.statements())


def test_cytoscape_json_lists_nodes_and_edges():
    doc = json.loads(writer("cyjs").render(TINY))
    elements = doc["elements"]
    assert {n["data"]["id"] for n in elements["nodes"]} == {e.id for e in TINY.entities()}
    assert len(elements["edges"]) == len(TINY.statements())


@pytest.mark.parametrize("name", ["rdfxml", "Turtle", "", ".ttl"])
def test_an_unknown_format_lists_the_known_ones(name):
    with pytest.raises(kg.UnknownFormatError,
                       match=rf"^unknown output format '{name}'; available: cyjs, graphml, jsonld, kgx, ntriples, turtle$"):
        writer(name)
