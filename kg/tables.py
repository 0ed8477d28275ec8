"""The graph's model as columns: statements and evidence as arrays, entities as a list.

A million-triple graph has tens of thousands of statements and twice as many evidence passages; as
Python objects (and networkx attribute dicts) they cost kilobytes each. Here each statement is a
row of small integers (subject, relation, object) and each evidence a row (document, status,
curation, offsets, context), in numpy arrays; a :class:`~kg.model.Statement` with its
:class:`~kg.model.Evidence` is built only when an answer needs it (:meth:`Tables.statement`), and
its quote, the one long string, comes from :class:`~kg.quotes.Quotes` (one UTF-8 buffer with offsets, memory-mapped
when the tables were saved), so an answer never waits on the store for its evidence.

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import numpy as np

from .errors import StoreError
from .files import write_atomic
from .model import Document, Entity, EntityList, Evidence, LazyMap, Readout, Statement, Study, Xref
from .ontology import Ontology
from .quotes import Quotes
from .vocab import CONTEXT_SLOTS, CURATION_IRI, ENTITY, EVIDENCE, MODEL_SYSTEMS, STATEMENT, STATUSES

log = logging.getLogger(__name__)

#: Bumped when the saved form changes; a folder of another version is rebuilt, never trusted.
FORMAT_VERSION = 3
#: The entity-valued context slots, in the column order of ``ev_ctx``.
SLOTS: tuple[str, ...] = tuple(CONTEXT_SLOTS)
CURATIONS: tuple[str, ...] = tuple(CURATION_IRI)
NONE = -1
# The namespaces as plain strings: an IRI is made by joining (rdflib's Namespace look-up checks
# each name it makes, which costs more than the hash at a million evidence rows).
_STATEMENT, _EVIDENCE, _ENTITY_NS = str(STATEMENT), str(EVIDENCE), str(ENTITY)
_STATUS_INDEX = {name: i for i, name in enumerate(STATUSES)}
_CURATION_INDEX = {name: i for i, name in enumerate(CURATIONS)}
_MODEL_INDEX = {name: i for i, name in enumerate(MODEL_SYSTEMS)}



def statement_iri(subject: str, predicate: str, obj: str) -> str:
    """The IRI the assembler gives the statement with this key (Statement.id under STATEMENT).

    >>> statement_iri("a", "increases", "a").endswith("/3568a248b13cc73a")
    True
    """
    return _STATEMENT + hashlib.sha1("\t".join((subject, predicate, obj)).encode()).hexdigest()[:16]


def evidence_iri(document: str, annotation_id: str, curation: str) -> str:
    """The IRI the assembler gives an evidence (see kg.rdf.assemble.evidence_iri)."""
    return f"{_EVIDENCE}{document}/{annotation_id}{'' if curation == 'curated' else '-mr'}"


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

    entities: EntityList
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
    ev_readouts: Mapping[int, tuple[Readout, ...]] = field(default_factory=dict)
    #: IRIs that differ from the assembler's scheme (RDF made elsewhere), by row
    st_iri: dict[int, str] = field(default_factory=dict)
    ev_iri: dict[int, str] = field(default_factory=dict)
    #: what reading the store could not interpret (see from_store)
    report: dict[str, Any] = field(default_factory=dict)
    #: the quote of each evidence row (None: read through the quote_of callback)
    ev_quotes: "Quotes | None" = None

    def __post_init__(self) -> None:
        if not isinstance(self.entities, EntityList):
            self.entities = EntityList.of(self.entities)

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
            self.__dict__["_eidx"] = {eid: i for i, eid in enumerate(self.entities.ids)}
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
            document=self.doc_ids[self.ev_doc[j]],
            quote=self.ev_quotes[j] if self.ev_quotes is not None else quote_of(self.evidence_iri(j)),
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
                           e.model, e.confidence, e.annotation_id, e.study, e.note, e.readouts, quote=e.quote)
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
        a, b = self, other
        relations = tuple(ontology.relations)
        ents, ra, rb = a.entities.union(b.entities)
        docs = {**a.documents, **b.documents}
        doc_ids = sorted(set(a.doc_ids) | set(b.doc_ids) | set(docs))
        didx = {d: i for i, d in enumerate(doc_ids)}
        da, db = (np.array([didx[d] for d in t.doc_ids] or [0], dtype=np.int32) for t in (a, b))
        rel_of = {r: i for i, r in enumerate(relations)}
        rel_a, rel_b = (np.array([rel_of[r] for r in t.relations], dtype=np.int16) for t in (a, b))
        # Statements of both, in merged entity rows, ordered by (subject id, relation name, object id):
        # entity rows follow ids, so one integer per key sorts them (a's row first on a tie).
        rank = np.argsort(np.argsort(np.array(relations)))
        n_a = a.n_statements
        subj = np.concatenate([ra[a.st_subj], rb[b.st_subj]]).astype(np.int64)
        obj = np.concatenate([ra[a.st_obj], rb[b.st_obj]]).astype(np.int64)
        rel = np.concatenate([rel_a[a.st_rel], rel_b[b.st_rel]]).astype(np.int64)
        key = (subj * len(relations) + rank[rel]) * max(len(ents), 1) + obj
        order = np.argsort(key, kind="stable")
        first = np.ones(len(order), dtype=bool)
        first[1:] = key[order][1:] != key[order][:-1]
        heads = order[first]  # the row (a's first) of each merged statement
        shared = order[~first]  # b's rows of statements a has too: their evidence is merged one by one
        # evidence of each merged statement: a range of one table's rows, copied as a block
        ptr_ab = np.concatenate([a.ev_ptr[:-1], b.ev_ptr[:-1] + a.n_evidence, [a.n_evidence + b.n_evidence]])
        counts_ab = np.concatenate([np.diff(a.ev_ptr), np.diff(b.ev_ptr)])
        counts = counts_ab[heads].copy()
        starts = ptr_ab[heads]
        extra: dict[int, list[int]] = {}  # merged statement -> its evidence rows (a's and b's, deduplicated)
        if len(shared):
            at = np.searchsorted(key[heads], key[shared])
            for k, row in zip(at.tolist(), shared.tolist()):
                rows = list(range(int(starts[k]), int(starts[k] + counts[k]))) if k not in extra else extra[k]
                rows += range(int(ptr_ab[row]), int(ptr_ab[row] + counts_ab[row]))
                extra[k] = rows
            for k, rows in extra.items():
                seen: dict[str, int] = {}
                for j in rows:
                    t, jj = (a, j) if j < a.n_evidence else (b, j - a.n_evidence)
                    seen.setdefault(t.evidence_iri(jj), j)
                kept = sorted(seen.values(), key=lambda j: _ev_key(a, j) if j < a.n_evidence else _ev_key(b, j - a.n_evidence))
                extra[k] = kept
                counts[k] = len(kept)
        ev_ptr = np.concatenate([[0], np.cumsum(counts, dtype=np.int64)]).astype(np.int64)
        total = int(ev_ptr[-1])
        src = np.repeat(starts - ev_ptr[:-1], counts) + np.arange(total, dtype=np.int64)
        for k, rows in extra.items():
            src[ev_ptr[k]:ev_ptr[k + 1]] = rows
        in_a = src < a.n_evidence
        ia, ib = src[in_a], src[~in_a] - a.n_evidence

        def column(name: str, remap_a: np.ndarray | None = None, remap_b: np.ndarray | None = None) -> np.ndarray:
            ca, cb = getattr(a, name), getattr(b, name)
            out = np.empty((total, *ca.shape[1:]), dtype=ca.dtype)
            out[in_a] = ca[ia] if remap_a is None else remap_a[ca[ia]]
            out[~in_a] = cb[ib] if remap_b is None else remap_b[cb[ib]]
            return out

        # entity-valued context: -1 (none) stays -1 through the remap's last slot
        ctx = column("ev_ctx", np.append(ra, NONE).astype(np.int32), np.append(rb, NONE).astype(np.int32))
        # rows of the old tables -> rows of the merged one, for the columns kept as {row: value}
        new_ev = np.arange(total)
        ev_a, ev_b = np.full(a.n_evidence, -1), np.full(b.n_evidence, -1)
        ev_a[ia], ev_b[ib] = new_ev[in_a], new_ev[~in_a]
        st_a, st_b = np.full(n_a, -1), np.full(b.n_statements, -1)
        from_a = heads < n_a
        st_a[heads[from_a]] = np.nonzero(from_a)[0]
        st_b[heads[~from_a] - n_a] = np.nonzero(~from_a)[0]
        aid = np.empty(total, dtype=object)
        aid[in_a] = np.array(a.ev_aid, dtype=object)[ia] if len(ia) else []
        aid[~in_a] = np.array(b.ev_aid, dtype=object)[ib] if len(ib) else []
        report = {k: a.report.get(k, 0) + b.report.get(k, 0) for k in ("imported_statements", "uninterpreted")}
        report["examples"] = (a.report.get("examples", []) + b.report.get("examples", []))[:10]
        out = Tables(
            ents, relations, dict(sorted(docs.items())), doc_ids,
            st_subj=subj[heads].astype(np.int32), st_obj=obj[heads].astype(np.int32), st_rel=rel[heads].astype(np.int16),
            ev_ptr=ev_ptr, ev_doc=column("ev_doc", da, db), ev_status=column("ev_status"),
            ev_curation=column("ev_curation"), ev_start=column("ev_start"), ev_end=column("ev_end"), ev_ctx=ctx,
            ev_model=column("ev_model"), ev_conf=column("ev_conf"), ev_aid=aid.tolist(),
            ev_study=_rekey((a.ev_study, ev_a), (b.ev_study, ev_b)), ev_note=_rekey((a.ev_note, ev_a), (b.ev_note, ev_b)),
            ev_readouts=_rekey((a.ev_readouts, ev_a), (b.ev_readouts, ev_b)),
            st_iri=_rekey((a.st_iri, st_a), (b.st_iri, st_b)), ev_iri=_rekey((a.ev_iri, ev_a), (b.ev_iri, ev_b)),
            report=report, ev_quotes=_merged_quotes(a, b, in_a, ia, ib))
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
            "entities": _entities_json(self.entities),
            "documents": [_doc_json(d) for d in self.documents.values()],
            "ev_aid": self.ev_aid,
            "ev_study": _keys_to_str(self.ev_study), "ev_note": _keys_to_str(self.ev_note),
            "ev_readouts": {str(k): [[r.measure, r.value, r.comparator] for r in v] for k, v in self.ev_readouts.items()},
            "st_iri": _keys_to_str(self.st_iri), "ev_iri": _keys_to_str(self.ev_iri),
            "report": self.report,
        }
        if self.ev_quotes is not None:
            self.ev_quotes.save(folder)
        write_atomic(folder / "tables.json", json.dumps(head, ensure_ascii=False, separators=(",", ":")).encode())

    @classmethod
    def load(cls, folder: Path) -> "Tables":
        """Tables saved by :meth:`save`; StoreError when missing, damaged or of another version."""
        try:
            head = json.loads((folder / "tables.json").read_text(encoding="utf-8"))
            if head.get("format") != "exokg-tables" or head.get("version") != FORMAT_VERSION:
                raise ValueError(f"format {head.get('format')!r} version {head.get('version')!r}")
            arrays = {n: np.load(folder / f"{n}.npy", allow_pickle=False) for n in cls.ARRAYS}
            entities = _entities_from_json(head["entities"])
            t = cls(entities, tuple(head["relations"]), {d.stem: d for d in map(_doc_from_json, head["documents"])},
                    head["doc_ids"], ev_aid=head["ev_aid"], ev_study=_keys_to_int(head["ev_study"]),
                    ev_note=_keys_to_int(head["ev_note"]),
                    ev_readouts=LazyMap({int(k): v for k, v in head["ev_readouts"].items()},
                                        lambda rs: tuple(Readout(*r) for r in rs)),
                    st_iri=_keys_to_int(head["st_iri"]), ev_iri=_keys_to_int(head["ev_iri"]),
                    report=head.get("report", {}),
                    ev_quotes=Quotes.load(folder) if (folder / "quote_ptr.npy").is_file() else None, **arrays)
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
        if self.ev_quotes is not None and len(self.ev_quotes) != m:
            raise ValueError(f"{len(self.ev_quotes)} quotes for {m} evidence rows")
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
        self.quotes: list[str] = []

    def statement(self, s: int, r: int, o: int, iri: str | None = None) -> None:
        if iri is not None:
            self.st_iri[len(self.st)] = iri
        self.st.append((s, r, o))
        self.counts.append(0)

    def evidence(self, doc: int, status: str, curation: str, start: int, end: int, ctx: list[int | None],
                 model: str | None, confidence: float | None, aid: str, study: str | None, note: str | None,
                 readouts: tuple[Readout, ...] = (), iri: str | None = None, quote: str = "") -> None:
        self.quotes.append(quote)
        j = len(self.ev)
        self.ev.append([doc, _STATUS_INDEX[status], _CURATION_INDEX[curation], start, end,
                        *[NONE if c is None else c for c in ctx], _MODEL_INDEX.get(model, NONE)])
        self.counts[-1] += 1
        self.aid.append(aid)
        self.conf.append(float("nan") if confidence is None else float(confidence))
        if study:
            self.study[j] = study
        if note:
            self.note[j] = note
        if readouts:
            self.readouts[j] = readouts
        if iri:
            self.ev_iri[j] = iri

    def tables(self, entities: Sequence[Entity], relations: tuple[str, ...], documents: dict[str, Document],
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
            st_iri=self.st_iri, ev_iri=self.ev_iri, report=report or {}, ev_quotes=Quotes.of(self.quotes))


def _ev_key(t: Tables, j: int) -> tuple:
    """The model's order of the evidence of one statement: document, offsets, annotation, curation."""
    return (t.doc_ids[t.ev_doc[j]], int(t.ev_start[j]), int(t.ev_end[j]), t.ev_aid[j], CURATIONS[t.ev_curation[j]])


