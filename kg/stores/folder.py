"""The persistent store: an Oxigraph database on disk, a manifest, and the model's tables.

A store folder holds::

    manifest.json           format name and version, the current data folder, its generation
    data-<generation>/      Oxigraph's RocksDB files
    tables-<generation>/    the model's tables (JSON and .npy files, see kg/tables.py)

Every change (``kg build --store``, ``kg load``) writes a new data folder (a hard-linked
checkpoint of the old one plus the new triples), then swaps ``manifest.json`` with one atomic
rename. A load that fails or is killed before the swap leaves the store as it was; its leftovers
are swept up by the next change. Opening reads the manifest, opens the data read-only (so
several processes can read at once) and loads the tables saved for that generation, so a large
store opens without reading its model back from the triples.

A store without saved tables reads them on its first open. When it was made by one ``kg load`` of
N-Triples files, the manifest lists them with a digest per chunk, and the first open reads the
files (on two cores when they are large) instead of decoding every triple out of RocksDB, which is
several times slower; a file moved, edited or not matching the store sends it back to the store.

The tables are data (JSON, and numpy arrays loaded with ``allow_pickle=False``): a folder someone
gives you cannot run code when it is opened. Tables that are missing, damaged or of another
version are read again from the store and saved anew.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Sequence, TypeVar

import pyoxigraph
from rdflib import Graph

from ..errors import InvalidDocumentError, Problem, StoreError
from ..files import relpath, write_atomic
from ..ontology import Ontology
from ..rdf.from_rdf import DCT, OWL, RDF_TYPE, RDFS_LABEL, SKOS, paused_gc, read_documents, read_tables
from ..rdf import ntriples
from ..tables import Tables, entity_id
from ..vocab import EXO
from .oxigraph import OxigraphStore, rdf_format

if TYPE_CHECKING:
    from ..core import GraphData

    G = TypeVar("G", bound=GraphData)

log = logging.getLogger(__name__)

FORMAT = "exokg-store"
#: Bump when the folder layout or the Oxigraph major version changes.
FORMAT_VERSION = 1
MANIFEST = "manifest.json"


@dataclass
class Manifest:
    """What ``manifest.json`` records about a store folder."""

    generation: str
    triples: int
    prefixes: dict[str, str] = field(default_factory=dict)
    format: str = FORMAT
    version: int = FORMAT_VERSION
    engine: str = "oxigraph"
    pyoxigraph: str = ""
    sources: list[str] = field(default_factory=list)
    #: When the store holds exactly the triples of N-Triples files: each file's path, size and a
    #: SHA-256 per chunk, so a first open can read the tables from the files (see :func:`open_graph`).
    files: list[dict] = field(default_factory=list)

    @property
    def data(self) -> str:
        return f"data-{self.generation}"

    @property
    def cache(self) -> str:
        return f"tables-{self.generation}"


def is_store(folder: Path | str) -> bool:
    """Whether *folder* looks like a persisted store (it has a manifest).

    >>> is_store("/nonexistent")
    False
    """
    return (Path(folder) / MANIFEST).is_file()


def read_manifest(folder: Path | str) -> Manifest:
    """The manifest of a store folder; StoreError when missing, damaged or of another version.

    >>> read_manifest("/nonexistent")
    Traceback (most recent call last):
    kg.errors.StoreError: /nonexistent is not a kg store (no manifest.json); create one with `kg build --store /nonexistent`
    """
    folder = Path(folder)
    path = folder / MANIFEST
    if not path.is_file():
        raise StoreError(f"{relpath(folder)} is not a kg store (no {MANIFEST}); create one with `kg build --store {relpath(folder)}`")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except (OSError, ValueError) as exc:
        raise StoreError(f"{relpath(path)} is damaged ({exc}); rebuild the store with `kg build --store {relpath(folder)}`") from None
    if raw.get("format") != FORMAT:
        raise StoreError(f"{relpath(folder)} is not a kg store ({MANIFEST} says format {raw.get('format')!r}, expected {FORMAT!r})")
    if raw.get("version") != FORMAT_VERSION:
        raise StoreError(
            f"{relpath(folder)} was written in store format version {raw.get('version')}; this version of kg reads "
            f"version {FORMAT_VERSION}. Rebuild it with `kg build --store {relpath(folder)}` (and `kg load` your extra files again)"
        )
    known = set(Manifest.__dataclass_fields__)
    try:
        return Manifest(**{k: v for k, v in raw.items() if k in known})
    except TypeError as exc:
        raise StoreError(f"{relpath(path)} is damaged ({exc}); rebuild the store") from None


def _write_manifest(folder: Path, m: Manifest) -> None:
    write_atomic(folder / MANIFEST, (json.dumps(asdict(m), indent=2, sort_keys=True) + "\n").encode("utf-8"))


def _sweep(folder: Path, keep: Manifest | None) -> None:
    """Remove data folders and caches of other generations (left by earlier changes or a killed load)."""
    for p in folder.iterdir():
        if keep is not None and p.name in (keep.data, keep.cache):
            continue
        # model-*.pickle: the cache of versions before 0.2, removed unread (unpickling runs code)
        if p.name.startswith(("data-", "model-", "tables-", ".data-", ".tables-")):
            log.debug("removing stale %s", p)
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def _check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{relpath(folder)} is a file; --store needs a folder")
    if folder.is_dir() and any(folder.iterdir()) and not is_store(folder):
        raise StoreError(f"{relpath(folder)} is a non-empty folder that is not a kg store; choose an empty or new folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create {relpath(folder)}: {exc.strerror or exc}") from None


def _commit(folder: Path, store: OxigraphStore, generation: str, sources: list[str], prefixes: dict[str, str],
            files: list[dict] | None = None, triples: int | None = None) -> Manifest:
    store.flush()
    m = Manifest(generation, len(store) if triples is None else triples, prefixes, pyoxigraph=pyoxigraph.__version__, sources=sources, files=files or [])
    _write_manifest(folder, m)  # the swap: one atomic rename makes the new data current
    return m


def create(folder: Path | str, graph: Graph) -> Manifest:
    """Write *graph* as the whole content of the store in *folder* (replacing what was there).

    >>> import tempfile; from rdflib import URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> create(Path(tempfile.mkdtemp()) / "store", g).triples
    1
    """
    folder = Path(folder)
    _check_folder(folder)
    old = read_manifest(folder) if is_store(folder) else None
    generation = uuid.uuid4().hex[:12]
    store = OxigraphStore(folder / f"data-{generation}")
    try:
        store.add_graph(graph)
        m = _commit(folder, store, generation, [], store.prefixes)
    except BaseException:
        del store
        shutil.rmtree(folder / f"data-{generation}", ignore_errors=True)
        raise
    _sweep(folder, m)
    log.info("wrote store %s: %d triples (replacing %s)", folder, m.triples, old.generation if old else "nothing")
    return m


def load_files(folder: Path | str, files: Sequence[Path | str],
               progress: Callable[[Path, int, int], None] | None = None, *,
               remove: Sequence[tuple[str, str, str]] = (), sources: Sequence[str] | None = None) -> Manifest:
    """Add RDF *files* to the store in *folder* (created when missing), all or nothing.

    The current data is checkpointed (hard links, so it is cheap), the files are bulk-loaded into
    the checkpoint, and only when every file loaded does the manifest point at it. A malformed file
    raises InvalidDocumentError naming the file and line; *progress* gets (file, bytes read, size).
    When the store's tables are saved, the files' own model is read and added to them, so the next
    open does not read the whole store again (a store without saved tables reads it then).
    *remove* lists (subject, predicate, object) IRIs taken out of the default graph in the same
    step (a value the files replace); *sources* names what the files came from in the manifest
    (default: the files' own paths).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); f = d / "x.nt"
    >>> _ = f.write_text('<urn:a> <urn:p> "1" .\\n')
    >>> load_files(d / "store", [f]).triples
    1
    """
    folder = Path(folder)
    paths = [Path(f) for f in files]
    for p in paths:
        if not p.is_file():
            raise InvalidDocumentError(Problem(relpath(p), None, "no such file"))
        rdf_format(p)  # an unknown suffix fails before any work
    _check_folder(folder)
    old = read_manifest(folder) if is_store(folder) else None
    generation = uuid.uuid4().hex[:12]
    target = folder / f"data-{generation}"
    prefixes = dict(old.prefixes) if old else {}
    # A new store made of N-Triples files: each file's digest is taken (on a thread, while Oxigraph
    # loads on another) so that the first open can read the tables from the files themselves.
    pool = ThreadPoolExecutor(1) if old is None and not remove and all(
        rdf_format(p) == pyoxigraph.RdfFormat.N_TRIPLES for p in paths) else None
    digests = pool.submit(_describe, paths) if pool is not None else None
    try:
        if old is not None:
            OxigraphStore(folder / old.data, read_only=True).oxigraph.backup(str(target))
        store = OxigraphStore(target, prefixes=prefixes)
        # A small addition to a store is counted as it goes in (counting the whole store after it
        # costs a scan: 0.4 s at a million triples, 3.5 s at ten), from the files read into memory
        # once, for the count and the saved tables' update.
        added = _in_memory(paths) if old is not None else None
        triples = _count_after(store, old, added, remove) if added is not None else None
        store.remove_triples(remove)
        for p in paths:
            size = p.stat().st_size
            done = 0

            def report(n: int, p: Path = p, size: int = size) -> None:
                nonlocal done
                done += n
                if progress is not None:
                    progress(p, done, size)

            try:
                # Without a progress callback Oxigraph reads the file itself (no Python in the loop).
                store.load(p, progress=report if progress is not None else None)
            except SyntaxError as exc:
                line = exc.lineno if isinstance(exc.lineno, int) else None
                raise InvalidDocumentError(Problem(relpath(p), line, f"malformed RDF, nothing was loaded: {exc.msg}")) from None
            except (ValueError, OSError) as exc:
                raise InvalidDocumentError(Problem(relpath(p), None, f"cannot load: {exc}; nothing was loaded")) from None
            log.info("loaded %s", p)
        sources = (old.sources if old else []) + (list(sources) if sources is not None
                                                  else [str(p.resolve()) for p in paths])
        m = _commit(folder, store, generation, sources, store.prefixes, _result(digests), triples)
    except BaseException:
        store = None  # noqa: F841 - drop RocksDB's handle before removing its folder
        shutil.rmtree(target, ignore_errors=True)
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
    if old is not None and (folder / old.cache).is_dir():
        _update_tables(folder, old, m, paths, store, added)
    _sweep(folder, m)
    return m


#: Additions up to this size are counted triple by triple (see _count_after).
COUNT_BYTES = 16 << 20


def _in_memory(paths: Sequence[Path]) -> OxigraphStore | None:
    """The files loaded into an in-memory store, or None when they are large or cannot be read
    (the bulk load reports that)."""
    if sum(p.stat().st_size for p in paths) > COUNT_BYTES:
        return None
    try:
        return _memory_store(paths)
    except (SyntaxError, ValueError, OSError, StoreError):
        return None


def _memory_store(paths: Sequence[Path]) -> OxigraphStore:
    """The files loaded into a new in-memory store (their errors raise)."""
    store = OxigraphStore()
    for p in paths:
        store.load(p)
    return store


def _count_after(store: OxigraphStore, old: Manifest, added: OxigraphStore,
                 remove: Sequence[tuple[str, str, str]]) -> int | None:
    """How many triples *store* (a copy of *old*'s) will hold once *remove* is taken out and the
    triples of *added* (the files, in memory) are loaded, or None to count it afterwards (blank
    nodes). In memory, a triple written twice, or as ``"01"`` beside ``"1"`` of the same datatype,
    is already one, as the store will keep it.
    """
    full = store.oxigraph
    gone = {pyoxigraph.Quad(pyoxigraph.NamedNode(s), pyoxigraph.NamedNode(p), pyoxigraph.NamedNode(o), pyoxigraph.DefaultGraph())
            for s, p, o in remove}
    gone = {q for q in gone if q in full}
    new = 0
    for q in added.oxigraph:
        if isinstance(q.subject, pyoxigraph.BlankNode) or isinstance(q.object, pyoxigraph.BlankNode):
            return None  # the store names blank nodes its own way
        new += q not in full or q in gone
    return old.triples - len(gone) + new


def _update_tables(folder: Path, old: Manifest, new: Manifest, paths: Sequence[Path], store: OxigraphStore,
                   added: OxigraphStore | None) -> None:
    """Save the tables of generation *new*: those of *old* with the model of the loaded files added.

    The files are read from *added*, the in-memory store of them the load made (else read into one
    here; they were just parsed without error), so the work grows with what was loaded, not with
    the store. A known entity the files describe
    (a new synonym, label, type, note or cross-reference) is read whole from *store*, the store
    after the load: the newer tables' entity replaces the older, so it must hold all of it.
    """
    try:
        onto = Ontology.load()
        before = Tables.load(folder / old.cache)
        if added is None:
            added = _memory_store(paths)
        if not _describe_known(added, store, before, onto):
            return
        extra = read_tables(added, onto, known=before)
        save_tables(folder, new, before.merged(extra, onto))
    except (StoreError, OSError, ValueError, SyntaxError) as exc:  # the next open reads the whole store
        log.warning("could not add the loaded files to the saved tables (%s); they are read again on open", exc)


#: What describes an entity (kg.rdf.from_rdf reads these; cross-references are axiom nodes that
#: name the entity as their owl:annotatedSource).
_DESCRIPTION = (RDF_TYPE, RDFS_LABEL, SKOS + "altLabel", str(EXO.note))
#: What a cross-reference axiom says besides its source (kg.rdf.from_rdf._read_entities).
_AXIOM = (OWL + "annotatedProperty", DCT + "identifier", str(EXO.xrefLabel), DCT + "source", str(EXO.xrefStatus))


def _describe_known(added: OxigraphStore, store: OxigraphStore, known: Tables, onto: Ontology) -> bool:
    """Copy into *added* every description triple *store* holds about the known entities *added*
    describes (the triples of their cross-reference axioms included, also when *added* only adds
    to an axiom). False when that cannot make the update whole: *added* types as an entity a node
    the store already says more about (an earlier load named it untyped, so statements about it
    may have been set aside); the caller then leaves the tables to be read again.
    """
    ids = set(known.entities.ids)
    full = store.oxigraph
    source = pyoxigraph.NamedNode(OWL + "annotatedSource")
    touched = {s for p in _DESCRIPTION for s, _, _ in added.pairs(p)}
    touched |= {o for _, o, _ in added.pairs(OWL + "annotatedSource")}
    for axiom in {s for p in _AXIOM for s, _, _ in added.pairs(p)}:  # an axiom given a label, say
        touched |= {q.object.value for q in full.quads_for_pattern(pyoxigraph.NamedNode(axiom), source, None, None)
                    if isinstance(q.object, pyoxigraph.NamedNode)}

    classes = {str(EXO[c]) for c in onto.entity_classes}
    for iri in {s for s, o, _ in added.pairs(RDF_TYPE) if o in classes and entity_id(s) not in ids}:
        node = pyoxigraph.NamedNode(iri)
        mine = set(added.oxigraph.quads_for_pattern(node, None, None, None)) | set(added.oxigraph.quads_for_pattern(None, None, node, None))
        if any(q not in mine for q in full.quads_for_pattern(node, None, None, None)) or \
                any(q not in mine for q in full.quads_for_pattern(None, None, node, None)):
            log.info("%s was named before it was typed; the tables are read again on open", iri)
            return False
    quads: list = []
    for iri in sorted(i for i in touched if entity_id(i) in ids):
        node = pyoxigraph.NamedNode(iri)
        for p in _DESCRIPTION:
            quads += full.quads_for_pattern(node, pyoxigraph.NamedNode(p), None, None)
        for axiom in full.quads_for_pattern(None, source, node, None):
            quads += full.quads_for_pattern(axiom.subject, None, None, None)
    if quads:
        added.oxigraph.extend(quads)
    return True


def open_store(folder: Path | str, read_only: bool = True, timeout: float | None = None) -> OxigraphStore:
    """The Oxigraph store of a store folder (read-only unless asked, so readers can share it).

    >>> import tempfile; from rdflib import URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), URIRef("urn:b")))
    >>> d = Path(tempfile.mkdtemp()) / "s"; _ = create(d, g)
    >>> s = open_store(d); s.read_only, len(s)
    (True, 1)
    """
    folder = Path(folder)
    m = read_manifest(folder)
    if not (folder / m.data).is_dir():
        raise StoreError(f"{relpath(folder)} is damaged: its data folder {m.data} is missing; rebuild the store")
    return OxigraphStore(folder / m.data, read_only=read_only, timeout=timeout, prefixes=m.prefixes)


def open_graph(folder: Path | str, graph_class: type["G"], timeout: float | None = None) -> "G":
    """Open a persisted store as a *graph_class* (a GraphData), using (or writing) its saved tables.

    >>> import tempfile; from kg.datasets import tiny_corpus; from kg.rdf.assemble import assemble
    >>> from kg.core import GraphData
    >>> d = Path(tempfile.mkdtemp()) / "s"
    >>> _ = create(d, assemble(tiny_corpus()))
    >>> g = open_graph(d, GraphData); g.store.name, len(g.statements())
    ('oxigraph', 5)
    >>> (d / read_manifest(d).cache / "tables.json").is_file()
    True
    """
    folder = Path(folder)
    m = read_manifest(folder)
    store = open_store(folder, timeout=timeout)
    onto = Ontology.load()
    cache = folder / m.cache
    if cache.is_dir():
        try:
            tables = Tables.load(cache)
            log.info("opened %s with its saved tables", folder)
            return graph_class(store, onto, tables=tables)
        except StoreError as exc:  # damaged or of another version: read the model again
            log.warning("%s; reading the model from the store again", exc)
    tables = _tables_of_files(m, onto) if m.files else None
    g = graph_class(store, onto, tables=tables if tables is not None else read_tables(store, onto))
    save_tables(folder, m, g.tables)
    return g


def _result(digests: "Future[list[dict]] | None") -> list[dict]:
    """The files' descriptions, or none when they could not be taken (the first open reads the store)."""
    try:
        return digests.result() if digests is not None else []
    except OSError as exc:
        log.warning("cannot take the loaded files' digests (%s); the first open reads the store", exc)
        return []


