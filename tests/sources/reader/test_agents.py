"""Who did it where a sentence names the treated model or cells first: what they were given did it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, agent, obj", [
    ("Treatment of PC12 cells with exosomes increased neurite outgrowth.", "exosome", "neurite outgrowth"),
    ("Exposure of Treg cells to EVs results in augmented production of IL-10.", "extracellular vesicle", "IL-10"),
    ("Incubation of macrophages with MSC-EVs reduced TNF-α secretion.", "MSC-EVs", "tumor necrosis factor"),
    ("Stimulation of microglia with LPS increased IL-6.", "lipopolysaccharide", "interleukin 6"),
    # the disease treated, where it was, then what was given
    ("Treatment of neuropathy in diabetic mice with exo-146a significantly increased nerve conduction velocity.",
     "exo-146a", "nerve conduction velocity"),
])
def test_the_act_done_to_cells_names_its_agent_after_with_or_to(sentence, agent, obj):
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.object.label) for s in Reader().read(sentence).statements}
    assert (agent, obj) in got, got
    assert not any(subj.lower() in ("pc12", "treg cell", "macrophage", "microglia", "neuropathy") for subj, _ in got), got


def test_cells_that_do_something_to_other_cells_stay_the_subject():
    """No act of treating before the cells: "Macrophages co-cultured ..." is not "co-culture of X with Y"."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Macrophages with exosomes reduced TNF-α secretion.").statements}
    assert not any(subj == "exosome" for subj, _, _ in got), got


def test_a_tool_named_by_its_kind_only_is_the_doer_of_the_participle_after_it():
    """ "... in combination with a lentiviral shRNA targeting Nrf2": the shRNA (no name) targets Nrf2, not the
    streptozotocin that made the model, the last name before it."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Streptozotocin-induced diabetic rats were treated with the exosomes alone, or in combination with a "
        "lentiviral shRNA targeting Nrf2.").statements}
    assert not any(o == "Nrf2" for _, _, o in got), got


@pytest.mark.parametrize("sentence, expected", [
    # a treatment that frames the sentence acts for the cells named after it
    ("When co-cultured with BMSC-Exos, RAW264.7 cells produced less nitric oxide.",
     {("BMSC-Exos", "decreases", "nitric oxide"), ("BMSC-Exos", "derives_from", "BMSC")}),
    # what treated cells secreted or expressed less (or more) of is a change, not their secretion or cargo
    ("Macrophages treated with MSC-Exos secreted less IL-1β.",
     {("MSC-Exos", "decreases", "IL-1β"), ("MSC-Exos", "derives_from", "MSC")}),
    ("Fibroblasts treated with exosomes expressed more collagen I.", {("exosomes", "increases", "collagen I")}),
    # ... while cells that secrete more vesicles still secrete them
    ("MSCs secreted more exosomes under hypoxia.", {("MSCs", "secretes", "exosomes")}),
])
def test_what_treated_cells_made_less_or_more_of_is_what_their_treatment_changed(sentence, expected):
    from helpers import read_claims

    assert read_claims(sentence) == expected


@pytest.mark.parametrize("sentence, agent, not_agent", [
    # the treated cells named with the harm they were given first ("cisplatin-injured"): still the vesicles did it
    ("Treatment of cisplatin-injured HK-2 cells with hucMSC-Exos for 24 h decreased the levels of malondialdehyde.",
     "hucMSC-Exos", "HK-2 cells"),
    ("Treatment of the human adipose-derived mesenchymal stem cells with hypoxia induced lncRNA-MALAT1 accumulation "
     "in the secreted exosomes.", "hypoxia", "adipose-derived mesenchymal stem cells"),
    # what was applied to a place did it, not the place
    ("Topical application of ADSC-Exos to imiquimod-induced psoriasis-like lesions on the shaved backs of mice "
     "reduced epidermal thickness.", "ADSC-Exos", "psoriasis-like lesions"),
])
def test_what_was_given_to_named_cells_or_a_place_did_it(sentence, agent, not_agent):
    from helpers import read_claims

    doers = {s for s, p, _ in read_claims(sentence) if p in ("decreases", "increases")}
    assert agent in doers and not_agent not in doers, doers


def test_cells_treated_with_either_of_two_agents_name_both_as_doers():
    """ "chondrocytes treated with BMSC-Exos or miR-9-5p mimic had lower MMP13": each agent lowered it (the cells did before)."""
    from helpers import read_claims

    got = read_claims("Western blotting showed that chondrocytes treated with BMSC-Exos or miR-9-5p mimic had lower MMP13 levels.")
    assert {("BMSC-Exos", "decreases", "MMP13"), ("miR-9-5p", "decreases", "MMP13")} <= got, got
    assert not any(s == "chondrocytes" for s, _, _ in got), got
