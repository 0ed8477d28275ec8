"""Walks over the projection: which edges a search may take, and the Path objects it returns.

Shared by every family of graph questions (:mod:`.paths`: how does X reach Y; :mod:`.reach`: what
does X reach, what reaches it). A :class:`Path` is a tuple of :class:`Step` objects; its net sign
is the product of the steps' signs, and its status the weakest of its hops'.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from functools import cached_property
from math import prod
from typing import TYPE_CHECKING, Any, Iterable, Sequence

import numpy as np

from ..display import card, path_html, to_dataframe
from ..errors import InvalidQueryError
from ..model import Entity, Evidence, Statement, strongest_status
from ..ontology import Ontology
from ..vocab import (CHAIN_STATUSES, CONTEXT_KEYS, MODEL_SYSTEMS, SIGN_SYMBOL, STATUSES, parse_curations,
                     parse_statuses)

if TYPE_CHECKING:
    from ..core import GraphData
    from ..projection import Projection

#: An edge of the projection: its row number (see kg.projection.Projection).
Edge = int


class SearchStopped(Exception):
    """Raised inside a search when its deadline passes; the search returns what it found so far."""


class Deadline:
    """A time limit that search loops check cheaply (the clock is read every 256 checks).

    >>> d = Deadline(None); d.check()
    >>> Deadline(1e-9).expired()
    True
    """

    def __init__(self, seconds: float | None):
        self.at = None if seconds is None else time.monotonic() + seconds
        self._n = 0

    def expired(self) -> bool:
        return self.at is not None and time.monotonic() > self.at

    def check(self) -> None:
        self._n += 1
        if self.at is not None and not self._n & 255 and time.monotonic() > self.at:
            raise SearchStopped("time limit")


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

    # Steps and paths are immutable, and ranking asks each for its evidence, documents and context
    # many times: these are computed once per object (cached_property writes the instance's
    # __dict__, which a frozen dataclass allows; equality still compares the fields only).
    @cached_property
    def evidence(self) -> tuple[Evidence, ...]:
        seen: dict[Evidence, None] = {}
        for st in self.statements:
            for e in st.evidence:
                seen.setdefault(e)
        return tuple(seen)

    @property
    def status(self) -> str:
        return strongest_status([s.status for s in self.statements])

    @cached_property
    def documents(self) -> tuple[str, ...]:
        """The documents whose evidence supports this hop, sorted."""
        return tuple(sorted({e.document for e in self.evidence}))

    def status_in(self, document: str) -> str | None:
        """The strongest status this hop has in *document* alone (None if the document does not state it)."""
        here = [e.status for e in self.evidence if e.document == document]
        return strongest_status(here) if here else None

    def context(self) -> dict[str, tuple[str, ...]]:
        """Each context slot its evidence sets (organism, cell, disease, site, condition, model), with
        every value the evidence gives, sorted.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().paths("PTEN", "axon regeneration")[0].steps[0].context()
        {'organism': ('rat',)}
        """
        return dict(self._context)

    @cached_property
    def _context(self) -> dict[str, tuple[str, ...]]:
        values: dict[str, set[str]] = {}
        for e in self.evidence:
            for k, v in e.context().items():
                values.setdefault(k, set()).add(v)
        return {k: tuple(sorted(values[k])) for k in CONTEXT_KEYS if k in values}

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
            "documents": list(self.documents),
            "context": {k: list(v) for k, v in self.context().items()},
            "evidence": [
                {"document": e.document, "quote": e.quote, "start": e.start, "end": e.end, "status": e.status,
                 "curation": e.curation, "context": e.context()}
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
    count +1 and a descriptive step makes the whole path unknown (0). ``status`` is the chain's:
    what one document says of every hop, or "inferred" when no document states the whole chain.
    """

    steps: tuple[Step, ...]
    #: Statements from the first entity to the last with the chain's net sign: what documents say of
    #: the whole claim directly. A document that states the whole claim only as a prediction makes a
    #: chain built from its parts no firmer than that (see :attr:`status`).
    stated: tuple[Statement, ...] = ()

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

    @cached_property
    def documents(self) -> tuple[str, ...]:
        """The documents that support every hop: the ones that state the whole chain.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().paths("MSC", "axon regeneration")[0].documents
        ('m01',)
        """
        common = set(self.steps[0].documents)
        for s in self.steps[1:]:
            common &= set(s.documents)
        return tuple(sorted(common))

    @cached_property
    def status(self) -> str:
        """The chain's epistemic status.

        When one document states every hop, the chain is as firm as its weakest hop in that document,
        and no firmer than what the same document says of the whole claim directly (a document that
        only predicts "X increases Y" does not make a chain X -> ... -> Y a finding); the best such
        document counts. When the hops need different documents, nobody stated the chain: the graph
        inferred it, and its status is "inferred", whatever each hop's own status.

        >>> from kg.datasets import tiny_graph
        >>> [p.status for p in tiny_graph().paths("MSC", "inflammation")]
        ['hypothesis']
        """
        statuses = []
        for d in self.documents:
            weakest = max((s.status_in(d) for s in self.steps), key=STATUSES.index)
            direct = [e.status for st in self.stated for e in st.evidence if e.document == d]
            if direct:
                weakest = max(weakest, strongest_status(direct), key=STATUSES.index)
            statuses.append(weakest)
        return min(statuses, key=STATUSES.index) if statuses else "inferred"

    @property
    def inferred(self) -> bool:
        """True when no single document states every hop."""
        return not self.documents

    @cached_property
    def _rank(self) -> tuple:
        return _rank(self)

    def contexts(self) -> dict[str, tuple[str, ...]]:
        """Every context value any hop carries, by slot (organism, cell, disease, site, condition, model)."""
        out: dict[str, set[str]] = {}
        for s in self.steps:
            for k, v in s._context.items():
                out.setdefault(k, set()).update(v)
        return {k: tuple(sorted(out[k])) for k in CONTEXT_KEYS if k in out}

    def mixed_contexts(self) -> dict[str, tuple[str, ...]]:
        """The slots whose hops disagree: no value is shared by every hop that sets the slot.

        A chain that joins a mouse hop to a rat hop mixes organisms; its hops were seen in different
        settings, and the chain holds in neither as a whole.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().paths("MSC", "axon regeneration")[0].mixed_contexts()
        {}
        """
        return dict(self._mixed)

    @cached_property
    def _mixed(self) -> dict[str, tuple[str, ...]]:
        mixed = {}
        contexts = [s._context for s in self.steps]
        for k, values in self.contexts().items():
            sets = [set(c[k]) for c in contexts if k in c]
            if len(sets) > 1 and not set.intersection(*sets):
                mixed[k] = values
        return mixed

    def __str__(self) -> str:
        chain = self.steps[0].subject.label
        for s in self.steps:
            chain += f" -{s.predicate}-> {s.object.label}"
        return f"{chain}  [net {SIGN_SYMBOL[self.sign]}]"

    def explain(self) -> str:
        """The chain, its status, and each hop with its quotes and documents, for reading."""
        head = f"{self}  ({self.status})"
        if self.inferred:
            head += "\n  inferred: no single document states every hop; each hop's document is given below"
        for k, v in self.mixed_contexts().items():
            head += f"\n  mixes {k}: {', '.join(v)}"
        lines = [head]
        for i, s in enumerate(self.steps, 1):
            lines.append(f"  {i}. {s}  ({s.status}; {', '.join(s.documents)})")
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
            "documents": list(self.documents),
            "mixed_contexts": {k: list(v) for k, v in self.mixed_contexts().items()},
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

    ``mask(g)`` says which edges of the graph's projection pass; ``evidence(statement)`` is the
    evidence that passes the status, curation and context options, so a path asked for findings
    shows findings.
    """

    allowed: frozenset[str] | None = None
    excluded: frozenset[str] = frozenset()
    statuses: frozenset[str] | None = None
    curations: frozenset[str] | None = None
    organism: str | None = None
    model: str | None = None
    strict: bool = False  # the context filters drop evidence that does not say its context, too
    min_evidence: int = 1
    signed_only: bool = False

    @property
    def narrows_evidence(self) -> bool:
        return any(x is not None for x in (self.statuses, self.curations, self.organism, self.model))

    def keep(self, e: Evidence) -> bool:
        unknown = () if self.strict else (None,)
        return (
            (self.statuses is None or e.status in self.statuses)
            and (self.curations is None or e.curation in self.curations)
            and (self.organism is None or e.organism in (*unknown, self.organism))
            and (self.model is None or e.model in (*unknown, self.model))
        )

    def evidence(self, statement: Statement) -> tuple[Evidence, ...]:
        if not self.narrows_evidence:
            return statement.evidence
        return tuple(e for e in statement.evidence if self.keep(e))

    def mask(self, g: "GraphData") -> bytes:
        """One byte per edge of ``g.projection``: 1 where a search may walk it (made once per filter)."""
        P = g.projection
        organism = g.tables.entity_index().get(self.organism) if self.organism is not None else None

        def make(P: "Projection") -> np.ndarray:
            stmt, rel = P.edge_arrays()
            ok_rel = np.array([(self.allowed is None or r in self.allowed) and r not in self.excluded
                               and (not self.signed_only or P.path_sign[i] != 0)
                               for i, r in enumerate(P.relations)] or [True], dtype=bool)
            evidence = P.evidence_mask(self.statuses, self.curations, organism, self.model, self.strict) \
                if self.narrows_evidence else None
            return ok_rel[rel] & (P.statement_counts(evidence)[stmt] >= self.min_evidence)

        return P.mask(self, make)


def edge_filter(
    kg: "GraphData",
    relations: Iterable[str] | None = None,
    exclude_relations: Iterable[str] | None = None,
    status: str | Iterable[str] | None = None,
    organism: str | None = None,
    min_evidence: int = 1,
    signed_only: bool = False,
    curation: str | Iterable[str] | None = None,
    model: str | None = None,
    strict: bool = False,
) -> EdgeFilter:
    """The edge filter implementing the path options.

    A relation named in *relations* admits its sub-relations too (``decreases`` admits
    ``ameliorates``). *organism* keeps evidence in that organism or with no organism context, and
    so drops edges seen only in other organisms; *model* does the same for the model system (one
    of vocab.MODEL_SYSTEMS). With *strict*, evidence that does not state its organism (or model)
    is dropped too.

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
        model=_model(model),
        strict=strict,
        min_evidence=min_evidence,
        signed_only=signed_only,
    )


