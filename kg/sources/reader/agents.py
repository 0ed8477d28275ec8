"""Who did it, where a sentence names a treated model or treated cells first and the treatment after.

"HIRI mice preinjected with BMSC-Exos had decreased ALT": the mice are where it happened, the vesicles
did it. The clause rules (:mod:`.relations`) take the name before the verb as its subject; these
set phrases move the subject to what the model was treated with.
"""
from __future__ import annotations

import re

from .names import Mention

_TREATED_WITH = re.compile(r"\s*(?:\+\s*|(?:mice|rats|animals|models?|cells)?\s*(?:that\s+were\s+|were\s+)?(?:(?:pre-?)?"
                           r"(?:treated|injected|preinjected|infused|transplanted|administered|co-?cultured|incubated)\s+with"
                           r"|receiving|given)\s+(?:the\s+)?(?:(?:intra[a-z]+|intravenous|systemic|local|topical)\s+)?)$", re.I)
# "LPS-stimulated RAW264.7 cells treated with ADSC-EVs": what the cells were given first is their model, not the agent
# "When co-cultured with X, the cells ...": the treatment frames what the cells then did
_FRONTED_TREATMENT = re.compile(r"(?:When|After|Once|Upon|Following)\s+(?:being\s+)?(?:co-?cultured|treated|incubated|pre-?treated)"
                                r"\s+with\s+(?:the\s+)?", re.I)
_CELLS_NOUN = re.compile(r"\bcells?$", re.I)
_GIVEN_FIRST = re.compile(r"[-\u2010](?:stimulated|treated|exposed|challenged|primed|induced)\s+", re.I)
# "Treatment of PC12 cells with exosomes increased ...", "Exposure of Treg cells to EVs results in ...": the act
# named before the cells; what they were given did it
_ACT_ON = re.compile(r"\b(?:treat(?:ment|ing)|expos(?:ure|ing)|incubat(?:ion|ing)|co-?cultur(?:e|ing)|stimulat(?:ion|ing)"
                     r"|pre-?treat(?:ment|ing)|challenge|challenging)\s+(?:of\s+)?(?:the\s+)?"
                     r"(?:[\w\u0370-\u03ff]+[-\u2010](?:injured|damaged|stimulated|exposed|treated|induced|challenged)\s+|human\s+|primary\s+)?$", re.I)
# "Topical application of ADSC-Exos to imiquimod-induced lesions ... reduced X": what was applied did it, not where
# (not names.GIVING's "treatment": "treatment of HK-2 cells in ... with X" names the cells first)
_GIVING = re.compile(r"\b(?:application|administration|injection|infusion|instillation|delivery|transplantation)\s+of\s+"
                     r"(?:the\s+)?$", re.I)
_GIVEN_TO = re.compile(r"\s+(?:to|into|in|onto)\s+(?:the\s+)?", re.I)
# "V A, B, and C, and reduced D": a verb set apart by ", and" from the list before it, whose last member (after
# "and" or a comma) is none of its doers
_AND_VERB = re.compile(r"\s*,\s*and\s+(?:also\s+|then\s+|\w+ly\s+)?")
_LIST_END = re.compile(r"(?:,|\band)\s+$")
# a tool named by its kind only, right before the participle that says what it does
_TOOL_BEFORE = re.compile(r"(?<![\w-])(?:(?:sh|si|sg)RNAs?|antibod(?:y|ies)|vectors?|plasmids?|constructs?|oligonucleotides?"
                          r"|primers?|probes?)\s+$", re.I)
_ING = re.compile(r"[a-z]+ing\b")
_OR_AND = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*(?:the\s+|a\s+)?")
# ("Treatment of DPN in diabetic mice with exo-146a": where the treated disease was, then what was given)
_WITH_AGENT = re.compile(r"\s*(?:cells?\s+)?(?:in\s+(?:[\w-]+\s+){1,3}?)?(?:with|to)\s+(?:the\s+)?", re.I)


