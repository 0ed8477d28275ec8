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
import json
import logging
import os
import socket
import urllib.error
import urllib.parse
import urllib.request
from typing import Any, Mapping

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Identifier, Node

from ..errors import EndpointError, InvalidQueryError, ReadOnlyError
from .base import QueryResult, Store
from .oxigraph import to_oxigraph
from .sparql_text import check_read_only, query_form, substitute

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


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list[Any] = []
    if user is not None:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user, password or "")
        # Digest for Virtuoso's *-auth endpoints, basic for most others; urllib picks by challenge.
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


def http(method: str, url: str, data: bytes | None = None, headers: Mapping[str, str] | None = None,
         timeout: float = DEFAULT_TIMEOUT, user: str | None = None, password: str | None = None) -> tuple[int, bytes, str]:
    """One HTTP request; EndpointError (URL without credentials, status, a hint) on any failure."""
    shown = redact(url)
    req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    if user is not None and data:
        _authorize_upfront(req, user, password, timeout)
    try:
        with _opener(url, user, password).open(req, timeout=timeout) as resp:
            return resp.status, resp.read(), resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        body = exc.read()[:500].decode("utf-8", "replace").strip()
        hint = {401: "; set KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD", 403: "; the account may lack the right",
                404: "; check the endpoint path"}.get(exc.code, "")
        detail = f": {body.splitlines()[0][:200]}" if body else ""
        raise EndpointError(f"{method} {shown} failed with HTTP {exc.code} {exc.reason}{detail}{hint}") from None
    except (socket.timeout, TimeoutError):
        raise EndpointError(f"{method} {shown} timed out after {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise EndpointError(f"{method} {shown} timed out after {timeout:g} s") from None
        raise EndpointError(f"cannot reach {shown}: {reason}") from None
    except (OSError, ValueError) as exc:
        raise EndpointError(f"cannot reach {shown}: {exc}") from None


def _authorize_upfront(req: urllib.request.Request, user: str, password: str | None, timeout: float) -> None:
    """Answer the server's auth challenge before sending a body.

    urllib sends a request unauthenticated first and retries after the 401; with a large upload
    the server (Virtuoso does) may answer 401 and close the connection while the body is still
    being written, which surfaces as a broken pipe. So ask for the challenge with a bodiless HEAD
    and send the upload with its Authorization header from the start.
    """
    probe = urllib.request.Request(req.full_url, method="HEAD")
    try:
        urllib.request.urlopen(probe, timeout=timeout).close()
        return
    except urllib.error.HTTPError as exc:
        challenge = exc.headers.get("WWW-Authenticate", "") if exc.code == 401 else ""
    except (urllib.error.URLError, OSError):
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
        self.url = url
        self.default_graph = graph
        self.timeout = timeout
        self._user, self._password = credentials(user, password)
        self._graph: Graph | None = None

    def __repr__(self) -> str:
        return f"EndpointStore({redact(self.url)!r})"

    def add_graph(self, graph: Graph) -> None:
        raise ReadOnlyError(f"{redact(self.url)} is queried read-only; upload with `kg push --endpoint URL`")

    def _post(self, query: str, accept: str) -> tuple[bytes, str]:
        form = {"query": query}
        if self.default_graph:
            form["default-graph-uri"] = self.default_graph
        data = urllib.parse.urlencode(form).encode("utf-8")
        _, body, ctype = http("POST", self.url, data, {"Content-Type": "application/x-www-form-urlencoded",
                                                        "Accept": accept}, self.timeout, self._user, self._password)
        return body, ctype

    def _query(self, sparql: str, bindings: Mapping[str, Identifier]) -> QueryResult:
        check_read_only(sparql)
        if bindings:
            terms = {k: to_oxigraph(v) for k, v in bindings.items()}
            if any(isinstance(v, BNode) for v in bindings.values()):
                raise InvalidQueryError("a blank node cannot be bound in a query sent to an endpoint")
            sparql = substitute(sparql, terms)
        form = query_form(sparql)
        if form in ("CONSTRUCT", "DESCRIBE"):
            body, _ = self._post(sparql, "application/n-triples, text/turtle;q=0.9")
            g = Graph()
            try:
                g.parse(data=body, format="nt")
            except Exception:
                g.parse(data=body, format="turtle")
            return QueryResult(("subject", "predicate", "object"), tuple(tuple(t) for t in g))
        body, ctype = self._post(sparql, "application/sparql-results+json")
        try:
            doc = json.loads(body)
        except ValueError:
            raise EndpointError(f"{redact(self.url)} answered with {ctype or 'no content type'}, not SPARQL JSON results") from None
        if "boolean" in doc:
            return QueryResult((), (), bool(doc["boolean"]))
        names = tuple(doc.get("head", {}).get("vars", []))
        rows = tuple(tuple(term_from_json(b.get(v)) for v in names) for b in doc.get("results", {}).get("bindings", []))
        return QueryResult(names, rows)

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


__all__ = ["EndpointStore", "credentials", "http", "redact", "term_from_json"]
