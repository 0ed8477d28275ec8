"""The in-memory model: small frozen dataclasses, meaning kept apart from evidence.

A :class:`Statement` is a claim (subject, relation, object); its :class:`Evidence` records where the
claim was read (document, verbatim quote, offsets, epistemic status, context). ``Statement.key()``
leaves the evidence out, so two passages supporting one claim merge into one statement.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from functools import cached_property
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence, overload

import numpy as np

from .display import card, esc, evidence_html, to_dataframe
from .errors import InputError
from .vocab import CONTEXT_KEYS, ENTITY, SIGN_SYMBOL, STATUSES, expand_curie


@dataclass(frozen=True)
class Xref:
    """A cross-reference from an entity to a standard identifier, with where it was verified.

    >>> Xref("CL:0000134", "exact").iri
    'http://purl.obolibrary.org/obo/CL_0000134'
    """

    curie: str
    match: str = "exact"  # exact | close | broad | narrow | related (SKOS mapping relations)
    label: str | None = None
    source: str | None = None
    status: str | None = None

    @property
    def iri(self) -> str:
        return str(expand_curie(self.curie))


@dataclass(frozen=True)
class Entity:
    """Something statements talk about: a cell type, vesicle, miRNA, target, process, disease, ...

    >>> e = Entity("miR-21", "miR-21", "MicroRNA", synonyms=("microRNA-21",))
    >>> e.iri
    'https://w3id.org/exokg/entity/miR-21'
    >>> str(e)
    'miR-21'
    """

    id: str
    label: str
    type: str
    synonyms: tuple[str, ...] = ()
    xrefs: tuple[Xref, ...] = ()
    note: str | None = None
    provisional: bool = False  # True for names a reader found that the lexicon does not know yet
    # True for an entity that stands for a class of things ("microRNAs", "cytokines"): a path ends
    # at it but does not pass through it (exokg:GenericEntity in the ontology, `generic:` in the lexicon)
    generic: bool = False

    @property
    def iri(self) -> str:
        return str(ENTITY[self.id])

    def __str__(self) -> str:
        return self.label

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        d = dict(d)
        d["synonyms"] = tuple(d.get("synonyms", ()))
        d["xrefs"] = tuple(Xref(**x) for x in d.get("xrefs", ()))
        return cls(**d)

    def __repr__(self) -> str:
        return f"<Entity {self.id}: {self.label!r} ({self.type})>"


class LazyMap(Mapping[int, Any]):
    """Row -> value, each made from its saved form by *make* the first time it is read, then kept.

    >>> m = LazyMap({3: ["a", "b"]}, tuple); m[3], m.get(4, ()), list(m)
    (('a', 'b'), (), [3])
    """

    def __init__(self, raw: Mapping[int, Any], make: Callable[[Any], Any]):
        self._raw, self._make, self._made = raw, make, {}

    def __getitem__(self, key: int) -> Any:
        if key not in self._made:
            self._made[key] = self._make(self._raw[key])
        return self._made[key]

    def __contains__(self, key: object) -> bool:
        return key in self._raw

    def __iter__(self) -> Iterator[int]:
        return iter(self._raw)

    def __len__(self) -> int:
        return len(self._raw)


class EntityList(Sequence[Entity]):
    """Entities kept as columns (id, label, type; synonyms, cross-references and notes for the rows
    that have them); the :class:`Entity` of a row is made the first time it is asked for, then kept.

    A graph of ten million triples has about 150,000 entities: reopening it to answer a question
    about two should not build every one (see Tables.load).

    >>> el = EntityList.of([Entity("PTEN", "PTEN", "GeneOrProtein", ("phosphatase",))])
    >>> el.ids, el[0].synonyms, len(el), el == [el[0]]
    (['PTEN'], ('phosphatase',), 1, True)
    """

    def __init__(self, ids: list[str], labels: list[str], types: list[str],
                 synonyms: Mapping[int, tuple[str, ...]] | None = None, xrefs: Mapping[int, tuple[Xref, ...]] | None = None,
                 notes: Mapping[int, str] | None = None, provisional: Iterable[int] = (), generic: Iterable[int] = ()):
        if not len(ids) == len(labels) == len(types):
            raise ValueError(f"entity columns disagree: {len(ids)} ids, {len(labels)} labels, {len(types)} types")
        self.ids, self.labels, self.types = ids, labels, types
        self.synonyms = synonyms or {}
        self.xrefs = xrefs or {}
        self.notes = notes or {}
        self.provisional = frozenset(provisional)
        self.generic = frozenset(generic)
        self._made: list[Entity | None] = [None] * len(ids)

    @classmethod
    def of(cls, entities: Iterable[Entity]) -> "EntityList":
        """The columns of *entities* (in their order), keeping the objects themselves."""
        ents = list(entities)
        out = cls([e.id for e in ents], [e.label for e in ents], [e.type for e in ents],
                  {i: e.synonyms for i, e in enumerate(ents) if e.synonyms},
                  {i: e.xrefs for i, e in enumerate(ents) if e.xrefs},
                  {i: e.note for i, e in enumerate(ents) if e.note is not None},
                  [i for i, e in enumerate(ents) if e.provisional], [i for i, e in enumerate(ents) if e.generic])
        out._made = list(ents)
        return out

    def union(self, other: "EntityList") -> tuple["EntityList", Any, Any]:
        """Both lists' entities sorted by id (*other*'s wins an id both have), with the new row of
        each row of self and of other (numpy arrays). Rows keep their lazy parts.

        >>> a = EntityList.of([Entity("b", "B", "MicroRNA")]); b = EntityList.of([Entity("a", "A", "Pathway")])
        >>> u, ra, rb = a.union(b); u.ids, ra.tolist(), rb.tolist()
        (['a', 'b'], [1], [0])
        """
        mine = dict(zip(other.ids, range(len(other))))
        ids = sorted(set(self.ids) | mine.keys())
        at = {eid: i for i, eid in enumerate(ids)}
        ra = np.array([at[e] for e in self.ids], dtype=np.int32)
        rb = np.array([at[e] for e in other.ids], dtype=np.int32)
        source: list[tuple[EntityList, int]] = [(self, 0)] * len(ids)
        for i, eid in enumerate(self.ids):
            source[ra[i]] = (self, i)
        for eid, j in mine.items():
            source[at[eid]] = (other, j)
        out = EntityList([el.ids[i] for el, i in source], [el.labels[i] for el, i in source],
                         [el.types[i] for el, i in source])
        for part in ("synonyms", "xrefs", "notes"):
            values = {id(el): getattr(el, part) for el in (self, other)}
            setattr(out, part, LazyMap({n: (values[id(el)], i) for n, (el, i) in enumerate(source) if i in values[id(el)]},
                                       lambda where: where[0][where[1]]))
        out.provisional = frozenset(n for n, (el, i) in enumerate(source) if i in el.provisional)
        out.generic = frozenset(n for n, (el, i) in enumerate(source) if i in el.generic)
        out._made = [el._made[i] for el, i in source]
        return out, ra, rb

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, i: int) -> Entity: ...
    @overload
    def __getitem__(self, i: slice) -> list[Entity]: ...
    def __getitem__(self, i):  # noqa: E301 (the overloads above)
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        if i < 0:
            i += len(self)
        e = self._made[i]
        if e is None:
            e = self._made[i] = Entity(self.ids[i], self.labels[i], self.types[i], self.synonyms.get(i, ()),
                                       self.xrefs.get(i, ()), self.notes.get(i), i in self.provisional,
                                       i in self.generic)
        return e

    def __iter__(self) -> Iterator[Entity]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (EntityList, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  (mutable cache, compared by value)

    def __repr__(self) -> str:
        return f"<EntityList of {len(self)}>"


@dataclass(frozen=True)
class Relation:
    """A relation of the ontology with its behaviour in path reasoning.

    ``role`` is 'causal' (multiplies a path's sign by ``sign``), 'transparent' (producer and cargo
    relations: the downstream sign passes through) or 'descriptive' (the net sign becomes unknown).

    >>> Relation("decreases", "decreases", -1, "causal").path_sign
    -1
    >>> Relation("carries", "carries", 1, "transparent").path_sign
    1
    >>> Relation("crosses", "crosses", 0, "descriptive").path_sign
    0
    """

    name: str
    label: str
    sign: int
    role: str
    inverse: str | None = None
    parents: tuple[str, ...] = ()
    comment: str | None = None
    ends_path: bool = False  # walked forwards, only the last hop of a chain (exokg:endsPath)

    @property
    def path_sign(self) -> int:
        if self.role == "transparent":
            return 1
        if self.role == "descriptive":
            return 0
        return self.sign


@dataclass(frozen=True)
class Readout:
    """A quantitative result as the text states it.

    >>> Readout("nerve regeneration", "from 5% to 75%").value
    'from 5% to 75%'
    """

    measure: str
    value: str
    comparator: str | None = None


@dataclass(frozen=True)
class Evidence:
    """One verbatim passage of one document supporting a statement.

    >>> ev = Evidence("doc1", "miR-21 suppresses PTEN", 10, 32, "finding")
    >>> ev.end - ev.start == len(ev.quote)
    True
    """

    document: str  # the seed's file stem
    quote: str
    start: int
    end: int
    status: str = "finding"
    annotation_id: str = ""
    organism: str | None = None  # entity ids of the context
    cell: str | None = None
    disease: str | None = None
    site: str | None = None
    study: str | None = None  # study id within the document's metadata
    readouts: tuple[Readout, ...] = ()
    curation: str = "curated"  # curated | machine-read
    confidence: float | None = None
    note: str | None = None
    condition: str | None = None  # entity id: a condition the claim holds under (donor age, disease stage)
    model: str | None = None  # the kind of system: one of vocab.MODEL_SYSTEMS

    def context(self) -> dict[str, str]:
        """The context slots that are set, in the order of vocab.CONTEXT_KEYS.

        >>> Evidence("d", "q", 0, 1, organism="rat", model="animal model").context()
        {'organism': 'rat', 'model': 'animal model'}
        """
        return {k: v for k in CONTEXT_KEYS if (v := getattr(self, k))}

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        d = dict(d)
        d["readouts"] = tuple(Readout(**r) for r in d.get("readouts", ()))
        return cls(**d)


def strongest_status(statuses: list[str] | tuple[str, ...]) -> str:
    """The strongest epistemic status among *statuses* (finding > prediction > hypothesis > question).

    >>> strongest_status(["hypothesis", "finding"])
    'finding'
    >>> strongest_status(["rumour"])
    Traceback (most recent call last):
    kg.errors.InputError: <input>: unknown epistemic status 'rumour'; use one of finding, prediction, hypothesis, question
    """
    # A graph read from RDF made elsewhere may carry any status; say which, not "x not in tuple".
    unknown = [s for s in statuses if s not in STATUSES]
    if unknown:
        raise InputError(f"unknown epistemic status {unknown[0]!r}; use one of {', '.join(STATUSES)}")
    return min(statuses, key=STATUSES.index)


@dataclass(frozen=True)
class Statement:
    """A claim ``subject -predicate-> object`` with the evidence that supports it.

    >>> a = Entity("miR-21", "miR-21", "MicroRNA"); b = Entity("PTEN", "PTEN", "GeneOrProtein")
    >>> s = Statement(a, "decreases", b, -1, (Evidence("d", "q", 0, 1),))
    >>> s.key()
    ('miR-21', 'decreases', 'PTEN')
    >>> str(s)
    'miR-21 -decreases-> PTEN'
    """

    subject: Entity
    predicate: str
    object: Entity
    sign: int
    evidence: tuple[Evidence, ...] = field(default=())

    def key(self) -> tuple[str, str, str]:
        return (self.subject.id, self.predicate, self.object.id)

    @cached_property  # asked for at every ranking of a path; a statement never changes
    def id(self) -> str:
        """Stable identifier derived from the key (not from the evidence).

        >>> a = Entity("a", "a", "Molecule"); Statement(a, "increases", a, 1).id
        '3568a248b13cc73a'
        """
        return hashlib.sha1("\t".join(self.key()).encode()).hexdigest()[:16]

    @cached_property
    def status(self) -> str:
        return strongest_status([e.status for e in self.evidence]) if self.evidence else "question"

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({e.document for e in self.evidence}))

    def __str__(self) -> str:
        return f"{self.subject.label} -{self.predicate}-> {self.object.label}"

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.subject.to_dict(),
            "predicate": self.predicate,
            "object": self.object.to_dict(),
            "sign": self.sign,
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        return cls(
            Entity.from_dict(d["subject"]),
            d["predicate"],
            Entity.from_dict(d["object"]),
            int(d["sign"]),
            tuple(Evidence.from_dict(e) for e in d.get("evidence", ())),
        )

    # -- in a notebook (kg.display) --

    def __repr__(self) -> str:
        return f"<Statement {self} ({self.status}, {len(self.evidence)} evidence)>"

    def _repr_html_(self) -> str:
        return card(f"<p><b>{esc(self)}</b> ({esc(self.status)})</p>{evidence_html(self.evidence)}")

    def _row(self) -> dict[str, Any]:
        return {"subject": self.subject.label, "relation": self.predicate, "object": self.object.label,
                "sign": SIGN_SYMBOL[self.sign], "status": self.status, "evidence": len(self.evidence)}

    def to_dataframe(self):
        """One row per evidence: document, offsets, status, curation, context and quote."""
        return to_dataframe([{"subject": self.subject.id, "relation": self.predicate, "object": self.object.id,
                              "document": e.document, "start": e.start, "end": e.end, "status": e.status,
                              "curation": e.curation, **e.context(), "quote": e.quote} for e in self.evidence])


@dataclass(frozen=True)
class Study:
    """A primary study a document cites."""

    id: str
    authors: str | None = None
    year: int | None = None
    title: str | None = None
    journal: str | None = None
    doi: str | None = None

    def __str__(self) -> str:
        bits = [self.authors or self.id]
        if self.year:
            bits.append(f"({self.year})")
        if self.journal:
            bits.append(self.journal)
        return " ".join(bits)


@dataclass(frozen=True)
class Document:
    """A source document with its metadata."""

    stem: str
    text: str
    sha256: str
    title: str | None = None
    kind: str | None = None
    source: str | None = None
    doi: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    year: int | None = None
    studies: tuple[Study, ...] = ()

    def study(self, study_id: str) -> Study | None:
        return next((s for s in self.studies if s.id == study_id), None)
