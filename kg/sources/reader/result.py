"""What the reader returns for one document, and the flat JSON shape of ``kg read``."""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from ...model import Entity, Statement


@dataclass(frozen=True)
class Found:
    """One mention as the reader reports it: where, the words, the entity (grounded) and how.

    ``matched`` says how the words were recognised (lexicon, abbreviation defined in the document,
    name pattern, refers back); ``grounding`` how the identifier was found ("" when none was).
    """

    start: int
    end: int
    text: str
    entity: Entity
    matched: str
    grounding: str = ""

    @property
    def identifier(self) -> str | None:
        xrefs = sorted(self.entity.xrefs, key=lambda x: x.match != "exact")
        return xrefs[0].curie if xrefs else None

    def to_json(self) -> dict[str, Any]:
        e = self.entity
        return {"text": self.text, "label": e.label, "type": e.type, "identifier": self.identifier,
                "identifier_label": next((x.label for x in e.xrefs if x.curie == self.identifier), None),
                "matched": self.matched, "grounding": self.grounding or None, "id": e.id,
                "provisional": e.provisional}


@dataclass
class ReadResult:
    """What the reader found in one document; ``arguments[i]`` are the subject and object of ``statements[i]``."""

    text: str
    statements: list[Statement] = field(default_factory=list)
    arguments: list[tuple[Found, Found]] = field(default_factory=list)
    mentions: list[Found] = field(default_factory=list)
    contexts: list[dict[str, Any]] = field(default_factory=list)  # organism, model_system, disease_model
    new_entities: list[Entity] = field(default_factory=list)
    sentences: int = 0
    format: str = "text"  # text | markdown | html (set by read_file)
    warnings: tuple[str, ...] = ()  # decoding warnings (set by read_file)

    def to_json(self) -> list[dict[str, Any]]:
        """The statements as plain dicts (the ``kg read --format json`` schema)."""
        return [statement_json(s, *args, context=ctx)
                for s, args, ctx in zip(self.statements, self.arguments, self.contexts)]


def statement_json(s: Statement, subject: Found | None = None, obj: Found | None = None,
                   context: dict[str, Any] | None = None) -> dict[str, Any]:
    """One machine-read statement in the flat JSON shape of ``kg read``.

    Subject and object give ``text`` (the words in the document), ``label``, ``type``,
    ``identifier`` (a standard CURIE, or null), how the words were ``matched`` and how the identifier
    was found (``grounding``); ``id`` is the entity's id in the graph (provisional for a new name).

    >>> from kg.sources.reader import read_text
    >>> r = read_text("miR-21 suppresses PTEN.")
    >>> d = statement_json(r.statements[0], *r.arguments[0])
    >>> d["subject"]["text"], d["object"]["identifier"], d["predicate"], d["sign"], d["quote"], d["status"]
    ('miR-21', 'HGNC:9588', 'decreases', -1, 'miR-21 suppresses PTEN', 'finding')
    """
    ev = s.evidence[0]

    def ent(e: Entity, found: Found | None) -> dict[str, Any]:
        return (found or Found(ev.start, ev.start, "", e, "")).to_json()

    out = {
        "subject": ent(s.subject, subject),
        "predicate": s.predicate,
        "object": ent(s.object, obj),
        "sign": s.sign,
        "quote": ev.quote,
        "start": ev.start,
        "end": ev.end,
        "status": ev.status,
        "confidence": ev.confidence,
        "curation": ev.curation,
    }
    if context is not None:
        out["context"] = context
    return out


class _Reads(Protocol):
    def read(self, text: str, document: str = ...) -> ReadResult: ...


_WORKER: _Reads | None = None  # the reader a forked worker inherits


def _read_one(item: tuple[str, str]) -> ReadResult:
    assert _WORKER is not None
    return _WORKER.read(*item)


def read_parallel(reader: _Reads, items: list[tuple[str, str]], processes: int = 1,
                  progress: Callable[[int], None] | None = None) -> list[ReadResult]:
    """Read (text, document) pairs with *reader*, in forked worker processes when *processes* > 1.

    Workers are forked so that they share the reader already built (its lexicon, patterns and
    parser) instead of building their own; results come back in input order.

    >>> from kg.sources.reader import Reader
    >>> [len(r.statements) for r in read_parallel(Reader(), [("miR-21 suppresses PTEN.", "a"), ("No claim.", "b")])]
    [1, 0]
    """
    global _WORKER
    processes = max(1, min(processes, len(items), os.cpu_count() or 1))
    if processes == 1 or "fork" not in multiprocessing.get_all_start_methods():
        out = []
        for text, doc in items:
            out.append(reader.read(text, doc))
            if progress:
                progress(1)
        return out
    _WORKER = reader
    try:
        with multiprocessing.get_context("fork").Pool(processes) as pool:
            out = []
            for r in pool.imap(_read_one, items, chunksize=1):
                out.append(r)
                if progress:
                    progress(1)
            return out
    finally:
        _WORKER = None
