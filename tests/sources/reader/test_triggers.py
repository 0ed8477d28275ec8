"""The trigger table: verb forms and phrases to relations of the ontology."""
from __future__ import annotations

from kg.ontology import Ontology
from kg.sources.reader.triggers import CONSTRAINTS, TRIGGER_RX, TRIGGERS, _trigger_pattern


def test_forms_and_passive_participles():
    assert TRIGGERS["suppressed"] == ("decreases", True)
    assert TRIGGERS["taken up by"][0] == "taken_up_by"
    assert TRIGGER_RX.search("vesicles were taken up mainly by microglia").group(1) == "taken up mainly by"


def test_every_relation_is_in_the_ontology():
    onto = Ontology.load()
    used = {rel for rel, _ in TRIGGERS.values()} | set(CONSTRAINTS)
    assert used - {"targets"} <= set(onto.relations)


def test_regulator_and_required_for_phrases():
    from kg.sources.reader.triggers import TRIGGERS
    assert TRIGGERS["are critical regulators of"][0] == "regulates"
    assert TRIGGERS["was required for the suppression of"][0] == "decreases"
    assert TRIGGERS["is required for the activation of"][0] == "increases"
    assert TRIGGERS["plays an important role in"][0] == "regulates"


def test_negatively_and_positively_regulate_say_which_way():
    from kg.sources.reader import Reader

    res = Reader().read("miR-146a-5p negatively regulates inflammation. In these cells, STAT3 positively regulates autophagy.")
    got = {(s.subject.label, s.predicate, s.object.label) for s in res.statements}
    assert ("miR-146a-5p", "decreases", "inflammation") in got and ("STAT3", "increases", "autophagy") in got, got
    assert not [g for g in got if g[1] == "regulates"], got


def test_raising_and_delaying():
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label)
           for s in Reader().read("Exosomes raised IL-10 levels. Exosomes delayed senescence.").statements}
    assert ("exosome", "increases", "IL-10") in got or ("exosome", "increases", "interleukin 10") in got, got
    assert ("exosome", "decreases", "cellular senescence") in got, got  # GO's cellular senescence


def test_an_inducer_with_its_short_form_before_induced():
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Pulmonary hypertension (PH) is deadly. Monocrotaline (MCT)-induced PH in rats was established.").statements}
    assert ("Monocrotaline", "increases", "Pulmonary hypertension") in got, got


def test_a_participle_after_with_describes_a_state_and_moves_nothing():
    from kg.sources.reader import Reader

    for text, said in (("sEV were injected into adult rats with elevated IOP.", set()),
                       # what the animals were exposed to gave them that state (as "LPS-treated cells showed ...")
                       ("Hair cell loss was observed in cisplatin exposed mice with increased content of IL-6.",
                        {("cisplatin", "increases", "interleukin 6")})):
        got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements
               if s.predicate in ("increases", "decreases")}
        assert got == said, (text, got)  # the animals' state, not the vesicles' (or the cells') effect
    got = {(s.predicate, s.object.label) for s in Reader().read("Exosomes increased Bcl-2.").statements}
    assert ("increases", "Bcl-2") in got, got


def test_the_trigger_pattern_grouped_by_first_letter_matches_as_one_plain_alternation():
    """TRIGGER_RX is split by first letter for speed; it must find what the plain longest-first
    alternation of every trigger phrase finds, at the same places, in any case."""
    import random
    import re

    plain = re.compile(r"(?<![\w-])(" + "|".join(_trigger_pattern(t) for t in sorted(TRIGGERS, key=len, reverse=True))
                       + r")(?![\w-])", re.IGNORECASE)
    rng = random.Random(7)
    phrases = sorted(TRIGGERS)
    for _ in range(400):
        words = [p.upper() if rng.random() < 0.3 else p for p in rng.sample(phrases, 3)]
        text = " X ".join(words) + " mainly by the cells; pre-" + rng.choice(phrases)
        assert [m.span() for m in TRIGGER_RX.finditer(text)] == [m.span() for m in plain.finditer(text)], text
    assert TRIGGER_RX.search("Exosomes were TAKEN UP mainly BY neurons").group() == "TAKEN UP mainly BY"


