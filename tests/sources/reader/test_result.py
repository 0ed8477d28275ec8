"""The result of a read: statements with their mentions, JSON, and reading many documents."""
from __future__ import annotations

from kg.sources.reader import Reader, read_text
from kg.sources.reader.result import read_parallel, statement_json


def test_arguments_and_mentions_line_up_with_the_text():
    text = "Human MSC exosomes carry miR-21, which suppresses PTEN."
    r = read_text(text)
    assert len(r.arguments) == len(r.statements) == len(r.contexts)
    for s, (a, b) in zip(r.statements, r.arguments):
        assert a.entity.id == s.subject.id and b.entity.id == s.object.id
        assert text[a.start : a.end] == a.text and text[b.start : b.end] == b.text
    assert {m.text for m in r.mentions} >= {"miR-21", "PTEN"}
    d = statement_json(r.statements[0], *r.arguments[0])
    assert d["subject"]["matched"] and d["object"]["text"]


def test_parallel_reading_gives_the_same_results_in_order():
    reader = Reader()
    items = [(f"miR-21 suppresses PTEN. Doc {i}.", str(i)) for i in range(4)]
    seen = []
    one = read_parallel(reader, items, 1)
    two = read_parallel(reader, items, 2, progress=seen.append)
    assert [[str(s) for s in r.statements] for r in one] == [[str(s) for s in r.statements] for r in two]
    assert len(seen) == 4
