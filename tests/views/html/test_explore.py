"""Exploring the page as a reader does: entity details with their quotes, hover agreeing with click,
--types views that keep their connections, legend boxes that all mean "show", colours that stay
apart for colour-blind readers, and labels kept apart on the 100-entity seed graph.

The browser tests save screenshots of what they checked in $KG_SCREENSHOTS (default: a temporary
folder), so a person can look at the same views.
"""
from __future__ import annotations

import itertools
import os
from pathlib import Path

import pytest

from kg.views.html import write_html
from kg.views.html.page import NODE_STYLES


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOTS") or tmp_path_factory.mktemp("screens"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory, seed_graph) -> Path:
    return write_html(seed_graph, tmp_path_factory.mktemp("seed") / "kg.html")


def _click_node(o, node_id: str) -> None:
    o.page.mouse.click(*o.node_point(node_id))


@pytest.mark.browser
def test_clicking_an_entity_lists_its_statements_with_quotes(open_page, mini_graph, tmp_path):
    """Pins down entity details that showed type and identifiers but no statement or quote."""
    o = open_page(write_html(mini_graph, tmp_path / "all.html"))
    _click_node(o, "PTEN")
    details = o.page.locator("#kg-details-body")
    text = details.inner_text()
    around = mini_graph.neighbors("PTEN", direction="both")
    assert f"Statements ({len(around)})" in text
    for step in around:
        for ev in step.evidence:
            assert ev.quote in text
    assert "A tiny test document" in text  # the document by its title
    # A statement's title leads to that statement: selected in the drawing, its details in the panel.
    target = mini_graph.statements("PTEN", "decreases", "axon regeneration")[0].id
    details.locator(f'a[data-edge="{target}"]').click()
    assert o.js("kgView.network.getSelectedEdges()") == [target]
    assert "relation" in details.inner_text() and "PTEN restrains axon regeneration" in details.inner_text()


@pytest.mark.browser
def test_hover_and_click_pick_the_same_edge(open_page, seed_page):
    """Pins down the tooltip and the click choosing different arrows where arrows overlap."""
    o = open_page(seed_page)
    # Points where several arrows overlap and vis-network's own tooltip rule (the last arrow drawn
    # there) differs from its click rule (the nearest arrow): where the two used to disagree.
    points = o.js("""(() => {
        const n = kgView.network, box = document.getElementById('kg-network').getBoundingClientRect(), out = [];
        for (const id of n.body.edgeIndices) {
          for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
            // whole pixels: a click lands on one, and half a pixel can change the nearest arrow
            const c0 = n.body.edges[id].edgeType.getPoint(t), d0 = n.canvasToDOM(c0);
            const d = {x: Math.round(d0.x), y: Math.round(d0.y)}, c = n.DOMtoCanvas(d);
            if (d.x < 5 || d.y < 5 || d.x > box.width - 5 || d.y > box.height - 5 || n.getNodeAt(d) !== undefined) continue;
            const over = n.body.edgeIndices.filter(j => n.body.edges[j].isOverlappingWith(
              {left: c.x, right: c.x, top: c.y, bottom: c.y}));
            const near = n.getEdgeAt(d);
            if (over.length > 1 && near !== undefined && over[over.length - 1] !== near)
              out.push([box.left + d.x, box.top + d.y, near]);
          }
        }
        return out; })()""")
    assert points, "the seed graph should have overlapping arrows to test on"
    # One point per arrow: after a click the tooltip stays down until the pointer leaves that arrow.
    points = list({nearest: (x, y, nearest) for x, y, nearest in points}.values())
    for x, y, nearest in points[:5]:
        o.page.mouse.move(5, 5)
        o.page.mouse.move(x, y)
        tip = o.page.locator("#kg-tip")
        tip.wait_for(state="visible", timeout=5000)
        hovered = tip.get_attribute("data-id")
        o.page.mouse.click(x, y)
        assert o.js("kgView.network.getSelectedEdges()") == [hovered] == [nearest]
        title = o.js(f"(() => {{ const e = kgView.data.edges.find(e => e.id === {hovered!r}); "
                     "return e.kg.subject + ' \\u2014' + e.kg.relation_label + '\\u2192 ' + e.kg.object; })()")
        assert o.page.locator("#kg-details-body h3").first.inner_text() == title


@pytest.mark.browser
def test_types_view_keeps_links_through_other_types_as_dotted_via(open_page, mini_graph, tmp_path):
    """Pins down `--types` views that dropped every link through another type without a word."""
    o = open_page(write_html(mini_graph, tmp_path / "types.html", types=["MesenchymalStemCell", "MicroRNA"]))
    assert sorted(o.js("kgView.nodes.getIds()")) == ["MSC", "miR-21"]
    assert "entities of other types left out, 1 dotted link stands for chains" in o.page.locator("#kg-subtitle").inner_text()
    via = "via:MSC>miR-21"
    assert o.js(f"kgView.network.body.edges[{via!r}].options.dashes") == [2, 6]
    o.page.mouse.click(*o.edge_point(via))
    text = o.page.locator("#kg-details-body").inner_text()
    chain = mini_graph.paths("MSC", "miR-21")[0]
    assert "mesenchymal stem cell -secretes-> MSC exosome -carries-> miR-21" in text
    for step in chain.steps:
        assert step.evidence[0].quote in text
    o.page.locator("#kg-show-via").uncheck()
    assert o.js("kgView.network.body.edgeIndices.length") == 0


