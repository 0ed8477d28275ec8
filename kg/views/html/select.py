"""What an HTML page draws: the whole graph, a neighbourhood, or paths over their neighbourhood."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ...errors import InvalidQueryError
from ...model import Entity, Statement
from ...query.paths import PathQuery, find_paths
from ...query.walks import Path, edge_filter, rank_key, to_path
from ...vocab import parse_statuses

if TYPE_CHECKING:
    from ...core import GraphData

#: Hops of neighbourhood drawn around a focus entity unless told otherwise.
FOCUS_RADIUS = 2
#: Hops of neighbourhood drawn around the nodes of a path view, for context.
PATH_CONTEXT = 1
#: Most paths listed in a path view.
PATH_LIMIT = 20
#: Longest chain a --types view draws as one dotted "via" link (through at most two hidden entities).
VIA_HOPS = 3


@dataclass(frozen=True)
class View:
    """What a page draws: entities, statements between them, highlighted paths, and a title."""

    title: str
    entities: tuple[Entity, ...]
    statements: tuple[Statement, ...]
    paths: tuple[Path, ...] = ()
    centre: tuple[str, ...] = ()
    path_view: bool = False
    note: str | None = None
    status: frozenset[str] | None = None
    #: In a view narrowed to some types: the best chain between two drawn entities through entities
    #: of other types, drawn as a dotted link, so narrowing hides entities but no connection.
    via: tuple[Path, ...] = ()
    hidden: int = 0


def select_view(
    kg: "GraphData",
    focus: str | Entity | Iterable[str | Entity] | None = None,
    radius: int = FOCUS_RADIUS,
    paths: tuple[str | Entity, str | Entity] | Sequence[Path] | None = None,
    max_hops: int = 4,
    types: Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
) -> View:
    """Choose the entities and statements a page shows; every name is checked before any work.

    *focus* draws the neighbourhood of one or more entities within *radius* hops. *paths* is either
    a pair of names, whose paths (up to *max_hops*) are found, or paths already found with
    :meth:`KnowledgeGraph.paths`; they are drawn over their one-hop neighbourhood. *types* keeps
    entities of those classes (and subclasses); *status* keeps evidence of those epistemic statuses.
    Without focus or paths, the whole graph is drawn.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> v = select_view(g, focus="PTEN", radius=1)
    >>> sorted(e.id for e in v.entities), v.title
    (['PTEN', 'axon-regeneration', 'miR-21'], 'neighbourhood of PTEN (radius 1)')
    >>> select_view(g, focus="PTEM")
    Traceback (most recent call last):
    kg.errors.UnknownEntityError: unknown entity 'PTEM'; closest known names: PTEN...
    """
    if radius < 0:
        raise InvalidQueryError(f"radius must be 0 or more, not {radius}")
    statuses = parse_statuses(status)
    focus_ids = [kg.entity(n).id for n in _names(focus)]
    found: list[Path] = []
    path_view = paths is not None
    endpoints: list[str] = []
    note = None
    if paths is not None:
        if _is_pair(paths):
            a, b = kg.entity(paths[0]), kg.entity(paths[1])  # type: ignore[index]
            endpoints = [a.id, b.id]
            found = find_paths(kg, a, b, PathQuery(max_hops=max_hops, limit=PATH_LIMIT, status=statuses))
            if not found:
                note = f"no path from {a.label} to {b.label} within {max_hops} hops" + (
                    f" with evidence of status {', '.join(sorted(statuses))}" if statuses else "")
        else:
            found = list(paths)  # type: ignore[arg-type]
            if not all(isinstance(p, Path) for p in found):
                raise InvalidQueryError("paths must be a pair of entity names or a list of Path objects")
            endpoints = [found[0].nodes[0].id, found[0].nodes[-1].id] if found else []
            note = None if found else "no paths to show"
    allowed = None
    if types is not None:
        allowed = {e.id for t in _names(types) for e in kg.entities(kg.ontology.entity_class(t))}

    statements = sorted(kg.statements(status=statuses) if statuses else kg.statements(),
                        key=lambda s: (s.subject.id, s.object.id, s.predicate, s.id))
    entities = {e.id: e for e in kg.entities()}
    on_path = {n.id for p in found for n in p.nodes}
    centre = tuple(dict.fromkeys([*focus_ids, *endpoints, *sorted(on_path)]))
    keep_always = set(centre)

    def admitted(eid: str) -> bool:
        return allowed is None or eid in allowed or eid in keep_always

    if focus_ids or path_view:
        links = [(s.subject.id, s.object.id) for s in statements if admitted(s.subject.id) and admitted(s.object.id)]
        keep = _within(links, focus_ids, radius) | _within(links, [*endpoints, *on_path], PATH_CONTEXT)
    else:
        keep = {eid for eid in entities if admitted(eid)}
    drawn = tuple(entities[eid] for eid in sorted(keep))
    edges = tuple(s for s in statements if s.subject.id in keep and s.object.id in keep)
    via: tuple[Path, ...] = ()
    if allowed is not None:
        via = via_paths(kg, keep, {(s.subject.id, s.object.id) for s in edges}, statuses)

    if path_view:
        ends = [entities[e].label for e in endpoints]
        title = f"paths from {ends[0]} to {ends[1]}" if len(ends) == 2 else "paths"
        if focus_ids:
            title += " and the neighbourhood of " + ", ".join(entities[f].label for f in focus_ids)
    elif focus_ids:
        title = f"neighbourhood of {', '.join(entities[f].label for f in focus_ids)} (radius {radius})"
    else:
        title = "whole graph"
    if types is not None:
        title += " (types: " + ", ".join(_names(types)) + ")"
    return View(title, drawn, edges, tuple(found), centre, path_view, note,
                frozenset(statuses) if statuses else None, via,
                len(entities) - len(allowed | keep_always) if allowed is not None else 0)


def via_paths(kg: "GraphData", keep: set[str], direct: set[tuple[str, str]],
              status: Iterable[str] | None = None, max_hops: int = VIA_HOPS) -> tuple[Path, ...]:
    """For every two entities of *keep* that no drawn statement joins, the best chain between them
    that passes only through entities outside *keep* (at most *max_hops* hops).

    >>> from kg.datasets import tiny_graph
    >>> [str(p) for p in via_paths(tiny_graph(), {"MSC", "miR-21"}, set())]
    ['mesenchymal stem cell -secretes-> MSC exosome -carries-> miR-21  [net +]']
    """
    P = kg.projection
    ents = kg.tables.entities
    row = kg.tables.entity_index()
    f = edge_filter(kg, status=status)
    ok = f.mask(kg)
    out = []
    for a in sorted(keep):
        # A layered search that keeps one best chain per entity reached, so it costs O(edges) per
        # start; it follows the chain rules (no generic entity in the middle, a product's producer last).
        frontier: dict[int, tuple] = {row[a]: ()}
        seen = {row[a]}
        best: dict[str, Path] = {}
        for _ in range(max_hops):
            nxt: dict[int, tuple[tuple, tuple]] = {}
            for u, chain in frontier.items():
                for e in P.out_edges[P.out_ptr[u]:P.out_ptr[u + 1]]:
                    v = P.dst[e]
                    if P.inverted[e] or v in seen or not ok[e]:
                        continue
                    cand = (*chain, e)
                    rank = rank_key(to_path(kg, cand, f))
                    if v not in nxt or rank < nxt[v][0]:
                        nxt[v] = (rank, cand)
            frontier = {}
            for v, (_rank, cand) in sorted(nxt.items()):
                seen.add(v)
                vid = ents[v].id
                if vid in keep:
                    if len(cand) > 1 and (a, vid) not in direct:
                        best[vid] = to_path(kg, cand, f)
                elif not P.generic[v] and not P.ends_path[P.rel[cand[-1]]]:
                    frontier[v] = cand
        out += [best[v] for v in sorted(best)]
    return tuple(out)


def _names(x: Any) -> list[str]:
    if x is None:
        return []
    if isinstance(x, (str, Entity)):
        x = [x]
    return [item.id if isinstance(item, Entity) else item for item in x]


def _is_pair(paths: Any) -> bool:
    return (isinstance(paths, (tuple, list)) and len(paths) == 2
            and all(isinstance(x, (str, Entity)) for x in paths))


def _within(links: Sequence[tuple[str, str]], start: Sequence[str], radius: int) -> set[str]:
    """The entities within *radius* links of any of *start*, the links read in either direction."""
    if not start:
        return set()
    import networkx as nx  # imported when a networkx graph is asked for: it costs 0.2 s at start-up
    G = nx.Graph(links)
    G.add_nodes_from(start)
    return set(nx.multi_source_dijkstra_path_length(G, set(start), cutoff=radius))
