"""The SPARQL 1.1 Protocol's request side: what a request asks, and in which media types.

:func:`read_request` turns a WSGI request into a :class:`SparqlRequest` (the query, the dataset
of ``default-graph-uri`` / ``named-graph-uri``, the Accept header) or refuses it with a
:class:`~kg.errors.ProtocolError` carrying the status the protocol calls for: several ``query``
parameters, a POST with another media type or a non-UTF-8 body, an update. :func:`negotiate`
picks a media type from an Accept header; :func:`status_of` maps our errors onto HTTP statuses.
"""
from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from typing import Any, Iterable

from ..errors import (AnswerLimitError, InvalidQueryError, KGError, ProtocolError, QueryLimitError,
                      QueryTimeoutError, ReadOnlyError, RemoteAccessError)
from ..stores.base import QueryDataset
from ..stores.sparql_text import MAX_QUERY_CHARS

#: The largest request body read: a form-encoded query of MAX_QUERY_CHARS characters, escaped.
MAX_BODY = 4 * MAX_QUERY_CHARS

#: Media types for SELECT results, the default first; values are the canonical type to answer with.
SELECT_TYPES = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
}
#: ASK answers come as JSON or XML only: the CSV and TSV formats define no boolean.
ASK_TYPES = {k: v for k, v in SELECT_TYPES.items() if not k.startswith("text/csv") and "tab-separated" not in k}
#: Media types for the graph of a CONSTRUCT or DESCRIBE (and the service description).
GRAPH_TYPES = {
    "text/turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "application/rdf+xml": "application/rdf+xml",
    "application/ld+json": "application/ld+json",
    "application/x-turtle": "text/turtle",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
}
UPDATE_REFUSED = "SPARQL Update is not allowed: this endpoint is read-only"


@dataclass(frozen=True)
class SparqlRequest:
    """What a protocol request asks: *query* (None: the service description), its dataset, its Accept."""

    query: str | None
    dataset: QueryDataset | None = None
    accept: str = ""


def negotiate(accept: str, offered: dict[str, str] | Iterable[str]) -> str | None:
    """The media type to answer with: the offered one the Accept header prefers (the first offered
    for ``*/*`` or no header), as its canonical name; None when nothing offered is acceptable.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", SELECT_TYPES)
    'application/sparql-results+json'
    >>> negotiate("application/xml;q=0.9, */*;q=0.8", GRAPH_TYPES)
    'application/rdf+xml'
    >>> negotiate("text/csv", ASK_TYPES) is None
    True
    """
    table = offered if isinstance(offered, dict) else {o: o for o in offered}
    names = list(table)
    if not accept.strip():
        return table[names[0]]
    prefs = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.lower().startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        # A more specific type wins over a wildcard of the same quality (RFC 9110, 12.5.1).
        specific = 0 if "*" not in bits[0] else (1 if not bits[0].startswith("*") else 2)
        prefs.append((-q, specific, i, bits[0].lower()))
    refused = {mt for q, _, _, mt in prefs if q == 0}
    for q, _, _, mt in sorted(prefs):
        if q == 0:
            continue
        if mt.endswith("/*"):
            kind = mt[:-1]
            match = next((o for o in names if (mt == "*/*" or o.startswith(kind)) and o not in refused), None)
            if match:
                return table[match]
        elif mt in table:
            return table[mt]
    return None


