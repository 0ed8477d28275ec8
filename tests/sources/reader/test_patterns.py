"""Names found by their shape (:mod:`kg.sources.reader.patterns`), alone and through the recogniser."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    r = Recognizer(Lexicon([]))
    r.vocabulary = Vocabulary.load()
    return r


def _found(rec: Recognizer, text: str) -> dict[str, str]:
    return {m.text: m.entity.label for m in rec._pattern_candidates(text)}


def test_rnas_collagens_and_short_names_of_agents(rec):
    got = _found(rec, "lncRNA MALAT1, circHIPK3, collagen II and LPS rose in ER stress")
    assert got["lncRNA MALAT1"] == "MALAT1" and got["collagen II"] == "COL2A1"
    assert got["LPS"] == "lipopolysaccharide" and "ER stress" in got and "circHIPK3" in got


def test_a_symbol_before_a_modifier_word_is_left_to_the_phrase(rec):
    # "IL-1β-induced apoptosis" names the apoptosis; the phrase step splits the inducer off
    assert "IL-1β" not in _found(rec, "IL-1β-induced apoptosis rose")


def test_a_family_short_form_inside_a_members_name(rec):
    got = {m.text: m.entity.label for m in rec.find("Cells were given interleukin (IL)-1β at once.")}
    assert got.get("interleukin (IL)-1β") == "IL-1β"


def test_cells_named_after_their_tissue_in_small_letters(rec):
    got = {m.text: m.entity.type for m in rec._pattern_candidates("hUC-MSCs and hBMSCs grew")}
    assert got == {"hUC-MSCs": "MesenchymalStemCell", "hBMSCs": "MesenchymalStemCell"}
