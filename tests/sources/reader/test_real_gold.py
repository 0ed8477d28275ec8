"""The gold of the real abstracts (tests/data/reader/real/): every file well formed and listed in sources.tsv.

The scorer trusts these files; a key that names no entity, an unknown relation or a hash that differs
from the source list would make a figure wrong without an error.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from kg.ontology import Ontology

REAL = Path(__file__).resolve().parents[2] / "data" / "reader" / "real"
GOLD = sorted(REAL.glob("*/*.gold.yaml"))
_SIGN = {"increases": "+", "derives_from": "+", "carries": "+", "delivers": "+", "secretes": "+",
         "decreases": "-", "ameliorates": "-", "regulates": "?"}


def _sources() -> dict[str, dict[str, str]]:
    with (REAL / "sources.tsv").open(encoding="utf-8") as f:
        return {row["id"]: row for row in csv.DictReader(f, delimiter="\t")}


def test_every_split_in_use_has_its_gold():
    assert {p.parent.name for p in GOLD} >= {"dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "test4r", "test5r"}


@pytest.mark.parametrize("path", GOLD, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_gold_file_is_well_formed_and_listed(path):
    g = yaml.safe_load(path.read_text(encoding="utf-8"))
    relations = Ontology.load().relations
    keys = [e["key"] for e in g["entities"]]
    assert len(keys) == len(set(keys)), "an entity key twice"
    assert all(e["names"] for e in g["entities"]), "an entity without the names the abstract uses"
    for st in g["statements"]:
        assert st["subject"] in keys and st["object"] in keys, st
        assert st["predicate"] in relations, st["predicate"]
        assert st["predicate"] not in _SIGN or st.get("sign", _SIGN[st["predicate"]]) == _SIGN[st["predicate"]], st
        assert 0 <= st["start"] < st["end"], st
        assert st["status"] in ("finding", "hypothesis", "question", "prediction"), st
    row = _sources()[g["document"]]
    assert row["sha256"] == g["sha256"], "the gold applies to another text than sources.tsv lists"
    split = path.parent.name
    assert row["split"] == {"test4r": "test4", "test5r": "test5"}.get(split, split)
