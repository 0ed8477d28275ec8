"""The relation a trigger names, given what its subject and object are."""
from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from kg.model import Entity
from kg.ontology import Ontology
from kg.sources.reader.names import Mention
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.predicates import fits, improves_disease, predicate_for


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def mention(etype: str, label: str = "x") -> Mention:
    return Mention(0, len(label), label, Entity(label, label, etype), "lexicon")


@pytest.mark.parametrize("rel, subject, object_, chained, expected", [
    ("targets", mention("MicroRNA", "miR-21"), mention("GeneOrProtein", "PTEN"), 1, "decreases"),
    # vesicles said to target a gene repress it; vesicles made to block a miRNA do not say which way
    ("targets", mention("Exosome", "exosome"), mention("GeneOrProtein", "Rsad2"), 1, "decreases"),
    ("targets", mention("EngineeredVesicle", "MSC-anti-miR-92a-3p-Exos"), mention("GeneOrProtein", "WNT5A"), 1,
     "regulates"),
    ("targets", mention("Exosome", "exosome"), mention("AnatomicalSite", "spinal cord"), 1, "located_in"),
    ("targets", mention("Exosome", "exosome"), mention("CellType", "macrophage"), 1, "regulates"),
    ("secretes", mention("Exosome", "exosome"), mention("MicroRNA", "miR-21"), 1, "delivers"),
    ("decreases", mention("MicroRNA", "miR-21"), mention("DiseaseOrInjury", "SCI"), 1, "ameliorates"),
    # "improves SCI" says the opposite of its words: no claim
    ("increases", mention("MicroRNA", "miR-21"), mention("DiseaseOrInjury", "SCI"), 1, None),
    # a chain through something lowered turns the sign
    ("increases", mention("GeneOrProtein", "PTEN"), mention("BiologicalProcess", "apoptosis"), -1, "decreases"),
    # "a disease affecting mainly the salivary glands" says where it is, not that it regulates them
    ("regulates", mention("DiseaseOrInjury", "Sjogren's syndrome"), mention("AnatomicalSite", "salivary gland"), 1, None),
])
def test_predicate_for(onto, rel, subject, object_, chained, expected):
    assert predicate_for(rel, subject, object_, onto, chained) == expected


def test_predicate_for_mentions_the_recognizer_found(onto):
    [m, d] = Recognizer(load_lexicon(onto), onto).find("miR-21 SCI")
    assert predicate_for("decreases", m, d, onto, 1) == "ameliorates"


def test_fits_and_improving_a_disease(onto):
    assert fits(onto, "SmallExtracellularVesicle", ("ExtracellularVesicle",))
    assert not fits(onto, "CellType", ("ExtracellularVesicle",)) and fits(onto, "CellType", None)
    assert improves_disease("improved", "increases", mention("DiseaseOrInjury", "SCI"), onto)
    assert not improves_disease("improved", "increases", mention("BiologicalProcess", "cognition"), onto)


@pytest.mark.parametrize("sentence, statement", [
    # a verb that says it brings the disease on raises it ("improved SCI" still does not)
    ("Kidney injury was induced in these mice by cisplatin.", ("cisplatin", "increases", "kidney injury")),
    ("In old rats, high doses of MSCs promoted kidney injury.", ("mesenchymal stem cell", "increases", "kidney injury")),
    ("In these mice, LPS led to acute lung injury.", ("lipopolysaccharide", "increases", "acute lung injury")),
    ("In these mice, MSC exosomes improved spinal cord injury.",
     ("mesenchymal stem cell exosome", "ameliorates", "spinal cord injury")),
])
def test_a_verb_that_brings_a_disease_on_raises_it(sentence, statement):
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label.lower()) for s in Reader().read(sentence).statements}
    assert statement in got, got


