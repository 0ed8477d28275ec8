"""The page: a view turned into vis-network data and one self-contained HTML file.

pyvis supplies the node and edge model and ships the vis-network library; the page template is our
own (``assets/``) because pyvis's templates link scripts and stylesheets from CDNs, and this page
must load nothing remote. vis-network's script and stylesheet are read from the installed pyvis
package and inlined, and a Content-Security-Policy makes the browser refuse any remote load.

The output depends on the graph alone: nodes and edges are sorted, JSON keys sorted, no ids are
random and the browser's layout starts from a fixed seed. Building twice gives the same bytes.
"""
from __future__ import annotations

import importlib.resources
import json
import logging
import math
import re
from collections import Counter
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any

import jinja2

from ...errors import InvalidQueryError, OutputError
from ...files import check_output_file, write_atomic
from ...model import Entity, Statement
from ...query.walks import Path
from ...vocab import TENTATIVE, effect_name
from ..evidence import evidence_records
from .select import VIA_HOPS, View, select_view

if TYPE_CHECKING:
    from ...core import GraphData

log = logging.getLogger(__name__)

#: Above this many nodes a browser lays the network out too slowly to use; draw a neighbourhood.
DEFAULT_MAX_NODES = 2000

#: Colour and vis-network shape per entity class, in legend order. Colour tells the family (cells,
#: vesicles, miRNAs, ...), shape tells the classes within a family apart. The family colours are Okabe-Ito
#: and Tol "muted" colours chosen so that any two stay at least 15 CIE-Lab units apart under simulated
#: protan, deutan and tritan vision (tests/views/html/test_page.py checks it); classes missing here
#: take their nearest ancestor's style.
NODE_STYLES: dict[str, tuple[str, str]] = {
    "CellType": ("#E69F00", "dot"),
    "StemCell": ("#E69F00", "diamond"),
    "MesenchymalStemCell": ("#E69F00", "star"),
    "PluripotentStemCell": ("#E69F00", "triangle"),
    "ExtracellularVesicle": ("#332288", "hexagon"),
    "Exosome": ("#332288", "dot"),
    "SmallExtracellularVesicle": ("#332288", "diamond"),
    "Microvesicle": ("#332288", "triangleDown"),
    "EngineeredVesicle": ("#332288", "star"),
    "MicroRNA": ("#AA4499", "diamond"),
    "GeneOrProtein": ("#88CCEE", "square"),
    "CytokineOrGrowthFactor": ("#88CCEE", "triangle"),
    "Molecule": ("#F0E442", "triangleDown"),
    "Pathway": ("#117733", "star"),
    "ProcessOrPhenotype": ("#009E73", "square"),
    "BiologicalProcess": ("#009E73", "triangle"),
    "Phenotype": ("#009E73", "triangleDown"),
    "DiseaseOrInjury": ("#D55E00", "triangleDown"),
    "AnatomicalSite": ("#BBBBBB", "hexagon"),
    "Organism": ("#882255", "square"),
    "Intervention": ("#000000", "star"),
}
FALLBACK_STYLE = ("#969696", "dot")
#: Up to this many entities, the page moves overlapping labels apart once the layout has settled.
SEPARATE_LABELS_UP_TO = 800

#: Edge colour and arrow end per effect: pathway-diagram conventions, a bar end for a decrease.
EDGE_STYLES: dict[str, tuple[str, str, str]] = {
    "increase": ("#1a9641", "arrow", "increase (arrow)"),
    "decrease": ("#d7191c", "bar", "decrease (bar end)"),
    "unsigned": ("#6b6b6b", "vee", "unsigned: no direction of effect (open arrow)"),
}



def node_style(kg: "GraphData", type_name: str) -> tuple[str, str]:
    """Colour and shape for an entity class, inherited from the nearest styled ancestor.

    >>> from kg.datasets import tiny_graph
    >>> node_style(tiny_graph(), "MicroRNA")
    ('#AA4499', 'diamond')
    """
    if type_name in NODE_STYLES:
        return NODE_STYLES[type_name]
    # A class the ontology does not know has no ancestors, and is drawn in the neutral style.
    return next((NODE_STYLES[a] for a in kg.ontology.ancestors(type_name) if a in NODE_STYLES), FALLBACK_STYLE)


def _darker(hex_colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(int(c * factor) for c in (r, g, b)))


