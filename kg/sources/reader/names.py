"""Names and their shapes: the mention type, vesicle and process head words, name normalisers.

What every reader stage needs to talk about a name: :class:`Mention` (a span with its entity),
whether an entity is a generic vesicle ("exosomes" rather than "MSC exosomes"), ids from names
(:func:`slug`), singular and plural forms, and the ontology class a phrase's head word implies.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lexicon import normalize
from ...model import Entity

DASH = "[-\u2010-\u2015]"
PROCESS_TYPES = ("BiologicalProcess", "Phenotype", "DiseaseOrInjury")  # what "pro-X"/"anti-X" and process words name
# how a therapy is given ("infusion of MSCs", "MSC transplantation"): no part of what acts
GIVING = r"infusion|injection|administration|transplantation|treatment"
# the word after a slash-joined chain of names that makes it an axis: "miR-146a-5p/IRAK1 axis", "... signaling pathway"
AXIS_WORD = r"(?:signal(?:l?ing)?\s+)?(?:axis|pathways?|cascade)\b"
VESICLE_HEAD = (
    r"(?:small\s+extracellular\s+vesicles?|extracellular\s+vesicles?|exosomes?|nanovesicles?"
    r"|microvesicles?|(?:Apop)?s?EVs?|(?-i:MVs?)|vesicles|Exos?|(?-i:EXs?|Exs))"  # ("NSC-EXs": some papers' short form)
)
# GO's word for a cell's process where an abstract's is another: no infiltration of cells, only their
# migration (a broader term); apoptosis is an "apoptotic process"
GO_PROCESS_WORD = {"infiltration": "migration", "apoptosis": "apoptotic process"}
# "TrkA ubiquitination", "phosphorylation of STAT3": the modifications of a named protein that are processes
MODIFICATION = r"(?:de)?(?:phosphorylation|ubiquitination|ubiquitylation|acetylation|methylation|SUMOylation|glycosylation)"
# a miRNA inside a longer name ("MSC-miR-92a-3p-Exos", "anti-miR-21"), its number as group 1; "-3" before "p" is the arm
MIRNA_IN_NAME = r"(?:miR|microRNA|mir)-?(\d+[a-z]?(?:-\d(?![p\d]))?(?:-[35]p)?)|let-7[a-z]?(?:-[35]p)?"
MIRNA = re.compile(
    r"(?<![\w-])(?:(?:hsa|mmu|rno)-)?(?:miR|MiR|microRNA|MicroRNA|miRNA|mir)-?(\d+[a-z]?(?:-\d)?(?:-[35]p)?)(?![\w])"
    r"|(?<![\w-])(?:(?:hsa|mmu|rno)-)?(?:(?:miR|MiR|microRNA|MicroRNA)-)?let-?7[a-z]?(?:-[35]p)?(?![\w])"  # "let-7b", "miR-let7"
)
SYMBOL = re.compile(
    r"(?<![\w\-\u2010\u2011/])(?:[A-Z][A-Za-z0-9]*(?:[A-Z][A-Za-z0-9]*|[0-9]+[A-Za-z]?)(?:/[0-9A-Za-z]+)?(?:/[0-9]+)*"
    r"(?:[-\u2010\u2011](?!(?:exosomal|modified|loaded|engineered|coated|conjugated|decorated)\b)[0-9A-Za-z\u03b1-\u03c9]+)?"
    r"|[A-Z]{2,}[-\u2010\u2011][\u03b1-\u03c9])(?![\w])"
)
PATHWAY = re.compile(
    # a name's last word may be one letter: "Gasdermin D pathway", not "D pathway"
    # "p38 MAPK": a protein's name may open with a small word and its number
    # "nuclear factor-kappa B pathway": the two words of the factor's name
    r"(?<![\w-])((?:[a-z]\d{2,3}\s+(?=[A-Z])|[Nn]uclear\s+(?=factor))?[A-Za-z][\w\u03b1-\u03c9]*(?:[-/](?:NF\s+kappa\s+B|[\w\u03b1-\u03c9]+))*"
    r"(?:\s[A-Z\u03b1-\u03c9](?=\s))?)\s+(?i:signaling|signalling|signal|pathways?|cascade|axis)(?:\s+(?i:pathways?))?(?![\w])"
)  # (a title's "TLR2/TLR4 Signaling Pathway" too)
DISEASE_MODEL = re.compile(r"(?<![\w-])([A-Z][A-Za-z0-9-]*[A-Z])\s+(?:injury\s+|disease\s+)?models?\b")
# (or a drug's: "3-methyladenine (3-MA)", "5-fluorouracil (5-FU)")
ABBREV = re.compile(r"[(\[]\s*([A-Za-z][A-Za-z0-9\-]{0,9}?|\d-[A-Z][A-Za-z0-9\-]{0,7}?)(s?)\s*[)\]]")
GLOSS = re.compile(r"(?<![\w-])([A-Za-z]*[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)s?\s*[(\[]\s*([^()\[\]]{4,120}?)\s*[)\]]")
# Words that look like symbols but are not genes (headings, units, countries, methods).
NOT_SYMBOLS = frozenset(
    "DNA RNA mRNA USA UK EU PhD MD TERM CITED II III IV VI MRI PCR OK AND THE FOR NOT BUT ALL NEW "
    "HIV FDA NIH WHO ID IDs EVs EV sEVs Exos Exo CNS PNS NF ECM "
    # parts of a transcript ("the 3'UTR of PTEN"), not genes
    "UTR UTRs ORF CDS "
    # assays and stains, not genes
    "TUNEL TUNEL-positive ELISA CCK-8 EdU SA-\u03b2 SA-\u03b2-gal qRT-PCR RT-qPCR RT-PCR "
    # T helper subsets are cells (T_HELPER below), not genes
    "Th1 Th2 Th9 Th17 Th22 Tfh Treg Tregs "
    # macrophage phenotypes, not the genes M1 and M2
    "M1 M2 M2a M2b M2c".split()
)
# T and B cell subsets named by their short names alone ("increased Tregs", "Th1/Th17/Treg imbalance")
T_HELPER = re.compile(r"(?<![\w-])(Th(?:1|2|9|17|22)|Tfh|Treg|Breg)(s?)(?:\s+cells?)?(?![\w-])")
# Only a hyphen glues a following word to a name; an en or em dash is punctuation ("proteins—might").
# (... or what was given: "exosome-treated mice")
HYPHEN_OK = r"(?![-\u2010\u2011](?!(?:derived|loaded|enriched|abundant|rich|s?EVs?|exosomes?|exosomal|Exos?|EXs?|Exs|(?:pre)?treated)(?![\w-])))"
# "mesenchymal stromal/stem cells" (the ISCT's spelling) is a name of the lexicon's stem or stromal cells
STEM_OR_STROMAL = r"(?:stem|stromal)(?:/(?:stem|stromal))?"  # the word (or words) before an MSC name's "cell"
_STEM_OR_STROMAL = re.compile(r"\b(stem|stromal)(?=\\s\+cell)")


def name_pattern(names: list[str], flags: int) -> re.Pattern[str] | None:
    """One pattern for the lexicon's *names*, longest first, a plural allowed, any dash for a hyphen, any
    space for a space, and "stromal/stem" (or "stem/stromal") where a name says "stem cell" or "stromal cell".

    >>> rx = name_pattern(["mesenchymal stem cell"], re.IGNORECASE)
    >>> [m.group() for m in rx.finditer("Mesenchymal Stromal/Stem Cell-Derived EVs; mesenchymal stem cells")]
    ['Mesenchymal Stromal/Stem Cell', 'mesenchymal stem cells']
    """
    if not names:
        return None
    parts = []
    for n in sorted(set(names), key=len, reverse=True):
        p = re.sub(r"(?:\\ )+", r"\\s+", re.escape(n.strip())).replace(r"\-", DASH)
        parts.append(_STEM_OR_STROMAL.sub(r"(?:stromal/stem|stem/stromal|\1)", p))
    # A hyphen may follow a name only where it builds a vesicle phrase ("MSC-derived"), so that
    # "blood" is not read inside "blood-spinal cord barrier".
    return re.compile(r"(?<![\w\-])(?:" + "|".join(parts) + r")(?:e?s)?(?![\w])" + HYPHEN_OK, flags)


# Head nouns that make a noun phrase an entity of a type, for names the lexicon does not know.
# Heads marked * need a modifier ("axon growth", not "growth"; "Schwann cell", not "cells").
_NP_HEADS = {
    "CellType": "cell* fibroblast neuron macrophage astrocyte chondrocyte osteoblast cardiomyocyte keratinocyte "
                "hepatocyte monocyte lymphocyte microglia myoblast",
    "BiologicalProcess": "regeneration regrowth growth* outgrowth sprouting repair* healing proliferation senescence "
                         "ageing aging inflammation apoptosis angiogenesis neurogenesis osteogenesis differentiation "
                         "migration survival autophagy remyelination immunomodulation neuroprotection response* stress* activation* "
                         "pyroptosis ferroptosis necroptosis necrosis death* chondrogenesis transition* fission* fusion* "
                         "infiltration* re-epithelialization re-epithelization epithelialization "
                         "polarization* polarisation* deposition* transfer* accumulation*",
    "Phenotype": "oedema edema phenotype* function* destruction* disruption* number* latency* shortening* count* score* leakage* ratio* recovery* volume* formation* photodamage photoaging demyelination tumorigenesis damage* dysfunction* rejection longevity "
                 "lifespan pain* resistance* tolerance* sensitivity* maintenance* infarct fraction* size* density* closure* plaque* "
                 "tangle* learning* memory* remodeling* remodelling* hypertrophy* calcification* mass* "
                 "allodynia hyperalgesia impairment* deficit* steatosis loss* "
                 # measures of a tissue or an animal ("body weight", "cell viability", "nerve conduction velocity")
                 "weight* viability* integrity* permeability* area* thickness* velocity* index*",
    "DiseaseOrInjury": "injury* injuries* disease* degeneration* disorder* cancer pathology* osteoarthritis fibrosis "
                       "infarction* ischemia stroke neurodegeneration diabetes transection* sepsis toxicity* defect* lesion*",
    "AnatomicalSite": "barrier* nerve* cord* tissue* site* disc* disk* membrane* cytoplasm circulation "
                      "microenvironment environment* cartilage kidney liver spleen heart lung brain joint* retina "
                      "intestine colon pancreas ovary ovaries skin marrow* myocardium endometrium hippocampus hippocampi meniscus bladder uterus "
                      # organs and tissues an abstract places a finding in ("in the cochlea", "rat urethras", "lacrimal glands")
                      "cochlea urethra urethras sphincter* gland* corneum muscle cortex* striatum cerebellum tendon cornea testis testes aorta",
    "Molecule": "lipid hyaluronan collagen creatinine glucose estradiol insulin cholesterol lactate urea",
    "GeneOrProtein": "protein receptor*",
    "CytokineOrGrowthFactor": "cytokine factor* chemokine",
    "Intervention": "diet* scaffold* meniscectomy hepatectomy ovariectomy photocoagulation ligation* constriction* preconditioning* pretreatment* smoke* exposure* transplantation* transplant* therapy* infusion* reprogramming immortalization radiation* irradiation* radiotherapy hypoxia ovalbumin",
    "Exosome": "exosome*",
    "ExtracellularVesicle": "vesicle* EV*",
    "EngineeredVesicle": "nanoparticle*",
    "MicroRNA": "miRNA* microRNA*",
}
# The kinds of cells a cell line is named with, after its name ("BV2 microglia", "C2C12 myoblasts")
LINE_KINDS = r"microglia|macrophages|fibroblasts|cardiomyocytes|keratinocytes|hepatocytes|neurons|chondrocytes|myoblasts"
HEAD_TYPE: dict[str, tuple[str, bool]] = {}
for _t, _heads in _NP_HEADS.items():
    for _h in _heads.split():
        _w = _h.rstrip("*").lower()
        for _form in {_w, _w + "s", _w[:-1] + "ies" if _w.endswith("y") else _w + "s"}:
            HEAD_TYPE[_form] = (_t, _h.endswith("*"))
# a head may take a Greek letter: "tumor necrosis factor-α", "transforming growth factor-beta 1"
GREEK_WORD = r"alpha|beta|gamma|delta|kappa"  # a Greek letter spelled out after a protein's name
GREEK_SUFFIX = rf"(?:[\u03b1-\u03c9]|{GREEK_WORD})(?:\s?\d)?(?![\w-])"
# ... or a capital letter for a family member ("vascular endothelial growth factor-A", "PDGF-B")
MEMBER_SUFFIX = rf"(?:{GREEK_SUFFIX}|(?-i:[A-D])(?![\w-]))"


def by_first_letter(patterns: list[str]) -> str:
    """An alternation of *patterns* (each opening with a plain letter) split by that letter, each part
    behind a look-ahead for it: at a word's start the matcher tries the patterns of one letter only, not
    all of them, in their given order (a letter's two cases go together).

    >>> rx = re.compile(r"\\b(" + by_first_letter(["cell death", "cells", "apoptosis"]) + r")\\b", re.I)
    >>> by_first_letter(["cell death", "cells", "apoptosis"])
    '(?=[aA])(?:apoptosis)|(?=[cC])(?:cell death|cells)'
    >>> [m.group() for m in rx.finditer("Apoptosis and cell death of cells")]
    ['Apoptosis', 'cell death', 'cells']
    """
    groups: dict[str, list[str]] = {}
    for p in patterns:
        if not p[:1].isalpha():
            raise ValueError(f"{p!r}: a pattern must open with a letter to be grouped by it")
        groups.setdefault(p[0].lower(), []).append(p)
    return "|".join(f"(?=[{c}{c.upper()}])(?:{'|'.join(alts)})" for c, alts in sorted(groups.items()))


NP_HEAD = re.compile(r"(?<![\w-])(" + by_first_letter(sorted(HEAD_TYPE, key=len, reverse=True)) + r")(?![\w])"
                     rf"(?:(?=[-\u2010\u2011]{MEMBER_SUFFIX})|{HYPHEN_OK})", re.I)
# "epithelial–mesenchymal"; "stem/stromal" (two words of small letters, not "M1/M2")
MODIFIER = re.compile(r"((?:[a-z]{3,}/)?[A-Za-z\u03b1-\u03c9][\w'\u03b1-\u03c9]*(?:[-\u2010-\u2013][\w\u03b1-\u03c9]+)*)\s+$")
ADJECTIVAL = frozenset("induced derived engineered modified programmed activated circulating transforming".split())
# Adjectives that make a kind of their own ("circulating miRNAs" are cell-free, in the blood), unlike
# most single adjectives ("senescent NPCs" are still NPCs).
PHASE = re.compile(r"(?<![\w-])(?:acute|subacute|chronic)\s+$", re.I)
# A wound or ulcer is of the kind its adjectives say ("chronic diabetic wounds", "nonhealing diabetic wounds"):
# a model, a therapy and a curator name that kind, not wounds at large
WOUND = re.compile(r"(?:wound|ulcer)s?", re.I)
WOUND_KIND = re.compile(r"(?<![\w-])(?:(?:acute|chronic|non-?healing|hard-to-heal|refractory|full-thickness|diabetic|"
                        r"cutaneous|burn|pressure|foot)\s+)+$", re.I)
# Adjectives of lineage or tissue make a cell type of its own ("embryonic stem cells", "dermal fibroblasts")
LINEAGE = frozenset("embryonic neural dermal cortical hippocampal hematopoietic haematopoietic epithelial endothelial "
                     "cardiac skeletal retinal pancreatic hepatic renal alveolar synovial".split())
KIND_FORMING = frozenset("circulating cell-free".split())
STOP = frozenset(
    "a an the this that these those its their our his her my your some any all most many few several each every "
    "no not of in on at to into onto for from with by via through and or but as than then also only both either neither nor "
    "such other more less much very is are was were be been being has have had do does did can could may might "
    "will would should must which who whom whose what when where while it they we he she them us one two three "
    "new old high low specific key main major certain various different same own countless millions unusually "
    "readily directly rapidly significantly additional dense whole tiny small large after before during within "
    "without across under over between among against toward towards upon about around per like unlike versus vs "
    "post pre compared using use whether how why here there if protect protects show shows make makes give "
    "gives take takes here we exosomal vesicular synthetic fewer less most "
    # a comparison's words say how much, not what: "higher microvascular density", "better angiogenesis"
    "higher lower better worse greater stronger weaker "
    "nano-sized nanosized nanoscale nano-scale nanometer-sized membrane-bound microscopic minute "
    # where the cells came from is context (organism, culture), not another cell type
    "primary cultured resident native rat rats mouse mice murine human porcine bovine canine equine ovine "
    "rabbit monkey "
    # particles of phrasal verbs ("cut down apoptosis", "turned off PTEN")
    "down up off out across away "
    # verbs in their plain form that the triggers do not list ("heal cartilage defects", "to maintain glucose
    # homeostasis"): a verb before a head noun is no part of its name
    "heal maintain sustain support regenerate alter change enable ensure keep retain".split()
) | frozenset(  # reporting verbs put before a subject ("This suggests exosomes ...") are no modifiers
    "suggest suggests showed shown demonstrate demonstrates demonstrated indicate indicates indicated "
    "reveal reveals revealed report reports reported found find finds confirm confirms confirmed "
    "believe believes think thinks argue argues means mean".split()
) | frozenset(  # common verbs that would otherwise glue a clause onto a name ("regeneration needs satellite cells")
    "need needs require requires remain remains become becomes seem seems appear appears allow allows enable "
    "enables help helps lack lacks receive receives include includes involve involves undergo undergoes "
    "express expresses get gets keep keeps let lets".split()
) | frozenset(  # words that open a clause ("Although exosomes reduced ...", "However EVs ..."): no vesicles' source
    "although though however therefore thus hence moreover furthermore nevertheless nonetheless besides meanwhile "
    "conversely indeed herein because since unless whereas yet so once".split()  # (an "-ly" word stops a name anyway)
) | frozenset(  # nouns of a change ("a reduction macrophage percentage"): what changed follows them
    "reduction reductions increase increases decrease decreases elevation rise decline drop".split()
)
# "IL-6-induced liver injury" (the inducer raises it), "IL-1β-treated chondrocytes" (what the cells were given)
GIVEN = r"(?:pre)?treated|stimulated|exposed|challenged|primed"  # what cells were given: "X-treated cells"
MENDING = r"repair|recovery|regeneration|healing|resolution"  # what is done to a disease that mends it: "recovery of SCI"
# the words after an inducer glued to what it brought on ("IL-6-induced"), and with a mediator's ("TNF-α-mediated")
INDUCED_WORDS = r"[Ii]nduced|[Tt]riggered|[Cc]aused"
BROUGHT_ON = rf"{INDUCED_WORDS}|[Mm]ediated"
GIVEN_OR_INDUCED = re.compile(rf"^(.+?)[-\u2010]({INDUCED_WORDS}|{GIVEN})\s+(.+)$")
COMPOUND = re.compile(r"-?(?:[Ii]nduced|[Tt]riggered|[Mm]ediated|[Dd]ependent|[Rr]elated|[Aa]ssociated|[Tt]reated|[Ss]timulated|[Dd]riven)\b")
DERIVED_FROM = re.compile(r"\s+(?:derived|differentiated|generated|reprogrammed)\s+from\s+(?:the\s+|human\s+|mouse\s+|adult\s+)*", re.I)
VESICLE_LIKE = re.compile(r"lipid|liposom|exosom|mimetic|vesic|membrane", re.I)
# a name of what blocks a miRNA or gene, not of what carries it: "MSC-anti-miR-92a-3p-Exos", "si-PTEN"
MADE_TO_BLOCK = re.compile(r"(?:^|[-\s])(?:anti|si|sh|inhibitor|antagomir)", re.I)
# "cytokines (TNF-α, IL-6)", "cytokine levels (IFN-γ, IL-2)": the members in brackets after a class
MEMBERS_OPEN = re.compile(r"\s*(?:(?:levels?|expression|production|secretion|concentrations?)\s*)?\(\s*", re.I)
# the vesicles' word glued to a name's end ("MSCs-ApopEVs": apoptotic vesicles)
VESICLE_WORD = r"(?:[Ee]xos?|[Ee]x|EXs?|Exs|(?:Apop)?s?EVs?|MVs?|[Ee]xosomes?)"
VESICLE_SUFFIX = re.compile(rf"[-\u2010\u2011]{VESICLE_WORD}$")  # "MSC-exo", "hucMSC-ex" too
# the stresses abstracts name as processes ("ER stress"), which GO has as the cells' response to them
STRESS_KIND = r"ER|endoplasmic\s+reticulum|oxidative|nitrosative"
CYTOKINE = re.compile(r"^(?:IL|TNF|TGF|VEGF|BDNF|GDNF|NGF|FGF|IFN|CXCL|CCL|HGF|IGF|PDGF|EGF|CSF|GM-CSF)", re.I)
_TYPE_BY_HEAD = (
    (re.compile(r"\bstem\s+cells?$", re.I), "StemCell"),
    (re.compile(r"\bcells?$|\bfibroblasts?$|\bneurons?$|\bmacrophages?$|\bastrocytes?$|\bcytes?$", re.I), "CellType"),
    (re.compile(r"(?:small\s+extracellular\s+vesicles?|sEVs?)$", re.I), "SmallExtracellularVesicle"),
    (re.compile(r"exosomes?$|Exos?$|(?-i:EXs?|Exs)$", re.I), "Exosome"),
    (re.compile(r"microvesicles?$|(?-i:(?<![\w-])MVs?)$", re.I), "Microvesicle"),  # ("MSC MVs")
    (re.compile(r"(?:vesicles?|EVs?)$", re.I), "ExtracellularVesicle"),
    (re.compile(r"(?:disease|degeneration|injury|injuries|disorder|syndrome|itis|osis|cancer|tumou?r|fibrosis|infarction|ischemia)$", re.I), "DiseaseOrInjury"),
    (re.compile(r"(?:signaling|signalling|pathway|cascade)$", re.I), "Pathway"),
    (re.compile(r"(?:factors?|cytokines?|interleukin[- ]?\d*)$", re.I), "CytokineOrGrowthFactor"),
    (re.compile(r"(?:protein|receptor|kinase|enzyme|ase)s?$", re.I), "GeneOrProtein"),
    (re.compile(r"(?:microRNAs?|miRNAs?)$", re.I), "MicroRNA"),
)


@dataclass(frozen=True)
class Mention:
    """A span of the document that names an entity.

    ``source`` is 'lexicon', 'abbreviation', 'pattern' or 'anaphora'; ``new`` marks a provisional
    entity; ``producer`` and ``cargo`` are set on vesicle phrases such as "MSC-derived exosomes"
    (producer MSC) and "miR-21-loaded exosomes" (cargo miR-21).
    """

    start: int
    end: int
    text: str
    entity: Entity
    source: str
    new: bool = False
    producer: Entity | None = None
    cargo: Entity | None = None


_GENERIC_VESICLES = frozenset(
    "exosome vesicle extracellular vesicle small extracellular vesicle ev sev nanovesicle microvesicle exo".split(" ")
) | {"extracellular vesicle", "small extracellular vesicle"}


def is_generic_vesicle(entity: Entity) -> bool:
    """Whether *entity* is a vesicle named without its source ("exosomes", "EVs").

    >>> is_generic_vesicle(Entity("exosome", "exosome", "Exosome"))
    True
    """
    return entity.id == "exosome" or _generic_vesicle_label(entity.label)


@lru_cache(maxsize=4096)
def _generic_vesicle_label(label: str) -> bool:
    name = normalize(singular(label))
    return name in _GENERIC_VESICLES or name.replace("extra-cellular", "extracellular") in _GENERIC_VESICLES


def slug(name: str) -> str:
    """An entity id made from a name: allowed characters only, dashes for the rest.

    >>> slug("Wnt/β-catenin signaling"), slug("ERK1/2"), slug("IL-1β")
    ('Wnt-b-catenin-signaling', 'ERK1-2', 'IL-1b')
    """
    # Entity ids are ASCII (lexicon ID_PATTERN, IRIs); Greek letters keep their usual Latin spelling.
    s = name.strip().translate(_GREEK)
    s = re.sub(r"[^A-Za-z0-9_.-]+", "-", s).strip("-._")
    return s or "entity"


_GREEK = str.maketrans({"α": "a", "β": "b", "γ": "g", "δ": "d", "ε": "e", "κ": "k", "λ": "l", "μ": "u",
                        "σ": "s", "τ": "t", "ω": "w", "Α": "A", "Β": "B", "Γ": "G", "Δ": "D", "Κ": "K"})


def without_short_forms(name: str) -> str:
    """*name* without the short forms defined in brackets inside it, which are no part of the name.

    >>> without_short_forms("ultraviolet (UV) radiation"), without_short_forms("nucleus pulposus cell (NPC) apoptosis")
    ('ultraviolet radiation', 'nucleus pulposus cell apoptosis')
    """
    return _BRACKETED.sub("", name)


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def singular(name: str) -> str:
    """*name* with a plural ending removed from its last word, for matching names.

    >>> singular("MSCs"), singular("mesenchymal stem cells"), singular("stress")
    ('MSC', 'mesenchymal stem cell', 'stress')
    """
    if name.endswith(("series", "species")):
        return name  # the same in both numbers ("reactive oxygen species")
    if name.endswith("ies") and len(name) > 4:
        return name[:-3] + "y"
    if name.endswith("s") and not name.endswith(("ss", "us", "is", "betes")) and len(name) > 2:
        return name[:-1]
    return name


_ADJ_TO_NOUN = (("atory", "ation"), ("otic", "osis"), ("genic", "genesis"), ("ent", "ence"), ("ive", "ion"),
                 ("ic", "y"), ("al", ""))


def noun_forms(word: str) -> list[str]:
    """*word* and the nouns its adjective suffix suggests, most likely first.

    >>> noun_forms("inflammatory"), noun_forms("senescent")[:2], noun_forms("angiogenic")[1]
    (['inflammatory', 'inflammation'], ['senescent', 'senescence'], 'angiogenesis')
    """
    out = [word]
    for adj, noun in _ADJ_TO_NOUN:
        if word.endswith(adj) and len(word) > len(adj) + 3:
            out.append(word[: -len(adj)] + noun)
    return out


def type_of_phrase(phrase: str) -> str | None:
    """The ontology class a new multi-word name's head noun suggests, or None.

    >>> type_of_phrase("nucleus pulposus cells"), type_of_phrase("adipose-derived exosomes")
    ('CellType', 'Exosome')
    """
    for pattern, etype in _TYPE_BY_HEAD:
        if pattern.search(phrase.strip()):
            return etype
    return None


def vesicle_symbol_type(name: str) -> str:
    """The vesicle class a short name ends in: "BMSC-Exos", "hucMSC-ex" are exosomes, "MSC-EVs" vesicles.

    >>> vesicle_symbol_type("hucMSC-ex"), vesicle_symbol_type("MSC-EVs"), vesicle_symbol_type("NSC-EXs")
    ('Exosome', 'ExtracellularVesicle', 'Exosome')
    """
    if re.search(r"[-\u2010\u2011](?:[Ee]x|EXs?|Exs)$", name):
        return "Exosome"  # "NSC-EXs": neural stem cells' exosomes
    if re.search(r"(?:^|[-\u2010\u2011\s])MVs?$", name):
        return "Microvesicle"  # "MSC-MVs": the cells' microvesicles
    return type_of_phrase(name) or "ExtracellularVesicle"


def kinds(name: str) -> list[str]:
    """*name* and the broader kinds it names less its first words, narrowest first.

    >>> kinds("smooth muscle cell")
    ['smooth muscle cell', 'muscle cell', 'cell']
    """
    words = name.split()
    return [" ".join(words[k:]) for k in range(len(words))]


# vesicles named after their producer, glued: "BMSC-Exos", "hUC-MSCs-exosomes", "HucMSC exosome"
GLUED_PRODUCER = re.compile(rf"([A-Za-z][\w-]*?)(?:{DASH}|\s+)(?:{VESICLE_HEAD})$")
_PRODUCER_WORDS = re.compile(r"^(?!.*\bderived\s+from\b)(.+?)(?:\s*\([^()]*\))?[\s\u2010-]+derived\s+(?!from\b)(?!.*\bderived\b)"
                             r"|\bderived\s+from\s+(?:the\s+)?(.+)$"
                             rf"|^(?-i:{GLUED_PRODUCER.pattern})"
                             rf"|^(?!.*\bderived\b)(.+?)(?:\s*\([^()]*\))?(?:{DASH}|\s+){VESICLE_HEAD}$", re.I)
# how cells are made to carry or lack something: "miR-21-overexpressing MSCs", "miR-29a-modified hADSCs"
MADE_WORDS = "overexpressing|over-expressing|modified|transfected|transduced|engineered"
# ("CCR2-overexpressing MSCs", "IFN-γ-primed MSCs": the cells are still the producer's cells)
_MADE_FROM = re.compile(rf"\S+?{DASH}(?:{MADE_WORDS}|primed|pretreated)\s+", re.I)
# "migration of the cells", "injury of neurons": a name's "of" before what it belongs to
OF = re.compile(r"\s+of\s+(?:the\s+)?")


def producer_words(text: str) -> tuple[int, int]:
    """Where a vesicle's name names the cells it comes from ("MSC-derived exosomes" -> "MSC"), as
    offsets into *text*; the whole name when it does not say.

    >>> t = "adipose-derived stem cell (ADSC)-derived exosomes"
    >>> a, b = producer_words(t); t[a:b]
    'adipose-derived stem cell'
    >>> t = "exosomes derived from BMSCs"; a, b = producer_words(t); t[a:b]
    'BMSCs'
    >>> t = "BMSC-Exos"; a, b = producer_words(t); t[a:b]
    'BMSC'
    >>> t = "exosomes derived from miR-29a-modified adipose-derived stem cells"; a, b = producer_words(t); t[a:b]
    'adipose-derived stem cells'
    >>> t = "Mesenchymal Stem Cell Exosomes"; a, b = producer_words(t); t[a:b]
    'Mesenchymal Stem Cell'
    """
    m = _PRODUCER_WORDS.search(text)
    if m is None:
        return 0, len(text)
    k = next(k for k in (1, 2, 3, 4) if m.group(k))
    made = _MADE_FROM.match(text, m.start(k), m.end(k))
    return (made.end() if made else m.start(k)), m.end(k)


# "intestinal injury", "renal fibrosis": the organ or tissue an injury happens in makes an injury of its
# own (unlike "senescent NPCs", which are still NPCs)
ORGAN_WORDS = (r"intestinal|renal|hepatic|myocardial|cardiac|pulmonary|lung|kidney|liver|cerebral|brain|neuronal|retinal"
               r"|vascular|endothelial|epithelial|skeletal|muscular|cutaneous|skin|bone|articular|spinal|neural|axonal"
               r"|tubular|glomerular|alveolar|bronchial|airway|colonic|gastric|ovarian|testicular|uterine|endometrial"
               r"|corneal|cochlear|dermal|mitochondrial|tendon|muscle|nerve|cartilage|heart")
ORGAN_ADJECTIVE = re.compile(rf"(?:{ORGAN_WORDS})$", re.I)
# the last words of names of ill states ("cognitive impairment", "hepatic steatosis", "hyperalgesia")
ILL_STATE = ("impairment", "deficit", "deficits", "dysfunction", "decline", "loss", "resistance", "atrophy", "osis", "incontinence", "toxicity",
             "itis", "emia", "pathy", "plasia", "trophy", "algesia", "allodynia", "dynia", "edema",
             "penia", "megaly", "plegia", "paresis", "uria", "frailty", "symptom", "symptoms")  # ("sarcopenia", "proteinuria")
# "osteonecrosis of the femoral head", "high glucose": a disease of a place, a molecule at a level
OF_PLACE = re.compile(r"^(\w[\w-]*(?:\s+\w[\w-]*)?)\s+of\s+(?:the\s+)?\w[\w\s-]*$")
LEVEL_WORD = re.compile(r"^(?:high|low|elevated)\s+(\w[\w-]*)$", re.I)

# Short names of the agents models are made with, by the ChEBI name they stand for (the term list has
# ChEBI's labels, not these): "LPS-induced inflammation" names lipopolysaccharide, not a gene "LPS"
CHEMICAL_SHORT = {"LPS": "lipopolysaccharide", "H2O2": "hydrogen peroxide", "STZ": "streptozocin",
                  "streptozotocin": "streptozocin", "Streptozotocin": "streptozocin", "MDA": "malonaldehyde",
                  "malondialdehyde": "malonaldehyde",  # (ChEBI spells it malonaldehyde)
                  # formulas of model agents, which a case-blind lookup took for genes (CCL4, a chemokine):
                  # CCl4 for liver fibrosis, CoCl2 for chemical hypoxia (ChEBI's labels)
                  "CCl4": "tetrachloromethane", "CoCl2": "cobalt dichloride",
                  # dextran sulfate sodium, the colitis model's agent (an alias of the gene NR0B1 in the term list)
                  "DSS": "dextran sulfate sodium",
                  # reactive oxygen species and ATP, which the term list has as gene aliases too (ROS1; none)
                  "ROS": "reactive oxygen species", "ATP": "ATP"}
# Protein short names the term list does not have, by the gene symbol they name: alpha-smooth muscle actin
# ("α-SMA", the myofibroblast marker) is the ACTA2 protein (UniProt P62736, "Actin, aortic smooth muscle");
# or by the name of the family they stand for: "SOD" in a study of oxidative stress is superoxide dismutase
# (SOD1-3, no one gene), never MONDO's short name of septo-optic dysplasia
GENE_SHORT = {"α-SMA": "ACTA2", "αSMA": "ACTA2", "alpha-SMA": "ACTA2", "a-SMA": "ACTA2", "SOD": "superoxide dismutase"}
# Models known by a short form abstracts seldom define, by the MONDO name they stand for ("EAE" is also
# MONDO's short name of episodic angioedema with eosinophilia, which no study of vesicles means)
CELL_SUFFIX = re.compile(r"(?:blast|cyte|phage|phil)s?$", re.I)  # the words of cell kinds CL names "... cell" ("myofibroblast")
DISEASE_SHORT = {"EAE": "experimental autoimmune encephalomyelitis"}
# A strain or a cell line written with a slash ("APP/PS1 mice", "C57BL/6 mice", "HTR8-S/Vneo cells") is
# the name of a model, not two genes; a cell line's name holds a digit before the slash. A dye a thing is
# labelled with ("PKH26-labeled exosomes", "DiR-labelled EVs") is no entity either.
MODEL_NAME = re.compile(r"(?<![\w/-])(?:[A-Za-z0-9][\w-]*/[\w-]+(?=\s+(?:(?:double\s+)?transgenic\s+)?(?:mice|mouse|rats?)\b)"
                        r"|[A-Za-z-]*\d[\w-]*/[\w-]+(?=\s+(?:cells?|cell\s+lines?)\b)|[\w+]+-label+ed(?![\w-]))")
