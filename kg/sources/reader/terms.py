"""Mentions of standard names the lexicon and the name patterns did not find: "cisplatin", "colitis",
"wound healing", "mitochondrial fission", "ACAN".

Runs of up to five words are looked up in the term list (:mod:`.vocabulary`), longest first, only
where no other mention stands. A single word must be specific: a gene only as a symbol (a capital
after its first letter, or a digit: "STAT3", "TrkA"), anything else at least six letters long and
not a common word that some ontology also uses as a name ("growth", "secretion", "binding").
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable

from ...model import Entity
from .grounding import unique_term
from .spellings import go_spellings, named_with_kind, respelled_before_last
from .names import CELL_SUFFIX, ILL_STATE, Mention
from .vocabulary import Vocabulary, term_key

_GLUED_PARTICIPLE = re.compile(r"(.+?)[-\u2010]((?i:loaded|encapsulated|modified|coated|conjugated|treated|pretreated"
                               r"|primed|induced|mediated|stimulated|exposed))")
_WORD = re.compile(r"[A-Za-z0-9\u0370-\u03ff][\w\u0370-\u03ff]*(?:[-\u2010-\u2013/][\w\u0370-\u03ff]+)*")  # "ischemia‒reperfusion"
_MAX_WORDS = 5
# kind -> ontology class of the mention, in the order a name is tried
_CLASS = {"disease": "DiseaseOrInjury", "go_bp": "BiologicalProcess", "cell": "CellType", "chemical": "Molecule",
          "gene_name": "GeneOrProtein", "gene_mesh": "GeneOrProtein", "gene_text": "GeneOrProtein",
          "gene": "GeneOrProtein", "family": "GeneOrProtein"}
# what a phrase (not a symbol-shaped word) is looked up as: no gene symbol, no family name ("Collagen", "Protease")
_PHRASE_KINDS = tuple(k for k in _CLASS if k not in ("gene", "family"))
# (HP names make a mention only when their last word names an ill state: many are descriptions,
# "target cells", "auditory sensitivity"; the rest only ground what was found otherwise)
_COMMON = frozenset("""growth development secretion transport binding signaling signalling response responses
activation regulation localization expression protein proteins behavior behaviour memory learning
function functions cells tissue tissues injury damage disease disorder syndrome repair healing process
processes pathway pathways levels level treatment therapy effect effects factor factors model models
activity control controls stress death culture cultures medium media serum water oxygen ethanol
release uptake transfer delivery production formation movement migration invasion adhesion survival
maintenance homeostasis reproduction pigmentation digestion excretion feeding sleep mating locomotion
cancer tumor tumour infection fever pain necrosis proliferation differentiation aging ageing pathogenesis
vesicles vesicle exosome exosomes molecule molecules compound compounds synthesis biosynthesis
metabolism degradation common chronic acute severe normal primary general serious
previous present recent several various
application inhibitor inhibitors antagonist antagonists agonist agonists activator activators indicator biomarker
biomarkers antioxidant antioxidants nutrient nutrients metabolite metabolites hormone hormones ligand ligands
cofactor toxin toxins adjuvant donor donors acceptor reagent reagents solvent group groups""".split())
# (the last lines are ChEBI roles, which its term list names like molecules: "inhibitor" names no molecule;
# nor does a study's "groups", ChEBI's chemical group)
# the roots of GO and MONDO ("biological processes", "condition") name nothing in particular
_ROOTS = frozenset({"GO:0008150", "GO:0009987", "GO:0005575", "MONDO:0000001"})
_OPENERS = frozenset("""the a an of and or in on at to by for with from as is are was were be been that this these
those which who its their our we it not no but than then also both after before during into via through
between within without under over while when where here there has have had can could may might will
would should such each all any more most other some only very""".split())
_MODIFIER_WORD = re.compile(r"-(?:mediated|induced|dependent|derived|related|associated|driven|treated|based)$")
# a Greek letter, a number after a word of three or more letters ("caspase-3", "beclin 1" is two words),
# or a one-letter prefix ("c-Myc")
_PROTEIN_SHAPE = re.compile(r"[\u03b1-\u03c9]|^[A-Za-z]{3,}[-\u2010\u2011]?\d{1,2}[a-z]?$|^[a-z]-[A-Z][a-z]{2}$")
_RODENT = re.compile(r"[A-Z][a-z]{2,6}")
_FORM_OF = re.compile(r"(?:cleaved|pro|total|phospho)-(?=[a-z]{3,})", re.I)
_ENZYME_AFTER = re.compile(r"[ \t]+[a-z][a-z-]{2,}ases?\b")
_SYMBOL = re.compile(r"^[A-Za-z][A-Za-z0-9]*(?:[-\u2010\u2011]?[A-Z0-9])[A-Za-z0-9-\u2010\u2011]*$")  # "STAT3", "Bcl-2"


def _unglued(text: str, w: re.Match) -> list[tuple[int, int]]:
    """The word *w*, or its name and participle apart where they are glued ("curcumin-loaded")."""
    g = _GLUED_PARTICIPLE.fullmatch(text, w.start(), w.end())
    return [(w.start(), g.end(1)), (g.start(2), w.end())] if g else [(w.start(), w.end())]


def term_mentions(text: str, taken: bytearray, vocabulary: Vocabulary,
                  new_entity: Callable[[str, str, str], Entity]) -> list[Mention]:
    """Mentions of term-list names in the stretches of *text* not yet *taken* (marked as it goes).

    >>> from kg.model import Entity
    >>> v = Vocabulary.load()
    >>> found = term_mentions("Cisplatin caused acute kidney injury and mitochondrial fission.",
    ...                       bytearray(70), v, lambda n, t, lab: Entity(n, lab, t, provisional=True))
    >>> [(m.text, m.entity.type) for m in found]
    [('Cisplatin', 'Molecule'), ('acute kidney injury', 'DiseaseOrInjury'), ('mitochondrial fission', 'BiologicalProcess')]
    """
    # a name glued to what was done with it is a word of its own ("curcumin-loaded exosomes": curcumin)
    words = [span for w in _WORD.finditer(text) for span in _unglued(text, w)]
    # a mouse-case symbol the document uses inside a sentence ("that Cblb was") is one at a sentence's start too
    title_lines: dict[int, bool] = {}  # line start -> whether the line is written in title case, asked once per line
    rodent_names = {text[m.start() : m.end()] for m in _RODENT.finditer(text)
                    if _rodent_case(text, m.start(), m.end(), title_lines)}
    out: list[Mention] = []
    i = 0
    while i < len(words):
        found = None
        if text[words[i][0] : words[i][1]].lower() in _OPENERS:
            i += 1  # no standard name starts with "the", "of", "and", ...: most words are skipped here
            continue
        longest = min(_MAX_WORDS, len(words) - i)
        # A name of n words begins with the window's first n-1 words (only its last word may be a
        # plural or written otherwise): most windows stop after a bisection or two, before _match.
        opens = 1
        while opens < longest and vocabulary.starts_name(text[words[i][0] : words[i + opens - 1][1]]):
            opens += 1
        for n in range(longest, 0, -1):
            start, end = words[i][0], words[i + n - 1][1]
            if n > opens and not respelled_before_last(text[start:end]):
                continue
            if "\n" in text[start:end] or any(taken[start:end]):
                continue
            found = _match(text[start:end], n, vocabulary, n == 1 and text[start:end] in rodent_names)
            if found is not None:
                name, etype = found
                enzyme = _ENZYME_AFTER.match(text, end) if etype == "Molecule" else None
                if enzyme and not any(taken[end : enzyme.end()]):
                    # "glutathione peroxidase", "superoxide dismutase": the enzyme, not its substrate
                    end = enzyme.end()
                    name, etype = text[start:end], "GeneOrProtein"
                # a disease's name is not a plural ("diabetes", "herpes")
                label = _FORM_OF.sub("", name, count=1) if etype == "GeneOrProtein" else name  # ("caspase3": the protein)
                e = new_entity(name, etype, label if etype in ("GeneOrProtein", "DiseaseOrInjury") else _singular_label(name))
                out.append(Mention(start, end, name, e, "pattern", e.provisional))
                taken[start:end] = b"\x01" * (end - start)
                i += n
                break
        else:
            i += 1
    return out


def with_terms(text: str, chosen: list[Mention], taken: bytearray, vocabulary: Vocabulary,
               new_entity: Callable[[str, str, str], Entity]) -> list[Mention]:
    """*chosen* and the term-list names in the rest of *text*. A class word of the lexicon
    ("cytokine") gives way to a standard name that holds it ("cytokine storm", "cytokine production"),
    and so do a plain word named only by its head-noun class ("glucose" in "glucose metabolism") and a
    two-word phrase found by its head noun, to a longer standard name ("insulin receptor substrate 1"), as
    does an abbreviation's long form found again in a title ("Type 2 Diabetes Mellitus" after "diabetes
    mellitus (DM)").

    >>> from kg.model import Entity
    >>> new = lambda n, t, lab: Entity(n, lab, t, provisional=True)
    >>> text = "insulin receptor substrate 1 fell"
    >>> phrase = Mention(0, 16, "insulin receptor", new("insulin receptor", "GeneOrProtein", "insulin receptor"), "pattern", True)
    >>> taken = bytearray(len(text) + 1); taken[0:16] = b"\x01" * 16
    >>> [m.text for m in with_terms(text, [phrase], taken, Vocabulary.load(), new)]
    ['insulin receptor substrate 1']
    """
    generic = [c for c in chosen if " " not in c.text and (c.entity.generic or (
        c.source == "pattern" and c.entity.provisional and c.text.isalpha() and c.text[1:].islower()))  # ("Diabetes": a title's)
        or c.source == "pattern" and c.entity.provisional and c.text.count(" ") == 1 and c.text.replace(" ", "").isalpha()
        or c.source == "abbreviation" and " " in c.text and c.text.replace(" ", "").isalpha()]
    for c in generic:
        taken[c.start : c.end] = bytes(c.end - c.start)
    found = term_mentions(text, taken, vocabulary, new_entity)
    generic.sort(key=lambda c: c.start)  # chosen mentions do not overlap: ends rise with starts
    generic_ends = [c.end for c in generic]
    dropped: set[int] = set()
    keep: list[Mention] = []
    for f in found:
        inside = []  # the class words *f* overlaps, found by bisection (a scan per name was quadratic)
        for c in generic[bisect_right(generic_ends, f.start):]:
            if c.start >= f.end:
                break
            inside.append(c)
        if not inside:
            keep.append(f)
        elif all(f.start <= c.start and c.end <= f.end and (" " not in c.text or f.end - f.start > c.end - c.start)
                 for c in inside) and len(f.text.split()) > 1:
            keep.append(f)
            dropped.update(id(c) for c in inside)
    return [c for c in chosen if id(c) not in dropped] + keep


def term_class(phrase: str, vocabulary: Vocabulary) -> str | None:
    """The ontology class of the standard name *phrase* is, if it is one (an abbreviation's long form).

    >>> term_class("lipopolysaccharide", Vocabulary.load()), term_class("a nice day", Vocabulary.load())
    ('Molecule', None)
    """
    found = _match(phrase, len(phrase.split()), vocabulary)
    return found[1] if found else None


def _rodent_case(text: str, start: int, end: int, title_lines: dict[int, bool]) -> bool:
    """Whether the word at *start* may be a mouse or rat gene symbol ("Cblb", "Cbl"): a capital and
    two to six small letters, inside a sentence, on a line that is not written in title case.

    *title_lines* keeps each line's answer, so that a document of one long line is read once, not
    once per capitalised word.
    """
    if not _RODENT.fullmatch(text, start, end):
        return False
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] in ".!?:;\n\r(\"'\u201c":
        return False  # a capital that opens a sentence says nothing
    line_start = text.rfind("\n", 0, start) + 1
    if line_start not in title_lines:
        line_end = text.find("\n", end)
        words = _WORD.findall(text, line_start, line_end if line_end >= 0 else len(text))
        # "Activation of Nrf2 Accelerates Wound Healing" is a title, not genes
        title_lines[line_start] = sum(1 for w in words if w[0].isupper()) * 2 >= len(words)
    return not title_lines[line_start]


def _match(name: str, words: int, vocabulary: Vocabulary, rodent: bool = False) -> tuple[str, str] | None:
    form = _FORM_OF.match(name) if words == 1 else None
    if form and _protein_name(name[form.end() :], vocabulary):  # "cleaved-caspase3", "pro-caspase-1": a form of the protein
        return name, "GeneOrProtein"
    if _MODIFIER_WORD.search(name.lower()):
        return None  # "exosome-mediated" (one word, or two read apart) modifies a name; it names nothing itself
    if words == 1:
        low = name.lower()
        if low in _COMMON or (low.endswith("s") and low[:-1] in _COMMON):
            return None
        if rodent and vocabulary.lookup(name, ("gene", "family")):
            return name, "GeneOrProtein"  # an approved symbol in mouse or rat case ("Cblb" is CBLB), or a family's ("Akt")
        symbol = bool(_SYMBOL.match(name)) and any(c.isdigit() or c.isupper() for c in name[1:])
        # a capitalised code with digits may be a compound's ("SB203580", "XAV939"), after the genes
        kinds = (("gene", "gene_text", "family") + (("chemical",) if any(c.isdigit() for c in name) else ())) if symbol \
            else _PHRASE_KINDS
        if not symbol and len(name) < 6:
            return _protein_name(name, vocabulary)
    else:
        kinds = _PHRASE_KINDS
    for form in (name, _singular_label(name), *go_spellings(name), *named_with_kind(name)):
        terms = [t for t in vocabulary.lookup(form, kinds) if t.curie not in _ROOTS]
        if terms and terms[0].kind == "chemical" and (re.search(r"ases?$", name) and any(t.kind.startswith("gene") for t in terms)
                                                      or unique_term([t for t in terms if t.kind.startswith("gene")], name)):
            # "myeloperoxidase", "leptin", "elastin": ChEBI has the protein too; it is the one gene's protein
            return name, "GeneOrProtein"
        if terms and terms[0].kind == "go_bp" and term_key(terms[0].label) != term_key(form) and any(
                term_key(t.label) == term_key(form) for t in vocabulary.lookup(form, ("phenotype",))):
            return name, "Phenotype"  # "pruritus": HP's label, only a synonym of GO's "sensory perception of itch"
        if terms:
            return name, _class_of(terms[0].kind, terms[0].label)
    if CELL_SUFFIX.search(name) and vocabulary.lookup(_singular_label(name) + " cell", ("cell",)):
        return name, "CellType"  # "myofibroblasts": CL's "myofibroblast cell"
    if words > 1 and re.fullmatch(r"[A-Za-z]{3,}.*\s[A-Za-z]{4,}[^sS\W\d]", name) and vocabulary.lookup(name + "s", ("disease",)):
        return name, "DiseaseOrInjury"  # a disease MONDO names only in the plural ("intrauterine adhesions")
    drug_harm = re.search(r"\wtoxicity$", name, re.I)  # not a bare "toxicity"
    if name.lower().endswith(ILL_STATE) and vocabulary.lookup(name, ("efo",) if drug_harm else ("phenotype",)):
        # "cognitive impairment", "hepatic steatosis", "hyperalgesia": HP's, as their words say; the harm a drug
        # does to an organ ("cardiotoxicity", "ototoxicity") only EFO names
        return name, "Phenotype"
    if words == 1 and name.lower().endswith(("penia", "frailty")) and vocabulary.lookup(name, ("efo",)):
        return name, "Phenotype"  # "sarcopenia": a loss only EFO names
    return _protein_name(name, vocabulary) if words == 1 else None


def _protein_name(name: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """ "caspase-3", "β-catenin", "IKKα", "c-Myc": a protein's usual name, which HGNC keeps as the alias or
    name of one gene (an alias several genes share, "p65", is no name here)."""
    if _PROTEIN_SHAPE.search(name) and unique_term(vocabulary.lookup(name, ("gene_alias", "gene_name", "gene_text", "gene_mesh")), name):
        return name, "GeneOrProtein"
    return None


def _class_of(kind: str, label: str) -> str:
    if kind == "go_bp" and re.search(r"signal(?:ing|ling)? pathway|signal transduction|cascade", label):
        return "Pathway"
    return _CLASS[kind]


def _singular_label(name: str) -> str:
    if re.search(r"(?:ss|is|us)$", name) or not name.endswith("s"):
        return name
    if re.search(r"(?:ss|ch|sh|x)es$", name):
        return name[:-2]  # "metabolic processes", "approaches"
    return name[:-3] + "y" if name.endswith("ies") else name[:-1]