def test_favor_is_a_verb_that_raises_and_no_part_of_the_name_after_it():
    """ "did not favor intestinal fibrosis": "favor" was read as a modifier of the disease's name ("favor
    intestinal fibrosis"); it is a verb that raises what follows."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read("MSC exosomes favour axon regeneration.").statements}
    assert ("mesenchymal stem cell exosome", "increases", "axon regeneration") in got, got
    names = [m.text for m in Reader().read("MSC exosomes did not favor intestinal fibrosis.").mentions]
    assert "intestinal fibrosis" in names and not any(n.startswith("favor") for n in names), names


def test_vesicles_that_possess_a_mirna_carry_it_and_cells_that_possess_an_ability_carry_nothing():
    got = _triples(
        "We found that the exosomes possess abundant miR-145-5p. MSCs possess the ability to form bone.")
    assert ("exosome", "carries", "miR-145-5p") in got, got
    assert not [g for g in got if g[0] == "mesenchymal stem cell" and g[1] == "carries"], got


def test_what_aggravates_or_exacerbates_a_harm_raises_it():
    """ "aggravate" and "exacerbate" were no verbs of the reader ("LPS exacerbated lung injury" said nothing); a
    loss that aggravates a harm says the lost thing lowers it; "the aggravated inflammation" stays a state."""
    got = _triples(
        "LPS exacerbated lung injury. Loss of miR-214 aggravated fibrosis. The aggravated inflammation was reversed by "
        "exosomes.")
    assert ("lipopolysaccharide", "increases", "lung injury") in got, got
    assert ("miR-214", "ameliorates", "fibrosis") in got, got
    assert ("exosome", "decreases", "inflammation") in got, got


def test_vesicles_that_lost_their_ability_to_do_a_thing_do_not_do_it():
    got = _triples("Exosomes from miR-21 knockdown MSCs lost their ability to reduce apoptosis.")
    assert not [g for g in got if g[2] == "apoptosis" and g[1] == "decreases"], got


def test_ameliorating_a_function_makes_more_of_it():
    """ "EVs ameliorated cognitive function" said the vesicles lowered cognitive function."""
    got = _triples(
        "EVs ameliorated cognitive function and reduced neuronal loss. Exosomes ameliorated renal function, as shown "
        "by decreased BUN. Exosomes ameliorated renal fibrosis.")
    assert ("extracellular vesicle", "increases", "cognitive function") in got, got
    assert ("exosome", "increases", "renal function") in got, got
    assert ("exosome", "ameliorates", "renal fibrosis") in got, got
    assert not [g for g in got if g[1] == "decreases" and g[2].endswith("function")], got


def _triples(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) labels of what the reader reads in *text*."""
    from kg.sources.reader import Reader

    return {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}


def test_a_driver_or_contributing_factor_brings_on_what_it_drives():
    """ "X is a key driver of fibrosis", "a primary contributing factor to Y": X raises it, a disease too, as
    "a major cause of" says."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Inflammation is a key driver of fibrosis. NLRP3 is a contributing factor to neuroinflammation.").statements}
    assert ("inflammation", "increases", "fibrosis") in got, got
    assert ("NLRP3", "increases", "neuroinflammation") in got, got


def test_a_risk_factor_for_a_disease_brings_it_on_and_names_no_growth_factor():
    """ "a major risk factor for diabetes", "an important factor in OA": a factor by its role is no molecule
    (it used to be a new growth factor, "risk factor"); a risk factor for a disease raises it."""
    from kg.sources.reader import Reader

    res = Reader().read("Obesity is a major risk factor for diabetes. Inflammation is an important factor in arthritis.")
    assert not [m.text for m in res.mentions if m.entity.type == "CytokineOrGrowthFactor"], res.mentions
    got = {(a.text, s.predicate, b.text) for s, (a, b) in zip(res.statements, res.arguments)}
    assert ("Obesity", "increases", "diabetes") in got, got


def test_a_pathological_mechanism_of_a_harm_brings_it_on():
    """ "apoptosis and fibrosis were crucial pathological mechanisms in cardiac remodeling": each raises it."""
    from kg.sources.reader import Reader

    res = Reader().read("Evidence shows that apoptosis and fibrosis are crucial pathological mechanisms in cardiac "
                        "remodeling. Oxidative stress is a pathogenic mechanism of osteoarthritis.")
    got = {(a.text.lower(), s.predicate, b.text) for s, (a, b) in zip(res.statements, res.arguments)}
    assert {("apoptosis", "increases", "cardiac remodeling"), ("fibrosis", "increases", "cardiac remodeling"),
            ("oxidative stress", "increases", "osteoarthritis")} <= got, got


def test_impede_and_retard_lower_what_they_name_in_every_form():
    """ "Exosomes impeded fibrosis", "miR-21 retarded tumor growth": verbs that slow or stop a thing lower it, as
    "hinder" does; its gerund after "thereby" too ("lowered IL-6, thereby hindering apoptosis": less IL-6, less
    apoptosis, so IL-6 raises it)."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Exosomes impeded fibrosis. miR-21 retarded tumor growth. Exosomes lowered IL-6, thereby hindering apoptosis."
    ).statements}
    assert ("exosome", "ameliorates", "fibrosis") in got, got
    assert ("miR-21", "decreases", "tumor growth") in got, got
    assert ("interleukin 6", "increases", "apoptosis") in got, got


def test_conveying_a_mirna_is_delivering_it():
    """ "through conveying miRNA-141": the gerund of "convey" delivers the cargo, as "conveyed" did."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "Exosomes ameliorated myocardial injury through conveying miRNA-141.").statements}
    assert ("exosome", "delivers", "miR-141") in got, got
