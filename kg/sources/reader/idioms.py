"""Claims carried by set phrases of abstracts rather than by a verb and its arguments.

"miR-21 binds to the 3'-UTR of PTEN" and "PTEN was identified as a miR-25b-3p target gene" (the miRNA
represses the gene); "MSC exosomes had therapeutic effects on lupus nephritis" (they ameliorate it). What
vesicles carry, said by the words around the cargo, is cargo.py's.
"""
from __future__ import annotations

import re

from ...ontology import Ontology
from .clauses import coordinated_with
from .names import Mention
from .predicates import kin, predicate_for
from .relations import Claim
from .triggers import CARGO_TYPES, INDUCED_GAP, NEGATION, TRIGGER_RX, inducer_after, listed_inducer
from .weighing import listed_before


# "miR-486-3p binding sites to the 3′untranslated region of TLR4", "miR-21 binds to the 3'-UTR of PTEN",
# "miR-21 bound the 3′ UTR of PTEN"
_UTR_OF = re.compile(
    r"\s+(?:putative\s+|predicted\s+)?(?:(?:directly|specifically|could|can)\s+)?(?:binding\s+sites?|binds?|bind|bound|binding)"
    r"\s+(?:(?:directly|specifically)\s+)?"
    r"(?:(?:to|in|on|within|with)\s+)?(?:the\s+)?(?:3\s*[\u2032'\u2019]?\s*[-\u2010]?\s*(?:UTR|untranslated\s+region)"
    r"(?:\s*\(3\s*[\u2032'\u2019]?\s*[-\u2010]?\s*UTR\))?)\s+(?:region\s+)?of\s+(?:the\s+)?(?:\w+\s+){0,3}?$", re.I)


def utr_claims(sentence: str, mentions: list[Mention]) -> list[Claim]:
    """ "miR-21 binds to the 3'-UTR of PTEN": a miRNA that binds a transcript's 3′UTR represses it, as it does the
    gene it is named with in an axis ("the miR-21/PTEN axis").

    >>> from kg.model import Entity
    >>> s = "miR-21 binds to the 3'-UTR of PTEN."
    >>> ms = [Mention(0, 6, "miR-21", Entity("miR-21", "miR-21", "MicroRNA"), "lexicon"),
    ...       Mention(30, 34, "PTEN", Entity("PTEN", "PTEN", "GeneOrProtein"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in utr_claims(s, ms)]
    [('miR-21', 'decreases', 'PTEN')]
    """
    out: list[Claim] = []
    genes = ("GeneOrProtein", "CytokineOrGrowthFactor")
    for m, g in zip(mentions, mentions[1:]):
        if m.entity.type == "MicroRNA" and g.entity.type in genes and (_UTR_OF.fullmatch(sentence, m.end, g.start) or (
                (_BINDS_TO.fullmatch(sentence, m.end, g.start) or _BINDING_OF.search(sentence, max(0, m.start - 20), m.start)
                 and _TO.fullmatch(sentence, m.end, g.start)) and not NEGATION.search(sentence, 0, m.start))):
            out.append(Claim(m, "decreases", g, m.start, g.end, 0.7))
        # "PTEN was identified as a miR-25b-3p target gene": the miRNA named inside "a ... target"
        if m.entity.type in genes and g.entity.type == "MicroRNA" and _AS_A.fullmatch(sentence, m.end, g.start) \
                and (target := _TARGET_WORD.match(sentence, g.end)):
            out.append(Claim(g, "decreases", m, m.start, target.end(), 0.7))
    # "the miR-22-3p/NLRP3/IL-1β axis": the miRNA represses the gene after its slash, and each gene acts on the next
    # one in a way the name does not sign
    for k, m in enumerate(mentions):
        chain = m.entity.type == "MicroRNA"
        for a, b in zip(mentions[k:], mentions[k + 1 :]) if chain else ():
            if sentence[a.end : b.start] != "/" or b.entity.type not in (*genes, "Pathway"):
                break
            out.append(Claim(a, "decreases" if a is m else "regulates", b, a.start, b.end, 0.6))
    return out


# "the binding of miR-145-5p to ACVR2A", "miR-21 directly binds to PTEN": the transcript, not its 3'UTR, named
_BINDS_TO = re.compile(r"\s+(?:(?:directly|specifically|could|can)\s+)?(?:binds?|bound|binding)\s+(?:(?:directly|specifically)\s+)?"
                       r"to\s+(?:the\s+)?(?:(?:mRNA|transcripts?)\s+of\s+)?$", re.I)
