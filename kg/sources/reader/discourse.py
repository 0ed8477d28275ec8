"""Discourse rules: claims that a sentence makes only together with the sentences before it.

Three rules, each limited to one paragraph (no line break between the sentences):

* **Class elaboration.** "MSC-derived exosomes carry specific miRNAs that ... . miR-21 suppresses
  PTEN. miR-133b enhances ..." -- a vesicle said to carry *specific* (several, key, ...) members of a
  class, followed by sentences that open with named members of that class, carries those members.
  The evidence spans from the class claim to the member's name.
* **Condition context.** "MSCs from older donors produce exosomes with altered miRNA cargo. miR-21
  and miR-133b ... drop significantly." -- a sentence that names a condition of the source (donor
  age, diabetes, obesity, hypoxia) makes that condition the agent of the changes the paragraph then
  reports without an agent: "altered X" (regulates), "X drop/decline" (decreases), "X increase/rise"
  (increases), "the old exosomes lost ... of their neuroprotective capacity" (decreases).
* **Quantifier subjects.** "We have tried transplanting stem cells into spinal cord injuries. Most
  cells die. Some cause inflammation." -- a sentence whose subject is a bare quantifier ("Some",
  "Most", "Many", "Others", "The few survivors") talks about what the paragraph's first sentence
  named first; :meth:`Discourse.quantifier_subject` returns that mention for the relation rules.

* **Treatment context.** In a paper about one vesicle, "treatment lowered the score", "treated mice
  had less inflammation" and "In treated rats, MMP13 was downregulated" report that vesicle's effects:
  :meth:`Discourse.treatment_subject` stands in for the bare "treatment", and the results of treated
  groups become claims of the document's main vesicle (the specific vesicle named most so far).

>>> from kg.sources.reader import read_text
>>> r = read_text("MSC exosomes carry several miRNAs. miR-223 suppresses NLRP3.")
>>> [(str(s), s.evidence[0].quote) for s in r.statements if s.object.id == "miR-223"]
[('mesenchymal stem cell exosome -carries-> miR-223', 'MSC exosomes carry several miRNAs. miR-223')]
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from typing import Callable

from ...model import Entity
from ...ontology import Ontology
from .names import Mention, is_generic_vesicle
from .predicates import predicate_for
from .clauses import coordinated_with
from .relations import Claim
from .triggers import COORD, TRIGGER_RX

# "carry specific miRNAs": the class noun announces a list of its members.
_SPECIFIC = re.compile(r"\b(?:specific|several|particular|distinct|certain|key|selected|multiple|various)\s+$", re.I)
_CLASS_REACH = 3  # member sentences after the announcing one
# Classes whose members a list names unambiguously ("several miRNAs. miR-223 ..."); "several proteins"
# would take any gene named after it.
_LISTED_CLASSES = frozenset({"MicroRNA", "CytokineOrGrowthFactor"})

# condition name -> cue words before a source noun ("older donors", "aged mice", "diabetic patients")
_CONDITIONS: dict[str, tuple[str, str]] = {
    "ageing": (r"old(?:er)?|aged|elderly|ageing|aging|geriatric", "BiologicalProcess"),
    "diabetes": (r"diabetic", "DiseaseOrInjury"),
    "obesity": (r"obese", "DiseaseOrInjury"),
    "hypoxia": (r"hypoxic|hypoxia-preconditioned", "Phenotype"),
}
_SOURCE_NOUN = r"(?:human\s+|adult\s+)?(?:donors?|patients?|individuals?|subjects?|people|mice|rats|animals|MSCs?|cells)"
# The condition must qualify where the cells or vesicles come from ("MSCs from older donors", "exosomes
# of aged rats"), not the treated host ("aged mice were treated with ..."), so "from"/"of" comes first.
_CONDITION_RX = {
    name: re.compile(rf"\b(?:from|of)\s+(?:the\s+|young\s+(?:\([^)]{{1,20}}\)\s+)?(?:versus|vs\.?|and|or)\s+)?"
                     rf"((?:{cue})(?![\w-])\s+(?:\([^)]{{1,20}}\)\s+)?{_SOURCE_NOUN})\b", re.I)
    for name, (cue, _) in _CONDITIONS.items()
}
_CONDITION_REACH = 2  # sentences after the cue's sentence
_OLD_SUBJECT = {
    name: re.compile(rf"^(?:The\s+|These\s+)?(?:{cue})\s+\w+", re.I) for name, (cue, _) in _CONDITIONS.items()
}
_ALTERED = re.compile(r"\b(?:altered|changed|different|modified)\s+$", re.I)
# An agentless change: the verb ends the clause ("... drop significantly.").
_CHANGE = re.compile(
    r"\s*[\u2014\u2013]?\s*(?:(?:are|were|is|was)\s+)?"
    r"(drop|drops|dropped|decline|declines|declined|fall|falls|fell|decrease|decreases|decreased|"
    r"diminish|diminishes|diminished|increase|increases|increased|rise|rises|rose|elevated|reduced|"
    r"downregulated|upregulated)"
    r"(?:\s+(?:significantly|sharply|markedly|dramatically|substantially|strongly|slightly|by\s+[\w.%~-]+))?\s*[.;]?\s*$",
    re.I,
)
_DOWN = frozenset("drop drops dropped decline declines declined fall falls fell decrease decreases decreased "
                  "diminish diminishes diminished reduced downregulated".split())
_LOST_CAPACITY = re.compile(
    r"\b(?:lost|lose|loses|losing)\b[^.;]{0,40}?\b(?:their|its)\s+([a-z]{5,}(?:ive|ic|ory|al|ent))\s+"
    r"(?:capacity|capacities|effects?|activity|potential|function)\b", re.I)
_EXAMPLES = re.compile(r"\s+(?:like|such\s+as|including)\s+$", re.I)
_OPENER = re.compile(r"^(?:(?:At\s+the\s+same\s+time|In\s+addition|Moreover|Meanwhile|Likewise|Similarly|In\s+contrast),\s*)?")

# A bare quantifier subject is followed by its verb ("Some cause inflammation"); "Some cytokines ..."
# is a determiner with its noun and is left alone.
_QUANTIFIER = re.compile(
    r"^(?:Some|Most|Many|Others|Several|A\s+few|Few|The\s+(?:few\s+)?(?:survivors|remaining\s+ones|rest))"
    r"(?:\s+of\s+(?:them|these|those))?\s+(?:(?:\w+ly|often|also|then|still)\s+)?(?=[a-z])")
_CONTRAST = re.compile(r"\b(?:not|no|never|by\s+contrast|in\s+contrast|unlike|whereas|instead|absent|lacking)\b", re.I)


# "treatment lowered ...", "In ACLT rats, exosome therapy preserved ...": a bare treatment as subject
_TREATMENT = re.compile(
    r"^(?:[^,;]{0,60},\s*)?(?:(?:the|this|such|their)\s+)?(?:(?:exosome|EV|vesicle|sEV)s?\s+)?"
    r"(treatments?|therapy|administration|injections?|infusions?)\s+(?=\w)", re.I)
# "the treated mice had lower creatinine": the group treated with the vesicles (not "vehicle-treated",
# "cisplatin-treated" or "untreated" ones: a hyphen or "un" before "treated" names another treatment)
_TREATED_HAD = re.compile(
    r"(?<![\w-])(?:treated|injected)\s+(?:mice|rats|animals|patients|groups?|cohorts?|pigs|dogs)\s+(?:had|showed|"
    r"displayed|exhibited|ended\s+up\s+with|developed)\s+(?:(?:far|much|significantly|markedly|a|an|about|the)\s+)*"
    r"(less|lower|fewer|reduced|decreased|smaller|more|higher|greater|increased|improved|better|larger)\s+", re.I)
# "In treated rats, MMP13 was downregulated", "In exosome-treated (GVHD) mice, ...", "After treatment, ..."
_TREATED_CUE = re.compile(
    r"^(?:In|Among|For)\s+(?:the\s+)?(?:(?:exosome|EV|sEV|vesicle)s?-)?(?<![\w-]un)treated\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:mice|rats|animals|groups?|"
    r"patients|cells|cultures)\s*,|^(?:After|Following|With)\s+(?:exosome\s+|EV\s+)?treatment\s*,"
    # ... or named last: "the levels of p-AKT were increased in the exosome-treated group."
    r"|\bin\s+(?:the\s+)?(?:(?:exosome|EV|sEV|vesicle)s?-)?(?<![\w-]un)treated\s+(?:mice|rats|animals|groups?)\s*\.?\s*$", re.I)
# ... but not where the sentence sets groups against each other or denies the change
_NOT_TREATED = re.compile(r"\b(?:untreated|vehicle|saline|PBS|sham|control|controls|before|but|whereas|while|"
                          r"neither|nor|not|no)\b", re.I)
_AGENTLESS = re.compile(
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(downregulated|reduced|decreased|lowered|suppressed|diminished|attenuated|"
    r"upregulated|increased|elevated|restored|enhanced|improved)\b", re.I)
_TREATMENT_REACH = 2  # sentences: "treatment" stands for a vesicle named this recently
_LESS = frozenset("less lower fewer reduced decreased smaller downregulated lowered suppressed diminished attenuated".split())


@dataclass
class _Pending:
    vesicle: Entity
    cls: Entity
    start: int  # document offset where the announcing claim starts
    left: int   # member sentences still allowed


class Discourse:
    """Cross-sentence state for one document; feed it every sentence in order (the module docstring
    has an example through :func:`kg.reader.read_text`)."""

    def __init__(self, ontology: Ontology, text: str, lookup: Callable[[str], Entity | None],
                 new: Callable[[str, str, str], Entity], process: Callable[[str], Entity | None]):
        self.ontology = ontology
        self.text = text
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._lookup = lookup
        self._new = new
        self._process = process
        self._pending: _Pending | None = None
        # (entity, paragraph start, condition name, document offset of the cue, sentences left)
        self._condition: tuple[Entity, int, str, int, int] | None = None
        self._paragraph_first: Mention | None = None
        self._paragraph_start = -1
        self._sentence_no = 0
        # (sentence number, entity, paragraph start) of the last specific vesicle
        self._last_vesicle: tuple[int, Entity, int] | None = None

    # -- treatment context ----------------------------------------------------------------------
    def topic(self, sent_start: int) -> Entity | None:
        """The vesicle a bare "treatment" stands for: the specific vesicle named last, if it was named in
        this paragraph, in this sentence or the last two (a control named more often, or a drug named
        since, is not it)."""
        if (self._last_vesicle is None or self._sentence_no - self._last_vesicle[0] > _TREATMENT_REACH
                or self._last_vesicle[2] != self._paragraph_of(sent_start)):
            return None
        return self._last_vesicle[1]

    def count_vesicles(self, mentions: list[Mention], sent_start: int) -> None:
        """Record the specific vesicles *mentions* name (call once per sentence, in order)."""
        self._sentence_no += 1
        for m in mentions:
            if self.ontology.is_a(m.entity.type, "ExtracellularVesicle") and not is_generic_vesicle(m.entity):
                self._last_vesicle = (self._sentence_no, m.entity, self._paragraph_of(sent_start))

    def treatment_subject(self, sentence: str, sent_start: int, mentions: list[Mention]) -> Mention | None:
        """A mention of the main vesicle standing for a bare "treatment" that opens a clause, or None."""
        t = _TREATMENT.match(sentence)
        topic = self.topic(sent_start)
        if t is None or topic is None or not TRIGGER_RX.match(sentence, t.end()):
            return None
        if any(m.start < t.end() and m.end > t.start(1) for m in mentions):
            return None  # the treatment is named ("MSC exosome treatment ..."): the mention says what
        return Mention(t.start(1), t.end(1), t.group(1), topic, "anaphora")

    def _treated(self, sentence: str, sent_start: int, mentions: list[Mention]) -> list[Claim]:
        topic = self.topic(sent_start)
        if topic is None:
            return []
        out: list[Claim] = []
        agent = Mention(0, 0, "", topic, "anaphora")
        for h in _TREATED_HAD.finditer(sentence):
            target = next((m for m in mentions if m.start == h.end()), None)
            if target is not None:
                rel = "decreases" if h.group(1).lower() in _LESS else "increases"
                out += self._claim(rel, replace(agent, start=h.start(), end=h.start()), target, h.start(), target.end, 0.5)
        if _TREATED_CUE.search(sentence) and not _NOT_TREATED.search(sentence):
            for i, m in enumerate(mentions):
                change = _AGENTLESS.match(sentence, m.end)
                if change is None or re.search(r"\bof\s+(?:the\s+)?$", sentence[: m.start]) and not re.search(
                        r"\b(?:levels?|expression|amounts?|concentrations?|contents?)\s+of\s+(?:the\s+)?$", sentence[: m.start], re.I):
                    continue  # "apoptosis of neurons was reduced" is about apoptosis, not neurons ("the levels of X" are X's)
                group = [m]
                while i > 0 and COORD.match(sentence[mentions[i - 1].end : mentions[i].start]):
                    i -= 1
                    group.insert(0, mentions[i])  # "MMP13 and ADAMTS5 were downregulated"
                rel = "decreases" if change.group(1).lower() in _LESS else "increases"
                for g in group:
                    out += self._claim(rel, replace(agent, start=0, end=0), g, 0, change.end(), 0.45)
        return out

    def _paragraph_of(self, at: int) -> int:
        # rfind from *at* back to the last line break: a document without line breaks would make this
        # quadratic, so the line starts are looked up instead (issue 13)
        return self._line_starts[bisect_right(self._line_starts, at) - 1]

    # -- quantifier subjects --------------------------------------------------------------------
    def quantifier_subject(self, sentence: str, sent_start: int, mentions: list[Mention]) -> Mention | None:
        """A mention standing for "Some"/"The few survivors" opening *sentence*, or None.

        The referent is the first mention of the paragraph's first sentence that had one.
        """
        q = _QUANTIFIER.match(sentence)
        if q is None or self._paragraph_first is None or self._paragraph_start != self._paragraph_of(sent_start):
            return None
        if mentions and mentions[0].start <= q.end() or not TRIGGER_RX.match(sentence, q.end()):
            return None
        return Mention(0, q.end() - 1, sentence[: q.end()].rstrip(), self._paragraph_first.entity, "anaphora")

    # -- per sentence ---------------------------------------------------------------------------
    def claims(self, sentence: str, sent_start: int, mentions: list[Mention], own: list[Claim]) -> list[Claim]:
        """Claims *sentence* makes with its paragraph; call once per sentence, in order, after the
        sentence's own claims (*own*) are known."""
        para = self._paragraph_of(sent_start)
        if para != self._paragraph_start:
            self._paragraph_start = para
            self._paragraph_first = None
            self._pending = None
            if self._condition is not None and self._condition[1] != para:
                self._condition = None
        out = self._elaborate(sentence, sent_start, mentions)
        out += self._conditioned(sentence, sent_start, mentions, own)
        out += self._treated(sentence, sent_start, mentions)
        if self._paragraph_first is None and mentions:
            self._paragraph_first = mentions[0]
        self._announce(sentence, sent_start, own)
        return out

    def _announce(self, sentence: str, sent_start: int, own: list[Claim]) -> None:
        for c in own:
            if (c.predicate == "carries" and not c.object.new and c.object.text[:1].islower()
                    and c.object.entity.type in _LISTED_CLASSES
                    and c.object.text.endswith("s") and _SPECIFIC.search(sentence[: c.object.start])):
                self._pending = _Pending(c.subject.entity, c.object.entity, sent_start + c.start, _CLASS_REACH)
                return

    def _elaborate(self, sentence: str, sent_start: int, mentions: list[Mention]) -> list[Claim]:
        p = self._pending
        if p is None:
            return []
        if p.left <= 0 or not mentions or mentions[0].start > 0:
            self._pending = None
            return []
        first = mentions[0]
        if first.entity.type != p.cls.type or first.entity.id == p.cls.id or _CONTRAST.search(sentence):
            self._pending = None
            return []
        p.left -= 1
        subject = Mention(p.start - sent_start, p.start - sent_start, "", p.vesicle, "anaphora")
        members = [m for m in coordinated_with(sentence, mentions, 0) if m.entity.type == p.cls.type]
        return [Claim(subject, "carries", m, p.start - sent_start, m.end, 0.55) for m in members]

    # -- condition context ----------------------------------------------------------------------
    def _condition_entity(self, name: str) -> Entity:
        return self._lookup(name) or self._new(name, _CONDITIONS[name][1], name)

    def _conditioned(self, sentence: str, sent_start: int, mentions: list[Mention], own: list[Claim]) -> list[Claim]:
        out: list[Claim] = []
        cue = next(((n, m) for n, rx in _CONDITION_RX.items() if (m := rx.search(sentence))), None)
        if cue is not None:
            self._condition = (self._condition_entity(cue[0]), self._paragraph_start, cue[0],
                               sent_start + cue[1].start(1), _CONDITION_REACH + 1)
        if self._condition is None:
            return out
        cond, para, name, cue_at, left = self._condition
        # The condition speaks for a sentence or two, and not for one that names its own agent
        # ("MSC exosomes reduced IL-6").
        self._condition = (cond, para, name, cue_at, left - 1) if left > 1 else None
        if cue is None and not _OLD_SUBJECT[name].match(sentence) and any(
                c.predicate in ("increases", "decreases", "ameliorates") and any(
                    self.ontology.is_a(c.subject.entity.type, t) for t in ("ExtracellularVesicle", "CellType", "Intervention"))
                for c in own):
            self._condition = None
            return out
        # The evidence starts at the condition's cue, in this sentence or an earlier one of the
        # paragraph, so that the quote names the agent ("aged donors ... miR-126 declined").
        at = cue_at - sent_start
        agent = Mention(at, at + len(cue[1].group(1)) if cue else at, cue[1].group(1) if cue else "", cond, "anaphora")
        for m in mentions if left >= _CONDITION_REACH else ():  # "altered X": the cue's sentence or the next
            if _ALTERED.search(sentence[: m.start]):
                out += self._claim("regulates", agent, m, min(at, m.start), m.end, 0.5)
        change = None
        if mentions:
            last = mentions[-1]
            change = _CHANGE.match(sentence, last.end)
        if change is not None and _OPENER.match(sentence).end() <= mentions[0].start <= _OPENER.match(sentence).end() + 40:
            rel = "decreases" if change.group(1).lower() in _DOWN else "increases"
            subjects = self._change_subjects(sentence, mentions)
            for s in subjects:
                out += self._claim(rel, agent, s, min(at, s.start), change.end(), 0.5)
        for lost in _LOST_CAPACITY.finditer(sentence):
            if not _OLD_SUBJECT[name].match(sentence):
                continue
            entity = self._process(lost.group(1).lower())
            if entity is not None:
                target = Mention(lost.start(1), lost.end(1), lost.group(1), entity, "lexicon", entity.provisional)
                out += self._claim("decreases", agent, target, min(at, 0), lost.end(), 0.5)
        return out

    def _change_subjects(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        """The things that changed: the examples after "like", else the coordinated opening names."""
        for i, m in enumerate(mentions[:-1]):
            if _EXAMPLES.fullmatch(sentence[m.end : mentions[i + 1].start]):
                return coordinated_with(sentence, mentions, i + 1)
        group = coordinated_with(sentence, mentions, 0)
        return [g for g in group if g.entity.type == group[0].entity.type]

    def _claim(self, rel: str, agent: Mention, target: Mention, start: int, end: int, conf: float) -> list[Claim]:
        if target.entity.id == agent.entity.id or is_generic_vesicle(target.entity):
            return []
        pred = predicate_for(rel, agent, target, self.ontology, 1)
        if pred is None:
            return []
        return [Claim(replace(agent), pred, target, start, end, conf)]

