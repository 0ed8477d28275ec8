"""``kg ingest``: add documents to seeds/ with the reader's statements, marked machine-read; all or nothing.

What one ingest adds, per document:

* ``seeds/<NNN>_<sha16>.txt`` — the document byte for byte when it is UTF-8 plain text or Markdown;
  for HTML (or text in another encoding) the extracted UTF-8 text the reader read, so every quote
  verifies against it, and the original file beside it in ``seeds/originals/``;
* ``seeds/<stem>.meta.yaml`` — title, kind "ingested document", source, ``studies: []``;
* ``seeds/<stem>.reader.yaml`` — the statements, in the ``.ann.yaml`` shape plus ``confidence``
  (kg/sources/seeds.py loads them with ``curation="machine-read"``; a curated ``.ann.yaml`` for the same
  sentence wins, see ``kg.sources.seeds.prefer_curated``);
* new entities in ``lexicon.reader.yaml`` beside the lexicon (provisional, apart from ``lexicon.yaml``).

How it stays all or nothing (issue 13): every file is first written to a staging folder
(``seeds/.ingest-stage/``, and ``.lexicon.reader.yaml.ingest`` beside the lexicon); the seeds as
they would be (the current files plus the staged ones, linked into a scratch folder) are then read
and validated without touching anything: every quote of every document is checked, and the SHACL
shapes are checked on the new documents' part of the graph (what was there passed them when it came
in); with outputs, the whole graph is built and checked, outputs included; only then a journal
(``seeds/.ingest-journal.json``) listing every staged file and its destination is written
atomically, the files are renamed into place (the lexicon first, each document last), the journal is
deleted and the validated outputs are moved into the output folder. A run stopped before the
journal leaves the seeds as they were (the stale staging is removed by the next ingest); a run
stopped after it is finished by :func:`repair`, which every ingest calls first (``kg ingest
--repair`` calls it alone). :func:`repair` also finds documents a crash of an earlier version left
half-ingested (an ingested document without its ``.reader.yaml``) and reads them again.

A document whose SHA-256 equals that of a seed document (or of a stored original) is reported and
nothing changes.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

import yaml

from ..errors import InvalidDocumentError, OutputError, Problem, ValidationError
from ..files import ensure_writable, ontology_dir, relpath, seeds_dir, write_atomic
from ..lexicon import READER_LEXICON, entity_names, load_lexicon, normalize
from ..model import Entity, Statement
from ..ontology import Ontology
from ..sources.reader import Reader
from ..sources.reader.documents import SourceText, decode_document, documents_in
from ..rdf.assemble import assemble
from ..rdf.validate import shacl
from ..sources.seeds import DOC_SUFFIXES, INGEST_JOURNAL, INGEST_STAGE, META_SUFFIX, Corpus, documents_part, load_corpus
from .build import build
from .update_store import add_documents, check_store

log = logging.getLogger(__name__)

ORIGINALS = "originals"
STAGE = INGEST_STAGE
JOURNAL = INGEST_JOURNAL
_STAGED_LEXICON = f".{READER_LEXICON}.ingest"
_READER_SUFFIX = ".reader.yaml"


@dataclass
class IngestResult:
    """What ``ingest`` did: the new stem, or the stem of the document that was already there."""

    stem: str
    already_present: bool = False
    statements: list[Statement] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    warnings: tuple[str, ...] = ()
    source: Path | None = None


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


def next_stem(seeds: Path, digest: str, taken: Sequence[str] = ()) -> str:
    """``NNN_<first 16 hex of sha256>`` with the next number free in *seeds* and not in *taken*.

    >>> import tempfile; next_stem(Path(tempfile.mkdtemp()), "ab" * 32)
    '000_abababababababab'
    """
    names = [p.name for p in seeds.iterdir()] + list(taken)
    numbers = [int(m.group(1)) for n in names if (m := re.match(r"^(\d{3})_", n))]
    return f"{max(numbers, default=-1) + 1:03d}_{digest[:16]}"


def _dump(data: object) -> bytes:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100_000).encode("utf-8")


@dataclass
class _Doc:
    path: Path
    src: SourceText
    original: bytes
    stored: bytes
    verbatim: bool


def ingest(
    path: Path | str,
    title: str | None = None,
    source: str | None = None,
    seeds: Path | str | None = None,
    lexicon: Path | str | None = None,
    out: Path | str | None = "build",
) -> IngestResult:
    """Add the document at *path* to *seeds* with its machine-read statements, then rebuild into *out*.

    *out* None skips the outputs (the next ``kg build`` writes them; the seeds are still validated).
    Returns an IngestResult; ``already_present`` is True (and nothing was written) when the
    document's bytes, or the text it would be stored as, equal a seed document's.
    tests/jobs/test_ingest.py runs it end to end on copies of seeds/ and ontology/.

    >>> import tempfile
    >>> ingest(Path(tempfile.mkdtemp()) / "none.txt", seeds=Path(tempfile.mkdtemp()))
    Traceback (most recent call last):
    kg.errors.InvalidDocumentError: ...none.txt: document not found
    """
    return ingest_many([path], title=title, source=source, seeds=seeds, lexicon=lexicon, out=out)[0]


def ingest_many(
    paths: Sequence[Path | str],
    title: str | None = None,
    source: str | None = None,
    seeds: Path | str | None = None,
    lexicon: Path | str | None = None,
    out: Path | str | None = "build",
    processes: int = 1,
    store: Path | str | None = None,
) -> list[IngestResult]:
    """Ingest every document of *paths* (files, or folders of .txt/.md/.html files) in one all-or-nothing step.

    Every document is decoded before anything is read or written, so one bad file stops the whole
    batch with its name and the reason. *processes* > 1 reads the documents on that many cores.
    With *store* (a store folder), the documents are then added to it in place
    (:func:`kg.jobs.update_store.add_documents`), those already in the seeds too if the store lacks them.

    >>> import tempfile
    >>> ingest_many([tempfile.mkdtemp()], seeds=Path(tempfile.mkdtemp()))
    Traceback (most recent call last):
    kg.errors.InvalidDocumentError: ...: no .txt, .md or .html documents in this folder
    """
    seeds = Path(seeds) if seeds is not None else seeds_dir()
    lexicon_path = Path(lexicon) if lexicon is not None else ontology_dir() / "lexicon.yaml"
    if store is not None:
        check_store(store)  # before the seeds change, not after
    if not seeds.is_dir():
        raise InvalidDocumentError(Problem(relpath(seeds), None, "seeds folder not found; pass --seeds DIR"))
    files = documents_in([Path(p) for p in paths])
    if title is not None and len(files) > 1:
        raise InvalidDocumentError(Problem(relpath(Path(paths[0])), None, "--title names one document; "
                                           "leave it out for a folder (each title is its document's first line)"))
    docs = []
    for p in files:
        src = decode_document(p)
        original = p.read_bytes()
        verbatim = src.format in ("text", "markdown") and not src.warnings
        docs.append(_Doc(p, src, original, original if verbatim else src.text.encode("utf-8"), verbatim))
    if out is not None:
        ensure_writable(Path(out))
    repair(seeds, lexicon_path)
    results: list[IngestResult] = []
    new: list[tuple[_Doc, IngestResult]] = []
    seen: dict[str, str] = {}
    for d in docs:
        existing = find_existing(seeds, {_sha(d.original), _sha(d.stored)}) or seen.get(_sha(d.stored))
        if existing:
            log.info("%s is already in %s as %s", d.path, seeds, existing)
            results.append(IngestResult(existing, already_present=True, source=d.path))
            continue
        stem = next_stem(seeds, _sha(d.stored), [r.stem for _, r in new])
        seen[_sha(d.stored)] = stem
        r = IngestResult(stem, warnings=d.src.warnings, source=d.path)
        new.append((d, r))
        results.append(r)
    if not new:
        if store is not None:
            add_documents(store, [r.stem for r in results], seeds, lexicon_path)
        return results
    ontology = Ontology.load()
    lex = load_lexicon(ontology, lexicon_path)
    reader = Reader(lex, ontology)
    texts = [d.stored.decode("utf-8") for d, _ in new]
    read = reader.read_many([(t, r.stem) for t, (_, r) in zip(texts, new)], processes=processes)
    for (d, r), res in zip(new, read):
        r.statements, r.new_entities = res.statements, res.new_entities
    one_entity_per_name([r for _, r in new], lex.entities.values(), ontology)
    with_short_forms([r for _, r in new], [res.mentions for res in read], lex.entities.values())
    corpus = _commit(seeds, lexicon_path, new, title, source, None if out is None else Path(out))
    if store is not None:
        # the seeds as validated are the seeds as they now are: no need to read them again
        add_documents(store, [r.stem for r in results], seeds, lexicon_path, corpus=corpus)
    return results


def one_entity_per_name(results: Sequence[IngestResult], known: Iterable[Entity] = (),
                        ontology: Ontology | None = None) -> None:
    """Give one entity to each new name of a batch, in place: a *known* (lexicon) entity's, else the
    first document's, in the batch's order; with *ontology*, also one entity to each identifier that
    new entities of related classes match exactly ("cell apoptosis" and "apoptosis", both GO:0006915;
    "TNF-alpha" and the lexicon's TNF), so that claims of different documents meet in paths.
    A claim of a thing about itself that this leaves is dropped.

    Each document is read on its own (on any core), so two can each make a new entity of one name
    ("Oxidative stress" in a title, "oxidative stress" in another abstract); the lexicon holds one
    entity per name (its id is one of its names), so the later documents' statements are pointed at
    the first one, and a new entity named as a lexicon entity is ("Tnf" in a mouse study, where the
    lexicon has TNF) is that entity.

    >>> a, b = Entity("Oxidative-stress", "Oxidative stress", "BiologicalProcess"), Entity("oxidative-stress", "oxidative stress", "BiologicalProcess")
    >>> x = Entity("exo", "exosome", "Exosome")
    >>> batch = [IngestResult("001", new_entities=[a]), IngestResult("002", new_entities=[b], statements=[Statement(x, "decreases", b, -1)])]
    >>> one_entity_per_name(batch)
    >>> [e.id for r in batch for e in r.new_entities], batch[1].statements[0].object.id
    (['Oxidative-stress'], 'Oxidative-stress')
    >>> tnf = Entity("Tnf", "Tnf", "GeneOrProtein")
    >>> batch = [IngestResult("003", new_entities=[tnf], statements=[Statement(x, "decreases", tnf, -1)])]
    >>> one_entity_per_name(batch, [Entity("TNF", "tumor necrosis factor", "CytokineOrGrowthFactor")])
    >>> batch[0].new_entities, batch[0].statements[0].object.label
    ([], 'tumor necrosis factor')
    >>> from kg.model import Xref
    >>> a, b = (Entity(i, i.replace("-", " "), "BiologicalProcess", xrefs=(Xref("GO:0006915"),)) for i in ("apoptosis", "cell-apoptosis"))
    >>> batch = [IngestResult("004", new_entities=[a]), IngestResult("005", new_entities=[b], statements=[Statement(x, "decreases", b, -1)])]
    >>> one_entity_per_name(batch, ontology=Ontology.load())
    >>> batch[1].new_entities, batch[1].statements[0].object.id
    ([], 'apoptosis')
    """
    def identifiers(e: Entity) -> list[str]:  # (marked apart from names)
        return sorted(f"@{x.curie}" for x in e.xrefs if x.match == "exact") if ontology is not None else []

    def related(a: Entity, b: Entity) -> bool:  # one identifier is one entity only within one kind of thing
        return a.type == b.type or ontology.is_a(a.type, b.type) or ontology.is_a(b.type, a.type)

    owner: dict[str, Entity] = {}
    for e in known:
        owner.update((k, e) for k in entity_names(e) + identifiers(e))
    for r in results:
        same: dict[str, Entity] = {}
        for e in r.new_entities:
            first = next((owner[n] for n in entity_names(e) if n in owner), None) or next(
                (owner[k] for k in identifiers(e) if k in owner and related(owner[k], e)), None)
            if first is None:
                owner.update((k, e) for k in entity_names(e) + identifiers(e) if k not in owner)
            elif first.id != e.id:
                same[e.id] = first
        if same:
            r.new_entities = [e for e in r.new_entities if e.id not in same]
            r.statements = [s2 for s in r.statements if (s2 := replace(s, subject=same.get(s.subject.id, s.subject),
                                                                       object=same.get(s.object.id, s.object))).subject.id != s2.object.id]


def with_short_forms(results: Sequence[IngestResult], mentions: Sequence[Sequence], known: Iterable[Entity] = ()) -> None:
    """Add to each new entity, as synonyms, the short forms its document defined for it ("hucMSC-Exos"), so
    that it can be asked for by the document's own words; a short form another entity already has as a
    name ("Exo" in two abstracts, for two kinds of vesicles) is left out rather than merging the two.

    >>> from types import SimpleNamespace as NS
    >>> a = Entity("hUC-exo", "hUC MSC exosome", "Exosome", provisional=True)
    >>> r = IngestResult("006", new_entities=[a])
    >>> with_short_forms([r], [[NS(text="hucMSC-Exos", entity=a, matched="abbreviation defined in the document")]])
    >>> r.new_entities[0].synonyms
    ('hucMSC-Exos',)
    """
    taken = {n for e in known for n in entity_names(e)} | {n for r in results for e in r.new_entities for n in entity_names(e)}
    for r, found in zip(results, mentions):
        short: dict[str, list[str]] = {}
        for m in found:
            if m.matched.startswith("abbreviation") and m.entity.provisional and normalize(m.text) not in taken:
                short.setdefault(m.entity.id, []).append(m.text)
                taken.add(normalize(m.text))
        r.new_entities = [replace(e, synonyms=tuple(sorted({*e.synonyms, *short[e.id]}))) if e.id in short else e
                          for e in r.new_entities]


def _files_for(d: _Doc, r: IngestResult, title: str | None, source: str | None) -> list[tuple[str, bytes]]:
    """(path relative to seeds/, bytes) of one document's files, the document itself last."""
    text = d.stored.decode("utf-8")
    suffix = ".md" if d.src.format == "markdown" and d.verbatim else ".txt"
    out: list[tuple[str, bytes]] = []
    if not d.verbatim:
        out.append((f"{ORIGINALS}/{r.stem}{d.path.suffix or '.orig'}", d.original))
    meta = {"title": title or _first_line(text), "kind": "ingested document", "source": source,
            "doi": None, "url": None, "authors": [], "year": None, "studies": []}
    out.append((f"{r.stem}{META_SUFFIX}", f"# Written by `kg ingest {d.path.name}`; edit freely.\n".encode() + _dump(meta)))
    out.append((f"{r.stem}{_READER_SUFFIX}", _reader_yaml(r.stem + suffix, r.statements)))
    out.append((f"{r.stem}{suffix}", d.stored))
    return out


def _reader_yaml(doc_name: str, statements: list[Statement]) -> bytes:
    rows = []
    for s in statements:
        ev = s.evidence[0]
        rows.append({"id": ev.annotation_id, "subject": s.subject.id, "predicate": s.predicate,
                     "object": s.object.id, "quote": ev.quote, "start": ev.start, "end": ev.end,
                     "status": ev.status, "confidence": ev.confidence})
    header = (f"# Machine-read statements for {doc_name}, proposed by kg/sources/reader (not curated).\n"
              "# A curated <stem>.ann.yaml entry for the same sentence replaces these at build time.\n")
    return header.encode() + _dump({"statements": rows})


def _commit(seeds: Path, lexicon_path: Path, new: list[tuple[_Doc, IngestResult]], title: str | None,
            source: str | None, out: Path | None) -> Corpus | None:
    """Stage, validate and rename the new documents into place; the validated corpus when it was read."""
    stage = seeds / STAGE
    shutil.rmtree(stage, ignore_errors=True)
    pairs: list[tuple[Path, Path]] = []  # (staged, final), in the order they are renamed
    reader_lex = lexicon_path.with_name(READER_LEXICON)
    entities = [e for _, r in new for e in r.new_entities]
    if entities:
        staged_lex = lexicon_path.with_name(_STAGED_LEXICON)
        write_atomic(staged_lex, _lexicon_with(reader_lex, entities, new))
        pairs.append((staged_lex, reader_lex))
    for d, r in new:
        for rel, data in _files_for(d, r, title, source):
            write_atomic(stage / rel, data)
            pairs.append((stage / rel, seeds / rel))
            r.written.append(seeds / rel)
        if entities:
            r.written.append(reader_lex)
    scratch = Path(tempfile.mkdtemp(prefix="kg-ingest-"))
    try:
        built, corpus = _validate(seeds, lexicon_path, pairs, scratch, out, [r.stem for _, r in new])
        _write_journal(seeds, pairs)
        _roll_forward(seeds, pairs)
        if out is not None:
            for name in sorted(built):  # validated above: the outputs of exactly these seeds
                if _same_fs(built[name], out):
                    os.replace(built[name], out / name)
                else:
                    write_atomic(out / name, built[name].read_bytes())
    except BaseException:
        if not (seeds / JOURNAL).exists():  # not committed: leave the seeds as they were
            shutil.rmtree(stage, ignore_errors=True)
            lexicon_path.with_name(_STAGED_LEXICON).unlink(missing_ok=True)
        raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return corpus


def _same_fs(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_dev == b.stat().st_dev
    except OSError:
        return False


def _validate(seeds: Path, lexicon_path: Path, pairs: list[tuple[Path, Path]], scratch: Path,
              out: Path | None, stems: Sequence[str]) -> tuple[dict[str, Path], Corpus | None]:
    """Read the seeds as they will be, in *scratch*, from links to the current and the staged files.

    Raises what reading or building raises (quotes, entities, SHACL shapes). Without *out*, the
    shapes are checked on the graph of the new documents *stems* alone and the corpus read is
    returned; with it, the whole graph is built into *scratch* and the outputs are returned.
    """
    view, onto = scratch / "seeds", scratch / "ontology"
    staged = {final: s for s, final in pairs}
    for folder, target in ((seeds, view), (lexicon_path.parent, onto)):
        target.mkdir()
        for p in folder.iterdir():
            if p.is_file() and not p.name.startswith("."):
                (target / p.name).symlink_to(p.resolve())
        if (folder / ORIGINALS).is_dir():
            (target / ORIGINALS).mkdir()
    for final, s in staged.items():
        dest = view / final.relative_to(seeds) if final.is_relative_to(seeds) else onto / final.name
        dest.unlink(missing_ok=True)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.symlink_to(s.resolve())
    built = scratch / "out"
    if out is None:
        corpus = load_corpus(view, lexicon=onto / lexicon_path.name)  # every document's quotes, old and new
        results = shacl(assemble(documents_part(corpus, stems)))
        if results:
            raise ValidationError("the new documents do not conform to ontology/shapes.ttl:\n"
                                  + "\n".join(f"  {r}" for r in results))
        return {}, corpus
    build(built, seeds=view, lexicon=onto / lexicon_path.name)
    return {p.name: p for p in built.iterdir() if p.is_file()}, None


def _write_journal(seeds: Path, pairs: list[tuple[Path, Path]]) -> None:
    entries = [{"staged": str(s.resolve()), "final": str(f.resolve())} for s, f in pairs]
    write_atomic(seeds / JOURNAL, (json.dumps({"rename": entries}, indent=1) + "\n").encode())
    _fsync_dir(seeds)


def _roll_forward(seeds: Path, pairs: list[tuple[Path, Path]]) -> None:
    for s, f in pairs:
        if s.exists():
            f.parent.mkdir(parents=True, exist_ok=True)
            os.replace(s, f)
            _fsync_dir(f.parent)
        elif not f.exists():
            raise OutputError(f"{relpath(seeds / JOURNAL)}: {relpath(s)} is gone and {relpath(f)} was never written; "
                              f"remove the journal and the files of that ingest by hand, then ingest again")
    (seeds / JOURNAL).unlink()
    _fsync_dir(seeds)
    shutil.rmtree(seeds / STAGE, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def repair(seeds: Path | str | None = None, lexicon: Path | str | None = None) -> list[str]:
    """Finish or undo an ingest that was stopped; returns what was done, one line each.

    A journal means the ingest had validated everything: its renames are finished. Staging
    without a journal means it had not: the staging is removed. An ingested document without its
    ``.reader.yaml`` (left by an older version's crash) is read again.

    >>> import tempfile; repair(Path(tempfile.mkdtemp()))
    []
    """
    seeds = Path(seeds) if seeds is not None else seeds_dir()
    lexicon_path = Path(lexicon) if lexicon is not None else ontology_dir() / "lexicon.yaml"
    done: list[str] = []
    journal = seeds / JOURNAL
    if journal.is_file():
        try:
            entries = json.loads(journal.read_text(encoding="utf-8"))["rename"]
            pairs = [(Path(e["staged"]), Path(e["final"])) for e in entries]
        except (ValueError, KeyError, TypeError) as exc:
            raise OutputError(f"{relpath(journal)}: unreadable ingest journal ({exc}); remove it and the files it "
                              "names by hand") from None
        _roll_forward(seeds, pairs)
        done.append(f"finished an interrupted ingest: {', '.join(relpath(f) for _, f in pairs)}")
        log.warning(done[-1])
    # temporary files of write_atomic that a kill left (".<name>.<random>.tmp")
    temps = [*seeds.glob(f".{JOURNAL}.*.tmp"), *lexicon_path.parent.glob(f".{READER_LEXICON}.*.tmp"),
             *lexicon_path.parent.glob(f".{_STAGED_LEXICON}.*.tmp")]
    for stale in (seeds / STAGE, lexicon_path.with_name(_STAGED_LEXICON), *temps):
        if stale.exists():
            shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
            done.append(f"removed {relpath(stale)}, left by an ingest stopped before it changed anything")
    half = [p for p in sorted(seeds.glob(f"*{META_SUFFIX}")) if _half_ingested(seeds, p)]
    if half:
        done += _reread(seeds, lexicon_path, half)
    return done


def _half_ingested(seeds: Path, meta: Path) -> bool:
    stem = meta.name[: -len(META_SUFFIX)]
    if (seeds / f"{stem}{_READER_SUFFIX}").exists() or (seeds / f"{stem}.ann.yaml").exists():
        return False
    try:
        data = yaml.safe_load(meta.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and data.get("kind") == "ingested document"


def _reread(seeds: Path, lexicon_path: Path, metas: list[Path]) -> list[str]:
    ontology = Ontology.load()
    lex = load_lexicon(ontology, lexicon_path)
    reader = Reader(lex, ontology)
    pairs: list[tuple[Path, Path]] = []
    entities: list[Entity] = []
    stage = seeds / STAGE
    done = []
    read: list[tuple[Path, IngestResult]] = []
    found = []
    for meta in metas:
        stem = meta.name[: -len(META_SUFFIX)]
        doc = next((seeds / f"{stem}{s}" for s in DOC_SUFFIXES if (seeds / f"{stem}{s}").is_file()), None)
        if doc is not None:
            res = reader.read(doc.read_text(encoding="utf-8"), stem)
            read.append((doc, IngestResult(stem, statements=res.statements, new_entities=res.new_entities)))
            found.append(res.mentions)
    one_entity_per_name([r for _, r in read], lex.entities.values(), ontology)
    with_short_forms([r for _, r in read], found, lex.entities.values())  # as a whole ingest would
    for doc, r in read:
        write_atomic(stage / f"{r.stem}{_READER_SUFFIX}", _reader_yaml(doc.name, r.statements))
        pairs.append((stage / f"{r.stem}{_READER_SUFFIX}", seeds / f"{r.stem}{_READER_SUFFIX}"))
        entities += r.new_entities
        done.append(f"read {relpath(doc)} again: it had been ingested without its statements")
    if entities:
        staged_lex = lexicon_path.with_name(_STAGED_LEXICON)
        write_atomic(staged_lex, _lexicon_with(lexicon_path.with_name(READER_LEXICON), entities, []))
        pairs.insert(0, (staged_lex, lexicon_path.with_name(READER_LEXICON)))
    if pairs:
        _write_journal(seeds, pairs)
        _roll_forward(seeds, pairs)
    return done


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return "untitled"


def _lexicon_with(path: Path, entities: list[Entity], new: list[tuple[_Doc, IngestResult]]) -> bytes:
    """The reader lexicon at *path* with *entities* added (each once; ids already there are kept)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    items = list((data or {}).get("entities") or [])
    have = {i.get("id") for i in items if isinstance(i, dict)}
    where = {e.id: r.stem for _, r in new for e in r.new_entities}
    for e in entities:
        if e.id in have:
            continue
        have.add(e.id)
        found = f"seeds/{where[e.id]}" if e.id in where else "a seed document"
        items.append({"id": e.id, "label": e.label, "type": e.type, "synonyms": list(e.synonyms),
                      "xrefs": [{"curie": x.curie, "match": x.match, "source": x.source or "reader"} for x in e.xrefs],
                      "note": f"provisional: found by the reader in {found}; check it and move it to lexicon.yaml"})
    head = ("# Provisional entities found by the reader (`kg ingest`); not curated. Check each one and move it\n"
            "# to lexicon.yaml (with xrefs) to make it permanent.\n")
    return head.encode() + _dump({"entities": items})
