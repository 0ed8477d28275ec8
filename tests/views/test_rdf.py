"""kg.views.rdf: Turtle, N-Triples and JSON-LD that read back as the graph, byte-identical for the same triples."""
from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.core import GraphData
from kg.datasets import tiny_graph
from kg.stores.memory import RdflibStore
from kg.views.rdf import canonical, render_jsonld, render_ntriples, render_turtle
from kg.vocab import PREFIXES, new_graph

TINY = tiny_graph()
RENDERERS = [(render_turtle, "turtle"), (render_ntriples, "nt"), (render_jsonld, "json-ld")]


def same_data_other_order(g: GraphData, triples: list) -> GraphData:
    """*g*'s data over a new store whose triples were inserted in the order of *triples*
    (with *g*'s prefixes, bound in reverse order)."""
    rdf = new_graph()
    for prefix, ns in reversed(list(g.rdf.namespaces())):
        rdf.bind(prefix, ns, override=True, replace=True)
    for t in triples:
        rdf.add(t)
    return GraphData(RdflibStore(rdf), g.ontology, tables=g.tables, statements=g.statements())


@pytest.mark.parametrize("render, fmt", RENDERERS, ids=[r[1] for r in RENDERERS])
def test_each_serialization_reads_back_as_the_graph(render, fmt):
    data = render(TINY)
    assert isomorphic(Graph().parse(data=data, format=fmt), TINY.rdf)
    data.decode("utf-8")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(sorted(TINY.rdf)))
def test_the_bytes_do_not_depend_on_the_order_of_insertion(triples):
    other = same_data_other_order(TINY, triples)
    for render, _ in RENDERERS:
        assert render(other) == render(TINY)


def test_ntriples_are_sorted_lines_without_repeats():
    lines = render_ntriples(TINY).decode("utf-8").split("\n")
    assert lines[-1] == "" and lines[:-1] == sorted(set(lines[:-1]))
    assert len(lines) - 1 == len(TINY.rdf) and all(line.endswith(" .") for line in lines[:-1])


def test_turtle_uses_the_project_prefixes():
    text = render_turtle(TINY).decode("utf-8")
    assert "@prefix exokg: <https://w3id.org/exokg/ontology#> ." in text
    assert "ent:miR-21" in text and "<https://w3id.org/exokg/entity/miR-21>" not in text


def test_json_ld_carries_its_context_inline():
    """Nothing is downloaded at run time: the context is the project's prefixes, not a URL."""
    doc = json.loads(render_jsonld(TINY))
    assert doc["@context"] == dict(PREFIXES)
    nodes = doc["@graph"]
    assert nodes == sorted(nodes, key=lambda v: json.dumps(v, sort_keys=True))


def test_canonical_keeps_the_triples_and_the_prefixes():
    c = canonical(TINY.rdf)
    assert set(c) == set(TINY.rdf)
    assert dict(c.namespaces())["exokg"] == dict(TINY.rdf.namespaces())["exokg"]
