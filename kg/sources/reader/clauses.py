"""Clauses and subjects: where a verb's clause starts, which names are listed together, and who does
what a verb says (its subject in active voice).

:mod:`.relations` reads each trigger with these; :mod:`.phrases`, :mod:`.rules` and :mod:`.discourse`
find clause starts and listed names with them too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...ontology import Ontology
from .names import Mention
from .predicates import fits, kin
from .triggers import (BY_GERUND, CARGO_TYPES, CHANGED_OF, COMPOUND_MODIFIER, CONSTRAINTS, COORD, DERIVED_GAP, ENCLOSED_RELATIVE, GROUP_BEFORE,
                       INDUCED_GAP,
                       HARD_BOUNDARY, LOWERING_GERUNDS, MEASURE_AFTER, NOMINAL_HEAD, PREPOSITION_BEFORE, PRONOUN_SUBJECT,
                       RAISING_GERUNDS, RELATIVE, SOURCE_GAP, TRIGGER_RX, VESICLE, list_head, list_start)


@dataclass(frozen=True)
class Verb:
    """Where a verb (a trigger) starts in its sentence, and its words."""
    start: int
    text: str


def coordinated_with(sentence: str, mentions: list[Mention], first: int, changes: bool = False) -> list[Mention]:
    """The mention at index *first* and every mention coordinated with it ("A, B and C"); with *changes*,
    a verb's objects, also a fall listed after a rise ("the upregulation of A and downregulation of B")."""
    out = [mentions[first]]
    j = first + 1
    while j < len(mentions):
        gap = sentence[out[-1].end : mentions[j].start]
        if gap.startswith(" (") or gap.startswith("("):  # "cytokines (TNF-α, IL-6)": the members
            break
        gap = gap[m.end() :] if changes and (m := MEASURE_AFTER.match(gap)) else gap  # "A cleavage and B": A, B
        if not COORD.match(gap) and not (changes and _FALL_AFTER_RISE.match(gap) and _RISE_OF.search(sentence, 0, mentions[first].start)) \
                and not (changes and _LEVEL_ITEM.fullmatch(gap)) \
                and not (_UNNAMED_MEMBER.fullmatch(gap) and not TRIGGER_RX.search(gap)):
            break
        if COMPOUND_MODIFIER.match(sentence, mentions[j].end):
            if j + 1 < len(mentions) and INDUCED_GAP.fullmatch(sentence, mentions[j].end, mentions[j + 1].start):
                out.append(mentions[j + 1])  # "A and gasdermin D-mediated pyroptosis": the pyroptosis is listed
                j += 2
                continue
            break  # "..., and miR-21-mediated inhibition of Y": a modifier, not a listed item
        if NOMINAL_HEAD.match(sentence, mentions[j].end):
            break  # "controlling X, and paracrine factor secretion": a new item of a list of abilities
        if _COMMA_AND.search(gap) and _OWN_CLAUSE.match(sentence, mentions[j].end):
            break  # "reduced A and B, and miR-145-5p, which targets C, was enriched": the miRNA opens a clause of its own
        out.append(mentions[j])
        j += 1
    return out


# a member the reader has no name for, listed between two it has ("reduced apoptosis, swelling, and inflammation")
_UNNAMED_MEMBER = re.compile(r"\s*,\s*(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s*,\s*(?:and|or)\s+(?:the\s+)?")
# a name with a relative clause and then a verb in the singular ("..., which targets C, was enriched"): the
# verb's subject, which no list before it can be
_OWN_CLAUSE = re.compile(r",\s+(?:which|that|who)\b[^;.,]{1,150},\s+(?:was|is|has)\b")
_COMMA_AND = re.compile(r",\s*and\s+(?:the\s+)?$")
_PROCESS_IN_PLACE = re.compile(r"\s+(?:in|within)\s+(?:the\s+)?(?:[a-z]+\s+)?")
_MEASURED_IN_PLACE = re.compile(r"\s+(?:expression|levels?|activity|activation|production|secretion|release)\s+(?:in|within)\s+(?:the\s+)?"
                                r"(?:[a-z]+\s+)?")
