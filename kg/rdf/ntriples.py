"""N-Triples files read into columns per predicate, with the values the store would give back.

A store loaded from N-Triples files reads its first tables from those files when they are unchanged
(kg.stores.folder): decoding millions of triples out of RocksDB one term at a time costs several
times more than reading the file they came from.
:class:`Columns` answers ``pairs(predicate)`` as a store does, so kg.rdf.from_rdf reads it unchanged;
the tables made from it must equal those the store would give, so every value is the store's:

* a typed literal reads back in the form Oxigraph keeps (``"01"^^xsd:integer`` is ``1``), found by
  one round trip through an in-memory store per distinct value;
* a line in the usual shape (three terms, single spaces, no escapes) is cut apart here, which is
  several times faster than making Oxigraph's term objects; any other line is parsed by Oxigraph;
* blank nodes stop the scan (None): a store labels them its own way, which a file cannot predict.

Repeated triples are not merged here: the caller compares :attr:`Columns.count` with the store's
size (and :attr:`Columns.sha256` with the digests taken at the load) and drops the columns when
they differ.
"""
from __future__ import annotations

import gc
import hashlib
import itertools
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator, Sequence

import numpy as np
import pyoxigraph as ox

from ..vocab import EXO
from .from_rdf import DCT, RDF_TYPE

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Bytes read and digested at a time: the scan's memory is a few times this, whatever the file's
#: size, and parts of a file made of whole chunks can be read (and checked) by different processes.
CHUNK = 64 << 20

#: Predicates of a document's description: their triples are kept (as text) until the document
#: nodes are known, then parsed into a small store that kg.rdf.from_rdf.read_documents queries.
DOCUMENT_PREDICATES = frozenset({
    RDF_TYPE, DCT + "identifier", DCT + "title", DCT + "source", DCT + "date", DCT + "creator",
    str(EXO.sha256), str(EXO.kind), str(EXO.citesStudy), str(EXO.journal),
    "http://purl.org/ontology/bibo/doi", "http://xmlns.com/foaf/0.1/page",
})
_DOCUMENT_CLASS = str(EXO.Document)