def _describe(paths: Sequence[Path]) -> list[dict]:
    """Path, size and the SHA-256 of each chunk of each file (hashlib lets go of the interpreter lock)."""
    return [{"path": str(p.resolve()), "size": p.stat().st_size, "chunk": ntriples.CHUNK, "sha256": ntriples.digests(p)}
            for p in paths]


def _tables_of_files(m: Manifest, onto: Ontology) -> Tables | None:
    """:func:`_read_files`, and the store read instead when anything goes wrong (a damaged manifest, say)."""
    try:
        return _read_files(m, onto)
    except Exception as exc:  # the store is the truth; the files were only a faster way to it
        log.warning("cannot read the tables from the loaded files (%s: %s); reading them from the store",
                    type(exc).__name__, exc)
        return None


def _read_files(m: Manifest, onto: Ontology) -> Tables | None:
    """The tables read from the N-Triples files the store was loaded from, when they are unchanged.

    Decoding millions of triples out of RocksDB costs several times reading the same file, so a
    store that holds exactly the triples of files still in place reads its first tables from them.
    The columns must describe what the store holds: the files have their recorded size and digest
    (checked on the bytes read), give as many triples as the store has (a repeated triple is stored
    once) and no blank node (the store names those its own way). Otherwise: None, and the store
    is read.
    """
    paths = [Path(f.get("path", "")) for f in m.files]
    if not all(p.is_file() and p.stat().st_size == f.get("size") and f.get("chunk") == ntriples.CHUNK for p, f in zip(paths, m.files)):
        log.info("the files this store was loaded from moved or changed; reading its tables from the store")
        return None
    size = sum(p.stat().st_size for p in paths)
    with paused_gc():
        # two processes when there is enough to share (a second interpreter costs about half a second)
        columns = ntriples.Columns.read(paths, workers=min(2, os.cpu_count() or 1) if size >= 2 * ntriples.CHUNK else 1)
        why = ("the files have blank nodes" if columns is None else
               "the files changed since the load" if columns.sha256 != [f.get("sha256") for f in m.files] else
               f"the files give {columns.count} triples, the store holds {m.triples}" if columns.count != m.triples
               else None)
        if why is not None:
            log.info("%s; reading the tables from the store", why)
            return None
        documents = OxigraphStore()
        documents.load(columns.document_lines(), pyoxigraph.RdfFormat.N_TRIPLES)
        log.info("reading the tables from the files the store was loaded from")
        return read_tables(columns, onto, read_documents(documents))  # type: ignore[arg-type]


