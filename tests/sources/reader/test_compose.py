"""Names made of names: engineered vesicles, processes of cells and of places, "the repair of D", class words."""
from __future__ import annotations

import pytest

from kg.lexicon import Lexicon, load_lexicon
from kg.ontology import Ontology
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.vocabulary import Vocabulary


@pytest.fixture
def rec() -> Recognizer:
    """A recogniser with the shipped lexicon and the term list, as the reader builds it."""
    onto = Ontology.load()
    r = Recognizer(load_lexicon(onto), onto)
    r.vocabulary = Vocabulary.load()
    return r


def test_an_inducer_is_split_from_what_it_induced():
    rec = Recognizer(Lexicon([]))
    rec.vocabulary = Vocabulary.load()
    got = [(m.text, m.entity.type) for m in rec.find("RIPK1/PGAM5 rose in cisplatin-induced acute kidney injury")]
    assert got == [("RIPK1", "GeneOrProtein"), ("PGAM5", "GeneOrProtein"), ("cisplatin", "Molecule"),
                   ("acute kidney injury", "DiseaseOrInjury")], got


def test_vesicles_from_cells_made_to_carry_a_mirna_are_one_entity():
    """The long phrase, the "containing" phrase and the short form of one engineered vesicle meet;
    vesicles made to block that miRNA stay apart, and "AMI-induced" is no gene."""
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    text = ("Exosomes derived from miR-92a-3p-overexpressing human mesenchymal stem cells enhance chondrogenesis. "
            "PHCs took up MSC-miR-92a-3p-Exos or MSC-anti-miR-92a-3p-Exos. miR-92a-3p containing exosomes rose after "
            "AMI-induced damage.")
    found = {m.text: m for m in rec.find(text)}
    long_form = found["Exosomes derived from miR-92a-3p-overexpressing human mesenchymal stem cells"]
    assert long_form.entity.type == "EngineeredVesicle" and long_form.producer is not None
    assert long_form.producer.type == "MesenchymalStemCell"
    assert found["MSC-miR-92a-3p-Exos"].entity.id == long_form.entity.id
    assert found["miR-92a-3p containing exosomes"].entity.id == long_form.entity.id
    assert found["miR-92a-3p containing exosomes"].cargo is not None
    assert found["MSC-anti-miR-92a-3p-Exos"].entity.id != long_form.entity.id
    assert "MSC-miR-92a-3p-Exos" in long_form.entity.synonyms
    assert "AMI-induced" not in found


def test_a_class_word_gives_way_to_a_standard_name_that_holds_it(rec):
    got = {m.text: m.entity.type for m in rec.find("MSCs disrupted a cytokine storm and cytokine production, "
                                                  "and cytokines fell.")}
    assert got.get("cytokine storm") == "DiseaseOrInjury" and got.get("cytokine production") == "BiologicalProcess"
    assert "cytokines" in got  # alone, the class word stays


def test_processes_of_named_cells_are_that_cell_types_process(rec):
    got = {m.text: m.entity.label for m in rec.find("EVs increased migration and tube formation of endothelial cells "
                                                    "and the proliferation of chondrocytes.")}
    assert got["migration"] == "endothelial cell migration" and got["proliferation"] == "chondrocyte proliferation"
    assert got["tube formation"] == "tube formation"  # GO names no "endothelial cell tube formation"


def test_a_process_named_with_where_it_happens_is_one_mention(rec):
    got = {m.text: m.entity.type for m in rec.find("Exosomes facilitate spinal cord functional recovery and "
                                                   "attenuate kidney tubular epithelial cell damage.")}
    assert got.get("spinal cord functional recovery") == "Phenotype"
    assert got.get("kidney tubular epithelial cell damage") == "Phenotype"


def test_the_repair_of_a_disease_is_a_state_of_its_own(rec):
    got = {m.text: m.entity.type for m in rec.find("EVs promote the repair of intervertebral disc degeneration.")}
    assert got.get("repair of intervertebral disc degeneration") == "Phenotype", got


def test_the_phrase_a_short_form_abbreviates_is_the_same_engineered_vesicle(rec):
    got = {m.text: m.entity.id for m in rec.find(
        "Cells were treated with exosomes derived from MSC-miR-92a-3p (MSC-miR-92a-3p-Exos) or its antisense "
        "inhibitor (MSC-anti-miR-92a-3p-Exos).")}
    assert got["exosomes derived from MSC-miR-92a-3p"] == got["MSC-miR-92a-3p-Exos"] != got["MSC-anti-miR-92a-3p-Exos"]