class Columns:
    """The triples of N-Triples files as (subject, object) columns per predicate.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "x.nt"
    >>> _ = f.write_text('<urn:a> <urn:p> "01"^^<http://www.w3.org/2001/XMLSchema#integer> .\\n'
    ...                  '<urn:a>\\t<urn:p> "two" .\\n')
    >>> c = Columns.read([f]); sorted(c.pairs("urn:p")), c.count
    ([('urn:a', '1', None), ('urn:a', 'two', None)], 2)
    """

    def __init__(self) -> None:
        self._subjects: dict[str, list[str]] = {}
        self._objects: dict[str, list[str]] = {}
        self._documents: list[tuple[str, str, str]] = []  # (subject, predicate, line) of DOCUMENT_PREDICATES
        self._canonical: dict[tuple[str, bytes], str] = {}  # (lexical form, what follows it) -> value
        self._names: dict[str, str] = {}  # one string object per IRI: less memory, faster look-ups
        #: Triples read (repeats counted).
        self.count = 0
        #: SHA-256 of each CHUNK of each file read (see :func:`digests`).
        self.sha256: list[list[str]] = []

    @classmethod
    def read(cls, paths: Sequence[Path | str], base_iri: str | None = None, workers: int = 1) -> "Columns | None":
        """The triples of N-Triples *paths*; None when a file has a blank node.

        The files are meant to be ones Oxigraph accepted (they were bulk-loaded, and their digests
        are compared): a line is cut apart here only in a shape that every valid line of that shape
        reads the same way; any other line goes to Oxigraph's parser, so a malformed one raises its
        SyntaxError. With *workers* above 1, files of several chunks are shared among that many
        processes (this one and new interpreters), each reading whole chunks; :attr:`sha256` holds
        each chunk's digest either way.
        """
        files = [(str(Path(p).resolve()), base_iri or Path(p).resolve().as_uri(), Path(p).stat().st_size) for p in paths]
        chunks = [(i, k) for i, (_, _, size) in enumerate(files) for k in range(max(1, -(-size // CHUNK)))]
        parts = [chunks[len(chunks) * w // workers:len(chunks) * (w + 1) // workers] for w in range(max(1, workers))]
        parts = [part for part in parts if part]
        others = [_Worker(files, part) for part in parts[1:]]
        try:
            c = cls._part(files, parts[0])
            for w in others:
                got = w.result()
                if c is not None:
                    c = c._merge(got) if got is not None else None
        finally:
            for w in others:
                w.stop()
        return c

    @classmethod
    def _part(cls, files: Sequence[tuple[str, str, int]], part: Sequence[tuple[int, int]]) -> "Columns | None":
        """The lines whose first byte lies in the chunks *part* ((file, chunk) pairs, in order)."""
        c = cls()
        c.sha256 = [[""] * max(1, -(-size // CHUNK)) for _, _, size in files]
        for i, (path, base, size) in enumerate(files):
            mine = [k for f, k in part if f == i]
            if mine and not c._range(i, path, base, mine[0], mine[-1] + 1):
                return None
        return c

    def _range(self, i: int, path: str, base: str, first: int, stop: int) -> bool:
        """Read the lines starting in chunks [*first*, *stop*) of a file; False on a blank node."""
        with open(path, "rb") as fh:
            rest = b""
            if first:  # the line running into this range from before belongs to the range before
                fh.seek(first * CHUNK - 1)
                lead = fh.read(1) != b"\n"
            else:
                lead = False
            for k in range(first, stop):
                block = fh.read(CHUNK)
                self.sha256[i][k] = hashlib.sha256(block).hexdigest()
                if lead:
                    end = block.find(b"\n")
                    if end < 0:
                        continue
                    block, lead = block[end + 1:], False
                data = rest + block
                cut = data.rfind(b"\n") + 1
                if cut and not self._block(data[:cut], base):
                    return False
                rest = data[cut:]
            while rest and not lead:  # the last line runs on past the range: read it to its end
                more = fh.readline()
                rest += more
                if not more or more.endswith(b"\n"):
                    break
            if rest and not lead and not self._block(rest, base):
                return False
        return True

    def _block(self, raw: bytes, base: str) -> bool:
        """Add the lines of *raw* (whole lines); False on a blank node."""
        a = np.frombuffer(raw, dtype=np.uint8)
        ends = np.flatnonzero(a == 10)  # each line's '\n'
        if len(ends) == 0 or ends[-1] != len(a) - 1:  # a last line without its end: Oxigraph reads it
            ends = np.append(ends, len(a))
            a = np.append(a, np.uint8(10))
        starts = np.empty_like(ends)
        starts[0] = 0
        starts[1:] = ends[:-1] + 1
        # The shape read here: '<s> <p> o .' ending in '\n', single spaces, no backslash or '\r'.
        # IRIs hold no space, '<', '>' or '"', and a literal no unescaped '"', so the first '>'
        # after the start ends the subject, the first space after it starts the predicate, ...
        def byte(i: np.ndarray) -> np.ndarray:
            """The bytes at *i*, clipped into the block (a short line's neighbours are never read as its own)."""
            return a[np.clip(i, 0, len(a) - 1)]

        long = ends - starts >= 11
        ok = long & (byte(starts) == 60) & (byte(ends - 1) == 46) & (byte(ends - 2) == 32)
        odd = np.flatnonzero((a == 92) | (a == 13))
        ok[np.searchsorted(ends, odd)] = False
        # where each of ' ', '>' and '"' stands, and past the end (for "none after this")
        far = len(a) + 2
        sp, gt, qt, tab = (np.append(np.flatnonzero(a == c), far) for c in (32, 62, 34, 9))

        def after(positions: np.ndarray, at: np.ndarray) -> np.ndarray:
            """The first of *positions* at or after each of *at* (past the end when none is)."""
            return positions[np.minimum(np.searchsorted(positions, at), len(positions) - 1)]

        sp1 = after(sp, starts)
        sp2 = after(sp, sp1 + 1)
        o_end = ends - 2  # the space before '.'
        ok &= (after(gt, starts) == sp1 - 1) & (byte(sp1 + 1) == 60) & (after(gt, sp1) == sp2 - 1) & (sp2 + 1 < o_end)
        o0 = sp2 + 1
        first = byte(o0)
        iri = ok & (first == 60) & (after(gt, o0) == o_end - 1) & (byte(o_end - 1) == 62)
        q = after(qt, o0 + 1)
        # after the closing quote, up to ' .': nothing, '@tag' or '^^<datatype>', no blank (N-Triples allows
        # spaces and tabs before '^^', '@' or '.'; such lines go to the parser)
        lit = ok & (first == 34) & (q < o_end) & (after(sp, q) == o_end) & (after(tab, q) > o_end)
        if (ok & (first == 95)).any():  # a blank node object
            return False
        good = iri | lit
        bad = np.flatnonzero(~good)
        if len(bad) and not self._parse([raw[starts[i]:ends[i] + 1] for i in bad.tolist() if starts[i] < len(raw)], base):
            return False
        rows = np.flatnonzero(good)
        if not len(rows):
            return True
        # Terms cut out with map() over slices: no Python-level loop per line. An ASCII block is
        # decoded once and sliced as text.
        if raw.isascii():
            text = raw.decode("ascii")
            cut = text.__getitem__
        else:
            def cut(part: slice) -> str:
                return raw[part].decode("utf-8")
        # group the lines by predicate, file order kept within each
        preds = list(map(raw.__getitem__, map(slice, (sp1 + 2)[rows].tolist(), (sp2 - 1)[rows].tolist())))
        codes = {b: i for i, b in enumerate(sorted(set(preds)))}
        code = np.fromiter(map(codes.__getitem__, preds), dtype=np.int64, count=len(rows))
        del preds
        order = np.argsort(code, kind="stable")
        bounds = np.searchsorted(code[order], np.arange(len(codes) + 1))
        names = self._names
        is_iri = iri[rows]
        s_a, s_b = (starts + 1)[rows], (sp1 - 1)[rows]
        o_a, o_b = (sp2 + 2)[rows], np.where(iri, o_end - 1, q)[rows]  # inside '<' '>' or the quotes
        t_a, t_b = (q + 1)[rows], o_end[rows]
        for pred, k in codes.items():
            p = pred.decode("utf-8")
            sel = order[bounds[k]:bounds[k + 1]]
            subjects = list(map(cut, map(slice, s_a[sel].tolist(), s_b[sel].tolist())))
            subjects = list(map(names.setdefault, subjects, subjects))
            objects = list(map(cut, map(slice, o_a[sel].tolist(), o_b[sel].tolist())))
            kinds = is_iri[sel]
            if kinds.all():
                objects = list(map(names.setdefault, objects, objects))
            else:
                objects = self._values(raw, objects, kinds, t_a[sel], t_b[sel])
            self._subjects.setdefault(p, []).extend(subjects)
            self._objects.setdefault(p, []).extend(objects)
            self.count += len(subjects)
            if p in DOCUMENT_PREDICATES:
                keep = range(len(subjects)) if p != RDF_TYPE else (j for j, o in enumerate(objects) if o == _DOCUMENT_CLASS)
                for j in keep:
                    i = rows[sel[j]]
                    self._documents.append((subjects[j], p, raw[starts[i]:ends[i] + 1].decode("utf-8")))
        return True

    def _merge(self, other: "Columns") -> "Columns":
        """Add the columns another process read (file order is not kept: readers do not need it)."""
        for p, subjects in other._subjects.items():
            self._subjects.setdefault(p, []).extend(subjects)
            self._objects.setdefault(p, []).extend(other._objects[p])
        self._documents += other._documents
        self.count += other.count
        for mine, theirs in zip(self.sha256, other.sha256):
            for k, d in enumerate(theirs):
                mine[k] = d or mine[k]
        return self

    def _values(self, raw: bytes, objects: list[str], kinds: np.ndarray, t_a: np.ndarray, t_b: np.ndarray) -> list[str]:
        """Objects as the store gives them: IRIs shared, typed literals canonical (*t_a*:*t_b* is
        what follows a literal's closing quote: nothing, '@lang' or '^^<datatype>')."""
        names = self._names
        out = np.array(objects, dtype=object)
        iris = np.flatnonzero(kinds)
        if len(iris):
            out[iris] = list(map(names.setdefault, out[iris].tolist(), out[iris].tolist()))
        typed = np.flatnonzero(~kinds & (t_b > t_a))
        if len(typed):
            tails = list(map(raw.__getitem__, map(slice, t_a[typed].tolist(), t_b[typed].tolist())))
            keys = list(zip(out[typed].tolist(), tails))
            for lex, tail in set(keys) - self._canonical.keys():
                dt = tail[3:-1].decode("utf-8") if tail[:3] == b"^^<" else XSD_STRING  # '@lang': as written
                self._canonical[(lex, tail)] = lex if dt == XSD_STRING else self._canon(lex, dt)  # the same key
            out[typed] = list(map(self._canonical.__getitem__, keys))
        return out.tolist()

    def _name(self, iri: str) -> str:
        return self._names.setdefault(iri, iri)

    def _add(self, s: str, p: str, o: str, line: str) -> None:
        self.count += 1
        subjects = self._subjects.get(p)
        if subjects is None:
            subjects = self._subjects[p] = []
            self._objects[p] = []
        subjects.append(s)
        self._objects[p].append(o)
        if p in DOCUMENT_PREDICATES and (p != RDF_TYPE or o == _DOCUMENT_CLASS):
            self._documents.append((s, p, line))

    def _canon(self, lex: str, dt: str) -> str:
        """The value Oxigraph stores for the literal (it keeps numbers, dates and booleans canonical)."""
        key = (lex, f"^^<{dt}>".encode("utf-8"))  # as _values keys what follows a literal
        if key not in self._canonical:
            store = ox.Store()
            store.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), ox.Literal(lex, datatype=ox.NamedNode(dt))))
            self._canonical[key] = next(iter(store)).object.value
        return self._canonical[key]

    def _parse(self, lines: list[bytes], base: str) -> bool:
        """Lines of another shape, through Oxigraph's parser; False on a blank node."""
        for q in ox.parse(input=b"".join(lines), format=ox.RdfFormat.N_TRIPLES, base_iri=base):
            s, p, o = q.subject, q.predicate, q.object
            if isinstance(s, ox.BlankNode) or isinstance(o, ox.BlankNode):
                return False
            if isinstance(o, ox.Literal) and o.datatype.value != XSD_STRING and o.language is None:
                value = self._canon(o.value, o.datatype.value)
            else:
                value = o.value
            self._add(self._name(s.value), p.value, value if isinstance(o, ox.Literal) else self._name(value), str(q.triple) + " .\n")
        return True

    def pairs(self, predicate: str) -> Iterator[tuple[str, str, None]]:
        """(subject, object, None) of every triple with *predicate*, as ``Store.pairs`` gives them."""
        return zip(self._subjects.get(predicate, ()), self._objects.get(predicate, ()), itertools.repeat(None))

    def document_lines(self) -> bytes:
        """N-Triples of the documents' descriptions and of the studies they cite (for read_documents)."""
        docs = {s for s, p, _ in self._documents if p == RDF_TYPE}
        studies = {o for s, o, _ in self.pairs(str(EXO.citesStudy)) if s in docs}
        return "".join(line for s, _, line in self._documents if s in docs or s in studies).encode("utf-8")


def digests(path: Path | str) -> list[str]:
    """SHA-256 of each CHUNK of a file (an empty file has one, of nothing).

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "x.nt"; _ = f.write_text("")
    >>> digests(f) == [hashlib.sha256(b"").hexdigest()]
    True
    """
    out = []
    with open(path, "rb") as fh:
        while True:
            block = fh.read(CHUNK)
            if block or not out:
                out.append(hashlib.sha256(block).hexdigest())
            if len(block) < CHUNK:
                return out


class _Worker:
    """Part of the files read by a new interpreter (not multiprocessing, whose spawn would run the
    caller's main script again). Its columns come back through marshal, which reads data only."""

    def __init__(self, files: Sequence[tuple[str, str, int]], part: Sequence[tuple[int, int]]):
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[2]), *filter(None, [os.environ.get("PYTHONPATH")])])}
        self.proc = subprocess.Popen([sys.executable, "-c", "from kg.rdf.ntriples import _serve; _serve()"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"files": files, "part": part, "chunk": CHUNK}).encode("utf-8"))
        self.proc.stdin.close()

    def result(self) -> Columns | None:
        assert self.proc.stdout is not None
        out = self.proc.stdout.read()
        if self.proc.wait():
            raise OSError(f"a process reading part of the files stopped (exit status {self.proc.returncode})")
        got = marshal.loads(out)
        if got["error"]:
            raise ValueError(f"a process reading part of the files failed: {got['error']}")
        if got["blank"]:
            return None
        c = Columns()
        c._subjects, c._objects, c._documents = got["subjects"], got["objects"], got["documents"]
        c.count, c.sha256 = got["count"], got["sha256"]
        return c

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def _serve() -> None:
    """The work of a :class:`_Worker`: its part of the files, answered as marshal data on stdout."""
    global CHUNK
    gc.disable()  # millions of strings, no cycles (see kg.rdf.from_rdf.paused_gc)
    args = json.loads(sys.stdin.buffer.read())
    CHUNK = args["chunk"]  # the parts were cut in the caller's chunks
    got: dict = {"error": None, "blank": False}
    try:
        c = Columns._part([tuple(f) for f in args["files"]], [tuple(p) for p in args["part"]])
    except Exception as exc:  # told to the caller, which reads the store instead
        got["error"] = f"{type(exc).__name__}: {exc}"
    else:
        if c is None:
            got["blank"] = True
        else:
            got.update(subjects=c._subjects, objects=c._objects, documents=c._documents, count=c.count, sha256=c.sha256)
    sys.stdout.buffer.write(marshal.dumps(got))
