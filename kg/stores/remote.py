"""A remote SPARQL 1.1 endpoint as a store, and the HTTP client every remote call shares.

:class:`EndpointStore` sends the named query library (or any read-only query) to a remote
endpoint over the SPARQL 1.1 Protocol, so a graph that has outgrown one machine is queried with
the same commands. (:mod:`kg.service.push` uploads a graph through the Graph Store Protocol with
the same client.)

Credentials come from the environment (``KG_ENDPOINT_USER``, ``KG_ENDPOINT_PASSWORD``) or a
prompt, never from the command line, and never appear in logs or error messages: URLs are shown
without any ``user:password@`` part. Only the standard library is used (urllib handles HTTP basic
and digest authentication), so talking to an endpoint adds no dependency.
"""
from __future__ import annotations

import base64
from http import client as http_client
import json
import logging
import os
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from ..errors import EndpointError, InvalidQueryError, ReadOnlyError
from .base import QueryDataset, QueryResult, RowReader, Store
from .oxigraph import to_oxigraph
from .sparql_text import parse_query, substitute

log = logging.getLogger(__name__)

USER_ENV = "KG_ENDPOINT_USER"
PASSWORD_ENV = "KG_ENDPOINT_PASSWORD"
DEFAULT_TIMEOUT = 60.0


def redact(url: str) -> str:
    """*url* without credentials, for messages and logs.

    >>> redact("http://alice:secret@localhost:8890/sparql?x=1")
    'http://localhost:8890/sparql?x=1'
    """
    parts = urllib.parse.urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host += f":{parts.port}"
    return urllib.parse.urlunsplit((parts.scheme, host, parts.path, parts.query, parts.fragment))


def credentials(user: str | None = None, password: str | None = None) -> tuple[str | None, str | None]:
    """User and password from the arguments, else from ``KG_ENDPOINT_USER`` / ``KG_ENDPOINT_PASSWORD``.

    >>> credentials("alice", "pw")
    ('alice', 'pw')
    """
    return user or os.environ.get(USER_ENV) or None, password or os.environ.get(PASSWORD_ENV) or None


def refuse_credentials(url: str) -> None:
    """Refuse a URL with ``user:password@``: URLs end up in shell history, logs and messages.

    >>> refuse_credentials("http://alice:secret@localhost:8890/sparql")
    Traceback (most recent call last):
    kg.errors.EndpointError: http://localhost:8890/sparql: credentials do not go in the URL; set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (kg prompts for the password when only the user is set)
    """
    parts = urllib.parse.urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise EndpointError(f"{redact(url)}: credentials do not go in the URL; set {USER_ENV} and {PASSWORD_ENV} "
                            "(kg prompts for the password when only the user is set)")


class Deadline:
    """One time limit for a whole exchange (probe, upload, answer).

    A socket timeout limits each read, so a server that sends a byte every second keeps a request
    alive for ever; when the deadline passes, every socket opened under it is shut down instead.
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._at = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def left(self) -> float:
        return max(0.001, self._at - time.monotonic())

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                self._shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def cancel(self) -> None:
        self._timer.cancel()


def _handlers(deadline: Deadline) -> list[urllib.request.BaseHandler]:
    """urllib's HTTP and HTTPS handlers with connections that report their sockets to *deadline*."""

    class Connection(http_client.HTTPConnection):
        def connect(self) -> None:
            self.timeout = deadline.left()
            super().connect()
            deadline.watch(self.sock)

    class SecureConnection(http_client.HTTPSConnection):
        def connect(self) -> None:
            self.timeout = deadline.left()
            super().connect()
            deadline.watch(self.sock)

    class Handler(urllib.request.HTTPHandler):
        def http_open(self, req):
            return self.do_open(Connection, req)

    class SecureHandler(urllib.request.HTTPSHandler):
        def https_open(self, req):
            return self.do_open(SecureConnection, req, context=self._context)

    return [Handler(), SecureHandler()]


def _opener(url: str, user: str | None, password: str | None, deadline: Deadline) -> urllib.request.OpenerDirector:
    handlers: list[Any] = _handlers(deadline)
    if user is not None:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password or "")
        # Digest for Virtuoso's *-auth endpoints, basic for most others; urllib picks by challenge.
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


#: The largest answer read from an endpoint, in bytes: a bigger one is refused, not held in memory.
MAX_ANSWER_BYTES = 512 * 1024 * 1024


