"""Claims carried by phrases rather than verbs: adjectives, nominals, process verbs, agentless changes after a
treatment (a study's settings are in :mod:`.settings`).

"pro-inflammatory cytokines (TNF-α)" -> TNF-α increases inflammation; "their anti-ageing effects",
"their neuroprotective capacity"; "X-mediated suppression of Y", "inhibition of Y by X"; a process
verb whose subject is a process ("proliferation increased").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from ...model import Entity
from ...ontology import Ontology
from .names import GIVING, Mention, noun_forms
from .predicates import predicate_for
from .clauses import clause_start, coordinated_with
from .members import listed_members
from .relations import Claim
from .settings import ON
from .triggers import COORD, NEGATION, PREPOSITION_BEFORE

# the hyphen is often left out ("antiapoptotic", "proangiogenic"); the word after the prefix must name a process
_PRO_ANTI = re.compile(r"(?<![\w-])(pro|anti)-?([a-z]{4,})(?![\w-])", re.I)
_X_PROMOTING = re.compile(
    r"(?<![\w-])([a-z]{4,})-(promoting|enhancing|inducing|suppressing|inhibiting|reducing|blocking)(?![\w-])", re.I)
_UP_PARTICIPLES = frozenset({"promoting", "enhancing", "inducing"})
_APPOSED = re.compile(r"\s*[\u2014\u2013(]\s*(?:(?:two|three|four|several|both|the|all|key|major|other)\s+){0,3}")
_MEASURED = re.compile(r"\s*(?:levels?|concentrations?|expression|secretion|production)\b", re.I)
_EXAMPLES = re.compile(r"^\s*,?\s*(?:like|such\s+as|including|e\.g\.,?)\s+$", re.I)
_EFFECT_NOUN = re.compile(  # (anchored by match, also where a match starts after coordinated modifiers)
    r"\s+(?:effects?|activit(?:y|ies)|propert(?:y|ies)|capacit(?:y|ies)|signals?|actions?|roles?|functions?"
    r"|potential)\b", re.I)
# "anti-inflammatory and antiapoptotic effects", "pro-angiogenic and muscle protective properties": the effect noun
# after the last of coordinated modifiers is each one's
_MORE_MODIFIERS = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+)(?:[\w-]+,?\s+){0,3}?[\w-]+(?=" + _EFFECT_NOUN.pattern + ")",
                             re.I)
_CHANGED_AFTER = re.compile(r"\s*\)?\s*(?:were|was)\s+(?:\w+ly\s+)?(?:[a-z]+ed|up-?regulated|down-?regulated)\b", re.I)
_CARGO_GLUE = re.compile(r"(?:[\u2010-]?(?:associated|derived|encapsulated|carried|loaded|enriched))?\s+", re.I)
_OF_OWNER = re.compile(r"^\s+of\s+(?:the\s+|these\s+|such\s+)?(?:(?:exosomal|vesicular|(?:s?EVs?|exosomes?)[\u2010-]"
                       r"(?:associated|derived|encapsulated))\s+)?$", re.I)
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
    >>> ms = [Mention(14, 22, "proteins", Entity("protein", "protein", "GeneOrProtein", generic=True), "lexicon"),
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
        start = clause_start(sentence, mod.start())
        owners = [m for m in mentions if start <= m.start and m.end <= mod.start()
                  and _OWNER_GAP.match(sentence[m.end : mod.start(1)])]
        if not owners or NEGATION.search(sentence[owners[0].end : mod.start()]):
            continue
        target = Mention(mod.start(1), mod.end(1), mod.group(1), entity, "lexicon", entity.provisional)
        pred = predicate_for("increases", owners[0], target, ontology, 1)
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
        head = mentions[nxt[0]] if nxt else None
        # ("pro-inflammatory cytokines" may be one mention, a class of its own: the modifier inside it)
        head = next((m for m in mentions if m.start == mod.start() and m.end > mod.end() and m.entity.generic), head)
        if head is not None and (head.start < mod.end() or re.fullmatch(r"\s+", sentence[mod.end() : head.start])) \
                and head.entity.generic \
                and not _MEASURED.match(sentence, head.end):
            # a class ("pro-inflammatory cytokines (TNF-α)") says what its members do; an adjective on one named
            # protein ("anti-apoptotic Bcl-2") recalls what is known of it, and "pro-inflammatory cytokine levels
            # (IFN-γ, IL-6)" names what was measured: neither is a finding of the study
            holders = listed_members(sentence, mentions, head, one=False)  # (not "the anti-apoptotic protein Bcl-2")
            if not holders:
                later = [i for i in nxt[1:] if _EXAMPLES.match(sentence[head.end : mentions[i].start])]
                holders = coordinated_with(sentence, mentions, later[0]) if later else [head]
            if holders == [head]:
                # "miR-21 and miR-133b—two key regeneration-promoting miRNAs—": the names in
                # apposition before are the members meant.
                prev = [i for i, m in enumerate(mentions) if m.end <= mod.start()]
                if prev and _APPOSED.fullmatch(sentence[mentions[prev[-1]].end : mod.start()]) and \
                        mentions[prev[-1]].entity.type == head.entity.type:
                    i = prev[-1]
                    while i > 0 and COORD.match(sentence[mentions[i - 1].end : mentions[i].start]):
                        i -= 1
                    holders = mentions[i : prev[-1] + 1]
            if holders and _CHANGED_AFTER.match(sentence, holders[-1].end):
                holders = []  # "proapoptotic proteins Bax and caspase-3 were decreased": what was measured
        elif (effect := _effect_after(sentence, mod.end())):
            # "X exerted their anti-ageing effects": the owner is the subject of the clause; "the anti-ageing
            # effect of X": the one named after "of"
            start = clause_start(sentence, mod.start())
            after = mod.end() + effect.end()
            owners = [m for m in mentions if m.start >= after and _OF_OWNER.match(sentence[after : m.start])]
            if owners and ontology.is_a(owners[0].entity.type, "ExtracellularVesicle"):
                # "the antiapoptotic effect of EV-associated miR-224-5p", "of exosomal miR-21": the cargo's
                owners = [m for m in mentions if m.start >= owners[0].end
                          and _CARGO_GLUE.fullmatch(sentence[owners[0].end : m.start])][:1] or owners
            owners = owners or [m for m in mentions if start <= m.start and m.end <= mod.start()
                                and _OWNER_GAP.match(sentence[m.end : mod.start()])]
            holders = owners[:1]
            if holders and NEGATION.search(sentence[holders[0].end : mod.start()]):
                holders = []
        for h in holders:
            pred = predicate_for(rel, h, target, ontology, 1)
            if pred is None or h.entity.id == entity.id:
                continue
            lo, hi = min(h.start, mod.start()), max(h.end, mod.end())
            if lo == mod.start() and h.start > mod.end():
                hi = h.end
            elif effect is not None:
                hi = max(hi, mod.end() + effect.end())  # "... their anti-ageing effects"
            out.append(Claim(h, pred, target, lo, hi, 0.7))
    return out


def _effect_after(sentence: str, end: int) -> re.Match | None:
    """The effect noun ("effects", "properties") that a pro-/anti- modifier ending at *end* qualifies, alone or
    as one of coordinated modifiers, if any."""
    rest = sentence[end:]
    more = _MORE_MODIFIERS.match(rest)
    return _EFFECT_NOUN.match(rest) or (_EFFECT_NOUN.match(rest, more.end()) if more else None)


_NOMINAL_REL = {
    **dict.fromkeys("inhibition suppression downregulation down-regulation reduction attenuation blockade repression "
                    "silencing knockdown amelioration alleviation mitigation decrease decline".split(), "decreases"),
    **dict.fromkeys("activation upregulation up-regulation induction enhancement promotion stimulation "
                    "increase elevation rise".split(), "increases"),
    **dict.fromkeys("delivery transfer".split(), "delivers"),
    **dict.fromkeys("regulation modulation".split(), "regulates"),
}
_NOMINAL_WORDS = "|".join(sorted(_NOMINAL_REL, key=len, reverse=True))
# "miR-21-mediated suppression of PTEN", "exosome-mediated delivery of miR-21"
_MEDIATED = re.compile(
    rf"(?<![\w-])([\w\u03b1-\u03c9/]+(?:-[\w\u03b1-\u03c9/]+)*?)-(?:mediated|induced|driven|dependent)\s+({_NOMINAL_WORDS})"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:(?:levels?|expression)\s+of\s+(?:the\s+)?)?", re.I)  # ("-induced increase in (the levels of) IL-6")
_KEY_ROLE = re.compile(
    r"^,?\s*(?:which|that)\s+(?:is|are|was|were)\s+(?:a|an|the)\s+(?:key|pivotal|central|major|critical|crucial|main)\s+"
    r"(?:pathway|regulator|mediator|player|driver|component|step)\s+(?:in|of|for)\s+(?:the\s+)?(?:(?:response|resistance)\s+to\s+)?$",
    re.I)
_EFFECT_OF = re.compile(r"\beffects?\s+of\s+(?:the\s+)?$", re.I)
_NOMINAL_AFTER = re.compile(rf"\s+({_NOMINAL_WORDS})\b", re.I)
# "suppression of PTEN by miR-21"
_NOMINAL_BY = re.compile(rf"(?<![\w-])({_NOMINAL_WORDS})\s+of\s+(?:the\s+)?(?:experimental\s+)?", re.I)


def nominal_claims(sentence: str, mentions: list[Mention], ontology: Ontology,
                   lookup: Callable[[str], Entity | None]) -> list[Claim]:
    """Claims stated by a nominalised verb: "X-mediated suppression of Y" and "inhibition of Y by X"; and
    "the X-mediated Y pathway" (X raises the pathway or process it mediates).

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
        return coordinated_with(sentence, mentions, first[0]) if first else []

    for m in _MEDIATED.finditer(sentence):
        rel = _NOMINAL_REL[m.group(2).lower()]
        subj = [x for x in mentions if x.end == m.start(1) + len(m.group(1)) and x.start >= m.start(1)]
        if not subj:
            e = lookup(m.group(1))
            if e is None:
                continue
            subj = [Mention(m.start(1), m.end(1), m.group(1), e, "lexicon", e.provisional)]
        for o in after(m.end()):
            pred = predicate_for(rel, subj[-1], o, ontology, 1)
            if pred and subj[-1].entity.id != o.entity.id:
                out.append(Claim(subj[-1], pred, o, subj[-1].start, o.end, 0.75))
    for i, m in enumerate(mentions[:-1]):
        # "the effects of iMSC-sEVs on Sirt6 activation": X acts on Y the way the nominal says.
        if not _EFFECT_OF.search(sentence[: m.start]):
            continue
        o = mentions[i + 1]
        nominal = _NOMINAL_AFTER.match(sentence, o.end)
        if ON.match(sentence[m.end : o.start]) and nominal:
            pred = predicate_for(_NOMINAL_REL[nominal.group(1).lower()], m, o, ontology, 1)
            if pred and m.entity.id != o.entity.id:
                out.append(Claim(m, pred, o, m.start, nominal.end(), 0.65))
    for i, m in enumerate(mentions[:-1]):
        # "the Sirt6 pathway, which is a pivotal pathway in the response to DNA repair"
        o = mentions[i + 1]
        if _KEY_ROLE.match(sentence[m.end : o.start]):
            pred = predicate_for("regulates", m, o, ontology, 1)
            if pred and m.entity.id != o.entity.id:
                out.append(Claim(m, pred, o, m.start, o.end, 0.6))
    for i, m in enumerate(mentions[:-1]):
        # "interactions between miR-186 and Mob1": a miRNA acts on what it binds; else the first on the second
        o = mentions[i + 1]
        if _BETWEEN.search(sentence, max(0, m.start - 40), m.start) and _AND_WITH.fullmatch(sentence, m.end, o.start):
            s_, o_ = (o, m) if o.entity.type == "MicroRNA" and m.entity.type != "MicroRNA" else (m, o)
            pred = predicate_for("regulates", s_, o_, ontology, 1)
            if pred and s_.entity.id != o_.entity.id:
                out.append(Claim(s_, pred, o_, m.start, o.end, 0.6))
    for i, o in enumerate(mentions):
        # "the miR-199a-3p/145-5p-mediated NGF/TrkA signaling pathway": the pathway the miRNAs drive
        if i == 0 or not any(ontology.is_a(o.entity.type, t) for t in ("Pathway", "BiologicalProcess")) \
                or not _MEDIATED_BEFORE.fullmatch(sentence, mentions[i - 1].end, o.start):
            continue
        k = i - 1
        while k > 0 and sentence[mentions[k - 1].end : mentions[k].start] == "/":
            k -= 1  # (each of a slash list)
        for s_ in mentions[k:i]:
            if any(ontology.is_a(s_.entity.type, t) for t in ("MicroRNA", "GeneOrProtein", "CytokineOrGrowthFactor")) \
                    and (pred := predicate_for("increases", s_, o, ontology, 1)) and s_.entity.id != o.entity.id:
                out.append(Claim(s_, pred, o, s_.start, o.end, 0.6))
    for o in mentions[:-1]:
        # "Graft-Versus-Host Disease Amelioration by ... Vesicles": the nominal after its object, then the agent
        nominal = _NOMINAL_AFTER.match(sentence, o.end)
        by = _BY.match(sentence, nominal.end()) if nominal else None
        if by is None:
            continue
        for s in after(by.end()):
            pred = predicate_for(_NOMINAL_REL[nominal.group(1).lower()], s, o, ontology, 1)
            if pred and s.entity.id != o.entity.id:
                out.append(Claim(s, pred, o, o.start, s.end, 0.7))
    for m in _NOMINAL_BY.finditer(sentence):
        if sentence[max(0, m.start() - 12) : m.start()].lower().rstrip().endswith(("mediated", "induced", "driven", "dependent")):
            continue
        objs = after(m.end())
        if not objs:
            continue
        rel = _NOMINAL_REL[m.group(1).lower()]
        # ("Attenuation of Experimental Autoimmune Hepatitis in Mice with ... Exosomes": a mending's means is its agent)
        by = _BY.match(sentence, objs[-1].end) or (_IN_ANIMALS_WITH.match(sentence, objs[-1].end) if m.group(1).lower() in _EASING else None)
        agents = after(by.end()) if by else []
        for s in agents:
            for o in objs:
                pred = predicate_for(rel, s, o, ontology, 1)
                if pred and s.entity.id != o.entity.id:
                    out.append(Claim(s, pred, o, m.start(), s.end, 0.75))
    return out