_BINDING_OF = re.compile(r"\bbinding\s+(?:of\s+)?(?:the\s+)?$", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?")


_AS_A = re.compile(r"\s+(?:was|were|is|are)\s+(?:\w+\s+){0,2}?(?:as|to\s+be)\s+(?:a|an|the)\s+"
                   r"(?:(?:direct|potential|putative|downstream|functional)\s+)?", re.I)
_TARGET_WORD = re.compile(r"\s+target(?:\s+genes?)?\b", re.I)


# "MSC exosomes had therapeutic effects on lupus nephritis", "BMSC-Exos play a protective role in DR",
# "exosomes are an effective therapy for SCI", "promising candidates for IBD treatment", "have shown great
# promise for SUI treatment", "serve as a promising therapeutic agent in SE", "X-based therapy is considered
# an effective treatment for NAFLD", "had therapeutic effects in a mouse model of EAU", "may be a promising
# treatment strategy for SCI", "have emerged as potential therapies for diabetic wounds"
# the animals a disease model is made in ("a mouse model of EAU", "in an AD mice model")
_ANIMAL = r"mouse|rat|rodent|murine|animal"
_ANIMAL_WORD = r"(?:mice|" + _ANIMAL + r")"
_THERAPEUTIC = r"(?:therapeutic|protective|beneficial|curative|ameliorative|effective|promising|analgesic|antinociceptive|rescuing|restorative|reparative|[a-z]+protective|[a-z]+therapeutic|antioxidant|antioxidative|anti-[a-z]+)"
# "neuroprotection", "cardioprotection": a therapy word of its own ("promote neuroprotection in models of glaucoma")
_PROTECTION = re.compile(r"[a-z]*protection", re.I)
_THERAPY_GAP = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:[\s-]+based\s+therap(?:y|ies))?(?:\s+(?:administration|treatment|injection|infusion|transplantation))?\s+"
    r"(?:\w+ly\s+|also\s+|thus\s+|could\s+|can\s+|may\s+|might\s+|to\s+|ha(?:ve|s|d)\s+been\s+|be(?:en)?\s+|(?:is|are)\s+(?=\w+ly\s|considered))*"
    r"(?:ha(?:d|s|ve)(?:\s+(?=shown\b))?|show(?:s|ed|n)?|exert(?:s|ed)?|elicit(?:s|ed)?|exhibit(?:s|ed)?|display(?:s|ed)?|demonstrated|play(?:s|ed)?|"
    r"provide[sd]?|confer(?:s|red)?|is|are|was|were|be|represent(?:s|ed)?|hold(?:s)?|offer(?:s|ed)?|serve[sd]?\s+as|as|promote[sd]?|"
    r"considered(?:\s+as)?|(?:reported|proven|proved|found)(?=\s+to\s+be\b)|(?:ha(?:ve|s|d)\s+)?emerge[sd]?\s+as)\s+(?:shown\s+)?(?:to\s+be\s+)?(?:thus\s+|therefore\s+|hence\s+)?"
    r"(?:a\s+|an\s+|the\s+|their\s+|its\s+)?(?:(?:potent|potential|significant|strong|great|promising|novel|effective|"
    r"important|critical|key|marked|remarkable|new|good|emergent|emerging|alternative|viable|attractive|feasible|safe)\s+)*"
    r"(?:(?:[a-z]+-[a-z]+\s+|[a-z-]+,?\s+and\s+)?" + _THERAPEUTIC + r"\s+"  # ("a cell-free therapeutic strategy", "antioxidant and anti-...")
    r"(?:effects?|roles?|potential|capacity|efficacy|value|benefits?|properties|candidates?|agents?|options?|"
    r"strateg(?:y|ies)|treatments?|therap(?:y|ies)|tools?|approach(?:es)?|methods?)"
    r"|(?:treatments?|therap(?:y|ies))(?:\s+(?:strateg(?:y|ies)|options?|approach(?:es)?|agents?|tools?|modalit(?:y|ies)))?"
    r"|therapeutics?|remed(?:y|ies)|" + _PROTECTION.pattern + r"|promise(?:\s+as\s+[^,;()]{3,40}?)?"  # "a potential treatment for NAFLD"
    # a quality said of the agent itself: "have been reported to be effective in a mouse model of BPD"
    r"|(?:(?<=\sbe\s)|(?<=\sis\s)|(?<=\sare\s))(?:highly\s+|very\s+)?(?:effective|protective|beneficial|therapeutic|useful))\s+"
    r"(?:on|in|against|for|to|toward|towards)\s+(?:the\s+)?(?:(?:treatment|repair|management)\s+of\s+|treating\s+|experimental\s+"
    r"|(?:patients|mice|rats|animals|individuals)\s+with\s+)?"  # ("a new therapeutic option for patients with colitis")
    # the disease named among others: "for a variety of diseases including bone fracture"
    r"(?:(?:an?\s+(?:variety|range|number)\s+of\s+|many\s+|several\s+|various\s+|other\s+)(?:[a-z]+\s+)?"
    r"(?:diseases|disorders|conditions|injuries)\s*,?\s+(?:including|such\s+as|like)\s+)?"
    r"(?:(?:(?:an?|two|three|several|both)\s+)?(?:(?:" + _ANIMAL + r"|experimental)\s+)?models?\s+of\s+(?:experimental\s+)?)?"
    r"(?:(?:traumatic|acute|chronic|severe|refractory|advanced)\s+)?(?:type\s+\d\s+)?$", re.I)  # ("for traumatic SCI")
_FROM = re.compile(r"\s+(?:from|of|derived\s+from)\s+(?:the\s+)?")
_TRAIT = re.compile(r"(?:density|mass|weight|volume|function|levels?|counts?|length|scores?|strength|rates?|integrity|"
                    r"capacity|ability|survival|growth|performance)$", re.I)
_THERAPIST = ("ExtracellularVesicle", "CellType", "MicroRNA", "GeneOrProtein", "Molecule")
# the same claim as a noun phrase: "Protective effect of BMSC-exos against ...", "the healing effects of ADSC-Exos on tendon injury"
_EFFECT_OF = re.compile(r"(?<![\w-])(?:therapeutic|protective|beneficial|curative|healing|analgesic|rescuing|restorative|inhibitory|[a-z]+protective)\s+"
                        r"(?:effects?|roles?|efficacy|potential)(?:\s+and\s+(?:[a-z]+\s+)?mechanisms?)?\s+of\s+(?:the\s+)?$", re.I)
_ON = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:on|against|in)\s+(?:the\s+)?(?:(?:onset|development|progression)\s+of\s+(?:the\s+)?)?(?:experimental\s+)?", re.I)
# a harm the therapy lowers, where the object is no disease: "a protective effect on muscle damage"
_HARM = re.compile(r"(?:damage|injur(?:y|ies)|toxicity|loss|death|apoptosis|degeneration|dysfunction|atrophy|pain)$", re.I)
# a phrase set between commas after the agent, renaming it ("Exosomes, as byproducts of MSCs, are ..."), and its end
_APPOSED = re.compile(r"\s*,\s+(?:as|being|a|an|the|both)\s+[^,;]{1,90}", re.I)
_SHUT = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,(?=\s)")  # (past the agent's short form)


