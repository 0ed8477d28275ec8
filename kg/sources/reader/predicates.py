"""The ontology relation a trigger's relation names between two mentions of given classes.

A trigger says "increases" or "targets"; what the statement asserts depends on what its arguments
are: a miRNA that targets a transcript represses it, vesicles that target a site are located in it,
lowering a disease ameliorates it, and a pair the ontology's constraints do not allow is no claim.
"""
from __future__ import annotations

import re

from ...ontology import Ontology
from .names import ILL_STATE, MADE_TO_BLOCK, Mention
from .triggers import CONSTRAINTS, VESICLE

# the relations that say one thing acts on another, and the signed ones' opposites
EFFECTS = frozenset({"increases", "decreases", "regulates", "ameliorates", "studied_in"})
OPPOSITE = {"increases": "decreases", "decreases": "increases"}

_IMPROVE = re.compile(r"improv(?:e|es|ed|ing)$", re.I)
# processes an abstract "improves" by having less of them ("improving the inflammatory reaction")
_HARMFUL_PROCESS = re.compile(r"(?:inflammation|inflammatory\s+(?:response|reaction)s?|apoptosis|apoptotic process|oxidative stress"
                              r"|cell death|pyroptosis|ferroptosis|necroptosis)$", re.I)
# verbs whose words raise a disease, unlike "improves SCI": "cisplatin induced kidney injury", "MSCs promote kidney injury"
_CAUSING = re.compile(r"(?:induc|caus|trigger|promot|accelerat|contribut|le(?:a?d|ading)\s+to|result|aggravat|exacerbat|driver"
                      r"|patho(?:logical|genic)\s+mechanism|risk(?=\s+factor))\w*"  # ("a pathogenic mechanism of osteoarthritis")
                      r"(?:\s+factors?)?(?:\s+(?:to|in|of|for))?$", re.I)  # ("driver of", "contributing factor to")
_MADE_TO_CARRY = re.compile(r"(?:miR|microRNA|let-7)", re.I)


def fits(ontology: Ontology, etype: str, allowed: tuple[str, ...] | None) -> bool:
    """Whether the class *etype* is one of *allowed* (or below one); None allows every class.

    >>> fits(Ontology.load(), "Exosome", ("ExtracellularVesicle",)), fits(Ontology.load(), "Exosome", ("CellType",))
    (True, False)
    """
    return allowed is None or any(ontology.is_a(etype, a) for a in allowed)


def improves_disease(word: str, rel: str, o: Mention, ontology: Ontology) -> bool:
    """Whether *word* is "improve" said of a disease: "exosomes improve pulmonary hypertension" means
    the disease gets better, not more of it (and of an ill state: "improved insulin resistance", or a
    harmful process: "improving the inflammatory reaction")."""
    return rel == "increases" and bool(_IMPROVE.match(word)) and is_harmful(o, ontology)


def is_harmful(o: Mention, ontology: Ontology) -> bool:
    """Whether *o* names a harm (:func:`is_harm`) or a harmful process ("inflammation", "apoptosis").

    >>> from kg.model import Entity
    >>> is_harmful(Mention(0, 12, "inflammation", Entity("i", "inflammation", "BiologicalProcess"), "lexicon"), Ontology.load())
    True
    """
    return is_harm(o, ontology) or bool(_HARMFUL_PROCESS.search(o.entity.label))


def causes(word: str) -> bool:
    """Whether the verb *word* raises what it names by its words, a disease too (see :func:`predicate_for`).

    >>> causes("induced"), causes("led to"), causes("improved"), causes("enhanced")
    (True, True, False, False)
    """
    return bool(_CAUSING.match(word))


def is_harm(o: Mention, ontology: Ontology) -> bool:
    """Whether *o* names a harm: a disease or injury, or an ill state ("cognitive impairment", "muscle atrophy").

    >>> from kg.model import Entity
    >>> ill = Mention(0, 14, "muscle atrophy", Entity("a", "muscle atrophy", "Phenotype"), "lexicon")
    >>> well = Mention(0, 11, "cell growth", Entity("g", "cell growth", "Phenotype"), "lexicon")
    >>> is_harm(ill, Ontology.load()), is_harm(well, Ontology.load())
    (True, False)
    """
    # (the head before "of": "core symptoms of the disease model", "loss of body weight")
    return ontology.is_a(o.entity.type, "DiseaseOrInjury") or (
        ontology.is_a(o.entity.type, "Phenotype") and o.entity.label.lower().split(" of ")[0].endswith(ILL_STATE))


