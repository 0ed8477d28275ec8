"""Clauses and subjects: clause starts, names listed together, and the subject of a verb in active voice."""
from __future__ import annotations

import pytest

from kg.ontology import Ontology
from kg.sources.reader import Reader
from kg.sources.reader.clauses import Verb, clause_start, coordinated_with, subjects_of, unbracket


@pytest.fixture(scope="module")
def reader() -> Reader:
    return Reader()


def _subjects(reader: Reader, sentence: str, verb: str) -> list[str]:
    mentions = reader.read(sentence).mentions
    at = sentence.index(verb)
    before = [i for i, m in enumerate(mentions) if m.end <= at]
    return [m.text for m in subjects_of(sentence, mentions, before, Verb(at, verb), "decreases", Ontology.load())]


def test_a_clause_starts_after_a_dash_or_semicolon_but_not_inside_brackets():
    s = "MSC exosomes (vesicles; small ones) lowered PTEN; they also cut apoptosis"
    assert clause_start(s, s.index("lowered")) == 0
    assert s[clause_start(s, s.index("cut")):].startswith("they")
    assert unbracket("a (b; c) d") == "a        d"


def test_listed_names_are_coordinated_until_a_bracket(reader):
    s = "Exosomes lowered IL-6, TNF-α and IL-1β (cytokines)."
    mentions = reader.read(s).mentions
    first = next(i for i, m in enumerate(mentions) if m.text == "IL-6")
    assert [m.text for m in coordinated_with(s, mentions, first)] == ["IL-6", "TNF-α", "IL-1β"]


@pytest.mark.parametrize("sentence, verb, subjects", [
    ("MSC exosomes, which carry miR-21, reduced apoptosis.", "reduced", ["MSC exosomes"]),  # past the relative clause
    ("miR-199a-3p and let-7b, which suppress TLR4, were found.", "suppress", ["miR-199a-3p", "let-7b"]),
    ("Exosomes from MSCs reduced apoptosis.", "reduced", ["Exosomes"]),  # the cells only say where they come from
    ("Overexpression of miR-21 or knockdown of PTEN reduced apoptosis.", "reduced", ["miR-21", "PTEN"]),
    # a fronted means ends at its comma: Keap1 is what the miRNA targets, not a second subject (it used to raise Nrf2)
    ("By targeting Keap1, miR-200a-3p enhanced Nrf2 expression.", "enhanced", ["miR-200a-3p"]),
    ("Through inhibiting PTEN, MSC exosomes activated AKT.", "activated", ["MSC exosomes"]),
])
def test_the_subject_of_a_verb(reader, sentence, verb, subjects):
    assert _subjects(reader, sentence, verb) == subjects


def test_a_listed_name_with_a_relative_clause_and_a_singular_verb_opens_its_own_clause(reader):
    """ "reduced A and B, and miR-145-5p, which targets C, was enriched": the list ends before the miRNA
    (the vesicles did not lower it); "lowered IL-6, TNF-α, and IL-1β, which are ..." keeps all three."""
    got = {(s.subject.label, s.predicate, s.object.label) for s in reader.read(
        "hucMSC-Exos reduced serum creatinine and CD4+ T cells, and miR-145-5p, which targets activin A receptors, "
        "was enriched in them. They lowered IL-6, TNF-α, and IL-1β, which are pro-inflammatory, in mice.").statements}
    assert not [g for g in got if g[2] == "miR-145-5p"], got
    assert ("miR-145-5p", "decreases", "activin A receptors") in got, got
    assert {"interleukin 6", "tumor necrosis factor", "IL-1β"} <= {g[2] for g in got if g[0] == "hucMSC-Exos"}, got


