"""A rule-based sentence splitter that keeps character offsets, plus a boilerplate filter.

Why not pysbd, syntok or spaCy: the documents are short web pages and abstracts, every offset must
index the original text exactly, and the reader has to run at thousands of sentences per second.
One compiled regular expression does that with no new dependency, and its rules fit on one screen.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Tokens ending in a full stop that do not end a sentence ("et al. (2017)", "Fig. 6", "e.g. BDNF").
_ABBREVIATIONS = frozenset(
    "al e.g i.e fig figs ref refs dr mr mrs ms prof vs etc approx no vol ca cf st eq sp spp resp".split()
)
# A candidate boundary: terminal punctuation (optionally closed by a quote or bracket), then space.
# The next sentence may open with a name such as "iMSC-sEVs" or "miR-146a" (lower-case first letter).
_BOUNDARY = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?(?:[A-Z0-9\u0391-\u03a9]|[a-z]{1,3}[A-Z]|miR-|let-7))"
)
_LINE = re.compile(r"[^\n]+")

_BOILERPLATE = re.compile(
    r"""^\s*(?:
        share(?:\s+this)?\b | subscribe\b | sign\s+(?:in|up)\b | log\s*in\b | comments?\s*\(\d+\)
      | home\b.*\b5\b | copyright\b | ©|\(c\)\s*\d{4} | all\s+rights\s+reserved
      | e-?mail\s*: | affiliations?\b | keywords?\b | full\s+text\s+links | similar\s+articles
      | cited\b | references?\s*: | key\s+citations\s*: | this\s+field\s+is\s+for\s+validation
      | (?:twitter|facebook|linkedin|print|export|close|actions|read\s+more)\s*$
    )""",
    re.IGNORECASE | re.VERBOSE,
)
# Reference-list entries: "- Xin et al. (2017) - ...", "Sun, Y., Zhang, W. & Li, X. Title ...",
# "Vizoso, F., et al. (2017). Title", lines that are mostly a DOI or a journal citation.
_REFERENCE = re.compile(
    r"""^\s*(?:[-\u2022*]\s*)?(?:
        [A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+)?\s+et\s+al\.?\s*\(\d{4}\)\s*[-\u2013\u2014:]
      | [A-Z][A-Za-z'\u2019-]+,\s+(?:[A-Z]\.\s*)+,?\s*(?:(?:&|and)\s+|et\s+al\.|[A-Z][A-Za-z'\u2019-]+,)
      | reference\b
      | (?:https?://|doi:|10\.\d{4,}/)
    )""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence as offsets into its document; ``text`` is ``document[start:end]``."""

    start: int
    end: int
    text: str


def is_boilerplate(sentence: str) -> bool:
    """Whether *sentence* is page furniture or a reference entry, which yields no statements.

    >>> is_boilerplate("Share this:"), is_boilerplate("- Xin et al. (2017) - MSC exosomes in SCI")
    (True, True)
    >>> is_boilerplate("miR-21 suppresses PTEN.")
    False
    """
    return bool(_BOILERPLATE.match(sentence) or _REFERENCE.match(sentence))


def is_reference(sentence: str) -> bool:
    """Whether *sentence* is an entry of a reference list ("- Xin et al. (2017) - ...", a DOI line).

    >>> is_reference("- Xin et al. (2017) - MSC exosomes in SCI"), is_reference("Share this:")
    (True, False)
    """
    return bool(_REFERENCE.match(sentence))


def split_sentences(text: str, skip_boilerplate: bool = True) -> list[Sentence]:
    """Split *text* into sentences, each a span of the original text (whitespace trimmed).

    Lines are hard boundaries (web pages and abstracts put headings and list items on their own
    lines); inside a line a full stop, question or exclamation mark followed by a capital or digit
    ends a sentence unless it closes a known abbreviation.

    >>> text = "Xin et al. (2017) showed it. MSC exosomes cross the BBB.\\nShare this:"
    >>> [s.text for s in split_sentences(text)]
    ['Xin et al. (2017) showed it.', 'MSC exosomes cross the BBB.']
    >>> all(text[s.start:s.end] == s.text for s in split_sentences(text))
    True
    >>> [s.text for s in split_sentences("MSCs carry let-7b. It targets HMGA2.")]
    ['MSCs carry let-7b.', 'It targets HMGA2.']
    """
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        base, chunk = line.start(), line.group()
        start = 0
        for m in _BOUNDARY.finditer(chunk):
            if chunk[m.start()] == ".":
                token = re.search(r"([^\s(\[\"'\u201c\u2018]+)$", chunk[start : m.start()])
                word = token.group(1) if token else ""
                # "et al.", "Fig.", "e.g.", an initial such as "F." (but not the "b" of "let-7b.")
                if re.fullmatch(r"[A-Za-z.]+", word) and (word.lower().rstrip(".") in _ABBREVIATIONS or len(word) == 1):
                    continue
            _add(out, text, base + start, base + m.end(), skip_boilerplate)
            start = m.end()
        _add(out, text, base + start, base + len(chunk), skip_boilerplate)
    return out


# Longer than any sentence an abstract writes: cut at the last clause or word break before it, so
# that a text with no sentence ends (a pasted table, hostile input) costs time in proportion to its length.
MAX_SENTENCE = 1500


def _add(out: list[Sentence], text: str, start: int, end: int, skip_boilerplate: bool) -> None:
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        clause = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
        word = text.rfind(" ", start, limit)
        cut = clause + 1 if clause > start else word if word > start else limit
        _add(out, text, start, cut, skip_boilerplate)
        start = cut
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    s = text[start:end]
    if not any(c.isalpha() for c in s):
        return
    if skip_boilerplate and is_boilerplate(s):
        return
    out.append(Sentence(start, end, s))


# "(P < 0.05)", "(all p < 0.01)", "(n = 6)": a test's figures inside a claim, which stand between a verb's
# objects ("reduced IL-6 (P < 0.01) and TNF-α") and name nothing; so do measured values ("(mean ± SD, 146 ± 3.9
# vs. 110.8 ± 21.5 mmHg)", whose "SD" is no gene)
_STATISTICS = re.compile(r"\(\s*(?:all\s+)?(?:[Pp]\s*[<=>\u2264\u2265]|n\s*=\s*\d)[^()]{0,30}\)"
                         r"|\([^()]{0,80}?\d\s*\u00b1\s*\d[^()]{0,100}\)")


def mask_statistics(text: str) -> str:
    """*text* with its statistics in brackets written as spaces: every other character keeps its offset.

    >>> mask_statistics("reduced IL-6 (P < 0.01) and TNF-α (n = 6)")
    'reduced IL-6            and TNF-α        '
    >>> mask_statistics("improved oxygenation (mean ± SD, 146 ± 3.9 mmHg)")
    'improved oxygenation                            '
    """
    return _STATISTICS.sub(lambda m: " " * len(m.group()), text)


# Misspellings common in published abstracts, each mended by a word of the same length so that offsets hold
# (and quotes stay the document's own words): "Bone morrow-derived MSCs" are bone marrow MSCs.
_MISSPELT = ((re.compile(r"(?<=\bbone[\s-])morrow\b", re.I), lambda m: "marrow" if m.group().islower() else "Marrow"),)


def mend_misspellings(text: str) -> str:
    """*text* with the usual misspellings of its names mended, every character at its offset.

    >>> mend_misspellings("Bone morrow-derived MSCs and bone Morrow MSCs; see you tomorrow")
    'Bone marrow-derived MSCs and bone Marrow MSCs; see you tomorrow'
    """
    for pattern, mended in _MISSPELT:
        text = pattern.sub(mended, text)
    return text
