"""Lists paired by "respectively": "miR-181c-5p and miR-22-3p target TLR4 and KDM6B, respectively" says each miRNA
targets one gene, not both; "increased and decreased IL-10 and IL-17A, respectively" moves each its own way."""
from __future__ import annotations

import re
from dataclasses import replace

from .names import Mention
from .predicates import OPPOSITE
from .relations import Claim
from .tokens import SIGNED
from .triggers import TRIGGERS

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# "increased and decreased", "were respectively decreased and increased": two verbs that pair with two names
_TWO_VERBS = re.compile(r"\b([a-z-]+ed)\s+and\s+([a-z-]+ed)\b", re.I)


def paired_respectively(sentence: str, claims: list[Claim]) -> list[Claim]:
    """*claims* with "A and B target C and D, respectively" read pairwise: where one relation joins every one of
    n subjects to every one of n objects in a sentence saying "respectively", only the i-th subject with the
    i-th object is meant.

    >>> from kg.model import Entity
    >>> m = lambda t, at: Mention(at, at + len(t), t, Entity(t, t, "GeneOrProtein"), "lexicon")
    >>> a, b, c, d = m("A", 0), m("B", 6), m("C", 15), m("D", 21)
    >>> cross = [Claim(s, "decreases", o, 0, 23, 0.9) for s in (a, b) for o in (c, d)]
    >>> [(x.subject.text, x.object.text) for x in paired_respectively("A and B target C and D, respectively", cross)]
    [('A', 'C'), ('B', 'D')]
    """
    said = _RESPECTIVELY.search(sentence)
    if not said:
        return claims
    claims = _paired_verbs(sentence, said.start(), claims)
    if len(claims) < 4:
        return claims
    def key(m: Mention) -> tuple[int, str]:
        return m.start, m.entity.id

    drop: set[int] = set()
    for pred in {c.predicate for c in claims}:
        these = [c for c in claims if c.predicate == pred]
        subjects = sorted({key(c.subject) for c in these})
        objects = sorted({key(c.object) for c in these})
        if len(subjects) < 2 or len(subjects) != len(objects):
            continue
        pairs = set(zip(subjects, objects))
        full = {(key(c.subject), key(c.object)) for c in these}
        if len(full) == len(subjects) ** 2:  # every subject with every object: the words paired them
            drop |= {id(c) for c in these if (key(c.subject), key(c.object)) not in pairs}
    return [c for c in claims if id(c) not in drop]


def _paired_verbs(sentence: str, said: int, claims: list[Claim]) -> list[Claim]:
    """ "X increased and decreased A and B, respectively" (or "A and B were respectively decreased and increased
    by X"): A moves as the first verb says and B as the second; read as one list, both moved as the last verb says.

    >>> from kg.model import Entity
    >>> m = lambda t, at: Mention(at, at + len(t), t, Entity(t, t, "GeneOrProtein"), "lexicon")
    >>> s = "X increased and decreased A and B, respectively"
    >>> x, a, b = m("X", 0), m("A", 26), m("B", 32)
    >>> [(c.object.text, c.predicate) for c in _paired_verbs(s, s.index("resp"), [Claim(x, "decreases", o, 0, 33, 0.9) for o in (a, b)])]
    [('A', 'increases'), ('B', 'decreases')]
    """
    verbs = next((v for v in _TWO_VERBS.finditer(sentence)
                  if [TRIGGERS.get(w.lower(), ("",))[0] for w in v.groups()] in (list(SIGNED), list(reversed(SIGNED)))), None)
    if verbs is None:
        return claims
    rels = [TRIGGERS[w.lower()][0] for w in verbs.groups()]
    # the two names are listed between the verbs and "respectively", else (in the passive) just before the verbs
    after = [c for c in claims if c.predicate in SIGNED and verbs.end() <= c.object.start < said]
    listed = after or [c for c in claims if c.predicate in SIGNED and c.object.end <= verbs.start()
                       and not sentence[c.object.end : verbs.start()].count(",")]
    out = list(claims)
    for subject in {c.subject.entity.id for c in listed}:
        theirs = sorted((c for c in listed if c.subject.entity.id == subject), key=lambda c: c.object.start)
        if len({c.object.start for c in theirs}) != 2:
            continue  # only two names pair with two verbs
        first = theirs[0].object.start
        for c in theirs:
            rel = rels[0] if c.object.start == first else rels[1]
            if c.predicate != rel:
                out[out.index(c)] = replace(c, predicate=OPPOSITE[c.predicate])
    return out
