"""What the reader returns for one document, and the flat JSON shape of ``kg read``."""
from __future__ import annotations

import multiprocessing
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Protocol

from ...model import Entity, Statement


@dataclass
class ReadResult:
    """What the reader found in one document."""

    text: str
    statements: list[Statement] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    sentences: int = 0
    format: str = "text"  # text | markdown | html (set by read_file)
    warnings: tuple[str, ...] = ()  # decoding warnings (set by read_file)

    def to_json(self) -> list[dict[str, Any]]:
        """The statements as plain dicts (the ``kg read --format json`` schema)."""
        return [statement_json(s) for s in self.statements]


def statement_json(s: Statement) -> dict[str, Any]:
    """One machine-read statement in the flat JSON shape of ``kg read``.

    >>> from kg.sources.reader import read_text
    >>> d = statement_json(read_text("miR-21 suppresses PTEN.").statements[0])
    >>> d["subject"]["identifier"], d["predicate"], d["sign"], d["quote"], d["start"], d["status"]
    ('miR-21', 'decreases', -1, 'miR-21 suppresses PTEN', 0, 'finding')
    """
    ev = s.evidence[0]

    def ent(e: Entity) -> dict[str, Any]:
        # "identifier" only for a curated (grounded) entity; a provisional one has an id but no identifier.
        return {"label": e.label, "type": e.type, "id": e.id, "identifier": None if e.provisional else e.id,
                "provisional": e.provisional}

    return {
        "subject": ent(s.subject),
        "predicate": s.predicate,
        "object": ent(s.object),
        "sign": s.sign,
        "quote": ev.quote,
        "start": ev.start,
        "end": ev.end,
        "status": ev.status,
        "confidence": ev.confidence,
        "curation": ev.curation,
    }




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
