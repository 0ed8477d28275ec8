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
