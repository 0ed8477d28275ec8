"""Oxigraph (pyoxigraph) behind the :class:`~kg.stores.base.Store` interface: the engine for big graphs.

rdflib stays the API users see (results come back as rdflib terms, :meth:`OxigraphStore.graph`
hands out an rdflib Graph), but parsing, indexing and SPARQL run in Oxigraph's Rust code, which
loads and queries a million triples one to two orders of magnitude faster than rdflib's in-memory
store. The store lives in memory or, given a folder, on disk (RocksDB); :mod:`kg.stores.folder` wraps the
on-disk form with a manifest and a projection cache.
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.term import Identifier, Node

from ..errors import InvalidQueryError, KGError, StoreError
from ..vocab import PREFIXES, new_graph
from .base import QueryDataset, QueryResult, RowReader, Store
from .sparql_text import check_read_only, project_bound, scan, substitute

log = logging.getLogger(__name__)

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Extensions Oxigraph does not name but RDF files use: ``.owl`` is RDF/XML by convention. A
#: ``.txt`` is refused although Oxigraph would read it as N-Triples: it is far likelier a document.
_EXTRA_EXTENSIONS = {"owl": ox.RdfFormat.RDF_XML}
_REFUSED_EXTENSIONS = ("txt",)


def rdf_format(path: Path | str) -> ox.RdfFormat:
    """The RDF format of a file, from its extension as Oxigraph knows it (``.gz`` is not supported).

    N-Quads and TriG keep their graph names; see :meth:`OxigraphStore.load`.

    >>> rdf_format("x.ttl").name, rdf_format("x.owl").name
    ('Turtle', 'RDF/XML')
    >>> rdf_format("x.csv")
    Traceback (most recent call last):
    kg.errors.StoreError: cannot tell the RDF format of x.csv from its suffix; use one of .json, .jsonld, .n3, .nq, .nt, .owl, .rdf, .trig, .ttl, .xml
    """
    ext = Path(path).suffix.lower().lstrip(".")
    fmt = None if ext in _REFUSED_EXTENSIONS else (ox.RdfFormat.from_extension(ext) or _EXTRA_EXTENSIONS.get(ext))
    if fmt is None:
        known = {f.file_extension for f in _ALL_FORMATS} | set(_EXTRA_EXTENSIONS) | {"json", "xml"}
        raise StoreError(
            f"cannot tell the RDF format of {path} from its suffix; use one of {', '.join('.' + e for e in sorted(known))}"
        )
    return fmt


_ALL_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG,
                ox.RdfFormat.RDF_XML, ox.RdfFormat.JSON_LD, ox.RdfFormat.N3)


def to_rdflib(term: Any) -> Node | None:
    """An rdflib term for an Oxigraph term (xsd:string literals become plain literals, as in rdflib).

    >>> to_rdflib(ox.NamedNode("urn:a")), to_rdflib(ox.Literal("x"))
    (rdflib.term.URIRef('urn:a'), rdflib.term.Literal('x'))
    >>> to_rdflib(ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))).toPython()
    3
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    return Literal(str(term))  # an RDF-star quoted triple: shown, not modelled


