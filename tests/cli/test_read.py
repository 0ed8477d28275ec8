"""`kg read` and `kg ingest` as a user runs them: files and folders, JSON, the wrapped table, repair."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from click.testing import CliRunner

from kg.cli import main
from helpers import MINI, MINI_LEXICON, ROOT

# written for these tests
DOC_A = "Human MSC exosomes carry miR-21. In rats with spinal cord injury, miR-21 suppressed PTEN.\n"
DOC_B = "Bone marrow mesenchymal stem cell-derived exosomes reduced apoptosis of nucleus pulposus cells.\n"


def test_read_a_folder_as_json_with_documents_context_and_grounding(tmp_path):
    (tmp_path / "a.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "b.md").write_text(DOC_B, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x", encoding="utf-8")
    res = CliRunner().invoke(main, ["read", str(tmp_path), "--format", "json", "--jobs", "2"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output[res.output.index("["):])
    assert {r["document"].rsplit("/", 1)[1] for r in rows} == {"a.txt", "b.md"}
    pten = next(r for r in rows if r["object"]["label"] == "PTEN")
    assert pten["object"]["identifier"] == "HGNC:9588" and pten["subject"]["text"] == "miR-21"
    assert pten["context"]["organism"]["identifier"] == "NCBITaxon:10116"
    assert pten["context"]["disease_model"]["label"] == "spinal cord injury"
    cargo = next(r for r in rows if r["predicate"] == "carries")
    assert cargo["subject"]["identifier"] == "GO:0070062"  # an exosome, by its class
    assert cargo["object"]["identifier"] == "mirbase.mature:MIMAT0000076"


def test_a_document_in_a_folder_reads_as_it_reads_alone_on_any_number_of_cores(tmp_path):
    # "Oxidative stress" is new to the lexicon: a.txt writes it first, capitalised; b.txt's own words
    # ("oxidative stress") name b's entity, whichever document a core read before it
    (tmp_path / "a.txt").write_text("Oxidative stress rose after the injury.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Exosomes from MSCs reduced oxidative stress in the kidney.\n", encoding="utf-8")

    def rows(*args: str) -> list[dict]:
        res = CliRunner().invoke(main, ["read", *args, "--format", "json"])
        assert res.exit_code == 0, res.output
        return json.loads(res.output[res.output.index("["):])

    alone = rows(str(tmp_path / "a.txt"), "--jobs", "1") + rows(str(tmp_path / "b.txt"), "--jobs", "1")
    stress = next(r["object"] for r in alone if r["predicate"] == "decreases")
    assert stress["text"] == "oxidative stress" and stress["label"] == "oxidative stress"
    assert rows(str(tmp_path), "--jobs", "1") == alone
    for _ in range(3):  # which core reads which document varies from run to run
        assert rows(str(tmp_path), "--jobs", "2") == alone


def test_table_wraps_long_labels_instead_of_cutting_them(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")  # a narrow terminal
    doc = tmp_path / "b.txt"
    doc.write_text(DOC_B, encoding="utf-8")
    res = CliRunner().invoke(main, ["read", str(doc)])
    assert res.exit_code == 0, res.output
    table = [line for line in res.output.splitlines() if not line.startswith(("new entities", "1 statements"))]
    assert "…" not in res.output and max(len(line) for line in table) <= 70
    words = {w for line in table for w in line.split()}
    # every word of the labels is there, over several lines, with the identifier after it
    assert {"Bone", "marrow", "mesenchymal", "stem", "cell-derived", "[CL:0002540]", "derives_from"} <= words
    assert len(table) > 4


def test_bad_input_is_refused_with_the_file_named(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    res = CliRunner().invoke(main, ["read", str(empty)])
    assert res.exit_code == 1 and "no .txt, .md or .html documents" in res.output
    binary = tmp_path / "x.txt"
    binary.write_bytes(b"\x00\x01\x02")
    res = CliRunner().invoke(main, ["read", str(binary)])
    assert res.exit_code == 1 and "x.txt" in res.output


def tiny_seeds(tmp_path, monkeypatch, **docs: str) -> tuple[list[str], Path]:
    """The tiny dataset's seeds and lexicon in *tmp_path*, and a folder of *docs* (name: text) to ingest."""
    from kg.datasets import tiny_folder, tiny_lexicon_path

    seeds, onto = tmp_path / "seeds", tmp_path / "ontology"
    shutil.copytree(tiny_folder(), seeds, ignore=shutil.ignore_patterns("lexicon.yaml"))
    shutil.copytree(ROOT / "ontology", onto, ignore=shutil.ignore_patterns("lexicon*.yaml"))
    shutil.copy(tiny_lexicon_path(), onto / "lexicon.yaml")
    monkeypatch.setenv("KG_ONTOLOGY", str(onto))
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in docs.items():
        (folder / name).write_text(text, encoding="utf-8")
    return ["--seeds", str(seeds), "--lexicon", str(onto / "lexicon.yaml")], folder


