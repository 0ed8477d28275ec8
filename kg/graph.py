"""The knowledge graph as Python users meet it: ``kg.load()`` and :class:`KnowledgeGraph`.

A KnowledgeGraph is the graph's data (:class:`kg.core.GraphData`) with the questions one asks of
it as methods. Each method is a door into the module that answers that family of questions:
paths (:mod:`kg.query.paths`), neighbours, effects and regulators (:mod:`kg.query.reach`),
contradictions and counts (:mod:`kg.query.claims`), SPARQL (:mod:`kg.query.sparql`) and the HTML
page (:mod:`kg.views.html`). Nothing in the package imports this module but the command line,
the jobs and the bundled datasets, which sit above it.
"""
from __future__ import annotations

import html
import json
import os
import re
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from pyoxigraph import RdfFormat
from rdflib import Graph
from rdflib.util import guess_format

from .core import GraphData
from .display import card, esc, html_table, InlinePage, Results
from .errors import InvalidDocumentError, Problem, RemoteAccessError, StoreError
from .files import relpath
from .model import Entity
from .query.claims import Contradiction, contradictions, stats
from .query.paths import PathQuery, PathResult, find_paths
from .query.reach import Effect, ReachResult, neighbors, reach, subgraph
from .query.sparql import run_named, run_sparql
from .query.walks import Path, Step
from .sources.seeds import load_corpus
from .stores import make_store
from .stores.base import QueryResult
from .stores.folder import is_store, open_graph
from .stores.memory import QuietDataset
from .stores.oxigraph import rdf_format
from .stores.remote import EndpointStore
from .views.html import render_html, write_html

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["Contradiction", "Effect", "KnowledgeGraph", "load"]