@pytest.mark.parametrize("sentence, absent", [
    # "it" names what the sentence named before; the nearest name to the left is no guess for it
    ("Radiotherapy shrinks lung cancer, but it can cause pulmonary fibrosis.", "lung cancer"),
    # "promotes IDD repair": the disease is mended, not raised
    ("In intervertebral disc degeneration (IDD), miR-199a promotes IDD repair.", "miR-199a"),
])
def test_no_disease_is_raised_by_a_pronoun_or_by_its_repair(sentence, absent):
    from kg.sources.reader import Reader

    got = [(s.subject.label, s.predicate, s.object.label) for s in Reader().read(sentence).statements]
    assert not [g for g in got if g[0] == absent and g[1] == "increases"], got


def test_no_disease_lowers_a_harm():
    """ "... AKI and the process of AKI to CKD transformation to mitigate renal damage": a disease (or an injury)
    read as the subject of "mitigate" is a misreading (it does not lower a harm); the vesicles still do."""
    from kg.model import Entity
    from kg.ontology import Ontology
    from kg.sources.reader.names import Mention
    from kg.sources.reader.predicates import predicate_for

    ont = Ontology.load()
    m = lambda label, etype: Mention(0, 1, label, Entity(label, label, etype), "lexicon")
    damage, ckd = m("renal damage", "Phenotype"), m("chronic kidney disease", "DiseaseOrInjury")
    assert predicate_for("decreases", m("AKI", "DiseaseOrInjury"), damage, ont, 1) is None
    assert predicate_for("ameliorates", m("renal tubular epithelial cell injury", "DiseaseOrInjury"), ckd, ont, 1) is None
    assert predicate_for("decreases", m("exosome", "Exosome"), ckd, ont, 1) == "ameliorates"
    assert predicate_for("decreases", m("AKI", "DiseaseOrInjury"), m("renal function", "Phenotype"), ont, 1) == "decreases"


def test_improving_a_harmful_process_lowers_it_and_gos_name_of_an_inflammatory_reaction():
    """ "improved inflammation" said inflammation rose; "the early inflammatory reaction" had no GO term."""
    from kg.sources.reader import Reader

    res = Reader().read("Exosomes improved inflammation and cognition. The EVs had an effect on improving the inflammatory "
                        "reaction. ADSC-Exos inhibited the early inflammatory reaction.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("exosome", "decreases", "inflammation") in got and ("exosome", "increases", "cognition") in got, got
    assert not [g for g in got if g[1] == "increases" and "inflamm" in g[2]], got
    assert {m.text: m.identifier for m in res.mentions}["early inflammatory reaction"] == "GO:0006954"


def test_a_harmful_process_ameliorates_no_disease():
    """ "... affect inflammation in atherosclerosis plaque and provides a method to prevent atherosclerosis": the
    misread clause once gave "inflammation ameliorates atherosclerosis"; a harmful process mends no disease."""
    from kg.model import Entity
    from kg.ontology import Ontology
    from kg.sources.reader.names import Mention
    from kg.sources.reader.predicates import predicate_for

    m = lambda label, t: Mention(0, 1, label, Entity(label, label, t), "lexicon")  # noqa: E731
    ont = Ontology.load()
    assert predicate_for("decreases", m("inflammation", "BiologicalProcess"), m("atherosclerosis", "DiseaseOrInjury"), ont, 1) is None
    assert predicate_for("decreases", m("autophagy", "BiologicalProcess"), m("atherosclerosis", "DiseaseOrInjury"), ont, 1) \
        == "ameliorates"



def test_improved_symptoms_are_fewer_symptoms():
    """ "improved core symptoms of a mouse model of autism" once said the exosomes raised the symptoms: an ill state
    is named by the head before "of" too ("loss of body weight" is a harm as well)."""
    from kg.model import Entity
    from kg.ontology import Ontology
    from kg.sources.reader.names import Mention
    from kg.sources.reader.predicates import improves_disease

    m = lambda label: Mention(0, 1, label, Entity(label, label, "Phenotype"), "lexicon")  # noqa: E731
    ont = Ontology.load()
    assert improves_disease("improved", "increases", m("core symptoms of the mouse model"), ont)
    assert improves_disease("improved", "increases", m("loss of body weight"), ont)
    assert not improves_disease("improved", "increases", m("survival of the grafted cells"), ont)
