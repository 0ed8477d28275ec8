"""What a disease does to a molecule, said as where the molecule changed: "miR-26a was downregulated in the
hippocampus of rats with depression", "ZO-1 was downregulated after I/R injury", "the levels of miR-132-3p
were markedly decreased in the hippocampi of VD mice" say that the disease lowers it (curators read them
so). A change the sentence gives a treatment ("... in VD mice treated with exosomes", "... by exosomes")
is the treatment's, left to the verb rules. And what a therapy lowered a disease by: "had therapeutic effects in a
model of EAU by decreasing Th17 cells" says Th17 cells raise EAU (the parse's means chain says it for a verb).
"""
from __future__ import annotations

import re

from ...ontology import Ontology
from .names import Mention
from .predicates import fits, predicate_for
from .relations import Claim
from .triggers import NEGATION, list_start

_UP = r"up-?regulated|increased|elevated|enhanced|highly\s+expressed|over-?expressed|activated|accumulated|higher"
_DOWN = r"down-?regulated|decreased|reduced|lowly\s+expressed|suppressed|diminished|lower|declined|depleted"
# after the molecule: "(expression|levels) (, which) was (markedly) downregulated in (the hippocampus of) (rats with)"
_CHANGED_IN = re.compile(
    r"\)?(?:\s*\([^()]{1,20}\))?(?:\s+(?:mRNA|protein|gene))?(?:\s+(?:expression|levels?|activity|activation|content))?"
    r"(?:,?\s+(?:that|which))?\s+(?:was|were|is|are|became)\s+(?:\w+ly\s+)?(?:(?P<up>" + _UP + r")|(?P<down>" + _DOWN + r"))\s+"
    r"(?:in|after|following|during)\s+(?:the\s+)?(?:(?!(?:and|or|by|with|than|but)\s)[\w-]+\s+){0,3}?"
    r"(?:(?:of|from)\s+)?(?:(?:the\s+)?(?:rats|mice|patients|animals|subjects)\s+with\s+)?(?:the\s+|an?\s+)?$", re.I)
# what the change is the treatment's: "in VD mice treated with exosomes", "... in D mice by exosomes", "in a
# PMO + Exo treatment group"
_TREATED_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:mice|rats|patients|animals|models?|tissues?|cells)?\s*"
                            r"(?:,\s*)?(?:treated|receiving|given|injected|by\b|\+|plus\b|(?:[\w-]+\s+){0,2}groups?\b|"
                            r"after\s+(?:the\s+)?(?:treatment|injection|"
                            r"administration)|following\s+(?:the\s+)?(?:treatment|injection|administration))", re.I)
_MOLECULE = ("GeneOrProtein", "MicroRNA", "CytokineOrGrowthFactor", "Pathway")
_WHERE = ("AnatomicalSite", "CellType")


def disease_changes(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """Claims that a disease raises or lowers the molecules said to change in it.

    >>> from kg.model import Entity
    >>> s = "ZO-1 was downregulated after I/R injury."
    >>> ms = [Mention(0, 4, "ZO-1", Entity("z", "ZO-1", "GeneOrProtein"), "pattern"),
    ...       Mention(29, 39, "I/R injury", Entity("ir", "ischemia-reperfusion injury", "DiseaseOrInjury"), "pattern")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in disease_changes(s, ms, Ontology.load())]
    [('I/R injury', 'decreases', 'ZO-1')]
    """
    out: list[Claim] = []
    for i, x in enumerate(mentions[:-1]):
        if not fits(ontology, x.entity.type, _MOLECULE):
            continue
        # the disease after it, past the places and cells it was measured in ("in the hippocampus of rats with")
        d = next((m for m in mentions[i + 1 :] if not fits(ontology, m.entity.type, _WHERE)), None)
        if d is None or not ontology.is_a(d.entity.type, "DiseaseOrInjury"):
            continue
        changed = _CHANGED_IN.fullmatch(sentence, x.end, d.start)
        if changed is None or _TREATED_AFTER.match(sentence, d.end) or NEGATION.search(sentence, x.end, d.start):
            continue
        # back over the molecules listed before ("Runx2, BMP2 and osteocalcin were decreased in ...")
        first = list_start(sentence, mentions, i, lambda m: fits(ontology, m.entity.type, _MOLECULE))
        pred = "increases" if changed.group("up") else "decreases"
        for m in mentions[first : i + 1]:
            if m.entity.id != d.entity.id:
                out.append(Claim(d, pred, m, mentions[first].start, d.end, 0.55))
    return out


# "... in a mouse model of EAU (EAU) by decreasing ...", "..., at least in part by reducing ...": the means, after the disease
_BY_MEANS = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+in\s+[^,;.()]{0,40}?)?\s*,?\s+(?:(?:at\s+least\s+)?in\s+part\s+|partly\s+|"
                       r"partially\s+|mainly\s+|possibly\s+)?by\s+(?:\w+ly\s+)?\w+ing\b", re.I)
_THERAPY_NOUN = re.compile(r"\b(?:effects?|efficacy|therap(?:y|ies|eutic)|treatments?|benefits?)\b", re.I)
_OPPOSITE = {"decreases": "increases", "increases": "decreases"}


def means_of_therapy(sentence: str, claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """ "X had therapeutic effects in colitis by decreasing Th17 cells and increasing Treg cells": what X lowered to
    treat the disease raises it, and what X raised lowers it (the means' sign against the therapy's), unless a
    claim of the pair is there already.

    >>> from kg.model import Entity
    >>> s = "Exosomes had therapeutic effects in colitis by decreasing Th17 cells."
    >>> E = lambda i, t: Entity(i, i, t)
    >>> x, d, a = (Mention(0, 8, "Exosomes", E("exo", "Exosome"), "lexicon"), Mention(36, 43, "colitis", E("colitis",
    ...            "DiseaseOrInjury"), "lexicon"), Mention(58, 68, "Th17 cells", E("Th17", "CellType"), "lexicon"))
    >>> cs = [Claim(x, "ameliorates", d, 0, 43, 0.7), Claim(x, "decreases", a, 0, 68, 0.7)]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in means_of_therapy(s, cs, Ontology.load())]
    [('Th17 cells', 'increases', 'colitis')]
    """
    out: list[Claim] = []
    have = {(c.subject.entity.id, c.object.entity.id) for c in claims}
    for t in claims:
        # (a verb's own means the parse reads: this is for a therapy named as a noun, "had therapeutic effects in")
        by = _BY_MEANS.match(sentence, t.object.end) if t.predicate == "ameliorates" and _THERAPY_NOUN.search(
            sentence, t.subject.end, t.object.start) else None
        if by is None:
            continue
        for c in claims:
            if c.subject.entity.id != t.subject.entity.id or c.predicate not in _OPPOSITE or c.object.start < by.end() \
                    or (c.object.entity.id, t.object.entity.id) in have or ontology.is_a(c.object.entity.type, "DiseaseOrInjury"):
                continue
            p = predicate_for(_OPPOSITE[c.predicate], c.object, t.object, ontology, 1, worsens=True)
            if p:
                have.add((c.object.entity.id, t.object.entity.id))
                out.append(Claim(c.object, p, t.object, t.object.start, c.object.end,
                                 round(min(c.confidence, t.confidence) - 0.1, 2)))
    return out