def therapy_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """ "MSC exosomes had therapeutic effects on lupus nephritis": the subject ameliorates the disease.

    >>> from kg.model import Entity
    >>> s = "MSC exosomes had therapeutic effects on lupus nephritis."
    >>> ms = [Mention(0, 12, "MSC exosomes", Entity("e", "MSC exosome", "Exosome"), "lexicon"),
    ...       Mention(40, 55, "lupus nephritis", Entity("ln", "lupus nephritis", "DiseaseOrInjury"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in therapy_claims(s, ms, Ontology.load())]
    [('MSC exosomes', 'ameliorates', 'lupus nephritis')]
    """
    out: list[Claim] = []
    for i, d in enumerate(mentions):
        disease = ontology.is_a(d.entity.type, "DiseaseOrInjury")
        # a condition a therapy treats is one it lowers ("a promising therapy for stress urinary incontinence"),
        # a measure of health is not ("protective effects on bone mineral density" do not lower it)
        condition = d.entity.type == "Phenotype" and not _TRAIT.search(d.text)
        if i == 0 or not (disease or condition or d.entity.type == "BiologicalProcess" and _HARM.search(d.text)):
            continue
        j = i - 1
        while j >= 0 and (mentions[j].entity.type == "Intervention" or _PROTECTION.fullmatch(mentions[j].text)
                          or inducer_after(sentence, mentions[j].end) == "induced"):
            j -= 1  # "an effective therapy for", "promote neuroprotection in": the therapy word names no agent
            # (nor the drug that made the disease: "a therapeutic effect in doxorubicin-induced cardiomyopathy")
        if j > 0 and sentence[mentions[j - 1].end : mentions[j].start].strip() == "(" \
                and sentence[mentions[j].end : mentions[j].end + 1] == ")":
            j -= 1  # "exosomes from hucMSCs (hucMSC-ex) have a therapeutic effect": the phrase its short form names
        if j < 0 or not any(ontology.is_a(mentions[j].entity.type, t) for t in _THERAPIST) \
                or _ROLE_OF.search(sentence, max(0, mentions[j].start - 30), mentions[j].start):
            continue  # ("activators of Nrf2 have emerged as potential therapies": the activators are, not Nrf2)
        s = mentions[j]
        if j and ontology.is_a(s.entity.type, "CellType") and ontology.is_a(mentions[j - 1].entity.type, "ExtracellularVesicle") \
                and _FROM.fullmatch(sentence, mentions[j - 1].end, s.start):
            s = mentions[j - 1]  # "exosomes from hucMSCs have a therapeutic effect": the vesicles do
        first = min([s, *listed_before(sentence, mentions, j)], key=lambda m: m.start).start  # ("of iPSC-MSCs and their EVs on the onset of D")
        effect = _EFFECT_OF.search(sentence, max(0, first - 70), first) and _ON.fullmatch(sentence, mentions[j].end, d.start)
        # ("effects against UV radiation-induced DNA damage": the gap ends at the inducer the loop above stepped over)
        stop = next((mentions[k].start for k in range(j + 1, i) if inducer_after(sentence, mentions[k].end) == "induced"), d.start)
        gap = _THERAPY_GAP.fullmatch(sentence, mentions[j].end, stop)
        if not gap and (renamed := _renamed_agent(sentence, mentions, j, ontology)) is not None:
            # "Exosomes, as byproducts of hUC-MSCs, are an effective therapy for SCI": the exosomes are, not the cells
            j, after = renamed
            gap, s = _THERAPY_GAP.fullmatch(sentence, after, stop), mentions[j]
        if (gap or effect) and not NEGATION.search(sentence, s.end, d.start):
            # ("protective effects of MSC-EVs on endothelial damage, vascular permeability and fibrosis": on each;
            # "effects against DNA damage and apoptosis": on each harm)
            agents = [s] + [a for a in listed_before(sentence, mentions, j)
                            if any(ontology.is_a(a.entity.type, t) for t in _THERAPIST)]
            for x in coordinated_with(sentence, mentions, i):  # ("MSCs and their exosomes may be useful in ...": each)
                if x is d or (x.entity.type in ("BiologicalProcess", "Phenotype", "DiseaseOrInjury") if effect else
                              ontology.is_a(x.entity.type, "DiseaseOrInjury") or _HARM.search(x.text)):
                    out += [Claim(a, "ameliorates" if ontology.is_a(x.entity.type, "DiseaseOrInjury") else "decreases",
                                  x, a.start, x.end, 0.6) for a in agents]
    return out


def _renamed_agent(sentence: str, mentions: list[Mention], j: int, ontology: Ontology) -> tuple[int, int] | None:
    """(index of the agent, end of the phrase renaming it) where mention *j* ends a phrase set between commas after an
    agent ("Exosomes, as byproducts of hUC-MSCs (hUC-MSCs), are ..."), else None."""
    shut = _SHUT.match(sentence, mentions[j].end)
    if shut is None:
        return None
    k = next((k for k in range(j - 1, -1, -1) if any(ontology.is_a(mentions[k].entity.type, t) for t in _THERAPIST)
              and _APPOSED.fullmatch(sentence, mentions[k].end, mentions[j].start)), None)
    return None if k is None else (k, shut.end())


