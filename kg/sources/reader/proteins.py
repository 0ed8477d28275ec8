"""Steps on a protein's or molecule's name with words beside it that name something else: a modification
of the protein ("TrkA ubiquitination", "phosphorylation of STAT3"), its receptor ("IL-6 receptor"), its
making ("IL-10 production"), the cells it marks ("CD4+ T cells"); or that only say where it was measured
("serum creatinine"). What changes these does not change the protein an abstract names. The
:class:`~.ner.Recognizer` runs them in :meth:`~.ner.Recognizer.find` among the steps of :mod:`.compose`,
whose class builds on this one.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ...model import Entity
from .names import MODIFICATION, ORGAN_WORDS, Mention
from .terms import term_class
from .vocabulary import KINDS_FOR, Vocabulary

# "TrkA ubiquitination", "phosphorylation of STAT3": a modification of a named protein
_MOD_AFTER = re.compile(rf"\s+({MODIFICATION})(?![\w-])", re.I)
_MOD_BEFORE = re.compile(rf"(?<![\w-])({MODIFICATION})\s+of\s+(?:the\s+)?$", re.I)
_CLEAVED = re.compile(r"(?<![\w-])cleaved\s+$", re.I)  # "cleaved caspase-3": the protein's active form, the same protein
_PRODUCTION = re.compile(r"\s+(production|secretion|release|generation|synthesis)(?![\w-])", re.I)
_BODY_FLUID = re.compile(r"serum|plasma|blood|urine|urinary", re.I)
_WHERE_MEASURED = re.compile(rf"{_BODY_FLUID.pattern}|{ORGAN_WORDS}", re.I)  # "serum", "alveolar", "hepatic"
_GENE_KINDS = (*KINDS_FOR["GeneOrProtein"], "family")  # a gene's names and symbols, or a family's
_POSITIVE = re.compile(r"(?:\+|[-\u2010]positive)\s+")  # "CD4+ T cells", "Ki-67-positive": marked by the protein
# "IL-6 receptor", "activin A receptors", "TGF-β receptor type II": the receptor, not its ligand
_RECEPTOR = re.compile(r"\s+receptors?(?:\s+(?:type\s+)?(?:\d+[a-z]?|[IVX]+|[\u03b1-\u03c9]\d?|alpha|beta|gamma)(?![\w-]))?"
                       r"(?![\w-])(?!\s+(?:signal|pathway|antagonist|agonist|inhibitor|blocker|-?associated))", re.I)


class ProteinSteps:
    """The steps, for a recogniser that has ``lookup``, ``_new``, ``_is_a`` and ``vocabulary`` (the base of
    :class:`~.compose.MentionSteps`, which names standard names with :meth:`_standard` too).

    >>> from kg.lexicon import Lexicon
    >>> from kg.sources.reader.ner import Recognizer
    >>> [m.text for m in Recognizer(Lexicon([])).find("It lowered STAT3 phosphorylation and TNF receptors.")]
    ['STAT3 phosphorylation', 'TNF receptors']
    """

    vocabulary: Vocabulary | None

    def _standard(self, name: str) -> Entity | None:
        """A provisional entity for a standard name of the term list, of the class the list gives."""
        etype = term_class(name, self.vocabulary) if self.vocabulary is not None else None
        return self._new(name, etype, name) if etype else None

    def _measured_protein(self, name: str) -> Entity | None:
        """The protein a phrase names after the words of where it was measured, where the phrase as a whole
        names nothing: "alveolar tumor necrosis factor-α" is TNF, measured in the alveoli."""
        if self.vocabulary is None or self.lookup(name) or self._protein_phrase(name) or term_class(name, self.vocabulary):
            return None
        words = name.split()
        for i in range(1, len(words)):
            if not _WHERE_MEASURED.fullmatch(words[i - 1]):
                return None
            rest = " ".join(words[i:])
            e = self.lookup(rest)
            if e is not None and any(x.curie.startswith(("HGNC:", "fplx:")) for x in e.xrefs):
                return e
            if e is None and term_class(rest, self.vocabulary) in ("GeneOrProtein", "CytokineOrGrowthFactor"):
                return self._standard(rest)  # (a class, "hepatic growth factor", is no protein measured there)
        return None

    def _protein_phrase(self, name: str) -> bool:
        """Whether *name* is a protein's or a family's standard name written whole ("hepatocyte growth factor");
        a receptor named by its ligand ("TGF-β receptor") is left to :meth:`_receptors`."""
        return self.vocabulary is not None and not _RECEPTOR.search(name) and bool(self.vocabulary.lookup(name, _GENE_KINDS))

    def _modified_proteins(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "TrkA ubiquitination" and "phosphorylation of STAT3" name a process on the protein, not the
        protein: what lowers TrkA ubiquitination does not lower TrkA.

        >>> from kg.lexicon import Lexicon
        >>> from kg.sources.reader.ner import Recognizer
        >>> [m.text for m in Recognizer(Lexicon([])).find("It lowered TrkA ubiquitination and phosphorylation of STAT3.")]
        ['TrkA ubiquitination', 'phosphorylation of STAT3']
        """
        out: list[Mention] = []
        i = 0
        while i < len(mentions):
            m = mentions[i]
            after = _MOD_AFTER.match(text, m.end) if m.entity.type in ("GeneOrProtein", "CytokineOrGrowthFactor") else None
            before = None if after or m.entity.type not in ("GeneOrProtein", "CytokineOrGrowthFactor") else \
                _MOD_BEFORE.search(text, max(0, m.start - 40), m.start)
            if after is None and before is None:
                cleaved = _CLEAVED.search(text, out[-1].end if out else 0, m.start) if m.entity.type == "GeneOrProtein" else None
                out.append(replace(m, start=cleaved.start(), text=text[cleaved.start() : m.end]) if cleaved else m)
                i += 1
                continue
            start, end = (m.start, after.end()) if after else (before.start(), m.end)
            while out and out[-1].end > start and out[-1].start >= start:
                out.pop()  # the modification word, found as a process of its own
            if out and out[-1].end > start:
                out.append(m)
                i += 1
                continue
            name = f"{m.text} {(after or before).group(1).lower()}"
            e = self.lookup(name) or self._new(name, "BiologicalProcess", name)
            out.append(Mention(start, end, text[start:end], e, "pattern" if e.provisional else "lexicon", e.provisional))
            i += 1
            while i < len(mentions) and mentions[i].start < end:
                i += 1  # the modification word after the protein
        return out

    def _marked_cells(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "CD4+ T cells", "F4/80+ macrophages", "CD4+ cell infiltration": a protein marks the cells (or their
        process) named after it; what lowers CD4+ T cells lowers the cells, not CD4.

        >>> from kg.lexicon import Lexicon
        >>> from kg.ontology import Ontology
        >>> from kg.sources.reader.ner import Recognizer
        >>> lex = Lexicon([Entity("CD4", "CD4", "GeneOrProtein"), Entity("T", "T cell", "CellType", ("T cells",))])
        >>> [(m.text, m.entity.label) for m in Recognizer(lex, Ontology.load()).find("It lowered CD4+ T cells.")]
        [('CD4+ T cells', 'T cell')]
        """
        def marked(marker: Mention, m: Mention) -> Mention | None:
            if marker.entity.type in ("GeneOrProtein", "CytokineOrGrowthFactor") and _POSITIVE.fullmatch(text, marker.end, m.start) \
                    and (self._is_a(m.entity.type, "CellType")
                         or m.entity.type in ("BiologicalProcess", "Phenotype") and m.text.lower().startswith("cell")):
                return replace(m, start=marker.start, text=text[marker.start : m.end])
            return None

        return merged(mentions, marked)

    def _in_body_fluid(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "serum creatinine", "blood glucose": what is measured, the fluid only says where; one mention of the
        molecule, so that a list through it holds ("reduced proteinuria, serum creatinine and renal damage").

        >>> from kg.lexicon import Lexicon
        >>> from kg.ontology import Ontology
        >>> from kg.sources.reader.ner import Recognizer
        >>> lex = Lexicon([Entity("blood", "blood", "AnatomicalSite", ("serum",)), Entity("cr", "creatinine", "Molecule")])
        >>> [(m.text, m.entity.label) for m in Recognizer(lex, Ontology.load()).find("It lowered serum creatinine.")]
        [('serum creatinine', 'creatinine')]
        """
        def measured(fluid: Mention, m: Mention) -> Mention | None:
            if _BODY_FLUID.fullmatch(fluid.text) and text[fluid.end : m.start] == " " \
                    and m.entity.type in ("Molecule", "GeneOrProtein", "CytokineOrGrowthFactor", "MicroRNA"):
                return replace(m, start=fluid.start, text=text[fluid.start : m.end])
            return None

        return merged(mentions, measured)

    def _receptors(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "IL-6 receptor" is the receptor (IL6R), not IL-6: a ligand's name before "receptor" names its
        receptor, by the term list where it has one ("interleukin 6 receptor"), else as written.

        >>> from kg.lexicon import Lexicon
        >>> from kg.sources.reader.ner import Recognizer
        >>> [m.text for m in Recognizer(Lexicon([])).find("miR-145 targets TNF receptors and lowered IL6.")]
        ['miR-145', 'TNF receptors', 'IL6']
        """
        def receptor(m: Mention) -> tuple[int, Entity] | None:
            after = _RECEPTOR.match(text, m.end) if m.entity.type in ("GeneOrProtein", "CytokineOrGrowthFactor", "Molecule") else None
            if after is None or "receptor" in m.text.lower():
                return None
            tail = text[m.end : after.end()].strip()
            e = next((e for n in (m.text, m.entity.label) if (e := self.lookup(f"{n} {tail}") or self._standard(f"{n} {tail}"))),
                     None)
            return after.end(), e or self._new(f"{m.text} {tail}", "GeneOrProtein", f"{m.text} {tail}")

        return _widened(text, mentions, receptor)

    def _productions(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """ "IL-10 production from macrophages" is GO's interleukin-10 production, where GO names it:
        what raises it raises the cells' making of IL-10, not the IL-10 one measures elsewhere."""
        if self.vocabulary is None:
            return mentions

        def production(m: Mention) -> tuple[int, Entity] | None:
            after = _PRODUCTION.match(text, m.end) if m.entity.type in ("GeneOrProtein", "CytokineOrGrowthFactor", "Molecule") else None
            name = next((f"{n} {after.group(1).lower()}" for n in (m.text, m.entity.label)
                         if term_class(f"{n} {after.group(1).lower()}", self.vocabulary) == "BiologicalProcess"), None) if after else None
            return (after.end(), self.lookup(name) or self._new(name, "BiologicalProcess", name)) if name else None

        return _widened(text, mentions, production)


def _widened(text: str, mentions: list[Mention],
             wider: Callable[[Mention], tuple[int, Entity] | None]) -> list[Mention]:
    """*mentions*, each that *wider* gives a new end and entity for replaced by a mention to that end
    (the mentions inside it dropped).

    >>> from kg.model import Entity
    >>> a, b, ab = (Entity(n, n, "GeneOrProtein") for n in ("A", "B", "AB"))
    >>> ms = [Mention(0, 1, "A", a, "pattern"), Mention(2, 3, "B", b, "pattern")]
    >>> [(m.text, m.entity.label) for m in _widened("A B", ms, lambda m: (3, ab) if m.text == "A" else None)]
    [('A B', 'AB')]
    """
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        found = wider(m)
        i += 1
        if found is None:
            out.append(m)
            continue
        end, e = found
        out.append(Mention(m.start, end, text[m.start : end], e, "pattern" if e.provisional else "lexicon", e.provisional))
        while i < len(mentions) and mentions[i].start < end:
            i += 1
    return out


def merged(mentions: list[Mention], join: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
    """*mentions*, each pair of neighbours that *join* makes one mention replaced by that mention.

    >>> from kg.model import Entity
    >>> a, b = (Mention(i, i + 1, n, Entity(n, n, "GeneOrProtein"), "pattern") for i, n in ((0, "A"), (2, "B")))
    >>> [m.text for m in merged([a, b], lambda x, y: Mention(x.start, y.end, "A B", y.entity, "pattern"))]
    ['A B']
    """
    out: list[Mention] = []
    for m in mentions:
        one = join(out[-1], m) if out else None
        if one is None:
            out.append(m)
        else:
            out[-1] = one
    return out
