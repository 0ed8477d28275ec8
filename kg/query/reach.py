"""What does X reach, and what reaches X? Neighbours, downstream effects and upstream regulators.

Each answer carries the best path behind it (shortest, then best supported), so a net sign is
never given without the chain and evidence that produce it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

import networkx as nx

from ..display import card, esc, path_html, to_dataframe
from ..errors import InvalidQueryError
from ..model import Entity
from ..vocab import SIGN_SYMBOL
from .walks import EdgeFilter, Path, Step, edge_filter, rank_key, to_path

if TYPE_CHECKING:
    from ..core import GraphData


@dataclass(frozen=True)
class Effect:
    """An entity reached from (or reaching) the queried one, with the net sign of the best path."""

    entity: Entity
    sign: int
    path: Path

    def __str__(self) -> str:
        return f"{self.entity.label} [{SIGN_SYMBOL[self.sign]}] via {self.path}"

    # -- in a notebook (kg.display) --

    def __repr__(self) -> str:
        return f"<Effect {self.entity.label} [{SIGN_SYMBOL[self.sign]}] via {self.path}>"

    def _repr_html_(self) -> str:
        return card(f"<p><b>{esc(self.entity.label)}</b> ({esc(self.entity.type)}): net "
                    f"{SIGN_SYMBOL[self.sign]} in {len(self.path)} hops</p>{path_html(self.path)}")

    def _row(self) -> dict[str, Any]:
        return {"entity": self.entity.id, "label": self.entity.label, "type": self.entity.type,
                "net": SIGN_SYMBOL[self.sign], "hops": len(self.path), "status": self.path.status,
                "best path": str(self.path).rsplit("  [", 1)[0]}

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity.to_dict(), "sign": self.sign, "path": self.path.to_dict()}

    def to_dataframe(self):
        """The best path's hops and quotes, one row each (see :meth:`Path.to_dataframe`)."""
        return self.path.to_dataframe()


def neighbors(g: "GraphData", name: str | Entity, direction: str = "out",
              relations: Iterable[str] | None = None) -> list[Step]:
    """The hops touching *name*: outgoing, incoming or both, optionally only some relations.

    >>> from kg.datasets import tiny_graph
    >>> [str(s) for s in neighbors(tiny_graph(), "PTEN", direction="in")]
    ['miR-21 -decreases-> PTEN']
    """
    if direction not in ("out", "in", "both"):
        raise InvalidQueryError(f"direction {direction!r} must be 'out', 'in' or 'both'")
    eid = g.entity(name).id
    ok = edge_filter(g, relations=relations)
    G = g.network
    edges = []
    if direction in ("out", "both"):
        edges += [e for e in G.out_edges(eid, keys=True, data=True) if not e[3]["inverted"]]
    if direction in ("in", "both"):
        edges += [e for e in G.in_edges(eid, keys=True, data=True) if not e[3]["inverted"]]
    steps = [to_path(G, [e], ok).steps[0] for e in edges if ok(*e)]
    return sorted(steps, key=lambda s: (s.subject.id != eid, s.predicate, s.object.label, s.subject.label))


def reach(g: "GraphData", name: str | Entity, max_hops: int = 4, upstream: bool = False,
          **options: Any) -> list[Effect]:
    """Everything downstream of *name* (or upstream, onto it), each with its net sign and best path.

    *options* are the edge filters of :func:`~kg.query.walks.edge_filter` (status, relations, ...).

    >>> from kg.datasets import tiny_graph
    >>> {e.entity.id: e.sign for e in reach(tiny_graph(), "miR-21")}
    {'PTEN': -1, 'axon-regeneration': 1}
    >>> [e.entity.id for e in reach(tiny_graph(), "PTEN", upstream=True)]
    ['miR-21', 'MSC-exosome', 'MSC']
    """
    ok = edge_filter(g, **options)
    best = best_paths_from(g, name, max_hops, upstream, ok)
    out = [Effect(p.nodes[0] if upstream else p.nodes[-1], p.sign, p) for p in best.values()]
    return sorted(out, key=lambda e: (len(e.path), e.entity.label.lower()))


def subgraph(g: "GraphData", names: str | Entity | Iterable[str | Entity], radius: int = 1) -> nx.MultiDiGraph:
    """The neighbourhood of *names* within *radius* hops (either direction) as a MultiDiGraph.

    >>> from kg.datasets import tiny_graph
    >>> sorted(subgraph(tiny_graph(), "PTEN", radius=1).nodes)
    ['PTEN', 'axon-regeneration', 'miR-21']
    """
    if isinstance(names, (str, Entity)):
        names = [names]
    G = g.network
    ids = [g.entity(n).id for n in names]
    # An undirected view (no copy) reaches both ways, as ego_graph(undirected=True) would, but
    # without copying the whole graph for each question.
    keep = nx.multi_source_dijkstra_path_length(G.to_undirected(as_view=True), ids, cutoff=max(radius, 0))
    return G.subgraph(keep).copy()


def best_paths_from(
    kg: "GraphData",
    name: str | Entity,
    max_hops: int,
    upstream: bool,
    ok: EdgeFilter,
) -> dict[str, Path]:
    """For every entity reachable within *max_hops*, the best (shortest, best-supported) path.

    Downstream from *name*, or upstream to it when *upstream*. A layered BFS keeps, per node, the
    best-ranked path among those of minimal length.
    """
    G = kg.network
    root = kg.entity(name).id
    best: dict[str, Path] = {}
    frontier = {root: ()}
    seen = {root}
    for _ in range(max_hops):
        # per node of the next layer: (rank, edges, path) of its best candidate so far, so the
        # incumbent is built and ranked once rather than at every comparison
        nxt: dict[str, tuple[tuple, tuple, Path]] = {}
        for u, edges in frontier.items():
            adj = G.in_edges(u, keys=True, data=True) if upstream else G.out_edges(u, keys=True, data=True)
            for a, b, k, d in adj:
                w = a if upstream else b
                if w in seen or not ok(a, b, k, d):
                    continue
                cand = ((a, b, k, d), *edges) if upstream else (*edges, (a, b, k, d))
                path = to_path(G, cand, ok)
                rank = rank_key(path)
                if w not in nxt or rank < nxt[w][0]:
                    nxt[w] = (rank, cand, path)
        for w, (_rank, _edges, path) in nxt.items():
            seen.add(w)
            best[w] = path
        frontier = {w: edges for w, (_rank, edges, _path) in nxt.items()}
        if not frontier:
            break
    return best


__all__ = ["Effect", "best_paths_from", "neighbors", "reach", "subgraph"]
