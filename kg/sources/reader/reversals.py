"""Changes that a treatment is said to reverse: "mice showed increased IL-6 and decreased IL-10, which
could be reversed by MSC exosomes" means the exosomes lower IL-6 and raise IL-10.

The verb "reversed" alone reads as a fall of the name before it, whatever that name did; the sentence
says which way each listed thing moved, and the treatment moves each the other way. The listed
changes are states, not causes: "increased IL-6 and decreased IL-10" does not say IL-6 lowers IL-10.
A change named before its cause ("the decrease in Bcl-2 caused by H2O2") is the cause's, that way, and
what a treatment then moves is the changed thing, not the cause ("... was attenuated by exosomes").
Cells that are "rejuvenated" are not lowered (their ageing is; left to a curator). Changes that came with a
claim ("X alleviated fibrosis, accompanied by decreased TGF-β") are its agent's, not the last name's before them.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...ontology import Ontology
from .names import MEMBERS_OPEN, Mention, is_generic_vesicle
from .predicates import is_harmful, predicate_for
from .relations import Claim
from .triggers import INDUCED_GAP, LOSS_AFTER, LOSS_OF, VESICULAR

# "... which could be reversed by", "were abolished by": the treatment comes after "by"
_REVERSED_BY = re.compile(
    r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?(?:revers|abolish|abrogat|counteract|normali[sz]|rescu)\w*\s+"
    r"(?:\w+ly\s+)?by\s+(?:the\s+)?(?:(?:treatment|administration|injection|application|co-?treatment|addition)\s+"
    r"(?:with|of)\s+(?:the\s+)?)?" + VESICULAR, re.I)  # ("... by exosomal miR-146a": the miRNA)
# which way a listed thing moved, before its name ("increased content of IL-6") or after it ("SIRT1 ... decreased")
_UP = r"increased?|elevated|enhanced|higher|up-?regulated|upregulation|elevation|accumulation|aggravated|exacerbated|raised"
_DOWN = r"decreased?|reduced|reduction|lower|down-?regulated|downregulation|diminished|impaired|suppressed|loss\s+of|declined"
_DIRECTION = re.compile(rf"(?<![\w-])(?:({_UP})|({_DOWN}))(?![\w-])", re.I)
# between a direction word and the name it moves: a measure word and "of", adjectives, no verb or preposition
_MEASURE_GAP = re.compile(r"^\s*(?:in\s+)?(?:(?:the|serum|plasma|protein|mRNA|cleaved|(?:pro-|anti-)?inflammatory|[\w-]+ly)\s+)*"
                          r"(?:(?:levels?|content|expression|amounts?|numbers?|concentrations?|activit(?:y|ies))\s+of\s+(?:the\s+)?)?$", re.I)
# "increased hair cell loss": the loss of the cells went up, not the cells
_LOSS_AFTER = re.compile(r"[\s-]+(?:loss|death|damage|injury|apoptosis|degeneration|dysfunction)\b", re.I)
# "NF-κB pathway activation ... was reversed": the noun after the name says it rose
_RISE_AFTER = re.compile(r"[\s-]+(?:activation|up-?regulation|over-?expression|elevation|accumulation)\b", re.I)
_CARGO_AFTER = re.compile(r"[\s\u2010-]*(?:(?:exosomal|vesicular|derived|secreted)\s+|(?:exosomes?|EVs?|sEVs?)\s+|\s+)", re.I)
_LIST_GAP = re.compile(r"^\s*(?:(?:activit(?:y|ies)|expression|levels?|content|production|phosphorylation)\s*)?"  # ("ALP activity and")
                       r"(?:,\s*)?(?:(?:and|or)\s+)?(?:(?:cleaved|pro-|the)\s*)?$", re.I)
# a name and, after it, the verb saying it moved: "SIRT1 expression level in keratinocytes decreased"
# (the verb used without an object: "decreased in a dose-dependent manner", "was reduced.")
# ("was poorly expressed while TLR4 was upregulated in": each name's own verb, up to "while")
_MOVED_AFTER = re.compile(rf"[^,;]{{0,80}}?\s(?:(?:was|were|is|are)\s+)?(?:\w+ly\s+)?(?:({_UP}|highly\s+expressed)|({_DOWN}|poorly\s+expressed))"
                          r"(?=\s*(?:[,;.)]|$|(?:in|after|under|with|following|during|significantly|markedly|while|whereas)\b))", re.I)
_AGENT_TYPES = ("ExtracellularVesicle", "MicroRNA", "GeneOrProtein", "Molecule", "CellType", "Intervention",
                "CytokineOrGrowthFactor")


def reversed_changes(sentence: str, mentions: list[Mention], claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """*claims* with what "X, which was reversed by Y" says put right: Y moves each listed change the
    other way, and no listed change causes another.

    >>> from kg.model import Entity
    >>> s = "Mice showed increased IL-6 and decreased IL-10, which was reversed by exosomes."
    >>> E = lambda i, t: Entity(i, i, t)
    >>> ms = [Mention(22, 26, "IL-6", E("IL6", "GeneOrProtein"), "lexicon"),
    ...       Mention(41, 46, "IL-10", E("IL10", "GeneOrProtein"), "lexicon"),
    ...       Mention(70, 78, "exosomes", E("exosome", "Exosome"), "lexicon")]
    >>> wrong = [Claim(ms[0], "decreases", ms[1], 0, 46, 0.8), Claim(ms[2], "decreases", ms[1], 41, 78, 0.8)]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in reversed_changes(s, ms, wrong, Ontology.load())]
    [('exosomes', 'decreases', 'IL-6'), ('exosomes', 'increases', 'IL-10')]
    """
    # (each look-behind is a window of _REACH characters: a long sentence with many claims stays linear)
    claims = [_patient_of_change(sentence, mentions, _caused_change(sentence, c)) for c in claims if not (
        _REJUVENATED.search(sentence, max(0, c.object.start - _REACH), c.object.start) and ontology.is_a(c.object.entity.type, "CellType"))]
    claims = _accompanied(sentence, mentions, claims, ontology)
    claims = _treated_changes(sentence, mentions, claims, ontology)
    claims = _blocked_effect(sentence, mentions, claims, ontology)
    by = _REVERSED_BY.search(sentence)
    if by is None:
        return claims
    agents = _agents(sentence, mentions, by.end(), ontology)
    changed = _moved(sentence, [m for m in mentions if m.end <= by.start()])
    # "IRAK1 overexpression promoted the Th17/Treg ratio, which was abolished by X": what was done (the
    # overexpression) is no change X reversed; what it moved is
    done = [c for c in claims if c.predicate in ("increases", "decreases") and c.object.end <= by.start()
            and c.subject.end <= c.object.start and _DONE_AFTER.match(sentence, c.subject.end)]
    if done:
        causes = {c.subject.entity.id for c in done}
        changed = [(m, d) for m, d in changed if m.entity.id not in causes]
        changed += [(c.object, 1 if c.predicate == "increases" else -1) for c in done
                    if all(m.entity.id != c.object.entity.id for m, _ in changed)]
    # ... nor the cells the change happened in ("increased IL-6 in macrophages, which was reversed by X")
    claims = [c for c in claims if not (c.subject.start >= by.start() and _IN_PLACE.search(
        sentence, max(0, c.object.start - 12), c.object.start) and (ontology.is_a(c.object.entity.type, "CellType")
                                                                   or ontology.is_a(c.object.entity.type, "AnatomicalSite")))]
    if agents and _UNSIGNED.search(sentence, 0, by.start()):
        # "the abnormal expression of IL-4 and IL-10 was reversed by X": X set them right, which way unsaid
        # (but not what is said to have risen: "pathway activation and the abnormal expression of IL-4")
        ids, signed = {a.entity.id for a in agents}, {m.entity.id for m, _ in changed}
        claims = [replace(c, predicate="regulates") if c.subject.entity.id in ids and c.predicate in ("increases", "decreases")
                  and c.object.end <= by.start() and c.object.entity.id not in signed else c for c in claims]
    if not agents or not changed:
        return claims
    listed = {m.entity.id for m, _ in changed} | {a.entity.id for a in agents}
    kept = [c for c in claims if not (c.subject.entity.id in listed and c.object.entity.id in listed)]
    return kept + [c for a in agents for c in _moved_by(a, changed, ontology, 0.7, reverses=True)]


def _moved_by(agent: Mention, changed: list[tuple[Mention, int]], ontology: Ontology, confidence: float,
              reverses: bool = False) -> list[Claim]:
    """*agent* moves each changed name the way it moved (the other way where it *reverses* the change)."""
    out: list[Claim] = []
    for m, direction in changed:
        p = predicate_for("increases" if (direction > 0) != reverses else "decreases", agent, m, ontology, 1)
        if p is not None and m.entity.id != agent.entity.id:
            out.append(Claim(agent, p, m, min(m.start, agent.start), max(m.end, agent.end), confidence))
    return out


def _agents(sentence: str, mentions: list[Mention], at: int, ontology: Ontology) -> list[Mention]:
    """The treatment named at *at*, with those joined to it by "or"/"and"."""
    out: list[Mention] = []
    for m in mentions:
        if m.start < at:
            continue
        if not out and m.start != at or out and not _LIST_GAP.match(sentence[out[-1].end : m.start]):
            break
        if not any(ontology.is_a(m.entity.type, t) for t in _AGENT_TYPES):
            break
        out.append(m)
    if len(out) == 1 and (cargo := next((m for m in mentions if m.start > out[0].end), None)) is not None \
            and _CARGO_AFTER.fullmatch(sentence, out[0].end, cargo.start) and cargo.entity.type == "MicroRNA":
        return [cargo]  # "abolished by BMSCs-exosomal miR-146a-5p": the miRNA the vesicles carry
    return out


def _moved(sentence: str, mentions: list[Mention]) -> list[tuple[Mention, int]]:
    """The names *sentence* says went up (+1) or down (-1), each with its direction: a direction word
    before a name (and the names listed after it), or a verb after a name that has none before it."""
    out: list[tuple[Mention, int]] = []
    prev: tuple[Mention, int] | None = None
    verb_at = -1  # the end of a verb read after a name: the names before it are that name's setting
    for m in mentions:
        if m.start < verb_at:
            if prev and _LIST_GAP.match(sentence[prev[0].end : m.start]):  # "TLR4 and NF-κB were highly expressed"
                prev = (m, prev[1])
                out.append(prev)
            continue
        if _LOSS_AFTER.match(sentence, m.end):
            prev = None
            continue
        if INDUCED_GAP.match(sentence, m.end):
            continue  # "the LPS-induced increase in IL-6 was reversed": LPS raised IL-6, it did not rise itself
        before = sentence[prev[0].end if prev else 0 : m.start]
        words = list(_DIRECTION.finditer(before))
        if words and _MEASURE_GAP.match(before[words[-1].end() :]):
            prev = (m, 1 if words[-1].group(1) else -1)
        elif prev and not words and (_LIST_GAP.match(before) or MEMBERS_OPEN.fullmatch(before)):  # "cytokines (IL-2, IL-6)"
            prev = (m, prev[1])
        elif not words and _RISE_AFTER.match(sentence, m.end):
            prev = (m, 1)
        elif after := _MOVED_AFTER.match(sentence, m.end):
            prev, verb_at = (m, 1 if after.group(1) else -1), after.end()
        else:
            prev = None
            continue
        out.append(prev)
    return out


# "the decrease in Bcl-2 caused by H2O2": a change named before its cause; the cause moves the name that way
_CHANGE_BEFORE = re.compile(rf"(?<![\w-])(?:(increase|rise|{_UP})|(decrease|decline|drop|{_DOWN}))\s+(?:in|of)\s+(?:the\s+)?"
                            r"(?:(?:levels?|expression|amounts?)\s+of\s+)?$", re.I)
_REACH = 80
# what was done to a name before the verb that says what it moved: "IRAK1 overexpression promoted X"
_DONE_AFTER = re.compile(r"[\s-]+(?:over-?expression|knock-?down|silencing|deletion|depletion|deficiency|inhibition"
                         r"|treatment|administration)\b", re.I)
_IN_PLACE = re.compile(r"\b(?:in|within)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.I)
_UNSIGNED = re.compile(r"\b(?:abnormal|aberrant|dysregulated|disordered|altered)\b", re.I)
# "rejuvenated aged HSCs": the cells' ageing fell, not the cells
_REJUVENATED = re.compile(r"\brejuvenat\w*\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_CAUSED_BY = re.compile(r"^\s*(?:(?:that|which)\s+(?:was|were)\s+)?(?:caused|induced|triggered|elicited|provoked)\s+by\s+(?:the\s+)?$", re.I)


def _caused_change(sentence: str, c: Claim) -> Claim:
    """*c*, with the sign a change word before its object gives when its subject is that change's cause.

    >>> from kg.model import Entity
    >>> s = "Exosomes reversed the decrease in Bcl-2 caused by H2O2."
    >>> bcl2, h2o2 = (Mention(34, 39, "Bcl-2", Entity("BCL2", "Bcl-2", "GeneOrProtein"), "lexicon"),
    ...               Mention(50, 54, "H2O2", Entity("h2o2", "H2O2", "Molecule"), "lexicon"))
    >>> _caused_change(s, Claim(h2o2, "increases", bcl2, 34, 54, 0.8)).predicate
    'decreases'
    """
    change = _CHANGE_BEFORE.search(sentence, max(0, c.object.start - _REACH), c.object.start) \
        if c.predicate in ("increases", "decreases") else None
    if change is None or change.end() != c.object.start or not _CAUSED_BY.match(sentence[c.object.end : c.subject.start]):
        return c
    return replace(c, predicate="decreases" if change.group(2) else "increases")


def _patient_of_change(sentence: str, mentions: list[Mention], c: Claim) -> Claim:
    """ "the increase in IL-6 caused by LPS was attenuated by exosomes": what the exosomes moved is IL-6,
    not LPS, the cause named last before the verb."""
    if c.subject.start < c.object.end or " by " not in sentence[c.object.end : c.subject.start]:
        return c
    changed = next((m for m in mentions if m.end <= c.object.start and c.object.start - m.end <= _REACH
                    and _CAUSED_BY.match(sentence[m.end : c.object.start])
                    and (ch := _CHANGE_BEFORE.search(sentence, max(0, m.start - _REACH), m.start)) and ch.end() == m.start), None)
    return c if changed is None else replace(c, object=changed, start=min(c.start, changed.start))


# "X alleviated fibrosis, accompanied by decreased TGF-β", "..., which was associated with a reduction in
# macrophage infiltration": changes that came with the claim before are the same agent's
# (and the evidence of a claim: "exhibited antioxidant activity evident by increased A and decreased B")
_CHANGE_NOUN_OF = re.compile(r"\b(up-?regulation|down-?regulation|elevation|reduction)\s+of\s+(?:the\s+)?", re.I)
_ACCOMPANIED = re.compile(r",\s*(?:(?:which|and\s+this|this)\s+(?:was|were)\s+)?(?:\w+ly\s+)?(?:associated\s+with|accompanied\s+by|followed\s+by"
                          r"|along\s+with|coupled\s+with|concomitant\s+with|together\s+with|in\s+parallel\s+with|supported\s+by)\s+"
                          r"|,?\s+(?:as\s+)?(?:evident|evidenced|shown|indicated|reflected)\s+by\s+(?=(?:the\s+)?(?:increase|decrease|reduc|elevat|enhanc|lower|higher|up|down))", re.I)


def _accompanied(sentence: str, mentions: list[Mention], claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """*claims* with the changes named after "accompanied by"/"associated with" given to the agent of
    the claim before them, and no longer to the last name before the phrase."""
    at = _ACCOMPANIED.search(sentence)
    agent = min((c.subject for c in claims if at and c.end <= at.start() and c.subject.end <= at.start()
                 and any(ontology.is_a(c.subject.entity.type, t) for t in _AGENT_TYPES)), key=lambda m: m.start, default=None)
    if agent is None and at and "," not in sentence[: at.start()]:
        # "X exhibited antioxidant activity evident by increased A": no name read in the claim, its one clause's agent
        agent = next((m for m in mentions if m.end <= at.start() and any(ontology.is_a(m.entity.type, t) for t in _AGENT_TYPES)), None)
    # ("accompanied by upregulation of PPARα": the change noun's "of" read over, as after an adjective)
    after = _CHANGE_NOUN_OF.sub(lambda w: w.group(1) + " " * (len(w.group()) - len(w.group(1))), sentence[at.end() :]) if at else ""
    changed = _moved(sentence[: at.start()] + " " * (at.end() - at.start()) + after,
                     [m for m in mentions if m.start >= at.end()]) if agent is not None else []
    if not changed:
        return claims
    moved = {m.entity.id for m, _ in changed}
    kept = [c for c in claims if not (c.object.entity.id in moved and (c.subject.end <= at.start() and c.subject is not agent
                                                                        or c.subject.entity.id in moved))]  # (a change causes no other)
    return kept + _moved_by(agent, changed, ontology, 0.7)


# "exosome-treated mice", "in our hucMSC-sEV-treated BPD model": a group named by the one treatment it was given
_TREATED_GROUP = re.compile(r"[\s-]+(?:treated|injected|administered|exposed|challenged|stimulated)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:groups?|mice|rats|animals|models?|cells|patients|microglia|macrophages|neurons|fibroblasts|[a-z]+cytes)\b", re.I)
_REPORTED = re.compile(r"\b(?:showed|shows|show|observed|exhibited|displayed|revealed|presented|had)\s+", re.I)
_IN_GROUP = re.compile(r"\bin\s+(?:(?:the|our|these|those)\s+)?$", re.I)


def _treated_changes(sentence: str, mentions: list[Mention], claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """ "Exosome-treated mice showed reduced IL-6 and increased IL-10", "IL-6 was reduced in the exosome-treated
    mice": the changes are the treatment's, and no listed change causes another (IL-6 does not raise IL-10).

    >>> from kg.model import Entity
    >>> s = "ADSC-Exo-treated mice showed reduced IL-6 and increased IL-10."
    >>> E = lambda i, t: Entity(i, i, t)
    >>> ms = [Mention(0, 8, "ADSC-Exo", E("ADSC-Exo", "Exosome"), "lexicon"),
    ...       Mention(37, 41, "IL-6", E("IL6", "GeneOrProtein"), "lexicon"),
    ...       Mention(56, 61, "IL-10", E("IL10", "GeneOrProtein"), "lexicon")]
    >>> wrong = [Claim(ms[1], "increases", ms[2], 37, 61, 0.8)]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in _treated_changes(s, ms, wrong, Ontology.load())]
    [('ADSC-Exo', 'decreases', 'IL-6'), ('ADSC-Exo', 'increases', 'IL-10')]
    """
    treated = [(m, g) for m in mentions if (g := _TREATED_GROUP.match(sentence, m.end)) and not is_generic_vesicle(m.entity)
               and any(ontology.is_a(m.entity.type, t) for t in ("ExtracellularVesicle", "CellType", "Molecule", "MicroRNA"))]
    report = _REPORTED.search(sentence)
    if len({m.entity.id for m, _ in treated}) != 1:
        # none, or two groups compared: who did what is not said ("sEV-treated" names no one vesicle); still,
        # "the mice had increased IL-6 and decreased IL-10" says IL-6 lowers nothing (a change causes no other),
        # unless the group was named by it ("miR-25b-3p mice had increased miR-25b-3p, decreased ALT")
        states = report and not sentence.startswith("that ", report.end())  # ("showed that X rose": a clause)
        moved = {m.entity.id for m, _ in _moved(sentence, [m for m in mentions if states and m.start >= report.end()])} \
            - {m.entity.id for m in mentions if states and m.end <= report.start()}
        return [c for c in claims if not (c.predicate in ("increases", "decreases") and c.subject.entity.id in moved
                                          and c.object.entity.id in moved)]
    agent, group = treated[0]
    if report is None and not _IN_GROUP.search(sentence, max(0, agent.start - 12), agent.start):
        return claims
    at = report.end() if report else 0
    # (not the group's own model: "BPD model")
    changed = _moved(sentence, [m for m in mentions if m.start >= at and not agent.start <= m.start < group.end()])
    if not changed:
        return claims
    moved = {m.entity.id for m, _ in changed}
    if report is None and any(c.subject.entity.id not in moved | {agent.entity.id}
                              and c.predicate in ("increases", "decreases", "ameliorates") for c in claims):
        # "hucMSC-Exos activated X in cisplatin-treated cells, resulting in less apoptosis", "In LPS-stimulated
        # microglia, hucMSC-Exos decreased iNOS": a doer named beside the group did it
        return claims
    kept = [c for c in claims if not (c.object.entity.id in moved and c.subject.entity.id in moved | {agent.entity.id})]
    return kept + _moved_by(agent, changed, ontology, 0.6)


# "The inhibitory effect of exosomal miR-92a-3p on chondrocyte hypertrophy was reversed by WNT5A overexpression":
# the effect's owner, the thing it moved, and what undid it
_EFFECT_OF = re.compile(r"(?:\b(?:(?P<mends>protective|beneficial|therapeutic)|(?P<down>inhibitory|suppressive|anti-?[a-z]+)"
                        r"|(?P<up>promoting|stimulatory|enhancing|pro-[a-z]+|pro(?:angio|inflamm|fibro|liferat)[a-z]+)|[a-z]+)?"
                        r"\s*effects?\s+of\s+(?:the\s+)?"
                        # ... or what it could do: "impaired the capacity of their exosomes to promote X"
                        r"|\b(?:ability|capacity|potential)\s+of\s+(?:the\s+|their\s+|its\s+)?)" + VESICULAR, re.I)
_UNDONE_BY = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:reversed|abolished|abrogated|blocked|counteracted|eliminated|"
                        r"impaired|diminished|weakened|attenuated|negated|lost)\s+(?:\w+ly\s+)?by\s+(?:the\s+|an?\s+)?"
                        r"(?:(?:co-?)?(?:treatment|transfection)\s+with\s+(?:the\s+|an?\s+)?)?", re.I)
_ON_WHAT = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?$", re.I)
_UNDID = re.compile(r"\b(?:reversed|abolished|abrogated|blocked|counteracted|eliminated|impaired|diminished|weakened|attenuated"
                    r"|negated)\s+(?:\w+ly\s+)?(?:the\s+|their\s+|its\s+)?", re.I)


def _blocked_effect(sentence: str, mentions: list[Mention], claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """*claims* with what undid "the X effect of A on B" moving B: a blocker of Z (Z knockdown, a Z inhibitor)
    undoing it says Z does what A did; Z raised (overexpressed, a mimic) or a plain agent, the opposite. The
    claims the sentence's words gave Z on B or A otherwise are dropped.

    >>> from kg.model import Entity
    >>> s = "The inhibitory effect of miR-92a-3p on hypertrophy was reversed by WNT5A overexpression."
    >>> ms = [Mention(25, 35, "miR-92a-3p", Entity("m", "miR-92a-3p", "MicroRNA"), "pattern"),
    ...       Mention(39, 50, "hypertrophy", Entity("h", "hypertrophy", "Phenotype"), "pattern"),
    ...       Mention(67, 72, "WNT5A", Entity("w", "WNT5A", "GeneOrProtein"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in _blocked_effect(s, ms, [], Ontology.load())]
    [('miR-92a-3p', 'decreases', 'hypertrophy'), ('WNT5A', 'increases', 'hypertrophy')]
    """
    effect, undone = _EFFECT_OF.search(sentence), _UNDONE_BY.search(sentence)
    z: Mention | None = None
    if effect is not None and undone is not None and undone.start() > effect.end():
        z, limit = next((m for m in mentions if m.start == undone.end()), None), undone.start()
    elif effect is not None and (undid := _UNDID.search(sentence, max(0, effect.start() - 30), effect.start() + 1)):
        # "Silencing of miR-125b-5p in BMSCs abrogated the protective effect of BMSC-Exos against apoptosis": the
        # clause's first name undid it
        z, limit = next((m for m in mentions if m.end <= undid.start()), None), len(sentence)
    owner = next((m for m in mentions if m.start == effect.end()), None) if effect is not None else None
    if owner is None or z is None:
        return claims
    # what the effect moved: the claims of its owner said before "was reversed", or "on B" with a signed effect word
    moved = [(c.object, 1 if c.predicate == "increases" else -1) for c in claims if c.subject is owner
             and c.predicate in ("increases", "decreases", "ameliorates") and c.object.end <= limit]
    on = next((m for m in mentions if m.start > owner.end and m.end <= limit
               and _ON_WHAT.fullmatch(sentence, owner.end, m.start)), None)
    out = list(claims)
    protects = bool(effect.group("mends")) and on is not None and is_harmful(on, ontology)
    if not moved and on is not None and (effect.group("down") or effect.group("up") or protects):
        sign = 1 if effect.group("up") else -1
        pred = predicate_for("increases" if sign > 0 else "decreases", owner, on, ontology, 1)
        if pred is not None and on.entity.id != owner.entity.id:
            out.append(Claim(owner, pred, on, owner.start, on.end, 0.6))
            moved = [(on, sign)]
    if not moved:
        return claims
    blocker = bool(LOSS_AFTER.match(sentence, z.end) or LOSS_OF.search(sentence, max(0, z.start - 40), z.start)
                   or re.search(r"\b(?:inhibitor|antagonist|antagomir|siRNA|shRNA)s?\s+(?:of\s+|against\s+)?$", sentence[max(0, z.start - 30) : z.start], re.I))
    ids = {m.entity.id for m, _ in moved} | {owner.entity.id}
    out = [c for c in out if not (c.subject is z and c.object.entity.id in ids)]
    for m, sign in moved:
        zsign = sign if blocker else -sign  # a blocker of Z undoing it: Z did it; Z raised, or a plain agent: against it
        pred = predicate_for("increases" if zsign > 0 else "decreases", z, m, ontology, 1)
        if pred is not None and m.entity.id != z.entity.id:
            out.append(Claim(z, pred, m, min(m.start, z.start), max(m.end, z.end), 0.6))
    return out
