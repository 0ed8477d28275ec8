"""`kg ingest`: a document joins a COPY of the seeds with machine-read statements, then the graph is rebuilt.

Every test works on copies in tmp_path (seeds/ and ontology/), never on the repository's folders.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.errors import InvalidDocumentError
from kg.jobs.ingest import ingest
from helpers import DATA, ROOT

READER_DATA = DATA / "reader"
ABSTRACT = READER_DATA / "msc_abstract.txt"


@pytest.fixture()
def project(tmp_path, monkeypatch) -> dict[str, Path]:
    """Copies of seeds/ and ontology/ (KG_ONTOLOGY points at the copy) and an output folder."""
    seeds = tmp_path / "seeds"
    onto = tmp_path / "ontology"
    shutil.copytree(ROOT / "seeds", seeds)
    shutil.copytree(ROOT / "ontology", onto)
    monkeypatch.setenv("KG_ONTOLOGY", str(onto))
    monkeypatch.setenv("KG_SEEDS", str(seeds))
    return {"seeds": seeds, "ontology": onto, "out": tmp_path / "build", "lexicon": onto / "lexicon.yaml"}


def snapshot(*folders: Path) -> dict[str, str]:
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for f in folders for p in sorted(f.rglob("*")) if p.is_file()}


def run(project, *args: str):
    return CliRunner().invoke(main, ["--seeds", str(project["seeds"]), "--lexicon", str(project["lexicon"]), *args])


def test_ingest_end_to_end(project):
    before = set(p.name for p in project["seeds"].iterdir())
    res = run(project, "ingest", str(ABSTRACT), "--title", "MSC exosomes in SCI", "--source", "a test",
              "--out", str(project["out"]))
    assert res.exit_code == 0, res.output
    added = sorted(set(p.name for p in project["seeds"].iterdir()) - before)
    stem = "004_" + hashlib.sha256(ABSTRACT.read_bytes()).hexdigest()[:16]
    assert added == sorted([f"{stem}.txt", f"{stem}.meta.yaml", f"{stem}.reader.yaml"])
    assert (project["seeds"] / f"{stem}.txt").read_bytes() == ABSTRACT.read_bytes()  # byte for byte
    meta = yaml.safe_load((project["seeds"] / f"{stem}.meta.yaml").read_text())
    assert meta["title"] == "MSC exosomes in SCI" and meta["kind"] == "ingested document" and meta["studies"] == []
    ann = yaml.safe_load((project["seeds"] / f"{stem}.reader.yaml").read_text())["statements"]
    assert all("confidence" in a for a in ann)
    # new entities went to the separate reader lexicon, the curated one is untouched
    assert (project["ontology"] / "lexicon.reader.yaml").is_file()
    assert (project["ontology"] / "lexicon.yaml").read_bytes() == (ROOT / "ontology" / "lexicon.yaml").read_bytes()
    html = (project["out"] / "kg.html").read_text(encoding="utf-8")
    assert "machine-read" in html and "MSC exosomes carry miR-124" in html

    g = kg.load(project["seeds"], lexicon=project["lexicon"])
    st = g.statements("miR-124", "decreases")
    assert st and st[0].evidence[0].curation == "machine-read"
    assert g.entity("miR-124").provisional
    # paths see the machine-read hops, and can leave them out
    assert g.paths("MSC-exosome", "inflammation", max_hops=3)
    assert not g.paths("MSC-exosome", "inflammation", max_hops=3, curation="curated") or all(
        e.curation == "curated" for p in g.paths("MSC-exosome", "inflammation", max_hops=3, curation="curated")
        for step in p.steps for e in step.evidence)
    res = run(project, "path", "MSC exosomes", "inflammation", "--max-hops", "3")
    assert res.exit_code == 0 and "miR-124" in res.output, res.output
    res = run(project, "sparql", "SELECT ?q WHERE { ?e exokg:curation exokg:MachineRead ; exokg:quote ?q }", "--format", "json")
    assert res.exit_code == 0, res.output
    quotes = [r["q"] for r in json.loads(res.output)]
    assert any("miR-124 suppresses microglial activation" in q for q in quotes)


def test_ingest_twice_says_already_present_and_changes_nothing(project):
    ingest(ABSTRACT, seeds=project["seeds"], out=None)
    before = snapshot(project["seeds"], project["ontology"])
    res = run(project, "ingest", str(ABSTRACT), "--no-build")
    assert res.exit_code == 0 and "already present" in res.output
    assert snapshot(project["seeds"], project["ontology"]) == before


def test_ingest_of_an_existing_seed_document_changes_nothing(project):
    before = snapshot(project["seeds"], project["ontology"])
    seed = next(project["seeds"].glob("000_*.txt"))
    result = ingest(seed, seeds=project["seeds"], out=None)
    assert result.already_present and result.stem == seed.stem
    assert snapshot(project["seeds"], project["ontology"]) == before


def test_html_is_stored_as_text_with_the_original_beside_it(project, tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html><body><nav>Home</nav><p>MSC exosomes carry miR-124.</p></body></html>", encoding="utf-8")
    result = ingest(page, seeds=project["seeds"], out=None)
    txt = project["seeds"] / f"{result.stem}.txt"
    assert txt.read_text(encoding="utf-8") == "MSC exosomes carry miR-124."
    assert (project["seeds"] / "originals" / f"{result.stem}.html").read_bytes() == page.read_bytes()
    corpus = kg.sources.seeds.load_corpus(project["seeds"])  # quotes verify against the stored text
    assert result.stem in corpus.documents


def test_failed_rebuild_rolls_back(project, monkeypatch):
    import kg.jobs.ingest

    before = snapshot(project["seeds"], project["ontology"])

    def boom(*a, **k):
        raise kg.errors.ValidationError("simulated failure")

    monkeypatch.setattr(kg.jobs.ingest, "build", boom)
    with pytest.raises(kg.errors.ValidationError):
        ingest(ABSTRACT, seeds=project["seeds"], out=project["out"])
    assert snapshot(project["seeds"], project["ontology"]) == before


def test_a_document_grounded_in_the_phenotype_ontology_is_ingested(project, tmp_path):
    """The reader grounds "sepsis" in HP (MONDO has no exact term): the graph writes that identifier
    as an IRI, so ingest must know the prefix (it stopped with "cannot expand CURIE 'HP:0100806'")."""
    doc = tmp_path / "sepsis.txt"
    doc.write_text("Exosomes in sepsis.\n\nMSC exosomes reduced sepsis in mice.\n", encoding="utf-8")
    res = run(project, "ingest", str(doc), "--out", str(project["out"]))
    assert res.exit_code == 0, res.output
    res = run(project, "sparql", "SELECT ?t WHERE { ?e rdfs:label 'sepsis' ; skos:exactMatch ?t }", "--format", "json")
    assert res.exit_code == 0, res.output
    assert [r["t"] for r in json.loads(res.output)] == ["obo:HP_0100806"]


def test_a_new_name_that_a_lexicon_entity_has_is_that_entity(project, tmp_path):
    """A mouse study's "Tnf" and "MSC-exosome-derived" are the lexicon's TNF and MSC-exosome (each
    entity id is one of its names): ingest points the statements at them instead of writing new
    entities that the lexicon's one-name-one-entity check refuses (it stopped on both)."""
    doc = tmp_path / "microglia.txt"
    doc.write_text("Microglia in ALS mice.\n\nIn microglia isolated from symptomatic mice, the MSC exosomes "
                   "lowered inflammation by downregulating Tnf and Il1b expression. This effect was partly "
                   "mediated by MSC-exosome-derived miR-148a-3p.\n", encoding="utf-8")
    res = run(project, "ingest", str(doc), "--no-build")
    assert res.exit_code == 0, res.output
    new = yaml.safe_load((project["ontology"] / "lexicon.reader.yaml").read_text(encoding="utf-8"))["entities"]
    assert not {e["id"] for e in new} & {"Tnf", "MSC-exosome-new"}, new
    g = kg.load(project["seeds"], lexicon=project["lexicon"])
    assert any(s.subject.id == "MSC-exosome" and s.evidence[0].curation == "machine-read"
               for s in g.statements(None, "decreases", "TNF"))


