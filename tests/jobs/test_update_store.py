"""`kg ingest --store`: new documents join a store folder in place, and the store then reads exactly as
a store built from scratch from the same seeds would. Works on copies of the tiny dataset."""
from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import StoreError
from kg.jobs.update_store import add_documents
from kg.stores.folder import open_store, read_manifest

from helpers import MINI, MINI_LEXICON

# written for these tests: the first turns the tiny dataset's hypothesis (MSC exosomes decrease
# inflammation) into a finding; the second adds a new claim between known entities.
DOC_FINDING = "In injured rats, MSC exosomes reduced inflammation.\n"
DOC_NEW = "MSC exosomes carry miR-21. In rats, miR-21 suppressed PTEN.\n"


@pytest.fixture()
def project(tmp_path) -> dict:
    seeds, lexicon = tmp_path / "seeds", tmp_path / "ontology" / "lexicon.yaml"
    shutil.copytree(MINI, seeds)
    lexicon.parent.mkdir()
    shutil.copy(MINI_LEXICON, lexicon)
    args = ["--seeds", str(seeds), "--lexicon", str(lexicon)]
    store = tmp_path / "store"
    res = CliRunner().invoke(main, [*args, "build", "--out", str(tmp_path / "build"), "--store", str(store)])
    assert res.exit_code == 0, res.output
    return {"seeds": seeds, "lexicon": lexicon, "store": store, "args": args, "tmp": tmp_path}


def one(g: kg.KnowledgeGraph, subject: str, predicate: str, obj: str):
    [s] = g.statements(subject, predicate, obj)
    return s


def model(g: kg.KnowledgeGraph) -> tuple:
    """What a user reads: statements with their evidence and status, and the entities."""
    return (sorted((s.subject.id, s.predicate, s.object.id, s.status,
                    tuple(sorted((e.document, e.start, e.end, e.status, e.curation) for e in s.evidence)))
                   for s in g.statements()),
            sorted((e.id, e.label, e.type) for e in g.entities()))


def ingest(project: dict, text: str, name: str) -> str:
    doc = project["tmp"] / name
    doc.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(main, [*project["args"], "ingest", str(doc), "--no-build", "--store", str(project["store"])])
    assert res.exit_code == 0, res.output
    return res.output


def test_an_ingested_document_reads_from_the_store_as_from_a_full_build(project):
    before = read_manifest(project["store"]).triples
    out = ingest(project, DOC_NEW, "new.txt")
    assert "now" in out and "triples" in out
    from_store = kg.load(project["store"])
    from_seeds = kg.load(project["seeds"], lexicon=project["lexicon"])
    assert model(from_store) == model(from_seeds)
    assert read_manifest(project["store"]).triples > before
    # the new evidence is machine-read and quotes its document verbatim
    pten = one(from_store, "miR-21", "decreases", "PTEN")
    new = [e for e in pten.evidence if e.curation == "machine-read"]
    assert new and all(DOC_NEW[e.start:e.end] == e.quote for e in new)


def test_new_evidence_raises_a_stored_statements_status_and_leaves_one_status(project):
    g = kg.load(project["store"])
    assert one(g, "MSC-exosome", "decreases", "inflammation").status == "hypothesis"
    ingest(project, DOC_FINDING, "finding.txt")
    g = kg.load(project["store"])
    assert one(g, "MSC-exosome", "decreases", "inflammation").status == "finding"
    rows = open_store(project["store"]).query(
        "SELECT ?st WHERE { ?s a exokg:Statement ; rdf:subject ent:MSC-exosome ; rdf:object ent:inflammation ;"
        " exokg:status ?st }").rows
    assert [str(r[0]).rsplit("#", 1)[-1] for r in rows] == ["Finding"]
    assert model(g) == model(kg.load(project["seeds"], lexicon=project["lexicon"]))


def test_a_second_ingest_of_the_same_document_changes_nothing(project):
    ingest(project, DOC_NEW, "new.txt")
    generation = read_manifest(project["store"]).generation
    out = ingest(project, DOC_NEW, "new.txt")
    assert "already present in the seeds" in out and "already holds these documents; nothing changed" in out
    assert read_manifest(project["store"]).generation == generation


def test_a_document_the_seeds_have_but_the_store_lacks_is_added_by_the_next_ingest(project):
    doc = project["tmp"] / "new.txt"
    doc.write_text(DOC_NEW, encoding="utf-8")
    # a stop between the seeds and the store: the seeds have the document, the store does not
    res = CliRunner().invoke(main, [*project["args"], "ingest", str(doc), "--no-build"])
    assert res.exit_code == 0, res.output
    out = ingest(project, DOC_NEW, "new.txt")
    assert "now" in out
    assert model(kg.load(project["store"])) == model(kg.load(project["seeds"], lexicon=project["lexicon"]))


def test_ingest_into_a_folder_that_is_no_store_says_how_to_make_one(project, tmp_path):
    doc = tmp_path / "new.txt"
    doc.write_text(DOC_NEW, encoding="utf-8")
    res = CliRunner().invoke(main, [*project["args"], "ingest", str(doc), "--no-build", "--store", str(tmp_path / "nope")])
    assert res.exit_code == 1
    assert "is not a store folder; make one with `kg build --store" in res.output


def test_an_unknown_document_is_refused_and_the_store_is_left_as_it_was(project):
    generation = read_manifest(project["store"]).generation
    with pytest.raises(StoreError, match="no-such: no such document in the seeds"):
        add_documents(project["store"], ["no-such"], project["seeds"], project["lexicon"])
    assert read_manifest(project["store"]).generation == generation
