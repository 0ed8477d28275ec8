"""kg.rdf.ntriples: columns read from an N-Triples file hold what the store gives for the same file."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.rdf.ntriples as nt
from kg.rdf.ntriples import Columns
from kg.stores.oxigraph import OxigraphStore

XSD = "http://www.w3.org/2001/XMLSchema#"
PREDICATES = ["urn:p", "http://example.org/q#x", "https://w3id.org/exokg/ontology#start"]

iris = st.sampled_from(["urn:a", "urn:b", "http://example.org/a/b#c", "https://w3id.org/exokg/entity/miR-21",
                        "http://example.org/\u00e9t\u00e9"])
words = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters='"\\\n\r'), max_size=12)
escaped = st.text(st.characters(blacklist_categories=("Cs",)), max_size=8)  # quotes, backslashes, line ends


def esc(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


# An object as N-Triples text: IRIs, plain and tagged strings, typed values in forms a store rewrites.
objects = st.one_of(
    iris.map(lambda i: f"<{i}>"),
    words.map(lambda w: f'"{w}"'),
    escaped.map(lambda w: f'"{esc(w)}"'),
    st.tuples(words, st.sampled_from(["en", "EN-gb", "de"])).map(lambda t: f'"{t[0]}"@{t[1]}'),
    st.sampled_from(["01", "1", "+7", "-0", "12", "x"]).map(lambda v: f'"{v}"^^<{XSD}integer>'),
    st.sampled_from(["1.50", "0.9", "2"]).map(lambda v: f'"{v}"^^<{XSD}decimal>'),
    st.sampled_from(["1", "true", "0"]).map(lambda v: f'"{v}"^^<{XSD}boolean>'),
    words.map(lambda w: f'"{w}"^^<{XSD}string>'),
    st.sampled_from(["01", "1.50"]).map(lambda v: f'"{v}"\t^^<{XSD}decimal>'),  # blanks N-Triples allows
    st.sampled_from(["01", "1.50"]).map(lambda v: f'"{v}"^^\t<{XSD}decimal>'),
    st.sampled_from(["en", "de"]).map(lambda v: f'"x"\t@{v}'),
    st.just('"\\u00e9t\\u00e9"'),
)
# Ways to write one triple on a line: the usual shape, and the others N-Triples allows.
shapes = st.sampled_from(["{s} {p} {o} .\n", "{s}\t{p}\t{o}\t.\n", "{s}  {p} {o}.\n", "{s} {p} {o} . # note\n",
                          "{s} {p} {o} .\r\n", "  {s} {p} {o} .\n"])
lines = st.tuples(shapes, iris, st.sampled_from(PREDICATES), objects).map(
    lambda t: t[0].format(s=f"<{t[1]}>", p=f"<{t[2]}>", o=t[3]))
extras = st.sampled_from(["\n", "# a comment\n", "   \n"])


def once(body: list[str]) -> list[str]:
    """The lines without those whose triple a store already holds from an earlier line (written
    again, or as "01" after "1"): it keeps one, and the caller of Columns compares counts for that."""
    seen: set = set()
    out = []
    for line in body:
        store = ox.Store()
        store.load(input=line.encode(), format=ox.RdfFormat.N_TRIPLES)
        triples = set(store)
        if not triples & seen:
            seen |= triples
            out.append(line)
    return out


def store_pairs(path: Path) -> dict[str, list]:
    store = OxigraphStore()
    store.load(path)
    return {p: sorted(store.pairs(p)) for p in PREDICATES}


def column_pairs(c: Columns) -> dict[str, list]:
    return {p: sorted(c.pairs(p)) for p in PREDICATES}


def read_in_parts(path: Path, parts: int) -> Columns | None:
    """Columns.read's split of a file into *parts* runs of chunks, each read on its own, merged."""
    size = path.stat().st_size
    files = [(str(path), path.resolve().as_uri(), size)]
    chunks = [(0, k) for k in range(max(1, -(-size // nt.CHUNK)))]
    runs = [chunks[len(chunks) * w // parts:len(chunks) * (w + 1) // parts] for w in range(parts)]
    got = [Columns._part(files, run) for run in runs if run]
    if any(c is None for c in got):
        return None
    for c in got[1:]:
        got[0]._merge(c)
    return got[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.one_of(lines, lines, lines, extras), min_size=1, max_size=30), last_newline=st.booleans(),
       chunk=st.sampled_from([16, 64, 1 << 20]), parts=st.integers(1, 3))
def test_columns_hold_what_the_store_gives(tmp_path_factory, monkeypatch, body, last_newline, chunk, parts):
    """Every value as the store gives it back, whatever the line's shape; files cut in small chunks
    read in parts (lines running across a part's end belong to the part they start in)."""
    path = tmp_path_factory.mktemp("nt") / "x.nt"
    body = once(body)
    text = "".join(body)
    path.write_bytes((text if last_newline else text.rstrip("\n")).encode("utf-8"))
    monkeypatch.setattr(nt, "CHUNK", chunk)
    c = read_in_parts(path, parts)
    assert c is not None
    assert column_pairs(c) == store_pairs(path)
    assert c.count == sum(1 for _ in ox.parse(path=str(path), format=ox.RdfFormat.N_TRIPLES))
    assert c.sha256 == [nt.digests(path)]


def test_a_second_process_reads_its_part(tmp_path: Path, monkeypatch) -> None:
    """workers=2: half the chunks read by a new interpreter, its columns sent back, the same as one
    process reads (a literal longer than a chunk crosses the parts' border)."""
    path = tmp_path / "x.nt"
    path.write_text("".join(f'<urn:s{i}> <urn:p> "{"x" * (i % 7)}" .\n' for i in range(40))
                    + f'<urn:long> <urn:p> "{"y" * 300}" .\n' + '<urn:t> <urn:q> "01"^^<http://www.w3.org/2001/XMLSchema#integer> .\n')
    monkeypatch.setattr(nt, "CHUNK", 128)
    one, two = Columns.read([path]), Columns.read([path], workers=2)
    for p in ("urn:p", "urn:q"):
        assert sorted(two.pairs(p)) == sorted(one.pairs(p)) == sorted(stored_pairs(path, p))
    assert two.count == one.count == 42 and two.sha256 == one.sha256 == [nt.digests(path)]


def stored_pairs(path: Path, predicate: str) -> list:
    store = OxigraphStore()
    store.load(path)
    return list(store.pairs(predicate))


@pytest.mark.parametrize("line", ['_:b1 <urn:p> "x" .\n', '<urn:a> <urn:p> _:b1 .\n', '<urn:a>\t<urn:p>\t_:b1 .\n'])
def test_blank_nodes_give_no_columns(tmp_path: Path, line: str) -> None:
    """A store names blank nodes its own way, so columns read from the file could not match it."""
    path = tmp_path / "x.nt"
    path.write_text('<urn:a> <urn:p> "1" .\n' + line)
    assert Columns.read([path]) is None


def test_a_malformed_line_raises(tmp_path: Path) -> None:
    path = tmp_path / "x.nt"
    path.write_text('<urn:a> <urn:p> "1" .\n<urn:a> <urn:p> "unterminated .\n')
    with pytest.raises(SyntaxError):
        Columns.read([path])


def test_document_lines_describe_the_documents_and_their_studies(tmp_path: Path) -> None:
    """Only the triples about documents (and the studies they cite) are kept for read_documents."""
    exo, dct = "https://w3id.org/exokg/ontology#", "http://purl.org/dc/terms/"
    doc, study, ev = "https://w3id.org/exokg/document/d1", "https://w3id.org/exokg/study/d1/s1", "urn:ev"
    path = tmp_path / "x.nt"
    path.write_text(
        f"<{doc}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{exo}Document> .\n"
        f'<{doc}> <{dct}identifier> "d1" .\n'
        f"<{doc}> <{exo}citesStudy> <{study}> .\n"
        f'<{study}> <{dct}identifier> "s1" .\n'
        f'<{ev}> <{dct}source> <{doc}> .\n'
        f'<{ev}> <{dct}identifier> "not a document" .\n')
    kept = Columns.read([path]).document_lines().decode()
    assert "not a document" not in kept and f"<{ev}>" not in kept
    assert kept.count("\n") == 4
