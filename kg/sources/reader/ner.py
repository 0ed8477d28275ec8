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
from .names import (ABBREV, ADJECTIVAL, COMPOUND, CYTOKINE, DASH, DERIVED_FROM, DISEASE_MODEL, GLOSS, HEAD_TYPE,
                    HYPHEN_OK, KIND_FORMING, LINEAGE, MIRNA, MODIFIER, NOT_SYMBOLS, NP_HEAD, PATHWAY, PHASE,
                    PROCESS_TYPES, STOP, SYMBOL, VESICLE_HEAD, VESICLE_LIKE, VESICLE_SUFFIX, Mention,
                    is_generic_vesicle, noun_forms, singular, slug, type_of_phrase, vesicle_symbol_type)
from .grounding import Grounder
from .terms import term_class, term_mentions
from .triggers import TRIGGERS
from .vocabulary import Vocabulary

_GLUED_VESICLE = re.compile(r"[A-Z](?:Exos?|EVs?)$")
_MSC_SYMBOL = re.compile(r"h?(?:UC|uc|BM|AD|P|WJ|hUC|huc)?-?MSCs?|h?(?:BMSC|ADSC|ASC|BMMSC|ucMSC|hucMSC|iMSC|PMSC)s?")
# "IL-6-induced acute liver injury": the inducer raises what it induces (split off below)
_INDUCED = re.compile(r"^(.+?)[-\u2010](induced|triggered|caused)\s+(.+)$")
_PROCESS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+\s+)?")  # "migration of (cultured) endothelial cells"
COORD_WORDS = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
_CIRC_RNA = re.compile(r"(?<![\w-])((?:(?:hsa|mmu|rno)_)?circ(?:RNA)?[_-]?(?:\d{4,}|[A-Z][A-Za-z0-9]*\d*)(?:_\d+)?)(?![\w-])")
_SHORT_FORM_BEFORE = re.compile(r"\([A-Za-z][\w-]{0,12}\)\s+$")
_REPAIR_OF = re.compile(r"\b(repair|recovery|regeneration|healing|resolution)\s+of\s+(?:the\s+)?$", re.I)
_WORDS_BEFORE = re.compile(r"[A-Za-z][\w-]*\s+$")
_MIRNA_MORE = re.compile(r"/(\d+[a-z]?(?:-\d)?(?:-[35]p)?)(?![\w])(?!-(?!mediated|dependent|induced|related|enriched|loaded))")
# a long form that reads like a gene's name: "... factor 1", "... of transcription 3", "... receptor"
_GENE_LONG = re.compile(r"(?:\s\d+[a-z]?|\s[IVX]+|[\u03b1-\u03c9])$|\b(?:factor|receptor|protein|kinase|ligand|interleukin"
                        r"|phosphatase|synthase|transferase|oxidase|channel|transporter)s?\b", re.I)
ENGINEERED = re.compile(r"(?<![\w-])[\w+]+(?:-[\w+]+)*-(?:Exos?|EVs?|sEVs?|exosomes)(?![\w-])")
# "miR-146a-modified", "miR-92a-3p-overexpressing", "miR-146a containing": cells or vesicles made to carry a miRNA
_MADE_WITH = re.compile(rf"(?:{DASH}|\s)(overexpressing|over-expressing|modified|transfected|transduced|engineered|containing)\s+")
_FROM = re.compile(r"\s+(?:(?:derived|isolated|obtained|collected|purified|secreted|released)\s+)?from\s+(?:the\s+)?")
_CELL_GAP = re.compile(rf"(?:[A-Za-z]+(?:{DASH}[A-Za-z]+)*\s+){{0,2}}")  # "human" in "miR-X-overexpressing human MSCs"
_VESICLE_GAP = re.compile(rf"(?:{DASH}derived\s+|\s+)")
_MIRNA_KEY = re.compile(r"(?:miR|microRNA|mir)-?(\d+[a-z]?(?:-\d)?(?:-[35]p)?)|let-7[a-z]?(?:-[35]p)?", re.I)
_BLOCKS = re.compile(r"(?:^|[-\s])(?:anti|si|sh|inhibitor|antagomir)", re.I)


