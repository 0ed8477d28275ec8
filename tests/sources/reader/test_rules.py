"""Sentence rules about where vesicles come from."""
from __future__ import annotations

from kg.sources.reader import read_text


def test_vesicles_that_cells_shed():
    got = {(s.subject.label, s.predicate) for s in read_text("We studied the EVs that the MSCs shed.").statements}
    assert ("mesenchymal stem cell", "secretes") in got


def test_circulation_is_blood():
    got = {(s.predicate, s.object.id) for s in read_text("MSC exosomes persist in the circulation.").statements}
    assert ("located_in", "blood") in got
