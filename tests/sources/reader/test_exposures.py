"""Exposures: a bare "X-induced" name says that X raised what it names, and a document's own exposure is that X."""
from __future__ import annotations

from kg.model import Entity
from kg.sources.reader.exposures import document_exposures, unknown_inducer_claims
from kg.sources.reader.names import Mention


def _new(name: str, etype: str) -> Entity:
    return Entity(name, name, etype, provisional=True)


def test_an_unknown_inducer_raises_what_its_name_names_and_a_known_exposure_stands_for_it():
    """ "cigarette smoke-induced damage" gives "cigarette smoke" (a new exposure) raising the damage; after "whole-lung
    irradiation" a bare "irradiation-induced fibrosis" is that irradiation's."""
    damage = Entity("d", "cigarette smoke-induced damage", "DiseaseOrInjury")
    claims = unknown_inducer_claims([Mention(0, 30, "cigarette smoke-induced damage", damage, "pattern")], {}, _new)
    assert [(c.subject.text, c.predicate, c.object.text) for c in claims] == [
        ("cigarette smoke", "increases", "cigarette smoke-induced damage")]
    given = Entity("wli", "whole-lung irradiation", "Intervention")
    exposures = document_exposures([Mention(0, 22, "whole-lung irradiation", given, "pattern")])
    fibrosis = Entity("f", "irradiation-induced fibrosis", "Phenotype")
    claims = unknown_inducer_claims([Mention(40, 68, "irradiation-induced fibrosis", fibrosis, "pattern")], exposures, _new)
    assert [(c.subject.entity.label, c.predicate) for c in claims] == [("whole-lung irradiation", "increases")]


def test_a_disease_or_a_listed_name_before_induced_is_no_new_exposure():
    """ "sepsis-induced lung injury": a disease's own harm; a name some list knows ("cisplatin") is the recogniser's."""
    injury = Entity("i", "sepsis-induced lung injury", "DiseaseOrInjury")
    mention = Mention(0, 26, "sepsis-induced lung injury", injury, "pattern")
    assert unknown_inducer_claims([mention], {}, _new, is_disease=lambda words: words == "sepsis") == []
    known = lambda name, etype: Entity(name, name, etype)  # a name a list knows: not provisional
    assert unknown_inducer_claims([mention], {}, known) == []
