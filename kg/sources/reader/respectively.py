"""Lists paired by "respectively": "miR-181c-5p and miR-22-3p target TLR4 and KDM6B, respectively" says each miRNA
targets one gene, not both."""
from __future__ import annotations

import re

from .names import Mention
from .relations import Claim

_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


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
    if not _RESPECTIVELY.search(sentence) or len(claims) < 4:
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
