"""`kg locate` fills in offsets a curator left out, and only where the quote is unambiguous."""
from __future__ import annotations

import yaml
from click.testing import CliRunner

from kg.cli import main
from kg.sources.seeds import load_corpus


def test_locate_fills_missing_offsets_and_the_build_accepts_them(mini_seeds):
    ann = mini_seeds / "m01.ann.yaml"
    text = ann.read_text(encoding="utf-8")
    ann.write_text(text.replace("    start: 75\n    end: 97\n", "", 1), encoding="utf-8")
    args = ["--seeds", str(mini_seeds), "--lexicon", str(mini_seeds.parent / "lexicon.yaml"), "locate", "m01"]

    dry = CliRunner().invoke(main, args)
    assert dry.exit_code == 0, dry.output
    assert "e03: start 75, end 97" in dry.output
    assert "start: 75" not in ann.read_text(encoding="utf-8"), "without --write nothing changes"

    wrote = CliRunner().invoke(main, [*args, "--write"])
    assert wrote.exit_code == 0, wrote.output
    e03 = next(s for s in yaml.safe_load(ann.read_text(encoding="utf-8"))["statements"] if s["id"] == "e03")
    assert (e03["start"], e03["end"]) == (75, 97)
    corpus = load_corpus(mini_seeds, lexicon=mini_seeds.parent / "lexicon.yaml")
    assert len(corpus.statements) == 5


def test_locate_leaves_ambiguous_quotes_to_the_curator(mini_seeds):
    ann = mini_seeds / "m01.ann.yaml"
    text = ann.read_text(encoding="utf-8")
    # "miR-21" occurs several times in the document: the curator must choose.
    text = text.replace("    quote: miR-21 suppresses PTEN\n    start: 75\n    end: 97\n", "    quote: miR-21\n", 1)
    ann.write_text(text, encoding="utf-8")
    r = CliRunner().invoke(main, ["--seeds", str(mini_seeds), "locate", "m01", "--write"])
    assert r.exit_code == 0, r.output
    assert "e03: quote occurs 2 times, at 67, 75; set start/end by hand" in r.output
    assert "quote: miR-21\n" in ann.read_text(encoding="utf-8")
    assert "start:" not in ann.read_text(encoding="utf-8").split("id: e03")[1].split("id: e04")[0]
