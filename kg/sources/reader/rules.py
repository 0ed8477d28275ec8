"""Sentence-level rules of the reader that need its recognizer: where vesicles come from.

"the EVs that the MSCs shed", "MSCs as exosome factories", "generation of exosomes", "serum shows
elevated levels of X", "in the circulation", "Chronic SCI presents ...: a, b and c", "deliver cargo"
bridged to the cargo said to be carried, vesicle surface proteins, cell membranes. The
:class:`~kg.sources.reader.processor.Reader` runs them on every sentence.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...model import Entity
from ...ontology import Ontology
from .names import VESICLE_HEAD, Mention, is_generic_vesicle, noun_forms, singular
from .predicates import fits, predicate_for
from .clauses import cells_after_tissue, clause_start, coordinated_with
from .relations import Claim
from .sentences import Sentence
from .triggers import CONSTRAINTS

if TYPE_CHECKING:
    from .ner import Recognizer

ANAPHOR_REACH = 600  # characters back to look for the antecedent

# one plain adjective may open the list ("dense scar tissue"), but not one that says less of the item
_LIST_START = re.compile(r"(?:(?!(?:reduced|impaired|insufficient|decreased|lower|poor|diminished|absent|defective|deficient|"
                         r"lack|loss|lost|no)\b)[a-z]+\s+)?", re.I)

_LIST_END = re.compile(r"(?:,?\s*(?:and|or)\s+[\w\s-]+)?\s*[.;]?\s*")

_INTO = re.compile(r"\b(?:into|to\s+become)\s", re.I)

_CONTRASTED = re.compile(r"\b(?:unlike|rather\s+than|instead\s+of|without|than|versus|vs)\b", re.I)

_CIRCULATION = re.compile(r"\b(?:in|into|within)\s+(?:the\s+)?(circulation|bloodstream|blood\s+stream|peripheral\s+blood)\b", re.I)

_PRESENTS = re.compile(
    r"\s*(?:\([^)]{0,40}\)\s*)?(?:presents?|presented|is\s+marked\s+by|is\s+characteri[sz]ed\s+by|features|involves)\s+"
    r"(?:(?:with|additional|several|further|major|its|the|following|main|key|other)\s+)*"
    r"(?:barriers|features|challenges|problems|symptoms|signs|complications|hallmarks|obstacles|changes)?\s*:\s*", re.I)

_SECRETE_INTO = re.compile(r"\b(?:they|it)\s+(?:also\s+)?(?:secretes?|releases?|sheds?|packages?|exports?)\b[^.;:]{0,60}?"
                           r"\b(?:in|into|within|inside|via|through)\s+(?:the\s+)?(?:form\s+of\s+)?$", re.I)

_MOLECULES_THAT = re.compile(r"\b(?:the\s+)?(?:molecules|substances|factors|products)\s+(?:that|which)\s+()", re.I)

_RELEASE_AFTER = re.compile(r"\s+(?:secrete|release|produce|shed)\b", re.I)

_GIVEN_TO_CELLS = r"(?:primed|pretreated|preconditioned|stimulated|activated)"  # what cells were given first
_PRIMED = re.compile(rf"[-\u2010]{_GIVEN_TO_CELLS}\s+", re.I)
_FROM_CELLS = re.compile(r"\)?\s+(?:(?:were\s+|was\s+)?(derived|isolated|obtained|purified|collected|harvested|extracted|prepared|secreted|released|"
                         r"produced|shed|come|comes|came)\s+(?:by\s+[\w-]+\s+)?(?:from|by|of)|from|of)\s+"
                         # ("exosomes from various ADSCs": which or how many of the cells, still the cells)
                         r"(?:(?:the|cultured|human|healthy|various|different|these|those|both|all|several|primary|normal)\s+)*"
                         # Methods: "isolated by ultracentrifugation from the conditioned medium of MSCs"
                         r"(?:(?:conditioned\s+|culture\s+|cell\s+)*(?:medium|media|supernatants?)\s+of\s+(?:the\s+|cultured\s+)*)?"
                         # "exosomes from heat shock-preconditioned BMSCs": what the cells were given, no name of its own
                         rf"(?:(?:[a-z]+\s+)?[a-z]+[-\u2010\s]{_GIVEN_TO_CELLS}\s+)?",
                         re.I)

_THAT_CELLS_SHED = re.compile(r"\)?\s+(?:that|which)\s+(?:the\s+)?", re.I)

_CELLS_SHED_VERB = re.compile(r"\s+(?:also\s+)?(?:secrete|secreted|release|released|shed|produce|produced|generate|generated)\b", re.I)

_THEY_SECRETE = re.compile(r"\s+(?:that\s+|which\s+)?(?:they|it)\s+(?:also\s+)?"
                           r"(?:secretes?|releases?|produces?|sheds?|generates?)(?![\w-])", re.I)

_LEVELS_IN = re.compile(r"\s+(?:shows?|showed|reveal(?:s|ed)?|ha[sd]|contains?|contained)\s+(?:(?:elevated|increased|high|higher|"
                        r"reduced|decreased|low|lower|detectable|measurable)\s+)?(?:levels?|amounts?|concentrations?)\s+of\s+"
                        r"(?:the\s+)?", re.I)

_CELL_MEMBRANE = re.compile(r"([A-Za-z]+al)\s+(?:plasma\s+)?membranes?", re.I)  # "neuronal membranes"

# "generation of exosomes", "the release of EVs": a nominalised secretion whose agent is a cell.
_PRODUCTION = re.compile(
    r"\b(?:(?:generation|production|secretion|release|biogenesis)\s+of|(?:obtaining|harvesting|collecting|yielding))"
    r"\s+(?:the\s+)?", re.I)

_SECRETION_AFTER = re.compile(r"\s+(?:secretion|production|release)\b", re.I)

_SECRETABLE = ("CytokineOrGrowthFactor", "GeneOrProtein", "Molecule", "MicroRNA", "ExtracellularVesicle")

_AS_FACTORY = re.compile(r"\s+as\s+(?:an?\s+)?(?:\w+\s+)?", re.I)

_FACTORY = re.compile(r"\s+(?:factor(?:y|ies)|producers?|sources?|bioreactors?)\b", re.I)

_HARD_STOP = re.compile(r"[;:.]|\b(?:which|that|whereas|while|but)\b")

_AFTER_PREPOSITION = re.compile(r"\b(?:to|than|with|from|of|versus|vs\.?|unlike|like)\s+(?:the\s+)?$", re.I)

# "deliver cargo", "transfer their cargo": a bridge back to the cargo the vesicle was said to carry.
_DELIVER_CARGO = re.compile(
    r"\b(?:deliver(?:s|ed|ing)?|transfer(?:s|red|ring)?|shuttl(?:e|es|ed|ing))\s+(?:their\s+|its\s+|the(?:ir)?\s+)?(cargos?|cargoes|payloads?)\b",
    re.I)

_NEGATED = re.compile(r"\b(?:not|no|never|cannot|without|fail(?:s|ed)?\s+to|unable\s+to)\b", re.I)

# "exosome surface proteins", "EV membrane ligands": parts that take their vesicle where they go.
_SURFACE = re.compile(r"(?<![\w-])(" + VESICLE_HEAD + r")\s+(?:surface|membrane)\s+(?:proteins?|ligands?|molecules?|markers?|receptors?)$", re.I)

_HOMING = frozenset({"located_in", "crosses", "taken_up_by"})


class SentenceRules:
    """The rules as methods over the reader's recognizer and ontology (mixed into the Reader)."""

    recognizer: "Recognizer"
    ontology: Ontology

    def _vesicle_sources(self, sentence: str, mentions: list[Mention]) -> tuple[list[Mention], list[Claim]]:
        """Name generic vesicles after the cells a phrase says they come from, so that the claims of
        this sentence and the anaphora of the next ones are about those cells' vesicles:
        "exosomes from iPSC-derived MSCs attenuate ..." (derives from), "the EVs that the MSCs shed"
        (secretes, as "exosomes secreted by human MSCs (MSC-Exos)" is)."""
        out = list(mentions)
        claims: list[Claim] = []
        for i, m in enumerate(mentions[:-1]):
            if not is_generic_vesicle(m.entity):
                continue
            # "bone marrow mesenchymal stem cells": the tissue names where the cells came from, in the cells' words
            nxt, cells = cells_after_tissue(sentence, mentions, i + 1, self.ontology)
            if (nxt is mentions[i + 1] and i + 2 < len(mentions) and not self.ontology.is_a(nxt.entity.type, "CellType")
                    and _PRIMED.fullmatch(sentence, nxt.end, mentions[i + 2].start)):
                nxt = cells = mentions[i + 2]  # "EVs from IFN-γ-primed MSCs": the cells are still MSCs
            if not self.ontology.is_a(nxt.entity.type, "CellType"):
                continue
            gap = sentence[m.end : mentions[i + 1].start]  # up to the tissue, if one stands before the cells
            source = _FROM_CELLS.fullmatch(gap)
            shed = _THAT_CELLS_SHED.fullmatch(gap) and _CELLS_SHED_VERB.match(sentence, nxt.end)
            if not (source or shed):
                continue
            v = self._specialize(nxt, m)
            if v is None:
                continue
            j = mentions.index(nxt) + 1
            if j < len(mentions) and re.fullmatch(r"\s*\(", sentence[nxt.end : mentions[j].start]) \
                    and self.ontology.is_a(mentions[j].entity.type, "ExtracellularVesicle") and not is_generic_vesicle(mentions[j].entity):
                v = replace(v, entity=mentions[j].entity)  # "exosomes from ADSCs (ADSC-Exos)": the vesicles the short form names
            out[i] = v
            if i and out[i - 1].entity.id == m.entity.id and re.fullmatch(r"\s*\(", sentence[out[i - 1].end : m.start]):
                out[i - 1] = replace(v, start=out[i - 1].start, end=out[i - 1].end, text=out[i - 1].text)  # its long form
            if shed:
                end = _CELLS_SHED_VERB.match(sentence, nxt.end).end()
                claims.append(Claim(cells, "secretes", v, m.start, end, 0.7))
            elif source.group(1) is None or source.group(1).lower() not in ("secreted", "released", "produced", "shed"):
                claims.append(Claim(v, "derives_from", cells, m.start, nxt.end, 0.8))
            else:  # the passive trigger finds it too, but not past "human" nor for a short form's vesicles "(ADSC-Exos)"
                claims.append(Claim(cells, "secretes", v, m.start, nxt.end, 0.8))
        return out, claims

    def _object_relative(self, sentence: str, mentions: list[Mention]) -> list[Claim]:
        """"induced MSCs and the extra-cellular vesicles they secrete": the cells named before secrete
        the vesicles (which become theirs)."""
        out: list[Claim] = []
        for i, m in enumerate(mentions):
            rel = _THEY_SECRETE.match(sentence, m.end)
            if rel is None or not self.ontology.is_a(m.entity.type, "ExtracellularVesicle"):
                continue
            # "they" is the subject of the clause, not the last cell named ("MSCs are co-cultured with
            # astrocytes and the exosomes they secrete ...")
            cell = self._pronoun_cell(sentence, mentions, m.start)
            if cell is None:
                continue
            v = self._specialize(cell, m) or m
            if not is_generic_vesicle(v.entity):
                out.append(Claim(cell, "secretes", v, cell.start, rel.end(), 0.6))
        return out

    def _secreted_into(self, sentence: str, mentions: list[Mention]) -> list[Claim]:
        """"(iMSCs ...) then harvest the signaling chemicals they secrete in vesicles": the cells the
        pronoun stands for secrete the vesicles; "the molecules that MSCs release" are the MSCs'
        secretome."""
        out: list[Claim] = []
        for i, m in enumerate(mentions):
            if not is_generic_vesicle(m.entity):
                continue
            verb = _SECRETE_INTO.search(sentence[: m.start])
            if verb is None:
                continue
            cell = self._pronoun_cell(sentence, mentions, verb.start())
            if cell is not None and not _NEGATED.search(sentence[verb.start() : m.start]):
                v = self._specialize(cell, m)
                if v is not None:
                    out.append(Claim(replace(cell, source="anaphora"), "secretes", v, verb.start(), v.end, 0.55))
        for w in _MOLECULES_THAT.finditer(sentence):
            cell = next((c for c in mentions if c.start == w.end(1) and self.ontology.is_a(c.entity.type, "CellType")), None)
            if cell is None or not _RELEASE_AFTER.match(sentence, cell.end):
                continue
            label = f"{singular(cell.entity.label)} secretome"
            e = self.recognizer.lookup(label) or self.recognizer.new_entity(label, "Molecule", label)
            end = _RELEASE_AFTER.match(sentence, cell.end).end()
            secretome = Mention(w.start(), end, sentence[w.start() : end], e, "pattern", e.provisional)
            out.append(Claim(cell, "secretes", secretome, w.start(), end, 0.55))
        return out

    def _measured_in(self, sentence: str, mentions: list[Mention]) -> list[Claim]:
        """"whale serum shows elevated levels of circulating miRNAs": what is measured is located in
        the sample measured."""
        out: list[Claim] = []
        for i, m in enumerate(mentions[:-1]):
            o = mentions[i + 1]
            if (self.ontology.is_a(m.entity.type, "AnatomicalSite") and _LEVELS_IN.fullmatch(sentence[m.end : o.start])
                    and not self.ontology.is_a(o.entity.type, "AnatomicalSite")):
                if _fits_located(self.ontology, o.entity.type):
                    out.append(Claim(o, "located_in", m, m.start, o.end, 0.6))
        return out

    def _in_circulation(self, sentence: str, mentions: list[Mention]) -> list[Claim]:
        """"exosomes are cleared rapidly (half-life ~2-4 hours in circulation)": the clause's vesicle or
        molecule is in the blood."""
        out: list[Claim] = []
        for c in _CIRCULATION.finditer(sentence):
            blood = self.recognizer.lookup("blood")
            if blood is None:
                blood = self.recognizer.new_entity("blood", "AnatomicalSite")
            clause = clause_start(sentence, c.start())
            inside = [m for m in mentions if clause <= m.start and m.end <= c.start()]
            # the only name before the phrase in its clause, with no contrast in between ("X reduced
            # IL-6 in the circulation" is about IL-6; "unlike those in the circulation" denies it)
            subjects = inside if len(inside) == 1 and _fits_located(self.ontology, inside[0].entity.type) \
                and not self.ontology.is_a(inside[0].entity.type, "CellType") else []
            if not subjects or _NEGATED.search(sentence[subjects[0].end : c.start()]) or \
                    _CONTRASTED.search(sentence[subjects[0].end : c.start()]):
                continue
            site = Mention(c.start(1), c.end(1), c.group(1), blood, "lexicon", blood.provisional)
            out.append(Claim(subjects[0], "located_in", site, subjects[0].start, c.end(), 0.55))
        return out

    def _presents(self, sentence: str, mentions: list[Mention]) -> list[Claim]:
        """"Chronic SCI presents additional barriers: dense scar tissue, cyst formation, and
        demyelination": a disease presents (increases) each feature of the list after the colon."""
        out: list[Claim] = []
        for i, m in enumerate(mentions[:-1]):
            if not self.ontology.is_a(m.entity.type, "DiseaseOrInjury"):
                continue
            p = _PRESENTS.match(sentence, m.end)
            first = next((j for j in range(i + 1, len(mentions)) if p and mentions[j].start >= p.end()), None)
            if p is None or first is None or not _LIST_START.fullmatch(sentence[p.end() : mentions[first].start]):
                continue  # "barriers: reduced angiogenesis" is no list of what the disease brings
            items = coordinated_with(sentence, mentions, first)
            if not _LIST_END.fullmatch(sentence[items[-1].end :]):
                continue  # "challenges: angiogenesis and neurogenesis must be promoted"
            for o in items:
                pred = predicate_for("increases", m, o, self.ontology, 1)
                if pred is not None and o.entity.id != m.entity.id:
                    out.append(Claim(m, pred, o, m.start, o.end, 0.55))
        return out

    def _cargo_bridge(self, sent: Sentence, mentions: list[Mention],
                      cargo_of: dict[str, dict[str, tuple[int, Entity]]]) -> list[Claim]:
        """"deliver (their) cargo": the vesicle delivers the cargo the text said it carries, where
        that was said within the anaphora reach before ("packed with miRNAs ... These vesicles ...
        deliver cargo to neurons")."""
        out: list[Claim] = []
        for m in _DELIVER_CARGO.finditer(sent.text):
            vesicles = [v for v in mentions if v.end <= m.start() and self.ontology.is_a(v.entity.type, "ExtracellularVesicle")]
            if not vesicles or _NEGATED.search(sent.text[vesicles[-1].end : m.start()]):
                continue
            v = vesicles[-1]
            word = Mention(m.start(1), m.end(1), m.group(1), v.entity, "anaphora")
            for at, cargo in cargo_of.get(v.entity.id, {}).values():
                if sent.start + m.start() - at <= ANAPHOR_REACH:
                    out.append(Claim(v, "delivers", replace(word, entity=cargo), v.start, m.end(), 0.6))
        return out

    def _cells_of(self, m: Mention) -> Mention | None:
        """The cells a therapy names ("transplanting stem cells" -> stem cells), as a mention, or None."""
        if not self.ontology.is_a(m.entity.type, "Intervention"):
            return None
        words = m.text.split()
        for n in range(min(3, len(words) - 1), 0, -1):
            e = self.recognizer.lookup(" ".join(words[-n:]))
            if e is not None and self.ontology.is_a(e.type, "CellType"):
                return replace(m, entity=e, new=False)
        return None

    def _vesicles_of(self, m: Mention) -> Mention | None:
        """The vesicles a therapy names ("T-MSC exosomes transplantation" -> T-MSC exosomes), as a mention, or None."""
        if m.entity.type != "Intervention" or " " not in m.text:
            return None
        return next((replace(v, start=m.start + v.start, end=m.start + v.end) for v in self.recognizer.find(
            m.text.rsplit(" ", 1)[0]) if self.ontology.is_a(v.entity.type, "ExtracellularVesicle")), None)

    def _production(self, sentence: str, mentions: list[Mention]) -> list[Claim]:
        """"iMSCs excel in the generation of exosomes": the cells secrete the vesicles, which are
        theirs (the vesicle mention is re-pointed, in place, for the triggers that follow)."""
        out: list[Claim] = []
        found = [(n.start(), n.end(), None) for n in _PRODUCTION.finditer(sentence)]
        for i, m in enumerate(mentions[:-1]):
            # "MSCs as exosome factories"
            nxt = mentions[i + 1]
            if (self.ontology.is_a(m.entity.type, "CellType") and _AS_FACTORY.fullmatch(sentence[m.end : nxt.start])
                    and _FACTORY.match(sentence, nxt.end)):
                found.append((m.end, nxt.start, m))
        for m in mentions:
            # "iMSCs excel in ... and paracrine factor secretion": the cells secrete the factor.
            tail = _SECRETION_AFTER.match(sentence, m.end)
            if tail and any(self.ontology.is_a(m.entity.type, t) for t in _SECRETABLE):
                agent = self._clause_cell(sentence, mentions, m.start)
                if agent is not None:
                    out.append(Claim(agent, "secretes", m, agent.start, tail.end(), 0.65))
        for start, end, cell in found:
            vesicles = [i for i, m in enumerate(mentions) if m.start == end]
            if not vesicles or not is_generic_vesicle(mentions[vesicles[0]].entity):
                continue
            if cell is None:
                cell = self._clause_cell(sentence, mentions, start)
                if cell is None:
                    continue
            v = self._specialize(cell, mentions[vesicles[0]])
            if v is None:
                continue
            mentions[vesicles[0]] = v
            out.append(Claim(cell, "secretes", v, cell.start, v.end, 0.7))
        return out

    def _pronoun_cell(self, sentence: str, mentions: list[Mention], before: int) -> Mention | None:
        """The cells a "they" at *before* stands for: the clause's subject, unless the sentence made
        other cells out of them ("reprogram skin cells into iMSCs ... they secrete"): then those."""
        made = [i.end() for i in _INTO.finditer(sentence, 0, before)]
        if made:
            products = [c for c in mentions if made[-1] <= c.start and c.end <= before
                        and self.ontology.is_a(c.entity.type, "CellType")]
            if products:
                return products[-1]
        return self._clause_cell(sentence, mentions, before)

    def _clause_cell(self, sentence: str, mentions: list[Mention], before: int) -> Mention | None:
        """The agent of a nominalised secretion at *before*: the first cell of its clause that no
        preposition governs ("Compared to MSCs, iMSCs ..." -> iMSCs), or None."""
        clause = [m for m in mentions if m.end <= before and self.ontology.is_a(m.entity.type, "CellType")
                  and not _AFTER_PREPOSITION.search(sentence[: m.start])
                  and not _HARD_STOP.search(sentence[m.end : before])]
        return clause[0] if clause else None

    def _surface_to_vesicle(self, sentence: str, claims: list[Claim]) -> list[Claim]:
        """Where a vesicle's surface proteins go, the vesicle goes: "exosome surface proteins that
        target injured tissue" says the exosomes home to the injured tissue."""
        out: list[Claim] = []
        have = {(c.subject.entity.id, c.predicate, c.object.entity.id) for c in claims}
        for c in claims:
            head = _SURFACE.search(sentence[: c.subject.end]) if c.predicate in _HOMING else None
            if head is not None and head.end() == c.subject.end:
                vesicle = self.recognizer.lookup(head.group(1))
                if vesicle is not None and self.ontology.is_a(vesicle.type, "ExtracellularVesicle"):
                    key = (vesicle.id, c.predicate, c.object.entity.id)
                    if key in have and c.subject.entity.id != vesicle.id:
                        continue  # the vesicle's own claim is already there
                    have.add(key)
                    c = replace(c, subject=replace(c.subject, entity=vesicle, new=False, source="lexicon"))
            if c.predicate == "taken_up_by":
                c = self._membrane_to_cell(c)
            out.append(c)
        return out

    def _membrane_to_cell(self, c: Claim) -> Claim:
        """"fuse with neuronal membranes": vesicles fusing with a cell's membrane are taken up by the cell."""
        m = _CELL_MEMBRANE.fullmatch(c.object.text)
        if m is None:
            return c
        cell = self.recognizer.process_named_by(noun_forms(m.group(1).lower())[-1], ("CellType",))
        if cell is not None and not self.ontology.is_a(cell.type, "CellType"):
            cell = None
        if cell is None:
            return c
        return replace(c, object=replace(c.object, entity=cell, new=False, source="lexicon"))


def _fits_located(ontology: Ontology, etype: str) -> bool:
    return fits(ontology, etype, CONSTRAINTS["located_in"][0])


