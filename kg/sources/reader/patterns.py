"""Names found by their shape, for the :class:`~.ner.Recognizer`: miRNAs, gene and protein symbols,
circular and long non-coding RNAs, collagens of one chain, "Y pathway", "ER stress", short names of
agents ("LPS"), vesicles named after their producer ("BMSC-Exos", "hUC-MSC-EVs") and a family's short
form defined inside a member's name ("interleukin (IL)-1β").

The recogniser weighs these candidates against the lexicon's and the abbreviations' (longest span
first, then the more trusted source); the helpers here also tell it whether a short form is a gene's
symbol, a compound's code or a disease's short name.
"""
from __future__ import annotations

import re

from ...model import Entity
from .abbreviations import long_form
from .compose import ENGINEERED
from .grounding import unique_term
from .names import (AXIS_WORD, CHEMICAL_SHORT, COMPOUND, CYTOKINE, DISEASE_MODEL, DISEASE_SHORT, GENE_SHORT, GREEK_WORD, LINE_KINDS, MIRNA, NOT_SYMBOLS, ORGAN_WORDS, PATHWAY,
                    STRESS_KIND, SYMBOL, T_HELPER, VESICLE_SUFFIX, VESICLE_WORD, Mention, vesicle_symbol_type,
                    without_short_forms)
from .vocabulary import Vocabulary

_GREEK_WORD_AFTER = re.compile(rf"[ \t](?:{GREEK_WORD})(?:[ \t]?\d)?(?![\w-])")
GLUED_VESICLE = re.compile(r"[A-Z](?:Exos?|EVs?)$")
# an MSC named by its source's initials: "hUC-MSC", "BMMSC", "AMSC" (antler), "cMSC" (conditioned)
_MSC_SYMBOL = re.compile(r"(?:[A-Za-z]{1,4})?-?MSCs?|[hH]?(?:ADSC|ASC)s?")  # ("BMSC" is B + MSC)
_MADE = r"(?:[Dd]erived|[Ss]ecreted|[Rr]eleased)"  # "BMSC-derived" ("BMSC-Derived" in a title): the cells, before what they made
_MADE_SUFFIX = re.compile(rf"[-\u2010]{_MADE}$")
_STEM_SHORT = re.compile(r"[a-z]{0,2}[A-Z]{1,5}(?:SC|PC)s?|SHED")  # "DPSC", "hUSC", "NSC", "EPC", "SHED"
_LOWER_MSC = re.compile(rf"(?<![\w-])(?=[a-z]|H[a-z])(?:{_MSC_SYMBOL.pattern})(?:[-\u2010]{VESICLE_WORD})?"
                        rf"(?:(?![\w-])|(?=[-\u2010](?:{_MADE}|treated)\b))")  # "hUCMSC-EVs" too ("hucMSC-Exo-treated mice")
_LNC_RNA = re.compile(r"(?<![\w-])(?:[Ll]nc-?RNA|[Ll]ong non-?coding RNA)s?[- ]([A-Z][A-Za-z0-9]*[A-Z0-9](?:-AS\d)?)(?![\w-])")
# "ultraviolet (UV) radiation", "UVB irradiation", "thoracic radiation", and a bare "radiation-" or "hypoxia-induced":
# an exposure, not a gene "UV" (and the inducer of what follows "-induced")
_EXPOSURE = re.compile(r"(?<![\w-])(?:(?:ultraviolet|UV[ABC]?|ionizing|ionising|gamma|X-ray|thoracic|cranial|whole[- ]body"
                        r"|total[- ]body)\s+(?:\(UV[ABC]?\)\s+)?(?:radiation|irradiation)|UV[ABC]?|(?:radiation|irradiation|hypoxia|hyperoxia)(?=[-\u2010]induced))"
                        r"(?=[\s,.;:)-])(?![-\u2010]\d)")
