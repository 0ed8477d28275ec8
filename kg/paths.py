"""Mechanism paths: how does X reach Y, with what net effect, on what evidence?

The search is bounded by design. A bidirectional breadth-first pass grows a ball around the source
and one around the target until their depths add up to ``max_hops``; every node of a path no longer
than that lies in one of the balls at a known distance, so the depth-first enumeration that follows
only visits nodes that can still reach the target within the hops left. Paths come out shortest
first, and enumeration stops once ``limit`` paths are ranked.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import prod
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

import networkx as nx

from .errors import InvalidQueryError
from .model import Entity, Evidence, Statement, strongest_status
from .vocab import STATUSES

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

SIGN_SYMBOL = {1: "+", -1: "-", 0: "?"}
#: Upper bound on candidate paths ranked per length: keeps a query on a hub-heavy graph bounded.
CANDIDATES_PER_LENGTH = 5000


@dataclass(frozen=True)
class Step:
    """One hop of a path: a statement walked forwards (or an inverse relation walked backwards).

    ``also`` holds the other statements linking the same two entities with the same sign (an
    exosome that both "derives from" and is "secreted by" a cell): one hop, all its evidence.
    """

    subject: Entity
    predicate: str
    object: Entity
    sign: int
    statement: Statement
    inverted: bool = False
    also: tuple[Statement, ...] = ()

    @property
    def statements(self) -> tuple[Statement, ...]:
        return (self.statement, *self.also)

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        seen: dict[Evidence, None] = {}
        for st in self.statements:
            for e in st.evidence:
                seen.setdefault(e)
        return tuple(seen)

    @property
    def status(self) -> str:
        return strongest_status([s.status for s in self.statements])

    def __str__(self) -> str:
        return f"{self.subject.label} -{self.predicate}-> {self.object.label}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject.id,
            "predicate": self.predicate,
            "object": self.object.id,
            "sign": self.sign,
            "statement": self.statement.id,
            "also": [st.id for st in self.also],
            "inverted": self.inverted,
            "status": self.status,
            "evidence": [
                {"document": e.document, "quote": e.quote, "start": e.start, "end": e.end, "status": e.status,
                 "curation": e.curation}
                for e in self.evidence
            ],
        }


@dataclass(frozen=True)
class Path:
    """A chain of steps from a source entity to a target entity.

    ``sign`` is the net effect: the product of the steps' signs, where producer and cargo relations
    count +1 and a descriptive step makes the whole path unknown (0).
    """

    steps: tuple[Step, ...]

    def __len__(self) -> int:
        return len(self.steps)

    @property
    def sign(self) -> int:
        return prod(s.sign for s in self.steps)

    @property
    def nodes(self) -> tuple[Entity, ...]:
        return (self.steps[0].subject, *(s.object for s in self.steps))

    @property
    def support(self) -> tuple[int, int]:
        """(weakest step's evidence count, total evidence): higher is better supported."""
        counts = [len(s.evidence) for s in self.steps]
        return (min(counts), sum(counts))

    @property
    def status(self) -> str:
        """The weakest epistemic status along the path: a chain is only as firm as its weakest hop."""
        return max((s.status for s in self.steps), key=STATUSES.index)

    def __str__(self) -> str:
        chain = self.steps[0].subject.label
        for s in self.steps:
            chain += f" -{s.predicate}-> {s.object.label}"
        return f"{chain}  [net {SIGN_SYMBOL[self.sign]}]"

    def explain(self) -> str:
        """The chain followed by each hop's quotes, for reading."""
        lines = [str(self)]
        for i, s in enumerate(self.steps, 1):
            lines.append(f"  {i}. {s}  ({s.status})")
            for e in s.evidence:
                made = "" if e.curation == "curated" else f", {e.curation}"
                lines.append(f"     \u201c{e.quote}\u201d [{e.document} {e.start}-{e.end}, {e.status}{made}]")
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self),
            "hops": len(self),
            "sign": self.sign,
            "status": self.status,
            "nodes": [n.id for n in self.nodes],
            "steps": [s.to_dict() for s in self.steps],
        }


def parse_sign(sign: int | str | None) -> int | None:
    """Normalise a sign option: '+', '-', '?', 1, -1, 0 or None.

    >>> parse_sign("+"), parse_sign("-1"), parse_sign(None)
    (1, -1, None)
    """
    if sign is None:
        return None
    table = {"+": 1, "1": 1, "+1": 1, "up": 1, "-": -1, "-1": -1, "down": -1, "?": 0, "0": 0, "unknown": 0}
    key = str(sign).strip().lower()
    if key not in table:
        raise InvalidQueryError(f"sign {sign!r} must be one of +, -, ? (or 1, -1, 0)")
    return table[key]


