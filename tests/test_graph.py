"""kg.graph: load() opens a graph from wherever it lives, and the KnowledgeGraph facade asks it questions."""
from __future__ import annotations

import json
import re
import threading
import urllib.parse
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import pytest
from click.testing import CliRunner

import kg
from kg.cli import main
from kg.datasets import tiny_folder, tiny_graph, tiny_lexicon_path
from kg.errors import RemoteAccessError
from kg.stores.folder import build_store
from kg.stores.remote import EndpointStore

from helpers import MINI, MINI_LEXICON, start
from nettools import http_reply, peer
from synthetic import make_graph

TINY = tiny_graph()


def model(g: kg.KnowledgeGraph) -> tuple:
    """What a user reads from a graph: its statements with evidence, entities and document metadata."""
    docs = {stem: (d.title, d.authors, d.studies) for stem, d in g.documents.items()}
    return [s.to_dict() for s in g.statements()], [e.to_dict() for e in g.entities()], docs


def test_no_argument_reads_the_seeds_folder(monkeypatch):
    monkeypatch.setenv("KG_SEEDS", str(MINI))
    g = kg.load(lexicon=MINI_LEXICON)
    assert model(g) == model(TINY) and g.store.name == "rdflib"


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
def test_a_seeds_folder_is_assembled_into_the_engine_asked_for(engine):
    g = kg.load(tiny_folder(), lexicon=tiny_lexicon_path(), store=engine)
    assert isinstance(g, kg.KnowledgeGraph) and g.store.name == engine
    assert model(g) == model(TINY)
    assert g.documents["m01"].text.startswith("Mesenchymal stem cells")


FORMATS = [("kg.ttl", "turtle"), ("kg.nt", "nt"), ("kg.jsonld", "json-ld"), ("kg.rdf", "xml"), ("kg.n3", "n3")]


@pytest.mark.parametrize("engine", ["rdflib", "oxigraph"])
@pytest.mark.parametrize("name, fmt", FORMATS)
def test_an_rdf_file_gives_back_the_same_graph(tmp_path, name, fmt, engine):
    path = tmp_path / name
    path.write_text(TINY.rdf.serialize(format=fmt), encoding="utf-8")
    g = kg.load(path, store=engine)
    assert g.store.name == engine and len(g) == len(TINY)
    assert model(g) == model(TINY)
    assert g.documents["m01"].text == ""  # texts are not in the RDF; kg validate reads them from the seeds


def test_a_store_folder_opens_as_the_graph_it_holds(tmp_path):
    build_store(tmp_path / "store", TINY)
    g = kg.load(tmp_path / "store")
    assert isinstance(g, kg.KnowledgeGraph) and g.store.name == "oxigraph"
    assert model(g) == model(TINY)


@pytest.fixture(scope="module")
def endpoint():
    url, stop = start(tiny_graph(store="oxigraph").store)
    yield url
    stop.set()


def test_an_endpoint_url_is_queried_where_it_is(endpoint):
    g = kg.load(endpoint)
    assert isinstance(g.store, EndpointStore)
    assert model(g) == model(TINY)
    assert [str(p) for p in g.paths("MSC", "PTEN")] == [str(p) for p in TINY.paths("MSC", "PTEN")]


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def recording_endpoint():
    """An endpoint that answers every query with no rows and records the forms it was sent."""
    forms: list[dict] = []

    def app(environ, start_response):
        length = int(environ.get("CONTENT_LENGTH") or 0)
        forms.append(urllib.parse.parse_qs(environ["wsgi.input"].read(length).decode()))
        start_response("200 OK", [("Content-Type", "application/sparql-results+json")])
        return [json.dumps({"head": {"vars": []}, "results": {"bindings": []}}).encode()]

    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/sparql", forms
    server.shutdown()
    server.server_close()


