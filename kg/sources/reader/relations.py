"""Relation extraction: trigger words mapped to ontology relations, with the arguments around them.

Rules, in the order they apply to each trigger in a sentence:

* **Trigger table** (:data:`.triggers.TRIGGERS`): verb forms and phrases mapped to a relation of
  ontology/exokg.ttl ("dampens" -> decreases, "packed with" -> carries, "taken up by" -> taken_up_by).
* **Passive voice**: a past participle followed by "by" swaps the arguments ("PTEN is suppressed by
  miR-21" -> miR-21 decreases PTEN).
* **Subject**: coordinated verbs share the subject ("cross A, suppress B and promote C"); a
  participle clause after a causal claim ("A dampens B, reducing C") makes B the subject, with the
  sign of B on C the product of the two signs; a relative clause ("X, which promotes Y") takes X;
  otherwise the first mention of the trigger's clause that fits the relation's subject types.
* **Objects**: the first mention after the trigger in its clause plus every mention coordinated
  with it ("activated ERK1/2, STAT3 and CREB" gives three statements).
* **Mechanism chains**: "A enhances B through C inhibition" also gives A decreases C and
  C decreases B (the sign of C on B is the trigger's sign times the nominal's).
* **Negation**: "not", "no", "never", "failed to", "without" between the subject and the trigger
  drop the claim; the reader never turns a negated trigger into its opposite, because "did not
  reduce" says nothing about increasing.
* **Clause-local negation**: a negation counts only inside the trigger's own clause ("are not mere
  signals—they are consumed by neurons" keeps the second claim).
* **Adjectives and nominals** (:mod:`.phrases`: ``modifier_claims``, ``nominal_claims``; :mod:`.settings`:
  ``setting_claims``): "pro-inflammatory cytokines (TNF-α)" -> TNF-α increases inflammation;
  "their anti-ageing effects", "their neuroprotective capacity"; "X-mediated suppression of Y",
  "inhibition of Y by X"; "the effects of X on Y" studied after evaluate/test/..., "therapy into Y".
* **Types**: each relation constrains its argument types (a cell secretes, a vesicle carries
  cargo), which keeps "exosomes deliver cargo to injured neurons" from reading as delivering neurons;
  a decrease whose object is a disease or injury is ``ameliorates``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from ...ontology import Ontology
from .agents import treated_agent
from .clauses import ABILITY_OF, TO_INFINITIVE, clause_start, coordinated_with, subjects_of, unbracket
from .members import listed_members
from .names import Mention, is_generic_vesicle
from .predicates import EFFECTS, OPPOSITE, causes, improves_disease, is_harm, is_harmful, predicate_for
from .triggers import (AFTER_VERB, AND_BEFORE, APPOSITION, BUT_NOT, CAUSED_STATE, CHAIN, CHANGE_BEFORE, COORD, DEPENDENT_GAP,
                       FROM_HARM, GAP_STOP, GERUND_SUBJECT, HARD_BOUNDARY, INDUCED_GAP,
                       INHIBITORY_NOMINALS, IN_TURN, LEVEL_OF, LOSS_AFTER, LOSS_OF, LOWERING_PARTS, MEDIATOR,
                       KIND_MEMBERS_GAP, MENDED_AFTER, NAME_ENDS, NEEDS_HARM, NEGATION, NOMINAL, NOMINAL_CHAIN, NO_SUBJECT, OBJECT_GAP,
                       OWNER_CELLS, PART_IN, PRENOMINAL, REPORTED_LEVEL, SETS_BACK, SHOWED_A, SHIELDING, STATE_LISTED,
                       TARGET_OF, TRIGGERS, TRIGGER_RX, UNNAMED_OBJECT, UNSIGNED_VERB, VERB_COORD, VERB_LISTED,
                       VESICLE, list_head, listed_inducer, moved_relation, phrase_end, pronoun_object, sets_right)


@dataclass(frozen=True)
class Claim:
    """One extracted relation between two mentions, before it becomes a Statement."""

    subject: Mention
    predicate: str
    object: Mention
    start: int  # span of the clause that states it (sentence coordinates are added by the caller)
    end: int
    confidence: float
    mediated: bool = False  # read from a mediator ("through miR-21"): another subject's claim, not a rival reading
    status: str | None = None  # what the rule knows of it beyond the words: a study's open question ("to explore the effects of")


@dataclass
class _Trigger:
    start: int
    end: int
    relation: str  # once read, what its objects underwent: "resulted in decreased B, activating C" is C through a fall of B
    passive_form: bool
    text: str
    subjects: list[Mention] | None = None
    objects: list[Mention] | None = None
    passive: bool = False  # read as passive: its grammatical subject is in ``objects``
    held: list[Mention] | None = None  # the subjects of a verb whose object is unnamed, for the verb after it
    means_for: "_Trigger | None" = None  # the verb this one is the means of ("reduced B by inhibiting C")


_SIGNED = ("increases", "decreases")
_THUS = re.compile(r"\b(?:thus|thereby|hence|consequently)\s+$", re.I)
_MOLECULAR = ("MicroRNA", "GeneOrProtein", "CytokineOrGrowthFactor", "Pathway")
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
_THIS_CHANGE = re.compile(r"\b(?:this|that|these|such)\s+(?:(down-?regulation|decrease|reduction|decline|loss)|up-?regulation|increase"
                          r"|elevation|rise|effect|change)s?\s+(?:was|were)\s+(?:\w+ly\s+)?$", re.I)
_AND_WAS = re.compile(r",?\s+(?:and|but|while|whereas|yet)\s+(?:it\s+|they\s+)?(?:was|were)\s+(?:\w+ly\s+)?$", re.I)
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])(?!(?:signal|animal|arterial)\s)[a-z]+(?:al|ic)\s+$")
_LESS_OR_MORE = re.compile(r"\s+(?:\w+ly\s+)?(?:(less|lower|fewer|reduced|decreased)|more|higher|greater|increased)\b"
                           r"(?!\s+(?:than|and\s+more)\b)", re.I)
_HARM_HEAD = re.compile(r"(?:injury|injuries|damage|dysfunction|lesions?)$", re.I)
_CONTROLLING = re.compile(r"controll?ing", re.I)
_ROLE_IN = re.compile(r"\broles?\s+in\s+$", re.I)


def extract(sentence: str, mentions: list[Mention], ontology: Ontology,
            specialize: Callable[[Mention, Mention], Mention | None] | None = None) -> list[Claim]:
    """Claims stated in *sentence*; *mentions* are its entity mentions in sentence coordinates.

    >>> from kg.model import Entity
    >>> from kg.ontology import Ontology
    >>> s = "miR-21 suppresses PTEN"
    >>> ms = [Mention(0, 6, "miR-21", Entity("miR-21", "miR-21", "MicroRNA"), "lexicon"),
    ...       Mention(18, 22, "PTEN", Entity("PTEN", "PTEN", "GeneOrProtein"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in extract(s, ms, Ontology.load())]
    [('miR-21', 'decreases', 'PTEN')]

    *specialize* (cell mention, generic vesicle mention) may return a specific vesicle mention: the exosomes a
    cell type secretes are that cell type's exosomes ("stem cells release exosomes" -> stem cell exosome), and
    later triggers in the sentence see the specific one. *mentions* is updated in place.
    """
    if len(mentions) < 2:
        return []
    inside = [(m.start, m.end) for m in mentions]
    triggers: list[_Trigger] = []
    state_end = -1  # where "with increased A" ends: "..., and decreased B" after it is a state too
    for t in TRIGGER_RX.finditer(sentence):
        if any(a <= t.start() < b for a, b in inside):
            continue  # "derived" in "MSC-derived exosomes" belongs to the name
        rel, participle = TRIGGERS[re.sub(r"\s+(?:\w+ly\s+)?", " ", t.group().lower())]
        if participle and (PRENOMINAL.search(sentence[: t.start()]) and not SHOWED_A.search(sentence, 0, t.start()) or AFTER_VERB.search(sentence, max(0, t.start() - 30), t.start())
                           or CAUSED_STATE.search(sentence, max(0, t.start() - 40), t.start())
                           or state_end >= 0 and STATE_LISTED.fullmatch(
                sentence, state_end, t.start()) and not HARD_BOUNDARY.search(sentence, state_end, t.start())):
            if sentence[: t.start()].rstrip().lower().endswith(("with", "and", "by")):
                state_end = t.end()
            continue  # "their secreted exosomes", "rats with elevated IOP": an adjective, not a verb
        if participle and rel == "increases" and not triggers and AND_BEFORE.search(sentence, 0, t.start()) and any(
                m.start == t.end() + 1 and TRIGGER_RX.match(sentence, m.end + 1) for m in mentions):
            continue  # "exosomes and upregulated miR-26a elevated SOD": the participle describes a subject
        if participle and REPORTED_LEVEL.search(sentence[: t.start()]) and LEVEL_OF.match(sentence, t.end()):
            continue  # "serum shows elevated levels of miRNAs": a measurement, not a cause
        if t.group().lower() in _CHANGE_NOUNS and _ARTICLE_BEFORE.search(sentence, max(0, t.start() - 30), t.start()) \
                or re.match(r"forms?\s+of\b", sentence[t.start() :], re.I):
            continue  # "led to an increase in X": a noun, the change the verb before it names ("a common form of X" too)
        if t.group().lower() in ("target", "targets") and _TARGET_NOUN.search(sentence, max(0, t.start() - 40), t.start()) \
                and not TARGET_OF.match(sentence, t.end()):
            continue  # "upregulated Nrf2 and its downstream target HO-1": a noun naming HO-1, no verb ("a target of X" is)
        if GERUND_SUBJECT.search(sentence, 0, t.start()) and t.group().lower().endswith("ing"):
            continue  # "Upregulating miR-486-3p or down-regulating TLR4 inhibited X": a subject, no verb
        if t.group()[0].isupper() and any(INDUCED_GAP.match(sentence, m.end) and m.end < t.start() for m in mentions):
            continue  # a title's "Imiquimod Induced Inflammation": a name of what was induced, no verb
        if t.group().lower() == "induced" and _ADJECTIVE_BEFORE.search(sentence, max(0, t.start() - 30), t.start()):
            continue  # "live bacterial induced acute lung injury": "bacterial-induced" without its hyphen, no verb
        if (rel == "secretes" or t.group().lower().startswith("express")) and (more := _LESS_OR_MORE.match(sentence, t.end())):
            # "treated macrophages secreted less IL-1β": a change ("MSCs secreted more exosomes" still secrete them)
            what = next((m for m in mentions if m.start >= more.end()), None)
            if what is None or not ontology.is_a(what.entity.type, VESICLE):
                rel = "decreases" if more.group(1) else "increases"
        triggers.append(_Trigger(t.start(), t.end(), rel, participle, t.group()))
        state_end = -1
    claims: list[Claim] = []
    prev: _Trigger | None = None
    for k, t in enumerate(triggers):
        nxt_start = triggers[k + 1].start if k + 1 < len(triggers) else len(sentence)
        claims += _read_trigger(sentence, mentions, t, prev, nxt_start, ontology, specialize)
        if t.subjects is None and prev is not None and prev.subjects and prev.objects and (
                VERB_COORD.match(sentence[prev.objects[-1].end : t.start])
                or (listed := VERB_LISTED.search(sentence, 0, t.start))
                and not HARD_BOUNDARY.search(unbracket(sentence[prev.end : listed.start()]))):
            # "reduced A; decreased [an unnamed index]; and improved C": a verb with an unnamed object passes the subject on
            t.subjects, t.objects, t.passive = prev.subjects, prev.objects, prev.passive
        prev = t if t.relation != "derives_from" else prev  # "microglia isolated from X, by reducing Y": a name's source, no clause
    return _part_in_ability(sentence, claims)


def _part_in_ability(sentence: str, claims: list[Claim]) -> list[Claim]:
    """ "TNF-α plays a role in the ability of MSCs to protect against injury": a part in what the MSCs do to
    the injury (TNF-α regulates it), not in the MSCs."""
    out = []
    for c in claims:
        owner = c.object
        if c.predicate == "regulates" and ABILITY_OF.search(sentence, 0, owner.start) and \
                TO_INFINITIVE.match(sentence, owner.end) and c.subject.entity.id != owner.entity.id:
            out += [Claim(c.subject, "regulates", d.object, c.start, d.end, c.confidence - 0.1) for d in claims
                    if d.subject.start == owner.start and d.predicate in EFFECTS - {"studied_in"}
                    and d.object.entity.id != c.subject.entity.id]
        else:
            out.append(c)
    return out


def _read_trigger(sentence: str, mentions: list[Mention], t: _Trigger, prev: _Trigger | None,
                  limit: int, ontology: Ontology,
                  specialize: Callable[[Mention, Mention], Mention | None] | None = None) -> list[Claim]:
    rel = t.relation
    after = [i for i, m in enumerate(mentions) if m.start >= t.end and m.start < limit]
    before = [i for i, m in enumerate(mentions) if m.end <= t.start]
    passive = False
    if t.passive_form and after:
        agent = r"(?:by|from)" if rel == "secretes" else "by"  # "exosomes secreted from MSCs"
        by = re.match(rf"\s+(?:\w+ly\s+)?{agent}\s+(?:the\s+)?(?:(?:[a-z]+\s+){{1,3}}?(?:combined|together|along)\s+with\s+)?$",
                      sentence[t.end : mentions[after[0]].start])  # ("by a diet combined with STZ": an agent too)
        passive = bool(by)
    elif rel == "targets" and after and t.text.lower() in ("target", "targets") and \
            TARGET_OF.fullmatch(sentence, t.end, mentions[after[0]].start):
        passive = True  # "PTEN was a direct target of miR-21": the miRNA after "of" does the targeting
    # Objects: the first mention after the trigger within its clause, and those coordinated with it.
    objects: list[Mention] = []
    gap_from = t.end
    while len(after) > 1 and not passive and (induced := INDUCED_GAP.match(sentence, mentions[after[0]].end)
                                              or listed_inducer(sentence, mentions[after[0]].end, ontology.is_a(
                                                  mentions[after[0]].entity.type, "ProcessOrPhenotype"))
                                              or DEPENDENT_GAP.match(sentence, mentions[after[0]].end)):
        gap_from = min(induced.end(), mentions[after[1]].start)
        after = after[1:]  # "reversed AMI or hypoxia-induced TLR4 signalling": the inducer is no object
    if len(after) > 1 and ontology.is_a(mentions[after[0]].entity.type, "AnatomicalSite") \
            and sentence[mentions[after[0]].end : mentions[after[1]].start] == " " \
            and mentions[after[1]].entity.type in ("BiologicalProcess", "Phenotype"):
        after = after[1:]  # "decreasing lung inflammation": the organ says where, the inflammation is what fell
    # "attenuate NEC intestinal injury": the disease's own injury fell, and so the disease
    harm_of = mentions[after[1]] if len(after) > 1 and ontology.is_a(mentions[after[0]].entity.type, "DiseaseOrInjury") \
        and sentence[mentions[after[0]].end : mentions[after[1]].start] == " " and _HARM_HEAD.search(mentions[after[1]].text) \
        and mentions[after[1]].entity.type in ("DiseaseOrInjury", "Phenotype") else None
    if after:
        gap = sentence[gap_from : mentions[after[0]].start]
        kind = KIND_MEMBERS_GAP.fullmatch(gap)
        if passive or _CHANGE_IN.fullmatch(gap) or (gap_from != t.end and _INDUCED_CHANGE.fullmatch(gap)) or (  # not "mitigated the effects of DHT": DHT is not moved
                OBJECT_GAP.match(gap) and not HARD_BOUNDARY.search(gap) and not GAP_STOP.search(gap)
                and len(gap.split()) <= 5 and not UNNAMED_OBJECT.search(gap) and not _EFFECTS_OF.search(gap)) or (
                kind and not GAP_STOP.search(kind.group("kind")) and not _EFFECTS_OF.search(gap)):
            objects = coordinated_with(sentence, mentions, after[0], changes=True)
            harm = FROM_HARM.match(sentence, objects[-1].end) if t.text.split()[0].lower() in SHIELDING else None
            if harm or t.text.lower() in NEEDS_HARM:  # "protected neurons from apoptosis": the harm, not the cells
                objects = next((coordinated_with(sentence, mentions, i) for i in after if harm and mentions[i].start == harm.end()),
                               []) or [o for o in objects if is_harm(o, ontology)]  # "rescued muscle atrophy": a harm itself
            objects = [o for o in objects if o.start < limit]
            if len(objects) > 1 and limit < len(sentence) and re.fullmatch(r"\s*(?:(?:was|were|is|are)\s+)?(?:\w+ly\s+)?", sentence[objects[-1].end : limit]) \
                    and re.fullmatch(r"\s*,?\s*and\s+(?:the\s+)?", sentence[objects[-2].end : objects[-1].start]):
                objects.pop()  # "reduced fibrosis and ADSC-Exos increased Y": the last name is the next verb's subject
            members = objects and listed_members(sentence, mentions, objects[-1])
            if members:
                # "neurotrophic factors (BDNF, GDNF)": the specific members are what is meant.
                objects = objects[:-1] + members
            elif objects and (below := _DOWNSTREAM.match(sentence, objects[-1].end)):
                # "the NGF/TrkA downstream pathways Akt and Erk": the ones named after "downstream"
                named = [i for i, m in enumerate(mentions) if m.start == below.end()]
                objects = coordinated_with(sentence, mentions, named[0]) if named else objects
    if harm_of is not None and objects and objects[0].end < harm_of.start and harm_of not in objects:
        objects.insert(1, harm_of)
    objects = objects or pronoun_object(sentence, mentions, t.start, t.end)  # "... of PTEN and lowered its expression"
    if not objects:
        if not passive and before and prev is None:
            # "Both X and Y reduced damage, inhibited A": no claim here, but the subjects are the next verb's too
            t.held = subjects_of(sentence, mentions, before, t, rel, ontology)
        return []
    part_in = PART_IN.match(sentence, t.end, objects[0].start) if (rel == "regulates" or t.text.endswith(" for")) \
        and not passive and not UNSIGNED_VERB.match(t.text) else None  # (... and "required for the suppression of")
    if part_in:  # "played an important role in the promotion of apoptosis": a part with a direction
        rel = "decreases" if part_in.group(1).lower() in LOWERING_PARTS else "increases"
    elif rel == "regulates" and _CONTROLLING.fullmatch(t.text) and _ROLE_IN.search(sentence, max(0, t.start - 40), t.start) \
            and is_harmful(objects[0], ontology):
        rel = "decreases"  # "play critical roles in controlling obesity-associated inflammation": they keep it down
    rel = t.relation = moved_relation(sentence, t.text, t.end, objects[0].start, rel)  # "restored impaired X", "led to loss of X"
    confidence, chained_sign = 0.9, 1
    subjects: list[Mention] = []
    doers: list[Mention] = []
    purpose: list[Mention] = []
    means_of: _Trigger | None = None
    if passive:
        agents, objects = objects, []
        if prev is not None and prev.passive and prev.objects and _AND_WAS.search(sentence, max(prev.end, t.start - 30), t.start) and \
                all(m.end <= prev.start or m.start >= t.start for m in prev.objects):
            # "STAT3 was enhanced by IL-6 but was blocked by X": the second passive's patient is the first's
            objects = list(prev.objects)
        elif prev is not None and prev.objects and not prev.passive and (
                change := _THIS_CHANGE.search(sentence, max(prev.end, t.start - 60), t.start)):
            # "HUVECs upregulated ICAM-1 ..., and this upregulation was blunted by X": X moved ICAM-1 (a fall turned)
            objects = list(prev.objects)
            if change.group(1):
                rel = OPPOSITE.get(rel, rel)
        elif before:
            # "PTEN, a target of miR-21, was downregulated by X": the name before the phrase that renames it
            i = last = next((k for k in reversed(before) if _APPOSED_BEFORE_VERB.fullmatch(sentence, mentions[k].end, t.start)),
                            before[-1])
            # "phosphatase and tensin homolog (PTEN) and Toll-like receptor 4 (TLR4) were targets of"
            while i > 0 and ((gap := sentence[mentions[i - 1].end : mentions[i].start]).strip() == "(" and
                             mentions[i - 1].entity.id == mentions[i].entity.id or COORD.match(gap.lstrip(")"))
                             and not _BY_BEFORE.search(sentence, max(0, mentions[i - 1].start - 12), mentions[i - 1].start)):
                i -= 1  # (not "... activated by IL-6, and IL-10 was inhibited by X": IL-6 is the first verb's agent)
            # "injury of BMECs caused by glucocorticoid": the cells are whose injury it is, not what rose
            objects, owner = [], False
            for m in mentions[i : last + 1]:  # (and its short form in brackets after it)
                owner = ontology.is_a(m.entity.type, "CellType") and bool(
                    OWNER_CELLS.search(sentence, max(0, m.start - 80), m.start)
                    or owner and sentence[: m.start].rstrip().endswith("("))
                objects += [] if owner else [m]
        subjects = agents
    else:
        between = sentence[(phrase_end(sentence, mentions, prev.objects[-1].end) if prev and prev.objects else 0) : t.start]
        head = sentence[: t.start]
        # "X reduced A; decreased B; and improved C": a list of verbs may be split by semicolons too ("; they also lowered")
        and_verb = re.search(r"(?:;\s*(?:and\s+)?|(?:,|\band|\bor|\bbut|\bwhile|\bwhilst|\bwhereas)\s+)(?:(?:they|it)\s+)?(?:also\s+|then\s+|thereby\s+|thus\s+|hence\s+|further\s+)?$", head)
        causal = _SIGNED  # "A dampens B, reducing C" (also "This dampens B, ..."): C through B
        chain = bool(prev and t.text.split()[0].lower().endswith("ing") and not re.search(r"and|\bwhile|\bwhereas", between.lower())
                     and "," in between and prev.relation in causal and rel in causal
                     and not prev.text.split()[0].lower().endswith("ing"))  # "by improving A, decreasing B": a list
        # "reduced ALK5 expression to contribute to repression of B": B through ALK5 too (the subject did both)
        purpose = prev.objects if prev and prev.objects and not prev.passive and prev.relation in causal and rel in causal \
            and _PURPOSE.fullmatch(between) and not ABILITY_OF.search(sentence, max(0, prev.objects[0].start - 40),
                                                                  prev.objects[0].start) else []
        coordinated = bool(prev and (prev.subjects or chain) and prev.objects and (
            VERB_COORD.match(between)
            # (a name just before a semicolon ends its clause: it is no subject of the verb after it)
            or (and_verb and not any(m.end > and_verb.start() - (sentence[and_verb.start()] != ";") and m.end <= t.start
                                     for m in mentions)
                and not HARD_BOUNDARY.search(unbracket(sentence[prev.end : and_verb.start()])))))
        if coordinated:
            if chain:
                subjects = list(prev.objects)
                chained_sign = -1 if prev.relation == "decreases" else 1
                # ("X lowered B, reducing C": X reduced C too, through B; not after "resulted in B": B's own course)
                # (a molecule's only after "thus"/"thereby": "miR-146a dampens NF-κB, reducing cytokines" is through NF-κB)
                doers = [d for d in prev.subjects or [] if not causes(prev.text) and (_THUS.search(sentence, 0, t.start) or not any(
                    ontology.is_a(d.entity.type, k) for k in _MOLECULAR))]
            else:
                # "were taken up by microglia and cut down apoptosis": after a passive the shared subject is its patient
                subjects = list(prev.objects if prev.passive else prev.subjects)
            confidence -= 0.1
        elif (prev and prev.objects and prev.relation in causal and rel in causal
              and IN_TURN.search(sentence[prev.objects[-1].end : t.start])):
            subjects = list(prev.objects)  # "lowered PTEN, which in turn activated AKT": the effect goes through PTEN
            chained_sign = -1 if prev.relation == "decreases" else 1
        elif (prev and prev.subjects and not prev.passive and t.text.split()[0].lower().endswith("ing")
              and _MEANS.search(sentence, max(0, t.start - 24), t.start) and all(m.end <= prev.start for m in prev.subjects)
              and not HARD_BOUNDARY.search(unbracket(sentence[prev.end : t.start]))):
            subjects = list(prev.subjects)  # "X promote B after D, potentially, by inhibiting C": X does C
            # ... and C, so moved, moved B (a second means too: "reduced B by activating A and by inhibiting C")
            means_of = t.means_for = prev.means_for if prev.means_for is not None and _AND_BY.search(sentence, prev.end, t.start) else prev
        elif prev and prev.held and not prev.objects and and_verb and not any(prev.end <= m.start < t.start for m in mentions) \
                and len(sentence[prev.end : and_verb.start()].split()) <= 4 \
                and not HARD_BOUNDARY.search(unbracket(sentence[prev.end : and_verb.start()])):
            subjects = list(prev.held)  # "Both X and Y reduced damage, inhibited A": the first verb's subjects did
        elif prev and not prev.subjects and and_verb and ";" in and_verb.group() and (first := subjects_of(
                sentence, mentions, [i for i, m in enumerate(mentions) if m.end <= prev.start], prev, prev.relation, ontology)):
            subjects = first  # "X lowered the share of A among splenocytes; inhibited B": X did, not the splenocytes
        else:
            # "Exosomes from BMSCs, the most studied MSC source, reduced X": not the names of the phrase renaming them
            # (a role keeps its reading: in "rapamycin, an autophagy activator, reduced X" autophagy is the means)
            head = next((k for k in reversed(before) if _APPOSED_BEFORE_VERB.fullmatch(sentence, mentions[k].end, t.start)
                         and not _ROLE_WORD.search(sentence, mentions[k].end, t.start)), None)
            subjects = treated_agent(sentence, mentions, subjects_of(sentence, mentions, before if head is None else [
                k for k in before if k <= head], t, rel, ontology), t.start)
            if subjects and _AND_TO.search(sentence, 0, t.start) and _TO_VERB.search(sentence, 0, subjects[0].start):
                subjects = []  # "to diagnose T1DM and to prevent X": T1DM is the first verb's object, nobody's subject
            elif (prev and not prev.subjects and subjects and t.text.split()[0].lower().endswith("ing") and (
                    _MEANS.search(sentence, max(0, t.start - 24), t.start) and all(x.start >= prev.end for x in subjects)
                    or prev.objects and sentence[: t.start].rstrip().endswith(","))
                    and not HARD_BOUNDARY.search(unbracket(sentence[prev.end : t.start]))):
                subjects = []  # "[unnamed] suppressed A and B via inhibiting C" (or ", reducing C"): not A or B
            elif prev and not prev.objects and and_verb and re.match(r"whil", and_verb.group().lstrip(", ")) \
                    and t.text.split()[0].lower().endswith("ing"):
                # "Restoring A enhanced, while up-regulating C reversed, the benefit": the gerund opens the
                # subject of "reversed" (the first verb still waits for its object), so A did not raise C
                subjects = []
    if purpose and prev.subjects:
        subjects = list(prev.subjects)  # "X sponged miR-421 to upregulate FOXO3a": X's purpose, not the miRNA's
    if not subjects:
        t.objects, t.passive = objects, passive  # "This inhibited B, reducing C": C still goes through B
        return []
    # Negation counts only in the trigger's own clause: "X are not just signals—they are consumed by Y" denies the first
    clause = clause_start(sentence, t.start)
    if not passive and NO_SUBJECT.search(sentence[clause : min(x.start for x in subjects)]):
        return []  # "no pharmacological therapy has been shown to improve survival"
    t.subjects, t.objects, t.passive = subjects, objects, passive  # (set before a denial: its subject is the next verb's too)
    # ("X, but not Y, attenuated Z": the aside denies Y's part, not the verb)
    head = sentence[: t.start]
    asides = [a.span() for a in BUT_NOT.finditer(head)]  # (read once for the subjects and the negation both)
    subjects = [x for x in subjects if not any(a <= x.start < b for a, b in asides)]
    if not subjects:
        return []
    for a, b in asides:
        head = head[:a] + " " * (b - a) + head[b:]
    if NEGATION.search(head, max(clause, min(s.end for s in subjects)) if not passive else clause) or \
            (passive and NEGATION.search(sentence[max(clause, max(o.end for o in objects) if objects else 0) : t.start])):
        # "MSC exosomes did not reverse established cirrhosis": no effect claimed, but the therapy was tried in the disease
        return [Claim(s, "studied_in", o, min(s.start, o.start), max(s.end, o.end, t.end), 0.6)
                for s in subjects for o in objects
                if rel == "decreases" and not passive and ontology.is_a(o.entity.type, "DiseaseOrInjury")
                and not is_generic_vesicle(s.entity)
                and predicate_for("studied_in", s, o, ontology, 1) == "studied_in" and s.entity.id != o.entity.id]
    if specialize is not None and rel == "secretes" and len(subjects) == 1 and \
            ontology.is_a(subjects[0].entity.type, "CellType"):
        for n, o in enumerate(objects):
            better = specialize(subjects[0], o)
            if better is not None:
                objects[n] = better
                for i, m in enumerate(mentions):
                    if m is o:
                        mentions[i] = better
                        # "exosomes—nanovesicles packed with ...": the apposition names the same thing.
                        if i + 1 < len(mentions) and is_generic_vesicle(mentions[i + 1].entity) and \
                                APPOSITION.fullmatch(sentence[m.end : mentions[i + 1].start]):
                            mentions[i + 1] = replace(mentions[i + 1], entity=better.entity, new=better.new)
    out: list[Claim] = []
    lost_after = set()  # "Cblb and Cbl gene knockdown": the loss after the list is the loss of each
    for a, b in zip(subjects[-2::-1], subjects[:0:-1]):
        if not passive and (LOSS_AFTER.match(sentence, b.end) or id(b) in lost_after) and \
                a.entity.type == b.entity.type and re.fullmatch(r"\s*(?:,\s*)?(?:and|or)?\s*", sentence[a.end : b.start]):
            lost_after.add(id(a))
    # "abolished the inhibition of autophagy": what is moved is the opposite of the object, and of each
    # object listed with it ("a decrease in IL-6 and TNF-α"); the same for every subject
    first_lost = bool(objects) and bool(_LOSS_OBJECT.search(sentence, t.end, objects[0].start))
    o_flips = [-1 if not (passive or part_in) and o.start >= t.end and (
        first_lost or _LOSS_OBJECT.search(sentence, t.end, o.start)) else 1 for o in objects]
    if passive and objects and not SETS_BACK.match(t.text) and not ontology.is_a(objects[0].entity.type, "DiseaseOrInjury") and (
            moved := CHANGE_BEFORE.search(sentence, max(0, objects[0].start - 40), objects[0].start)):
        # "the downregulation of ATM was caused (regulated) by X": X moved ATM as the noun says ("restored" is the reversals')
        rel, o_flips = ("increases" if rel == "regulates" else rel), [-1 if moved.group(1) else 1] * len(objects)
    for s, s_chain in [(s, chained_sign) for s in subjects] + [(d, 1) for d in doers if d.entity.id not in {x.entity.id for x in subjects}]:
        # "Loss of PTEN leads to regeneration": the claim is about PTEN with the opposite sign.
        flip = -1 if LOSS_OF.search(sentence[: list_head(sentence, mentions, s).start]) or LOSS_AFTER.match(sentence, s.end) \
            or id(s) in lost_after else 1  # ("was inhibited by STAT3 knockdown": the agent's loss too)
        for o, o_flip in zip(objects, o_flips):
            sign = s_chain * flip * o_flip
            if causes(t.text) and rel == "increases" and o_flip == 1 and ontology.is_a(o.entity.type, "DiseaseOrInjury") and (
                    MENDED_AFTER.match(sentence, o.end) or _MENDED_BEFORE.search(sentence, max(0, o.start - 40), o.start)):
                # "..., contributing to AD improvement": what caused the disease to mend ameliorates it (and what
                # fell for it to mend, "suppressed inflammation, resulting in improvement of D", worsens it)
                pred = predicate_for("ameliorates", s, o, ontology, 1) if sign > 0 else \
                    predicate_for("increases", s, o, ontology, 1, worsens=True)
            elif improves_disease(t.text, rel, o, ontology):  # "knockdown of X improved D": left to a curator
                pred = predicate_for("ameliorates", s, o, ontology, 1) if sign > 0 else None
            elif sets_right(t.text, rel, o.entity.label):
                pred = predicate_for("regulates", s, o, ontology, 1)
            else:
                pred = predicate_for(rel, s, o, ontology, sign, worsens=causes(t.text) and not MENDED_AFTER.match(sentence, o.end))
            if pred is None or s.entity.id == o.entity.id:
                continue
            if (s.new and is_generic_vesicle(s.entity)) or (o.new and is_generic_vesicle(o.entity)):
                continue  # a new entity must be a specific name; "vesicles" alone grounds to nothing
            conf = confidence - 0.1 * (s.new + o.new) - (0.05 if s.source == "anaphora" else 0)
            if pred == "regulates":
                conf -= 0.1
            lo, hi = min(s.start, o.start, t.start), max(s.end, o.end, t.end)
            out.append(Claim(s, pred, o, lo, hi, round(max(0.3, min(0.95, conf)), 2)))
    for c in purpose:
        for o, o_flip in zip(objects, o_flips):
            sign = (-1 if prev.relation == "decreases" else 1) * (1 if rel == "increases" else -1) * o_flip
            p = predicate_for("increases" if sign > 0 else "decreases", c, o, ontology, 1, worsens=True)
            if p is not None and c.entity.id != o.entity.id:
                out.append(Claim(c, p, o, min(c.start, o.start), o.end, 0.55))
    if means_of is not None and means_of.objects and means_of.relation in _SIGNED and rel in _SIGNED:
        # "inhibited B by inactivating C": C raises B (the means' sign times the verb's), whoever the subject is
        for c in objects:
            for b in means_of.objects:
                if b.entity.id == c.entity.id or sets_right(means_of.text, means_of.relation, b.entity.label) \
                        or ontology.is_a(b.entity.type, "DiseaseOrInjury"):
                    continue  # ("improved glucose metabolism by ...": set right, no one way; a disease: the parse's)
                # ("improved cognitive dysfunction by suppressing C": the harm fell, so C raises it)
                fell = means_of.relation == "decreases" or improves_disease(means_of.text, means_of.relation, b, ontology)
                sign = (-1 if fell else 1) * (1 if rel == "increases" else -1)
                p = predicate_for("increases" if sign > 0 else "decreases", c, b, ontology, 1, worsens=True)
                if p is not None:
                    out.append(Claim(c, p, b, min(b.start, c.start), c.end, 0.55))
    # Mechanism chain: "A enhances B through C inhibition".
    last = objects[-1] if not passive else subjects[-1]
    chain = [m for m in mentions if m.start >= last.end and CHAIN.match(sentence[last.end : m.start])]
    ahead = None
    if not chain:  # "through repression of the axis": the nominal stands before the mention it names
        found = next(((m, g) for m in mentions if m.start >= last.end
                      and (g := NOMINAL_CHAIN.match(sentence[last.end : m.start]))), None)
        if found is not None:
            chain, ahead = [found[0]], found[1]
    if not chain:
        # "promote angiogenesis, the sprouting of new vessels, partly through VEGF": after an aside
        chain = [m for m in mentions if m.start >= last.end and MEDIATOR.search(sentence[last.end : m.start])
                 and not HARD_BOUNDARY.search(unbracket(sentence[last.end : m.start]))][:1]
    if chain and rel in ("increases", "decreases") and not passive:
        c, eased = chain[0], {id(o) for o in objects if improves_disease(t.text, rel, o, ontology)}  # "improve D": D falls
        nominal = ahead if ahead is not None else NOMINAL.match(sentence[c.end :])
        if nominal is None and NAME_ENDS.match(sentence, c.end) and rel == "increases" and chained_sign > 0:
            # only "promote X through Y" ("suppressed fibrosis through TGF-β" does not say which way TGF-β
            # was moved); a bare mediator ("through VEGF") carries the effect with its own sign: the subject
            # raises it, and it acts on the object as the verb says
            t_sign = (1 if rel == "increases" else -1) * chained_sign
            end = c.end
            for s in subjects:
                p = predicate_for("increases", s, c, ontology, 1)
                if p and s.entity.id != c.entity.id:
                    out.append(Claim(s, p, c, s.start, end, 0.6))
            for o in objects:
                p = predicate_for("increases" if t_sign * (-1 if id(o) in eased else 1) > 0 else "decreases", c, o, ontology, 1)
                if p and o.entity.id != c.entity.id:
                    out.append(Claim(c, p, o, min(o.start, c.start), end, 0.55))
        elif nominal is None and NAME_ENDS.match(sentence, c.end):  # "alleviate damage through autophagy":
            out += [Claim(s, "carries" if c.entity.type == "MicroRNA" and ontology.is_a(s.entity.type, VESICLE) else "regulates",
                          c, s.start, c.end, 0.5) for s in subjects  # a part, no direction; a vesicle's miRNA is its cargo
                    if predicate_for("regulates", s, c, ontology, 1) and s.entity.id != c.entity.id]
        if nominal:
            n_sign = -1 if nominal.group(1).lower() in INHIBITORY_NOMINALS else 1
            t_sign = (1 if rel == "increases" else -1) * chained_sign
            end = c.end + (nominal.end() if nominal is not ahead else 0)
            for s in subjects:
                p = predicate_for("decreases" if n_sign < 0 else "increases", s, c, ontology, 1)
                if p:
                    out.append(Claim(s, p, c, s.start, end, 0.7))
            for o in objects:
                p = predicate_for("increases" if t_sign * n_sign * (-1 if id(o) in eased else 1) > 0 else "decreases", c, o,
                                  ontology, 1, worsens=True)
                if p:
                    out.append(Claim(c, p, o, min(o.start, c.start), end, 0.6))
    return out


_INTENSITY = r"(?:(?:significant|marked|notable|dramatic|substantial|great)\s+)?"
_LEVEL = r"(?:(?:levels?|expression|amounts?)\s+of\s+(?:the\s+)?)?"
_LOSS_OBJECT = re.compile(r"\b(?:inhibition|suppression|repression|attenuation|alleviation|loss|blockade|down-?regulation"
                          r"|reduction|depletion|inactivation|impairment|degradation)\s+of\s+(?:the\s+)?$"
                          rf"|\b(?:decrease|reduction|decline|drop|down-?regulation)\s+in\s+(?:the\s+)?{_LEVEL}$", re.I)
_MENDED_BEFORE = re.compile(r"\b(?:improvement|amelioration|remission|relief|resolution|mitigation)\s+(?:of|in)\s+(?:the\s+)?"
                            r"(?:experimental\s+)?$", re.I)  # ("resulted in improvement of experimental colitis")
# "the effects of (exosomal) miR-182", "the benefits of MSCs", "the toxicity of CP": what a thing does, not the thing
_EFFECTS_OF = re.compile(r"\b(?:effects?|benefits?|roles?|impacts?|contributions?|advantages?|\w*toxicit(?:y|ies))\s+of\s+(?:the\s+)?(?:[a-z-]+\s+)?$", re.I)
_TARGET_NOUN = re.compile(r"\b(?:its|their|a|an|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_CHANGE_NOUNS = frozenset({"increase", "decrease", "reduction", "decline", "drop", "rise", "elevation"})
# (after its inducer too: "the LPS-induced increase in IL-6")
_ARTICLE_BEFORE = re.compile(rf"\b(?:a|an|the)\s+(?:(?:[\w\u03b1-\u03c9]+\s+)?[\w\u03b1-\u03c9]+[-\u2010](?:induced|triggered|caused)\s+)?{_INTENSITY}$", re.I)
# "led to a decrease in IL-6", "resulted in an increase in the expression of Bcl-2": the change is named
_CHANGE_IN = re.compile(rf"\s+(?:a|an|the)\s+{_INTENSITY}"
                        r"(?:decrease|reduction|decline|drop|increase|elevation|rise|up-?regulation|down-?regulation"
                        r"|improvement|amelioration|alleviation|attenuation)\s+"  # ("led to an improvement in colitis")
                        rf"(?:in|of)\s+(?:the\s+)?{_LEVEL}", re.I)
# "attenuated the LPS-induced increase in IL-6": the change named after its inducer (the article is before it)
_INDUCED_CHANGE = re.compile(rf"{_INTENSITY}(?:decrease|reduction|decline|drop|increase|elevation|rise|up-?regulation"
                             rf"|down-?regulation)\s+(?:in|of)\s+(?:the\s+)?{_LEVEL}", re.I)
# a phrase between commas that renames the name before it, then the verb: ", a direct target of miR-21, was"
_APPOSED_BEFORE_VERB = re.compile(r"\s*,\s+(?:a|an|the|which|that)\s[^,;()]{1,80},\s*(?:(?:was|were|is|are)\s+)?(?:\w+ly\s+)?", re.I)
_AND_BY = re.compile(r"\b(?:and|or)\s+(?:also\s+)?(?:by|through|via)\s+$", re.I)
_ROLE_WORD = re.compile(r"\b(?:activators?|inhibitors?|agonists?|antagonists?|blockers?|inducers?|stimulators?)\b", re.I)
# "to diagnose T1DM and to prevent X": a name after an infinitive's verb, before a second infinitive
_AND_TO = re.compile(r"\b(?:and|or)\s+to\s+$", re.I)
_TO_VERB = re.compile(r"\bto\s+[a-z]+\s+(?:the\s+|a\s+|an\s+)?$")
# "promote B, potentially, by inhibiting C": the doer does C too (as the means), unlike "A dampens B, reducing C"
_MEANS = re.compile(r"\b(?:by|through|via)\s+$", re.I)
_PURPOSE = re.compile(r"\s*(?:(?:expression|levels?|activity|activation|signaling|signalling)\s+)?(?:in\s+order\s+)?to\s+(?:further\s+)?")
_DOWNSTREAM = re.compile(r"\s+downstream\s+(?:signaling\s+|signalling\s+)?(?:pathways?|targets?|effectors?|molecules?|genes?)\s+", re.I)
