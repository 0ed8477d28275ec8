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