def test_an_endpoint_graph_is_the_graph_every_query_reads(recording_endpoint):
    url, forms = recording_endpoint
    g = kg.load(url, graph="https://w3id.org/exokg/graph")
    assert g.statements() == [] and forms
    assert all(f["default-graph-uri"] == ["https://w3id.org/exokg/graph"] for f in forms)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _seeds_without_metadata(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "d.txt").write_text("Some text.", encoding="utf-8")
    return folder


def _folder(path: Path) -> Path:
    path.mkdir()
    return path


BAD = [
    (lambda d: d / "missing.ttl", kg.InvalidDocumentError, r"missing\.ttl: no such file or folder"),
    (lambda d: d / "nowhere" / "seeds", kg.InvalidDocumentError, r"nowhere/seeds: no such file or folder"),
    (lambda d: _write(d / "kg.csv", "a,b\n"), kg.InvalidDocumentError,
     r"kg\.csv: unknown RDF file type: cannot tell the RDF format .* use one of .*\.ttl"),
    (lambda d: _write(d / "kg.ttl", "@prefix x: <urn:x#> .\nx:a x:b\n x:c x:d .\n"), kg.InvalidDocumentError,
     r"kg\.ttl: cannot parse Turtle: at line 3"),
    (lambda d: _write(d / "kg.jsonld", "{not json"), kg.InvalidDocumentError, r"kg\.jsonld(:1)?: cannot parse JSON-LD"),
    (_seeds_without_metadata, kg.InvalidAnnotationError, r"d\.meta\.yaml: metadata sidecar missing"),
    (lambda d: _folder(d / "empty"), kg.InvalidDocumentError, r"empty: no documents here .* `kg ingest FILE`"),
]


@pytest.mark.parametrize("make, error, message", BAD, ids=["missing file", "missing folder", "unknown suffix",
                                                          "bad turtle", "bad json-ld", "seeds without metadata",
                                                          "empty folder"])
def test_a_bad_source_names_the_file_and_what_is_wrong(tmp_path, make, error, message):
    with pytest.raises(error, match=message):
        kg.load(make(tmp_path), lexicon=MINI_LEXICON)


def test_an_unknown_engine_names_the_engines(tmp_path):
    with pytest.raises(kg.UnknownStoreEngineError, match="unknown store engine 'sqlite'; available: oxigraph, rdflib"):
        kg.load(tiny_folder(), lexicon=tiny_lexicon_path(), store="sqlite")


def test_the_facade_says_what_it_holds():
    assert re.fullmatch(r"<KnowledgeGraph: 7 entities, 5 statements, \d+ triples on rdflib>", repr(TINY))


def test_path_options_reach_the_search():
    assert [str(p) for p in TINY.paths("MSC", "inflammation")] == [
        "mesenchymal stem cell -secretes-> MSC exosome -decreases-> inflammation  [net -]"]
    assert TINY.paths("MSC", "inflammation", status="finding") == []
    assert TINY.paths("MSC", "PTEN", max_hops=2) == []
    assert len(TINY.paths("MSC", "PTEN", max_hops=3, sign="-")) == 1
    with pytest.raises(kg.InvalidQueryError, match="max_hops must be at least 1"):
        TINY.paths("MSC", "PTEN", max_hops=0)


def test_effects_and_regulators_take_the_edge_filters():
    assert "inflammation" in {e.entity.id for e in TINY.effects("MSC")}
    assert "inflammation" not in {e.entity.id for e in TINY.effects("MSC", status="finding")}
    assert {e.entity.id for e in TINY.effects("MSC", max_hops=1)} == {"MSC-exosome"}
    assert {e.entity.id for e in TINY.regulators("PTEN", max_hops=2)} == {"miR-21", "MSC-exosome"}


def test_neighbors_and_subgraph_take_names_in_any_form():
    assert [str(s) for s in TINY.neighbors("msc exosomes", "out", relations=["carries"])] == ["MSC exosome -carries-> miR-21"]
    assert set(TINY.subgraph(["CL:0000134", "PTEN"], radius=1).nodes) == {"MSC", "MSC-exosome", "PTEN", "miR-21",
                                                                         "axon-regeneration"}


