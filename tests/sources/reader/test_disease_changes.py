"""What a disease does to a molecule said to change in it ("miR-26a was downregulated in rats with depression")."""
from __future__ import annotations

import pytest

from kg.sources.reader import read_text
from helpers import read_claims


@pytest.mark.parametrize("text, claim", [
    ("miR-26a was downregulated in the hippocampus of rats with depression.", ("depression", "decreases", "miR-26a")),
    ("Intestinal permeability increased, and zona occludens 1 (ZO-1) was downregulated after I/R injury.",
     ("I/R injury", "decreases", "ZO-1")),
    ("The levels of miR-132-3p were markedly decreased in the hippocampi of vascular dementia (VD) mice.",
     ("vascular dementia", "decreases", "miR-132-3p")),
    ("miR-21 expression was increased in patients with osteoarthritis.", ("osteoarthritis", "increases", "miR-21")),
    ("miR-125b was associated with the IRAK1/TAB2/NF-kB pathway that is activated in dry eye disease.",
     ("dry eye disease", "increases", "IRAK1/TAB2/NF-kB pathway")),
])
def test_a_molecule_changed_in_a_disease_is_changed_by_it(text, claim):
    assert claim in read_claims(text), read_claims(text)


def test_every_molecule_listed_before_the_change_is_the_diseases():
    got = read_claims("Runx2, BMP2, and osteocalcin were decreased in osteoarthritis rats.")
    assert {("osteoarthritis", "decreases", g) for g in ("Runx2", "BMP2", "osteocalcin")} <= got, got


@pytest.mark.parametrize("text", [
    # the change is a treatment's: given after the disease, or the group is a treated one
    "Postmenopausal osteoporosis (PMO) is common. SIRT1 expression was reduced in PMO mice treated with exosomes.",
    "Postmenopausal osteoporosis (PMO) is common. miR-186 was upregulated in a PMO + Exo treatment group.",
    "Postmenopausal osteoporosis (PMO) is common. SIRT1 was reduced by exosomes in PMO mice.",
    # no change said
    "Postmenopausal osteoporosis (PMO) is common. SIRT1 was not reduced in PMO mice.",
])
def test_a_change_a_treatment_made_or_none_at_all_is_no_claim_of_the_disease(text):
    assert not [c for c in read_claims(text) if c[0] in ("PMO", "Postmenopausal osteoporosis")], read_claims(text)


def test_what_a_therapy_lowered_a_disease_by_acts_on_the_disease():
    """ "X had therapeutic effects in a mouse model of colitis by decreasing Th17 cells and increasing Treg cells":
    the Th17 cells raise colitis and the Treg cells lower it. A therapy's verb ("alleviated colitis by restraining
    pyroptosis") is left to the parse's own means chain."""
    from kg.sources.reader import read_text

    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Exosomes had significant therapeutic effects in a mouse model of colitis by decreasing the percentage of "
        "Th17 cells and increasing Treg cells.").statements}
    assert ("Th17 cell", "increases", "colitis") in got, got
    assert ("Treg cell", "ameliorates", "colitis") in got, got