@pytest.mark.browser
def test_every_legend_box_means_show(open_page, mini_graph, tmp_path):
    """Pins down "hide hypotheses" ticking the other way from every other box."""
    o = open_page(write_html(mini_graph, tmp_path / "all.html"))
    boxes = o.page.locator("#kg-legend input[type=checkbox]")
    assert boxes.count() >= 7 and all(boxes.nth(i).is_checked() for i in range(boxes.count()))
    drawn = "kgView.network.body.nodeIndices.length + kgView.network.body.edgeIndices.length"
    full = o.js(drawn)
    counts = o.js("Array.from(document.querySelectorAll('#kg-legend label')).map(l => +l.querySelector('.count').textContent)")
    for i in range(boxes.count()):
        if counts[i] == 0:  # a legend row with nothing under it (no unsigned statement here)
            continue
        boxes.nth(i).uncheck()
        assert o.js(drawn) < full, f"unticking box {i} hid nothing"
        boxes.nth(i).check()
        assert o.js(drawn) == full


def _lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    """CIE-Lab of *hex_colour* as seen through a colour-vision *matrix* (linear RGB)."""
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    rgb = [lin(int(hex_colour[i:i + 2], 16) / 255) for i in (1, 3, 5)]
    r, g, b = (min(1.0, max(0.0, sum(m * c for m, c in zip(row, rgb)))) for row in matrix)
    x, y, z = 0.4124 * r + 0.3576 * g + 0.1805 * b, 0.2126 * r + 0.7152 * g + 0.0722 * b, 0.0193 * r + 0.1192 * g + 0.9505 * b

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    fx, fy, fz = f(x / 0.95047), f(y), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


#: Machado, Oliveira & Fernandes (2009), severity 1.0: how protan, deutan and tritan eyes see linear RGB.
VISION = {
    "typical": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protan": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritan": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}


@pytest.mark.parametrize("vision", VISION)
def test_type_families_keep_distinct_colours_for_colour_blind_readers(ontology, vision):
    """Pins down CellType, StemCell and MesenchymalStemCell drawn as near-identical orange-brown circles."""
    family = {t: ontology.ancestors(t)[-2] for t in NODE_STYLES}  # the class under BiomedicalEntity
    colours = {}
    for t, (colour, _shape) in NODE_STYLES.items():
        assert colours.setdefault(family[t], colour) == colour, f"{t} leaves its family's colour"
    assert len(colours) >= 10
    for (fa, a), (fb, b) in itertools.combinations(colours.items(), 2):
        la, lb = _lab(a, VISION[vision]), _lab(b, VISION[vision])
        delta = sum((p - q) ** 2 for p, q in zip(la, lb)) ** 0.5
        assert delta >= 15, f"{fa} and {fb} look alike to {vision} vision (CIE76 difference {delta:.1f})"


def test_each_type_has_its_own_colour_and_shape():
    styles = list(NODE_STYLES.values())
    assert len(set(styles)) == len(styles)


@pytest.mark.browser
def test_labels_stay_apart_on_the_seed_graph(open_page, seed_page, shots):
    """Pins down overlapping labels in the whole-graph view (21 overlapping pairs at 100 entities)."""
    o = open_page(seed_page)
    assert o.js("kgView.nodes.length") >= 99  # about a hundred (99 since the curation review merged two)
    # Measured here, not by the page's own code: each label's box as Chromium measures its text.
    overlapping = o.js("""(() => {
        const n = kgView.network, font = kgView.data.options.nodes.font, pos = n.getPositions();
        const ctx = document.createElement('canvas').getContext('2d'); ctx.font = font.size + 'px arial';
        const b = kgView.data.nodes.map(d => { const h = d.size || 16;
          return {x: pos[d.id].x, y: pos[d.id].y, w: Math.max(2 * h, ctx.measureText(d.label).width), t: h, u: h + font.size + 4}; });
        let k = 0;
        for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++) {
          const p = b[i], q = b[j];
          if (Math.min(p.x + p.w / 2, q.x + q.w / 2) > Math.max(p.x - p.w / 2, q.x - q.w / 2) &&
              Math.min(p.y + p.u, q.y + q.u) > Math.max(p.y - p.t, q.y - q.t)) k++;
        }
        return k; })()""")
    assert overlapping == 0
    o.page.screenshot(path=str(shots / "after-whole-graph.png"))
    _click_node(o, "miR-21")
    assert "miR-21 suppresses PTEN" in o.page.locator("#kg-details-body").inner_text()
    o.page.screenshot(path=str(shots / "after-entity-click.png"))
    # Every family colour drawn on the canvas is a colour of the legend.
    legend = o.js("Array.from(document.querySelectorAll('#kg-legend-types svg *')).map(e => getComputedStyle(e).fill)")
    assert len(set(legend)) >= 10
