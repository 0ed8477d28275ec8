"""The one interface every triple store sits behind.

Queries, the networkx projection and the exporters talk to a :class:`Store`, never to rdflib or
Oxigraph directly, so an engine can be swapped without touching them. A store answers SPARQL
(read-only) with parameters bound as RDF terms, and hands out its triples for serialization.

:meth:`Store.query` is the one door: it declares the known prefixes a query uses (see
:func:`kg.stores.sparql_text.with_prefixes`), hands the text to the engine's :meth:`Store._query`,
and maps the line of a syntax error back to the user's own text.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, Iterator, Mapping, Sequence

import re
from decimal import Decimal

from rdflib import BNode, Graph, Literal
from rdflib.term import Identifier, Node

from ..display import card, html_table, to_dataframe
from ..errors import InvalidQueryError
from ..vocab import PREFIXES
from .sparql_text import with_prefixes

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QueryResult:
    """Rows of a SPARQL SELECT (or the boolean of an ASK), as rdflib terms.

    >>> from rdflib import Literal
    >>> r = QueryResult(("x",), ((Literal(1),),))
    >>> [row["x"].toPython() for row in r]
    [1]
    >>> r.to_python()
    [{'x': 1}]
    """

    vars: tuple[str, ...]
    rows: tuple[tuple[Node | None, ...], ...]
    boolean: bool | None = None

    def __iter__(self) -> Iterator[dict[str, Node | None]]:
        for row in self.rows:
            yield dict(zip(self.vars, row))

    def __len__(self) -> int:
        return len(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.boolean is not None else bool(self.rows)

    def to_python(self) -> list[dict[str, Any]]:
        """Rows as plain Python values (IRIs as strings, literals as their Python value)."""
        return [{k: to_python(v) for k, v in row.items()} for row in self]

    # -- in a notebook (kg.display): plain values, never rdflib.term.Literal(...) --

    def __repr__(self) -> str:
        """A short summary with the first rows as plain values.

        >>> from rdflib import Literal
        >>> QueryResult(("x",), ((Literal(1),), (Literal(2),)))
        <QueryResult: 2 rows of ?x
          {'x': 1}
          {'x': 2}>
        """
        if self.boolean is not None:
            return f"<QueryResult: {self.boolean}>"
        shown = "".join(f"\n  {row}" for row in self.to_python()[:5])
        more = f"\n  ... {len(self) - 5} more (to_python() or to_dataframe() for all)" if len(self) > 5 else ""
        return f"<QueryResult: {len(self)} row{'' if len(self) == 1 else 's'} of {' '.join('?' + v for v in self.vars)}{shown}{more}>"

    def _repr_html_(self) -> str:
        if self.boolean is not None:
            return card(f"<p>{self.boolean}</p>")
        return card(f"<p>{len(self)} rows</p>" + html_table(self.vars, [list(r.values()) for r in self.to_python()]))

    def to_dict(self) -> dict[str, Any]:
        """The vars and rows as plain values (or the boolean of an ASK), for :func:`json.dumps`."""
        if self.boolean is not None:
            return {"boolean": self.boolean}
        return {"vars": list(self.vars), "rows": self.to_python()}

    def to_dataframe(self):
        """The rows as a pandas DataFrame of plain values, one column per variable."""
        return to_dataframe(self.to_python(), self.vars)


def to_python(term: Node | None) -> Any:
    """A plain Python value for an RDF term: IRIs and odd literals as strings, numbers as numbers.

    >>> from rdflib import Literal, URIRef
    >>> to_python(Literal(3)), to_python(URIRef("urn:x")), to_python(None)
    (3, 'urn:x', None)
    """
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        return value if isinstance(value, (bool, int, float, str)) else str(term)
    return str(term)


class Store(ABC):
    """A read-mostly triple store: load RDF once, then query it."""

    name: str = "abstract"
    #: Prefixes a query may use undeclared: the project's, plus those of graphs an engine loaded.
    prefixes: dict[str, str] = PREFIXES

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> QueryResult:
        """Run a read-only SPARQL query; *bindings* pre-bind variables to RDF terms.

        >>> from kg.stores.memory import RdflibStore
        >>> RdflibStore().query("ASK { ?s a exo:Statement }").boolean
        False
        >>> RdflibStore().query("SELECT ?s WHERE {\\n ?s exo:x }")
        Traceback (most recent call last):
        kg.errors.InvalidQueryError: SPARQL syntax error at line 2, ...
        """
        if not isinstance(sparql, str) or not sparql.strip():
            raise InvalidQueryError("empty query")
        text, added = with_prefixes(sparql, self.prefixes)
        try:
            return self._query(text, bindings or {})
        except InvalidQueryError as exc:
            m = re.search(r"at line (\d+)", str(exc))
            if not (m and added):
                raise
            # The error counts the PREFIX lines added above; the user wants the line of their text.
            shown = str(exc).replace(f"at line {m.group(1)}", f"at line {int(m.group(1)) - added}")
            raise type(exc)(shown) from None

    @abstractmethod
    def _query(self, sparql: str, bindings: Mapping[str, Identifier]) -> QueryResult:
        """The engine's own run of a complete query (prefixes declared)."""

    @abstractmethod
    def add_graph(self, graph: Graph) -> None:
        """Add every triple of *graph*."""

    @abstractmethod
    def graph(self) -> Graph:
        """The store's triples as an rdflib Graph (for serialization and the Python API)."""

    # -- plain reads for building the model (kg/tables.py): no SPARQL engine, no rdflib terms -----

    def pairs(self, predicate: str) -> Iterator[tuple[str, str, str | None]]:
        """(subject, object, graph name) of every triple whose predicate is the IRI *predicate*.

        Terms come as plain strings: an IRI as itself, a blank node as ``_:id``, a literal as its
        lexical form; the graph name is None for the default graph. Engines override this with a
        scan of their index; the default asks SPARQL.

        >>> from kg.stores.memory import RdflibStore
        >>> from kg.datasets import tiny_graph
        >>> sorted(o for _, o, _ in tiny_graph().store.pairs("http://www.w3.org/2004/02/skos/core#altLabel"))[:2]
        ['MSC', 'MSC exosomes']
        """
        for row in self.query(f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}").rows:
            yield _plain(row[0]), _plain(row[1]), None

    def value(self, subject: str, predicate: str) -> str | None:
        """One object of (*subject*, *predicate*) as a plain string, or None (for on-demand reads
        such as a quote).

        >>> from kg.datasets import tiny_graph
        >>> tiny_graph().store.value("https://w3id.org/exokg/entity/PTEN", "http://www.w3.org/2000/01/rdf-schema#label")
        'PTEN'
        """
        rows = self.query(f"SELECT ?o WHERE {{ <{subject}> <{predicate}> ?o }} LIMIT 1").rows
        return _plain(rows[0][0]) if rows else None

    @abstractmethod
    def __len__(self) -> int:
        """Number of triples."""


def _plain(term: Node | None) -> str:
    """An rdflib term as a plain string: IRIs and literals as their text, blank nodes as ``_:id``."""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def ordered(rows: Sequence[tuple]) -> list[tuple]:
    """Rows sorted by their string forms, for comparing answers across stores.

    >>> ordered([("b",), ("a",)])
    [('a',), ('b',)]
    """
    return sorted(rows, key=lambda r: tuple("" if v is None else str(v) for v in r))