def entity_iri(eid: str) -> str:
    """The IRI of the entity with id *eid*: the id under the entity namespace, or the id itself when
    it is an IRI (a plain string join: this runs once per entity when a store is read).

    >>> entity_iri("PTEN"), entity_iri("http://example.org/x")
    ('https://w3id.org/exokg/entity/PTEN', 'http://example.org/x')
    """
    return eid if "://" in eid else _ENTITY_NS + eid


def entity_id(iri: str) -> str:
    """The id of the entity with IRI *iri*: the IRI without the entity namespace, or the IRI itself
    when it lies elsewhere (the inverse of :func:`entity_iri`).

    >>> entity_id("https://w3id.org/exokg/entity/PTEN"), entity_id("http://example.org/x")
    ('PTEN', 'http://example.org/x')
    """
    return iri[len(_ENTITY_NS):] if iri.startswith(_ENTITY_NS) else iri


def _entities_json(el: EntityList) -> dict[str, Any]:
    """Entities as flat columns: a flat list of strings decodes an order of magnitude faster than a
    list of nested lists, which decides how fast a big graph reopens."""
    syn_rows = [i for i in sorted(el.synonyms) for _ in el.synonyms[i]]
    xref_rows = [i for i in sorted(el.xrefs) for _ in el.xrefs[i]]
    xrefs = [x for i in sorted(el.xrefs) for x in el.xrefs[i]]
    return {"ids": el.ids, "labels": el.labels, "types": el.types,
            "synonym_rows": syn_rows, "synonyms": [s for i in sorted(el.synonyms) for s in el.synonyms[i]],
            "xref_rows": xref_rows, **{f"xref_{f}": [getattr(x, f) for x in xrefs] for f in _XREF_FIELDS},
            "notes": _keys_to_str(el.notes), "provisional": sorted(el.provisional), "generic": sorted(el.generic)}


