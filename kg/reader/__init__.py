"""The rule-based reader: proposes grounded, evidence-backed statements from a new document.

Pipeline, one module per step: :mod:`.sentences` (split, drop boilerplate) -> :mod:`.ner` (lexicon,
abbreviations, patterns) -> :mod:`.relations` (triggers, arguments, negation, chains; "pro-/anti-"
adjectives, nominalised verbs, study settings, process verbs) -> :mod:`.status` (hedges);
:mod:`.discourse` reads across the sentences of a paragraph (a class of cargo followed by its
members, a donor condition as the agent of the changes reported after it, "Some"/"Most" subjects).
Sentence-level discourse rules live here,
in :class:`Reader`: anaphora ("These vesicles", "They", a bare "exosomes" opening a sentence of the
same paragraph, "their secreted exosomes"), appositions, "generation of exosomes"/"MSCs as exosome
factories", "deliver cargo" bridged to the cargo said to be carried, vesicle surface proteins, "the
vesicles they secrete", "serum shows elevated levels of X", "in the circulation", "Chronic SCI presents
...: a, b and c", and one sense per head noun in a document. Every statement it returns obeys the
curation rules of seeds/README.md:
``text[start:end] == quote``, a relation of the ontology, typed subject and object; its evidence
says ``curation="machine-read"`` and carries a confidence.

>>> import kg.reader as reader
>>> r = reader.read_text("Mesenchymal stem cell exosomes cross the blood-spinal cord barrier "
...                      "and may suppress inflammation.")
>>> [(str(s), s.evidence[0].status) for s in r.statements]
[('mesenchymal stem cell exosome -crosses-> blood-spinal cord barrier', 'finding'), \
('mesenchymal stem cell exosome -decreases-> inflammation', 'hypothesis')]
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any, Callable

from ..lexicon import Lexicon, load_lexicon
from ..model import Entity, Evidence, Statement
from ..ontology import Ontology
from .ner import PROCESS_TYPES, VESICLE_HEAD, Mention, Recognizer, is_generic_vesicle, noun_forms, singular, slug
from .discourse import Discourse
from .relations import (APPOSITION, CONSTRAINTS, Claim, _clause_start, _coordinated, _fits, _predicate, extract,
                        modifier_claims, nominal_claims, process_verb_claims, setting_claims)
from .sentences import Sentence, split_sentences
from .status import status_of

log = logging.getLogger(__name__)

__all__ = ["ReadResult", "read_text", "read_file", "Reader", "split_sentences"]

# "These vesicles", "The exosomes": the last specific vesicle the document named.
_DETERMINER = re.compile(r"(?:^|\s)(?:these|those|the|such|said)\s+(?:[\w-]+\s+)?$", re.I)
# Processes only: a bare disease name is not its phase ("SCI" is not "chronic SCI").
_ONE_SENSE_TYPES = ("BiologicalProcess", "Phenotype")
_ANAPHOR_REACH = 600  # characters back to look for the antecedent
# one plain adjective may open the list ("dense scar tissue"), but not one that says less of the item
_LIST_START = re.compile(r"(?:(?!(?:reduced|impaired|insufficient|decreased|lower|poor|diminished|absent|defective|deficient|"
                         r"lack|loss|lost|no)\b)[a-z]+\s+)?", re.I)
_LIST_END = re.compile(r"(?:,?\s*(?:and|or)\s+[\w\s-]+)?\s*[.;]?\s*")
_INTO = re.compile(r"\b(?:into|to\s+become)\s", re.I)
_OF_COMPLEMENT = re.compile(r"\s+of\s+\w", re.I)  # "regeneration of axons" says which regeneration
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
_FROM_CELLS = re.compile(r"\)?\s+(?:(?:were\s+|was\s+)?(derived|isolated|obtained|purified|collected|harvested|secreted|released|"
                         r"produced|shed|come|comes|came)\s+(?:by\s+[\w-]+\s+)?(?:from|by|of)|from|of)\s+(?:the\s+|cultured\s+|human\s+|healthy\s+)*"
                         # Methods: "isolated by ultracentrifugation from the conditioned medium of MSCs"
                         r"(?:(?:conditioned\s+|culture\s+|cell\s+)*(?:medium|media|supernatants?)\s+of\s+(?:the\s+|cultured\s+)*)?",
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
# A sentence-opening plural pronoun and what may stand before a sentence's subject.
_PRONOUN = re.compile(r"(They)\s+(?!not\b)[a-z]")
_IT = re.compile(r"(It)\s+(?!is\b|was\b|has\s+been\b|remains\b|seems\b|appears\b)(?:\w+ly\s+)?[a-z]")  # not "It is unclear"
_IT_TYPES = ("MicroRNA", "GeneOrProtein", "CytokineOrGrowthFactor", "Molecule")
_COMPARATOR = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|unlike|relative\s+to|instead\s+of)\s+"
                         r"(?:the\s+|those\s+|that\s+)?$", re.I)
_OPENING_NAME = re.compile(r"(?:(?:One|The|A|An|This)\s+)?$")
_CLASS_IDS = frozenset({"miRNA", "protein", "cytokine", "growth-factor", "lipid"})
_SUBJECT_START = re.compile(r"(?:(?:The|These|Such|Both)\s+)?(?:\w+\s+)?")
# "exosome surface proteins", "EV membrane ligands": parts that take their vesicle where they go.
_SURFACE = re.compile(r"(?<![\w-])(" + VESICLE_HEAD + r")\s+(?:surface|membrane)\s+(?:proteins?|ligands?|molecules?|markers?|receptors?)$", re.I)
_HOMING = frozenset({"located_in", "crosses", "taken_up_by"})
# "their secreted exosomes", "its own vesicles": the vesicles of the cells named before.
_POSSESSIVE = re.compile(r"(?:^|\s)(their|its)\s+(?:(secreted|released|produced|own)\s+)?$", re.I)
# What may precede a sentence-opening vesicle word that continues the previous sentence's topic.
_OPENING = re.compile(r"(?:[A-Z][a-z]*(?:\s+[a-z]+){0,2}:\s+)?")


@dataclass
class ReadResult:
    """What the reader found in one document."""

    text: str
    statements: list[Statement] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    sentences: int = 0
    format: str = "text"  # text | markdown | html (set by read_file)
    warnings: tuple[str, ...] = ()  # decoding warnings (set by read_file)

    def to_json(self) -> list[dict[str, Any]]:
        """The statements as plain dicts (the ``kg read --format json`` schema)."""
        return [statement_json(s) for s in self.statements]


def statement_json(s: Statement) -> dict[str, Any]:
    """One machine-read statement in the flat JSON shape of ``kg read``.

    >>> d = statement_json(read_text("miR-21 suppresses PTEN.").statements[0])
    >>> d["subject"]["identifier"], d["predicate"], d["sign"], d["quote"], d["start"], d["status"]
    ('miR-21', 'decreases', -1, 'miR-21 suppresses PTEN', 0, 'finding')
    """
    ev = s.evidence[0]

    def ent(e: Entity) -> dict[str, Any]:
        # "identifier" only for a curated (grounded) entity; a provisional one has an id but no identifier.
        return {"label": e.label, "type": e.type, "id": e.id, "identifier": None if e.provisional else e.id,
                "provisional": e.provisional}

    return {
        "subject": ent(s.subject),
        "predicate": s.predicate,
        "object": ent(s.object),
        "sign": s.sign,
        "quote": ev.quote,
        "start": ev.start,
        "end": ev.end,
        "status": ev.status,
        "confidence": ev.confidence,
        "curation": ev.curation,
    }


class Reader:
    """A reader bound to one lexicon and ontology; reuse it across documents (the set-up is costly).

    >>> r = Reader().read("miR-146a dampens NF-κB signaling.")
    >>> [str(s) for s in r.statements]
    ['miR-146a -decreases-> NF-κB signaling']
    """

    def __init__(self, lexicon: Lexicon | None = None, ontology: Ontology | None = None):
        self.ontology = ontology or Ontology.load()
        self.lexicon = lexicon if lexicon is not None else load_lexicon(self.ontology)
        self.recognizer = Recognizer(self.lexicon, self.ontology)

    def read(self, text: str, document: str = "<text>") -> ReadResult:
        """Read *text* (plain text; see :func:`read_file` for HTML) into a ReadResult."""
        sentences = split_sentences(text)
        mentions, process = self._one_sense(self.recognizer.find(text), text)
        result = ReadResult(text, sentences=len(sentences))
        seen: set[tuple[str, str, str, int, int]] = set()
        new: dict[str, Entity] = {}
        last_vesicle: tuple[int, Entity] | None = None  # (end offset, entity) of the last specific vesicle
        last_cell: tuple[int, Mention] | None = None  # (end offset, mention) of the last cell type
        prev_named: Entity | None = None  # the one molecule the previous sentence named, for "It ..."
        last_kind: tuple[int, Entity] | None = None  # (end offset, entity) of the last "exosomes"/"sEVs" named without source
        j = 0
        prev_start, prev_end = -1, None
        prev_subject: Entity | None = None  # the vesicle the previous sentence opened with
        cargo_of: dict[str, dict[str, tuple[int, Entity]]] = {}  # vesicle id -> cargo id -> (offset, cargo)
        discourse = Discourse(self.ontology, text, self.recognizer.lookup, self.recognizer.new_entity, process)
        for sent in sentences:
            while j < len(mentions) and mentions[j].start < sent.start:
                j += 1
            local = []
            k = j
            while k < len(mentions) and mentions[k].end <= sent.end:
                m = mentions[k]
                local.append(replace(m, start=m.start - sent.start, end=m.end - sent.start))
                k += 1
            # The previous sentence of the same paragraph named a vesicle: a bare "Exosomes ..." opening
            # this one continues the topic ("MSC exosomes improved recovery. The mechanism: exosomes ...").
            same_paragraph = prev_end is not None and "\n" not in text[prev_end : sent.start]
            topic = last_vesicle if (last_vesicle is not None and same_paragraph and last_vesicle[0] > prev_start) else None
            if last_vesicle is None and last_kind is not None:
                # "... is probably exosomes. MSCs pump out these nano-sized vesicles": the vesicles are
                # the exosomes just named, so they are named as exosomes.
                local = [replace(m, entity=last_kind[1]) if (m.entity.type == "ExtracellularVesicle" and is_generic_vesicle(m.entity)
                         and _DETERMINER.search(sent.text[: m.start]) and sent.start + m.start - last_kind[0] <= _ANAPHOR_REACH)
                         else m for m in local]
            # A vesicle phrase that names its source ("the EVs that the MSCs shed") is no anaphor.
            local, sourced = self._vesicle_sources(sent.text, local)
            local = self._anaphora(sent, local, last_vesicle, topic, last_cell)
            pronoun = _PRONOUN.match(sent.text)
            if pronoun and same_paragraph and prev_subject is not None and not (local and local[0].start < pronoun.end()):
                # "They cross the barrier": the vesicles the previous sentence was about.
                local.insert(0, Mention(0, pronoun.end(1), pronoun.group(1), prev_subject, "anaphora"))
            elif (it := _IT.match(sent.text)) and same_paragraph and prev_named is not None and \
                    not (local and local[0].start < it.end()):
                # "... one microRNA, miR-30, stood out. It prevented ...": the molecule just named.
                local.insert(0, Mention(0, it.end(1), it.group(1), prev_named, "anaphora"))
            elif (quantified := discourse.quantifier_subject(sent.text, sent.start, local)) is not None:
                local.insert(0, quantified)  # "Some cause inflammation": some of the paragraph's first topic
            elif (treatment := discourse.treatment_subject(sent.text, sent.start, local)) is not None:
                local.insert(sum(1 for m in local if m.end <= treatment.start), treatment)  # "treatment lowered ..."
            # "compared with exosomes from fibroblasts": a control is no antecedent
            # (by offset: the claims below may re-point a mention, never move it)
            compared = {m.start for m in local if _COMPARATOR.search(sent.text[: m.start])}
            discourse.count_vesicles([m for m in local if m.start not in compared], sent.start)
            prev_named = self._sentence_molecule(sent.text, local)
            prev_start, prev_end = sent.start, sent.end
            prev_subject = local[0].entity if local and self.ontology.is_a(local[0].entity.type, "ExtracellularVesicle") \
                and _SUBJECT_START.fullmatch(sent.text[: local[0].start]) else None
            claims = (self._production(sent.text, local)
                      + extract(sent.text, local, self.ontology, self._specialize) + self._implicit(local, sent.text)
                      + modifier_claims(sent.text, local, self.ontology, process)
                      + setting_claims(sent.text, local, self.ontology)
                      + nominal_claims(sent.text, local, self.ontology, self.recognizer.lookup))
            for m in local:
                cell = m if self.ontology.is_a(m.entity.type, "CellType") else self._cells_of(m)
                if cell is not None:
                    last_cell = (sent.start + m.end, cell)
                if m.start in compared:
                    continue
                if self.ontology.is_a(m.entity.type, "ExtracellularVesicle") and not is_generic_vesicle(m.entity):
                    last_vesicle = (sent.start + m.end, m.entity)
                elif is_generic_vesicle(m.entity) and m.entity.type != "ExtracellularVesicle":
                    last_kind = (sent.start + m.end, m.entity)
            claims += process_verb_claims(sent.text, local, claims, self.ontology, process)
            claims += (self._object_relative(sent.text, local) + self._measured_in(sent.text, local)
                       + self._secreted_into(sent.text, local)
                       + self._in_circulation(sent.text, local) + self._presents(sent.text, local))
            claims = self._surface_to_vesicle(sent.text, claims)
            claims += self._cargo_bridge(sent, local, cargo_of)
            claims += sourced
            claims += discourse.claims(sent.text, sent.start, local, claims)
            for c in claims:
                if c.predicate == "carries":
                    cargo_of.setdefault(c.subject.entity.id, {})[c.object.entity.id] = (sent.start + c.end, c.object.entity)
            for c in claims:
                start, end = sent.start + c.start, sent.start + c.end
                key = (c.subject.entity.id, c.predicate, c.object.entity.id, start, end)
                if key in seen:
                    continue
                seen.add(key)
                # a quote that starts in an earlier sentence takes that sentence's hedges too
                status = status_of(text[min(start, sent.start) : sent.start + c.end])
                ev = Evidence(document, text[start:end], start, end, status, f"r{len(result.statements) + 1:03d}",
                              curation="machine-read", confidence=c.confidence)
                rel = self.ontology.relations[c.predicate]
                result.statements.append(Statement(c.subject.entity, c.predicate, c.object.entity, rel.sign, (ev,)))
                for e in (c.subject.entity, c.object.entity):
                    if e.provisional:
                        new.setdefault(e.id, e)
        result.new_entities = sorted(new.values(), key=lambda e: e.id)
        log.info("%s: %d sentences, %d statements, %d new entities", document, result.sentences,
                 len(result.statements), len(result.new_entities))
        return result

    def _sentence_molecule(self, sentence: str, mentions: list[Mention]) -> Entity | None:
        """The named molecule *sentence* is about, for an "It" opening the next one: its subject ("miR-30
        stood out", "One microRNA, miR-30, stood out"), not an object ("Exosome therapy lowered TNF-α")."""
        if not mentions or not _OPENING_NAME.match(sentence[: mentions[0].start]):
            return None
        i = 0
        if mentions[0].entity.id in _CLASS_IDS and len(mentions) > 1 and re.fullmatch(r",\s*", sentence[mentions[0].end : mentions[1].start]):
            i = 1  # "One microRNA, miR-30, ..."
        first = mentions[i]
        if len(_coordinated(sentence, mentions, i)) > 1:
            return None  # "miR-30 and miR-21 stood out. It ...": which one?
        if first.entity.type not in _IT_TYPES or first.entity.id in _CLASS_IDS:
            return None
        return first.entity

    def _one_sense(self, mentions: list[Mention], text: str) -> tuple[list[Mention], Callable[..., Entity | None]]:
        """A bare process noun means the document's usual compound with that head: in a paper about
        "axon regeneration", "cytokines that block regeneration" block axon regeneration.

        A compound counts as usual when the document names it at least twice and at least twice as
        often as any other compound with the same head. Only nouns the lexicon does not know are
        re-pointed. Returns the mentions and a ``process_named_by`` that follows the same rule.
        """
        counts: dict[str, Counter[str]] = {}
        by_id: dict[str, Entity] = {}
        for m in mentions:
            words = m.text.split()
            if len(words) >= 2 and m.entity.type in _ONE_SENSE_TYPES:
                counts.setdefault(singular(words[-1].lower()), Counter())[m.entity.id] += 1
                by_id[m.entity.id] = m.entity
        usual: dict[str, Entity] = {}
        for head, c in counts.items():
            (top, n), *rest = c.most_common(2)
            if n >= 2 and (not rest or n >= 2 * rest[0][1]):
                usual[head] = by_id[top]
        if not usual:
            return mentions, self.recognizer.process_named_by
        out = [replace(m, entity=usual[singular(m.text.lower())], new=False)
               if m.new and " " not in m.text and not m.text.isupper() and singular(m.text.lower()) in usual
               and not _OF_COMPLEMENT.match(text, m.end) else m for m in mentions]

        def process(word: str, types: tuple[str, ...] = PROCESS_TYPES) -> Entity | None:
            e = self.recognizer.process_named_by(word, types)
            if e is not None and e.provisional and singular(e.label.lower()) in usual:
                return usual[singular(e.label.lower())]
            return e

        return out, process

    def _vesicle_sources(self, sentence: str, mentions: list[Mention]) -> tuple[list[Mention], list[Claim]]:
        """Name generic vesicles after the cells a phrase says they come from, so that the claims of
        this sentence and the anaphora of the next ones are about those cells' vesicles:
        "exosomes from iPSC-derived MSCs attenuate ..." (derives from), "the EVs that the MSCs shed"
        (secretes). "secreted by"/"released by" are left to the passive triggers."""
        out = list(mentions)
        claims: list[Claim] = []
        for i, m in enumerate(mentions[:-1]):
            if not is_generic_vesicle(m.entity):
                continue
            nxt = mentions[i + 1]
            if (self.ontology.is_a(nxt.entity.type, "AnatomicalSite") and i + 2 < len(mentions)
                    and not sentence[nxt.end : mentions[i + 2].start].strip()):
                nxt = mentions[i + 2]  # "bone marrow mesenchymal stem cells": the tissue names where the cells came from
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
            out[i] = v
            if i and out[i - 1].entity.id == m.entity.id and re.fullmatch(r"\s*\(", sentence[out[i - 1].end : m.start]):
                out[i - 1] = replace(v, start=out[i - 1].start, end=out[i - 1].end, text=out[i - 1].text)  # its long form
            if shed:
                end = _CELLS_SHED_VERB.match(sentence, nxt.end).end()
                claims.append(Claim(nxt, "secretes", v, m.start, end, 0.7))
            elif source.group(1) is None or source.group(1).lower() not in ("secreted", "released", "produced", "shed"):
                claims.append(Claim(v, "derives_from", nxt, m.start, nxt.end, 0.8))
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
            clause = _clause_start(sentence, c.start())
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
            items = _coordinated(sentence, mentions, first)
            if not _LIST_END.fullmatch(sentence[items[-1].end :]):
                continue  # "challenges: angiogenesis and neurogenesis must be promoted"
            for o in items:
                pred = _predicate("increases", m, o, self.ontology, 1)
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
                if sent.start + m.start() - at <= _ANAPHOR_REACH:
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

    def _implicit(self, mentions: list[Mention], sentence: str = "") -> list[Claim]:
        """Statements a vesicle name makes by itself: "MSC-derived exosomes", "miR-21-loaded exosomes".

        A possessive with a secretion participle after a cell type ("MSCs ... their secreted
        exosomes") says the cell secretes the vesicles.
        """
        out = []
        for m in mentions:
            if m.source == "possessive" and m.producer is not None:
                poss = _POSSESSIVE.search(sentence[: m.start])
                prod = Mention(m.start, m.end, m.text, m.producer, "lexicon", m.producer.provisional)
                if poss and poss.group(2) and poss.group(2).lower() != "own":
                    out.append(Claim(prod, "secretes", m, poss.start(1), m.end, 0.75))
                continue
            if m.producer is not None and m.producer.id != m.entity.id:
                prod = Mention(m.start, m.end, m.text, m.producer, "lexicon", m.producer.provisional)
                out.append(Claim(m, "derives_from", prod, m.start, m.end, 0.85))
            if m.cargo is not None and m.cargo.id != m.entity.id and self.ontology.is_a(m.entity.type, "ExtracellularVesicle"):
                cargo = Mention(m.start, m.end, m.text, m.cargo, "lexicon", m.cargo.provisional)
                out.append(Claim(m, "carries", cargo, m.start, m.end, 0.85))
        return out

    def _anaphora(self, sent: Sentence, mentions: list[Mention], last: tuple[int, Entity] | None,
                  topic: tuple[int, Entity] | None = None,
                  cell: tuple[int, Mention] | None = None) -> list[Mention]:
        """Re-point "these vesicles"/"the exosomes" at the last specific vesicle named before them.

        Also: a vesicle phrase in apposition names the vesicle before it ("exosomes—tiny membrane
        vesicles carrying ..."), and a bare vesicle word opening a sentence (after at most a short
        "The mechanism:" label) is *topic*, the vesicle of the previous sentence of its paragraph.
        "their (secreted) exosomes" after a cell type are that cell type's exosomes.
        """
        out = []
        for i, m in enumerate(mentions):
            prev = out[-1] if out else None
            if (prev is not None and self.ontology.is_a(prev.entity.type, "ExtracellularVesicle")
                    and (is_generic_vesicle(m.entity) and not is_generic_vesicle(prev.entity)
                         or m.new and self.ontology.is_a(m.entity.type, "ExtracellularVesicle")
                         and m.producer is None and m.cargo is None and re.search(r"[\u2014\u2013,]", sent.text[prev.end : m.start]))
                    and APPOSITION.fullmatch(sent.text[prev.end : m.start])):
                out.append(replace(m, entity=prev.entity, source="anaphora", new=prev.new))
                continue
            if (i == 0 and topic is not None and is_generic_vesicle(m.entity)
                    and _OPENING.fullmatch(sent.text[: m.start])):
                out.append(replace(m, entity=topic[1], source="anaphora", new=False))
                continue
            if is_generic_vesicle(m.entity) and _POSSESSIVE.search(sent.text[: m.start]):
                owner = [x for x in out if self.ontology.is_a(x.entity.type, "CellType")]
                if owner:
                    owner_m, owner_end = owner[-1], sent.start + owner[-1].end
                elif cell is not None:
                    owner_m, owner_end = cell[1], cell[0]
                else:
                    owner_m, owner_end = None, 0
                if owner_m is not None and sent.start + m.start - owner_end <= _ANAPHOR_REACH:
                    better = self._specialize(owner_m, m)
                    if better is not None:
                        out.append(replace(better, source="possessive", producer=owner_m.entity))
                        continue
            if last is None:
                out.append(m)
                continue
            end, entity = last
            before = sent.text[: m.start]
            if (is_generic_vesicle(m.entity) and _DETERMINER.search(before)
                    and sent.start + m.start - end <= _ANAPHOR_REACH):
                out.append(replace(m, entity=entity, source="anaphora", new=False))
            else:
                out.append(m)
        return out

    def _specialize(self, cell: Mention, vesicle: Mention) -> Mention | None:
        """The vesicles a cell type secretes, named after it ("stem cells release exosomes")."""
        if not is_generic_vesicle(vesicle.entity):
            return None
        c = cell.entity
        exosome = vesicle.entity.type == "Exosome"
        found = [e for name in (c.label, *c.synonyms)
                 for form in (f"{name} exosomes", f"{name}-derived exosomes", f"{name} EVs", f"{name} extracellular vesicles")
                 if (e := self.recognizer.lookup(form)) is not None]
        # The text's own word decides: "EVs" are not the lexicon's exosomes (the seeds keep stem cell EVs
        # and stem cell exosomes apart); "exosomes" may be a lexicon EV entity named by its exosome synonym.
        same = [e for e in found if (e.type == "Exosome") == exosome]
        if same or (exosome and found):
            return replace(vesicle, entity=(same or found)[0], new=False)
        kind = "exosome" if vesicle.entity.type == "Exosome" else "extracellular vesicle"
        label = f"{singular(c.label)} {kind}"
        e = Entity(slug(label), label, "Exosome" if kind == "exosome" else "ExtracellularVesicle", provisional=True)
        return replace(vesicle, entity=e, new=True)


def _fits_located(ontology: Ontology, etype: str) -> bool:
    return _fits(ontology, etype, CONSTRAINTS["located_in"][0])


_DEFAULT: Reader | None = None


def read_text(text: str, lexicon: Lexicon | None = None, ontology: Ontology | None = None,
              document: str = "<text>") -> ReadResult:
    """Read *text* with *lexicon* (default: ontology/lexicon.yaml) and return what the reader found.

    >>> r = read_text("Adipose stem cell-derived exosomes (ASC-Exos) deliver miR-199a-3p.")
    >>> [str(s) for s in r.statements]
    ['Adipose stem cell-derived exosome -delivers-> miR-199a-3p']
    >>> sorted(e.id for e in r.new_entities)
    ['Adipose-stem-cell-derived-exosome', 'miR-199a-3p']
    """
    global _DEFAULT
    if lexicon is None and ontology is None:
        if _DEFAULT is None:
            _DEFAULT = Reader()
        return _DEFAULT.read(text, document)
    return Reader(lexicon, ontology).read(text, document)


from .documents import read_file  # noqa: E402  (needs ReadResult defined above)
