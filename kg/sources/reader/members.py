"""The members a class name lists: "cytokines (TNF-α, IL-6)", "microRNAs such as miR-21 and miR-210", "the tumor
suppressor PTEN". A verb on the class is a verb on each member (:mod:`.relations`, :mod:`.phrases`)."""
from __future__ import annotations

import re

from .clauses import coordinated_with
from .names import MEMBERS_OPEN, MIRNA, SYMBOL, Mention

_CLASS_PLURAL = re.compile(r"(?<![\w-])(?:proteins|miRNAs|microRNAs|cytokines|chemokines|markers|genes)$", re.I)
_CLASS_ONE = re.compile(r"(?<![\w-])(?:protein|cytokine|chemokine|marker|factor|suppressor|regulator|enzyme|kinase)$", re.I)
_MEMBER_TYPES = ("GeneOrProtein", "CytokineOrGrowthFactor", "MicroRNA")
_SUCH_AS = re.compile(r",?\s+(?:such\s+as|including|e\.g\.,?|called|named|termed|known\s+as)\s+(?:the\s+)?", re.I)
_MEMBERS_END = re.compile(r"[\s,;.]*(?:etc\.?|and\s+others)?\s*")


def listed_members(sentence: str, mentions: list[Mention], m: Mention, one: bool = True) -> list[Mention]:
    """Mentions listed in parentheses right after *m* ("cytokines (TNF-α, IL-6)") or after "such as"/
    "including" ("microRNAs such as miR-21 and miR-210"), if any; and, if *one*, the one a singular class
    names right after it ("the tumor suppressor PTEN").

    >>> from kg.model import Entity
    >>> m = lambda t, at, k="CytokineOrGrowthFactor": Mention(at, at + len(t), t, Entity(t, t, k), "lexicon")
    >>> s = "cytokines (TNF-α, IL-6)"
    >>> ms = [m("cytokines", 0, "Molecule"), m("TNF-α", 11), m("IL-6", 18)]
    >>> [x.text for x in listed_members(s, ms, ms[0])]
    ['TNF-α', 'IL-6']
    """
    example = _SUCH_AS.match(sentence, m.end)
    if example is None and _CLASS_PLURAL.search(m.text):
        example = re.compile(r" (?=\w)").match(sentence, m.end)  # "the proteins CD9, CD63 and CD81"
    if example:
        after = [i for i, x in enumerate(mentions) if x.start == example.end()]
        return coordinated_with(sentence, mentions, after[0]) if after else []
    named = [x for x in mentions if x.start == m.end + 1 and sentence[m.end] == " " and x.entity.type in _MEMBER_TYPES] \
        if one and _CLASS_ONE.search(m.text) else []
    if named:  # "the anti-inflammatory cytokine IL-10", "the tumor suppressor PTEN": that one
        return named[:1]
    opening = MEMBERS_OPEN.match(sentence, m.end)
    if not opening or MIRNA.fullmatch(m.text) or SYMBOL.fullmatch(m.text):  # "miR-146a (exo-146a)": one name, no members
        return []
    close = sentence.find(")", m.end)
    inside = [x for x in mentions if opening.end() <= x.start and x.end <= close]
    if not inside or inside[0].start != opening.end():
        return []
    group = [x for x in coordinated_with(sentence, mentions, mentions.index(inside[0])) if x.end <= close]
    # the brackets list members only where they hold nothing else: "(residual wound area on day 14: 9.1%)" is a remark;
    # one name alone is a member of a class only ("liver index (body weight/liver weight)" says what the index is)
    if not _MEMBERS_END.fullmatch(sentence, group[-1].end, close) or len(group) == 1 and not (
            m.entity.generic or _CLASS_PLURAL.search(m.text)):
        return []
    return group
