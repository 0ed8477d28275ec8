"""Names found by their shape (:mod:`kg.sources.reader.patterns`), alone and through the recogniser."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    r = Recognizer(Lexicon([]))
    r.vocabulary = Vocabulary.load()
    return r


def _found(rec: Recognizer, text: str) -> dict[str, str]:
    return {m.text: m.entity.label for m in rec._pattern_candidates(text)}


def test_rnas_collagens_and_short_names_of_agents(rec):
    got = _found(rec, "lncRNA MALAT1, circHIPK3, collagen II and LPS rose in ER stress")
    assert got["lncRNA MALAT1"] == "MALAT1" and got["collagen II"] == "COL2A1"
    assert got["LPS"] == "lipopolysaccharide" and "ER stress" in got and "circHIPK3" in got


def test_a_symbol_before_a_modifier_word_is_left_to_the_phrase(rec):
    # "IL-1β-induced apoptosis" names the apoptosis; the phrase step splits the inducer off
    assert "IL-1β" not in _found(rec, "IL-1β-induced apoptosis rose")


def test_a_family_short_form_inside_a_members_name(rec):
    got = {m.text: m.entity.label for m in rec.find("Cells were given interleukin (IL)-1β at once.")}
    assert got.get("interleukin (IL)-1β") == "IL-1β"


def test_cells_named_after_their_tissue_in_small_letters(rec):
    got = {m.text: m.entity.type for m in rec._pattern_candidates("hUC-MSCs and hBMSCs grew")}
    assert got == {"hUC-MSCs": "MesenchymalStemCell", "hBMSCs": "MesenchymalStemCell"}


def test_a_member_named_inside_its_familys_definition_without_a_symbol(rec):
    """"transforming growth factor (TGF)-β1": HGNC keeps "TGF-β1" as the protein's name, not a symbol;
    before, the long form and "TGF" were two ungrounded names."""
    text = "Cells were induced with transforming growth factor (TGF)-β1 to mimic asthma."
    got = {m.text: m.entity.label for m in rec._pattern_candidates(text)}
    assert got.get("transforming growth factor (TGF)-β1") == "TGF-β1"


def test_what_cells_were_given_is_named_but_a_state_word_is_no_part_of_a_name(rec):
    got = _found(rec, "proliferation of TGF-β1-treated BSMCs in EAE-affected mice")
    assert "TGF-β1" in got, got  # before, "-treated" hid the name
    assert got.get("EAE") == "experimental autoimmune encephalomyelitis" and "EAE-affected" not in got


def test_t_cell_subsets_by_their_short_names(rec):
    got = {m.text: m.entity.label for m in rec._pattern_candidates("Tregs rose, Th1 fell and Th17 cells fell")}
    assert got == {"Tregs": "Treg cell", "Th1": "Th1 cell", "Th17 cells": "Th17 cell"}, got
    # inside a list or a definition the subset is part of a longer name
    assert not {"Th1", "Th17", "Treg"} & set(_found(rec, "regulating Th1/Th17/Treg imbalance"))
    assert "Treg" not in _found(rec, "promoted regulatory T (Treg) cells")


def test_a_cell_short_name_in_a_list_of_genes_is_the_gene(rec):
    """"NLRP3, ASC, cleaved caspase-1": the inflammasome adaptor (PYCARD), not adipose stem cells."""
    got = {m.text: (m.entity.type, m.entity.label) for m in rec._pattern_candidates("IL-6, NLRP3, ASC, cleaved caspase-1 rose")}
    assert got["ASC"] == ("GeneOrProtein", "PYCARD"), got
    got = {m.text: m.entity.type for m in rec._pattern_candidates("BMSCs, ASCs and fibroblasts grew")}
    assert got["ASCs"] == "MesenchymalStemCell", got


def test_vesicles_named_with_their_word_first(rec):
    """"exo-146a" (loaded with miR-146a), "exo-naïve": before, no name, and the cells after them did what they did."""
    got = {m.text: m.entity.type for m in rec._pattern_candidates("exo-146a and exo-naïve and Exo-miR-21 rose")}
    assert got == {"exo-146a": "EngineeredVesicle", "exo-naïve": "Exosome", "Exo-miR-21": "EngineeredVesicle"}, got


def test_a_split_name_that_leads_a_pathway_names_the_pathway(rec):
    """"Toll-like receptor (TLR)-4/NF-κB signaling pathway": before, TLR4 and the NF-κB pathway, two names."""
    text = "via inhibiting Toll-like receptor (TLR)-4/NF-κB signaling pathway."
    got = {m.text: (m.entity.type, m.entity.label) for m in rec._pattern_candidates(text)}
    assert got["Toll-like receptor (TLR)-4/NF-κB signaling pathway"] == ("Pathway", "TLR4/NF-κB signaling pathway"), got


def test_radiation_is_an_exposure_that_induces_what_follows_it():
    """ "ultraviolet (UV) radiation-induced skin photodamage": the radiation (not a gene "UV", not a site
    "radiation-induced skin") raises the photodamage; the short form inside is no part of its label."""
    from kg.sources.reader import Reader

    result = Reader().read("Exosomes reduced ultraviolet (UV) radiation-induced skin photodamage in mice. "
                           "UVB irradiation decreased SIRT1 in keratinocytes.")
    kinds = {m.text: (m.entity.type, m.entity.label) for m in result.mentions}
    assert kinds["ultraviolet (UV) radiation"] == ("Intervention", "ultraviolet radiation"), kinds
    assert kinds["UVB irradiation"][0] == "Intervention" and not any(t == "AnatomicalSite" for t, _ in kinds.values()), kinds
    got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
    assert ("ultraviolet radiation", "increases", "skin photodamage") in got, got
    assert ("UVB irradiation", "decreases", "SIRT1") in got, got


def test_bare_radiation_that_induces_a_harm_is_the_studys_named_exposure():
    """ "radiation-induced DNA damage" after "thoracic radiation": the vesicles lower DNA damage (not a
    "radiation-induced DNA damage" of its own) and the study's thoracic radiation raises it; a disease
    named with its short form, "radiation-induced lung injury (RILI)", stays one name."""
    from kg.sources.reader import Reader

    result = Reader().read("We exposed mice to thoracic radiation. MSC-EVs reduced the levels of radiation-induced "
                           "DNA damage. Exosomes attenuated radiation-induced lung injury (RILI) in mice.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
    assert {("MSC-EVs", "decreases", "DNA damage"), ("thoracic radiation", "increases", "DNA damage"),
            ("MSC-EVs", "ameliorates", "radiation-induced lung injury")} <= got, got
    assert not any(o.startswith("radiation-induced DNA") or s == "radiation" for s, _, o in got), got


def test_a_cell_line_named_before_cells_is_cells_not_a_gene():
    """ "HK-2 cells" are the kidney cell line (EFO), not hexokinase 2; "PC12 cell differentiation" is one
    process of the line's cells, which miR-199a-3p raises (not the gene "PC12")."""
    from kg.sources.reader import Reader

    result = Reader().read("Exosomes protected HK-2 cells from apoptosis. miR-199a-3p promoted PC12 cell "
                           "differentiation in vitro.")
    found = {m.text: (m.entity.type, m.identifier) for m in result.mentions}
    assert found["HK-2 cells"] == ("CellType", "EFO:0022529"), found
    assert "HK-2" not in found and "PC12" not in found, found
    assert found["PC12 cell differentiation"][0] == "BiologicalProcess", found
    got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
    assert ("miR-199a-3p", "increases", "PC12 cell differentiation") in got, got


