"""The study's settings: what a therapy was studied in, with no verb saying so (kg.sources.reader.settings)."""
from __future__ import annotations

import pytest


def test_a_studys_aim_to_reveal_the_role_of_a_therapy_in_a_disease_studies_it_there():
    """ "This study aimed to reveal the function of X in sepsis-induced myocardial injury": X studied in it; a
    sentence with no aim ("the function of X in Y was lost") claims no study."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "This study aimed to reveal the function of BM-MSC-derived exosomes in sepsis-induced myocardial injury. "
        "The function of MSC exosomes in colitis was lost in old donors.").statements}
    assert ("BM-MSC-derived exosome", "studied_in", "sepsis-induced myocardial injury") in got, got
    assert not any(p == "studied_in" and o == "colitis" for _, p, o in got), got


def test_a_study_names_its_disease_model_each_therapy_listed_and_the_disease_behind_a_process():
    """ "We tested the effects of X in a perfused human model of D", "the potential of A and B in vivo in D", "the
    effects of X on apoptosis in D" and "the effects of X on a mouse model of D": each therapy was studied in D. A
    result ("the potential of A in D was lost") is no aim."""
    from kg.sources.reader import Reader

    got = {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(
        "We tested the therapeutic effects of MSC MVs in a perfused human model of bacterial pneumonia. "
        "We investigate the potential of MSCs and MSC EVs in vivo in colitis. "
        "We examined the effects of exosomes on apoptosis in sepsis. "
        "We assessed the effects of ADSC exosomes on a mouse model of psoriasis. "
        "The potential of ADSC exosomes in stroke was lost.").statements}
    studied = {(s, o) for s, p, o in got if p == "studied_in"}
    assert {("MSC MV", "bacterial pneumonia"), ("mesenchymal stem cell", "colitis"), ("MSC EV", "colitis"),
            ("exosome", "sepsis"), ("ADSC exosome", "psoriasis")} <= studied, studied
    assert not any(o == "stroke" for _, o in studied), studied


def test_a_study_of_the_effects_of_x_on_a_process_is_x_regulating_it():
    """ "to explore the effects of MSCs on liver regeneration", "the role of X in tendon repair has not been
    evaluated": what X does to it, unsigned; "protective effects of X on cell damage" lower the damage; a sign
    the words give and the reader does not weigh ("pro-angiogenic effects of X on Y") is no unsigned claim."""
    from kg.sources.reader import Reader

    def read(text: str) -> set[tuple[str, str, str]]:
        return {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}

    assert ("mesenchymal stem cell", "regulates", "liver regeneration") in read(
        "To explore the effects of MSCs on liver regeneration, we used a model of hepatectomy.")
    got = read("However, the role of MSC exosomes in tendon repair has not yet been evaluated.")
    assert ("mesenchymal stem cell exosome", "regulates", "tendon repair") in got, got
    got = read("We assessed the protective effects of MSC exosomes on endothelial cell damage.")
    assert ("mesenchymal stem cell exosome", "decreases", "endothelial cell damage") in got, got
    got = read("We assessed the pro-angiogenic effects of MSC exosomes on liver regeneration.")
    assert not any(p == "regulates" for _, p, _ in got), got


def test_a_studys_open_question_is_a_question_not_a_finding():
    """ "To explore the effects of X on Y", "the role of X in depression remains obscure", "the roles played by X in Y
    remain unknown" and "The effects of X on Y were assessed" ask what X does to Y: the claim is a question, though
    the words that say so come after it. A result ("The effects of X on Y were striking") asks nothing."""
    from kg.sources.reader import Reader

    r = Reader().read("To explore the effects of MSCs on liver regeneration, we injected them. However, the role of "
                      "MSC exosomes in depression remains obscure. The roles played by ADSC exosomes in colitis remain "
                      "unknown. The effects of MSC-EVs on apoptosis were assessed in vitro. The effects of MSC-EVs on "
                      "fibrosis were striking.")
    got = {(s.subject.label, s.predicate, s.object.label): s.evidence[0].status for s in r.statements}
    assert got.get(("mesenchymal stem cell", "regulates", "liver regeneration")) == "question", got
    assert got.get(("mesenchymal stem cell exosome", "regulates", "depression")) == "question", got
    assert got.get(("ADSC exosome", "regulates", "colitis")) == "question", got
    assert got.get(("MSC-EVs", "regulates", "apoptosis")) == "question", got
    assert ("MSC-EVs", "regulates", "fibrosis") not in got, got


@pytest.mark.parametrize("sentence, said", [
    # a setting named first, then what was given there
    ("In a rat model of intrauterine adhesion, hucMSC-EVs increased endometrial thickness.",
     ("hucMSC-EVs", "studied_in", "intrauterine adhesion")),
    ("In mice with experimental autoimmune encephalomyelitis, intravenous MSC-EVs reduced clinical scores.",
     ("MSC-EVs", "studied_in", "experimental autoimmune encephalomyelitis")),
    # the therapy named after "injection of", before the model
    ("Intravitreal injection of BMSC-sEVs reduced inflammation in a rat model of uveitis.",
     ("BMSC-sEVs", "studied_in", "uveitis")),
])
def test_the_model_a_therapy_was_given_in(sentence, said):
    from helpers import read_claims

    assert said in read_claims(sentence), read_claims(sentence)
