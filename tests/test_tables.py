"""The model as columns: built from a corpus or a store, saved and loaded as data, merged."""
from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.errors import StoreError
from kg.rdf.from_rdf import read_tables
from kg.tables import Tables
from synthetic import RELATIONS, STATUSES, make_graph

TINY = kg.datasets.tiny_graph()


def quotes(g):
    return g.quote


def test_from_statements_gives_back_every_statement_and_its_evidence():
    t = Tables.from_statements(TINY.entities(), TINY.statements(), TINY.documents, TINY.ontology)
    assert [t.statement(i, quotes(TINY)) for i in range(t.n_statements)] == TINY.statements()
    assert t.entities == TINY.entities() and t.n_evidence == sum(len(s.evidence) for s in TINY.statements())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(3, 6).flatmap(lambda n: st.tuples(st.just(n), st.lists(
    st.tuples(st.integers(0, n - 1), st.integers(0, n - 1), st.sampled_from(RELATIONS), st.sampled_from(STATUSES),
              st.sampled_from(["d1", "d2"])), min_size=1, max_size=12))))
def test_a_store_read_back_is_the_model_that_went_in(ontology, data):
    """Property: the scan of a store's triples gives the statements the corpus assembled, on both engines."""
    n, edges = data
    g = make_graph(ontology, n, edges)
    for engine in ("rdflib", "oxigraph"):
        from kg.stores import make_store

        s = make_store(engine)
        s.add_graph(g.rdf)
        t = read_tables(s, ontology)
        assert [t.statement(i, lambda iri: s.value(iri, str(kg.vocab.EXO.quote)) or "") for i in range(t.n_statements)] \
            == g.statements()
        assert t.report["uninterpreted"] == 0


def test_saved_tables_load_as_the_same_tables(tmp_path):
    TINY.tables.save(tmp_path / "t")
    t = Tables.load(tmp_path / "t")
    assert [t.statement(i, TINY.quote) for i in range(t.n_statements)] == TINY.statements()
    assert t.entities == TINY.entities() and t.documents.keys() == TINY.documents.keys()
    for name in Tables.ARRAYS:
        assert np.array_equal(getattr(t, name), getattr(TINY.tables, name), equal_nan=True), name


@pytest.mark.parametrize("damage, message", [
    (lambda d: (d / "tables.json").unlink(), "cannot be read"),
    (lambda d: (d / "tables.json").write_text("[1, 2"), "cannot be read"),
    (lambda d: (d / "tables.json").write_text(json.dumps({"format": "exokg-tables", "version": 99})), "version 99"),
    (lambda d: np.save(d / "st_subj.npy", np.array([9999] * 5, dtype=np.int32)), "points outside"),
    (lambda d: np.save(d / "ev_ptr.npy", np.array([0, 1], dtype=np.int64)), "ev_ptr has 2 rows"),
    (lambda d: (d / "ev_doc.npy").write_bytes(b"\x93NUMPY not an array"), "cannot be read"),
])
def test_damaged_tables_are_refused_with_the_reason(tmp_path, damage, message):
    TINY.tables.save(tmp_path / "t")
    damage(tmp_path / "t")
    with pytest.raises(StoreError, match=message):
        Tables.load(tmp_path / "t")


def test_an_array_holding_python_objects_is_refused_not_unpickled(tmp_path):
    TINY.tables.save(tmp_path / "t")
    np.save(tmp_path / "t" / "st_rel.npy", np.array([object()] * 5, dtype=object), allow_pickle=True)
    with pytest.raises(StoreError, match="cannot be read"):
        Tables.load(tmp_path / "t")


def test_merging_adds_statements_and_evidence_once(ontology):
    a = make_graph(ontology, 3, [(0, 1, "increases", "finding", "d1")])
    b = make_graph(ontology, 3, [(0, 1, "increases", "finding", "d2"), (1, 2, "decreases", "finding", "d2")])
    merged = a.tables.merged(b.tables, ontology)
    assert merged.n_statements == 2 and merged.n_evidence == 3
    s = merged.statement(0, lambda iri: "q")
    assert [e.document for e in s.evidence] == ["d1", "d2"]
    again = merged.merged(b.tables, ontology)
    assert again.n_evidence == 3  # the same evidence (same IRI) is not added twice


def test_rows_of_a_statement_follow_the_model_order():
    t = TINY.tables
    keys = [(t.entities[s].id, t.relations[r], t.entities[o].id) for s, r, o in zip(t.st_subj, t.st_rel, t.st_obj)]
    assert keys == sorted(keys) == [s.key() for s in TINY.statements()]


def test_an_evidence_without_its_own_iri_scheme_keeps_its_iri():
    t = dataclasses.replace(TINY.tables, ev_iri={0: "urn:elsewhere:ev0"})
    assert t.evidence_iri(0) == "urn:elsewhere:ev0"
    assert t.evidence_iri(1).startswith("https://w3id.org/exokg/evidence/m01/")
