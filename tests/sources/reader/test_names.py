"""Name patterns and helpers: miRNAs, singulars, slugs, generic vesicles."""
from __future__ import annotations

from kg.model import Entity
from kg.sources.reader.names import HEAD_TYPE, HYPHEN_OK, MEMBER_SUFFIX, MIRNA, NP_HEAD, is_generic_vesicle, singular, slug


def test_mirna_names():
    found = [m.group() for m in MIRNA.finditer("miR-21, microRNA-199a-3p, let-7b and hsa-miR-146a-5p")]
    assert found == ["miR-21", "microRNA-199a-3p", "let-7b", "hsa-miR-146a-5p"]


def test_helpers():
    assert singular("exosomes") == "exosome"
    # "species" is its own singular (it was read as "reactive oxygen specy"), "cytokines"/"therapies" are not
    assert [singular(n) for n in ("reactive oxygen species", "therapies", "series")] == [
        "reactive oxygen species", "therapy", "series"]
    assert slug("MSC-derived exosome") == "MSC-derived-exosome"
    assert is_generic_vesicle(Entity("exosome", "exosome", "Exosome"))
    assert not is_generic_vesicle(Entity("MSC-exosome", "MSC exosome", "Exosome"))


def test_the_head_noun_pattern_split_by_first_letter_finds_what_one_alternation_finds():
    """NP_HEAD is split by first letter for speed: the same heads at the same places as the plain
    longest-first alternation of every head, in either case."""
    import random
    import re

    plain = re.compile(r"(?<![\w-])(" + "|".join(sorted(HEAD_TYPE, key=len, reverse=True)) + r")(?![\w])"
                       rf"(?:(?=[-\u2010\u2011]{MEMBER_SUFFIX})|{HYPHEN_OK})", re.I)
    rng = random.Random(3)
    heads = sorted(HEAD_TYPE)
    texts = [f"the renal {h} damage; {h.upper()}-α" for h in heads]  # every head, one longer than another
    for _ in range(300):
        texts.append(" and ".join(h.upper() if rng.random() < 0.3 else h for h in rng.sample(heads, 3)) + "s")
    for text in texts:
        assert [m.span() for m in NP_HEAD.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_a_noun_of_change_is_no_part_of_the_name_after_it():
    """ "associated with a reduction macrophage percentage": the macrophages, not "reduction macrophage" cells
    (which then made SMAD2)."""
    from kg.sources.reader import Reader

    res = Reader().read("MSC-EVs alleviated fibrosis, and this was associated with a reduction macrophage percentage "
                        "in the skin, and a reduction in TGF-β and smad2 production in the skin.")
    assert "reduction macrophage" not in {m.text for m in res.mentions}
    assert not [s for s in res.statements if s.predicate == "secretes"], [str(s) for s in res.statements]


def test_a_titles_capitalised_signaling_pathway_is_one_pathway():
    from kg.sources.reader import read_text

    r = read_text("Exosomes Improve Cognition through Inhibiting the TLR2/TLR4 Signaling Pathway")
    assert "TLR2/TLR4 Signaling Pathway" in [m.text for m in r.mentions], [m.text for m in r.mentions]
    assert "Signaling Pathway" not in [m.text for m in r.mentions]
