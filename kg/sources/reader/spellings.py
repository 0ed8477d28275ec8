"""Spellings of a name to look up in the term list: the ways standard vocabularies write what abstracts
write otherwise ("neuronal apoptosis" is GO's "neuron apoptotic process", "bone marrow MSCs" the Cell
Ontology's "mesenchymal stem cell of the bone marrow", "the mTOR pathway" GO's "TOR signaling").

:class:`.grounding.Grounder` tries them in order; :mod:`.terms` asks whether GO respells a phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .names import GO_PROCESS_WORD, STEM_OR_STROMAL
from .vocabulary import term_key

# whose, or where they circulate ("peripheral blood cells" are CL's blood cells, not any cell)
_ORIGIN_WORD = re.compile(r"^(?:(?:human|mouse|murine|rat|porcine|rabbit|canine|bovine|peripheral\s+blood|circulating)\s+(?!cells?$)"
                          r"|peripheral\s+(?=blood\s+cells?$))", re.I)
_TISSUE_OF = re.compile(rf"^(.+?)[\s-]+(?:derived\s+)?((?:mesenchymal\s+)?{STEM_OR_STROMAL}\s+cells?|[a-z]+\s+cells?)$", re.I)
_MASS_FIRST = re.compile(r"^(\d+)[\s-]*(?:kDa|kD|kilodaltons?)\s+(.+)$", re.I)
_NONCODING = re.compile(r"^(?:lnc|circ|linc)RNA[\s-]+(?=\S)", re.I)
_NET = re.compile(r"^neutrophil\s+extracellular\s+traps?(?:\s*\(NETs?\))?\s+(?:formation|release)$|^NETosis$", re.I)
_PLURAL_ACRONYM = re.compile(r"[A-Z][A-Z0-9-]*[A-Z]s")
PATHWAY_TAIL = re.compile(r"\s*(?:signal(?:l?ing)?(?:\s+pathways?)?|pathways?|axis|cascade)$", re.I)
_GREEK_INITIAL = {"\u03b1": "a", "\u03b2": "b", "\u03b3": "g", "\u03b4": "d", "\u03b5": "e", "\u03ba": "k"}
_GREEK_LETTER = re.compile("[" + "".join(_GREEK_INITIAL) + "]")
_CELL_PROCESS = re.compile(r"^(.+?)\s+(apoptosis|activation|proliferation|migration|differentiation|polari[sz]ation)$", re.I)
_CELL_ADJECTIVE = re.compile(r"^[a-z]+(?:al|ic|ar)$")  # "epidermal": of the cells of that tissue, "epidermal cell"
# the cell an adjective or a usual short name stands for, as GO names the cell's processes
_CELL_OF_WORD = {"neuronal": "neuron", "β-cell": "type B pancreatic cell", "beta-cell": "type B pancreatic cell",
                 "β cell": "type B pancreatic cell", "cardiomyocyte": "cardiac muscle cell", "endothelial": "endothelial cell",
                 "hepatic": "hepatocyte", "myocardial": "cardiac muscle cell", "myocardial cell": "cardiac muscle cell",
                 "microglial": "microglial cell", "microglia": "microglial cell", "astrocytic": "astrocyte",
                 "glial": "glial cell", "epithelial": "epithelial cell"}
_CD_T_CELL = re.compile(r"^(CD[48])(?:\+|[\s-]positive)\s+T[\s-](?:cell|lymphocyte)$", re.I)
# organs named in their Latin plural ("hippocampi", "cortices", "testes", "glomeruli"); UBERON names the one
_LATIN_PLURAL = ((r"(?<=[a-z]{4})i$", "us"), (r"(?<=[a-z]{3})ices$", "ex"), (r"(?<=[a-z]{3})tes$", "tis"), (r"(?<=[a-z]{4})ae$", "a"))
# what UBERON's label calls the structure abstracts name shortly (the term list keeps its labels, not these)
_UBERON_SAYS = {"hippocampus": "hippocampal formation", "stratum corneum": "stratum corneum of epidermis"}
_CELLULAR = re.compile(r"^cellular\s+(?=\w)", re.I)
# what GO calls the abilities abstracts name by what they measure
_GO_SAYS = ((re.compile(r"^cognitive\s+(?:functions?|abilit(?:y|ies)|performance)$", re.I), "cognition"),
            (re.compile(r"^(?:spatial\s+)?learning\s+and\s+memory(?:\s+abilit(?:y|ies))?$", re.I), "learning or memory"),
            (re.compile(r"^proliferation$", re.I), "cell population proliferation"),
            (re.compile(r"^(?:(?:early|acute|local|systemic|excessive)\s+)?inflammatory\s+reactions?$", re.I), "inflammatory response"),
            # GO names a kind of immunity as a response, and cells that communicate as signalling
            (re.compile(r"^immunity$", re.I), "immune response"),
            (re.compile(r"^adaptive\s+immunity$", re.I), "adaptive immune response"),
            (re.compile(r"^humoral\s+immunity$", re.I), "humoral immune response"),
            (re.compile(r"^(?:cell[-\u2010](?:to[-\u2010])?cell|intercellular)\s+communication$", re.I), "cell-cell signaling"),
            (re.compile(r"^(?:ECM|extracellular\s+matrix)\s+remodell?ing$", re.I), "extracellular matrix organization"),
            (re.compile(r"^aerobic\s+metabolism$", re.I), "aerobic respiration"),
            # new vessels: GO's angiogenesis ("neovascularization" is a synonym GO keeps but not as exact)
            (re.compile(r"^(?:neo-?)?vasculari[sz]ation$", re.I), "angiogenesis"),
            # "muscle regeneration" in an abstract is the skeletal muscle's, GO's "skeletal muscle tissue regeneration"
            (re.compile(r"^(?:skeletal\s+)?muscle\s+regeneration$", re.I), "skeletal muscle tissue regeneration"))
# a molecule's making and release as GO names them: "lactate production" is its "lactate biosynthetic process"
# ("ROS production" its synonym "ROS generation"), "catecholamine release" its "catecholamine secretion"
_MAKING = re.compile(r"^(.+?)\s+(?:production|generation|synthesis)$", re.I)
_RELEASE = re.compile(r"^(.+?)\s+release$", re.I)
# "pro-inflammatory cytokine production": GO's cytokine production (it has no term for the inflammatory ones)
_INFLAMMATORY_CYTOKINES = re.compile(r"^(?:pro-?\s?inflammatory|inflammatory)\s+(?=cytokines?\s+(?:production|secretion|release)$)", re.I)
_TUBE_ASSAY = re.compile(r"^(?:(?:capillary|capillary-like|endothelial|HUVECs?|EPCs?|vascular)\s+)?tube\s+formation$", re.I)
_VASCULAR = re.compile(r"\bvascular(?=\s+(?:remodel|development|morphogenesis|maturation))", re.I)
_NEURONAL = re.compile(r"\bneuronal(?=\s+\w)", re.I)  # GO names a neuron's processes by the noun
_INFLAMMATION = re.compile(r"(?:(?<=\w)-?|^)inflammation$", re.I)  # alone, or with a prefix: "neuroinflammation"
_BARE_POLARIZATION = re.compile(r"^M[12][abcd]?\s+polari[sz]ation$", re.I)
_PHENOTYPE_WORD = re.compile(r"M[12][abc]?\s+(?=macrophage|microglia)", re.I)
_CELLS_OF_SYMBOL = re.compile(r"([A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z][a-z]+\d+|Tregs?|[A-Z][A-Za-z0-9]*-[\w.-]*\d[\w.]*)\s+cells?$")
_CELL_LEVEL = frozenset({"proliferation", "migration", "differentiation", "adhesion"})
_CELL_DEATH = re.compile(r"(?:^|[\w-]\s)death$", re.I)  # of cells a word names, not a bare "death"
_ILL_GROWING = re.compile(r"^(\w[\w\s-]*?\w)\s+(formation|development|damage)$", re.I)
_LINEAGE_CELL = {"chondrogenic": "chondrocyte", "osteogenic": "osteoblast", "adipogenic": "fat cell", "neurogenic": "neuron",
                 "neuronal": "neuron", "myogenic": "muscle cell", "odontogenic": "odontoblast", "tenogenic": "tendon cell",
                 "cardiomyogenic": "cardiac muscle cell", "hepatogenic": "hepatocyte"}
_LINEAGE = re.compile(rf"({'|'.join(_LINEAGE_CELL)})\s+(differentiation)$", re.I)


@lru_cache(maxsize=100_000)
def go_spellings(name: str) -> tuple[str, ...]:
    """How GO writes the process *name* abstracts write otherwise: an inflammation is an inflammatory response.

    >>> go_spellings("neuroinflammation"), go_spellings("cognitive function"), go_spellings("apoptosis")
    (('neuroinflammatory response',), ('cognition',), ())
    >>> go_spellings("pulmonary vascular remodeling"), go_spellings("catecholamine release")
    (('pulmonary blood vessel remodeling',), ('catecholamine secretion',))
    >>> go_spellings("ROS production"), go_spellings("hippocampal neuronal apoptosis")
    (('ROS biosynthetic process', 'ROS generation'), ('hippocampal neuron apoptosis', 'hippocampal neuron apoptotic process'))
    """
    out = [_INFLAMMATION.sub("inflammatory response", name)] if _INFLAMMATION.search(name) else []
    if _CELLULAR.match(name):
        out.append(_CELLULAR.sub("cell ", name))  # "cellular proliferation": GO's cell proliferation
    out += [go for rx, go in _GO_SAYS if rx.match(name)]
    if _INFLAMMATORY_CYTOKINES.match(name):
        name = _INFLAMMATORY_CYTOKINES.sub("", name)
        out.append(name)
    if made := _MAKING.match(name):
        out += [f"{made.group(1)} {tail}" for tail in ("biosynthetic process", "production", "generation")
                if f"{made.group(1)} {tail}" != name]
    if released := _RELEASE.match(name):
        out.append(f"{released.group(1)} secretion")
    if _VASCULAR.search(name):
        out.append(_VASCULAR.sub("blood vessel", name))  # "pulmonary vascular remodeling": GO's blood vessel remodeling
    if _NEURONAL.search(name):  # "hippocampal neuronal apoptosis": GO's hippocampal neuron apoptotic process
        words = _NEURONAL.sub("neuron", name).rsplit(" ", 1)
        out += [" ".join(words)] + [f"{words[0]} {GO_PROCESS_WORD[w]}" for w in (words[-1].lower(),) if w in GO_PROCESS_WORD]
    return tuple(out)


def named_with_kind(name: str) -> tuple[str, ...]:
    """How HGNC may name the protein *name* of three or more words: with its kind after it, which abstracts
    leave out ("mechanistic target of rapamycin", HGNC's "mechanistic target of rapamycin kinase", MTOR).

    >>> named_with_kind("mechanistic target of rapamycin"), named_with_kind("mTOR")
    (('mechanistic target of rapamycin kinase',), ())
    """
    return (f"{name} kinase",) if len(name.split()) >= 3 else ()


def respelled_before_last(name: str) -> bool:
    """Whether :func:`go_spellings` rewrites a word of *name* before its last (read from its own patterns):
    then no GO name need begin with its first words as written ("cellular senescence", GO's "cell senescence").

    >>> [respelled_before_last(n) for n in ("cellular senescence", "learning and memory", "neuroinflammation")]
    [True, True, False]
    """
    return bool(_CELLULAR.match(name) or _VASCULAR.search(name) or any(rx.match(name) for rx, _ in _GO_SAYS))


def variants(names: list[str], etype: str, loose: bool = True) -> list[str]:
    """Spellings to try for *names*: as written, singular, without a species word, and "X of the T"
    for "T X cells" ("bone marrow mesenchymal stem cells" -> "mesenchymal stem cell of the bone marrow").
    With *loose*, also names of broader terms, tried last or after the faithful ones: a cell-level
    process for a bare one ("migration": cell migration), one member of a pathway named after several
    ("IL-6/STAT3"), macrophage polarization for an M1/M2 one.

    >>> variants(["bone marrow mesenchymal stem cells"], "CellType")[:3]
    ['bone marrow mesenchymal stem cells', 'bone marrow mesenchymal stem cell', 'mesenchymal stem cell of the bone marrow']
    """
    out: list[str] = []
    fallback: list[str] = []
    for n in names:
        n = n.strip()
        forms = [n, singular(n)] + ([n + "s"] if etype == "DiseaseOrInjury" and " " in n and n[-1] != "s" else [])  # MONDO's plurals
        if etype in ("BiologicalProcess", "Phenotype") and re.fullmatch(r"chondrogenesis", n, re.I):
            forms.insert(0, "chondrocyte differentiation")  # as "chondrogenic differentiation" is, not cartilage development
        if _TUBE_ASSAY.match(n):
            # the tube formation assay of the vesicle studies: endothelial cells (HUVECs, EPCs) form capillary-like
            # tubes on a matrix, GO's endothelial tube morphogenesis (its "tube formation" is any tube, an embryo's)
            forms.insert(0, "endothelial tube morphogenesis")
        if etype in ("GeneOrProtein", "CytokineOrGrowthFactor") and _PLURAL_ACRONYM.fullmatch(n):
            forms = [n[:-1]]  # "NETs" are traps, not HGNC's alias "NETS" (SPINK5): a plural, as its small "s" says
        bare = _ORIGIN_WORD.sub("", re.sub(r"(?i)\bamniotic fluid(?= stem)", "amniotic", n))  # CL's "amniotic stem cell"
        if bare != n:
            forms += [bare, singular(bare)]
        m = _TISSUE_OF.match(singular(bare))
        if m and etype not in ("GeneOrProtein", "CytokineOrGrowthFactor"):
            tissue, head = m.group(1), m.group(2)
            forms += [f"{head} of the {tissue}", f"{head} of {tissue}", f"{head} of {tissue} tissue"]
        if etype == "CellType" and (marked := _CD_T_CELL.match(singular(n))):
            # "CD4+ T cells": CL names the T cells by their co-receptor, "CD4-positive, alpha-beta T cell"
            forms.insert(0, f"{marked.group(1)}-positive, alpha-beta T cell")
        if etype == "AnatomicalSite":
            # "cartilage" is UBERON's "cartilage tissue"; "lung tissue" is its "lung"
            tissue = re.sub(r"\s+tissues?$", "", n, flags=re.I)
            forms.append(tissue if tissue != n else f"{singular(n)} tissue")
            forms += [latin for pat, sub in _LATIN_PLURAL if (latin := re.sub(pat, sub, n)) != n]
            forms += [_UBERON_SAYS[k] for f in list(forms) if (k := f.lower()) in _UBERON_SAYS]
        if etype == "GeneOrProtein":
            forms += named_with_kind(n)
        if etype == "GeneOrProtein" and _NONCODING.match(n):
            forms.append(_NONCODING.sub("", n))  # "LncRNA-MALAT1": the gene MALAT1, named with its RNA's kind
        if etype == "GeneOrProtein" and (mass := _MASS_FIRST.match(n)):
            forms.append(f"{singular(mass.group(2))} {mass.group(1)}")  # "70 kilodalton heat shock proteins": protein 70
        if etype in ("GeneOrProtein", "CytokineOrGrowthFactor") and _GREEK_LETTER.search(n):
            # "TGF-β1", "IFN-γ": HGNC writes the Greek letter as its Latin initial (TGFB1, IFNG)
            forms.append(_GREEK_LETTER.sub(lambda g: _GREEK_INITIAL[g.group()], n))
            forms.append(re.sub(r"(?<=\dR)\u03b1$", "", n))  # "IL-4Rα", the receptor's alpha chain: the gene IL4R
        if loose and etype in ("BiologicalProcess", "CellType") and _PHENOTYPE_WORD.match(n):
            # "M2 macrophage polarization": GO's macrophage polarization; "M2b macrophages" (no term of
            # their own; "M2 macrophages" have one and are found first): macrophages
            forms += [_PHENOTYPE_WORD.sub("", n), singular(_PHENOTYPE_WORD.sub("", n))]
        of_cell = _CELL_PROCESS.match(n) if etype in ("BiologicalProcess", "Phenotype") else None
        if of_cell:
            # "neuronal apoptosis", "microglial activation": GO names the cell ("neuron apoptotic process", ...)
            word = re.sub(r"\s+M[12][abc]?$", "", of_cell.group(1))  # "microglial M2 polarization": the microglia's
            cell, process = singular(_CELL_OF_WORD.get(word.lower(), word)), of_cell.group(2).lower()
            forms.append(f"{cell} {GO_PROCESS_WORD.get(process, process)}")
            if process.startswith("polari") and cell == "microglial cell":  # GO's "macrophage polarization" is
                forms.append("microglial cell activation")  # macrophage activation: so for the brain's macrophages
            if cell == word and _CELL_ADJECTIVE.match(cell):
                forms.append(f"{cell} cell {GO_PROCESS_WORD.get(process, process)}")  # "epidermal cell differentiation"
        if etype in ("BiologicalProcess", "Phenotype"):
            forms += go_spellings(n)
        if loose and etype in ("BiologicalProcess", "Phenotype") and _BARE_POLARIZATION.match(n):
            forms.append("macrophage polarization")  # "M2 polarization": M1/M2 name macrophage phenotypes
        if etype in ("BiologicalProcess", "Phenotype") and re.search(r"\bTh\d+\b", n):
            forms.append(re.sub(r"\bTh(\d+)\b", r"T-helper \1", n))  # "Th17 cell differentiation": GO spells it out
            # "Th1 cell polarization": naive T cells polarised to Th1 cells differentiate into them
            forms.append(re.sub(r"\bTh(\d+)(?:\s+cells?)?\s+polari[sz]ation$", r"T-helper \1 cell differentiation", n))
        if etype in ("BiologicalProcess", "Phenotype") and _NET.search(n):
            # "neutrophil extracellular trap (NETs) formation": GO spells its label "neutrophic" (sic)
            forms.append(_NET.sub("neutrophic extracellular trap formation", n))
        if etype == "CellType" and re.search(r"glia$", n, re.I):
            forms.append(f"{n}l cell")  # "microglia": the Cell Ontology's microglial cell
        subset = _CELLS_OF_SYMBOL.match(n) if etype == "CellType" else None
        if subset:
            forms.append(subset.group(1))  # "Treg cells": the Cell Ontology knows "Treg"
        if etype in ("BiologicalProcess", "Phenotype") and n.lower() in _CELL_LEVEL:
            # a bare "proliferation" or "migration" in an abstract is of cells: GO's cell-level process,
            # tried last (a label naming the cell type, "endothelial cell migration", comes first)
            fallback.append(f"cell {n.lower()}")
        if loose and etype in ("BiologicalProcess", "Phenotype") and re.search(r"(?:^|\s)senescence$", n, re.I):
            fallback.append("cellular senescence")  # "cardiac senescence", "NPC senescence": cells that stop dividing
        if loose and etype in ("BiologicalProcess", "Phenotype") and _CELL_DEATH.search(n):
            fallback.append("cell death")  # "cardiomyocyte death", "RGC death": no GO term names the cells'
        if etype in ("DiseaseOrInjury", "Phenotype") and (grown := _ILL_GROWING.match(n)):
            # "fibrosis formation", "pulmonary edema formation", "brain damage" (MONDO's brain injury)
            fallback += [grown.group(1), f"{grown.group(1)} injury"] if grown.group(2).lower() == "damage" else [grown.group(1)]
        lineage = _LINEAGE.match(n)
        if lineage and etype in ("BiologicalProcess", "Phenotype"):
            # "chondrogenic differentiation" is the differentiation of chondrocytes (GO chondrocyte differentiation)
            forms.append(f"{_LINEAGE_CELL[lineage.group(1).lower()]} {lineage.group(2).lower()}")
        if etype == "Pathway":
            head = PATHWAY_TAIL.sub("", n)
            # "NGF/TrkA signaling pathway": GO names it after its first member (nerve growth factor signaling)
            parts = [p for p in head.split("/") if p] if "/" in head else []
            for h in [head] + parts[: None if loose else 1]:  # (its first member names it, as GO does; the others are looser)
                named = _pathway_go_name(h)
                if named:
                    forms.append(named)
                forms += [f"{h} signaling pathway", f"{h} signaling", f"{h} signal transduction",
                          f"{h} receptor signaling pathway", f"{h} pathway", f"{h} cascade"]
                family = _ISOFORM.sub("", h)
                if family != h:  # "Smad3", "TGF-β1", "STAT3": GO names the family's signalling
                    forms += [f"{family} signaling pathway", f"{family} signaling", f"{family} receptor signaling pathway"]
            forms.append(head)
        for f in forms:
            if f and f not in out:
                out.append(f)
    return out + [f for f in fallback if f not in out]


# Pathways abstracts name by a member whose GO term is named otherwise. Each GO label was read in the
# packaged GO (term list of scripts/build_vocab.py); the member names are the usual short forms.
_PATHWAY_GO = {
    "mtor": "TOR signaling",  # mTOR is the mammalian (mechanistic) target of rapamycin
    "erk": "ERK1 and ERK2 cascade", "erk12": "ERK1 and ERK2 cascade", "erk1erk2": "ERK1 and ERK2 cascade",
    "pi3k": "phosphatidylinositol 3-kinase/protein kinase B signal transduction",
    "p53": "signal transduction by p53 class mediator",
    "stat": "receptor signaling pathway via STAT", "jakstat": "receptor signaling pathway via JAK-STAT",
    "smad": "SMAD protein signal transduction",
    "p38": "p38MAPK cascade", "p38mapk": "p38MAPK cascade",
    # canonical Wnt signalling is the branch that acts through beta-catenin (GO:0060070's definition)
    "wntbetacatenin": "canonical Wnt signaling pathway", "betacatenin": "canonical Wnt signaling pathway",
    "wntbcatenin": "canonical Wnt signaling pathway",
    # "the NF-κB pathway" of an abstract is the p65/p50 one that IKK frees: GO's canonical branch
    "nfkappab": "canonical NF-kappaB signal transduction", "nfkb": "canonical NF-kappaB signal transduction",
    "nuclearfactorkappab": "canonical NF-kappaB signal transduction",
    "factorkappab": "canonical NF-kappaB signal transduction",
}
# an isoform's number after a member's name, at the end or before "/" ("TGF-β1", "JAK2/STAT3", "Smad-3")
_ISOFORM = re.compile(r"(?<=[A-Za-z\u03b1-\u03c9])-?\d+[a-z]?(?=/|$)")


def _pathway_go_name(member: str) -> str | None:
    """GO's name for the pathway of *member* where it is not "<member> signaling".

    >>> _pathway_go_name("mTOR"), _pathway_go_name("Wnt/β-catenin"), _pathway_go_name("JAK2/STAT3")
    ('TOR signaling', 'canonical Wnt signaling pathway', 'receptor signaling pathway via JAK-STAT')
    """
    return _PATHWAY_GO.get(term_key(member)) or _PATHWAY_GO.get(term_key(_ISOFORM.sub("", member)))


def singular(name: str) -> str:
    """The singular of a name's last word ("stem cells" -> "stem cell", "MSCs" -> "MSC").

    >>> singular("chondrocytes"), singular("hUC-MSCs"), singular("sepsis"), singular("diseases")
    ('chondrocyte', 'hUC-MSC', 'sepsis', 'disease')
    """
    if re.search(r"(?:ss|is|us|ous)$", name) or len(name) < 4:
        return name
    if name.endswith("ies"):
        return name[:-3] + "y"
    if name.endswith("s"):
        return name[:-1]
    return name
