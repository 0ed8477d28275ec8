"""Writers: one small contract for every output format, chosen by name.

A :class:`Writer` turns a graph (:class:`kg.core.GraphData`) into bytes; the files layer
(:func:`kg.files.write_atomic`) puts them on disk. Each format lives in its own module and is
imported only when asked for, so adding a format is one function and one line in :data:`WRITERS`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from ..errors import UnknownFormatError

if TYPE_CHECKING:
    from ..core import GraphData


@dataclass(frozen=True)
class Writer:
    """An output format: its name, file suffix, what it is, and where its render function lives."""

    name: str
    suffix: str
    description: str
    target: str  # "module:function", imported on first use

    @property
    def render(self) -> Callable[["GraphData"], bytes]:
        """The function turning a graph into this format's bytes."""
        module, function = self.target.split(":")
        return getattr(importlib.import_module(module), function)


WRITERS: dict[str, Writer] = {w.name: w for w in (
    Writer("turtle", ".ttl", "RDF Turtle", "kg.views.rdf:render_turtle"),
    Writer("ntriples", ".nt", "RDF N-Triples, one triple a line, sorted", "kg.views.rdf:render_ntriples"),
    Writer("jsonld", ".jsonld", "JSON-LD with the project's prefixes as context", "kg.views.rdf:render_jsonld"),
    Writer("graphml", ".graphml", "GraphML for Cytoscape desktop, yEd, Gephi", "kg.views.network:render_graphml"),
    Writer("cyjs", ".cyjs", "Cytoscape.js JSON (Cytoscape desktop imports it)", "kg.views.network:render_cyjs"),
)}


def writer(name: str) -> Writer:
    """The writer called *name*.

    >>> writer("turtle").suffix
    '.ttl'
    >>> writer("rdfxml")
    Traceback (most recent call last):
    kg.errors.UnknownFormatError: unknown output format 'rdfxml'; available: cyjs, graphml, jsonld, ntriples, turtle
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError(name, WRITERS) from None
