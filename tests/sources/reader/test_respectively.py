"""Lists paired by "respectively" (kg.sources.reader.respectively)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, said, not_said", [
    ("miR-181c-5p and miR-22-3p target TLR4 and KDM6B, respectively.",
     {("miR-181c-5p", "decreases", "TLR4"), ("miR-22-3p", "decreases", "KDM6B")},
     {("miR-181c-5p", "decreases", "KDM6B"), ("miR-22-3p", "decreases", "TLR4")}),
    ("Knockdown of miR-21 reduced migration and proliferation via PTEN and PDCD4, respectively.",
     set(), {("PTEN", "regulates", "proliferation"), ("PDCD4", "regulates", "migration")}),
    # without "respectively", each with each
    ("miR-181c-5p and miR-22-3p target TLR4 and KDM6B.", {("miR-22-3p", "decreases", "TLR4")}, set()),
])
def test_respectively_pairs_the_listed_names_in_order(sentence, said, not_said):
    from helpers import read_claims

    got = read_claims(sentence)
    assert said <= got and not got & not_said, got


@pytest.mark.parametrize("sentence, said", [
    ("MSC-EVs increased and decreased the expression of IL-10 and IL-17A, respectively, in splenocytes.",
     {("MSC-EVs", "increases", "IL-10"), ("MSC-EVs", "decreases", "IL-17A")}),
    ("hUCMSC-EVs promoted and inhibited the proliferation and apoptosis of HK-2 cells, respectively.",
     {("hUCMSC-EVs", "increases", "proliferation"), ("hUCMSC-EVs", "decreases", "apoptosis")}),
    # in the passive the names come first, and "respectively" may stand before the verbs
    ("The levels of TNF-α and IL-10 were respectively decreased and increased by hucMSC-Exos.",
     {("hucMSC-Exos", "decreases", "TNF-α"), ("hucMSC-Exos", "increases", "IL-10")}),
])
def test_two_verbs_with_respectively_move_each_name_its_own_way(sentence, said):
    """Before, both names moved as the last verb says: IL-10 fell, a sign error."""
    from helpers import read_claims

    got = read_claims(sentence)
    assert said <= got, got
    assert not {(s, "increases" if p == "decreases" else "decreases", o) for s, p, o in said} & got, got
