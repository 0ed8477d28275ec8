"""kg.model: frozen claims kept apart from their evidence, that survive a trip through JSON."""
from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg
from kg.errors import InputError, InvalidIdentifierError
from kg.model import Document, Entity, Evidence, Readout, Relation, Statement, Study, Xref, strongest_status
from kg.vocab import STATUSES

from synthetic import corpora

PROPS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
A = Entity("miR-21", "miR-21", "MicroRNA")
B = Entity("PTEN", "PTEN", "GeneOrProtein")


@PROPS
@given(data=st.data())
def test_statements_survive_a_trip_through_json(ontology, data):
    corpus = data.draw(corpora(ontology))
    for s in corpus.statements:
        back = Statement.from_dict(json.loads(json.dumps(s.to_dict())))
        assert back == s
        assert back.subject == s.subject and back.evidence == s.evidence
    for e in corpus.lexicon:
        assert Entity.from_dict(json.loads(json.dumps(e.to_dict()))) == e


def test_the_dict_form_names_id_and_status():
    ev = Evidence("d", "miR-21 suppresses PTEN", 0, 22, "hypothesis", readouts=(Readout("PTEN", "halved"),))
    d = Statement(A, "decreases", B, -1, (ev,)).to_dict()
    assert (d["id"], d["status"], d["sign"]) == (Statement(A, "decreases", B, -1).id, "hypothesis", -1)
    assert list(d["evidence"][0]["readouts"]) == [{"measure": "PTEN", "value": "halved", "comparator": None}]


@PROPS
@given(data=st.data())
def test_the_key_and_the_id_leave_the_evidence_out(ontology, data):
    statements = data.draw(corpora(ontology)).statements
    for s in statements:
        bare = Statement(s.subject, s.predicate, s.object, s.sign)
        assert (bare.key(), bare.id) == (s.key(), s.id)
    for s in statements:
        for t in statements:
            assert (s.id == t.id) == (s.key() == t.key())


def test_ids_are_stable_across_versions():
    """A statement's IRI is made from its id: the id of a claim must not change between releases."""
    assert Statement(A, "decreases", B, -1).id == "39eb693d76ebd5f3"
    assert "stmt:39eb693d76ebd5f3" in kg.datasets.tiny_graph().rdf.serialize(format="turtle")


@PROPS
@given(st.lists(st.sampled_from(STATUSES), min_size=1, max_size=6))
def test_a_statement_is_as_firm_as_its_firmest_evidence(statuses):
    evidence = tuple(Evidence("d", "q", i, i + 1, status) for i, status in enumerate(statuses))
    status = Statement(A, "increases", B, 1, evidence).status
    assert status in statuses
    assert all(STATUSES.index(status) <= STATUSES.index(x) for x in statuses)
    assert strongest_status(statuses) == status


def test_a_statement_without_evidence_is_a_question():
    assert Statement(A, "increases", B, 1).status == "question"


@pytest.mark.parametrize("statuses, message", [
    (["rumour"], "unknown epistemic status 'rumour'; use one of finding, prediction, hypothesis, question"),
    (["finding", "Finding"], "unknown epistemic status 'Finding'"),
])
def test_an_unknown_status_is_named(statuses, message):
    """Regression: an unknown status raised a bare ValueError ("tuple.index(x): x not in tuple")."""
    with pytest.raises(InputError, match=message):
        strongest_status(statuses)


def test_a_graph_read_from_rdf_with_an_unknown_status_says_which(tmp_path):
    ttl = kg.datasets.tiny_graph().rdf.serialize(format="turtle")
    assert "exokg:Hypothesis" in ttl
    bad = tmp_path / "bad.ttl"
    bad.write_text(ttl.replace("exokg:Hypothesis", "exokg:Rumour"), encoding="utf-8")
    g = kg.load(bad)  # the evidence that cannot be read is left out, and said so
    assert any("Rumour" in ex["triple"][2] and "epistemic status" in ex["reason"] for ex in g.tables.report["examples"])
    st_ = g.stats()
    assert st_["statements"] == 4 == sum(st_["statements_by_status"].values()) == len(g.statements())