_MEDIATED_BEFORE = re.compile(r"[-\u2010]mediated\s+")
# "by (therapeutic infusion of) EVs": how the agent was given is no agent
_BY = re.compile(rf"\s+by\s+(?:the\s+)?(?:(?:(?:therapeutic|systemic|local|intravenous|repeated)\s+)?(?:{GIVING})"
                 r"\s+(?:of|with)\s+(?:the\s+)?)?", re.I)
_IN_ANIMALS_WITH = re.compile(r"(?:\s+in\s+(?:\w+\s+)?(?:mice|rats|animals|models?))?\s+with\s+(?:the\s+)?", re.I)
_EASING = frozenset({"amelioration", "alleviation", "attenuation", "mitigation"})  # nominals that ease a harm (not names.MENDING)
_BETWEEN = re.compile(r"\b(?:interactions?|binding|association)\s+(?:between|of)\s+(?:the\s+)?$", re.I)
_AND_WITH = re.compile(r"\s+(?:and|with)\s+(?:the\s+)?")


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
        if subject is None or NEGATION.search(sentence[subject.end : v.start()]):
            continue
        target = Mention(v.start(), v.end(), v.group(), entity, "lexicon", entity.provisional)
        pred = predicate_for("increases", subject, target, ontology, 1)
        if pred is not None and subject.entity.id != entity.id:
            out.append(Claim(subject, pred, target, min(subject.start, v.start()), v.end(), 0.6))
    return out