def test_a_slash_list_keeps_only_names_of_genes(rec):
    got = [m.text for m in rec.find("AMI raised TLR4/NF kappa B levels.")]
    assert "TLR4" in got and "NF" not in got, got


def test_cells_named_with_their_tissue_are_one_mention_of_those_cells():
    """The tissue and species words are part of the cells' name, and ground them to that tissue's MSCs;
    "stromal" is the other reading of MSC."""
    from kg.sources.reader import Reader

    text = ("Vesicles derived from human umbilical cord mesenchymal stromal cells were collected. "
            "Bone marrow-derived mesenchymal stem cells were cultured.")
    got = {m.text: m for m in Reader().read(text).mentions}
    cord = got["human umbilical cord mesenchymal stromal cells"]
    assert cord.entity.id == "MSC" and cord.identifier == "CL:0002569", (cord.entity.id, cord.identifier)
    bone = got["Bone marrow-derived mesenchymal stem cells"]
    assert bone.identifier == "CL:0002540", bone.identifier
    assert not [t for t in got if t.lower() in ("umbilical cord", "bone marrow")], list(got)


def test_a_bare_process_word_of_named_cells_is_that_cell_types_process():
    """ "the activation of circulating monocytes" is GO monocyte activation, and so is the first of
    "the activation and cytokine production of macrophages"."""
    from kg.sources.reader import Reader

    res = Reader().read("Human umbilical cord mesenchymal stem cells suppress the activation of circulating monocytes. "
                        "The exosomes inhibit the activation and cytokine production of macrophages.")
    got = {(s.predicate, s.object.label, s.object.xrefs[0].curie if s.object.xrefs else None) for s in res.statements}
    assert ("decreases", "monocyte activation", "GO:0042117") in got, got
    assert ("decreases", "macrophage activation", "GO:0042116") in got, got
    assert not [g for g in got if g[1] in ("circulating monocytes", "macrophages")], got


def test_vesicles_abundant_in_a_mirna_carry_it():
    from kg.sources.reader import Reader

    res = Reader().read("miR-23a-3p-abundant small extracellular vesicles promote cartilage regeneration.")
    assert [m.text for m in res.mentions][0] == "miR-23a-3p-abundant small extracellular vesicles"
    assert ("carries", "miR-23a-3p") in {(s.predicate, s.object.label) for s in res.statements}


@pytest.mark.parametrize("title, vesicles, cells", [
    # a title's capitals and its en dash before "Derived"
    ("Mesenchymal Stem Cell–Derived Small Extracellular Vesicles Promote Neuroprotection in Rats",
     "Mesenchymal Stem Cell–Derived Small Extracellular Vesicles", "mesenchymal stem cell"),
    # "Exosomes" whole, not its first four letters
    ("Mesenchymal Stem Cell-Derived Exosomes Rescue Muscle Atrophy",
     "Mesenchymal Stem Cell-Derived Exosomes", "mesenchymal stem cell"),
    # a tissue no name found ("adipose") still names the cells the vesicles come from
    ("Adipose-Derived Stem Cell Exosomes promote healing.", "Adipose-Derived Stem Cell Exosomes",
     "Adipose-derived stem cell"),
])
def test_vesicles_named_after_their_cells_in_a_title(title, vesicles, cells):
    from kg.sources.reader import Reader

    res = Reader().read(title)
    assert vesicles in [m.text for m in res.mentions], [m.text for m in res.mentions]
    derived = {(s.predicate, s.object.label.lower()) for s in res.statements if s.predicate == "derives_from"}
    assert derived == {("derives_from", cells.lower())}, derived
    assert not any(s.subject.label.lower() == cells.lower() and s.predicate != "derives_from" for s in res.statements)


def test_cells_named_after_a_tissue_no_name_found():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read("Exosomes from Adipose-Derived Stem Cells promote healing.").mentions}
    assert found.get("Adipose-Derived Stem Cells") == "CL:0002570", found


def test_a_process_of_cells_named_by_their_head_noun_when_go_has_no_name_for_the_whole():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "Hypertrophic scar fibroblasts (HSFBs) were cultured. Exosomes inhibited the proliferation and migration "
        "of HSFBs.").mentions}
    assert found.get("proliferation") == "GO:0048144" and found.get("migration") == "GO:0010761", found  # fibroblast's


def test_the_death_of_named_cells_is_cell_death_not_the_cells():
    from kg.sources.reader import Reader

    got = {(s.predicate, s.object.label) for s in Reader().read("Exosomes reduced the death of retinal ganglion cells.").statements}
    assert ("decreases", "cell death") in got and ("decreases", "retinal ganglion cell") not in got, got


