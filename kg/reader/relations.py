"""Relation extraction: trigger words mapped to ontology relations, with the arguments around them.

Rules, in the order they apply to each trigger in a sentence:

* **Trigger table** (:data:`TRIGGERS`): verb forms and phrases mapped to a relation of
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
* **Adjectives and nominals** (:func:`modifier_claims`, :func:`nominal_claims`,
  :func:`setting_claims`): "pro-inflammatory cytokines (TNF-α)" -> TNF-α increases inflammation;
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

from ..ontology import Ontology
from ..model import Entity
from .ner import Mention, is_generic_vesicle, noun_forms

# relation, verb forms (and phrases). "P" marks forms that are past participles (passive candidates).
_TABLE: dict[str, tuple[str, ...]] = {
    "decreases": (
        "suppress suppresses suppressed:P suppressing inhibit inhibits inhibited:P inhibiting dampen dampens "
        "dampened:P dampening reduce reduces reduced:P reducing attenuate attenuates attenuated:P attenuating "
        "restrain restrains restrained:P restraining decrease decreases decreased:P decreasing lower lowers "
        "lowered:P lowering block blocks blocked:P blocking downregulate downregulates downregulated:P "
        "downregulating diminish diminishes diminished:P diminishing repress represses repressed:P repressing "
        "impair impairs impaired:P impairing alleviate alleviates alleviated:P alleviating slow slows slowed:P "
        "slowing prevent prevents prevented:P preventing abolish abolishes abolished:P abolishing "
        "mitigate mitigates mitigated:P mitigating relieve relieves relieved:P relieving counteract counteracts "
        "counteracted:P counteracting ameliorate ameliorates ameliorated:P ameliorating rejuvenate rejuvenates "
        "rejuvenated:P rejuvenating reverse reverses reversed:P reversing "
        "protect_against protects_against protected_against protecting_against treat treats treating "
        "treatment_of therapy_for "
        # plainer words of news and reviews
        "cut_down cuts_down turn_down turns_down turned_down switch_off switches_off switched_off switching_off turn_off turns_off turned_off shut_down shuts_down "
        "silence silences silenced:P shrink shrinks shrank shrunk:P curb curbs curbed:P lessen lessens lessened:P "
        "hinder hinders hindered:P hamper hampers hampered:P halt halts halted:P antagonize antagonizes "
        "antagonized:P antagonise antagonises antagonised:P neutralize neutralizes neutralized:P knock_down "
        "knocks_down knocked_down"
    ),
    "increases": (
        "activate activates activated:P activating promote promotes promoted:P promoting enhance enhances "
        "enhanced:P enhancing increase increases increased:P increasing improve improves improved:P improving "
        "accelerate accelerates accelerated:P accelerating boost boosts boosted:P boosting stimulate stimulates "
        "stimulated:P stimulating induce induces induced:P inducing upregulate upregulates upregulated:P "
        "upregulating trigger triggers triggered:P triggering restore restores restored:P restoring "
        "augment augments augmented:P augmenting facilitate facilitates facilitated:P facilitating "
        "elevate elevates elevated:P elevating amplify amplifies amplified:P amplifying "
        "lift_the_brake_on lifts_the_brake_on lifted_the_brake_on lifting_the_brake_on cause causes caused:P causing "
        "lead_to leads_to led_to leading_to result_in results_in resulted_in resulting_in "
        # "iMSCs proved superior in cell proliferation": more of the process, as a property of the subject
        "superior_in excel_in excels_in excelled_in "
        # "survivors ... form tumors"; not "formed"/"forming", which mostly describe ("the cells forming the disc")
        "form forms "
        "drive drives drove driven:P turn_up turns_up turned_up switch_on switches_on switched_on turn_on turns_on turned_on spur spurs spurred:P fuel fuels fuelled:P "
        "fueled:P foster fosters fostered:P heighten heightens heightened:P strengthen "
        "strengthens strengthened:P potentiate potentiates potentiated:P preserve "
        "preserves preserved:P"
    ),
    "regulates": (
        "regulate regulates regulated:P regulating modulate modulates modulated:P modulating control controls "
        "controlled:P controlling mediate mediates mediated:P mediating affect affects affected:P affecting "
        "influence influences influenced:P influencing binds binds_to bind_to interacts_with interact_with"
    ),
    "targets": "target targets targeted:P targeting",
    "secretes": (
        "secrete secretes secreted:P secreting release releases released:P releasing produce produces produced:P "
        "producing generate generates generated:P generating shed sheds shedding pump_out pumps_out pumped_out "
        "send_out sends_out sent_out give_off gives_off gave_off emit emits emitted:P export exports exported:P"
    ),
    "carries": (
        "carry carries carried:P carrying contain contains contained:P containing package packages packaged:P "
        "packaging harbor harbors harboured harbored:P harbouring harboring encapsulate encapsulates "
        "encapsulated:P packed_with loaded_with enriched_with enriched_in rich_in positive_for bear bears"
    ),
    "delivers": (
        "deliver delivers delivered:P delivering transfer transfers transferred:P transferring shuttle shuttles "
        "shuttled:P shuttling transport transports transported:P transporting ferry ferries ferried:P ferrying "
        "convey conveys conveyed:P"
    ),
    "derives_from": (
        "come_from comes_from came_from derived_from derive_from derives_from deriving_from originate_from originates_from originated_from "
        "originating_from isolated_from obtained_from"
    ),
    "crosses": "slip_across slips_across slipped_across pass_across passes_across passed_across get_across gets_across "
               "cross crosses crossed:P crossing penetrate penetrates penetrated:P penetrating traverse traverses traversed:P pass_through passes_through",
    "taken_up_by": (
        "taken_up_by internalized_by internalised_by endocytosed_by consumed_by absorbed_by engulfed_by "
        "phagocytosed_by captured_by fuse_with fuses_with fused_with fusing_with swallowed_up_by engulfed_by "
        "picked_up_by swallowed_by taken_in_by"
    ),
    "located_in": "gather_in gathers_in gathered_in concentrate_in concentrates_in concentrated_in end_up_in ends_up_in ended_up_in remain_in remains_in remained_in persist_in persists_in "
                  "persisted_in reside_in resides_in resided_in retained_in found_in detected_in localized_in localised_in accumulate_in accumulates_in accumulated_in accumulate_at accumulates_at accumulated_at accumulation_at accumulation_in home_to homes_to homed_to localize_to localizes_to localized_to localised_to",
    "studied_in": (
        "studied_in explored_in evaluated_in tested_in investigated_in examined_in injected_into injected_in "
        "administered_to administered_in infused_into"
    ),
}
TRIGGERS: dict[str, tuple[str, bool]] = {}  # lower-case form -> (relation, is past participle)
for _rel, _forms in _TABLE.items():
    for _f in _forms.split():
        _w, _, _flag = _f.partition(":")
        TRIGGERS[_w.replace("_", " ")] = (_rel, _flag == "P")
# An adverb may stand before the last word of a phrase: "taken up mainly by", "derived directly from".
_TRIGGER_RX = re.compile(
    r"(?<![\w-])(" + "|".join(re.sub(r"\\ (?=(?:by|from|with|in|to|at|into|through)$)", r"\\s+(?:\\w+ly\\s+)?",
                                    re.escape(t)).replace(r"\ ", r"\s+")
                             for t in sorted(TRIGGERS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|cannot|can't|didn't|doesn't|don't|won't|failed\s+to|fails?\s+to|without|unable\s+to)\b", re.I)
# Two names with only a space between are a compound ("exosome surface proteins"), not a list.
# An adjective that only says where or how made ("proteins and synthetic miRNAs") keeps a list a list.
_COORD = re.compile(r"^(?=.*(?:,|\b(?:and|or|plus|as\s+well\s+as)\b))[\s,]*(?:(?:and|or|as\s+well\s+as|and\s+also|but\s+also|plus)\s+(?:(?:by|with|in|into|to)\s+)?(?:the\s+|its\s+|their\s+)?)?(?:(?:synthetic|exosomal|vesicular|other|specific|several|various)\s+)?$", re.I)
_VERB_COORD = re.compile(r"^[\s,]*(?:(?:and|or|but|while|thereby|then|as\s+well\s+as)\s+)?(?:also\s+|thereby\s+|subsequently\s+|directly\s+|significantly\s+|further\s+)?$", re.I)
_HARD_BOUNDARY = re.compile(r";|:\s|\s[\u2013\u2014-]\s|\u2014|\bwhich\b|\bthat\b|\bwho\b|\bwhile\b|\bwhereas\b|\bbut\b|\bbecause\b|\bsince\b|\bif\b|\bwhen\b")
_RELATIVE = re.compile(r"(?:,\s*|\s)(?:which|that|who)\s+(?:\w+ly\s+)?(?:also\s+)?$", re.I)
_COMPOUND_MODIFIER = re.compile(r"-(?:mediated|induced|driven|dependent|related|associated)\b", re.I)
_NOMINAL_HEAD = re.compile(r"\s+(?:secretion|production|release)\b", re.I)
_REPORTED_LEVEL = re.compile(
    r"\b(?:shows?|showed|shown|reveal(?:s|ed)?|with|exhibit(?:s|ed)?|display(?:s|ed)?|found)\s+$", re.I)
_LEVEL_OF = re.compile(r"\s+(?:levels?|amounts?|expression|concentrations?|numbers?)\s+of\b", re.I)
_PRENOMINAL = re.compile(r"\b(?:their|its|the|these|those|a|an|our)\s+$", re.I)
_OBJECT_GAP = re.compile(r"^[\s\w\u03b1-\u03c9%()/-]{0,50}$")
# Between a verb and its object only determiners, adjectives and "of" phrases: a preposition means
# the next mention is a recipient or a place ("deliver cargo to injured neurons"), not the object.
# A plain noun the recogniser does not name stands between the verb and the next name: it is the
# object ("taken up by the cells lining the kidney tubules" is not uptake by the kidney).
_UNNAMED_OBJECT = re.compile(r"\b(?:cells|tissues?|organs?|animals|mice|rats|patients|neurons)\b(?!\s*$)", re.I)
_GAP_STOP = re.compile(
    r"\b(?:through|via|by|to|into|in|on|at|with|from|for|after|during|within|across|without|than|as|under"
    r"|against|toward|towards|onto|upon|and|or|but|if|when|because|whether)\b", re.I)
_LOSS_OF = re.compile(
    r"\b(?:loss|lack|absence|deletion|depletion|knockdown|knock-down|knockout|silencing|inhibition|blockade"
    r"|blocking|inhibiting|suppression|suppressing|deficiency)\s+of\s+(?:the\s+)?$|\banti-$", re.I)
APPOSITION = re.compile(r"\s*(?:[\u2014\u2013]|\s-\s|,)\s*(?:\w+\s+){0,2}")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|on|onto|at|of|from|with|by|for|to|within|under|after|during|than)\s+(?:the\s+|a\s+|an\s+)?$", re.I)
_CHAIN = re.compile(
    r"^\s+(?:through|via|by)\s+(?:the\s+|its\s+)?$", re.I
)
_PRONOUN_SUBJECT = re.compile(r"\bit\s+(?:(?:\w+ly|also|then|still|further)\s+)?$", re.I)
_NO_SUBJECT = re.compile(r"\b(?:no|neither|none\s+of(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}$", re.I)
_IN_TURN = re.compile(r"^[^;:]*,\s*which\s+(?:in\s+turn|thereby|then|consequently|subsequently)\s+$", re.I)
_MEDIATOR = re.compile(r",\s+(?:(?:partly|mainly|largely|chiefly|in\s+part|at\s+least\s+in\s+part)\s+)?(?:through|via)\s+(?:the\s+|its\s+)?$", re.I)
_NAME_ENDS = re.compile(r"\s*(?:\([^)]*\))?\s*(?:[.;,]|$)")  # "through VEGF." / "through VEGF (…)," : no nominal follows
_NOMINAL = re.compile(r"^\s*(?:-\s*)?(inhibition|suppression|downregulation|blockade|knockdown|silencing|activation|upregulation|induction|signaling)\b", re.I)
_INHIBITORY_NOMINALS = {"inhibition", "suppression", "downregulation", "blockade", "knockdown", "silencing"}

CARGO_TYPES = ("MicroRNA", "GeneOrProtein", "Molecule")
VESICLE = "ExtracellularVesicle"
# relation -> (allowed subject types, allowed object types); None means any entity type.
CONSTRAINTS: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...] | None]] = {
    "secretes": (("CellType", "Intervention"), (VESICLE, *CARGO_TYPES)),
    "derives_from": ((VESICLE, "CellType"), ("CellType",)),
    "carries": ((VESICLE,), CARGO_TYPES),
    "delivers": ((VESICLE,), CARGO_TYPES),
    "crosses": ((VESICLE, "MicroRNA", "Molecule", "GeneOrProtein", "CellType"), ("AnatomicalSite", "Phenotype")),
    "taken_up_by": ((VESICLE, "MicroRNA", "Molecule", "GeneOrProtein"), ("CellType", "AnatomicalSite")),
    "located_in": ((VESICLE, "MicroRNA", "Molecule", "GeneOrProtein", "CellType"), ("AnatomicalSite",)),
    "studied_in": (None, ("DiseaseOrInjury", "ProcessOrPhenotype", "Intervention")),
    "increases": (("CellType", VESICLE, "MicroRNA", "GeneOrProtein", "Molecule", "Pathway", "Intervention", "ProcessOrPhenotype", "DiseaseOrInjury"),
                  ("GeneOrProtein", "MicroRNA", "Pathway", "ProcessOrPhenotype", "DiseaseOrInjury", "Molecule", "CellType")),
}
CONSTRAINTS["decreases"] = CONSTRAINTS["increases"]
CONSTRAINTS["regulates"] = (CONSTRAINTS["increases"][0], (*CONSTRAINTS["increases"][1], "AnatomicalSite"))
CONSTRAINTS["targets"] = CONSTRAINTS["increases"]


@dataclass(frozen=True)
class Claim:
    """One extracted relation between two mentions, before it becomes a Statement."""

    subject: Mention
    predicate: str
    object: Mention
    start: int  # span of the clause that states it (sentence coordinates are added by the caller)
    end: int
    confidence: float


@dataclass
class _Trigger:
    start: int
    end: int
    relation: str
    passive_form: bool
    text: str
    subjects: list[Mention] | None = None
    objects: list[Mention] | None = None
    passive: bool = False  # read as passive: its grammatical subject is in ``objects``


def _fits(ontology: Ontology, etype: str, allowed: tuple[str, ...] | None) -> bool:
    return allowed is None or any(ontology.is_a(etype, a) for a in allowed)


def _coordinated(sentence: str, mentions: list[Mention], first: int) -> list[Mention]:
    """The mention at index *first* and every mention coordinated with it ("A, B and C")."""
    out = [mentions[first]]
    j = first + 1
    while j < len(mentions):
        gap = sentence[out[-1].end : mentions[j].start]
        if gap.startswith(" (") or gap.startswith("("):  # "cytokines (TNF-α, IL-6)": the members
            break
        if not _COORD.match(gap):
            break
        if _COMPOUND_MODIFIER.match(sentence, mentions[j].end):
            break  # "..., and miR-21-mediated inhibition of Y": a modifier, not a listed item
        if _NOMINAL_HEAD.match(sentence, mentions[j].end):
            break  # "controlling X, and paracrine factor secretion": a new item of a list of abilities
        out.append(mentions[j])
        j += 1
    return out


_APPOSED_CLASS = re.compile(r",\s+(?:a|an|the|one)\s+[\w\s-]{0,40}", re.I)
_SUCH_AS = re.compile(r",?\s+(?:such\s+as|including|e\.g\.,?|called|named|termed|known\s+as)\s+(?:the\s+)?", re.I)


def _unbracket(text: str) -> str:
    """*text* with bracketed and em-dash-enclosed asides blanked out (same length), so their dashes
    are no boundaries: in "MSC exosomes—vesicles carrying miR-21—reduce apoptosis" the verb's clause
    starts at the sentence start."""
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]|\u2014[^\u2014]{1,80}\u2014", lambda m: " " * len(m.group()), text)


def _members(sentence: str, mentions: list[Mention], m: Mention) -> list[Mention]:
    """Mentions listed in parentheses right after *m* ("cytokines (TNF-α, IL-6)") or after "such as"/
    "including" ("microRNAs such as miR-21 and miR-210"), if any."""
    example = _SUCH_AS.match(sentence, m.end)
    if example:
        after = [i for i, x in enumerate(mentions) if x.start == example.end()]
        return _coordinated(sentence, mentions, after[0]) if after else []
    opening = re.match(r"\s*\(", sentence[m.end :])
    if not opening:
        return []
    close = sentence.find(")", m.end)
    inside = [x for x in mentions if m.end + opening.end() <= x.start and x.end <= close]
    if not inside or inside[0].start != m.end + opening.end():
        return []
    group = _coordinated(sentence, mentions, mentions.index(inside[0]))
    return [x for x in group if x.end <= close]


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

    *specialize* (cell mention, generic vesicle mention) may return a specific vesicle mention: the
    exosomes a cell type secretes are that cell type's exosomes ("stem cells release exosomes" ->
    stem cell exosome), and later triggers in the sentence see the specific one. *mentions* is
    updated in place.
    """
    if len(mentions) < 2:
        return []
    inside = [(m.start, m.end) for m in mentions]
    triggers: list[_Trigger] = []
    for t in _TRIGGER_RX.finditer(sentence):
        if any(a <= t.start() < b for a, b in inside):
            continue  # "derived" in "MSC-derived exosomes" belongs to the name
        rel, participle = TRIGGERS[re.sub(r"\s+(?:\w+ly\s+)?", " ", t.group().lower())]
        if participle and _PRENOMINAL.search(sentence[: t.start()]):
            continue  # "their secreted exosomes": an adjective, not a verb
        if participle and _REPORTED_LEVEL.search(sentence[: t.start()]) and _LEVEL_OF.match(sentence, t.end()):
            continue  # "serum shows elevated levels of miRNAs": a measurement, not a cause
        triggers.append(_Trigger(t.start(), t.end(), rel, participle, t.group()))
    claims: list[Claim] = []
    prev: _Trigger | None = None
    for k, t in enumerate(triggers):
        nxt_start = triggers[k + 1].start if k + 1 < len(triggers) else len(sentence)
        claims += _read_trigger(sentence, mentions, t, prev, nxt_start, ontology, specialize)
        prev = t
    return claims