_TREATED_BEFORE = re.compile(
    r"\b(?:after|following|upon)\s+(?:the\s+)?(?:(?:treatment|intervention|administration|injection|transplantation|infusion)"
    r"\s+(?:with|of)\s+(?:the\s+)?)?$", re.I)
_TREATMENT_AFTER = re.compile(r"^[\s-]+(?:treatment|intervention|administration|injection|transplantation|infusion|therapy)\b", re.I)
_BE_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:(?:both|significantly|markedly|remarkably|obviously|notably|also|further|greatly"
    r"|dramatically|clearly|substantially)\s+)?(decreased|reduced|down-?regulated|inhibited|suppressed|attenuated"
    r"|alleviated|diminished|lowered|increased|elevated|up-?regulated|enhanced|promoted|improved|restored|raised)\b"
    r"(?!\s+(?:by|in\s+response\s+to)\b)"
    # ... or a verb with no object after what was measured: "AMH and E2 levels rose and FSH levels fell"
    r"|(?<=[\w\u0370-\u03ff)]\s)(?:(?:significantly|markedly)\s+)?(rose|fell|declined|dropped)\b"
    # ... and "IL-6 decreased significantly after X administration": a change verb with no object before the frame
    r"|(?<=[\w\u0370-\u03ff)]\s)(decreased|increased|reduced|elevated)(?=(?:\s+(?:significantly|markedly|dramatically|greatly"
    r"|remarkably|sharply|substantially))?\s+(?:after|following|upon)\b)", re.I)
