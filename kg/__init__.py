"""A mechanism knowledge graph of stem-cell exosome biology.

The package reads as its pipeline: ``sources`` (documents -> statements), ``rdf`` (statements ->
triples), ``stores`` (triples -> a queryable store), ``core`` (the graph's data), ``query``
(paths, reach, claims, SPARQL), ``views`` (every output), ``service`` (the endpoint, push),
``jobs`` (build, ingest); :class:`KnowledgeGraph` is the facade and ``cli`` the shell.

>>> import kg
>>> g = kg.datasets.tiny_graph()
>>> g.entity("miR-21").type
'MicroRNA'
"""
from __future__ import annotations

import logging

from . import datasets
from .errors import (
    AmbiguousEntityError,
    AnswerLimitError,
    EndpointError,
    InputError,
    InvalidAnnotationError,
    InvalidDocumentError,
    InvalidIdentifierError,
    InvalidQueryError,
    KGError,
    MissingDependencyError,
    OutputError,
    ProtocolError,
    QueryLimitError,
    QueryTimeoutError,
    QuoteMismatchError,
    ReadOnlyError,
    RemoteAccessError,
    StoreError,
    UnknownEntityError,
    UnknownFormatError,
    UnknownRelationError,
    UnknownStoreEngineError,
    UnknownTypeError,
    ValidationError,
)
from .graph import Contradiction, Effect, KnowledgeGraph, load
from .model import Document, Entity, Evidence, Readout, Relation, Statement, Study, Xref
from .query.paths import PathQuery
from .query.walks import Path, Step

__all__ = [
    "AmbiguousEntityError",
    "AnswerLimitError",
    "Contradiction",
    "Document",
    "Effect",
    "EndpointError",
    "Entity",
    "Evidence",
    "InputError",
    "InvalidAnnotationError",
    "InvalidDocumentError",
    "InvalidIdentifierError",
    "InvalidQueryError",
    "KGError",
    "KnowledgeGraph",
    "MissingDependencyError",
    "OutputError",
    "Path",
    "PathQuery",
    "ProtocolError",
    "QueryLimitError",
    "QueryTimeoutError",
    "QuoteMismatchError",
    "ReadOnlyError",
    "Readout",
    "Relation",
    "RemoteAccessError",
    "Statement",
    "Step",
    "StoreError",
    "Study",
    "UnknownEntityError",
    "UnknownFormatError",
    "UnknownRelationError",
    "UnknownStoreEngineError",
    "UnknownTypeError",
    "ValidationError",
    "Xref",
    "datasets",
    "load",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