class Recognizer:
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
        self._provisional: dict[str, Entity] = {}  # normalized name -> new entity, shared by documents
        self._taken_ids: set[str] = set()
        self._looked_up: dict[str, Entity | None] = {}
        exact, folded = [], []
        for e in lexicon:
            for name in {e.label, *e.synonyms}:
                key = normalize(name)
                self._names.setdefault(key, e.id)
                # Short acronyms must match case ("SCI" is not "sci"); other names need not.
                (exact if len(name) <= 5 and any(c.isupper() for c in name) else folded).append(name)
        self._exact = self._compile(exact, 0)
        self._folded = self._compile(folded, re.IGNORECASE)

    @staticmethod
    def _compile(names: list[str], flags: int) -> re.Pattern[str] | None:
        if not names:
            return None
        parts = []
        for n in sorted(set(names), key=len, reverse=True):
            p = re.escape(n.strip())
            p = re.sub(r"(?:\\ )+", r"\\s+", p)
            p = p.replace(r"\-", DASH)
            parts.append(p)
        # A hyphen may follow a name only where it builds a vesicle phrase ("MSC-derived"), so that
        # "blood" is not read inside "blood-spinal cord barrier".
        return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?:e?s)?(?![\w])" + HYPHEN_OK, flags)

    def lookup(self, name: str) -> Entity | None:
        """The lexicon entity *name* (or its singular) names, if any."""
        # asked thousands of times per document for the same few names; the lexicon does not change
        if name in self._looked_up:
            return self._looked_up[name]
        key = normalize(name)
        eid = self._names.get(key) or self._names.get(singular(key)) or self._names.get(key + "s")
        e = self.lexicon.get(eid) if eid else None
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
        e = Entity(eid, label, etype, tuple(sorted({name} - {label})), provisional=True)
        self._provisional[key] = e
        return e

    def _abbreviations(self, text: str) -> dict[str, Entity]:
        """Short forms the document defines, mapped to the entity of their long form."""
        found: dict[str, Entity] = {}
        for m in ABBREV.finditer(text):
            short = m.group(1)
            if (sum(c.isupper() for c in short) < 2 and not (short[0].isupper() and any(c.isdigit() for c in short))) \
                    or short in found:  # "Nrf2" is a short form too
                continue
            long_form = _long_form(short, text[max(0, m.start() - 120) : m.start()])
            if long_form:
                e = self._entity_for_phrase(long_form)
                if e is not None and (VESICLE_SUFFIX.search(short) or _GLUED_VESICLE.search(short)) \
                        and not self._is_a(e.type, "ExtracellularVesicle"):
                    e = None  # "exosomes from ... stromal cells (MSC-Exos)": the letters hit the cells, the name means the vesicles
                if (e is None and _GENE_LONG.search(long_form)) or (e is not None and e.provisional
                                                                        and self._is_a(e.type, "GeneOrProtein")):
                    # "early growth response factor 1 (EGR1)": a long form no list knows, for a gene symbol that is one
                    gene = self._gene_symbol(short)
                    if gene is not None:
                        e = gene
                        self._spelled_out.add(short)
                if e is not None:
                    found[short] = e
        for m in GLOSS.finditer(text):
            short, gloss = m.group(1), re.split(r"\s+[\u2013\u2014-]\s+|,|;", m.group(2))[0]
            if short in found or self.lookup(short) is not None:
                continue
            if _long_form(short, gloss) == gloss.strip():
                e = self._entity_for_phrase(gloss.strip())
                if e is not None:
                    found[short] = e
        return found

    def _gene_symbol(self, short: str) -> Entity | None:
        """The gene *short* names, when it is the symbol (or the one alias) of one HGNC gene."""
        known = self.lookup(short)
        if known is not None:
            return known if self._is_a(known.type, "GeneOrProtein") else None
        if self.vocabulary is None or not SYMBOL.fullmatch(short):
            return None
        # the grounder's rule for a name several genes share: the symbol, else the alias that fits best
        if Grounder._unique(self.vocabulary.lookup(short, ("gene", "gene_alias")), short) is not None:
            etype = "CytokineOrGrowthFactor" if CYTOKINE.match(short) else "GeneOrProtein"
            return self._new(short, etype, short)
        return None

    def _entity_for_phrase(self, phrase: str) -> Entity | None:
        e = self.lookup(phrase)
        if e is not None:
            return e
        etype = type_of_phrase(phrase)
        if etype is None and self.vocabulary is not None:
            etype = term_class(phrase, self.vocabulary)  # "lipopolysaccharide (LPS)", "acute liver failure (ALF)"
        if etype is None:
            # "bone marrow MSCs (BMSCs)": the long form ends in a known cell or vesicle name
            last = self.lookup(phrase.split()[-1]) if " " in phrase else None
            if last is None and " " in phrase and self.vocabulary is not None \
                    and term_class(phrase.split()[-1], self.vocabulary) == "CellType":
                etype = "CellType"  # "primary human chondrocytes (PHCs)": a standard cell name ends it
            elif last is None or not (self._is_a(last.type, "CellType") or self._is_a(last.type, "ExtracellularVesicle")):
                return None
            else:
                etype = last.type
        return self._new(phrase, etype)

    def _pattern_candidates(self, text: str) -> list[Mention]:
        out = []
        for m in ENGINEERED.finditer(text):
            # "MSC-miR-92a-3p-Exos", "MSC-anti-miR-92a-3p-Exos", "miR-146a-5p+-EVs": vesicles made to carry
            # (or to block) a miRNA are one name, of vesicles of their own
            if re.search(r"miR|microRNA|let-7", m.group()) or re.search(r"(?:^|-)(?:anti|si|sh)-", m.group(), re.I):
                e = self.lookup(m.group()) or self._new(m.group(), "EngineeredVesicle", m.group())
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _CIRC_RNA.finditer(text):
            # "mmu_circ_0001295", "circHIPK3", "hsa_circ_0001946": circular RNAs, gene products of their own
            e = self.lookup(m.group(1)) or self._new(m.group(1), "GeneOrProtein", m.group(1))
            out.append(Mention(m.start(1), m.end(1), m.group(1), e, "pattern", e.provisional))
        for m in MIRNA.finditer(text):
            name = m.group()
            label = f"miR-{m.group(1)}" if m.group(1) else name
            e = self.lookup(name) or self.lookup(label) or self._new(name, "MicroRNA", label)
            out.append(Mention(m.start(), m.end(), name, e, "pattern", e.provisional))
        for m in PATHWAY.finditer(text):
            name = m.group()
            head = m.group(1)
            if not (any(c.isupper() or c.isdigit() for c in head) or self.lookup(head)):
                continue  # "a pivotal pathway" names no pathway; "Wnt pathway", "NF-κB signaling" do
            e = self.lookup(name) or self._new(name, "Pathway", name)
            out.append(Mention(m.start(), m.end(), name, e, "pattern", e.provisional))
        # "rat SCI models", "MCAO model": an acronym that names a model is a disease or injury.
        disease_models = {m.group(1) for m in DISEASE_MODEL.finditer(text)}
        for m in SYMBOL.finditer(text):
            name = m.group()
            if COMPOUND.match(text, m.end()) or (name.rfind("-") > 0 and COMPOUND.fullmatch(name, name.rfind("-"))):
                continue  # "IL-1β-induced apoptosis" names the apoptosis, not IL-1β; "AMI-induced" is no gene
            if name in NOT_SYMBOLS or name.rstrip("s") in NOT_SYMBOLS or MIRNA.fullmatch(name):
                continue
            if name.isupper() and len(name) > 6 and "-" not in name and not any(c.isdigit() for c in name):
                continue  # a shouted heading word, not a gene
            e = self.lookup(name)
            if e is None:
                etype = ("DiseaseOrInjury" if name in disease_models
                         else vesicle_symbol_type(name) if VESICLE_SUFFIX.search(name) or _GLUED_VESICLE.search(name)  # "BMSC-Exos", "HExo"
                         else "MesenchymalStemCell" if _MSC_SYMBOL.fullmatch(name)  # "hucMSC", "BMSCs", "hUC-MSC"
                         else "CytokineOrGrowthFactor" if CYTOKINE.match(name) else "GeneOrProtein")
                e = self._new(name, etype, name)
            if e.type != "Organism":
                out.append(Mention(m.start(), m.end(), name, e, "pattern", e.provisional))
        return out

    def _np_candidates(self, text: str) -> list[Mention]:
        out = []
        for m in NP_HEAD.finditer(text):
            etype, needs_modifier = HEAD_TYPE[m.group(1).lower()]
            start = m.start()
            for _ in range(4 if etype in PROCESS_TYPES else 3):  # "kidney tubular epithelial cell damage"
                paren = _SHORT_FORM_BEFORE.search(text, max(0, start - 20), start) if etype in PROCESS_TYPES else None
                if paren is not None:
                    start = paren.start()  # "nucleus pulposus cell (NPC) apoptosis": read over the short form
                w = MODIFIER.search(text, max(0, start - 40), start)
                if not w or w.end() != start or (w.start(1) > 0 and text[w.start(1) - 1] in "-\u2013"):
                    break  # ... and "7-day survival" is no "day survival"
                word = w.group(1)
                low = word.lower()
                compound = re.search(r"-(?:induced|mediated|dependent|related|associated|treated|stimulated|driven)$", low)
                if (low in STOP or low in TRIGGERS or low.endswith("ly") or word.isdigit()
                        or (low.endswith(("ed", "ing")) and low not in ADJECTIVAL and not compound)):
                    break
                start = w.start(1)
            if start == m.start() and needs_modifier:
                continue
            end = m.end()
            if etype == "GeneOrProtein" and (num := re.match(r"\s+\d{1,2}[a-z]?\b", text[end:])):
                end += num.end()  # "NOD-like receptor protein 3", "toll-like receptor 4"
            name = text[start:end]
            if "\n" in name:
                continue
            if etype == "EngineeredVesicle" and not VESICLE_LIKE.search(name):
                etype = "Molecule"  # "gold nanoparticles" are no vesicles; "lipid nanoparticles" mimic them
            clean = re.sub(r"\s*\([^()]*\)", "", name)  # the short form read over is no part of the name
            e = self.lookup(clean)
            if e is None:
                # a common noun capitalised by a heading ("... Injured Kidneys Recover") is still "kidney"
                label = singular(name.lower()) if " " not in name and name[1:].islower() else \
                    (singular(clean) if clean != name else None)
                e = self._new(name, "StemCell" if re.search(r"stem\s+cells?$", name, re.I) else etype, label)
            if e.type != "Organism":
                out.append(Mention(start, end, name, e, "pattern", e.provisional))
        return out

    # -- resolution -----------------------------------------------------------------------------
    def find(self, text: str) -> list[Mention]:
        """Every entity mention in *text*, non-overlapping, in text order."""
        self._spelled_out: set[str] = set()  # gene symbols the document spells out ("early growth response factor 1 (EGR1)")
        abbrevs = self._abbreviations(text)
        cands = self._lexicon_candidates(text)
        if abbrevs:
            rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in sorted(abbrevs, key=len, reverse=True)) + r")s?(?![\w])")
            for m in rx.finditer(text):
                e = abbrevs[m.group(1)]
                cands.append(Mention(m.start(), m.end(), m.group(), e, "abbreviation", e.provisional))
            # The long form itself, where the lexicon does not know it, is a mention too.
            spelled: dict[str, Entity] = {}
            for m in ABBREV.finditer(text):
                e = abbrevs.get(m.group(1))
                if e is not None and (e.provisional or m.group(1) in self._spelled_out):
                    lf = _long_form(m.group(1), text[max(0, m.start() - 120) : m.start()])
                    end = m.start()
                    while end > 0 and text[end - 1].isspace():  # not text[:start].rstrip(): a copy per match
                        end -= 1
                    # Only where the long form is verbatim (no line break inside), so offsets hold.
                    if lf and text[end - len(lf) : end] == lf:
                        cands.append(Mention(end - len(lf), end, lf, e, "abbreviation", True))
                        spelled[lf] = e
            # the long form where the document writes it without its short form (in the title, say)
            for lf, e in spelled.items():
                for m in re.finditer(r"(?<![\w-])" + re.escape(lf) + r"(?![\w-])", text, re.I):
                    cands.append(Mention(m.start(), m.end(), m.group(), e, "abbreviation", True))
        cands += self._pattern_candidates(text)
        # Trusted names first (longest first), then gene symbols, then head-noun phrases only where
        # nothing more trusted was found: "whole stem cells" stays the lexicon's "stem cells".
        nps = self._np_candidates(text)
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
            elif c.entity.type == "BiologicalProcess" and any(
                    x.end < c.end for x in cells_at.get(c.start, ())):
                tier[id(c)] = 0  # "HSC proliferation" is a process of the cells, not the cells
            elif c.entity.type in PROCESS_TYPES and inner and self._where_and_what(c, inner):
                tier[id(c)] = 0  # "kidney tubular epithelial cell damage", "spinal cord functional recovery"
        for m in re.finditer(rf"(?<![\w-]){VESICLE_HEAD}(?![\w-])", text):
            e = self.lookup(m.group()) or self._new(m.group(), type_of_phrase(m.group()) or "ExtracellularVesicle")
            c = Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional)
            tier[id(c)] = 3
            nps.append(c)
        cands += nps
        cands.sort(key=lambda c: (tier.get(id(c), 0), -(c.end - c.start), rank[c.source], c.start))
        chosen: list[Mention] = []
        taken = bytearray(len(text) + 1)
        for c in cands:
            if any(taken[c.start : c.end]):
                continue
            taken[c.start : c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        if self.vocabulary is not None:  # standard names nothing above found ("cisplatin", "colitis")
            chosen = self._with_terms(text, chosen, taken)
        chosen.sort(key=lambda c: c.start)
        out = self._compose(text, chosen)
        out = self._derived_cells(text, out)
        out = self._split_slashes(text, out)
        out = self._split_induced(out, text)
        out = self._engineered(text, out)
        out = self._processes_of_cells(text, out)
        out = self._repair_of(text, out)
        for i, m in enumerate(out):
            # "Chronic SCI" and "acute SCI" are diseases of their own (phases with their own models and
            # therapies), where "senescent NPCs" are still NPCs.
            phase = PHASE.search(text, max(0, m.start - 12), m.start)
            if phase and self._is_a(m.entity.type, "DiseaseOrInjury") and not (i and out[i - 1].end > phase.start()):
                name = text[phase.start() : m.end]
                e = self.lookup(name) or self._new(name, m.entity.type, name)
                out[i] = Mention(phase.start(), m.end, name, e, "pattern" if e.provisional else "lexicon", e.provisional)
        # "ADSC-derived exosomes" found whole (as a lexicon name or a long form): its producer too.
        for i, m in enumerate(out):
            if m.producer is None and (self._is_a(m.entity.type, "ExtracellularVesicle")
                                       or self._is_a(m.entity.type, "CellType")):
                d = (re.search(r"derived\s+from\s+(.+?)(?:\s*[(\[][^)\]]*[)\]])?$", m.text)
                     or re.match(rf"(.+?)(?:{DASH}|\s+)derived\s+(?!from\b)", m.text))
                if d:
                    name = d.group(1)
                    p = abbrevs.get(name) or abbrevs.get(name.rstrip("s")) or self.lookup(name)
                    if p is not None and p.id != m.entity.id:
                        out[i] = replace(m, producer=p)
        return out

    def _engineered(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Vesicles from cells made to carry one miRNA are one entity per document, however named.

        "exosomes derived from miR-146a-modified ADSCs", "miR-146a containing exosomes" and a short
        form such as "MSC-miR-92a-3p-Exos" name the same engineered vesicle; each phrase becomes one
        mention of it, with the cells as producer (and the miRNA as cargo where the phrase says the
        vesicles contain it). Vesicles made to block a miRNA ("anti-miR-", "si-") are another entity.
        """
        spans: list[tuple[int, int, int, str, Mention | None, Mention | None]] = []  # (start, end, index, key, cell, cargo)
        for i, m in enumerate(mentions):
            if m.entity.type != "MicroRNA" or _BLOCKS.search(text, max(0, m.start - 5), m.start):
                continue
            key = _mirna_key(m.text)
            made = _MADE_WITH.match(text, m.end)
            if key is None or made is None:
                continue
            after = [x for x in mentions[i + 1 : i + 4] if x.start >= made.end()]
            cell = next((x for x in after[:1] if self._is_a(x.entity.type, "CellType")
                         and _CELL_GAP.fullmatch(text, made.end(), x.start)), None)
            # "exosomes derived from miR-X-modified cells": the vesicle word stands before the miRNA
            front = mentions[i - 1] if i else None
            if cell is not None and front is not None and self._is_a(front.entity.type, "ExtracellularVesicle") \
                    and is_generic_vesicle(front.entity) and _FROM.fullmatch(text, front.end, m.start):
                spans.append((front.start, cell.end, i - 1, key, cell, None))
                continue
            # "miR-X-overexpressing (cell-derived) exosomes", "miR-X containing exosomes"
            nxt = after[1] if cell is not None and len(after) > 1 else after[0] if after and cell is None else None
            gap_from = cell.end if cell is not None else made.end()
            if nxt is not None and self._is_a(nxt.entity.type, "ExtracellularVesicle") and is_generic_vesicle(nxt.entity) \
                    and (gap_from == nxt.start or _VESICLE_GAP.fullmatch(text, gap_from, nxt.start)):
                cargo = m if made.group(1) == "containing" else None
                spans.append((m.start, nxt.end, i, key, cell, cargo))
        for i, m in enumerate(mentions):
            if m.entity.type == "EngineeredVesicle" and ENGINEERED.fullmatch(m.text) and (key := _mirna_key(m.text)):
                spans.append((m.start, m.end, i, ("anti " if _BLOCKS.search(m.text) else "") + key, None, None))
        if not spans:
            return mentions
        names: dict[str, list[str]] = {}
        for start, end, _, key, _, _ in sorted(spans):
            names.setdefault(key, [])
            if text[start:end] not in names[key]:
                names[key].append(text[start:end])
        # the first phrase that says what the vesicles are made from names them; a short form only if nothing else does
        entity = {}
        for key, forms in names.items():
            full = [f for f in forms if " " in f] or forms
            label = full[0][0].lower() + full[0][1:] if re.match(r"[A-Z][a-z]+\b", full[0]) else full[0]
            e = self._new(label, "EngineeredVesicle", label)
            if e.provisional and e.type == "EngineeredVesicle":
                e = replace(e, synonyms=tuple(sorted(set(e.synonyms) | (set(forms) - {e.label}))))
            entity[key] = e
        out: list[Mention] = []
        by_start = {s[0]: s for s in spans}
        skip_to = -1
        for m in mentions:
            if m.start < skip_to:
                continue
            span = by_start.get(m.start)
            if span is None:
                out.append(m)
                continue
            start, end, _, key, cell, cargo = span
            e = entity[key]
            out.append(Mention(start, end, text[start:end], e, "pattern", e.provisional,
                               cell.entity if cell is not None else None, cargo.entity if cargo is not None else None))
            skip_to = end
        return out

    def _repair_of(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "the repair of intervertebral disc degeneration": the repair is what is promoted, a state of
        its own (as "IDD repair" is), not the disease."""
        out: list[Mention] = []
        for m in mentions:
            w = _REPAIR_OF.search(text, max(0, m.start - 30), m.start) if self._is_a(m.entity.type, "DiseaseOrInjury") else None
            if w is None or (out and out[-1].end > w.start(1)):
                out.append(m)
                continue
            name = text[w.start(1) : m.end]
            e = self.lookup(name) or self._new(name, "Phenotype", name)
            out.append(Mention(w.start(1), m.end, name, e, "pattern", e.provisional))
        return out

    def _where_and_what(self, phrase: Mention, inner: list[Mention]) -> bool:
        """Whether *inner* names only where (tissues, cells, a disease) a process or state happens, and
        at most the process itself at the end: then the phrase is one thing, that process there."""
        places = inner[:-1] if inner[-1].end == phrase.end and inner[-1].entity.type in PROCESS_TYPES else inner
        if inner[-1].end == phrase.end and places is inner:
            return False  # the phrase ends in a place ("injured spinal cord")
        if places is not inner and not places:
            return False  # one process with adjectives: the tiering above decides
        return all(self._is_a(x.entity.type, "AnatomicalSite") or self._is_a(x.entity.type, "CellType")
                   or self._is_a(x.entity.type, "DiseaseOrInjury") for x in places)

    def _processes_of_cells(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "migration and tube formation of endothelial cells": processes of named cells are the
        process of that cell type where GO names one ("endothelial cell migration")."""
        if self.vocabulary is None:
            return mentions
        out = list(mentions)
        for i, m in enumerate(mentions):
            if not self._is_a(m.entity.type, "CellType") or i == 0:
                continue
            j = i - 1
            of = _PROCESS_OF.fullmatch(text, mentions[j].end, m.start)
            group: list[int] = []
            while of is not None or (group and j >= 0 and COORD_WORDS.fullmatch(text, mentions[j].end, mentions[j + 1].start)):
                if mentions[j].entity.type not in ("BiologicalProcess", "Phenotype"):
                    break
                group.append(j)
                of = None
                j -= 1
                if j < 0:
                    break
            for k in group:
                p = mentions[k]
                for cell in (singular(m.text), singular(m.entity.label)):
                    name = f"{cell} {p.text.lower()}"
                    if term_class(name, self.vocabulary) == "BiologicalProcess":
                        e = self._new(name, "BiologicalProcess", name)
                        out[k] = replace(p, entity=e, new=e.provisional)
                        break
        return out

    def _with_terms(self, text: str, chosen: list[Mention], taken: bytearray) -> list[Mention]:
        """*chosen* and the term-list names in the rest of *text*. A class word of the lexicon
        ("cytokine") gives way to a standard name that holds it ("cytokine storm", "cytokine production")."""
        generic = [c for c in chosen if c.entity.generic and " " not in c.text]
        for c in generic:
            taken[c.start : c.end] = bytes(c.end - c.start)
        found = term_mentions(text, taken, self.vocabulary, self._new)
        dropped: set[int] = set()
        keep: list[Mention] = []
        for f in found:
            inside = [c for c in generic if c.start < f.end and f.start < c.end]
            if not inside:
                keep.append(f)
            elif all(f.start <= c.start and c.end <= f.end for c in inside) and len(f.text.split()) > 1:
                keep.append(f)
                dropped.update(id(c) for c in inside)
        return [c for c in chosen if id(c) not in dropped] + keep

    def _split_induced(self, mentions: list[Mention], text: str = "") -> list[Mention]:
        """"sulfur mustard-induced acute lung injury" names two things: the inducer (a known or standard
        name) and what it induced; the reader then says the one increases the other."""
        out: list[Mention] = []
        for m in mentions:
            g = _INDUCED.match(m.text)
            cause = (self.lookup(g.group(1)) or self._standard(g.group(1))) if g else None
            before = _WORDS_BEFORE.search(text, max(0, m.start - 40), m.start) if g and cause is None and text else None
            if before is not None and not (out and out[-1].end > before.start()):
                # the phrase began inside the inducer's name: "sulfur" + "mustard-induced ..."
                wider = text[before.start() : m.start] + g.group(1)
                cause = self.lookup(wider) or self._standard(wider)
                if cause is not None:
                    m = replace(m, start=before.start(), text=text[before.start() : m.end])
                    g = _INDUCED.match(m.text)
            effect = (self.lookup(g.group(3)) or self._standard(g.group(3)) or self._new(g.group(3), m.entity.type)) if g else None
            if g is None or cause is None or effect is None or cause.id == effect.id:
                out.append(m)
                continue
            end1, start2 = m.start + len(g.group(1)), m.start + g.start(3)
            out.append(Mention(m.start, end1, g.group(1), cause, "pattern" if cause.provisional else "lexicon", cause.provisional))
            out.append(Mention(start2, m.end, g.group(3), effect, "pattern" if effect.provisional else "lexicon",
                               effect.provisional))
        return out

    def _standard(self, name: str) -> Entity | None:
        """A provisional entity for a standard name of the term list, of the class the list gives."""
        etype = term_class(name, self.vocabulary) if self.vocabulary is not None else None
        return self._new(name, etype, name) if etype else None

    def _split_slashes(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"RIPK1/PGAM5" names two genes, "miR-199a-3p/145-5p" two miRNAs; "NGF/TrkA signaling" stays one pathway."""
        out: list[Mention] = []
        for m in mentions:
            more = _MIRNA_MORE.match(text, m.end) if m.entity.type == "MicroRNA" else None
            if more and not any(x.start == more.start(1) for x in mentions):
                # "miR-199a-3p/145-5p": the second name shares the first one's prefix
                head = re.match(r"(?:[a-z]{3}-)?(?:miR|microRNA)-?", m.text)
                name = (head.group() if head else "miR-") + more.group(1)
                e = self.lookup(name) or self._new(name, "MicroRNA", name)
                out += [m, Mention(more.start(1), more.end(1), more.group(1), e, "pattern" if e.provisional else "lexicon",
                                   e.provisional)]
                continue
            parts = m.text.split("/")
            if len(parts) < 2 or m.entity.type not in ("GeneOrProtein", "MicroRNA", "CytokineOrGrowthFactor"):
                out.append(m)
                continue
            if m.entity.type == "MicroRNA":
                head = re.match(r"((?:[a-z]{3}-)?(?:miR|microRNA|let)-?)", parts[0])
                names = [parts[0]] + [p if not head or p.lower().startswith(("mir", "let", "micro")) else head.group(1) + p
                                      for p in parts[1:]]
            else:
                names = parts
            if not all(names) or (m.entity.type != "MicroRNA" and not all(SYMBOL.fullmatch(p) for p in parts)):
                out.append(m)
                continue
            at = m.start
            for part, name in zip(parts, names):
                e = self.lookup(name) or self._new(name, m.entity.type, name)
                out.append(Mention(at, at + len(part), part, e, "pattern" if e.provisional else "lexicon", e.provisional))
                at += len(part) + 1
        return out

    def _derived_cells(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"MSCs derived from human iPSCs" is one cell type, the iPSC-derived MSC, made from the other."""
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            m = mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if (nxt is not None and self._is_a(m.entity.type, "CellType") and self._is_a(nxt.entity.type, "CellType")
                    and DERIVED_FROM.fullmatch(text, m.end, nxt.start) and nxt.entity.id != m.entity.id):
                e = next((e for b in (nxt.entity.label, *nxt.entity.synonyms) for a in (m.entity.label, *m.entity.synonyms)
                          if (e := self.lookup(f"{b}-derived {a}")) is not None), None)
                if e is None:
                    label = f"{singular(nxt.entity.label)}-derived {singular(m.entity.label)}"
                    e = self._new(label, m.entity.type, label)
                out.append(Mention(m.start, nxt.end, text[m.start : nxt.end], e, "pattern" if e.provisional else "lexicon",
                                   e.provisional, producer=nxt.entity))
                i += 2
                continue
            out.append(m)
            i += 1
        return out

    def _named_vesicle(self, producer: Entity, etype: str) -> Entity | None:
        """The lexicon's vesicle of *producer* under another wording ("mesenchymal stem cell-derived
        exosomes" are the lexicon's "MSC-derived exosomes"), of the same kind, if any."""
        words = ("exosomes",) if etype == "Exosome" else ("EVs", "extracellular vesicles", "sEVs")
        for n in (producer.label, *producer.synonyms):
            for w in words:
                for form in (f"{n}-derived {w}", f"{n} {w}"):
                    e = self.lookup(form)
                    if e is not None and (e.type == "Exosome") == (etype == "Exosome"):
                        return e
        return None

    def _compose(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Join "X-derived exosomes", "X exosomes", "X-loaded exosomes" into vesicle mentions."""
        out: list[Mention] = []
        rx = re.compile(  # "adipose-derived stem cells (ADSCs) exosomes": a short form may stand between
            rf"(?:\s*\([A-Za-z][\w-]{{0,14}}\))?({DASH}|\s+)(?:(derived|loaded|enriched)(?:\s+|{DASH}))?({VESICLE_HEAD}|(?=\S))",
        )
        i = 0
        while i < len(mentions):
            m = mentions[i]
            composed = None
            tail = rx.match(text, m.end)
            if tail:
                kind = tail.group(2)
                head_end = tail.end(3) if tail.group(3) else None
                nxt = mentions[i + 1] if i + 1 < len(mentions) else None
                if kind == "derived" and nxt is not None and nxt.start == tail.end():
                    # "iPSC-derived MSCs": the next mention is the derived thing.
                    composed = (nxt.end, nxt.entity.type, i + 2, nxt)
                elif tail.group(3) and head_end and (kind or self._is_a(m.entity.type, "CellType") or m.entity.type == "MicroRNA"):
                    if not (m.entity.type == "MicroRNA" and kind is None):
                        head = tail.group(3)
                        composed = (head_end, type_of_phrase(head) or "ExtracellularVesicle", i + 1, None)
                if composed and kind is None and not self._is_a(m.entity.type, "CellType"):
                    composed = None
            if composed is None:
                out.append(m)
                i += 1
                continue
            end, etype, skip_to, inner = composed
            name = text[m.start : end]
            if inner is not None and not (self._is_a(inner.entity.type, "CellType") or self._is_a(inner.entity.type, "ExtracellularVesicle")):
                out.append(m)
                i += 1
                continue
            kind = tail.group(2)
            e = self.lookup(name) or (self._named_vesicle(m.entity, etype) if kind == "derived" and inner is None else None) \
                or self._new(name, etype)
            producer = m.entity if kind == "derived" or (kind is None) else None
            cargo = m.entity if kind in ("loaded", "enriched") else None
            out.append(Mention(m.start, end, name, e, "pattern" if e.provisional else "lexicon", e.provisional,
                               producer if kind == "derived" else None, cargo))
            i = skip_to
            while i < len(mentions) and mentions[i].start < end:
                i += 1  # a mention inside the phrase ("exosomes" in "MSC-derived exosomes")
        return out


def _mirna_key(name: str) -> str | None:
    """The miRNA a name holds, as a key ("MSC-miR-92a-3p-Exos" -> "92a-3p"), or None."""
    m = _MIRNA_KEY.search(name)
    return None if m is None else (m.group(1) or m.group()).lower()


def _long_form(short: str, before: str) -> str | None:
    """The long form of *short* at the end of *before* (Schwartz & Hearst 2003), or None.

    >>> _long_form("NPC", "senescent nucleus pulposus cells ")
    'nucleus pulposus cells'
    >>> _long_form("MSC", "derived from mesenchymal stem cells ")
    'mesenchymal stem cells'
    """
    before = before.rstrip()
    words = re.findall(r"[^\s]+", before)
    if not words:
        return None
    max_words = min(len(short) + 5, len(short) * 2)
    letters = [c.lower() for c in short if c.isalnum()]
    cand = " ".join(words[-max_words:])
    s_i, l_i = len(letters) - 1, len(cand) - 1
    while s_i >= 0:
        c = letters[s_i]
        while l_i >= 0 and (cand[l_i].lower() != c or (s_i == 0 and l_i > 0 and cand[l_i - 1].isalnum())):
            l_i -= 1
        if l_i < 0:
            return None
        s_i -= 1
        l_i -= 1
    start = cand.rfind(" ", 0, l_i + 1) + 1
    lf = cand[start:].strip(" ,;:")
    # Too many words for the letters means a chance match across a clause.
    if len(lf.split()) > len(letters) + 2 or len(lf) <= len(short):
        return None
    return lf
