"""kg.quotes: evidence quotes kept as one buffer with offsets, saved beside the tables and refused when damaged."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import kg
from kg.errors import StoreError
from kg.quotes import Quotes
from kg.tables import Tables

TINY = kg.datasets.tiny_graph()


@given(st.lists(st.text(max_size=30), max_size=8), st.data())
def test_quotes_come_back_as_written_and_gathered_in_any_order(quotes, data):
    q = Quotes.of(quotes)
    assert list(q) == quotes
    other = Quotes.of(["x", "ÿ\n"])
    rows = data.draw(st.lists(st.tuples(st.integers(0, 1), st.integers(0, 1)), max_size=6))
    rows = [(t, r % (len(quotes) if t == 0 else 2)) for t, r in rows if t == 1 or quotes]
    got = Quotes.gather([q, other], np.array([t for t, _ in rows], dtype=np.int64),
                        np.array([r for _, r in rows], dtype=np.int64))
    assert list(got) == [(quotes if t == 0 else ["x", "ÿ\n"])[r] for t, r in rows]


def test_saved_quotes_are_memory_mapped_and_read_back(tmp_path):
    Quotes.of(["miR-21 suppressed PTEN", "", "NF-κB"]).save(tmp_path)
    q = Quotes.load(tmp_path)
    assert list(q) == ["miR-21 suppressed PTEN", "", "NF-κB"] and not isinstance(q.buffer, bytes)


def test_a_quote_that_is_not_utf8_is_an_error_naming_the_fix(tmp_path):
    TINY.tables.save(tmp_path / "t")
    raw = bytearray((tmp_path / "t" / "quotes.bin").read_bytes())
    raw[0] = 0xFF
    (tmp_path / "t" / "quotes.bin").write_bytes(bytes(raw))
    t = Tables.load(tmp_path / "t")
    with pytest.raises(StoreError, match="not UTF-8.*tables-"):
        t.statement(0, lambda iri: "")
