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
    (lambda d: np.save(d / "quote_ptr.npy", np.array([0, 3], dtype=np.int64)), "quote offsets"),
    (lambda d: (d / "quotes.bin").write_bytes((d / "quotes.bin").read_bytes()[:-1]), "quote offsets"),
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


def test_a_reopened_graph_makes_only_the_entities_an_answer_needs(tmp_path):
    """Reopening a saved graph reads the entity columns; a path question by id makes the entity
    objects of its answer, not one per entity of the graph."""
    from kg.stores.folder import build_store

    from kg.ontology import Ontology

    g = make_graph(Ontology.load(), 40, [(i, i + 1, "increases", "finding") for i in range(39)])
    build_store(tmp_path / "s", g)
    again = kg.load(tmp_path / "s")
    (path,) = again.paths("n3", "n5", max_hops=3)
    assert [s.subject.id for s in path.steps] == ["n3", "n4"]
    made = sum(e is not None for e in again.tables.entities._made)
    assert 0 < made <= 5, made
    assert list(again.tables.entities) == list(g.tables.entities)  # and every one on demand


def _merged_one_by_one(a, b, ontology):
    """The merge as first written: every statement and evidence of both, one at a time (the oracle
    for the array merge, which must give the same tables)."""
    import math
    from collections import defaultdict

    from kg.tables import CURATIONS, NONE, _Builder, _ev_key
    from kg.vocab import MODEL_SYSTEMS, STATUSES as ALL

    entities = {e.id: e for e in a.entities}
    entities.update({e.id: e for e in b.entities})
    ents = sorted(entities.values(), key=lambda e: e.id)
    eidx = {e.id: i for i, e in enumerate(ents)}
    relations = tuple(ontology.relations)
    docs = {**a.documents, **b.documents}
    doc_ids = sorted(set(a.doc_ids) | set(b.doc_ids) | set(docs))
    didx = {d: i for i, d in enumerate(doc_ids)}
    rows = defaultdict(list)
    for t in (a, b):
        for i in range(t.n_statements):
            rows[(t.entities[t.st_subj[i]].id, t.relations[t.st_rel[i]], t.entities[t.st_obj[i]].id)].append((t, i))
    out = _Builder()
    for key in sorted(rows):
        (t0, i0), *_ = rows[key]
        out.statement(eidx[key[0]], relations.index(key[1]), eidx[key[2]], t0.st_iri.get(i0))
        evs = {}
        for t, i in rows[key]:
            for j in range(int(t.ev_ptr[i]), int(t.ev_ptr[i + 1])):
                evs.setdefault(t.evidence_iri(j), (t, j))
        for _, (t, j) in sorted(evs.items(), key=lambda kv: _ev_key(*kv[1])):
            conf = float(t.ev_conf[j])
            out.evidence(didx[t.doc_ids[t.ev_doc[j]]], ALL[t.ev_status[j]], CURATIONS[t.ev_curation[j]],
                         int(t.ev_start[j]), int(t.ev_end[j]),
                         [eidx[t.entities[v].id] if v != NONE else None for v in t.ev_ctx[j].tolist()],
                         MODEL_SYSTEMS[t.ev_model[j]] if t.ev_model[j] != NONE else None,
                         None if math.isnan(conf) else conf, t.ev_aid[j], t.ev_study.get(j), t.ev_note.get(j),
                         t.ev_readouts.get(j, ()), iri=t.ev_iri.get(j), quote=t.ev_quotes[j])
    return out.tables(ents, relations, dict(sorted(docs.items())), doc_ids)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_merging_tables_as_arrays_gives_what_merging_one_by_one_gives(ontology, data):
    """Property: the merge kg ingest and kg load use (array operations) equals the plain one, for two
    tables sharing statements (with some evidence in both) and an entity the second redefines."""
    from synthetic import corpora

    corpus = data.draw(corpora(ontology))
    ents = list(corpus.lexicon)
    parts = []
    for name in ("a", "b"):
        keep = [s for s in corpus.statements if data.draw(st.booleans(), label=f"{name} keeps")]
        keep = [dataclasses.replace(s, evidence=tuple(e for e in s.evidence if data.draw(st.booleans())) or s.evidence[:1])
                for s in keep]
        if name == "b" and data.draw(st.booleans(), label="restated"):  # same passages (IRIs), another status
            keep = [dataclasses.replace(s, evidence=tuple(dataclasses.replace(e, status="question") for e in s.evidence))
                    for s in keep]
        lex = ents
        if name == "b" and ents and data.draw(st.booleans(), label="redefine"):
            lex = [dataclasses.replace(ents[0], label=ents[0].label + " (new)", synonyms=("again",))] + ents[1:]
            keep = [dataclasses.replace(s, subject=lex[0] if s.subject.id == lex[0].id else s.subject,
                                        object=lex[0] if s.object.id == lex[0].id else s.object) for s in keep]
        parts.append(Tables.from_statements(lex, keep, corpus.documents, ontology))
    a, b = parts
    got, want = a.merged(b, ontology), _merged_one_by_one(a, b, ontology)
    assert list(got.entities) == list(want.entities) and got.doc_ids == want.doc_ids
    for name in Tables.ARRAYS:
        assert np.array_equal(getattr(got, name), getattr(want, name), equal_nan=True), name
    assert got.ev_aid == want.ev_aid and list(got.ev_quotes) == list(want.ev_quotes)
    for name in ("ev_study", "ev_note", "ev_readouts", "st_iri", "ev_iri"):
        assert dict(getattr(got, name)) == dict(getattr(want, name)), name
    quote = lambda iri: ""  # noqa: E731
    assert [got.statement(i, quote) for i in range(got.n_statements)] == \
        [want.statement(i, quote) for i in range(want.n_statements)]


def test_a_reopened_graph_answers_with_quotes_from_its_tables_not_the_store(tmp_path, monkeypatch):
    """The quotes of a saved graph are in its tables (memory-mapped): a path answer after reopening
    quotes its documents verbatim without one store look-up."""
    from kg.stores.folder import build_store
    from kg.stores.oxigraph import OxigraphStore

    build_store(tmp_path / "s", TINY)
    again = kg.load(tmp_path / "s")

    def no_lookup(*args):
        raise AssertionError("a quote was read from the store")

    monkeypatch.setattr(OxigraphStore, "value", no_lookup)
    (path, *_) = again.paths("MSC", "axon regeneration")
    for step in path.steps:
        for e in step.evidence:
            assert e.quote and e.quote == TINY.documents[e.document].text[e.start:e.end]
