"""Entity look-up: exact, case-insensitive, by id, label, synonym, CURIE or IRI; never a guess."""
import pytest

import kg


@pytest.mark.parametrize(
    "name, expected",
    [
        ("miR-21", "miR-21"),
        ("MIR-21", "miR-21"),
        ("mesenchymal stem cell", "MSC"),
        ("MSCs", "MSC"),
        ("Mesenchymal Stem Cell", "MSC"),
        ("CL:0000134", "MSC"),
        ("http://purl.obolibrary.org/obo/CL_0000134", "MSC"),
        ("https://w3id.org/exokg/entity/PTEN", "PTEN"),
        ("HGNC:9588", "PTEN"),
    ],
)
def test_resolves_names_in_every_form(mini_graph, name, expected):
    assert mini_graph.entity(name).id == expected


@pytest.mark.parametrize("name, near", [("PTN", "PTEN"), ("miR-2l", "miR-21"), ("axon regen", "axon regeneration")])
def test_unknown_name_lists_closest(mini_graph, name, near):
    with pytest.raises(kg.UnknownEntityError, match=rf"unknown entity '{name}'; closest known names: .*{near}") as exc:
        mini_graph.entity(name)
    assert isinstance(exc.value, LookupError)
    assert near in exc.value.suggestions


def test_no_partial_match_is_returned(mini_graph):
    with pytest.raises(kg.UnknownEntityError):
        mini_graph.entity("miR")


def test_entities_by_type_include_subclasses(mini_graph):
    assert [e.id for e in mini_graph.entities("StemCell")] == ["MSC"]
    assert {e.id for e in mini_graph.entities("BiologicalProcess")} == {"axon-regeneration", "inflammation"}


def test_xrefs_carry_their_source(mini_graph):
    x = mini_graph.entity("MSC").xrefs[0]
    assert x.curie == "CL:0000134" and x.match == "exact"
    assert x.label == "mesenchymal stem cell"
    assert "cell-ontology" in x.source and x.status == "VERIFIED"


def test_statement_model_round_trips(mini_graph):
    for s in mini_graph.statements():
        assert kg.Statement.from_dict(s.to_dict()) == s


def test_statements_filter_by_status(mini_graph):
    hyp = mini_graph.statements(status="hypothesis")
    assert [str(s) for s in hyp] == ["MSC exosome -decreases-> inflammation"]
    assert all(e.status == "hypothesis" for s in hyp for e in s.evidence)


def test_generic_entities_and_new_context_slots_survive_rdf(tmp_path, mini_seeds):
    """A lexicon entity marked generic, and evidence with a condition and a model system, come back
    the same from the store (through SPARQL) as they went in from the seeds."""
    import kg
    from kg.rdf.from_rdf import read_entities, read_statements

    lex = mini_seeds.parent / "lexicon.yaml"
    lex.write_text(lex.read_text().replace("  - id: inflammation\n", "  - id: inflammation\n    generic: true\n"))
    ann = mini_seeds / "m01.ann.yaml"
    ann.write_text(ann.read_text().replace("      organism: rat\n",
                                           "      organism: rat\n      condition: inflammation\n      model: animal model\n"))
    g = kg.load(mini_seeds, lexicon=lex)
    ev = g.statements("PTEN", "decreases", "axon regeneration")[0].evidence[0]
    assert (ev.condition, ev.model) == ("inflammation", "animal model")
    assert g.entity("inflammation").generic and not g.entity("PTEN").generic
    entities = read_entities(g.store, g.ontology)
    assert entities == {e.id: e for e in g.entities()}
    assert read_statements(g.store, entities, g.ontology.relations) == g.statements()
    from kg.rdf.validate import shacl
    assert shacl(g.rdf) == []