def _read_trigger(sentence: str, mentions: list[Mention], t: _Trigger, prev: _Trigger | None,
                  limit: int, ontology: Ontology,
                  specialize: Callable[[Mention, Mention], Mention | None] | None = None) -> list[Claim]:
    rel = t.relation
    after = [i for i, m in enumerate(mentions) if m.start >= t.end and m.start < limit]
    before = [i for i, m in enumerate(mentions) if m.end <= t.start]
    passive = False
    if t.passive_form and after:
        agent = r"(?:by|from)" if rel == "secretes" else "by"  # "exosomes secreted from MSCs"
        by = re.match(rf"\s+(?:\w+ly\s+)?{agent}\s+(?:the\s+)?$", sentence[t.end : mentions[after[0]].start])
        passive = bool(by)
    # Objects: the first mention after the trigger within its clause, and those coordinated with it.
    objects: list[Mention] = []
    if after:
        gap = sentence[t.end : mentions[after[0]].start]
        if passive or (_OBJECT_GAP.match(gap) and not _HARD_BOUNDARY.search(gap) and not _GAP_STOP.search(gap)
                       and len(gap.split()) <= 5 and not _UNNAMED_OBJECT.search(gap)):
            objects = _coordinated(sentence, mentions, after[0])
            objects = [o for o in objects if o.start < limit]
            members = _members(sentence, mentions, objects[-1])
            if members:
                # "neurotrophic factors (BDNF, GDNF)": the specific members are what is meant.
                objects = objects[:-1] + members
    if not objects:
        return []
    confidence = 0.9
    chained_sign = 1
    subjects: list[Mention] = []
    if passive:
        agents, objects = objects, []
        if before:
            i = before[-1]
            while i > 0 and _COORD.match(sentence[mentions[i - 1].end : mentions[i].start]):
                i -= 1
            objects = [m for m in mentions[i : before[-1] + 1]]
        subjects = agents
    else:
        between = sentence[(prev.objects[-1].end if prev and prev.objects else 0) : t.start]
        head = sentence[: t.start]
        and_verb = re.search(r"(?:,|\band|\bor)\s+(?:also\s+|then\s+|thereby\s+|further\s+)?$", head)
        coordinated = bool(prev and prev.subjects and prev.objects and (
            _VERB_COORD.match(between)
            or (and_verb and not any(m.end > and_verb.start() - 1 and m.end <= t.start for m in mentions)
                and not _HARD_BOUNDARY.search(_unbracket(sentence[prev.end : and_verb.start()])))))
        if coordinated:
            causal = ("increases", "decreases")
            if (t.text.split()[0].lower().endswith("ing") and "and" not in between.lower() and "," in between
                    and prev.relation in causal and rel in causal):
                # "A dampens B, reducing C": the effect on C goes through B.
                subjects = list(prev.objects)
                chained_sign = -1 if prev.relation == "decreases" else 1
            else:
                # "were taken up by microglia and cut down apoptosis": after a passive verb the shared
                # subject is its patient, not its agent
                subjects = list(prev.objects if prev.passive else prev.subjects)
            confidence -= 0.1
        elif (prev and prev.objects and prev.relation in ("increases", "decreases") and rel in ("increases", "decreases")
              and _IN_TURN.search(sentence[prev.objects[-1].end : t.start])):
            # "... lowered PTEN, which in turn activated PI3K/AKT": the relative is the event, so the
            # effect on the new object goes through the old one
            subjects = list(prev.objects)
            chained_sign = -1 if prev.relation == "decreases" else 1
        else:
            subjects = _subjects(sentence, mentions, before, t, rel, ontology)
    if not subjects:
        return []
    # Negation counts only inside the trigger's own clause: "X are not just signals—they are consumed
    # by Y" denies the first clause, not the second.
    clause = _clause_start(sentence, t.start)
    if not passive and _NO_SUBJECT.search(sentence[clause : min(x.start for x in subjects)]):
        return []  # "no pharmacological therapy has been shown to improve survival"
    if _NEGATION.search(sentence[max(clause, min(s.end for s in subjects)) if not passive else clause : t.start]) or \
            (passive and _NEGATION.search(sentence[max(clause, max(o.end for o in objects) if objects else 0) : t.start])):
        # "MSC exosomes did not reverse established cirrhosis": no effect is claimed, but the therapy
        # was tried in the disease.
        return [Claim(s, "studied_in", o, min(s.start, o.start), max(s.end, o.end, t.end), 0.6)
                for s in subjects for o in objects
                if rel == "decreases" and not passive and ontology.is_a(o.entity.type, "DiseaseOrInjury")
                and not is_generic_vesicle(s.entity)
                and _predicate("studied_in", s, o, ontology, 1) == "studied_in" and s.entity.id != o.entity.id]
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
    t.subjects, t.objects, t.passive = subjects, objects, passive
    out: list[Claim] = []
    for s in subjects:
        # "Loss of PTEN leads to regeneration": the claim is about PTEN with the opposite sign.
        flip = -1 if _LOSS_OF.search(sentence[: s.start]) else 1
        for o in objects:
            pred = _predicate(rel, s, o, ontology, chained_sign * flip)
            if pred is None or s.entity.id == o.entity.id:
                continue
            if (s.new and is_generic_vesicle(s.entity)) or (o.new and is_generic_vesicle(o.entity)):
                continue  # a new entity must be a specific name; "vesicles" alone grounds to nothing
            conf = confidence - 0.1 * (s.new + o.new) - (0.05 if s.source == "anaphora" else 0)
            if pred == "regulates":
                conf -= 0.1
            lo, hi = min(s.start, o.start, t.start), max(s.end, o.end, t.end)
            out.append(Claim(s, pred, o, lo, hi, round(max(0.3, min(0.95, conf)), 2)))
    # Mechanism chain: "A enhances B through C inhibition".
    last = objects[-1] if not passive else subjects[-1]
    chain = [m for m in mentions if m.start >= last.end and _CHAIN.match(sentence[last.end : m.start])]
    if not chain:
        # "promote angiogenesis, the sprouting of new vessels, partly through VEGF": after an aside
        chain = [m for m in mentions if m.start >= last.end and _MEDIATOR.search(sentence[last.end : m.start])
                 and not _HARD_BOUNDARY.search(_unbracket(sentence[last.end : m.start]))][:1]
    if chain and rel in ("increases", "decreases") and not passive:
        c = chain[0]
        nominal = _NOMINAL.match(sentence[c.end :])
        if nominal is None and _NAME_ENDS.match(sentence, c.end) and rel == "increases" and chained_sign > 0:
            # only "promote X through Y": "suppressed fibrosis through TGF-β" does not say which way
            # TGF-β was moved
            # a bare mediator ("through VEGF") carries the effect with its own sign: the subject raises
            # it, and it acts on the object as the verb says
            t_sign = (1 if rel == "increases" else -1) * chained_sign
            end = c.end
            for s in subjects:
                p = _predicate("increases", s, c, ontology, 1)
                if p and s.entity.id != c.entity.id:
                    out.append(Claim(s, p, c, s.start, end, 0.6))
            for o in objects:
                p = _predicate("increases" if t_sign > 0 else "decreases", c, o, ontology, 1)
                if p and o.entity.id != c.entity.id:
                    out.append(Claim(c, p, o, min(o.start, c.start), end, 0.55))
        if nominal:
            n_sign = -1 if nominal.group(1).lower() in _INHIBITORY_NOMINALS else 1
            t_sign = (1 if rel == "increases" else -1) * chained_sign
            end = c.end + nominal.end()
            for s in subjects:
                p = _predicate("decreases" if n_sign < 0 else "increases", s, c, ontology, 1)
                if p:
                    out.append(Claim(s, p, c, s.start, end, 0.7))
            for o in objects:
                p = _predicate("increases" if t_sign * n_sign > 0 else "decreases", c, o, ontology, 1)
                if p:
                    out.append(Claim(c, p, o, min(o.start, c.start), end, 0.6))
    return out


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding offset *at* starts: after the last hard boundary (a semicolon, a dash,
    a subordinating word) before it, bracketed asides ignored.

    >>> s = "exosomes are not signals\u2014they are consumed by neurons"
    >>> s[_clause_start(s, s.index("consumed")):]
    'they are consumed by neurons'
    """
    start = 0
    for b in _HARD_BOUNDARY.finditer(_unbracket(sentence[:at])):
        start = b.end()
    while start < at and sentence[start].isspace():
        start += 1
    return start


def _subjects(sentence: str, mentions: list[Mention], before: list[int], t: _Trigger, rel: str,
              ontology: Ontology) -> list[Mention]:
    """The subject(s) of a trigger in active voice."""
    if not before:
        return []
    allowed = CONSTRAINTS.get(rel, (None, None))[0]
    head = sentence[: t.start]
    rel_clause = _RELATIVE.search(head)
    if rel_clause:
        # "X, which promotes Y" / "packets that contain Z": the antecedent is the last mention before.
        cands = [i for i in before if mentions[i].end <= rel_clause.start()]
        cands = [i for i in cands if _fits(ontology, mentions[i].entity.type, allowed)]
        if not cands:
            return []
        i = cands[-1]
        # "miR-122, a liver-enriched microRNA that suppresses ...": a class noun in apposition to a
        # name stands for that name.
        named = [j for j in range(i) if mentions[j].entity.type == mentions[i].entity.type
                 and mentions[j].entity.id != mentions[i].entity.id
                 and _APPOSED_CLASS.fullmatch(sentence[mentions[j].end : mentions[i].start])]
        if named:
            return [mentions[named[-1]]]
        # "miR-199a-3p and let-7b, which suppress TLR4": every coordinated antecedent.
        while i > 0 and _COORD.match(sentence[mentions[i - 1].end : mentions[i].start]) and \
                _fits(ontology, mentions[i - 1].entity.type, allowed):
            i -= 1
        return mentions[i : cands[-1] + 1]
    # The clause the trigger sits in starts after the last hard boundary or after a comma that does
    # not merely separate coordinated mentions.
    clause_start = 0
    for b in _HARD_BOUNDARY.finditer(_unbracket(head)):
        clause_start = b.end()
    for c in re.finditer(r",\s", head):
        if c.start() < clause_start:
            continue
        left = [m for m in mentions if m.end <= c.start()]
        right = [m for m in mentions if m.start >= c.end()]
        if left and right and left[-1].end == c.start() and right[0].start == c.end():
            continue  # "A, B and C"
        clause_start = c.end()
    relative = re.search(r"\b(?:which|who)\s*$", head[:clause_start])
    cands = [i for i in before if mentions[i].start >= clause_start]
    if relative and not (cands and re.fullmatch(r"\s*(?:\w+ly\s+)?", head[mentions[cands[-1]].end :])):
        # "the Sirt6 pathway, which is a pivotal pathway ... and promotes longevity": the antecedent,
        # unless a mention stands right before the verb ("which miR-21 suppresses").
        ante = [i for i in before if mentions[i].end <= relative.start()
                and _fits(ontology, mentions[i].entity.type, allowed)]
        if ante:
            return [mentions[ante[-1]]]
    # The object of a preposition is not a subject ("Loading miRNAs into producer cells generates").
    free = [i for i in cands if not _PREPOSITION_BEFORE.search(head[: mentions[i].start])]
    cands = free or cands
    fitting = [i for i in cands if _fits(ontology, mentions[i].entity.type, allowed)]
    if not fitting and _PRONOUN_SUBJECT.search(head) and before and mentions[before[0]].source == "anaphora" \
            and _fits(ontology, mentions[before[0]].entity.type, allowed):
        # "Treatment reduced IL-1β and TNF-α, and it improved survival": "it" takes up the treatment
        return [mentions[before[0]]]
    if not fitting:
        # No fitting subject in the clause: the nearest fitting mention to the left in the sentence.
        fitting = [i for i in before if _fits(ontology, mentions[i].entity.type, allowed)
                   and not _PREPOSITION_BEFORE.search(head[: mentions[i].start])][-1:]
        if not fitting:
            return []
    first = fitting[0]
    group = _coordinated(sentence, mentions, first)
    return [m for m in group if m.end <= t.start and _fits(ontology, m.entity.type, allowed)]


def _predicate(rel: str, s: Mention, o: Mention, ontology: Ontology, chained_sign: int) -> str | None:
    """The ontology relation for a trigger's relation and argument types, or None if they clash."""
    st, ot = s.entity.type, o.entity.type
    if rel == "targets":
        if st == "MicroRNA":
            rel = "decreases"  # a miRNA targets a transcript to repress it
        elif ontology.is_a(ot, "AnatomicalSite"):
            rel = "located_in"
        else:
            rel = "regulates"
    if rel == "secretes" and ontology.is_a(st, VESICLE):
        rel = "delivers"  # "exosomes release their cargo into the cytoplasm"
    if rel in ("increases", "decreases") and chained_sign < 0:
        rel = "decreases" if rel == "increases" else "increases"
    subj_ok, obj_ok = CONSTRAINTS.get(rel, (None, None))
    if not (_fits(ontology, st, subj_ok) and _fits(ontology, ot, obj_ok)):
        return None
    if rel == "decreases" and ontology.is_a(ot, "DiseaseOrInjury"):
        return "ameliorates"
    if rel == "increases" and ontology.is_a(ot, "DiseaseOrInjury"):
        return None  # "improves SCI" means the opposite of its words; leave it to a curator
    return rel


