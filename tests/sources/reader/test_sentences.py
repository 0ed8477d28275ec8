"""Sentence splitting keeps offsets; boilerplate and references are dropped."""
from __future__ import annotations

from kg.sources.reader.sentences import is_reference, split_sentences


def test_offsets_and_abbreviations():
    text = "Fig. 2 shows it (e.g. BDNF). miR-21 fell.\nNext line"
    got = split_sentences(text)
    assert [s.text for s in got] == ["Fig. 2 shows it (e.g. BDNF).", "miR-21 fell.", "Next line"]
    assert all(text[s.start : s.end] == s.text for s in got)


def test_reference_entries():
    assert is_reference("Sun, Y., Zhang, W. & Li, X. Title of a paper")
    assert not is_reference("MSC exosomes cross the barrier.")


def test_a_long_document_without_line_breaks_splits_in_linear_time():
    text = "Exosomes carry miR-21. " * 20_000  # one line; a quadratic splitter would take minutes
    assert len(split_sentences(text)) == 20_000
