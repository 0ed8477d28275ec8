"""Read seeds/: documents, their metadata sidecars and their annotations, into Statements.

Every quote is proved against the document text here, before anything is assembled, so a build
either has evidence that is verbatim at its offsets or stops with the file, line and statement.
"""
from __future__ import annotations

import dataclasses
import hashlib
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .. import yamlio
from ..errors import InvalidAnnotationError, InvalidDocumentError, Problem, QuoteMismatchError, UnknownEntityError
from ..files import relpath, seeds_dir
from ..lexicon import Lexicon, load_lexicon
from ..model import Document, Entity, Evidence, Readout, Statement, Study
from ..ontology import Ontology
from ..vocab import CONTEXT_KEYS, CONTEXT_TYPES, MODEL_SYSTEMS, STATUSES

log = logging.getLogger(__name__)

DOC_SUFFIXES = (".txt", ".md", ".html")
META_SUFFIX = ".meta.yaml"
#: What `kg ingest` leaves in a seeds folder while it works (kg.jobs.ingest): its journal of renames
#: and its staging folder. Either one after the ingest has ended means it was stopped.
INGEST_JOURNAL = ".ingest-journal.json"
INGEST_STAGE = ".ingest-stage"
#: Annotation files and the curation method their statements carry.
ANNOTATION_SUFFIXES = {".ann.yaml": "curated", ".reader.yaml": "machine-read"}
STATEMENT_FIELDS = {
    "id", "subject", "predicate", "object", "quote", "start", "end", "status",
    "context", "study", "readouts", "note", "confidence",
}  # fmt: skip
META_FIELDS = {"title", "kind", "source", "doi", "url", "authors", "year", "studies"}
STUDY_FIELDS = {"id", "authors", "year", "title", "journal", "doi"}


@dataclass
class Corpus:
    """Documents and the merged statements read from a seeds folder."""

    ontology: Ontology
    lexicon: Lexicon
    documents: dict[str, Document] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)


def documents_part(corpus: Corpus, stems: Iterable[str]) -> Corpus:
    """The part of *corpus* that the documents *stems* state: those documents, and the statements
    with evidence from them, each keeping only that evidence (as a store that lacks them must get it).

    >>> from kg.datasets import tiny_corpus
    >>> c = tiny_corpus(); part = documents_part(c, ["m01"])
    >>> len(part.statements) == len(c.statements), len(documents_part(c, []).statements)
    (True, 0)
    """
    wanted = set(stems)
    statements = [dataclasses.replace(s, evidence=tuple(e for e in s.evidence if e.document in wanted))
                  for s in corpus.statements if any(e.document in wanted for e in s.evidence)]
    return Corpus(corpus.ontology, corpus.lexicon, {d: corpus.documents[d] for d in sorted(wanted)}, statements)


