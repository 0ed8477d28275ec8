"""Changes a treatment reverses: each listed change moved the other way, no listed change a cause."""
from __future__ import annotations

import pytest

from kg.sources.reader import Reader


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader()


def _got(reader: Reader, text: str) -> set[tuple[str, str, str]]:
    return {(s.subject.label, s.predicate, s.object.label) for s in reader.read(text).statements}


def test_a_list_of_rises_and_falls_reversed_by_vesicles(reader):
    got = _got(reader, "Injured rats had raised levels of IL-6 and NLRP3, and decreased content of IL-10, which "
                       "was reversed by BMSC-Exos.")
    vesicle = next(s for s, p, o in got if s.startswith("BMSC"))
    assert {(vesicle, "decreases", "interleukin 6"), (vesicle, "decreases", "NLRP3"),
            (vesicle, "increases", "IL-10")} <= got, got
    assert not any(s in ("interleukin 6", "NLRP3") for s, p, o in got), got  # a listed change causes nothing
    assert (vesicle, "decreases", "IL-10") not in got, got  # "reversed" is no fall of the last name


def test_a_fall_stated_after_its_name_and_two_treatments_joined_by_or(reader):
    got = _got(reader, "The Sirt6 level in chondrocytes declined after injury, which was rescued by treatment with "
                       "MSC exosomes or miR-21.")
    assert ("mesenchymal stem cell exosome", "increases", "SIRT6 pathway") in got, got
    assert ("miR-21", "increases", "SIRT6 pathway") in got, got
    assert not any(o == "chondrocyte" for s, p, o in got), got  # where the fall was seen, not what fell


@pytest.mark.parametrize("text, said, not_said", [
    # what an overexpression moved is the change reversed, not the overexpressed gene; the cells it happened in
    # are no change; vesicles glued to their miRNA name the miRNA as the doer
    ("IRAK1 overexpression promoted the Th17/Treg ratio in CD4+ T cells, which was abolished by BMSCs-exosomal "
     "miR-146a-5p.", ("miR-146a-5p", "decreases", "Th17/Treg ratio"),
     {("BMSCs", "decreases", "IRAK1"), ("BMSCs", "decreases", "CD4+ T cells")}),
    ("IRAK1 overexpression increased IL-6 in macrophages, which was abolished by exosomal miR-146a.",
     ("miR-146a", "decreases", "IL-6"), {("miR-146a", "decreases", "IRAK1")}),
    ("LPS increased IL-6 in macrophages, which was reversed by MSC exosomes.", ("MSC exosomes", "decreases", "IL-6"),
     {("MSC exosomes", "decreases", "macrophages")}),
])
def test_what_a_done_thing_moved_is_what_was_reversed(text, said, not_said):
    from helpers import read_claims

    got = read_claims(text)
    assert said in got and not got & not_said, got


def test_the_loss_of_cells_is_no_change_of_the_cells(reader):
    got = _got(reader, "Mice showed increased neuron loss and elevated TNF-α, which were abolished by MSC exosomes.")
    assert ("mesenchymal stem cell exosome", "decreases", "tumor necrosis factor") in got, got
    assert not any(o == "neuron" and p == "decreases" for s, p, o in got), got


def test_no_reversal_no_change():
    """Without "reversed by" the reversal reading adds nothing and takes nothing away."""
    from kg.ontology import Ontology
    from kg.sources.reader.reversals import reversed_changes

    from kg.model import Entity
    from kg.sources.reader.names import Mention
    from kg.sources.reader.relations import Claim

    ms = [Mention(0, 8, "Exosomes", Entity("exosome", "exosome", "Exosome"), "lexicon"),
          Mention(17, 21, "IL-6", Entity("IL6", "IL-6", "GeneOrProtein"), "lexicon")]
    kept = [Claim(ms[0], "decreases", ms[1], 0, 21, 0.8)]
    assert reversed_changes("Exosomes lowered IL-6.", ms, kept, Ontology.load()) == kept


