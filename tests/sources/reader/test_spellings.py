"""Spellings to look a name up under: how standard vocabularies write what abstracts write otherwise."""
from __future__ import annotations

import pytest

from kg.sources.reader.spellings import go_spellings, singular, variants


@pytest.mark.parametrize("name, etype, spelling", [
    ("neuronal apoptosis", "BiologicalProcess", "neuron apoptotic process"),  # GO names the cell
    ("chondrogenic differentiation", "BiologicalProcess", "chondrocyte differentiation"),
    ("M2 polarization", "BiologicalProcess", "macrophage polarization"),
    ("Th17 cell differentiation", "BiologicalProcess", "T-helper 17 cell differentiation"),
    ("bone marrow mesenchymal stem cells", "CellType", "mesenchymal stem cell of the bone marrow"),
    ("microglia", "CellType", "microglial cell"),
    ("TGF-β1", "GeneOrProtein", "TGF-b1"),  # HGNC writes the Greek letter as its initial
    ("LncRNA-MALAT1", "GeneOrProtein", "MALAT1"),
    ("mTOR pathway", "Pathway", "TOR signaling"),
    ("Wnt/β-catenin signaling pathway", "Pathway", "canonical Wnt signaling pathway"),
    ("intrauterine adhesion", "DiseaseOrInjury", "intrauterine adhesions"),  # MONDO's plural
    ("nitric oxide production", "BiologicalProcess", "nitric oxide biosynthetic process"),  # GO's making
    ("catecholamine release", "BiologicalProcess", "catecholamine secretion"),
    ("pro-inflammatory cytokine production", "BiologicalProcess", "cytokine production"),  # GO names no kind of it
    ("muscle regeneration", "BiologicalProcess", "skeletal muscle tissue regeneration"),
])
def test_a_name_is_tried_as_the_vocabulary_writes_it(name, etype, spelling):
    assert spelling in variants([name], etype)


def test_the_name_as_written_comes_first_and_cell_level_processes_last():
    tried = variants(["proliferation"], "BiologicalProcess")
    assert tried[0] == "proliferation" and tried[-1] == "cell proliferation"


def test_a_plural_acronym_of_a_protein_is_tried_only_in_the_singular():
    """ "NETs" are neutrophil extracellular traps, not HGNC's alias NETS (of SPINK5)."""
    assert variants(["NETs"], "GeneOrProtein") == ["NET"]


def test_go_spellings_and_singulars():
    assert go_spellings("neuroinflammation") == ("neuroinflammatory response",)
    assert go_spellings("cellular senescence") == ("cell senescence",)
    assert [singular(n) for n in ("stem cells", "sepsis", "therapies")] == ["stem cell", "sepsis", "therapy"]


def test_kinds_of_immunity_and_communication_are_named_as_go_names_them():
    """ "adaptive immunity" is GO's adaptive immune response, "cell-to-cell communication" its cell-cell
    signaling, "ECM remodeling" its extracellular matrix organization; read in a sentence, they are grounded."""
    from kg.sources.reader import Reader

    res = Reader().read("EVs modulate adaptive immunity, promoted cell-to-cell communication and ECM remodeling, "
                        "and increased aerobic metabolism.")
    got = {m.text: m.identifier for m in res.mentions}
    assert got["adaptive immunity"] == "GO:0002250", got
    assert got["cell-to-cell communication"] == "GO:0007267", got
    assert got["ECM remodeling"] == "GO:0030198", got
    assert got["aerobic metabolism"] == "GO:0009060", got


def test_new_vessels_are_gos_angiogenesis():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes improved wound closure and neovascularization, and dense vascularization was seen.")
    got = {m.text: m.identifier for m in res.mentions}
    assert got.get("neovascularization") == got.get("vascularization") == "GO:0001525", got


def test_chondrogenesis_is_chondrocyte_differentiation_as_its_adjective_says():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes promoted chondrogenesis and the chondrogenic differentiation of MSCs.")
    got = {m.text: m.identifier for m in res.mentions}
    assert got.get("chondrogenesis") == got.get("chondrogenic differentiation") == "GO:0002062", got


def test_t_cells_named_by_their_co_receptor_are_the_cell_ontologys_alpha_beta_t_cells():
    """ "CD4+ T cells" are CL's "CD4-positive, alpha-beta T cell" (CL:0000624), not any T cell."""
    from kg.sources.reader import read_text

    got = {m.text: m.identifier for m in read_text("CD4+ T cells and CD8+ T cells increased; T cells did not.").mentions}
    assert got["CD4+ T cells"] == "CL:0000624" and got["CD8+ T cells"] == "CL:0000625", got
    assert got["T cells"] == "CL:0000084", got
