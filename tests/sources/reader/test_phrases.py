"""Claims made by phrases: pro-/anti- adjectives, nominalisations."""
from __future__ import annotations

import pytest

from kg.sources.reader import read_text


def test_pro_inflammatory_members():
    got = {str(s) for s in read_text("Exosomes lowered pro-inflammatory cytokines (TNF-α, IL-6).").statements}
    assert {"tumor necrosis factor -increases-> inflammation", "interleukin 6 -increases-> inflammation"} <= got


def test_a_pro_adjective_on_one_protein_or_on_measured_levels_is_no_finding():
    # "anti-apoptotic Bcl-2" recalls what Bcl-2 is known for; "pro-inflammatory cytokine levels (IFN-γ, IL-6)"
    # names what the study measured; neither says the protein changes the process
    got = {str(s) for s in read_text("Exosomes raised anti-apoptotic Bcl-2 and pro-apoptotic Bax fell. Exosomes "
                                     "lowered pro-inflammatory cytokine levels (IFN-γ, IL-6).").statements}
    assert not any(s.endswith("-> apoptosis") or s.endswith("-> inflammation") for s in got), got
    assert {"exosome -increases-> Bcl-2", "exosome -decreases-> interleukin 6"} <= got, got
    # the class with its members keeps its claim
    got = {str(s) for s in read_text("Pro-inflammatory cytokines such as IFN-γ rose.").statements}
    assert "IFN-γ -increases-> inflammation" in got, got


@pytest.mark.parametrize("sentence, expected", [
    # coordinated modifiers share the effect noun after the last; the hyphen may be left out
    ("The MSC exosomes exerted anti-inflammatory and antiapoptotic effects in the injured heart.",
     {"mesenchymal stem cell exosome -decreases-> inflammation", "mesenchymal stem cell exosome -decreases-> apoptosis"}),
    ("ASC-EVs display pro-angiogenic and muscle protective properties.", {"ASC-EVs -increases-> angiogenesis",
                                                                         "ASC-EVs -derives_from-> ASC"}),
    # the effect's owner named after "of" (what blocked it, silenced, does what the effect did)
    ("The pro-angiogenic effect of iMSC-sEV was correlated with less autophagy.",
     {"iPSC-derived MSC small extracellular vesicle -increases-> angiogenesis"}),
    ("Silencing ATG4a blocked the anti-senescent effect of exosomes.", {"exosome -decreases-> cellular senescence",
                                                                        "ATG4a -decreases-> cellular senescence"}),
    # ... and of the cargo the vesicles carry, where the vesicles only qualify it
    ("The antiapoptotic effect of EV-associated miR-224-5p was confirmed.", {"miR-224-5p -decreases-> apoptosis"}),
    # members of a class that the study measured: what they are known to do is no finding
    ("The pro-apoptotic proteins Bax and cleaved caspase-3 were significantly decreased.", set()),
])
def test_the_effect_a_pro_or_anti_adjective_names_is_its_owners(sentence, expected):
    assert {str(s) for s in read_text(sentence).statements} == expected


def test_nominalised_inhibition():
    got = {str(s) for s in read_text("We saw miR-21-mediated suppression of PTEN in neurons.").statements}
    assert "miR-21 -decreases-> PTEN" in got


def test_an_interaction_between_a_mirna_and_a_gene():
    from kg.sources.reader import Reader
    got = [str(s) for s in Reader().read("Luciferase assays verified interactions between Mob1 and miR-186.").statements]
    assert got == ["miR-186 -regulates-> Mob1"], got


def test_an_agentless_passive_in_a_sentence_framed_by_one_treatment_is_what_the_treatment_did():
    """ "after BMSC-EV treatment, MMP-2 and TIMP1 were decreased, and miR-199a was increased"; the
    places and cells after a preposition are not what was measured; an assay is no gene."""
    from kg.sources.reader import Reader

    res = Reader().read("After EV treatment, MMP-2, TIMP1 and TUNEL-positive cells in IDD mice were decreased, "
                        "and miR-199a was increased. The expression of col II was reduced after exosome intervention. "
                        "After treatment with exosomes or fibroblast vesicles, IL-6 was reduced.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    ev = "extracellular vesicle"
    assert {(ev, "decreases", "MMP-2"), (ev, "decreases", "TIMP1"), (ev, "increases", "miR-199a"),
            ("exosome", "decreases", "COL2A1")} <= got, got
    assert not [g for g in got if g[2] in ("IDD", "TUNEL", "TUNEL-positive")], got
    assert not [g for g in got if g[2] == "IL-6" or g[2] == "interleukin 6"], got


def test_a_fronted_silencing_or_overexpression_frames_the_agentless_passives_after_it():
    from kg.sources.reader import Reader

    got = {str(s) for s in Reader().read(
        "By silencing TLR4 with small interfering RNA, Runx2 and BMP2 expression was decreased. "
        "After overexpressing miR-21, PTEN was decreased. By silencing TLR4 and MyD88, IL-6 was decreased.").statements}
    assert {"TLR4 -increases-> Runx2", "TLR4 -increases-> BMP2", "miR-21 -decreases-> PTEN"} <= got, got
    assert not [g for g in got if "interleukin 6" in g], got  # two silenced: which one did it is not said


def test_a_change_measured_in_transfected_cells_is_what_the_transfected_name_did():
    from kg.sources.reader import Reader

    for text in ("PTEN expression was significantly diminished in miR-25b-3p-transfected AML12 cells.",
                 "PTEN was decreased in hepatocytes transfected with miR-25b-3p."):
        got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}
        assert ("miR-25b-3p", "decreases", "PTEN") in got, (text, got)