# "exosomes improved cognition ... in an Alzheimer's disease mouse model", "sEVs improved alveolarization in a
# rat BPD model": a benefit the vesicles bring in a model of a disease is a treatment of that disease
_IN_A = re.compile(r"\bin\s+(?:an?\s+|the\s+|our\s+)?(?:(?:mice|" + _ANIMAL + r"|experimental)\s+)?$", re.I)
_WITH_DISEASE = re.compile(r"\bin\s+(?:the\s+)?(?:mice|rats|animals|pups|patients)\s+with\s+(?:experimental\s+|induced\s+)?$", re.I)
_MODEL = re.compile(r"\s+(?:(?:" + _ANIMAL_WORD + r"\s+)?models?|mice|rats)\b", re.I)  # ("in DED mice")
# "In experimental autoimmune myocarditis, EVs attenuate ...": the disease set before the sentence's subject
_FRONTED = re.compile(r"^\s*(?:(?:Moreover|Furthermore|Finally|Additionally|Also),?\s+)?[Ii]n\s+(?:(?:the|an?|experimental)\s+)?$")
_FRONTED_END = re.compile(r"(?:\s+(?:" + _ANIMAL_WORD + r"\s+)?(?:models?|mice|rats))?\s*,\s*", re.I)
_MODEL_OF = re.compile(r"\bin\s+(?:an?\s+|the\s+)?(?:" + _ANIMAL_WORD + r"\s+)?models?\s+of\s+(?:experimental\s+)?$", re.I)
# the vesicles are the verb's subject: it follows them at once ("hucMSC-sEVs significantly improved")
_BENEFIT = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s+(?:\w+ly\s+|also\s+|ha(?:ve|s|d)\s+|could\s+|can\s+|may\s+|be\s+used\s+to\s+)*"
                      r"(?:improv|alleviat|attenuat|ameliorat|rescu|restor|protect|reliev|mitigat)\w*", re.I)


def model_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """ "Exosomes improved cognition in an AD mouse model" (or "in a mouse model of AD", "in AD mice", or the
    disease set first: "In experimental myocarditis, EVs attenuate ..."): the vesicles ameliorate the disease modelled.

    >>> from kg.model import Entity
    >>> s = "Exosomes improved cognition in an AD mouse model."
    >>> ms = [Mention(0, 8, "Exosomes", Entity("e", "exosome", "Exosome"), "lexicon"),
    ...       Mention(18, 27, "cognition", Entity("c", "cognition", "BiologicalProcess"), "lexicon"),
    ...       Mention(34, 36, "AD", Entity("ad", "Alzheimer disease", "DiseaseOrInjury"), "abbreviation")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in model_claims(s, ms, Ontology.load())]
    [('Exosomes', 'ameliorates', 'AD')]
    """
    out: list[Claim] = []
    for i, d in enumerate(mentions):
        if ontology.is_a(d.entity.type, "DiseaseOrInjury") and _FRONTED.match(sentence[: d.start]) \
                and (gap := _FRONTED_END.match(sentence, d.end)) and i + 1 < len(mentions):
            v = mentions[i + 1]
            if v.start == gap.end() and ontology.is_a(v.entity.type, "ExtracellularVesicle") \
                    and (benefit := _BENEFIT.match(sentence, v.end)) and not NEGATION.search(sentence, v.end, benefit.end()):
                out.append(Claim(v, "ameliorates", d, d.start, benefit.end(), 0.6))
            continue
        if not (ontology.is_a(d.entity.type, "DiseaseOrInjury")
                and (_MODEL.match(sentence, d.end) and _IN_A.search(sentence, max(0, d.start - 30), d.start)
                     or _MODEL_OF.search(sentence, max(0, d.start - 40), d.start)  # "in rat model of BPD"
                     or _WITH_DISEASE.search(sentence, max(0, d.start - 40), d.start)  # "in mice with myocardial infarction"
                     or re.search(r"\bin\s+experimental\s+$", sentence[max(0, d.start - 20) : d.start]))):  # "in experimental NEC"
            continue
        s = _vesicles_before(mentions, i, ontology)
        if s is not None and _BENEFIT.match(sentence, s.end, d.start) and not NEGATION.search(sentence, s.end, d.start):
            out.append(Claim(s, "ameliorates", d, s.start, d.end, 0.6))
    return out


def _vesicles_before(mentions: list[Mention], i: int, ontology: Ontology) -> Mention | None:
    """The last vesicles named before mention ``i``, if any."""
    return next((m for m in reversed(mentions[:i]) if ontology.is_a(m.entity.type, "ExtracellularVesicle")), None)


# "exosomes improved cognition by delivery of circ-Epc1", "... through the transfer of miR-21 to neurons"
_DELIVERY_OF = re.compile(r"\b(?:by|through|via)\s+(?:the\s+)?(?:delivery|delivering|transfer|transferring|"
                          r"shuttling|transport)\s+(?:of\s+)?(?:the\s+)?(?:exosomal\s+)?$", re.I)


