"""``kg push``: upload the graph to a triple store through the SPARQL 1.1 Graph Store Protocol.

Credentials come from the environment (``KG_ENDPOINT_USER``, ``KG_ENDPOINT_PASSWORD``) or a
prompt, never from the command line or the URL, and never appear in logs or error messages (see
:func:`kg.stores.remote.redact`). The HTTP client is the endpoint store's, with its total deadline.
"""
from __future__ import annotations

import logging
import urllib.parse
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..stores.base import Store
from ..stores.oxigraph import OxigraphStore
from ..stores.remote import credentials, http, redact

if TYPE_CHECKING:
    from ..core import GraphData
log = logging.getLogger(__name__)


def push(data: bytes, url: str, graph: str | None = None, content_type: str = "text/turtle",
         replace: bool = True, timeout: float = 600.0, user: str | None = None, password: str | None = None) -> int:
    """Upload serialized RDF to a SPARQL 1.1 Graph Store Protocol endpoint; returns the HTTP status.

    PUT replaces the graph (the default, so pushing twice leaves one copy), POST adds to it.
    *graph* names the target graph; without it the default graph is written. *timeout* bounds the
    whole exchange (connecting, an authentication probe, the upload and the answer), however slowly
    the server answers; a URL with credentials in it is refused (they go in the environment).

    >>> push(b"", "http://127.0.0.1:9/gsp", "urn:g", timeout=2)
    Traceback (most recent call last):
    kg.errors.EndpointError: cannot reach http://127.0.0.1:9/gsp?graph=urn%3Ag: [Errno 111] Connection refused
    """
    user, password = credentials(user, password)
    sep = "&" if "?" in url else "?"
    target = url + sep + (urllib.parse.urlencode({"graph": graph}) if graph else "default")
    status, _, _ = http("PUT" if replace else "POST", target, data, {"Content-Type": content_type}, timeout, user, password)
    log.info("pushed %d bytes to %s (HTTP %d)", len(data), redact(target), status)
    return status


def serialize_for_push(store: Store) -> bytes:
    """The store's triples as N-Triples (valid Turtle too), from Oxigraph's fast writer when possible.

    >>> from kg.stores.memory import RdflibStore
    >>> serialize_for_push(RdflibStore()).strip()
    b''
    """
    if isinstance(store, OxigraphStore):
        return store.dump(ox.RdfFormat.N_TRIPLES)
    return store.graph().serialize(format="nt", encoding="utf-8")


def push_graph(g: "GraphData", url: str, graph: str | None = None, append: bool = False, timeout: float = 600.0,
               user: str | None = None, password: str | None = None) -> int:
    """Upload every triple of *g* to the Graph Store Protocol endpoint *url*; returns the HTTP status.

    The graph *graph* (default: the default graph) is replaced unless *append*.

    >>> from kg.datasets import tiny_graph
    >>> push_graph(tiny_graph(), "http://127.0.0.1:9/gsp", timeout=2)
    Traceback (most recent call last):
    kg.errors.EndpointError: cannot reach http://127.0.0.1:9/gsp?default: [Errno 111] Connection refused
    """
    return push(serialize_for_push(g.store), url, graph, "text/turtle", replace=not append, timeout=timeout,
                user=user, password=password)


__all__ = ["push", "push_graph", "serialize_for_push"]
