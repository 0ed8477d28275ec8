"""``kg ingest``: add a document to seeds/ with the reader's statements, marked machine-read.

What it writes, all through :func:`kg.files.write_atomic`:

* ``seeds/<NNN>_<sha16>.txt`` — the document byte for byte when it is UTF-8 plain text or Markdown;
  for HTML (or text in another encoding) the extracted UTF-8 text the reader read, so every quote
  verifies against it, and the original file beside it in ``seeds/originals/``;
* ``seeds/<stem>.meta.yaml`` — title, kind "ingested document", source, ``studies: []``;
* ``seeds/<stem>.reader.yaml`` — the statements, in the ``.ann.yaml`` shape plus ``confidence``
  (kg/sources/seeds.py loads them with ``curation="machine-read"``; a curated ``.ann.yaml`` for the same
  sentence wins, see ``kg.sources.seeds.prefer_curated``);
* new entities appended to ``lexicon.reader.yaml`` beside the lexicon (provisional, kept apart from
  the curated ``lexicon.yaml``).

Then the outputs are rebuilt with :func:`kg.jobs.build.build`. If anything fails, the files written here
are removed (and the reader lexicon restored), so the seeds stay valid. A document whose SHA-256
equals that of a seed document (or of a stored original) is reported and nothing changes.
"""
from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import InvalidDocumentError, Problem
from ..files import ontology_dir, relpath, seeds_dir, write_atomic
from ..lexicon import READER_LEXICON, load_lexicon
from ..model import Entity, Statement
from ..ontology import Ontology
from ..sources.reader import Reader
from ..sources.reader.documents import decode_document
from ..sources.seeds import DOC_SUFFIXES
from .build import build

log = logging.getLogger(__name__)

ORIGINALS = "originals"


@dataclass
class IngestResult:
    """What ``ingest`` did: the new stem, or the stem of the document that was already there."""

    stem: str
    already_present: bool = False
    statements: list[Statement] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    warnings: tuple[str, ...] = ()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_existing(seeds: Path, digests: set[str]) -> str | None:
    """The stem of a seed document (or stored original) whose bytes have one of *digests*.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "000_ab.txt").write_bytes(b"x")
    >>> find_existing(d, {_sha(b"x")}), find_existing(d, {_sha(b"y")})
    ('000_ab', None)
    """
    for folder in (seeds, seeds / ORIGINALS):
        if not folder.is_dir():
            continue
        for p in sorted(folder.iterdir()):
            if p.is_file() and (p.suffix in DOC_SUFFIXES or folder.name == ORIGINALS) and p.name != "README.md":
                if _sha(p.read_bytes()) in digests:
                    return p.name.split(".", 1)[0]
    return None


def next_stem(seeds: Path, digest: str) -> str:
    """``NNN_<first 16 hex of sha256>`` with the next free number.

    >>> import tempfile; next_stem(Path(tempfile.mkdtemp()), "ab" * 32)
    '000_abababababababab'
    """
    numbers = [int(m.group(1)) for p in seeds.iterdir() if (m := re.match(r"^(\d{3})_", p.name))]
    return f"{max(numbers, default=-1) + 1:03d}_{digest[:16]}"


def _dump(data: object) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100_000).encode("utf-8")