def test_ingest_a_folder_then_repair_has_nothing_to_do(tmp_path, monkeypatch):
    args, docs = tiny_seeds(tmp_path, monkeypatch, **{"a.txt": DOC_A, "b.txt": DOC_B})
    seeds = tmp_path / "seeds"
    res = CliRunner().invoke(main, [*args, "ingest", str(docs), "--no-build"])
    assert res.exit_code == 0, res.output
    assert res.output.count("added ") == 2 and len(list(seeds.glob("*.reader.yaml"))) == 2
    again = CliRunner().invoke(main, [*args, "ingest", str(docs), "--no-build"])
    assert again.exit_code == 0 and again.output.count("already present") == 2
    fixed = CliRunner().invoke(main, [*args, "ingest", "--repair"])
    assert fixed.exit_code == 0 and "nothing to repair" in fixed.output


def test_ingest_gives_one_entity_to_a_new_name_two_documents_write_in_different_case(tmp_path, monkeypatch):
    # each document is read on its own core; "Oxidative stress" and "oxidative stress" are one name
    args, docs = tiny_seeds(tmp_path, monkeypatch, **{
        "a.txt": "Oxidative stress rose after the injury; MSC exosomes reduced Oxidative stress.\n",
        "b.txt": "Exosomes from MSCs reduced oxidative stress in the kidney.\n"})
    res = CliRunner().invoke(main, [*args, "ingest", str(docs), "--no-build", "--jobs", "2"])
    assert res.exit_code == 0, res.output
    entities = yaml.safe_load((tmp_path / "ontology" / "lexicon.reader.yaml").read_text(encoding="utf-8"))["entities"]
    stress = [e["id"] for e in entities if e["label"].lower() == "oxidative stress"]
    assert len(stress) == 1
    objects = {s["object"] for f in sorted((tmp_path / "seeds").glob("*.reader.yaml"))
               for s in yaml.safe_load(f.read_text(encoding="utf-8"))["statements"] if s["predicate"] == "decreases"}
    assert objects == set(stress)
    built = CliRunner().invoke(main, [*args, "build", "--out", str(tmp_path / "out")])
    assert built.exit_code == 0, built.output


def test_a_build_after_a_stopped_ingest_says_to_repair_and_repair_lets_it_build(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(MINI, seeds)
    lexicon = tmp_path / "lexicon.yaml"
    shutil.copy(MINI_LEXICON, lexicon)
    # what a kill leaves while the staged files are renamed into place (here: none was renamed yet)
    (seeds / ".ingest-stage").mkdir()
    (seeds / ".ingest-stage" / "004_0123456789abcdef.txt").write_text(DOC_A, encoding="utf-8")
    (seeds / ".ingest-journal.json").write_text('{"rename": []}\n', encoding="utf-8")
    args = ["--seeds", str(seeds), "--lexicon", str(lexicon)]
    res = CliRunner().invoke(main, [*args, "build", "--out", str(tmp_path / "out")])
    assert res.exit_code == 1
    assert ".ingest-journal.json" in res.output and "run `kg ingest --repair`" in res.output
    assert not (tmp_path / "out" / "kg.ttl").exists()
    res = CliRunner().invoke(main, [*args, "ingest", "--repair"])
    assert res.exit_code == 0 and "finished an interrupted ingest" in res.output, res.output
    res = CliRunner().invoke(main, [*args, "build", "--out", str(tmp_path / "out")])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "out" / "kg.ttl").is_file()
