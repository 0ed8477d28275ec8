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


def test_old_prefixes_still_work_undeclared_in_queries(mini_graph):
    """exo: and ev: were renamed (registered elsewhere); user queries written with them keep working."""
    new = mini_graph.sparql("SELECT ?t ?q WHERE { ?m exokg:decreases ?t . ?s exokg:hasEvidence ?e . "
                            "?e exokg:quote ?q FILTER(STRSTARTS(STR(?e), STR(exokgev:))) }", m=mini_graph.entity("miR-21"))
    old = mini_graph.sparql("SELECT ?t ?q WHERE { ?m exo:decreases ?t . ?s exo:hasEvidence ?e . "
                            "?e exo:quote ?q FILTER(STRSTARTS(STR(?e), STR(ev:))) }", m=mini_graph.entity("miR-21"))
    assert len(new) > 0 and old == new
    ttl = mini_graph.rdf.serialize(format="turtle")
    assert "@prefix exokg: <https://w3id.org/exokg/ontology#>" in ttl and "@prefix exo:" not in ttl