# "alleviated the impairment, production of CK-MB and LDH, and ...": an item named by its measure, listed
_LEVEL_ITEM = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?(?:production|secretion|release|expression|levels?|activit(?:y|ies)"
                         r"|concentrations?)\s+of\s+(?:the\s+)?", re.I)
# "reversed the upregulation of IL-6 and downregulation of IL-10": a fall listed after a rise (its sign is its own)
_RISE_OF = re.compile(r"\b(?:up-?regulation|increase|elevation)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
_FALL_AFTER_RISE = re.compile(r"\s*,?\s*and\s+(?:the\s+)?(?:down-?regulation|decrease|reduction)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
def cells_after_tissue(sentence: str, mentions: list[Mention], j: int, ontology: Ontology) -> tuple[Mention, Mention]:
    """What mention *j* names, past a tissue that stands right before the next mention ("bone marrow" +
    "mesenchymal stem cells"), and that mention in all its words, the tissue's too (grounded as that tissue's cells).

    >>> from kg.model import Entity
    >>> s = "bone marrow MSCs"
    >>> ms = [Mention(0, 11, "bone marrow", Entity("bm", "bone marrow", "AnatomicalSite"), "lexicon"),
    ...       Mention(12, 16, "MSCs", Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell"), "lexicon")]
    >>> [m.text for m in cells_after_tissue(s, ms, 0, Ontology.load())]
    ['MSCs', 'bone marrow MSCs']
    """
    first = mentions[j]
    if ontology.is_a(first.entity.type, "AnatomicalSite") and j + 1 < len(mentions) \
            and not sentence[first.end : mentions[j + 1].start].strip():
        nxt = mentions[j + 1]
        return nxt, replace(nxt, start=first.start, text=sentence[first.start : nxt.end])
    return first, first


def unbracket(text: str) -> str:
    """*text* with bracketed and em-dash-enclosed asides blanked out (same length), so their dashes
    are no boundaries: in "MSC exosomes—vesicles carrying miR-21—reduce apoptosis" the verb's clause
    starts at the sentence start."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\u2014[^\u2014]{1,80}\u2014", lambda m: " " * len(m.group()), text)



def clause_start(sentence: str, at: int) -> int:
    """Where the clause holding offset *at* starts: after the last hard boundary (a semicolon, a dash,
    a subordinating word) before it, bracketed asides ignored.

    >>> s = "exosomes are not signals\u2014they are consumed by neurons"
    >>> s[clause_start(s, s.index("consumed")):]
    'they are consumed by neurons'
    """
    start = 0
    for b in HARD_BOUNDARY.finditer(unbracket(sentence[:at])):
        start = b.end()
    while start < at and sentence[start].isspace():
        start += 1
    return start


# "the ability of BM MSCs to protect against X": whose ability it is does the verb
ABILITY_OF = re.compile(r"\b(?:abilit(?:y|ies)|capacit(?:y|ies)|capabilit(?:y|ies)|potential|power|propensity)\s+of\s+"
                        r"(?:the\s+|these\s+|their\s+|its\s+)?$", re.I)
TO_INFINITIVE = re.compile(r"\s+to\s+(?:\w+ly\s+)?")
_APPOSED_CLASS = re.compile(r",\s+(?:a|an|the|one)\s+[\w\s-]{0,40}", re.I)


def subjects_of(sentence: str, mentions: list[Mention], before: list[int], t: Verb, rel: str,
                ontology: Ontology) -> list[Mention]:
    """The subject(s) of the verb *t* (a relation *rel*) in active voice, among the mentions *before* it
    (indices into *mentions*): a relative clause's antecedent, else the first fitting name of its clause.

    >>> from kg.ontology import Ontology
    >>> from kg.sources.reader import Reader
    >>> s = "MSC exosomes, which carry miR-21, reduced apoptosis."
    >>> ms = [m for m in Reader().read(s).mentions]
    >>> verb = Verb(s.index("reduced"), "reduced")
    >>> [m.text for m in subjects_of(s, ms, [0, 1], verb, "decreases", Ontology.load())]
    ['MSC exosomes']
    """
    if not before or t.text.lower().endswith("ing") and (BY_GERUND.search(sentence, 0, t.start) or GROUP_BEFORE.search(sentence, 0, t.start)):
        return []  # "the effect of X was impaired by reducing miR-199a": whoever reduced it is not named (nor "mice containing")
    allowed = CONSTRAINTS.get(rel, (None, None))[0]

    def fits_here(x: Mention) -> bool:  # a subject of a kind the verb takes
        return fits(ontology, x.entity.type, allowed)

    def with_listed(i: int) -> list[Mention]:  # mentions[i] and the names of its kind listed before it
        return mentions[list_start(sentence, mentions, i, lambda x: fits_here(x) and kin(ontology, x.entity.type, mentions[i].entity.type)) : i + 1]

    if rel == "derives_from" and re.match(r"(?:derived|isolated|obtained)\b", t.text, re.I) and fits_here(mentions[before[-1]]):
        # "sEV secreted by MSCs (MSC) derived from iPSC": a participle's noun is the name right before (its long form)
        k = before[-1]
        k -= k > 0 and mentions[k - 1].entity.id == mentions[k].entity.id and bool(re.fullmatch(r"\s*\(", sentence[mentions[k - 1].end : mentions[k].start]))
        return [mentions[k]]
    head = sentence[: t.start]
    if fits_here(last := mentions[before[-1]]) and TO_INFINITIVE.fullmatch(sentence, last.end, t.start) and \
            ABILITY_OF.search(sentence, 0, list_head(sentence, mentions, last).start):
        return with_listed(before[-1])
    rel_clause = RELATIVE.search(head) or _WHERE_IT.search(head)
    if rel_clause and (cargo := _delivered_cargo(sentence, mentions, [i for i in before if mentions[i].end <= rel_clause.start()])):
        return [cargo]  # "delivered miR-142-3p to NP cells, which suppressed MLK3": the cargo acts in the cells
    if rel_clause and rel_clause.group().lstrip(", ").lower().startswith("where"):
        # "MSC-Exos reached the hippocampus, where they reduced Aβ deposition": the vesicles that went there (not
        # "miR-17-5p, which the exosomes carry into cells, where it turns down SIRT7": "it" is one thing)
        ante = [i for i in before if mentions[i].end <= rel_clause.start() and fits_here(mentions[i])
                and ontology.is_a(mentions[i].entity.type, VESICLE)] if re.search(r"\bthey\b", rel_clause.group()) else []
        if ante:
            return [mentions[ante[0]]]
    elif rel_clause:
        # "X, which promotes Y" / "packets that contain Z": the antecedent is the last mention before.
        cands = [i for i in before if mentions[i].end <= rel_clause.start()]
        cands = [i for i in cands if fits_here(mentions[i])]
        if not cands:
            return []
        i = cands[-1]
        if i - 1 in cands and (_PROCESS_IN_PLACE.fullmatch(sentence, mentions[i - 1].end, mentions[i].start)
                               and (mentions[i - 1].entity.type in ("BiologicalProcess", "Phenotype", "Pathway", "MicroRNA")
                                    or ontology.is_a(mentions[i - 1].entity.type, "GeneOrProtein"))
                               or _MEASURED_IN_PLACE.fullmatch(sentence, mentions[i - 1].end, mentions[i].start)) \
                and (ontology.is_a(mentions[i].entity.type, "CellType") or ontology.is_a(mentions[i].entity.type, "AnatomicalSite")):
            i -= 1  # "inflammasome activation in cardiomyocytes, which leads to apoptosis": the activation leads to it
            # (and "VEGF expression in HUVECs, which may contribute to angiogenesis": VEGF)
        # "miR-122, a liver-enriched microRNA that suppresses ...": a class noun in apposition to a name stands for it
        named = [j for j in range(i) if mentions[j].entity.type == mentions[i].entity.type
                 and mentions[j].entity.id != mentions[i].entity.id
                 and _APPOSED_CLASS.fullmatch(sentence[mentions[j].end : mentions[i].start])]
        if named:
            return [mentions[named[-1]]]
        return with_listed(i)  # "miR-199a-3p and let-7b, which suppress TLR4": every coordinated antecedent
    # The clause the trigger sits in starts after the last hard boundary or a comma that does not merely list mentions.
    clause_start = 0
    for b in HARD_BOUNDARY.finditer(unbracket(head)):
        clause_start = b.end()
    for c in re.finditer(r",\s", head):
        if c.start() < clause_start:
            continue
        left = [m for m in mentions if m.end <= c.start()]
        right = [m for m in mentions if m.start >= c.end()]
        if left and right and left[-1].end == c.start() and right[0].start == c.end() and not _OPENER.match(head, clause_start):
            continue  # "A, B and C" (not "After treating A with B, C inhibited ...")
        clause_start = c.end()
    relative = re.search(r"\b(?:which|who)\s*$", head[:clause_start]) or ENCLOSED_RELATIVE.search(head)
    cands = [i for i in before if mentions[i].start >= clause_start]
    if relative and not (cands and re.fullmatch(r"\s*(?:\w+ly\s+)?", head[mentions[cands[-1]].end :])):
        # "the Sirt6 pathway, which is a pivotal pathway ... and promotes longevity": the antecedent ("which miR-21 suppresses": no)
        ante = [i for i in before if mentions[i].end <= relative.start()
                and fits_here(mentions[i])]
        if ante:  # ("miR-199a-3p/145-5p, which are ..., promoted": each of the list)
            return with_listed(ante[-1])
    # "exosomes from MSCs (MSC-Exos) mitigated colitis": the cells only say where the vesicles come from
    source_of = {i for i in before if i > 0 and ontology.is_a(mentions[i].entity.type, "CellType")
                 and ontology.is_a(mentions[i - 1].entity.type, VESICLE)
                 and SOURCE_GAP.fullmatch(sentence, mentions[i - 1].end, mentions[i].start)}
    # ... and so does their short form after them: "exosomes from adipose-derived stem cells (ADSCs) protect"
    source_of |= {i for i in before if i - 1 in source_of and ontology.is_a(mentions[i].entity.type, "CellType") and re.fullmatch(r"\s*\(", sentence[mentions[i - 1].end : mentions[i].start])}
    cands = [i for i in cands if i not in source_of]
    # "MSC exosome-derived miR-874-3p attenuates X": what the next name is derived from only modifies it
    # ... and so do the vesicles written right before their miRNA ("BMSC-exosomes miR-25-3p regulates X")
    cands = [i for i in cands if not (i + 1 < len(mentions) and mentions[i + 1].start < t.start
                                      and (DERIVED_GAP.fullmatch(sentence, mentions[i].end, mentions[i + 1].start)
                                           # "curcumin-loaded MSC-Exos reduced X": the cargo only says what they hold
                                           or _LOADED_GAP.fullmatch(sentence, mentions[i].end, mentions[i + 1].start)
                                           and ontology.is_a(mentions[i + 1].entity.type, VESICLE)
                                           or (mentions[i + 1].entity.type == "MicroRNA"
                                               and ontology.is_a(mentions[i].entity.type, VESICLE)
                                               and not sentence[mentions[i].end : mentions[i + 1].start].strip())))]
    # A preposition's object is no subject ("Loading miRNAs into cells generates"), nor one listed with it ("Exosomes
    # from A and B"), unless their loss or gain acts ("knockdown of A and B")
    cands = [i for i in cands if not PREPOSITION_BEFORE.search(head[: (h := list_head(sentence, mentions, mentions[i]).start)])
             or CHANGED_OF.search(head, 0, h)] or cands
    fitting = [i for i in cands if fits_here(mentions[i])]
    if not fitting and PRONOUN_SUBJECT.search(head) and before and mentions[before[0]].source == "anaphora" \
            and fits_here(mentions[before[0]]):
        # "Treatment reduced IL-1β and TNF-α, and it improved survival": "it" takes up the treatment
        return [mentions[before[0]]]
    if not fitting:
        # No fitting subject in the clause: the nearest fitting mention to the left in the sentence, not
        # one before "where" ("AGA is a kind of hair loss, where [DHT, unnamed] causes shrinkage ..."); none for "it" ("but it can cause")
        fitting = [i for i in before if fits_here(mentions[i]) and i not in source_of
                   # (nor one listed with a preposition's object: "transferred X to neurons and astrocytes, increasing")
                   and not PREPOSITION_BEFORE.search(head[: mentions[i].start])
                   and not _PREPOSITION_NEAR.search(head, max(0, (h := list_head(sentence, mentions, mentions[i]).start) - 60), h)
                   and not re.search(r"\bwhere\b", head[mentions[i].end :])][-1:] if not PRONOUN_SUBJECT.search(head) else []
        if not fitting:
            return []
    first = fitting[0]
    if len(fitting) > 1 and _NEW_SUBJECT.search(head, 0, mentions[fitting[-1]].start) \
            and re.fullmatch(r"\s*(?:\w+ly\s+)?", head[mentions[fitting[-1]].end :]) \
            and (verb := TRIGGER_RX.search(sentence, mentions[first].end, mentions[fitting[-1]].start)) \
            and not (verb.group().lower().endswith("ing") and not sentence[mentions[first].end : verb.start()].strip()):
        # "A reduced X and B increased Y": B, the subject of the second clause, increased Y (not in "Exosomes
        # containing A and B reduced X", where the participle only says what the exosomes carry)
        first = fitting[-1]
    group = coordinated_with(sentence, mentions, first)
    k = mentions.index(group[-1]) + 1
    while k < len(mentions) and mentions[k].end <= t.start and _MODULATED_OR.fullmatch(sentence, group[-1].end, mentions[k].start):
        group.append(mentions[k])  # "overexpression of miR-486-3p or knockdown of TLR4 inhibited X": both did
        k += 1
    return [m for m in group if m.end <= t.start and fits_here(m)]


# a preposition's object, however many adjectives: "an effect on aged endothelial cells, reducing X": no subject
_PREPOSITION_NEAR = re.compile(r"\b(?:(?:in|into|on|onto|at|from|with|within|under|during|than)\s+(?:the\s+|a\s+|an\s+)?"
                               r"(?:(?![\w-]*ing\s)[\w-]+\s+){0,2}|to\s+(?:the\s+|a\s+|an\s+)?)$", re.I)  # (not a gerund's or verb's object)
_LOADED_GAP = re.compile(r"[-\u2010](?:loaded|encapsulated|carrying|containing|enriched|primed|pretreated|preconditioned)\s+", re.I)
# "..., where it inhibited TLR4": what was brought to the place acts there
_WHERE_IT = re.compile(r",\s*where\s+(?:it|they)\s+(?:\w+ly\s+)?$", re.I)
_DELIVERED_TO = re.compile(r"\b(?:delivered|transferred|shuttled|transported|conveyed|carried|transmitted)\s+(?:the\s+)?$", re.I)
_TO_PLACE = re.compile(r"\s+(?:to|into)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_CARGO = (*CARGO_TYPES, "CytokineOrGrowthFactor")


def _delivered_cargo(sentence: str, mentions: list[Mention], before: list[int]) -> Mention | None:
    """The cargo a verb of delivery brought to the cells named last in *before* (indices into *mentions*), or None:
    in "transferred miR-216a-5p into microglia, where it ..." and "delivered X to NP cells, which ..." the cargo acts."""
    if len(before) < 2:
        return None
    cells, cargo = mentions[before[-1]], mentions[before[-2]]
    if cells.entity.type != "CellType" or cargo.entity.type not in _CARGO:
        return None
    gap = _TO_PLACE.match(sentence, cargo.end)
    return cargo if gap and gap.end() == cells.start and _DELIVERED_TO.search(sentence, max(0, cargo.start - 30), cargo.start) else None


_OPENER = re.compile(r"\s*(?:Both\s+in|After|Before|When|Once|Upon|Following|Although|Though|Because|Since|If|Unless|While|Whereas|In|By|Through|Via)\b")
_NEW_SUBJECT = re.compile(r"\b(?:and|but|while|whereas)\s+(?:the\s+)?$")
_MODULATED_OR = re.compile(
    r"\s*,?\s*(?:and|or)\s+(?:(?:the\s+)?(?:overexpression|over-expression|up-?regulation|knockdown|knock-down|silencing|"
    rf"inhibition|depletion|deletion|loss|down-?regulation)\s+of\s+(?:the\s+)?|(?:{RAISING_GERUNDS}|{LOWERING_GERUNDS})"
    r"\s+(?:the\s+)?)", re.I)