def delivery_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """ "Exosomes improved cognition by delivery of circ-Epc1": the vesicles named before deliver it.

    >>> from kg.model import Entity
    >>> s = "ADSC exosomes improved cognition by delivery of circ-Epc1."
    >>> ms = [Mention(0, 13, "ADSC exosomes", Entity("e", "ADSC exosome", "Exosome"), "lexicon"),
    ...       Mention(23, 32, "cognition", Entity("c", "cognition", "BiologicalProcess"), "lexicon"),
    ...       Mention(48, 57, "circ-Epc1", Entity("ce", "circ-Epc1", "Molecule"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in delivery_claims(s, ms, Ontology.load())]
    [('ADSC exosomes', 'delivers', 'circ-Epc1')]
    """
    out: list[Claim] = []
    for i, c in enumerate(mentions):
        if c.entity.type not in CARGO_TYPES or not _DELIVERY_OF.search(sentence, max(0, c.start - 40), c.start):
            continue
        v = _vesicles_before(mentions, i, ontology)
        if v is not None:
            out.append(Claim(v, "delivers", c, v.start, c.end, 0.6))
    # "transferred miR-140-5p into microglia", "miR-328a-3p can be transferred from BMMSC to fibroblasts": the
    # cells the cargo was brought into take it up
    for i, c in enumerate(mentions):
        if c.entity.type not in CARGO_TYPES:
            continue
        moving = _MOVING.search(sentence, max(0, c.start - 40), c.start)
        cells = next((m for m in mentions[i + 1 : i + 3] if ontology.is_a(m.entity.type, "CellType") and (
            moving and _MOVED_INTO.fullmatch(sentence, c.end, m.start) or _CARRIED_INTO.fullmatch(sentence, c.end, m.start))), None)
        if cells is not None:
            out.append(Claim(c, "taken_up_by", cells, c.start, cells.end, 0.6))
            # "USP7 was delivered to recipient cells by MSC exosomes": the vesicles after "by" deliver it
            by = next((m for m in mentions if m.start > cells.end and _BY_VESICLES.fullmatch(sentence, cells.end, m.start)
                       and ontology.is_a(m.entity.type, "ExtracellularVesicle")), None)
            if by is not None:
                out.append(Claim(by, "delivers", c, c.start, by.end, 0.6))
    # "HUVECs took up the EVs" and "the uptake of the EVs by HUVECs": the cells take the vesicles up
    for a, b in zip(mentions, mentions[1:]):
        cells, vesicles = (a, b) if _TOOK_UP.fullmatch(sentence, a.end, b.start) else (b, a) if (
            _UPTAKE_OF.search(sentence, max(0, a.start - 20), a.start) and _BY_VESICLES.fullmatch(sentence, a.end, b.start)) else (None, None)
        if cells is not None and ontology.is_a(cells.entity.type, "CellType") and ontology.is_a(vesicles.entity.type, "ExtracellularVesicle"):
            out.append(Claim(vesicles, "taken_up_by", cells, a.start, b.end, 0.6))
    return out


_MOVE = r"(?:transferr|deliver|shuttl|transport)"  # the verbs that bring a cargo somewhere, without their ending
_RECIPIENT = r"(?:the\s+)?(?:recipient\s+|target\s+)?"
_MOVING = re.compile(rf"(?<![\w-]){_MOVE}(?:ed|ing)\s+(?:the\s+)?(?:exosomal\s+)?$", re.I)
_BY_VESICLES = re.compile(r"\s+(?:by|via)\s+(?:the\s+)?")
_TOOK_UP = re.compile(r"\s+(?:\w+ly\s+)?(?:took\s+up|take\s+up|takes\s+up|internali[sz]ed|engulfed|endocytosed)\s+(?:the\s+)?", re.I)
_UPTAKE_OF = re.compile(r"\b(?:uptake|internali[sz]ation|endocytosis)\s+of\s+(?:the\s+)?$", re.I)
_MOVED_INTO = re.compile(rf"\s+into\s+{_RECIPIENT}")  # (a cargo delivered "to" cells may stay outside)
_CARRIED_INTO = re.compile(rf"\s+(?:(?:can|could|was|were|is|are)\s+)?(?:be\s+)?{_MOVE}ed"
                           rf"\s+(?:from\s+(?:the\s+)?[\w-]+\s+)?(?:in)?to\s+{_RECIPIENT}", re.I)


# "Activation of Wnt signaling by AFSC-EVs attenuates injury": the act named before its agent
_ACT_OF = re.compile(r"\b(?:activation|up-?regulation|induction|stimulation|(inhibition|suppression|repression"
                     r"|down-?regulation|blockade))\s+of\s+(?:the\s+)?$", re.I)
_BY_AGENT = re.compile(r"\s+(?:(?:signal(?:l)?ing|pathway|expression)\s+)?by\s+(?:the\s+)?", re.I)
_REL_OF = {"ameliorates": "decreases", "decreases": "decreases", "increases": "increases", "regulates": "regulates"}


