"""The setting of a statement: the sentence's own, else the document's."""
from __future__ import annotations

from kg.sources.reader import read_text
from kg.sources.reader.context import DocumentContext


def test_the_sentence_setting_wins_over_the_document():
    c = DocumentContext("In rats, exosomes eased injury. In HK-2 cells, miR-21 fell.", [])
    assert c.organism == {"label": "rat", "identifier": "NCBITaxon:10116"}
    assert c.of("In HK-2 cells, miR-21 fell.")["model_system"] == "cell line (HK-2 cells)"


def test_human_only_when_no_animal_is_named():
    assert DocumentContext("Exosomes from hUC-MSCs were given to patients.", []).organism["label"] == "human"
    assert DocumentContext("Exosomes from hUC-MSCs were given to mice.", []).organism["label"] == "mouse"
    assert DocumentContext("Exosomes were given.", []).organism is None


def test_every_statement_carries_its_disease_model():
    r = read_text("In a mouse model of colitis, MSC exosomes suppressed TNF-α.")
    assert r.contexts and r.contexts[0]["disease_model"]["label"] == "colitis"
    assert r.contexts[0]["organism"]["identifier"] == "NCBITaxon:10090"