_CLP = re.compile(r"(?<![\w-])ca?ecal\s+ligation\s+and\s+puncture(?![\w-])", re.I)
_ISCHEMIA_REPERFUSION = re.compile(rf"(?<![\w/-])(?:(?:{ORGAN_WORDS}|intestinal|cerebral)\s+)?I/R(?:\s+(?:injury|injuries|damage))?(?![\w/-])", re.I)
_ANTIBODY = re.compile(r"(?<![\w-])(?:[Aa]nti-[A-Za-z0-9][\w\u0370-\u03ff-]*[\w\u0370-\u03ff](?:\s+receptor(?:\s+\d+)?)?\s+(?:IgGs?|antibod(?:y|ies)|mAbs?)"
                       r"|[A-Za-z0-9][\w\u0370-\u03ff-]*[\w\u0370-\u03ff][-\s](?:neutrali[sz]ing|blocking)\s+(?:monoclonal\s+)?antibod(?:y|ies))(?![\w-])")
_GLUED_CARGO = re.compile(r"(?<![\w-])[A-Za-z]+[-\u2010](?:EXs?|Exos?|EVs?|exos?)(?:si|sh)?(?:miR|let)-[\w-]*\w(?![\w-])")
_RATIO = re.compile(r"(?<![\w/-])[A-Z][\w+]*(?:-\w+)?/[A-Z][\w+]*(?:-\w+)?(?:\s+cells?)?\s+(?:ratio|imbalance|balance)(?![\w-])")
_SPACED_MSC = re.compile(r"(?<![\w-])h?(?:BM|UC|AD|WJ|hUC)\s(?:MSCs?|MSC-derived)(?![\w-])")
# (pattern, type, label from the words or the words themselves), in the order they are tried
_SHAPED = (
    (_CLP, "Intervention", str.lower),  # the sepsis model is one procedure, not a "cecal ligation" and a puncture
    # "hepatic I/R injury", "after I/R": ischemia-reperfusion, no genes "I" and "R"
    (_ISCHEMIA_REPERFUSION, "DiseaseOrInjury", lambda words: re.sub(r"I/R(?:\s+\w+)?$", "ischemia-reperfusion injury", words)),
    (_ANTIBODY, "Intervention", None),  # "anti-TNF-α IgG", "MCP-1-neutralizing antibody": what was given, not the protein
    (_GLUED_CARGO, "EngineeredVesicle", None),  # "NSC-EXsmiR-132-3p" (a superscript run in): vesicles made to carry it
    (_RATIO, "Phenotype", None),  # "Th17/Treg ratio", "M1/M2 imbalance": a measure of two kinds of cells, not a gene
    (_SPACED_MSC, "MesenchymalStemCell", None),  # "BM MSCs", "UC MSCs": the tissue's MSCs, not a gene "BM" beside them
)
_STATE_VESICLES = re.compile(rf"(?<![\w-])[A-Z][a-z]{{2,}}[-\u2010]{VESICLE_WORD}(?![\w-])")
_CELLS_AFTER = re.compile(r"\s+cells?(?:\s+lines?)?(?![\w-])")
_CELL_LINE_SHAPE = re.compile(r"\d|^[A-Z][a-z]+[A-Z]")  # a digit ("PC12", "HK-2", "C2C12") or "HaCaT"
# a line's name with a dotted number, which the symbol pattern cuts at the dot, and its cells: "RAW264.7 cells",
# "RAW 264.7 macrophages", "bEnd.3 cells", "J774A.1 macrophages" (one mention, as "PC12 cells" is)
_DOTTED_LINE = re.compile(r"(?<![\w.\-])(?:[A-Z]{2,}\s?\d+|[a-z]?[A-Z][A-Za-z]*\d[A-Za-z0-9]*|[a-z][A-Z][a-z]+)\.\d+"
                          r"\s+(?:cells?(?:\s+lines?)?|" + LINE_KINDS + r")(?![\w-])")
