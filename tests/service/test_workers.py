"""Query workers: a runaway query is really stopped, and the others keep being answered."""
from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg.stores import make_store
from kg.stores.base import QueryDataset, Store
from kg.stores.folder import create, open_store
from kg.service.workers import Limits, Reply, WorkerPool, store_opener

#: 300 triples: a join of three copies has 27 million rows, of four 8 billion.
TRIPLES = [(URIRef(f"urn:s{i}"), URIRef("urn:p"), Literal(i)) for i in range(300)]
COUNT_4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ROWS_3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def _graph() -> Graph:
    g = Graph()
    for t in TRIPLES:
        g.add(t)
    return g


@pytest.fixture(scope="module", params=["rdflib", "oxigraph-memory", "oxigraph-folder"])
def store(request, tmp_path_factory) -> Store:
    if request.param == "oxigraph-folder":
        folder = tmp_path_factory.mktemp("store") / "s"
        create(folder, _graph())
        return open_store(folder)
    s = make_store(request.param.split("-")[0])
    s.add_graph(_graph())
    return s


@pytest.fixture()
def pool(store: Store) -> Iterator[WorkerPool]:
    p = WorkerPool(store, size=2, limits=Limits(timeout=1.0, max_rows=1000, max_memory_mb=200))
    yield p
    p.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for(pool: WorkerPool, n: int) -> list[int]:
    for _ in range(300):
        pids = pool.pids()
        if len(pids) == n:
            return pids
        time.sleep(0.1)
    raise AssertionError(f"the pool did not get back to {n} workers: {pool.pids()}")


def test_a_runaway_query_is_killed_while_others_are_answered(pool: WorkerPool) -> None:
    """future.result(timeout) stopped waiting while the query ran on: two runaways took the
    server down until restart, and rdflib kept growing its memory after the timeout."""
    before = set(_wait_for(pool, 2))
    out: list[Reply] = []
    runaway = threading.Thread(target=lambda: out.append(pool.run(COUNT_4, None, "")))
    runaway.start()
    time.sleep(0.2)
    assert pool.run("ASK { ?s ?p ?o }", None, "").status == 200  # the other worker answers meanwhile
    runaway.join(30)
    assert out[0].status == 503 and b"time limit of 1 s" in out[0].body
    after = set(_wait_for(pool, 2))
    gone = before - after
    assert len(gone) == 1 and not _alive(gone.pop())  # the query's process is really gone
    assert pool.run("ASK { ?s ?p ?o }", None, "").status == 200


def test_the_row_cap_holds_while_rows_stream(pool: WorkerPool) -> None:
    """--max-rows was checked only after all rows existed (27 million here)."""
    reply = pool.run(ROWS_3, None, "text/csv")
    assert reply.status == 413 and b"more than 1000 rows" in reply.body


def test_a_query_over_its_memory_is_stopped(store: Store) -> None:
    pool = WorkerPool(store, size=1, limits=Limits(timeout=60, max_rows=10**9, max_memory_mb=40))
    try:
        reply = pool.run(ROWS_3 + " ORDER BY DESC(?c) ?f ?i", None, "")
        assert reply.status == 413 and b"more than 40 MB" in reply.body
        _wait_for(pool, 1)
        assert pool.run("ASK { ?s ?p ?o }", None, "").status == 200
    finally:
        pool.close()


def test_a_crashed_worker_is_replaced(store: Store) -> None:
    pool = WorkerPool(store, size=1, limits=Limits(timeout=20))
    try:
        out: list[Reply] = []
        (victim,) = _wait_for(pool, 1)
        runaway = threading.Thread(target=lambda: out.append(pool.run(COUNT_4, None, "")))
        runaway.start()
        time.sleep(0.3)
        os.kill(victim, signal.SIGKILL)  # as a segfault in the engine would end it
        runaway.join(30)
        assert out[0].status == 500 and b"crashed" in out[0].body
        assert _wait_for(pool, 1) != [victim]
        assert pool.run("ASK { ?s ?p ?o }", None, "").status == 200
    finally:
        pool.close()


def test_busy_workers_answer_503_with_retry_after(store: Store) -> None:
    pool = WorkerPool(store, size=1, limits=Limits(timeout=0.5))
    try:
        first = threading.Thread(target=pool.run, args=(COUNT_4, None, ""))
        first.start()
        time.sleep(0.1)
        reply = pool.run("ASK { ?s ?p ?o }", None, "")
        first.join(30)
        assert reply.status == 503 and reply.retry_after == 1 and b"busy" in reply.body
    finally:
        pool.close()


def test_workers_keep_named_graphs(tmp_path: Path) -> None:
    for engine in ("rdflib", "oxigraph"):
        s = make_store(engine)
        ds = Dataset()
        ds.graph(URIRef("urn:g")).add((URIRef("urn:a"), URIRef("urn:p"), Literal(1)))
        s.add_graph(ds)
        copy = store_opener(s, tmp_path)()
        assert [str(g) for g in copy.named_graphs()] == ["urn:g"]
        assert copy.query("ASK { GRAPH <urn:g> { ?s ?p ?o } }").boolean is True
        assert copy.query("ASK { ?s ?p ?o }", dataset=QueryDataset()).boolean is False
