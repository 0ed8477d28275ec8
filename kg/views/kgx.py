"""KGX TSV: the graph as Biolink nodes and edges, for KGX, Translator tools and Biolink-aware loaders.

Two files, ``nodes.tsv`` and ``edges.tsv`` (KGX's TSV format: one header line, tab-separated, lists
joined with ``|``). Every Biolink term comes from ontology/exokg.ttl, never from a table here:

- a node's ``category`` is the Biolink class its entity class maps to with skos:exactMatch,
  closeMatch or broadMatch (the nearest ancestor's when the class itself has none);
- an edge's ``predicate`` is the one Biolink predicate its relation maps to with any SKOS mapping,
  and the relation's annotations in the Biolink namespace (``biolink:object_direction_qualifier``,
  ``biolink:qualified_predicate``) become the edge columns of the same name;
- ``knowledge_level`` and ``agent_type`` are the annotations of the statement's epistemic status and
  of its evidence's curation method.

A node's ``id`` is the entity's standard CURIE where it has one (:mod:`kg.identifiers`). An edge is
one statement: its quotes are ``supporting_text``, its documents and cited studies
``publications``, its project relation ``original_predicate``; ``epistemic_status`` keeps the
project's status word and ``exokg_evidence`` one ``status curation document start-end`` record per
evidence, so every quote can be found again in its document (KGX sorts list values, so no column
relies on the order of another).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import SKOS

from ..errors import OutputError
from ..identifiers import equivalent_curies, has_standard_id, local_curie, other_xrefs, primary_curie
from ..model import Entity, Statement
from ..vocab import BIOLINK, CURATION_IRI, DOCUMENT, EXO, PREFIXES, STATEMENT, STATUS_IRI

if TYPE_CHECKING:
    from ..core import GraphData
    from ..ontology import Ontology

__all__ = ["NODE_COLUMNS", "EDGE_COLUMNS", "SOURCE", "biolink_category", "biolink_predicate", "render_kgx"]

#: The information resource every node and edge comes from (infores is the registry Biolink uses).
SOURCE = "infores:exokg"

NODE_COLUMNS = ("id", "category", "name", "synonym", "xref", "equivalent_identifiers", "iri", "provided_by")
EDGE_COLUMNS = (
    "id", "subject", "predicate", "object", "qualified_predicate", "object_direction_qualifier",
    "original_predicate", "knowledge_level", "agent_type", "primary_knowledge_source", "publications",
    "supporting_text", "epistemic_status", "exokg_evidence",
)
#: Mappings that make a Biolink class a category of an entity class (the Biolink class may be broader).
_CATEGORY_MATCHES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch)
_PREDICATE_MATCHES = (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch, SKOS.relatedMatch)
_PREFIX = {ns: p for p, ns in PREFIXES.items()}


@dataclass(frozen=True)
class BiolinkPredicate:
    """A relation as Biolink says it: a predicate and the qualifier columns that go with it."""

    predicate: str  # a CURIE such as 'biolink:affects'
    qualifiers: tuple[tuple[str, str], ...] = ()  # (slot, value), e.g. ('object_direction_qualifier', 'increased')


def _biolink(term: object) -> str | None:
    text = str(term)
    return "biolink:" + text[len(str(BIOLINK)):] if isinstance(term, URIRef) and text.startswith(str(BIOLINK)) else None


def _matches(onto: "Ontology", subject: URIRef, properties: Iterable[URIRef]) -> list[str]:
    return sorted({b for p in properties for o in onto.graph.objects(subject, p) if (b := _biolink(o))})


def biolink_category(onto: "Ontology", type_name: str) -> str:
    """The Biolink category (a CURIE) of the entity class *type_name*, as the ontology maps it.

    >>> from kg.ontology import Ontology
    >>> onto = Ontology.load()
    >>> biolink_category(onto, "Exosome"), biolink_category(onto, "GeneOrProtein")
    ('biolink:CellularComponent', 'biolink:Gene')
    """
    for name in onto.ancestors(onto.entity_class(type_name)):
        found = _matches(onto, EXO[name], _CATEGORY_MATCHES)
        if len(found) > 1:
            raise OutputError(f"class {name} maps to several Biolink classes ({', '.join(found)}) in "
                              f"{onto.name}; keep one skos:exactMatch/closeMatch/broadMatch into Biolink")
        if found:
            return found[0]
    raise OutputError(f"class {type_name} and its ancestors map to no Biolink class in {onto.name}; "
                      "add a skos:closeMatch to one (biolink:NamedThing at the root)")


def biolink_predicate(onto: "Ontology", relation: str) -> BiolinkPredicate:
    """The Biolink predicate and qualifiers of *relation*, read from its annotations in the ontology.

    >>> from kg.ontology import Ontology
    >>> onto = Ontology.load()
    >>> biolink_predicate(onto, "decreases")
    BiolinkPredicate(predicate='biolink:affects', qualifiers=(('object_direction_qualifier', 'decreased'), ('qualified_predicate', 'biolink:causes')))
    >>> biolink_predicate(onto, "carries").predicate
    'biolink:has_part'
    """
    name = onto.relation(relation).name
    found = _matches(onto, EXO[name], _PREDICATE_MATCHES)
    if len(found) != 1:
        raise OutputError(f"relation {name} needs exactly one SKOS mapping to a Biolink predicate in "
                          f"{onto.name}; it has {len(found)}{': ' + ', '.join(found) if found else ''}")
    qualifiers = []
    for p, o in onto.graph.predicate_objects(EXO[name]):
        slot = _biolink(p)
        if slot is not None:
            qualifiers.append((slot.split(":", 1)[1], _biolink(o) or str(o)))
    return BiolinkPredicate(found[0], tuple(sorted(qualifiers)))


def _annotation(onto: "Ontology", term: URIRef | None, slot: str) -> str:
    value = onto.graph.value(term, BIOLINK[slot]) if term is not None else None
    return str(value) if isinstance(value, Literal) else "not_provided"


def _agent_type(onto: "Ontology", statement: Statement) -> str:
    """A person's curation makes the statement manual; otherwise the agents of its evidence, if they agree."""
    agents = {_annotation(onto, CURATION_IRI.get(ev.curation), "agent_type") for ev in statement.evidence}
    if "manual_agent" in agents:
        return "manual_agent"
    return agents.pop() if len(agents) == 1 else "not_provided"