_DOWN = re.compile(r"decreased|reduced|down|inhibited|suppressed|attenuated|alleviated|diminished|lowered|fell|declined|dropped", re.I)
_LEVEL_OF = re.compile(r"\b(?:expression|expressions|levels?|content|contents|amounts?|secretion|production|activity)\s+of\s+(?:the\s+)?$", re.I)
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)
# (a transfected name is what was put in; "the LPS group" names a model, not a treatment)
_TRANSFECTED_AFTER = re.compile(r"(?:-|\s+)transfected\b", re.I)
_IN_GROUP_BEFORE = re.compile(r"\bin\s+(?:the\s+|an?\s+|our\s+)?(?:[\w-]+\s+){0,2}(?:[\w-]+s|[\w-]+ia|groups?|models?)\s+(?:when\s+)?(?:co-?)?"
                              r"(?:transfected|treated|injected|pretreated)\s+with\s+(?:the\s+)?$", re.I)  # ("spermatogonia")
_GROUP_AFTER = re.compile(r"(?:[\s-]+(?:treated|treatment|injected|injection|therapy|transplantation))?\s+groups?\b", re.I)
# "SP-C staining (a marker of type II alveolar epithelial cells, TIIAECs) rose": what a marker marks was not measured
_MARKER_GLOSS = re.compile(r"\(\s*(?:an?\s+|the\s+)?markers?\s+(?:of|for)\s[^()]*$", re.I)
_TREATABLE = ("ExtracellularVesicle", "CellType", "Molecule", "Intervention", "MicroRNA")
_MODULATION_BEFORE = re.compile(
    r"(?:^|[,;]\s*)(?:by|after|following|upon)\s+(silencing|knocking\s+down|knockdown|inhibiting|inhibition|depleting|"
    r"depletion|overexpressing|overexpression|upregulating|up-regulating)\s+(?:of\s+)?(?:the\s+)?$", re.I)