_PRO_ANTI = re.compile(r"(?<![\w-])(pro|anti)-([a-z]{4,})(?![\w-])", re.I)
_X_PROMOTING = re.compile(
    r"(?<![\w-])([a-z]{4,})-(promoting|enhancing|inducing|suppressing|inhibiting|reducing|blocking)(?![\w-])", re.I)
_UP_PARTICIPLES = frozenset({"promoting", "enhancing", "inducing"})
_APPOSED = re.compile(r"\s*[\u2014\u2013(]\s*(?:(?:two|three|four|several|both|the|all|key|major|other)\s+){0,3}")
_EXAMPLES = re.compile(r"^\s*,?\s*(?:like|such\s+as|including|e\.g\.,?)\s+$", re.I)
_EFFECT_NOUN = re.compile(
    r"^\s+(?:effects?|activit(?:y|ies)|propert(?:y|ies)|capacit(?:y|ies)|signals?|actions?|roles?|functions?"
    r"|potential)\b", re.I)
_OWNER_GAP = re.compile(r"^\s+(?:\S+\s+){0,6}?(?:(?:their|its)\s+)?$")
_CAPACITY = re.compile(
    r"\b(?:their|its)\s+([a-z]{5,}(?:ive|ic|ory|al|ent))\s+(?:capacity|capacities|effects?|activit(?:y|ies)"
    r"|propert(?:y|ies)|potential|functions?)\b", re.I)


