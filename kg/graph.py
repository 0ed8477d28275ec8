"""The knowledge graph as Python users meet it: ``kg.load()`` and :class:`KnowledgeGraph`.

A KnowledgeGraph wraps a :class:`~kg.store.Store` holding the RDF, and reads its entities and
statements back into the model classes. Query families (paths, SPARQL, exports) live in their own
modules; the methods here are thin doors into them.
"""
from __future__ import annotations

import logging
from collections import Counter
from functools import cached_property
from pathlib import Path as FilePath
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from rdflib import Graph

from .errors import InvalidDocumentError, InvalidQueryError, Problem, UnknownEntityError, relpath
from .from_rdf import read_documents, read_entities, read_statements
from .lexicon import Lexicon
from .model import Document, Entity, Relation, Statement
from .ontology import Ontology
from .paths import Path, Step
from .store import QueryResult, Store, make_store

if TYPE_CHECKING:
    from .seeds import Corpus


@dataclass(frozen=True)
class Effect:
    """An entity reached from (or reaching) the queried one, with the net sign of the best path."""

    entity: Entity
    sign: int
    path: Path

    def __str__(self) -> str:
        return f"{self.entity.label} [{'+' if self.sign > 0 else '-' if self.sign < 0 else '?'}] via {self.path}"


@dataclass(frozen=True)
class Contradiction:
    """Claims that *subject* increases *object* alongside claims that it decreases it."""

    subject: Entity
    object: Entity
    increasing: tuple[Statement, ...]
    decreasing: tuple[Statement, ...]

log = logging.getLogger(__name__)

RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld", ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".nq": "nquads"}