def http(method: str, url: str, data: bytes | None = None, headers: Mapping[str, str] | None = None,
         timeout: float = DEFAULT_TIMEOUT, user: str | None = None, password: str | None = None,
         max_bytes: int = MAX_ANSWER_BYTES) -> tuple[int, bytes, str]:
    """One HTTP exchange finished within *timeout* seconds in all; EndpointError (URL without
    credentials, status, a hint) on any failure.

    >>> http("GET", "http://127.0.0.1:9/x", timeout=2)
    Traceback (most recent call last):
    kg.errors.EndpointError: cannot reach http://127.0.0.1:9/x: [Errno 111] Connection refused
    """
    refuse_credentials(url)
    shown = redact(url)
    deadline = Deadline(timeout)
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    try:
        if user is not None and data:
            _authorize_upfront(req, user, password, deadline)
        with _opener(url, user, password, deadline).open(req, timeout=deadline.left()) as resp:
            body = resp.read(max_bytes + 1)
            if deadline.expired:  # the sockets were shut down under a half-read answer
                raise TimeoutError
            if len(body) > max_bytes:
                raise EndpointError(f"{method} {shown} answered with more than {max_bytes // 2**20} MB; "
                                    "ask for less (LIMIT) or use the endpoint's own tools")
            return resp.status, body, resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        body = exc.read(4096)[:500].decode("utf-8", "replace").strip()
        hint = {401: f"; set {USER_ENV} and {PASSWORD_ENV}", 403: "; the account may lack the right",
                404: "; check the endpoint path"}.get(exc.code, "")
        detail = f": {body.splitlines()[0][:200]}" if body else ""
        raise EndpointError(f"{method} {shown} failed with HTTP {exc.code} {exc.reason}{detail}{hint}") from None
    except EndpointError:
        raise
    except Exception as exc:
        if deadline.expired or isinstance(exc, (socket.timeout, TimeoutError)) or \
                isinstance(getattr(exc, "reason", None), (socket.timeout, TimeoutError)):
            raise EndpointError(f"{method} {shown} timed out after {timeout:g} s (the limit for the whole exchange)") from None
        if isinstance(exc, http_client.HTTPException):
            detail = " ".join(str(exc).split())[:100] or "empty"
            raise EndpointError(f"{method} {shown} got an answer that is not HTTP ({type(exc).__name__}: "
                                f"{detail}); check the URL and port") from None
        if isinstance(exc, urllib.error.URLError):
            raise EndpointError(f"cannot reach {shown}: {exc.reason}") from None
        if isinstance(exc, (OSError, ValueError)):
            raise EndpointError(f"cannot reach {shown}: {exc}") from None
        raise
    finally:
        deadline.cancel()


def _authorize_upfront(req: urllib.request.Request, user: str, password: str | None, deadline: Deadline) -> None:
    """Answer the server's auth challenge before sending a body.

    urllib sends a request unauthenticated first and retries after the 401; with a large upload
    the server (Virtuoso does) may answer 401 and close the connection while the body is still
    being written, which surfaces as a broken pipe. So ask for the challenge with a bodiless HEAD
    and send the upload with its Authorization header from the start.
    """
    probe = urllib.request.Request(req.full_url, method="HEAD")
    try:
        urllib.request.build_opener(*_handlers(deadline)).open(probe, timeout=deadline.left()).close()
        return
    except urllib.error.HTTPError as exc:
        challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
    except (urllib.error.URLError, OSError, http_client.HTTPException):
        return  # the real request reports the failure
    scheme, _, rest = challenge.partition(" ")
    mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    mgr.add_password(None, req.full_url, user, password or "")
    if scheme.lower() == "digest":
        handler = urllib.request.HTTPDigestAuthHandler(mgr)
        chal = urllib.request.parse_keqv_list(urllib.request.parse_http_list(rest))
        auth = handler.get_authorization(req, chal)
        if auth:
            req.add_unredirected_header("Authorization", f"Digest {auth}")
    elif scheme.lower() == "basic":
        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        req.add_unredirected_header("Authorization", f"Basic {token}")


def term_from_json(t: Mapping[str, str] | None) -> Node | None:
    """An rdflib term from a SPARQL 1.1 JSON results binding.

    >>> term_from_json({"type": "literal", "value": "3", "datatype": "http://www.w3.org/2001/XMLSchema#integer"}).toPython()
    3
    >>> term_from_json({"type": "uri", "value": "urn:a"})
    rdflib.term.URIRef('urn:a')
    """
    if t is None:
        return None
    kind = t.get("type")
    if kind == "uri":
        return URIRef(t["value"])
    if kind == "bnode":
        return BNode(t["value"])
    if "xml:lang" in t:
        return Literal(t["value"], lang=t["xml:lang"])
    dt = t.get("datatype")
    if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(t["value"], datatype=URIRef(dt))
    return Literal(t["value"])


