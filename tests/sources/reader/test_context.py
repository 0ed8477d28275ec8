"""The setting of a statement: the sentence's own, else the document's."""
from __future__ import annotations

from kg.sources.reader import read_text
from kg.sources.reader.context import DocumentContext


def test_the_sentence_setting_wins_over_the_document():
    c = DocumentContext("In rats, exosomes eased injury. In HK-2 cells, miR-21 fell.", [])
    assert c.organism == {"label": "rat", "identifier": "NCBITaxon:10116"}
    assert c.of("In HK-2 cells, miR-21 fell.")["model_system"] == "cell line (HK-2 cells)"


def test_a_cell_line_named_with_its_kind_of_cells_is_the_model_and_t_helper_cells_are_none():
    assert DocumentContext("In C2C12 myoblasts, miR-21 fell.", []).model_system == "cell line (C2C12 myoblasts)"
    assert DocumentContext("In RAW 264.7 macrophages, IL-6 fell.", []).model_system == "cell line (RAW 264.7 macrophages)"
    # T helper cells, macrophages of a phenotype and CD4 cells are cells of the body, no line
    assert DocumentContext("Th17 cells and M2 macrophages and CD4 cells fell.", []).model_system is None


def test_human_only_when_no_animal_is_named():
    assert DocumentContext("Exosomes from hUC-MSCs were given to patients.", []).organism["label"] == "human"
    assert DocumentContext("Exosomes from hUC-MSCs were given to mice.", []).organism["label"] == "mouse"
    assert DocumentContext("Exosomes were given.", []).organism is None


def test_every_statement_carries_its_disease_model():
    r = read_text("In a mouse model of colitis, MSC exosomes suppressed TNF-α.")
    assert r.contexts and r.contexts[0]["disease_model"]["label"] == "colitis"
    assert r.contexts[0]["organism"]["identifier"] == "NCBITaxon:10090"


def test_a_sentences_human_cells_leave_the_studys_animal_its_organism():
    """ "Human umbilical cord MSC exosomes carried miR-874-3p" in a study of mice: human names where the
    cells came from; the finding was made in the mice. A sentence that names patients is about humans."""
    r = read_text("Exosomes from human umbilical cord MSCs reduced kidney injury in mice. "
                  "Human umbilical cord MSC exosomes suppressed RIPK1. In patients, MSC exosomes suppressed TNF-α.")
    organisms = {s.object.label: c["organism"]["label"] for s, c in zip(r.statements, r.contexts) if c["organism"]}
    assert organisms.get("RIPK1") == "mouse" and organisms.get("tumor necrosis factor") == "human", organisms
