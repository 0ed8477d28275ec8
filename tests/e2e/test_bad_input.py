"""Bad input gets a clear error naming the file, line or term, a non-zero exit, and loses nothing."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


def _build(tmp_path: Path, seeds: Path):
    out = tmp_path / "out"
    return CliRunner().invoke(
        main, ["--seeds", str(seeds), "--lexicon", str(seeds.parent / "lexicon.yaml"), "build", "--out", str(out)]
    ), out


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture no longer contains {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_good_fixture_builds(tmp_path, mini_seeds):
    result, out = _build(tmp_path, mini_seeds)
    assert result.exit_code == 0, result.output
    assert (out / "kg.ttl").stat().st_size > 0


def _missing_document(seeds: Path) -> None:
    (seeds / "m01.txt").unlink()


def _quote_not_in_document(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "quote: miR-21 suppresses PTEN", "quote: miR-21 silences PTEN")


def _quote_at_wrong_offsets(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "start: 75\n", "start: 74\n")


def _negative_offsets(seeds: Path) -> None:
    """Offsets counted from the end slice to the same quote in Python; they must still be refused."""
    n = len((seeds / "m01.txt").read_text(encoding="utf-8"))
    _edit(seeds / "m01.ann.yaml", "start: 75\n    end: 97\n", f"start: {75 - n}\n    end: {97 - n}\n")


def _unknown_relation(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "predicate: carries", "predicate: smuggles")


def _unknown_entity(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "object: PTEN", "object: PTNE")


def _unknown_entity_type(seeds: Path) -> None:
    _edit(seeds.parent / "lexicon.yaml", "type: GeneOrProtein", "type: Enzyme")


def _malformed_annotation(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "    predicate: decreases\n    object: PTEN", "    predicate: [decreases\n    object: PTEN")


def _duplicate_entity_id(seeds: Path) -> None:
    _edit(seeds.parent / "lexicon.yaml", "  - id: inflammation", "  - id: PTEN")


def _duplicate_yaml_key(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "    predicate: carries\n", "    predicate: carries\n    predicate: secretes\n")


def _missing_metadata(seeds: Path) -> None:
    (seeds / "m01.meta.yaml").unlink()


def _not_utf8_document(seeds: Path) -> None:
    (seeds / "m01.txt").write_bytes("Mesenchymal stem cells (MSCs) secr\xe9te".encode("latin-1"))


def _unknown_study(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "study: doe2020", "study: roe2021")


def _context_of_wrong_type(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "organism: rat", "organism: PTEN")


def _unknown_model_system(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "organism: rat", "organism: rat\n      model: zebrafish tank")


def _condition_of_wrong_type(seeds: Path) -> None:
    _edit(seeds / "m01.ann.yaml", "organism: rat", "organism: rat\n      condition: PTEN")


def _generic_not_a_boolean(seeds: Path) -> None:
    _edit(seeds.parent / "lexicon.yaml", "  - id: inflammation\n", "  - id: inflammation\n    generic: sometimes\n")


CASES = [
    (_missing_document, r"m01.*no document m01\.txt"),
    (_quote_not_in_document, r"m01\.ann\.yaml:\d+: statement e03: quote 'miR-21 silences PTEN' is not the text.*does not occur"),
    (_quote_at_wrong_offsets, r"m01\.ann\.yaml:\d+: statement e03: quote .* not the text at 74-97.*occurs at 75-97"),
    (_negative_offsets, r"m01\.ann\.yaml:\d+: statement e03: offsets -\d+--\d+ are outside m01 \(0 to \d+\); run `kg locate m01`"),
    (_unknown_relation, r"m01\.ann\.yaml:1\d: statement e02: unknown relation 'smuggles'; use one of .*carries"),
    (_unknown_entity, r"m01\.ann\.yaml:2\d: statement e03: unknown entity 'PTNE'; closest known names: PTEN"),
    (_unknown_entity_type, r"lexicon\.yaml:\d+: entity PTEN: unknown type 'Enzyme'"),
    (_malformed_annotation, r"m01\.ann\.yaml:2\d: .*fix the YAML syntax"),
    (_duplicate_entity_id, r"lexicon\.yaml:\d+: duplicate entity id 'PTEN' \(first on line \d+\)"),
    (_duplicate_yaml_key, r"m01\.ann\.yaml:1\d: duplicate key 'predicate'"),
    (_missing_metadata, r"m01\.meta\.yaml: metadata sidecar missing"),
    (_not_utf8_document, r"m01\.txt:1: not UTF-8"),
    (_unknown_study, r"statement e04: study 'roe2021' is not in m01\.meta\.yaml \(known: doe2020\)"),
    (_context_of_wrong_type, r"statement e04: context organism needs an entity of type Organism, but PTEN is a GeneOrProtein"),
    (_unknown_model_system, r"m01\.ann\.yaml:\d+: statement e04: model 'zebrafish tank' must be one of cell line, .*animal model"),
    (_condition_of_wrong_type, r"statement e04: context condition needs an entity of type ProcessOrPhenotype or DiseaseOrInjury or "
                               r"Intervention, but PTEN is a GeneOrProtein"),
    (_generic_not_a_boolean, r"lexicon\.yaml:\d+: entity inflammation: generic must be true or false"),
]


@pytest.mark.parametrize("breakage, message", CASES, ids=[c[0].__name__.strip("_") for c in CASES])
def test_bad_input_fails_clearly_and_keeps_good_output(tmp_path, mini_seeds, breakage, message):
    first, out = _build(tmp_path, mini_seeds)
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    breakage(mini_seeds)
    result, _ = _build(tmp_path, mini_seeds)

    assert result.exit_code == 1
    assert re.search(message, result.output), result.output
    assert result.output.startswith("error: ")
    after = {p.name: p.read_bytes() for p in out.iterdir()}
    assert after == before, "a failed build changed or left files in the output folder"


def test_unwritable_output_fails_before_any_work(tmp_path, mini_seeds):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(
        main, ["--seeds", str(mini_seeds), "--lexicon", str(mini_seeds.parent / "lexicon.yaml"),
               "build", "--out", str(blocker / "sub")]
    )
    assert result.exit_code == 1
    assert "cannot write to" in result.output


def test_all_problems_reported_in_one_run(tmp_path, mini_seeds):
    _unknown_relation(mini_seeds)
    _unknown_entity(mini_seeds)
    result, _ = _build(tmp_path, mini_seeds)
    assert result.exit_code == 1
    assert "smuggles" in result.output and "PTNE" in result.output
