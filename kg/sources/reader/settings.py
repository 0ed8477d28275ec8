"""``studied_in`` claims that need no verb: the setting a study names ("in a rat model of osteoarthritis", "In mice
with EAE, X ..."), a therapy put into a disease, and "the effects of X on Y" studied.
"""
from __future__ import annotations

import re

from ...ontology import Ontology
from .clauses import clause_start, unbracket
from .names import GIVING, Mention
from .predicates import is_harmful, predicate_for
from .relations import Claim
from .status import OPEN_WORDS, UNDONE_WORDS
from .triggers import COORD, NEGATION, PREPOSITION_BEFORE

_GIVEN_BY = rf"{GIVING}|delivery"  # how a therapy is given ("injection of", "delivery of")
_GIVING_OF = re.compile(rf"\b(?:{_GIVEN_BY}|application)\s+of\s+(?:the\s+)?$", re.I)
_MODEL_FIRST = re.compile(r"(?:[A-Z]\w+,\s*)?In\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,3}?(?:models?\s+of|(?:mice|rats|animals)\s+with)"
                          r"\s+", re.I)
_AGENT_OPENS = re.compile(r",\s+(?:(?:intravenous|intraperitoneal|intravitreal|intranasal|topical|local|systemic|intra-articular|"
                          rf"subcutaneous)\s+)?(?:(?:{_GIVEN_BY})\s+"
                          r"(?:of|with)\s+)?(?:the\s+)?", re.I)
_MODEL_OF = re.compile(r"\bin\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}models?\s+of\s+(?:experimental\s+|induced\s+)?", re.I)
_INTO_DISEASE = re.compile(r"^\s+(?:into|in|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?$", re.I)
_EFFECTS_OF = re.compile(
    r"\b(?:(?:evaluat|investigat|examin|assess|test|explor|stud|determin|clarif|elucidat)\w*|focus(?:es|ed)?\s+on|known\s*,?\s*"
    r"(?:however\s*,\s*)?about)\s+(?:the\s+)?(?:[\w-]+\s+)?effects?\s+of\s+(?:these\s+|the\s+)?$", re.I)
# "the role of X in Y remains obscure": what a study has yet to learn, as an aim would say it
_UNKNOWN = re.compile(rf"\b(?:remains?|is|are)\s+(?:still\s+|largely\s+|poorly\s+)*(?:{OPEN_WORDS}|understood)"
                      rf"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:{UNDONE_WORDS})", re.I)
_SIGNED_EFFECT = re.compile(r"(?:protective|therapeutic|beneficial|inhibitory|suppressive|healing|curative|"
                            r"(?:anti|pro)-?[a-z]+|promoting|stimulatory|detrimental|toxic|harmful)\s+effects?\s+of", re.I)
_PROTECTIVE = re.compile(r"(?:protective|therapeutic|beneficial|healing|curative|anti-?[a-z]+)\s+effects?\s+of", re.I)
_EFFECT_KINDS = ("BiologicalProcess", "Phenotype", "Pathway", "GeneOrProtein", "CytokineOrGrowthFactor", "CellType")
ON = re.compile(r"^\s+on\s+(?:the\s+)?$", re.I)  # "the effects of X on Y"
# a study's aim, the role of a therapy in a disease
_AIM = re.compile(r"\b(?:aim|investigat|explor|examin|determin|reveal|stud|evaluat|assess|elucidat|clarif|test|observ)", re.I)
_ROLE_OF = re.compile(r"\b(?:(?:functions?|roles?|effects?|efficacy|potential|activit(?:y|ies)|aspects?|mechanisms?)\s+of"
                      r"|roles?\s+played\s+by)\s+(?:the\s+)?$", re.I)  # ("the roles played by hucMSC-ex in ...")