def treated_agent(sentence: str, mentions: list[Mention], subjects: list[Mention], verb_start: int) -> list[Mention]:
    """The subjects of the verb at *verb_start*: *subjects*, unless the one subject is a model named
    with what it was treated with ("HIRI mice preinjected with BMSC-Exos had ...", "HIRI + miR-25b-3p
    mice had ...", "Treatment of PC12 cells with exosomes increased ..."); then that treatment.

    >>> from kg.model import Entity
    >>> s = "HIRI mice preinjected with BMSC-Exos had decreased ALT"
    >>> ms = [Mention(0, 4, "HIRI", Entity("h", "HIRI", "DiseaseOrInjury"), "lexicon"),
    ...       Mention(27, 36, "BMSC-Exos", Entity("e", "BMSC-Exos", "Exosome"), "lexicon")]
    >>> [m.text for m in treated_agent(s, ms, ms[:1], 41)]
    ['BMSC-Exos']

    None, when the subject found is the last member of a list that ", and" sets apart from the verb
    ("EVs sped up closure, angiogenesis, and re-epithelization, and reduced scarring": the list's end is no doer):

    >>> s = "sped up closure and angiogenesis, and reduced scarring"
    >>> ms = [Mention(20, 32, "angiogenesis", Entity("a", "angiogenesis", "BiologicalProcess"), "lexicon")]
    >>> treated_agent(s, ms, ms, 38), [m.text for m in treated_agent(s[:32] + " reduced scarring", ms, ms, 33)]
    ([], ['angiogenesis'])
    """
    if subjects and _AND_VERB.fullmatch(sentence, subjects[-1].end, verb_start) and \
            _LIST_END.search(sentence, 0, subjects[0].start):
        return []
    if subjects and _TOOL_BEFORE.search(sentence, max(0, verb_start - 40), verb_start) and _ING.match(sentence, verb_start):
        return []  # "... or a lentiviral shRNA targeting Nrf2": the unnamed tool targets it, not a name before it
    if len(subjects) != 1:
        return subjects
    # "application of X to imiquimod-induced lesions ... reduced Y": what was applied did it, not where
    given = next((g for g in reversed(mentions) if g.end < subjects[0].start and subjects[0].start - g.end <= 60
                  and _GIVING.search(sentence, max(0, g.start - 40), g.start) and _GIVEN_TO.match(sentence, g.end)), None)
    if given is not None:
        return [given]
    if (frame := _FRONTED_TREATMENT.match(sentence)) and subjects[0].start > frame.end() and (
            subjects[0].entity.type in ("CellType", "Organism") or _CELLS_NOUN.search(subjects[0].text)):
        given = [m for m in mentions if m.start == frame.end()]
        if given and given[0].end < subjects[0].start:
            return given[:1]  # "When co-cultured with BMSC-Exos, RAW264.7 cells produced less NO": the vesicles did
    i = next((k for k, m in enumerate(mentions) if m is subjects[0]), None)
    if i is None or i + 1 >= len(mentions) or mentions[i + 1].end > verb_start:
        return subjects
    nxt = mentions[i + 1]
    if nxt.entity.type == "Organism" and i + 2 < len(mentions) and mentions[i + 2].end <= verb_start:
        i, nxt = i + 1, mentions[i + 2]  # "MRL/lpr mice treated with ...": the animals are no agent either
    if _GIVEN_FIRST.fullmatch(sentence, mentions[i].end, nxt.start) and nxt.entity.type == "CellType" \
            and i + 2 < len(mentions) and mentions[i + 2].end <= verb_start:
        i, nxt = i + 1, mentions[i + 2]
    given = _TREATED_WITH.fullmatch(sentence[mentions[i].end : nxt.start]) or (
        _ACT_ON.search(sentence, max(0, subjects[0].start - 60), subjects[0].start)
        and _WITH_AGENT.fullmatch(sentence, mentions[i].end, nxt.start))
    rest = [m for m in mentions[i + 2 :] if m.start >= nxt.end and m.end <= verb_start]
    if given and not rest:
        return [nxt]
    listed = [nxt]
    for m in rest:
        if not _OR_AND.fullmatch(sentence, listed[-1].end, m.start):
            break
        listed.append(m)
    if given and len(listed) == len(rest) + 1:
        return listed  # "chondrocytes treated with BMSC-Exos or miR-9-5p mimic had lower X": each of them
    return subjects
