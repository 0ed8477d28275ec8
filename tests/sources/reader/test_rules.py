"""Sentence rules about where vesicles come from."""
from __future__ import annotations

import pytest

from kg.sources.reader import read_text


def test_vesicles_that_cells_shed():
    got = {(s.subject.label, s.predicate) for s in read_text("We studied the EVs that the MSCs shed.").statements}
    assert ("mesenchymal stem cell", "secretes") in got


def test_circulation_is_blood():
    got = {(s.predicate, s.object.id) for s in read_text("MSC exosomes persist in the circulation.").statements}
    assert ("located_in", "blood") in got


def test_vesicles_from_cells_are_the_short_form_after_the_cells():
    # "exosomes from X (ADSC-Exos)": one entity, so later sentences with "ADSC-Exos" speak of the same vesicles
    text = ("Exosomes from adipose-derived stem cells (ADSC-Exos) were isolated. "
            "In mice, exosomes from adipose-derived mesenchymal stem cells (ADSC-Exos) reduced IL-17.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(text).statements}
    assert ("ADSC-Exos", "decreases", "IL-17") in got
    assert ("ADSC-Exos", "derives_from", "adipose-derived mesenchymal stem cell") in got


def test_a_therapy_named_by_its_vesicles_is_done_by_them():
    text = "Tonsil-derived MSCs (T-MSCs) were used. T-MSC exosomes transplantation decreased IL-6 in mice."
    got = {(s.subject.label, s.subject.type, s.predicate, s.object.label) for s in read_text(text).statements}
    assert ("T-MSC exosome", "Exosome", "decreases", "interleukin 6") in got


def test_vesicles_from_primed_cells_come_from_those_cells():
    """ "EVs from IFN-γ-primed MSCs": the cytokine that primed them stood between the vesicles and their cells."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Extracellular vesicles from IFN-γ-primed mesenchymal stem cells repress atopic dermatitis in mice.").statements}
    assert ("mesenchymal stem cell extracellular vesicle", "derives_from", "mesenchymal stem cell") in got, got
    assert ("mesenchymal stem cell extracellular vesicle", "ameliorates", "atopic dermatitis") in got, got


def test_vesicles_from_cells_given_something_without_a_name_come_from_the_cells():
    """ "Exosomes derived from heat shock preconditioned MSCs": the words before the cells name no entity."""
    from kg.sources.reader import Reader

    for text in ("Exosomes derived from heat shock preconditioned mesenchymal stem cells alleviate ototoxicity.",
                 "Exosomes from hypoxia-pretreated mesenchymal stem cells alleviate ototoxicity."):
        got = {(s.predicate, s.object.label) for s in Reader().read(text).statements}
        assert ("derives_from", "mesenchymal stem cell") in got, (text, got)


def test_vesicles_secreted_by_cells_past_a_word_or_with_a_short_form_are_theirs():
    """ "secreted by human MSCs", "secreted by ... cells (ADSC-Exos)": the cells secrete those vesicles,
    and cells after their tissue are named by both ("bone marrow mesenchymal stem cells", that tissue's MSCs)."""
    for text, cells, vesicles in (
            ("EVs secreted by human MSCs influence the proliferation of T cells.", "MSCs",
             "mesenchymal stem cell extracellular vesicle"),
            ("Exosomes secreted by adipose-derived stem cells (ADSC-Exos) reduce apoptosis.", "adipose-derived stem cells",
             "ADSC-Exos"),
            ("Small extracellular vesicles secreted by bone marrow mesenchymal stem cells (BMSC-sEVs) reduce apoptosis.",
             "bone marrow mesenchymal stem cells", "BMSC-sEVs")):
        r = read_text(text)
        got = {(a.text, s.predicate, s.object.label) for s, (a, _) in zip(r.statements, r.arguments)}
        assert (cells, "secretes", vesicles) in got, (text, got)
    r = read_text("Exosomes derived from bone marrow mesenchymal stem cells alleviate pain.")
    got = {(s.predicate, b.text, b.identifier) for s, (_, b) in zip(r.statements, r.arguments)}
    assert ("derives_from", "bone marrow mesenchymal stem cells", "CL:0002540") in got, got


def test_vesicles_extracted_from_cells_come_from_them():
    got = {(s.predicate, s.object.label) for s in read_text("Exosomes were extracted from MSCs and identified.").statements}
    assert ("derives_from", "mesenchymal stem cell") in got, got


@pytest.mark.parametrize("sentence", ["Exosomes from various ADSCs were administered.",
                                      "Exosomes from different MSCs reduced apoptosis.",
                                      "Exosomes derived from both MSCs were compared."])
def test_vesicles_from_some_of_the_cells_come_from_those_cells(sentence):
    """ "Exosomes from various ADSCs": which or how many of the cells does not hide where the vesicles come from."""
    assert any(s.predicate == "derives_from" and s.subject.type in ("Exosome", "ExtracellularVesicle")
               for s in read_text(sentence).statements), [str(s) for s in read_text(sentence).statements]
