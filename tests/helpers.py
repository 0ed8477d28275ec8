"""Paths and small graphs the tests share (importable from every test folder)."""
from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest

from kg.datasets import tiny_folder, tiny_lexicon_path
from kg.service.serve import serve
from kg.stores.base import ordered, to_python

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
#: The tiny dataset shipped in the package (one document, seven entities, five statements).
MINI = tiny_folder()
MINI_LEXICON = tiny_lexicon_path()
#: `kg` options that build from the tiny dataset.
MINI_ARGS = ["--seeds", str(MINI), "--lexicon", str(MINI_LEXICON)]

#: Parameters that make each named query return rows on the tiny dataset.
MINI_PARAMS = {
    "cell_to_disease": {"cell": "MSC", "disease": "PTEN"},
    "document_contributions": {"document": "m01"},
    "two_hop_effects": {"source": "MSC"},
    "search_entities": {"text": "msc"},
    "donor_age_cargo": {"factor": "MSC"},
}


@contextmanager
def no_network() -> Iterator[tuple[pytest.MonkeyPatch, list[str]]]:
    """Every socket connection and name look-up refused (and recorded in the list it yields), so a
    library that would download something fails or falls back to what its package ships."""
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[1:] or kwargs))
        raise OSError("no network in this test")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(socket.socket, "connect", refuse)
        mp.setattr(socket, "create_connection", refuse)
        mp.setattr(socket, "getaddrinfo", refuse)
        yield mp, attempts


def norm_rows(rows) -> list[tuple]:
    """Rows as comparable Python values. rdflib types the product of two integers as xsd:decimal
    where SPARQL (and Oxigraph) say xsd:integer, so numbers compare by value."""
    out = []
    for row in rows:
        vals = []
        for v in row:
            p = to_python(v)
            vals.append(float(p) if isinstance(p, (int, float, Decimal)) and not isinstance(p, bool) else p)
        out.append(tuple(vals))
    return ordered(out)



def start(store, **options) -> tuple[str, threading.Event]:
    """Serve *store* on a free loopback port in a thread; the URL and the event that stops it."""
    stop = threading.Event()
    ready: list[str] = []
    got = threading.Event()

    def on_ready(url: str) -> None:
        ready.append(url)
        got.set()

    threading.Thread(target=serve, args=(store,), kwargs=dict(port=0, ready=on_ready, stop=stop, **options),
                     daemon=True).start()
    assert got.wait(10), "the server did not start"
    return ready[0], stop


def read_claims(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) of each statement the reader reads in *text*, subject and object in the
    document's own words: what the reader tests compare with what a sentence says."""
    from kg.sources.reader import read_text  # (here, not above: most test folders never load the reader)

    r = read_text(text)
    return {(a.text, s.predicate, o.text) for s, (a, o) in zip(r.statements, r.arguments)}


def parsed_claims(tools, sentence: str, outcomes: bool = False) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of what the parse-based extraction alone reads in *sentence*;
    *tools* is the reader tests' fixture (parser, recognizer, ontology); *outcomes* lets it name outcome phrases."""
    from kg.sources.reader.extraction import claims_from_parse

    parser, rec, onto = tools
    mentions = rec.find(sentence)
    [p] = parser.parse([(sentence, [(m.start, m.end) for m in mentions])])

    def mirna(name):
        return rec.lookup(name) or rec.new_entity(name, "MicroRNA", name)

    return {(c.subject.entity.label, c.predicate, c.object.entity.label)
            for c in claims_from_parse(p, mentions, onto, mirna, rec.new_entity if outcomes else None)}


def label_claims(text: str) -> set[tuple[str, str, str]]:
    """(subject label, relation, object label) of each statement the whole reader reads in *text*."""
    from kg.sources.reader import Reader

    return {(s.subject.label, s.predicate, s.object.label) for s in Reader().read(text).statements}