def predicate_for(rel: str, s: Mention, o: Mention, ontology: Ontology, chained_sign: int,
                  worsens: bool = False) -> str | None:
    """The ontology relation for a trigger's relation and argument types, or None if they clash.

    A verb that raises a disease is no claim ("improves SCI" means the opposite of its words), unless
    *worsens*: a link of a mechanism chain the sentence states ("protects against DR through
    repression of TLR4": TLR4 worsens DR).

    >>> from kg.model import Entity
    >>> m = lambda t: Mention(0, 1, "x", Entity(t, t, t), "lexicon")
    >>> ont = Ontology.load()
    >>> [predicate_for(r, m(s), m(o), ont, 1) for r, s, o in [("targets", "MicroRNA", "GeneOrProtein"),
    ...      ("decreases", "Exosome", "DiseaseOrInjury"), ("increases", "Exosome", "DiseaseOrInjury")]]
    ['decreases', 'ameliorates', None]
    """
    st, ot = s.entity.type, o.entity.type
    if rel == "ameliorates" and not ontology.is_a(ot, "DiseaseOrInjury"):
        rel = "decreases"  # an ill state that is no disease ("insulin resistance") is lowered
    if rel == "targets":
        if st == "MicroRNA" or (ontology.is_a(st, VESICLE) and not MADE_TO_BLOCK.search(s.entity.label) and (
                (st == "EngineeredVesicle" and _MADE_TO_CARRY.search(s.entity.label)) or ontology.is_a(ot, "GeneOrProtein"))):
            # a miRNA targets a transcript to repress it; so do vesicles made to carry one, and vesicles
            # said to target a gene (through the miRNAs they carry, as curators read it)
            rel = "decreases"
        elif ontology.is_a(ot, "AnatomicalSite"):
            rel = "located_in"
        else:
            rel = "regulates"
    if rel == "regulates" and ontology.is_a(st, "DiseaseOrInjury") and ontology.is_a(ot, "AnatomicalSite"):
        return None  # "a disease affecting mainly the salivary glands" says where it is, not that it acts on them
    if rel == "secretes" and ontology.is_a(st, VESICLE):
        rel = "delivers"  # "exosomes release their cargo into the cytoplasm"
    if rel in ("increases", "decreases") and chained_sign < 0:
        rel = "decreases" if rel == "increases" else "increases"
    subj_ok, obj_ok = CONSTRAINTS.get(rel, (None, None))
    if not (fits(ontology, st, subj_ok) and fits(ontology, ot, obj_ok)):
        return None
    if rel in ("decreases", "ameliorates") and ontology.is_a(st, "DiseaseOrInjury") and (
            is_harm(o, ontology) or o.entity.label.lower().endswith(("damage", "injury"))):
        return None  # "AKI ... to mitigate renal damage": no disease or injury lowers a harm; the words were misread
    if rel == "decreases" and ontology.is_a(ot, "DiseaseOrInjury"):
        # a harmful process mends no disease ("inflammation ameliorates atherosclerosis" was a misread clause)
        return None if _HARMFUL_PROCESS.search(s.entity.label) else "ameliorates"
    if rel == "increases" and ontology.is_a(ot, "DiseaseOrInjury"):
        return "increases" if worsens else None  # "improves SCI": leave it to a curator
    return rel


def kin(ontology: Ontology, a: str, b: str) -> bool:
    """Whether entity types *a* and *b* may stand in one list of names that share a verb: the same type, or
    both vesicles, both cells, both proteins, or both processes.

    >>> ont = Ontology.load()
    >>> kin(ont, "GeneOrProtein", "CytokineOrGrowthFactor"), kin(ont, "Exosome", "ExtracellularVesicle"), kin(ont, "Molecule", "MicroRNA")
    (True, True, False)
    """
    if a == b:
        return True
    if any(ontology.is_a(a, t) and ontology.is_a(b, t) for t in ("ExtracellularVesicle", "CellType")):
        return True
    return any(a in f and b in f for f in (("GeneOrProtein", "CytokineOrGrowthFactor"), ("BiologicalProcess", "Phenotype")))
