"""Writers: one small contract for every output format, chosen by name.

A writer turns a :class:`~kg.graph.KnowledgeGraph` into bytes. :func:`write` puts them on disk
atomically (a temporary file in the same folder, then a rename), so a failed or interrupted run never
leaves a half-written file where a good one was.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from rdflib import Graph

from .errors import OutputError

if TYPE_CHECKING:
    from .graph import KnowledgeGraph


@dataclass(frozen=True)
class Writer:
    """An output format: its name, file suffix and the function that renders it."""

    name: str
    suffix: str
    render: Callable[["KnowledgeGraph"], bytes]
    description: str


def canonical(graph: Graph) -> Graph:
    """A copy of *graph* whose triples were inserted in sorted order.

    rdflib's serializers follow insertion order in places, so sorting first makes the output depend
    on the triples alone, not on how they were assembled.

    >>> from rdflib import URIRef
    >>> g = Graph(); _ = g.add((URIRef("urn:b"), URIRef("urn:p"), URIRef("urn:o")))
    >>> len(canonical(g))
    1
    """
    from .assemble import new_graph

    out = new_graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, ns, override=True, replace=True)
    for t in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        out.add(t)
    return out


def _turtle(kg: "KnowledgeGraph") -> bytes:
    return canonical(kg.rdf).serialize(format="turtle", encoding="utf-8")


def _ntriples(kg: "KnowledgeGraph") -> bytes:
    data = kg.rdf.serialize(format="nt", encoding="utf-8")
    lines = sorted(set(line for line in data.decode("utf-8").splitlines() if line.strip()))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _jsonld(kg: "KnowledgeGraph") -> bytes:
    from .vocab import PREFIXES

    g = canonical(kg.rdf)
    data = json.loads(g.serialize(format="json-ld", context=dict(sorted(PREFIXES.items()))))
    # rdflib emits nodes and multi-valued properties in store order; JSON-LD arrays outside
    # @list are unordered, so sorting them changes no meaning and makes the bytes reproducible.
    return (json.dumps(_sorted_arrays(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


def _sorted_arrays(node: Any, key: str | None = None) -> Any:
    if isinstance(node, dict):
        return {k: _sorted_arrays(v, k) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_arrays(v) for v in node]
        return items if key == "@list" else sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    return node


def _graphml(kg: "KnowledgeGraph") -> bytes:
    from .netexport import render_graphml  # imported late: kg.netexport itself imports this module

    return render_graphml(kg)


def _cyjs(kg: "KnowledgeGraph") -> bytes:
    from .netexport import render_cyjs

    return render_cyjs(kg)


WRITERS: dict[str, Writer] = {
    "turtle": Writer("turtle", ".ttl", _turtle, "RDF Turtle"),
    "ntriples": Writer("ntriples", ".nt", _ntriples, "RDF N-Triples, one triple a line, sorted"),
    "jsonld": Writer("jsonld", ".jsonld", _jsonld, "JSON-LD with the project's prefixes as context"),
    "graphml": Writer("graphml", ".graphml", _graphml, "GraphML for Cytoscape desktop, yEd, Gephi"),
    "cyjs": Writer("cyjs", ".cyjs", _cyjs, "Cytoscape.js JSON (Cytoscape desktop imports it)"),
}


def writer(name: str) -> Writer:
    """The writer called *name*.

    >>> writer("turtle").suffix
    '.ttl'
    >>> writer("rdfxml")
    Traceback (most recent call last):
    kg.errors.OutputError: unknown output format 'rdfxml'; available: cyjs, graphml, jsonld, ntriples, turtle
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise OutputError(f"unknown output format {name!r}; available: {', '.join(sorted(WRITERS))}") from None


def ensure_writable(folder: Path) -> None:
    """Fail early, before any work, when *folder* cannot be created or written.

    >>> ensure_writable(Path("/proc/no/such/place"))
    Traceback (most recent call last):
    kg.errors.OutputError: cannot write to /proc/no/such/place: ...
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".kg-probe-"):
            pass
    except OSError as exc:
        raise OutputError(f"cannot write to {folder}: {exc.strerror or exc}; choose another --out") from None


def write_atomic(path: Path, data: bytes) -> None:
    """Write *data* to *path* through a temporary file and a rename.

    >>> import tempfile; p = Path(tempfile.mkdtemp()) / "x.txt"
    >>> write_atomic(p, b"ok"); p.read_bytes(), [q.name for q in p.parent.iterdir()]
    (b'ok', ['x.txt'])
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_all(outputs: dict[Path, bytes]) -> None:
    """Write several files so that none is replaced unless all were rendered.

    The caller renders everything first (rendering is where errors happen); then each file is
    swapped in with a rename.
    """
    for path, data in outputs.items():
        write_atomic(path, data)
