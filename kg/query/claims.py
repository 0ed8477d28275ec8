"""Questions about the claims themselves: where they disagree, and how many there are of each kind."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..display import card, esc, evidence_html
from ..model import Entity, Statement

if TYPE_CHECKING:
    from ..core import GraphData


@dataclass(frozen=True)
class Contradiction:
    """Claims that *subject* increases *object* alongside claims that it decreases it."""

    subject: Entity
    object: Entity
    increasing: tuple[Statement, ...]
    decreasing: tuple[Statement, ...]

    # -- in a notebook (kg.display) --

    def __repr__(self) -> str:
        return (f"<Contradiction {self.subject.label} / {self.object.label}: {len(self.increasing)} increasing, "
                f"{len(self.decreasing)} decreasing>")

    def _repr_html_(self) -> str:
        sides = "".join(f"<p>{word}:</p>" + "".join(f"<div>{esc(s)}{evidence_html(s.evidence)}</div>" for s in side)
                        for word, side in (("increasing", self.increasing), ("decreasing", self.decreasing)))
        return card(f"<p><b>{esc(self.subject.label)}</b> on <b>{esc(self.object.label)}</b></p>{sides}")

    def _row(self) -> dict[str, Any]:
        return {"subject": self.subject.label, "object": self.object.label,
                "increasing": len(self.increasing), "decreasing": len(self.decreasing)}

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject.id, "object": self.object.id,
                "increasing": [s.to_dict() for s in self.increasing],
                "decreasing": [s.to_dict() for s in self.decreasing]}


def contradictions(g: "GraphData") -> list[Contradiction]:
    """Subject-object pairs with both increasing and decreasing claims, each side with evidence.

    >>> from kg.datasets import tiny_graph
    >>> contradictions(tiny_graph())
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
    return [Contradiction(entities[a], entities[b], tuple(sides[1]), tuple(sides[-1]))
            for (a, b), sides in sorted(pairs.items()) if sides[1] and sides[-1]]


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