# "The effects of X on Y were assessed": a study's question opening the sentence, its verb after
_EFFECTS_OPEN = re.compile(r"^(?:The\s+)?(?:[\w-]+\s+)?effects?\s+of\s+(?:the\s+)?$", re.I)
_STUDIED_AFTER = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:assessed|evaluated|examined|investigated|studied|explored|"
                            r"determined|tested|analy[sz]ed)\b", re.I)
# ... "in vivo in HS/T", "in a well-established ex vivo perfused human model of bacterial pneumonia"
_IN_DISEASE = re.compile(r"\s+(?:in\s+vivo\s+)?in\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,5}models?\s+of\s+)?"
                         r"(?:(?:progression|treatment|development|pathogenesis)\s+of\s+(?:the\s+)?)?"
                         r"(?:(?:experimental|pulmonary|acute|chronic|severe)\s+)?", re.I)
_ON_MODEL = re.compile(r"\s+on\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,4}models?\s+of\s+(?:experimental\s+)?", re.I)


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
    flat = unbracket(sentence)
    # "Exosomes ... attenuate cartilage degeneration in a rat model of osteoarthritis": the study's setting
    for model in _MODEL_OF.finditer(sentence):
        disease = next((m for m in mentions if m.start == model.end() and ontology.is_a(m.entity.type, "DiseaseOrInjury")), None)
        clause = clause_start(sentence, model.start())
        first = [m for m in mentions if clause <= m.start and m.end <= model.start()
                 and (not PREPOSITION_BEFORE.search(sentence[: m.start]) or _GIVING_OF.search(sentence, max(0, m.start - 40), m.start))][:1]
        # the clause's own subject, named as a vesicle or therapy ("Unlike MSC exosomes, fibroblast
        # exosomes failed in a model of stroke" is about the fibroblast exosomes)
        agent = first[0] if first and (ontology.is_a(first[0].entity.type, "ExtracellularVesicle")
                                       or ontology.is_a(first[0].entity.type, "Intervention")) else None
        if agent is not None and re.search(r"[;,]", sentence[agent.end : model.start()]):
            agent = None
        if disease is not None and agent is not None and not NEGATION.search(sentence[agent.end : model.start()]):
            out.append(Claim(agent, "studied_in", disease, agent.start, disease.end, 0.65))
    # "In a rat model of intrauterine adhesion, hucMSC-EVs increased ...", "In mice with EAE, MSC-EVs reduced ...": a
    # setting named first; the clause after it says what was given there
    if (front := _MODEL_FIRST.match(sentence)) and (disease := next((m for m in mentions if m.start == front.end()
                                                                      and ontology.is_a(m.entity.type, "DiseaseOrInjury")), None)):
        comma = sentence.find(",", disease.end)
        agent = next((m for m in mentions if m.start > comma > 0 and (ontology.is_a(m.entity.type, "ExtracellularVesicle")
                                                                      or ontology.is_a(m.entity.type, "Intervention"))), None)
        if agent is not None and _AGENT_OPENS.fullmatch(sentence, comma, agent.start) and not NEGATION.search(sentence[agent.end :]):
            out.append(Claim(agent, "studied_in", disease, disease.start, agent.end, 0.6))
    for i, m in enumerate(mentions[:-1]):
        nxt = [x for x in mentions[i + 1 :] if flat[x.start : x.end].strip()]  # not inside an aside
        if not nxt:
            continue
        o = nxt[0]
        gap = flat[m.end : o.start]
        if _AIM.search(sentence, 0, m.start) and _ROLE_OF.search(sentence, max(0, m.start - 60), m.start):
            # "to investigate the potential of MSCs and MSC EVs in HS/T": each of those listed
            group, k = [m], i + 1
            while k < len(mentions) and COORD.fullmatch(flat[mentions[k - 1].end : mentions[k].start]):
                group, k = group + [mentions[k]], k + 1
            d = mentions[k] if k < len(mentions) else None
            if d is not None and _IN_DISEASE.fullmatch(flat[group[-1].end : d.start]) \
                    and ontology.is_a(d.entity.type, "DiseaseOrInjury"):
                # "This study aimed to reveal the function of BM-MSC exosomes in sepsis-induced myocardial injury"
                out += [Claim(g, "studied_in", d, g.start, d.end, 0.65) for g in group
                        if predicate_for("studied_in", g, d, ontology, 1) == "studied_in"]
                continue
        effects = _EFFECTS_OF.search(sentence[: m.start]) or (
            _EFFECTS_OPEN.match(sentence[: m.start]) if _STUDIED_AFTER.search(sentence, o.end) else None)
        if effects and (o.entity.type in _EFFECT_KINDS or _ON_MODEL.match(gap)):
            # "the effects of MSCs on apoptosis in I/R injury", "... of MSC-EVs on a mouse model of colitis":
            # the disease the study was done in
            on = nxt[1] if o.entity.type in _EFFECT_KINDS and ON.match(gap) and len(nxt) > 1 else o
            if on is not o and _IN_DISEASE.fullmatch(flat[o.end : on.start]) or on is o and _ON_MODEL.fullmatch(gap):
                if ontology.is_a(on.entity.type, "DiseaseOrInjury") \
                        and predicate_for("studied_in", m, on, ontology, 1) == "studied_in":
                    out.append(Claim(m, "studied_in", on, m.start, on.end, 0.65))
        if effects and _SIGNED_EFFECT.search(effects.group()) and not ontology.is_a(o.entity.type, "DiseaseOrInjury"):
            # "the protective effects of MSC-EVs on endothelial cell damage": a harm it lowers, else a sign unread
            if ON.match(gap) and _PROTECTIVE.search(effects.group()) and is_harmful(o, ontology) \
                    and (pred := predicate_for("decreases", m, o, ontology, 1)) is not None:
                out.append(Claim(m, pred, o, m.start, o.end, 0.65))
            continue
        # ... and "the role of X in depression remains obscure": a disease too, where the study is still to be done
        role_in = _ROLE_OF.search(sentence, max(0, m.start - 60), m.start) and re.fullmatch(r"\s+in\s+(?:the\s+)?", gap)
        if (o.entity.type in _EFFECT_KINDS or role_in and ontology.is_a(o.entity.type, "DiseaseOrInjury")) and (
                effects and ON.match(gap) and o.entity.type in _EFFECT_KINDS
                or role_in and (_AIM.search(sentence, 0, m.start) or _UNKNOWN.search(sentence, o.end))) \
                and (pred := predicate_for("regulates", m, o, ontology, 1)) is not None:
            # "to explore the effects of MSCs on liver regeneration", "the role of X in tendon repair has not been
            # evaluated": a study of what X does to it, in no direction yet: a question, whatever the words after
            out.append(Claim(m, pred, o, m.start, o.end, 0.65, status="question"))
            continue
        if ontology.is_a(m.entity.type, "Intervention") and _INTO_DISEASE.match(gap) and \
                ontology.is_a(o.entity.type, "DiseaseOrInjury") and not _BARE_THERAPY.fullmatch(m.text):
            out.append(Claim(m, "studied_in", o, m.start, o.end, 0.7))
        elif effects and ON.match(re.sub(r"\s+", " ", gap) if gap.strip() == "" else gap):
            # "the effects of EVs on cytokine production" studies the vesicles in no disease: the process is their effect
            if predicate_for("studied_in", m, o, ontology, 1) == "studied_in" and ontology.is_a(o.entity.type, "DiseaseOrInjury") and \
                    not NEGATION.search(sentence[clause_start(sentence, m.start) : m.start]):
                out.append(Claim(m, "studied_in", o, m.start, o.end, 0.7))
    return out


# "a novel therapy for colitis": a therapy named by its kind only is what the subject before it is, no study of its own
_BARE_THERAPY = re.compile(r"(?:(?:novel|new|effective|potential|promising|possible|potent|useful|alternative|ideal)\s+)*"
                           r"(?:therap(?:y|ies)|treatments?)", re.I)
