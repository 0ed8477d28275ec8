"""Attack a running `kg serve` on loopback the way issue 13's review did, then load it; print figures.

For each store engine (rdflib from the seeds, Oxigraph from a store folder) the script starts
`kg serve` on a free loopback port, measures the resident memory of the server and its worker
processes, runs every attack a bounded number of times (each request with its own timeout),
checks that the server still answers, runs the load test (by default 2,000 requests of a named
query from 16 clients), measures memory again, stops the server and prints:

    attack, requests, concurrency, p50/p99/max seconds, unexpected answers, statuses

Everything is bounded: counts are fixed, every request times out, and the whole run stops itself
after --time-limit seconds (the server is stopped in any case).

    python scripts/attack.py                      # both engines (builds a store folder in a temp dir)
    python scripts/attack.py --engine oxigraph --store build/store --requests 2000 --clients 16
"""
from __future__ import annotations

import argparse
import concurrent.futures
import http.client
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT_4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
ROWS_3 = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Outcome:
    name: str
    concurrency: int
    expected: tuple[int, ...]
    statuses: list[int] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)
    note: str = ""

    @property
    def unexpected(self) -> int:
        return sum(s not in self.expected for s in self.statuses)

    def line(self) -> str:
        s = sorted(self.seconds) or [0.0]
        p99 = s[min(len(s) - 1, int(0.99 * len(s)))]
        counts = ", ".join(f"{k}x{v}" for k, v in sorted(_count(self.statuses).items()))
        return (f"{self.name:34s} {len(self.statuses):5d} {self.concurrency:4d} {statistics.median(s):7.3f} {p99:7.3f} "
                f"{s[-1]:7.3f} {self.unexpected:5d}  {counts}{'  ' + self.note if self.note else ''}")


