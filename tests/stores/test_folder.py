"""The persisted store: kg build --store, kg.load(DIR), --store on every command, kg load."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

import kg
from kg.cli import main
from kg.errors import InvalidDocumentError, StoreError
from kg.stores.folder import read_manifest
from helpers import MINI_ARGS

EX = "https://w3id.org/exokg/"


def run(*args: str, ok: bool = True):
    result = CliRunner().invoke(main, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output + (result.stderr if result.stderr_bytes is not None else "")
    return result


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    run(*MINI_ARGS, "build", "--out", tmp_path / "out", "--no-html", "--store", folder)
    return folder


def extra_triples(tmp_path: Path) -> Graph:
    """A new entity and a statement about it, in the project's vocabulary."""
    g = Graph()
    e = URIRef(EX + "entity/VEGF")
    g.add((e, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(EX + "ontology#CytokineOrGrowthFactor")))
    g.add((e, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("VEGF")))
    return g


def test_build_store_then_query_like_seeds(store: Path) -> None:
    from_seeds = run(*MINI_ARGS, "query", "mirna_targets", "--format", "json").output
    from_store = run("--store", store, "query", "mirna_targets", "--format", "json").output
    assert json.loads(from_store) == json.loads(from_seeds) != []
    path = run("--store", store, "path", "MSC", "PTEN", "--format", "json").output
    assert json.loads(path)[0]["nodes"][-1] == "PTEN"


def test_load_opens_store_with_same_model(store: Path, mini_graph) -> None:
    g = kg.load(store)
    assert g.store.name == "oxigraph"
    assert g.statements() == mini_graph.statements()
    assert g.entities() == mini_graph.entities()
    assert isomorphic(g.rdf, mini_graph.rdf)


def test_reopen_uses_cached_projection(store: Path, monkeypatch) -> None:
    kg.load(store)  # cache written by build already; this must not read the model back

    def boom(*a, **k):
        raise AssertionError("the model was re-read instead of coming from the cache")

    monkeypatch.setattr("kg.rdf.from_rdf._read_store", boom)
    g = kg.load(store)
    assert g.network.number_of_edges() > 0
    assert [str(p) for p in g.paths("MSC", "PTEN")]


def test_cache_rebuilt_when_store_changes(store: Path, tmp_path: Path) -> None:
    before = kg.load(store)
    assert "VEGF" not in {e.id for e in before.entities()}
    f = tmp_path / "extra.ttl"
    extra_triples(tmp_path).serialize(f, format="turtle")
    run("load", f, "--store", store)
    after = kg.load(store)
    assert "VEGF" in {e.id for e in after.entities()}
    assert "VEGF" in after.network
    assert len(after) == len(before) + 2


def test_damaged_cache_is_rebuilt(store: Path) -> None:
    m = read_manifest(store)
    (store / m.cache / "tables.json").write_bytes(b"not a pickle")
    assert len(kg.load(store).statements()) == 5
    (store / m.cache / "st_subj.npy").write_bytes(b"\x93NUMPY garbage")
    assert len(kg.load(store).statements()) == 5


@pytest.mark.parametrize("name", ["model-{generation}.pickle", "tables-{generation}/st_subj.npy"])
def test_a_store_folder_cannot_run_code(store: Path, tmp_path: Path, name: str) -> None:
    """Regression (issue 13, defect 1): opening a store folder unpickled its cache before any check,
    so a folder someone shared could run code. A pickle that would create a file when loaded is put
    where the old cache lived and where the tables live; opening, querying and listing the folder
    must not run it."""
    import pickle

    marker = tmp_path / "pwned"

    class Exploit:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    m = read_manifest(store)
    path = store / name.format(generation=m.generation)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(Exploit()))
    g = kg.load(store)
    assert [str(p) for p in g.paths("MSC", "PTEN")]
    assert run("--store", store, "stats").exit_code == 0
    assert not marker.exists(), "opening the store ran code from a file in the folder"


@pytest.mark.parametrize("fmt,suffix", [("turtle", ".ttl"), ("nt", ".nt"), ("nquads", ".nq"), ("xml", ".rdf"), ("json-ld", ".jsonld")])
def test_load_formats(tmp_path: Path, fmt: str, suffix: str) -> None:
    from rdflib import Dataset

    g = extra_triples(tmp_path)
    f = tmp_path / f"extra{suffix}"
    if fmt == "nquads":
        ds = Dataset()
        gg = ds.graph(URIRef("urn:g"))
        for t in g:
            gg.add(t)
        ds.serialize(f, format="nquads")
    else:
        g.serialize(f, format=fmt)
    out = run("load", f, "--store", tmp_path / "s").output
    assert "2 triples" in out
    loaded = kg.load(tmp_path / "s")
    assert loaded.entity("VEGF").type == "CytokineOrGrowthFactor"


