"""What a treated group had more or less of: "the exosomes group had higher VEGF and CD34 expression", "the Treg
ratio and VEGF level in the MSC group were higher than those in the AA group", "better angiogenesis in the
exosomes group", "IL-1β was lower in exosome-treated rats (or in rats given exosomes) than in controls". The
treatment that names the group raises or lowers what was measured (curators read a group comparison so); a
control, sham, vehicle or disease group names no treatment.
"""
from __future__ import annotations

import re

from ...ontology import Ontology
from .clauses import clause_start, coordinated_with
from .names import Mention
from .predicates import fits, predicate_for
from .relations import Claim
from .triggers import NEGATION, list_start

_UP = r"higher|greater|increased|elevated|more|better|improved|enhanced|stronger|larger"
_DOWN = r"lower|less|decreased|reduced|weaker|fewer|milder|smaller"
_DIRECTION = rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))"
_GROUP = r"(?:[-\u2010](?:treated|treatment)|\s+(?:treatment|treated|therapy))?\s+groups?"  # "(-treated|treatment) group(s)"
# after the agent: "(-treated|treatment) group(s) had (significantly) higher"
_GROUP_HAD = re.compile(_GROUP + r"\s+"
                        r"(?:had|has|showed|shows|exhibited|displayed|presented|revealed|demonstrated)\s+"
                        r"(?:a\s+|an\s+)?(?:\w+ly\s+)?" + _DIRECTION + r"\s+(?:(?:serum|plasma|tissue|protein|mRNA)\s+)?"
                        r"(?:(?:levels?|expression|ratios?|numbers?|concentrations?|contents?)\s+of\s+)?(?:the\s+)?", re.I)
# before the agent: "Y (level) in the", and after: " group were (significantly) higher"
_IN_THE = re.compile(r"(?:\s+(?:levels?|expression|ratios?|counts?|numbers?|contents?))?\s+in\s+the\s+$", re.I)
_GROUP_WAS = re.compile(_GROUP + r"\s+(?:was|were)\s+"
                        r"(?:\w+ly\s+)?" + _DIRECTION + r"\b", re.I)
# "higher Y and better Z in the exosomes group"
_DIRECTION_BEFORE = re.compile(rf"\b{_DIRECTION}\s+(?:\w+\s+)?$", re.I)
_GROUP_AFTER = re.compile(_GROUP + r"\b", re.I)
# "IL-1β was lower in exosome-treated rats (than in ...)", "... in rats given MSC-sEVs than in those given PBS": what
# was measured in the treated animals, before the verb, moved by what they were given
_WAS_IN = rf"\s+(?:was|were)\s+(?:\w+ly\s+)?{_DIRECTION}\s+in\s+(?:the\s+)?"
_HOLDERS = r"(?:mice|rats|animals|cells|patients|groups?|models?)"
_IN_TREATED_BEFORE = re.compile(_WAS_IN + rf"(?:[\w/+-]+\s+){{0,2}}?{_HOLDERS}\s+(?:(?:pre-?)?(?:treated|injected|infused)\s+with|given"
                                r"|receiving)\s+(?:the\s+)?(?:[a-z]+(?:al|ous)\s+)?$", re.I)
_IN_TREATED_AFTER = (re.compile(_WAS_IN + r"$", re.I), re.compile(rf"[-\u2010](?:treated|injected)\s+(?:[\w/+-]+\s+)?{_HOLDERS}\b", re.I))
_PLACE_BEFORE = re.compile(r"\b(?:in|on|at|of|from|with|by|after|during|within|before)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_AGENTS = ("ExtracellularVesicle", "CellType", "MicroRNA", "GeneOrProtein", "Molecule", "Intervention")
_CONTROL = re.compile(r"(?:PBS|saline|vehicle|control|sham|DMSO|NC|IgG|normal)$", re.I)  # what a control group is given


def group_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """Claims that the treatment a group is named after moves what that group had more or less of.

    >>> from kg.model import Entity
    >>> s = "The exosomes group had higher VEGF."
    >>> ms = [Mention(4, 12, "exosomes", Entity("e", "exosome", "Exosome"), "lexicon"),
    ...       Mention(30, 34, "VEGF", Entity("v", "VEGF", "CytokineOrGrowthFactor"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in group_claims(s, ms, Ontology.load())]
    [('exosomes', 'increases', 'VEGF')]
    """
    out: list[Claim] = []
    if not re.search(r"\bgroups?\b|[\s-](?:treated|injected|infused|given|receiving)\s", sentence, re.I) or NEGATION.search(sentence):
        return out

    def add(agent: Mention, targets: list[Mention], up: bool) -> None:
        for t in targets:
            pred = predicate_for("increases" if up else "decreases", agent, t, ontology, 1)
            if pred is not None and t.entity.id != agent.entity.id:
                out.append(Claim(agent, pred, t, min(agent.start, t.start), max(agent.end, t.end), 0.55))

    for i, a in enumerate(mentions):
        if not fits(ontology, a.entity.type, _AGENTS) or _CONTROL.match(a.text):
            continue
        had = _GROUP_HAD.match(sentence, a.end)
        if had:  # "the exosomes group had higher VEGF and CD34"
            first = next((k for k in range(i + 1, len(mentions)) if mentions[k].start == had.end()), None)
            if first is not None:
                add(a, coordinated_with(sentence, mentions, first), bool(had.group("up")))
            continue
        treated = _IN_TREATED_BEFORE.search(sentence, max(0, a.start - 120), a.start) or (
            _IN_TREATED_AFTER[1].match(sentence, a.end) and _IN_TREATED_AFTER[0].search(sentence, max(0, a.start - 60), a.start))
        # (a comparison with "than": the names before the verb, the clause's first and those listed with it, were measured)
        if treated and i > 0 and re.search(r"\bthan\b", sentence[a.end : a.end + 80]):
            start = clause_start(sentence, treated.start())
            measured = [k for k in range(i) if mentions[k].start >= start and mentions[k].end <= treated.start()
                        and not _PLACE_BEFORE.search(sentence, max(start, mentions[k].start - 40), mentions[k].start)]
            if measured:
                add(a, coordinated_with(sentence, mentions, measured[0]), bool(treated.group("up")))
            continue
        if not _IN_THE.search(sentence, max(0, a.start - 40), a.start) or not _GROUP_AFTER.match(sentence, a.end) or i == 0:
            continue
        was = _GROUP_WAS.match(sentence, a.end)
        before = _DIRECTION_BEFORE.search(sentence, max(0, mentions[i - 1].start - 20), mentions[i - 1].start)
        last = i - 1  # the measures named before "in the X group", and those listed with them
        first = list_start(sentence, mentions, last, lambda m: True)
        if was:  # "the Treg ratio and VEGF level in the MSC group were higher"
            add(a, mentions[first : last + 1], bool(was.group("up")))
        elif before and _IN_THE.fullmatch(sentence, mentions[last].end, a.start):  # "better angiogenesis in the exosomes group"
            add(a, [mentions[last]], bool(before.group("up")))
    return out