def test_levels_lowered_in_cells_when_co_treated_with_vesicles():
    from kg.sources.reader import read_text

    got = [(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Phosphorylated levels of ERK and AKT proteins were reduced in CP-injured spermatogonia when co-treated with "
        "BMSC-exos.").statements]
    assert got == [("BMSC-exos", "decreases", "ERK"), ("BMSC-exos", "decreases", "AKT")]  # not the class word "proteins"


def test_a_change_in_the_treated_group_is_what_the_treatment_did():
    from kg.sources.reader import read_text

    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Compared with the model group, IL-6 and TNF-\u03b1 were significantly decreased in the exosome group.").statements}
    assert got == {("exosome", "decreases", "interleukin 6"), ("exosome", "decreases", "tumor necrosis factor")}
    # two groups compared in one sentence: who did what is not said
    assert read_text("IL-6 was increased in the LPS group and decreased in the exosome group.").statements == []


def test_a_change_in_a_model_treated_with_vesicles_is_what_they_did_and_a_markers_gloss_is_not_measured():
    """ "SP-C staining (a marker of type II alveolar epithelial cells, TIIAECs) and CD31 staining were both
    increased in a BPD model treated with EVs": before, "a ... model" (not "mice", "groups") and "both" hid
    the change; what a marker marks, in its gloss, was not what was measured."""
    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "SP-C staining (a marker of type II alveolar epithelial cells, TIIAECs) and CD31 staining were both increased "
        "in a hyperoxia-induced BPD model treated with EVs.").statements}
    assert {("extracellular vesicle", "increases", "SP-C"), ("extracellular vesicle", "increases", "CD31")} <= got, got
    assert not any(o in ("TIIAECs", "type II alveolar epithelial cell") for _, _, o in got), got


def test_the_names_before_mediated_drive_the_pathway_or_process_after_it():
    """ "through the miR-199a-3p/145-5p-mediated NGF/TrkA signaling pathway": each miRNA of the slash list
    raises the pathway it mediates; before, nothing was read of the miRNAs."""
    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Exosomes facilitate recovery through the miR-199a-3p/145-5p-mediated NGF/TrkA signaling pathway in rats.").statements}
    assert {("miR-199a-3p", "increases", "NGF/TrkA signaling pathway"),
            ("miR-145-5p", "increases", "NGF/TrkA signaling pathway")} <= got, got
    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(
        "Exosomes reduced the miR-21-mediated apoptosis in chondrocytes.").statements}
    assert ("miR-21", "increases", "apoptosis") in got and ("exosome", "decreases", "apoptosis") in got, got


@pytest.mark.parametrize("sentence, expected", [
    ("By silencing HOTAIR with siRNA, Runx2 and BMP2 expression was decreased.",
     {("HOTAIR", "increases", "Runx2"), ("HOTAIR", "increases", "BMP2")}),
    ("After miR-21 knockdown, PTEN expression was increased.", {("miR-21", "decreases", "PTEN")}),
    ("By overexpressing miR-21, the expression of PTEN was reduced.", {("miR-21", "decreases", "PTEN")}),
    ("Following inhibition of STAT3, apoptosis was enhanced.", {("STAT3", "decreases", "apoptosis")}),
])
def test_what_was_done_to_a_name_first_and_a_change_said_without_a_doer(sentence, expected):
    """ "By silencing X, A was decreased": X raises A (its loss lowered A); a gain of X that lowered A lowers it."""
    from kg.sources.reader import read_text

    got = {(s.subject.label, s.predicate, s.object.label) for s in read_text(sentence).statements}
    assert expected <= got, got
    opposite = {(s, "decreases" if p == "increases" else "increases", o) for s, p, o in expected}
    assert not opposite & got, got


