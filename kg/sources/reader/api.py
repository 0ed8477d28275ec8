"""What users call: read a text or a file with the shipped (or a given) lexicon."""
from __future__ import annotations

from pathlib import Path

from ...lexicon import Lexicon
from ...ontology import Ontology
from .documents import decode_document
from .processor import Reader
from .result import ReadResult

_DEFAULT: Reader | None = None


def read_text(text: str, lexicon: Lexicon | None = None, ontology: Ontology | None = None,
              document: str = "<text>") -> ReadResult:
    """Read *text* with *lexicon* (default: ontology/lexicon.yaml) and return what the reader found.

    >>> r = read_text("Adipose stem cell-derived exosomes (ASC-Exos) deliver miR-199a-3p.")
    >>> [str(s) for s in r.statements]
    ['Adipose stem cell-derived exosome -delivers-> miR-199a-3p']
    >>> sorted(e.id for e in r.new_entities)
    ['Adipose-stem-cell-derived-exosome', 'miR-199a-3p']
    """
    global _DEFAULT
    if lexicon is None and ontology is None:
        if _DEFAULT is None:
            _DEFAULT = Reader()
        return _DEFAULT.read(text, document)
    return Reader(lexicon, ontology).read(text, document)


def read_file(path: Path | str, lexicon: Lexicon | None = None, ontology: Ontology | None = None) -> ReadResult:
    """Decode and read a document file; the result's offsets index ``result.text``.

    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.html"
    >>> _ = p.write_text("<html><body><p>miR-21 suppresses PTEN.</p></body></html>")
    >>> r = read_file(p); [str(s) for s in r.statements], r.text
    (['miR-21 -decreases-> PTEN'], 'miR-21 suppresses PTEN.')
    """
    src = decode_document(Path(path))
    result = read_text(src.text, lexicon, ontology, document=Path(path).stem)
    result.warnings = src.warnings
    result.format = src.format
    return result
