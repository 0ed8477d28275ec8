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