class EndpointStore(Store):
    """A remote SPARQL 1.1 endpoint behind the Store interface (read-only).

    Parameters are turned into RDF terms and written into the query as SEP-0007 substitution
    prescribes (IRIs validated, literals escaped by Oxigraph; see kg.stores.sparql_text.substitute),
    since the SPARQL Protocol has no way to send bindings separately. *graph* names the default
    graph to query (sent as ``default-graph-uri``).

    >>> s = EndpointStore("http://127.0.0.1:9/sparql", timeout=2)
    >>> s.query("SELECT * WHERE { ?s ?p ?o }")
    Traceback (most recent call last):
    kg.errors.EndpointError: cannot reach http://127.0.0.1:9/sparql: [Errno 111] Connection refused
    """

    name = "endpoint"

    def __init__(self, url: str, graph: str | None = None, timeout: float = DEFAULT_TIMEOUT,
                 user: str | None = None, password: str | None = None):
        if not urllib.parse.urlsplit(url).scheme.startswith("http"):
            raise EndpointError(f"endpoint {redact(url)!r} must be an http:// or https:// URL")
        refuse_credentials(url)
        self.url = url
        self.default_graph = graph
        self.timeout = timeout
        self._user, self._password = credentials(user, password)
        self._graph: Graph | None = None

    def __repr__(self) -> str:
        return f"EndpointStore({redact(self.url)!r})"

    def add_graph(self, graph: Graph) -> None:
        raise ReadOnlyError(f"{redact(self.url)} is queried read-only; upload with `kg push --endpoint URL`")

    def _post(self, query: str, accept: str, dataset: QueryDataset | None) -> tuple[bytes, str]:
        form: list[tuple[str, str]] = [("query", query)]
        if dataset is not None:
            form += [("default-graph-uri", g) for g in dataset.default] + [("named-graph-uri", g) for g in dataset.named]
        elif self.default_graph:
            form.append(("default-graph-uri", self.default_graph))
        data = urllib.parse.urlencode(form).encode("utf-8")
        _, body, ctype = http("POST", self.url, data, {"Content-Type": "application/x-www-form-urlencoded",
                                                        "Accept": accept}, self.timeout, self._user, self._password)
        return body, ctype

    def _query(self, sparql: str, bindings: Mapping[str, Identifier], *, base: str,
               dataset: QueryDataset | None, max_rows: int | None) -> QueryResult:
        form = parse_query(sparql)[1].name  # refuses updates before anything is sent
        if bindings:
            terms = {k: to_oxigraph(v) for k, v in bindings.items()}
            if any(isinstance(v, BNode) for v in bindings.values()):
                raise InvalidQueryError("a blank node cannot be bound in a query sent to an endpoint")
            sparql = substitute(sparql, terms)
        # The endpoint would resolve relative IRIs against a base of its choosing; say ours.
        sparql = f"BASE <{base}>\n{sparql}"
        reader = RowReader(max_rows, None)
        if form in ("ConstructQuery", "DescribeQuery"):
            body, _ = self._post(sparql, "application/n-triples, text/turtle;q=0.9", dataset)
            g = Graph()
            try:
                try:
                    g.parse(data=body, format="nt")
                except Exception:
                    g.parse(data=body, format="turtle")
            except Exception as exc:
                raise EndpointError(f"{redact(self.url)} answered a {form[:-5].upper()} with RDF that does not parse: {exc}") from None
            return QueryResult(("subject", "predicate", "object"), tuple(reader.extend(tuple(t) for t in g).rows),
                               triples=True)
        body, ctype = self._post(sparql, "application/sparql-results+json", dataset)
        try:
            doc = json.loads(body)
            if "boolean" in doc:
                return QueryResult((), (), bool(doc["boolean"]))
            names = tuple(doc.get("head", {}).get("vars", []))
            rows = reader.extend(tuple(term_from_json(b.get(v)) for v in names)
                                 for b in doc.get("results", {}).get("bindings", [])).rows
        except (ValueError, AttributeError, TypeError, KeyError):
            raise EndpointError(f"{redact(self.url)} answered with {ctype or 'no content type'}, not SPARQL JSON results") from None
        return QueryResult(names, tuple(rows))

    def graph(self) -> Graph:
        if self._graph is None:
            g = Graph()
            for s, p, o in self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").rows:
                g.add((s, p, o))
            self._graph = g
        return self._graph

    def __len__(self) -> int:
        r = self.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(r.rows[0][0].toPython()) if r.rows else 0  # type: ignore[union-attr]


__all__ = ["Deadline", "EndpointStore", "credentials", "http", "redact", "refuse_credentials", "term_from_json"]