def modifier_claims(sentence: str, mentions: list[Mention], ontology: Ontology,
                    process: Callable[[str], Entity | None]) -> list[Claim]:
    """Claims made by "pro-X"/"anti-X" adjectives: the thing so described increases/decreases X.

    "pro-inflammatory cytokines (TNF-α, IL-6)" -> each member increases inflammation; "pro-
    inflammatory miRNAs like miR-155" -> the examples do; "exosomes exerted their anti-ageing
    effects" (an effect noun after the adjective) -> the clause's subject decreases ageing.
    *process* maps the word after the prefix to an entity (see ``Recognizer.process_named_by``).

    >>> from kg.model import Entity
    >>> s = "pro-apoptotic proteins like BAX"
    >>> ms = [Mention(14, 22, "proteins", Entity("protein", "protein", "GeneOrProtein"), "lexicon"),
    ...       Mention(28, 31, "BAX", Entity("BAX", "BAX", "GeneOrProtein"), "lexicon")]
    >>> apo = Entity("apoptosis", "apoptosis", "BiologicalProcess")
    >>> [(c.subject.text, c.predicate, c.object.entity.id) for c in
    ...  modifier_claims(s, ms, Ontology.load(), lambda w: apo if w == "apoptotic" else None)]
    [('BAX', 'increases', 'apoptosis')]
    """
    out: list[Claim] = []
    for mod in _CAPACITY.finditer(sentence):
        # "the vesicles retained their neuroprotective capacity": the owner increases neuroprotection.
        entity = next((e for e in map(process, noun_forms(mod.group(1).lower())[1:]) if e is not None), None)
        if entity is None:
            continue
        start = _clause_start(sentence, mod.start())
        owners = [m for m in mentions if start <= m.start and m.end <= mod.start()
                  and _OWNER_GAP.match(sentence[m.end : mod.start(1)])]
        if not owners or _NEGATION.search(sentence[owners[0].end : mod.start()]):
            continue
        target = Mention(mod.start(1), mod.end(1), mod.group(1), entity, "lexicon", entity.provisional)
        pred = _predicate("increases", owners[0], target, ontology, 1)
        if pred is not None and owners[0].entity.id != entity.id:
            out.append(Claim(owners[0], pred, target, owners[0].start, mod.end(), 0.65))
    modifiers = [(m, m.group(2), "increases" if m.group(1).lower() == "pro" else "decreases")
                 for m in _PRO_ANTI.finditer(sentence)]
    modifiers += [(m, m.group(1), "increases" if m.group(2).lower() in _UP_PARTICIPLES else "decreases")
                  for m in _X_PROMOTING.finditer(sentence)]
    for mod, word, rel in modifiers:
        effect = None
        entity = process(word.lower())
        if entity is None:
            continue
        target = Mention(mod.start(), mod.end(), mod.group(), entity, "lexicon", entity.provisional)
        holders: list[Mention] = []
        nxt = [i for i, m in enumerate(mentions) if m.start >= mod.end()]
        if nxt and re.fullmatch(r"\s+", sentence[mod.end() : mentions[nxt[0]].start]):
            head = mentions[nxt[0]]
            holders = _members(sentence, mentions, head)
            if not holders:
                later = [i for i in nxt[1:] if _EXAMPLES.match(sentence[head.end : mentions[i].start])]
                holders = _coordinated(sentence, mentions, later[0]) if later else [head]
            if holders == [head]:
                # "miR-21 and miR-133b—two key regeneration-promoting miRNAs—": the names in
                # apposition before are the members meant.
                prev = [i for i, m in enumerate(mentions) if m.end <= mod.start()]
                if prev and _APPOSED.fullmatch(sentence[mentions[prev[-1]].end : mod.start()]) and \
                        mentions[prev[-1]].entity.type == head.entity.type:
                    i = prev[-1]
                    while i > 0 and _COORD.match(sentence[mentions[i - 1].end : mentions[i].start]):
                        i -= 1
                    holders = mentions[i : prev[-1] + 1]
        elif (effect := _EFFECT_NOUN.match(sentence[mod.end() :])):
            # "X exerted their anti-ageing effects": the owner is the subject of the clause.
            start = _clause_start(sentence, mod.start())
            owners = [m for m in mentions if start <= m.start and m.end <= mod.start()
                      and _OWNER_GAP.match(sentence[m.end : mod.start()])]
            holders = owners[:1]
            if holders and _NEGATION.search(sentence[holders[0].end : mod.start()]):
                holders = []
        for h in holders:
            pred = _predicate(rel, h, target, ontology, 1)
            if pred is None or h.entity.id == entity.id:
                continue
            lo, hi = min(h.start, mod.start()), max(h.end, mod.end())
            if lo == mod.start() and h.start > mod.end():
                hi = h.end
            elif effect is not None and h.end <= mod.start():
                hi = mod.end() + effect.end()  # "... their anti-ageing effects"
            out.append(Claim(h, pred, target, lo, hi, 0.7))
    return out


