"""The W3C SPARQL 1.1 Protocol tests, encoded for this project, against `kg serve` on both engines.

These checks follow the W3C SPARQL 1.1 Protocol test suite,
https://github.com/w3c/rdf-tests/tree/main/sparql/sparql11/protocol . Each case in :data:`CASES`
is named by the id of the W3C test it follows (``query_post_form``, ``bad_query_non_utf8``, ...)
and expects what that test expects of the response: the status class, the result format and the
ASK answer. The requests, queries and data are written for this project: three one-triple named
graphs built in :func:`dataset`, and queries over them.

The suite has 34 tests. 27 apply to a read-only endpoint and are encoded here; the seven in
:data:`LEFT_OUT` are left out because one of their update requests must succeed, and `kg serve`
refuses every update (403). The ``bad_update_*`` tests expect a refusal, so they apply.

Where a W3C query would also be true on an endpoint that ignored the dataset parameters (ours
reads every graph when a request names none), ours also asks that a graph left out of the dataset
stays out, so that ignoring the parameters fails the case.

Every case runs over real HTTP on loopback. `python tests/service/test_w3c_protocol.py` prints the
pass count per engine.
"""
from __future__ import annotations

import http.client
import io
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pytest
from rdflib import Dataset, Graph, Namespace
from rdflib.query import Result

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent.parent))
from helpers import start  # noqa: E402

from kg.stores import make_store  # noqa: E402

#: Our test IRIs, under the .test domain that RFC 2606 keeps for testing.
EX = Namespace("http://protocol.exokg.test/")
G1, G2, G3 = EX["graph/batch-1"], EX["graph/batch-2"], EX["graph/batch-3"]
#: A graph the store does not have.
ABSENT = EX["graph/no-such-batch"]

RESULT_TYPES = {"application/sparql-results+xml": "xml", "application/sparql-results+json": "json",
                "text/csv": "csv", "text/tab-separated-values": "tsv"}
BOOLEAN_TYPES = {"application/sparql-results+xml": "xml", "application/sparql-results+json": "json"}
RDF_TYPES = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt",
             "application/ld+json": "json-ld"}
UNRESOLVED = "http://unresolved.invalid/"


def dataset() -> Dataset:
    """Three named graphs of one triple each: vesicles 1, 2 and 3, all isolated from one culture."""
    ds = Dataset()
    for n, name in enumerate((G1, G2, G3), start=1):
        ds.graph(name).add((EX[f"vesicle-{n}"], EX.isolatedFrom, EX["culture-msc"]))
    return ds


def params(*pairs: tuple[str, str]) -> str:
    """A query string ('?a=1&b=2') from name/value pairs; a name may repeat."""
    return "?" + urllib.parse.urlencode(pairs)


FORM = (("content-type", "application/x-www-form-urlencoded"),)
DIRECT = (("content-type", "application/sparql-query"),)
UPDATE = (("content-type", "application/sparql-update"),)

PREFIX = f"PREFIX ex: <{EX}>\n"
#: True when vesicles 1 and 2 are in the default graph and vesicle 3 is not.
ONE_AND_TWO_BY_DEFAULT = PREFIX + """ASK {
  ex:vesicle-1 ex:isolatedFrom ?culture . ex:vesicle-2 ex:isolatedFrom ?culture .
  FILTER NOT EXISTS { ex:vesicle-3 ?p ?o }
}"""
#: True when vesicles 1 and 2 are in named graphs and vesicle 3 is in none.
ONE_AND_TWO_NAMED = PREFIX + """ASK {
  GRAPH ?a { ex:vesicle-1 ex:isolatedFrom ?culture } GRAPH ?b { ex:vesicle-2 ex:isolatedFrom ?culture }
  FILTER NOT EXISTS { GRAPH ?c { ex:vesicle-3 ?p ?o } }
}"""
#: True when vesicle 3 is in the default graph only, and vesicles 1 and 2 in named graphs only.
THREE_BY_DEFAULT_ONE_AND_TWO_NAMED = PREFIX + """ASK {
  ex:vesicle-3 ex:isolatedFrom ?culture .
  GRAPH ?a { ex:vesicle-1 ex:isolatedFrom ?culture } GRAPH ?b { ex:vesicle-2 ex:isolatedFrom ?culture }
  FILTER NOT EXISTS { ex:vesicle-1 ?p ?o }
  FILTER NOT EXISTS { GRAPH ?c { ex:vesicle-3 ?p ?o } }
}"""
#: The query names batch 3 for both parts of the dataset; the request's parameters must win.
ONE_AND_TWO_NAMED_DESPITE_FROM = ONE_AND_TWO_NAMED.replace(
    "ASK {", f"ASK FROM <{G3}> FROM NAMED <{G3}> {{", 1)
