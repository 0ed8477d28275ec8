"""Questions about the claims themselves: where they disagree, and how many there are of each kind."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..model import Entity, Statement
from .paths import DEFAULT_TIMEOUT
from .reach import best_paths_from
from .walks import Deadline, Path, SearchStopped, edge_filter

if TYPE_CHECKING:
    from ..core import GraphData


@dataclass(frozen=True)
class Contradiction:
    """*subject* is said to increase *object* and to decrease it.

    A direct contradiction has claims on both sides (``increasing`` and ``decreasing``
    statements). A path-level one (``kind == "paths"``) has none between the two entities, but
    the graph reaches *object* from *subject* by a net + chain and a net - chain: both are given,
    with their statuses and contexts, so a reader sees whether the literature disagrees or the two
    chains hold in different settings (another organism, a donor condition, ...).
    """

    subject: Entity
    object: Entity
    increasing: tuple[Statement, ...]
    decreasing: tuple[Statement, ...]
    increasing_path: Path | None = None
    decreasing_path: Path | None = None

    @property
    def kind(self) -> str:
        """'direct' (opposite claims) or 'paths' (opposite chains)."""
        return "paths" if self.increasing_path is not None else "direct"


def contradictions(g: "GraphData", paths: bool = False, max_hops: int = 3,
                   timeout: float | None = DEFAULT_TIMEOUT) -> list[Contradiction]:
    """Subject-object pairs with both increasing and decreasing claims, each side with evidence.

    With *paths*, also the pairs joined by a net + and a net - chain of at most *max_hops* (the
    best chain of each sign; chains follow the rules of the path search). The path-level search
    stops after *timeout* seconds with what it found.

    >>> from kg.datasets import tiny_graph
    >>> contradictions(tiny_graph())
    []
    >>> contradictions(tiny_graph(), paths=True)
    []
    """
    relations = g.ontology.relations
    pairs: dict[tuple[str, str], dict[int, list[Statement]]] = {}
    entities: dict[str, Entity] = {}
    for s in g.statements():
        rel = relations[s.predicate]
        if rel.role == "causal" and rel.sign:
            pairs.setdefault((s.subject.id, s.object.id), {1: [], -1: []})[rel.sign].append(s)
            entities[s.subject.id], entities[s.object.id] = s.subject, s.object
    direct = [Contradiction(entities[a], entities[b], tuple(sides[1]), tuple(sides[-1]))
              for (a, b), sides in sorted(pairs.items()) if sides[1] and sides[-1]]
    if not paths:
        return direct
    return direct + _path_contradictions(g, max_hops, {(c.subject.id, c.object.id) for c in direct}, timeout)


def _path_contradictions(g: "GraphData", max_hops: int, known: set[tuple[str, str]],
                         timeout: float | None) -> list[Contradiction]:
    ok = edge_filter(g, signed_only=True)  # an unknown sign cannot contradict anything
    deadline = Deadline(timeout)
    out = []
    try:
        for e in g.entities():
            if e.generic:
                continue  # "microRNAs increase X" and "microRNAs decrease X" are about different members
            best = best_paths_from(g, e, max_hops, False, ok, deadline=deadline, by_sign=True)
            for (other, sign), up in sorted(best.items()):
                down = best.get((other, -1))
                if sign != 1 or down is None or (e.id, other) in known:
                    continue
                out.append(Contradiction(e, up.nodes[-1], (), (), up, down))
    except SearchStopped:
        pass  # what was found stands; the search is bounded
    return out


def stats(g: "GraphData") -> dict[str, Any]:
    """Counts: entities by type, statements by relation, by document and by epistemic status.

    >>> from kg.datasets import tiny_graph
    >>> st = stats(tiny_graph()); st["statements"], st["statements_by_status"]
    (5, {'finding': 4, 'hypothesis': 1})
    """
    statements = g.statements()
    entities = g.entities()
    by_doc: Counter[str] = Counter()
    by_ev_status: Counter[str] = Counter()
    for s in statements:
        for d in s.documents:
            by_doc[d] += 1
        for e in s.evidence:
            by_ev_status[e.status] += 1
    return {
        "triples": len(g.store),
        "entities": len(entities),
        "statements": len(statements),
        "evidence": sum(len(s.evidence) for s in statements),
        "documents": len(g.documents),
        "entities_by_type": dict(sorted(Counter(e.type for e in entities).items())),
        "statements_by_relation": dict(sorted(Counter(s.predicate for s in statements).items())),
        "statements_by_document": dict(sorted(by_doc.items())),
        "statements_by_status": dict(sorted(Counter(s.status for s in statements).items())),
        "evidence_by_status": dict(sorted(by_ev_status.items())),
    }


__all__ = ["Contradiction", "contradictions", "stats"]
