"""The parse's claims weighed against the sentence rules': which of them a sentence keeps.

Both read the same sentence. The rules know idioms the parse does not ("X, an autophagy activator, ...",
"ADSCs and their exosomes ..."); the parse knows the grammar the rules only guess at. Where the rules
say who does something to an object, or what a subject does to it, the parse's other reading of the same
pair is dropped; what the parse reads beyond the rules is added.
"""
from __future__ import annotations

import re

from .names import Mention
from .predicates import EFFECTS
from .relations import Claim
from .triggers import COORD

AND_THEIR = re.compile(r"(?:\s*\([^()]*\))?,?\s+and\s+(?:their|its)\s", re.I)  # "ADSCs and their exosomes"


def parse_claims_kept(sentence: str, claims: list[Claim], parsed: list[Claim], exempt: set[int]) -> list[Claim]:
    """The claims of *parsed* (the parse's, for *sentence*) that add to *claims* (the rules').

    Where the rules say who does this to an object, they win, except for a subject whose start is in
    *exempt* (a control, a role's target) or one with a conjunct ("ADSCs and their exosomes promote X");
    where they say what a subject does to an object, a parse claim of another sign on that pair is
    dropped (the parse may miss a sign word); a parse claim on a name next to the rules' (a name and its
    abbreviation, "NLRP3 (...)") is dropped too. A mechanism chain the parse read ("mediated") is kept.

    >>> from kg.sources.reader.names import Mention
    >>> from kg.model import Entity
    >>> x, y = Entity("X", "X", "GeneOrProtein"), Entity("Y", "Y", "BiologicalProcess")
    >>> rule = Claim(Mention(0, 1, "X", x, "lexicon"), "decreases", Mention(11, 12, "Y", y, "lexicon"), 0, 12, 0.8)
    >>> other = Claim(Mention(0, 1, "X", x, "lexicon"), "increases", Mention(11, 12, "Y", y, "lexicon"), 0, 12, 0.6)
    >>> parse_claims_kept("X inhibits Y", [rule], [other], set())
    []
    >>> [c.predicate for c in parse_claims_kept("X inhibits Y", [], [other], set())]
    ['increases']
    """
    ruled = {(c.predicate, c.object.entity.id) for c in claims
             if c.subject.start not in exempt and not AND_THEIR.match(sentence, c.subject.end)}
    ruled |= {(p, c.object.entity.id, c.subject.entity.id) for c in claims if c.predicate in EFFECTS for p in EFFECTS}
    near = [(c.predicate, c.subject.entity.id, c.object.start, c.object.end) for c in claims]
    return [c for c in parsed
            if c.mediated or (c.predicate, c.object.entity.id) not in ruled
            and (c.predicate, c.object.entity.id, c.subject.entity.id) not in ruled and not any(
                p == c.predicate and sid == c.subject.entity.id and a <= c.object.end + 3 and c.object.start <= b + 3
                for p, sid, a, b in near)]


def listed_before(sentence: str, mentions: list[Mention], last: int) -> list[Mention]:
    """The mentions listed before the one at index *last*, nearest first: "A, B and C", "ADSCs and their exosomes".

    >>> from kg.model import Entity
    >>> ms = [Mention(0, 5, "ADSCs", Entity("a", "ADSC", "CellType"), "lexicon"),
    ...       Mention(16, 24, "exosomes", Entity("e", "exosome", "Exosome"), "lexicon")]
    >>> [m.text for m in listed_before("ADSCs and their exosomes help.", ms, 1)]
    ['ADSCs']
    """
    out: list[Mention] = []
    nxt = mentions[last]
    for m in reversed(mentions[:last]):
        if m.end > nxt.start:
            continue  # a name inside the next one ("MSC" of "MSC-EVs")
        gap = sentence[m.end : nxt.start]  # (a slice: COORD is anchored with "^")
        if not (COORD.fullmatch(gap) or AND_THEIR.fullmatch(gap)):
            break
        out.append(m)
        nxt = m
    return out