TRUE_ANYWHERE = "ASK { FILTER (2 > 1) }"
ANY_TRIPLE = "ASK { ?s ?p ?o }"
SOME_UPDATE = f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}vesicle-4> <{EX}isolatedFrom> <{EX}culture-msc> }} }}"


@dataclass(frozen=True)
class Case:
    """One W3C protocol test as our request and the response it must get.

    *target* follows the endpoint's path ('' or a query string). *ok* True: 2xx or 3xx; False: 4xx.
    *format* is 'boolean', 'tabular' or 'RDF' (None: not checked); *boolean* the ASK answer.
    """

    id: str
    checks: str
    method: str
    target: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes | None = None
    ok: bool = True
    format: str | None = None
    boolean: bool | None = None


def _form(*pairs: tuple[str, str]) -> bytes:
    return urllib.parse.urlencode(pairs).encode("ascii")


#: The 27 tests that apply, in the suite's order.
CASES = (
    Case("query_post_form", "a query sent as an HTML form in a POST body", "POST",
         params(("default-graph-uri", G2)), FORM,
         _form(("query", PREFIX + "ASK { ex:vesicle-2 ex:isolatedFrom ?culture }")),
         format="boolean", boolean=True),
    Case("query_dataset_default_graphs_get", "two default-graph-uri parameters in a GET make the default graph",
         "GET", params(("query", ONE_AND_TWO_BY_DEFAULT), ("default-graph-uri", G1), ("default-graph-uri", G2)),
         format="boolean", boolean=True),
    Case("query_dataset_default_graphs_post", "two default-graph-uri parameters with a query POSTed directly",
         "POST", params(("default-graph-uri", G1), ("default-graph-uri", G2)), DIRECT,
         ONE_AND_TWO_BY_DEFAULT.encode(), format="boolean", boolean=True),
    Case("query_dataset_named_graphs_post", "two named-graph-uri parameters with a query POSTed directly",
         "POST", params(("named-graph-uri", G1), ("named-graph-uri", G2)), DIRECT,
         ONE_AND_TWO_NAMED.encode(), format="boolean", boolean=True),
    Case("query_dataset_named_graphs_get", "two named-graph-uri parameters in a GET", "GET",
         params(("query", ONE_AND_TWO_NAMED), ("named-graph-uri", G1), ("named-graph-uri", G2)),
         format="boolean", boolean=True),
    Case("query_dataset_full", "default-graph-uri and named-graph-uri together", "POST",
         params(("default-graph-uri", G3), ("named-graph-uri", G1), ("named-graph-uri", G2)), DIRECT,
         THREE_BY_DEFAULT_ONE_AND_TWO_NAMED.encode(), format="boolean", boolean=True),
    Case("query_multiple_dataset", "the request's dataset replaces the query's FROM and FROM NAMED", "POST",
         params(("named-graph-uri", G1), ("named-graph-uri", G2)), DIRECT,
         ONE_AND_TWO_NAMED_DESPITE_FROM.encode(), format="boolean", boolean=True),
    Case("query_get", "a query in a GET; a default graph the store lacks is empty", "GET",
         params(("query", "ASK { FILTER NOT EXISTS { ?s ?p ?o } }"), ("default-graph-uri", ABSENT)),
         format="boolean", boolean=True),
    Case("query_content_type_select", "a SELECT answers in a SPARQL results format", "POST",
         params(("default-graph-uri", G1)), DIRECT,
         (PREFIX + "SELECT ?vesicle ?culture WHERE { ?vesicle ex:isolatedFrom ?culture }").encode(),
         format="tabular"),
    Case("query_content_type_ask", "an ASK answers as a boolean in JSON or XML", "POST",
         params(("default-graph-uri", ABSENT)), DIRECT, ANY_TRIPLE.encode(), format="boolean"),
    Case("query_content_type_describe", "a DESCRIBE answers in an RDF format", "POST",
         params(("default-graph-uri", G1)), DIRECT, f"DESCRIBE <{EX}vesicle-1>".encode(), format="RDF"),
    Case("query_content_type_construct", "a CONSTRUCT answers in an RDF format, its relative IRIs resolved",
         "POST", params(("default-graph-uri", ABSENT)), DIRECT,
         b"CONSTRUCT { <vesicle-9> <isolatedFrom> <culture-msc> } WHERE {}", format="RDF"),
    Case("query_post_direct", "a query POSTed directly as application/sparql-query", "POST", "", DIRECT,
         TRUE_ANYWHERE.encode(), format="boolean", boolean=True),
    Case("bad_query_method", "a query with a method other than GET or POST is refused", "PUT",
         params(("query", ANY_TRIPLE)), FORM, ok=False),
    Case("bad_multiple_queries", "two query parameters are refused", "GET",
         params(("query", ANY_TRIPLE), ("query", "SELECT ?s WHERE { ?s ?p ?o }")), ok=False),
    Case("bad_query_wrong_media_type", "a query POSTed as text/plain is refused", "POST", "",
         (("content-type", "text/plain"),), ANY_TRIPLE.encode(), ok=False),
    Case("bad_query_missing_form_type", "a form body without its media type is refused", "POST", "", (),
         _form(("query", ANY_TRIPLE)), ok=False),
    Case("bad_query_missing_direct_type", "a query body without its media type is refused", "POST", "", (),
         ANY_TRIPLE.encode(), ok=False),
    Case("bad_query_non_utf8", "a query POSTed in UTF-16 is refused", "POST", "",
         (("content-type", "application/sparql-query; charset=UTF-16"),), ANY_TRIPLE.encode("utf-16"), ok=False),
    Case("bad_query_syntax", "a query that does not parse is refused", "GET",
         params(("query", "SELECT ?s WHERE { ?s ?p")), ok=False),
    Case("bad_update_get", "an update in a GET is refused", "GET",
         params(("update", "DELETE WHERE { ?s ?p ?o }")), ok=False),
    Case("bad_multiple_updates", "two update parameters in a form are refused", "POST", "", FORM,
         _form(("update", f"DROP GRAPH <{G2}>"), ("update", SOME_UPDATE)), ok=False),
    Case("bad_update_wrong_media_type", "an update POSTed as text/plain is refused", "POST", "",
         (("content-type", "text/plain"),), SOME_UPDATE.encode(), ok=False),
    Case("bad_update_missing_form_type", "an update form body without its media type is refused", "POST", "", (),
         _form(("update", f"DROP GRAPH <{G2}>")), ok=False),
    Case("bad_update_non_utf8", "an update POSTed in UTF-16 is refused", "POST", "",
         (("content-type", "application/sparql-update; charset=UTF-16"),), SOME_UPDATE.encode("utf-16"), ok=False),
    Case("bad_update_syntax", "an update that does not parse is refused", "POST", "", FORM,
         _form(("update", "DROP EVERY GRAPH")), ok=False),
    Case("bad_update_dataset_conflict", "using-named-graph-uri with an update that has WITH is refused", "POST",
         params(("using-named-graph-uri", G1)), UPDATE,
         (PREFIX + f"WITH <{G2}> DELETE {{ ?v ex:isolatedFrom ?c }} INSERT {{ ?v ex:isolatedFrom ex:culture-other }}"
          " WHERE { ?v ex:isolatedFrom ?c }").encode(), ok=False),
)