def test_a_gene_with_its_change_glued_on_is_the_gene_and_the_change_its_sign():
    """ "Nrf2-knockdown increased apoptosis": the gene Nrf2 (HGNC), whose loss raised apoptosis, so Nrf2
    lowers it; before, "Nrf2-knockdown" was read as an unknown gene of its own and nothing was stated."""
    from kg.sources.reader import Reader

    reader = Reader()
    result = reader.read("Nrf2-knockdown increased apoptosis in neurons.")
    assert [(m.text, m.identifier) for m in result.mentions if m.text.startswith("Nrf2")] == [("Nrf2", "HGNC:7782")]
    got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
    assert ("Nrf2", "decreases", "apoptosis") in got, got
    assert "PTEN" in {m.text for m in reader.read("PTEN-overexpression vectors reversed the effect.").mentions}


def test_hypoxia_that_induces_a_change_is_an_exposure_and_each_listed_inducer_raises_it():
    """ "inhibit hypoxia-induced PAEC apoptosis": hypoxia (the culture's exposure) raises the apoptosis the
    vesicles lower; in "AMI or hypoxia-induced TLR4 signal", AMI raises it as well as hypoxia."""
    from kg.sources.reader import Reader

    reader = Reader()
    got = {(s.subject.label, s.predicate, s.object.label) for s in reader.read(
        "MSC-exo inhibited hypoxia-induced pulmonary arterial endothelial cell apoptosis.").statements}
    assert {("hypoxia", "increases", "pulmonary arterial endothelial cell apoptosis"),
            ("MSC-exo", "decreases", "pulmonary arterial endothelial cell apoptosis")} <= got, got
    got = {(s.subject.label, s.predicate, s.object.label) for s in reader.read(
        "We studied acute myocardial infarction (AMI). Exosomes inhibited AMI or hypoxia-induced TLR4 signaling.").statements}
    assert {("hypoxia", "increases", "TLR4 signaling"), ("acute myocardial infarction", "increases", "TLR4 signaling")} <= got, got


