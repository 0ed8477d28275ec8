"""How does X reach Y? Mechanism paths with their net effect, shortest first.

The search is bounded by design. A bidirectional breadth-first pass grows a ball around the source
and one around the target until their depths add up to ``max_hops``; every node of a path no longer
than that lies in one of the balls at a known distance, so the depth-first enumeration that follows
only visits nodes that can still reach the target within the hops left. Paths come out shortest
first, and enumeration stops once ``limit`` paths are ranked.

The options of a search are one :class:`PathQuery`, shared by the Python API
(:meth:`kg.KnowledgeGraph.paths`), the command line (``kg path``) and the HTML path view.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import networkx as nx

from ..errors import InvalidQueryError
from ..model import Entity
from ..vocab import parse_curations, parse_sign, parse_statuses
from .walks import Edge, EdgeFilter, Path, edge_filter, merge_parallel, to_path

if TYPE_CHECKING:
    from ..core import GraphData

#: Upper bound on candidate paths ranked per length: keeps a query on a hub-heavy graph bounded.
CANDIDATES_PER_LENGTH = 5000


def _names(x: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if x is None:
        return None
    return (x,) if isinstance(x, str) else tuple(x)


@dataclass(frozen=True)
class PathQuery:
    """The options of a path search, checked when made.

    *max_hops* is the longest path; *limit* the most paths returned (None: all). *sign* keeps paths
    with that net effect ('+', '-', '?'); *relations* / *exclude_relations* restrict the relations
    walked (a relation admits its sub-relations); *via_types* fixes the types of the intermediate
    nodes, like a Hetionet metapath; *status* keeps evidence of those epistemic statuses; *organism*
    drops hops seen only in other organisms; *min_evidence* needs that many evidence per hop;
    *curation* ('curated' or 'machine-read') filters evidence by how it was made.

    >>> PathQuery(max_hops=3, sign="-").sign
    -1
    >>> PathQuery(max_hops=0)
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: max_hops must be at least 1
    """

    max_hops: int = 4
    limit: int | None = 20
    sign: int | str | None = None
    relations: Iterable[str] | None = None
    exclude_relations: Iterable[str] | None = None
    via_types: Sequence[str] | None = None
    status: str | Iterable[str] | None = None
    organism: str | None = None
    min_evidence: int = 1
    curation: str | Iterable[str] | None = None

    def __post_init__(self) -> None:
        if self.max_hops < 1:
            raise InvalidQueryError("max_hops must be at least 1")
        if self.limit is not None and self.limit < 1:
            raise InvalidQueryError("limit must be at least 1 (or None for all)")
        if self.min_evidence < 1:
            raise InvalidQueryError("min_evidence must be at least 1")
        # Normalised once here, so every user of a query sees the same values.
        set_ = object.__setattr__
        set_(self, "sign", parse_sign(self.sign))
        set_(self, "status", parse_statuses(self.status))
        set_(self, "curation", parse_curations(self.curation))
        for name in ("relations", "exclude_relations", "via_types"):
            set_(self, name, _names(getattr(self, name)))

    @property
    def narrowed(self) -> bool:
        """Whether any filter beyond the length is set (for messages such as "no path with the filters").

        >>> PathQuery().narrowed, PathQuery(status="finding").narrowed
        (False, True)
        """
        return any(v is not None for v in (self.sign, self.relations, self.exclude_relations, self.via_types,
                                           self.status, self.organism, self.curation)) or self.min_evidence > 1

    def edge_filter(self, g: "GraphData") -> EdgeFilter:
        """The filter on projected edges these options describe, resolved against *g*."""
        return edge_filter(g, self.relations, self.exclude_relations, self.status, self.organism,
                           self.min_evidence, signed_only=self.sign in (1, -1), curation=self.curation)


def _ball(G: nx.MultiDiGraph, start: str, ok: EdgeFilter, forward: bool):
    """Generator of successive BFS layers from *start* (distances), one layer per next()."""
    dist = {start: 0}
    frontier = [start]
    depth = 0
    while True:
        yield dist, frontier
        depth += 1
        nxt = []
        for u in frontier:
            edges = G.out_edges(u, keys=True, data=True) if forward else G.in_edges(u, keys=True, data=True)
            for a, b, k, d in edges:
                w = b if forward else a
                if w not in dist and ok(a, b, k, d):
                    dist[w] = depth
                    nxt.append(w)
        frontier = nxt


def bounded_paths(
    G: nx.MultiDiGraph,
    source: str,
    target: str,
    max_hops: int,
    ok: EdgeFilter,
    node_ok: Callable[[str, int], bool] | None = None,
    min_hops: int = 1,
) -> Iterator[list[Edge]]:
    """Simple edge paths source→target of length min_hops..max_hops, shortest lengths first.

    Within one length, paths come in depth-first order. Only nodes that can still reach the target
    within the hops left are expanded.

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> [len(e) for e in bounded_paths(g.network, "miR-21", "axon-regeneration", 2, edge_filter(g))]
    [2]
    """
    if source == target or max_hops < 1:
        return
    fwd, bwd = _ball(G, source, ok, True), _ball(G, target, ok, False)
    df, ff = next(fwd)
    db, fb = next(bwd)
    kf = kb = 0
    # Grow the smaller frontier first, as bidirectional search does, until the depths cover max_hops.
    while kf + kb < max_hops and (ff or fb):
        if ff and (len(ff) <= len(fb) or not fb):
            df, ff = next(fwd)
            kf += 1
        else:
            db, fb = next(bwd)
            kb += 1
    meet = [df[v] + db[v] for v in df.keys() & db.keys()]
    if not meet:
        return
    shortest = max(min(meet), min_hops)
    for length in range(shortest, max_hops + 1):
        yield from _dfs(G, source, target, length, ok, df, db, kf, node_ok, kb)


def _dfs(G, source, target, length, ok, df, db, kf, node_ok, kb=0):
    on_path = {source}
    edges: list[Edge] = []

    def can_reach(w: str, depth: int) -> bool:
        left = length - depth
        # db holds every node within kb hops of the target at its exact distance, so a node in
        # it is viable only within that distance, and one outside it is more than kb hops away.
        if w in db:
            return db[w] <= left
        return left > kb and depth <= kf and df.get(w, length + 1) <= depth

    def rec(u: str, depth: int):
        if depth == length:
            if u == target:
                yield list(edges)
            return
        for a, b, k, d in G.out_edges(u, keys=True, data=True):
            if b in on_path or (b == target) != (depth + 1 == length):
                continue
            if not can_reach(b, depth + 1) or not ok(a, b, k, d):
                continue
            if node_ok is not None and b != target and not node_ok(b, depth + 1):
                continue
            edges.append((a, b, k, d))
            on_path.add(b)
            yield from rec(b, depth + 1)
            on_path.discard(b)
            edges.pop()

    yield from rec(source, 0)


def find_paths(g: "GraphData", source: str | Entity, target: str | Entity,
               query: PathQuery | None = None, **options: Any) -> list[Path]:
    """Paths from *source* to *target*, shortest first, then best supported.

    The options are a :class:`PathQuery` or its fields as keywords. Routes through the same
    entities with the same hop signs are one path (see :func:`~kg.query.walks.merge_parallel`).
    No path is not an error: the result is empty.

    >>> from kg.datasets import tiny_graph
    >>> [len(p) for p in find_paths(tiny_graph(), "miR-21", "axon regeneration", max_hops=2)]
    [2]
    >>> find_paths(tiny_graph(), "miR-21", "MSC", sign="+")
    []
    """
    q = query if query is not None else PathQuery(**options)
    if query is not None and options:
        raise InvalidQueryError("give a PathQuery or keyword options, not both")
    s, t = g.entity(source).id, g.entity(target).id
    G = g.network
    ok = q.edge_filter(g)
    node_ok: Callable[[str, int], bool] | None = None
    min_hops, max_hops = 1, q.max_hops
    if q.via_types is not None:
        types = [g.ontology.entity_class(ty) for ty in q.via_types]
        min_hops = max_hops = len(types) + 1

        def node_ok(n: str, depth: int) -> bool:  # noqa: F811 - the metapath's type at each depth
            return types[depth - 1] in G.nodes[n]["types"]

    out: list[Path] = []
    current_len, bucket = None, []

    def flush() -> bool:
        for p in merge_parallel(bucket):
            out.append(p)
            if q.limit is not None and len(out) >= q.limit:
                return True
        bucket.clear()
        return False

    for edges in bounded_paths(G, s, t, max_hops, ok, node_ok, min_hops):
        p = to_path(G, edges, ok)
        if q.sign is not None and p.sign != q.sign:
            continue
        if len(p) != current_len:
            if current_len is not None and flush():
                return out
            current_len = len(p)
        if len(bucket) < CANDIDATES_PER_LENGTH:
            bucket.append(p)
    flush()
    return out[: q.limit] if q.limit is not None else out


__all__ = ["CANDIDATES_PER_LENGTH", "PathQuery", "bounded_paths", "find_paths"]