#: The suite's tests not encoded: each has an update that must succeed on a read-only endpoint.
LEFT_OUT = ("update_dataset_default_graph", "update_dataset_default_graphs", "update_dataset_named_graphs",
            "update_dataset_full", "update_post_form", "update_post_direct", "update_base_uri")


def check(case: Case, status: int, ctype: str, body: bytes) -> str | None:
    """Why the response breaks the case's expectation (None when it meets it)."""
    expected = (2, 3) if case.ok else (4,)
    if status // 100 not in expected:
        return f"status {status}, expected {' or '.join(f'{d}xx' for d in expected)}"
    media = ctype.split(";")[0].strip().lower()
    if case.format == "boolean":
        if media not in BOOLEAN_TYPES:
            return f"boolean result as {media!r}"
        r = Result.parse(io.BytesIO(body), format=BOOLEAN_TYPES[media])
        if r.type != "ASK" or (case.boolean is not None and r.askAnswer != case.boolean):
            return f"boolean answer {r.askAnswer!r}, expected {case.boolean!r}"
    elif case.format == "tabular":
        if media not in RESULT_TYPES:
            return f"tabular result as {media!r}"
        if Result.parse(io.BytesIO(body), format=RESULT_TYPES[media]).type != "SELECT":
            return "not a SELECT result"
    elif case.format == "RDF":
        if media not in RDF_TYPES:
            return f"RDF result as {media!r}"
        got = Graph().parse(data=body, format=RDF_TYPES[media], publicID=UNRESOLVED)
        relative = [str(t) for triple in got for t in triple if str(t).startswith(UNRESOLVED)]
        if relative:
            return f"relative IRIs in the result: {relative[:3]}"
    return None


