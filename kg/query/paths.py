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

from dataclasses import dataclass, replace
from math import prod
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import numpy as np


from ..display import Results, notes_html
from ..errors import InvalidQueryError
from ..model import Entity
from ..vocab import parse_curations, parse_sign, parse_statuses
from .walks import Deadline, Edge, EdgeFilter, Path, SearchStopped, Step, edge_filter, merge_parallel, to_path

if TYPE_CHECKING:
    from ..core import GraphData
    from ..projection import Projection

#: Upper bound on candidate paths ranked per length: keeps a query on a hub-heavy graph bounded.
CANDIDATES_PER_LENGTH = 5000
#: Longest chain a search accepts: the number of paths grows exponentially with the hops, and a
#: chain of more than ten mechanism steps is an artefact of the graph, not a mechanism.
MAX_HOPS = 10
#: Most paths one search returns.
MAX_LIMIT = 10_000
#: Seconds a search runs before it returns what it found, flagged as stopped (None: no limit).
DEFAULT_TIMEOUT = 10.0
#: The evidence filters whose effect a result reports (how many paths each one removed).
EVIDENCE_FILTERS = ("status", "curation", "organism", "model")


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
    drops hops seen only in other organisms and *model* hops seen only in other model systems
    (with *strict*, hops whose evidence does not say its organism or model go too);
    *min_evidence* needs that many evidence per hop; *curation* ('curated' or 'machine-read')
    filters evidence by how it was made. Generic entities (a class of things, such as "microRNA")
    end a path but are not walked through unless *through_generic*. The search stops after
    *timeout* seconds (None: never) and returns what it found, flagged as stopped.

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
    model: str | None = None
    strict: bool = False
    through_generic: bool = False
    timeout: float | None = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if self.max_hops < 1:
            raise InvalidQueryError("max_hops must be at least 1")
        if self.max_hops > MAX_HOPS:
            raise InvalidQueryError(f"max_hops must be at most {MAX_HOPS}: the paths grow exponentially with the "
                                    "hops, and a longer chain is rarely a mechanism")
        if self.limit is not None and self.limit < 1:
            raise InvalidQueryError("limit must be at least 1 (or None for all)")
        if self.limit is not None and self.limit > MAX_LIMIT:
            raise InvalidQueryError(f"limit must be at most {MAX_LIMIT}")
        if self.timeout is not None and self.timeout <= 0:
            raise InvalidQueryError("timeout must be a positive number of seconds (or None for no limit)")
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
                                           self.status, self.organism, self.curation, self.model)) \
            or self.min_evidence > 1

    def edge_filter(self, g: "GraphData") -> EdgeFilter:
        """The filter on projected edges these options describe, resolved against *g*."""
        return edge_filter(g, self.relations, self.exclude_relations, self.status, self.organism,
                           self.min_evidence, signed_only=self.sign in (1, -1), curation=self.curation,
                           model=self.model, strict=self.strict)


class PathResult(Results):
    """The paths a search found (a list), with what the search left out and whether it finished.

    ``removed`` says, for each evidence filter that was set (status, curation, organism, model),
    how many more paths the same search finds without it; ``stopped`` is None when the search
    finished, else why it stopped early ("time limit", "candidate limit"): the paths found so far
    are kept, but others may exist.

    >>> from kg.datasets import tiny_graph
    >>> r = find_paths(tiny_graph(), "MSC", "inflammation", status="finding")
    >>> len(r), r.removed, r.stopped
    (0, {'status': 1}, None)
    """

    removed: dict[str, int]
    stopped: str | None

    def __init__(self, paths: Iterable[Path] = (), removed: dict[str, int] | None = None, stopped: str | None = None):
        super().__init__(paths, kind="paths")
        self.removed = removed or {}
        self.stopped = stopped

    def _repr_html_(self) -> str:
        return notes_html(self.stopped, self.removed) + super()._repr_html_()


def _ball(P: "Projection", start: int, ok: bytes, forward: bool, deadline: Deadline):
    """Generator of successive BFS layers from *start* (distances), one layer per next()."""
    ptr, adj, other = (P.out_ptr, P.out_edges, P.dst) if forward else (P.in_ptr, P.in_edges, P.src)
    dist = {start: 0}
    frontier = [start]
    depth = 0
    while True:
        yield dist, frontier
        depth += 1
        nxt = []
        for u in frontier:
            deadline.check()
            for e in adj[ptr[u]:ptr[u + 1]]:
                w = other[e]
                if w not in dist and ok[e]:
                    dist[w] = depth
                    nxt.append(w)
        frontier = nxt