@pytest.mark.parametrize("sentence, said", [
    ("MSC exosomes reversed the decrease in Bcl-2 caused by H2O2.",
     {("mesenchymal stem cell exosome", "increases", "Bcl-2"), ("hydrogen peroxide", "decreases", "Bcl-2")}),
    ("The increase in IL-6 caused by LPS was attenuated by exosomes.",
     {("lipopolysaccharide", "increases", "interleukin 6"), ("exosome", "decreases", "interleukin 6")}),
    # "SOD" is superoxide dismutase here, not MONDO's septo-optic dysplasia
    ("The reduction of SOD induced by LPS was restored by exosomes.",
     {("exosome", "increases", "superoxide dismutase"), ("lipopolysaccharide", "decreases", "superoxide dismutase")}),
])
def test_a_change_named_before_its_cause(reader, sentence, said):
    assert _got(reader, sentence) == said


def test_rejuvenated_cells_are_not_lowered(reader):
    assert not _got(reader, "Exosomes from young MSCs rejuvenated aged hematopoietic stem cells.")
    assert _got(reader, "iMSC-sEVs could rejuvenate the senescence of NPCs.") == {
        ("iPSC-derived MSC small extracellular vesicle", "decreases", "cellular senescence")}


def test_an_abnormal_expression_set_right_says_no_direction(reader):
    got = _got(reader, "The abnormal expression of IL-4, IL-10 and TNF-α was reversed by hucMSC-EVs.")
    # (the vesicles' name says they come from hucMSCs; that is not about the expression)
    assert got - {("hucMSC-EVs", "derives_from", "hucMSC")} == {
        ("hucMSC-EVs", "regulates", o) for o in ("IL-4", "IL-10", "tumor necrosis factor")}


def test_changes_that_accompany_a_claim_are_its_agents_not_the_last_names():
    """"X alleviated fibrosis, accompanied by decreased TGF-β": X lowers TGF-β; fibrosis does not."""
    from kg.sources.reader import Reader

    def got(text):
        return {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}

    one = got("MSC-EVs alleviated fibrosis, accompanied by decreased TGF-β expression.")
    assert ("MSC-EVs", "decreases", "TGF-β") in one and not any(s == "fibrosis" for s, _, _ in one), one
    two = got("Exosome treatment improved cardiac function, which was associated with reduced apoptosis and a "
              "reduction in IL-6.")
    assert {("exosome", "decreases", "apoptosis"), ("exosome", "decreases", "interleukin 6")} <= two, two
    assert ("exosome", "increases", "brain derived neurotrophic factor") in got(
        "Exosomes improved recovery, along with increased BDNF levels.")