@dataclass(frozen=True)
class EdgeFilter:
    """Which projected edges a search may walk, and which of their evidence counts.

    Called as ``ok(u, v, key, data)`` on an edge. ``evidence(statement)`` is the evidence that
    passes the status, curation and organism options, so a path asked for findings shows findings.
    """

    allowed: frozenset[str] | None = None
    excluded: frozenset[str] = frozenset()
    statuses: frozenset[str] | None = None
    curations: frozenset[str] | None = None
    organism: str | None = None
    min_evidence: int = 1
    signed_only: bool = False

    @property
    def narrows_evidence(self) -> bool:
        return self.statuses is not None or self.curations is not None or self.organism is not None

    def keep(self, e: Evidence) -> bool:
        return (
            (self.statuses is None or e.status in self.statuses)
            and (self.curations is None or e.curation in self.curations)
            and (self.organism is None or e.organism in (None, self.organism))
        )

    def evidence(self, statement: Statement) -> tuple[Evidence, ...]:
        if not self.narrows_evidence:
            return statement.evidence
        return tuple(e for e in statement.evidence if self.keep(e))

    def __call__(self, u: str, v: str, k: str, d: dict) -> bool:
        rel = d["relation"]
        if self.allowed is not None and rel not in self.allowed or rel in self.excluded:
            return False
        if self.signed_only and d["path_sign"] == 0:
            return False
        if not self.narrows_evidence:
            return d["evidence_count"] >= self.min_evidence
        return len(self.evidence(d["statement"])) >= self.min_evidence


def edge_filter(
    kg: "KnowledgeGraph",
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    organism: str | None = None,
    min_evidence: int = 1,
    signed_only: bool = False,
    curation: str | Iterable[str] | None = None,
) -> EdgeFilter:
    """The edge filter implementing the path options.

    A relation named in *relations* admits its sub-relations too (``decreases`` admits
    ``ameliorates``). *organism* keeps evidence in that organism or with no organism context, and
    so drops edges seen only in other organisms.

    >>> import kg
    >>> ok = edge_filter(kg.load(), relations=["decreases"], status="finding")
    >>> sorted(ok.allowed)
    ['ameliorates', 'decreases']
    """
    onto = kg.ontology

    def expand(names: Iterable[str]) -> frozenset[str]:
        wanted = {onto.relation(n).name for n in names}
        return frozenset(r for r in onto.relations if wanted & _relation_ancestors(onto, r))

    if min_evidence < 1:
        raise InvalidQueryError("min_evidence must be at least 1")
    statuses = _status_set(status)
    curations = {curation} if isinstance(curation, str) else set(curation) if curation else None
    return EdgeFilter(
        allowed=expand(relations) if relations is not None else None,
        excluded=expand(exclude_relations) if exclude_relations else frozenset(),
        statuses=frozenset(statuses) if statuses is not None else None,
        curations=frozenset(curations) if curations is not None else None,
        organism=kg.entity(organism).id if organism else None,
        min_evidence=min_evidence,
        signed_only=signed_only,
    )


def _status_set(status: str | Iterable[str] | None) -> set[str] | None:
    if status is None:
        return None
    out = {status} if isinstance(status, str) else set(status)
    bad = out - set(STATUSES)
    if bad:
        raise InvalidQueryError(f"status {sorted(bad)} must be among {', '.join(STATUSES)}")
    return out