def bounded_paths(
    P: "Projection",
    source: int,
    target: int,
    max_hops: int,
    ok: bytes,
    node_ok: Callable[[int, int], bool] | None = None,
    min_hops: int = 1,
    deadline: Deadline | None = None,
) -> Iterator[list[Edge]]:
    """Simple edge paths source→target (entity rows) of length min_hops..max_hops, shortest first.

    *ok* is the walkable-edge mask of an EdgeFilter. Within one length, paths come in depth-first
    order. Only nodes that can still reach the target within the hops left are expanded. An edge
    whose relation ends paths (a product to its producer) is walked only as the last hop. Past the
    *deadline* the generator raises SearchStopped.

    >>> from kg.datasets import tiny_graph; g = tiny_graph(); row = g.tables.entity_index()
    >>> [len(e) for e in bounded_paths(g.projection, row["miR-21"], row["axon-regeneration"], 2, edge_filter(g).mask(g))]
    [2]
    """
    if source == target or max_hops < 1:
        return
    deadline = deadline or Deadline(None)
    fwd, bwd = _ball(P, source, ok, True, deadline), _ball(P, target, ok, False, deadline)
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
        yield from _dfs(P, source, target, length, ok, df, db, kf, node_ok, kb, deadline)


#: Out-degree above which a node's edges are filtered as numpy arrays rather than one by one.
_HUB = 256
#: Distance of a node a search ball did not reach.
_UNSEEN = np.iinfo(np.int32).max


def _dfs(P, source, target, length, ok, df, db, kf, node_ok, kb, deadline):
    on_path = {source}
    edges: list[Edge] = []
    ptr, adj, dst, rel, ends = P.out_ptr, P.out_edges, P.dst, P.rel, P.ends_path

    # can_reach(w, depth): whether w, reached at *depth*, can still reach the target in the hops
    # left. db holds every node within kb hops of the target at its exact distance, so a node in
    # it is viable only within that distance, and one outside it is more than kb hops away. (Written
    # out inside rec's loop, the hottest of a path search.)
    far = length + 1

    # The last hop can only enter the target: its walkable in-edges, by source, in edge order (the
    # order a scan of each source's out-edges gives), so a hub's thousands of out-edges are not
    # scanned to find the one or two that reach the target.
    into: dict[int, list[int]] = {}
    for e in P.in_edges[P.in_ptr[target]:P.in_ptr[target + 1]]:
        if ok[e] and P.src[e] != target:
            into.setdefault(P.src[e], []).append(e)
    for es in into.values():
        es.sort()

    arrays: list = []  # numpy views and distance arrays, made at the first hub (see steps)

    def steps(u: int, nd: int, left: int, beyond: bool) -> Iterable[tuple[int, int]]:
        """(edge, next node) of u's out-edges that may lie on a path, in edge order."""
        lo, hi = ptr[u], ptr[u + 1]
        if hi - lo <= _HUB:
            for e in adj[lo:hi]:
                b = dst[e]
                # not the last hop: the target may not be entered yet; a product does not inherit its
                # producer's other properties (an edge that ends paths is only ever a last hop)
                if b == target or b in on_path or not ok[e] or ends[rel[e]]:
                    continue
                d = db.get(b)
                if (d > left) if d is not None else not (beyond and df.get(b, far) <= nd):
                    continue
                yield e, b
            return
        # A hub's thousands of out-edges are filtered as arrays, by the same tests.
        if not arrays:
            width = f"i{adj.itemsize}"
            db_at, df_at = np.full(P.n_nodes, _UNSEEN, dtype=np.int32), np.full(P.n_nodes, _UNSEEN, dtype=np.int32)
            db_at[list(db)], df_at[list(df)] = list(db.values()), list(df.values())
            arrays.extend((np.frombuffer(adj, dtype=width), np.frombuffer(dst, dtype=width),
                           np.frombuffer(rel, dtype=width), np.frombuffer(ok, dtype=np.uint8),
                           np.array(ends, dtype=bool), db_at, df_at))
        a_adj, a_dst, a_rel, a_ok, a_ends, db_at, df_at = arrays
        es = a_adj[lo:hi]
        bs = a_dst[es]
        d = db_at[bs]
        keep = (a_ok[es] != 0) & ~a_ends[a_rel[es]] & (bs != target)
        keep &= np.where(d != _UNSEEN, d <= left, beyond & (df_at[bs] <= nd))
        for e, b in zip(es[keep].tolist(), bs[keep].tolist()):
            if b not in on_path:
                yield e, b

    def rec(u: int, depth: int):
        if depth + 1 == length:
            for e in into.get(u, ()):  # every one enters the target
                deadline.check()
                edges.append(e)
                yield list(edges)
                edges.pop()
            return
        deadline.check()
        nd = depth + 1
        left = length - nd
        beyond = left > kb and nd <= kf  # can a node more than kb hops from the target still make it?
        for e, b in steps(u, nd, left, beyond):
            if node_ok is not None and not node_ok(b, nd):
                continue
            edges.append(e)
            on_path.add(b)
            yield from rec(b, nd)
            on_path.discard(b)
            edges.pop()

    yield from rec(source, 0)


