"""kg.rdf.validate: every quote proved against its document, and the graph checked against the shapes."""
from __future__ import annotations

import hashlib
import shutil

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import RDF, Graph, Literal, URIRef

import kg
from kg.datasets import tiny_folder, tiny_graph
from kg.errors import Problem
from kg.model import Entity, Evidence, Statement
from kg.rdf.validate import Report, ShaclResult, check_quotes, document_texts, load_shapes, shacl, validate_graph
from kg.vocab import EXO


def test_seed_graph_conforms_to_shapes(seed_graph):
    assert shacl(seed_graph.rdf) == []


def _copy(graph: Graph) -> Graph:
    g = Graph()
    for t in graph:
        g.add(t)
    return g


def test_shacl_catches_statement_without_evidence(seed_graph):
    g = _copy(seed_graph.rdf)
    st = next(g.subjects(EXO.hasEvidence, None))
    g.remove((st, EXO.hasEvidence, None))
    results = shacl(g)
    assert any("at least one evidence" in r.message and r.focus == str(st) for r in results)


def test_shacl_catches_unknown_relation_and_bad_offsets(seed_graph):
    g = _copy(seed_graph.rdf)
    a, b = next(iter(g.subject_objects(EXO.decreases)))
    g.add((a, URIRef(str(EXO._NS) + "inhibits"), b))
    ev = next(g.subjects(EXO.quote, None))
    end = g.value(ev, EXO.end)
    g.set((ev, EXO.end, Literal(int(end) + 1)))
    messages = [r.message for r in shacl(g)]
    assert any("inhibits" in m and "does not declare" in m for m in messages)
    assert any("must equal the quote's length" in m for m in messages)


def test_shacl_catches_every_statement_without_its_direct_triple(seed_graph):
    g = _copy(seed_graph.rdf)
    broken = []
    for s, o in list(g.subject_objects(EXO.decreases))[:3]:  # each is checked on its own focus node
        g.remove((s, EXO.decreases, o))
        broken += [st for st in g.subjects(RDF.subject, s) if (st, RDF.object, o) in g
                   and (st, RDF.predicate, EXO.decreases) in g]
    found = {r.focus for r in shacl(g) if "direct triple of this statement is missing" in r.message}
    assert found == {str(st) for st in broken} and len(found) == 3


def test_validating_reads_the_graph_and_changes_nothing(seed_graph):
    g = _copy(seed_graph.rdf)
    before = set(g)
    shacl(g)
    assert set(g) == before
    # shacl() lets pyshacl work on the graph itself, which is safe only while no shape has a rule
    SHACL_RULE = URIRef("http://www.w3.org/ns/shacl#rule")
    assert not list(load_shapes().subject_objects(SHACL_RULE))


def test_shacl_catches_entity_without_label(seed_graph):
    g = _copy(seed_graph.rdf)
    e = URIRef("https://w3id.org/exokg/entity/miR-21")
    g.remove((e, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None))
    assert any(r.focus == str(e) and "label" in r.message for r in shacl(g))


def test_the_tiny_graph_conforms():
    assert shacl(tiny_graph().rdf) == []
    assert shacl(tiny_graph().rdf, load_shapes()) == []


def test_a_violation_names_node_property_and_severity():
    g = _copy(tiny_graph().rdf)
    ev = URIRef("https://w3id.org/exokg/evidence/m01/e03")
    g.remove((ev, EXO.quote, None))
    results = shacl(g)
    assert results and all(isinstance(r, ShaclResult) for r in results)
    (r,) = [r for r in results if r.focus == str(ev)]
    assert (r.path, r.severity) == (str(EXO.quote), "Violation")
    assert str(r).startswith(f"Violation: {ev} ({EXO.quote}): ")


A = Entity("a", "a", "Molecule")


@given(st.text(min_size=1, max_size=30), st.data())
def test_a_quote_is_accepted_exactly_when_it_is_the_text_at_its_offsets(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quote = data.draw(st.one_of(st.just(text[start:end]), st.text(max_size=5)))
    s = Statement(A, "increases", A, 1, (Evidence("d", quote, start, end),))
    problems = check_quotes([s], {"d": text})
    assert (problems == []) == (text[start:end] == quote)
    for p in problems:
        assert p.message == (f"statement a -increases-> a: quote {quote!r} is not the text at {start}-{end}"
                             f" (found {text[start:end]!r})")


def test_a_quote_from_a_missing_document_is_reported():
    s = Statement(A, "increases", A, 1, (Evidence("gone", "q", 0, 1),))
    assert check_quotes([s], {}) == [Problem("gone", None, "statement a -increases-> a: document 'gone' not found")]


@pytest.fixture()
def from_turtle(tmp_path) -> kg.KnowledgeGraph:
    """The tiny graph as opened from a build output: no document texts."""
    path = tmp_path / "kg.ttl"
    path.write_text(tiny_graph().rdf.serialize(format="turtle"), encoding="utf-8")
    return kg.load(path)


def test_texts_come_from_the_graph_when_it_has_them(tmp_path):
    texts, problems = document_texts(tiny_graph().documents, tmp_path / "empty")
    assert problems == [] and texts["m01"].startswith("Mesenchymal stem cells")


def test_texts_come_from_the_seeds_when_the_hash_matches(from_turtle):
    texts, problems = document_texts(from_turtle.documents, tiny_folder())
    assert problems == []
    assert hashlib.sha256(texts["m01"].encode()).hexdigest() == from_turtle.documents["m01"].sha256


def test_a_changed_or_missing_text_is_reported_not_used(from_turtle, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(tiny_folder(), seeds)
    (seeds / "m01.txt").write_text("Mesenchymal stem cells (MSCs) secrete vesicles.", encoding="utf-8")
    texts, problems = document_texts(from_turtle.documents, seeds)
    assert texts == {} and [p.message for p in problems] == [
        "differs from the text the graph was built from (SHA-256 mismatch); rebuild the graph"]
    texts, problems = document_texts(from_turtle.documents, tmp_path / "nowhere")
    assert texts == {} and "document text not found in" in problems[0].message and "--seeds DIR" in problems[0].message


def test_a_graph_from_a_file_is_held_to_the_same_standard(from_turtle):
    report = validate_graph(from_turtle, tiny_folder())
    assert report.ok and (report.statements, report.evidence) == (5, 5)
    assert str(report) == ("OK: 5 statements, 5 evidence quotes verbatim at their offsets;"
                           " the graph conforms to ontology/shapes.ttl")


def test_a_failed_report_lists_each_problem_and_a_summary(tmp_path):
    path = tmp_path / "kg.ttl"
    ttl = tiny_graph().rdf.serialize(format="turtle")
    path.write_text(ttl.replace('"miR-21 suppresses PTEN"', '"miR-21 silences PTEN"'), encoding="utf-8")
    report = validate_graph(kg.load(path), tiny_folder())
    assert not report.ok
    lines = str(report).splitlines()
    assert lines[0].startswith("quote: m01: statement miR-21 -decreases-> PTEN: quote 'miR-21 silences PTEN' is not the text at 75-97")
    assert any(line.startswith("shacl: Violation: ") for line in lines)  # the end offset no longer fits the quote
    assert lines[-1] == f"FAILED: 1 quote problem(s), {len(report.shacl)} SHACL violation(s)"


def test_an_empty_report_is_ok():
    assert Report().ok and not Report(problems=[Problem("d", None, "x")]).ok
