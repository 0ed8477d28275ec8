"""Long forms of short forms a document defines: "mesenchymal stem cells (MSCs)".

Schwartz & Hearst's (2003) letter match finds the shortest run of words before the brackets that
holds the short form's letters in order, the first at a word's start. Its known slip is a short form
whose letters all lie inside one long word: "experimental autoimmune encephalomyelitis (EAE)" gives
"encephalomyelitis". So when the words before it begin with the short form's letters, one letter a
word (or a part of a hyphenated word), that longer run is the long form.
"""
from __future__ import annotations

import re

from .names import GIVING

# words a long form may hold that its short form does not spell: "tumour necrosis factor (TNF)" has
# none, "nucleus of the solitary tract (NTS)" has "of the"
_UNSPELLED = frozenset({"of", "the", "and", "in", "to", "for", "on"})


# how a thing was given opens no name: "Injection of ... EVs (Int-EVs)" names the vesicles
_GIVEN_OF = re.compile(rf"(?:{GIVING}|delivery|application)\s+of\s+(?:the\s+)?", re.I)


def long_form(short: str, before: str) -> str | None:
    """The long form of *short* at the end of *before*, or None.

    >>> long_form("NPC", "senescent nucleus pulposus cells ")
    'nucleus pulposus cells'
    >>> long_form("EAE", "mice with experimental autoimmune encephalomyelitis ")
    'experimental autoimmune encephalomyelitis'
    >>> long_form("T1DM", "protects against type 1 diabetes mellitus ")
    'type 1 diabetes mellitus'
    >>> long_form("iMSC", "induced pluripotent stem cell (iPSC)-derived mesenchymal stem cell ")
    'induced pluripotent stem cell (iPSC)-derived mesenchymal stem cell'
    >>> long_form("HSP70", "measured 70 kilodalton heat shock proteins ")
    '70 kilodalton heat shock proteins'
    >>> long_form("Int-EVs", "Injection of anoxia-preconditioned ADSC EVs ")
    'anoxia-preconditioned ADSC EVs'
    """
    before = before.rstrip()
    words = re.findall(r"[^\s]+", before)
    if not words:
        return None
    max_words = min(len(short) + 5, len(short) * 2)
    letters = [c.lower() for c in short if c.isalnum()]
    cand = " ".join(words[-max_words:])
    s_i, l_i = len(letters) - 1, len(cand) - 1
    while s_i >= 0:
        c = letters[s_i]
        while l_i >= 0 and (cand[l_i].lower() != c or (s_i == 0 and l_i > 0 and cand[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return _number_first(short, before)
        s_i -= 1
        l_i -= 1
    start = cand.rfind(" ", 0, l_i + 1) + 1
    lf = cand[start:].strip(" ,;:")
    # Too many words for the letters means a chance match across a clause.
    if len(lf.split()) > len(letters) + 2 or len(lf) <= len(short):
        return None
    given = _GIVEN_OF.match(lf)
    if given and len(lf) - given.end() > len(short):
        lf = lf[given.end() :]  # "Injection of anoxia-preconditioned ADSC EVs (Int-EVs)": the vesicles, however given
    inner = re.match(r"\(([^()\s]+)\)", lf)
    if inner and (first := long_form(inner.group(1), before[: len(before) - len(lf)])):
        return f"{first} {lf}"  # "induced pluripotent stem cell (iPSC)-derived mesenchymal stem cell (iMSC)": whole
    if len(lf.split()) >= len(letters):
        return lf  # a word for each letter already
    initials = _by_initials(short, words)
    return initials if initials is not None and len(initials) > len(lf) and initials.endswith(lf) else lf


def _number_first(short: str, before: str) -> str | None:
    """The long form of a short form ending in a number that its long form puts first: "70 kilodalton heat
    shock proteins (HSP70)", "90-kDa heat shock protein (HSP90)"."""
    split = re.fullmatch(r"([A-Za-z]{2,})(\d+)", short)
    lf = long_form(split.group(1), before) if split else None
    if lf is None:
        return None
    head = before.rstrip()[: len(before.rstrip()) - len(lf)]
    number = re.search(rf"(?<![\w.]){split.group(2)}(?:[\s-]*(?:kDa|kD|kilodaltons?))?[\s-]*$", head)
    return head[number.start():] + lf if number else None


def _by_initials(short: str, words: list[str]) -> str | None:
    """The run of last *words* whose initials spell *short* (a plural "s" aside), if there is one."""
    spelled = _letters(short)
    for k in range(1, min(len(words), len(spelled) + 3) + 1):
        run = [w.strip(",;:") for w in words[-k:]]
        if run[0].lower() not in _UNSPELLED and _first_letters(run) == spelled:
            return " ".join(run)
    return None


def initials(name: str) -> str:
    """The letters the words of *name* begin with, as a short form would spell them (small letters; the
    parts of a hyphenated word each give one; "of", "the" and the like none).

    >>> initials("bronchial smooth muscle cells"), initials("nucleus of the solitary tract"), initials("BSMCs")
    ('bsmc', 'nst', 'bsmc')
    """
    return _first_letters(name.split()) if " " in name else _letters(name)


def _letters(short: str) -> str:
    """A short form's letters in small letters, a plural "s" aside: "BSMCs" -> "bsmc"."""
    return "".join(c for c in re.sub(r"(?<=[A-Z0-9])s$", "", short).lower() if c.isalnum())


def _first_letters(words: list[str]) -> str:
    """The first letter of each word and of each part of a hyphenated word, less the words no short form spells."""
    parts = [p for w in words for p in re.split(r"[-\u2010\u2011]", w.strip(",;:")) if p and p.lower() not in _UNSPELLED]
    return "".join(p[0].lower() for p in parts)