def send(case: Case, url: str) -> tuple[int, str, bytes]:
    """Send the case's request to the endpoint at *url*: the status, Content-Type and body."""
    parts = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        headers = dict(case.headers)
        if case.body is not None:
            headers["content-length"] = str(len(case.body))
        conn.request(case.method, parts.path + case.target, body=case.body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.getheader("Content-Type", ""), resp.read()
    finally:
        conn.close()


def run(case: Case, url: str) -> str | None:
    """Run *case* against the endpoint at *url*; why it failed, or None."""
    try:
        why = check(case, *send(case, url))
    except Exception as exc:  # a broken response is a failed case, said as such
        why = f"{type(exc).__name__}: {exc}"
    return f"{case.method} {case.target[:60]}: {why}" if why else None


@pytest.fixture(scope="module", params=["rdflib", "oxigraph"])
def endpoint(request) -> Iterator[str]:
    store = make_store(request.param)
    store.add_graph(dataset())
    url, stop = start(store)
    yield url
    stop.set()


def test_every_applicable_test_is_encoded_once() -> None:
    """27 of the suite's 34 tests apply; a case dropped or named twice changes that count."""
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)) == 27 and not set(ids) & set(LEFT_OUT)
    assert len(ids) + len(LEFT_OUT) == 34


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_protocol(endpoint: str, case: Case) -> None:
    assert run(case, endpoint) is None


def main() -> None:
    for engine in ("rdflib", "oxigraph"):
        store = make_store(engine)
        store.add_graph(dataset())
        url, stop = start(store)
        results = {c.id: run(c, url) for c in CASES}
        stop.set()
        query = [c.id for c in CASES if "update" not in c.id]
        print(f"{engine}: {sum(results[k] is None for k in query)} of {len(query)} query tests, "
              f"{sum(v is None for v in results.values())} of {len(results)} applicable tests pass")
        for k, v in results.items():
            if v:
                print(f"  FAIL {k}: {v}")


if __name__ == "__main__":
    main()