def agent_claims(sentence: str, mentions: list[Mention], claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """ "Activation of Wnt signaling by AFSC-EVs attenuates intestinal injury": what the act does, its
    agent does too (the EVs attenuate the injury), besides the act's own object (Wnt signalling).

    >>> from kg.model import Entity
    >>> s = "Activation of Wnt by EVs attenuates injury"
    >>> E = lambda i, t: Entity(i, i, t)
    >>> ms = [Mention(14, 17, "Wnt", E("Wnt", "Pathway"), "lexicon"), Mention(21, 24, "EVs", E("EV", "ExtracellularVesicle"), "lexicon"),
    ...       Mention(36, 42, "injury", E("injury", "DiseaseOrInjury"), "lexicon")]
    >>> c = Claim(ms[0], "ameliorates", ms[2], 14, 42, 0.8)
    >>> [(x.subject.text, x.predicate, x.object.text) for x in agent_claims(s, ms, [c], Ontology.load())]
    [('EVs', 'ameliorates', 'injury')]
    >>> s = "Inhibition of PTEN by miR-21 promotes regrowth"
    >>> ms = [Mention(14, 18, "PTEN", E("PTEN", "GeneOrProtein"), "lexicon"), Mention(22, 28, "miR-21", E("miR-21", "MicroRNA"), "lexicon"),
    ...       Mention(38, 45, "regrowth", E("regrowth", "BiologicalProcess"), "lexicon")]
    >>> c = Claim(ms[0], "decreases", ms[2], 14, 45, 0.8)
    >>> [(x.subject.text, x.predicate, x.object.text) for x in agent_claims(s, ms, [c], Ontology.load())]
    [('miR-21', 'increases', 'regrowth')]
    """
    out: list[Claim] = []
    have = {(c.subject.entity.id, c.predicate, c.object.entity.id) for c in claims}
    for c in claims:
        s, o = c.subject, c.object
        act = _ACT_OF.search(sentence, max(0, s.start - 40), s.start) if c.predicate in _REL_OF and o.start > s.end else None
        if act is None:
            continue
        agent = next((m for m in mentions if m.start >= s.end and _BY_AGENT.fullmatch(sentence, s.end, m.start)), None)
        if agent is None or agent.end > o.start or agent.entity.id in (s.entity.id, o.entity.id):
            continue
        # the claim about an inhibited thing has the verb's sign turned; its inhibitor's has the verb's own
        p = predicate_for(_REL_OF[c.predicate], agent, o, ontology, -1 if act.group(1) else 1)
        if p and (agent.entity.id, p, o.entity.id) not in have:
            have.add((agent.entity.id, p, o.entity.id))
            out.append(Claim(agent, p, o, min(c.start, agent.start), max(c.end, o.end), round(c.confidence - 0.1, 2)))
    return out


# "exosomes deliver miR-210 to attenuate apoptosis": what the vesicles do by the cargo, the cargo does
_TO_VERB = re.compile(r"\s+(?:\([^()]*\)\s+)?(?:in\s+order\s+)?to\s+(?:\w+ly\s+)?(?=\w)", re.I)
# ... also after the place it is brought to: "transferred miR-140-5p into microglia to downregulate ALK5"
_PLACE_TO_VERB = re.compile(r"\s+(?:into|to)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?to\s+(?:\w+ly\s+)?(?=\w)", re.I)
# "miR-199a could target GREM1 to ...": a gene lowered for a purpose
_TARGETING = re.compile(r"\s+(?:\w+\s+){0,2}?target(?:s|ed|ing)?\s+(?:the\s+)?", re.I)


def cargo_purpose_claims(sentence: str, claims: list[Claim], ontology: Ontology) -> list[Claim]:
    """ "Exosomes transfer miR-186 to promote osteogenesis": the vesicles promote it, and so does the
    miRNA they transfer for that purpose (a cargo "to" a place, "miR-21 to neurons", names no purpose).

    >>> from kg.model import Entity
    >>> s = "Exosomes transfer miR-186 to promote osteogenesis."
    >>> E = lambda i, t: Entity(i, i, t)
    >>> ms = [Mention(0, 8, "Exosomes", E("exo", "Exosome"), "lexicon"), Mention(18, 25, "miR-186", E("miR-186", "MicroRNA"), "lexicon"),
    ...       Mention(37, 49, "osteogenesis", E("osteogenesis", "BiologicalProcess"), "lexicon")]
    >>> cs = [Claim(ms[0], "delivers", ms[1], 0, 25, 0.8), Claim(ms[0], "increases", ms[2], 0, 49, 0.8)]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in cargo_purpose_claims(s, cs, Ontology.load())]
    [('miR-186', 'increases', 'osteogenesis')]
    """
    out: list[Claim] = []
    have = {(c.subject.entity.id, c.predicate, c.object.entity.id) for c in claims}
    for d in claims:
        # "to attenuate", not "to neurons" (but "into neurons to attenuate")
        # ... or a gene targeted to do a thing: "miR-199a targets GREM1 to inactivate TGF-β" (GREM1 raises TGF-β)
        targeted = d.predicate == "decreases" and bool(_TARGETING.fullmatch(sentence, d.subject.end, d.object.start))
        to = next((t for rx in (_TO_VERB, _PLACE_TO_VERB) if (t := rx.match(sentence, d.object.end))
                   and TRIGGER_RX.match(sentence, t.end())), None) if d.predicate in ("delivers", "carries") or targeted else None
        if to is None:
            continue
        for c in claims:
            # what the vesicles do for that purpose, the cargo does; and what the parse gave the cargo, the vesicles do
            by, to_who = (d.object, d.subject) if c.subject.entity.id == d.object.entity.id and not targeted else (d.subject, d.object)
            if c.subject.entity.id != by.entity.id or c.predicate not in _REL_OF or c.object.start < to.end() \
                    or c.object.entity.id in (d.object.entity.id, d.subject.entity.id):
                continue
            p = predicate_for(_REL_OF[c.predicate], to_who, c.object, ontology, -1 if targeted else 1)
            if p and (to_who.entity.id, p, c.object.entity.id) not in have:
                have.add((to_who.entity.id, p, c.object.entity.id))
                out.append(Claim(to_who, p, c.object, to_who.start, max(c.end, c.object.end), round(c.confidence - 0.1, 2)))
    return out


_LISTED_GAP = re.compile(r"\s*,?\s*(?:or|and)\s+|\s*,\s*")


def induced_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """ "IL-6-induced acute liver injury": the inducer increases what it induced; "AMI or hypoxia-induced X": each does;
    so do the agents a model of a disease is made with ("a rat model of T2DM using streptozotocin"), a disease of
    which another is a complication ("DPN is a complication of diabetes") and a drug of its toxicity ("the
    reproductive toxicity of cyclophosphamide").

    >>> from kg.model import Entity
    >>> s = "AMI or hypoxia-induced apoptosis"
    >>> ms = [Mention(0, 3, "AMI", Entity("AMI", "AMI", "DiseaseOrInjury"), "lexicon"),
    ...       Mention(7, 14, "hypoxia", Entity("hypoxia", "hypoxia", "Intervention"), "pattern"),
    ...       Mention(23, 32, "apoptosis", Entity("apoptosis", "apoptosis", "BiologicalProcess"), "lexicon")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in induced_claims(s, ms, Ontology.load())]
    [('AMI', 'increases', 'apoptosis'), ('hypoxia', 'increases', 'apoptosis')]
    """
    out: list[Claim] = []
    for i, (a, b) in enumerate(zip(mentions, mentions[1:])):
        listed = listed_inducer(sentence, a.end, ontology.is_a(a.entity.type, "ProcessOrPhenotype"))
        if not (INDUCED_GAP.fullmatch(sentence, a.end, b.start) or listed and listed.end() == b.start):
            continue
        k = i  # back over inducers listed before one glued to "-induced" ("AMI or hypoxia-induced"; in "A and B-mediated C" A mediates
        # nothing, nor does a process: "reduced apoptosis and LPS-induced X"); after a comma only one of its kind ("LPS worsened injury, and LPS-induced IL-6")
        while k > 0 and "ediated" not in sentence[a.end : b.start] and not ontology.is_a((p := mentions[k - 1]).entity.type, "ProcessOrPhenotype") \
                and (gap := _LISTED_GAP.fullmatch(sentence, p.end, mentions[k].start)) and ("," not in gap.group() or kin(ontology, p.entity.type, mentions[k].entity.type)):
            k -= 1
        j = i + 1  # ... and on over what it induced, listed after ("LPS-induced IL-6, TNF-α and IL-1β")
        while j + 1 < len(mentions) and _LISTED_GAP.fullmatch(sentence, mentions[j].end, mentions[j + 1].start) \
                and kin(ontology, mentions[j + 1].entity.type, b.entity.type) and not TRIGGER_RX.match(sentence, mentions[j + 1].end + 1):
            j += 1
        for inducer, induced in ((x, y) for x in mentions[k : i + 1] for y in mentions[i + 1 : j + 1]):
            pred = predicate_for("increases", inducer, induced, ontology, 1)
            if pred is None and ontology.is_a(induced.entity.type, "DiseaseOrInjury"):
                pred = "increases"  # an injury model: the agent causes the injury (not a claim that it "improves" it)
            if pred is not None and inducer.entity.id != induced.entity.id:
                out.append(Claim(inducer, pred, induced, inducer.start, induced.end, 0.6))
    for i, d in enumerate(mentions[:-1]):
        made = _MADE_WITH.match(sentence, d.end) if ontology.is_a(d.entity.type, "DiseaseOrInjury") else None
        if made and (not made.group("model") or _MODEL_BEFORE.search(sentence, max(0, d.start - 30), d.start)):
            agent = next((k for k in range(i + 1, len(mentions)) if mentions[k].start == made.end()), None)
            for x in coordinated_with(sentence, mentions, agent) if agent is not None else []:
                if (x.entity.type in ("Molecule", "Intervention") or x.entity.type in _INSULTS and not made.group("model")) \
                        and not NEGATION.search(sentence, d.end, x.start):  # ("induced through inflammation and hypoxia-ischemia")
                    out.append(Claim(x, "increases", d, d.start, x.end, 0.6))
    for a, b in zip(mentions, mentions[1:]):
        # "DPN is one of the most prevalent chronic complications of diabetes", "hindlimb ischemia is a severe
        # consequence of peripheral artery disease": the second disease brings on the first
        if ontology.is_a(a.entity.type, "DiseaseOrInjury") and ontology.is_a(b.entity.type, "DiseaseOrInjury") \
                and _COMPLICATION_OF.fullmatch(sentence, a.end, b.start):
            out.append(Claim(b, "increases", a, a.start, b.end, 0.6))
        # "the reproductive toxicity of cyclophosphamide", "the cardiotoxicity of doxorubicin": the drug's harm
        if _TOXICITY.search(a.text) and _OF_AGENT.fullmatch(sentence, a.end, b.start) \
                and b.entity.type in ("Molecule", "Intervention") and a.entity.type in ("DiseaseOrInjury", "Phenotype"):
            out.append(Claim(b, "increases", a, a.start, b.end, 0.6))
    return out


# the agent a disease model is made with: "a rat model of T2DM using a high-fat diet and streptozotocin",
# "Diabetes was induced in rats with streptozotocin" ("... induced by X" the passive rules read)
# ("a mouse model with asthma was induced by ovalbumin", "ED was induced in Sprague Dawley (SD) rats using CIH")
_INSULTS = ("BiologicalProcess", "DiseaseOrInjury")  # what a model is induced through, besides agents and procedures
_MODEL_BEFORE = re.compile(r"\bmodels?\s+(?:of|with)\s+(?:experimental\s+)?$", re.I)
_MADE_WITH = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:mouse\s+|rat\s+|animal\s+)?models?)?\s+(?:(?:was|were)\s+"
                        r"(?:induced|established|created|generated|made|built|constructed)\s+(?:in\s+(?:[\w-]+\s+){1,3}(?:\([^()]{1,12}\)\s+)?(?:\w+\s+)?)?"
                        r"(?:with|using|through|via|by)|(?P<model>using|by|with|through|via))\s+(?:an?\s+|the\s+)?"
                        r"(?:(?:single\s+|repeated\s+|daily\s+)?(?:intraperitoneal\s+|subcutaneous\s+|intravenous\s+)?"
                        r"(?:injections?|administration|treatment|exposure)\s+(?:of|with|to)\s+(?:an?\s+|the\s+)?)?", re.I)
