"""Read the model (entities, statements with evidence, documents) back out of a store.

The Python API and the projections are built from RDF, not from the YAML, so a graph opened from a
build output, a persisted store or RDF loaded from elsewhere behaves the same way. The model's
tables are read by a scan of each predicate's triples (no SPARQL joins, no rdflib terms: linear in
the store's size); documents, few and small, through SPARQL.
"""
from __future__ import annotations

import gc
import logging
import re
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Iterator

from ..model import Document, Entity, EntityList, Readout, Statement, Study, Xref
from ..ontology import Ontology
from ..stores.base import Store, to_python
from ..tables import SLOTS, Tables, _Builder, entity_id, entity_iri, evidence_iri, statement_iri
from ..vocab import CONTEXT_SLOTS, CURATION_IRI, DOCUMENT, EVIDENCE, EXO, STATUS_IRI, STUDY

log = logging.getLogger(__name__)

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDF_TYPE = RDF + "type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
DCT = "http://purl.org/dc/terms/"
PROV_VALUE = "http://www.w3.org/ns/prov#value"

_PREFIXES = """
PREFIX exokg: <https://w3id.org/exokg/ontology#>
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


def read_tables(store: Store, ontology: Ontology, documents: dict[str, Document] | None = None,
                known: Tables | None = None) -> Tables:
    """The model's tables read from *store* by a scan of each predicate it uses (linear in its size).

    Statements are the reified ``exokg:Statement`` nodes; a direct triple with a relation of the
    ontology that no statement node explains (RDF loaded from elsewhere) becomes a statement with one
    evidence of curation "imported" whose document is the graph it came from ("imported" for the
    default graph). What cannot be read (an untyped subject, an exokg: term the ontology lacks) is
    counted in ``tables.report`` with examples, never dropped silently. With *known* (the tables of
    the graph the store's triples are being added to), statements may use the known entities, and a
    direct triple a known statement explains is not imported again (see Tables.merged).

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> t = read_tables(g.store, g.ontology); t.n_statements, t.report["uninterpreted"]
    (5, 0)
    """
    with paused_gc():
        return _read_store(store, ontology, documents if documents is not None else read_documents(store), known)


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while millions of strings and tuples are made.

    None of them forms a cycle, yet each full collection walks all of them: at ten million
    triples the collector took a third of the time of reading the tables.

    >>> with paused_gc(): gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_entities(store: Store, ontology: Ontology) -> dict[str, Entity]:
    """Every node typed with an ontology entity class, keyed by id (most specific class wins).

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> read_entities(g.store, g.ontology)["miR-21"].type
    'MicroRNA'
    """
    return {e.id: e for e in read_tables(store, ontology, {}).entities}


def read_statements(store: Store, entities: dict[str, Entity], relations: dict) -> list[Statement]:
    """Every statement with its evidence (quotes read from the store), in statement-key order.

    >>> from kg.datasets import tiny_graph; g = tiny_graph()
    >>> sts = read_statements(g.store, read_entities(g.store, g.ontology), g.ontology.relations)
    >>> len(sts) == len(g.statements())
    True
    """
    t = read_tables(store, Ontology.load(), {})
    quote = str(EXO.quote)
    return [t.statement(i, lambda iri: store.value(iri, quote) or "") for i in range(t.n_statements)
            if t.entities[t.st_subj[i]].id in entities and t.entities[t.st_obj[i]].id in entities]


def read_documents(store: Store) -> dict[str, Document]:
    """Documents with their metadata and cited studies (texts are not stored in RDF).

    >>> from kg.datasets import tiny_graph
    >>> sorted(read_documents(tiny_graph().store))
    ['m01']
    """
    # Every value of every field is gathered and the least kept: a document given two titles (or
    # dates) reads the same from any store, whatever order its engine returns rows in.
    fields: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for r in store.query(
        _PREFIXES
        + """SELECT ?d ?id ?sha ?title ?kind ?source ?doi ?url ?date WHERE {
            ?d a exokg:Document ; dcterms:identifier ?id .
            OPTIONAL { ?d exokg:sha256 ?sha } OPTIONAL { ?d dcterms:title ?title }
            OPTIONAL { ?d exokg:kind ?kind } OPTIONAL { ?d dcterms:source ?source }
            OPTIONAL { ?d bibo:doi ?doi } OPTIONAL { ?d foaf:page ?url } OPTIONAL { ?d dcterms:date ?date }
        }"""
    ):
        f = fields[str(r["d"])]
        for name, value in (("stem", str(r["id"])), ("sha256", to_python(r["sha"])), ("title", to_python(r["title"])),
                            ("kind", to_python(r["kind"])), ("source", to_python(r["source"])), ("doi", to_python(r["doi"])),
                            ("url", to_python(r["url"])), ("year", int(str(r["date"])) if r["date"] is not None else None)):
            if value is not None:
                f[name].append(value)
    for r in store.query(_PREFIXES + "SELECT ?d ?a WHERE { ?d a exokg:Document ; dcterms:creator ?a }"):
        if str(r["d"]) in fields:
            fields[str(r["d"])]["authors"].append(str(r["a"]))
    studies: dict[str, dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for r in store.query(
        _PREFIXES
        + """SELECT ?d ?s ?id ?authors ?title ?journal ?doi ?date WHERE {
            ?d a exokg:Document ; exokg:citesStudy ?s . ?s dcterms:identifier ?id .
            OPTIONAL { ?s dcterms:creator ?authors } OPTIONAL { ?s dcterms:title ?title }
            OPTIONAL { ?s exokg:journal ?journal } OPTIONAL { ?s bibo:doi ?doi } OPTIONAL { ?s dcterms:date ?date }
        }"""
    ):
        f = studies[str(r["d"])][str(r["s"])]
        for name, value in (("id", str(r["id"])), ("authors", to_python(r["authors"])), ("title", to_python(r["title"])),
                            ("journal", to_python(r["journal"])), ("doi", to_python(r["doi"])),
                            ("year", int(str(r["date"])) if r["date"] is not None else None)):
            if value is not None:
                f[name].append(value)
    out: dict[str, Document] = {}
    for d in sorted(fields):  # two document nodes with one identifier: the least IRI's
        f = {name: _least(values) for name, values in fields[d].items()}
        cited = [{name: _least(values) for name, values in st.items()} for st in studies.get(d, {}).values()]
        out.setdefault(f["stem"], Document(
            stem=f["stem"],
            text="",
            sha256=f.get("sha256") or "",
            title=f.get("title"),
            kind=f.get("kind"),
            source=f.get("source"),
            doi=f.get("doi"),
            url=f.get("url"),
            authors=tuple(sorted(set(fields[d]["authors"]))),
            year=f.get("year"),
            studies=tuple(sorted((Study(c["id"], c.get("authors"), c.get("year"), c.get("title"), c.get("journal"), c.get("doi"))
                                  for c in cited), key=lambda s: (s.id, repr(s)))),
        ))
    return dict(sorted(out.items()))


# -- the scan --------------------------------------------------------------------------------


def _least(values: list) -> Any:
    """The least of *values* (of one type, compared as that type; else by their text), or None.

    >>> _least(["b", "a"]), _least([]), _least([10, 9])
    ('a', None, 9)
    """
    if not values:
        return None
    try:
        return min(values, key=lambda v: (type(v).__name__, v))
    except TypeError:
        return min(values, key=lambda v: (type(v).__name__, str(v)))


def _natural(iri: str) -> list:
    """Sort key that puts ``.../xref/2`` before ``.../xref/10``: numbers compare as numbers."""
    return [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", iri)]


def _prefixed(iri: str, base: Any) -> str | None:
    """*iri* without its namespace *base*, or None when it lies in another namespace."""
    base = str(base)
    return iri[len(base):] if iri.startswith(base) else None


def _one(pairs: Any, keep: Any = None) -> dict[str, str]:
    """Subject -> object of a property read as single-valued, for the subjects in *keep* (all when
    None). A subject with several values keeps the least, so a store and a file, which list triples
    in other orders, give the same answer.

    >>> _one([("a", "2", None), ("b", "1", None), ("a", "1", None)], {"a"})
    {'a': '1'}
    """
    got = [(s, o) for s, o, _ in pairs] if keep is None else [(s, o) for s, o, _ in pairs if s in keep]
    one = dict(got)
    return one if len(one) == len(got) else dict(sorted(got, reverse=True))


def _read_store(store: Any, ontology: Ontology, documents: dict[str, Document], known: Tables | None) -> Tables:
    exo = str(EXO._NS)
    classes = set(ontology.entity_classes)
    report: dict[str, Any] = {"imported_statements": 0, "uninterpreted": 0, "examples": []}

    examples: list[tuple[tuple[str, str, str], str]] = []

    def skip(reason: str, triple: tuple[str, str, str]) -> None:
        # the ten least examples, not the first ten: a store and a file list triples in other orders
        report["uninterpreted"] += 1
        if len(examples) < 10:
            examples.append((triple, reason))
        elif (triple, reason) < max(examples):
            examples[examples.index(max(examples))] = (triple, reason)

    types: dict[str, set[str]] = defaultdict(set)
    generic, provisional, statement_nodes, evidence_nodes = set(), set(), set(), set()
    for s, o, _ in store.pairs(RDF_TYPE):
        name = _prefixed(o, exo)
        if name in classes:
            types[s].add(name)
        elif name == "GenericEntity":
            generic.add(s)
        elif name == "ProvisionalEntity":
            provisional.add(s)
        elif name == "Statement":
            statement_nodes.add(s)
        elif name == "Evidence":
            evidence_nodes.add(s)
        elif name is not None and name not in ontology.classes:
            skip(f"exokg:{name} is not a class of the ontology", (s, RDF_TYPE, o))
    labels = _one(store.pairs(RDFS_LABEL), types)
    synonyms: dict[str, list[str]] = defaultdict(list)
    for s, o, _ in store.pairs(SKOS + "altLabel"):
        if s in types:
            synonyms[s].append(o)
    notes = _one(store.pairs(exo + "note"))
    found = _read_entities(store, types, labels, synonyms, notes, generic, ontology, provisional)
    entities = EntityList.of(e for _, e in found)
    eidx = {iri: i for i, (iri, _) in enumerate(found)}  # entity IRI -> row
    if known is not None:  # entities of the graph these triples are added to, unless redefined here
        entities, r_known, r_new = known.entities.union(entities)  # columns: no entity object is made
        eidx = {iri: int(r_new[i]) for iri, i in eidx.items()}
        for eid, row in zip(known.entities.ids, r_known.tolist()):
            eidx.setdefault(entity_iri(eid), row)
    ids = entities.ids
    by_id = {eid: i for i, eid in enumerate(ids)}
    relations = tuple(ontology.relations)
    ridx = {str(EXO[r]): i for i, r in enumerate(relations)}
    # statements: the reified nodes
    subj, pred, obj = (_one(store.pairs(RDF + p), statement_nodes) for p in ("subject", "predicate", "object"))
    rows: list[tuple[tuple[str, str, str], str]] = []
    keys: set[tuple[str, str, str]] = set()
    if known is not None:
        keys |= {(known.entities.ids[s], known.relations[r], known.entities.ids[o])
                 for s, r, o in zip(known.st_subj.tolist(), known.st_rel.tolist(), known.st_obj.tolist())}
    new_keys: set[tuple[str, str, str]] = set()
    for st in statement_nodes:
        s, p, o = subj.get(st), pred.get(st), obj.get(st)
        if s in eidx and o in eidx and p in ridx:
            key = (ids[eidx[s]], relations[ridx[p]], ids[eidx[o]])
            rows.append((key, st))
            keys.add(key)
            new_keys.add(key)
    # direct triples no statement node explains: imported claims, with their graph as their source
    imported: list[tuple[tuple[str, str, str], str]] = []
    for r, name in enumerate(relations):
        inverse = ontology.relations[name].inverse if ontology.graph.value(EXO[name], EXO.inferredOnly) else None
        for s, o, graph in store.pairs(str(EXO[name])):
            if s not in eidx or o not in eidx:
                skip("subject or object has no entity type of the ontology", (s, str(EXO[name]), o))
                continue
            a, b, rel = (o, s, inverse) if inverse else (s, o, name)
            key = (ids[eidx[a]], rel, ids[eidx[b]])
            if key not in keys:
                keys.add(key)
                imported.append((key, graph or "imported"))
    report["imported_statements"] = len(imported)
    # evidence of the statement nodes
    ev_of: dict[str, list[str]] = defaultdict(list)
    for s, o, _ in store.pairs(exo + "hasEvidence"):
        if s in statement_nodes:
            ev_of[s].append(o)
    wanted = {e for evs in ev_of.values() for e in evs}
    cols: dict[str, dict[str, str]] = {}
    for pred in (DCT + "source", exo + "start", exo + "end", exo + "status", exo + "curation", exo + "annotationId",
                 exo + "citesStudy", PROV_VALUE, exo + "modelSystem", exo + "quote",
                 *(str(p) for p in CONTEXT_SLOTS.values())):
        cols[pred] = _one(store.pairs(pred), wanted)
    readout_of: dict[str, list[str]] = defaultdict(list)
    for s, o, _ in store.pairs(exo + "hasReadout"):
        if s in wanted:
            readout_of[s].append(o)
    readout_nodes = {r for rs in readout_of.values() for r in rs}
    rcols = {p: _one(store.pairs(exo + p), readout_nodes) for p in ("measure", "value", "comparator")}
    doc_ids = sorted({_prefixed(v, DOCUMENT) or v for v in cols[DCT + "source"].values()} | set(documents)
                     | {g for _, g in imported})
    didx = {d: i for i, d in enumerate(doc_ids)}
    status_of = {str(v): k for k, v in STATUS_IRI.items()}
    curation_of = {str(v): k for k, v in CURATION_IRI.items()}
    src_col, start_col, end_col, status_col = cols[DCT + "source"], cols[exo + "start"], cols[exo + "end"], cols[exo + "status"]
    cur_col, aid_col, study_col, conf_col = cols[exo + "curation"], cols[exo + "annotationId"], cols[exo + "citesStudy"], cols[PROV_VALUE]
    model_col, quote_col = cols[exo + "modelSystem"], cols[exo + "quote"]
    ctx_cols = [cols[str(prop)] for prop in CONTEXT_SLOTS.values()]
    doc_base = str(DOCUMENT)
    b = _Builder()
    merged = sorted([(k, st) for k, st in rows] + [(k, None) for k, _ in imported], key=lambda kv: (kv[0], kv[1] or ""))
    source_of = dict(imported)
    for key, st in merged:
        s, rel, o = key
        iri = None
        if st is not None and st != statement_iri(*key):
            iri = st
        if st is None:  # imported: one evidence naming its source graph, with no quote
            b.statement(by_id[s], relations.index(rel), by_id[o], iri)
            b.evidence(didx[source_of[key]], "finding", "imported", 0, 0, [None] * len(SLOTS), None, None,
                       "", None, None, (), iri=str(EVIDENCE["imported/" + statement_iri(*key).rsplit("/", 1)[-1]]))
            continue
        evs = []
        for ev in ev_of.get(st, ()):
            doc, start, end, status = src_col.get(ev), start_col.get(ev), end_col.get(ev), status_col.get(ev)
            if doc is None or start is None or end is None or status not in status_of:
                missing = [n for n, v in (("dcterms:source", doc), ("exokg:start", start), ("exokg:end", end)) if v is None]
                skip(f"evidence without {', '.join(missing)}" if missing else
                     f"{status} is not an epistemic status of the ontology", (ev, str(EXO.status), str(status)))
                continue
            if doc.startswith(doc_base) and len(doc) > len(doc_base):  # as `_prefixed(doc, DOCUMENT) or doc`
                doc = doc[len(doc_base):]
            cur = curation_of.get(cur_col.get(ev, ""), "curated")
            aid = aid_col.get(ev, "")
            study = study_col.get(ev)
            study = _prefixed(study, STUDY).split("/", 1)[-1] if study and _prefixed(study, STUDY) else study
            ctx = [eidx.get(v) if v else None for v in [c.get(ev) for c in ctx_cols]]
            conf = conf_col.get(ev)
            rs = readout_of.get(ev)
            readouts = tuple(Readout(rcols["measure"][r], rcols["value"][r], rcols["comparator"].get(r))
                             for r in sorted(rs, key=_natural) if r in rcols["measure"] and r in rcols["value"]) if rs else ()
            evs.append(((doc, int(start), int(end), aid, cur), ev, status_of[status], ctx,
                        model_col.get(ev), float(conf) if conf is not None else None, study,
                        notes.get(ev), readouts, quote_col.get(ev, "")))
        if not evs:
            skip("a statement with no evidence that can be read", (st, RDF + "type", str(EXO.Statement)))
            continue
        b.statement(by_id[s], relations.index(rel), by_id[o], iri)
        for (doc, start, end, aid, cur), ev, status, ctx, model, conf, study, note, readouts, quote in sorted(
                evs, key=lambda x: x[:2]):
            b.evidence(didx[doc], status, cur, start, end, ctx, model, conf, aid, study, note, readouts,
                       iri=None if ev == evidence_iri(doc, aid, cur) else ev, quote=quote)
    docs = dict(documents)
    for _, g in imported:
        docs.setdefault(g, Document(g, "", "", title=g.rsplit("/", 1)[-1], kind="imported RDF", url=g if g.startswith("http") else None))
    report["examples"] = [{"triple": list(t), "reason": r} for t, r in sorted(examples)]
    t = b.tables(entities, relations, dict(sorted(docs.items())), doc_ids, report)
    t.__dict__["_sg"] = {r: ontology.relations[r].sign for r in relations}
    if report["uninterpreted"]:
        log.warning("%d triple(s) could not be read as the model; e.g. %s", report["uninterpreted"],
                    report["examples"][0])
    return t


def _read_entities(store: Any, types: dict[str, set[str]], labels: dict[str, str], synonyms: dict[str, list[str]],
                   notes: dict[str, str], generic: set[str], ontology: Ontology,
                   provisional: set[str] = frozenset()) -> list[tuple[str, Entity]]:
    """(IRI, entity) of every node typed with an entity class and labelled, sorted by entity id."""
    axioms = {s: o for s, o in _one(store.pairs(OWL + "annotatedSource")).items() if o in types}
    acol = {p: _one(store.pairs(p), axioms)
            for p in (OWL + "annotatedProperty", DCT + "identifier", str(EXO.xrefLabel), DCT + "source", str(EXO.xrefStatus))}
    xrefs: dict[str, list[tuple[str, Xref]]] = defaultdict(list)
    for ax, e in axioms.items():
        curie = acol[DCT + "identifier"].get(ax)
        if curie is None:
            continue
        match = _MATCH.get(acol[OWL + "annotatedProperty"].get(ax, "").rsplit("#", 1)[-1], "related")
        xrefs[e].append((ax, Xref(curie, match, acol[str(EXO.xrefLabel)].get(ax), acol[DCT + "source"].get(ax),
                                  acol[str(EXO.xrefStatus)].get(ax))))
    out = []
    for iri, ts in types.items():
        if iri not in labels:
            continue
        eid = entity_id(iri)
        # a node typed with a class and its superclass keeps the deepest; ties go to the name
        etype = next(iter(ts)) if len(ts) == 1 else max(sorted(ts), key=lambda t: len(ontology.ancestors(t)))
        out.append((iri, Entity(eid, labels[iri], etype, tuple(sorted(synonyms.get(iri, ()))),
                                tuple(x for _, x in sorted(xrefs[iri], key=lambda p: _natural(p[0]))) if iri in xrefs else (),
                                notes.get(iri),
                                provisional=iri in provisional, generic=iri in generic)))
    return sorted(out, key=lambda p: p[1].id)