def test_vesicles_named_by_their_cells_state_are_vesicles():
    """ "Aged-Exos", "Young-EVs": the vesicles of aged or young cells (a capitalised state glued to the
    vesicles' word), which before were no mention at all."""
    from kg.sources.reader import Reader

    kinds = {m.text: m.entity.type for m in Reader().read(
        "Aged-Exos impaired fracture healing, whereas Young-EVs promoted it.").mentions}
    assert kinds.get("Aged-Exos") == "Exosome" and kinds.get("Young-EVs") == "ExtracellularVesicle", kinds


def test_a_phosphorylated_form_names_its_protein(rec):
    """ "p-Akt", "p-STAT3", "phospho-CREB", "p-NF-κB": the form that was measured; before, no name at all
    (the hyphen after "p" hid the symbol), and a list through them broke."""
    got = {m.text: m.entity.label for m in rec.find("Exosomes raised p-Akt, p-STAT3, p-ERK1/2, phospho-CREB and p-IκBα.")}
    assert {"p-Akt": "Akt", "p-STAT3": "STAT3", "p-ERK1/2": "ERK1/2", "phospho-CREB": "CREB", "p-IκBα": "IκBα"}.items() <= got.items(), got
    # what the form did is its own word; a "p-value" or a chemical's position prefix names no protein
    got = _found(rec, "The p-value fell; p-Coumaric acid and p-STAT3-mediated apoptosis rose")
    assert got == {"p-STAT3": "STAT3"}, got


def test_a_phosphorylated_protein_named_by_its_mass_is_that_protein():
    """ "p-p65" is phosphorylated p65, RELA (HGNC:9955), as a bare "p65" was already; before, no name at all."""
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read("Exosomes lowered p-p65 and p-p53 in the kidney.").mentions}
    assert found.get("p-p65") == "HGNC:9955" and found.get("p-p53") == "HGNC:11998", found