def _count(values: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for v in values:
        out[v] = out.get(v, 0) + 1
    return out


def request(url: str, method: str = "GET", query: str | None = None, body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 60.0) -> tuple[int, float]:
    """One request; (status, seconds). Status 0: the connection failed or timed out."""
    parts = urllib.parse.urlsplit(url)
    params = parts.query
    if query is not None:
        params = (params + "&" if params else "") + urllib.parse.urlencode({"query": query})
    path = parts.path + ("?" + params if params else "")
    started = time.monotonic()
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.monotonic() - started
    except (OSError, http.client.HTTPException):
        return 0, time.monotonic() - started
    finally:
        conn.close()


def raw(url: str, data: bytes, timeout: float = 30.0) -> tuple[int, float]:
    """Send bytes as they are; the status of the answer (0 if none)."""
    parts = urllib.parse.urlsplit(url)
    started = time.monotonic()
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as s:
            s.sendall(data)
            first = s.recv(64)
        return int(first.split(b" ")[1]), time.monotonic() - started
    except (OSError, ValueError, IndexError):
        return 0, time.monotonic() - started


def run(name: str, expected: tuple[int, ...], calls: list, concurrency: int = 1, note: str = "") -> Outcome:
    out = Outcome(name, concurrency, expected, note=note)
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        for status, seconds in pool.map(lambda f: f(), calls):
            out.statuses.append(status)
            out.seconds.append(seconds)
    return out


class Listener:
    """A loopback port that counts the connections made to it (SERVICE, FROM targets)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.hits = 0
        self._done = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._done.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.hits += 1
            conn.close()

    def close(self) -> None:
        self._done.set()
        self.sock.close()


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of *pid* and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            status = (entry / "status").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
        rss[int(entry.name)] = next((int(line.split()[1]) * 1024 for line in status.splitlines()
                                     if line.startswith("VmRSS:")), 0)
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total


def start_server(args: list[str], timeout: float, extra: list[str]) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", *args, "serve", "--port", "0", "--timeout", str(timeout),
                             *extra], stderr=subprocess.PIPE, text=True, cwd=ROOT, start_new_session=True)
    deadline = time.monotonic() + 300
    assert proc.stderr is not None
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line:
            break
        if "SPARQL endpoint at " in line:
            threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
            return proc, line.split("SPARQL endpoint at ", 1)[1].split()[0]
    proc.kill()
    raise SystemExit(f"kg serve did not start: {proc.stderr.read()[-2000:]}")


def stop_server(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


def named_query_text(name: str, params: dict[str, str]) -> str:
    """A named query with its parameters written in as IRIs or literals, and its prefixes declared."""
    import pyoxigraph as ox

    from kg.query.sparql import named_query
    from kg.stores.sparql_text import substitute, with_prefixes

    q = named_query(name)
    terms = {}
    for p in q.params:
        value = params.get(p.name, p.default)
        terms[p.name] = ox.NamedNode(f"https://w3id.org/exokg/entity/{value}") if p.type == "entity" else ox.Literal(value)
    return with_prefixes(substitute(q.text, terms))[0]


def attacks(url: str, timeout: float) -> list[Outcome]:
    """Every attack of the review, a bounded number of times; the expected statuses beside each."""
    listener = Listener()
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    out = [
        run("nested braces x3000 (6 KB)", (400,), [lambda: request(url, query="SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000)] * 3),
        run("nested braces x5000", (400,), [lambda: request(url, query="SELECT * WHERE " + "{" * 5000 + "?s ?p ?o" + "}" * 5000)] * 3),
        run("nested collections x500", (400,), [lambda: request(url, query="SELECT * { ?s ?p " + "( " * 500 + "1" + " )" * 500 + " }")] * 3),
        run("query of 200,000 characters", (400, 413), [lambda: request(url, "POST", body=("ASK {} #" + "x" * 200_000).encode(),
                                                                         headers={"Content-Type": "application/sparql-query"})] * 3),
        run("SERVICE to a local port", (403,), [lambda: request(url, query=f"SELECT * {{ SERVICE <{listener.url}/s> {{ ?s ?p ?o }} }}")] * 5),
        run("SERVICE SILENT to a local port", (403,), [lambda: request(url, query=f"SELECT * {{ SERVICE SILENT <{listener.url}/s> {{ ?s ?p ?o }} }}")] * 5),
        run("FROM a remote document", (200,), [lambda: request(url, query=f"SELECT * FROM <{listener.url}/d.ttl> {{ ?s ?p ?o }}")] * 5),
        run("GRAPH ?g / FROM NAMED", (200,), [lambda: request(url, query="SELECT ?g { GRAPH ?g { ?s ?p ?o } }"),
                                              lambda: request(url, query="SELECT * FROM NAMED <urn:g> { GRAPH ?g { ?s ?p ?o } }")] * 3),
        run("bad default-graph-uri", (400,), [lambda: request(url + "?default-graph-uri=not%20an%20iri", query="ASK {}")] * 3),
        run("SPARQL Update", (403,), [lambda: request(url, "POST", body=b"update=DROP+ALL", headers=form)] * 3),
        run("negative Content-Length", (400,), [lambda: raw(url, b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                                                                 b"application/sparql-query\r\nContent-Length: -5\r\n\r\nASK {}")] * 3),
        run("not HTTP at all", (400,), [lambda: raw(url, b"\x16\x03\x01garbage\r\n\r\n")] * 3),
        run("cross-origin page (Origin: evil)", (403,), [lambda: request(url, query="ASK {}", headers={"Origin": "https://evil.example"})] * 3),
        run("DNS rebinding (Host: evil)", (403,), [lambda: request(url, query="ASK {}", headers={"Host": "evil.example"})] * 3),
        run("several query= parameters", (400,), [lambda: request(url + "?query=ASK%7B%7D&query=ASK%7B%7D")] * 3),
    ]
    # Runaways: two at once (they took the old server down), while another client keeps asking.
    asker: list[tuple[int, float]] = []
    stop = threading.Event()

    def keep_asking() -> None:
        while not stop.is_set():
            asker.append(request(url, query="ASK { ?s ?p ?o }", timeout=timeout + 30))
            time.sleep(0.2)

    t = threading.Thread(target=keep_asking)
    t.start()
    out.append(run("runaway COUNT of a 4-way join", (503,), [lambda: request(url, query=COUNT_4, timeout=timeout + 30)] * 4, 2))
    out.append(run("ORDER BY of a 3-way join (memory)", (413, 503), [lambda: request(url, query=ROWS_3 + " ORDER BY ?c ?f ?i",
                                                                                     timeout=timeout + 30)] * 2, 2))
    out.append(run("rows of a 3-way join, no LIMIT", (413,), [lambda: request(url, query=ROWS_3, timeout=timeout + 30)] * 2, 2))
    stop.set()
    t.join()
    meanwhile = Outcome("  ASK from another client meanwhile", 1, (200, 503), [s for s, _ in asker], [d for _, d in asker],
                        note="(503 only while every worker holds a runaway)")
    out.append(meanwhile)
    # Slow clients: connections that drip their headers while others query.
    socks = []
    parts = urllib.parse.urlsplit(url)
    for _ in range(40):
        try:
            s = socket.create_connection((parts.hostname, parts.port), timeout=5)
            s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
        except OSError:
            break
        socks.append(s)
    out.append(run("ASK while 40 clients drip headers", (200,), [lambda: request(url, query="ASK { ?s ?p ?o }")] * 20, 4))
    for s in socks:
        s.close()
    listener.close()
    out.append(Outcome("connections the attacks made out", 0, (0,), [listener.hits], [0.0],
                       note="SERVICE and FROM targets: must be 0"))
    out.append(run("server still answers", (200,), [lambda: request(url, query="ASK { ?s ?p ?o }")] * 5))
    return out


def load(url: str, query: str, n: int, clients: int) -> Outcome:
    calls = [lambda: request(url, query=query, headers={"Accept": "application/sparql-results+json"})] * n
    started = time.monotonic()
    out = run(f"load: named query x{n}", (200,), calls, clients)
    wall = time.monotonic() - started
    slow = sum(s > 1.0 for s in out.seconds)
    out.note = f"{n / wall:.0f} req/s, {slow} over 1 s"
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--engine", choices=["rdflib", "oxigraph", "both"], default="both")
    ap.add_argument("--store", type=Path, help="store folder for the Oxigraph run (default: built from the seeds)")
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--query", default="mirna_targets", help="the named query of the load test")
    ap.add_argument("--timeout", type=float, default=5.0, help="the server's --timeout")
    ap.add_argument("--time-limit", type=float, default=900.0, help="stop everything after this many seconds")
    ap.add_argument("--server-args", default="--max-memory 512 --max-rows 10000",
                    help="more options for kg serve ('' for a version without them)")
    ap.add_argument("--load-only", action="store_true", help="skip the attacks, run only the load test")
    args = ap.parse_args()

    timer = threading.Timer(args.time_limit, lambda: (print("time limit reached; stopping", flush=True), os._exit(2)))
    timer.daemon = True
    timer.start()
    engines = ["rdflib", "oxigraph"] if args.engine == "both" else [args.engine]
    query = named_query_text(args.query, {})
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        for engine in engines:
            if engine == "rdflib":
                source: list[str] = []
            else:
                folder = args.store
                if folder is None:
                    import kg
                    from kg.stores.folder import build_store

                    folder = Path(tmp) / "store"
                    build_store(folder, kg.load())
                source = ["--store", str(folder)]
            proc, url = start_server(source, args.timeout, args.server_args.split())
            try:
                rss_before = tree_rss(proc.pid)
                outcomes = [] if args.load_only else attacks(url, args.timeout)
                outcomes.append(load(url, query, args.requests, args.clients))
                rss_after = tree_rss(proc.pid)
                died = proc.poll()
            finally:
                stop_server(proc)
            print(f"\n== {engine} ({'seeds, in memory' if not source else source[1]}) at {url}")
            print(f"{'attack':34s} {'reqs':>5s} {'conc':>4s} {'p50 s':>7s} {'p99 s':>7s} {'max s':>7s} {'unexp':>5s}  statuses")
            for o in outcomes:
                print(o.line())
            print(f"RSS of server and workers: {rss_before / 2**20:.0f} MB before, {rss_after / 2**20:.0f} MB after")
            if died is not None:
                print(f"THE SERVER DIED during the run (exit code {died})")
            report[engine] = {"unexpected": sum(o.unexpected for o in outcomes), "rss_before": rss_before,
                              "rss_after": rss_after, "server_exit": died}
    print("\n" + json.dumps(report))
    sys.exit(1 if any(r["unexpected"] or r["server_exit"] is not None for r in report.values()) else 0)


if __name__ == "__main__":
    main()