_INDUCER_WORD = re.compile(r"(?<![\w-])[A-Za-z][a-z]{4,}(?=[-\u2010\s](?:[Ii]nduced|[Tt]reated|[Ee]xposed|[Cc]hallenged|[Ii]njected)\b)")
# NONCODE's transcript ids of lncRNAs ("NONHSAT084969.2"; abstracts also write them with a space)
_NONCODE = re.compile(r"(?<![\w-])(NON(?:HSA|MMU|RAT)[TG]\s?\d{6}(?:\.\d+)?)(?![\w-])")
_CIRC_RNA = re.compile(r"(?<![\w-])((?:(?:hsa|mmu|rno)_)?circ(?:RNA)?[_-]?(?:\d{4,}|[A-Z][A-Za-z0-9]*\d*)(?:_\d+)?)(?![\w-])")
# Collagens made of one chain only name that chain's gene: type II (COL2A1), III (COL3A1), X (COL10A1);
# types I, IV and V are made of two or more chains and name no one gene: FamPlex's family of their chains.
# "anti-miR-25", "antagomir-miR-21", "agomir-miR-25": the miRNA's own entity under the whole name, so that what the
# silencer did is read against the miRNA (the reader's inhibitor rule) and what a mimic did as the miRNA's
# "microRNA (miR)-188": the short form defined inside the name, which is the miRNA's
_DEFINED_MIRNA = re.compile(r"(?<![\w-])(?:micro-?RNA|miRNA)\s*\((?:miR|miRNA)\)-?(\d+[a-z]?(?:-\d)?(?:-[35]p)?)(?![\w-])", re.I)
_PREFIXED_MIRNA = re.compile(r"(?<![\w-])(?:anti|antagomir|agomir)-((?:(?:hsa|mmu|rno)-)?(?:miR|microRNA|mir)-?(\d+[a-z]?(?:-\d)?(?:-[35]p)?))"
                             r"(?![\w])", re.I)
_WORD_AFTER_NON_SYMBOL = re.compile(r"(?:" + "|".join(map(re.escape, NOT_SYMBOLS)) + r")[-\u2010][a-z]{3,}")
_NF_KAPPA_B = re.compile(r"(?<![\w/-])NF[-\u2010 ]kappa[-\u2010 ]B(?![\w-])")
_SPACED_LETTER = re.compile(r" ([b-z])(?![\w-])")  # ("a" is the article: "miR-21 a key regulator")
_COLLAGEN = re.compile(r"(?<![\w-])(?:[Cc]ol(?:lagen)?[\s-]?(?:type\s+)?(II|III|X|IV|V|I|\u2161|\u2162|\u2169|\u2160)(?:\s*(?:a|\u03b1)1)?"
                       r"|[Tt]ype\s+(II|III|X|IV|V|I)\s+collagen)(?![\w-])")
_MEASURED_AFTER = re.compile(r"\s+(?:levels?|activit(?:y|ies)|concentrations?|contents?|expression|secretion|release)\b", re.I)
_CHEMICAL_SHORT = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, {**CHEMICAL_SHORT, **GENE_SHORT, **DISEASE_SHORT})) + r")(?![\w])")
_GENESIS = re.compile(r"(?<![\w-])[a-z]{3,}(?:genesis|poiesis)(?![\w-])")
_STRESS = re.compile(rf"(?<![\w-])(?:{STRESS_KIND})\s+stress(?![\w-])", re.I)
_SPLIT_NAME = re.compile(r"(?<= )\(([A-Z]{2,5})\)[-\u2010\u2011]([0-9]{0,2}[A-Za-z0-9\u03b1-\u03c9]{1,3})(?![\w-])")
# "TGF-β1-treated BSMCs": what the cells were given is named (the cells' phrase is split in compose.py);
# "IL-1β-induced apoptosis" is left to the phrase, which splits the inducer off
_GIVEN = re.compile(r"-?(?:treated|stimulated)")
_STATE_AFTER = re.compile(r"[-\u2010](?:affected|bearing|challenged|exposed|primed|pretreated)$")
# "Nrf2-knockdown", "PTEN-overexpression": a change of the gene named after it, which stays the gene
_CHANGE_AFTER = re.compile(r"[-\u2010](?:over-?expression|knockdown|knock-down|knockout|silencing|deficiency|depletion|deletion)$", re.I)
_LISTED_AFTER = re.compile(r"(?<![\w-])([A-Za-z][\w-]*[A-Z0-9][\w-]*),\s*$")  # "NLRP3, " before a name
_EXO_FIRST = re.compile(r"(?<![\w-])[Ee]xos?[-\u2010](?:na[iï]ve|control|(?:miR-?)?\d+[a-z]?(?:-[35]p)?)(?![\w-])")
# (named as an axis or pathway: "treated with EVs/miR-199a/TGF-β agonist" lists what the cells were given)
_MIRNA_AXIS = re.compile(rf"(?:{MIRNA.pattern})(?P<tail>(?:/[^/\s,;()]+)+)"
                         rf"(?=\s+{AXIS_WORD})", re.I)
