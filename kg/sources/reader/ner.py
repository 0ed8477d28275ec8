"""Entity recognition: the lexicon, the document's own abbreviations, and patterns for new names.

Three sources, in order of trust:

1. the lexicon (labels and synonyms, matched case-insensitively except short acronyms such as
   ``SCI``, which must match case; a plural ``s`` is allowed);
2. abbreviations the document defines ("nucleus pulposus cells (NPCs)", "IVDD [Inter-vertebral
   Disk Degeneration]"), found with the Schwartz-Hearst rule (the short form's letters occur in
   order in the long form, the first at the start of a word);
3. patterns for names the lexicon does not know: miRNAs (miR-21, microRNA-199a-3p, let-7a), gene and
   protein symbols (STAT3, ERK1/2, IL-1β), "Y pathway"/"Y signaling", and vesicle phrases built on a
   producer ("X-derived exosomes", "X-EVs", "X exosomes").

Overlaps go to the longest span, then to the more trusted source. A name found by 2 or 3 that the
lexicon cannot resolve becomes a provisional :class:`~kg.model.Entity` with an id made from its
name, a type from the ontology classes, and ``provisional=True``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...lexicon import Lexicon, normalize
from ...model import Entity
from ...ontology import Ontology
from .abbreviations import initials, long_form
from .compose import MentionSteps
from .grounding import unique_term
from .names import (ABBREV, ADJECTIVAL, GIVING, GLOSS, HEAD_TYPE, HYPHEN_OK, KIND_FORMING, LEVEL_WORD, LINE_KINDS,
                    LINEAGE, MEMBER_SUFFIX, MODEL_NAME, MODIFIER, NP_HEAD, OF_PLACE, ORGAN_ADJECTIVE, PHASE, PROCESS_TYPES,
                    STOP, SYMBOL, VESICLE_HEAD, VESICLE_LIKE, VESICLE_SUFFIX, WOUND, WOUND_KIND, Mention, is_generic_vesicle, name_pattern,
                    noun_forms, singular, slug, type_of_phrase, without_short_forms)
from .patterns import GLUED_VESICLE, PatternSteps
from .producers import ProducerSteps
from .terms import term_class, with_terms
from .triggers import TRIGGERS
from .vocabulary import Vocabulary

# two small words ("stromal/stem", "Stromal/Stem" in a title): not "Akt/mTOR", "Wnt/beta-catenin"
_EITHER_WORD = re.compile(r"\b([A-Za-z][a-z]{3,})/([A-Za-z][a-z]{3,})\b(?![-\u2010])")
_NAME_GOES_ON = re.compile(r"\s*(?:\d|cells?\b)")  # "(Th)1 cells", "double-negative T (DNT) cells"
# what a symbol's letters may stand for instead; "anoxia/reoxygenation (AR)" is an insult, not the androgen receptor
_STATE_WORD = re.compile(r"(?:ity|osis|itis|pathy|a?emia|oxia|traps?|reoxygenation|reperfusion)$")
_TRUNCATED = re.compile(r"[A-Z][a-z]{2,4}")  # "doxorubicin (Dox)": a drug's name cut short
_CLASS_WORD = re.compile(r"proteins?")  # "YAP protein": the class of the name before it, no entity of its own
# "type II alveolar epithelial cells", "type 2 ...": a cell type's number needs its word
_TYPE_NUMBER = re.compile(r"(?:I{1,3}|IV|[1-3])\s+")
_TYPE_BEFORE = re.compile(rf"(?<![\w-])[Tt]ype\s+{_TYPE_NUMBER.pattern}$")
_SHORT_FORM = r"\([A-Za-z][\w-]{0,12}\)"  # "(NPC)": a short form defined in brackets
_SHORT_FORM_BEFORE = re.compile(rf"{_SHORT_FORM}\s+$")
# vesicles named with how they were given: "hADSC exosome therapy", "EV-therapy"
_VESICLE_GIVEN = re.compile(rf"(?<![A-Za-z]){VESICLE_HEAD}([\s-]+(?:therapy|treatment|administration|injection|infusion))$")
# cells named with how they were given, after the route: "Intratracheal MSC therapy", "Adipose Stem Cell Therapy"
_CELLS_GIVEN = re.compile(r"^((?:(?:intra|sub)[a-z-]+|systemic|local|topical|intravenous|repeated)\s+)?(.+?)[\s-]+"
                          rf"(?:therapy|{GIVING})$", re.I)
_INFLAMMATORY_KIND = re.compile(r"(?:pro-?|anti-)?inflammatory", re.I)
_INFLAMMATORY_CLASS = re.compile(rf"{_INFLAMMATORY_KIND.pattern}\s+(?:cytokine|chemokine|mediator|factor)s?", re.I)
# a short form a document may use without defining it: "BSMCs", "RGCs", "hUVECs"
_UNDEFINED_SHORT = re.compile(r"[a-z]?[A-Z][A-Z0-9]*[A-Z]s?")
_SHORT_FORM_INSIDE = re.compile(rf"\bcells?\s+{_SHORT_FORM}\s+\S+$")
# "a major risk factor for diabetes", "an important factor in OA": a factor by its role names no molecule
_ROLE_FACTOR = re.compile(r"(?:risk|key|important|major|main|contributing|protective|critical|crucial|independent|prognostic)\s+factors?$", re.I)
_NUMBER_LAST = re.compile(r"\s\d{1,3}$")  # "cluster of differentiation 74 (CD74)": a numbered member, no molecule
_NUMBERED_WORD = re.compile(r"[A-Z][a-z]{3,}-?\d{1,2}")  # "Argonaute2 (AGO2)", "Beclin1 (BECN1)": a protein's name and number
# a long form that reads like a gene's name: "... factor 1", "... of transcription 3", "... receptor"
_GENE_LONG = re.compile(r"(?:\s\d+[a-z]?|\s[IVX]+|[\u03b1-\u03c9])$|\b(?:factor|receptor|protein|kinase|ligand|interleukin"
                        r"|phosphatase|synthase|transferase|oxidase|channel|transporter)s?\b", re.I)


class Recognizer(MentionSteps, PatternSteps, ProducerSteps):
    """Finds entity mentions in a text with one lexicon; build once, use for many documents.

    >>> from kg.lexicon import Lexicon
    >>> lex = Lexicon([Entity("PTEN", "PTEN", "GeneOrProtein")])
    >>> [(m.text, m.entity.id, m.new) for m in Recognizer(lex).find("miR-199a-3p targets PTEN")]
    [('miR-199a-3p', 'miR-199a-3p', True), ('PTEN', 'PTEN', False)]
    """

    def __init__(self, lexicon: Lexicon, ontology: Ontology | None = None):
        self.lexicon = lexicon
        self.ontology = ontology
        self.vocabulary: Vocabulary | None = None  # set by the reader once its term list is loaded
        self._names: dict[str, str] = {}  # normalized name -> entity id
        self._provisional: dict[str, Entity] = {}  # normalized name -> new entity of the document being read
        self._taken_ids: set[str] = set()
        self._looked_up: dict[str, Entity | None] = {}
        exact, folded = [], []
        for e in lexicon:
            for name in {e.label, *e.synonyms}:
                key = normalize(name)
                self._names.setdefault(key, e.id)
                # Short acronyms must match case ("SCI" is not "sci"); other names need not.
                (exact if len(name) <= 5 and any(c.isupper() for c in name) else folded).append(name)
        self._exact = name_pattern(exact, 0)
        self._folded = name_pattern(folded, re.IGNORECASE)

    def lookup(self, name: str) -> Entity | None:
        """The lexicon entity *name* (or its singular) names, if any."""
        # asked thousands of times per document for the same few names; the lexicon does not change
        if name in self._looked_up:
            return self._looked_up[name]
        key = normalize(name)
        eid = self._names.get(key) or self._names.get(singular(key)) or self._names.get(key + "s")
        e = self.lexicon.get(eid) if eid else None
        if e is None and _EITHER_WORD.search(name):
            # "mesenchymal stromal/stem cells": the name read either way, when that is one entity
            found = {self.lookup(_EITHER_WORD.sub(rf"\{k}", name)) for k in (1, 2)} - {None}
            e = found.pop() if len(found) == 1 else None
        if len(self._looked_up) < 100_000:
            self._looked_up[name] = e
        return e

    def process_named_by(self, word: str,
                         types: tuple[str, ...] = PROCESS_TYPES) -> Entity | None:
        """The process or phenotype an adjective or noun after "pro-"/"anti-" names, if any.

        The lexicon first ("inflammatory" -> inflammation, "ageing" -> ageing), then a new entity
        where the noun is a head word of one of *types* that needs no modifier ("apoptotic" ->
        apoptosis; with ``types=("CellType",)``, "neuronal" -> neuron).

        >>> r = Recognizer(Lexicon([Entity("inflammation", "inflammation", "BiologicalProcess")]))
        >>> r.process_named_by("inflammatory").id, r.process_named_by("apoptotic").label
        ('inflammation', 'apoptosis')
        """
        for noun in noun_forms(word):
            e = self.lookup(noun)
            if e is not None:
                return e
        for noun in noun_forms(word):
            head = HEAD_TYPE.get(noun.lower())
            if head and not head[1] and head[0] in types:
                return self._new(noun, head[0], noun)
        return None

    def _is_a(self, etype: str, parent: str) -> bool:
        if self.ontology is not None:
            return self.ontology.is_a(etype, parent)
        return etype == parent

    # -- candidates -----------------------------------------------------------------------------
    def _lexicon_candidates(self, text: str) -> list[Mention]:
        out = []
        for rx in (self._exact, self._folded):
            if rx is None:
                continue
            for m in rx.finditer(text):
                e = self.lookup(m.group())
                if e is not None and e.type != "Organism":
                    out.append(Mention(m.start(), m.end(), m.group(), e, "lexicon"))
        return out

    def new_entity(self, name: str, etype: str, label: str | None = None) -> Entity:
        """The lexicon entity *label* or *name* names, else a provisional entity of *etype* (one per name).

        >>> r = Recognizer(Lexicon([Entity("ageing", "ageing", "BiologicalProcess", ("aging",))]))
        >>> r.new_entity("aging", "BiologicalProcess").id, r.new_entity("obesity", "DiseaseOrInjury").provisional
        ('ageing', True)
        """
        return self._new(name, etype, label)

    def _new(self, name: str, etype: str, label: str | None = None) -> Entity:
        label = label or singular(name)  # symbols and miRNAs come with their label; phrases are singular
        known = self.lookup(label) or self.lookup(name)
        if known is not None:
            return known
        key = normalize(singular(label))
        if key in self._provisional:  # one entity per name, whatever its spelling in the text
            return self._provisional[key]
        eid = slug(label)
        while eid in self.lexicon or eid in self._taken_ids:
            eid += "-new"
        self._taken_ids.add(eid)
        # "pro-inflammatory cytokines" is a class, as the lexicon's "cytokine" is: paths do not pass through it
        generic = etype == "CytokineOrGrowthFactor" and bool(_INFLAMMATORY_CLASS.fullmatch(label))
        e = Entity(eid, label, etype, tuple(sorted({name} - {label})), provisional=True, generic=generic)
        self._provisional[key] = e
        return e

    def _abbreviations(self, text: str) -> tuple[dict[str, Entity], set[str], set[str]]:
        """Short forms the document defines, mapped to the entity of their long form; the short
        forms that are gene symbols the document spells out ("early growth response factor 1 (EGR1)");
        and the short forms of long forms nothing knows, which name no gene ("cardiotoxicity (DIC)")."""
        found: dict[str, Entity] = {}
        spelled_out: set[str] = set()
        unknown: set[str] = set()
        for m in ABBREV.finditer(text):
            short = m.group(1)
            truncated = _TRUNCATED.fullmatch(short)
            if (sum(c.isupper() for c in short) < 2 and not (short[0].isupper() and any(c.isdigit() for c in short))
                    and not truncated) or short in found:  # "Nrf2" is a short form too
                continue
            written = long_form(short, text[max(0, m.start() - 120) : m.start()])
            if truncated and not (written and written.lower().startswith(short.lower()) and " " not in written):
                continue
            if written:
                e = self._entity_for_phrase(without_short_forms(written))  # ("iPSC (iPSC)-derived MSC": no brackets)
                if e is None and (truncated or short[0].isdigit()) and self.vocabulary is not None and \
                        unique_term(self.vocabulary.lookup(written, ("chemical",)), written) is not None:
                    e = self._new(written, "Molecule", written)
                if e is None and found:
                    # "type 2 DM (T2DM)" after "diabetes mellitus (DM)": the long form holds a short form
                    spelled = re.sub(r"\b[A-Za-z][\w-]*\b", lambda w: found[w.group()].label if w.group() in found
                                     and w.group() != w.group().lower() else w.group(), written)
                    e = self._entity_for_phrase(spelled) if spelled != written else None
                if e is not None and (VESICLE_SUFFIX.search(short) or GLUED_VESICLE.search(short)) \
                        and not self._is_a(e.type, "ExtracellularVesicle"):
                    e = None  # "exosomes from ... stromal cells (MSC-Exos)": the letters hit the cells, the name means the vesicles
                if (e is None and (_GENE_LONG.search(written) or _NUMBERED_WORD.fullmatch(written))) or (e is not None and e.provisional
                                                                        and (self._is_a(e.type, "GeneOrProtein") or e.type == "Molecule"
                                                                             and _NUMBER_LAST.search(written))
                                                                        and not self._names_other_gene(written, short)):
                    # "early growth response factor 1 (EGR1)": a long form no list knows, for a gene symbol that is one
                    gene = self._gene_symbol(short)
                    if gene is not None:
                        e = gene
                        spelled_out.add(short)
                if e is not None:
                    found[short] = e
                elif not _GENE_LONG.search(written) and not _NAME_GOES_ON.match(text, m.end()) and (
                        _STATE_WORD.search(written) or not self._is_symbol(short)):
                    unknown.add(short)  # not "T helper (Th)1 cells"; a gene's symbol only for a state's name
        for m in GLOSS.finditer(text):
            short, gloss = m.group(1), re.split(r"\s+[\u2013\u2014-]\s+|,|;", m.group(2))[0]
            if short in found or self.lookup(short) is not None:
                continue
            if long_form(short, gloss) == gloss.strip():
                e = self._entity_for_phrase(gloss.strip())
                if e is not None:
                    found[short] = e
        return found, spelled_out, unknown - set(found)

    def _known_line(self, phrase: str) -> bool:
        line = _INNER_CAPITAL_LINE.match(phrase)
        return line is not None and self.vocabulary is not None and bool(self.vocabulary.lookup(line.group(1), ("efo",)))

    def _entity_for_phrase(self, phrase: str) -> Entity | None:
        e = self.lookup(phrase)
        if e is not None:
            return e
        etype = type_of_phrase(phrase)
        if etype is None and self.vocabulary is not None:
            etype = term_class(phrase, self.vocabulary)  # "lipopolysaccharide (LPS)", "acute liver failure (ALF)"
        if etype is None and self.vocabulary is not None:
            # "osteonecrosis of the femoral head (ONFH)": a disease of a place; "high glucose (HG)": a molecule
            # at a level. The class of the disease or the molecule (the grounder says how near the term is)
            part = OF_PLACE.match(phrase) or LEVEL_WORD.match(phrase)
            kind = term_class(part.group(1), self.vocabulary) if part else None
            etype = kind if kind in ("DiseaseOrInjury", "Molecule") else None
        if etype is None:
            # "bone marrow MSCs (BMSCs)": the long form ends in a known cell or vesicle name
            last = self.lookup(phrase.split()[-1]) if " " in phrase else None
            head = term_class(phrase.split()[-1], self.vocabulary) if last is None and " " in phrase \
                and self.vocabulary is not None else None
            # "postoperative cognitive dysfunction (POCD)": an ill state's or a process's head word, as in running text
            head = head or (HEAD_TYPE.get(phrase.split()[-1].lower(), ("",))[0] if last is None and " " in phrase else None)
            if last is None and HEAD_TYPE.get(phrase.split()[-1].lower(), ("",))[0] == "EngineeredVesicle":
                return self._np_mention(phrase, 0, "EngineeredVesicle").entity  # "Prussian blue nanoparticles (PBs)"
            if head in ("CellType", "DiseaseOrInjury", "Phenotype", "BiologicalProcess"):
                # "primary human chondrocytes (PHCs)", "androgenic alopecia (AGA)": a standard name of a
                # cell or an ill state ends it
                etype = head
            elif last is None or not (self._is_a(last.type, "CellType") or self._is_a(last.type, "ExtracellularVesicle")):
                return None
            else:
                etype = last.type
        return self._new(phrase, etype)

    def _np_candidates(self, text: str, diseases: frozenset[str] = frozenset()) -> list[Mention]:
        """Head-noun phrases; a disease's short form the document defines opens none ("NEC intestinal injury")."""
        out = []
        for m in NP_HEAD.finditer(text):
            etype, needs_modifier = HEAD_TYPE[m.group(1).lower()]
            start, after_cause = m.start(), None
            budget = 4 if etype in PROCESS_TYPES else 3  # "kidney tubular epithelial cell damage"
            while budget > 0:
                budget -= 1
                paren = _SHORT_FORM_BEFORE.search(text, max(0, start - 20), start) if etype in PROCESS_TYPES + ("CellType",) else None
                if paren is not None:
                    start = paren.start()  # "nucleus pulposus cell (NPC) apoptosis": read over the short form
                w = MODIFIER.search(text, max(0, start - 40), start)
                if not w or w.end() != start or (w.start(1) > 0 and text[w.start(1) - 1] in "-\u2013"):
                    break  # ... and "7-day survival" is no "day survival"
                word = w.group(1)
                low = word.lower()
                compound = re.search(r"-(?:induced|mediated|dependent|related|associated|treated|stimulated|driven)$", low)
                if (low in STOP or low in TRIGGERS or low.endswith("ly") or word.isdigit() or word in diseases
                        or (low.endswith(("ed", "ing")) and low not in ADJECTIVAL and not compound)):
                    break
                if compound and after_cause is None:
                    after_cause = start  # "LPS-induced microglial activation": "microglial activation" too
                if low == "derived" and self._is_a(etype, "ExtracellularVesicle"):
                    budget = 6  # "bone marrow mesenchymal stem cell derived exosomes": the cells' whole name
                start = w.start(1)
            if start == m.start() and (needs_modifier or etype == "Intervention" and _GIVEN_TO_CELLS.match(text, m.end())):
                continue  # ("exosomes from hypoxia pretreated ADSCs": the cells' treatment, part of their vesicles' name)
            num = _TYPE_NUMBER.match(text, start)  # (the number read as the first modifier, or not: "2")
            if start != m.start() and (kind := _TYPE_BEFORE.search(text, max(0, start - 12), num.end() if num else start)):
                start = kind.start()
            end = m.end()
            if after_cause is not None and after_cause != start and (after_cause != m.start() or not needs_modifier):
                # found where the longer phrase overlaps a name more trusted (the inducer, "LPS")
                out.append(self._np_mention(text[after_cause:end], after_cause, etype))
            if etype == "GeneOrProtein" and (num := re.match(r"\s+\d{1,2}[a-z]?\b", text[end:])):
                end += num.end()  # "NOD-like receptor protein 3", "toll-like receptor 4"
            elif etype == "CytokineOrGrowthFactor" and (greek := re.match(rf"[-\u2010\u2011]{MEMBER_SUFFIX}", text[end:])):
                end += greek.end()  # "tumor necrosis factor-α", "transforming growth factor-β1"
            protein = self._measured_protein(text[start:end]) if etype in ("GeneOrProtein", "CytokineOrGrowthFactor") else None
            if protein is not None:  # "alveolar tumor necrosis factor-α": TNF, measured in the alveoli
                out.append(Mention(start, end, text[start:end], protein, "pattern", protein.provisional))
            elif "\n" not in text[start:end] and not _ROLE_FACTOR.search(text, start, end):
                out.append(self._np_mention(text[start:end], start, etype))
        return [m for m in out if m.entity.type != "Organism"]

    def _np_mention(self, name: str, start: int, etype: str) -> Mention:
        if etype == "EngineeredVesicle" and not VESICLE_LIKE.search(name):
            etype = "Molecule"  # "gold nanoparticles" are no vesicles; "lipid nanoparticles" mimic them
        given = _VESICLE_GIVEN.search(name) if etype == "Intervention" else None
        if given:  # "hADSC exosome therapy" gives the vesicles: the vesicles are what acts
            name = name[: given.start(1)]
            etype = type_of_phrase(name) or "ExtracellularVesicle"
        cells = _CELLS_GIVEN.match(name) if etype == "Intervention" else None
        if cells and not re.fullmatch(r"stem\s+cells?", cells.group(2), re.I):
            # the MSCs are what acts (a therapy with "stem cells" at large is still the therapy)
            e = self.lookup(cells.group(2))
            kind = e.type if e is not None else type_of_phrase(cells.group(2))
            if kind is not None and self._is_a(kind, "StemCell"):
                return self._np_mention(cells.group(2), start + cells.start(2), kind)
        clean = without_short_forms(name)  # the short form read over is no part of the name
        if etype == "Phenotype" and _FUNCTION.search(clean) and self.vocabulary is not None:
            etype = term_class(clean, self.vocabulary) or etype  # "cognitive function" is GO's cognition, a process
        e = self.lookup(clean)
        if e is None:
            # a common noun capitalised by a heading ("... Injured Kidneys Recover", "Reduce Muscle Loss")
            # is still "kidney", "muscle loss"
            heading = " " not in name and name[1:].islower() or all(w[:1].isupper() and w[1:].islower() for w in name.split())
            label = singular(name.lower()) if heading else (singular(clean) if clean != name else None)
            e = self._new(name, "StemCell" if re.search(r"stem\s+cells?$", name, re.I) else etype, label)
        return Mention(start, start + len(name), name, e, "pattern", e.provisional)

    # -- resolution -----------------------------------------------------------------------------
    def find_document(self, text: str) -> list[Mention]:
        """The mentions of a new document, *text*: its new (provisional) entities are its own, so that a
        document reads the same alone, after others, or on any core of a corpus reading.

        >>> r = Recognizer(Lexicon([]))
        >>> [m.entity.label for m in r.find_document("Oxidative stress rose.") + r.find_document("It cut oxidative stress.")]
        ['Oxidative stress', 'oxidative stress']
        """
        self._provisional, self._taken_ids = {}, set()
        return self.find(text)

    def find(self, text: str) -> list[Mention]:
        """Every entity mention in *text*, non-overlapping, in text order."""
        abbrevs, spelled_out, unknown = self._abbreviations(text)
        cands = self._lexicon_candidates(text)
        if abbrevs:
            # not "IL" in "IL-10" (a numbered member of what "IL" is short for), nor "TGF" in "TGF-β1" after "(TGF)-β1"
            rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(abbrevs, key=len, reverse=True))
                            + r")s?(?![\w])(?![-\u2010\u2011][\d\u03b1-\u03c9])")
            for m in rx.finditer(text):
                e = abbrevs[m.group(1)]
                cands.append(Mention(m.start(), m.end(), m.group(), e, "abbreviation", e.provisional))
            # The long form itself, where the lexicon does not know it (or knows it only read one way:
            # "stromal/stem cells"), is a mention too.
            spelled: dict[str, Entity] = {}
            for m in ABBREV.finditer(text):
                e = abbrevs.get(m.group(1))
                lf = long_form(m.group(1), text[max(0, m.start() - 120) : m.start()]) if e is not None else None
                if lf and (e.provisional or m.group(1) in spelled_out or _EITHER_WORD.search(lf) or "(" in lf):
                    end = m.start()
                    while end > 0 and text[end - 1].isspace():  # not text[:start].rstrip(): a copy per match
                        end -= 1
                    # Only where the long form is verbatim (no line break inside), so offsets hold.
                    if lf and text[end - len(lf) : end] == lf:
                        cands.append(Mention(end - len(lf), end, lf, e, "abbreviation", e.provisional or m.group(1) in spelled_out))
                        spelled[lf] = e
            # the long form where the document writes it without its short form (in the title, say)
            for lf, e in spelled.items():
                for m in re.finditer(r"(?<![\w-])" + re.escape(lf) + r"(?![\w-])", text, re.I):
                    cands.append(Mention(m.start(), m.end(), m.group(), e, "abbreviation", True))
        cands += self._pattern_candidates(text)
        # Trusted names first (longest first), then gene symbols, then head-noun phrases only where
        # nothing more trusted was found: "whole stem cells" stays the lexicon's "stem cells".
        nps = self._np_candidates(text, frozenset(a for a, e in abbrevs.items() if self._is_a(e.type, "DiseaseOrInjury")))
        rank = {"lexicon": 0, "abbreviation": 1, "pattern": 2}
        tier = {id(c): 1 for c in cands if c.source == "pattern" and SYMBOL.fullmatch(c.text)}
        tier.update({id(c): 2 for c in nps})
        # Lexicon names by start offset, so that the names inside a phrase are found without a scan
        # of the whole document per phrase (that scan made long documents quadratic, issue 13).
        lexical = sorted((c for c in cands if c.source == "lexicon"), key=lambda c: c.start)
        lex_starts = [c.start for c in lexical]
        cells_at: dict[int, list[Mention]] = {}
        for x in cands:
            if self._is_a(x.entity.type, "CellType"):
                cells_at.setdefault(x.start, []).append(x)
        for c in nps:
            # A phrase that extends a known name by two or more words ("acute kidney injury" over
            # "injury") is a more specific entity; one adjective ("senescent NPCs") is not.
            # one name found by both the exact and the case-folded pattern is one inner name
            lo, hi = bisect_left(lex_starts, c.start), bisect_left(lex_starts, c.end)
            inner = list({(x.start, x.end): x for x in lexical[lo:hi] if x.end <= c.end}.values())
            if len(inner) == 1 and len(c.text.split()) - len(inner[0].text.split()) >= 2:
                tier[id(c)] = 0  # ... unless the extra words are known names too ("exosome surface proteins")
            elif len(inner) == 1 and inner[0].end == c.end and is_generic_vesicle(inner[0].entity):
                tier[id(c)] = 0  # "engineered exosomes": vesicles are named by one modifier
            elif len(inner) == 1 and inner[0].end == c.end and c.text.split()[0].lower() in KIND_FORMING | LINEAGE:
                tier[id(c)] = 0
            elif len(inner) == 1 and inner[0].end == c.end and inner[0].entity.type == "CytokineOrGrowthFactor" \
                    and _INFLAMMATORY_KIND.fullmatch(c.text.split()[0]):
                tier[id(c)] = 0  # "pro-inflammatory cytokines": the kind a study measures, not cytokines at large
            elif len(inner) == 1 and inner[0].end == c.end and len(c.text.split()) == 2 and \
                    inner[0].entity.type == "DiseaseOrInjury" and ORGAN_ADJECTIVE.match(c.text.split()[0]):
                tier[id(c)] = 0  # "intestinal injury" is not any injury ("colonic inflammation" is inflammation)
            elif c.entity.type == "BiologicalProcess" and any(
                    x.end < c.end for x in cells_at.get(c.start, ())):
                tier[id(c)] = 0  # "HSC proliferation" is a process of the cells, not the cells
            elif self._is_a(c.entity.type, "CellType") and (_CELL_LINE.match(c.text) or self._known_line(c.text)):
                tier[id(c)] = 0  # "BV2 microglia", "H9c2 cells": a cell line, not a gene "BV2"
            elif len(inner) == 1 and inner[0].end < c.end and inner[0].entity.generic and c.entity.type == "Phenotype":
                tier[id(c)] = 0  # "protein permeability", "protein leakage": a measure named by a class word, not the class
            elif c.text.lower().endswith((" loss", " losses")):
                tier[id(c)] = 0  # "RGC loss", "elastin loss": less of them, not them
            elif c.entity.type in PROCESS_TYPES and _SHORT_FORM_INSIDE.search(c.text):
                tier[id(c)] = 0  # "smooth muscle cells (PASMC) proliferation": the cells' process, over the cells' long form
            elif c.entity.type in ("GeneOrProtein", "CytokineOrGrowthFactor") and self._protein_phrase(c.text):
                tier[id(c)] = 0  # "hepatocyte growth factor" (HGF), not the cells and a growth factor
            elif c.entity.type in PROCESS_TYPES and inner and self._where_and_what(c, inner):
                tier[id(c)] = 0  # "kidney tubular epithelial cell damage", "spinal cord functional recovery"
        for m in re.finditer(rf"(?<![\w-]){VESICLE_HEAD}(?![\w]|-(?!therapy|treatment|based|treated)[\w])", text):  # ("EV-therapy")
            e = self.lookup(m.group()) or self._new(m.group(), type_of_phrase(m.group()) or "ExtracellularVesicle")
            c = Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional)
            tier[id(c)] = 3
            nps.append(c)
        cands += nps
        cands.sort(key=lambda c: (tier.get(id(c), 0), -(c.end - c.start), rank[c.source], c.start))
        chosen: list[Mention] = []
        taken = bytearray(len(text) + 1)
        for m in MODEL_NAME.finditer(text):  # "APP/PS1 mice": the model's name holds no gene
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        for c in cands:
            if any(taken[c.start : c.end]):
                continue
            if unknown and self._is_a(c.entity.type, "GeneOrProtein") and c.text.removesuffix("s") in unknown:
                continue  # "doxorubicin-induced cardiotoxicity (DIC)": whatever DIC is, it is not the gene DIC
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        if unknown:  # ... nor is it in the term list's genes
            for m in re.finditer(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(unknown, key=len, reverse=True)))
                                 + r")s?(?![\w-])", text):
                taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        if self.vocabulary is not None:  # standard names nothing above found ("cisplatin", "colitis")
            chosen = with_terms(text, chosen, taken, self.vocabulary, self._new)
        chosen.sort(key=lambda c: c.start)
        chosen = [c for i, c in enumerate(chosen) if not (
            i and _CLASS_WORD.fullmatch(c.text) and self._is_a(chosen[i - 1].entity.type, "GeneOrProtein")
            and text[chosen[i - 1].end : c.start] == " ")]
        out = self._compose(text, _spelled_before(chosen))
        out = self._tissue_cells(text, out)
        out = self._derived_cells(text, out)
        out = self._split_slashes(text, out)
        out = self._shared_heads(text, self._split_induced(out, text, abbrevs))
        if unknown:  # nor the inducer of "AR-induced cardiomyocyte death" after "anoxia/reoxygenation (AR)"
            out = [m for m in out if not (m.text in unknown and self._is_a(m.entity.type, "GeneOrProtein"))]
        out = self._engineered(text, out)
        out = self._in_body_fluid(text, self._readouts(text, self._marked_cells(text, out)))
        out = self._shared_cells(text, self._processes_of_cells(text, self._cells_before_process(text, out)))
        out = self._unnamed_processes_of_cells(text, out)
        out = self._modified_proteins(text, self._receptors(text, out))
        out = self._productions(text, out)
        out = self._repair_of(text, out)
        # "neuronal ROS production": the adjective says whose, it is no mention of the cells beside the next name
        out = [m for i, m in enumerate(out) if not (_CELL_ADJECTIVE.fullmatch(m.text) and self._is_a(m.entity.type, "CellType")
                                                    and i + 1 < len(out) and out[i + 1].start == m.end + 1)]
        # "Systemic infusion of allogeneic MSCs alleviated SS": what was infused acts, not a mention "Systemic infusion"
        out = [m for m in out if not (m.entity.type == "Intervention" and _GIVING.search(m.text) and _OF_AFTER.match(text, m.end))]
        for i, m in enumerate(out):
            # "Chronic SCI" and "acute SCI" are diseases of their own (phases with their own models and
            # therapies), where "senescent NPCs" are still NPCs.
            phase = (WOUND_KIND.search(text, max(0, m.start - 40), m.start) if WOUND.fullmatch(m.text)
                     else PHASE.search(text, max(0, m.start - 12), m.start))
            if phase and self._is_a(m.entity.type, "DiseaseOrInjury") and not (i and out[i - 1].end > phase.start()):
                name = text[phase.start() : m.end]
                e = self.lookup(name) or self._new(name, m.entity.type, name)
                out[i] = Mention(phase.start(), m.end, name, e, "pattern" if e.provisional else "lexicon", e.provisional)
        return self._producers(text, out, abbrevs)


