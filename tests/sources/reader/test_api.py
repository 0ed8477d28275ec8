"""What users call: read_text and read_file."""
from __future__ import annotations

import pytest

from kg.errors import InvalidDocumentError
from kg.sources.reader import read_file, read_text


def test_read_text_and_offsets():
    text = "Noise first. MSC exosomes carry miR-21."
    r = read_text(text, document="d")
    s = r.statements[0]
    assert (s.subject.type, s.predicate, s.object.id) == ("Exosome", "carries", "miR-21")
    assert text[s.evidence[0].start : s.evidence[0].end] == s.evidence[0].quote and s.evidence[0].document == "d"


def test_read_file_html_and_bad_files(tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<p>miR-21 suppresses PTEN.</p>", encoding="utf-8")
    r = read_file(page)
    assert r.format == "html" and [str(s) for s in r.statements] == ["miR-21 -decreases-> PTEN"]
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"")
    with pytest.raises(InvalidDocumentError, match="empty"):
        read_file(empty)
