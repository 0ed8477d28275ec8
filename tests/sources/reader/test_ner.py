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