_MODEL_OF = re.compile(r"\bin\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}models?\s+of\s+(?:experimental\s+|induced\s+)?", re.I)
_INTO_DISEASE = re.compile(r"^\s+(?:into|in|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$", re.I)
_EFFECTS_OF = re.compile(
    r"\b(?:evaluat|investigat|examin|assess|test|explor|stud)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?effects?\s+of\s+$", re.I)
_ON = re.compile(r"^\s+on\s+(?:the\s+)?$", re.I)


def setting_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """``studied_in`` claims that need no verb: a therapy put into a disease ("stem cell transplants
    into spinal cord injuries") and a study of "the effects of X on Y" ("to evaluate the therapeutic
    effects of exosomes [...] on osteoarthritis").

    >>> from kg.model import Entity
    >>> s = "We assessed the effects of MSC exosomes on sepsis."
    >>> ms = [Mention(27, 39, "MSC exosomes", Entity("MSC-exosome", "MSC exosome", "Exosome"), "lexicon"),
    ...       Mention(43, 49, "sepsis", Entity("sepsis", "sepsis", "DiseaseOrInjury"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in setting_claims(s, ms, Ontology.load())]
    [('MSC exosomes', 'studied_in', 'sepsis')]
    """
    out: list[Claim] = []
    flat = _unbracket(sentence)
    # "Exosomes ... attenuate cartilage degeneration in a rat model of osteoarthritis": the study's setting
    for model in _MODEL_OF.finditer(sentence):
        disease = next((m for m in mentions if m.start == model.end() and ontology.is_a(m.entity.type, "DiseaseOrInjury")), None)
        clause = _clause_start(sentence, model.start())
        first = [m for m in mentions if clause <= m.start and m.end <= model.start()
                 and not _PREPOSITION_BEFORE.search(sentence[: m.start])][:1]
        # the clause's own subject, named as a vesicle or therapy ("Unlike MSC exosomes, fibroblast
        # exosomes failed in a model of stroke" is about the fibroblast exosomes)
        agent = first[0] if first and (ontology.is_a(first[0].entity.type, "ExtracellularVesicle")
                                       or ontology.is_a(first[0].entity.type, "Intervention")) else None
        if agent is not None and re.search(r"[;,]", sentence[agent.end : model.start()]):
            agent = None
        if disease is not None and agent is not None and not _NEGATION.search(sentence[agent.end : model.start()]):
            out.append(Claim(agent, "studied_in", disease, agent.start, disease.end, 0.65))
    for i, m in enumerate(mentions[:-1]):
        nxt = [x for x in mentions[i + 1 :] if flat[x.start : x.end].strip()]  # not inside an aside
        if not nxt:
            continue
        o = nxt[0]
        gap = flat[m.end : o.start]
        if ontology.is_a(m.entity.type, "Intervention") and _INTO_DISEASE.match(gap) and \
                ontology.is_a(o.entity.type, "DiseaseOrInjury"):
            out.append(Claim(m, "studied_in", o, m.start, o.end, 0.7))
        elif _EFFECTS_OF.search(sentence[: m.start]) and _ON.match(re.sub(r"\s+", " ", gap) if gap.strip() == "" else gap):
            if _predicate("studied_in", m, o, ontology, 1) == "studied_in" and \
                    not _NEGATION.search(sentence[_clause_start(sentence, m.start) : m.start]):
                out.append(Claim(m, "studied_in", o, m.start, o.end, 0.7))
    return out


