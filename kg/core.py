"""The graph's data: a store, the model's tables read from it, and what is built from them on demand.

:class:`GraphData` is what every query and view function takes, the way networkx algorithms take a
graph: ``find_paths(g, ...)``, ``render_html(g, ...)``. It answers only questions about its own
data (look up an entity, filter statements, hand out the projections); questions that need an
algorithm live in :mod:`kg.query`, outputs in :mod:`kg.views`. The :class:`kg.KnowledgeGraph`
facade is a GraphData with those functions as methods, and nothing in the package imports it.

The model is held as columns (:class:`kg.tables.Tables`): statements and evidence are rows of
integers, and a :class:`~kg.model.Statement` object with its evidence and quotes is made only when
something asks for it (a path, a filter's answer), then kept in a bounded cache.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable

import numpy as np
from rdflib import Graph

from .errors import InvalidDocumentError, Problem
from .lexicon import Lexicon
from .model import Document, Entity, Relation, Statement
from .ontology import Ontology
from .projection import Projection, to_networkx
from .rdf.assemble import assemble
from .rdf.from_rdf import read_tables
from .stores import make_store
from .stores.base import Store
from .tables import Tables
from .vocab import EXO, STATUSES

if TYPE_CHECKING:
    import networkx as nx
    from .sources.seeds import Corpus

#: Statement objects kept after they were made (a path search asks for the same few again and again).
STATEMENT_CACHE = 65_536


class GraphData:
    """Entities, statements and their evidence, over an RDF store.

    Built from a store (the tables are read from it), from a corpus (the tables and the statement
    objects are the corpus's own), or from a persisted store's saved tables.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> g.entity("mir-21").label
    'miR-21'
    >>> all(ev.quote for s in g.statements() for ev in s.evidence)
    True
    """

    def __init__(self, store: Store, ontology: Ontology | None = None, *, tables: Tables | None = None,
                 statements: list[Statement] | None = None, lexicon: Lexicon | None = None):
        self.store = store
        self.ontology = ontology or Ontology.load()
        self.tables = tables if tables is not None else read_tables(store, self.ontology)
        self.documents: dict[str, Document] = self.tables.documents
        self._objects = statements  # the corpus's statements, row for row with the tables
        self._lexicon = lexicon
        self._projection: Projection | None = None
        self._network: nx.MultiDiGraph | None = None
        self.statement_at: Callable[[int], Statement] = lru_cache(maxsize=STATEMENT_CACHE)(self._make_statement)

    @classmethod
    def from_corpus(cls, corpus: Corpus, store: str = "rdflib"):
        """Assemble a corpus into a new store of engine *store* and wrap it.

        >>> from kg.datasets import tiny_corpus
        >>> len(GraphData.from_corpus(tiny_corpus(), store="oxigraph").statements())
        5
        """
        s = make_store(store)
        s.add_graph(assemble(corpus))
        # The corpus already holds the model the RDF was assembled from; reading it back from the
        # store would only repeat it (tests check the two agree).
        tables = Tables.from_statements(corpus.lexicon, corpus.statements, dict(corpus.documents), corpus.ontology)
        return cls(s, corpus.ontology, tables=tables, statements=list(corpus.statements))

    # -- the RDF side -------------------------------------------------------------------------

    @property
    def rdf(self) -> Graph:
        """The graph's triples as an rdflib Graph."""
        return self.store.graph()

    def __len__(self) -> int:
        return len(self.store)

    @property
    def projection(self) -> Projection:
        """The compact projection path questions walk (built on first use; see kg.projection).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().projection.n_edges
        5
        """
        if self._projection is None:
            self._projection = Projection(self.tables, self.ontology)
        return self._projection

    @property
    def network(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph projection, with statement objects on the edges (built on first
        use, then cached; every statement becomes an object, so prefer it for small graphs).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().network.number_of_edges()
        5
        """
        if self._network is None:
            self._network = to_networkx(self)
        return self._network

    @property
    def lexicon(self) -> Lexicon:
        """Names, synonyms, CURIEs and IRIs of every entity, for look-up (built on first use)."""
        if self._lexicon is None:
            self._lexicon = Lexicon(self.tables.entities)
        return self._lexicon

    # -- entities and statements -----------------------------------------------------------------

    def entity(self, name: str | Entity) -> Entity:
        """The entity whose id, label, synonym, CURIE or IRI is *name* (exact, case-insensitive).

        Never guesses: an unknown name raises :class:`kg.UnknownEntityError` listing the closest names.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().entity("CL:0000134").id
        'MSC'
        """
        if isinstance(name, Entity):
            name = name.id
        return self.lexicon.resolve(name)

    def entities(self, type: str | None = None) -> list[Entity]:
        """All entities, or those of ontology class *type* and its subclasses, sorted by id.

        >>> from kg.datasets import tiny_graph
        >>> [e.id for e in tiny_graph().entities("StemCell")]
        ['MSC']
        """
        if type is None:
            return list(self.tables.entities)
        self.ontology.entity_class(type)
        return [e for e in self.tables.entities if self.ontology.is_a(e.type, type)]

    def relation(self, name: str) -> Relation:
        """The ontology relation *name* (local name or label).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().relation("derives from").name
        'derives_from'
        """
        return self.ontology.relation(name)

    def quote(self, evidence_iri: str) -> str:
        """The quote of an evidence, read from the store (quotes are not kept in the tables)."""
        return self.store.value(evidence_iri, str(EXO.quote)) or ""

    def _make_statement(self, i: int) -> Statement:
        if self._objects is not None:
            return self._objects[i]
        return self.tables.statement(int(i), self.quote)

    def statement_rows(self, subject: str | Entity | None = None, predicate: str | None = None,
                       object: str | Entity | None = None) -> np.ndarray:
        """The rows of the statements with that subject, relation and object (each optional).

        >>> from kg.datasets import tiny_graph
        >>> g = tiny_graph(); [str(g.statement_at(i)) for i in g.statement_rows(object="PTEN")]
        ['miR-21 -decreases-> PTEN']
        """
        t = self.tables
        keep = np.ones(t.n_statements, dtype=bool)
        index = t.entity_index()
        if subject is not None:
            keep &= t.st_subj == index[self.entity(subject).id]
        if object is not None:
            keep &= t.st_obj == index[self.entity(object).id]
        if predicate is not None:
            name = self.relation(predicate).name
            keep &= t.st_rel == (t.relations.index(name) if name in t.relations else -1)
        return np.flatnonzero(keep)

    def statements(
        self,
        subject: str | Entity | None = None,
        predicate: str | None = None,
        object: str | Entity | None = None,
        status: str | Iterable[str] | None = None,
        document: str | None = None,
    ) -> list[Statement]:
        """Statements, optionally filtered; *status* keeps those with evidence of that status.

        >>> from kg.datasets import tiny_graph
        >>> [str(s) for s in tiny_graph().statements("miR-21", "decreases")]
        ['miR-21 -decreases-> PTEN']
        """
        statuses = {status} if isinstance(status, str) else set(status) if status is not None else None
        rows = self.statement_rows(subject, predicate, object)
        t = self.tables
        if statuses is not None or document is not None:
            # Narrow the rows with the evidence columns before any statement object is made.
            ok = np.ones(t.n_evidence, dtype=bool)
            if statuses is not None:
                ok &= np.isin(t.ev_status, [STATUSES.index(s) for s in statuses if s in STATUSES])
            if document is not None:
                ok &= t.ev_doc == (t.doc_ids.index(document) if document in t.doc_ids else -1)
            csum = np.concatenate([[0], np.cumsum(ok, dtype=np.int64)])
            rows = rows[(csum[t.ev_ptr[rows + 1]] - csum[t.ev_ptr[rows]]) > 0]
        out = []
        for i in rows:
            s = self.statement_at(int(i))
            evidence = s.evidence
            if statuses is not None:
                evidence = tuple(e for e in evidence if e.status in statuses)
            if document is not None:
                evidence = tuple(e for e in evidence if e.document == document)
            if evidence:
                out.append(s if evidence == s.evidence else Statement(s.subject, s.predicate, s.object, s.sign, evidence))
        return out

    def document(self, stem: str) -> Document:
        """A source document by its file stem.

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().document("m01").title
        'A tiny test document'
        """
        try:
            return self.documents[stem]
        except KeyError:
            raise InvalidDocumentError(
                Problem(stem, None, f"no such document; known: {', '.join(self.documents)}")
            ) from None
