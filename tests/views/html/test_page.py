"""The interactive page: checked in a real headless Chromium with every network request blocked.

Browser tests assert on what the page shows (the vis-network data and drawing, the legend, the text
of tooltips and the details panel), not on the strings the renderer wrote. Chromium is Debian's
(/usr/bin/chromium, installed by scripts/install-test-deps.sh), driven by Playwright; a missing
browser fails these tests instead of skipping them, so CI cannot pass without having looked.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg.views.html
from kg.jobs.build import build
from kg.cli import main
from kg.errors import InvalidQueryError, OutputError, UnknownEntityError
from kg.graph import KnowledgeGraph
from kg.views.html import render_html, write_html
from kg.sources.seeds import load_corpus
from helpers import MINI, MINI_ARGS, MINI_LEXICON


def _ids(graph: KnowledgeGraph, subject: str, predicate: str, obj: str) -> str:
    return graph.statements(subject, predicate, obj)[0].id



@pytest.fixture(scope="module")
def pages(tmp_path_factory, mini_graph):
    """The whole mini graph and the MSC → axon regeneration path view, written once."""
    folder = tmp_path_factory.mktemp("html")
    return {
        "all": write_html(mini_graph, folder / "all.html"),
        "path": write_html(mini_graph, folder / "path.html", paths=("MSC", "axon regeneration")),
    }


@pytest.mark.browser
def test_page_draws_every_node_and_edge_offline(open_page, pages):
    o = open_page(pages["all"])
    assert o.js("[kgView.nodes.length, kgView.edges.length]") == [7, 5]
    # What vis-network actually drew (visible indices), not only what it was given.
    assert o.js("[kgView.network.body.nodeIndices.length, kgView.network.body.edgeIndices.length]") == [7, 5]
    # The canvas is not blank: an offline page without its library would leave it white or absent.
    coloured = o.js("""(() => {
        const c = document.querySelector('#kg-network canvas'), d = c.getContext('2d');
        const px = d.getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 0; i < px.length; i += 4) if (px[i + 3] && (px[i] < 200 || px[i + 1] < 200)) n++;
        return n; })()""")
    assert coloured > 500


@pytest.mark.browser
def test_legend_shows_types_and_signs(open_page, pages):
    o = open_page(pages["all"])
    legend = o.page.locator("#kg-legend")
    assert legend.is_visible()
    text = legend.inner_text()
    for label in ("MesenchymalStemCell", "Exosome", "MicroRNA", "GeneOrProtein", "BiologicalProcess", "Organism",
                  "increase", "decrease", "unsigned", "hypotheses"):
        assert label in text
    # Each type swatch has that type's colour, as drawn on the canvas for its nodes.
    colour = o.js("getComputedStyle(document.querySelector('input[data-type=\"MicroRNA\"] + svg *')).fill")
    node_colour = o.js("kgView.nodes.get('miR-21').color.background")
    assert colour == "rgb({}, {}, {})".format(*(int(node_colour[i:i + 2], 16) for i in (1, 3, 5)))


@pytest.mark.browser
def test_clicking_an_edge_shows_its_evidence(open_page, pages, mini_graph):
    o = open_page(pages["all"])
    x, y = o.edge_point(_ids(mini_graph, "PTEN", "decreases", "axon regeneration"))
    o.page.mouse.click(x, y)
    details = o.page.locator("#kg-details-body")
    text = details.inner_text()
    assert "PTEN restrains axon regeneration in rats" in text
    assert "A tiny test document" in text
    assert "finding" in text.lower()
    assert "Doe et al. (2020)" in text  # the cited study
    assert "organism: rat" in text
    assert "decrease" in text


@pytest.mark.browser
def test_hovering_an_edge_and_a_node_shows_tooltips(open_page, pages, mini_graph):
    o = open_page(pages["all"])
    x, y = o.edge_point(_ids(mini_graph, "miR-21", "decreases", "PTEN"))
    o.page.mouse.move(x, y)
    tip = o.page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    assert "miR-21 suppresses PTEN" in tip.inner_text()
    o.page.mouse.move(5, 5)
    x, y = o.node_point("MSC")
    o.page.mouse.move(x, y)
    o.page.locator("div.vis-tooltip", has_text="CL:0000134").wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    assert "MesenchymalStemCell" in text and "mesenchymal stem cells" in text
    # The identifier is a link to follow, not something the page loads.
    assert tip.locator("a", has_text="CL:0000134").get_attribute("href") == "http://purl.obolibrary.org/obo/CL_0000134"


@pytest.mark.browser
def test_path_view_highlights_each_hop_with_its_evidence(open_page, pages, mini_graph):
    o = open_page(pages["path"])
    path = mini_graph.paths("MSC", "axon regeneration")[0]
    on_path = sorted(s.statement.id for s in path.steps)
    items = o.page.locator("#kg-path-list > li")
    assert items.count() == 1
    text = items.first.inner_text()
    for step in path.steps:
        assert step.evidence[0].quote in text
    widths = o.js("Object.fromEntries(kgView.edges.getIds().map(id => [id, kgView.network.body.edges[id].options.width]))")
    assert sorted(k for k, w in widths.items() if w > 3) == on_path
    assert all(w < 2 for k, w in widths.items() if k not in on_path)
    items.first.click()
    assert sorted(o.js("kgView.network.getSelectedEdges()")) == on_path


@pytest.mark.browser
def test_filters_hide_by_sign_hypothesis_and_type(open_page, pages, mini_graph):
    o = open_page(pages["all"])
    drawn = "[kgView.network.body.nodeIndices.length, kgView.network.body.edgeIndices.length]"
    o.page.locator('input[data-effect="decrease"]').uncheck()
    assert o.js(drawn) == [7, 2]
    o.page.locator('input[data-effect="decrease"]').check()
    hypothesis = o.js("kgView.edges.getIds().filter(id => kgView.network.body.edges[id].options.dashes)")
    assert hypothesis == [mini_graph.statements("MSC exosome", "decreases", "inflammation")[0].id]
    o.page.locator("#kg-show-hypotheses").uncheck()
    assert o.js(drawn) == [7, 4]
    o.page.locator('input[data-type="BiologicalProcess"]').uncheck()
    assert o.js(drawn) == [5, 3]
    assert "showing 5 of 7 entities and 3 of 5 statements" in o.page.locator("#kg-counts").inner_text()


@pytest.mark.browser
def test_search_box_focuses_a_node(open_page, pages):
    o = open_page(pages["all"])
    o.page.fill("#kg-search", "MSCs")  # a synonym
    o.page.press("#kg-search", "Enter")
    assert o.js("kgView.network.getSelectedNodes()") == ["MSC"]
    assert "mesenchymal stem cell" in o.page.locator("#kg-details-body").inner_text()
    o.page.fill("#kg-search", "no such thing")
    o.page.press("#kg-search", "Enter")
    assert "no entity matches" in o.page.locator("#kg-search-status").inner_text()


@pytest.fixture()
def hostile_graph(tmp_path) -> KnowledgeGraph:
    """The mini seeds with a quote full of markup, quotes and ampersands."""
    seeds = tmp_path / "seeds"
    shutil.copytree(MINI, seeds)
    old = "The exosomes might also reduce inflammation."
    new = "The exosomes </script><img src=x onerror=\"window.pwned=1\"> & 'might' reduce inflammation."
    text = (seeds / "m01.txt").read_text(encoding="utf-8")
    start = text.index(old)
    (seeds / "m01.txt").write_text(text.replace(old, new), encoding="utf-8")
    quote = new[:-1]
    ann = (seeds / "m01.ann.yaml").read_text(encoding="utf-8")
    ann = ann.replace("quote: The exosomes might also reduce inflammation\n",
                      "quote: " + '"' + quote.replace('"', '\\"') + '"\n')
    ann = ann.replace("end: 207", f"end: {start + len(quote)}")
    (seeds / "m01.ann.yaml").write_text(ann, encoding="utf-8")
    return KnowledgeGraph.from_corpus(load_corpus(seeds, lexicon=MINI_LEXICON))


@pytest.mark.browser
def test_quotes_with_markup_are_shown_as_text(open_page, hostile_graph, tmp_path):
    """Pins down escaping: a quote holding </script>, a tag, & and quotes is shown, never run."""
    page = write_html(hostile_graph, tmp_path / "hostile.html")
    quote = hostile_graph.statements("MSC exosome", "decreases", "inflammation")[0].evidence[0].quote
    assert "</script><img" in quote
    assert b"</script><img" not in page.read_bytes()
    o = open_page(page)
    assert o.js("kgView.edges.length") == 5
    o.page.mouse.click(*o.edge_point(hostile_graph.statements("MSC exosome", "decreases", "inflammation")[0].id))
    assert quote in o.page.locator("#kg-details-body").inner_text()
    assert o.js("window.pwned === undefined && document.querySelectorAll('img').length === 0")


# -- without a browser ----------------------------------------------------------------------------


@pytest.mark.browser
def test_user_title_is_escaped(open_page, mini_graph, tmp_path):
    title = 'MSC <i>exosomes</i> & "friends"'
    o = open_page(write_html(mini_graph, tmp_path / "t.html", title=title))
    assert o.page.locator("h1").inner_text() == "exokg: " + title
    assert o.page.title() == "exokg: " + title


def test_page_references_nothing_remote(pages):
    text = pages["all"].read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe|source|video|audio)\b[^>]*\b(src|href)\s*=", text, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//|sourceMappingURL", text, re.I)
    assert "default-src 'none'" in text  # the browser itself refuses any remote load


def _html_in_subprocess(out: Path, seed: str, *args: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "kg.cli", *MINI_ARGS, "html", "--out", str(out), *args],
                   check=True, env=env, cwd=out.parent, capture_output=True)
    return out.read_bytes()


@pytest.mark.parametrize("args", [(), ("--path", "MSC", "axon regeneration")])
def test_rendering_twice_gives_identical_bytes(tmp_path, args):
    a = _html_in_subprocess(tmp_path / "a.html", "1", *args)
    b = _html_in_subprocess(tmp_path / "b.html", "2", *args)  # another hash seed: no set order leaks
    assert a == b


@pytest.mark.parametrize("args, name", [
    (["--focus", "PTEM"], "PTEM"),
    (["--path", "MSC", "PTEM"], "PTEM"),
    (["--path", "miR21", "PTEN"], "miR21"),
])
def test_unknown_entity_fails_with_closest_names(tmp_path, args, name):
    out = tmp_path / "kg.html"
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(out), *args])
    assert result.exit_code == 1
    assert f"error: unknown entity {name!r}; closest known names:" in result.output
    assert "PTEN" in result.output or "miR-21" in result.output
    assert not out.exists()


def test_unknown_type_and_status_fail_clearly(mini_graph):
    with pytest.raises(InvalidQueryError, match="unknown entity type 'Cell'; did you mean"):
        render_html(mini_graph, types=["Cell"])
    with pytest.raises(InvalidQueryError, match="must be among finding"):
        render_html(mini_graph, status="rumour")
    with pytest.raises(UnknownEntityError, match="unknown entity 'nope'"):
        mini_graph.to_html("/nonexistent-never-written.html", paths=("nope", "PTEN"))


def test_unwritable_out_fails_before_any_work(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    def no_work(*a, **k):
        raise AssertionError("the graph was loaded before the output was checked")

    monkeypatch.setattr("kg.graph.load", no_work)
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(blocker / "kg.html"), "--focus", "PTEM"])
    assert result.exit_code == 1
    assert "error: cannot write to" in result.output
    folder = tmp_path / "folder"
    folder.mkdir()
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(folder)])
    assert result.exit_code != 0
    assert "folder" in result.output or "directory" in result.output


def test_failed_render_leaves_existing_page_untouched(tmp_path, monkeypatch):
    out = tmp_path / "kg.html"
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(out)])
    assert result.exit_code == 0, result.output
    good = out.read_bytes()
    assert good.rstrip().endswith(b"</html>")
    # A bad name fails before rendering; a crash in rendering fails before writing.
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(out), "--focus", "PTEM"])
    assert result.exit_code == 1 and out.read_bytes() == good

    def crash(*a, **k):
        raise RuntimeError("renderer crashed half-way")

    monkeypatch.setattr(kg.views.html.page, "render_view", crash)
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(out), "--focus", "PTEN"])
    assert result.exit_code != 0
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.html"]  # no temporary file left behind


def test_large_view_is_refused_unless_forced(tmp_path, mini_graph):
    out = tmp_path / "kg.html"
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(out), "--max-nodes", "3"])
    assert result.exit_code == 1
    assert "7 entities, more than the 3" in result.output and "--focus" in result.output and "--force" in result.output
    assert not out.exists()
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--out", str(out), "--max-nodes", "3", "--force"])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0
    # A neighbourhood under the limit is drawn without --force.
    render_html(mini_graph, focus="PTEN", radius=1, max_nodes=3)
    with pytest.raises(OutputError, match="--focus"):
        render_html(mini_graph, focus="PTEN", radius=2, max_nodes=3)


def test_views_choose_the_right_entities(mini_graph):
    from kg.views.html import select_view

    assert {e.id for e in select_view(mini_graph, focus="PTEN", radius=1).entities} == {"PTEN", "miR-21", "axon-regeneration"}
    v = select_view(mini_graph, paths=("MSC", "PTEN"))
    assert [str(p) for p in v.paths] == ["mesenchymal stem cell -secretes-> MSC exosome -carries-> miR-21 -decreases-> PTEN  [net -]"]
    assert "axon-regeneration" in {e.id for e in v.entities}  # one hop of context around the path
    none = select_view(mini_graph, paths=("rat", "PTEN"))
    assert none.paths == () and none.note == "no path from rat to PTEN within 4 hops"
    v = select_view(mini_graph, types=["BiologicalProcess", "GeneOrProtein"])
    assert {e.id for e in v.entities} == {"PTEN", "axon-regeneration", "inflammation"}
    assert [s.predicate for s in v.statements] == ["decreases"]
    v = select_view(mini_graph, status="hypothesis")
    assert [str(s) for s in v.statements] == ["MSC exosome -decreases-> inflammation"]
    # Paths found beforehand are drawn as given.
    found = mini_graph.paths("miR-21", "axon regeneration")
    assert select_view(mini_graph, paths=found).paths == tuple(found)


def test_to_html_and_build_write_the_page(tmp_path, mini_graph, mini_seeds):
    page = mini_graph.to_html(tmp_path / "m.html", focus="miR-21", radius=1)
    assert page.read_bytes() == render_html(mini_graph, focus="miR-21", radius=1)
    result = build(tmp_path / "out", seeds=mini_seeds, lexicon=mini_seeds.parent / "lexicon.yaml")
    assert result.outputs["html"] == tmp_path / "out" / "kg.html"
    assert (tmp_path / "out" / "kg.html").read_bytes() == render_html(result.graph)
    result = build(tmp_path / "out2", seeds=mini_seeds, lexicon=mini_seeds.parent / "lexicon.yaml", html=False)
    assert "html" not in result.outputs and not (tmp_path / "out2" / "kg.html").exists()
    cli = CliRunner().invoke(main, ["--seeds", str(mini_seeds), "--lexicon", str(mini_seeds.parent / "lexicon.yaml"),
                                    "build", "--out", str(tmp_path / "out3"), "--no-html"])
    assert cli.exit_code == 0, cli.output
    assert not (tmp_path / "out3" / "kg.html").exists()


def test_out_has_the_short_name_a_newcomer_tries(tmp_path):
    """ "kg html --path MSC X -o path.html" said "No such option '-o'": every --out takes -o too."""
    out = tmp_path / "path.html"
    result = CliRunner().invoke(main, [*MINI_ARGS, "html", "--path", "MSC", "PTEN", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.is_file() and "<html" in out.read_text(encoding="utf-8").lower()
