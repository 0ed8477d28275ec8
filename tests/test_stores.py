"""kg.stores: store engines registered by name in one place, made empty and ready to load."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import StoreError, UnknownStoreEngineError
from kg.stores import ENGINES, engine, make_store
from kg.stores.base import Store

TRIPLE = (URIRef("urn:a"), URIRef("urn:p"), Literal("x"))


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_every_registered_engine_is_a_store_named_as_registered(name):
    cls = engine(name)
    assert issubclass(cls, Store) and cls.name == name


@pytest.mark.parametrize("name", sorted(ENGINES))
def test_a_new_store_is_empty_and_loads_and_answers(name):
    store = make_store(name)
    assert len(store) == 0 and store.name == name
    g = Graph()
    g.add(TRIPLE)
    store.add_graph(g)
    assert len(store) == 1 and isomorphic(store.graph(), g)
    assert store.query("SELECT ?o WHERE { <urn:a> <urn:p> ?o }").to_python() == [{"o": "x"}]


def test_each_call_makes_a_new_store():
    a, b = make_store("oxigraph"), make_store("oxigraph")
    g = Graph()
    g.add(TRIPLE)
    a.add_graph(g)
    assert (len(a), len(b)) == (1, 0)


def test_options_reach_the_engine(tmp_path):
    g = Graph()
    g.add(TRIPLE)
    assert set(make_store("rdflib", graph=g).graph()) == {TRIPLE}  # the graph reached the engine
    on_disk = make_store("oxigraph", path=tmp_path / "ox")
    on_disk.add_graph(g)
    on_disk.flush()
    assert any((tmp_path / "ox").iterdir())


@pytest.mark.parametrize("name", ["sqlite", "", "RDFLIB", "kg.stores.memory"])
def test_an_unknown_engine_lists_the_known_ones(name):
    with pytest.raises(UnknownStoreEngineError, match=rf"^unknown store engine '{name}'; available: oxigraph, rdflib$"):
        make_store(name)
    with pytest.raises(StoreError):  # one except clause catches every store problem
        engine(name)
