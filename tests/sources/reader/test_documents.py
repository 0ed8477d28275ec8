"""Files to text: encodings, HTML, limits, and the documents of a folder."""
from __future__ import annotations

import pytest

from kg.errors import InvalidDocumentError
from kg.sources.reader.documents import MAX_BYTES, decode_document, documents_in, html_to_text


def test_encodings(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes("miR-21 ↓ PTEN".encode("utf-16"))
    assert decode_document(p).text == "miR-21 ↓ PTEN"
    p.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(InvalidDocumentError, match="binary"):
        decode_document(p)


def test_oversized_file_is_refused_before_it_is_read(tmp_path):
    p = tmp_path / "big.txt"
    with open(p, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(InvalidDocumentError, match="over the reader's limit"):
        decode_document(p)


def test_html_blocks_become_lines():
    assert html_to_text("<h1>T</h1><script>x()</script><p>a &amp; b</p>") == "T\na & b"


def test_documents_in_a_folder(tmp_path):
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.pdf").write_text("x")
    assert [p.name for p in documents_in([tmp_path])] == ["a.txt", "b.md"]
    with pytest.raises(InvalidDocumentError, match="not found"):
        documents_in([tmp_path / "none.txt"])
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InvalidDocumentError, match="no .txt"):
        documents_in([empty])