# ... or the change after the name: "After miR-21 knockdown, PTEN was increased"
_MODULATION_OPENS = re.compile(r"(?:^|[,;]\s*)(?:after|following|upon|with)\s+(?:the\s+)?$", re.I)
_MODULATION_AFTER = re.compile(r"[\s-]+(silencing|knockdown|knock-down|inhibition|depletion|overexpression|upregulation)\s*,", re.I)
_RAISING = frozenset({"overexpressing", "overexpression", "upregulating", "up-regulating", "upregulation"})
_MODULATED = ("MicroRNA", "GeneOrProtein", "CytokineOrGrowthFactor")


def treatment_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """ "After BMSC-EV treatment, MMP-2 and TIMP1 were decreased, and miR-199a was increased": a
    passive with no agent in a sentence framed by one treatment says what the treatment did.

    >>> from kg.model import Entity
    >>> s = "After EV treatment, MMP2 was decreased."
    >>> ms = [Mention(6, 8, "EV", Entity("EV", "EV", "ExtracellularVesicle"), "lexicon"),
    ...       Mention(20, 24, "MMP2", Entity("MMP2", "MMP2", "GeneOrProtein"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in treatment_claims(s, ms, Ontology.load())]
    [('EV', 'decreases', 'MMP2')]
    """
    # windows before and after each mention, not the whole sentence: a long sentence stays linear
    treated = [m for m in mentions if any(ontology.is_a(m.entity.type, t) for t in _TREATABLE)
               and ((_TREATED_BEFORE.search(sentence, max(0, m.start - 60), m.start)
                     and (_TREATMENT_AFTER.match(sentence[m.end : m.end + 30])
                          or "treatment" in sentence[max(0, m.start - 40) : m.start].lower()))
                    # "PTEN was diminished in miR-25-transfected cells", "... in cells transfected with miR-25"
                    or _IN_GROUP_BEFORE.search(sentence, max(0, m.start - 60), m.start)
                    # "IL-6 was decreased in the exosome group", "... in the MSC-Exos-treated group"
                    or _IN_BEFORE.search(sentence, max(0, m.start - 12), m.start) and _GROUP_AFTER.match(sentence, m.end)
                    or _IN_BEFORE.search(sentence, max(0, m.start - 12), m.start) and _TRANSFECTED_AFTER.match(sentence, m.end)
                    and not ontology.is_a(m.entity.type, "CellType"))]  # ("in hepatocytes transfected with": the cells)
    # "By silencing NONHSAT 084969.2 with siRNA, Runx2 expression was decreased": the silenced thing
    # raised what fell (sign -1); "After overexpressing miR-21, ..." (sign 1)
    framed = [(m, f) for m in mentions if m.entity.type in _MODULATED
              for f in [_MODULATION_BEFORE.search(sentence, max(0, m.start - 40), m.start)
                        or _MODULATION_OPENS.search(sentence, max(0, m.start - 20), m.start) and _MODULATION_AFTER.match(sentence, m.end)] if f]
    sign = 1
    if not treated and len({m.entity.id for m, _ in framed}) == 1:
        treated = [framed[0][0]]
        sign = -1 if framed[0][1].group(1).lower() not in _RAISING else 1
    if len({m.entity.id for m in treated}) != 1:
        return []  # no treatment, or two compared: who did what is not said
    t = treated[0]
    k = mentions.index(t)
    if framed and t is framed[0][0]:
        if k + 1 < len(mentions) and re.match(r"\s*(?:and|or)\b", sentence[t.end : mentions[k + 1].start]):
            return []  # "by silencing A and B": which one did it is not said
    elif len(coordinated_with(sentence, mentions, k)) > 1:
        return []  # "after treatment with exosomes or fibroblast vesicles": which one did it is not said
    after = _TREATMENT_AFTER.match(sentence[t.end : t.end + 30])
    t_end = t.end + (after.end() if after else 0)
    out: list[Claim] = []
    starts = [m.start for m in mentions]
    seg_start = 0
    for v in _BE_PASSIVE.finditer(sentence):
        if NEGATION.search(sentence[seg_start : v.end()]):
            seg_start = v.end()
            continue
        lo = max(seg_start, t_end if t_end <= v.start() else 0)
        rel = "decreases" if _DOWN.match(v.group(1) or v.group(2) or v.group(3)) else "increases"
        for m in mentions[bisect_left(starts, lo) : bisect_left(starts, v.start())]:
            if m.end > v.start() or m.entity.id == t.entity.id or _MARKER_GLOSS.search(sentence, max(lo, m.start - 80), m.start):
                continue
            before = sentence[max(lo, m.start - 40) : m.start]
            if PREPOSITION_BEFORE.search(before) and not _LEVEL_OF.search(before):
                continue  # "apoptosis rate of NPCs", "cells in IDD mice": not what was measured
            pred = predicate_for(rel, t, m, ontology, sign) if not m.entity.generic else None  # not "proteins" of a list
            if pred is not None:
                out.append(Claim(t, pred, m, min(t.start, m.start), max(t.end, v.end()), 0.6))
        seg_start = v.end()
    return out
