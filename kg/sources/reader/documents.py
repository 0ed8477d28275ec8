"""Turning a file (plain text, Markdown or HTML) into the text the reader reads.

Offsets always index the text returned here. For HTML that is the extracted text (tags removed,
block elements as line breaks, entities decoded), which ``kg ingest`` stores as the seed document so
that every quote verifies against it; the original page is kept beside it.
"""
from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from ...errors import InvalidDocumentError, Problem
from ...files import relpath
from ..seeds import read_text as read_utf8

log = logging.getLogger(__name__)

#: Documents above this size are refused: the reader is meant for papers and abstracts, and a
#: multi-megabyte file is almost always a data dump or a mistake. Split it, or raise the limit.
MAX_BYTES = 5_000_000
_BLOCK = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr td th table section article header footer nav blockquote pre title dt dd figcaption".split())
_SKIP = frozenset("script style noscript nav footer header form button svg head".split())


#: What ``kg read DIR`` and ``kg ingest DIR`` take from a folder.
DOCUMENT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xhtml")


def documents_in(paths: list[Path]) -> list[Path]:
    """The document files *paths* name: files as given, folders as their documents in name order.

    A folder is not searched below its top level; hidden files are skipped. A folder without
    documents, or a path that does not exist, raises InvalidDocumentError.

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> for n in ("b.txt", "a.html", "notes.csv", ".hidden.txt"): _ = (d / n).write_text("x")
    >>> [p.name for p in documents_in([d])]
    ['a.html', 'b.txt']
    """
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(q for q in p.iterdir() if q.is_file() and not q.name.startswith(".")
                           and q.suffix.lower() in DOCUMENT_SUFFIXES)
            if not found:
                raise InvalidDocumentError(Problem(relpath(p), None, "no .txt, .md or .html documents in this folder"))
            out += found
        elif p.exists():
            out.append(p)
        else:
            raise InvalidDocumentError(Problem(relpath(p), None, "document not found"))
    return out


@dataclass(frozen=True)
class SourceText:
    """A document's readable text, its format and any warnings met while decoding it."""

    text: str
    format: str  # text | markdown | html
    warnings: tuple[str, ...] = ()


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The readable text of an HTML page: no tags, scripts or navigation; blocks on their own lines.

    >>> html_to_text("<nav>Home</nav><p>miR-21 suppresses <b>PTEN</b>.</p><p>Next&nbsp;one.</p>")
    'miR-21 suppresses PTEN.\\nNext one.'
    """
    p = _Extractor()
    p.feed(markup)
    p.close()
    text = html.unescape("".join(p.parts)).replace("\u00a0", " ")
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r" *\n[ \n]*", "\n", text)
    return text.strip()


def looks_like_html(path: Path, text: str) -> bool:
    """Whether *text* is HTML (by suffix, or by a doctype/html tag at its start).

    >>> looks_like_html(Path("a.txt"), "<!DOCTYPE html><p>x</p>"), looks_like_html(Path("a.txt"), "x < y")
    (True, False)
    """
    return path.suffix.lower() in (".html", ".htm", ".xhtml") or bool(
        re.match(r"\s*(?:<!doctype html|<html\b)", text[:500], re.I)
    )


def decode_document(path: Path) -> SourceText:
    """Read *path* as text: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252 with a warning.

    Empty, binary and oversized files raise InvalidDocumentError with the file name and the reason.

    >>> import tempfile
    >>> p = Path(tempfile.mkdtemp()) / "w.txt"; _ = p.write_bytes("caf\xe9".encode("cp1252"))
    >>> src = decode_document(p); src.text, "cp1252" in src.warnings[0]
    ('café', True)
    """
    path = Path(path)
    name = relpath(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InvalidDocumentError(Problem(name, None, "document not found")) from None
    if size > MAX_BYTES:
        raise InvalidDocumentError(Problem(
            name, None, f"document is {size:,} bytes, over the reader's limit of {MAX_BYTES:,}; split it into "
            "papers or abstracts first"))
    data = path.read_bytes()
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
        notes.append(f"{name}: decoded as UTF-16 (byte-order mark)")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="strict")
    else:
        try:
            text = read_utf8(path)
        except InvalidDocumentError as exc:
            if "not UTF-8" not in str(exc):
                raise
            # Legacy Windows text is the usual non-UTF-8 input; NUL bytes were ruled out above.
            text = data.decode("cp1252", errors="replace")
            notes.append(f"{name}: not UTF-8; decoded as Windows-1252 (cp1252); check accents and dashes")
    if not text.strip():
        raise InvalidDocumentError(Problem(name, None, "document is empty"))
    fmt = "html" if looks_like_html(path, text) else ("markdown" if path.suffix.lower() in (".md", ".markdown") else "text")
    if fmt == "html":
        text = html_to_text(text)
        if not text.strip():
            raise InvalidDocumentError(Problem(name, None, "HTML page has no readable text"))
    for n in notes:
        log.info(n)  # callers show src.warnings (the CLI prints them); logging them too would say it twice
    return SourceText(text, fmt, tuple(notes))