def test_a_treatment_first_is_no_loss_or_gain_of_a_name():
    from kg.sources.reader import read_text

    got = {(s.subject.label, s.predicate, s.object.label)
           for s in read_text("After treatment with miR-21 mimics, PTEN expression was increased.").statements}
    assert ("miR-21", "decreases", "PTEN") not in got, got


def test_amelioration_by_an_agent_given_by_infusion_and_a_nominal_after_its_object():
    """ "amelioration of aGVHD by therapeutic infusion of BM-MSC-derived EVs": the vesicles ameliorate it (how they
    were given is no agent); "Colitis attenuation by MSC exosomes": the nominal after its object reads the same."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Patients with acute graft-versus-host disease (aGVHD) were studied. We show that amelioration of aGVHD by "
        "therapeutic infusion of BM-MSC-derived EVs is associated with naive T cells. Colitis attenuation by MSC "
        "exosomes was shown.").statements}
    assert ("BM-MSC-derived EV", "ameliorates", "acute graft-versus-host disease") in got, got
    assert ("mesenchymal stem cell exosome", "ameliorates", "Colitis") in got, got


def test_attenuation_of_an_experimental_disease_in_mice_with_vesicles_of_bone_msc_ameliorates_it():
    """A title's "Attenuation of Experimental Autoimmune Hepatitis in Mice with Bone Mesenchymal Stem Cell-Derived
    Exosomes": a mending's means ("with") is its agent; "bone mesenchymal stem cells" are bone marrow's MSCs, one
    name; "activation of AKT with insulin" says nothing of the insulin's part."""
    from kg.sources.reader import Reader

    res = Reader().read("Attenuation of Experimental Autoimmune Hepatitis in Mice with Bone Mesenchymal Stem Cell-Derived "
                        "Exosomes Carrying MicroRNA-223-3p. Activation of AKT with insulin was measured.")
    got = {(a.text, s.predicate, b.text) for s, (a, b) in zip(res.statements, res.arguments)}
    assert ("Bone Mesenchymal Stem Cell-Derived Exosomes", "ameliorates", "Autoimmune Hepatitis") in got, got
    assert {m.text: m.identifier for m in res.mentions}.get("Bone Mesenchymal Stem Cell") == "CL:0002540"
    assert not [g for g in got if g[2] == "AKT"], got


def test_levels_that_rose_and_fell_after_a_treatment_move_each_their_own_way():
    from helpers import read_claims

    got = read_claims("After hUCMSC-Exo treatment, serum AMH and E2 levels rose and FSH levels fell in the mice.")
    assert {("hUCMSC-Exo", "increases", "serum AMH"), ("hUCMSC-Exo", "increases", "E2"),
            ("hUCMSC-Exo", "decreases", "FSH")} <= got, got
    assert ("hUCMSC-Exo", "decreases", "serum AMH") not in got, got


def test_levels_that_fell_by_an_amount_or_rose_after_a_treatment():
    from helpers import read_claims

    got = read_claims("After EV administration, the levels of TNF-α and IL-6 in lavage fluid fell by 45% and 38%, "
                      "respectively, whereas IL-10 rose.")
    assert {("EV", "decreases", "TNF-α"), ("EV", "decreases", "IL-6"), ("EV", "increases", "IL-10")} <= got, got


def test_levels_that_changed_after_a_treatment_named_after_them():
    """ "IL-6 decreased significantly after MSC-Exos administration": a change verb with no object, the treatment
    after it (before, only "rose/fell/declined/dropped" were read so, and this said nothing)."""
    from helpers import read_claims

    got = read_claims("IL-6 and TNF-α decreased significantly after MSC-Exos administration.")
    assert {("MSC-Exos", "decreases", "IL-6"), ("MSC-Exos", "decreases", "TNF-α")} <= got, got
    got = read_claims("The levels of IL-10 increased following MSC-Exos injection.")
    assert ("MSC-Exos", "increases", "IL-10") in got, got


def test_changes_in_a_group_named_by_a_glued_vesicle_name():
    """ "... in the hucMSC-Exo-treated group": the vesicles are a mention before "-treated" too; what "was reduced"
    there fell, the accumulation of it no rise of its own."""
    from helpers import read_claims

    got = read_claims("GPX4 expression was restored, while the accumulation of ROS was reduced, in the hucMSC-Exo-treated group.")
    assert {("hucMSC-Exo", "increases", "GPX4"), ("hucMSC-Exo", "decreases", "ROS")} <= got, got
    assert ("hucMSC-Exo", "increases", "ROS") not in got, got
