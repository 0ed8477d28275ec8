"""The graph's model as columns: statements and evidence as arrays, entities as a list.

A million-triple graph has tens of thousands of statements and twice as many evidence passages; as
Python objects (and networkx attribute dicts) they cost kilobytes each. Here each statement is a
row of small integers (subject, relation, object) and each evidence a row (document, status,
curation, offsets, context), in numpy arrays; a :class:`~kg.model.Statement` with its
:class:`~kg.model.Evidence` is built only when an answer needs it (:meth:`Tables.statement`), and
its quote, the one long string, is read from the store then.

Tables are built from a corpus (the seeds, in memory: :meth:`Tables.from_statements`) or from a
store (:func:`kg.rdf.from_rdf.read_tables`, a scan of each predicate's triples), and saved to and
loaded from a folder as JSON and ``.npy`` files: data only, so a folder someone gives you cannot
run code.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np

from .errors import StoreError
from .files import write_atomic
from .model import Document, Entity, Evidence, Readout, Statement, Study, Xref
from .ontology import Ontology
from .vocab import CONTEXT_SLOTS, CURATION_IRI, ENTITY, EVIDENCE, MODEL_SYSTEMS, STATEMENT, STATUSES

log = logging.getLogger(__name__)

#: Bumped when the saved form changes; a folder of another version is rebuilt, never trusted.
FORMAT_VERSION = 1
#: The entity-valued context slots, in the column order of ``ev_ctx``.
SLOTS: tuple[str, ...] = tuple(CONTEXT_SLOTS)
CURATIONS: tuple[str, ...] = tuple(CURATION_IRI)
NONE = -1



def statement_iri(subject: str, predicate: str, obj: str) -> str:
    """The IRI the assembler gives the statement with this key (Statement.id under STATEMENT).

    >>> statement_iri("a", "increases", "a").endswith("/3568a248b13cc73a")
    True
    """
    return str(STATEMENT[hashlib.sha1("\t".join((subject, predicate, obj)).encode()).hexdigest()[:16]])


def evidence_iri(document: str, annotation_id: str, curation: str) -> str:
    """The IRI the assembler gives an evidence (see kg.rdf.assemble.evidence_iri)."""
    return str(EVIDENCE[f"{document}/{annotation_id}{'' if curation == 'curated' else '-mr'}"])


@dataclass
class Tables:
    """Entities, statements and evidence of one graph, as columns.

    Statements are sorted by (subject id, relation, object id); the evidence of statement ``i`` is
    rows ``ev_ptr[i]`` to ``ev_ptr[i + 1]``, sorted by (document, start, end, annotation id,
    curation), as the model orders them.

    >>> from kg.datasets import tiny_corpus
    >>> t = Tables.from_statements(tiny_corpus().lexicon, tiny_corpus().statements, {}, Ontology.load())
    >>> t.n_statements, t.n_evidence, str(t.statement(4, lambda iri: "q"))
    (5, 5, 'miR-21 -decreases-> PTEN')
    """

    entities: list[Entity]
    relations: tuple[str, ...]
    documents: dict[str, Document]
    doc_ids: list[str]
    st_subj: np.ndarray
    st_obj: np.ndarray
    st_rel: np.ndarray
    ev_ptr: np.ndarray
    ev_doc: np.ndarray
    ev_status: np.ndarray
    ev_curation: np.ndarray
    ev_start: np.ndarray
    ev_end: np.ndarray
    ev_ctx: np.ndarray
    ev_model: np.ndarray
    ev_conf: np.ndarray
    ev_aid: list[str]
    ev_study: dict[int, str] = field(default_factory=dict)
    ev_note: dict[int, str] = field(default_factory=dict)
    ev_readouts: dict[int, tuple[Readout, ...]] = field(default_factory=dict)
    #: IRIs that differ from the assembler's scheme (RDF made elsewhere), by row
    st_iri: dict[int, str] = field(default_factory=dict)
    ev_iri: dict[int, str] = field(default_factory=dict)
    #: what reading the store could not interpret (see from_store)
    report: dict[str, Any] = field(default_factory=dict)

    # -- sizes and look-ups ----------------------------------------------------------------------

    @property
    def n_statements(self) -> int:
        return len(self.st_subj)

    @property
    def n_evidence(self) -> int:
        return len(self.ev_doc)

    def entity_index(self) -> dict[str, int]:
        """Entity id -> row."""
        if "_eidx" not in self.__dict__:
            self.__dict__["_eidx"] = {e.id: i for i, e in enumerate(self.entities)}
        return self.__dict__["_eidx"]

    def statement_iri(self, i: int) -> str:
        return self.st_iri.get(i) or statement_iri(self.entities[self.st_subj[i]].id, self.relations[self.st_rel[i]],
                                                   self.entities[self.st_obj[i]].id)

    def evidence_iri(self, j: int) -> str:
        return self.ev_iri.get(j) or evidence_iri(self.doc_ids[self.ev_doc[j]], self.ev_aid[j],
                                                  CURATIONS[self.ev_curation[j]])

    def evidence(self, j: int, quote_of: Callable[[str], str]) -> Evidence:
        """Evidence row *j* as an object; *quote_of* gives the quote of an evidence IRI."""
        ctx = {slot: (self.entities[v].id if v != NONE else None) for slot, v in zip(SLOTS, self.ev_ctx[j].tolist())}
        conf = float(self.ev_conf[j])
        return Evidence(
            document=self.doc_ids[self.ev_doc[j]], quote=quote_of(self.evidence_iri(j)),
            start=int(self.ev_start[j]), end=int(self.ev_end[j]), status=STATUSES[self.ev_status[j]],
            annotation_id=self.ev_aid[j], study=self.ev_study.get(j), readouts=self.ev_readouts.get(j, ()),
            curation=CURATIONS[self.ev_curation[j]], confidence=None if math.isnan(conf) else conf,
            note=self.ev_note.get(j), model=MODEL_SYSTEMS[self.ev_model[j]] if self.ev_model[j] != NONE else None,
            **ctx)

    def statement(self, i: int, quote_of: Callable[[str], str], sign: int | None = None) -> Statement:
        """Statement row *i* with all its evidence as objects."""
        evidence = tuple(self.evidence(j, quote_of) for j in range(int(self.ev_ptr[i]), int(self.ev_ptr[i + 1])))
        rel = self.relations[self.st_rel[i]]
        return Statement(self.entities[self.st_subj[i]], rel, self.entities[self.st_obj[i]],
                         self._signs[rel] if sign is None else sign, evidence)

    @property
    def _signs(self) -> dict[str, int]:
        if "_sg" not in self.__dict__:
            onto = Ontology.load()
            self.__dict__["_sg"] = {r: onto.relations[r].sign for r in self.relations}
        return self.__dict__["_sg"]

    # -- building ------------------------------------------------------------------------------

    @classmethod
    def from_statements(cls, entities: Iterable[Entity], statements: list[Statement], documents: dict[str, Document],
                        ontology: Ontology) -> "Tables":
        """Tables of model objects (a corpus read from seeds): *statements* sorted by key."""
        ents = sorted(entities, key=lambda e: e.id)
        eidx = {e.id: i for i, e in enumerate(ents)}
        relations = tuple(ontology.relations)
        ridx = {r: i for i, r in enumerate(relations)}
        doc_ids = sorted({e.document for s in statements for e in s.evidence} | set(documents))
        didx = {d: i for i, d in enumerate(doc_ids)}
        b = _Builder()
        for s in statements:
            b.statement(eidx[s.subject.id], ridx[s.predicate], eidx[s.object.id])
            for e in s.evidence:
                b.evidence(didx[e.document], e.status, e.curation, e.start, e.end,
                           [eidx.get(getattr(e, slot)) if getattr(e, slot) else None for slot in SLOTS],
                           e.model, e.confidence, e.annotation_id, e.study, e.note, e.readouts)
        sg = {r: ontology.relations[r].sign for r in relations}
        t = b.tables(ents, relations, dict(documents), doc_ids)
        t.__dict__["_sg"] = sg
        return t

    def merged(self, other: "Tables", ontology: Ontology) -> "Tables":
        """These tables with *other*'s added (read with ``read_tables(..., known=self)``): entities by id, statements
        by (subject, relation, object), each evidence once (by its IRI).

        >>> from kg.datasets import tiny_corpus
        >>> c = tiny_corpus(); t = Tables.from_statements(c.lexicon, c.statements, {}, Ontology.load())
        >>> t.merged(t, Ontology.load()).n_evidence == t.n_evidence
        True
        """
        entities = {e.id: e for e in self.entities}
        entities.update({e.id: e for e in other.entities})
        ents = sorted(entities.values(), key=lambda e: e.id)
        eidx = {e.id: i for i, e in enumerate(ents)}
        relations = tuple(ontology.relations)
        docs = {**self.documents, **other.documents}
        doc_ids = sorted(set(self.doc_ids) | set(other.doc_ids) | set(docs))
        didx = {d: i for i, d in enumerate(doc_ids)}
        rows: dict[tuple[str, str, str], list[tuple[Tables, int]]] = defaultdict(list)
        for t in (self, other):
            for i in range(t.n_statements):
                key = (t.entities[t.st_subj[i]].id, t.relations[t.st_rel[i]], t.entities[t.st_obj[i]].id)
                rows[key].append((t, i))
        b = _Builder()
        for key in sorted(rows):
            (t0, i0), *rest = rows[key]
            b.statement(eidx[key[0]], relations.index(key[1]), eidx[key[2]], t0.st_iri.get(i0))
            evs: dict[str, tuple] = {}
            for t, i in rows[key]:
                for j in range(int(t.ev_ptr[i]), int(t.ev_ptr[i + 1])):
                    iri = t.evidence_iri(j)
                    if iri not in evs:
                        evs[iri] = (t, j)
            for iri, (t, j) in sorted(evs.items(), key=lambda kv: _ev_key(*kv[1])):
                ctx = [eidx[t.entities[v].id] if v != NONE else None for v in t.ev_ctx[j].tolist()]
                model = MODEL_SYSTEMS[t.ev_model[j]] if t.ev_model[j] != NONE else None
                conf = float(t.ev_conf[j])
                b.evidence(didx[t.doc_ids[t.ev_doc[j]]], STATUSES[t.ev_status[j]], CURATIONS[t.ev_curation[j]],
                           int(t.ev_start[j]), int(t.ev_end[j]), ctx, model, None if math.isnan(conf) else conf,
                           t.ev_aid[j], t.ev_study.get(j), t.ev_note.get(j), t.ev_readouts.get(j, ()),
                           iri=t.ev_iri.get(j))
        report = {k: self.report.get(k, 0) + other.report.get(k, 0) for k in ("imported_statements", "uninterpreted")}
        report["examples"] = (self.report.get("examples", []) + other.report.get("examples", []))[:10]
        out = b.tables(ents, relations, dict(sorted(docs.items())), doc_ids, report)
        out.__dict__["_sg"] = {r: ontology.relations[r].sign for r in relations}
        return out

    # -- saving and loading: JSON and .npy only (no pickle: a folder must never run code) --------

    ARRAYS = ("st_subj", "st_obj", "st_rel", "ev_ptr", "ev_doc", "ev_status", "ev_curation", "ev_start", "ev_end",
              "ev_ctx", "ev_model", "ev_conf")

    def save(self, folder: Path) -> None:
        """Write the tables into *folder* (created), each file through a temporary file and a rename."""
        folder.mkdir(parents=True, exist_ok=True)
        for name in self.ARRAYS:
            path = folder / f"{name}.npy"
            buf = io.BytesIO()
            np.save(buf, getattr(self, name), allow_pickle=False)
            write_atomic(path, buf.getvalue())
        head = {
            "format": "exokg-tables", "version": FORMAT_VERSION,
            "relations": list(self.relations), "doc_ids": self.doc_ids,
            "entities": [[e.id, e.label, e.type, list(e.synonyms), [[x.curie, x.match, x.label, x.source, x.status]
                          for x in e.xrefs], e.note, e.provisional, e.generic] for e in self.entities],
            "documents": [_doc_json(d) for d in self.documents.values()],
            "ev_aid": self.ev_aid,
            "ev_study": _keys_to_str(self.ev_study), "ev_note": _keys_to_str(self.ev_note),
            "ev_readouts": {str(k): [[r.measure, r.value, r.comparator] for r in v] for k, v in self.ev_readouts.items()},
            "st_iri": _keys_to_str(self.st_iri), "ev_iri": _keys_to_str(self.ev_iri),
            "report": self.report,
        }
        write_atomic(folder / "tables.json", json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode())

    @classmethod
    def load(cls, folder: Path) -> "Tables":
        """Tables saved by :meth:`save`; StoreError when missing, damaged or of another version."""
        try:
            head = json.loads((folder / "tables.json").read_text(encoding="utf-8"))
            if head.get("format") != "exokg-tables" or head.get("version") != FORMAT_VERSION:
                raise ValueError(f"format {head.get('format')!r} version {head.get('version')!r}")
            arrays = {n: np.load(folder / f"{n}.npy", allow_pickle=False) for n in cls.ARRAYS}
            entities = [Entity(i, label, ty, tuple(syn), tuple(Xref(*x) for x in xr), note, prov, gen)
                        for i, label, ty, syn, xr, note, prov, gen in head["entities"]]
            t = cls(entities, tuple(head["relations"]), {d.stem: d for d in map(_doc_from_json, head["documents"])},
                    head["doc_ids"], ev_aid=head["ev_aid"], ev_study=_keys_to_int(head["ev_study"]),
                    ev_note=_keys_to_int(head["ev_note"]),
                    ev_readouts={int(k): tuple(Readout(*r) for r in v) for k, v in head["ev_readouts"].items()},
                    st_iri=_keys_to_int(head["st_iri"]), ev_iri=_keys_to_int(head["ev_iri"]),
                    report=head.get("report", {}), **arrays)
            t.check()
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise StoreError(f"the model tables in {folder} cannot be read ({exc})") from None
        return t

    def check(self) -> None:
        """Raise ValueError when the columns do not fit together (a damaged or foreign folder)."""
        n, m, k = self.n_statements, self.n_evidence, len(self.entities)
        sizes = {"st_obj": n, "st_rel": n, "ev_ptr": n + 1, "ev_status": m, "ev_curation": m, "ev_start": m,
                 "ev_end": m, "ev_ctx": m, "ev_model": m, "ev_conf": m}
        for name, size in sizes.items():
            if len(getattr(self, name)) != size:
                raise ValueError(f"{name} has {len(getattr(self, name))} rows, expected {size}")
        if len(self.ev_aid) != m or self.ev_ctx.shape[1:] != (len(SLOTS),):
            raise ValueError("evidence columns disagree")
        for name, hi in (("st_subj", k), ("st_obj", k), ("st_rel", len(self.relations)), ("ev_doc", len(self.doc_ids))):
            a = getattr(self, name)
            if len(a) and (a.min() < 0 or a.max() >= hi):
                raise ValueError(f"{name} points outside its table")
        if self.ev_ptr[0] != 0 or self.ev_ptr[-1] != m or np.any(np.diff(self.ev_ptr) < 0):
            raise ValueError("ev_ptr is not a running count")
        if len(self.ev_ctx) and (self.ev_ctx.min() < NONE or self.ev_ctx.max() >= k):
            raise ValueError("a context points outside the entity table")


class _Builder:
    """Accumulates statement and evidence rows in lists, then turns them into arrays."""

    def __init__(self) -> None:
        self.st: list[tuple[int, int, int]] = []
        self.ev: list[list] = []
        self.counts: list[int] = []
        self.aid: list[str] = []
        self.study: dict[int, str] = {}
        self.note: dict[int, str] = {}
        self.readouts: dict[int, tuple[Readout, ...]] = {}
        self.st_iri: dict[int, str] = {}
        self.ev_iri: dict[int, str] = {}
        self.conf: list[float] = []

    def statement(self, s: int, r: int, o: int, iri: str | None = None) -> None:
        if iri is not None:
            self.st_iri[len(self.st)] = iri
        self.st.append((s, r, o))
        self.counts.append(0)

    def evidence(self, doc: int, status: str, curation: str, start: int, end: int, ctx: list[int | None],
                 model: str | None, confidence: float | None, aid: str, study: str | None, note: str | None,
                 readouts: tuple[Readout, ...] = (), iri: str | None = None) -> None:
        j = len(self.ev)
        self.ev.append([doc, STATUSES.index(status), CURATIONS.index(curation), start, end,
                        *[NONE if c is None else c for c in ctx],
                        MODEL_SYSTEMS.index(model) if model in MODEL_SYSTEMS else NONE])
        self.counts[-1] += 1
        self.aid.append(aid)
        self.conf.append(float("nan") if confidence is None else float(confidence))
        for store, value in ((self.study, study), (self.note, note), (self.readouts, readouts), (self.ev_iri, iri)):
            if value:
                store[j] = value

    def tables(self, entities: list[Entity], relations: tuple[str, ...], documents: dict[str, Document],
               doc_ids: list[str], report: dict | None = None) -> Tables:
        st = np.array(self.st, dtype=np.int32).reshape(-1, 3)
        ev = np.array(self.ev, dtype=np.int32).reshape(-1, 6 + len(SLOTS))
        return Tables(
            entities, relations, documents, doc_ids,
            st_subj=st[:, 0].copy(), st_rel=st[:, 1].astype(np.int16), st_obj=st[:, 2].copy(),
            ev_ptr=np.concatenate([[0], np.cumsum(self.counts, dtype=np.int64)]).astype(np.int64),
            ev_doc=ev[:, 0].copy(), ev_status=ev[:, 1].astype(np.int8), ev_curation=ev[:, 2].astype(np.int8),
            ev_start=ev[:, 3].copy(), ev_end=ev[:, 4].copy(), ev_ctx=ev[:, 5:5 + len(SLOTS)].copy(),
            ev_model=ev[:, 5 + len(SLOTS)].astype(np.int8),
            ev_conf=np.array(self.conf, dtype=np.float64),
            ev_aid=self.aid, ev_study=self.study, ev_note=self.note, ev_readouts=self.readouts,
            st_iri=self.st_iri, ev_iri=self.ev_iri, report=report or {})


def _ev_key(t: Tables, j: int) -> tuple:
    """The model's order of the evidence of one statement: document, offsets, annotation, curation."""
    return (t.doc_ids[t.ev_doc[j]], int(t.ev_start[j]), int(t.ev_end[j]), t.ev_aid[j], CURATIONS[t.ev_curation[j]])


def entity_iri(e: Entity) -> str:
    """The IRI of an entity: its id under the entity namespace, or the id itself when it is an IRI."""
    return e.id if "://" in e.id else str(ENTITY[e.id])


def _keys_to_str(d: dict[int, Any]) -> dict[str, Any]:
    return {str(k): v for k, v in d.items()}


def _keys_to_int(d: dict[str, Any]) -> dict[int, Any]:
    return {int(k): v for k, v in d.items()}


def _doc_json(d: Document) -> dict[str, Any]:
    return {"stem": d.stem, "sha256": d.sha256, "title": d.title, "kind": d.kind, "source": d.source, "doi": d.doi,
            "url": d.url, "authors": list(d.authors), "year": d.year,
            "studies": [[s.id, s.authors, s.year, s.title, s.journal, s.doi] for s in d.studies]}


def _doc_from_json(d: dict[str, Any]) -> Document:
    return Document(d["stem"], "", d["sha256"], d["title"], d["kind"], d["source"], d["doi"], d["url"],
                    tuple(d["authors"]), d["year"], tuple(Study(*s) for s in d["studies"]))


__all__ = ["Tables", "evidence_iri", "statement_iri"]
