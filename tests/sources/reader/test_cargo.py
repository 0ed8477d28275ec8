"""What vesicles carry, said around the cargo's name: "miR-29a in BMSC exosomes", "exosomal miR-21"."""
from __future__ import annotations

import pytest


def test_cargo_named_before_its_vesicles_is_carried_by_them():
    """ "miR-29a in exosomes", "(enriched in BMSC exosomes)", "the most enriched miRNA in exosomes",
    a list before "which are highly expressed in exosomes"; not the vesicles a sample was treated with."""
    from kg.sources.reader import Reader

    res = Reader().read("The presence of miR-29a in BMSC exosomes may matter. We studied miR-25b-3p (enriched in "
                        "exosomes) in liver injury. miR-188 was the most enriched miRNA in exosomes. miR-199a-3p and "
                        "miR-145-5p, which are highly expressed in exosomes, promoted neurite outgrowth. PTEN in "
                        "exosome-treated cells was lower. The level of miR-21 in the exosome group was higher.")
    carried = {s.object.label for s in res.statements if s.predicate == "carries"}
    assert carried == {"miR-29a", "miR-25b-3p", "miR-188", "miR-199a-3p", "miR-145-5p"}, carried


def test_a_cargo_upregulated_in_vesicles_is_carried_by_them_but_not_in_treated_cells():
    from kg.sources.reader import Reader

    def got(text):
        return {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}

    assert ("exosome", "carries", "miR-21") in got("The expression of miR-21 was significantly upregulated in exosomes.")
    assert not [g for g in got("miR-21 was upregulated in exosome-treated cells.") if g[1] == "carries"]


@pytest.mark.parametrize("sentence", [
    "miR-21a-5p is the most highly expressed miRNA in MSC-EVs.",
    "miR-21a-5p was the most highly expressed among the various miRNAs contained in MSC-EVs.",
])
def test_the_most_highly_expressed_cargo_of_a_vesicle_is_carried_by_it(sentence):
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(sentence).statements}
    assert ("MSC-EVs", "carries", "miR-21a-5p") in got, got


def test_a_vesicle_name_written_before_a_mirna_says_it_carries_it():
    """ "BMMSC-sEV miR-328a-3p can be transferred ...": the vesicles carry the miRNA; a comma between the two
    names ("MSC-EVs, miR-21 and X") says nothing of the kind."""
    from kg.sources.reader import Reader

    reader = Reader()
    got = {(s.subject.label, s.predicate, s.object.label) for s in reader.read(
        "Studies showed that BMMSC-sEV miR-328a-3p can be transferred from BMMSC to fibroblasts.").statements}
    assert ("BMMSC-sEV", "carries", "miR-328a-3p") in got, got
    got = {(s.subject.label, s.predicate, s.object.label) for s in reader.read(
        "We compared MSC-EVs, miR-21 and placebo.").statements}
    assert not any(p == "carries" for _, p, _ in got), got


def test_a_cargo_said_to_be_upregulated_in_vesicles_with_any_adverb_is_carried():
    """ "miR-128-3p was markedly upregulated in BMSC-Exos": the vesicles carry it, as with "highly"."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Array analysis showed that miR-128-3p was markedly upregulated in BMSC-Exos.").statements}
    assert ("BMSC-Exos", "carries", "miR-128-3p") in got, got


def test_cargo_named_before_a_relative_clause_is_carried_by_the_vesicles_after_it():
    """ "miR-25, which is related to I/R injury, was enriched in the exosomes": the vesicles carry miR-25 (before,
    the nearest name, inside the clause, was tried as the cargo and nothing was read)."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "miR-145-5p, which targets ACVR2A, was enriched in exosomes. In mice, which received exosomes, miR-21 was "
        "enriched in exosomes.").statements}
    assert ("exosome", "carries", "miR-145-5p") in got and ("exosome", "carries", "miR-21") in got, got
    assert not [g for g in got if g[1] == "carries" and g[2] == "ACVR2A"], got