def test_changes_given_as_the_evidence_of_a_claim_are_its_agents():
    """ "exhibited antioxidant activity evident by increased A and decreased B": the vesicles raise A and lower
    B; A does not lower B (it was read so)."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "MSC-EVs exhibited remarkable antioxidant activity evident by increased catalase and glutathione peroxidase "
        "activities and decreased reactive oxygen species (ROS) generation in cultured cells.").statements}
    assert {("MSC-EVs", "increases", "catalase"), ("MSC-EVs", "decreases", "reactive oxygen species")} <= got, got
    assert not any(s in ("catalase", "glutathione peroxidase") for s, _, _ in got), got


def test_changes_that_follow_a_claim_and_a_class_listed_by_its_members(reader):
    """ "X lowered A, followed by a reduction in pro-inflammatory cytokine levels (B, C)": X lowers the members
    B and C too; the members are read after a measure word as well ("cytokine levels (B, C)")."""
    got = _got(reader, "MSC-EVs lowered the number of Th1 cells, followed by a reduction in pro-inflammatory "
                       "cytokine levels (IL-2 and IFN-γ).")
    assert {("MSC-EVs", "decreases", "IL-2"), ("MSC-EVs", "decreases", "IFN-γ")} <= got, got
    assert not any(s == "Th1 cell" for s, _, _ in got), got  # a change that follows is no fall's effect
    got = _got(reader, "MSC-EVs reduced inflammatory cytokine levels (IL-2, IL-21 and IL-17A) in the kidney.")
    assert {("MSC-EVs", "decreases", o) for o in ("IL-2", "IL-21", "IL-17A")} <= got, got


def test_a_change_in_cells_named_by_what_they_were_treated_with(reader):
    """ "TLR4 was upregulated in LPS-treated microglia": the LPS raised it (cells named by their type, not only
    "cells")."""
    assert ("lipopolysaccharide", "increases", "TLR4") in _got(reader, "TLR4 was upregulated in LPS-treated microglia.")
    assert ("BMSC-Exos", "decreases", "interleukin 6") in _got(reader, "IL-6 was reduced in the BMSC-Exos-treated chondrocytes.")


def test_a_group_exposed_to_a_harm_and_a_list_of_changes_with_no_one_behind_them(reader):
    """ "observed in the cisplatin exposed mice with increased IL-6 ... and decreased IL-10": the exposure
    moved them (before, only "treated", "injected" or "administered" named the group); with no one named,
    "had increased IL-6 and decreased IL-10" says IL-6 lowers nothing (before, it lowered IL-10)."""
    got = _got(reader, "Hair cell loss was observed in the cisplatin exposed mice with increased content of IL-6 and "
                       "NLRP3, and decreased content of IL-10.")
    assert {("cisplatin", "increases", "interleukin 6"), ("cisplatin", "increases", "NLRP3"),
            ("cisplatin", "decreases", "IL-10")} <= got, got
    assert _got(reader, "The mice had increased IL-6 and decreased IL-10.") == set()
    # the group named by what it was given keeps it ("miR-25b-3p mice had increased miR-25b-3p, decreased ALT")
    assert ("miR-25b-3p", "decreases", "ALT") in _got(
        reader, "HIRI + miR-25b-3p mice had significantly increased miR-25b-3p expression, decreased ALT levels.")


def test_each_name_moved_by_its_own_verb_in_cells_given_a_harm(reader):
    """ "MiR-486-3p was poorly expressed while TLR4 and NF-κB were highly expressed in HG-treated cells":
    before, the first name took the last verb across "while" (high glucose raised miR-486-3p), TLR4 was
    passed over, and a name listed before a verb had no direction."""
    got = _got(reader, "Muller cells were exposed to high glucose (HG). MiR-486-3p was poorly expressed while TLR4 "
                       "and NF-κB were highly expressed in HG-treated Muller cells.")
    assert {("high glucose", "decreases", "miR-486-3p"), ("high glucose", "increases", "TLR4"),
            ("high glucose", "increases", "NF-κB signaling")} <= got, got
    assert ("high glucose", "increases", "miR-486-3p") not in got, got


def test_an_activation_reversed_with_abnormal_expressions_is_a_fall(reader):
    """ "NF-κB pathway activation and the abnormal expression of IL-4 and IL-8 were reversed by EVs": the
    activation fell; the abnormal expressions were set right, which way unsaid (before, all unsigned)."""
    got = _got(reader, "The IRAK1/TAB2/NF-κB pathway activation and the abnormal expression of IL-4 and IL-8 were "
                       "reversed by hucMSC-EVs.")
    assert ("hucMSC-EVs", "decreases", "IRAK1/TAB2/NF-κB pathway") in got, got
    assert {("hucMSC-EVs", "regulates", "IL-4"), ("hucMSC-EVs", "regulates", "IL-8")} <= got, got



def test_changes_after_a_doer_in_treated_cells_are_the_doers_not_the_treatments(reader):
    """ "hucMSC-Exos activated autophagy in cisplatin-treated HK-2 cells ..., resulting in decreased apoptosis": the
    fall is the exosomes' doing. Before, the treated group made cisplatin lower apoptosis."""
    got = _got(reader, "After 48 h of co-culture, hucMSC-Exos activated autophagy in cisplatin-treated HK-2 cells "
                       "through the AMPK/mTOR pathway, resulting in decreased apoptosis and improved cell viability.")
    assert not any(s == "cisplatin" for s, _, _ in got), got
    assert ("lipopolysaccharide", "increases", "TLR4") in _got(reader, "TLR4 was upregulated in LPS-treated microglia.")