def _model(model: str | None) -> str | None:
    if model is not None and model not in MODEL_SYSTEMS:
        raise InvalidQueryError(f"model {model!r} must be one of {', '.join(MODEL_SYSTEMS)}")
    return model


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


def to_path(g: "GraphData", edges: Sequence[int], ok: EdgeFilter | None = None,
            steps: dict[int, Step] | None = None) -> Path:
    """A Path over projection edges *edges*; with *ok*, each hop keeps only the evidence *ok* admits.

    *steps* keeps the Step of each edge across the candidates of one search (made with the same
    *ok*), so an edge shared by many candidate paths is read, and its context worked out, once.

    >>> from kg.datasets import tiny_graph; g = tiny_graph(); P = g.projection
    >>> miR21 = g.tables.entity_index()["miR-21"]
    >>> str(to_path(g, [P.out_edges[P.out_ptr[miR21]]]))
    'miR-21 -decreases-> PTEN  [net -]'
    """
    P = g.projection
    ents = g.tables.entities
    known = steps if steps is not None else {}
    out = []
    for e in edges:
        step = known.get(e)
        if step is None:
            st = g.statement_at(P.stmt[e])
            if ok is not None and ok.narrows_evidence:
                st = Statement(st.subject, st.predicate, st.object, st.sign, ok.evidence(st))
            r = P.rel[e]
            step = known[e] = Step(subject=ents[P.src[e]], predicate=P.relations[r], object=ents[P.dst[e]],
                                   sign=P.path_sign[r], statement=st, inverted=bool(P.inverted[e]))
        out.append(step)
    return Path(tuple(out))


