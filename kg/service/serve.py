"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a knowledge graph.

The pieces: :mod:`.protocol` reads a request (GET, POST form, POST ``application/sparql-query``;
the dataset parameters; one query only), :mod:`.workers` runs the query in a worker process that
is killed at its deadline or over its memory budget, :mod:`.results` writes the answer with
rdflib's and pyoxigraph's serializers in the negotiated media type, and :mod:`.describe` answers
a GET without a query with the Service Description (named queries included). This module is the
WSGI application tying them together, and :func:`serve`, which runs it under waitress.

Why waitress: it is a production WSGI server in pure Python with no dependencies of its own, and
it does what a server facing hostile clients needs: it reads each request whole (headers and body,
with size limits) on its own I/O loop before a worker thread sees it, so a client that drips
bytes ties up no thread; it listens with a backlog of 1024 (the standard library's server had 5,
and dropped connections under 16 clients); it closes idle connections; and it answers malformed
HTTP (a negative Content-Length, a bad request line) with 400 before the application is called.

Guards: SPARQL Update is refused (403), and so is SERVICE unless the server was started with
``allow_service``; a query over the size or nesting limits is refused (400) before any engine
parses it; a query past its time limit is stopped (503), one past the row cap or its memory
budget too (413). Cross-origin requests are refused unless their origin was named
(``cors_origins``), and on loopback the Host header must name loopback (no DNS rebinding).
"""
from __future__ import annotations

import logging
import threading
import time
import urllib.parse
from http import HTTPStatus
from typing import Any, Callable, Iterable

from rdflib import Graph
from waitress import wasyncore
from waitress.server import create_server

from ..errors import KGError, ProtocolError
from ..query.sparql import library
from ..stores.base import Store
from ..stores.sparql_text import check_limits, refuse_remote
from .describe import service_description
from .protocol import MAX_BODY, read_request, status_of
from .results import render_graph
from .workers import Limits, Reply, WorkerPool

log = logging.getLogger(__name__)

PATHS = ("/sparql", "/sparql/", "/")
METHODS = "GET, HEAD, POST, OPTIONS"
LOOPBACK = ("127.0.0.1", "localhost", "::1")
_TEXT = "text/plain; charset=utf-8"


def check_origins(origins: Iterable[str]) -> tuple[str, ...]:
    """The CORS origins a server accepts, checked: ``*`` or ``scheme://host[:port]`` each.

    >>> check_origins(["http://localhost:3000"])
    ('http://localhost:3000',)
    >>> check_origins(["localhost:3000"])
    Traceback (most recent call last):
    kg.errors.KGError: CORS origin 'localhost:3000' is not an origin; write it as scheme://host[:port], e.g. http://localhost:3000, or * for any
    """
    out = []
    for o in origins:
        parts = urllib.parse.urlsplit(o)
        if o != "*" and not (parts.scheme in ("http", "https") and parts.netloc and not parts.path.strip("/")
                             and not parts.query):
            raise KGError(f"CORS origin {o!r} is not an origin; write it as scheme://host[:port], "
                          "e.g. http://localhost:3000, or * for any")
        out.append(o.rstrip("/"))
    return tuple(out)


class Endpoint:
    """The WSGI application answering SPARQL queries on *store* at ``/sparql``, ``/sparql/`` and ``/``.

    Queries run in *workers* processes (see :class:`~kg.service.workers.WorkerPool`); call
    :meth:`close` to end them.

    >>> import io, json
    >>> from kg.datasets import tiny_graph
    >>> app = Endpoint(tiny_graph().store, workers=1)
    >>> out = {}
    >>> body = app({"REQUEST_METHOD": "GET", "PATH_INFO": "/sparql", "QUERY_STRING": "query=ASK%7B%7D",
    ...             "wsgi.input": io.BytesIO()}, lambda status, headers: out.update(status=status))
    >>> out["status"], json.loads(b"".join(body))["boolean"]
    ('200 OK', True)
    >>> app.close()
    """

    def __init__(self, store: Store, *, timeout: float = 30.0, max_rows: int = 100_000, workers: int = 2,
                 max_memory_mb: int = 1024, cors_origins: Iterable[str] = (), allowed_hosts: Iterable[str] | None = None,
                 allow_service: bool = False, memory: bool = False, url: str = "http://127.0.0.1:7878/sparql"):
        self.store = store
        self.url = url
        self.cors_origins = check_origins(cors_origins)
        self.allowed_hosts = None if allowed_hosts is None else {h.strip("[]").lower() for h in allowed_hosts}
        self.allow_service = allow_service
        self.limits = Limits(timeout, max_rows, max_memory_mb, allow_service)
        self.pool = WorkerPool(store, workers, self.limits, memory=memory)
        self._description: Graph | None = None

    def close(self) -> None:
        self.pool.close()

    # -- the parts of an answer ---------------------------------------------------------------------

    def _cors(self, environ: dict[str, Any]) -> list[tuple[str, str]]:
        """CORS headers for the request's Origin; ProtocolError(403) for an origin not allowed."""
        origin = environ.get("HTTP_ORIGIN")
        if origin is None:
            return []
        own = f"{environ.get('wsgi.url_scheme', 'http')}://{environ.get('HTTP_HOST', '')}"
        if origin == own:
            return []
        if "*" in self.cors_origins:
            return [("Access-Control-Allow-Origin", "*")]
        if origin in self.cors_origins:
            return [("Access-Control-Allow-Origin", origin)]
        raise ProtocolError(403, f"cross-origin request from {origin} refused; "
                                 f"start kg serve with --cors-origin {origin} to allow it")

    def _check_host(self, environ: dict[str, Any]) -> None:
        if self.allowed_hosts is None:
            return
        host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
        name = urllib.parse.urlsplit(f"//{host}").hostname or ""
        if name.lower() not in self.allowed_hosts:
            raise ProtocolError(403, f"this endpoint answers requests for {', '.join(sorted(self.allowed_hosts))}, "
                                     f"not {host!r}")

    def _describe(self, accept: str) -> tuple[str, bytes]:
        if self._description is None:
            self._description = service_description(
                self.url, len(self.store), [str(g) for g in self.store.named_graphs()], library().values(),
                dict(self.store.prefixes), self.allow_service)
        return render_graph(self._description, accept)

    def _reply(self, environ: dict[str, Any]) -> Reply:
        method = environ.get("REQUEST_METHOD", "GET")
        if (environ.get("PATH_INFO") or "/") not in PATHS:
            raise ProtocolError(404, "the SPARQL endpoint is at /sparql")
        if method == "OPTIONS":
            return Reply(204, _TEXT, b"")
        req = read_request(environ)
        if req.query is None:
            if method == "POST":
                raise ProtocolError(400, "missing query parameter; see https://www.w3.org/TR/sparql11-protocol/")
            ctype, body = self._describe(req.accept)
            return Reply(200, ctype, body)
        # Refused here, before the query takes a worker (the worker's store checks again).
        check_limits(req.query)
        if not self.allow_service:
            refuse_remote(req.query)
        return self.pool.run(req.query, req.dataset, req.accept)

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> list[bytes]:
        started = time.monotonic()
        method = environ.get("REQUEST_METHOD", "GET")
        headers: list[tuple[str, str]] = [("X-Content-Type-Options", "nosniff")]
        try:
            self._check_host(environ)
            cors = self._cors(environ)
            headers += cors
            if method == "OPTIONS" and environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD"):
                reply = self._preflight(environ, bool(cors))
            else:
                reply = self._reply(environ)
        except KGError as exc:
            reply = Reply(status_of(exc), _TEXT, f"{exc}\n".encode("utf-8"))
        except Exception:  # a bug of ours: say so without a traceback on the wire
            log.exception("the endpoint failed on a request")
            reply = Reply(500, _TEXT, b"the endpoint failed on this request; the server log has the details\n")
        if reply.status == 405 or method == "OPTIONS":
            headers.append(("Allow", METHODS))
        if reply.retry_after:
            headers.append(("Retry-After", str(reply.retry_after)))
        headers += list(reply.headers)
        if reply.status != 204:
            headers += [("Content-Type", reply.content_type), ("Content-Length", str(len(reply.body)))]
        headers.append(("Vary", "Accept, Origin" if self.cors_origins else "Accept"))
        start_response(_status_line(reply.status), headers)
        log.info("%s %s -> %d in %.3f s", method, environ.get("PATH_INFO"), reply.status, time.monotonic() - started)
        return [] if method == "HEAD" or reply.status == 204 else [reply.body]

    def _preflight(self, environ: dict[str, Any], allowed: bool) -> Reply:
        """The answer to a CORS preflight (OPTIONS with Access-Control-Request-Method)."""
        wanted = environ.get("HTTP_ACCESS_CONTROL_REQUEST_METHOD", "").upper()
        if wanted not in ("GET", "HEAD", "POST"):
            raise ProtocolError(405, f"{wanted} is not a SPARQL query method; use GET or POST")
        if not allowed:  # a request from the endpoint's own origin needs no CORS headers
            return Reply(204, _TEXT, b"")
        # The endpoint is read-only and takes no cookies, so any request header may be sent.
        requested = environ.get("HTTP_ACCESS_CONTROL_REQUEST_HEADERS", "")
        return Reply(204, _TEXT, b"", headers=(("Access-Control-Allow-Methods", METHODS),
                                               *((("Access-Control-Allow-Headers", requested),) if requested else ()),
                                               ("Access-Control-Max-Age", "600")))