def _relation_ancestors(onto, name: str) -> set[str]:
    out, todo = set(), [name]
    while todo:
        r = todo.pop()
        if r in out or r not in onto.relations:
            continue
        out.add(r)
        todo.extend(onto.relations[r].parents)
    return out


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
) -> Iterator[list[tuple[str, str, str, dict]]]:
    """Simple edge paths source→target of length min_hops..max_hops, shortest lengths first.

    Within one length, paths come in depth-first order. Only nodes that can still reach the target
    within the hops left are expanded.

    >>> import kg; g = kg.load()
    >>> [len(e) for e in bounded_paths(g.network, "miR-21", "axon-regeneration", 2, edge_filter(g))]
    [1, 2]
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
    path_nodes = [source]
    on_path = {source}
    edges: list[tuple[str, str, str, dict]] = []

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


def to_path(G: nx.MultiDiGraph, edges: Sequence[tuple[str, str, str, dict]], ok: EdgeFilter | None = None) -> Path:
    """A Path over projected *edges*; with *ok*, each hop keeps only the evidence *ok* admits.

    >>> import kg; G = kg.load().network
    >>> edge = next(e for e in G.out_edges("miR-21", keys=True, data=True) if e[1] == "PTEN")
    >>> str(to_path(G, [edge]))
    'miR-21 -decreases-> PTEN  [net -]'
    """
    steps = []
    for a, b, _k, d in edges:
        st = d["statement"]
        if ok is not None and ok.narrows_evidence:
            st = Statement(st.subject, st.predicate, st.object, st.sign, ok.evidence(st))
        steps.append(
            Step(
                subject=G.nodes[a]["entity"],
                predicate=d["relation"],
                object=G.nodes[b]["entity"],
                sign=d["path_sign"],
                statement=st,
                inverted=d["inverted"],
            )
        )
    return Path(tuple(steps))


def _rank_key(p: Path) -> tuple:
    min_ev, total = p.support
    return (len(p), -min_ev, -total, STATUSES.index(p.status), str(p), [s.statement.id for s in p.steps])


def merge_parallel(paths: Sequence[Path]) -> list[Path]:
    """Fold paths through the same entities with the same hop signs into one path per route.

    The best-ranked member gives each hop its statement; the others join that hop's ``also``.

    >>> import kg; g = kg.load()
    >>> twice = find_paths(g, "MSC", "MSC-exosome", max_hops=1) * 2
    >>> len(merge_parallel(twice))
    1
    """
    groups: dict[tuple, list[Path]] = {}
    for p in sorted(paths, key=_rank_key):
        key = (tuple(n.id for n in p.nodes), tuple(st.sign for st in p.steps))
        groups.setdefault(key, []).append(p)
    out = []
    for members in groups.values():
        head = members[0]
        steps = []
        for i, step in enumerate(head.steps):
            also: dict[str, Statement] = {}
            for other in members[1:]:
                st = other.steps[i].statement
                if st.id != step.statement.id:
                    also.setdefault(st.id, st)
            steps.append(Step(step.subject, step.predicate, step.object, step.sign, step.statement,
                              step.inverted, tuple(sorted(also.values(), key=lambda x: x.id))))
        out.append(Path(tuple(steps)))
    return sorted(out, key=_rank_key)


def find_paths(
    kg: "KnowledgeGraph",
    source: str | Entity,
    target: str | Entity,
    max_hops: int = 4,
    limit: int | None = 20,
    sign: int | str | None = None,
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    via_types: Sequence[str] | None = None,
    status: str | Iterable[str] | None = None,
    organism: str | None = None,
    min_evidence: int = 1,
    curation: str | Iterable[str] | None = None,
) -> list[Path]:
    """Paths from *source* to *target*, shortest first, then best supported; see KnowledgeGraph.paths.

    Routes through the same entities with the same hop signs are one path (see merge_parallel).

    >>> import kg
    >>> [len(p) for p in find_paths(kg.load(), "miR-21", "axon regeneration", max_hops=2)]
    [1, 2]
    """
    if max_hops < 1:
        raise InvalidQueryError("max_hops must be at least 1")
    if limit is not None and limit < 1:
        raise InvalidQueryError("limit must be at least 1 (or None for all)")
    want = parse_sign(sign)
    s, t = kg.entity(source).id, kg.entity(target).id
    G = kg.network
    ok = edge_filter(kg, relations, exclude_relations, status, organism, min_evidence,
                     signed_only=want in (1, -1), curation=curation)
    node_ok = None
    min_hops = 1
    if via_types is not None:
        types = list(via_types)
        for ty in types:
            if ty not in kg.ontology.classes:
                raise InvalidQueryError(f"via_types: unknown entity type {ty!r}; use {', '.join(kg.ontology.entity_classes)}")
        if len(types) + 1 > max_hops:
            max_hops = len(types) + 1
        min_hops = max_hops = len(types) + 1

        def node_ok(n: str, depth: int) -> bool:
            return types[depth - 1] in G.nodes[n]["types"]

    out: list[Path] = []
    current_len, bucket = None, []

    def flush() -> bool:
        for p in merge_parallel(bucket):
            out.append(p)
            if limit is not None and len(out) >= limit:
                return True
        bucket.clear()
        return False

    for edges in bounded_paths(G, s, t, max_hops, ok, node_ok, min_hops):
        p = to_path(G, edges, ok)
        if want is not None and p.sign != want:
            continue
        if len(p) != current_len:
            if current_len is not None and flush():
                return out
            current_len = len(p)
        if len(bucket) < CANDIDATES_PER_LENGTH:
            bucket.append(p)
    flush()
    return out[:limit] if limit is not None else out


def best_paths_from(
    kg: "KnowledgeGraph",
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
                rank = _rank_key(path)
                if w not in nxt or rank < nxt[w][0]:
                    nxt[w] = (rank, cand, path)
        for w, (_rank, _edges, path) in nxt.items():
            seen.add(w)
            best[w] = path
        frontier = {w: edges for w, (_rank, edges, _path) in nxt.items()}
        if not frontier:
            break
    return best
