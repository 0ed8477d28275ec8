"""Claims the words around a name turn round or rule out: a fall named after the thing that fell ("reduced
ZO-1 downregulation" raises ZO-1), an antibody named by what it blocks ("an MCP-1-neutralizing antibody
reduced apoptosis" says MCP-1 raises it), an object the rules took for the subject of the verb after it, and
an agent that is the subject of a clause of its own ("induced by CLP, and exosomes were injected").

The sentence rules read the name alone; these put the sign right before the parse's claims are weighed
against theirs (the parse reads a fall noun after its thing the same way, so the two agree).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ...ontology import Ontology
from .names import PROCESS_TYPES, Mention
from .parse import Parsed
from .predicates import EFFECTS, OPPOSITE, predicate_for
from .relations import Claim
from .triggers import TRIGGER_RX

_BLOCKED_WAY = {**OPPOSITE, "ameliorates": "increases"}  # (blocking it eased a disease: it worsens it)
_FALL_AFTER = re.compile(r"[\s-]+(?:down-?regulation|degradation|depletion)\b", re.I)
# "drove M2 polarization, inflammation reduction": the process's fall was driven ("matrix degradation" is a process)
_PROCESS_FALL_AFTER = re.compile(r"\s+(?:reduction|decrease|suppression|alleviation|attenuation)\b", re.I)
# a name, then the kind it is, then what that kind does: "MSCs (MSCs) are multipotent cells that ..."
_IS_A_KIND = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s+(?:is|are)\s+(?:an?\s+|the\s+|one\s+of\s+the\s+)?")
_THAT = re.compile(r"\s*,?\s+(?:that|which|who)\b")
_KINDS = (("CellType", "StemCell", "MesenchymalStemCell", "PluripotentStemCell"),
          ("Exosome", "ExtracellularVesicle", "SmallExtracellularVesicle", "Microvesicle", "EngineeredVesicle"))
_FALLING_TYPES = frozenset({"GeneOrProtein", "CytokineOrGrowthFactor", "MicroRNA", "Molecule"})
_NEW_CLAUSE = re.compile(r"(?:,|;)\s+(?:(?:and|but|while|whereas|then)\s+)?(?:the\s+)?$")  # (not "X induced by Y were analyzed")
_OWN_CLAUSE = re.compile(r"(?:\s*\([^()]*\))?\s+(?:was|were|is|are|(?:had|have|has)\s+been)\s+(?:\w+ly\s+)?\w+ed\b")
_ANTIBODY_AFTER = re.compile(r"(?:[\s-]+(?:neutrali[sz]ing|blocking))+\s+(?:monoclonal\s+)?(?:antibod|IgG|mAb)", re.I)
_ANTIBODY_BEFORE = re.compile(r"(?:(?:neutrali[sz]ing|blocking)\s+(?:monoclonal\s+)?antibod(?:y|ies)\s+(?:against|to)\s+(?:the\s+)?"
                              r"|anti-)$", re.I)
# a class of molecules is no agent: "pro-inflammatory cytokines" says what the class does, not a finding
_CLASS_AGENT = re.compile(r"(?:proteins?|cytokines?|genes?|molecules?|factors?|growth\s+factors?|chemokines?|lipids?"
                          # ... and treatments named by their kind only: "novel therapies that target gut injury"
                          r"|(?:(?:novel|new|potential|effective|current|promising|available)\s+)?(?:therap(?:y|ies)|treatments?"
                          r"|strateg(?:y|ies)|approach(?:es)?|therapeutics?|options?))", re.I)
_CONTENT_OF = re.compile(r"\s+(?:in|of|from|within)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exosomes?|s?EVs?|vesicles?)\b", re.I)
_ANTIBODY_WORD = re.compile(r"[\s-]+(?:(?:neutrali[sz]ing|blocking|monoclonal)\s+)*(?:antibod|IgG|mAb)", re.I)


def falls_named_after(sentence: str, claims: list[Claim]) -> list[Claim]:
    """*claims* with a signed effect on a molecule named before its fall turned round.

    >>> from kg.model import Entity
    >>> s = "MSCs reduced ZO-1 downregulation."
    >>> msc, zo1 = (Mention(0, 4, "MSCs", Entity("msc", "MSC", "MesenchymalStemCell"), "lexicon"),
    ...             Mention(13, 17, "ZO-1", Entity("zo1", "ZO-1", "GeneOrProtein"), "lexicon"))
    >>> [c.predicate for c in falls_named_after(s, [Claim(msc, "decreases", zo1, 0, 32, 0.8)])]
    ['increases']
    """
    return [replace(c, predicate=OPPOSITE[c.predicate]) if c.predicate in OPPOSITE and not c.mediated and (
            c.object.entity.type in _FALLING_TYPES and _FALL_AFTER.match(sentence, c.object.end)
            or c.object.entity.type in PROCESS_TYPES and _PROCESS_FALL_AFTER.match(sentence, c.object.end)) else c for c in claims]


def own_clauses(sentence: str, claims: list[Claim]) -> list[Claim]:
    """*claims* without an agent named after its object that is the subject of a clause of its own ("ALI was
    induced by CLP, and exosomes were injected 2 h later": the exosomes induced nothing).

    >>> from kg.model import Entity
    >>> s = "ALI was induced by CLP, and exosomes were injected 2 h later."
    >>> ali, exo = (Mention(0, 3, "ALI", Entity("ali", "ALI", "DiseaseOrInjury"), "lexicon"),
    ...             Mention(28, 36, "exosomes", Entity("exo", "exosome", "Exosome"), "lexicon"))
    >>> own_clauses(s, [Claim(exo, "increases", ali, 0, 36, 0.8)])
    []
    """
    return [c for c in claims if not (
        c.predicate in EFFECTS and c.object.end <= c.subject.start and _OWN_CLAUSE.match(sentence, c.subject.end)
        and _NEW_CLAUSE.search(sentence, max(0, c.subject.start - 20), c.subject.start))]


def antibody_against(sentence: str, m: Mention) -> bool:
    """Whether *m* is named as what an antibody blocks: "MCP-1-neutralizing antibody", "anti-IL-6 antibodies",
    "a neutralizing antibody against IL-6".

    >>> from kg.model import Entity
    >>> s = "An MCP-1-neutralizing antibody and anti-IL-6 antibodies lowered TNF."
    >>> [antibody_against(s, Mention(a, b, s[a:b], Entity("x", "x", "GeneOrProtein"), "lexicon"))
    ...  for a, b in ((3, 8), (40, 44), (63, 66))]
    [True, True, False]
    """
    if _ANTIBODY_AFTER.match(sentence, m.end):
        return True
    before = _ANTIBODY_BEFORE.search(sentence, max(0, m.start - 40), m.start)
    return before is not None and (not before.group().lower().endswith("anti-") or bool(_ANTIBODY_WORD.match(sentence, m.end)))


def through_antibodies(sentence: str, claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """*claims* whose subject an antibody blocks said of the subject, the other way ("blocking it eased a
    disease": it worsens it), or left out where no relation says that.

    >>> from kg.model import Entity
    >>> s = "An MCP-1-neutralizing antibody reduced apoptosis."
    >>> mcp1, apo = (Mention(3, 8, "MCP-1", Entity("ccl2", "CCL2", "GeneOrProtein"), "lexicon"),
    ...              Mention(39, 48, "apoptosis", Entity("apo", "apoptosis", "BiologicalProcess"), "lexicon"))
    >>> [c.predicate for c in through_antibodies(s, [Claim(mcp1, "decreases", apo, 3, 48, 0.8)], Ontology.load())]
    ['increases']
    """
    out: list[Claim] = []
    for c in claims:
        if not antibody_against(sentence, c.subject):
            out.append(c)
            continue
        way = _BLOCKED_WAY.get(c.predicate)
        pred = predicate_for(way, c.subject, c.object, ontology, 1) if way else None
        out += [replace(c, predicate=pred)] if pred else []
    return out


def no_object_as_subject(parsed: Parsed, claims: list[Claim]) -> list[Claim]:
    """*claims* less the effects whose subject the parse has as an object in the clause of the verb that acts
    on theirs, or of a verb coordinated with it ("X protected the heart against A, attenuated B": not A's).

    >>> from kg.sources.reader import read_text
    >>> [str(s) for s in read_text("Exosomes protected the heart against cardiac hypertrophy, attenuated apoptosis.").statements]
    ['exosome -decreases-> cardiac hypertrophy', 'exosome -decreases-> apoptosis']
    """
    return [c for c in claims if c.predicate not in EFFECTS or not parsed.object_as_subject(
        (c.subject.start, c.subject.end), (c.object.start, c.object.end))]


def no_class_agents(sentence: str, mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
    """*claims* less the effects of a class of molecules ("cytokines promote X" says what the class does) and on the
    class of the doer ("miR-141 was the most upregulated miRNA"), and
    of a generic "miRNAs" where it describes the vesicles' content ("miRNAs in the exosomes suppress X") or
    where the sentence names the miRNAs ("miR-199a, which are highly expressed miRNAs, promoted X").

    >>> from kg.sources.reader import read_text
    >>> [str(s) for s in read_text("miRNAs in the exosomes suppressed apoptosis.").statements]
    ['exosome -carries-> microRNA']
    """
    named = any(m.entity.type == "MicroRNA" and not m.entity.generic for m in mentions)
    # nor is a name's class its object: "miR-141 was the most upregulated miRNA" ranks it among miRNAs
    claims = [c for c in claims if not (c.predicate in EFFECTS and c.object.entity.generic
                                        and c.object.entity.type == c.subject.entity.type)]
    return [c for c in claims if c.predicate not in EFFECTS or not (
        _CLASS_AGENT.fullmatch(c.subject.entity.label)
        or c.subject.entity.generic and c.subject.entity.type == "CytokineOrGrowthFactor"  # ("pro-inflammatory cytokines")
        or c.subject.entity.generic and c.subject.entity.type == "MicroRNA"
        and (named or _CONTENT_OF.match(sentence, c.subject.end)))]


def kind_said_of(sentence: str, mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
    """*claims* whose doer is a kind said of the name before it ("MSCs are multipotent cells that secrete X")
    done by that name: the MSCs secrete X.

    >>> from kg.model import Entity
    >>> s = "MSCs are multipotent cells that secrete cytokines."
    >>> ms = [Mention(0, 4, "MSCs", Entity("msc", "MSC", "MesenchymalStemCell"), "lexicon"),
    ...       Mention(9, 26, "multipotent cells", Entity("mc", "multipotent cell", "CellType"), "pattern"),
    ...       Mention(39, 48, "cytokines", Entity("c", "cytokine", "CytokineOrGrowthFactor"), "lexicon")]
    >>> [c.subject.text for c in kind_said_of(s, ms, [Claim(ms[1], "secretes", ms[2], 9, 48, 0.8)])]
    ['MSCs']
    """
    out = []
    for c in claims:
        i = next((k for k, m in enumerate(mentions) if m.start == c.subject.start and m.end == c.subject.end), None)
        named = mentions[i - 1] if i else None
        if named is not None and _IS_A_KIND.fullmatch(sentence, named.end, c.subject.start) and _THAT.match(sentence, c.subject.end) \
                and any(named.entity.type in kind and c.subject.entity.type in kind for kind in _KINDS) \
                and named.entity.id != c.object.entity.id:
            c = replace(c, subject=named)
        out.append(c)
    return out


# a quality of cells that names no entity of its own ("the chemosensitivity of HCC cells", "the catabolic activity of
# chondrocytes"), right before the cells
_QUALITY_OF = re.compile(r"\b(?:[a-z]*activit(?:y|ies)|functions?|capacity|ability|[a-z]*sensitivity|responsiveness|resistance"
                         r"|stemness|potency)\s+of\s+(?:the\s+)?$", re.I)


_TO_DO = re.compile(r"(?:\s*\([^()]*\))?\s+to\s+(?=[a-z])")  # (then a verb: not "the sensitivity of cells to sorafenib")


def no_quality_of_cells(sentence: str, claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """*claims* less a change said of cells named after a quality of theirs: "enhanced the phagocytic activity of
    macrophages" raises the activity, not the macrophages.

    >>> from kg.sources.reader import read_text
    >>> [str(s) for s in read_text("Exosomes enhanced the phagocytic activity of macrophages.").statements]
    []
    """
    def named_by_quality(m: Mention) -> bool:  # (as the object, or as the mediator a chain starts from; but "the
        # ability of BM MSCs to protect against X": the cells do what they are able to)
        return ontology.is_a(m.entity.type, "CellType") and bool(_QUALITY_OF.search(sentence, max(0, m.start - 60), m.start)) \
            and not ((to := _TO_DO.match(sentence, m.end)) and TRIGGER_RX.match(sentence, to.end()))

    return [c for c in claims if c.predicate not in EFFECTS or not (named_by_quality(c.object) or named_by_quality(c.subject))]
