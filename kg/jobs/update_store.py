"""Adding ingested documents to a store folder in place (``kg ingest --store``).

A store of millions of triples is not rebuilt for one new abstract. The new documents' own triples
(their metadata, the statements they support with only their evidence, and the entities those
name) are written to one N-Triples file and bulk-loaded into a checkpoint of the store, whose saved
tables are extended from that file alone (:func:`kg.stores.folder.load_files`). A statement the
store already holds keeps its IRI and gains the new evidence; its statement-level status is
recomputed from the evidence of both, and the old value is replaced in the same atomic step.
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Sequence

from ..errors import StoreError
from ..files import relpath
from ..model import Statement, strongest_status
from ..rdf.assemble import add_document, add_entity, add_statement, statement_iri
from ..sources.seeds import Corpus, documents_part, load_corpus
from ..stores.folder import Manifest, is_store, load_files, open_store, read_manifest
from ..vocab import DOCUMENT, EXO, STATUS_IRI, new_graph

_STATUS_OF = {str(iri): name for name, iri in STATUS_IRI.items()}


def add_documents(store: Path | str, stems: Sequence[str], seeds: Path | str | None = None,
                  lexicon: Path | str | None = None, corpus: Corpus | None = None) -> Manifest:
    """Load the documents *stems* of *seeds* (with their statements and entities) into the store
    folder *store*, all or nothing; returns the store's manifest. *corpus*, when given, is those
    seeds already read (``kg ingest`` has just read and validated them).

    A document the store already holds is left out, so a second run (after a stop between the
    seeds and the store) adds only what is missing, and adding what is there changes nothing:

    >>> import tempfile
    >>> from kg.datasets import tiny_folder, tiny_graph, tiny_lexicon_path
    >>> from kg.stores.folder import build_store
    >>> d = Path(tempfile.mkdtemp()); before = build_store(d / "store", tiny_graph()).triples
    >>> m = add_documents(d / "store", ["m01"], tiny_folder(), tiny_lexicon_path())
    >>> m.triples == before, m.generation == read_manifest(d / "store").generation
    (True, True)
    """
    folder = check_store(store)
    if corpus is None:
        corpus = load_corpus(Path(seeds) if seeds is not None else None, lexicon=lexicon)
    missing = [s for s in stems if s not in corpus.documents]
    if missing:
        raise StoreError(f"{', '.join(missing)}: no such document in the seeds")
    present = _stored_documents(folder, stems)
    wanted = set(stems) - present
    if not wanted:
        return read_manifest(folder)
    statements = documents_part(corpus, wanted).statements
    old = _stored_statuses(folder, statements)
    remove: list[tuple[str, str, str]] = []
    g = new_graph()
    for stem in sorted(wanted):
        add_document(g, corpus.documents[stem])
    named = {}
    for s in statements:
        named[s.subject.id], named[s.object.id] = s.subject, s.object
        for ev in s.evidence:
            for eid in ev.context().values():
                if (e := corpus.lexicon.get(eid)) is not None:
                    named[eid] = e
        iri = str(statement_iri(s))
        status = None
        if iri in old:
            # the statement's own triples carry the status of all its evidence, old and new
            stored, stored_evidence = old[iri]
            status = strongest_status([*stored_evidence, *(e.status for e in s.evidence)])
            if stored is not None and stored != status:
                remove.append((iri, str(EXO.status), str(STATUS_IRI[stored])))
        add_statement(g, s, status)
    for eid in sorted(named):
        add_entity(g, named[eid])
    with tempfile.TemporaryDirectory(dir=folder, prefix=".ingest-") as tmp:
        path = Path(tmp) / "documents.nt"
        path.write_bytes(g.serialize(format="nt", encoding="utf-8"))
        return load_files(folder, [path], remove=remove, sources=[f"kg ingest: {', '.join(sorted(wanted))}"])


def check_store(store: Path | str) -> Path:
    """*store* as a Path if it is a store folder; else a StoreError that says how to make one.

    >>> import tempfile
    >>> check_store(tempfile.mkdtemp())
    Traceback (most recent call last):
    kg.errors.StoreError: ... is not a store folder; make one with `kg build --store ...` (or `kg load`), then ingest into it
    """
    folder = Path(store)
    if not is_store(folder):
        raise StoreError(f"{relpath(folder)} is not a store folder; make one with `kg build --store "
                         f"{relpath(folder)}` (or `kg load`), then ingest into it")
    return folder


def _stored_documents(folder: Path, stems: Sequence[str]) -> set[str]:
    """Those of *stems* whose document the store already holds."""
    if not stems:
        return set()
    values = " ".join(f"<{DOCUMENT[s]}>" for s in stems)
    rows = open_store(folder).query(f"SELECT ?d WHERE {{ VALUES ?d {{ {values} }} ?d a <{EXO.Document}> }}").rows
    found = {str(r[0]) for r in rows}
    return {s for s in stems if str(DOCUMENT[s]) in found}


def _stored_statuses(folder: Path, statements: Sequence[Statement]) -> dict[str, tuple[str | None, list[str]]]:
    """For each statement the store already holds: its stored status and its evidence's statuses."""
    if not statements:
        return {}
    store = open_store(folder)
    values = " ".join(f"<{statement_iri(s)}>" for s in statements)
    rows = store.query(f"""SELECT ?s ?status ?ev WHERE {{
        VALUES ?s {{ {values} }}
        ?s a <{EXO.Statement}> .
        OPTIONAL {{ ?s <{EXO.status}> ?status }}
        OPTIONAL {{ ?s <{EXO.hasEvidence}>/<{EXO.status}> ?ev }} }}""").rows
    out: dict[str, tuple[str | None, list[str]]] = {}
    for s, status, ev in rows:
        own, evs = out.get(str(s), (None, []))
        own = _STATUS_OF.get(str(status), own) if status is not None else own
        if ev is not None and str(ev) in _STATUS_OF:
            evs = [*evs, _STATUS_OF[str(ev)]]
        out[str(s)] = (own, evs)
    return out