def to_oxigraph(term: Identifier) -> Any:
    """An Oxigraph term for an rdflib term (for query substitutions and loading).

    >>> to_oxigraph(URIRef("urn:a"))
    <NamedNode value=urn:a>
    >>> to_oxigraph(Literal(3)).datatype
    <NamedNode value=http://www.w3.org/2001/XMLSchema#integer>
    """
    if isinstance(term, URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError:
            raise InvalidQueryError(f"cannot bind <{term}>: not a valid IRI; write an absolute IRI such as "
                                    "<https://w3id.org/exokg/entity/PTEN>, or a name without the angle brackets") from None
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise InvalidQueryError(f"cannot bind {term!r}: only IRIs, blank nodes and literals can be bound")


_POSITION = re.compile(r"(?:error at |line )(\d+)(?::(\d+)| column (\d+))?")


def _syntax_error(sparql: str, exc: Exception) -> InvalidQueryError:
    """Our error for a query Oxigraph rejects: updates are refused by name, syntax errors located."""
    check_read_only(sparql)  # raises ReadOnlyError for an update, InvalidQueryError with the line
    m = _POSITION.search(str(exc))
    if m:
        line, col = int(m.group(1)), m.group(2) or m.group(3)
        lines = sparql.splitlines()
        text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        return InvalidQueryError(f"SPARQL syntax error at line {line}, column {col}: {text!r} ({exc})")
    return InvalidQueryError(f"query does not parse: {exc}")


class _Progress:
    """A binary reader that reports how many bytes were read, for a progress bar over a big file."""

    def __init__(self, fh: IO[bytes], report: Callable[[int], None]):
        self._fh = fh
        self._report = report

    def read(self, size: int = -1) -> bytes:
        data = self._fh.read(size)
        self._report(len(data))
        return data

    def readinto(self, buf) -> int:  # pragma: no cover - pyoxigraph uses read() today
        n = self._fh.readinto(buf)
        self._report(n or 0)
        return n


class OxigraphStore(Store):
    """Oxigraph's store: in memory, or on disk in *path* (created when missing).

    Loading goes through Oxigraph's bulk loader; query parameters are bound as RDF terms with
    Oxigraph's ``substitutions`` and never pasted into the text; SPARQL Update is refused.

    >>> from rdflib import URIRef, Literal
    >>> s = OxigraphStore(); g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
    >>> s.add_graph(g); len(s)
    1
    >>> s.query("SELECT ?o WHERE { ?s <urn:p> ?o }", {"s": URIRef("urn:a")}).to_python()
    [{'o': 1}]
    >>> s.query("DELETE WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    kg.errors.ReadOnlyError: SPARQL Update is not allowed: the knowledge graph is read-only; use SELECT, ASK, CONSTRUCT or DESCRIBE
    """

    name = "oxigraph"

    def __init__(self, path: str | Path | None = None, read_only: bool = False, timeout: float | None = None,
                 prefixes: Mapping[str, str] | None = None):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        #: Seconds a query may run; checked while rows are read (see :meth:`query`).
        self.timeout = timeout
        #: Prefixes a query may use undeclared: the project's, then those of the loaded graphs
        #: (rdflib resolves a graph's bound prefixes the same way, so queries run on either engine).
        self.prefixes: dict[str, str] = {**PREFIXES, **(prefixes or {})}
        self._graph: Graph | None = None
        self._len: int | None = None
        self._union: bool | None = None
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            hint = " (another process may be writing it; try again when it is done)" if "lock" in str(exc).lower() else ""
            raise StoreError(f"cannot open the Oxigraph store in {self.path}: {exc}{hint}") from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph Store, for what this interface does not cover."""
        return self._store

    def _changed(self) -> None:
        self._graph = None
        self._len = None
        self._union = None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store in {self.path} was opened read-only")

    # -- loading --------------------------------------------------------------------------------

    def add_graph(self, graph: Graph) -> None:
        """Bulk-load every triple of an rdflib *graph* (through N-Triples, Oxigraph's fastest path);
        a Dataset or ConjunctiveGraph keeps its named graphs (through N-Quads)."""
        self._writable()
        for prefix, ns in graph.namespaces():
            if prefix:
                self.prefixes[prefix] = str(ns)
        if isinstance(graph, ConjunctiveGraph):
            data = graph.serialize(format="nquads", encoding="utf-8")
            self._store.bulk_load(input=data, format=ox.RdfFormat.N_QUADS)
        else:
            data = graph.serialize(format="nt", encoding="utf-8")
            self._store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES)
        self._changed()

    def load(self, source: str | Path | bytes | IO[bytes], format: ox.RdfFormat | None = None,
             progress: Callable[[int], None] | None = None, base_iri: str | None = None) -> None:
        """Bulk-load an RDF file (or bytes / a binary file object); *progress* gets byte counts.

        Bulk loading is not transactional: a syntax error part-way leaves the triples before it in
        the store. :func:`kg.stores.folder.load_files` therefore loads into a copy and swaps it in.
        Quads (N-Quads, TriG) keep their graph names; queries read the union of all graphs.
        """
        self._writable()
        if isinstance(source, (str, Path)):
            path = Path(source)
            fmt = format or rdf_format(path)
            base = base_iri or path.resolve().as_uri()
            if progress is None:
                self._store.bulk_load(path=str(path), format=fmt, base_iri=base)
            else:
                with open(path, "rb") as fh:
                    self._bulk_load(_Progress(fh, progress), fmt, base)
        else:
            if format is None:
                raise StoreError("loading bytes or a file object needs an explicit format")
            self._bulk_load(source, format, base_iri)
        self._changed()

    def _bulk_load(self, reader: Any, fmt: ox.RdfFormat, base_iri: str | None) -> None:
        self._store.bulk_load(input=reader, format=fmt, base_iri=base_iri)

    def remove_triples(self, triples: Iterable[tuple[str, str, str]]) -> None:
        """Take the triples (subject, predicate, object IRIs) out of the default graph, where present.

        >>> s = OxigraphStore(); s.load(b"<urn:a> <urn:p> <urn:b> .", ox.RdfFormat.N_TRIPLES)
        >>> s.remove_triples([("urn:a", "urn:p", "urn:b")]); len(s)
        0
        """
        self._writable()
        for s, p, o in triples:
            self._store.remove(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox.NamedNode(o), ox.DefaultGraph()))
        self._changed()

    def flush(self) -> None:
        """Write buffered changes of an on-disk store to disk."""
        if self.path is not None and not self.read_only:
            self._store.flush()

    # -- querying -------------------------------------------------------------------------------

    def _query(self, sparql: str, bindings: Mapping[str, Identifier], *, base: str,
               dataset: QueryDataset | None, max_rows: int | None) -> QueryResult:
        # Oxigraph's parser accepts only queries, so an update can never run here; check_read_only
        # is consulted when Oxigraph refuses, to say *why* (update vs syntax) with a line number.
        terms = {k: to_oxigraph(v) for k, v in bindings.items()}
        try:
            graphs = self._dataset(sparql, dataset)
        except ValueError as exc:
            raise InvalidQueryError(f"the dataset names a graph that is not a valid IRI: {exc}") from None
        # Oxigraph's own `substitutions` binds only projected variables and does not reach a
        # BIND inside a nested group, so named queries such as cell_to_disease would answer
        # differently than on rdflib. Substituting the (validated, escaped) terms into the query
        # gives SEP-0007's meaning; blank nodes, and any query the rewrite leaves unparsable, go
        # through `substitutions` instead.
        added: tuple[str, ...] = ()
        try:
            try:
                if not terms:
                    res = self._store.query(sparql, base_iri=base, **graphs)
                elif any(isinstance(v, ox.BlankNode) for v in terms.values()):
                    raise SyntaxError("blank node binding")
                else:
                    res = self._store.query(substitute(sparql, terms), base_iri=base, **graphs)
            except SyntaxError:
                if not terms:
                    raise
                text, added = project_bound(sparql, terms)
                res = self._store.query(text, base_iri=base, substitutions={ox.Variable(k): v for k, v in terms.items()},
                                        **graphs)
        except SyntaxError as exc:
            raise _syntax_error(sparql, exc) from None
        except (OSError, ValueError, TypeError, RuntimeError) as exc:
            raise InvalidQueryError(f"query failed: {exc}") from None
        try:
            result = self._read(res, RowReader(max_rows, self.timeout))
        except (KGError, OSError, ValueError, TypeError, RuntimeError) as exc:
            error = exc
        else:
            error = None
        # Oxigraph's result iterator must be freed on the thread that made it (a server runs
        # queries on worker threads), so no exception leaves here still holding it in a frame.
        del res
        if error is not None:
            message, kind = str(error), type(error)
            del error
            if issubclass(kind, KGError):
                raise kind(message)
            raise InvalidQueryError(f"query failed: {message}")
        if added:
            keep = [i for i, v in enumerate(result.vars) if v not in added]
            result = QueryResult(tuple(result.vars[i] for i in keep),
                                 tuple(tuple(r[i] for i in keep) for r in result.rows), result.boolean)
        return result

    def _dataset(self, sparql: str, dataset: QueryDataset | None) -> dict[str, Any]:
        """Oxigraph's arguments for the graphs a query reads."""
        if dataset is not None:  # the protocol's dataset replaces the query's FROM and FROM NAMED
            return {"default_graph": [ox.NamedNode(g) for g in dataset.default],
                    "named_graphs": [ox.NamedNode(g) for g in dataset.named]}
        if self._union is None:
            # Reading the union of graphs costs about a quarter more; only pay it when quads
            # (N-Quads, TriG) put triples into named graphs.
            self._union = next(iter(self._store.named_graphs()), None) is not None
        # Oxigraph's union flag would override a query's own FROM; such a query names its graphs.
        return {"use_default_graph_as_union": self._union and "FROM" not in scan(sparql)[1]}

    def _read(self, res: Any, reader: RowReader) -> QueryResult:
        if isinstance(res, ox.QueryBoolean):
            return QueryResult((), (), bool(res))
        # One cache per query: a column of entity IRIs repeats the same few terms, and building an
        # rdflib Literal parses its lexical form each time.
        cache: dict[Any, Node | None] = {None: None}

        def conv(t: Any) -> Node | None:
            try:
                return cache[t]
            except KeyError:
                v = cache[t] = to_rdflib(t)
                return v

        if isinstance(res, ox.QueryTriples):
            rows = reader.extend((conv(t.subject), conv(t.predicate), conv(t.object)) for t in res).rows
            return QueryResult(("subject", "predicate", "object"), tuple(rows), triples=True)
        names = tuple(v.value for v in res.variables)
        n = len(names)
        return QueryResult(names, tuple(reader.extend(tuple(conv(sol[j]) for j in range(n)) for sol in res).rows))

    def named_graphs(self) -> list[Identifier]:
        """Names of the graphs besides the default graph (from N-Quads or TriG)."""
        return [to_rdflib(g) for g in self._store.named_graphs()]  # type: ignore[misc]

    def to_memory(self) -> "OxigraphStore":
        """An in-memory copy: queries run 2-4x faster than on RocksDB, for a server or a batch job.

        Copying costs about as much as a bulk load (seconds per million triples), so opening a
        persisted store does not do it unless asked (``kg serve --memory``).

        >>> s = OxigraphStore(); s.load(b"<urn:a> <urn:p> <urn:b> .", format=ox.RdfFormat.N_TRIPLES)
        >>> m = s.to_memory(); m.path is None, len(m)
        (True, 1)
        """
        out = OxigraphStore(timeout=self.timeout, prefixes=self.prefixes)
        out._store.bulk_load(input=self._store.dump(format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS)
        return out

    def pairs(self, predicate: str) -> Iterator[tuple[str, str, str | None]]:
        """A scan of Oxigraph's predicate index: no SPARQL, no rdflib terms (see Store.pairs)."""
        for q in self._store.quads_for_pattern(None, ox.NamedNode(predicate), None, None):
            s, o, g = q.subject, q.object, q.graph_name
            yield (s.value if not isinstance(s, ox.BlankNode) else f"_:{s.value}",
                   o.value if not isinstance(o, ox.BlankNode) else f"_:{o.value}",
                   g.value if isinstance(g, ox.NamedNode) else None)

    def value(self, subject: str, predicate: str) -> str | None:
        for q in self._store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None, None):
            return q.object.value
        return None

    def triples(self) -> Iterable[tuple[Node, Node, Node]]:
        """Every triple (of every graph) as rdflib terms, streamed."""
        for q in self._store.quads_for_pattern(None, None, None, None):
            yield to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)  # type: ignore[misc]

    def dump(self, fmt: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
        """The default graph serialized by Oxigraph (fast; N-Triples unless told otherwise)."""
        if fmt.supports_datasets:
            return self._store.dump(format=fmt)
        return self._store.dump(format=fmt, from_graph=ox.DefaultGraph())

    def graph(self) -> Graph:
        """The triples as an rdflib Graph, built on first use and kept until the store changes.

        This copies everything into rdflib, so it is for serializing and for the rdflib API, not
        for querying a big store (use :meth:`query`).
        """
        if self._graph is None:
            g = new_graph()
            for prefix, ns in self.prefixes.items():
                g.bind(prefix, ns, override=True)
            # Named graphs too: the knowledge graph reads all graphs as one.
            for name in [ox.DefaultGraph(), *self._store.named_graphs()]:
                data = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=name)
                if data:
                    g.parse(data=data, format="nt")
            out = g
            self._graph = out
        return self._graph

    def __len__(self) -> int:
        if self._len is None:
            self._len = len(self._store)
        return self._len