def read_text(path: Path) -> str:
    """A document's text, decoded as UTF-8 with line endings untouched (offsets depend on them).

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "d.txt"; _ = p.write_bytes(b"a\\r\\nb")
    >>> read_text(p)
    'a\\r\\nb'
    """
    name = relpath(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidDocumentError(Problem(name, None, "document not found")) from None
    except OSError as exc:
        raise InvalidDocumentError(Problem(name, None, f"cannot read: {exc.strerror}")) from None
    if b"\x00" in data[:8192]:
        raise InvalidDocumentError(Problem(name, None, "looks binary (NUL bytes); give a text file"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InvalidDocumentError(
            Problem(name, line, f"not UTF-8 (byte {exc.start}); convert it, e.g. iconv -t UTF-8")
        ) from None
    if not text.strip():
        raise InvalidDocumentError(Problem(name, None, "document is empty"))
    return text


def stem_of(path: Path) -> str:
    """The document stem a seeds file belongs to.

    >>> stem_of(Path("seeds/000_ab.meta.yaml")), stem_of(Path("seeds/000_ab.txt"))
    ('000_ab', '000_ab')
    """
    name = path.name
    for suffix in (META_SUFFIX, *ANNOTATION_SUFFIXES, *DOC_SUFFIXES):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def find_document(folder: Path, stem: str) -> Path | None:
    """The document file of *stem* in *folder*, whatever its text suffix.

    >>> from kg.datasets import tiny_folder
    >>> find_document(tiny_folder(), "m01").name
    'm01.txt'
    """
    for suffix in DOC_SUFFIXES:
        p = folder / f"{stem}{suffix}"
        if p.is_file():
            return p
    return None


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


def read_meta(path: Path, stem: str, text: str) -> Document:
    """Read a metadata sidecar into a Document (problems raise InvalidAnnotationError)."""
    name = relpath(path)
    data = yamlio.load(path)
    if not isinstance(data, Mapping):
        raise InvalidAnnotationError(Problem(name, 1, "expected a mapping with title, kind, source, studies"))
    problems = []
    extra = set(data) - META_FIELDS
    if extra:
        problems.append(Problem(name, data.line, f"unknown field(s) {sorted(extra)}; allowed: {sorted(META_FIELDS)}"))
    studies = []
    seen: set[str] = set()
    for st in data.get("studies") or []:
        line = getattr(st, "line", data.line_of("studies"))
        if not isinstance(st, Mapping) or not st.get("id"):
            problems.append(Problem(name, line, "each study needs an 'id'"))
            continue
        if set(st) - STUDY_FIELDS:
            problems.append(Problem(name, line, f"unknown study field(s) {sorted(set(st) - STUDY_FIELDS)}"))
        if st["id"] in seen:
            problems.append(Problem(name, line, f"duplicate study id {st['id']!r}"))
            continue
        seen.add(st["id"])
        year = st.get("year")
        if year is not None and not isinstance(year, int):
            problems.append(Problem(name, st.line_of("year"), f"study {st['id']}: year must be a number"))
            year = None
        studies.append(
            Study(
                str(st["id"]),
                _opt_str(st.get("authors")),
                year,
                _opt_str(st.get("title")),
                _opt_str(st.get("journal")),
                _opt_str(st.get("doi")),
            )
        )
    if problems:
        raise InvalidAnnotationError(problems)
    authors = data.get("authors") or []
    return Document(
        stem=stem,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        title=_opt_str(data.get("title")),
        kind=_opt_str(data.get("kind")),
        source=_opt_str(data.get("source")),
        doi=_opt_str(data.get("doi")),
        url=_opt_str(data.get("url")),
        authors=tuple(str(a) for a in (authors if isinstance(authors, list) else [authors])),
        year=data.get("year") if isinstance(data.get("year"), int) else None,
        studies=tuple(studies),
    )


def _quote_hint(text: str, quote: str) -> str:
    hits = []
    i = text.find(quote)
    while i != -1 and len(hits) < 3:
        hits.append(f"{i}-{i + len(quote)}")
        i = text.find(quote, i + 1)
    if hits:
        return f"; the quote occurs at {', '.join(hits)}"
    return "; the quote does not occur anywhere in the document (check spelling, quotes and dashes)"


def _entity(
    ann: Mapping, key: str, lexicon: Lexicon, where: tuple[str, int], problems: list[Problem]
) -> Entity | None:
    name, line = where
    value = ann.get(key)
    if not isinstance(value, str) or not value:
        problems.append(Problem(name, line, f"statement {ann.get('id')}: '{key}' must be an entity id"))
        return None
    entity = lexicon.get(value)
    if entity is None:
        err = UnknownEntityError(value, lexicon.suggest(value))
        problems.append(
            Problem(name, line, f"statement {ann.get('id')}: {err}; add it to ontology/lexicon.yaml or fix the id")
        )
    return entity


def read_annotations(
    path: Path, doc: Document, ontology: Ontology, lexicon: Lexicon, curation: str
) -> list[tuple[Statement, int]]:
    """Read one annotation file into single-evidence statements, with each entry's line.

    Collects every problem in the file before raising, so one run shows them all.
    """
    name = relpath(path)
    data = yamlio.load(path)
    if not isinstance(data, Mapping) or not isinstance(data.get("statements"), list):
        raise InvalidAnnotationError(Problem(name, 1, "expected a top-level 'statements:' list"))
    problems: list[Problem] = []
    mismatches: list[Problem] = []
    out: list[tuple[Statement, int]] = []
    seen: dict[str, int] = {}
    for ann in data["statements"]:
        line = getattr(ann, "line", data.line_of("statements"))
        if not isinstance(ann, Mapping):
            problems.append(Problem(name, line, "each statement must be a mapping"))
            continue
        sid = ann.get("id")
        if not isinstance(sid, str) or not sid:
            problems.append(Problem(name, line, "statement without an 'id'"))
            continue
        if sid in seen:
            problems.append(Problem(name, line, f"duplicate statement id {sid!r} (first on line {seen[sid]})"))
            continue
        seen[sid] = line
        extra = set(ann) - STATEMENT_FIELDS
        if extra:
            problems.append(Problem(name, line, f"statement {sid}: unknown field(s) {sorted(extra)}"))
        n_before = len(problems)
        subject = _entity(ann, "subject", lexicon, (name, ann.line_of("subject")), problems)
        obj = _entity(ann, "object", lexicon, (name, ann.line_of("object")), problems)
        predicate = ann.get("predicate")
        if predicate not in ontology.curatable_relations:
            problems.append(
                Problem(
                    name,
                    ann.line_of("predicate"),
                    f"statement {sid}: unknown relation {predicate!r}; use one of {', '.join(ontology.curatable_relations)}",
                )
            )
        status = ann.get("status", "finding")
        if status not in STATUSES:
            problems.append(
                Problem(name, ann.line_of("status"), f"statement {sid}: status {status!r} must be one of {', '.join(STATUSES)}")
            )
        quote, start, end = ann.get("quote"), ann.get("start"), ann.get("end")
        if not isinstance(quote, str) or not quote:
            problems.append(Problem(name, ann.line_of("quote"), f"statement {sid}: needs a non-empty 'quote'"))
        elif not isinstance(start, int) or not isinstance(end, int):
            problems.append(
                Problem(name, ann.line_of("start"), f"statement {sid}: 'start' and 'end' must be integers (run `kg locate {doc.stem}` to fill them)")
            )
        elif not 0 <= start <= end <= len(doc.text):
            # Python would slice negative offsets from the end, and a quote could still match there
            problems.append(Problem(
                name, ann.line_of("start"), f"statement {sid}: offsets {start}-{end} are outside {doc.stem} "
                f"(0 to {len(doc.text)}); run `kg locate {doc.stem}` to find the quote's offsets"))
        elif doc.text[start:end] != quote or end - start != len(quote):
            mismatches.append(
                Problem(
                    name,
                    ann.line_of("quote"),
                    f"statement {sid}: quote {quote!r} is not the text at {start}-{end} of {doc.stem}"
                    f" (found {doc.text[start:end]!r}){_quote_hint(doc.text, quote)}",
                )
            )
        context = ann.get("context") or {}
        ctx: dict[str, str] = {}
        if not isinstance(context, Mapping):
            problems.append(Problem(name, ann.line_of("context"), f"statement {sid}: context must be a mapping"))
            context = {}
        for key, value in context.items():
            cline = context.line_of(key)
            if key not in CONTEXT_KEYS:
                problems.append(Problem(name, cline, f"statement {sid}: unknown context {key!r}; use {', '.join(CONTEXT_KEYS)}"))
                continue
            if key == "model":
                if value not in MODEL_SYSTEMS:
                    problems.append(Problem(name, cline, f"statement {sid}: model {value!r} must be one of {', '.join(MODEL_SYSTEMS)}"))
                else:
                    ctx[key] = value
                continue
            ent = _entity(context, key, lexicon, (name, cline), problems) if value else None
            if ent is not None:
                if not any(ontology.is_a(ent.type, t) for t in CONTEXT_TYPES[key]):
                    problems.append(
                        Problem(name, cline, f"statement {sid}: context {key} needs an entity of type {' or '.join(CONTEXT_TYPES[key])}, but {ent.id} is a {ent.type}")
                    )
                ctx[key] = ent.id
        study = ann.get("study")
        if study is not None and doc.study(str(study)) is None:
            known = ", ".join(s.id for s in doc.studies) or "none"
            problems.append(
                Problem(name, ann.line_of("study"), f"statement {sid}: study {study!r} is not in {doc.stem}{META_SUFFIX} (known: {known})")
            )
        readouts = []
        for r in ann.get("readouts") or []:
            rl = getattr(r, "line", line)
            if not isinstance(r, Mapping) or not r.get("measure") or not r.get("value"):
                problems.append(Problem(name, rl, f"statement {sid}: a readout needs 'measure' and 'value'"))
                continue
            value = str(r["value"])
            if isinstance(quote, str) and value not in quote:
                problems.append(Problem(name, rl, f"statement {sid}: readout value {value!r} is not in the quote"))
            readouts.append(Readout(str(r["measure"]), value, _opt_str(r.get("comparator"))))
        confidence = ann.get("confidence")
        if len(problems) > n_before or subject is None or obj is None:
            continue
        if predicate not in ontology.relations or not isinstance(start, int) or not isinstance(end, int):
            continue
        ev = Evidence(
            document=doc.stem,
            quote=quote,
            start=start,
            end=end,
            status=status,
            annotation_id=sid,
            organism=ctx.get("organism"),
            cell=ctx.get("cell"),
            disease=ctx.get("disease"),
            site=ctx.get("site"),
            condition=ctx.get("condition"),
            model=ctx.get("model"),
            study=_opt_str(study),
            readouts=tuple(readouts),
            curation=curation,
            confidence=float(confidence) if confidence is not None else None,
            note=_opt_str(ann.get("note")),
        )
        out.append((Statement(subject, predicate, obj, ontology.relations[predicate].sign, (ev,)), line))
    if mismatches and not problems:
        raise QuoteMismatchError(mismatches)
    if problems or mismatches:
        raise InvalidAnnotationError(problems + mismatches)
    return out


def merge(statements: list[Statement]) -> list[Statement]:
    """One statement per key with all its evidence, in a stable order.

    >>> a = Entity("a", "a", "Molecule"); b = Entity("b", "b", "Molecule")
    >>> s1 = Statement(a, "increases", b, 1, (Evidence("d2", "q", 0, 1),))
    >>> s2 = Statement(a, "increases", b, 1, (Evidence("d1", "q", 5, 6),))
    >>> [e.document for e in merge([s1, s2])[0].evidence]
    ['d1', 'd2']
    """
    grouped: dict[tuple[str, str, str], list[Statement]] = {}
    for s in statements:
        grouped.setdefault(s.key(), []).append(s)
    out = []
    for key in sorted(grouped):
        group = grouped[key]
        evidence = sorted(
            {e for s in group for e in s.evidence},
            key=lambda e: (e.document, e.start, e.end, e.annotation_id, e.curation),
        )
        first = group[0]
        out.append(Statement(first.subject, first.predicate, first.object, first.sign, tuple(evidence)))
    return out


def prefer_curated(statements: list[Statement]) -> list[Statement]:
    """Drop machine-read evidence wherever curated evidence covers the same passage.

    A curator who annotated a sentence has said everything it claims; the reader's proposals for
    that sentence would only add noise or contradict the person.

    >>> a = Entity("a", "a", "Molecule")
    >>> cur = Statement(a, "increases", a, 1, (Evidence("d", "a up", 0, 4),))
    >>> mr = Statement(a, "decreases", a, -1, (Evidence("d", "a up", 0, 4, curation="machine-read"),))
    >>> [s.predicate for s in prefer_curated([cur, mr])]
    ['increases']
    """
    curated_spans: dict[str, list[tuple[int, int]]] = {}
    for s in statements:
        for e in s.evidence:
            if e.curation == "curated":
                curated_spans.setdefault(e.document, []).append((e.start, e.end))

    def covered(e: Evidence) -> bool:
        return any(a < e.end and e.start < b for a, b in curated_spans.get(e.document, ()))

    out = []
    for s in statements:
        kept = tuple(e for e in s.evidence if e.curation == "curated" or not covered(e))
        if kept:
            out.append(Statement(s.subject, s.predicate, s.object, s.sign, kept))
    return out


def load_corpus(
    folder: Path | None = None,
    ontology: Ontology | None = None,
    lexicon: Lexicon | Path | None = None,
) -> Corpus:
    """Read every document, metadata sidecar and annotation file in *folder* (default seeds/).

    *lexicon* is a Lexicon or the path of a lexicon file (default ``ontology/lexicon.yaml``).

    >>> from kg.datasets import tiny_folder, tiny_lexicon_path
    >>> c = load_corpus(tiny_folder(), lexicon=tiny_lexicon_path())
    >>> len(c.documents)
    1
    >>> all(c.documents[e.document].text[e.start:e.end] == e.quote
    ...     for s in c.statements for e in s.evidence)
    True
    """
    folder = Path(folder) if folder is not None else seeds_dir()
    if not folder.is_dir():
        raise InvalidDocumentError(Problem(relpath(folder), None, "seeds folder not found; pass --seeds DIR"))
    # A journal means an ingest was stopped while renaming its files into place: some are there,
    # some not. Staging alone means it was stopped before it changed anything (the seeds are whole).
    if (folder / INGEST_JOURNAL).exists():
        raise InvalidDocumentError(Problem(
            relpath(folder / INGEST_JOURNAL), None,
            "an ingest into this seeds folder was stopped midway; run `kg ingest --repair` (it finishes "
            "that ingest), then build again"))
    if (folder / INGEST_STAGE).exists():
        log.warning("%s: left by an ingest stopped before it changed anything; `kg ingest --repair` removes it",
                    relpath(folder / INGEST_STAGE))
    ontology = ontology or Ontology.load()
    if not isinstance(lexicon, Lexicon):
        lexicon = load_lexicon(ontology, Path(lexicon) if lexicon is not None else None)
    corpus = Corpus(ontology, lexicon)
    problems: list[Problem] = []
    quote_problems: list[Problem] = []
    stems = sorted({stem_of(p) for p in folder.iterdir() if p.is_file() and _is_seed_file(p)})
    if not stems:  # a mistyped or wrong folder would otherwise give an empty graph without a word
        raise InvalidDocumentError(Problem(
            relpath(folder), None, "no documents here (a seeds folder holds NAME.txt with NAME.meta.yaml, see "
            "seeds/README.md); pass the right folder, or add a document with `kg ingest FILE`"))
    raw: list[Statement] = []
    for stem in stems:
        doc_path = find_document(folder, stem)
        if doc_path is None:
            problems.append(
                Problem(relpath(folder / stem), None, f"annotations or metadata for {stem!r} but no document {stem}.txt; restore the document or remove its sidecars")
            )
            continue
        meta_path = folder / f"{stem}{META_SUFFIX}"
        try:
            text = read_text(doc_path)
            if not meta_path.is_file():
                problems.append(Problem(relpath(meta_path), None, "metadata sidecar missing; every document needs one (see seeds/README.md)"))
                continue
            doc = read_meta(meta_path, stem, text)
        except (InvalidDocumentError, InvalidAnnotationError) as exc:
            problems.extend(exc.problems)
            continue
        corpus.documents[stem] = doc
        for suffix, curation in ANNOTATION_SUFFIXES.items():
            ann_path = folder / f"{stem}{suffix}"
            if not ann_path.is_file():
                continue
            try:
                raw.extend(s for s, _ in read_annotations(ann_path, doc, corpus.ontology, lexicon, curation))
            except QuoteMismatchError as exc:
                quote_problems.extend(exc.problems)
            except InvalidAnnotationError as exc:
                problems.extend(exc.problems)
    if quote_problems and not problems:
        raise QuoteMismatchError(quote_problems)
    if problems or quote_problems:
        raise InvalidAnnotationError(problems + quote_problems)
    corpus.statements = merge(prefer_curated(raw))
    log.info("read %d documents, %d statements", len(corpus.documents), len(corpus.statements))
    return corpus


def _is_seed_file(p: Path) -> bool:
    name = p.name
    if name == "README.md":
        return False
    return name.endswith((META_SUFFIX, *ANNOTATION_SUFFIXES, *DOC_SUFFIXES))
