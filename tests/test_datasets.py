"""kg.datasets: the tiny graph shipped in the package, the same whatever the seeds folder holds."""
from __future__ import annotations

import pytest

import kg
from kg.datasets import tiny_corpus, tiny_folder, tiny_graph, tiny_lexicon_path
from kg.files import PROJECT_ROOT
from kg.rdf.validate import validate_graph


def test_the_tiny_folder_ships_inside_the_package():
    folder = tiny_folder()
    assert folder.is_dir() and folder.resolve().is_relative_to((PROJECT_ROOT / "kg").resolve())
    assert tiny_lexicon_path() == folder / "lexicon.yaml" and tiny_lexicon_path().is_file()


def test_the_tiny_corpus_is_what_its_docstring_says():
    c = tiny_corpus()
    assert list(c.documents) == ["m01"]
    assert len(c.lexicon) == 7 and len(c.statements) == 5
    assert [str(s) for s in c.statements if s.status == "hypothesis"] == ["MSC exosome -decreases-> inflammation"]
    text = c.documents["m01"].text
    assert all(text[e.start:e.end] == e.quote for s in c.statements for e in s.evidence)


def test_the_tiny_graph_does_not_depend_on_the_seeds_or_the_lexicon(monkeypatch, tmp_path):
    monkeypatch.setenv("KG_SEEDS", str(tmp_path / "no-seeds"))
    monkeypatch.setenv("KG_LEXICON", str(tmp_path / "no-lexicon.yaml"))
    g = tiny_graph()
    assert (len(g.entities()), len(g.statements()), list(g.documents)) == (7, 5, ["m01"])


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_the_tiny_graph_on_either_engine_is_the_same_graph(engine):
    g = tiny_graph(store=engine)
    assert isinstance(g, kg.KnowledgeGraph) and g.store.name == engine
    assert [s.to_dict() for s in g.statements()] == [s.to_dict() for s in tiny_graph().statements()]


def test_an_unknown_engine_is_refused():
    with pytest.raises(kg.UnknownStoreEngineError, match="unknown store engine 'sqlite'"):
        tiny_graph(store="sqlite")


def test_the_tiny_graph_is_sound():
    report = validate_graph(tiny_graph(), tiny_folder())
    assert report.ok, str(report)


def test_the_tiny_graph_answers_the_story_it_tells():
    # MSCs secrete exosomes that carry miR-21, which suppresses PTEN, which restrains axon regeneration
    (p,) = tiny_graph().paths("MSC", "axon regeneration")
    assert [n.id for n in p.nodes] == ["MSC", "MSC-exosome", "miR-21", "PTEN", "axon-regeneration"]
    assert p.sign == 1 and p.status == "finding"