def test_cells_after_their_tissue_are_named_in_all_their_words_and_others_stay_as_they_are():
    from kg.model import Entity
    from kg.ontology import Ontology
    from kg.sources.reader.clauses import cells_after_tissue
    from kg.sources.reader.names import Mention

    s = "EVs from bone marrow MSCs and from MSCs"
    bm = Mention(9, 20, "bone marrow", Entity("bm", "bone marrow", "AnatomicalSite"), "lexicon")
    msc = Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell")
    ms = [bm, Mention(21, 25, "MSCs", msc, "lexicon"), Mention(35, 39, "MSCs", msc, "lexicon")]
    named, cells = cells_after_tissue(s, ms, 0, Ontology.load())
    assert (named.text, cells.text, cells.start, cells.entity.id) == ("MSCs", "bone marrow MSCs", 9, "MSC")
    assert cells_after_tissue(s, ms, 2, Ontology.load()) == (ms[2], ms[2])


def test_a_list_goes_on_past_a_member_the_reader_has_no_name_for():
    """ "reduced apoptosis, swelling, and inflammation": inflammation is listed too (before, the list stopped at
    "swelling", which is no mention)."""
    from kg.sources.reader import Reader

    for text, obj in (("Exosomes reduced apoptosis, swelling, and inflammation.", "inflammation"),
                      ("Extracellular vesicles carry proteins, mRNAs, and microRNAs.", "microRNA")):
        got = {(s.predicate, s.object.label) for s in Reader().read(text).statements}
        assert any(o == obj for _, o in got), (text, got)


def test_an_item_named_by_its_measure_stays_in_a_verbs_list_of_objects(reader):
    """ "alleviated the impairment, production of CK-MB and LDH, and cell apoptosis": every item is an object,
    not only the first (a list of names stops there without *changes*)."""
    s = "Exosomes alleviated the myocardial impairment, production of CK-MB and LDH, and cell apoptosis."
    mentions = reader.read(s).mentions
    first = next(i for i, m in enumerate(mentions) if m.text == "myocardial impairment")
    assert [m.text for m in coordinated_with(s, mentions, first, changes=True)] == [
        "myocardial impairment", "CK-MB", "LDH", "cell apoptosis"]
    assert [m.text for m in coordinated_with(s, mentions, first)] == ["myocardial impairment"]


def test_a_relative_clause_after_a_process_in_a_place_is_about_the_process(reader):
    """ "inflammasome activation in cardiomyocytes, which leads to apoptosis": the activation leads to it, not the
    cells; cells named after "in" with nothing before them stay the antecedent ("enriched in MSCs, which secrete")."""
    got = {(s.subject.label, s.predicate, s.object.label) for s in reader.read(
        "Ischemia triggers TXNIP-induced inflammasome activation in cardiomyocytes, which leads to apoptosis. "
        "miR-21 was enriched in MSCs, which secrete exosomes.").statements}
    assert ("inflammasome activation", "increases", "apoptosis") in got, got
    assert not any(s == "cardiac muscle cell" or s == "cardiomyocyte" for s, _, _ in got), got
    assert any(p == "secretes" for _, p, _ in got), got


