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