_NOMINAL_REL = {
    **dict.fromkeys("inhibition suppression downregulation down-regulation reduction attenuation blockade repression "
                    "silencing knockdown".split(), "decreases"),
    **dict.fromkeys("activation upregulation up-regulation induction enhancement promotion stimulation "
                    "increase".split(), "increases"),
    **dict.fromkeys("delivery transfer".split(), "delivers"),
    **dict.fromkeys("regulation modulation".split(), "regulates"),
}
_NOMINAL_WORDS = "|".join(sorted(_NOMINAL_REL, key=len, reverse=True))
# "miR-21-mediated suppression of PTEN", "exosome-mediated delivery of miR-21"
_MEDIATED = re.compile(
    rf"(?<![\w-])([\w\u03b1-\u03c9/]+(?:-[\w\u03b1-\u03c9/]+)*?)-(?:mediated|induced|driven|dependent)\s+({_NOMINAL_WORDS})"
    r"\s+of\s+(?:the\s+)?", re.I)
_KEY_ROLE = re.compile(
    r"^,?\s*(?:which|that)\s+(?:is|are|was|were)\s+(?:a|an|the)\s+(?:key|pivotal|central|major|critical|crucial|main)\s+"
    r"(?:pathway|regulator|mediator|player|driver|component|step)\s+(?:in|of|for)\s+(?:the\s+)?(?:(?:response|resistance)\s+to\s+)?$",
    re.I)
