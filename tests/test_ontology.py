"""kg.ontology: classes and signed relations read from ontology/exokg.ttl, and errors for a bad file."""
from __future__ import annotations

import re

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDFS

from kg.errors import InvalidAnnotationError, UnknownRelationError, UnknownTypeError
from kg.files import ontology_dir
from kg.ontology import Ontology
from kg.vocab import EXO

EXOKG = (ontology_dir() / "exokg.ttl").read_text(encoding="utf-8")
ONTOLOGY = Ontology.load()
CLASSES = sorted(ONTOLOGY.classes)


def test_every_relation_has_sign_and_role(ontology):
    assert ontology.relations, "the ontology declares no mechanism relations"
    for r in ontology.relations.values():
        assert r.sign in (-1, 0, 1)
        assert r.role in ("causal", "transparent", "descriptive")


def test_producer_and_cargo_relations_are_transparent(ontology):
    for name in ("secretes", "derives_from", "carries", "delivers"):
        assert ontology.relation(name).role == "transparent"
    for name in ("located_in", "crosses", "studied_in"):
        assert ontology.relation(name).path_sign == 0
    assert ontology.relation("increases").path_sign == 1
    assert ontology.relation("decreases").path_sign == -1


def test_entity_classes_cover_the_kinds_the_issue_names(ontology):
    needed = {
        "CellType", "StemCell", "ExtracellularVesicle", "Exosome", "SmallExtracellularVesicle",
        "EngineeredVesicle", "MicroRNA", "GeneOrProtein", "CytokineOrGrowthFactor", "Molecule",
        "Pathway", "BiologicalProcess", "Phenotype", "DiseaseOrInjury", "AnatomicalSite",
        "Organism", "Intervention",
    }
    assert needed <= set(ontology.entity_classes)
    assert ontology.is_a("Exosome", "ExtracellularVesicle")
    assert ontology.is_a("MesenchymalStemCell", "StemCell")


@pytest.mark.parametrize("name, expected", [
    ("decreases", "decreases"), ("derives from", "derives_from"), ("Derives From", "derives_from"),
    (" taken up by ", "taken_up_by"), ("taken_up_by", "taken_up_by"),
])
def test_relations_are_found_by_name_or_label(ontology, name, expected):
    assert ontology.relation(name).name == expected


def test_an_unknown_relation_lists_the_known_ones(ontology):
    with pytest.raises(UnknownRelationError, match="unknown relation 'inhibits'; known relations: .*decreases, .*increases"):
        ontology.relation("inhibits")


@pytest.mark.parametrize("name, message", [
    ("Exosomes", r"unknown entity type 'Exosomes'; did you mean Exosome.*\?; use one of "),
    ("Planet", r"unknown entity type 'Planet'; use one of AnatomicalSite, BiologicalProcess, CellType, "),
    ("Statement", r"unknown entity type 'Statement'"),  # a class of the ontology, but not an entity class
])
def test_an_unknown_entity_type_names_the_closest(ontology, name, message):
    with pytest.raises(UnknownTypeError, match=message):
        ontology.entity_class(name)


def test_the_root_class_is_an_entity_type_for_queries(ontology):
    assert ontology.entity_class("BiomedicalEntity") == "BiomedicalEntity"
    assert "BiomedicalEntity" not in ontology.entity_classes


def test_ancestors_come_nearest_first(ontology):
    assert ontology.ancestors("MesenchymalStemCell") == ("MesenchymalStemCell", "StemCell", "CellType", "BiomedicalEntity")
    assert ontology.ancestors("NoSuchClass") == ()


@given(st.sampled_from(CLASSES), st.sampled_from(CLASSES))
def test_is_a_is_the_subclass_closure_of_the_file(a, b):
    ns = str(EXO._NS)
    above = {str(c)[len(ns):] for c in ONTOLOGY.graph.transitive_objects(EXO[a], RDFS.subClassOf) if str(c).startswith(ns)}
    assert ONTOLOGY.is_a(a, b) == (b in above)
    assert set(ONTOLOGY.ancestors(a)) == above


