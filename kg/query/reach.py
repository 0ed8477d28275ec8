"""What does X reach, and what reaches X? Neighbours, downstream effects and upstream regulators.

Each answer carries the best path behind it (shortest, then best supported), so a net sign is
never given without the chain and evidence that produce it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from ..display import Results, card, esc, notes_html, path_html
from ..errors import InvalidQueryError
from ..model import Entity
from ..vocab import SIGN_SYMBOL
from .paths import DEFAULT_TIMEOUT, MAX_HOPS
from .walks import Deadline, EdgeFilter, Path, SearchStopped, Step, edge_filter, rank_key, to_path

if TYPE_CHECKING:
    import networkx as nx
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
    u = g.tables.entity_index()[eid]
    f = edge_filter(g, relations=relations)
    ok = f.mask(g)
    P = g.projection
    edges = []
    if direction in ("out", "both"):
        edges += [e for e in P.out_edges[P.out_ptr[u]:P.out_ptr[u + 1]] if not P.inverted[e]]
    if direction in ("in", "both"):
        edges += [e for e in P.in_edges[P.in_ptr[u]:P.in_ptr[u + 1]] if not P.inverted[e]]
    steps = [to_path(g, [e], f).steps[0] for e in edges if ok[e]]
    return sorted(steps, key=lambda s: (s.subject.id != eid, s.predicate, s.object.label, s.subject.label))


class ReachResult(Results):
    """The effects (or regulators) found, and why the search stopped early (None: it finished)."""

    stopped: str | None

    def __init__(self, effects: Iterable[Effect] = (), stopped: str | None = None):
        super().__init__(effects, kind="effects")
        self.stopped = stopped

    def _repr_html_(self) -> str:
        return notes_html(self.stopped, {}) + super()._repr_html_()


def reach(g: "GraphData", name: str | Entity, max_hops: int = 4, upstream: bool = False,
          through_generic: bool = False, timeout: float | None = DEFAULT_TIMEOUT, **options: Any) -> ReachResult:
    """Everything downstream of *name* (or upstream, onto it), each with its net sign and best path.

    *options* are the edge filters of :func:`~kg.query.walks.edge_filter` (status, relations, ...).
    The walks obey the chain rules of :mod:`.paths`: a generic entity is reached but not walked
    through (unless *through_generic*), and a product's producer is reached but its other
    properties are not. After *timeout* seconds the search returns what it found, flagged.

    >>> from kg.datasets import tiny_graph
    >>> {e.entity.id: e.sign for e in reach(tiny_graph(), "miR-21")}
    {'PTEN': -1, 'axon-regeneration': 1}
    >>> [e.entity.id for e in reach(tiny_graph(), "PTEN", upstream=True)]
    ['miR-21', 'MSC-exosome', 'MSC']
    """
    if not 1 <= max_hops <= MAX_HOPS:
        raise InvalidQueryError(f"max_hops must be between 1 and {MAX_HOPS}")
    ok = edge_filter(g, **options)
    root = g.entity(name)
    stopped = None
    deadline = Deadline(timeout)
    best: dict[str, Path] = {}
    try:
        best_paths_from(g, root, max_hops, upstream, ok, deadline=deadline, through_generic=through_generic, into=best)
    except SearchStopped as exc:
        stopped = str(exc)
    out = []
    for p in best.values():
        other = p.nodes[0] if upstream else p.nodes[-1]
        a, b = (other, root) if upstream else (root, other)
        # what documents say of the whole claim caps the chain's status, as in a path search
        stated = tuple(st for st in g.statements(a, None, b)
                       if g.ontology.relations[st.predicate].path_sign == p.sign) if len(p) > 1 else ()
        out.append(Effect(other, p.sign, Path(p.steps, stated) if stated else p))
    return ReachResult(sorted(out, key=lambda e: (len(e.path), e.entity.label.lower())), stopped)


def subgraph(g: "GraphData", names: str | Entity | Iterable[str | Entity], radius: int = 1) -> nx.MultiDiGraph:
    """The neighbourhood of *names* within *radius* hops (either direction) as a MultiDiGraph.

    Only the neighbourhood becomes networkx objects, so this works on graphs too large for
    ``g.network``.

    >>> from kg.datasets import tiny_graph
    >>> sorted(subgraph(tiny_graph(), "PTEN", radius=1).nodes)
    ['PTEN', 'axon-regeneration', 'miR-21']
    """
    if isinstance(names, (str, Entity)):
        names = [names]
    P = g.projection
    row = g.tables.entity_index()
    keep = {row[g.entity(n).id] for n in names}
    frontier = set(keep)
    for _ in range(max(radius, 0)):
        nxt = set()
        for u in frontier:
            nxt.update(P.dst[e] for e in P.out_edges[P.out_ptr[u]:P.out_ptr[u + 1]])
            nxt.update(P.src[e] for e in P.in_edges[P.in_ptr[u]:P.in_ptr[u + 1]])
        frontier = nxt - keep
        keep |= nxt
    import networkx as nx  # imported when a networkx graph is asked for: it costs 0.2 s at start-up
    G = nx.MultiDiGraph()
    ents = g.tables.entities
    onto = g.ontology
    for n in sorted(keep):
        e = ents[n]
        G.add_node(e.id, label=e.label, type=e.type, types=onto.ancestors(e.type), synonyms=e.synonyms,
                   xrefs=tuple(x.curie for x in e.xrefs), generic=e.generic, entity=e)
    for u in sorted(keep):
        for e in P.out_edges[P.out_ptr[u]:P.out_ptr[u + 1]]:
            if P.dst[e] in keep:
                step = to_path(g, [e]).steps[0]
                G.add_edge(step.subject.id, step.object.id, key=step.statement.id + ("~inverse" if step.inverted else ""),
                           relation=step.predicate, path_sign=step.sign, inverted=step.inverted,
                           statement=step.statement)
    return G


def best_paths_from(
    kg: "GraphData",
    name: str | Entity,
    max_hops: int,
    upstream: bool,
    ok: EdgeFilter,
    deadline: Deadline | None = None,
    through_generic: bool = False,
    into: dict | None = None,
    by_sign: bool = False,
) -> dict:
    """For every entity reachable within *max_hops*, the best (shortest, best-supported) path.

    Downstream from *name*, or upstream to it when *upstream*. A layered BFS keeps, per node, the
    best-ranked path among those of minimal length. A generic entity ends a path (unless
    *through_generic*); an edge marked ``ends_path`` is only the last hop of a downstream path and
    only the first edge walked (the one into *name*) of an upstream one. The answer (entity id ->
    path) is filled into *into* as it grows, so a caller that stops at the *deadline* keeps what
    was found. With *by_sign*, the answer is keyed by (entity id, net sign) and holds the best path
    of each sign: an entity reached by both a net + and a net - path keeps both (the start of a
    contradiction).

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> sorted(best_paths_from(g, "MSC", 3, False, edge_filter(g)))
    ['MSC-exosome', 'PTEN', 'inflammation', 'miR-21']
    """
    P = kg.projection
    ents = kg.tables.entities
    mask = ok.mask(kg)
    root = kg.tables.entity_index()[kg.entity(name).id]
    ptr, adj, far = (P.in_ptr, P.in_edges, P.src) if upstream else (P.out_ptr, P.out_edges, P.dst)
    deadline = deadline or Deadline(None)
    best: dict = into if into is not None else {}
    start = (root, 1) if by_sign else root
    frontier: dict = {start: ((), 1)}
    seen = {start}
    for depth in range(max_hops):
        # per state of the next layer (an entity, or an entity and a sign): (rank, edges, path) of
        # its best candidate so far, so the incumbent is built and ranked once; and the best one
        # that may be walked on from there
        nxt: dict = {}
        onward: dict = {}
        for state, (edges, sign) in frontier.items():
            u = state[0] if by_sign else state
            on_path = {P.src[e] for e in edges} | {P.dst[e] for e in edges} | {root}
            for e in adj[ptr[u]:ptr[u + 1]]:
                deadline.check()
                w = far[e]
                ends = P.ends_path[P.rel[e]]
                if w in on_path or not mask[e] or (upstream and ends and depth > 0):
                    continue
                s2 = sign * P.path_sign[P.rel[e]]
                key = (w, s2) if by_sign else w
                if key in seen:
                    continue
                cand = (e, *edges) if upstream else (*edges, e)
                path = to_path(kg, cand, ok)
                rank = rank_key(path)
                if key not in nxt or rank < nxt[key][0]:
                    nxt[key] = (rank, cand, path, s2)
                walkable = (through_generic or not P.generic[w]) and (upstream or not ends)
                if walkable and (key not in onward or rank < onward[key][0]):
                    onward[key] = (rank, cand, s2)
        for key, (_rank, _edges, path, _s) in nxt.items():
            seen.add(key)
            best[(ents[key[0]].id, key[1]) if by_sign else ents[key].id] = path
        frontier = {key: (edges, s2) for key, (_rank, edges, s2) in onward.items()}
        if not frontier:
            break
    return best


__all__ = ["Effect", "ReachResult", "best_paths_from", "neighbors", "reach", "subgraph"]