_EFFECT_OF = re.compile(r"\beffects?\s+of\s+(?:the\s+)?$", re.I)
_NOMINAL_AFTER = re.compile(rf"\s+({_NOMINAL_WORDS})\b", re.I)
# "suppression of PTEN by miR-21"
_NOMINAL_BY = re.compile(rf"(?<![\w-])({_NOMINAL_WORDS})\s+of\s+(?:the\s+)?", re.I)


def nominal_claims(sentence: str, mentions: list[Mention], ontology: Ontology,
                   lookup: Callable[[str], Entity | None]) -> list[Claim]:
    """Claims stated by a nominalised verb: "X-mediated suppression of Y" and "inhibition of Y by X".

    *lookup* names the entity before "-mediated" where no mention ends there (a hyphenated name
    such as "exosome-mediated" is not a mention of its own).

    >>> from kg.model import Entity
    >>> s = "miR-21-mediated suppression of PTEN; activation of AKT by exosomes"
    >>> E = lambda i, t: Entity(i, i, t)
    >>> ms = [Mention(0, 6, "miR-21", E("miR-21", "MicroRNA"), "pattern"),
    ...       Mention(31, 35, "PTEN", E("PTEN", "GeneOrProtein"), "lexicon"),
    ...       Mention(51, 54, "AKT", E("AKT", "GeneOrProtein"), "lexicon"),
    ...       Mention(58, 66, "exosomes", E("exosome", "Exosome"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in nominal_claims(s, ms, Ontology.load(), lambda n: None)]
    [('miR-21', 'decreases', 'PTEN'), ('exosomes', 'increases', 'AKT')]
    """
    out: list[Claim] = []

    def after(pos: int) -> list[Mention]:
        first = [i for i, m in enumerate(mentions) if m.start == pos]
        return _coordinated(sentence, mentions, first[0]) if first else []

    for m in _MEDIATED.finditer(sentence):
        rel = _NOMINAL_REL[m.group(2).lower()]
        subj = [x for x in mentions if x.end == m.start(1) + len(m.group(1)) and x.start >= m.start(1)]
        if not subj:
            e = lookup(m.group(1))
            if e is None:
                continue
            subj = [Mention(m.start(1), m.end(1), m.group(1), e, "lexicon", e.provisional)]
        for o in after(m.end()):
            pred = _predicate(rel, subj[-1], o, ontology, 1)
            if pred and subj[-1].entity.id != o.entity.id:
                out.append(Claim(subj[-1], pred, o, subj[-1].start, o.end, 0.75))
    for i, m in enumerate(mentions[:-1]):
        # "the effects of iMSC-sEVs on Sirt6 activation": X acts on Y the way the nominal says.
        if not _EFFECT_OF.search(sentence[: m.start]):
            continue
        o = mentions[i + 1]
        nominal = _NOMINAL_AFTER.match(sentence, o.end)
        if _ON.match(sentence[m.end : o.start]) and nominal:
            pred = _predicate(_NOMINAL_REL[nominal.group(1).lower()], m, o, ontology, 1)
            if pred and m.entity.id != o.entity.id:
                out.append(Claim(m, pred, o, m.start, nominal.end(), 0.65))
    for i, m in enumerate(mentions[:-1]):
        # "the Sirt6 pathway, which is a pivotal pathway in the response to DNA repair"
        o = mentions[i + 1]
        if _KEY_ROLE.match(sentence[m.end : o.start]):
            pred = _predicate("regulates", m, o, ontology, 1)
            if pred and m.entity.id != o.entity.id:
                out.append(Claim(m, pred, o, m.start, o.end, 0.6))
    for m in _NOMINAL_BY.finditer(sentence):
        if sentence[max(0, m.start() - 12) : m.start()].lower().rstrip().endswith(("mediated", "induced", "driven", "dependent")):
            continue
        objs = after(m.end())
        if not objs:
            continue
        by = re.compile(r"\s+by\s+(?:the\s+)?").match(sentence, objs[-1].end)
        agents = after(by.end()) if by else []
        rel = _NOMINAL_REL[m.group(1).lower()]
        for s in agents:
            for o in objs:
                pred = _predicate(rel, s, o, ontology, 1)
                if pred and s.entity.id != o.entity.id:
                    out.append(Claim(s, pred, o, m.start(), s.end, 0.75))
    return out


