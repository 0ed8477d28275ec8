"""Walks over the projection: which edges a search may take, and the Path objects it returns.

Shared by every family of graph questions (:mod:`.paths`: how does X reach Y; :mod:`.reach`: what
does X reach, what reaches it). A :class:`Path` is a tuple of :class:`Step` objects; its net sign
is the product of the steps' signs, and its status the weakest of its hops'.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import prod
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import networkx as nx

from ..display import card, path_html, to_dataframe
from ..errors import InvalidQueryError
from ..model import Entity, Evidence, Statement, strongest_status
from ..ontology import Ontology
from ..vocab import SIGN_SYMBOL, STATUSES, parse_curations, parse_statuses

if TYPE_CHECKING:
    from ..core import GraphData

#: One projected edge as networkx yields it: (subject id, object id, key, attributes).
Edge = tuple[str, str, str, dict]


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

    # -- in a notebook (kg.display) --

    def __repr__(self) -> str:
        return f"<Step {self} ({self.status}, {len(self.evidence)} evidence)>"

    def _row(self) -> dict[str, Any]:
        return {"subject": self.subject.label, "relation": self.predicate, "object": self.object.label,
                "sign": SIGN_SYMBOL[self.sign], "status": self.status, "evidence": len(self.evidence)}


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

    # -- in a notebook (kg.display) --

    def __repr__(self) -> str:
        return f"<Path {self} ({self.status})>"

    def _repr_html_(self) -> str:
        return card(path_html(self))

    def _row(self) -> dict[str, Any]:
        return {"path": str(self).rsplit("  [", 1)[0], "net": SIGN_SYMBOL[self.sign], "hops": len(self),
                "status": self.status, "source": self.nodes[0].id, "target": self.nodes[-1].id}

    def to_dataframe(self):
        """One row per hop and quote: the hop, its evidence's document, offsets, status and quote.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().paths("miR-21", "PTEN")[0].to_dataframe()[["hop", "object", "quote"]].values.tolist()
        [[1, 'PTEN', 'miR-21 suppresses PTEN']]
        """
        return to_dataframe([
            {"hop": i, "subject": s.subject.label, "relation": s.predicate, "object": s.object.label,
             "sign": SIGN_SYMBOL[s.sign], "status": e.status, "curation": e.curation, "document": e.document,
             "start": e.start, "end": e.end, "quote": e.quote}
            for i, s in enumerate(self.steps, 1) for e in s.evidence])


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
    kg: "GraphData",
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

    >>> from kg.datasets import tiny_graph
    >>> ok = edge_filter(tiny_graph(), relations=["decreases"], status="finding")
    >>> sorted(ok.allowed)
    ['ameliorates', 'decreases']
    """
    onto = kg.ontology

    def expand(names: Iterable[str]) -> frozenset[str]:
        wanted = {onto.relation(n).name for n in names}
        return frozenset(r for r in onto.relations if wanted & relation_ancestors(onto, r))

    if min_evidence < 1:
        raise InvalidQueryError("min_evidence must be at least 1")
    return EdgeFilter(
        allowed=expand(relations) if relations is not None else None,
        excluded=expand(exclude_relations) if exclude_relations else frozenset(),
        statuses=parse_statuses(status),
        curations=parse_curations(curation),
        organism=kg.entity(organism).id if organism else None,
        min_evidence=min_evidence,
        signed_only=signed_only,
    )


def relation_ancestors(onto: Ontology, name: str) -> set[str]:
    """*name* and every relation above it (``ameliorates`` -> decreases, regulates).

    >>> sorted(relation_ancestors(Ontology.load(), "ameliorates"))
    ['ameliorates', 'decreases', 'regulates']
    """
    out, todo = set(), [name]
    while todo:
        r = todo.pop()
        if r in out or r not in onto.relations:
            continue
        out.add(r)
        todo.extend(onto.relations[r].parents)
    return out


def to_path(G: nx.MultiDiGraph, edges: Sequence[tuple[str, str, str, dict]], ok: EdgeFilter | None = None) -> Path:
    """A Path over projected *edges*; with *ok*, each hop keeps only the evidence *ok* admits.

    >>> from kg.datasets import tiny_graph; G = tiny_graph().network
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


def rank_key(p: Path) -> tuple:
    """Sort key of paths: shortest, then best supported, then firmest status, then by text."""
    min_ev, total = p.support
    return (len(p), -min_ev, -total, STATUSES.index(p.status), str(p), [s.statement.id for s in p.steps])


def merge_parallel(paths: Sequence[Path]) -> list[Path]:
    """Fold paths through the same entities with the same hop signs into one path per route.

    The best-ranked member gives each hop its statement; the others join that hop's ``also``.

    >>> from kg.datasets import tiny_graph; G = tiny_graph().network
    >>> edge = next(iter(G.out_edges("MSC", keys=True, data=True)))
    >>> len(merge_parallel([to_path(G, [edge]), to_path(G, [edge])]))
    1
    """
    groups: dict[tuple, list[Path]] = {}
    for p in sorted(paths, key=rank_key):
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
    return sorted(out, key=rank_key)