@pytest.mark.parametrize("text, said, not_said", [
    # a raised Z undoing an inhibitory effect does the opposite of the effect's owner (not what "reversed" says of it)
    ("The inhibitory effect of exosomal miR-92a-3p on chondrocyte hypertrophy was reversed by WNT5A overexpression.",
     {("miR-92a-3p", "decreases", "chondrocyte hypertrophy"), ("WNT5A", "increases", "chondrocyte hypertrophy")},
     {("WNT5A", "decreases", "chondrocyte hypertrophy")}),
    # a blocker of Z undoing the effect says Z does what the owner did
    ("The promoting effect of BMSC-Exos on chondrocyte proliferation was reversed by a miR-92a-3p inhibitor.",
     {("BMSC-Exos", "increases", "chondrocyte proliferation"), ("miR-92a-3p", "increases", "chondrocyte proliferation")},
     set()),
    ("The anti-apoptotic effect of ADSC-Exos on cardiomyocytes was reversed by a PI3K inhibitor.",
     {("PI3K", "decreases", "anti-apoptotic")}, set()),
])
def test_what_undid_an_effect_moves_what_the_effect_moved(text, said, not_said):
    from helpers import read_claims

    got = read_claims(text)
    assert said <= got and not got & not_said, got


def test_an_upregulation_of_names_that_accompanied_a_claim_is_its_agents():
    from helpers import read_claims

    got = read_claims("ADSC-Exos reduced hepatic lipid accumulation in obese mice, accompanied by upregulation of PPARα "
                      "and CPT1A.")
    assert {("ADSC-Exos", "increases", "PPARα"), ("ADSC-Exos", "increases", "CPT1A")} <= got, got


@pytest.mark.parametrize("text, said, not_said", [
    # the one undoing the effect named first, as the subject of "abrogated"/"reversed"
    ("Silencing of miR-125b-5p in BMSCs abrogated the protective effect of BMSC-Exos against cardiomyocyte apoptosis.",
     ("miR-125b-5p", "decreases", "cardiomyocyte apoptosis"), None),
    ("Overexpression of TLR4 reversed the inhibitory effect of the exosomes on microglial activation.",
     ("TLR4", "increases", "microglial activation"), None),
    ("MSC exosomes counteracted the inhibitory effect of TGF-β on proliferation.",
     ("MSC exosomes", "increases", "proliferation"), None),
    # what the vesicles could do, impaired by the loss of their cargo: the cargo did it (the sign used to be the opposite)
    ("Knockdown of circRNA_0002113 in MSCs impaired the capacity of their exosomes to promote osteogenic differentiation.",
     ("circRNA_0002113", "increases", "osteogenic differentiation"), ("circRNA_0002113", "decreases", "osteogenic differentiation")),
    ("Depletion of miR-21a-5p in MSCs abrogated the ability of their exosomes to reduce infarct size.",
     ("miR-21a-5p", "decreases", "infarct size"), ("miR-21a-5p", "increases", "infarct size")),
    # a protective effect on cells says no direction on the cells ("protective" is no "pro-" word)
    ("Overexpression of PTEN reversed the protective effect of the exosomes on neurons.", None,
     ("PTEN", "decreases", "neurons")),
])
def test_what_undid_an_effect_named_first(text, said, not_said):
    from helpers import read_claims

    got = read_claims(text)
    assert (said is None or said in got) and (not_said is None or not_said not in got), got


def test_a_doer_named_beside_stimulated_cells_keeps_its_changes():
    """ "In LPS-stimulated BV2 microglia, hucMSC-Exos decreased iNOS": the vesicles did, not the stimulus (which used to
    lower iNOS too, a sign error: LPS raises it)."""
    from helpers import read_claims

    got = read_claims("In a rat model of spinal cord injury and in LPS-stimulated BV2 microglia, hucMSC-Exos decreased the "
                      "expression of iNOS and TNF-α while increasing Arg-1 and IL-10.")
    assert {("hucMSC-Exos", "decreases", "iNOS"), ("hucMSC-Exos", "increases", "IL-10")} <= got, got
    assert not any(s == "LPS" for s, _, _ in got), got


def test_changes_listed_with_their_measures_after_as_shown_by_are_the_agents():
    """ "as shown by increased ALP activity and RUNX2 expression": RUNX2 rose too (the measure word between the two
    names used to end the list at ALP)."""
    from helpers import read_claims

    got = read_claims("MSC-Exos promoted osteogenic differentiation, as shown by increased ALP activity and RUNX2 expression.")
    assert {("MSC-Exos", "increases", "ALP"), ("MSC-Exos", "increases", "RUNX2")} <= got, got