_PATHWAY_AFTER_SLASH = re.compile(r"/[^\s,;()]+\s+(?:signal(?:l?ing)?(?:\s+pathways?)?|pathways?|axis|cascade)(?![\w-])", re.I)
# "p-STAT3", "phospho-Akt", "p-NF-κB": the phosphorylated form was measured, and the protein is what it names
_PHOSPHO = re.compile(r"(?<![\w-])(?:p|phospho)[-\u2010]([A-Z][A-Za-z0-9\u03b1-\u03c9]*(?:/[0-9A-Za-z]+)*"
                      r"(?:[-\u2010][0-9A-Za-z\u03b1-\u03c9]+)?|[a-z]\d{2,3})(?![\w\u03b1-\u03c9])")
_PROTEIN_BY_MASS = re.compile(r"p\d{2,3}")  # "p65", "p38", "p53": proteins named by their mass in kDa
_ROMAN = {"\u2160": "I"}
_ARABIC = {"I": 1, "IV": 4, "V": 5}  # "collagen Iα1" names the chain: COL1A1
# collagens named by their alpha-1 chain's gene, as curators name them: collagen I (two alpha-1 chains and one
# alpha-2) too; IV and V, of several chains alike (COL4A1-6, COL5A1-3), stay families
_COLLAGEN_GENE = {"I": "COL1A1", "\u2160": "COL1A1", "II": "COL2A1", "\u2161": "COL2A1", "III": "COL3A1", "\u2162": "COL3A1",
                  "X": "COL10A1", "\u2169": "COL10A1"}


