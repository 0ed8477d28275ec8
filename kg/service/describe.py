"""The endpoint's SPARQL 1.1 Service Description, with the named query library in it.

A GET of the endpoint without a query answers with this description (W3C SPARQL 1.1 Service
Description): the endpoint, the query language, the result formats, the default dataset and its
named graphs. Each named query of the library is described as SHACL's SPARQL executables are
(``sh:SPARQLSelectExecutable`` with ``sh:select``, the shape the SIB's SPARQL example collections
use), with its title, its question, its parameters (``sh:parameter``, default and kind) and the
prefixes the endpoint declares for it.
"""
from __future__ import annotations

from typing import Iterable

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SH, XSD

from ..query.sparql import NamedQuery
from ..stores.sparql_text import query_form

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
VOID = Namespace("http://rdfs.org/ns/void#")
SCHEMA = Namespace("https://schema.org/")
#: Named queries are named under this namespace, the same on every server.
QUERY_NS = Namespace("https://w3id.org/exokg/query/")

_RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                   "Turtle", "N-Triples", "RDF_XML", "JSON-LD")
_EXECUTABLE = {"SELECT": (SH.SPARQLSelectExecutable, SH.select), "ASK": (SH.SPARQLAskExecutable, SH.ask),
               "CONSTRUCT": (SH.SPARQLConstructExecutable, SH.construct)}
#: Parameter types that take an IRI; the others take a literal of this datatype.
_IRI_TYPES = ("entity", "relation", "type", "status", "document", "iri")
_DATATYPES = {"integer": XSD.integer, "string": XSD.string}


def _prefixes(g: Graph, prefixes: dict[str, str]) -> BNode:
    node = BNode()
    for prefix, ns in sorted(prefixes.items()):
        decl = BNode()
        g.add((node, SH.declare, decl))
        g.add((decl, SH.prefix, Literal(prefix)))
        g.add((decl, SH.namespace, Literal(ns, datatype=XSD.anyURI)))
    return node


def _describe_query(g: Graph, q: NamedQuery, endpoint: URIRef, prefixes: BNode) -> None:
    node = QUERY_NS[q.name]
    form = query_form(q.text)
    kind, text_property = _EXECUTABLE.get(form, (None, None))
    g.add((node, RDF.type, SH.SPARQLExecutable))
    if kind is not None:
        g.add((node, RDF.type, kind))
        g.add((node, text_property, Literal(q.text)))
    g.add((node, DCTERMS.identifier, Literal(q.name)))
    g.add((node, RDFS.label, Literal(q.title, lang="en")))
    g.add((node, RDFS.comment, Literal(q.question, lang="en")))
    g.add((node, SH.prefixes, prefixes))
    g.add((node, SCHEMA.target, endpoint))
    for p in q.params:
        param = BNode()
        g.add((node, SH.parameter, param))
        g.add((param, RDF.type, SH.Parameter))
        g.add((param, SH.path, URIRef(f"{node}#{p.name}")))
        g.add((param, SH.name, Literal(p.name)))
        if p.description:
            g.add((param, SH.description, Literal(p.description, lang="en")))
        if p.type in _IRI_TYPES:
            g.add((param, SH.nodeKind, SH.IRI))
        else:
            g.add((param, SH.datatype, _DATATYPES.get(p.type, XSD.string)))
        g.add((param, DCTERMS.type, Literal(p.type)))
        if p.default is not None:
            g.add((param, SH.defaultValue, Literal(p.default)))
            g.add((param, SH.optional, Literal(True)))


def service_description(endpoint: str, triples: int, named_graphs: Iterable[str], queries: Iterable[NamedQuery],
                        prefixes: dict[str, str], federated: bool = False) -> Graph:
    """The Service Description of the endpoint at *endpoint*, with the named *queries*.

    >>> from kg.query.sparql import library
    >>> g = service_description("http://127.0.0.1:7878/sparql", 10, [], library().values(), {"exokg": "urn:x#"})
    >>> (URIRef("http://127.0.0.1:7878/sparql"), SD.supportedLanguage, SD.SPARQL11Query) in g
    True
    >>> str(g.value(QUERY_NS["mirna_targets"], RDFS.label))
    'Targets of a miRNA'
    """
    g = Graph()
    for prefix, ns in (("sd", SD), ("formats", FORMATS), ("void", VOID), ("sh", SH), ("schema", SCHEMA),
                       ("dcterms", DCTERMS), ("query", QUERY_NS)):
        g.bind(prefix, ns, override=True)
    service = URIRef(endpoint)
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, service))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    # A query without FROM reads the union of every graph, named ones included.
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    if federated:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    g.add((service, SD.defaultEntailmentRegime, URIRef("http://www.w3.org/ns/entailment/Simple")))
    for name in _RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    g.add((service, DCTERMS.title, Literal("exokg: a mechanism knowledge graph of stem-cell exosome biology", lang="en")))
    dataset, default = BNode(), BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, VOID.triples, Literal(triples)))
    for name in named_graphs:
        named = BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, URIRef(name)))
    declared = _prefixes(g, prefixes)
    for q in queries:
        _describe_query(g, q, service, declared)
    return g


__all__ = ["QUERY_NS", "SD", "service_description"]