def _single(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise ProtocolError(400, f"{len(values)} '{name}' parameters; send exactly one {name} per request")
    return values[0] if values else None


def _body(environ: dict[str, Any]) -> bytes:
    raw = environ.get("CONTENT_LENGTH") or "0"
    try:
        length = int(raw)
    except ValueError:
        raise ProtocolError(400, f"Content-Length {raw!r} is not a number") from None
    if length < 0:
        raise ProtocolError(400, f"Content-Length {length} is negative")
    if length > MAX_BODY:
        raise ProtocolError(413, f"the request body has {length:,} bytes; the limit is {MAX_BODY:,}")
    return environ["wsgi.input"].read(length) if length else b""


def _text(data: bytes, what: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, f"the {what} is not UTF-8; send the query as UTF-8") from None


def read_request(environ: dict[str, Any]) -> SparqlRequest:
    """The query, dataset and Accept header of a GET or POST; ProtocolError for anything else.

    >>> read_request({"REQUEST_METHOD": "GET", "QUERY_STRING": "query=ASK%7B%7D&default-graph-uri=urn%3Ag"})
    SparqlRequest(query='ASK{}', dataset=QueryDataset(default=('urn:g',), named=()), accept='')
    >>> read_request({"REQUEST_METHOD": "GET", "QUERY_STRING": "query=ASK%7B%7D&query=ASK%7B%7D"})
    Traceback (most recent call last):
    kg.errors.ProtocolError: 2 'query' parameters; send exactly one query per request
    """
    method = environ.get("REQUEST_METHOD", "GET")
    url_params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    params = url_params
    if "update" in url_params or "using-graph-uri" in url_params or "using-named-graph-uri" in url_params:
        raise ProtocolError(403, UPDATE_REFUSED)
    if method == "POST":
        ctype, _, options = (environ.get("CONTENT_TYPE") or "").partition(";")
        ctype = ctype.strip().lower()
        charset = next((o.split("=", 1)[1].strip().strip('"').lower() for o in options.split(";")
                        if o.strip().lower().startswith("charset=")), "utf-8")
        if ctype == "application/sparql-update":
            raise ProtocolError(403, UPDATE_REFUSED)
        if ctype not in ("application/sparql-query", "application/x-www-form-urlencoded"):
            raise ProtocolError(415, "POST a query as application/sparql-query or application/x-www-form-urlencoded"
                                     f" (got {ctype or 'no Content-Type'})")
        if charset not in ("utf-8", "utf8"):
            raise ProtocolError(415, f"the body is declared {charset}; send the query as UTF-8")
        body = _body(environ)
        if ctype == "application/sparql-query":
            if "query" in url_params:
                raise ProtocolError(400, "a query in the body and another in the URL; send one")
            query = _text(body, "request body")
        else:
            form = urllib.parse.parse_qs(_text(body, "form body"), keep_blank_values=True)
            if "update" in form:
                raise ProtocolError(403, UPDATE_REFUSED)
            if "query" in form and "query" in url_params:
                raise ProtocolError(400, "a query in the body and another in the URL; send one")
            params = {**url_params, **{k: url_params.get(k, []) + v for k, v in form.items()}}
            query = _single(params, "query")
            if query is None:
                raise ProtocolError(400, "the form has no 'query' parameter")
    elif method in ("GET", "HEAD"):
        query = _single(params, "query")
    else:
        raise ProtocolError(405, f"{method} is not a SPARQL query method; use GET or POST")
    dataset = None
    if "default-graph-uri" in params or "named-graph-uri" in params:
        try:
            dataset = QueryDataset(tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])))
        except InvalidQueryError as exc:
            raise ProtocolError(400, str(exc)) from None
    if query is not None and not query.strip():
        raise ProtocolError(400, "the query is empty")
    return SparqlRequest(query, dataset, environ.get("HTTP_ACCEPT", ""))


def status_of(exc: BaseException) -> int:
    """The HTTP status for an error a query ended with.

    >>> status_of(ReadOnlyError("no")), status_of(QueryTimeoutError("slow")), status_of(InvalidQueryError("bad"))
    (403, 503, 400)
    """
    if isinstance(exc, ProtocolError):
        return exc.status
    if isinstance(exc, (ReadOnlyError, RemoteAccessError)):
        return 403
    if isinstance(exc, QueryTimeoutError):
        return 503
    if isinstance(exc, (AnswerLimitError, MemoryError)):
        return 413
    if isinstance(exc, (QueryLimitError, InvalidQueryError, KGError, RecursionError)):
        return 400
    return 500


__all__ = ["ASK_TYPES", "GRAPH_TYPES", "MAX_BODY", "SELECT_TYPES", "SparqlRequest", "negotiate", "read_request",
           "status_of"]