class KnowledgeGraph(GraphData):
    """Entities, statements and their evidence, over an RDF store, with the questions as methods.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> g
    <KnowledgeGraph: 7 entities, 5 statements, ... triples on rdflib>
    >>> g.entity("mir-21").label
    'miR-21'
    """

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph: {len(self.tables.entities)} entities, {self.tables.n_statements} statements, "
                f"{len(self.store)} triples on {self.store.name}>")

    # -- paths and neighbourhoods ---------------------------------------------------------------

    def paths(self, source: str | Entity, target: str | Entity, max_hops: int = 4, limit: int | None = 20,
              **options: Any) -> PathResult:
        """Mechanism paths from *source* to *target*: shortest first, then best supported.

        *options* are the other fields of :class:`~kg.query.paths.PathQuery`: *sign* ('+', '-',
        '?'), *relations* / *exclude_relations*, *via_types* (a metapath), *status*, *organism*,
        *model*, *strict*, *min_evidence*, *curation*, *through_generic* and *timeout*. No path is not
        an error: the result is empty. Each path's ``status`` is "inferred" when no single document
        states every hop; the result says how many paths each evidence filter removed
        (``.removed``) and whether the search stopped early (``.stopped``).

        >>> from kg.datasets import tiny_graph
        >>> p = tiny_graph().paths("miR-21", "PTEN", max_hops=1)[0]
        >>> str(p)
        'miR-21 -decreases-> PTEN  [net -]'
        >>> p.steps[0].evidence[0].quote
        'miR-21 suppresses PTEN'
        """
        found = find_paths(self, source, target, PathQuery(max_hops=max_hops, limit=limit, **options))
        found.titles = self._titles()
        return found

    def neighbors(self, name: str | Entity, direction: str = "out",
                  relations: Iterable[str] | None = None) -> list[Step]:
        """The hops touching *name*: outgoing, incoming or both, optionally only some relations.

        >>> from kg.datasets import tiny_graph
        >>> [str(s) for s in tiny_graph().neighbors("PTEN", direction="in")]
        ['miR-21 -decreases-> PTEN']
        """
        return Results(neighbors(self, name, direction, relations), "statements")

    def effects(self, name: str | Entity, max_hops: int = 4, **options: Any) -> ReachResult:
        """Everything downstream of *name*, each with its net sign and best path.

        >>> from kg.datasets import tiny_graph
        >>> e = {x.entity.id: x for x in tiny_graph().effects("miR-21")}
        >>> e["PTEN"].sign
        -1
        """
        return reach(self, name, max_hops, upstream=False, **options)

    def regulators(self, name: str | Entity, max_hops: int = 4, **options: Any) -> ReachResult:
        """Everything upstream of *name*, each with the net sign of its best path onto *name*.

        >>> from kg.datasets import tiny_graph
        >>> "miR-21" in {x.entity.id for x in tiny_graph().regulators("PTEN")}
        True
        """
        found = reach(self, name, max_hops, upstream=True, **options)
        found.kind = "regulators"
        return found

    def subgraph(self, names: str | Entity | Iterable[str | Entity], radius: int = 1) -> nx.MultiDiGraph:
        """The neighbourhood of *names* within *radius* hops (either direction) as a MultiDiGraph.

        >>> from kg.datasets import tiny_graph
        >>> sorted(tiny_graph().subgraph("PTEN", radius=1).nodes)[:2]
        ['PTEN', 'axon-regeneration']
        """
        return subgraph(self, names, radius)

    def contradictions(self, paths: bool = False, max_hops: int = 3) -> list[Contradiction]:
        """Subject-object pairs with both increasing and decreasing claims, each side with evidence;
        with *paths*, also the pairs joined by a net + and a net - chain of at most *max_hops*.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().contradictions(paths=True)
        []
        """
        return Results(contradictions(self, paths=paths, max_hops=max_hops), "contradictions")

    def stats(self) -> dict[str, Any]:
        """Counts: entities by type, statements by relation, by document and by epistemic status.

        >>> from kg.datasets import tiny_graph
        >>> st = tiny_graph().stats(); st["statements"] == sum(st["statements_by_relation"].values())
        True
        """
        return stats(self)

    # -- SPARQL ---------------------------------------------------------------------------------

    def sparql(self, query: str, **bindings: Any) -> QueryResult:
        """Run a read-only SPARQL query; keyword arguments pre-bind variables as RDF terms.

        Entities bind as IRIs, other values as literals. The usual prefixes (exokg:, ent:, rdfs:,
        skos:, dcterms:, ...) need no declaration.

        >>> from kg.datasets import tiny_graph
        >>> g = tiny_graph()
        >>> rows = g.sparql("SELECT ?t WHERE { ?m exokg:decreases ?t }", m=g.entity("miR-21"))
        >>> [r["t"] for r in rows.to_python()]
        ['https://w3id.org/exokg/entity/PTEN']
        """
        return run_sparql(self, query, bindings)

    def query(self, name: str, **params: Any) -> QueryResult:
        """Run a named query of the library (``kg query --list`` shows them) with *params*.

        >>> from kg.datasets import tiny_graph
        >>> rows = tiny_graph().query("mirna_targets", mirna="miR-21").to_python()
        >>> any(r["target"] == "PTEN" for r in rows)
        True
        """
        return run_named(self, name, params)

    # -- views ----------------------------------------------------------------------------------

    def to_html(
        self,
        path: str | FilePath,
        focus: str | Entity | Iterable[str | Entity] | None = None,
        radius: int = 2,
        paths: tuple[str | Entity, str | Entity] | Sequence[Path] | None = None,
        **options: Any,
    ) -> FilePath:
        """Write an interactive page of the graph to *path*: one file that opens offline in a browser.

        *focus* draws a neighbourhood within *radius* hops; *paths* (two names, or paths from
        :meth:`paths`) highlights mechanism paths over their neighbourhood. Other options
        (``max_hops``, ``types``, ``status``, ``max_nodes``, ``force``, ``title``) are those of
        :func:`kg.views.html.render_html`.

        >>> import tempfile; from kg.datasets import tiny_graph
        >>> p = tiny_graph().to_html(tempfile.mkdtemp() + "/kg.html", paths=("MSC", "PTEN"))
        >>> p.read_bytes().startswith(b"<!DOCTYPE html>")
        True
        """
        return write_html(self, path, focus=focus, radius=radius, paths=paths, **options)

    # -- in a notebook (kg.display) --

    def view(self, focus: str | Entity | Iterable[str | Entity] | None = None, radius: int = 1,
             paths: tuple[str | Entity, str | Entity] | Sequence[Path] | None = None, height: int = 600,
             **options: Any) -> InlinePage:
        """The interactive page of :meth:`to_html`, shown inline in a notebook cell (offline).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().view(paths=("MSC", "PTEN"))
        <InlinePage 'paths from mesenchymal stem cell to PTEN': ... bytes; save(path) writes it>
        """
        page = render_html(self, focus=focus, radius=radius, paths=paths, **options)
        title = re.search(rb"<title>exokg: (.*?)</title>", page)
        return InlinePage(page, html.unescape(title.group(1).decode()) if title else "exokg", height)

    def _titles(self) -> dict[str, str]:
        return {stem: d.title for stem, d in self.documents.items() if d.title}

    def _repr_html_(self) -> str:
        st = self.stats()
        types = html_table(["type", "entities"], st["entities_by_type"].items())
        docs = html_table(["document", "statements"],
                          [(self._titles().get(k, k), v) for k, v in st["statements_by_document"].items()])
        return card(f"<p><b>KnowledgeGraph</b>: {st['entities']} entities, {st['statements']} statements, "
                    f"{st['evidence']} evidence from {st['documents']} documents, {st['triples']} triples on "
                    f"{esc(self.store.name)}. <code>g.view(focus=...)</code> draws a neighbourhood.</p>"
                    f"<details><summary>entities by type</summary>{types}</details>"
                    f"<details><summary>documents</summary>{docs}</details>")


