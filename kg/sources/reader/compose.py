"""Steps that refine the recogniser's mentions once they are chosen: names made of names.

Vesicles named after their producer or cargo ("MSC-derived exosomes", "miR-21-loaded exosomes") and
vesicles from cells made to carry a miRNA (one entity per document, however the abstract names
them); cells derived from cells; "A/B" lists of genes and miRNAs; an inducer split from what it
induced ("IL-6-induced liver injury"); processes of named cells ("migration of endothelial cells");
"the repair of D". The :class:`~.ner.Recognizer` runs them in :meth:`~.ner.Recognizer.find`, after
:func:`.terms.with_terms` has added the standard names of the term list.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ...model import Entity
from .names import (BROUGHT_ON, CHEMICAL_SHORT, DASH, DERIVED_FROM, GIVEN_OR_INDUCED, GO_PROCESS_WORD, MADE_TO_BLOCK, MADE_WORDS, MENDING,
                    MIRNA_IN_NAME, OF, PROCESS_TYPES, STEM_OR_STROMAL, VESICLE_HEAD, Mention, is_generic_vesicle, kinds,
                    singular, type_of_phrase)
from .coordination import AND, CoordinationSteps
from .proteins import merged
from .terms import term_class
from .vocabulary import Vocabulary

# "IL-6-induced acute liver injury": the inducer raises what it induces (split off below)
_INDUCED = re.compile(rf"^(.+?)[-\u2010]({BROUGHT_ON})\s+(.+)$")  # ("-Induced": a title)
_PROCESS_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:\w+\s+)?")  # "migration of (cultured) endothelial cells"
_GIVEN_TO = re.compile(r"[-\u2010](?:treated|stimulated|exposed|challenged)\s+")
COORD_WORDS = re.compile(r"\s*(?:,\s*)?(?:and|or)?\s*")
_HARM_WORD = re.compile(r"injury|injuries|damage|loss", re.I)  # a harm of named cells: "injury of hippocampal neurons"
_REPAIR_OF = re.compile(rf"\b({MENDING})\s+of\s+(?:the\s+)?$", re.I)
_WORDS_BEFORE = re.compile(r"[A-Za-z][\w-]*\s+$")
ENGINEERED = re.compile(r"(?<![\w-])[\w+]+(?:-[\w+]+)*[-@](?:Exos?|EVs?|sEVs?|exosomes)(?![\w-])")  # ("IL-10@sEVs": loaded)
# "miR-146a-modified", "miR-92a-3p-overexpressing", "miR-146a containing": cells or vesicles made to carry a miRNA
_MADE_WITH = re.compile(rf"(?:{DASH}|\s)({MADE_WORDS}|containing|loaded|enriched)\s+")
_OVEREXPRESSING = re.compile(r"\s+(?:overexpressing|over-expressing|engineered\s+to\s+overexpress)\s+")
_FROM = re.compile(r"\s+(?:(?:derived|isolated|obtained|collected|purified|secreted|released)\s+)?from\s+(?:the\s+)?")
_FROM_WHAT = re.compile(r"\s+(?:(?:derived|isolated|obtained|collected|secreted|released)\s+)?from\s+[^().;]{1,60}?\s*")
_CELL_GAP = re.compile(rf"(?:[A-Za-z]+(?:{DASH}[A-Za-z]+)*\s+){{0,2}}")  # "human" in "miR-X-overexpressing human MSCs"
_VESICLE_GAP = re.compile(rf"(?:{DASH}[Dd]erived\s+|\s+)")  # ("-Derived": a title)
# "human umbilical cord mesenchymal stem cells": the tissue (and species) the cells come from is part of their name
_ON_SURFACE = frozenset("modified engineered coated conjugated decorated".split())
_TISSUE = re.compile(r"(?:bone(?:(?:\s+|-)marrow)?|umbilical\s+cord(?:\s+blood)?|adipose(?:\s+tissue)?|Wharton'?s\s+jelly|placenta(?:l)?|dental\s+pulp"
                     # the other tissues MSCs are taken from ("gingiva-derived MSCs", "menstrual blood-derived stem cells")
                     r"|gingiva(?:l)?|synovi(?:um|al)(?:\s+membrane|\s+fluid)?|tonsil|labial\s+gland|amniotic\s+(?:membrane|fluid)|amnion"
                     r"|chorion(?:ic)?|decidua|menstrual\s+blood|urine|(?:skeletal\s+)?muscle|endometri(?:um|al)"
                     r"|periodontal\s+ligament|dental\s+follicle|exfoliated\s+deciduous\s+teeth)", re.I)
_TISSUE_GAP = re.compile(rf"(?:{DASH}[Dd]erived\s+|\s+[Dd]erived\s+|\s+|{DASH})")
_TISSUE_WORDS_BEFORE = re.compile(rf"(?<![\w-]){_TISSUE.pattern}(?:(?:{DASH}|\s+)derived)?\s+$", re.I)
_MSC_WORD = re.compile(r"mesenchymal|MSC")  # "bone marrow mesenchymal stem cell", "umbilical cord MSC": MSCs
_STEM_CELL_FIRST = re.compile(rf"(?:mesenchymal\s+)?{STEM_OR_STROMAL}\s+cells?\b|(?-i:MSCs?)(?![\w])", re.I)
_SPECIES_BEFORE = re.compile(r"(?<![\w-])(?:human|rat|mouse|murine|porcine|canine|rabbit)\s+$", re.I)
_CELL_PROCESS = r"(activation|polarization|recruitment|infiltration|proliferation|migration|differentiation|senescence|death)"
_BARE_PROCESS_OF = re.compile(rf"(?<![\w-]){_CELL_PROCESS}\s+of\s+(?:the\s+)?(?:(?!and\b|or\b)[a-z]+\s+){{0,2}}$", re.I)
_PROCESS_WORD = re.compile(rf"{_CELL_PROCESS}|apoptosis", re.I)  # a process of cells, one word
_ANY_CELL_PROCESS = frozenset({"death", "proliferation", "migration", "differentiation", "senescence"})
_BARE_PROCESS_AND = re.compile(rf"(?<![\w-]){_CELL_PROCESS}(?=\s+(?:and|or)\s)", re.I)
_MIRNA_KEY = re.compile(MIRNA_IN_NAME, re.I)
_STAIN = re.compile(r"(TUNEL|Ki-?67|EdU|BrdU|SA-?\s?\u03b2-?\s?gal|SA-?beta-?gal)[\s-]*(?:positive|\+)\s", re.I)


def _cell_names(m: Mention) -> tuple[str, ...]:
    """The names of the cells *m* names, as GO may name their processes: as written, by label, and by
    the label less its first words, to the head noun: GO names the process of a kind of cell where it
    names none of the narrower kind ("bronchial smooth muscle cells": smooth muscle cell proliferation;
    "hypertrophic scar fibroblasts": fibroblast proliferation)."""
    label = singular(m.entity.label)
    return (singular(m.text), label) + tuple(n for n in kinds(label)[1:] if " " in n or len(n) > 4)


class MentionSteps(CoordinationSteps):
    """The refining steps, for a recogniser that has ``lookup``, ``_new``, ``_is_a`` and ``vocabulary``.

    >>> from kg.lexicon import Lexicon
    >>> from kg.sources.reader.ner import Recognizer
    >>> [m.text for m in Recognizer(Lexicon([])).find("RIPK1/PGAM5 and miR-199a-3p/145-5p rose")]
    ['RIPK1', 'PGAM5', 'miR-199a-3p', '145-5p']
    """

    vocabulary: Vocabulary | None

    def _engineered(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Vesicles from cells made to carry one miRNA are one entity per document, however named.

        "exosomes derived from miR-146a-modified ADSCs", "miR-146a containing exosomes" and a short
        form such as "MSC-miR-92a-3p-Exos" name the same engineered vesicle; each phrase becomes one
        mention of it, with the cells as producer (and the miRNA as cargo where the phrase says the
        vesicles contain it). Vesicles made to block a miRNA ("anti-miR-", "si-") are another entity.
        """
        spans: list[tuple[int, int, int, str, Mention | None, Mention | None]] = []  # (start, end, index, key, cell, cargo)
        for i, m in enumerate(mentions):
            if m.entity.type != "MicroRNA" or MADE_TO_BLOCK.search(text, max(0, m.start - 5), m.start):
                continue
            key = _mirna_key(m.text)
            front = mentions[i - 1] if i else None
            if key is not None and front is not None and self._is_a(front.entity.type, "ExtracellularVesicle") \
                    and _OVEREXPRESSING.fullmatch(text, front.end, m.start):
                # "BMSCs-Exo overexpressing miR-29a": vesicles made to carry the miRNA, named after them
                spans.append((front.start, m.end, i - 1, key, None, m))
                continue
            made = _MADE_WITH.match(text, m.end)
            if key is None or made is None:
                continue
            after = [x for x in mentions[i + 1 : i + 4] if x.start >= made.end()]
            cell = next((x for x in after[:1] if self._is_a(x.entity.type, "CellType")
                         and _CELL_GAP.fullmatch(text, made.end(), x.start)), None)
            # "exosomes derived from miR-X-modified cells": the vesicle word stands before the miRNA
            if cell is not None and front is not None and self._is_a(front.entity.type, "ExtracellularVesicle") \
                    and is_generic_vesicle(front.entity) and _FROM.fullmatch(text, front.end, m.start):
                spans.append((front.start, cell.end, i - 1, key, cell, None))
                continue
            # "miR-X-overexpressing (cell-derived) exosomes", "miR-X containing exosomes"
            nxt = after[1] if cell is not None and len(after) > 1 else after[0] if after and cell is None else None
            gap_from = cell.end if cell is not None else made.end()
            # ("miR-146a-modified MSC exosomes": the exosomes of modified MSCs, whatever the lexicon calls MSC exosomes)
            if nxt is not None and self._is_a(nxt.entity.type, "ExtracellularVesicle") and (is_generic_vesicle(nxt.entity) or (
                    made.group(1) != "containing" and cell is None)) and (gap_from == nxt.start or _VESICLE_GAP.fullmatch(text, gap_from, nxt.start)):
                # the vesicles hold the miRNA where the phrase says so of them ("miR-X-overexpressing EVs", "miR-X
                # containing exosomes"), not where it says it of their cells ("miR-X-modified ADSCs' exosomes")
                spans.append((m.start, nxt.end, i, key, cell, m if made.group(1) in ("containing", "loaded", "enriched") or cell is None else None))
        mention_starts = [m.start for m in mentions]
        for i, m in enumerate(mentions):
            if m.entity.type == "EngineeredVesicle" and ENGINEERED.fullmatch(m.text) and (key := _mirna_key(m.text)):
                key = ("anti " if MADE_TO_BLOCK.search(m.text) else "") + key
                spans.append((m.start, m.end, i, key, None, None))
                # "exosomes derived from MSC-miR-92a-3p (MSC-miR-92a-3p-Exos)": the phrase the short form abbreviates
                open_at = text.rfind("(", max(0, m.start - 3), m.start)
                # the mentions that start at most 90 characters before the bracket (mentions are in text order)
                first = bisect_left(mention_starts, open_at - 90, 0, i)
                before = [j for j in range(first, i) if mentions[j].end <= open_at]
                v = next((j for j in before if self._is_a(mentions[j].entity.type, "ExtracellularVesicle")
                          and is_generic_vesicle(mentions[j].entity)
                          and _FROM_WHAT.fullmatch(text, mentions[j].end, open_at)), None) if open_at >= 0 else None
                if v is not None and not any(s[0] <= mentions[v].start < s[1] for s in spans):
                    end = open_at
                    while end > mentions[v].end and text[end - 1].isspace():
                        end -= 1
                    cell = next((x for x in mentions[v + 1 : i] if x.end <= end and self._is_a(x.entity.type, "CellType")), None)
                    spans.append((mentions[v].start, end, v, key, cell, None))
        if not spans:
            return mentions
        names: dict[str, list[str]] = {}
        for start, end, _, key, _, _ in sorted(spans):
            if text[start:end] not in names.setdefault(key, []):
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
        its own (as "IDD repair" is), not the disease; "injury of hippocampal neurons" is the harm of
        those cells (hippocampal neuron injury), neither any injury nor the cells."""
        out: list[Mention] = []
        harmed = -1  # where the last harm of cells ends: the cells' short form after it is read over
        for m in mentions:
            if harmed >= 0 and text[harmed : m.start].strip() == "(" and text[m.end : m.end + 1] == ")":
                continue
            w = _REPAIR_OF.search(text, max(0, m.start - 30), m.start) if self._is_a(m.entity.type, "DiseaseOrInjury") else None
            harm = out[-1] if out and self._is_a(m.entity.type, "CellType") and _HARM_WORD.fullmatch(out[-1].text) \
                and OF.fullmatch(text, out[-1].end, m.start) else None
            if harm is not None:
                name, label = text[harm.start : m.end], f"{singular(m.entity.label)} {harm.text.lower()}"
                e = self.lookup(name) or self._new(name, harm.entity.type, label)  # (a harm as the word was: "improve" it lowers it)
                out[-1], harmed = Mention(harm.start, m.end, name, e, "pattern", e.provisional), m.end
                continue
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
            if j > 0 and _GIVEN_TO.fullmatch(text, mentions[j].end, m.start):
                j -= 1  # "proliferation of TGF-β1-treated BSMCs": what the cells were given stands between
            of = _PROCESS_OF.fullmatch(text, mentions[j].end, mentions[j + 1].start if j < i - 1 else m.start)
            group: list[int] = []
            while of is not None or (group and j >= 0 and COORD_WORDS.fullmatch(text, mentions[j].end, mentions[j + 1].start)):
                if mentions[j].entity.type not in ("BiologicalProcess", "Phenotype"):
                    break
                group.append(j)
                of = None
                j -= 1
                if j < 0:
                    break
            cells = _cell_names(m)
            for k in group:
                p = mentions[k]
                last = p.text.split()[-1]  # ("the abnormal proliferation of BSMCs": the cells' proliferation)
                e = self._cell_process(cells, p.text) or (
                    self._cell_process(cells, last) if _PROCESS_WORD.fullmatch(last) and " " in p.text else None)
                if e is not None:
                    out[k] = replace(p, entity=e, new=e.provisional)
        return out

    def _shared_cells(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "myoblast proliferation and differentiation": the cells named before the first process are
        whose the second is too (GO's process of those cells where GO names one)."""
        if self.vocabulary is None:
            return mentions
        out = list(mentions)
        for i in range(1, len(mentions)):
            first, m = out[i - 1], mentions[i]
            words = first.text.split()
            if len(words) > 1 and first.entity.type == m.entity.type == "BiologicalProcess" \
                    and _PROCESS_WORD.fullmatch(words[-1]) and _PROCESS_WORD.fullmatch(m.text) \
                    and AND.fullmatch(text, first.end, m.start):
                named = first.entity.label.split()  # (its label is in small letters where a title's words are not)
                cells = singular(" ".join(named[:-1] if named[-1] == words[-1].lower() else words[:-1]))
                e = self._cell_process(tuple(kinds(cells)), m.text)
                if e is not None:
                    out[i] = replace(m, entity=e, new=e.provisional)
        return out

    def _readouts(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "TUNEL-positive cells", "Ki-67-positive lung cells", "SA-β-gal positive cells": cells counted by a stain
        are the readout of a process, apoptosis, proliferation, senescence; fewer of them is less of it.

        >>> from kg.lexicon import Lexicon
        >>> from kg.ontology import Ontology
        >>> from kg.sources.reader.ner import Recognizer
        >>> lex = Lexicon([Entity("c", "lung cell", "CellType", ("TUNEL-positive lung cells",))])
        >>> [(m.text, m.entity.label) for m in Recognizer(lex, Ontology.load()).find("TUNEL-positive lung cells fell.")]
        [('TUNEL-positive lung cells', 'apoptosis')]
        """
        out: list[Mention] = []
        for m in mentions:
            stain = _STAIN.match(m.text) if self._is_a(m.entity.type, "CellType") else None
            word = stain.group(1).lower() if stain else ""
            process = "apoptosis" if word == "tunel" else "cellular senescence" if word.startswith("sa") else \
                "cell population proliferation" if word else None  # (Ki-67, EdU, BrdU: dividing cells)
            e = (self.lookup(process) or self._new(process, "BiologicalProcess", process)) if process else None
            out.append(replace(m, entity=e, new=e.provisional) if e is not None else m)
        return out

    def _cells_before_process(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "inhibited EPC tube formation": named cells right before a process are whose the process is, one
        mention of it (GO's process of those cells where GO names one), not the cells and then a process.

        >>> from kg.lexicon import Lexicon
        >>> from kg.ontology import Ontology
        >>> from kg.sources.reader.ner import Recognizer
        >>> lex = Lexicon([Entity("EPC", "endothelial progenitor cell", "CellType", ("EPC",)),
        ...                Entity("TF", "tube formation", "BiologicalProcess")])
        >>> [m.text for m in Recognizer(lex, Ontology.load()).find("It inhibited EPC tube formation.")]
        ['EPC tube formation']
        """
        def of_cells(cells: Mention, m: Mention) -> Mention | None:
            if m.entity.type not in ("BiologicalProcess", "Phenotype") or text[cells.end : m.start] != " " \
                    or not self._is_a(cells.entity.type, "CellType"):
                return None
            name = text[cells.start : m.end]
            e = (self._cell_process(_cell_names(cells), m.text) if self.vocabulary is not None else None) \
                or self.lookup(name) or self._new(name, "BiologicalProcess", name)
            return Mention(cells.start, m.end, name, e, "pattern" if e.provisional else "lexicon", e.provisional)

        return merged(mentions, of_cells)

    def _cell_process(self, cells: tuple[str, ...], word: str) -> Entity | None:
        """GO's process *word* of the first of *cells* for which GO names one ("monocyte activation"), else None."""
        for cell in cells:
            name = f"{cell} {word.lower()}"
            probe = f"{cell} {GO_PROCESS_WORD.get(word.lower(), word.lower())}"  # the grounder finds it by that name
            if term_class(probe, self.vocabulary) == "BiologicalProcess":
                return self._new(name, "BiologicalProcess", name)
        return None

    def _unnamed_processes_of_cells(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "the activation of circulating monocytes": a process word no name covers, of named cells, is
        that cell type's process where GO names one ("monocyte activation"); also before a coordinated
        process ("the activation and cytokine production of macrophages")."""
        if self.vocabulary is None:
            return mentions
        added: list[Mention] = []
        starts = [m.start for m in mentions]
        for i, m in enumerate(mentions):
            if not self._is_a(m.entity.type, "CellType"):
                continue
            lo = max(0, m.start - 80, mentions[i - 1].end if i else 0)
            w = _BARE_PROCESS_OF.search(text, lo, m.start)
            if w is None:
                w = _BARE_PROCESS_AND.search(text, max(0, m.start - 120), m.start)
                k = bisect_left(starts, w.end(1)) if w else 0
                if w is None or k >= i or not COORD_WORDS.fullmatch(text, w.end(1), mentions[k].start) \
                        or not _PROCESS_OF.fullmatch(text, mentions[i - 1].end, m.start) or (k and mentions[k - 1].end > w.start(1)):
                    continue
            # (last, any cell's: "death of cultured RGC" is cell death where GO names no RGC death; not for
            # "polarization", whose cell-level term is the cell's polarity)
            cells = (singular(m.text), singular(m.entity.label), singular(m.text.split()[-1]))
            polarization = w.group(1).lower().startswith("polari")
            if polarization:  # ("BV2 cells": not their last word, "cell polarization")
                cells = tuple(c for c in cells if c.lower() != "cell")
            e = self._cell_process(cells + (("cell",) if w.group(1).lower() in _ANY_CELL_PROCESS else ()), w.group(1))
            if e is None and polarization:
                # "the polarization of microglia (of BV2 cells)": GO names no such process, yet it is one, not the
                # cells, which the verb before it does not raise; the grounder reads the microglia's as GO's
                # microglial cell activation, and leaves other cells' ungrounded
                e = self._new(f"microglia {w.group(1).lower()}" if re.search(r"microglia", m.text, re.I)
                              else f"{w.group(1).lower()} of {m.text}", "BiologicalProcess")
            if e is not None:
                added.append(Mention(w.start(1), w.end(1), w.group(1), e, "pattern", e.provisional))
        return sorted(mentions + added, key=lambda x: x.start) if added else mentions

    def _split_induced(self, mentions: list[Mention], text: str = "", short_forms: dict[str, Entity] | None = None) -> list[Mention]:
        """"sulfur mustard-induced acute lung injury" names the inducer (a known or standard name, or a short form
        the document defines in *short_forms*: "VD-induced") and what it induced, which the reader says it
        increases, as "TNF-α-mediated apoptosis" names its mediator; "IL-1β-treated cells" names the cells and
        what they were given."""
        short_forms = short_forms or {}
        out: list[Mention] = []
        for m in mentions:
            split = GIVEN_OR_INDUCED if self._is_a(m.entity.type, "CellType") else _INDUCED  # "IL-1β-treated cells"
            g = split.match(m.text)
            # ("LPS-induced acute lung injury": a short name of the reader's table, spelled out)
            cause = (self.lookup(g.group(1)) or short_forms.get(g.group(1))
                     or self._standard(CHEMICAL_SHORT.get(g.group(1), g.group(1)))) if g else None
            before = _WORDS_BEFORE.search(text, max(0, m.start - 40), m.start) if g and cause is None and text else None
            if before is not None and not (out and out[-1].end > before.start()):
                # the phrase began inside the inducer's name: "sulfur" + "mustard-induced ..."
                wider = text[before.start() : m.start] + g.group(1)
                cause = self.lookup(wider) or self._standard(wider)
                if cause is not None:
                    m = replace(m, start=before.start(), text=text[before.start() : m.end])
                    g = split.match(m.text)
            effect = (self.lookup(g.group(3)) or self._standard(g.group(3)) or self._new(g.group(3), m.entity.type)) if g else None
            if g is None or cause is None or effect is None or cause.id == effect.id:
                out.append(m)
                continue
            end1, start2 = m.start + len(g.group(1)), m.start + g.start(3)
            how = "abbreviation" if short_forms.get(g.group(1)) is cause else "pattern" if cause.provisional else "lexicon"
            out.append(Mention(m.start, end1, g.group(1), cause, how, cause.provisional))
            out.append(Mention(start2, m.end, g.group(3), effect, "pattern" if effect.provisional else "lexicon",
                               effect.provisional))
        return out

    def _tissue_cells(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "human umbilical cord mesenchymal stem cells" is one mention of the cells, not a tissue
        and then cells: the tissue and the species word before it are part of the cells' name.

        >>> from kg.lexicon import Lexicon
        >>> from kg.ontology import Ontology
        >>> from kg.sources.reader.ner import Recognizer
        >>> lex = Lexicon([Entity("UC", "umbilical cord", "AnatomicalSite"),
        ...                Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell", ("mesenchymal stem cells",))])
        >>> [m.text for m in Recognizer(lex, Ontology.load()).find("Human umbilical cord mesenchymal stem cells grew.")]
        ['Human umbilical cord mesenchymal stem cells']
        """
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            m = mentions[i]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if (nxt is not None and _TISSUE.fullmatch(m.text) and self._is_a(m.entity.type, "AnatomicalSite")
                    and (self._is_a(nxt.entity.type, "StemCell") or _STEM_CELL_FIRST.match(nxt.text))
                    and _TISSUE_GAP.fullmatch(text, m.end, nxt.start)):
                species = _SPECIES_BEFORE.search(text, max(0, m.start - 12), m.start)
                start = species.start() if species and not (out and out[-1].end > species.start()) else m.start
                # "bone marrow mesenchymal stem cell-derived exosomes": the vesicles of the tissue's cells
                out.append(replace(nxt, start=start, text=text[start : nxt.end]) if self._is_a(nxt.entity.type, "StemCell")
                           else self._of_tissue(text, start, nxt))
                i += 2
                continue
            tissue = _TISSUE_WORDS_BEFORE.search(text, max(0, m.start - 40), m.start) if _STEM_CELL_FIRST.match(m.text) else None
            if tissue and not (out and out[-1].end > tissue.start()):
                # "Adipose-Derived Stem Cells", "adipose-derived stem cell exosomes": a tissue no name
                # found (the word "adipose") still names the cells
                out.append(self._of_tissue(text, tissue.start(), m))
                i += 1
                continue
            out.append(m)
            i += 1
        return out

    def _of_tissue(self, text: str, start: int, m: Mention) -> Mention:
        name = text[start : m.end]
        if self._is_a(m.entity.type, "StemCell"):
            e = self.lookup(name) or self._new(name, m.entity.type)
            return Mention(start, m.end, name, e, "pattern" if e.provisional else "lexicon", e.provisional)
        cells = text[start : m.start + _STEM_CELL_FIRST.match(m.text).end()]
        producer = self.lookup(cells) or self._new(cells, "MesenchymalStemCell" if _MSC_WORD.search(cells) else "StemCell")
        e = self.lookup(name) or self._new(name, m.entity.type)
        return Mention(start, m.end, name, e, "pattern" if e.provisional else "lexicon", e.provisional, producer=producer)

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
            rf"(?:\s*\([A-Za-z][\w-]{{0,14}}\))?({DASH}|\s+)(?:((?i:derived|loaded|enriched|abundant|rich|modified|engineered|coated"
            rf"|conjugated|decorated))(?:\s+|{DASH}))?"
            rf"((?i:{VESICLE_HEAD})(?![a-z])|(?=\S))",  # "Stem Cell–Derived Extracellular Vesicles" in a title too
        )
        i = 0
        while i < len(mentions):
            m = mentions[i]
            composed = None
            tail = rx.match(text, m.end)
            if tail:
                kind = tail.group(2) and tail.group(2).lower()
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
            kind = tail.group(2) and tail.group(2).lower()
            if kind in _ON_SURFACE:
                etype = "EngineeredVesicle"  # "RGD-modified exosomes": made to target, what they carry unsaid
            e = self.lookup(name) or (self._named_vesicle(m.entity, etype) if kind == "derived" and inner is None else None) \
                or self._new(name, etype)
            producer = m.entity if kind == "derived" or (kind is None) else None
            cargo = m.entity if kind in ("loaded", "enriched", "abundant", "rich") else None
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
