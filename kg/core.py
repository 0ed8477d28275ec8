"""The graph's data: a store with the entities, statements, documents and lexicon read from it.

:class:`GraphData` is what every query and view function takes, the way networkx algorithms take a
graph: ``find_paths(g, ...)``, ``render_html(g, ...)``. It answers only questions about its own
data (look up an entity, filter statements, hand out the networkx projection); questions that
need an algorithm live in :mod:`kg.query`, outputs in :mod:`kg.views`. The :class:`kg.KnowledgeGraph`
facade is a GraphData with those functions as methods, and nothing in the package imports it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

import networkx as nx
from rdflib import Graph

from .errors import InvalidDocumentError, Problem
from .lexicon import Lexicon
from .model import Document, Entity, Relation, Statement
from .ontology import Ontology
from .projection import project
from .rdf.assemble import assemble
from .rdf.from_rdf import read_documents, read_entities, read_statements
from .stores import make_store
from .stores.base import Store

if TYPE_CHECKING:
    from .sources.seeds import Corpus


class GraphData:
    """Entities, statements and their evidence, over an RDF store.

    Built from a store (the model is read back through SPARQL), from a corpus (the model is the
    corpus's own), or from a persisted store's cache (every part given).

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> g.entity("mir-21").label
    'miR-21'
    >>> all(ev.quote for s in g.statements() for ev in s.evidence)
    True
    """

    def __init__(self, store: Store, ontology: Ontology | None = None, documents: dict[str, Document] | None = None,
                 *, entities: dict[str, Entity] | None = None, statements: list[Statement] | None = None,
                 lexicon: Lexicon | None = None, network: nx.MultiDiGraph | None = None):
        self.store = store
        self.ontology = ontology or Ontology.load()
        self._entities = entities if entities is not None else read_entities(store, self.ontology)
        self._statements = (statements if statements is not None
                            else read_statements(store, self._entities, self.ontology.relations))
        self.documents: dict[str, Document] = documents if documents is not None else read_documents(store)
        self.lexicon = lexicon if lexicon is not None else Lexicon(self._entities.values())
        self._network = network

    @classmethod
    def from_corpus(cls, corpus: Corpus, store: str = "rdflib"):
        """Assemble a corpus into a new store of engine *store* and wrap it.

        >>> from kg.datasets import tiny_corpus
        >>> len(GraphData.from_corpus(tiny_corpus(), store="oxigraph").statements())
        5
        """
        s = make_store(store)
        s.add_graph(assemble(corpus))
        # The corpus already holds the model the RDF was assembled from; reading it back through
        # SPARQL would only repeat it (tests check the two agree).
        return cls(s, corpus.ontology, dict(corpus.documents),
                   entities=dict(sorted(corpus.lexicon.entities.items())), statements=list(corpus.statements))

    # -- the RDF side -------------------------------------------------------------------------

    @property
    def rdf(self) -> Graph:
        """The graph's triples as an rdflib Graph."""
        return self.store.graph()

    def __len__(self) -> int:
        return len(self.store)

    @property
    def network(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph projection (built on first use, then cached; see kg.projection).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().network.number_of_edges()
        5
        """
        if self._network is None:
            self._network = project(self)
        return self._network

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
            return list(self._entities.values())
        self.ontology.entity_class(type)
        return [e for e in self._entities.values() if self.ontology.is_a(e.type, type)]

    def relation(self, name: str) -> Relation:
        """The ontology relation *name* (local name or label).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().relation("derives from").name
        'derives_from'
        """
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

        >>> from kg.datasets import tiny_graph
        >>> [str(s) for s in tiny_graph().statements("miR-21", "decreases")]
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