def test_a_cells_short_name_the_cell_ontology_keeps_is_the_cells():
    """ "EPCs", "VSMCs": the Cell Ontology's short names of endothelial progenitor and vascular smooth muscle
    cells; before, ungrounded proteins ("Nrf2 knockdown inhibited EPC tube formation" lowered a protein EPC)."""
    from kg.sources.reader import Reader

    found = {m.text: (m.entity.type, m.identifier) for m in Reader().read(
        "Exosomes protected EPCs and reduced calcification of VSMCs.").mentions}
    assert found["EPCs"] == ("CellType", "CL:0002619") and found["VSMCs"] == ("CellType", "CL:0000359"), found


def test_a_mirna_whose_short_form_is_defined_inside_its_name():
    """ "microRNA (miR)-188 was the most enriched miRNA in exosomes": before, only the class word "microRNA"
    was read, so nothing was carried."""
    from kg.sources.reader import Reader

    result = Reader().read("microRNA (miR)-188 was the most enriched miRNA in exosomes.")
    assert {m.text: m.entity.label for m in result.mentions}.get("microRNA (miR)-188") == "miR-188"
    assert ("exosome", "carries", "miR-188") in {(s.subject.label, s.predicate, s.object.label) for s in result.statements}


def test_a_space_a_typesetter_put_inside_a_mirna_name(rec):
    """ "miR-125 b" is miR-125b; "miR-21 a key regulator" is miR-21 and an article."""
    got = _found(rec, "Among them, miR-125 b, let-7b and miR-146 c were conserved; miR-21 a key regulator was not.")
    assert got["miR-125 b"] == "miR-125b" and got["miR-146 c"] == "miR-146c", got
    assert got["miR-21"] == "miR-21" and "miR-21 a" not in got, got


def test_a_drug_named_only_as_the_cause_of_a_harm_is_a_molecule_that_raises_it():
    """ "cisplatin-induced ototoxicity", "the glucocorticoid-induced injury": the term lists' chemical is named
    (before, no mention, so nothing said what caused the harm); a word no list knows as one chemical is not."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes alleviate cisplatin-induced ototoxicity in mice. EVs prevent the "
                        "glucocorticoid-induced injury of BMECs. Noise-exposed mice were deaf.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["cisplatin"] == ("Molecule", "CHEBI:27899") and found["glucocorticoid"] == ("Molecule", "CHEBI:24261"), found
    assert "Noise" not in found, found
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("cisplatin", "increases", "ototoxicity") in got and ("glucocorticoid", "increases", "injury") in got, got


def test_a_noncode_lncrna_id_is_one_gene_product_written_with_or_without_a_space():
    """ "NONHSAT 084969.2" (as an abstract printed it) and "NONHSAT084969.2" are one lncRNA; silencing it and
    seeing its targets fall says it raises them."""
    from kg.sources.reader import read_text

    r = read_text("By silencing NONHSAT 084969.2 with small interfering RNA, Runx2 expression was decreased. "
                  "NONHSAT084969.2 was abundant.")
    names = {m.text: m.entity.label for m in r.mentions if m.text.startswith("NON")}
    assert names == {"NONHSAT 084969.2": "NONHSAT084969.2", "NONHSAT084969.2": "NONHSAT084969.2"}, names
    assert ("NONHSAT084969.2", "increases", "Runx2") in {(s.subject.label, s.predicate, s.object.label) for s in r.statements}


def test_a_collagen_is_its_alpha_1_chains_gene_unless_several_chains_alike_make_it():
    """ "collagen I" and "Col Iα1" are COL1A1, as curators name collagen I (its two alpha-1 chains); "collagen
    III" is COL3A1; "type IV collagen", of six alike chains (COL4A1-6), is FamPlex's COL4 family."""
    from kg.sources.reader import read_text

    r = read_text("Exosomes raised collagen I, Col Iα1, collagen III and type IV collagen.")
    got = {m.text: m.identifier for m in r.mentions if "ol" in m.text}
    assert got == {"collagen I": "HGNC:2197", "Col Iα1": "HGNC:2197", "collagen III": "HGNC:2201",
                   "type IV collagen": "fplx:COL4"}, got