_COMPLICATION_OF = re.compile(r"\)?(?:\s*\([^()]{1,20}\))?\s+(?:is|are|was|were|represents?|remains?)\s+(?:one\s+of\s+)?(?:the\s+|an?\s+)?"
                              r"(?:[a-z-]+\s+){0,3}(?:complications?|consequences?|sequelae|sequela)\s+of\s+(?:the\s+)?", re.I)
_TOXICITY = re.compile(r"toxicit(?:y|ies)$", re.I)
_OF_AGENT = re.compile(r"\s+of\s+(?:the\s+)?")


# An agent named with its role: "the PI3K inhibitor LY294002", "a known stimulator of autophagy
# (rapamycin)", "rapamycin, an mTOR inhibitor,", "miR-92a-3p may act as a Wnt inhibitor": the agent
# lowers (an inhibitor, antagonist, blocker) or raises (an activator, agonist, stimulator, inducer) the target.
_ROLE = r"(?P<role>(?P<down>inhibitors?|antagonists?|blockers?)|activators?|agonists?|stimulators?|inducers?)\b"
_QUALITY = (r"(?:(?:known|specific|selective|potent|classic(?:al)?|natural|novel|well-known|widely\s+used|competitive|"
            r"pharmacological|chemical|small[\s-]molecule|endogenous|direct|effective|powerful|strong|negative|positive)\s+)*")
