"""Answers in a notebook: short reprs, HTML that escapes the evidence, DataFrames, and JSON through to_dict()."""
from __future__ import annotations

import json
import sys

import pytest

from kg.errors import MissingDependencyError


def test_reprs_are_short_and_a_path_reads_as_its_chain(seed_graph):
    """Pins down dataclass dumps of 6,000-64,000 characters for g.paths/effects/regulators."""
    paths = seed_graph.paths("MSC", "SCI")
    assert paths and len(repr(paths)) < 200 * len(paths)
    assert repr(paths[0]) == f"<Path {paths[0]} ({paths[0].status})>"
    for found in (seed_graph.effects("miR-21"), seed_graph.regulators("PTEN"), seed_graph.neighbors("PTEN")):
        assert found and len(repr(found)) < 250 * len(found)
    assert repr(seed_graph.entity("MSC")) == "<Entity MSC: 'mesenchymal stem cell' (MesenchymalStemCell)>"


def test_query_results_show_plain_values(seed_graph):
    r = seed_graph.query("mirna_targets", mirna="miR-21")
    text = repr(r)
    assert "rdflib" not in text and "Literal" not in text
    assert "'target': 'PTEN'" in text
    assert "rdflib" not in r._repr_html_() and "<td>PTEN</td>" in r._repr_html_()


def test_everything_goes_to_json_through_to_dict(seed_graph):
    paths = seed_graph.paths("MSC", "axon regeneration", max_hops=5)
    assert json.loads(json.dumps(paths[0].to_dict()))["path"] == str(paths[0])
    assert [d["path"] for d in json.loads(paths.to_json())] == [str(p) for p in paths]
    effects = json.loads(json.dumps(seed_graph.effects("miR-21").to_dict()))
    assert {e["entity"]["id"] for e in effects} >= {"PTEN", "axon-regeneration"}
    r = seed_graph.query("mirna_targets", mirna="miR-21")
    assert json.loads(json.dumps(r.to_dict()))["rows"] == r.to_python()
    st = seed_graph.statements("miR-21", "decreases", "PTEN")[0]
    assert json.loads(json.dumps(st.to_dict()))["evidence"][0]["quote"] == st.evidence[0].quote
    assert json.loads(json.dumps(seed_graph.sparql("ASK { ?s ?p ?o }").to_dict())) == {"boolean": True}


def test_dataframes_of_paths_effects_statements_and_results(seed_graph):
    paths = seed_graph.paths("MSC", "axon regeneration", max_hops=5)
    df = paths.to_dataframe()
    assert list(df["path"]) == [str(p).rsplit("  [", 1)[0] for p in paths]
    hops = paths[0].to_dataframe()
    assert len(hops) == sum(len(s.evidence) for s in paths[0].steps)
    assert set(hops["quote"]) == {e.quote for s in paths[0].steps for e in s.evidence}
    eff = seed_graph.effects("miR-21").to_dataframe()
    assert {"PTEN", "axon-regeneration"} <= set(eff["entity"]) and "best path" in eff.columns
    st = seed_graph.statements("miR-21", "decreases", "PTEN")[0]
    assert list(st.to_dataframe()["quote"]) == [e.quote for e in st.evidence]
    q = seed_graph.query("mirna_targets", mirna="miR-21").to_dataframe()
    assert list(q.columns) == list(seed_graph.query("mirna_targets", mirna="miR-21").vars)
    assert "PTEN" in set(q["target"])


def test_without_pandas_to_dataframe_says_how_to_get_it(seed_graph, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)  # what `import pandas` meets when it is not installed
    with pytest.raises(MissingDependencyError, match=r"pip install 'exokg\[dataframes\]'"):
        seed_graph.paths("miR-21", "PTEN")[0].to_dataframe()
    with pytest.raises(ImportError):  # still an ImportError for code that catches that
        seed_graph.query("mirna_targets", mirna="miR-21").to_dataframe()


def test_html_shows_every_quote_and_escapes_markup(mini_graph):
    paths = mini_graph.paths("MSC", "axon regeneration")
    page = paths._repr_html_()
    for step in paths[0].steps:
        for ev in step.evidence:
            assert ev.quote.replace("'", "&#x27;") in page
    assert "A tiny test document" in page  # titles, not file stems, in a list from the graph
    assert "-decreases-&gt;" in paths[0]._repr_html_()
    effect = mini_graph.effects("miR-21")[0]
    assert effect.entity.label in effect._repr_html_()
    assert "7 entities, 5 statements" in mini_graph._repr_html_()


def test_html_escapes_hostile_text(mini_graph):
    from kg.display import evidence_html
    from kg.model import Evidence

    out = evidence_html([Evidence("d", "<script>alert(1)</script> & co", 0, 30)])
    assert "<script>" not in out and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in out


def test_view_is_the_interactive_page_inline(mini_graph, tmp_path):
    v = mini_graph.view(focus="PTEN")
    assert v.page.startswith(b"<!DOCTYPE html>")
    assert v._repr_html_().startswith('<iframe title="neighbourhood of PTEN (radius 1)" srcdoc="&lt;!DOCTYPE html&gt;')
    out = v.save(tmp_path / "pten.html")
    assert out.read_bytes() == v.page
