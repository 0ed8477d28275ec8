"""Query workers: every query of the endpoint runs in a process the server can end.

A Python thread cannot be stopped, rdflib evaluates queries in pure Python and pyoxigraph offers
no cancellation, so a query that runs past its time limit, or grows past its memory budget, can
only be stopped by ending the process it runs in. :class:`WorkerPool` keeps a few worker
processes, each with its own copy of the store (opened read-only from its folder, or loaded from
a dump written once at start), hands each query to an idle one, and kills a worker whose query
outlives its deadline or its memory budget, starting a fresh one in its place while the others
keep answering. The worker also serializes the answer (:mod:`kg.service.results`), so writing a
huge answer is bounded the same way, and it enforces the row cap while the rows are read.

Workers start from a fork server (a clean single-threaded process that preloads this module and
rdflib's SPARQL grammar), so a replacement never inherits the server's threads and starts in a
fraction of a second plus the time to open the store. As with any use of multiprocessing, a
script that starts a server must guard its entry point with ``if __name__ == "__main__":``.
"""
from __future__ import annotations

import functools
import logging
import multiprocessing
import os
import queue
import shutil
import signal
import sys
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import pyoxigraph as ox
from rdflib import Dataset

from ..errors import KGError, StoreError
from ..stores.base import QueryDataset, Store
from ..stores.memory import QuietDataset, RdflibStore
from ..stores.oxigraph import OxigraphStore
from ..stores.remote import EndpointStore
from .protocol import status_of
from .results import render

log = logging.getLogger(__name__)

#: Seconds a worker gets past the query's time limit to stop by itself (it checks the clock while
#: rows are read) before it is killed.
GRACE = 0.5
_TEXT = "text/plain; charset=utf-8"


@dataclass(frozen=True)
class Limits:
    """What one query may use: seconds, rows, megabytes of memory beyond the worker's own."""

    timeout: float = 30.0
    max_rows: int = 100_000
    max_memory_mb: int = 1024
    allow_service: bool = False


@dataclass(frozen=True)
class Reply:
    """An answer for the HTTP layer."""

    status: int
    content_type: str
    body: bytes
    retry_after: int | None = None
    headers: tuple[tuple[str, str], ...] = ()


def _text(status: int, message: str, retry_after: int | None = None) -> Reply:
    return Reply(status, _TEXT, (message.rstrip() + "\n").encode("utf-8"), retry_after)


# -- opening the store in a worker ---------------------------------------------------------------


def _open_folder(path: str, prefixes: dict[str, str], memory: bool) -> Store:
    store = OxigraphStore(path, read_only=True, prefixes=prefixes)
    return store.to_memory() if memory else store


def _load_oxigraph(dump: str, prefixes: dict[str, str]) -> Store:
    store = OxigraphStore(prefixes=prefixes)
    store.oxigraph.bulk_load(path=dump, format=ox.RdfFormat.N_QUADS)
    return store


def _load_rdflib(dump: str, prefixes: dict[str, str]) -> Store:
    data = QuietDataset()
    with warnings.catch_warnings():  # rdflib 7.6's N-Quads parser calls its own deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        data.parse(dump, format="nquads")
    for prefix, ns in prefixes.items():
        data.bind(prefix, ns, override=True)
    return RdflibStore(data)


def _open_endpoint(url: str, graph: str | None, timeout: float, user: str | None, password: str | None) -> Store:
    return EndpointStore(url, graph, timeout, user, password)


