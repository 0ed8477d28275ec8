"""Tables for people keep every value within the terminal; CSV, TSV and JSON stay as programs read them."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.views.tables import Named, records, table

#: Columns whose values a table must show whole and in one piece (other values may wrap in their column).
PROSE = ("quote", "best path", "title")


def run(*args: str, columns: int = 80) -> str:
    r = CliRunner(env={"COLUMNS": str(columns)}).invoke(main, list(args))
    assert r.exit_code == 0, r.output
    return r.output


def flat(text: str) -> str:
    """The table's text with its wrapping undone: every line's indentation and breaks become one space."""
    return re.sub(r"\s+", " ", " ".join(line.strip() for line in text.splitlines()))


@pytest.mark.parametrize("args", [
    ("query", "cell_to_disease"),
    ("query", "quantitative_readouts"),
    ("query", "documents_and_studies"),
    ("effects", "MSC"),
    ("neighbors", "miR-21"),
])
@pytest.mark.parametrize("columns", [80, 120])
def test_tables_keep_every_value_within_the_width(args, columns):
    """Pins down the tables that cut every column to ten characters at 80 columns, without saying so."""
    text = run(*args, columns=columns)
    assert max(len(line) for line in text.splitlines()) <= columns
    assert "\u2026" not in text  # nothing cut
    rows = json.loads(run(*args, "--format", "json"))
    assert rows
    words = set(flat(text).split())
    for row in rows:
        for key, value in row.items():
            if value in (None, ""):
                continue
            if key in PROSE:
                assert re.sub(r"\s+", " ", str(value)) in flat(text), (key, value)
            elif key not in ("subject", "object", "entity", "document"):  # shown by label or title
                assert set(str(value).split()) <= words, (key, value)


def test_tables_show_labels_and_titles_while_csv_keeps_ids(seed_graph):
    text = run("query", "cell_to_disease")
    title = seed_graph.documents["001_71721c4acb0d1825"].title
    assert re.sub(r"\s+", " ", title) in flat(text)
    assert "001_71721c4acb0d1825" not in text
    assert "MSC-exosome" not in text  # its label, wrapped in its column, is shown instead
    rows = list(csv.DictReader(io.StringIO(run("query", "cell_to_disease", "--format", "csv"))))
    assert {r["document"] for r in rows} >= {"001_71721c4acb0d1825"}
    assert "MSC-exosome" in {r["subject"] for r in rows}
    effects = list(csv.DictReader(io.StringIO(run("effects", "MSC", "--format", "csv"))))
    assert "MSC-exosome" in {r["entity"] for r in effects}
    assert "mesenchymal stem cell exosome" in run("effects", "MSC")


def test_path_text_names_documents_by_title_and_wraps(seed_graph):
    text = run("path", "MSC", "axon regeneration", "--max-hops", "5")
    assert max(len(line) for line in text.splitlines()) <= 80
    assert re.sub(r"\s+", " ", seed_graph.documents["001_71721c4acb0d1825"].title) in flat(text)
    path = seed_graph.paths("MSC", "axon regeneration", max_hops=5)[0]
    for step in path.steps:
        for ev in step.evidence:
            assert f"\u201c{re.sub(chr(92) + 's+', ' ', ev.quote)}\u201d" in flat(text)


def test_stats_lists_documents_by_title(seed_graph):
    text = run("stats")
    doc = seed_graph.documents["003_f273ee1a9f419af6"]
    assert re.sub(r"\s+", " ", f"{doc.title} (003_f273ee1a9f419af6)") in flat(text)
    assert max(len(line) for line in text.splitlines()) <= 80


def test_a_long_cell_wraps_and_a_wide_one_goes_under_its_row():
    text = table(["id", "label", "quote"], [["a", "a name of several words", "q " * 60]], width=40)
    lines = text.splitlines()
    assert lines[0].split() == ["id", "label"]
    assert all(len(line) <= 40 for line in lines)
    assert any(line.startswith("  quote  q q") for line in lines)
    assert flat(text).split("quote ")[1].split() == ["q"] * 60


def test_too_many_columns_become_labelled_lines():
    columns = [f"column{i}" for i in range(8)]
    text = table(columns, [[f"value number {i} of the row" for i in range(8)]], width=40)
    assert all(len(line) <= 40 for line in text.splitlines())
    assert set(flat(text).split()) >= set(columns)
    assert set(flat(text).split()) >= {"value", "number", "of", "the", "row", *map(str, range(8))}
    assert sum(f"value number {i} of the row" in flat(text) for i in range(8)) >= 5  # those under the row


def test_named_values_keep_their_ids_for_programs():
    rows = [[Named("m01", "A tiny test document"), 1]]
    assert "A tiny test document" in table(["document", "n"], rows, width=80)
    assert records(["document", "n"], rows, "csv") == "document,n\nm01,1"
    assert json.loads(records(["document", "n"], rows, "json")) == [{"document": "m01", "n": 1}]
