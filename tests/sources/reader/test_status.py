"""Epistemic status from the words of the sentence."""
from __future__ import annotations

import pytest

from kg.sources.reader.status import status_of


@pytest.mark.parametrize("scope, status", [
    ("miR-21 suppresses PTEN", "finding"),
    ("miR-21 may suppress PTEN", "hypothesis"),
    ("these results suggest that miR-21 suppresses PTEN", "hypothesis"),
    ("miR-21 will suppress PTEN in patients", "prediction"),
    ("whether miR-21 suppresses PTEN remains unclear", "question"),
])
def test_status(scope, status):
    assert status_of(scope) == status


def test_a_trend_is_no_finding():
    from kg.sources.reader import Reader

    (s,) = Reader().read("Exosomes tended to reduce IL-6, although not significantly.").statements
    assert (s.predicate, s.evidence[0].status) == ("decreases", "hypothesis")


def test_a_claim_said_to_be_still_open_right_after_it_is_a_question():
    """ "The protective effect of X against sepsis remains unclear": the open state comes after the claim's own words,
    yet it is what they are said to be; a later clause of its own ("..., and the mechanism remains unclear") leaves a
    finding a finding."""
    from kg.sources.reader import read_text

    r = read_text("The protective effect of MSC exosomes against sepsis remains unclear. The inhibition of PTEN by miR-21 "
                  "in chondrocytes remains poorly understood. miR-155 reduced IL-6, and the mechanism remains unclear.")
    got = {(s.subject.label, s.predicate, s.object.label): s.evidence[0].status for s in r.statements}
    assert got.get(("mesenchymal stem cell exosome", "ameliorates", "sepsis")) == "question", got
    assert got.get(("miR-21", "decreases", "PTEN")) == "question", got
    assert got.get(("miR-155", "decreases", "interleukin 6")) == "finding", got


def test_could_that_reports_a_result_is_a_finding():
    """ "The results showed that X could significantly reduce Y", "Y loss could be observed", "EVs could be absorbed by
    the cells": "could" says what was seen, not what might be. As a hedge ("X could be a target", "the results
    suggest that X could reduce Y") it still hedges."""
    from kg.sources.reader import read_text

    def status(text: str) -> set[str]:
        return {s.evidence[0].status for s in read_text(text).statements if s.predicate != "derives_from"}

    assert status("The results showed that MSC exosomes could significantly reduce IL-6.") == {"finding"}
    assert status("We found that MSC exosomes could inhibit apoptosis.") == {"finding"}
    assert status("MSC exosomes could be taken up by neurons.") == {"finding"}
    assert status("The results suggest that MSC exosomes could reduce IL-6.") == {"hypothesis"}
    assert status("MSC exosomes could reduce IL-6.") == {"hypothesis"}


def test_a_therapy_promised_is_a_prediction_not_a_finding():
    """ "MSC exosomes are a promising therapy for colitis", "hold great promise for" a disease: what a therapy is
    expected to do, not what was shown; a "promising source of MSCs" promises no therapy."""
    from kg.sources.reader import read_text

    def status(text: str) -> set[str]:
        return {s.evidence[0].status for s in read_text(text).statements if s.predicate == "ameliorates"}

    assert status("MSC exosomes are a promising therapy for colitis.") == {"prediction"}
    assert status("MSC exosomes hold great promise for the treatment of sepsis.") == {"prediction"}
    assert status("MSC exosomes alleviated colitis in mice.") == {"finding"}
    from kg.sources.reader.status import status_of
    assert status_of("iPSCs have become a promising source of MSCs") == "finding"


def test_where_vesicles_come_from_is_a_finding_whatever_the_sentence_hedges():
    """ "These results suggest that MSC-derived exosomes reduce IL-6": the hedge is on the reduction; the name says
    where the exosomes come from."""
    from kg.sources.reader import read_text

    got = {s.predicate: s.evidence[0].status
           for s in read_text("These results suggest that MSC-derived exosomes reduce IL-6.").statements}
    assert got == {"derives_from": "finding", "decreases": "hypothesis"}, got


def test_a_claim_thought_to_hold_is_a_hypothesis_and_an_aim_to_determine_if_a_question():
    """ "MSC-Exos were thought to carry proteins" is what is believed (before: a finding); "the aim was to determine
    if X reduces Y" asks, as "whether" does (before: a hypothesis, from the bare "if")."""
    from kg.sources.reader import read_text

    r = read_text("MSC exosomes are thought to carry miR-21. The aim was to determine if MSC exosomes reduce IL-6.")
    got = {(b.text, s.evidence[0].status) for s, (a, b) in zip(r.statements, r.arguments)}
    assert ("miR-21", "hypothesis") in got and ("IL-6", "question") in got, got
