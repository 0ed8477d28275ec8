"""Read the model (entities, statements with evidence, documents) back out of a store.

The Python API and the networkx projection are built from RDF, not from the YAML, so a graph
opened from a build output, a persisted store or RDF loaded from elsewhere behaves the same way.
"""
from __future__ import annotations

from collections import defaultdict

from ..model import Document, Entity, Evidence, Readout, Statement, Study, Xref
from ..ontology import Ontology
from ..stores.base import Store, to_python
from ..vocab import CONTEXT_SLOTS, DOCUMENT, ENTITY, EXO, STUDY

_PREFIXES = """
PREFIX exo: <https://w3id.org/exokg/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""

_MATCH = {"exactMatch": "exact", "closeMatch": "close", "broadMatch": "broad", "narrowMatch": "narrow", "relatedMatch": "related"}


def _local(iri: object, base: str) -> str:
    s = str(iri)
    return s[len(base) :] if s.startswith(base) else s


def read_entities(store: Store, ontology: Ontology) -> dict[str, Entity]:
    """Every node typed with an ontology entity class, keyed by id (most specific class wins).

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> read_entities(g.store, g.ontology)["miR-21"].type
    'MicroRNA'
    """
    exo = str(EXO._NS)
    rows = store.query(
        _PREFIXES
        + """SELECT ?e ?type ?label WHERE {
            ?e a ?type ; rdfs:label ?label .
            FILTER(STRSTARTS(STR(?type), STR(exo:)))
        }"""
    )
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for r in rows:
        t = _local(r["type"], exo)
        if t in ontology.entity_classes:
            types[str(r["e"])].add(t)
            labels.setdefault(str(r["e"]), str(r["label"]))
    syn: dict[str, list[str]] = defaultdict(list)
    for r in store.query(_PREFIXES + "SELECT ?e ?alt WHERE { ?e skos:altLabel ?alt }"):
        syn[str(r["e"])].append(str(r["alt"]))
    notes = {str(r["e"]): str(r["n"]) for r in store.query(_PREFIXES + "SELECT ?e ?n WHERE { ?e a ?t ; exo:note ?n }")}
    generic = {str(r["e"]) for r in store.query(_PREFIXES + "SELECT ?e WHERE { ?e a exo:GenericEntity }")}
    xrefs: dict[str, list[tuple]] = defaultdict(list)
    for r in store.query(
        _PREFIXES
        + """SELECT ?e ?ax ?prop ?curie ?label ?source ?status WHERE {
            ?ax a owl:Axiom ; owl:annotatedSource ?e ; owl:annotatedProperty ?prop ;
                dcterms:identifier ?curie .
            OPTIONAL { ?ax exo:xrefLabel ?label } OPTIONAL { ?ax dcterms:source ?source }
            OPTIONAL { ?ax exo:xrefStatus ?status }
        }"""
    ):
        match = _MATCH.get(str(r["prop"]).rsplit("#", 1)[-1], "related")
        xrefs[str(r["e"])].append(
            (str(r["ax"]), Xref(str(r["curie"]), match, to_python(r["label"]), to_python(r["source"]), to_python(r["status"])))
        )
    out = {}
    for iri, ts in types.items():
        eid = _local(iri, str(ENTITY))
        # A node typed with a class and its superclass (as RDFS reasoning would leave it) keeps the
        # deepest class; ties go to the name, so the choice is stable.
        etype = max(sorted(ts), key=lambda t: len(ontology.ancestors(t)))
        out[eid] = Entity(
            eid,
            labels[iri],
            etype,
            tuple(sorted(syn.get(iri, ()))),
            tuple(x for _, x in sorted(xrefs.get(iri, ()), key=lambda p: p[0])),
            notes.get(iri),
            generic=iri in generic,
        )
    return dict(sorted(out.items()))


def read_statements(store: Store, entities: dict[str, Entity], relations: dict) -> list[Statement]:
    """Every exo:Statement with its evidence, in statement-id order.

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> sts = read_statements(g.store, read_entities(g.store, g.ontology), g.ontology.relations)
    >>> len(sts) == len(g.statements())
    True
    """
    ent = str(ENTITY)
    exo = str(EXO._NS)
    head = store.query(
        _PREFIXES
        + """SELECT ?st ?s ?p ?o WHERE {
            ?st a exo:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
        }"""
    )
    evid: dict[str, list[Evidence]] = defaultdict(list)
    ctx_rows = store.query(
        _PREFIXES
        # A UNION, not VALUES ?slot: rdflib evaluates VALUES joins a thousand times slower.
        + """SELECT ?ev ?slot ?val WHERE {
            { ?ev exo:organism ?val BIND(exo:organism AS ?slot) }
            UNION { ?ev exo:cellContext ?val BIND(exo:cellContext AS ?slot) }
            UNION { ?ev exo:diseaseContext ?val BIND(exo:diseaseContext AS ?slot) }
            UNION { ?ev exo:siteContext ?val BIND(exo:siteContext AS ?slot) }
            UNION { ?ev exo:conditionContext ?val BIND(exo:conditionContext AS ?slot) }
        }"""
    )
    slot_names = {_local(prop, exo): slot for slot, prop in CONTEXT_SLOTS.items()}
    ctx: dict[str, dict[str, str]] = defaultdict(dict)
    for r in ctx_rows:
        ctx[str(r["ev"])][slot_names[_local(r["slot"], exo)]] = _local(r["val"], ent)
    readouts: dict[str, list[tuple[str, Readout]]] = defaultdict(list)
    for r in store.query(
        _PREFIXES
        + """SELECT ?ev ?r ?m ?v ?c WHERE {
            ?ev exo:hasReadout ?r . ?r exo:measure ?m ; exo:value ?v . OPTIONAL { ?r exo:comparator ?c }
        }"""
    ):
        readouts[str(r["ev"])].append((str(r["r"]), Readout(str(r["m"]), str(r["v"]), to_python(r["c"]))))
    for r in store.query(
        _PREFIXES
        + """SELECT ?st ?ev ?doc ?quote ?start ?end ?status ?curation ?aid ?study ?conf ?note ?model WHERE {
            ?st exo:hasEvidence ?ev .
            ?ev dcterms:source ?doc ; exo:quote ?quote ; exo:start ?start ; exo:end ?end ;
                exo:status ?status .
            OPTIONAL { ?ev exo:curation ?curation } OPTIONAL { ?ev exo:annotationId ?aid }
            OPTIONAL { ?ev exo:citesStudy ?study } OPTIONAL { ?ev prov:value ?conf }
            OPTIONAL { ?ev exo:note ?note } OPTIONAL { ?ev exo:modelSystem ?model }
        }"""
    ):
        ev = str(r["ev"])
        doc = _local(r["doc"], str(DOCUMENT))
        study = _local(r["study"], str(STUDY)).split("/", 1)[-1] if r["study"] is not None else None
        curation = "machine-read" if r["curation"] == EXO.MachineRead else "curated"
        c = ctx.get(ev, {})
        evid[str(r["st"])].append(
            Evidence(
                document=doc,
                quote=str(r["quote"]),
                start=int(r["start"].toPython()),
                end=int(r["end"].toPython()),
                status=_local(r["status"], exo).lower(),
                annotation_id=to_python(r["aid"]) or "",
                organism=c.get("organism"),
                cell=c.get("cell"),
                disease=c.get("disease"),
                site=c.get("site"),
                condition=c.get("condition"),
                model=to_python(r["model"]),
                study=study,
                readouts=tuple(x for _, x in sorted(readouts.get(ev, ()), key=lambda p: p[0])),
                curation=curation,
                confidence=to_python(r["conf"]),
                note=to_python(r["note"]),
            )
        )
    out = []
    for r in head:
        s_id, o_id = _local(r["s"], ent), _local(r["o"], ent)
        pred = _local(r["p"], exo)
        if s_id not in entities or o_id not in entities or pred not in relations:
            continue
        evidence = tuple(
            sorted(evid.get(str(r["st"]), ()), key=lambda e: (e.document, e.start, e.end, e.annotation_id, e.curation))
        )
        out.append(Statement(entities[s_id], pred, entities[o_id], relations[pred].sign, evidence))
    return sorted(out, key=lambda s: s.key())


def read_documents(store: Store) -> dict[str, Document]:
    """Documents with their metadata and cited studies (texts are not stored in RDF).

    >>> from kg.datasets import tiny_graph
    >>> sorted(read_documents(tiny_graph().store))
    ['m01']
    """
    docs: dict[str, dict] = {}
    for r in store.query(
        _PREFIXES
        + """SELECT ?d ?id ?sha ?title ?kind ?source ?doi ?url ?date WHERE {
            ?d a exo:Document ; dcterms:identifier ?id .
            OPTIONAL { ?d exo:sha256 ?sha } OPTIONAL { ?d dcterms:title ?title }
            OPTIONAL { ?d exo:kind ?kind } OPTIONAL { ?d dcterms:source ?source }
            OPTIONAL { ?d bibo:doi ?doi } OPTIONAL { ?d foaf:page ?url } OPTIONAL { ?d dcterms:date ?date }
        }"""
    ):
        docs[str(r["d"])] = {
            "stem": str(r["id"]),
            "sha256": to_python(r["sha"]) or "",
            "title": to_python(r["title"]),
            "kind": to_python(r["kind"]),
            "source": to_python(r["source"]),
            "doi": to_python(r["doi"]),
            "url": to_python(r["url"]),
            "year": int(str(r["date"])) if r["date"] is not None else None,
            "authors": [],
            "studies": [],
        }
    for r in store.query(_PREFIXES + "SELECT ?d ?a WHERE { ?d a exo:Document ; dcterms:creator ?a }"):
        if str(r["d"]) in docs:
            docs[str(r["d"])]["authors"].append(str(r["a"]))
    for r in store.query(
        _PREFIXES
        + """SELECT ?d ?s ?id ?authors ?title ?journal ?doi ?date WHERE {
            ?d a exo:Document ; exo:citesStudy ?s . ?s dcterms:identifier ?id .
            OPTIONAL { ?s dcterms:creator ?authors } OPTIONAL { ?s dcterms:title ?title }
            OPTIONAL { ?s exo:journal ?journal } OPTIONAL { ?s bibo:doi ?doi } OPTIONAL { ?s dcterms:date ?date }
        }"""
    ):
        if str(r["d"]) in docs:
            docs[str(r["d"])]["studies"].append(
                Study(
                    str(r["id"]),
                    to_python(r["authors"]),
                    int(str(r["date"])) if r["date"] is not None else None,
                    to_python(r["title"]),
                    to_python(r["journal"]),
                    to_python(r["doi"]),
                )
            )
    out = {}
    for d in docs.values():
        out[d["stem"]] = Document(
            stem=d["stem"],
            text="",
            sha256=d["sha256"],
            title=d["title"],
            kind=d["kind"],
            source=d["source"],
            doi=d["doi"],
            url=d["url"],
            authors=tuple(sorted(d["authors"])),
            year=d["year"],
            studies=tuple(sorted(d["studies"], key=lambda s: s.id)),
        )
    return dict(sorted(out.items()))