def load(
    source: str | FilePath | None = None, *, store: str = "rdflib", lexicon: str | FilePath | None = None,
    graph: str | None = None,
) -> KnowledgeGraph:
    """Open a knowledge graph.

    * no argument: the bundled seeds, assembled in memory;
    * a folder of seeds (documents with ``.meta.yaml`` sidecars): assembled the same way;
    * an RDF file (``.ttl``, ``.nt``, ``.jsonld``, ...), for example a build output, or the output
      folder of ``kg build --out DIR`` (its ``kg.ttl``);
    * a persisted store folder (``kg build --store DIR``), opened in a second or two;
    * the URL of a SPARQL 1.1 endpoint (``http://...``), queried there; *graph* names the graph
      to query (default: the endpoint's default graph).

    *store* is the engine a graph is assembled into ('rdflib' or 'oxigraph'); *lexicon* replaces
    ontology/lexicon.yaml when building from seeds.

    >>> from kg.datasets import tiny_folder, tiny_lexicon_path
    >>> g = load(tiny_folder(), lexicon=tiny_lexicon_path()); len(g.documents)
    1
    """
    if source is None:
        return KnowledgeGraph.from_corpus(load_corpus(lexicon=lexicon), store=store)
    if str(source).startswith(("http://", "https://")):
        return KnowledgeGraph(EndpointStore(str(source), graph=graph))
    path = FilePath(source)
    if path.is_dir() and is_store(path):
        return open_graph(path, KnowledgeGraph)  # a persisted store (kg build --store DIR)
    if path.is_dir() and (path / "kg.ttl").is_file() and not any(path.glob("*.meta.yaml")):
        return KnowledgeGraph(_parsed(path / "kg.ttl", store))  # the output folder of `kg build --out DIR`
    if path.is_dir():
        return KnowledgeGraph.from_corpus(load_corpus(path, lexicon=lexicon), store=store)
    if path.is_file():
        return KnowledgeGraph(_parsed(path, store))
    raise InvalidDocumentError(Problem(relpath(path), None, "no such file or folder"))


def _parsed(path: FilePath, engine: str):
    """A new store of *engine* holding the RDF file at *path* (its format from its extension)."""
    try:
        fmt = rdf_format(path)
    except StoreError as exc:
        raise InvalidDocumentError(Problem(relpath(path), None, f"unknown RDF file type: {exc}")) from None
    ds = QuietDataset()  # rdflib 7.6 Dataset warns on every quad it reads; this one does not
    if fmt in (RdfFormat.JSON_LD, RdfFormat.STREAMING_JSON_LD) and os.environ.get(ALLOW_REMOTE_CONTEXT_ENV) != "1":
        _refuse_remote_contexts(path)
    try:
        # rdflib knows Oxigraph's formats by their media types; guess_format covers what it names otherwise.
        ds.parse(path, format=guess_format(str(path)) or fmt.media_type)
    except Exception as exc:
        raise InvalidDocumentError(Problem(relpath(path), getattr(exc, "lineno", None), f"cannot parse {fmt.name}: {exc}")) from None
    g = Graph()  # the triples of every graph of the file (N-Quads and TriG name graphs)
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, override=False)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    store = make_store(engine)
    store.add_graph(g)
    return store


#: Set to 1 to let a JSON-LD file's @context (or @import) name a document to fetch.
ALLOW_REMOTE_CONTEXT_ENV = "KG_ALLOW_REMOTE_CONTEXT"


def _refuse_remote_contexts(path: FilePath) -> None:
    """Refuse a JSON-LD file whose @context or @import names a document: rdflib would fetch it
    (from the web, or any local file), and data must not make this machine send requests."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InvalidDocumentError(Problem(relpath(path), exc.lineno,
                                           f"cannot parse JSON-LD: {exc.msg} (column {exc.colno})")) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidDocumentError(Problem(relpath(path), None, f"cannot read JSON-LD: {exc}")) from None
    found: list[str] = []
    todo = [doc]
    while todo:
        node = todo.pop()
        if isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key in ("@context", "@import"):
                    refs = value if isinstance(value, list) else [value]
                    found += [r for r in refs if isinstance(r, str)]
                todo.append(value)
    if found:
        raise RemoteAccessError(
            f"{relpath(path)}: its @context names {found[0]!r}{f' and {len(found) - 1} more' if len(found) > 1 else ''}, "
            f"which would be downloaded; put the context inline in the file, or set {ALLOW_REMOTE_CONTEXT_ENV}=1 "
            "to allow the download")