def test_msc_named_by_any_initials_make_the_vesicles_named_after_them():
    """ "AMSC-derived exosomes" (antler MSCs) come from the AMSCs; "cMSCs" (conditioned) are MSCs, grounded to the
    Cell Ontology's MSC as the closest (broader) term."""
    from kg.sources.reader import read_text

    r = read_text("AMSC-derived exosomes reduced hippocampal neuronal apoptosis. cMSCs reduced inflammation.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(r.statements, r.arguments)}
    assert ("AMSC-derived exosomes", "derives_from", "AMSC") in got, got
    cells = {m.text: (m.entity.type, m.identifier) for m in r.mentions if m.text in ("AMSC", "cMSCs")}
    assert cells == {"AMSC": ("MesenchymalStemCell", "CL:0000134"), "cMSCs": ("MesenchymalStemCell", "CL:0000134")}, cells


@pytest.mark.parametrize("short, curie", [("COPD", "MONDO:0005002"), ("ALS", "MONDO:0004976"), ("HCC", "MONDO:0007256")])
def test_an_undefined_disease_short_name_that_is_only_a_genes_alias_is_the_disease(short, curie):
    """ "COPD" is also an alias of ARCN1 and "ALS" of SOD1; with no definition in the text, MONDO's short name wins
    over an alias (an approved symbol still wins: "STAT3")."""
    from kg.sources.reader import read_text

    ids = {m.text: m.identifier for m in read_text(f"Exosomes reduced lung damage in {short}; STAT3 rose.").mentions}
    assert ids.get(short) == curie and ids.get("STAT3") == "HGNC:11364", ids
    measured = {m.text: m.entity.type for m in read_text("Exosomes decreased serum ALT levels in mice.").mentions}
    assert measured.get("ALT") != "DiseaseOrInjury", measured  # the enzyme measured, not MONDO's "ALT" tumour


@pytest.mark.parametrize("text, cells, kind", [
    ("DPSC-derived exosomes protect retinal ganglion cells.", "DPSC", "StemCell"),
    ("NSC-derived exosomes protect neurons.", "NSC", "StemCell"),
    ("EPC-derived EVs promote angiogenesis.", "EPC", "CellType"),
])
def test_vesicles_derived_from_cells_by_initials_no_sentence_defined_are_no_gene(text, cells, kind):
    from kg.sources.reader import read_text

    found = {m.text: m.entity.type for m in read_text(text).mentions}
    assert found.get(cells) == kind and not any(t == "GeneOrProtein" for t in found.values()), found


def test_an_inducer_glued_to_triggered_is_no_gene_name():
    """ "inhibited LPS-triggered iNOS expression": iNOS fell and LPS raised it; "LPS-triggered" was a gene's name."""
    from helpers import read_claims

    got = read_claims("In RAW264.7 cells, MSC-EVs inhibited LPS-triggered iNOS expression and NO production.")
    assert {("MSC-EVs", "decreases", "iNOS"), ("LPS", "increases", "iNOS")} <= got, got
    assert not any("triggered" in o for _, _, o in got), got


def test_a_genesis_word_no_term_list_names_is_a_provisional_process():
    """ "by suppressing osteoclastogenesis": a process (ungrounded, provisional), so the chain has its mediator; a
    named one ("osteogenesis") keeps its GO term."""
    from kg.sources.reader import read_text

    r = read_text("SHED-Exos ameliorated bone loss by suppressing osteoclastogenesis and promoting osteogenesis.")
    found = {m.text: (m.entity.type, m.identifier) for m in r.mentions}
    assert found["osteoclastogenesis"] == ("BiologicalProcess", None), found
    assert found["osteogenesis"] == ("BiologicalProcess", "GO:0001503"), found
    assert ("SHED-Exos", "decreases", "osteoclastogenesis") in {
        (a.text, s.predicate, b.text) for s, (a, b) in zip(r.statements, r.arguments)}
