"""What a treated group had more or less of ("the exosomes group had higher VEGF")."""
from __future__ import annotations

import pytest

from kg.sources.reader import read_text
from helpers import read_claims


@pytest.mark.parametrize("text, expected", [
    ("The western blot showed that the exosomes group had significantly higher VEGF and CD34 expression compared "
     "with the control group.", {("exosomes", "increases", "VEGF"), ("exosomes", "increases", "CD34")}),
    ("The VEGF level in the MSC group was higher than that in the AA group.", {("MSC", "increases", "VEGF")}),
    ("HE staining showed better angiogenesis in the exosomes group.", {("exosomes", "increases", "angiogenesis")}),
    ("The exosome treatment group showed lower IL-6 levels.", {("exosome", "decreases", "IL-6")}),
    ("Compared with the PBS group, the BMSC-Exos group showed markedly lower serum levels of IL-6 and TNF-α.",
     {("BMSC-Exos", "decreases", "IL-6"), ("BMSC-Exos", "decreases", "TNF-α")}),
    # what was lower in treated animals than in others, the treatment named before them or after
    ("IL-1β concentrations in lavage fluid were significantly lower in exosome-treated rats than in saline-treated "
     "controls.", {("exosome", "decreases", "IL-1β")}),
    ("Neurological deficit scores on day 7 were lower in rats given MSC-sEVs than in those given PBS.",
     {("MSC-sEVs", "decreases", "Neurological deficit scores")}),
    ("At 14 days after unilateral ureteral obstruction, the renal fibrotic area was significantly smaller in mice "
     "injected with miR-29b-loaded exosomes than in mice injected with unloaded exosomes.",
     {("miR-29b-loaded exosomes", "decreases", "renal fibrotic area")}),
])
def test_the_treatment_a_group_is_named_after_moves_what_the_group_had(text, expected):
    assert expected <= read_claims(text), read_claims(text)


@pytest.mark.parametrize("text", [
    "The PBS group had higher IL-6.",  # a control's group
    "The exosomes group did not have higher IL-6.",  # no change
])
def test_a_control_group_or_no_change_is_no_claim(text):
    assert not [c for c in read_claims(text) if c[2] == "IL-6"], read_claims(text)


def test_a_comparisons_word_is_no_part_of_the_measures_name():
    names = [m.text for m in read_text("HE staining showed higher microvascular density in the exosomes group.").mentions]
    assert "microvascular density" in names and "higher microvascular density" not in names, names


@pytest.mark.parametrize("text, expected", [
    # the cells' model (what stimulated them first) is no doer; what they were treated with is
    ("LPS-stimulated RAW264.7 cells treated with ADSC-EVs exhibited decreased iNOS and increased Arg-1 expression.",
     {("ADSC-EVs", "decreases", "iNOS"), ("ADSC-EVs", "increases", "Arg-1"), ("ADSC-EVs", "derives_from", "ADSC")}),
    ("Rats receiving intrathecal BMSC-EVs showed a reduced lesion volume.", {("BMSC-EVs", "decreases", "lesion volume"),
                                                                             ("BMSC-EVs", "derives_from", "BMSC")}),
    ("Exosome-treated mice showed reduced lesion volume.", {("Exosome", "decreases", "lesion volume")}),
])
def test_what_treated_animals_or_cells_showed_is_what_they_were_given(text, expected):
    assert read_claims(text) == expected