def test_malformed_file_leaves_store_unchanged(store: Path, tmp_path: Path) -> None:
    before = read_manifest(store)
    good = tmp_path / "good.nt"
    good.write_text('<urn:a> <urn:p> "1" .\n')
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <urn:ex#> .\nex:a ex:p ex:b .\nex:c ex:p "unterminated .\n')
    result = run("load", good, bad, "--store", store, ok=False)
    assert result.exit_code == 1
    assert "bad.ttl:3" in result.output and "nothing was loaded" in result.output
    after = read_manifest(store)
    assert after == before
    assert sorted(p.name for p in store.iterdir()) == sorted(["manifest.json", before.data, before.cache])
    assert len(kg.load(store)) == before.triples


def test_killed_load_leaves_store_unchanged(store: Path, tmp_path: Path, monkeypatch) -> None:
    """A load interrupted part-way (Ctrl-C, or the process killed before the manifest swap)."""
    from kg.stores.oxigraph import OxigraphStore

    before = read_manifest(store)
    f = tmp_path / "x.nt"
    f.write_text('<urn:a> <urn:p> "1" .\n')
    real = OxigraphStore.load

    def interrupted(self, *a, **k):
        real(self, *a, **k)
        raise KeyboardInterrupt

    monkeypatch.setattr(OxigraphStore, "load", interrupted)
    with pytest.raises(KeyboardInterrupt):
        kg.stores.folder.load_files(store, [f])
    monkeypatch.undo()
    assert read_manifest(store) == before
    assert len(kg.load(store)) == before.triples
    # leftovers of a load killed harder (no cleanup ran) are swept by the next change
    (store / "data-deadbeef0000").mkdir()
    kg.stores.folder.load_files(store, [f])
    assert not (store / "data-deadbeef0000").exists()


@pytest.mark.parametrize("damage,message", [
    (lambda m: {**m, "version": 99}, "format version 99"),
    (lambda m: {**m, "format": "something-else"}, "not a kg store"),
    (lambda m: "[1, 2", "damaged"),
])
def test_incompatible_or_damaged_store(store: Path, damage, message: str) -> None:
    manifest = store / "manifest.json"
    new = damage(json.loads(manifest.read_text()))
    manifest.write_text(new if isinstance(new, str) else json.dumps(new))
    with pytest.raises(StoreError, match=message):
        kg.load(store)
    result = run("--store", store, "stats", ok=False)
    assert result.exit_code == 1 and "error:" in result.output and message in result.output
    assert "Traceback" not in result.output


