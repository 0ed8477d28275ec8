"""The W3C SPARQL 1.1 Protocol tests (tests/data/w3c-sparql11-protocol) against `kg serve`.

Every test of the manifest that applies to a read-only endpoint runs over real HTTP on loopback,
on both store engines, with the manifest's three data files loaded as named graphs. A test applies
unless one of its update requests must succeed (the endpoint refuses updates: those requests get
403, which the `bad_update_*` tests expect). `python tests/service/test_w3c_protocol.py` prints
the pass count per engine.
"""
from __future__ import annotations

import http.client
import io
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest
from rdflib import Dataset, Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS
from rdflib.query import Result

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import DATA, start  # noqa: E402

from kg.stores import make_store  # noqa: E402

HERE = DATA / "w3c-sparql11-protocol"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")

RESULT_TYPES = {"application/sparql-results+xml": "xml", "application/sparql-results+json": "json",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
BOOLEAN_TYPES = {"application/sparql-results+xml": "xml", "application/sparql-results+json": "json"}
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt",
             "application/ld+json": "json-ld"}
UNRESOLVED = "http://unresolved.invalid/"


@dataclass
class Exchange:
    """One request of a test and what its response must be."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[int]  # first digits: 2, 3, 4
    format: str | None
    boolean: bool | None

    @property
    def is_update(self) -> bool:
        ctype = self.headers.get("content-type", "")
        return ("application/sparql-update" in ctype or (self.body or b"").startswith(b"update=")
                or "update=" in self.path)


@dataclass
class ProtocolTest:
    id: str
    name: str
    exchanges: list[Exchange] = field(default_factory=list)

    @property
    def applies(self) -> bool:
        return not any(x.is_update and 2 in x.statuses for x in self.exchanges)


def protocol_tests() -> list[ProtocolTest]:
    """The manifest's tests in its order."""
    g = Graph().parse(HERE / "manifest.ttl", format="turtle")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    out = []
    for test in Collection(g, g.value(manifest, MF.entries)):
        t = ProtocolTest(str(test).rsplit("#", 1)[1], str(g.value(test, MF.name)))
        action = g.value(test, MF.action)
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            if g.value(req, HT.headers) is not None:
                for h in Collection(g, g.value(req, HT.headers)):
                    headers[str(g.value(h, HT.fieldName)).lower()] = str(g.value(h, HT.fieldValue))
            body = None
            if (b := g.value(req, HT.body)) is not None:
                body = str(g.value(b, CNT.chars)).encode(str(g.value(b, CNT.characterEncoding) or "UTF-8"))
                if body.startswith(b"\xff\xfe") or body.startswith(b"\xfe\xff"):
                    pass  # UTF-16 keeps its byte order mark, as a client would send it
            resp = g.value(req, HT.resp)
            statuses = {int(str(s).rsplit("StatusCode", 1)[1][0]) for s in g.objects(resp, MF.expectedStatus)}
            fmt = g.value(resp, MF.expectedFormat)
            boolean = g.value(resp, MF.expectedBoolean)
            t.exchanges.append(Exchange(str(g.value(req, HT.methodName)), str(g.value(req, HT.absolutePath)),
                                        headers, body, statuses, str(fmt) if fmt else None,
                                        boolean.toPython() if boolean is not None else None))
        out.append(t)
    return out


def test_data() -> Dataset:
    """The three data files as named graphs, named by their labels in the manifest."""
    g = Graph().parse(HERE / "manifest.ttl", format="turtle")
    ds = Dataset()
    for spec in set(g.objects(None, UT.graphData)):
        name = URIRef(str(g.value(spec, RDFS.label)))
        file = str(g.value(spec, UT.graph)).rsplit("/", 1)[1]
        ds.graph(name).parse(HERE / file, format="nt")
    return ds


def check(x: Exchange, status: int, ctype: str, body: bytes) -> str | None:
    """Why the response breaks the test's expectation (None when it meets it)."""
    if status // 100 not in x.statuses:
        return f"status {status}, expected {sorted(x.statuses)}xx"
    media = ctype.split(";")[0].strip().lower()
    if x.format == "boolean":
        if media not in BOOLEAN_TYPES:
            return f"boolean result as {media!r}"
        r = Result.parse(io.BytesIO(body), format=BOOLEAN_TYPES[media])
        if r.type != "ASK" or (x.boolean is not None and r.askAnswer != x.boolean):
            return f"boolean answer {r.askAnswer!r}, expected {x.boolean!r}"
    elif x.format == "tabular":
        if media not in RESULT_TYPES:
            return f"tabular result as {media!r}"
        if Result.parse(io.BytesIO(body), format=RESULT_TYPES[media]).type != "SELECT":
            return "not a SELECT result"
    elif x.format == "RDF":
        if media not in RDF_TYPES:
            return f"RDF result as {media!r}"
        got = Graph().parse(data=body, format=RDF_TYPES[media], publicID=UNRESOLVED)
        relative = [str(t) for triple in got for t in triple if str(t).startswith(UNRESOLVED)]
        if relative:
            return f"relative IRIs in the result: {relative[:3]}"
    return None


def run(t: ProtocolTest, url: str) -> str | None:
    """Run test *t* against the endpoint at *url*; why it failed, or None."""
    parts = urllib.parse.urlsplit(url)
    for x in t.exchanges:
        # The manifest's paths start with /sparql/; an endpoint puts its own path there.
        path = parts.path + x.path[len("/sparql/"):] if x.path.startswith("/sparql/?") else x.path.replace("/sparql/", parts.path, 1)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        try:
            headers = dict(x.headers)
            if x.body is not None:
                headers["content-length"] = str(len(x.body))
            conn.request(x.method, path, body=x.body, headers=headers)
            resp = conn.getresponse()
            body = resp.read()
            why = check(x, resp.status, resp.getheader("Content-Type", ""), body)
        except Exception as exc:  # a broken response is a failed test, said as such
            why = f"{type(exc).__name__}: {exc}"
        finally:
            conn.close()
        if why:
            return f"{x.method} {x.path[:60]}: {why}"
    return None


TESTS = [t for t in protocol_tests() if t.applies]


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def endpoint(request) -> Iterator[str]:
    store = make_store(request.param)
    store.add_graph(test_data())
    url, stop = start(store)
    yield url
    stop.set()


def test_the_manifest_is_read_whole() -> None:
    """27 of the 34 tests apply: all but the seven updates that must succeed."""
    tests = protocol_tests()
    assert len(tests) == 34 and len(TESTS) == 27
    assert {t.id for t in tests if not t.applies} == {
        "update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
        "update_dataset_full", "update_post_form", "update_post_direct", "update_base_uri"}


@pytest.mark.parametrize("test", TESTS, ids=[t.id for t in TESTS])
def test_protocol(endpoint: str, test: ProtocolTest) -> None:
    assert run(test, endpoint) is None


def main() -> None:
    for engine in ("rdflib", "oxigraph"):
        store = make_store(engine)
        store.add_graph(test_data())
        url, stop = start(store)
        results = {t.id: run(t, url) for t in TESTS}
        stop.set()
        query = [t.id for t in TESTS if "update" not in t.id]
        print(f"{engine}: {sum(results[k] is None for k in query)} of {len(query)} query tests, "
              f"{sum(v is None for v in results.values())} of {len(results)} applicable tests pass")
        for k, v in results.items():
            if v:
                print(f"  FAIL {k}: {v}")


if __name__ == "__main__":
    main()