def test_cell_derived_exosomal_cargo_is_carried_by_that_cell_types_exosomes():
    """ "MSC-derived exosomal miR-21 and miR-155": the MSCs' exosomes carry both and derive from MSCs; before,
    the cargo was carried by exosomes of no one."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "MSC-derived exosomal miR-21 and miR-155 reduced apoptosis.").statements}
    assert {("mesenchymal stem cell exosome", "derives_from", "mesenchymal stem cell"),
            ("mesenchymal stem cell exosome", "carries", "miR-21"),
            ("mesenchymal stem cell exosome", "carries", "miR-155")} <= got, got
    assert not [t for t in got if t[0] == "exosome"], got


def test_exosomal_cargo_from_cells_named_after_it_is_carried_by_those_cells_exosomes():
    """ "Exosomal miR-186 derived from BMSCs", "exosomal miR-21 from bone marrow MSCs": the exosomes come from
    the cells named after the cargo (in all their words); cells are needed ("from patients" says nothing)."""
    from kg.sources.reader import Reader

    reader = Reader()
    for text, cells in (("Exosomal miR-186 derived from BMSCs promote osteogenesis.", "BMSCs"),
                        ("Exosomal miR-21 from bone marrow mesenchymal stem cells reduced apoptosis.",
                         "bone marrow mesenchymal stem cells")):
        res = reader.read(text)
        got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
        assert ("Exosomal", "derives_from", cells) in got, (text, got)
        assert any(p == "carries" and a == "Exosomal" for a, p, _ in got), got
    res = reader.read("Exosomal miR-21 from patients was higher.")
    assert [s.predicate for s in res.statements] == ["carries"], res.statements


def test_exosomal_cargo_secreted_by_cells_is_in_vesicles_the_cells_secrete():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomal miR-21 secreted by mesenchymal stem cells reduced apoptosis.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert ("mesenchymal stem cells", "secretes", "Exosomal") in got and ("Exosomal", "carries", "miR-21") in got, got
    assert not [g for g in got if g[1] == "derives_from"], got


def test_vesicles_named_before_or_after_the_mirnas_as_a_class_carry_mirnas():
    """ "sEV miRNA were sequenced", "the miRNAs in the hucMSC-EVs", "43 miRNA upregulated in BMSC sEV": the vesicles carry
    miRNAs (before, nothing: a class word was no cargo); "the most highly expressed miRNA in MSC-EVs" is one miRNA named
    elsewhere, no claim about the class."""
    from kg.sources.reader import Reader

    for text in ("sEV miRNA were sequenced using RNAseq.", "The miRNAs in the hucMSC-EVs were sequenced.",
                 "RNAseq identified 43 miRNA upregulated in BMSC sEV."):
        res = Reader().read(text)
        assert ("carries", "microRNA") in {(s.predicate, s.object.label) for s in res.statements}, (text, res.statements)
    res = Reader().read("We studied miR-21a-5p, as it is the most highly expressed miRNA in MSC-EVs.")
    assert not [s for s in res.statements if s.predicate == "carries" and s.object.label == "microRNA"], res.statements


def test_cells_glued_to_exosomal_name_whose_exosomes_carry_the_mirna():
    """ "BMSC-exosomal miR-25-3p reduced apoptosis": the BMSCs' exosomes carry the miRNA, which is the agent (before,
    "BMSC-exosomal" was read as one gene symbol and was the subject)."""
    from kg.sources.reader import Reader

    res = Reader().read("BMSC-exosomal miR-25-3p reduced apoptosis. Human umbilical cord-derived mesenchymal stem "
                        "cell-exosomal miR-627-5p ameliorates NAFLD.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert {("miR-25-3p", "decreases", "apoptosis"), ("BMSC-exosomal", "derives_from", "BMSC"),
            ("BMSC-exosomal", "carries", "miR-25-3p")} <= got, got
    assert ("umbilical cord-derived mesenchymal stem cell-exosomal", "derives_from",
            "umbilical cord-derived mesenchymal stem cell") in got, got


def test_vesicles_that_show_more_of_a_mirna_carry_it():
    from kg.sources.reader import Reader

    res = Reader().read("We found that hUC-MSCs-exosomes exhibited an up-regulation of miR-627-5p.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert ("hUC-MSCs-exosomes", "carries", "miR-627-5p") in got, got


def test_a_drug_glued_to_loaded_is_the_cargo_and_a_modification_makes_engineered_vesicles():
    """ "curcumin-loaded exosomes" carry curcumin, quoted by its own word (before, no mention of the drug: the term
    list was asked for "curcumin-loaded"); "RGD-modified exosomes" are engineered vesicles (before, "RGD-modified" was
    read as a gene symbol); "BMSCs-induced exosomal miR-486-3p": the miRNA is the agent, in the BMSCs' exosomes."""
    from kg.sources.reader import Reader

    res = Reader().read("We used curcumin-loaded exosomes. RGD-modified exosomes reduced apoptosis. Bone marrow mesenchymal "
                        "stem cells-induced exosomal microRNA-486-3p protects against diabetic retinopathy.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert {("curcumin-loaded exosomes", "carries", "curcumin"), ("RGD-modified exosomes", "decreases", "apoptosis"),
            ("microRNA-486-3p", "ameliorates", "diabetic retinopathy")} <= got, got
    assert "EngineeredVesicle" == next(m.entity.type for m in res.mentions if m.text == "RGD-modified exosomes")


def test_exosomal_cargo_of_a_study_of_small_evs_is_carried_by_its_small_evs():
    """A study of "DPSCs-sEV" that writes "exosomal miR-125a-3p" means its own vesicles carry the miRNA, not
    exosomes at large."""
    from kg.sources.reader import read_text

    r = read_text("Dental pulp stem cell-derived small extracellular vesicles (DPSCs-sEV) promote odontogenesis. "
                  "Exosomal miR-125a-3p switched macrophages.")
    carried = {(s.subject.type, s.subject.generic, s.object.label) for s in r.statements if s.predicate == "carries"}
    assert carried == {("SmallExtracellularVesicle", False, "miR-125a-3p")}, carried


def test_a_vesicle_name_says_its_source_and_cargo_by_itself():
    """ "miR-29a-loaded MSC exosomes" carry miR-29a in the name's own words; "MSCs and their secreted exosomes" are
    secreted by those MSCs, as written before "and their"."""
    from kg.sources.reader import Reader

    result = Reader().read("MSCs and their secreted exosomes reduced apoptosis. The miR-29a-loaded exosomes reduced fibrosis.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
    assert ("mesenchymal stem cell", "secretes", "mesenchymal stem cell exosome") in got, got
    assert ("miR-29a-loaded exosome", "carries", "miR-29a") in got, got


def test_an_apposition_says_which_vesicles_hold_the_mirna():
    """ "miR-X, the most abundant miRNA in MSC-EVs, ..." and "miR-Y, a highly enriched miRNA in exosomes": the
    vesicles named in the apposition carry the miRNA before it; a plain "miR-Z, in exosomes and cells" says nothing."""
    from kg.sources.reader import read_text

    r = read_text("Binding of miR-155-5p, the most abundant miRNA in MSC-EVs, to SOCS1 was confirmed. "
                  "miR-9, a highly enriched miRNA in exosomes, fell. miR-7, in exosomes and cells, rose.")
    carried = {(s.subject.label, s.object.label) for s in r.statements if s.predicate == "carries"}
    assert carried == {("MSC-EVs", "miR-155-5p"), ("exosome", "miR-9")}, carried