def test_new_entities_with_one_identifier_are_one_entity_across_documents(project, tmp_path):
    """ "cell apoptosis" in one abstract and "apoptosis" in another are both GO:0006915 exactly: one entity,
    so a path joins the claims of the two documents; "caspase3" and "caspase-3" likewise (HGNC:1504)."""
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text("Exosomes in rats.\n\nIn the injured rats, BMSC exosomes lowered caspase3 "
                                  "and reduced cell apoptosis.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Caspases in mice.\n\nIn the injured mice, caspase-3 raised apoptosis "
                                  "markedly.\n", encoding="utf-8")
    res = run(project, "ingest", str(folder), "--no-build")
    assert res.exit_code == 0, res.output
    new = yaml.safe_load((project["ontology"] / "lexicon.reader.yaml").read_text(encoding="utf-8"))["entities"]
    exact = [x["curie"] for e in new for x in e["xrefs"] if x["match"] == "exact"]
    assert exact.count("GO:0006915") == 1 and exact.count("HGNC:1504") == 1, new
    g = kg.load(project["seeds"], lexicon=project["lexicon"])
    vesicles = next(e for e in g.entities() if e.label.startswith("BMSC exosome"))
    apoptosis = next(e for e in g.entities() if any(x.curie == "GO:0006915" and x.match == "exact" for x in e.xrefs))
    assert any(len({ev.document for st in p.steps for ev in st.evidence}) == 2
               for p in g.paths(vesicles.id, apoptosis.id, max_hops=2)), "no path through both documents"


