"""The recogniser: lexicon, abbreviations, patterns, standard names; linear in document size."""
from __future__ import annotations

from kg.lexicon import Lexicon
from kg.model import Entity
from kg.sources.reader.ner import Recognizer
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


def test_vesicles_from_cells_made_to_carry_a_mirna_are_one_entity():
    """The long phrase, the "containing" phrase and the short form of one engineered vesicle meet;
    vesicles made to block that miRNA stay apart, and "AMI-induced" is no gene."""
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
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


def test_a_class_word_gives_way_to_a_standard_name_that_holds_it():
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    rec.vocabulary = Vocabulary.load()
    got = {m.text: m.entity.type for m in rec.find("MSCs disrupted a cytokine storm and cytokine production, "
                                                  "and cytokines fell.")}
    assert got.get("cytokine storm") == "DiseaseOrInjury" and got.get("cytokine production") == "BiologicalProcess"
    assert "cytokines" in got  # alone, the class word stays


def test_processes_of_named_cells_are_that_cell_types_process():
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    rec.vocabulary = Vocabulary.load()
    got = {m.text: m.entity.label for m in rec.find("EVs increased migration and tube formation of endothelial cells "
                                                    "and the proliferation of chondrocytes.")}
    assert got["migration"] == "endothelial cell migration" and got["proliferation"] == "chondrocyte proliferation"
    assert got["tube formation"] == "tube formation"  # GO names no "endothelial cell tube formation"


def test_a_process_named_with_where_it_happens_is_one_mention():
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    rec.vocabulary = Vocabulary.load()
    got = {m.text: m.entity.type for m in rec.find("Exosomes facilitate spinal cord functional recovery and "
                                                   "attenuate kidney tubular epithelial cell damage.")}
    assert got.get("spinal cord functional recovery") == "Phenotype"
    assert got.get("kidney tubular epithelial cell damage") == "Phenotype"


def test_circular_rna_names():
    rec = Recognizer(Lexicon([]))
    got = {m.text: m.entity.type for m in rec.find("mmu_circ_0001295 and circHIPK3 rose; circulating cells fell.")}
    assert got.get("mmu_circ_0001295") == "GeneOrProtein" and got.get("circHIPK3") == "GeneOrProtein"
    assert not any(t.startswith("circulat") and ty == "GeneOrProtein" for t, ty in got.items())


def test_the_repair_of_a_disease_is_a_state_of_its_own():
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    got = {m.text: m.entity.type for m in rec.find("EVs promote the repair of intervertebral disc degeneration.")}
    assert got.get("repair of intervertebral disc degeneration") == "Phenotype", got


def test_a_process_phrase_reads_over_a_short_form_defined_inside_it():
    from kg.ontology import Ontology
    from kg.lexicon import load_lexicon
    onto = Ontology.load()
    rec = Recognizer(load_lexicon(onto), onto)
    got = {m.text: m for m in rec.find("EVs regulate nucleus pulposus cell (NPC) apoptosis. NPCs died.")}
    phrase = got["nucleus pulposus cell (NPC) apoptosis"]
    assert phrase.entity.type == "BiologicalProcess" and phrase.entity.label == "nucleus pulposus cell apoptosis"
    assert got["NPCs"].entity.type == "CellType"  # the short form still names the cells elsewhere