def _xrefs(entity: Entity) -> list[dict[str, Any]]:
    out = []
    for x in entity.xrefs:
        try:
            url = x.iri  # OBO PURLs and identifiers.org: resolvable when online, loaded only on a click
        except ValueError:
            url = None
        out.append({"curie": x.curie, "url": url if url and url.startswith(("http://", "https://")) else None,
                    "label": x.label, "match": x.match})
    return out


def _records(kg: "GraphData", statement: Statement, statuses: frozenset[str] | None) -> list[dict[str, Any]]:
    records = evidence_records(kg, statement)
    return [r for r in records if statuses is None or r["status"] in statuses]


def page_data(kg: "GraphData", view: View) -> dict[str, Any]:
    """The nodes, edges, paths and vis-network options of *view*, as plain JSON-ready data.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> d = page_data(g, select_view(g))
    >>> len(d["nodes"]), len(d["edges"])
    (7, 5)
    >>> e = next(e for e in d["edges"] if e["kg"]["relation"] == "decreases" and e["to"] == "PTEN")
    >>> e["arrows"]["to"]["type"], e["kg"]["evidence"][0]["quote"]
    ('bar', 'miR-21 suppresses PTEN')
    """
    rels = kg.ontology.relations
    path_edges = {s.statement.id for p in view.paths for s in p.steps}
    path_nodes = {n.id for p in view.paths for n in p.nodes}
    highlight = view.path_view and bool(view.paths)
    degree: Counter[str] = Counter()
    for s in kg.statements(status=view.status) if view.status else kg.statements():
        degree[s.subject.id] += 1
        degree[s.object.id] += 1

    nodes = []
    for e in view.entities:
        colour, shape = node_style(kg, e.type)
        centre = e.id in view.centre
        on_path = e.id in path_nodes
        node: dict[str, Any] = {
            "id": e.id,
            "label": e.label,
            "shape": shape,
            "color": {"background": colour, "border": _darker(colour),
                      "highlight": {"background": colour, "border": "#000000"},
                      "hover": {"background": colour, "border": "#000000"}},
            "size": 22 if centre else 16,
            "borderWidth": 3 if centre else 1,
            "kg": {"type": e.type, "synonyms": list(e.synonyms), "xrefs": _xrefs(e), "note": e.note,
                   "provisional": e.provisional, "degree": degree[e.id], "onPath": on_path},
        }
        if highlight and not on_path:
            node["opacity"] = 0.45
        nodes.append(node)

    edges = []
    pair_count: Counter[tuple[str, str]] = Counter()
    for s in view.statements:
        rel = rels[s.predicate]
        effect = effect_name(rel.path_sign)
        colour, arrow, _ = EDGE_STYLES[effect]
        on_path = s.id in path_edges
        pair = tuple(sorted((s.subject.id, s.object.id)))
        k = pair_count[pair]  # type: ignore[index]
        pair_count[pair] += 1  # type: ignore[index]
        edge: dict[str, Any] = {
            "id": s.id,
            "from": s.subject.id,
            "to": s.object.id,
            "label": rel.label,
            "arrows": {"to": {"enabled": True, "type": arrow, "scaleFactor": 0.9 if arrow == "bar" else 0.7}},
            "color": {"color": colour, "highlight": colour, "hover": colour, "inherit": False,
                      "opacity": 0.3 if highlight and not on_path else 1.0},
            "dashes": s.status in TENTATIVE,
            "width": 4 if on_path else 1.5,
            # Parallel statements between one pair bend apart so each stays visible and clickable.
            "smooth": {"enabled": False} if k == 0 else
                      {"enabled": True, "type": "curvedCW" if k % 2 else "curvedCCW", "roundness": 0.25 * ((k + 1) // 2)},
            "kg": {"relation": s.predicate, "relation_label": rel.label, "effect": effect, "sign": rel.path_sign,
                   "role": rel.role, "status": s.status, "hypothetical": s.status in TENTATIVE,
                   "subject": s.subject.label, "object": s.object.label, "onPath": on_path,
                   "evidence": _records(kg, s, view.status)},
        }
        edges.append(edge)

    for p in view.via:
        edges.append(_via_edge(kg, p, view.status))

    paths = []
    for p in view.paths:
        paths.append({
            "text": str(p).rsplit("  [", 1)[0],
            "effect": effect_name(p.sign),
            "status": p.status,
            "nodes": [n.id for n in p.nodes],
            "edges": list(dict.fromkeys(s.statement.id for s in p.steps)),
            "hops": _hops(kg, p, view.status),
        })
    return {"nodes": nodes, "edges": edges, "paths": paths, "centre": list(view.centre),
            "options": _options(len(nodes)), "separateUpTo": SEPARATE_LABELS_UP_TO}


def _hops(kg: "GraphData", p: Path, statuses: frozenset[str] | None) -> list[dict[str, Any]]:
    return [{"text": str(s), "status": s.status, "statement": s.statement.id,
             "evidence": _records(kg, s.statement, statuses)} for s in p.steps]


def _via_edge(kg: "GraphData", p: Path, statuses: frozenset[str] | None) -> dict[str, Any]:
    """A dotted link standing for a chain through entities the view leaves out, with every hop's evidence."""
    effect = effect_name(p.sign)
    colour, arrow, _ = EDGE_STYLES[effect]
    inner = ", ".join(n.label for n in p.nodes[1:-1])
    return {
        "id": f"via:{p.nodes[0].id}>{p.nodes[-1].id}",
        "from": p.nodes[0].id,
        "to": p.nodes[-1].id,
        "label": "via",  # the chain itself is in the tooltip and the details: a long label would hide the drawing
        "arrows": {"to": {"enabled": True, "type": arrow, "scaleFactor": 0.9 if arrow == "bar" else 0.7}},
        "color": {"color": colour, "highlight": colour, "hover": colour, "inherit": False, "opacity": 0.8},
        "dashes": [2, 6],
        "width": 1.5,
        "smooth": {"enabled": True, "type": "curvedCW", "roundness": 0.15},
        "kg": {"via": True, "relation": "via", "relation_label": f"via {inner}", "effect": effect, "sign": p.sign,
               "role": "via", "status": p.status, "hypothetical": p.status in TENTATIVE,
               "subject": p.nodes[0].label, "object": p.nodes[-1].label, "onPath": False,
               "chain": str(p).rsplit("  [", 1)[0], "hops": _hops(kg, p, statuses), "evidence": []},
    }


def _options(n_nodes: int) -> dict[str, Any]:
    return {
        "autoResize": True,
        "edges": {"smooth": {"enabled": False}, "arrowStrikethrough": False, "selectionWidth": 2, "hoverWidth": 1.5,
                  "font": {"size": 11, "align": "middle", "color": "#333333", "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "nodes": {"font": {"size": 14, "color": "#222222"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n_nodes > 500, "multiselect": False},
        # A fixed seed makes the browser's layout the same on every load, like the file itself.
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "physics": {"enabled": True, "solver": "forceAtlas2Based", "minVelocity": 0.75,
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120,
                                         "springConstant": 0.06, "avoidOverlap": 0.4},
                    # Fewer iterations as the graph grows: each costs O(n log n), and a rough layout
                    # that arrives in seconds beats a polished one that takes minutes.
                    "stabilization": {"enabled": True, "iterations": max(150, min(1000, 200_000 // max(n_nodes, 1))),
                                      "updateInterval": 25, "fit": True}},
    }


def _through_pyvis(data: dict[str, Any]) -> dict[str, Any]:
    """Pass nodes and edges through pyvis's model, which checks ids and endpoints."""
    from pyvis.edge import Edge
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for n in data["nodes"]:
        opts = dict(n)
        nid, label, shape = opts.pop("id"), opts.pop("label"), opts.pop("shape")
        net.add_node(nid, label=label, shape=shape, **opts)
    known = set(net.node_ids)
    for e in data["edges"]:
        opts = dict(e)
        u, v = opts.pop("from"), opts.pop("to")
        if u not in known or v not in known:  # what pyvis's add_edge asserts, in O(1) per edge
            raise OutputError(f"internal error: statement {e['id']} joins an entity that is not drawn")
        net.edges.append(Edge(u, v, directed=True, **opts).options)
    return {**data, "nodes": net.nodes, "edges": net.edges}


# -- the page --------------------------------------------------------------------------------------


def _vis_assets() -> tuple[str, str, str]:
    """vis-network's version, script and stylesheet as shipped inside the installed pyvis."""
    root = importlib.resources.files("pyvis")
    candidates = []
    for sub in ("templates/lib", "lib"):
        folder = root.joinpath(sub)
        if not folder.is_dir():
            continue
        for d in folder.iterdir():
            m = re.fullmatch(r"vis-(\d+)\.(\d+)\.(\d+)", d.name)
            if m and d.joinpath("vis-network.min.js").is_file() and d.joinpath("vis-network.css").is_file():
                candidates.append((tuple(map(int, m.groups())), d))
    if not candidates:
        raise OutputError("pyvis is installed without its vis-network files; reinstall it with "
                          "`pip install --force-reinstall pyvis`")
    version, folder = max(candidates, key=lambda c: c[0])
    js = folder.joinpath("vis-network.min.js").read_text(encoding="utf-8")
    css = folder.joinpath("vis-network.css").read_text(encoding="utf-8")
    # A source-map comment would make developer tools ask for a file that is not there.
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    # Inside <script>/<style> only a closing tag can end the element early; break any such text.
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    css = re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)
    return ".".join(map(str, version)), js, css


def script_json(obj: Any) -> str:
    """JSON safe to place inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left raw.

    >>> script_json({"quote": "a </script><b> & 'c'"})
    '{"quote":"a \\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e \\\\u0026 \\'c\\'"}'
    """
    text = json.dumps(obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def _shape_svg(shape: str, colour: str) -> str:
    border = _darker(colour)
    attrs = f'fill="{colour}" stroke="{border}" stroke-width="1"'
    if shape == "dot":
        body = f'<circle cx="8" cy="8" r="6.5" {attrs}/>'
    elif shape == "square":
        body = f'<rect x="2" y="2" width="12" height="12" {attrs}/>'
    else:
        points = {
            "diamond": [(8, 1), (15, 8), (8, 15), (1, 8)],
            "triangle": [(8, 1.5), (14.5, 14), (1.5, 14)],
            "triangleDown": [(1.5, 2), (14.5, 2), (8, 14.5)],
            "hexagon": [(8 + 7 * math.cos(math.pi / 3 * i), 8 + 7 * math.sin(math.pi / 3 * i)) for i in range(6)],
            "star": [(8 + (7 if i % 2 == 0 else 3) * math.sin(math.pi / 5 * i),
                      8.5 - (7 if i % 2 == 0 else 3) * math.cos(math.pi / 5 * i)) for i in range(10)],
        }.get(shape, [(2, 2), (14, 2), (14, 14), (2, 14)])
        body = f'<polygon points="{" ".join(f"{x:.2f},{y:.2f}" for x, y in points)}" {attrs}/>'
    return f'<svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">{body}</svg>'


def _edge_svg(colour: str, end: str, dashed: bool = False, dotted: bool = False) -> str:
    dash = ' stroke-dasharray="4 3"' if dashed else ' stroke-dasharray="1.5 3"' if dotted else ""
    line = f'<line x1="2" y1="8" x2="27" y2="8" stroke="{colour}" stroke-width="2"{dash}/>'
    if end == "bar":
        tip = f'<line x1="29" y1="2" x2="29" y2="14" stroke="{colour}" stroke-width="3"/>'
    elif end == "vee":
        tip = f'<polyline points="23,3 30,8 23,13" fill="none" stroke="{colour}" stroke-width="2"/>'
    else:
        tip = f'<polygon points="23,3 31,8 23,13" fill="{colour}"/>'
    return f'<svg width="34" height="16" viewBox="0 0 34 16" aria-hidden="true">{line}{tip}</svg>'


def render_view(kg: "GraphData", view: View, title: str | None = None) -> bytes:
    """The page for *view* as UTF-8 bytes (see :func:`render_html` for the usual entry point)."""
    data = _through_pyvis(page_data(kg, view))
    type_counts = Counter(n["kg"]["type"] for n in data["nodes"])
    order = {name: i for i, name in enumerate(NODE_STYLES)}
    legend_types = [
        {"name": t, "count": c, "svg": _shape_svg(node_style(kg, t)[1], node_style(kg, t)[0])}
        for t, c in sorted(type_counts.items(), key=lambda tc: (order.get(tc[0], len(order)), tc[0]))
    ]
    effect_counts = Counter(e["kg"]["effect"] for e in data["edges"])
    legend_effects = [{"name": name, "text": text, "count": effect_counts[name], "svg": _edge_svg(colour, end)}
                      for name, (colour, end, text) in EDGE_STYLES.items()]
    n_evidence = sum(len(e["kg"]["evidence"]) for e in data["edges"])
    n_docs = len({r["document"] for e in data["edges"] for r in e["kg"]["evidence"]})
    subtitle = (f"{len(data['nodes'])} entities, {len(view.statements)} statements, "
                f"{n_evidence} evidence from {n_docs} document{'s' if n_docs != 1 else ''}")
    if view.status:
        subtitle += f"; evidence of status {', '.join(sorted(view.status))} only"
    if view.hidden:
        subtitle += (f"; {view.hidden} entities of other types left out, {len(view.via)} dotted link"
                     f"{'s' if len(view.via) != 1 else ''} stand{'s' if len(view.via) == 1 else ''} for chains "
                     f"through them (up to {VIA_HOPS} hops)")
    if view.path_view:
        n = len(view.paths)
        path_summary = view.note or (f"{n} path{'s' if n != 1 else ''}, shortest first; "
                                     "click one to select it. Thick arrows lie on a path.")
    else:
        path_summary = ""
    search_names = sorted({n["label"] for n in data["nodes"]} | {s for n in data["nodes"] for s in n["kg"]["synonyms"]},
                          key=lambda s: (s.lower(), s))
    vis_version, vis_js, vis_css = _vis_assets()
    assets = importlib.resources.files("kg.views.html").joinpath("assets")
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    template = env.from_string(assets.joinpath("page.html").read_text(encoding="utf-8"))
    page = template.render(
        title=f"exokg: {title or view.title}",
        subtitle=subtitle,
        note=view.note,
        path_view=view.path_view,
        path_summary=path_summary,
        legend_types=legend_types,
        legend_effects=legend_effects,
        dashed_svg=_edge_svg("#6b6b6b", "arrow", dashed=True),
        hypothetical_count=sum(1 for e in data["edges"] if e["kg"]["hypothetical"]),
        via_svg=_edge_svg("#6b6b6b", "arrow", dotted=True),
        via_count=len(view.via),
        search_names=search_names,
        data_json=script_json(data),
        vis_version=vis_version,
        vis_js=vis_js,
        vis_css=vis_css,
        page_css=assets.joinpath("page.css").read_text(encoding="utf-8"),
        page_js=assets.joinpath("page.js").read_text(encoding="utf-8").replace("</", "<\\/"),
    )
    return page.encode("utf-8")


def render_html(kg: "GraphData", *, max_nodes: int = DEFAULT_MAX_NODES, force: bool = False,
                title: str | None = None, **view: Any) -> bytes:
    """The interactive page as bytes; *view* options (focus, radius, paths, ...) as in :func:`select_view`.

    A view of more than *max_nodes* entities is refused (a browser would crawl) unless *force*.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> page = render_html(g, paths=("MSC", "axon regeneration"))
    >>> page.startswith(b"<!DOCTYPE html>"), b"cdnjs" in page, page == render_html(g, paths=("MSC", "axon regeneration"))
    (True, False, True)
    >>> render_html(g, max_nodes=3)
    Traceback (most recent call last):
    kg.errors.OutputError: the view has 7 entities, more than the 3 a browser draws comfortably; ...
    """
    if max_nodes < 1:
        raise InvalidQueryError(f"max_nodes must be at least 1, not {max_nodes}")
    view = select_view(kg, **view)
    if len(view.entities) > max_nodes and not force:
        raise OutputError(
            f"the view has {len(view.entities)} entities, more than the {max_nodes} a browser draws "
            "comfortably; draw a neighbourhood with --focus NAME --radius N (focus=, radius= in Python), "
            "narrow it with --types or --status, or draw it anyway with --force"
        )
    log.info("drawing %d entities and %d statements", len(view.entities), len(view.statements))
    return render_view(kg, view, title)


def write_html(kg: "GraphData", out: FilePath | str, **options: Any) -> FilePath:
    """Render the page and put it at *out* atomically; options as in :func:`render_html`.

    The output location is checked before any work, and an existing file is replaced only by a
    complete new one.

    >>> import pathlib, tempfile; from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> write_html(g, pathlib.Path(tempfile.mkdtemp()) / "kg.html", focus="miR-21").name
    'kg.html'
    """
    path = check_output_file(out)
    data = render_html(kg, **options)
    write_atomic(path, data)
    log.info("wrote %s (%d bytes)", path, len(data))
    return path