def store_opener(store: Store, folder: Path, memory: bool = False) -> Callable[[], Store]:
    """A picklable function that opens a copy of *store* in a worker; a store held only in
    memory is dumped (as N-Quads) into *folder* once, for every worker to load.

    >>> import tempfile; from kg.datasets import tiny_graph
    >>> open_copy = store_opener(tiny_graph().store, Path(tempfile.mkdtemp()))
    >>> len(open_copy()) == len(tiny_graph().store)
    True
    """
    if isinstance(store, OxigraphStore) and store.path is not None:
        return functools.partial(_open_folder, str(store.path), dict(store.prefixes), memory)
    if isinstance(store, OxigraphStore):
        dump = folder / "store.nq"
        store.oxigraph.dump(str(dump), format=ox.RdfFormat.N_QUADS)
        return functools.partial(_load_oxigraph, str(dump), dict(store.prefixes))
    if isinstance(store, EndpointStore):
        return functools.partial(_open_endpoint, store.url, store.default_graph, store.timeout,
                                 store._user, store._password)  # noqa: SLF001 - the same store, reopened
    dump = folder / "store.nq"
    if isinstance(store, RdflibStore):
        data, prefixes = store._ds, dict(store._ds.namespaces())  # noqa: SLF001 - its own dataset, named graphs kept
    else:
        data, prefixes = store.graph(), dict(store.graph().namespaces())
    data.serialize(str(dump), format="nquads" if isinstance(data, Dataset) else "nt", encoding="utf-8")
    return functools.partial(_load_rdflib, str(dump), {k: str(v) for k, v in prefixes.items()})


# -- the worker process ----------------------------------------------------------------------------


def answer(store: Store, query: str, dataset: QueryDataset | None, accept: str, max_rows: int | None) -> Reply:
    """Run *query* on *store* and write its answer for *accept*, or the error with its status.

    >>> from kg.datasets import tiny_graph
    >>> r = answer(tiny_graph().store, "ASK { ?s ?p ?o }", None, "application/sparql-results+xml", 10)
    >>> r.status, r.content_type, b"<boolean>true</boolean>" in r.body
    (200, 'application/sparql-results+xml', True)
    >>> answer(tiny_graph().store, "SELECT * WHERE { ?s ?p ?o }", None, "", 3).status
    413
    """
    try:
        result = store.query(query, dataset=dataset, max_rows=max_rows)
        ctype, body = render(result, accept, store.prefixes)
        return Reply(200, ctype, body)
    except Exception as exc:  # every failure becomes an answer; the worker lives on
        status = status_of(exc)
        if status == 500:
            log.exception("query failed unexpectedly")
            return _text(500, f"the query failed unexpectedly ({type(exc).__name__}); the server log has the details")
        return _text(status, str(exc))