class KnowledgeGraph:
    """Entities, statements and their evidence, over an RDF store.

    >>> g = load()
    >>> g.entity("mir-21").label
    'miR-21'
    >>> all(ev.quote for s in g.statements() for ev in s.evidence)
    True
    """

    def __init__(self, store: Store, ontology: Ontology | None = None, documents: dict[str, Document] | None = None,
                 *, entities: dict[str, Entity] | None = None, statements: list[Statement] | None = None,
                 lexicon: Lexicon | None = None):
        self.store = store
        self.ontology = ontology or Ontology.load()
        # entities/statements/lexicon come precomputed from a persisted store's cache (kg/persist.py).
        self._entities = entities if entities is not None else read_entities(store, self.ontology)
        self._statements = (statements if statements is not None
                            else read_statements(store, self._entities, self.ontology.relations))
        self.documents: dict[str, Document] = documents if documents is not None else read_documents(store)
        self.lexicon = lexicon if lexicon is not None else Lexicon(self._entities.values())

    @classmethod
    def from_corpus(cls, corpus: Corpus, store: str = "rdflib") -> KnowledgeGraph:
        """Assemble a corpus into a new store and wrap it."""
        from .assemble import assemble

        s = make_store(store)
        s.add_graph(assemble(corpus))
        # The corpus already holds the model the RDF was assembled from; reading it back through
        # SPARQL would only repeat it (tests/test_build.py checks the two agree).
        return cls(s, corpus.ontology, dict(corpus.documents),
                   entities=dict(sorted(corpus.lexicon.entities.items())), statements=list(corpus.statements))

    # -- the RDF side -------------------------------------------------------------------------

    @property
    def rdf(self) -> Graph:
        """The graph's triples as an rdflib Graph."""
        return self.store.graph()

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<KnowledgeGraph: {len(self._entities)} entities, {len(self._statements)} statements, {len(self.store)} triples on {self.store.name}>"

    # -- entities and statements -----------------------------------------------------------------

    def entity(self, name: str | Entity) -> Entity:
        """The entity whose id, label, synonym, CURIE or IRI is *name* (exact, case-insensitive).

        Never guesses: an unknown name raises :class:`kg.UnknownEntityError` listing the closest names.

        >>> load().entity("CL:0000134").id
        'MSC'
        """
        if isinstance(name, Entity):
            name = name.id
        return self.lexicon.resolve(name)

    def entities(self, type: str | None = None) -> list[Entity]:
        """All entities, or those of ontology class *type* and its subclasses, sorted by id.

        >>> all(e.type in ("Exosome",) for e in load().entities("Exosome"))
        True
        """
        if type is None:
            return list(self._entities.values())
        if type not in self.ontology.classes:
            raise UnknownEntityError(type, [c for c in self.ontology.entity_classes if type.lower() in c.lower()] or self.ontology.entity_classes)
        return [e for e in self._entities.values() if self.ontology.is_a(e.type, type)]

    def relation(self, name: str) -> Relation:
        """The ontology relation *name* (local name or label)."""
        return self.ontology.relation(name)

    def statements(
        self,
        subject: str | Entity | None = None,
        predicate: str | None = None,
        object: str | Entity | None = None,
        status: str | Iterable[str] | None = None,
        document: str | None = None,
    ) -> list[Statement]:
        """Statements, optionally filtered; *status* keeps those with evidence of that status.

        >>> [str(s) for s in load().statements("miR-21", "decreases")]
        ['miR-21 -decreases-> PTEN']
        """
        sid = self.entity(subject).id if subject is not None else None
        oid = self.entity(object).id if object is not None else None
        pred = self.relation(predicate).name if predicate is not None else None
        statuses = {status} if isinstance(status, str) else set(status) if status is not None else None
        out = []
        for s in self._statements:
            if sid and s.subject.id != sid or oid and s.object.id != oid or pred and s.predicate != pred:
                continue
            evidence = s.evidence
            if statuses is not None:
                evidence = tuple(e for e in evidence if e.status in statuses)
            if document is not None:
                evidence = tuple(e for e in evidence if e.document == document)
            if evidence:
                out.append(s if evidence == s.evidence else Statement(s.subject, s.predicate, s.object, s.sign, evidence))
        return out

    def document(self, stem: str) -> Document:
        """A source document by its file stem."""
        try:
            return self.documents[stem]
        except KeyError:
            raise InvalidDocumentError(
                Problem(stem, None, f"no such document; known: {', '.join(self.documents)}")
            ) from None

    # -- paths and neighbourhoods (kg/paths.py) ----------------------------------------------------

    @cached_property
    def network(self):
        """The networkx MultiDiGraph projection (built on first use, then cached)."""
        from .network import project

        return project(self)

    def paths(
        self,
        source: str | Entity,
        target: str | Entity,
        max_hops: int = 4,
        limit: int | None = 20,
        sign: int | str | None = None,
        relations: Iterable[str] | None = None,
        exclude_relations: Iterable[str] | None = None,
        via_types: Sequence[str] | None = None,
        status: str | Iterable[str] | None = None,
        organism: str | None = None,
        min_evidence: int = 1,
        curation: str | Iterable[str] | None = None,
    ) -> list[Path]:
        """Mechanism paths from *source* to *target*: shortest first, then best supported.

        *sign* keeps paths with that net effect ('+', '-', '?'); *relations* / *exclude_relations*
        restrict the relations walked (a relation admits its sub-relations); *via_types* fixes the
        types of the intermediate nodes, like a Hetionet metapath; *status* keeps evidence of those
        epistemic statuses; *organism* drops hops seen only in other organisms; *min_evidence*
        needs that many evidence per hop; *curation* ('curated' or 'machine-read') filters evidence
        by how it was made. No path is not an error: the result is empty.

        >>> g = load()
        >>> p = g.paths("miR-21", "PTEN", max_hops=1)[0]
        >>> str(p)
        'miR-21 -decreases-> PTEN  [net -]'
        >>> p.steps[0].evidence[0].quote
        'miR-21 suppresses PTEN'
        """
        from .paths import find_paths

        return find_paths(self, source, target, max_hops, limit, sign, relations, exclude_relations,
                          via_types, status, organism, min_evidence, curation)

    def neighbors(
        self, name: str | Entity, direction: str = "out", relations: Iterable[str] | None = None
    ) -> list[Step]:
        """The hops touching *name*: outgoing, incoming or both, optionally only some relations.

        >>> [str(s) for s in load().neighbors("PTEN", direction="in")]
        ['miR-21 -decreases-> PTEN']
        """
        from .paths import edge_filter, to_path

        if direction not in ("out", "in", "both"):
            raise InvalidQueryError(f"direction {direction!r} must be 'out', 'in' or 'both'")
        eid = self.entity(name).id
        ok = edge_filter(self, relations=relations)
        G = self.network
        edges = []
        if direction in ("out", "both"):
            edges += [e for e in G.out_edges(eid, keys=True, data=True) if not e[3]["inverted"]]
        if direction in ("in", "both"):
            edges += [e for e in G.in_edges(eid, keys=True, data=True) if not e[3]["inverted"]]
        steps = [to_path(G, [e], ok).steps[0] for e in edges if ok(*e)]
        return sorted(steps, key=lambda s: (s.subject.id != eid, s.predicate, s.object.label, s.subject.label))

    def effects(self, name: str | Entity, max_hops: int = 4, **options: Any) -> list[Effect]:
        """Everything downstream of *name*, each with its net sign and best path.

        >>> e = {x.entity.id: x for x in load().effects("miR-21")}
        >>> e["PTEN"].sign
        -1
        """
        return self._reach(name, max_hops, upstream=False, **options)

    def regulators(self, name: str | Entity, max_hops: int = 4, **options: Any) -> list[Effect]:
        """Everything upstream of *name*, each with the net sign of its best path onto *name*.

        >>> "miR-21" in {x.entity.id for x in load().regulators("PTEN")}
        True
        """
        return self._reach(name, max_hops, upstream=True, **options)

    def _reach(self, name, max_hops, upstream, **options) -> list[Effect]:
        from .paths import best_paths_from, edge_filter

        ok = edge_filter(self, **options)
        best = best_paths_from(self, name, max_hops, upstream, ok)
        out = [Effect(p.nodes[0] if upstream else p.nodes[-1], p.sign, p) for k, p in best.items()]
        return sorted(out, key=lambda e: (len(e.path), e.entity.label.lower()))

    def subgraph(self, names: str | Entity | Iterable[str | Entity], radius: int = 1):
        """The neighbourhood of *names* within *radius* hops (either direction) as a MultiDiGraph.

        >>> sorted(load().subgraph("PTEN", radius=1).nodes)[:2]
        ['PTEN', 'axon-regeneration']
        """
        if isinstance(names, (str, Entity)):
            names = [names]
        ids = [self.entity(n).id for n in names]
        G = self.network
        keep = set(ids)
        frontier = set(ids)
        for _ in range(max(radius, 0)):
            nxt = set()
            for u in frontier:
                nxt.update(G.successors(u))
                nxt.update(G.predecessors(u))
            frontier = nxt - keep
            keep |= nxt
        return G.subgraph(keep).copy()

    def contradictions(self) -> list[Contradiction]:
        """Subject-object pairs with both increasing and decreasing claims, each side with evidence.

        >>> isinstance(load().contradictions(), list)
        True
        """
        pairs: dict[tuple[str, str], dict[int, list[Statement]]] = {}
        for s in self._statements:
            sign = self.ontology.relations[s.predicate].sign
            if self.ontology.relations[s.predicate].role == "causal" and sign:
                pairs.setdefault((s.subject.id, s.object.id), {1: [], -1: []})[sign].append(s)
        out = []
        for (a, b), sides in sorted(pairs.items()):
            if sides[1] and sides[-1]:
                out.append(Contradiction(self._entities[a], self._entities[b], tuple(sides[1]), tuple(sides[-1])))
        return out

    # -- SPARQL (kg/sparql.py) ------------------------------------------------------------------

    def sparql(self, query: str, **bindings: Any) -> QueryResult:
        """Run a read-only SPARQL query; keyword arguments pre-bind variables as RDF terms.

        Entities bind as IRIs, other values as literals. The usual prefixes (exo:, ent:, rdfs:,
        skos:, dcterms:, ...) need no declaration.

        >>> g = load()
        >>> rows = g.sparql("SELECT ?t WHERE { ?m exo:decreases ?t }", m=g.entity("miR-21"))
        >>> [r["t"] for r in rows.to_python()]
        ['https://w3id.org/exokg/entity/PTEN']
        """
        from .sparql import run_sparql

        return run_sparql(self, query, bindings)

    def query(self, name: str, **params: Any) -> QueryResult:
        """Run a named query of the library (``kg query --list`` shows them) with *params*.

        >>> rows = load().query("mirna_targets", mirna="miR-21").to_python()
        >>> any(r["target"] == "PTEN" for r in rows)
        True
        """
        from .sparql import run_named

        return run_named(self, name, params)

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
        :func:`kg.html.render_html`.

        >>> import tempfile; p = load().to_html(tempfile.mkdtemp() + "/kg.html", paths=("MSC", "PTEN"))
        >>> p.read_bytes().startswith(b"<!DOCTYPE html>")
        True
        """
        from .html import write_html

        return write_html(self, path, focus=focus, radius=radius, paths=paths, **options)

    def stats(self) -> dict[str, Any]:
        """Counts: entities by type, statements by relation, by document and by epistemic status.

        >>> st = load().stats(); st["statements"] == sum(st["statements_by_relation"].values())
        True
        """
        by_doc: Counter[str] = Counter()
        by_ev_status: Counter[str] = Counter()
        for s in self._statements:
            for d in s.documents:
                by_doc[d] += 1
            for e in s.evidence:
                by_ev_status[e.status] += 1
        return {
            "triples": len(self.store),
            "entities": len(self._entities),
            "statements": len(self._statements),
            "evidence": sum(len(s.evidence) for s in self._statements),
            "documents": len(self.documents),
            "entities_by_type": dict(sorted(Counter(e.type for e in self._entities.values()).items())),
            "statements_by_relation": dict(sorted(Counter(s.predicate for s in self._statements).items())),
            "statements_by_document": dict(sorted(by_doc.items())),
            "statements_by_status": dict(sorted(Counter(s.status for s in self._statements).items())),
            "evidence_by_status": dict(sorted(by_ev_status.items())),
        }


def load(
    source: str | FilePath | None = None, *, store: str = "rdflib", lexicon: str | FilePath | None = None
) -> KnowledgeGraph:
    """Open a knowledge graph.

    * no argument: the bundled seeds, assembled in memory;
    * a folder of seeds (documents with ``.meta.yaml`` sidecars): assembled the same way;
    * an RDF file (``.ttl``, ``.nt``, ``.jsonld``, ...), for example a build output;
    * a persisted store folder (``kg build --store DIR``), opened in a second or two.

    *lexicon* replaces ontology/lexicon.yaml when building from seeds.

    >>> g = load(); len(g.documents)
    4
    """
    from .seeds import load_corpus

    if source is None:
        return KnowledgeGraph.from_corpus(load_corpus(lexicon=lexicon), store=store)
    path = FilePath(source)
    if path.is_dir() and (path / "manifest.json").is_file():
        from .persist import open_graph

        return open_graph(path)  # a persisted store (kg build --store DIR)
    if path.is_dir():
        return KnowledgeGraph.from_corpus(load_corpus(path, lexicon=lexicon), store=store)
    if path.is_file():
        fmt = RDF_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise InvalidDocumentError(
                Problem(relpath(path), None, f"unknown RDF file type; use one of {', '.join(sorted(RDF_SUFFIXES))}")
            )
        g = Graph()
        try:
            g.parse(path, format=fmt)
        except Exception as exc:
            raise InvalidDocumentError(Problem(relpath(path), getattr(exc, "lineno", None), f"cannot parse {fmt}: {exc}")) from None
        s = make_store(store)
        s.add_graph(g)
        return KnowledgeGraph(s)
    raise InvalidDocumentError(Problem(relpath(path), None, "no such file or folder"))
