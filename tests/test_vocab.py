"""The closed namespace in kg/vocab.py and ontology/exokg.ttl declare the same terms."""
from rdflib import URIRef

from kg.vocab import EXO


def test_vocab_matches_ontology(ontology):
    ns = str(EXO._NS)
    declared = {
        str(t)[len(ns):]
        for t in ontology.graph.all_nodes()
        if isinstance(t, URIRef) and str(t).startswith(ns)
    }
    listed = set(EXO.__annotations__)
    assert declared - listed == set(), "declared in exokg.ttl but missing from kg/vocab.py"
    assert listed - declared == set(), "listed in kg/vocab.py but not declared in exokg.ttl"


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


def test_misspelt_term_fails_at_once():
    import pytest

    with pytest.raises(AttributeError):
        EXO.inhibits  # noqa: B018


def test_model_systems_are_those_the_shapes_accept():
    """vocab.MODEL_SYSTEMS (checked when seeds are read) and the SHACL sh:in list (checked on the
    built graph) must name the same systems, or one check would pass what the other refuses."""
    from rdflib import Graph, Literal
    from rdflib.collection import Collection
    from rdflib.namespace import SH

    from helpers import ROOT
    from kg.vocab import EXO, MODEL_SYSTEMS

    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    prop = next(s for s in shapes.subjects(SH.path, EXO.modelSystem))
    allowed = [str(v) for v in Collection(shapes, shapes.value(prop, SH["in"]))]
    assert allowed == list(MODEL_SYSTEMS)
    assert all(isinstance(v, Literal) for v in Collection(shapes, shapes.value(prop, SH["in"])))
