"""The parser: mentions merged into single tokens, offsets kept, only spans that align."""
from __future__ import annotations

import pytest

from kg.sources.reader.parse import Parser


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser()


def test_mentions_become_single_tokens(parser):
    text = "Exosomes carrying miR-199a-3p/145-5p suppressed TLR4/NF-κB signaling in neurons."
    spans = [(0, 8), (18, 36), (48, 68), (72, 79)]
    [p] = parser.parse([(text, spans)])
    assert sorted(p.spans.values()) == spans  # each mention is one token
    verb = next(t for t in p.doc if t.text == "suppressed")
    assert text[p.offset(verb.idx):].startswith("suppressed")  # offsets map back to the sentence
    assert verb.dep_ == "ROOT" and {c.dep_ for c in verb.children} >= {"nsubj", "dobj"}


def test_unicode_hyphens_and_offsets(parser):
    text = "Then IL\u20101\u03b2 raised TNF\u2010\u03b1."
    [p] = parser.parse([(text, [(5, 10), (18, 23)])])
    raised = next(t for t in p.doc if t.text == "raised")
    assert text[p.offset(raised.idx):p.offset(raised.idx) + 6] == "raised"


def test_many_sentences_in_one_batch_keep_their_order(parser):
    items = [(f"Exosomes suppressed gene{i} today.", [(0, 8), (20, 25)]) for i in range(5)]
    assert [p.doc.text for p in parser.parse(items)] == ["Cells suppressed John today."] * 5


def test_a_title_in_title_case_parses_as_the_sentence_it_is():
    """ "Exosomes Promote Trophoblast Cell Proliferation by Targeting TFPI2": the parser took the capitalised words
    for names, so the chain through TFPI2 was lost; in small letters the same title gave it."""
    from kg.sources.reader import Reader

    def said(text: str) -> set[tuple[str, str, str]]:
        return {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}

    title = said("Extracellular Vesicles Derived from Human Umbilical Cord Mesenchymal Stem Cells Promote Trophoblast "
                 "Cell Proliferation and Migration by Targeting TFPI2 in Preeclampsia")
    assert {("TFPI2", "decreases", "trophoblast cell proliferation"),
            ("TFPI2", "decreases", "trophoblast cell migration")} <= title, title


def test_a_name_after_a_slash_is_a_word_of_its_own(parser):
    """ "via miR-1290/IGF2BP1/PTEN pathway": the miRNA is one mention and the rest another; glued by the
    slash the parser made one token of "/" and the name, and the chain through the miRNA was lost."""
    from kg.sources.reader import Reader

    text = "MSC exosomes suppressed macrophage infiltration via miR-1290/IGF2BP1/PTEN pathway in the plaque."
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}
    assert ("miR-1290", "decreases", "macrophage infiltration") in got, got
    [p] = parser.parse([("It acts via ABC/PTEN.", [(16, 20)])])
    assert [t.text for t in p.doc][-3:] == ["ABC", "John", "."] and p.spans == {4: (16, 20)}