def _route(p: Path) -> tuple:
    return tuple(n.id for n in p.nodes), tuple(st.sign for st in p.steps)


def _search(g: "GraphData", s: str, t: str, q: PathQuery, deadline: Deadline) -> tuple[list[Path], str | None]:
    """The ranked paths of one search, and why it stopped early (None when it finished)."""
    P = g.projection
    f = q.edge_filter(g)
    ok = f.mask(g)
    row = g.tables.entity_index()
    types = [g.ontology.entity_class(ty) for ty in q.via_types] if q.via_types is not None else None
    min_hops, max_hops = (len(types) + 1,) * 2 if types is not None else (1, q.max_hops)

    def node_ok(n: int, depth: int) -> bool:
        # A class of things ("microRNA") joins claims about different members: no chain through it.
        if P.generic[n] and not q.through_generic:
            return False
        return types is None or P.is_a(n, types[depth - 1])

    # What documents say of the whole claim, by net sign: it caps the status of a chain built from parts.
    stated: dict[int, list] = {}
    for st in g.statements(s, None, t):
        stated.setdefault(g.ontology.relations[st.predicate].path_sign, []).append(st)
    out: list[Path] = []
    steps: dict[int, Step] = {}
    current_len, bucket = None, []
    stopped = None

    def flush() -> bool:
        for p in merge_parallel(bucket):
            out.append(p)
            if q.limit is not None and len(out) >= q.limit:
                return True
        bucket.clear()
        return False

    try:
        for edges in bounded_paths(P, row[s], row[t], max_hops, ok, node_ok, min_hops, deadline):
            sign = prod(P.path_sign[P.rel[e]] for e in edges)
            if q.sign is not None and sign != q.sign:
                continue
            if len(edges) != current_len:
                if current_len is not None and flush():
                    return out, None
                current_len = len(edges)
            if len(bucket) >= CANDIDATES_PER_LENGTH:
                stopped = "candidate limit"
                continue
            p = to_path(g, edges, f, steps)
            # a one-hop path is itself a direct claim: its parallel claims fold into it, not cap it
            direct = tuple(stated.get(p.sign, ())) if len(p) > 1 else ()
            bucket.append(Path(p.steps, direct) if direct else p)
    except SearchStopped as exc:
        stopped = str(exc)
    flush()
    return (out[: q.limit] if q.limit is not None else out), stopped


def find_paths(g: "GraphData", source: str | Entity, target: str | Entity,
               query: PathQuery | None = None, **options: Any) -> PathResult:
    """Paths from *source* to *target*, shortest first, then best supported.

    The options are a :class:`PathQuery` or its fields as keywords. Routes through the same
    entities with the same hop signs are one path (see :func:`~kg.query.walks.merge_parallel`).
    No path is not an error: the result is empty. The result says how many paths each evidence
    filter removed and whether the search stopped early (see :class:`PathResult`).

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
    deadline = Deadline(q.timeout)
    paths, stopped = _search(g, s, t, q, deadline)
    removed: dict[str, int] = {}
    if stopped is None:
        kept = {_route(p) for p in paths}
        try:
            for name in EVIDENCE_FILTERS:
                if getattr(q, name) is not None:
                    wider, _ = _search(g, s, t, replace(q, **{name: None}), deadline)
                    removed[name] = sum(1 for p in wider if _route(p) not in kept)
        except SearchStopped:
            pass  # the counts are a courtesy; the answer itself is complete
    return PathResult(paths, removed, stopped)


__all__ = ["CANDIDATES_PER_LENGTH", "DEFAULT_TIMEOUT", "MAX_HOPS", "MAX_LIMIT", "PathQuery", "PathResult",
           "bounded_paths", "find_paths"]
