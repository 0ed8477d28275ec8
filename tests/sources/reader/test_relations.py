"""Rule-based extraction around trigger words."""
from __future__ import annotations

from kg.lexicon import load_lexicon
from kg.ontology import Ontology
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.relations import clause_start, extract, predicate_for


def test_extract_subject_trigger_object():
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    s = "miR-21 and miR-146a suppress PTEN"
    got = {(c.subject.entity.id, c.predicate, c.object.entity.id) for c in extract(s, rec.find(s), onto)}
    assert got == {("miR-21", "decreases", "PTEN"), ("miR-146a", "decreases", "PTEN")}


def test_clause_start_and_types():
    s = "they are not signals; they are consumed"
    assert s[clause_start(s, s.index("consumed")):] == "they are consumed"
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    [m, d] = rec.find("miR-21 SCI")
    assert predicate_for("decreases", m, d, onto, 1) == "ameliorates"


def test_a_loss_named_after_the_subject_flips_its_sign():
    """ "Nrf2 knockdown inhibited X": the rules read Nrf2 as raising X, not lowering it."""
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    s = "In these cells, PTEN knockdown inhibited apoptosis"
    got = {(c.subject.entity.id, c.predicate, c.object.entity.id) for c in extract(s, rec.find(s), onto)}
    assert ("PTEN", "increases", "apoptosis") in got and ("PTEN", "decreases", "apoptosis") not in got
