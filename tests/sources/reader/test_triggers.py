"""The trigger table: verb forms and phrases to relations of the ontology."""
from __future__ import annotations

from kg.ontology import Ontology
from kg.sources.reader.triggers import CONSTRAINTS, TRIGGER_RX, TRIGGERS


def test_forms_and_passive_participles():
    assert TRIGGERS["suppressed"] == ("decreases", True)
    assert TRIGGERS["taken up by"][0] == "taken_up_by"
    assert TRIGGER_RX.search("vesicles were taken up mainly by microglia").group(1) == "taken up mainly by"


def test_every_relation_is_in_the_ontology():
    onto = Ontology.load()
    used = {rel for rel, _ in TRIGGERS.values()} | set(CONSTRAINTS)
    assert used - {"targets"} <= set(onto.relations)