class PatternSteps:
    """Candidates found by shape, for a recogniser that has ``lookup``, ``_new``, ``_is_a`` and ``vocabulary``.

    >>> from kg.lexicon import Lexicon
    >>> from kg.sources.reader.ner import Recognizer
    >>> [m.text for m in Recognizer(Lexicon([]))._pattern_candidates("miR-21-5p and circHIPK3 rose")]
    ['circHIPK3', 'miR-21-5p']
    """

    vocabulary: Vocabulary | None

    def _compound_code(self, name: str) -> bool:
        return self.vocabulary is not None and any(c.isdigit() for c in name) and not self._is_symbol(name) \
            and bool(self.vocabulary.lookup(name, ("chemical",))) and not self.vocabulary.lookup(name, ("gene_alias",))

    def _disease_short(self, name: str, measured: bool = False) -> bool:
        """Whether *name* is MONDO's short name of a disease ("T1DM") and no gene's symbol or alias.

        Short names of diseases are written in capitals; names are compared without case, so "IgE"
        (the antibody) would otherwise meet "IGE" (idiopathic generalized epilepsy). A disease whose
        short name has small letters ("IgAN") is one the document defines, which is read before this.
        A gene's alias does not outweigh MONDO's short name ("COPD", "ALS", "HCC" undefined are the diseases),
        unless the name is *measured* ("ALT levels": the enzyme GPT); a gene's approved symbol does.
        """
        return self._short_name_of(name, "disease", ("gene", "gene_alias", "gene_text", "family") if measured else ("gene", "family"))

    def _cell_short(self, name: str) -> bool:
        """Whether *name* (or its plural) is the Cell Ontology's short name of a cell ("EPC", "VSMCs") and no
        gene's symbol or alias: an endothelial progenitor cell, not an ungrounded protein."""
        one = name[:-1] if name.endswith("s") and len(name) > 3 else name
        # ... or EFO's name of a cell line it calls "X cell" ("HUVECs": EFO's "HUVEC cell")
        return self._short_name_of(one, "cell") or (self._short_name_of(one, "efo") and any(
            t.label.endswith(" cell") for t in self.vocabulary.lookup(one, ("efo",))))

    def _short_name_of(self, name: str, kind: str, genes: tuple[str, ...] = ("gene", "gene_alias", "gene_text", "family")) -> bool:
        """Whether *name*, in capitals, is a short name the term list keeps for a *kind* and for no gene (by the
        *genes* kinds of names)."""
        return self.vocabulary is not None and not re.search(r"[a-z]", name) \
            and bool(self.vocabulary.lookup(name, (kind,))) and not self.vocabulary.lookup(name, genes)

    def _is_symbol(self, short: str) -> bool:
        return self.vocabulary is not None and any(t.kind == "gene" for t in self.vocabulary.lookup(short, ("gene",)))

    def _names_a_gene(self, name: str) -> bool:
        return self.vocabulary is not None and unique_term(
            self.vocabulary.lookup(name, ("gene", "gene_alias", "gene_name", "gene_text", "gene_mesh")), name) is not None

    def _names_other_gene(self, phrase: str, short: str) -> bool:
        """Whether *phrase* names one gene, not the one *short* is the symbol of: "fatty acid synthase
        (FAS)" is FASN, whatever the symbol FAS is."""
        if self.vocabulary is None:
            return False
        named = unique_term(self.vocabulary.lookup(phrase, ("gene_name", "gene_text", "gene_mesh")), phrase)
        symbol = unique_term(self.vocabulary.lookup(short, ("gene", "gene_alias")), short)
        return named is not None and symbol is not None and named.curie != symbol.curie

    def _gene_symbol(self, short: str) -> Entity | None:
        """The gene *short* names, when it is the symbol (or the one alias) of one HGNC gene."""
        if (known := self.lookup(short)) is not None:
            return known if self._is_a(known.type, "GeneOrProtein") else None
        if self.vocabulary is None or not SYMBOL.fullmatch(short):
            return None
        # the grounder's rule for a name several genes share: the symbol, else the alias that fits best
        if unique_term(self.vocabulary.lookup(short, ("gene", "gene_alias")), short) is not None:
            etype = "CytokineOrGrowthFactor" if CYTOKINE.match(short) else "GeneOrProtein"
            return self._new(short, etype, short)
        return None

    def _pattern_candidates(self, text: str) -> list[Mention]:
        out = []
        for m in ENGINEERED.finditer(text):
            # "MSC-miR-92a-3p-Exos", "MSC-anti-miR-92a-3p-Exos", "miR-146a-5p+-EVs": vesicles made to carry
            # (or to block) a miRNA are one name, of vesicles of their own
            if re.search(r"miR|microRNA|let-7|@", m.group()) or re.search(r"(?:^|-)(?:anti|si|sh)-", m.group(), re.I):
                e = self.lookup(m.group()) or self._new(m.group(), "EngineeredVesicle", m.group())
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
            elif m.group().count("-") >= 2 and re.search(r"[A-Z]{2}", m.group()):
                # "HS-BMSC-Exo" (from heat-shocked BMSCs): one short name of vesicles, not a gene "HS-BMSC"
                e = self.lookup(m.group()) or self._new(m.group(), vesicle_symbol_type(m.group()), m.group())
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _MIRNA_AXIS.finditer(text):
            # "the miR-146a-5p/IRAK1 axis": the miRNA (found on its own) and, after its slash, the genes it acts
            # through, each a name of its own (a gene's symbol pattern starts at no slash)
            for part in re.finditer(r"/([^/\s,;()]+)", m.group("tail")):
                name, start = part.group(1), m.start("tail") + part.start(1)
                e = self.lookup(name) or (self._new(name, "GeneOrProtein", name) if SYMBOL.fullmatch(name)
                                          and self._names_a_gene(name) else None)
                if e is not None:
                    out.append(Mention(start, start + len(name), name, e, "pattern", e.provisional))
        for m in _EXO_FIRST.finditer(text):
            # "exo-146a" (loaded with miR-146a), "Exo-miR-21", "exo-naïve": vesicles named with their word first
            etype = "Exosome" if re.search(r"na[iï]ve|control", m.group(), re.I) else "EngineeredVesicle"
            e = self.lookup(m.group()) or self._new(m.group(), etype, m.group())
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _EXPOSURE.finditer(text):
            label = without_short_forms(m.group())
            e = self.lookup(label) or self._new(m.group(), "Intervention", label)
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for rx, etype, label in _SHAPED:  # names whose shape says what they are (the table's comments say which)
            for m in rx.finditer(text):
                e = self.lookup(m.group()) or self._new(m.group(), etype, label(m.group()) if label else m.group())
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _STATE_VESICLES.finditer(text):  # "Aged-Exos", "Young-EVs": the vesicles of cells in that state
            e = self.lookup(m.group()) or self._new(m.group(), vesicle_symbol_type(m.group()), m.group())
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _INDUCER_WORD.finditer(text) if self.vocabulary is not None else ():
            # "cisplatin-induced ototoxicity", "Imiquimod Induced Inflammation": a drug named only as the cause
            if unique_term(self.vocabulary.lookup(m.group(), ("chemical",)), m.group()) is not None \
                    and not self.vocabulary.lookup(m.group(), ("gene", "gene_alias")):
                e = self.lookup(m.group()) or self._new(m.group(), "Molecule", m.group())
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in (*_CIRC_RNA.finditer(text), *_NONCODE.finditer(text)):
            # "mmu_circ_0001295", "circHIPK3", "hsa_circ_0001946": circular RNAs, gene products of their own; lncRNAs
            label = re.sub(r"\s", "", m.group(1))  # ("NONHSAT 084969.2" is NONHSAT084969.2)
            e = self.lookup(m.group(1)) or self._new(m.group(1), "GeneOrProtein", label)
            out.append(Mention(m.start(1), m.end(1), m.group(1), e, "pattern", e.provisional))
        for m in _LNC_RNA.finditer(text):  # "LncRNA MALAT1", "lncRNA-H19": the gene named, not a gene "LncRNA"
            e = self._gene_symbol(m.group(1)) or self._new(m.group(1), "GeneOrProtein", m.group(1))
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _SPLIT_NAME.finditer(text):
            # "interleukin (IL)-1β", "tumor necrosis factor (TNF)-α": a family's short form defined inside
            # a member's name; the whole is the member ("IL-1β"), when that names a known protein
            lf = long_form(m.group(1), text[max(0, m.start() - 80) : m.start()])
            name = f"{m.group(1)}-{m.group(2)}"
            e = self._gene_symbol(name) if lf else None
            if e is None and lf and self._names_a_gene(name):
                # "transforming growth factor (TGF)-β1": a name HGNC keeps as the protein's, not as a symbol
                e = self.lookup(name) or self._new(name, "CytokineOrGrowthFactor" if CYTOKINE.match(name) else "GeneOrProtein", name)
            end = m.end()
            if e is not None and (tail := _PATHWAY_AFTER_SLASH.match(text, end)):
                # "Toll-like receptor (TLR)-4/NF-κB signaling pathway": the member names the pathway it leads
                end, name = tail.end(), f"{m.group(1)}{m.group(2)}{tail.group()}"
                e = self.lookup(name) or self._new(name, "Pathway", name)
            if e is not None:
                out.append(Mention(m.start() - len(lf) - 1, end, text[m.start() - len(lf) - 1 : end], e, "pattern", e.provisional))
        for m in _LOWER_MSC.finditer(text):
            # "hUC-MSCs", "hBMSCs", "iMSCs" without a definition: MSCs of a tissue (the symbol patterns below need a capital first)
            etype = vesicle_symbol_type(m.group()) if VESICLE_SUFFIX.search(m.group()) else "MesenchymalStemCell"
            e = self.lookup(m.group()) or self._new(m.group(), etype, m.group())
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _COLLAGEN.finditer(text):
            kind = _ROMAN.get(m.group(1) or m.group(2), m.group(1) or m.group(2))
            chain = re.search(r"(?:a|\u03b1)1$", m.group())  # "Col Iα1": the chain, COL1A1
            if kind not in _COLLAGEN_GENE and not chain:
                # "type IV collagen": the family of its chains (FamPlex COL4), under the name the family has
                family = f"collagen type {kind}"
                e = self.lookup(family) or self._new(m.group(), "GeneOrProtein", family)
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
                continue
            symbol = _COLLAGEN_GENE[kind] if kind in _COLLAGEN_GENE else f"COL{_ARABIC[kind]}A1"
            e = self.lookup(symbol) or self._new(m.group(), "GeneOrProtein", symbol)
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _PHOSPHO.finditer(text):
            rest = m.group(1)
            if (given := COMPOUND.search(rest)) and given.start() > 0:
                rest = rest[: given.start()]  # "p-STAT3-mediated": the protein, before what it did
            if rest in NOT_SYMBOLS:
                continue
            e = self.lookup(rest)
            if e is None and (SYMBOL.fullmatch(rest) or self._names_a_gene(rest) or _PROTEIN_BY_MASS.fullmatch(rest)):
                # (not "p-Coumaric acid"; "p-p65", "p-p38": a protein named by its mass, as the grounder knows it)
                e = self._new(m.group(0)[: m.start(1) - m.start() + len(rest)],
                              "CytokineOrGrowthFactor" if CYTOKINE.match(rest) else "GeneOrProtein", rest)
            if e is not None and e.type != "Organism":
                end = m.start(1) + len(rest)
                out.append(Mention(m.start(), end, text[m.start() : end], e, "pattern", e.provisional))
        for m in (*MIRNA.finditer(text), *_PREFIXED_MIRNA.finditer(text), *_DEFINED_MIRNA.finditer(text)):
            # (the prefixed pattern holds the plain name in its group 1 and the number in group 2; the defined one the number)
            name, number = (m.group(), m.group(1)) if m.re is MIRNA else (f"miR-{m.group(1)}", m.group(1)) \
                if m.re is _DEFINED_MIRNA else (m.group(1), m.group(2))
            end = m.end()
            spaced = _SPACED_LETTER.match(text, end) if m.re is MIRNA and number and number[-1].isdigit() else None
            if spaced:  # "miR-125 b": a typesetter's space inside the name of miR-125b
                name, number, end = name + spaced.group(1), number + spaced.group(1), spaced.end()
            label = f"miR-{number}" if number else name
            e = self.lookup(name) or self.lookup(label) or self._new(name, "MicroRNA", label)
            out.append(Mention(m.start(), end, text[m.start() : end], e, "pattern", e.provisional))
        for m in PATHWAY.finditer(text):
            name = m.group()
            head = m.group(1)
            if not (any(c.isupper() or c.isdigit() for c in head) or self.lookup(head)):
                continue  # "a pivotal pathway" names no pathway; "Wnt pathway", "NF-κB signaling" do
            if MIRNA.match(head):
                continue  # "miR-let7/HMGA2/NF-κB pathway" is a chain from a miRNA, not a pathway's name
            e = self.lookup(name) or self._new(name, "Pathway", name)
            out.append(Mention(m.start(), m.end(), name, e, "pattern", e.provisional))
        # "rat SCI models", "MCAO model": an acronym that names a model is a disease or injury.
        disease_models = {m.group(1) for m in DISEASE_MODEL.finditer(text)}
        for m in _GENESIS.finditer(text):  # "osteoclastogenesis": a process no term list names, provisional
            if self.lookup(m.group()) is None and not (self.vocabulary is not None and self.vocabulary.lookup(m.group())):
                e = self._new(m.group(), "BiologicalProcess", m.group())
                out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _STRESS.finditer(text):  # "ER stress" is not the gene ER (ESR1) under stress
            e = self.lookup(m.group()) or self._new(m.group(), "BiologicalProcess", m.group())
            out.append(Mention(m.start(), m.end(), m.group(), e, "lexicon", e.provisional))
        for m in T_HELPER.finditer(text):
            around = text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]
            if around == "()" or "/" in around:
                continue  # "regulatory T (Treg) cells", "Th1/Th17/Treg imbalance": part of a longer name
            e = self.lookup(m.group()) or self._new(m.group(), "CellType", f"{m.group(1)} cell")
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _CHEMICAL_SHORT.finditer(text):
            short = m.group()
            e = self.lookup(short) or (self._new(short, "GeneOrProtein", GENE_SHORT[short]) if short in GENE_SHORT
                                       else self._new(short, "DiseaseOrInjury", DISEASE_SHORT[short]) if short in DISEASE_SHORT
                                       else self._new(short, "Molecule", CHEMICAL_SHORT[short]))
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _NF_KAPPA_B.finditer(text):  # "NF-kappa B", written with spaces: the name pattern saw "NF-kappa"
            e = self.lookup("NF-kappaB") or self._new(m.group(), "GeneOrProtein", m.group())
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in _DOTTED_LINE.finditer(text):
            e = self.lookup(m.group()) or self._new(m.group(), "CellType", m.group())
            out.append(Mention(m.start(), m.end(), m.group(), e, "pattern", e.provisional))
        for m in SYMBOL.finditer(text):
            name, end = m.group(), m.end()
            if (made := _MADE_SUFFIX.search(name)) and _MSC_SYMBOL.fullmatch(name[: made.start()]):
                name, end = name[: made.start()], m.start() + made.start()  # "BMSC-derived exosomes": the cells
            elif made and _STEM_SHORT.fullmatch(name[: made.start()]) and self.lookup(name[: made.start()]) is None:
                # "DPSC-derived exosomes", "NSC-derived EVs": stem or progenitor cells by initials no sentence defined
                name = name[: made.start()]
                e = self._new(name, "StemCell" if name.rstrip("s").endswith("SC") else "CellType", name)
                out.append(Mention(m.start(), m.start() + made.start(), name, e, "pattern", e.provisional))
                continue
            elif (greek := _GREEK_WORD_AFTER.match(text, end)) and self._names_a_gene(text[m.start() : greek.end()]):
                name, end = text[m.start() : greek.end()], greek.end()  # "IL-1 beta" is IL1B, not IL-1 and a word
            elif state := _STATE_AFTER.search(name) or _CHANGE_AFTER.search(name):
                name, end = name[: state.start()], m.start() + state.start()  # "EAE-affected mice": the disease
            if name in CHEMICAL_SHORT or name in DISEASE_SHORT:
                continue
            given = COMPOUND.match(text, m.end())
            if (given and not _GIVEN.fullmatch(given.group())) \
                    or (name.rfind("-") > 0 and COMPOUND.fullmatch(name, name.rfind("-"))):
                continue  # "IL-1β-induced apoptosis" names the apoptosis, not IL-1β; "AMI-induced" is no gene
            if name in NOT_SYMBOLS or name.rstrip("s") in NOT_SYMBOLS or MIRNA.fullmatch(name) \
                    or _WORD_AFTER_NON_SYMBOL.fullmatch(name):  # "EV-therapy": the vesicles' therapy, no gene
                continue
            if name.isupper() and len(name) > 6 and "-" not in name and not any(c.isdigit() for c in name):
                continue  # a shouted heading word, not a gene
            if (line := _CELLS_AFTER.match(text, end)) and _CELL_LINE_SHAPE.search(name) and not _MSC_SYMBOL.fullmatch(name):
                # "PC12 cells", "HK-2 cell line": cells named by their line (no gene HK2), and "PC12 cell
                # differentiation" a process of them
                cells = text[m.start() : line.end()]
                e = self.lookup(cells) or self._new(cells, "CellType", cells)
                out.append(Mention(m.start(), line.end(), cells, e, "pattern", e.provisional))
                continue
            e = self.lookup(name)
            listed = _LISTED_AFTER.search(text, max(0, m.start() - 30), m.start())
            gene = unique_term(self.vocabulary.lookup(name, ("gene", "gene_alias")), name) if self.vocabulary is not None \
                and listed and _MSC_SYMBOL.fullmatch(name) and not _MSC_SYMBOL.fullmatch(listed.group(1)) else None
            if gene is not None and (e is None or self._is_a(e.type, "CellType")) and self._names_a_gene(listed.group(1)):
                e = self._new(name, "GeneOrProtein", gene.label)  # "NLRP3, ASC, cleaved caspase-1": PYCARD, no adipose stem cells
            if e is None:
                measured = bool(_MEASURED_AFTER.match(text, end))
                etype = ("DiseaseOrInjury" if name in disease_models or self._disease_short(name, measured)  # "T1DM"
                         else vesicle_symbol_type(name) if VESICLE_SUFFIX.search(name) or GLUED_VESICLE.search(name)  # "BMSC-Exos", "HExo"
                         else "MesenchymalStemCell" if _MSC_SYMBOL.fullmatch(name)  # "hucMSC", "BMSCs", "hUC-MSC"
                         else "Molecule" if self._compound_code(name)  # "SB203580", "XAV939": an inhibitor's code
                         else "CellType" if self._cell_short(name)  # "EPC tube formation": the cells
                         else "CytokineOrGrowthFactor" if CYTOKINE.match(name) else "GeneOrProtein")
                e = self._new(name, etype, name)
            if e.type != "Organism":
                out.append(Mention(m.start(), end, name, e, "pattern", e.provisional))
        return out