def test_the_death_of_cells_named_by_a_short_form_after_two_adjectives_is_cell_death():
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "We studied retinal ganglion cells (RGC). Fibroblast sEV reduced death of cultured purified RGC.").statements}
    assert any(p == "decreases" and o == "cell death" for s, p, o in got), got
    assert not any(o in ("retinal ganglion cell", "RGC") for s, p, o in got), got  # not "lowered the cells"
    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Exosomes promoted the polarization of cultured microglia.").statements}
    assert not any(o == "cell polarization" or "polarity" in o for s, p, o in got), got  # polarity is another process


def test_vesicles_named_with_overexpressing_and_a_mirna_are_one_engineered_vesicle():
    from kg.sources.reader import Reader

    res = Reader().read("BMSCs-Exo overexpressing miR-29a can reduce SMAD2 and SMAD3.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("BMSCs-Exo overexpressing miR-29a", "decreases", "SMAD2") in got, got
    assert ("BMSCs-Exo overexpressing miR-29a", "carries", "miR-29a") in got, got
    assert [m.entity.type for m in res.mentions if m.text.startswith("BMSCs-Exo")] == ["EngineeredVesicle"]


def test_vesicles_of_cells_named_with_their_tissue_are_one_mention_made_by_those_cells():
    """"bone marrow mesenchymal stem cell-derived exosomes" is not the bone marrow and then vesicles of
    any MSC: the vesicles come from bone marrow MSCs."""
    from kg.sources.reader import Reader

    res = Reader().read("Bone marrow mesenchymal stem cell-derived exosomes reduced apoptosis. We gave human umbilical "
                        "cord mesenchymal stem cell exosomes to rats.")
    texts = [m.text for m in res.mentions]
    assert "Bone marrow mesenchymal stem cell-derived exosomes" in texts, texts
    assert "human umbilical cord mesenchymal stem cell exosomes" in texts, texts
    assert not [t for t in texts if t.lower() in ("bone marrow", "umbilical cord")], texts
    made = {x.curie for s in res.statements if s.predicate == "derives_from" for x in s.object.xrefs}
    assert "CL:0002540" in made, made
    assert {s.object.type for s in res.statements if s.predicate == "derives_from"} == {"MesenchymalStemCell"}


def test_vesicles_of_msc_symbols_and_adipose_stem_cells_named_with_their_tissue():
    """"Human umbilical cord MSC-derived exosomes", "Adipose stem cell exosomes": the tissue names the
    producer, grounded to that tissue's MSCs."""
    from kg.sources.reader import Reader

    res = Reader().read("Human umbilical cord MSC-derived exosomes attenuate injury. Adipose stem cell exosomes "
                        "ameliorate hepatic fibrosis.")
    made = {s.object.label: [x.curie for x in s.object.xrefs] for s in res.statements if s.predicate == "derives_from"}
    assert made.get("Human umbilical cord MSC") == ["CL:0002569"], made
    assert made.get("Adipose stem cell") == ["CL:0002570"], made


def test_vesicles_of_cells_modified_with_a_mirna_before_a_lexicon_vesicle_name_are_one_engineered_vesicle():
    """"miR-146a-modified MSC exosomes" are the exosomes of modified MSCs, not miR-146a acting alone."""
    from kg.sources.reader import Reader

    res = Reader().read("miR-146a-modified MSC exosomes promote M2 macrophage polarization in diabetic rats.")
    got = {(s.subject.label, s.predicate) for s in res.statements}
    assert ("miR-146a-modified MSC exosomes", "increases") in got, got
    assert not any(subj == "miR-146a" for subj, _ in got), got


def test_cells_and_what_they_were_given_are_two_names():
    rec = Recognizer(Lexicon([]))
    rec.vocabulary = Vocabulary.load()
    got = [(m.text, m.entity.type) for m in rec.find("Exosomes raised the viability of IL-1β-treated chondrocytes.")]
    assert ("IL-1β", "CytokineOrGrowthFactor") in got and ("chondrocytes", "CellType") in got, got


def test_a_titles_capitalised_derived_names_the_source_cells():
    """ "BMSC-Derived Exosomes Promote ...": the capital hid "-derived", so the name was a protein "BMSC-Derived"
    and the vesicles had no source."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read("BMSC-Derived Exosomes Promote Neuroprotection").statements}
    assert ("BMSC-Derived Exosome", "derives_from", "BMSC") in got and ("BMSC-Derived Exosome", "increases", "neuroprotection") in got, got


def test_a_titles_capitalised_induced_splits_the_inducer_from_the_harm():
    """ "Prevent Glucocorticoid-Induced BMECs Injury": the capital kept one name for inducer and harm; as with
    "-induced", the glucocorticoid raises the injury the vesicles lower."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Extracellular Vesicles from BMSCs Prevent Glucocorticoid-Induced BMECs Injury by Regulating Autophagy").statements}
    assert ("Glucocorticoid", "increases", "BMECs Injury") in got, got
    assert not any("Induced" in o for _, _, o in got), got