def test_every_entity_class_is_a_biomedical_entity(ontology):
    assert all(ontology.is_a(c, "BiomedicalEntity") for c in ontology.entity_classes)
    assert not ontology.is_a("Statement", "BiomedicalEntity")


def test_inverses_pair_up_and_curators_write_only_one_side(ontology):
    for r in ontology.relations.values():
        if r.inverse:
            assert ontology.relations[r.inverse].inverse == r.name
    assert ontology.relation("derives_from").inverse == "source_of"
    assert "derives_from" in ontology.curatable_relations and "source_of" not in ontology.curatable_relations
    assert set(ontology.curatable_relations) | {"source_of"} == set(ontology.relations)


def test_sub_relations_know_their_parents(ontology):
    assert ontology.relation("ameliorates").parents == ("decreases",)
    assert ontology.relation("delivers").parents == ("carries",)
    assert ontology.relation("regulates").parents == ()


def test_a_mapping_to_an_outside_property_is_not_a_parent(tmp_path):
    """Regression: rdfs:subPropertyOf an outside property (obo:BFO_0000051) became a parent called
    'rlibrary.org/obo/BFO_0000051', the IRI cut at the length of the exokg: namespace."""
    text = EXOKG.replace("exokg:carries a owl:ObjectProperty , exokg:MechanismRelation ;",
                         "exokg:carries a owl:ObjectProperty , exokg:MechanismRelation ;\n    rdfs:subPropertyOf obo:BFO_0000051 ;")
    assert text != EXOKG
    onto = Ontology.load(_write(tmp_path / "o.ttl", text))
    assert onto.relation("carries").parents == ()
    assert onto.relation("delivers").parents == ("carries",)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


BROKEN = [
    ("missing", None, r"missing\.ttl: ontology file not found"),
    ("not turtle", "exokg:a exokg:b", r"o\.ttl: not valid Turtle: "),
    ("no sign", ('exokg:sign -1 ; exokg:pathRole "causal" ;\n    skos:closeMatch obo:RO_0002212', 'exokg:pathRole "causal" ;\n    skos:closeMatch obo:RO_0002212'),
     r"o\.ttl: relation decreases needs exokg:sign -1, 0 or 1"),
    ("sign 2", ('exokg:sign -1 ; exokg:pathRole "causal" ;\n    skos:closeMatch obo:RO_0002212', 'exokg:sign 2 ; exokg:pathRole "causal" ;\n    skos:closeMatch obo:RO_0002212'),
     r"relation decreases needs exokg:sign -1, 0 or 1"),
    ("bad role", ('exokg:pathRole "transparent" ;\n    skos:closeMatch obo:BFO_0000051', 'exokg:pathRole "cargo" ;\n    skos:closeMatch obo:BFO_0000051'),
     r"relation carries needs exokg:pathRole, one of \('causal', 'transparent', 'descriptive'\)"),
]


@pytest.mark.parametrize("case, edit, message", BROKEN, ids=[b[0] for b in BROKEN])
def test_a_broken_ontology_file_is_reported(tmp_path, case, edit, message):
    if edit is None:
        path = tmp_path / "missing.ttl"
    elif isinstance(edit, str):
        path = _write(tmp_path / "o.ttl", edit)
    else:
        assert edit[0] in EXOKG
        path = _write(tmp_path / "o.ttl", EXOKG.replace(edit[0], edit[1]))
    with pytest.raises(InvalidAnnotationError, match=message):
        Ontology.load(path)


def test_every_broken_relation_is_reported_at_once(tmp_path):
    # take exokg:sign out of two relations' blocks (each block runs from its subject to the next blank line)
    text = EXOKG
    for name in ("crosses", "taken_up_by"):
        block = re.search(rf"^exokg:{name} a .*?(?=\n\n)", text, flags=re.M | re.S).group()
        assert "exokg:sign 0 ; " in block
        text = text.replace(block, block.replace("exokg:sign 0 ; ", ""))
    with pytest.raises(InvalidAnnotationError) as exc:
        Ontology.load(_write(tmp_path / "o.ttl", text))
    assert sorted(p.message.split()[1] for p in exc.value.problems) == ["crosses", "taken_up_by"]