def test_not_a_store(tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_text("x")
    f = tmp_path / "x.nt"
    f.write_text('<urn:a> <urn:p> "1" .\n')
    with pytest.raises(StoreError, match="not a kg store"):
        kg.stores.folder.load_files(tmp_path, [f])
    result = run("--store", tmp_path / "nowhere", "stats", ok=False)
    assert result.exit_code == 1 and "not a kg store" in result.output


def test_unknown_suffix_and_missing_file(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b\n")
    with pytest.raises(StoreError, match="cannot tell the RDF format"):
        kg.stores.folder.load_files(tmp_path / "s", [tmp_path / "x.csv"])
    with pytest.raises(InvalidDocumentError, match="no such file"):
        kg.stores.folder.load_files(tmp_path / "s", [tmp_path / "missing.ttl"])
    assert not (tmp_path / "s").exists() or not any((tmp_path / "s").iterdir())


def test_progress_bar(tmp_path: Path) -> None:
    f = tmp_path / "x.nt"
    f.write_text("".join(f'<urn:s{i}> <urn:p> "{i}" .\n' for i in range(2000)))
    result = run("load", f, "--store", tmp_path / "s", "--progress")
    assert "loading" in result.stderr
    assert "2000 triples" in result.output


def test_store_opens_read_only_for_readers(store: Path) -> None:
    """Two graphs open on one store at once (a server and a CLI command, say)."""
    a, b = kg.load(store), kg.load(store)
    assert len(a) == len(b) > 0
    with pytest.raises(StoreError, match="read-only"):
        a.store.add_graph(Graph())


# -- the first open of a store loaded from N-Triples reads its tables from the files -------------

def _saved(folder: Path) -> dict[str, bytes]:
    cache = folder / read_manifest(folder).cache
    return {p.name: p.read_bytes() for p in sorted(cache.iterdir())}


FOREIGN = (  # RDF from elsewhere: a relation with no statement node, a second label, an unknown class
    f"<{EX}entity/VEGF> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}ontology#CytokineOrGrowthFactor> .\n"
    f'<{EX}entity/VEGF> <http://www.w3.org/2000/01/rdf-schema#label> "VEGF-A" .\n'
    f'<{EX}entity/VEGF> <http://www.w3.org/2000/01/rdf-schema#label> "VEGF" .\n'
    f"<{EX}entity/VEGF> <{EX}ontology#increases> <{EX}entity/PTEN> .\n"
    f"<{EX}entity/VEGF> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}ontology#NoSuchClass> .\n"
)


XREF = (  # a cross-reference of VEGF, as an axiom node
    f"<urn:ax0> <http://www.w3.org/2002/07/owl#annotatedSource> <{EX}entity/VEGF> .\n"
    "<urn:ax0> <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#exactMatch> .\n"
    '<urn:ax0> <http://purl.org/dc/terms/identifier> "HGNC:12680" .\n'
)
DOCUMENT = (  # a document given two titles and two dates (RDF from elsewhere may): the least of each is kept
    f"<{EX}document/d9> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}ontology#Document> .\n"
    f'<{EX}document/d9> <http://purl.org/dc/terms/identifier> "d9" .\n'
    + "".join(f'<{EX}document/d9> <http://purl.org/dc/terms/title> "title {t}" .\n' for t in "BCA")
    + "".join(f'<{EX}document/d9> <http://purl.org/dc/terms/date> "{y}"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n'
              for y in (2003, 2001, 2002))
)


def _no_store_scans(monkeypatch) -> None:
    def boom(self, predicate):
        raise AssertionError("the tables were read from the store")

    monkeypatch.setattr(kg.stores.oxigraph.OxigraphStore, "pairs", boom)


@pytest.mark.parametrize("chunk", [64 << 20, 1 << 16], ids=["one process", "two processes"])
def test_first_open_reads_the_tables_from_the_loaded_files(seed_graph, tmp_path: Path, monkeypatch, chunk: int) -> None:
    """`kg load` of N-Triples into a new store, then the first open: the tables come from the file
    (the store is never scanned), byte for byte those the store itself gives. The seed graph's lines
    are shuffled (a file's order is not the store's) and joined by RDF from elsewhere. With small
    chunks the file is shared with a second process."""
    import random
    import shutil

    from kg.rdf import ntriples

    monkeypatch.setattr(ntriples, "CHUNK", chunk)
    started = []
    real = ntriples._Worker.__init__

    def spy(self, *a):
        started.append(a)
        real(self, *a)

    monkeypatch.setattr(ntriples._Worker, "__init__", spy)

    lines = seed_graph.rdf.serialize(format="nt").splitlines(keepends=True)
    random.Random(5).shuffle(lines)
    f = tmp_path / "graph.nt"
    f.write_text("".join(lines) + FOREIGN + DOCUMENT)
    assert f"{len(lines) + 5 + 8} triples" in run("load", f, "--store", tmp_path / "s").output
    with monkeypatch.context() as m:
        _no_store_scans(m)
        g = kg.load(tmp_path / "s")
    from_file = _saved(tmp_path / "s")
    shutil.rmtree(tmp_path / "s" / read_manifest(tmp_path / "s").cache)
    f.rename(tmp_path / "moved.nt")  # now the store is read
    assert kg.load(tmp_path / "s") is not None
    assert _saved(tmp_path / "s") == from_file
    assert len(started) == (chunk < 64 << 20)
    assert g.entity("VEGF").label == "VEGF"  # of two labels, the least, whichever came first
    assert (g.documents["d9"].title, g.documents["d9"].year) == ("title A", 2001)
    assert g.tables.report["uninterpreted"] == 1 and g.tables.report["imported_statements"] == 1
    assert len(g.statements()) == len(seed_graph.statements()) + 1
    assert [str(p) for p in g.paths("MSC", "axon regeneration")] == [str(p) for p in seed_graph.paths("MSC", "axon regeneration")]


@pytest.mark.parametrize("change", ["edited", "repeated", "blank"])
def test_files_that_do_not_describe_the_store_are_not_read(tmp_path: Path, change: str) -> None:
    """A file edited since the load (same size), one that repeats a triple (the store keeps one) or
    has a blank node (the store names it): the first open reads the store, and reads it right."""
    f = tmp_path / "x.nt"
    f.write_text(FOREIGN + {"edited": "", "repeated": FOREIGN, "blank": '_:b <urn:p> "1" .\n'}[change])
    run("load", f, "--store", tmp_path / "s")
    if change == "edited":
        f.write_text(f.read_text().replace('"VEGF"', '"VEGX"'))
    assert kg.load(tmp_path / "s").entity("VEGF").label == "VEGF"


def test_a_second_load_makes_the_files_of_the_first_not_enough(tmp_path: Path) -> None:
    """Two loads with no open between: the store holds both files, so the first open reads the store."""
    a, b = tmp_path / "a.nt", tmp_path / "b.nt"
    a.write_text(FOREIGN)
    b.write_text(f'<{EX}entity/VEGF> <http://www.w3.org/2004/02/skos/core#altLabel> "VEGF-165" .\n')
    kg.stores.folder.load_files(tmp_path / "s", [a])  # (`kg load` opens the store after loading)
    assert read_manifest(tmp_path / "s").files
    kg.stores.folder.load_files(tmp_path / "s", [b])
    assert not read_manifest(tmp_path / "s").files
    assert "VEGF-165" in kg.load(tmp_path / "s").entity("VEGF").synonyms


@pytest.mark.parametrize("addition", [
    '<{e}> <http://www.w3.org/2004/02/skos/core#altLabel> "VEGF-165" .\n',
    '<{e}> <http://www.w3.org/2000/01/rdf-schema#label> "A-VEGF" .\n',  # sorts before the label it had
    '<{e}> <{o}note> "a note" .\n',
    '<{e}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{o}GenericEntity> .\n',
    '<urn:ax> <http://www.w3.org/2002/07/owl#annotatedSource> <{e}> .\n'
    '<urn:ax> <http://www.w3.org/2002/07/owl#annotatedProperty> <http://www.w3.org/2004/02/skos/core#exactMatch> .\n'
    '<urn:ax> <http://purl.org/dc/terms/identifier> "HGNC:12680" .\n',
    '<urn:ax0> <{o}xrefLabel> "vascular endothelial growth factor A" .\n',
    '<{x}PTEN> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{o}GeneOrProtein> .\n',
], ids=["synonym", "label", "note", "generic", "xref", "xref label", "typed later"])
def test_loading_more_about_a_known_entity_updates_the_saved_tables(tmp_path: Path, addition: str) -> None:
    """Regression: a later `kg load` that only adds a synonym (label, note, type, cross-reference) to
    an entity the saved tables know was dropped from them. The tables updated in place must be those
    a full read of the store gives."""
    import shutil

    a, b = tmp_path / "a.nt", tmp_path / "b.nt"
    a.write_text(FOREIGN + XREF + f'<{EX}entity/PTEN> <http://www.w3.org/2000/01/rdf-schema#label> "PTEN" .\n')
    b.write_text(addition.format(e=f"{EX}entity/VEGF", o=f"{EX}ontology#", x=f"{EX}entity/"))
    run("load", a, "--store", tmp_path / "s")  # opens the store: its tables are saved
    run("load", b, "--store", tmp_path / "s")  # extends them with b alone
    updated = _saved(tmp_path / "s")
    shutil.rmtree(tmp_path / "s" / read_manifest(tmp_path / "s").cache)
    kg.load(tmp_path / "s")
    again = _saved(tmp_path / "s")
    # the report of what could not be read counts each load's triples, not the store's: left out
    assert {**json.loads(updated.pop("tables.json")), "report": None} == {**json.loads(again.pop("tables.json")), "report": None}
    assert updated == again



def test_the_manifest_counts_a_small_addition_as_the_store_does(store: Path, tmp_path: Path) -> None:
    """A small load is counted triple by triple, not by scanning the store: repeats, a value in
    two lexical forms the store keeps as one, a triple the store has and one taken out are all
    counted as the store counts them."""
    before = read_manifest(store)
    kept = next(iter(kg.stores.folder.open_store(store).oxigraph))
    f = tmp_path / "more.nt"
    f.write_text(f"{kept.subject} {kept.predicate} {kept.object} .\n"
                 '<urn:a> <urn:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
                 '<urn:a> <urn:p> "01"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
                 '<urn:a> <urn:q> <urn:b> .\n<urn:a> <urn:q> <urn:b> .\n')
    kg.stores.folder.load_files(store, [f], remove=[("urn:x", "urn:y", "urn:z")])
    m = read_manifest(store)
    assert m.triples == len(kg.stores.folder.open_store(store)) == before.triples + 2
    kg.stores.folder.load_files(store, [tmp_path / "more.nt"], remove=[("urn:a", "urn:q", "urn:b")])
    assert read_manifest(store).triples == len(kg.stores.folder.open_store(store)) == before.triples + 2