def test_named_cells_right_before_a_process_are_whose_the_process_is():
    """ "Nrf2 knockdown inhibited EPC tube formation": Nrf2 raises the cells' tube formation, not the cells."""
    from kg.sources.reader import Reader

    res = Reader().read("Endothelial progenitor cells (EPCs) were studied. Nrf2 knockdown inhibited EPC tube formation.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("Nrf2", "increases", "EPC tube formation") in got, got
    assert not [g for g in got if g[2] == "endothelial progenitor cell"], got
    # (the tube formation assay of endothelial progenitors: GO endothelial tube morphogenesis)
    assert {m.text: m.identifier for m in res.mentions}["EPC tube formation"] == "GO:0061154"


def test_cells_counted_by_a_stain_are_the_readout_of_their_process():
    """Fewer TUNEL-positive cells is less apoptosis; Ki-67-positive cells count proliferation; SA-β-gal
    positive cells senescence. And a name after ", and" with its own verb is no second agent."""
    from kg.sources.reader import Reader

    res = Reader().read("TUNEL-positive lung cells were reduced by hucMSC-sEV, and Ki-67-positive lung cells were improved. "
                        "SA-β gal positive cells were decreased after EV treatment.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids["TUNEL-positive lung cells"] == "GO:0006915" and ids["Ki-67-positive lung cells"] == "GO:0008283", ids
    assert ids["SA-β gal positive cells"] == "GO:0090398", ids
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("hucMSC-sEV", "decreases", "apoptosis") in got, got
    assert not [g for g in got if g[0] == "cell population proliferation"], got


def test_an_inducer_named_by_a_short_name_of_the_readers_table_is_split_off():
    """ "LPS-induced acute lung injury", "STZ-induced diabetes": LPS and STZ caused them; the disease is acute
    lung injury (before, "LPS-induced acute lung injury" stayed one disease and LPS raised nothing)."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "MSC-Exos attenuated LPS-induced acute lung injury. MSC-Exos attenuated STZ-induced diabetes.").statements}
    assert ("lipopolysaccharide", "increases", "acute lung injury") in got, got
    assert ("MSC-Exos", "ameliorates", "acute lung injury") in got, got
    assert ("streptozocin", "increases", "diabetes") in got, got


@pytest.mark.parametrize("sentence, word, identifier", [
    # GO names no bronchial smooth muscle cell proliferation: the process of the broader kind of cell
    ("MSC exosomes inhibited the proliferation of bronchial smooth muscle cells.", "proliferation", "GO:0048659"),
    ("MSC exosomes promoted the migration of human umbilical vein endothelial cells.", "migration", "GO:0043542"),
])
def test_a_process_of_cells_goes_to_the_process_of_the_nearest_broader_cell_go_names(sentence, word, identifier):
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(sentence).mentions}
    assert found.get(word) == identifier, found


@pytest.mark.parametrize("sentence, word, identifier", [
    ("MSC exosomes drive myoblast proliferation and differentiation.", "differentiation", "GO:0045445"),
    ("MSC exosomes enhanced T cell activation and proliferation.", "proliferation", "GO:0042098"),
    ("MSC exosomes reduced oxidative stress and apoptosis.", "apoptosis", "GO:0006915"),  # no cells: unchanged
])
def test_cells_named_before_the_first_of_two_processes_are_whose_the_second_is(sentence, word, identifier):
    from kg.sources.reader import Reader

    res = Reader().read(sentence)
    found = {m.text: m.identifier for m in res.mentions}
    assert found.get(word) == identifier, found
    assert identifier in {o.identifier for _, o in res.arguments}, res.arguments


def test_an_injury_of_named_cells_is_the_harm_of_those_cells_and_improving_it_lowers_it():
    from kg.sources.reader import Reader

    res = Reader().read("MSC exosomes improve injury of hippocampal neurons in rats with depression.")
    got = {(s.predicate, o.text, s.object.label) for s, (_, o) in zip(res.statements, res.arguments)}
    assert ("ameliorates", "injury of hippocampal neurons", "hippocampal neuron injury") in got, got
    assert not any(o.text == "hippocampal neurons" for _, o in res.arguments), got


def test_vesicles_said_to_hold_a_mirna_carry_it_in_its_own_words():
    """ "miR-146a-5p-overexpressing EVs", "miR-21-loaded MSC exosomes": the vesicles carry the miRNA, quoted by its
    own words; "exosomes derived from miR-X-modified ADSCs" says it of the cells, so no cargo is read."""
    from kg.sources.reader import Reader

    reader = Reader()
    for text, vesicles, mirna in (
            ("We collected miR-146a-5p-overexpressing extracellular vesicles from hucMSCs.",
             "miR-146a-5p-overexpressing extracellular vesicles", "miR-146a-5p"),
            ("We used miR-21-loaded MSC exosomes to reduce apoptosis.", "miR-21-loaded MSC exosomes", "miR-21")):
        res = reader.read(text)
        got = {(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)}
        assert (vesicles, "carries", mirna) in got, (text, got)
    res = reader.read("Exosomes derived from miR-146a-modified adipose-derived stem cells reduced apoptosis.")
    assert not [s for s in res.statements if s.predicate == "carries"], res.statements


def test_processes_of_cells_past_what_the_cells_were_given_or_an_adjective():
    """ "the abnormal proliferation of TGF-β1-treated smooth muscle cells": GO's proliferation of those cells."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes reduced the abnormal proliferation of TGF-β1-treated smooth muscle cells.")
    got = {(o.text, o.identifier) for s, (_, o) in zip(res.statements, res.arguments) if s.predicate == "decreases"}
    assert ("abnormal proliferation", "GO:0048659") in got, got


def test_mscs_named_with_any_tissue_they_are_taken_from_are_one_mention_of_the_cells():
    """ "Gingiva-derived MSCs", "Labial gland-derived mesenchymal stem cells", "Urine-derived stem cells": the cells
    in all their words, grounded as the Cell Ontology's MSC where it has none of that tissue (before, "MSCs" or
    "stem cells" alone, the tissue lost); "iPSC-MSCs" are the lexicon's iPSC-derived MSCs (before, no mention)."""
    from kg.sources.reader import read_text

    for text, name, curie in (("Gingiva-derived MSCs were given.", "Gingiva-derived MSCs", "CL:0000134"),
                              ("Labial gland-derived mesenchymal stem cells were given.",
                               "Labial gland-derived mesenchymal stem cells", "CL:0000134"),
                              ("Amniotic membrane mesenchymal stem cells were given.",
                               "Amniotic membrane mesenchymal stem cells", "CL:0000134"),
                              ("Urine-derived stem cells were given.", "Urine-derived stem cells", None),
                              ("iPSC-MSCs were transplanted into rats.", "iPSC-MSCs", "CL:0000134")):
        got = [(m.text, m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in read_text(text).mentions]
        assert got == [(name, curie)], (text, got)


def test_an_inducer_named_by_the_documents_short_form():
    """ "VD-induced neuronal damage" after "Vascular dementia (VD)": the dementia raises the damage."""
    from kg.sources.reader import read_text

    r = read_text("Vascular dementia (VD) is accompanied by severe neuronal damage. We treated VD-induced neuronal damage.")
    got = {(a.text, s.predicate, b.text) for s, (a, b) in zip(r.statements, r.arguments)}
    assert ("VD", "increases", "neuronal damage") in got, got
    vd = [m for m in r.mentions if m.text == "VD"]
    assert len(vd) == 2 and all(m.entity.xrefs[0].curie == "MONDO:0004648" for m in vd), vd


@pytest.mark.parametrize("cells, curie", [("microglia", "GO:0001774"), ("macrophages", "GO:0042116"),
                                          ("BV2 cells", None), ("dendritic cells", None)])
def test_the_polarization_of_named_cells_is_what_the_vesicles_raise(cells, curie):
    """ "promoted the polarization of microglia toward the M2 phenotype": the polarization rose, not the microglia;
    GO's term where it has one (the microglia's is its microglial cell activation), else a name of its own, never
    GO's cell polarity (before: the microglia rose, and BV2 cells' polarization was "establishment of cell polarity")."""
    from kg.sources.reader import Reader

    r = Reader().read(f"Exosomes promoted the polarization of {cells} toward the M2 phenotype.")
    got = {(a.text, s.predicate, b.text, b.identifier) for s, (a, b) in zip(r.statements, r.arguments)}
    assert ("Exosomes", "increases", "polarization", curie) in got, got
    assert not any(b == cells for a, p, b, i in got), got
