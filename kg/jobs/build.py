"""The main job (``kg build``): read seeds, assemble RDF, validate, write every output atomically."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..errors import ValidationError
from ..files import ensure_writable, write_all
from ..graph import KnowledgeGraph
from ..rdf.validate import shacl
from ..sources.seeds import load_corpus
from ..stores.folder import build_store
from ..views.base import writer
from ..views.html import render_html

log = logging.getLogger(__name__)

DEFAULT_FORMATS = ("turtle", "ntriples", "jsonld")
BASENAME = "kg"


@dataclass
class BuildResult:
    """What a build wrote and what it holds."""

    graph: KnowledgeGraph
    outputs: dict[str, Path] = field(default_factory=dict)
    store_triples: int | None = None  # triples in the persisted store, when one was written


def build(
    out: Path | str = "build",
    seeds: Path | str | None = None,
    formats: Sequence[str] = DEFAULT_FORMATS,
    validate: bool = True,
    lexicon: Path | str | None = None,
    html: bool = True,
    store: Path | str | None = None,
) -> BuildResult:
    """Build the graph from *seeds* and write ``kg.<suffix>`` files and ``stats.json`` into *out*.

    Every check runs before the first file is replaced: the output folder must be writable, every
    quote verbatim, the graph SHACL-conformant. A failing build leaves earlier outputs untouched.
    With *html*, ``kg.html`` (the interactive page, see kg/views/html/) is rendered and written too;
    with *store*, the graph is also persisted into that store folder (see kg/stores/folder.py).

    >>> import tempfile; from kg.datasets import tiny_folder, tiny_lexicon_path
    >>> r = build(tempfile.mkdtemp(), tiny_folder(), lexicon=tiny_lexicon_path())
    >>> sorted(r.outputs)
    ['html', 'jsonld', 'ntriples', 'stats', 'turtle']
    """
    out = Path(out)
    writers = [writer(f) for f in formats]  # unknown format names fail here, before any work
    ensure_writable(out)
    corpus = load_corpus(Path(seeds) if seeds is not None else None, lexicon=lexicon)
    graph = KnowledgeGraph.from_corpus(corpus)
    if validate:
        results = shacl(graph.rdf)
        if results:
            raise ValidationError("the graph does not conform to ontology/shapes.ttl:\n" + "\n".join(f"  {r}" for r in results))
    rendered = {path: data for w in writers for path, data in w.outputs(graph, out / f"{BASENAME}{w.suffix}").items()}
    stats_path = out / "stats.json"
    rendered[stats_path] = (json.dumps(graph.stats(), indent=2, sort_keys=True) + "\n").encode()
    if html:
        # The whole graph, however large: a build is not the place to refuse a view; --no-html is.
        rendered[out / f"{BASENAME}.html"] = render_html(graph, force=True)
    write_all(rendered)
    result = BuildResult(graph, {w.name: out / f"{BASENAME}{w.suffix}" for w in writers})
    result.outputs["stats"] = stats_path
    if html:
        result.outputs["html"] = out / f"{BASENAME}.html"
    if store is not None:
        result.store_triples = build_store(store, graph).triples
        result.outputs["store"] = Path(store)
    log.info("wrote %s", ", ".join(str(p) for p in rendered))
    return result