def test_cargo_listed_after_a_participle_is_no_subject_of_the_verb_after_it():
    """ "Vesicles carrying miR-21 and miR-155 lowered X": the vesicles lowered X, not the last miRNA of what they carry
    (a name after "and" opens a new clause only where no participle joins it to the first name: "A lowered X and B
    raised Y")."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Extracellular vesicles carrying miR-17 and miR-126 lowered PTEN in the retina.").statements}
    assert any("vesicle" in s and p == "decreases" and o == "PTEN" for s, p, o in got), got
    assert not any(s.startswith("miR") and p == "decreases" for s, p, o in got), got


@pytest.mark.parametrize("sentence, expected", [
    # a clause after "whereas they" keeps the first clause's subject (not the object before it)
    ("BMSC-Exos decreased Bax expression, whereas they increased Bcl-2 expression.",
     {("BMSC-Exos", "decreases", "Bax"), ("BMSC-Exos", "increases", "Bcl-2"), ("BMSC-Exos", "derives_from", "BMSC")}),
    # a participle's subject is none of the recipients listed after "to", nor the cells an effect was "on"
    ("MSC-derived exosomes transferred miR-133b to neurons and astrocytes, increasing neurite outgrowth.",
     {("MSC-derived exosomes", "delivers", "miR-133b"), ("miR-133b", "increases", "neurite outgrowth"),
      ("MSC-derived exosomes", "derives_from", "MSC")}),
    ("ADSC-EVs had an effect on aged endothelial cells, reducing p16 levels.",
     {("ADSC-EVs", "decreases", "p16"), ("ADSC-EVs", "derives_from", "ADSC")}),
])
def test_the_subject_of_a_later_clause_or_participle(sentence, expected):
    from helpers import read_claims

    assert read_claims(sentence) == expected


@pytest.mark.parametrize("sentence, right, wrong", [
    # "X in cells, which ...": the thing named, not the cells it was in (a modal between too)
    ("Exosomes upregulated VEGF expression in HUVECs, which may contribute to angiogenesis.",
     ("VEGF", "increases", "angiogenesis"), ("HUVECs", "increases", "angiogenesis")),
    ("Exosomes upregulated VEGF in HUVECs, which promoted tube formation.",
     ("VEGF", "increases", "tube formation"), ("HUVECs", "increases", "tube formation")),
])
def test_a_relative_clause_after_a_name_in_cells_is_the_names(sentence, right, wrong):
    from helpers import read_claims

    got = read_claims(sentence)
    assert right in got and wrong not in got, got


@pytest.mark.parametrize("sentence, said, not_said", [
    ("BMSC-Exos delivered miR-142-3p to nucleus pulposus cells, which suppressed MLK3.",
     ("miR-142-3p", "decreases", "MLK3"), ("nucleus pulposus cells", "decreases", "MLK3")),
    ("ADSC-derived exosomes shuttled miR-129-5p into chondrocytes, where it repressed HMGB1.",
     ("miR-129-5p", "decreases", "HMGB1"), None),
])
def test_a_clause_after_the_cells_a_cargo_was_delivered_to_is_the_cargos(sentence, said, not_said):
    """ "delivered X to cells, which (where it) ...": the cargo acts in the cells (before, the cells did, or nobody)."""
    from helpers import read_claims

    got = read_claims(sentence)
    assert said in got and (not_said is None or not_said not in got), got


@pytest.mark.parametrize("sentence, doer, not_doer", [
    # "Both in A and in B, X ...": the fronted settings end at the comma (the cells used to be the subject)
    ("Both in OGD/R-exposed cortical neurons and in mice subjected to MCAO, ADSC-Exos reduced neuronal pyroptosis.",
     "ADSC-Exos", "cortical neurons"),
    # what the vesicles were loaded with only says what they hold (curcumin used to be the doer)
    ("Relative to PBS, curcumin-loaded MSC-Exos reduced the number of activated microglia.", "MSC-Exos", "curcumin"),
])
def test_the_doer_past_fronted_settings_and_a_loaded_cargo(sentence, doer, not_doer):
    from helpers import read_claims

    doers = {s for s, p, _ in read_claims(sentence) if p == "decreases"}
    assert doer in doers and not_doer not in doers, doers


def test_where_they_after_a_place_the_vesicles_reached_takes_the_vesicles():
    """ "MSC-Exos reached the hippocampus, where they reduced Aβ deposition": the vesicles (before, nobody); "where it"
    after a cargo keeps its own reading (the blind set's "miR-17-5p, ..., where it turns down SIRT7")."""
    from helpers import read_claims

    got = read_claims("Intranasally administered MSC-Exos reached the hippocampus of mice within 6 h, where they reduced "
                      "Aβ deposition.")
    assert ("MSC-Exos", "decreases", "Aβ deposition") in got, got
    got = read_claims("One paper said the effect depends on miR-17-5p, which the exosomes carry into granulosa cells, "
                      "where it turns down SIRT7.")
    assert not any(s == "exosomes" and o == "SIRT7" for s, _, o in got), got
