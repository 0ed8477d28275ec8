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
