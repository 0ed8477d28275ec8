"""Questions about the claims themselves: where they disagree, and how many there are of each kind."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from ..display import card, esc, evidence_html
from ..model import Entity, Statement
from ..vocab import STATUSES
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

    # -- in a notebook (kg.display) --

    def __repr__(self) -> str:
        if self.kind == "paths":
            return (f"<Contradiction {self.subject.label} / {self.object.label}: a net + chain "
                    f"({self.increasing_path.status}) and a net - chain ({self.decreasing_path.status})>")
        return (f"<Contradiction {self.subject.label} / {self.object.label}: {len(self.increasing)} increasing, "
                f"{len(self.decreasing)} decreasing>")

    def _repr_html_(self) -> str:
        if self.kind == "paths":
            sides = "".join(f"<p>{word} ({esc(p.status)}):</p>{p._repr_html_()}"
                            for word, p in (("increasing", self.increasing_path), ("decreasing", self.decreasing_path)))
        else:
            sides = "".join(f"<p>{word}:</p>" + "".join(f"<div>{esc(s)}{evidence_html(s.evidence)}</div>" for s in side)
                            for word, side in (("increasing", self.increasing), ("decreasing", self.decreasing)))
        return card(f"<p><b>{esc(self.subject.label)}</b> on <b>{esc(self.object.label)}</b></p>{sides}")

    def _row(self) -> dict[str, Any]:
        if self.kind == "paths":
            return {"subject": self.subject.label, "object": self.object.label, "kind": "paths",
                    "increasing": str(self.increasing_path), "decreasing": str(self.decreasing_path)}
        return {"subject": self.subject.label, "object": self.object.label, "kind": "direct",
                "increasing": len(self.increasing), "decreasing": len(self.decreasing)}

    def to_dict(self) -> dict[str, Any]:
        out = {"subject": self.subject.id, "object": self.object.id, "kind": self.kind,
               "increasing": [s.to_dict() for s in self.increasing],
               "decreasing": [s.to_dict() for s in self.decreasing]}
        if self.kind == "paths":
            out["increasing_path"] = self.increasing_path.to_dict()
            out["decreasing_path"] = self.decreasing_path.to_dict()
        return out


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
    t = g.tables
    relations = g.ontology.relations
    # candidates by the columns first: a pair with causal claims of both signs
    signs = np.array([relations[r].sign if relations[r].role == "causal" else 0 for r in t.relations] or [0])
    st_sign = signs[t.st_rel] if t.n_statements else np.zeros(0, dtype=int)
    up = {(a, b) for a, b in zip(t.st_subj[st_sign > 0].tolist(), t.st_obj[st_sign > 0].tolist())}
    down = {(a, b) for a, b in zip(t.st_subj[st_sign < 0].tolist(), t.st_obj[st_sign < 0].tolist())}
    pairs: dict[tuple[str, str], dict[int, list[Statement]]] = {}
    entities: dict[str, Entity] = {}
    for a, b in up & down:
        for i in np.flatnonzero((t.st_subj == a) & (t.st_obj == b) & (st_sign != 0)):
            s = g.statement_at(int(i))
            pairs.setdefault((s.subject.id, s.object.id), {1: [], -1: []})[int(st_sign[i])].append(s)
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
    t = g.tables
    entities = g.entities()
    n = t.n_statements
    counts = np.diff(t.ev_ptr)
    stmt_of_ev = np.repeat(np.arange(n), counts)
    # a statement counts once per document it has evidence in
    per_doc = np.unique(stmt_of_ev.astype(np.int64) * max(len(t.doc_ids), 1) + t.ev_doc) % max(len(t.doc_ids), 1)
    by_doc = Counter({t.doc_ids[d]: int(c) for d, c in zip(*np.unique(per_doc, return_counts=True))})
    # a statement's status is the strongest (lowest code) of its evidence
    has = counts > 0
    strongest = np.minimum.reduceat(t.ev_status, t.ev_ptr[:-1][has]) if t.n_evidence else np.zeros(0, dtype=int)
    st_status = Counter({STATUSES[c]: int(k) for c, k in zip(*np.unique(strongest, return_counts=True))})
    st_status["question"] += int((~has).sum())  # a statement without evidence counts as a question
    return {
        "triples": len(g.store),
        "entities": len(entities),
        "statements": n,
        "evidence": t.n_evidence,
        "documents": len(g.documents),
        "entities_by_type": dict(sorted(Counter(e.type for e in entities).items())),
        "statements_by_relation": dict(sorted(Counter({t.relations[r]: int(c) for r, c in
                                                       zip(*np.unique(t.st_rel, return_counts=True))}).items())),
        "statements_by_document": dict(sorted(by_doc.items())),
        "statements_by_status": dict(sorted((k, v) for k, v in st_status.items() if v)),
        "evidence_by_status": dict(sorted((STATUSES[c], int(k)) for c, k in zip(*np.unique(t.ev_status, return_counts=True)))),
    }


__all__ = ["Contradiction", "contradictions", "stats"]
