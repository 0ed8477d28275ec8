"""Writers: one small contract for every output format, chosen by name.

A :class:`Writer` turns a graph (:class:`kg.core.GraphData`) into bytes, or, for a format that is a
folder of files (``folder=True``), into ``{file name: bytes}``; the files layer
(:func:`kg.files.write_atomic`) puts them on disk. Each format lives in its own module and is
imported only when asked for, so adding a format is one function and one line in :data:`WRITERS`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
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
    folder: bool = False  # the function returns {file name: bytes}, written into a folder

    @property
    def render(self) -> Callable[["GraphData"], bytes | dict[str, bytes]]:
        """The function turning a graph into this format's bytes (a folder format: its files' bytes)."""
        module, function = self.target.split(":")
        return getattr(importlib.import_module(module), function)

    def outputs(self, kg: "GraphData", path: Path) -> dict[Path, bytes]:
        """Every file this format writes at *path*: the file itself, or the files of the folder *path*.

        >>> from kg.datasets import tiny_graph
        >>> sorted(str(p) for p in writer("kgx").outputs(tiny_graph(), Path("out")))
        ['out/edges.tsv', 'out/nodes.tsv']
        """
        data = self.render(kg)
        if isinstance(data, dict):
            return {path / name: content for name, content in data.items()}
        return {path: data}


WRITERS: dict[str, Writer] = {w.name: w for w in (
    Writer("turtle", ".ttl", "RDF Turtle", "kg.views.rdf:render_turtle"),
    Writer("ntriples", ".nt", "RDF N-Triples, one triple a line, sorted", "kg.views.rdf:render_ntriples"),
    Writer("jsonld", ".jsonld", "JSON-LD with the project's prefixes as context", "kg.views.rdf:render_jsonld"),
    Writer("graphml", ".graphml", "GraphML for Cytoscape desktop, yEd, Gephi", "kg.views.network:render_graphml"),
    Writer("cyjs", ".cyjs", "Cytoscape.js JSON (Cytoscape desktop imports it)", "kg.views.network:render_cyjs"),
    Writer("kgx", ".kgx", "KGX TSV with Biolink categories and predicates (nodes.tsv, edges.tsv)", "kg.views.kgx:render_kgx", folder=True),
)}


def writer(name: str) -> Writer:
    """The writer called *name*.

    >>> writer("turtle").suffix
    '.ttl'
    >>> writer("rdfxml")
    Traceback (most recent call last):
    kg.errors.UnknownFormatError: unknown output format 'rdfxml'; available: cyjs, graphml, jsonld, kgx, ntriples, turtle
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError(name, WRITERS) from None
