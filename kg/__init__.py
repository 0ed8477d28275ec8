"""A mechanism knowledge graph of stem-cell exosome biology.

>>> import kg
>>> g = kg.load()
>>> g.entity("miR-21").type
'MicroRNA'
"""
from __future__ import annotations

import logging

from .errors import (
    AmbiguousEntityError,
    InputError,
    InvalidAnnotationError,
    InvalidDocumentError,
    InvalidQueryError,
    KGError,
    OutputError,
    QuoteMismatchError,
    ReadOnlyError,
    UnknownEntityError,
    UnknownRelationError,
    ValidationError,
)
from .graph import KnowledgeGraph, load
from .model import Document, Entity, Evidence, Readout, Relation, Statement, Study, Xref

__all__ = [
    "AmbiguousEntityError",
    "Document",
    "Entity",
    "Evidence",
    "InputError",
    "InvalidAnnotationError",
    "InvalidDocumentError",
    "InvalidQueryError",
    "KGError",
    "KnowledgeGraph",
    "OutputError",
    "QuoteMismatchError",
    "Readout",
    "ReadOnlyError",
    "Relation",
    "Statement",
    "Study",
    "UnknownEntityError",
    "UnknownRelationError",
    "ValidationError",
    "Xref",
    "load",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