def test_a_short_form_the_document_defines_names_the_new_entity(project, tmp_path):
    """ "Human umbilical cord MSC-derived exosomes (hucMSC-Exos)": after ingest, `kg path` finds the
    vesicles by the document's short form (it said "unknown entity 'hucMSC-Exos'")."""
    doc = tmp_path / "huc.txt"
    doc.write_text("Exosomes in septic mice.\n\nHuman umbilical cord MSC-derived exosomes (hucMSC-Exos) were given "
                   "to septic mice. hucMSC-Exos reduced apoptosis in the kidney.\n", encoding="utf-8")
    res = run(project, "ingest", str(doc), "--no-build")
    assert res.exit_code == 0, res.output
    res = run(project, "path", "hucMSC-Exos", "apoptosis", "--max-hops", "2")
    assert res.exit_code == 0 and "decreases" in res.output, res.output


def test_a_document_read_again_by_repair_keeps_its_short_forms(project, tmp_path):
    """`kg ingest --repair` reads a document that lost its statements again, as a whole ingest would:
    its short form still names its new entity."""
    doc = tmp_path / "huc.txt"
    doc.write_text("Exosomes in septic mice.\n\nHuman umbilical cord MSC-derived exosomes (hucMSC-Exos) were given "
                   "to septic mice. hucMSC-Exos reduced apoptosis in the kidney.\n", encoding="utf-8")
    assert run(project, "ingest", str(doc), "--no-build").exit_code == 0
    for f in [*project["seeds"].glob("*.reader.yaml"), project["ontology"] / "lexicon.reader.yaml"]:
        f.unlink()
    res = run(project, "ingest", "--repair")
    assert res.exit_code == 0 and "read" in res.output and "again" in res.output, res.output
    res = run(project, "path", "hucMSC-Exos", "apoptosis", "--max-hops", "2")
    assert res.exit_code == 0 and "decreases" in res.output, res.output


def test_every_source_the_reader_grounds_in_has_an_iri():
    """Each identifier source of the reader's term list is a prefix the graph can expand."""
    from kg.sources.reader.vocabulary import SOURCE_OF
    from kg.vocab import expand_curie
    assert {p: str(expand_curie(f"{p}:1"))[:20] for p in SOURCE_OF}  # raises InvalidIdentifierError otherwise


