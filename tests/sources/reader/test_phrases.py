"""Claims made by phrases: pro-/anti- adjectives, nominalisations."""
from __future__ import annotations

from kg.sources.reader import read_text


def test_pro_inflammatory_members():
    got = {str(s) for s in read_text("Exosomes lowered pro-inflammatory cytokines (TNF-α, IL-6).").statements}
    assert {"tumor necrosis factor -increases-> inflammation", "interleukin 6 -increases-> inflammation"} <= got


def test_nominalised_inhibition():
    got = {str(s) for s in read_text("We saw miR-21-mediated suppression of PTEN in neurons.").statements}
    assert "miR-21 -decreases-> PTEN" in got


def test_an_interaction_between_a_mirna_and_a_gene():
    from kg.sources.reader import Reader
    got = [str(s) for s in Reader().read("Luciferase assays verified interactions between Mob1 and miR-186.").statements]
    assert got == ["miR-186 -regulates-> Mob1"], got