@pytest.mark.parametrize("role, sign, path_sign", [
    ("causal", -1, -1), ("causal", 1, 1), ("causal", 0, 0),
    ("transparent", 1, 1), ("transparent", -1, 1),
    ("descriptive", 1, 0), ("descriptive", 0, 0),
])
def test_a_relation_acts_on_a_path_by_its_role(role, sign, path_sign):
    assert Relation("r", "r", sign, role).path_sign == path_sign


@pytest.mark.parametrize("curie, iri", [
    ("CL:0000134", "http://purl.obolibrary.org/obo/CL_0000134"),
    ("HGNC:9588", "https://identifiers.org/hgnc:9588"),
    ("mirbase.mature:MIMAT0000076", "https://identifiers.org/mirbase.mature:MIMAT0000076"),
])
def test_xrefs_expand_to_iris(curie, iri):
    assert Xref(curie).iri == iri


@pytest.mark.parametrize("curie", ["XYZ:1", "CL", "CL:"])
def test_an_xref_that_cannot_expand_says_so(curie):
    with pytest.raises(InvalidIdentifierError, match=rf"cannot expand CURIE '{curie}': known prefixes are .*CL"):
        Xref(curie).iri


def test_an_entity_reads_as_its_label_and_lives_under_the_entity_namespace():
    e = Entity("axon-regeneration", "axon regeneration", "BiologicalProcess")
    assert str(e) == "axon regeneration"
    assert e.iri == "https://w3id.org/exokg/entity/axon-regeneration"


def test_evidence_context_lists_only_the_slots_set():
    ev = Evidence("d", "q", 0, 1, organism="rat", site="spinal-cord", study="doe2020")
    assert ev.context() == {"organism": "rat", "site": "spinal-cord"}
    assert Evidence("d", "q", 0, 1).context() == {}


def test_a_statement_lists_its_documents_once_each_in_order():
    ev = (Evidence("d2", "q", 0, 1), Evidence("d1", "q", 5, 6), Evidence("d2", "r", 9, 10))
    assert Statement(A, "decreases", B, -1, ev).documents == ("d1", "d2")


def test_model_objects_are_frozen_and_equal_evidence_is_one():
    ev = Evidence("d", "q", 0, 1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.quote = "other"  # type: ignore[misc]
    assert len({ev, Evidence("d", "q", 0, 1), Evidence("d", "q", 0, 1, "hypothesis")}) == 2


@pytest.mark.parametrize("study, text", [
    (Study("doe2020", "Doe et al.", 2020, journal="Nature"), "Doe et al. (2020) Nature"),
    (Study("doe2020", "Doe et al."), "Doe et al."),
    (Study("s1"), "s1"),
])
def test_a_study_reads_as_a_citation(study, text):
    assert str(study) == text


def test_a_document_finds_its_studies_by_id():
    doc = Document("m01", "text", "0" * 64, studies=(Study("doe2020"), Study("roe2021")))
    assert doc.study("roe2021") == Study("roe2021")
    assert doc.study("nobody") is None


def test_an_entity_list_makes_each_entity_once_and_behaves_as_a_sequence():
    from kg.model import EntityList, LazyMap

    made = []
    el = EntityList(["a", "b", "c"], ["A", "B", "C"], ["MicroRNA"] * 3,
                    synonyms=LazyMap({1: ["bee"]}, lambda v: made.append(v) or tuple(v)), generic=[2])
    assert len(el) == 3 and el.ids == ["a", "b", "c"] and made == []
    assert el[1].synonyms == ("bee",) and el[1] is el[-2] and made == [["bee"]]
    assert el[2].generic and not el[0].generic and [e.id for e in el[:2]] == ["a", "b"]
    assert el == [Entity("a", "A", "MicroRNA"), el[1], el[2]] and el != [el[0]]
    with pytest.raises(IndexError):
        el[3]
    with pytest.raises(ValueError, match="columns disagree"):
        EntityList(["a"], [], ["MicroRNA"])