def save_tables(folder: Path, m: Manifest, tables: Tables) -> None:
    """Save *tables* as the cache of generation *m* (a read-only folder only costs the next open time)."""
    target = folder / m.cache
    staging = folder / f".{m.cache}-{uuid.uuid4().hex[:6]}"
    try:
        tables.save(staging)
        shutil.rmtree(target, ignore_errors=True)
        staging.rename(target)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        log.warning("cannot write the model tables into %s: %s", folder, exc)


def build_store(folder: Path | str, graph: "GraphData") -> Manifest:
    """Persist a built graph into *folder* and prime its cache, so the first open is fast.

    >>> import tempfile; from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> d = Path(tempfile.mkdtemp()) / "s"; m = build_store(d, g)
    >>> (d / m.cache).is_dir(), m.triples == len(g)
    (True, True)
    """
    m = create(folder, graph.rdf)
    save_tables(Path(folder), m, graph.tables)
    return m


def remove_stale(folder: Path | str) -> None:
    """Sweep leftovers of killed loads from a store folder.

    >>> remove_stale("/nonexistent")
    Traceback (most recent call last):
    kg.errors.StoreError: /nonexistent is not a kg store (no manifest.json); create one with `kg build --store /nonexistent`
    """
    folder = Path(folder)
    _sweep(folder, read_manifest(folder))


