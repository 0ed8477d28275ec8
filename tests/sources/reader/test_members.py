"""The members a class name lists (kg.sources.reader.members): a verb on the class is a verb on each member."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, members", [
    ("MSC exosomes reduced pro-inflammatory cytokines (TNF-α, IL-6).", {"TNF-α", "IL-6"}),
    ("MSC exosomes carry microRNAs such as miR-21 and miR-210.", {"miR-21", "miR-210"}),
    ("MSC exosomes lowered the tumor suppressor PTEN.", {"PTEN"}),
])
def test_a_verb_on_a_class_is_a_verb_on_each_member_it_lists(sentence, members):
    from helpers import read_claims

    objects = {o for s, _, o in read_claims(sentence) if s == "MSC exosomes"}
    assert members <= objects, objects
    assert not objects & {"cytokines", "microRNAs", "tumor suppressor"}, objects


def test_brackets_that_hold_a_remark_name_no_members():
    from helpers import read_claims

    got = read_claims("MSC exosomes reduced the residual wound area (on day 14: 9.1%).")
    assert all(o != "day" for _, _, o in got), got
