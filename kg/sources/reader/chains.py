"""The means a verb names, read from the parse: "reduced X by enhancing Y" (the subject raises Y, and Y lowers
X), "via downregulation of Y", "through miR-455-3p" (the vesicles' cargo does what they do), "in a
miR-145-5p-dependent manner", "by delivery of circ-Epc1"."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable

from ...model import Entity
from ...ontology import Ontology
from .names import Mention
from .predicates import improves_disease
from .relations import Claim
from .tokens import DOWN_NOUNS, SIGNED, claim_of, flipped, mentions_of, relation_of
from .triggers import CARGO_TYPES, GAIN_NOUNS, TRIGGERS, sets_right

_CHAIN_PREPS = frozenset({"by", "via", "through"})
_BY_MEANS = DOWN_NOUNS | frozenset("activation upregulation up-regulation induction regulation modulation".split())
# "by delivery of circ-Epc1": a means that brings the cargo (the delivery itself is the idioms' claim)
_DELIVERY_NOUNS = frozenset({"delivery", "transfer", "transport", "shuttling", "transmission"})
_ACTING_NOUNS = frozenset({"activity", "action", "function"})


def means_chains(v: Any, rel: str, s: Mention, s_sign: int, objects: list[Mention], at: dict[int, Mention],
            ontology: Ontology, mirna: Callable[[str], Entity | None] | None,
            offset: Callable[[int], int] = lambda at: at) -> list[Claim]:
    """The claims the means of verb token *v* (relation *rel*, subject *s* with its sign, *objects*) makes:
    "reduced X by enhancing Y" / "enhance X via targeting Y": the subject acts on Y, and Y on X.

    >>> from kg.model import Entity
    >>> from kg.ontology import Ontology
    >>> from kg.sources.reader.parse import Parser
    >>> s = "miR-21 reduced apoptosis by suppressing PTEN"
    >>> [p] = Parser().parse([(s, [(0, 6), (15, 24), (40, 44)])])
    >>> mir, apo, pten = (Mention(a, b, s[a:b], Entity(s[a:b], s[a:b], t), "lexicon") for a, b, t in
    ...                   ((0, 6, "MicroRNA"), (15, 24, "BiologicalProcess"), (40, 44, "GeneOrProtein")))
    >>> at = {i: m for i, m in zip(sorted(p.spans), (mir, apo, pten))}
    >>> sorted((c.subject.text, c.predicate, c.object.text)
    ...        for c in means_chains(p.doc[1], "decreases", mir, 1, [apo], at, Ontology.load(), None))
    [('PTEN', 'increases', 'apoptosis'), ('miR-21', 'decreases', 'PTEN')]
    """
    if (rel not in SIGNED and rel not in ("targets", "regulates")) or (v.tag_ == "VBN" and v.dep_ != "ROOT" and not any(
            c.dep_ in ("aux", "auxpass") for c in v.children)):
        return []  # "relieve fibrosis caused by TGFβ via X": a participle's means is the main verb's
    out: list[Claim] = []
    # ... and the parser hangs it on the participle: "relieve fibrosis caused by TGFβ via regulation of Y"
    # (as the object's modifier, or as a clause of its own when the object is a placeholder word)
    hung = [p for a in (*(a for o in v.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl"),
                        *(a for a in v.children if a.dep_ == "ccomp"))
            if a.tag_ == "VBN" and any(c.dep_ == "agent" for c in a.children)
            for p in a.children if p.dep_ == "prep" and p.lower_ in ("via", "through")]
    # "attenuated injury and promoted healing by suppressing inflammation": the means after the second verb is the
    # first's too (not where the second verb has a subject of its own)
    shared = [p for c in v.children if c.dep_ == "conj" and c.tag_.startswith("VB") and not any(
        d.dep_ in ("nsubj", "nsubjpass") for d in c.children) for p in c.children if p.dep_ == "prep" and p.lower_ in _CHAIN_PREPS]
    for prep in [c for c in v.children if c.dep_ == "prep" and c.lower_ in (*_CHAIN_PREPS, "in")] + hung + shared:
        # "through the action of miR-122-5p and the inhibition of the axis": each means with its own sign
        # ("by promoting autophagy and inhibiting apoptosis": the second gerund is a means too)
        for g in (x for c in prep.children for x in (c, *_means_conjuncts(c), *_gerund_conjuncts(c))):
            # "in a miR-145-5p-dependent manner" says what "through miR-145-5p" says
            named = [at[d.i] for a in g.children if a.lower_ == "dependent" for d in (*g.children, *a.children)
                     if d.dep_ in ("npadvmod", "nmod", "compound") and d.i in at] if g.lower_ == "manner" else []
            if prep.lower_ == "in" and not named:
                continue
            # "by inhibiting activation of Y" is parsed with the gerund as the noun's modifier: it is the verb
            gerund = next((a for a in g.children if a.dep_ == "amod" and a.tag_ == "VBG" and a.i < g.i
                           and a.lower_ in TRIGGERS), None) if g.dep_ == "pobj" and g.i not in at else None
            verbal = g.dep_ == "pcomp" or g.dep_ == "conj" and g.tag_ == "VBG"
            g_rel = relation_of(g) if verbal else TRIGGERS[gerund.lower_][0] if gerund is not None else None
            others = [m for c in _means_conjuncts(g) for m in mentions_of(c, at)]
            mediators = ([m for d in g.children if d.dep_ == "dobj" for m in mentions_of(d, at)] if g_rel and gerund is None
                         else [m for d in (g,) if g.dep_ in ("pobj", "conj") for m in mentions_of(d, at)
                               if m not in others] if prep.lower_ != "by" or gerund or g.lower_ in _DELIVERY_NOUNS
                               or (g.lower_ in _BY_MEANS and g.dep_ == "pobj") else [])  # ("by inhibition of MCP-1": a means, not an agent)
            # "via microRNA-140-5p delivery": the cargo named before the delivery ("by miR-145-5p activity": the miRNA acting)
            named += [at[d.i] for d in g.children if d.dep_ == "compound" and d.i in at and at[d.i].entity.type in CARGO_TYPES] \
                if g.lower_ in _DELIVERY_NOUNS | _ACTING_NOUNS else []
            mediators, verb, bare = named or mediators, gerund if gerund is not None else g, False
            if g_rel is None and mediators:
                # "via downregulation of Y" lowers Y, "via activation of Y" raises it; a bare "via Y" only
                # after a verb that raises ("promote X through Y"): "suppressed X through Y" says not which way
                split = g.doc[g.i - 2].lower_ if g.i >= 2 and g.doc[g.i - 1].text in ("-", "\u2010") else ""
                if g.lower_ == "regulation" and split in ("down", "up"):  # "down-regulation", split by the tokenizer
                    g_rel = "decreases" if split == "down" else "increases"
                elif g.lower_ in ("regulation", "modulation"):  # "via regulation of Y": Y is moved, which way unsaid
                    out += [c for y in mediators for c in claim_of(s, "regulates", y, s_sign, g, ontology, mirna, 0.55, offset)]
                    continue
                elif g.lower_ in DOWN_NOUNS:
                    g_rel = "decreases"
                elif (g.i not in at and not named) or rel == "increases":
                    g_rel, bare = "increases", g.i in at
            # a miRNA targets a transcript to repress it; so do vesicles said to target a gene (through their miRNAs)
            g_rel = "decreases" if g_rel == "targets" and (s.entity.type == "MicroRNA" or ontology.is_a(
                s.entity.type, "ExtracellularVesicle") and all(ontology.is_a(y.entity.type, "GeneOrProtein") for y in mediators)) else g_rel
            if g_rel is None and rel in (*SIGNED, "regulates") and ontology.is_a(s.entity.type, "ExtracellularVesicle") and s_sign > 0:
                # "exosomes ameliorate X through miR-455-3p": the vesicles carry the miRNA, and it does what they do
                for y in (m for m in mediators if m.entity.type == "MicroRNA"):
                    out += [Claim(s, "carries", y, min(s.start, y.start), max(s.end, y.end), 0.55)]
                    for o in objects:
                        out += [replace(c, mediated=True) for c in claim_of(y, rel, o, 1, v, ontology, mirna, 0.55, offset)]
                mediators = [m for m in mediators if m.entity.type != "MicroRNA"]
            if g_rel == "regulates":
                # "inhibit apoptosis by regulating autophagy": the subject moves autophagy, and autophagy the
                # apoptosis, neither with a sign the words give (a disease is left to the verb's own reading)
                for y in mediators:
                    out += claim_of(s, "regulates", y, s_sign, g, ontology, mirna, 0.55, offset)
                    out += _unsigned_links(y, objects if rel in SIGNED else [], v, ontology, mirna, offset)
                # "... by regulating autophagy via the PI3K/Akt pathway": the pathway moves the autophagy
                for z in (m for p2 in g.children if p2.dep_ == "prep" and p2.lower_ in _CHAIN_PREPS
                          for d in p2.children if d.dep_ == "pobj" for m in mentions_of(d, at)):
                    out += claim_of(s, "regulates", z, s_sign, g, ontology, mirna, 0.5, offset)
                    out += [c for y in mediators for c in _unsigned_links(z, [y], g, ontology, mirna, offset)]
                continue
            if g_rel is None and rel in (*SIGNED, "regulates"):
                # "inhibit apoptosis via the PI3K/Akt pathway": the subject moves the pathway, and the pathway
                # the apoptosis, neither with a sign the words give
                for y in mediators:
                    out += claim_of(s, "regulates", y, s_sign, g, ontology, mirna, 0.5, offset)
                    out += _unsigned_links(y, objects, v, ontology, mirna, offset)
                continue
            if g_rel not in SIGNED:
                continue
            if verbal and mediators:
                # "attenuate pain by inhibiting the TLR2 pathway ... by targeting Rsad2": the means of the means
                out += means_chains(g, g_rel, s, s_sign, mediators, at, ontology, mirna, offset)
            for y in mediators:
                if y.entity.type == "MicroRNA" and ontology.is_a(s.entity.type, "ExtracellularVesicle") and s_sign > 0 \
                        and not verbal and gerund is None:
                    # "exosomes ameliorate X through miR-455-3p": the miRNA is their cargo ("by sponging miR-29a",
                    # "by upregulating miR-26a": a verb on the miRNA, which it moves, not cargo)
                    out += [Claim(s, "carries", y, min(s.start, y.start), max(s.end, y.end), 0.55)]
                elif g.lower_ not in _DELIVERY_NOUNS:
                    out += claim_of(s, g_rel, y, s_sign, verb, ontology, mirna, 0.6, offset)
                step = 1 if g_rel == "increases" else -1
                # "regulates osteogenesis by targeting Smad5": Smad5 moves osteogenesis, which way unsaid
                out += _unsigned_links(y, objects if rel == "regulates" else [], v, ontology, mirna, offset)
                for o in objects if rel in SIGNED else ():
                    # "improved NAFLD by repressing FTO": the verb lowers the disease, so FTO raises it
                    # ("improved glucose metabolism by repressing FTO": a steady state set right, no direction)
                    effect = "decreases" if improves_disease(v.text, rel, o, ontology) else \
                        "regulates" if sets_right(v.text, rel, o.entity.label) else rel
                    # the mediator's own claim, no rival of the rules' reading of the verb's subject (but a bare
                    # "via Y" gives its sign by the verb's alone: there the rules' reading wins, but on a disease)
                    out += [replace(c, mediated=not bare or ontology.is_a(o.entity.type, "DiseaseOrInjury")) for c in claim_of(
                        y, effect if step > 0 or effect == "regulates" else flipped(effect), o, 1, v, ontology, mirna,
                        0.55, offset, link=True)]
    return out


def _means_conjuncts(g: Any) -> list[Any]:
    """The nominals of a change listed after the means *g* ("the action of X and the inhibition of Y"; the
    parser may hang the second on X)."""
    return [t for t in g.subtree if t.dep_ == "conj" and t is not g and (t.lower_ in DOWN_NOUNS or t.lower_ in GAIN_NOUNS)]


def _gerund_conjuncts(g: Any) -> list[Any]:
    """The gerunds coordinated with the means gerund *g* ("by promoting A and inhibiting B": "inhibiting")."""
    # (not "by delivering X and thereby activating Y": a consequence of the first, no means of the verb's own)
    return [t for t in g.children if g.dep_ == "pcomp" and t.dep_ == "conj" and t.tag_ == "VBG"
            and not any(a.lower_ in ("thereby", "thus", "then", "subsequently") for a in t.children)]


def _unsigned_links(y: Mention, objects: list[Mention], v: Any, ontology: Ontology,
                    mirna: Callable[[str], Entity | None] | None, offset: Callable[[int], int]) -> list[Claim]:
    """A chain's mediator *y* regulates each of *objects*, which way unsaid: the mediator's own claim, no
    rival of the rules' reading of the verb's subject (a disease is left to the verb's own reading)."""
    return [replace(c, mediated=True) for o in objects if not ontology.is_a(o.entity.type, "DiseaseOrInjury")
            for c in claim_of(y, "regulates", o, 1, v, ontology, mirna, 0.5, offset, link=True)]
