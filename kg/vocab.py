"""Namespaces of the graph, with the project's own vocabulary closed.

``EXO`` is an rdflib ``DefinedNamespace`` with ``_fail = True``: ``EXO.inhibits`` raises
AttributeError instead of minting an IRI the ontology never declared. tests/test_vocab.py checks
that the terms listed here are exactly the terms ontology/exokg.ttl declares.

>>> EXO.decreases
rdflib.term.URIRef('https://w3id.org/exokg/ontology#decreases')
>>> EXO.inhibits
Traceback (most recent call last):
AttributeError: term 'inhibits' not in namespace 'https://w3id.org/exokg/ontology#'
"""
from __future__ import annotations

from typing import Iterable

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from .errors import InvalidIdentifierError, InvalidQueryError

BASE = "https://w3id.org/exokg/"

ENTITY = Namespace(BASE + "entity/")
STATEMENT = Namespace(BASE + "statement/")
EVIDENCE = Namespace(BASE + "evidence/")
DOCUMENT = Namespace(BASE + "document/")
STUDY = Namespace(BASE + "study/")
ONTOLOGY_IRI = URIRef(BASE + "ontology")

OBO = Namespace("http://purl.obolibrary.org/obo/")
BIOLINK = Namespace("https://w3id.org/biolink/vocab/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
OA = Namespace("http://www.w3.org/ns/oa#")


class EXO(DefinedNamespace):
    """Classes and properties of ontology/exokg.ttl."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # entity classes
    BiomedicalEntity: URIRef
    CellType: URIRef
    StemCell: URIRef
    MesenchymalStemCell: URIRef
    PluripotentStemCell: URIRef
    ExtracellularVesicle: URIRef
    Exosome: URIRef
    SmallExtracellularVesicle: URIRef
    Microvesicle: URIRef
    EngineeredVesicle: URIRef
    MicroRNA: URIRef
    GeneOrProtein: URIRef
    CytokineOrGrowthFactor: URIRef
    Molecule: URIRef
    Pathway: URIRef
    ProcessOrPhenotype: URIRef
    BiologicalProcess: URIRef
    Phenotype: URIRef
    DiseaseOrInjury: URIRef
    AnatomicalSite: URIRef
    Organism: URIRef
    Intervention: URIRef
    GenericEntity: URIRef
    ProvisionalEntity: URIRef

    # relations and their reasoning annotations
    MechanismRelation: URIRef
    sign: URIRef
    pathRole: URIRef
    inferredOnly: URIRef
    endsPath: URIRef
    regulates: URIRef
    increases: URIRef
    decreases: URIRef
    ameliorates: URIRef
    secretes: URIRef
    derives_from: URIRef
    source_of: URIRef
    carries: URIRef
    delivers: URIRef
    located_in: URIRef
    crosses: URIRef
    taken_up_by: URIRef
    studied_in: URIRef

    # provenance
    Statement: URIRef
    Evidence: URIRef
    Document: URIRef
    Study: URIRef
    Readout: URIRef
    EpistemicStatus: URIRef
    Finding: URIRef
    Hypothesis: URIRef
    Prediction: URIRef
    Question: URIRef
    Inferred: URIRef
    Curation: URIRef
    Curated: URIRef
    MachineRead: URIRef
    Imported: URIRef
    hasEvidence: URIRef
    status: URIRef
    curation: URIRef
    quote: URIRef
    start: URIRef
    end: URIRef
    organism: URIRef
    cellContext: URIRef
    diseaseContext: URIRef
    siteContext: URIRef
    conditionContext: URIRef
    modelSystem: URIRef
    citesStudy: URIRef
    hasReadout: URIRef
    measure: URIRef
    value: URIRef
    comparator: URIRef
    note: URIRef
    annotationId: URIRef
    kind: URIRef
    sha256: URIRef
    journal: URIRef
    xrefStatus: URIRef
    xrefLabel: URIRef


#: Prefixes bound in every serialization and available in every SPARQL query.
PREFIXES: dict[str, str] = {
    "exokg": str(EXO._NS),
    "ent": str(ENTITY),
    "stmt": str(STATEMENT),
    "exokgev": str(EVIDENCE),
    "doc": str(DOCUMENT),
    "study": str(STUDY),
    "obo": str(OBO),
    "biolink": str(BIOLINK),
    "bibo": str(BIBO),
    "oa": str(OA),
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
}

#: The project's prefixes before they were renamed: bioregistry registers exo (the Exposure
#: Ontology) and ev (eVOC). A SPARQL query may still use them undeclared; no output writes them.
LEGACY_PREFIXES: dict[str, str] = {"exo": str(EXO._NS), "ev": str(EVIDENCE)}


def new_graph() -> Graph:
    """An empty rdflib Graph with the project's prefixes bound.

    >>> dict(new_graph().namespaces())["exokg"]
    rdflib.term.URIRef('https://w3id.org/exokg/ontology#')
    """
    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


#: Epistemic statuses from strongest to weakest; a statement's status is the strongest of its evidence.
STATUSES: tuple[str, ...] = ("finding", "prediction", "hypothesis", "question")
#: A chain's status: one of STATUSES when one document states every hop, else "inferred" (the graph
#: joined claims of different documents; no document says the chain). Weakest last.
CHAIN_STATUSES: tuple[str, ...] = (*STATUSES, "inferred")
#: Statuses that only suggest: dashed in every drawing, and hidden on request.
TENTATIVE: tuple[str, ...] = ("hypothesis", "question")

#: How a sign is written in chains and tables, and named in every view (HTML, GraphML, Cytoscape).
SIGN_SYMBOL: dict[int, str] = {1: "+", -1: "-", 0: "?"}
EFFECTS: dict[int, str] = {1: "increase", -1: "decrease", 0: "unsigned"}
_SIGN_WORDS = {"+": 1, "1": 1, "+1": 1, "up": 1, "-": -1, "-1": -1, "down": -1, "?": 0, "0": 0, "unknown": 0}


def parse_sign(sign: int | str | None) -> int | None:
    """Normalise a sign option: '+', '-', '?', 1, -1, 0 or None.

    >>> parse_sign("+"), parse_sign("-1"), parse_sign(None)
    (1, -1, None)
    """
    if sign is None:
        return None
    key = str(sign).strip().lower()
    if key not in _SIGN_WORDS:
        raise InvalidQueryError(f"sign {sign!r} must be one of +, -, ? (or 1, -1, 0)")
    return _SIGN_WORDS[key]


def _choices(value: str | Iterable[str] | None, allowed: Iterable[str], what: str) -> frozenset[str] | None:
    """One value or several, each checked against *allowed*; None or nothing means no filter."""
    if value is None:
        return None
    out = {value} if isinstance(value, str) else set(value)
    if not out:
        return None
    allowed = tuple(allowed)
    bad = sorted(out - set(allowed))
    if bad:
        raise InvalidQueryError(f"{what} {bad} must be among {', '.join(allowed)}")
    return frozenset(out)


def parse_statuses(status: str | Iterable[str] | None) -> frozenset[str] | None:
    """Normalise a status option (one status or several) to a set; None or empty means no filter.

    >>> sorted(parse_statuses(["finding", "hypothesis"])), parse_statuses(None)
    (['finding', 'hypothesis'], None)
    >>> parse_statuses("rumour")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: status ['rumour'] must be among finding, prediction, hypothesis, question
    """
    return _choices(status, STATUSES, "status")


def parse_curations(curation: str | Iterable[str] | None) -> frozenset[str] | None:
    """Normalise a curation option ('curated', 'machine-read', 'imported', or several); None: no filter.

    >>> parse_curations("curated")
    frozenset({'curated'})
    >>> parse_curations("guessed")
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: curation ['guessed'] must be among curated, machine-read, imported
    """
    return _choices(curation, CURATION_IRI, "curation")


def effect_name(sign: int) -> str:
    """The word for a sign: 'increase', 'decrease' or 'unsigned'.

    >>> effect_name(-1), effect_name(1), effect_name(0)
    ('decrease', 'increase', 'unsigned')
    """
    return EFFECTS[sign]
STATUS_IRI: dict[str, URIRef] = {
    "finding": EXO.Finding,
    "prediction": EXO.Prediction,
    "hypothesis": EXO.Hypothesis,
    "question": EXO.Question,
}
#: The IRI of each chain status (paths are answers, not stored, but their status is a term too).
CHAIN_STATUS_IRI: dict[str, URIRef] = {**STATUS_IRI, "inferred": EXO.Inferred}
CURATION_IRI: dict[str, URIRef] = {"curated": EXO.Curated, "machine-read": EXO.MachineRead, "imported": EXO.Imported}

#: Context slots of evidence whose value is an entity: annotation key -> property.
CONTEXT_SLOTS: dict[str, URIRef] = {
    "organism": EXO.organism,
    "cell": EXO.cellContext,
    "disease": EXO.diseaseContext,
    "site": EXO.siteContext,
    "condition": EXO.conditionContext,
}
#: The entity classes each context slot accepts (an entity of one of them, or of a subclass).
CONTEXT_TYPES: dict[str, tuple[str, ...]] = {
    "organism": ("Organism",),
    "cell": ("CellType",),
    "disease": ("DiseaseOrInjury",),
    "site": ("AnatomicalSite",),
    # a condition under which the claim holds: donor age, a disease stage, a treatment state
    "condition": ("ProcessOrPhenotype", "DiseaseOrInjury", "Intervention"),
}
#: The context slot whose value is a word, not an entity: the kind of system a claim was seen in.
MODEL_SYSTEMS: tuple[str, ...] = ("cell line", "primary cells", "organoid", "ex vivo tissue", "animal model",
                                  "patients")
#: Every context slot, in the order they are shown.
CONTEXT_KEYS: tuple[str, ...] = (*CONTEXT_SLOTS, "model")

#: CURIE prefixes we expand to IRIs (OBO Foundry PURLs, identifiers.org otherwise).
CURIE_PREFIXES: dict[str, str] = {
    "CL": str(OBO) + "CL_",
    "GO": str(OBO) + "GO_",
    "MONDO": str(OBO) + "MONDO_",
    "UBERON": str(OBO) + "UBERON_",
    "CHEBI": str(OBO) + "CHEBI_",
    "NCBITaxon": str(OBO) + "NCBITaxon_",
    "DOID": str(OBO) + "DOID_",
    "RO": str(OBO) + "RO_",
    "BFO": str(OBO) + "BFO_",
    "SO": str(OBO) + "SO_",
    "EFO": "http://www.ebi.ac.uk/efo/EFO_",
    # cell lines, bioregistry's spelling: "cellosaurus:0286" is CVCL_0286, H9c2(2-1)
    "cellosaurus": "https://www.cellosaurus.org/CVCL_",
    "HP": str(OBO) + "HP_",  # the reader grounds phenotypes there ("sepsis" where MONDO has no exact term)
    "HGNC": "https://identifiers.org/hgnc:",
    "fplx": "https://identifiers.org/fplx:",  # FamPlex: gene families and complexes ("AKT", "NF-κB")
    "mirbase": "https://identifiers.org/mirbase:",
    "mirbase.mature": "https://identifiers.org/mirbase.mature:",
    "biolink": str(BIOLINK),
}


def expand_curie(curie: str) -> URIRef:
    """Turn a CURIE such as ``CL:0000134`` into its IRI.

    >>> expand_curie("CL:0000134")
    rdflib.term.URIRef('http://purl.obolibrary.org/obo/CL_0000134')
    >>> expand_curie("HGNC:9588")
    rdflib.term.URIRef('https://identifiers.org/hgnc:9588')
    """
    prefix, _, local = curie.partition(":")
    if not local or prefix not in CURIE_PREFIXES:
        raise InvalidIdentifierError(
            f"cannot expand CURIE {curie!r}: known prefixes are {', '.join(sorted(CURIE_PREFIXES))}"
        )
    return URIRef(CURIE_PREFIXES[prefix] + local)


def contract_iri(iri: str) -> str | None:
    """The CURIE of an IRI under a known prefix, or None.

    >>> contract_iri("http://purl.obolibrary.org/obo/GO_0031103")
    'GO:0031103'
    """
    best = None
    for prefix, base in CURIE_PREFIXES.items():
        if iri.startswith(base) and (best is None or len(base) > len(CURIE_PREFIXES[best])):
            best = prefix
    return f"{best}:{iri[len(CURIE_PREFIXES[best]):]}" if best else None