_TARGET_ROLE = re.compile(r"\s+" + _ROLE + r"\s*[,(]?\s*", re.I)  # target, role, agent: "the PI3K inhibitor LY294002"
_ROLE_OF = re.compile(_ROLE + r"\s+of\s+(?:the\s+)?$", re.I)  # "a stimulator of autophagy (rapamycin)"
_THEN_AGENT = re.compile(r"\s*[,(]\s*")
# the agent, then its role: "rapamycin, an mTOR inhibitor", "LY294002 (a PI3K inhibitor)", "may act as a
# Wnt inhibitor", "is an activator of autophagy"
_AGENT_IS = (r"(?:\s*[,(]\s*|\s+(?:(?:may|might|could|can|to|also)\s+)*(?:acts?|acted|acting|functions?|functioned|functioning|"
             r"serves?|served|serving|works?|worked)\s+as\s+|\s+(?:is|was|are|were)\s+)(?:an?\s+|the\s+)?" + _QUALITY)
_AGENT_BEFORE = re.compile(_AGENT_IS, re.I)
_AGENT_ROLE_OF = re.compile(_AGENT_IS + _ROLE + r"\s+of\s+(?:the\s+)?", re.I)
_ROLE_AFTER = re.compile(r"\s+" + _ROLE, re.I)
_ANY_ROLE = re.compile(r"(?:inhibitor|antagonist|blocker|activator|agonist|stimulator|inducer)s?\b|\s(?:effects?|roles?|actions?|"
                       r"influences?)\s+of\s", re.I)
# "the inhibitory effect of miR-29a (from hADSC exosomes) on scar formation": a role said as an effect
_EFFECT_ROLE = re.compile(r"(?:(?P<down>inhibitory|suppressive|repressive|negative)|promoting|promotive|stimulatory|positive|"
                          r"enhancing|facilitating)\s+(?:effects?|roles?|actions?|influences?)\s+of\s+(?:the\s+)?$", re.I)
_ON_TARGET = re.compile(r"[^,;]{0,80}?\s+on\s+(?:the\s+)?")
_DRUG = ("Molecule", "GeneOrProtein")  # an agent named after its role is no miRNA
_AGENT = ("Molecule", "GeneOrProtein", "MicroRNA", "ExtracellularVesicle")


def role_claims(sentence: str, mentions: list[Mention], ontology: Ontology) -> list[Claim]:
    """ "The PI3K inhibitor LY294002", "rapamycin, a known stimulator of autophagy": the agent named
    with its role lowers (inhibitor, antagonist, blocker) or raises (activator, agonist, stimulator,
    inducer) its target.

    >>> from kg.model import Entity
    >>> s = "Cells were given the PI3K inhibitor LY294002."
    >>> ms = [Mention(21, 25, "PI3K", Entity("PI3K", "PI3K", "GeneOrProtein"), "lexicon"),
    ...       Mention(36, 44, "LY294002", Entity("LY", "LY294002", "Molecule"), "pattern")]
    >>> [(c.subject.text, c.predicate, c.object.text) for c in role_claims(s, ms, Ontology.load())]
    [('LY294002', 'decreases', 'PI3K')]
    """
    out: list[Claim] = []
    if not _ANY_ROLE.search(sentence):
        return out
    for x, y in zip(mentions, mentions[1:]):
        for t, a in ((x, y), (y, x)):
            if a.entity.id == t.entity.id or not any(ontology.is_a(a.entity.type, k) for k in _AGENT):
                continue
            if a is y:  # the target, then the agent
                role = _TARGET_ROLE.fullmatch(sentence, t.end, a.start)
                if role is None and _THEN_AGENT.fullmatch(sentence, t.end, a.start):
                    role = _ROLE_OF.search(sentence, max(0, t.start - 30), t.start)
                # a gene named after the role is its agent only right after it ("the NF-κB inhibitor IκBα"),
                # not after a comma or a miRNA's inhibitor ("a miR-21 inhibitor, PTEN rose": a new clause)
                drug = a.entity.type == "Molecule" or "," not in sentence[t.end : a.start] and t.entity.type != "MicroRNA"
                if role is None or not drug or not any(ontology.is_a(a.entity.type, k) for k in _DRUG):
                    continue
                end = a.end
            else:  # the agent, then its role and target
                role = _AGENT_ROLE_OF.fullmatch(sentence, a.end, t.start)
                if role is None and _AGENT_BEFORE.fullmatch(sentence, a.end, t.start):
                    role = _ROLE_AFTER.match(sentence, t.end)
                if role is None:
                    continue
                end = max(t.end, role.end())
            start = min(a.start, t.start)
            if NEGATION.search(sentence, start, end):
                continue
            pred = predicate_for("decreases" if role.group("down") else "increases", a, t, ontology, 1)
            if pred is not None:
                out.append(Claim(a, pred, t, start, end, 0.6))
    for i, a in enumerate(mentions):
        role = _EFFECT_ROLE.search(sentence, max(0, a.start - 45), a.start)
        on = _ON_TARGET.match(sentence, a.end) if role and any(ontology.is_a(a.entity.type, k) for k in _AGENT) else None
        t = next((m for m in mentions[i + 1 :] if on and m.start == on.end()), None)
        if t is not None and (induced := INDUCED_GAP.match(sentence, t.end)):  # "on IL-1β-induced apoptosis": the apoptosis
            t = next((m for m in mentions[i + 1 :] if m.start == induced.end()), None)
        pred = predicate_for("decreases" if role.group("down") else "increases", a, t, ontology, 1) if t else None
        if pred is not None and t.entity.id != a.entity.id and not NEGATION.search(sentence, role.start(), t.start):
            out.append(Claim(a, pred, t, role.start(), t.end, 0.6))
    return out
