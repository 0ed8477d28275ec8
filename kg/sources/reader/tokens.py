"""What a parsed word stands for and claims: the mentions a token names ("the expression of X", "X knockdown",
"treatment with X"), the relation a verb's word triggers, and one claim built from a subject, a verb and an object
with the polarity the words give (an inhibitor's sign, a disease improved, a state set right).

:mod:`.extraction` walks a sentence's verbs with these; :mod:`.chains` reads the means a verb names.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Callable

from ...model import Entity
from ...ontology import Ontology
from .names import MIRNA_IN_NAME, Mention, is_generic_vesicle
from .predicates import OPPOSITE, causes, improves_disease, predicate_for
from .relations import Claim
from .triggers import BLOCKER_WORDS, GAIN_NOUNS, TRIGGERS, betters_good, sets_right

# case matters: "si-"/"siRNA"/"shRNA" are inhibitors, "Sirt6" and "Shh" are not
_INHIBITOR = re.compile(r"[Aa]nti-?(?:miR|microRNA|mir)|[Aa]ntagomi[Rr]|[Ii]nhibitors?\b|\bsi-|\bsi(?=[A-Z0-9])|siRNA|shRNA|"
                        r"\bsh(?=[A-Z0-9])|[Kk]nock-?down|[Ss]ilenc|[Dd]eplet|[Kk]nock-?out|-KO\b|[Dd]eficien|"
                        r"\b[Ll]oss\s+of|\b[Bb]locking\b")
_SILENCED = re.compile(MIRNA_IN_NAME)
LEVEL_NOUNS = frozenset("expression expressions level levels activity activities production secretion release "
                         "amount amounts abundance phosphorylation activation signaling signalling content "
                         "concentration concentrations number numbers".split())
DOWN_NOUNS = frozenset("downregulation down-regulation inhibition suppression knockdown silencing blockade "
                        "reduction repression degradation deletion depletion".split())
# a subject named by its loss or its gain: "suppression of STAT3 abolished ...", "Nrf2 knockdown inhibited ..."
LOSS_NOUNS = frozenset("knockdown knock-down knockout silencing suppression inhibition deletion depletion blockade loss "
                        "deficiency downregulation down-regulation ablation inactivation".split())
BLOCKER = re.compile(BLOCKER_WORDS, re.I)
SIGNED = ("increases", "decreases")
# class words, not entities a claim can be about ("exosomes contained neurotrophic factors")
CLASS_IDS = frozenset({"miRNA", "protein", "cytokine", "growth-factor", "lipid", "neurotrophic-factor", "microRNA"})


def is_inhibitor(text: str) -> bool:
    """Whether a subject's words name an inhibitor of something rather than the thing.

    >>> is_inhibitor("MSC-anti-miR-92a-3p-Exos"), is_inhibitor("MSC-miR-92a-3p-Exos"), is_inhibitor("Sirt6 pathway")
    (True, False, False)
    """
    return bool(_INHIBITOR.search(text))


def relation_of(v: Any) -> str | None:
    """The relation verb token *v* triggers, or None (not a verb, or a verb's form that only describes).

    >>> from kg.sources.reader.parse import Parser
    >>> [p] = Parser().parse([("miR-21 suppresses the expression of PTEN", [(0, 6), (36, 40)])])
    >>> [relation_of(t) for t in p.doc]
    [None, 'decreases', None, None, None, None]
    """
    if not v.tag_.startswith("VB") or v.dep_ in ("amod", "compound"):
        return None  # "impaired angiogenesis" describes; it claims nothing
    hit = TRIGGERS.get(v.text.lower())
    if hit is None:
        return None
    return hit[0]


# what a thing does or is for, not the thing: "abolished the benefits of MSCs" lowers no MSCs
_NOT_THE_THING = frozenset("effect effects benefit benefits role roles impact impacts contribution contributions "
                           "advantage advantages toxicity toxicities cytotoxicity".split())
_TREATMENT_NOUNS = frozenset("treatment treatments administration injection injections transplantation infusion therapy "
                             "transfection pretreatment incubation".split())
_TREATED = frozenset("mice rats animals cells patients group groups".split())


def given_by(t: Any, at: dict[int, Mention]) -> list[Mention]:
    """What a subject that names a treatment gives: "MSC-exosome treatment", "treatment with X",
    "mice treated with X" (the treatment is the agent of what follows).

    >>> from kg.model import Entity
    >>> from kg.sources.reader.parse import Parser
    >>> [p] = Parser().parse([("Treatment with MSC exosomes reduced IL-6", [(15, 27), (36, 40)])])
    >>> exo = Mention(15, 27, "MSC exosomes", Entity("x", "MSC exosome", "Exosome"), "lexicon")
    >>> [m.text for m in given_by(p.doc[0], {2: exo})]
    ['MSC exosomes']
    """
    if t.lower_ in _TREATMENT_NOUNS:
        named = [at[c.i] for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i in at]
        # "treatment of chondrocytes with exosomes": what was given, not whom ("with" first)
        preps = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("with", "of")]
        preps = [c for c in preps if c.lower_ == "with"] or preps
        return named or [m for c in preps for g in c.children if g.dep_ == "pobj" for m in mentions_of(g, at)]
    if t.lower_ in _TREATED:
        return [m for a in t.children if a.dep_ == "acl" and a.lower_ in ("treated", "injected", "given")
                for c in a.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj" for m in mentions_of(g, at)]
    return []


def mentions_of(t: Any, at: dict[int, Mention], depth: int = 0) -> list[Mention]:
    """The mentions token *t* stands for: itself, its conjuncts, "the expression of X", "X expression".

    >>> from kg.model import Entity
    >>> from kg.sources.reader.parse import Parser
    >>> [p] = Parser().parse([("miR-21 suppresses the expression of PTEN", [(0, 6), (36, 40)])])
    >>> pten = Mention(36, 40, "PTEN", Entity("PTEN", "PTEN", "GeneOrProtein"), "lexicon")
    >>> [m.text for m in mentions_of(p.doc[3], {5: pten})]
    ['PTEN']
    """
    out: list[Mention] = []
    if t.i in at:
        out.append(at[t.i])
    elif depth < 3:
        nominal = t.lower_ in LEVEL_NOUNS or t.lower_ in LOSS_NOUNS or t.lower_ in GAIN_NOUNS
        blocker = bool(BLOCKER.fullmatch(t.text)) and not any(c.dep_ == "appos" for c in t.children)
        # ("the effects of DHT" is no DHT; "transfection of cells with X": X is given, not the cells)
        if (nominal or t.tag_.startswith("NN")) and t.lower_ not in _NOT_THE_THING and not given_by(t, at):
            for c in t.children:  # (a blocker by what it blocks: "an antagomir against miR-34a")
                if c.dep_ == "prep" and (c.lower_ == "of" or blocker and c.lower_ in ("against", "targeting", "to")) and (
                        nominal or blocker or depth == 0):
                    out += [m for g in c.children if g.dep_ == "pobj" for m in mentions_of(g, at, depth + 1)]
        if nominal or blocker:  # ... and by its target alone, "TLR4 siRNA" (in "the PI3K inhibitor LY294002" LY294002 acts)
            out += [at[c.i] for c in t.children if c.dep_ in ("compound", "amod", "nmod") and c.i in at]
    for c in t.children:
        if c.dep_ == "conj":
            out += mentions_of(c, at, depth)
        elif c.dep_ == "appos" and not out:
            out += mentions_of(c, at, depth)
    seen, uniq = set(), []
    for m in out:
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            uniq.append(m)
    return uniq


def silenced_subject(s: Mention, mirna: Callable[[str], Entity | None] | None) -> Mention | None:
    """The miRNA an inhibitor's name silences, as the subject to read with the opposite sign, or None.

    >>> e = Entity("v", "MSC-anti-miR-92a-3p-Exos", "EngineeredVesicle")
    >>> m = silenced_subject(Mention(0, 24, "MSC-anti-miR-92a-3p-Exos", e, "pattern"),
    ...                      lambda n: Entity(n, n, "MicroRNA"))
    >>> m.entity.id, m.source
    ('miR-92a-3p', 'inhibitor')
    """
    target = _SILENCED.search(s.text)
    e = mirna(target.group()) if (target and mirna) else None
    return None if e is None else replace(s, entity=e, source="inhibitor")


def claim_of(s: Mention, rel: str, o: Mention, s_sign: int, v: Any, ontology: Ontology,
           mirna: Callable[[str], Entity | None] | None, confidence: float,
           offset: Callable[[int], int] = lambda at: at, link: bool = False) -> list[Claim]:
    """The claim subject *s* makes about object *o* through verb token *v* (relation *rel*), as a list of one
    claim or none: the subject's sign *s_sign* (-1 for an inhibitor or a loss) turns the relation round, a verb
    that improves a disease ameliorates it, and the ontology types the predicate. *link*: a mediator's effect in
    a chain, whose sign is already the effect's, not the verb's words.

    >>> from kg.model import Entity
    >>> from kg.sources.reader.parse import Parser
    >>> [p] = Parser().parse([("miR-21 suppresses PTEN", [(0, 6), (18, 22)])])
    >>> mir = Mention(0, 6, "miR-21", Entity("miR-21", "miR-21", "MicroRNA"), "lexicon")
    >>> pten = Mention(18, 22, "PTEN", Entity("PTEN", "PTEN", "GeneOrProtein"), "lexicon")
    >>> [c.predicate for sign in (1, -1) for c in claim_of(mir, "decreases", pten, sign, p.doc[1], Ontology.load(), None, 0.7)]
    ['decreases', 'increases']
    """
    if not link and improves_disease(v.text, rel, o, ontology):
        if s_sign < 0:
            return []  # "knockdown of X improved D": left to a curator
        rel = "ameliorates"
    elif not link and sets_right(v.text, rel, o.entity.label):
        rel = "regulates"
    elif not link and rel == "decreases" and betters_good(v.text, o.text):
        rel = "increases"  # "ameliorated renal function"
    if s_sign < 0:
        if rel not in SIGNED:
            return []
        if is_inhibitor(s.text):  # the name is the inhibitor's ("anti-miR-92a-3p-Exos"): read as what it silences
            silenced = silenced_subject(s, mirna)
            if silenced is None:
                return []
            s = silenced
        rel = "decreases" if rel == "increases" else "increases"
    pred = predicate_for(rel, s, o, ontology, 1, worsens=link or causes(v.text))
    if pred is None or s.entity.id == o.entity.id or any(
            m.entity.id in CLASS_IDS or (m.new and is_generic_vesicle(m.entity)) for m in (s, o)):
        return []  # "contained neurotrophic factors" names no factor; "vesicles" alone grounds to nothing
    at = offset(v.idx)
    lo, hi = min(s.start, o.start, at), max(s.end, o.end, at + len(v.text))
    return [Claim(s, pred, o, lo, hi, confidence)]


def flipped(rel: str) -> str:
    """The opposite of a signed relation; any other relation as it is.

    >>> flipped("increases"), flipped("carries")
    ('decreases', 'carries')
    """
    return OPPOSITE.get(rel, rel)