@pytest.mark.parametrize("content, message", [(b"", "empty"), (b"abc\x00\x01def", "binary")])
def test_bad_input_is_refused_and_nothing_is_written(project, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    before = snapshot(project["seeds"], project["ontology"])
    res = run(project, "ingest", str(bad), "--no-build")
    assert res.exit_code == 1 and "error:" in res.output and message in res.output
    assert snapshot(project["seeds"], project["ontology"]) == before
    with pytest.raises(InvalidDocumentError):
        ingest(bad, seeds=project["seeds"], out=None)


def test_curated_annotation_for_the_same_sentence_wins(project):
    result = ingest(ABSTRACT, seeds=project["seeds"], out=None)
    text = (project["seeds"] / f"{result.stem}.txt").read_text(encoding="utf-8")
    quote = "miR-124 suppresses microglial activation"
    start = text.index(quote)
    (project["seeds"] / f"{result.stem}.ann.yaml").write_text(yaml.safe_dump({"statements": [{
        "id": "c01", "subject": "miR-124", "predicate": "regulates", "object": "inflammation",
        "quote": quote, "start": start, "end": start + len(quote), "status": "finding"}]}), encoding="utf-8")
    g = kg.load(project["seeds"], lexicon=project["lexicon"])
    evidence = [e for s in g.statements() for e in s.evidence if e.document == result.stem and e.start < start + len(quote) and start < e.end]
    assert evidence and all(e.curation == "curated" for e in evidence)


def test_path_command_tells_machine_read_evidence_apart(project):
    res = run(project, "ingest", str(ABSTRACT), "--title", "t", "--source", "s", "--no-build")
    assert res.exit_code == 0, res.output
    every = run(project, "path", "miR-124", "inflammation", "--max-hops", "2", "--format", "json")
    assert every.exit_code == 0, every.output
    curations = {e["curation"] for p in json.loads(every.output) for s in p["steps"] for e in s["evidence"]}
    assert "machine-read" in curations
    text = run(project, "path", "miR-124", "inflammation", "--max-hops", "2").output
    assert ", machine-read]" in text
    curated_only = run(project, "path", "miR-124", "inflammation", "--max-hops", "2", "--curation", "curated")
    assert curated_only.exit_code == 0
    assert "no path from miR-124 to inflammation within 2 hops with the given filters" in curated_only.output


# -- all or nothing (issue 13, defect 5) ------------------------------------------------------------

# Written for these tests: two statements and two names the tiny lexicon does not know.
CRASH_DOC = "MSC exosomes carry miR-124. miR-124 suppresses microglial activation in mice.\n"

_KILLER = r"""
import os, signal, sys
from pathlib import Path
root, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
count = [0]

def watched(f):
    def call(*a, **k):
        target = a[0] if a else ""
        if "dir_fd" in k or str(target).startswith(root):
            count[0] += 1
            if count[0] == n:
                if mode == "kill":
                    os.kill(os.getpid(), signal.SIGKILL)
                raise OSError(28, "No space left on device (simulated)")
        return f(*a, **k)
    return call

for name in ("replace", "rename", "unlink", "rmdir", "mkdir", "fsync", "symlink", "open"):
    setattr(os, name, watched(getattr(os, name)))
from kg.jobs.ingest import ingest
try:
    ingest(Path(root) / "new.txt", seeds=Path(root) / "seeds", lexicon=Path(root) / "ontology" / "lexicon.yaml",
           out=Path(root) / "build")
except Exception as exc:  # the simulated disk error, or our error that reports it
    print("failed", count[0], type(exc).__name__)
print("completed", count[0])
"""


def _tiny_project(root: Path) -> dict[str, Path]:
    """A copy of the tiny dataset as seeds/ and of ontology/ with the tiny lexicon, under *root*."""
    from kg.datasets import tiny_folder, tiny_lexicon_path

    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    seeds, onto = root / "seeds", root / "ontology"
    shutil.copytree(tiny_folder(), seeds, ignore=shutil.ignore_patterns("lexicon.yaml"))
    shutil.copytree(ROOT / "ontology", onto, ignore=shutil.ignore_patterns("lexicon*.yaml"))
    shutil.copy(tiny_lexicon_path(), onto / "lexicon.yaml")
    (root / "new.txt").write_text(CRASH_DOC, encoding="utf-8")
    return {"seeds": seeds, "ontology": onto, "lexicon": onto / "lexicon.yaml", "doc": root / "new.txt"}


def _check_after_stop(p: dict[str, Path]) -> None:
    """What must hold after an ingest was stopped anywhere: the seeds are either buildable as they are
    or carry the journal that says how to finish; after repair they build; ingesting again gives the
    document exactly once, with its statements."""
    from kg.jobs.ingest import JOURNAL, repair
    from kg.sources.seeds import load_corpus

    if not (p["seeds"] / JOURNAL).exists():
        load_corpus(p["seeds"], lexicon=p["lexicon"])  # untouched or complete: buildable as it is
    repair(p["seeds"], p["lexicon"])
    load_corpus(p["seeds"], lexicon=p["lexicon"])
    ingest(p["doc"], seeds=p["seeds"], lexicon=p["lexicon"], out=None)
    digest = hashlib.sha256(p["doc"].read_bytes()).hexdigest()[:16]
    docs = sorted(q.name for q in p["seeds"].glob(f"*_{digest}.*"))
    assert len(docs) == 3 and any(n.endswith(".reader.yaml") for n in docs), docs
    corpus = load_corpus(p["seeds"], lexicon=p["lexicon"])
    stem = docs[0].split(".")[0]
    assert any(e.document == stem for s in corpus.statements for e in s.evidence), "ingested without statements"
    left = [q.name for d in (p["seeds"], p["ontology"]) for q in d.iterdir() if q.name.startswith(".")]
    assert not left, f"staging left behind: {left}"


def _fail_in_process(root: Path, n: int, monkeypatch) -> tuple[str, int]:
    """Run ingest here with its *n*-th file operation under *root* failing as a full disk would."""
    import os

    count = [0]

    def watched(f):
        def call(*a, **k):
            if "dir_fd" in k or str(a[0] if a else "").startswith(str(root)):
                count[0] += 1
                if count[0] == n:
                    raise OSError(28, "No space left on device (simulated)")
            return f(*a, **k)
        return call

    with monkeypatch.context() as m:
        # (a scratch folder the simulated full disk keeps ingest from removing stays under the test's own folder)
        scratch = root.parent / "tmp"
        scratch.mkdir(exist_ok=True)
        m.setattr(tempfile, "tempdir", str(scratch))
        for name in ("replace", "rename", "unlink", "rmdir", "mkdir", "fsync", "symlink", "open"):
            m.setattr(os, name, watched(getattr(os, name)))
        try:
            ingest(root / "new.txt", seeds=root / "seeds", lexicon=root / "ontology" / "lexicon.yaml", out=root / "build")
        except Exception:  # the simulated error, or our error that reports it
            return "failed", count[0]
    return "completed", count[0]


@pytest.mark.parametrize("mode", ["kill", "fail"])
def test_ingest_stopped_at_many_moments_leaves_seeds_buildable_and_ingests_again(tmp_path, monkeypatch, mode):
    """Regression for issue 13, defect 5: killed (SIGKILL, at every other file operation) or failing
    (a full disk, at every file operation), ingest never leaves a document without statements or
    seeds that do not build, and ingesting the document again adds it exactly once."""
    import os
    import subprocess
    import sys

    monkeypatch.delenv("KG_SEEDS", raising=False)
    script = tmp_path / "killer.py"
    script.write_text(_KILLER, encoding="utf-8")
    moments = 0
    for n in range(1, 400, 2 if mode == "kill" else 1):
        root = tmp_path / "p"
        p = _tiny_project(root)
        monkeypatch.setenv("KG_ONTOLOGY", str(p["ontology"]))
        if mode == "kill":
            # (a killed ingest cannot remove its scratch folder: keep it under tmp_path, not in the machine's /tmp)
            scratch = tmp_path / "tmp"
            scratch.mkdir(exist_ok=True)
            run = subprocess.run([sys.executable, str(script), str(root), str(n), mode], capture_output=True, text=True,
                                 timeout=300, env={**os.environ, "KG_ONTOLOGY": str(p["ontology"]), "TMPDIR": str(scratch)})
            assert run.returncode in (0, -9), run.stdout + run.stderr[-2000:]
            outcome, count = (run.stdout.split()[0], int(run.stdout.split()[1])) if run.returncode == 0 else ("killed", n)
        else:
            outcome, count = _fail_in_process(root, n, monkeypatch)
        if outcome == "completed" and count < n:
            break  # no operation left to stop at
        moments += 1
        _check_after_stop(p)
    else:
        pytest.fail("ingest never completed")
    assert moments >= 20, f"only {moments} moments to stop at: the test no longer sees ingest's file operations"


def test_a_new_document_that_breaks_the_shapes_is_refused_and_nothing_changes(project):
    """Ingest without a rebuild checks the SHACL shapes on the new document's part of the graph
    (the seeds' copy of the shapes gains one that only the new title breaks)."""
    shapes = project["ontology"] / "shapes.ttl"
    shapes.write_text(shapes.read_text(encoding="utf-8") + """
exokg:ShortTitleShape a sh:NodeShape ; sh:targetClass exokg:Document ;
    sh:property [ sh:path dcterms:title ; sh:maxLength 160 ; sh:message "title over 160 characters" ] .
""", encoding="utf-8")
    assert run(project, "validate").exit_code == 0  # the seeds' own titles pass it
    before = snapshot(project["seeds"], project["ontology"])
    res = run(project, "ingest", str(ABSTRACT), "--title", "A title " + "that goes on " * 15,
              "--no-build")
    assert res.exit_code == 1, res.output
    assert "do not conform to ontology/shapes.ttl" in res.output and "title over 160 characters" in res.output
    assert snapshot(project["seeds"], project["ontology"]) == before
