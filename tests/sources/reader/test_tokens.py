"""What a parsed word stands for and claims (kg.sources.reader.tokens), on sentences the recognizer and parser read."""
from __future__ import annotations

from kg.sources.reader.tokens import claim_of, given_by, is_inhibitor, mentions_of, relation_of, silenced_subject


def parse(tools, sentence: str):
    """The parsed sentence's tokens and the mention each mention token stands for."""
    parser, rec, _ = tools
    mentions = rec.find(sentence)
    [p] = parser.parse([(sentence, [(m.start, m.end) for m in mentions])])
    by_span = {(m.start, m.end): m for m in mentions}
    return p.doc, {i: by_span[span] for i, span in p.spans.items() if span in by_span}


def word(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_level_a_loss_or_a_blocker_stands_for_what_it_names(tools):
    doc, at = parse(tools, "MSC exosomes raised the expression of PTEN, and knockdown of Nrf2 lowered SOD.")
    assert [m.text for m in mentions_of(word(doc, "expression"), at)] == ["PTEN"]
    assert [m.text for m in mentions_of(word(doc, "knockdown"), at)] == ["Nrf2"]
    doc, at = parse(tools, "TLR4 siRNA abolished the effects of DHT on IL-6.")
    assert [m.text for m in mentions_of(word(doc, "siRNA"), at)] == ["TLR4"]
    assert mentions_of(word(doc, "effects"), at) == []  # what DHT does is not DHT


def test_a_treatment_or_treated_animals_stand_for_what_was_given(tools):
    doc, at = parse(tools, "Mice treated with MSC exosomes showed less IL-6.")
    assert [m.text for m in given_by(word(doc, "Mice"), at)] == ["MSC exosomes"]
    doc, at = parse(tools, "Treatment of chondrocytes with MSC exosomes lowered MMP13.")
    assert [m.text for m in given_by(word(doc, "Treatment"), at)] == ["MSC exosomes"]  # given, not whom


def test_a_verb_that_only_describes_triggers_nothing(tools):
    doc, _ = parse(tools, "Exosomes restored impaired angiogenesis and suppressed apoptosis.")
    assert relation_of(word(doc, "impaired")) is None
    assert relation_of(word(doc, "suppressed")) == "decreases"


def test_a_claim_takes_the_subjects_sign_and_what_the_verb_does_to_a_disease(tools):
    _, rec, onto = tools
    doc, at = parse(tools, "MSC exosomes alleviated spinal cord injury and suppressed IL-6.")
    exo, colitis, il6 = (next(m for m in at.values() if m.text == t) for t in ("MSC exosomes", "spinal cord injury", "IL-6"))
    [c] = claim_of(exo, "decreases", colitis, 1, word(doc, "alleviated"), onto, None, 0.7)
    assert c.predicate == "ameliorates"
    assert claim_of(exo, "decreases", colitis, -1, word(doc, "alleviated"), onto, None, 0.7) == []  # a loss improving it: a curator's
    [c] = claim_of(exo, "decreases", il6, -1, word(doc, "suppressed"), onto, None, 0.7)
    assert c.predicate == "increases"


def test_an_inhibitors_name_is_read_as_what_it_silences(tools):
    _, rec, onto = tools
    doc, at = parse(tools, "MSC-anti-miR-21-Exos suppressed IL-6.")
    inhibitor, il6 = (next(m for m in at.values() if m.text == t) for t in ("MSC-anti-miR-21-Exos", "IL-6"))
    assert is_inhibitor(inhibitor.text) and not is_inhibitor("miR-21")

    def mirna(name):
        return rec.lookup(name) or rec.new_entity(name, "MicroRNA", name)

    assert silenced_subject(inhibitor, mirna).entity.label == "miR-21"
    [c] = claim_of(inhibitor, "decreases", il6, -1, word(doc, "suppressed"), onto, mirna, 0.7)
    assert (c.subject.entity.label, c.predicate) == ("miR-21", "increases")