def ingest(
    path: Path | str,
    title: str | None = None,
    source: str | None = None,
    seeds: Path | str | None = None,
    lexicon: Path | str | None = None,
    out: Path | str | None = "build",
) -> IngestResult:
    """Add the document at *path* to *seeds* with its machine-read statements, then rebuild into *out*.

    *out* None skips the rebuild (the next ``kg build`` picks the document up). Returns an
    IngestResult; ``already_present`` is True (and nothing was written) when the document's bytes,
    or the text it would be stored as, equal a seed document's. tests/test_ingest.py runs it end to end
    on copies of seeds/ and ontology/.

    >>> import tempfile
    >>> ingest(Path(tempfile.mkdtemp()) / "none.txt", seeds=Path(tempfile.mkdtemp()))
    Traceback (most recent call last):
    kg.errors.InvalidDocumentError: ...none.txt: document not found
    """
    path = Path(path)
    seeds = Path(seeds) if seeds is not None else seeds_dir()
    lexicon_path = Path(lexicon) if lexicon is not None else ontology_dir() / "lexicon.yaml"
    if not seeds.is_dir():
        raise InvalidDocumentError(Problem(relpath(seeds), None, "seeds folder not found; pass --seeds DIR"))
    src = decode_document(path)
    original = path.read_bytes()
    verbatim = src.format in ("text", "markdown") and not src.warnings
    stored = original if verbatim else src.text.encode("utf-8")
    existing = find_existing(seeds, {_sha(original), _sha(stored)})
    if existing:
        log.info("%s is already in %s as %s", path, seeds, existing)
        return IngestResult(existing, already_present=True)
    stem = next_stem(seeds, _sha(stored))
    suffix = ".md" if src.format == "markdown" and verbatim else ".txt"
    text = stored.decode("utf-8")
    ontology = Ontology.load()
    lex = load_lexicon(ontology, lexicon_path)
    result = Reader(lex, ontology).read(text, stem)
    written: list[Path] = []
    reader_lex = lexicon_path.with_name(READER_LEXICON)
    old_reader_lex = reader_lex.read_bytes() if reader_lex.is_file() else None
    try:
        doc_path = seeds / f"{stem}{suffix}"
        write_atomic(doc_path, stored)
        written.append(doc_path)
        if not verbatim:
            orig_path = seeds / ORIGINALS / f"{stem}{path.suffix or '.orig'}"
            write_atomic(orig_path, original)
            written.append(orig_path)
        meta = {"title": title or _first_line(text), "kind": "ingested document", "source": source,
                "doi": None, "url": None, "authors": [], "year": None, "studies": []}
        meta_path = seeds / f"{stem}.meta.yaml"
        write_atomic(meta_path, f"# Written by `kg ingest {path.name}`; edit freely.\n".encode() + _dump(meta))
        written.append(meta_path)
        rows = []
        for s in result.statements:
            ev = s.evidence[0]
            rows.append({"id": ev.annotation_id, "subject": s.subject.id, "predicate": s.predicate,
                         "object": s.object.id, "quote": ev.quote, "start": ev.start, "end": ev.end,
                         "status": ev.status, "confidence": ev.confidence})
        ann_path = seeds / f"{stem}.reader.yaml"
        header = (f"# Machine-read statements for {doc_path.name}, proposed by kg/reader (not curated).\n"
                  "# A curated <stem>.ann.yaml entry for the same sentence replaces these at build time.\n")
        write_atomic(ann_path, header.encode() + _dump({"statements": rows}))
        written.append(ann_path)
        if result.new_entities:
            _add_entities(reader_lex, result.new_entities, stem)
        if out is not None:
            build(out, seeds=seeds, lexicon=lexicon_path)
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        if old_reader_lex is None:
            reader_lex.unlink(missing_ok=True)
        elif reader_lex.read_bytes() != old_reader_lex:
            write_atomic(reader_lex, old_reader_lex)
        raise
    if result.new_entities:
        written.append(reader_lex)
    return IngestResult(stem, False, result.statements, result.new_entities, written, src.warnings)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return "untitled"


def _add_entities(path: Path, entities: list[Entity], stem: str) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    items = list((data or {}).get("entities") or [])
    have = {i.get("id") for i in items if isinstance(i, dict)}
    for e in entities:
        if e.id in have:
            continue
        items.append({"id": e.id, "label": e.label, "type": e.type, "synonyms": list(e.synonyms), "xrefs": [],
                      "note": f"provisional: found by the reader in seeds/{stem}; check it and move it to lexicon.yaml"})
    head = ("# Provisional entities found by the reader (`kg ingest`); not curated. Check each one and move it\n"
            "# to lexicon.yaml (with xrefs) to make it permanent.\n")
    write_atomic(path, head.encode() + _dump({"entities": items}))
