"""The reader's driver: a document read sentence by sentence, with the discourse state between them.

Sentence-level discourse rules live here, in :class:`Reader`: anaphora ("These vesicles", "They",
a bare "exosomes" opening a sentence of the same paragraph, "their secreted exosomes"), appositions,
and one sense per head noun in a document; the rules about where vesicles come from are in
:mod:`.rules`. Every statement it returns obeys the curation rules of seeds/README.md:
``text[start:end] == quote``, a relation of the ontology, typed subject and object; its evidence
says ``curation="machine-read"`` and carries a confidence.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import replace
from typing import Callable

from ...lexicon import Lexicon, load_lexicon
from ...model import Entity, Evidence, Statement
from ...ontology import Ontology
from .cargo import POSSESSIVE, cargo_in_vesicle, name_claims, producer_mention, vesicular_cargo
from .context import DocumentContext
from .discourse import Discourse
from .names import MIRNA, OF, PROCESS_TYPES, Mention, is_generic_vesicle, singular, slug
from .ner import Recognizer
from .parse import Parsed, Parser, parse_spans
from .exposures import document_exposures, unknown_inducer_claims
from .idioms import (agent_claims, cargo_purpose_claims, delivery_claims, induced_claims, model_claims, role_claims,
                     therapy_claims, utr_claims)
from .phrases import modifier_claims, nominal_claims, process_verb_claims, treatment_claims
from .settings import setting_claims
from .predicates import EFFECTS as _EFFECTS, predicate_for
from .clauses import coordinated_with
from .blockers import (falls_named_after, kind_said_of, no_class_agents, no_object_as_subject, no_quality_of_cells,
                       own_clauses, through_antibodies)
from .relations import Claim, extract
from .respectively import paired_respectively
from .reversals import reversed_changes
from .disease_changes import disease_changes, means_of_therapy
from .extraction import claims_from_parse
from .tokens import CLASS_IDS, is_inhibitor, silenced_subject
from .groups import group_claims
from .grounding import MADE_MSC, TISSUE_MSC, Grounder, document_species
from .result import Found, ReadResult, read_parallel
from .vocabulary import DATA as VOCABULARY, Vocabulary
from .weighing import parse_claims_kept
from .rules import ANAPHOR_REACH, SentenceRules
from .sentences import Sentence, mask_statistics, mend_misspellings, split_sentences
from .status import status_of
from .triggers import APPOSITION, BUT_NOT, GAIN_NOUNS, TRIGGER_RX, inducer_after

log = logging.getLogger(__name__)

# "These vesicles", "The exosomes": the last specific vesicle the document named.
_THIS = re.compile(r"(?:^|\s)(?:this|the\s+same|that)\s+$", re.I)
_DETERMINER = re.compile(r"(?:^|\s)(?:these|those|the|such|said)\s+(?:[\w-]+\s+)?$", re.I)

# Processes only: a bare disease name is not its phase ("SCI" is not "chronic SCI").
_ONE_SENSE_TYPES = ("BiologicalProcess", "Phenotype", "Intervention", "DiseaseOrInjury")
_NO_ONE_SENSE = frozenset({"disease", "disorder", "condition"})  # "many diseases" are no one disease of the document

_OF_COMPLEMENT = re.compile(r"\s+of\s+\w", re.I)  # "regeneration of axons" says which regeneration

# A sentence-opening plural pronoun and what may stand before a sentence's subject.
_PRONOUN = re.compile(r"(They)\s+(?!not\b)[a-z]")

_IT = re.compile(r"(It)\s+(?!is\b|was\b|has\s+been\b|remains\b|seems\b|appears\b)(?:\w+ly\s+)?[a-z]")  # not "It is unclear"

_IT_TYPES = ("MicroRNA", "GeneOrProtein", "CytokineOrGrowthFactor", "Molecule")

_COMPARATOR = re.compile(r"\b(?:compared\s+(?:with|to)|than|versus|vs\.?|unlike|relative\s+to|instead\s+of|but\s+not)\s+"
                         r"(?:the\s+|those\s+|that\s+)?$", re.I)

_OPENING_NAME = re.compile(r"(?:(?:One|The|A|An|This)\s+)?$")

_CLASS_IDS = frozenset({"miRNA", "protein", "cytokine", "growth-factor", "lipid"})
_ASTROCYTE = re.compile(r"[\s-]+astrocyt", re.I)
_MEASURED_AS = re.compile(r"\s+(?:expression|levels?|abundance|content)\s+of\b", re.I)

_SUBJECT_START = re.compile(r"(?:(?:The|These|Such|Both)\s+)?(?:\w+\s+)?")

# "their secreted exosomes", "its own vesicles": the vesicles of the cells named before.
_MADE_MSC = re.compile(rf"^(?=.*(?:MSC|mesenchymal)).*(?:{MADE_MSC.pattern})", re.I)  # iPSC-MSCs

# What may precede a sentence-opening vesicle word that continues the previous sentence's topic.
_OPENING = re.compile(r"(?:[A-Z][a-z]*(?:\s+[a-z]+){0,2}:\s+)?")
# typographic hyphens and apostrophes ("Wharton’s jelly"), and Greek capitals that look like Latin ones ("NFκΒ"
# written with a capital beta): read as their plain letters, one for one
_READ_AS = {0x2010: "-", 0x2011: "-", 0x2019: "'",
            **{ord(g): latin for g, latin in zip("ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "ABEZHIKMNOPTYX")}}
_COURSE_WORDS = frozenset("pathogenesis progression development onset occurrence severity course".split())
_LOSS_WORDS = frozenset("inhibition suppression knockdown silencing deletion depletion blockade loss deficiency "
                        "downregulation down-regulation".split())
_AGENT_TYPES = ("CellType", "ExtracellularVesicle", "MicroRNA", "Molecule", "GeneOrProtein")


class Reader(SentenceRules):
    """A reader bound to one lexicon and ontology; reuse it across documents (the set-up is costly).

    >>> r = Reader().read("miR-146a dampens NF-κB signaling.")
    >>> [str(s) for s in r.statements]
    ['miR-146a -decreases-> NF-κB signaling']
    """

    def __init__(self, lexicon: Lexicon | None = None, ontology: Ontology | None = None, parser: Parser | None = None):
        self.ontology = ontology or Ontology.load()
        self.lexicon = lexicon if lexicon is not None else load_lexicon(self.ontology)
        self.recognizer = Recognizer(self.lexicon, self.ontology)
        self.parser: Parser | None = parser
        self._parser_future: Future | None = None  # the parser being made on a thread (see read)
        self.grounder: Grounder | None = None  # built at the first read: the term list takes a second to load
        self._doc_msc: str | None = None  # the tissue MSC term of the document being read

    def read(self, text: str, document: str = "<text>") -> ReadResult:
        """Read *text* (plain text; see :func:`read_file` for HTML) into a ReadResult."""
        if self.parser is None and self._parser_future is None:
            # The parser's import (spaCy, 1.5 s) runs while the term list decompresses (lzma lets go of the GIL)
            pool = ThreadPoolExecutor(max_workers=1)
            self._parser_future = pool.submit(Parser)
            pool.shutdown(wait=False)  # the thread ends with its one task
        try:
            return self._read(text, document)
        finally:
            if self._parser_future is not None:  # never leave the import running (a fork would inherit its lock);
                wait([self._parser_future])  # a failure surfaces where the parser is needed, as before

    def _parser(self) -> Parser:
        if self.parser is None:
            future, self._parser_future = self._parser_future, None
            self.parser = future.result() if future is not None else Parser()
        return self.parser

    def _read(self, source: str, document: str) -> ReadResult:
        # Typographic hyphens (U+2010, U+2011) are read as "-" so that "ADSC\u2010Exo" meets its definition and the
        # names written with "-" (typographic apostrophes and Greek look-alike capitals too, as plain letters); one
        # character for one, so offsets hold and quotes are the document's own words.
        text = mend_misspellings(mask_statistics(source.translate(_READ_AS)))
        sentences = split_sentences(text)
        self._grounder()
        mentions, process = self._one_sense(self.recognizer.find_document(text), text)
        result = ReadResult(source, sentences=len(sentences))
        species = document_species(text)
        self._doc_msc = None
        result.mentions = [self._found(m, 0, species, text[max(0, m.start - 30) : m.start], source) for m in mentions]
        tissues = {f.identifier for f in result.mentions if f.identifier in TISSUE_MSC}
        # ... and only where it studies no MSCs made from stem cells too (beside iPSC-MSCs, "MSCs" are the kind)
        made = any(_MADE_MSC.search(f.entity.label) for f in result.mentions)
        self._doc_msc = tissues.pop() if len(tissues) == 1 and not made else None
        # the cells a vesicle's or a cell's name names ("MSC" in "MSC-derived exosomes", "iPSC" in "iPSC-derived
        # MSCs") are a mention of their own words too (a tissue stays part of its cells' name: "bone marrow MSCs")
        made_by = [p for m in mentions if (p := producer_mention(m)) is not None
                   and self.ontology.is_a(p.entity.type, "CellType")]
        result.mentions = [self._found(m, 0, species, text[max(0, m.start - 30) : m.start], source)
                           for m in sorted(mentions + made_by, key=lambda m: (m.start, m.end))]
        diseases = [f for f in result.mentions if f.entity.type == "DiseaseOrInjury"]
        setting = DocumentContext(text, diseases)
        disease_starts = [f.start for f in diseases]  # in text order: a sentence's diseases by bisection
        seen: set[tuple[str, str, str, int]] = set()
        new: dict[str, Entity] = {}
        last_vesicle: tuple[int, Entity] | None = None  # (end offset, entity) of the last specific vesicle
        last_cell: tuple[int, Mention] | None = None  # (end offset, mention) of the last cell type
        prev_named: Entity | None = None  # the one molecule the previous sentence named, for "It ..."
        last_kind: tuple[int, Entity] | None = None  # (end offset, entity) of the last "exosomes"/"sEVs" named without source
        last_mirna: tuple[int, Entity] | None = None  # (end offset, entity) of the one miRNA the last sentence naming one named
        j = 0
        prev_start, prev_end = -1, None
        prev_subject: Entity | None = None  # the vesicle the previous sentence opened with
        cargo_of: dict[str, dict[str, tuple[int, Entity]]] = {}  # vesicle id -> cargo id -> (offset, cargo)
        discourse = Discourse(self.ontology, text, self.recognizer.lookup, self.recognizer.new_entity, process)
        parsed = self._parse(sentences, mentions)
        exposures = document_exposures(mentions)
        for n_sent, sent in enumerate(sentences):
            while j < len(mentions) and mentions[j].start < sent.start:
                j += 1
            local = []
            k = j
            while k < len(mentions) and mentions[k].end <= sent.end:
                m = mentions[k]
                k += 1
                if m.entity.id in _CLASS_IDS and _MEASURED_AS.match(text, m.end) or m.text in ("A1", "A2") and _ASTROCYTE.match(text, m.end):
                    continue  # "lowered the protein levels of NLRP3": how it was measured, not what; "A1 astrocytes": a kind
                local.append(replace(m, start=m.start - sent.start, end=m.end - sent.start))
            # The previous sentence of the same paragraph named a vesicle: a bare "Exosomes ..." opening
            # this one continues the topic ("MSC exosomes improved recovery. The mechanism: exosomes ...").
            same_paragraph = prev_end is not None and "\n" not in text[prev_end : sent.start]
            topic = last_vesicle if (last_vesicle is not None and same_paragraph and last_vesicle[0] > prev_start) else None
            if last_vesicle is None and last_kind is not None:
                # "... is probably exosomes. MSCs pump out these nano-sized vesicles": the vesicles are
                # the exosomes just named, so they are named as exosomes.
                local = [replace(m, entity=last_kind[1]) if (m.entity.type == "ExtracellularVesicle" and is_generic_vesicle(m.entity)
                         and _DETERMINER.search(sent.text[: m.start]) and sent.start + m.start - last_kind[0] <= ANAPHOR_REACH)
                         else m for m in local]
            # A vesicle phrase that names its source ("the EVs that the MSCs shed") is no anaphor.
            local, sourced = self._vesicle_sources(sent.text, local)
            local = self._anaphora(sent, local, last_vesicle, topic, last_cell)
            if last_mirna is not None:  # "... were enriched in miR-451a. This miRNA targeted MIF": that miRNA
                local = [replace(m, entity=last_mirna[1], source="anaphora", new=False) if m.entity.id == "miRNA"
                         and _THIS.search(sent.text, max(0, m.start - 12), m.start) and sent.start + m.start - last_mirna[0] <= ANAPHOR_REACH
                         else m for m in local]
            named_mirnas = {m.entity.id: (sent.start + m.end, m.entity) for m in local if m.entity.type == "MicroRNA"
                            and m.entity.id != "miRNA" and m.source != "anaphora"}
            last_mirna = next(iter(named_mirnas.values())) if len(named_mirnas) == 1 else None if named_mirnas else last_mirna
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
                      + extract(sent.text, local, self.ontology, self._specialize) + name_claims(sent.text, local, self.ontology)
                      + modifier_claims(sent.text, local, self.ontology, process) + setting_claims(sent.text, local, self.ontology)
                      + nominal_claims(sent.text, local, self.ontology, self.recognizer.lookup)
                      + treatment_claims(sent.text, local, self.ontology)
                      + cargo_in_vesicle(sent.text, local, self.ontology, CLASS_IDS) + utr_claims(sent.text, local)
                      + therapy_claims(sent.text, local, self.ontology) + model_claims(sent.text, local, self.ontology)
                      + delivery_claims(sent.text, local, self.ontology) + disease_changes(sent.text, local, self.ontology)
                      + unknown_inducer_claims(local, exposures, self.recognizer.new_entity, self._names_disease)
                      + group_claims(sent.text, local, self.ontology))
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
            roles = role_claims(sent.text, local, self.ontology)
            claims += agent_claims(sent.text, local, claims, self.ontology) + cargo_purpose_claims(sent.text, claims, self.ontology)
            claims += (self._object_relative(sent.text, local) + self._measured_in(sent.text, local)
                       + self._secreted_into(sent.text, local)
                       + self._in_circulation(sent.text, local) + self._presents(sent.text, local))
            # "BM MSCs reduced ZO-1 downregulation": what they reduced is the fall, so they raise ZO-1 (the parse reads it so)
            claims = falls_named_after(sent.text, claims)
            if n_sent in parsed:
                claims = no_object_as_subject(parsed[n_sent], claims)  # "X protected A against B, reduced C": not B's
                # what the parse adds beyond the rules: not a control's reading (dropped below) nor a role target's
                exempt = compared | {r.object.start for r in roles}  # ("X, an autophagy activator, reduced Y" is X's too)
                claims += parse_claims_kept(sent.text, claims, claims_from_parse(
                    parsed[n_sent], local, self.ontology, self._mirna, self.recognizer.new_entity), exempt)
            claims += means_of_therapy(sent.text, claims, self.ontology)  # (after the parse's own means chain)
            claims = reversed_changes(sent.text, local, own_clauses(sent.text, claims), self.ontology)
            claims = self._course_of(sent.text, local, self._delivered(sent.text, local, claims))
            claims = no_class_agents(sent.text, local, kind_said_of(sent.text, local, claims))  # "miRNAs in the exosomes suppress X": no agent
            # an inhibitor acts against what it names: "MSC-anti-miR-92a-3p-Exos repressed X" says miR-92a-3p raises X
            claims = [r for c in claims for r in ([c] if c.subject.source == "inhibitor" or not is_inhibitor(c.subject.text)
                                                  else self._through_inhibitor(c))]
            # "an MCP-1-neutralizing antibody reduced X", "anti-IL-6 antibodies ...": the antibody blocks what it names
            claims = no_quality_of_cells(sent.text, through_antibodies(sent.text, claims, self.ontology), self.ontology)
            claims = self._surface_to_vesicle(sent.text, claims)
            claims += self._cargo_bridge(sent, local, cargo_of)
            claims += vesicular_cargo(sent.text, local, last_vesicle, self.recognizer.lookup, self._specialize, self.ontology)
            # an inducer ("IL-6-induced injury", "IL-1β-treated") is no object of the verb before it, a control ("but not X") no doer
            # (a process listed before one is none: "reduced apoptosis and LPS-induced inflammation")
            states = {m.start for m in local if self.ontology.is_a(m.entity.type, "ProcessOrPhenotype")}
            inducers = {m.start for m in local if inducer_after(sent.text, m.end, m.start in states)}
            claims = [c for c in claims if (c.object.start not in inducers
                                            and not inducer_after(sent.text, c.object.end, c.object.start in states)
                                            or c.predicate == "derives_from")  # (also a name only the parse read)
                      and c.subject.start not in compared]  # ("BMSCs-induced exosomal miR-X": the exosomes are the BMSCs')
            claims += induced_claims(sent.text, local, self.ontology) + roles + sourced
            claims += discourse.claims(sent.text, sent.start, local, claims)
            # "A and B target C and D, respectively": A C, B D; "Knockdown of miR-126, but not of miR-21, reduced X": the
            # aside's name did nothing
            asides = [a.span() for a in BUT_NOT.finditer(sent.text)]  # (once per sentence, not once per claim)
            claims = [c for c in paired_respectively(sent.text, claims) if not any(a <= c.subject.start < b for a, b in asides)]
            for c in claims:
                if c.predicate == "carries":
                    cargo_of.setdefault(c.subject.entity.id, {})[c.object.entity.id] = (sent.start + c.end, c.object.entity)
            for c in claims:
                start, end = sent.start + c.start, sent.start + c.end
                key = (c.subject.entity.id, c.predicate, c.object.entity.id, sent.start)
                if key in seen:
                    continue  # one claim per sentence, however many rules found it
                seen.add(key)
                subj, obj = (self._found(c.subject, sent.start, species, sent.text[max(0, c.subject.start - 30) : c.subject.start], source),
                             self._found(c.object, sent.start, species, sent.text[max(0, c.object.start - 30) : c.object.start], source))
                if c.predicate in _EFFECTS and subj.identifier is not None and subj.identifier == obj.identifier:
                    continue  # "bound IRAK, and repressed IRAK1": one gene under two names moves nothing of its own
                # (a quote's earlier sentence's hedges too; where vesicles come from, their name says, whatever
                # the sentence hedges: "MSC-derived exosomes could reduce X" hedges the reduction only)
                status = "finding" if c.predicate == "derives_from" else c.status or status_of(
                    text[min(start, sent.start) : sent.start + c.end], sent.text[c.end : c.end + 90])
                ev = Evidence(document, source[start:end], start, end, status, f"r{len(result.statements) + 1:03d}",
                              curation="machine-read", confidence=c.confidence)
                result.statements.append(Statement(subj.entity, c.predicate, obj.entity, self.ontology.relations[c.predicate].sign, (ev,)))
                result.arguments.append((subj, obj))
                result.contexts.append(setting.of(sent.text, diseases[bisect_left(disease_starts, sent.start):
                                                                  bisect_left(disease_starts, sent.end)]))
                for e in (subj.entity, obj.entity):
                    if e.provisional:
                        new.setdefault(e.id, e)
        result.new_entities = sorted(new.values(), key=lambda e: e.id)
        log.info("%s: %d sentences, %d statements, %d new entities", document, result.sentences,
                 len(result.statements), len(result.new_entities))
        return result

    def _found(self, m: Mention, offset: int, species: str | None, before: str = "", source: str = "") -> Found:
        """*m* (offsets relative to *offset*) with its entity grounded, as the result reports it, in the
        words of *source* (the document as written) where they are the mention's words."""
        # an abbreviation is grounded by its long form, not as a name of its own ("LPS" is no gene)
        entity, how = self._grounder().ground(m.entity, None if m.source in ("abbreviation", "anaphora") else m.text or None,
                                              species)
        if self.ontology.is_a(entity.type, "CellType"):  # at a sentence's start too (a title's first words)
            # "bone marrow mesenchymal stem cells" read as a tissue and the lexicon's MSCs: the cells of that tissue
            entity, how = self._grounder().tissue_cells(entity, before, how, m.text)
            entity, how = self._grounder().as_document_msc(entity, how, self._doc_msc)
        matched = {"lexicon": "lexicon", "abbreviation": "abbreviation defined in the document",
                   "anaphora": "refers back", "possessive": "refers back", "phrase": "words of the verb's object"}.get(m.source, "name pattern")
        written = source[offset + m.start : offset + m.end]
        # the document's own hyphens and spelling ("Bone morrow", read as "Bone marrow")
        words = written if mend_misspellings(written.translate(_READ_AS)) == m.text else m.text
        return Found(offset + m.start, offset + m.end, words, entity, matched, how)

    def _course_of(self, sentence: str, mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
        """ "involved in the pathogenesis of osteoarthritis": the object is the disease, not its course."""
        out: list[Claim] = []
        for c in claims:
            o = c.object
            of = OF.match(sentence, o.end) if o.text.lower() in _COURSE_WORDS else None
            d = next((m for m in mentions if of and m.start == of.end()), None)
            if d is None:
                out.append(c)
                continue
            pred = predicate_for(c.predicate, c.subject, d, self.ontology, 1)
            if pred is not None and d.entity.id != c.subject.entity.id:
                out.append(replace(c, object=d, predicate=pred))
        return out

    def _delivered(self, sentence: str, mentions: list[Mention], claims: list[Claim]) -> list[Claim]:
        """ "peripheral infusion of hUC-MSCs suppresses X": what is infused does it, not the infusion."""
        out: list[Claim] = []
        for c in claims:
            s = c.subject
            head = s.text.split()[-1].lower() if s.text.split() else ""
            named_by = s.entity.type == "Intervention" or head in GAIN_NOUNS or head in _LOSS_WORDS
            of = OF.match(sentence, s.end) if named_by else None
            agent = next((m for m in mentions if of and m.start == of.end() and any(
                self.ontology.is_a(m.entity.type, t) for t in _AGENT_TYPES)), None)
            agent = agent or self._vesicles_of(s)  # "T-MSC exosomes transplantation reduced X": the vesicles do
            if agent is None or self.ontology.is_a(agent.entity.type, "CellType") and s.entity.type in PROCESS_TYPES:
                # ("the activation of macrophages" read as macrophage activation: the cells' process does it)
                out.append(c)
                continue
            # "Pharmaceutical Activation of Nrf2 accelerates X": Nrf2 does; "knockdown of X": the opposite
            pred = predicate_for(c.predicate, agent, c.object, self.ontology, -1 if head in _LOSS_WORDS else 1)
            if pred is not None and agent.entity.id != c.object.entity.id:
                out.append(replace(c, subject=agent, predicate=pred))
        return out

    def _parse(self, sentences: list[Sentence], mentions: list[Mention]) -> dict[int, Parsed]:
        """Parses of the sentences that hold two or more mentions, by sentence number (one batch)."""
        parser = self._parser()
        items, numbers = [], []
        j = 0
        for n, sent in enumerate(sentences):
            while j < len(mentions) and mentions[j].start < sent.start:
                j += 1
            k = j
            while k < len(mentions) and mentions[k].end <= sent.end:
                k += 1
            # a sentence without a trigger word gives the parse nothing to read (claims start at a trigger verb)
            if k - j >= 2 and TRIGGER_RX.search(sent.text):
                items.append((sent.text, parse_spans(sent.text, mentions[j:k], sent.start)))
                numbers.append(n)
        return dict(zip(numbers, parser.parse(items)))

    def _names_disease(self, words: str) -> bool:
        """Whether *words* name a disease or an ill state (the lexicon's, or MONDO's, DOID's or HP's: "sepsis")."""
        known, vocabulary = self.recognizer.lookup(words), self.recognizer.vocabulary
        if known is not None:
            return self.ontology.is_a(known.type, "DiseaseOrInjury")
        return vocabulary is not None and bool(vocabulary.lookup(words, ("disease", "phenotype")))

    def _through_inhibitor(self, c: Claim) -> list[Claim]:
        s = silenced_subject(c.subject, self._mirna) if c.predicate in ("increases", "decreases") else None
        pred = predicate_for("decreases" if c.predicate == "increases" else "increases", s, c.object, self.ontology, 1) if s else None
        return [replace(c, subject=s, predicate=pred)] if pred and s.entity.id != c.object.entity.id else []

    def _mirna(self, name: str) -> Entity | None:
        """The miRNA entity an inhibitor names ("anti-miR-92a-3p" -> miR-92a-3p)."""
        m = MIRNA.fullmatch(name)
        label = f"miR-{m.group(1)}" if m and m.group(1) else name
        return self.recognizer.lookup(name) or self.recognizer.lookup(label) or self.recognizer.new_entity(name, "MicroRNA", label)

    def _grounder(self) -> Grounder:
        if self.grounder is None:
            vocabulary = Vocabulary.load() if VOCABULARY.is_file() else None
            self.grounder = Grounder(vocabulary, self.ontology)
            self.recognizer.vocabulary = vocabulary
        return self.grounder

    def read_many(self, items: list[tuple[str, str]], processes: int = 1,
                  progress: Callable[[int], None] | None = None) -> list[ReadResult]:
        """Read every (text, document name) of *items*, on *processes* cores; results in input order.

        *progress* is called with 1 after each document (a progress bar's ``update``).
        """
        return read_parallel(self, items, processes, progress)

    def _sentence_molecule(self, sentence: str, mentions: list[Mention]) -> Entity | None:
        """The named molecule *sentence* is about, for an "It" opening the next one: its subject ("miR-30
        stood out", "One microRNA, miR-30, stood out"), not an object ("Exosome therapy lowered TNF-α")."""
        if not mentions or not _OPENING_NAME.match(sentence[: mentions[0].start]):
            return None
        i = 0
        if mentions[0].entity.id in _CLASS_IDS and len(mentions) > 1 and re.fullmatch(r",\s*", sentence[mentions[0].end : mentions[1].start]):
            i = 1  # "One microRNA, miR-30, ..."
        first = mentions[i]
        if len(coordinated_with(sentence, mentions, i)) > 1:
            return None  # "miR-30 and miR-21 stood out. It ...": which one?
        if first.entity.type not in _IT_TYPES or first.entity.id in _CLASS_IDS:
            return None
        return first.entity

    def _one_sense(self, mentions: list[Mention], text: str) -> tuple[list[Mention], Callable[..., Entity | None]]:
        """A bare process noun means the document's usual compound with that head ("axon regeneration": "block regeneration").

        A compound counts as usual when the document names it at least twice (an exposure: once) and at least
        twice as often as any other compound with the same head. Only nouns the lexicon does not know are
        re-pointed. Returns the mentions and a ``process_named_by`` that follows the same rule.
        """
        counts: dict[str, Counter[str]] = {}
        by_id: dict[str, Entity] = {}
        for m in mentions:
            words = m.text.split()
            if len(words) >= 2 and m.entity.type in _ONE_SENSE_TYPES and singular(words[-1].lower()) not in _NO_ONE_SENSE:
                counts.setdefault(singular(words[-1].lower()), Counter())[m.entity.id] += 1
                by_id[m.entity.id] = m.entity
        usual: dict[str, Entity] = {}
        for head, c in counts.items():
            (top, n), *rest = c.most_common(2)
            # an exposure the study names once ("thoracic radiation") is the one its bare head word means after
            if (n >= 2 or by_id[top].type == "Intervention") and (not rest or n >= 2 * rest[0][1]):
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
                    and APPOSITION.fullmatch(sent.text[prev.end : m.start]) and not _COMPARATOR.search(sent.text[: prev.start])):
                out.append(replace(m, entity=prev.entity, source="anaphora", new=prev.new))  # (not "Compared with X, Y")
                continue
            if (i == 0 and topic is not None and is_generic_vesicle(m.entity)
                    and _OPENING.fullmatch(sent.text[: m.start])):
                out.append(replace(m, entity=topic[1], source="anaphora", new=False))
                continue
            if is_generic_vesicle(m.entity) and POSSESSIVE.search(sent.text[: m.start]):
                owner = [x for x in out if self.ontology.is_a(x.entity.type, "CellType")]
                if owner:
                    owner_m, owner_end = owner[-1], sent.start + owner[-1].end
                elif cell is not None:
                    owner_m, owner_end = cell[1], cell[0]
                else:
                    owner_m, owner_end = None, 0
                if owner_m is not None and sent.start + m.start - owner_end <= ANAPHOR_REACH:
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
                    and sent.start + m.start - end <= ANAPHOR_REACH):
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
