"""The one interface every triple store sits behind.

Queries, the networkx projection and the exporters talk to a :class:`Store`, never to rdflib or
Oxigraph directly, so an engine can be swapped without touching them. A store answers SPARQL
(read-only) with parameters bound as RDF terms, and hands out its triples for serialization.

:meth:`Store.query` is the one door: it refuses a query over the size and nesting limits and one
with SERVICE (see :mod:`kg.stores.sparql_text`) before any engine sees it, declares the known
prefixes the query uses, hands the text to the engine's :meth:`Store._query` with a base IRI, the
dataset asked for and a row cap, and maps the line of a syntax error back to the user's own text.
"""
from __future__ import annotations

import logging
import re
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Iterable, Iterator, Mapping, Sequence

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from ..display import card, html_table, to_dataframe
from ..errors import AnswerLimitError, InvalidQueryError, QueryLimitError, QueryTimeoutError
from ..vocab import PREFIXES
from .sparql_text import QUERY_BASE, check_iri, check_limits, refuse_remote, service_allowed, with_prefixes

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
    #: True when the rows are the triples a CONSTRUCT or DESCRIBE built (vars: subject, predicate, object).
    triples: bool = False

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


@dataclass(frozen=True)
class QueryDataset:
    """The RDF dataset a query reads, as the SPARQL Protocol's ``default-graph-uri`` and
    ``named-graph-uri`` give it: the default graph is the merge of *default*, ``GRAPH`` sees only
    *named*. It replaces the query's own FROM and FROM NAMED.

    >>> QueryDataset(default=("urn:g1",)).named
    ()
    >>> QueryDataset(default=("no iri",))
    Traceback (most recent call last):
    kg.errors.InvalidQueryError: default-graph-uri 'no iri' is not an absolute IRI (like https://example.org/g)
    """

    default: tuple[str, ...] = ()
    named: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for iri in self.default:
            check_iri(iri, "default-graph-uri")
        for iri in self.named:
            check_iri(iri, "named-graph-uri")


class Store(ABC):
    """A read-mostly triple store: load RDF once, then query it."""

    name: str = "abstract"
    #: Prefixes a query may use undeclared: the project's, plus those of graphs an engine loaded.
    prefixes: dict[str, str] = PREFIXES
    #: Seconds a query may run, checked while its rows are read (None: no limit). A server that
    #: must stop a runaway query whatever it does runs it in a worker process (kg.service.workers).
    timeout: float | None = None
    #: Let SERVICE clauses send requests (default: only when KG_ALLOW_SERVICE=1 is set).
    allow_service: bool | None = None

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None, *, base: str | None = None,
              dataset: QueryDataset | None = None, max_rows: int | None = None) -> QueryResult:
        """Run a read-only SPARQL query; *bindings* pre-bind variables to RDF terms.

        Relative IRIs resolve against *base* (default: :data:`~kg.stores.sparql_text.QUERY_BASE`);
        *dataset* replaces the query's FROM / FROM NAMED; more than *max_rows* rows (or triples)
        stop the query with QueryLimitError while they are read.

        >>> from kg.stores.memory import RdflibStore
        >>> RdflibStore().query("ASK { ?s a exokg:Statement }").boolean
        False
        >>> RdflibStore().query("SELECT ?s WHERE {\\n ?s exokg:x }")
        Traceback (most recent call last):
        kg.errors.InvalidQueryError: SPARQL syntax error at line 2, ...
        >>> RdflibStore().query("SELECT * WHERE { SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } }")
        Traceback (most recent call last):
        kg.errors.RemoteAccessError: SPARQL SERVICE is refused: ...
        """
        if not isinstance(sparql, str) or not sparql.strip():
            raise InvalidQueryError("empty query")
        check_limits(sparql)
        if not (self.allow_service if self.allow_service is not None else service_allowed()):
            refuse_remote(sparql)
        if max_rows is not None and max_rows < 0:
            raise InvalidQueryError(f"max_rows must be 0 or more, not {max_rows}")
        for name, term in (bindings or {}).items():
            if isinstance(term, URIRef):
                check_iri(str(term), f"the IRI bound to ?{name},")
        text, added = with_prefixes(sparql, self.prefixes)
        try:
            return self._query(text, bindings or {}, base=check_iri(base or QUERY_BASE, "base"),
                               dataset=dataset, max_rows=max_rows)
        except RecursionError:
            raise QueryLimitError("the query nests too deeply for the engine; flatten it") from None
        except MemoryError:
            raise AnswerLimitError("the query needed more memory than this process has; add LIMIT or narrow it") from None
        except InvalidQueryError as exc:
            m = re.search(r"at line (\d+)", str(exc))
            if not (m and added):
                raise
            # The error counts the PREFIX lines added above; the user wants the line of their text.
            shown = str(exc).replace(f"at line {m.group(1)}", f"at line {int(m.group(1)) - added}")
            raise type(exc)(shown) from None

    @abstractmethod
    def _query(self, sparql: str, bindings: Mapping[str, Identifier], *, base: str,
               dataset: QueryDataset | None, max_rows: int | None) -> QueryResult:
        """The engine's own run of a complete query (prefixes declared)."""

    def named_graphs(self) -> list[Identifier]:
        """Names of the graphs besides the default graph (none unless quads were loaded)."""
        return []

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


class RowReader:
    """Collects the rows of a result as they are read, stopping at the row cap and the deadline.

    >>> r = RowReader(max_rows=2, timeout=None)
    >>> for row in [(1,), (2,)]: r.add(row)
    >>> r.add((3,))
    Traceback (most recent call last):
    kg.errors.AnswerLimitError: the answer has more than 2 rows, the most this store returns; add LIMIT 2 (or narrow the query)
    """

    def __init__(self, max_rows: int | None, timeout: float | None):
        self.rows: list[tuple] = []
        self._max = max_rows
        self._deadline = time.monotonic() + timeout if timeout else None

    def add(self, row: tuple) -> None:
        rows = self.rows
        if self._max is not None and len(rows) >= self._max:
            raise AnswerLimitError(f"the answer has more than {self._max} rows, the most this store returns; "
                                  f"add LIMIT {self._max} (or narrow the query)")
        rows.append(row)
        if self._deadline is not None and not len(rows) % 512:
            self.check_time()

    def extend(self, rows: Iterable[tuple]) -> "RowReader":
        for row in rows:
            self.add(row)
        self.check_time()
        return self

    def check_time(self) -> None:
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise QueryTimeoutError("the query ran longer than its time limit; narrow it (LIMIT, a more specific pattern)")


def ordered(rows: Sequence[tuple]) -> list[tuple]:
    """Rows sorted by their string forms, for comparing answers across stores.

    >>> ordered([("b",), ("a",)])
    [('a',), ('b',)]
    """
    return sorted(rows, key=lambda r: tuple("" if v is None else str(v) for v in r))