def rank_key(p: Path) -> tuple:
    """Sort key of paths: shortest; then chains one document states before inferred ones; then
    fewer mixed contexts; then best supported; then firmest status; then by text."""
    return p._rank


def _rank(p: Path) -> tuple:
    min_ev, total = p.support
    status = p.status
    return (len(p), status == "inferred", len(p._mixed), -min_ev, -total, CHAIN_STATUSES.index(status),
            str(p), [s.statement.id for s in p.steps])


def merge_parallel(paths: Sequence[Path]) -> list[Path]:
    """Fold paths through the same entities with the same hop signs into one path per route.

    The best-ranked member gives each hop its statement; the others join that hop's ``also``.

    >>> from kg.datasets import tiny_graph; g = tiny_graph(); P = g.projection
    >>> edge = P.out_edges[P.out_ptr[g.tables.entity_index()["MSC"]]]
    >>> len(merge_parallel([to_path(g, [edge]), to_path(g, [edge])]))
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
            # a hop with nothing to fold in stays the same object, with what it has worked out
            steps.append(step if not also and not step.also else
                         Step(step.subject, step.predicate, step.object, step.sign, step.statement,
                              step.inverted, tuple(sorted(also.values(), key=lambda x: x.id))))
        out.append(head if all(a is b for a, b in zip(steps, head.steps)) else Path(tuple(steps), head.stated))
    return sorted(out, key=rank_key)


