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


def test_a_text_with_no_sentence_end_is_cut_at_clause_breaks_into_bounded_pieces():
    """Work per sentence grows with the sentence, so an endless one (a pasted table, hostile input) is cut."""
    from kg.sources.reader.sentences import MAX_SENTENCE

    text = "after EV treatment, MMP2 was decreased in rats and " * 400
    pieces = split_sentences(text)
    assert len(pieces) > 1 and max(len(p.text) for p in pieces) <= MAX_SENTENCE
    assert all(text[p.start : p.end] == p.text for p in pieces)
    assert all(p.text.endswith(",") or p is pieces[-1] for p in pieces), [p.text[-10:] for p in pieces]


def test_statistics_in_brackets_do_not_hide_the_next_object_and_stay_in_the_quote():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes significantly reduced IL-6 levels (P < 0.01) and TNF-α expression (n = 6) in mice.")
    got = {s.object.label: s.evidence[0].quote for s in res.statements if s.predicate == "decreases"}
    assert set(got) == {"interleukin 6", "tumor necrosis factor"}, got
    assert "(P < 0.01) and TNF-α" in got["tumor necrosis factor"], got


def test_a_common_misspelling_is_read_as_the_name_and_quoted_as_written():
    """ "Bone morrow-derived MSCs" are bone marrow MSCs (CL:0002540); the mention keeps the document's words."""
    from kg.sources.reader import Reader

    result = Reader().read("Bone morrow-derived mesenchymal stem cells (MSCs) were infused. MSCs improved liver regeneration.")
    cells = [m for m in result.mentions if m.entity.type == "MesenchymalStemCell"]
    assert cells and {m.identifier for m in cells} == {"CL:0002540"}, [(m.text, m.identifier) for m in cells]
    assert cells[0].text == "Bone morrow-derived mesenchymal stem cells", cells[0].text
    assert [s.evidence[0].quote for s in result.statements if s.predicate == "increases"] == ["MSCs improved liver regeneration"]