def _doi(doi: str) -> str:
    doi = doi.strip()
    for lead in ("https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "doi:"):
        if doi.lower().startswith(lead):
            doi = doi[len(lead):]
    return "doi:" + doi


def _publications(kg: "GraphData", statement: Statement) -> list[str]:
    out: list[str] = []
    for ev in statement.evidence:
        doc = kg.documents.get(ev.document)
        out.append(_doi(doc.doi) if doc is not None and doc.doi else f"{_PREFIX[str(DOCUMENT)]}:{ev.document}")
        study = doc.study(ev.study) if doc is not None and ev.study else None
        if study is not None and study.doi:
            out.append(_doi(study.doi))
    return sorted(set(out))


def _cell(value: str | list[str] | tuple[str, ...], where: str) -> str:
    """One TSV cell; KGX's TSV has no escapes, so a tab, a line break or a '|' inside a list item is refused."""
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if any(c in item for c in "\t\n\r") or (not isinstance(value, str) and "|" in item):
            raise OutputError(f"{where}: {item!r} holds a tab, a line break or '|', which KGX TSV cannot carry; "
                              "export as turtle or jsonld instead")
    return "|".join(items)


def _table(columns: tuple[str, ...], rows: list[dict[str, object]], what: str) -> bytes:
    lines = ["\t".join(columns)]
    for row in rows:
        lines.append("\t".join(_cell(row.get(c) or "", f"{what} {row['id']}, column {c}") for c in columns))
    return ("\n".join(lines) + "\n").encode("utf-8")


def node_ids(entities: Iterable[Entity]) -> dict[str, str]:
    """The KGX id of each entity (by entity id): its :func:`~kg.identifiers.primary_curie`, except that a
    provisional entity (a reader's find, grounded by machine) whose exact CURIE another entity also has
    keeps its own CURIE, so that KGX does not merge "ADSC-Exos" into "exosome" or "cell apoptosis" into
    "apoptosis". Two curated entities with one exact CURIE are refused: the lexicon must tell them apart.

    >>> from kg.model import Xref
    >>> go = (Xref("GO:0006915"),)
    >>> node_ids([Entity("apoptosis", "apoptosis", "BiologicalProcess", xrefs=go),
    ...           Entity("cell-apoptosis", "cell apoptosis", "BiologicalProcess", xrefs=go, provisional=True)])
    {'apoptosis': 'GO:0006915', 'cell-apoptosis': 'ent:cell-apoptosis'}
    """
    by_curie: dict[str, list[Entity]] = {}
    for e in entities:
        by_curie.setdefault(primary_curie(e), []).append(e)
    out: dict[str, str] = {}
    for curie, group in by_curie.items():
        curated = [e for e in group if not e.provisional]
        if len(curated) > 1:
            raise OutputError(f"entities {curated[0].id} and {curated[1].id} both have the exact cross-reference {curie}, "
                              "so KGX would merge them; mark one of them close or broad in the lexicon")
        for e in group:
            out[e.id] = curie if len(group) == 1 or e in curated else local_curie(e)
    return out


def node_rows(kg: "GraphData") -> list[dict[str, object]]:
    """One KGX node record per entity, sorted by id (ids as :func:`node_ids` gives them).

    >>> from kg.datasets import tiny_graph
    >>> row = next(r for r in node_rows(tiny_graph()) if r["name"] == "PTEN")
    >>> row["id"], row["category"], row["equivalent_identifiers"]
    ('HGNC:9588', ['biolink:Gene'], ['ent:PTEN'])
    """
    rows = []
    ids = node_ids(kg.entities())
    for e in kg.entities():
        curie = ids[e.id]
        own = curie == local_curie(e) and has_standard_id(e)  # a shared standard CURIE it does not take
        rows.append({
            "id": curie,
            "category": [biolink_category(kg.ontology, e.type)],
            "name": e.label,
            "synonym": sorted(set(e.synonyms) - {e.label}),
            "xref": [x.curie for x in e.xrefs if x.match == "exact"] + list(other_xrefs(e)) if own else list(other_xrefs(e)),
            "equivalent_identifiers": [] if own else list(equivalent_curies(e)),
            "iri": e.iri,
            "provided_by": [SOURCE],
        })
    return sorted(rows, key=lambda r: str(r["id"]))


def edge_rows(kg: "GraphData") -> list[dict[str, object]]:
    """One KGX edge record per statement, sorted by id.

    >>> from kg.datasets import tiny_graph
    >>> row = next(r for r in edge_rows(tiny_graph()) if r["original_predicate"] == "exokg:decreases")
    >>> row["predicate"], row["object_direction_qualifier"], row["knowledge_level"], row["agent_type"]
    ('biolink:affects', 'decreased', 'knowledge_assertion', 'manual_agent')
    """
    onto, rows = kg.ontology, []
    ids = node_ids(kg.entities())
    predicates = {name: biolink_predicate(onto, name) for name in onto.relations}
    for s in kg.statements():
        mapped = predicates[s.predicate]
        rows.append({
            "id": f"{_PREFIX[str(STATEMENT)]}:{s.id}",
            "subject": ids[s.subject.id],
            "predicate": mapped.predicate,
            **dict(mapped.qualifiers),
            "original_predicate": f"{_PREFIX[str(EXO._NS)]}:{s.predicate}",
            "knowledge_level": _annotation(onto, STATUS_IRI.get(s.status), "knowledge_level"),
            "agent_type": _agent_type(onto, s),
            "primary_knowledge_source": SOURCE,
            "publications": _publications(kg, s),
            "supporting_text": sorted({ev.quote for ev in s.evidence}),
            "epistemic_status": s.status,
            "exokg_evidence": sorted({
                f"{ev.status} {ev.curation} {_PREFIX[str(DOCUMENT)]}:{ev.document} {ev.start}-{ev.end}"
                for ev in s.evidence}),
            "object": ids[s.object.id],
        })
    unknown = sorted({k for r in rows for k in r} - set(EDGE_COLUMNS))
    if unknown:
        raise OutputError(f"the ontology gives relations Biolink annotations {unknown} that the KGX export "
                          f"has no column for; add them to EDGE_COLUMNS in {__name__}")
    return sorted(rows, key=lambda r: str(r["id"]))


def render_kgx(kg: "GraphData") -> dict[str, bytes]:
    """KGX TSV files of the graph: ``{"nodes.tsv": ..., "edges.tsv": ...}``.

    >>> from kg.datasets import tiny_graph
    >>> files = render_kgx(tiny_graph())
    >>> sorted(files), files["nodes.tsv"].split(b"\\n")[0].split(b"\\t")[:3]
    (['edges.tsv', 'nodes.tsv'], [b'id', b'category', b'name'])
    """
    return {
        "nodes.tsv": _table(NODE_COLUMNS, node_rows(kg), "node"),
        "edges.tsv": _table(EDGE_COLUMNS, edge_rows(kg), "edge"),
    }