# Verbs that name a process: "exosomes ... remyelinate axons" says they bring about remyelination.
# Only the transitive use says the subject brings the process about ("remyelinate axons"); "neurons
# regenerate poorly" and "proliferating astrocytes" do not.
_PROCESS_VERB = re.compile(
    r"(?<![\w-])(remyelinat|regenerat|vasculariz|vascularis)(?:e|es|ed)(?![\w-])(?=\s+(?:the\s+|damaged\s+|injured\s+)?"
    r"(?!\w+ly\b)(?:axons?|nerves?|tissues?|lesions?|cartilage|bone|vessels?|fibers|fibres|myelin|the\s+\w+))", re.I)
_PROCESS_NOUN = {"vasculariz": "vascularization", "vascularis": "vascularisation"}
_AND_VERB = re.compile(r"^[^.;:]*?\b(?:and|or)\s+(?:then\s+|also\s+)?$", re.I)
_SUBJECT_VERB = re.compile(r"^\s+(?:(?:can|could|may|might|will|would|also|then|to|do|did|does)\s+){0,2}$", re.I)


def process_verb_claims(sentence: str, mentions: list[Mention], claims: list[Claim], ontology: Ontology,
                        process: Callable[[str], Entity | None]) -> list[Claim]:
    """Claims made by a verb that names a process ("remyelinate" -> remyelination): its subject
    increases the process. The subject is the mention right before the verb ("MSCs can proliferate")
    or, for a coordinated verb ("penetrate chronic lesions and remyelinate axons"), the subject of
    the claim the sentence made just before it.

    >>> from kg.model import Entity
    >>> s = "MSC exosomes can remyelinate axons."
    >>> ms = [Mention(0, 12, "MSC exosomes", Entity("MSC-exosome", "MSC exosome", "Exosome"), "lexicon")]
    >>> rem = Entity("remyelination", "remyelination", "BiologicalProcess")
    >>> [(c.subject.text, c.predicate, c.object.entity.id) for c in
    ...  process_verb_claims(s, ms, [], Ontology.load(), lambda w: rem if w == "remyelination" else None)]
    [('MSC exosomes', 'increases', 'remyelination')]
    """
    out: list[Claim] = []
    for v in _PROCESS_VERB.finditer(sentence):
        if any(m.start > v.end() and not sentence[v.end() : m.start].strip() for m in mentions):
            continue  # "differentiated MSCs": an adjective of the next name
        stem = v.group(1).lower()
        entity = process(_PROCESS_NOUN.get(stem, stem + "ion"))
        if entity is None:
            continue
        subject = None
        before = [m for m in mentions if m.end <= v.start()]
        if before and _SUBJECT_VERB.fullmatch(sentence[before[-1].end : v.start()]):
            subject = before[-1]
        else:
            earlier = [c for c in claims if c.end <= v.start() and _AND_VERB.match(sentence[c.end : v.start()])]
            if earlier:
                subject = max(earlier, key=lambda c: c.end).subject
        if subject is None or _NEGATION.search(sentence[subject.end : v.start()]):
            continue
        target = Mention(v.start(), v.end(), v.group(), entity, "lexicon", entity.provisional)
        pred = _predicate("increases", subject, target, ontology, 1)
        if pred is not None and subject.entity.id != entity.id:
            out.append(Claim(subject, pred, target, min(subject.start, v.start()), v.end(), 0.6))
    return out
