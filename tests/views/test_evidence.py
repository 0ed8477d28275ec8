"""kg.views.evidence: one plain record per evidence, the same in every view, with links a reader may follow."""
from __future__ import annotations

import dataclasses
import json

import networkx as nx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.core import GraphData
from kg.datasets import tiny_graph
from kg.model import Evidence, Readout
from kg.views.base import writer
from kg.views.evidence import evidence_records, web_url

TINY = tiny_graph()


def test_a_record_carries_the_quote_its_document_and_the_cited_study():
    (s,) = TINY.statements("PTEN", "decreases", "axon regeneration")
    (rec,) = evidence_records(TINY, s)
    assert rec == {
        "document": "m01", "document_title": "A tiny test document", "document_url": None,
        "quote": "PTEN restrains axon regeneration in rats", "start": 103, "end": 143,
        "status": "finding", "curation": "curated",
        "study": "Doe et al. (2020)", "study_doi": None, "study_url": None,
        "context": {"organism": "rat"}, "readouts": [],
    }


def test_one_record_per_evidence_in_order_with_labels_for_context_and_every_readout():
    (s,) = TINY.statements("miR-21", "decreases", "PTEN")
    extra = Evidence("elsewhere", "q", 0, 1, "hypothesis", "x1", organism="rat", cell="MSC", site="unknown-site",
                     study="gone2021", readouts=(Readout("PTEN", "halved", "vs. control"),), curation="machine-read")
    recs = evidence_records(TINY, dataclasses.replace(s, evidence=(*s.evidence, extra)))
    assert [r["quote"] for r in recs] == ["miR-21 suppresses PTEN", "q"]
    r = recs[1]
    # a document the graph lacks is named by its stem, a study by its id, a context entity the lexicon
    # lacks by its id
    assert (r["document_title"], r["study"], r["study_url"]) == ("elsewhere", "gone2021", None)
    assert r["context"] == {"organism": "rat", "cell": "mesenchymal stem cell", "site": "unknown-site"}
    assert r["readouts"] == [{"measure": "PTEN", "value": "halved", "comparator": "vs. control"}]
    assert (r["status"], r["curation"]) == ("hypothesis", "machine-read")


def test_document_and_study_links_come_from_their_doi():
    doc = TINY.documents["m01"]
    study = dataclasses.replace(doc.studies[0], doi="10.1000/doe")
    docs = {"m01": dataclasses.replace(doc, url="javascript:alert(1)", doi="doi:10.1000/tiny", studies=(study,))}
    g = GraphData(TINY.store, TINY.ontology, tables=dataclasses.replace(TINY.tables, documents=docs),
                  statements=TINY.statements())
    (rec,) = evidence_records(g, g.statements("PTEN", "decreases")[0])
    assert rec["document_url"] == "https://doi.org/10.1000/tiny"
    assert (rec["study_doi"], rec["study_url"]) == ("10.1000/doe", "https://doi.org/10.1000/doe")


def test_graphml_shows_the_same_records():
    G = nx.parse_graphml(writer("graphml").render(TINY).decode("utf-8"), force_multigraph=True)
    by_key = {(s.subject.id, s.object.id, s.predicate): s for s in TINY.statements()}
    assert G.number_of_edges() == len(by_key)
    for u, v, d in G.edges(data=True):
        assert json.loads(d["evidence"]) == evidence_records(TINY, by_key[u, v, d["relation"]])


@pytest.mark.parametrize("url, doi, link", [
    ("https://example.org/a", "10.1/x", "https://example.org/a"),
    ("HTTP://example.org/a", None, "HTTP://example.org/a"),
    (None, "10.1000/xyz", "https://doi.org/10.1000/xyz"),
    (None, " doi:10.1000/xyz ", "https://doi.org/10.1000/xyz"),
    (None, "https://doi.org/10.1000/xyz", "https://doi.org/10.1000/xyz"),
    ("javascript:alert(1)", None, None),
    ("file:///etc/passwd", "10.1/x", "https://doi.org/10.1/x"),
    ("ftp://example.org/a", None, None),
    (None, None, None),
    ("", "", None),
])
def test_a_link_is_a_web_address_or_nothing(url, doi, link):
    assert web_url(url, doi) == link


@given(st.one_of(st.none(), st.text(max_size=30)), st.one_of(st.none(), st.text(max_size=30)))
def test_no_link_leaves_the_web(url, doi):
    link = web_url(url, doi)
    assert link is None or link.lower().startswith(("http://", "https://"))
