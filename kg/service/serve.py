"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a knowledge graph.

A small WSGI application served by the standard library's :mod:`wsgiref`. Why not a framework:
the protocol is two routes' worth of work (GET ``?query=``, POST form or ``application/sparql-query``
body), the graph is read-only and the server binds to loopback by default, so Flask or Starlette
would add dependencies without removing code. A deployment that needs TLS, many users or more
throughput mounts :func:`make_app` in any WSGI server (gunicorn, uwsgi), or loads the graph into a
real triple store (``kg push``).

Guards: SPARQL Update is refused (403), a query that runs past ``timeout`` seconds is answered
with 503, and a result with more than ``max_rows`` rows is cut off with 413 rather than streamed.
"""
from __future__ import annotations

import concurrent.futures
import json  # used by the doctests
import logging
import threading
import urllib.parse
from typing import Any, Callable, Iterable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from socketserver import ThreadingMixIn

from rdflib import Graph

from ..errors import InvalidQueryError, KGError, QueryTimeoutError, ReadOnlyError
from ..stores.base import QueryResult, Store
from ..stores.sparql_text import query_form
from ..views.tables import sparql_results

log = logging.getLogger(__name__)

RESULT_TYPES = {
    "application/sparql-results+json": "sparql-json",
    "application/json": "sparql-json",
    "text/csv": "sparql-csv",
    "text/tab-separated-values": "sparql-tsv",
}
GRAPH_TYPES = {"application/n-triples": "nt", "text/turtle": "turtle", "application/ld+json": "json-ld"}
MAX_BODY = 1_000_000


def negotiate(accept: str, offered: Iterable[str]) -> str | None:
    """The offered media type the Accept header prefers (first offered for ``*/*`` or no header).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", ["application/sparql-results+json", "text/csv"])
    'application/sparql-results+json'
    >>> negotiate("image/png", ["text/csv"]) is None
    True
    """
    offered = list(offered)
    if not accept.strip():
        return offered[0]
    prefs = []
    for i, part in enumerate(accept.split(",")):
        bits = [b.strip() for b in part.split(";")]
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        prefs.append((-q, i, bits[0].lower()))
    for q, _, mt in sorted(prefs):
        if q == 0:
            continue
        if mt in ("*/*", "application/*", "text/*"):
            return next((o for o in offered if mt == "*/*" or o.startswith(mt[:-1])), None)
        if mt in offered:
            return mt
    return None


def make_app(store: Store, timeout: float = 30.0, max_rows: int = 100_000, workers: int = 2) -> Callable:
    """The WSGI application answering SPARQL queries on *store* at ``/sparql`` (and ``/``).

    >>> from kg.stores.memory import RdflibStore
    >>> app = make_app(RdflibStore())
    >>> out = {}
    >>> body = app({"REQUEST_METHOD": "GET", "PATH_INFO": "/sparql", "QUERY_STRING": "query=ASK%7B%7D"},
    ...            lambda status, headers: out.update(status=status))
    >>> out["status"], json.loads(b"".join(body))["boolean"]
    ('200 OK', True)
    """
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-query")
    if hasattr(store, "timeout"):
        store.timeout = timeout  # type: ignore[attr-defined] # the store stops reading rows past it

    def reply(start, status: str, body: bytes, ctype: str = "text/plain; charset=utf-8") -> list[bytes]:
        start(status, [("Content-Type", ctype), ("Content-Length", str(len(body))),
                       ("Access-Control-Allow-Origin", "*")])
        return [body]

    def app(environ: dict[str, Any], start) -> list[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        if environ.get("PATH_INFO", "/") not in ("/", "/sparql"):
            return reply(start, "404 Not Found", b"the SPARQL endpoint is at /sparql\n")
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""))
        query = (params.get("query") or [None])[0]
        if method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > MAX_BODY:
                return reply(start, "413 Payload Too Large", b"query too long\n")
            body = environ["wsgi.input"].read(length) if length else b""
            ctype = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-query":
                query = body.decode("utf-8", "replace")
            elif ctype == "application/x-www-form-urlencoded":
                form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
                if "update" in form:
                    return reply(start, "403 Forbidden", b"SPARQL Update is not allowed: this endpoint is read-only\n")
                query = (form.get("query") or [None])[0]
            elif ctype == "application/sparql-update":
                return reply(start, "403 Forbidden", b"SPARQL Update is not allowed: this endpoint is read-only\n")
            else:
                return reply(start, "415 Unsupported Media Type",
                             b"POST application/sparql-query or application/x-www-form-urlencoded\n")
        elif method not in ("GET", "HEAD"):
            return reply(start, "405 Method Not Allowed", b"use GET or POST\n")
        if "update" in params:
            return reply(start, "403 Forbidden", b"SPARQL Update is not allowed: this endpoint is read-only\n")
        if not query:
            return reply(start, "400 Bad Request", b"missing query parameter; see https://www.w3.org/TR/sparql11-protocol/\n")
        future = pool.submit(store.query, query)
        try:
            result: QueryResult = future.result(timeout=timeout)
        except concurrent.futures.TimeoutError:
            log.warning("query timed out after %s s", timeout)
            return reply(start, "503 Service Unavailable", f"query timed out after {timeout:g} s\n".encode())
        except QueryTimeoutError as exc:
            return reply(start, "503 Service Unavailable", f"{exc}\n".encode())
        except ReadOnlyError as exc:
            return reply(start, "403 Forbidden", f"{exc}\n".encode())
        except (InvalidQueryError, KGError) as exc:
            return reply(start, "400 Bad Request", f"{exc}\n".encode())
        if len(result.rows) > max_rows:
            return reply(start, "413 Payload Too Large",
                         f"the result has {len(result.rows)} rows, more than this endpoint's cap of {max_rows}; add LIMIT\n".encode())
        accept = environ.get("HTTP_ACCEPT", "")
        if result.vars == ("subject", "predicate", "object") and query_form(query) in ("CONSTRUCT", "DESCRIBE"):
            mt = negotiate(accept, list(GRAPH_TYPES))
            if mt is None:
                return reply(start, "406 Not Acceptable", f"graph results come as {', '.join(GRAPH_TYPES)}\n".encode())
            g = Graph()
            for t in result.rows:
                g.add(t)  # type: ignore[arg-type]
            return reply(start, "200 OK", g.serialize(format=GRAPH_TYPES[mt], encoding="utf-8"), f"{mt}; charset=utf-8")
        mt = negotiate(accept, list(RESULT_TYPES))
        if mt is None:
            return reply(start, "406 Not Acceptable", f"results come as {', '.join(RESULT_TYPES)}\n".encode())
        fmt = RESULT_TYPES[mt]
        if fmt != "sparql-json" and result.boolean is not None:
            fmt, mt = "sparql-json", "application/sparql-results+json"
        return reply(start, "200 OK", sparql_results(result, fmt).encode("utf-8"), f"{mt}; charset=utf-8")

    return app


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        log.info("%s %s", self.address_string(), format % args)


def serve(store: Store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
          max_rows: int = 100_000, ready: Callable[[str], None] | None = None,
          stop: threading.Event | None = None) -> None:
    """Serve *store* until interrupted (or *stop* is set); *ready* gets the endpoint URL once listening."""
    app = make_app(store, timeout=timeout, max_rows=max_rows)
    try:
        httpd = make_server(host, port, app, server_class=_Server, handler_class=_Quiet)
    except OSError as exc:
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}; choose another --port") from None
    url = f"http://{host}:{httpd.server_port}/sparql"
    log.info("serving SPARQL at %s", url)
    if ready:
        ready(url)
    with httpd:
        if stop is None:
            httpd.serve_forever()
        else:
            t = threading.Thread(target=httpd.serve_forever, daemon=True)
            t.start()
            stop.wait()
            httpd.shutdown()


__all__ = ["make_app", "negotiate", "serve"]