def _status_line(status: int) -> str:
    return f"{status} {HTTPStatus(status).phrase}"


def make_app(store: Store, **options: Any) -> Endpoint:
    """The WSGI application for *store* (see :class:`Endpoint` for the options)."""
    return Endpoint(store, **options)


def serve(store: Store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          max_rows: int = 100_000, ready: Callable[[str], None] | None = None,
          stop: threading.Event | None = None, *, workers: int = 2, threads: int | None = None,
          max_memory_mb: int = 1024, cors_origins: Iterable[str] = (), allow_service: bool = False,
          memory: bool = False) -> None:
    """Serve *store* until interrupted (or *stop* is set); *ready* gets the endpoint URL once listening.

    *workers* query processes answer at once (see :class:`~kg.service.workers.WorkerPool`);
    waitress reads requests with *threads* threads (default: twice the workers, at least 4).
    """
    origins = check_origins(cors_origins)
    try:
        server = create_server(_Deferred(), host=host, port=port, threads=threads or max(4, 2 * workers),
                               backlog=1024, connection_limit=256, channel_timeout=60, cleanup_interval=10,
                               max_request_body_size=MAX_BODY, max_request_header_size=64 * 1024,
                               asyncore_use_poll=True, ident="kg", expose_tracebacks=False)
    except OSError as exc:
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
    shown = f"[{server.effective_host}]" if ":" in str(server.effective_host) else server.effective_host
    url = f"http://{shown}:{server.effective_port}/sparql"
    try:
        app = Endpoint(store, timeout=timeout, max_rows=max_rows, workers=workers, max_memory_mb=max_memory_mb,
                       cors_origins=origins, allow_service=allow_service, memory=memory, url=url,
                       allowed_hosts=LOOPBACK if host in LOOPBACK else None)
    except BaseException:
        server.close()
        raise
    server.application = app
    log.info("serving SPARQL at %s", url)
    if stop is not None:
        def stop_server() -> None:
            stop.wait()
            # Closed from the server's own I/O loop, which then ends its run().
            server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))  # noqa: SLF001

        threading.Thread(target=stop_server, daemon=True, name="kg-serve-stop").start()
    if ready:
        ready(url)
    try:
        server.run()
    finally:
        server.task_dispatcher.shutdown()
        app.close()


class _Deferred:
    """A placeholder application until the endpoint knows its URL (the port may be chosen by the OS)."""

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> list[bytes]:
        start_response("503 Service Unavailable", [("Content-Type", _TEXT)])
        return [b"starting\n"]


__all__ = ["Endpoint", "check_origins", "make_app", "serve"]