_XREF_FIELDS = ("curie", "match", "label", "source", "status")


def _entities_from_json(d: dict[str, Any]) -> EntityList:
    n = len(d["ids"])
    for name in ("synonym_rows", "xref_rows", "provisional", "generic"):
        rows = d[name]
        if rows and (min(rows) < 0 or max(rows) >= n):
            raise ValueError(f"entity column {name} points outside the entity table")
    if len(d["synonyms"]) != len(d["synonym_rows"]):
        raise ValueError("the synonym columns disagree")
    cols = [d[f"xref_{f}"] for f in _XREF_FIELDS]
    if any(len(c) != len(d["xref_rows"]) for c in cols):
        raise ValueError("the cross-reference columns disagree")
    names = d["synonyms"]
    # synonyms and Xref objects are made when an entity is read (a look-up by id reads two)
    synonyms = LazyMap(_spans(d["synonym_rows"]), lambda span: tuple(names[span[0]:span[1]]))
    xrefs = LazyMap(_spans(d["xref_rows"]), lambda span: tuple(Xref(*(c[j] for c in cols)) for j in range(*span)))
    return EntityList(d["ids"], d["labels"], d["types"], synonyms, xrefs,
                      _keys_to_int(d["notes"]), d["provisional"], d["generic"])


def _merged_quotes(a: Tables, b: Tables, in_a: np.ndarray, ia: np.ndarray, ib: np.ndarray) -> Quotes | None:
    if a.ev_quotes is None or b.ev_quotes is None:
        return None
    rows = np.empty(len(in_a), dtype=np.int64)
    rows[in_a], rows[~in_a] = ia, ib
    return Quotes.gather([a.ev_quotes, b.ev_quotes], (~in_a).astype(np.int64), rows)


def _rekey(*parts: tuple[Mapping[int, Any], np.ndarray]) -> Mapping[int, Any]:
    """{new row: value} from {old row: value} maps and their old -> new row arrays (-1: row dropped);
    when one of them is lazy, so is the result (a value is read when asked for)."""
    if any(isinstance(values, LazyMap) for values, _ in parts):
        return LazyMap({int(new[k]): (values, k) for values, new in parts for k in values if new[k] >= 0},
                       lambda where: where[0][where[1]])
    return {int(new[k]): v for values, new in parts for k, v in values.items() if new[k] >= 0}


def _spans(rows: list[int]) -> dict[int, tuple[int, int]]:
    """Row -> (start, stop) of its run in *rows*, a column sorted by row (as _entities_json writes it)."""
    a = np.asarray(rows, dtype=np.int64)
    if len(a) and np.any(np.diff(a) < 0):
        raise ValueError("an entity column is not sorted by row")
    uniq, start = np.unique(a, return_index=True)
    stop = np.append(start[1:], len(a))
    return dict(zip(uniq.tolist(), zip(start.tolist(), stop.tolist())))


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