def test_contradictions_and_stats(ontology):
    g = make_graph(ontology, 2, [(0, 1, "increases", "finding"), (0, 1, "decreases", "hypothesis")])
    (c,) = g.contradictions()
    assert (c.subject.id, c.object.id) == ("n0", "n1")
    st = TINY.stats()
    assert (st["entities"], st["statements"], st["documents"], st["triples"]) == (7, 5, 1, len(TINY))


def test_sparql_and_named_queries():
    rows = TINY.sparql("SELECT ?t WHERE { ?m exokg:decreases ?t }", m=TINY.entity("miR-21")).to_python()
    assert rows == [{"t": "https://w3id.org/exokg/entity/PTEN"}]
    assert {r["target"] for r in TINY.query("mirna_targets", mirna="miR-21").to_python()} == {"PTEN"}
    with pytest.raises(kg.ReadOnlyError):
        TINY.sparql("DELETE WHERE { ?s ?p ?o }")


def test_to_html_writes_one_page_where_asked(tmp_path):
    out = TINY.to_html(tmp_path / "page" / "kg.html", focus="PTEN", radius=1)
    assert out == tmp_path / "page" / "kg.html"
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "PTEN" in html
    assert [p.name for p in out.parent.iterdir()] == ["kg.html"]


# -- JSON-LD contexts: data never makes this machine send a request -------------------------------


CONTEXT = json.dumps({"@context": {"p": "urn:p"}}).encode()


def _doc(tmp_path, context) -> str:
    path = tmp_path / "x.jsonld"
    path.write_text(json.dumps({"@context": context, "@id": "urn:a", "p": "x"}), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("shape", ["string", "list", "import"])
def test_a_remote_context_is_refused_and_never_fetched(tmp_path, shape: str, monkeypatch) -> None:
    """`kg --graph x.jsonld` fetched the file's remote @context (rdflib's JSON-LD parser does)."""
    monkeypatch.delenv("KG_ALLOW_REMOTE_CONTEXT", raising=False)
    with peer(reply=http_reply(body=CONTEXT, ctype="application/ld+json")) as p:
        url = p.url + "/ctx.jsonld"
        context = {"string": url, "list": [url, {"q": "urn:q"}], "import": {"@import": url}}[shape]
        path = _doc(tmp_path, context)
        with pytest.raises(RemoteAccessError, match="would be downloaded; put the context inline"):
            kg.load(path)
        result = CliRunner().invoke(main, ["--graph", path, "stats"])
    assert result.exit_code == 1 and "KG_ALLOW_REMOTE_CONTEXT=1" in result.output
    assert p.requests == []


def test_an_inline_context_is_read(tmp_path) -> None:
    assert len(kg.load(_doc(tmp_path, {"p": "urn:p"})).store) == 1


def test_the_user_may_allow_the_download(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("KG_ALLOW_REMOTE_CONTEXT", "1")
    with peer(reply=http_reply(body=CONTEXT, ctype="application/ld+json")) as p:
        g = kg.load(_doc(tmp_path, p.url + "/ctx.jsonld"))
    assert len(g.store) == 1 and p.requests == ["GET /ctx.jsonld HTTP/1.1"]


def test_the_output_folder_of_kg_build_opens_as_its_graph(tmp_path):
    """`kg.load("build")` after `kg build --out build` opens the built graph (before, it read the folder as
    seeds and complained of a missing metadata sidecar)."""
    from click.testing import CliRunner
    from kg.cli import main
    from kg.datasets import tiny_folder, tiny_lexicon_path
    out = tmp_path / "build"
    result = CliRunner().invoke(main, ["--seeds", str(tiny_folder()), "--lexicon", str(tiny_lexicon_path()),
                                       "build", "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    g = kg.load(out)
    assert len(g) == len(kg.load(out / "kg.ttl")) > 0