_GIVEN_TO_CELLS = re.compile(r"[\s-]+(?:pre-?treated|pre-?conditioned|primed|conditioned)\b", re.I)
_CELL_LINE = re.compile(r"(?!(?:M|N|Th|Tc)\d+\s)(?-i:[A-Z][A-Za-z]*\d[\w.-]*|[A-Z]{2,}(?:-\d[\w.]*)?)\s+(?:cells?|" + LINE_KINDS + r")$")
# a line named by a capital inside ("HaCaT keratinocytes"), where EFO knows that name: not a gene "HaCaT"
_INNER_CAPITAL_LINE = re.compile(r"([A-Z][a-z]+[A-Z][A-Za-z]*)\s+(?:cells?|" + LINE_KINDS + r")$")
_GIVING = re.compile(r"\b(?:infusion|transplantation|transplant|injection|administration)s?$", re.I)
_OF_AFTER = re.compile(r"\s+of\s")
_CELL_ADJECTIVE = re.compile(r"[A-Za-z]+(?:al|ic)")  # "neuronal", "microglial", "astrocytic"
_FUNCTION = re.compile(r"\bfunctions?$", re.I)


def _spelled_before(mentions: list[Mention]) -> list[Mention]:
    """ "the proliferation of bronchial smooth muscle cells ... TGF-β1-treated BSMCs": a short form the
    document never defines names the entity of the closest name before it whose initials spell it.

    >>> r = Recognizer(Lexicon([]))
    >>> [(m.text, m.entity.label) for m in r.find("Retinal ganglion cells died. Exosomes saved RGCs.")][-1]
    ('RGCs', 'Retinal ganglion cell')
    """
    out = list(mentions)
    latest: dict[str, Mention] = {}  # the last name of several words before, by its initials (one pass: issue 13)
    for i, m in enumerate(mentions):
        if " " in m.text:
            latest[initials(m.text)] = m
        elif m.new and m.source == "pattern" and _UNDEFINED_SHORT.fullmatch(m.text):
            named = latest.get(initials(m.text))
            if named is not None:
                out[i] = replace(m, entity=named.entity, new=named.new)
    return out