def _worker(open_store: Callable[[], Store], conn: Any, limits: Limits) -> None:
    """A worker's life: open the store, say so, then answer queries until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which ends its workers
    try:
        store = open_store()
        store.timeout = limits.timeout
        store.allow_service = limits.allow_service
        store.query("ASK { ?s ?p ?o }")  # the first query pays for lazy set-up; not a client's
    except Exception as exc:
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        reply = answer(store, *job, limits.max_rows)
        del job
        conn.send(reply)


def _private_memory(pid: int) -> int | None:
    """Resident memory of process *pid* not backed by files (heap, anonymous maps), in bytes."""
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as fh:
            fields = fh.read().split()
        return (int(fields[1]) - int(fields[2])) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None  # not Linux: the time limit still applies


def _context() -> Any:
    if sys.platform.startswith("linux"):
        ctx = multiprocessing.get_context("forkserver")
        # rdflib builds its SPARQL grammar on import (about a second): once, in the fork server.
        ctx.set_forkserver_preload([__name__, "rdflib.plugins.sparql.parser", "rdflib.plugins.sparql.algebra",
                                    "rdflib.plugins.sparql.evaluate"])
        return ctx
    return multiprocessing.get_context("spawn")


class Worker:
    """One worker process and the pipe to it."""

    def __init__(self, ctx: Any, open_store: Callable[[], Store], limits: Limits):
        self.limits = limits
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(open_store, child, limits), daemon=True, name="kg-query-worker")
        self.proc.start()
        child.close()
        self.baseline: int | None = None

    def wait_ready(self) -> None:
        """Block until the worker has opened its store; StoreError if it could not."""
        while not self.conn.poll(0.1):
            if not self.proc.is_alive():
                raise StoreError(f"a query worker could not start (exit code {self.proc.exitcode})")
        try:
            state, detail = self.conn.recv()
        except (EOFError, OSError):
            raise StoreError("a query worker could not start (it closed its pipe)") from None
        if state != "ready":
            self.kill()
            raise StoreError(f"a query worker could not open the store: {detail}")
        self.baseline = _private_memory(self.proc.pid)

    def run(self, job: tuple, timeout: float) -> Reply:
        """Send *job* and wait for its reply, killing the worker at the deadline or over its memory."""
        budget = self.limits.max_memory_mb * 2**20
        hard = time.monotonic() + timeout + GRACE
        try:
            self.conn.send(job)
            while True:
                if self.conn.poll(0.05):
                    return self.conn.recv()
                if not self.proc.is_alive():
                    return self._crashed()
                if time.monotonic() > hard:
                    self.kill()
                    return _text(503, f"the query ran past the time limit of {timeout:g} s and was stopped; "
                                      "narrow it (LIMIT, a more specific pattern)")
                used = _private_memory(self.proc.pid)
                if used is not None and self.baseline is not None and used - self.baseline > budget:
                    self.kill()
                    return _text(413, f"the query needed more than {self.limits.max_memory_mb} MB of memory and "
                                      "was stopped; add LIMIT or narrow it")
        except (EOFError, OSError):
            return self._crashed()

    def _crashed(self) -> Reply:
        self.kill()
        log.error("a query worker died (exit code %s)", self.proc.exitcode)
        return _text(500, f"the query engine crashed on this query (exit code {self.proc.exitcode}); "
                          "the server has started a new worker")

    @property
    def alive(self) -> bool:
        return self.proc.is_alive() and not self.conn.closed

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(5)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(2)
        self.kill()


class WorkerPool:
    """*size* worker processes answering the queries of *store* within *limits*.

    >>> from kg.datasets import tiny_graph
    >>> pool = WorkerPool(tiny_graph().store, size=1, limits=Limits(timeout=5))
    >>> pool.run("ASK { ?s ?p ?o }", None, "").body
    b'{"head": {}, "boolean": true}'
    >>> pool.close()
    """

    def __init__(self, store: Store, size: int = 2, limits: Limits = Limits(), memory: bool = False):
        if size < 1:
            raise KGError(f"the endpoint needs at least one query worker, not {size}")
        self.limits = limits
        self.size = size
        self._folder = Path(tempfile.mkdtemp(prefix="kg-serve-"))
        self._ctx = _context()
        self._idle: queue.Queue[Worker] = queue.Queue()
        self._all: set[Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        try:
            self._open = store_opener(store, self._folder, memory)
            started = [Worker(self._ctx, self._open, limits) for _ in range(size)]
            self._all.update(started)
            for w in started:
                w.wait_ready()
                self._idle.put(w)
        except BaseException:
            self.close()
            raise

    def run(self, query: str, dataset: QueryDataset | None, accept: str) -> Reply:
        """The answer to *query*, from the first idle worker (503 if none frees up in time)."""
        timeout = self.limits.timeout
        until = time.monotonic() + timeout
        while True:
            try:
                worker = self._idle.get(timeout=max(0.0, until - time.monotonic()))
            except queue.Empty:
                return _text(503, f"all {self.size} query workers are busy; try again shortly",
                             retry_after=max(1, int(timeout)))
            if worker.alive:
                break
            self._replace(worker)  # it died while idle (killed from outside)
        reply = worker.run((query, dataset, accept), timeout)
        if worker.alive:
            self._idle.put(worker)
        else:
            self._replace(worker)
        return reply

    def _replace(self, dead: Worker) -> None:
        """Start a worker in place of *dead*, in the background: the other workers keep answering."""
        with self._lock:
            self._all.discard(dead)

        def start() -> None:
            for attempt in range(3):
                if self._closed:
                    return
                try:
                    w = Worker(self._ctx, self._open, self.limits)
                    with self._lock:
                        self._all.add(w)
                    w.wait_ready()
                    self._idle.put(w)
                    return
                except (StoreError, OSError) as exc:
                    log.error("could not start a query worker (attempt %d): %s", attempt + 1, exc)
                    time.sleep(1 + attempt)

        threading.Thread(target=start, daemon=True, name="kg-worker-start").start()

    def pids(self) -> list[int]:
        """Process ids of the workers (for measuring them)."""
        with self._lock:
            return [w.proc.pid for w in self._all if w.proc.pid and w.proc.is_alive()]

    def close(self) -> None:
        """Stop every worker and remove the store dump."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
        shutil.rmtree(self._folder, ignore_errors=True)


__all__ = ["Limits", "Reply", "WorkerPool", "answer", "store_opener"]
