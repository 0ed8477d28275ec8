"""The projection path questions walk: entities as nodes, one edge per statement and per walkable inverse.

:class:`Projection` is the compact form the searches use: edges as integer arrays, adjacency in
compressed sparse rows (out and in), relation properties (path sign, ends-path) by code. Built from
the model's tables in one pass of numpy (seconds at millions of edges), it holds no statement
objects: a search works on integers and asks the graph for a Statement only for the paths it
returns. Which edges a question may walk is a boolean mask per edge filter, computed once with
numpy over the evidence rows and kept for the next question with the same filter.

:func:`to_networkx` gives the same graph as a networkx MultiDiGraph (``g.network``) for users and
for small graphs: node attributes ``label``, ``type``, ``types``, ``synonyms``, ``xrefs``,
``generic``, ``entity``; edge attributes ``relation``, ``sign``, ``path_sign``, ``role``,
``ends_path``, ``inverted``, ``statement`` and evidence summaries, keyed by statement id.
"""
from __future__ import annotations

from array import array
from typing import TYPE_CHECKING, Any, Callable, Hashable

import numpy as np

from .ontology import Ontology
from .tables import NONE, SLOTS, Tables
from .vocab import CURATION_IRI, MODEL_SYSTEMS, STATUSES

if TYPE_CHECKING:
    import networkx as nx
    from .core import GraphData

INVERSE_SUFFIX = "~inverse"


def _ints(a: np.ndarray) -> array:
    """A numpy integer array as a compact Python array: cheap to index from Python loops."""
    return array("i", np.ascontiguousarray(a, dtype=np.int32).tobytes())


class Projection:
    """Edges (statements and walkable inverses) over entity rows, in compressed sparse rows.

    Edge ``e`` goes from entity row ``src[e]`` to ``dst[e]``, stands for statement row ``stmt[e]``
    and has relation code ``rel[e]`` (forward relations first, then their inverses); ``inverted[e]``
    marks an inverse walked backwards. ``out_edges[out_ptr[u]:out_ptr[u + 1]]`` are the edges
    leaving ``u``, ``in_edges[in_ptr[v]:in_ptr[v + 1]]`` those entering ``v``.

    >>> from kg.datasets import tiny_graph
    >>> P = tiny_graph().projection
    >>> P.n_nodes, P.n_edges
    (7, 5)
    """

    def __init__(self, tables: Tables, ontology: Ontology):
        self.tables = tables
        rels = list(tables.relations)
        inverse = [ontology.relations[r].inverse for r in rels]
        # codes of walkable inverses are appended after the forward relations
        names = rels + [inv for inv in inverse if inv and inv not in rels]
        code = {r: i for i, r in enumerate(names)}
        inv_code = np.array([code[i] if i else -1 for i in inverse] or [-1], dtype=np.int32)
        self.relations: tuple[str, ...] = tuple(names)
        self.path_sign = [ontology.relations[r].path_sign for r in names]
        self.ends_path = [ontology.relations[r].ends_path for r in names]
        n = tables.n_statements
        idx = np.arange(n, dtype=np.int32)
        st_rel = tables.st_rel.astype(np.int32)
        has_inv = inv_code[st_rel] >= 0 if n else np.zeros(0, dtype=bool)
        src = np.concatenate([tables.st_subj, tables.st_obj[has_inv]])
        dst = np.concatenate([tables.st_obj, tables.st_subj[has_inv]])
        stmt = np.concatenate([idx, idx[has_inv]])
        rel = np.concatenate([st_rel, inv_code[st_rel[has_inv]]])
        self.n_nodes = len(tables.entities)
        self.n_edges = len(src)
        self.src, self.dst, self.stmt, self.rel = _ints(src), _ints(dst), _ints(stmt), _ints(rel)
        self.inverted = bytes(np.concatenate([np.zeros(n, dtype=np.uint8), np.ones(int(has_inv.sum()), dtype=np.uint8)]))
        self.out_ptr, self.out_edges = self._csr(src)
        self.in_ptr, self.in_edges = self._csr(dst)
        # from the entity columns: no Entity object is made to project the graph
        ents = tables.entities
        generic = np.zeros(len(ents), dtype=np.uint8)
        generic[sorted(ents.generic)] = 1
        self.generic = bytes(generic)
        types = sorted(set(ents.types))
        tcode = {t: i for i, t in enumerate(types)}
        self.type_of = _ints(np.array([tcode[t] for t in ents.types], dtype=np.int32))
        self.ancestors = [frozenset(ontology.ancestors(t)) for t in types]
        self._evidence_counts = np.diff(tables.ev_ptr).astype(np.int32)
        self._masks: dict[Hashable, bytes] = {}

    def _csr(self, keys: np.ndarray) -> tuple[array, array]:
        order = np.argsort(keys, kind="stable")
        ptr = np.zeros(self.n_nodes + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys, minlength=self.n_nodes), out=ptr[1:])
        return _ints(ptr), _ints(order)

    def is_a(self, node: int, cls: str) -> bool:
        """Whether entity row *node* is of class *cls* or a subclass."""
        return cls in self.ancestors[self.type_of[node]]

    def mask(self, key: Hashable, make: Callable[["Projection"], np.ndarray]) -> bytes:
        """The walkable-edge mask for an edge filter (*key* its identity), made once and kept."""
        if key not in self._masks:
            if len(self._masks) > 64:
                self._masks.clear()  # a long-running server asks many filters; keep memory bounded
            self._masks[key] = bytes(np.asarray(make(self), dtype=np.uint8))
        return self._masks[key]

    def evidence_mask(self, statuses: frozenset[str] | None, curations: frozenset[str] | None,
                      organism: int | None, model: str | None, strict: bool) -> np.ndarray:
        """Per evidence row: does it pass these filters (see kg.query.walks.EdgeFilter.keep)?"""
        t = self.tables
        ok = np.ones(t.n_evidence, dtype=bool)
        if statuses is not None:
            ok &= np.isin(t.ev_status, [STATUSES.index(s) for s in statuses])
        if curations is not None:
            ok &= np.isin(t.ev_curation, [list(CURATION_IRI).index(c) for c in curations])
        if organism is not None:
            col = t.ev_ctx[:, SLOTS.index("organism")]
            ok &= (col == organism) | ((col == NONE) & (not strict))
        if model is not None:
            ok &= (t.ev_model == MODEL_SYSTEMS.index(model)) | ((t.ev_model == NONE) & (not strict))
        return ok

    def statement_counts(self, evidence_ok: np.ndarray | None) -> np.ndarray:
        """Per statement, how many of its evidence rows pass (all of them when no filter is given)."""
        if evidence_ok is None:
            return self._evidence_counts
        ends = self.tables.ev_ptr
        csum = np.concatenate([[0], np.cumsum(evidence_ok, dtype=np.int64)])
        return (csum[ends[1:]] - csum[ends[:-1]]).astype(np.int32)

    def edge_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(statement row, relation code) of every edge, as numpy arrays (for building masks)."""
        return np.frombuffer(self.stmt, dtype=np.int32), np.frombuffer(self.rel, dtype=np.int32)


def to_networkx(g: "GraphData") -> nx.MultiDiGraph:
    """The projection as a networkx MultiDiGraph, with Statement objects on its edges.

    A statement whose relation has an ``owl:inverseOf`` (derives from / source of) also gets the
    reverse edge, marked ``inverted``, so a path can go from a cell to the vesicle derived from it.
    Every statement becomes an object here: use it for graphs that fit a notebook, and the path
    questions (which walk :class:`Projection`) for large ones.

    >>> from kg.datasets import tiny_graph
    >>> G = tiny_graph().network
    >>> G.nodes["miR-21"]["type"]
    'MicroRNA'
    >>> any(d["relation"] == "decreases" for _, v, d in G.out_edges("miR-21", data=True) if v == "PTEN")
    True
    """
    import networkx as nx  # imported when a networkx graph is asked for: it costs 0.2 s at start-up
    G = nx.MultiDiGraph()
    onto = g.ontology
    for e in g.entities():
        G.add_node(e.id, label=e.label, type=e.type, types=onto.ancestors(e.type), synonyms=e.synonyms,
                   xrefs=tuple(x.curie for x in e.xrefs), generic=e.generic, entity=e)
    P = g.projection
    ents = g.tables.entities
    for i in range(P.n_edges):
        s = g.statement_at(P.stmt[i])
        rel = onto.relations[P.relations[P.rel[i]]]
        inverted = bool(P.inverted[i])
        G.add_edge(ents[P.src[i]].id, ents[P.dst[i]].id, key=s.id + (INVERSE_SUFFIX if inverted else ""),
                   relation=rel.name, sign=rel.sign, path_sign=rel.path_sign, role=rel.role, ends_path=rel.ends_path,
                   inverted=inverted, **_summary(s))
    return G


def _summary(s: Any) -> dict[str, Any]:
    return dict(statement=s, evidence_count=len(s.evidence), documents=s.documents,
                statuses=frozenset(e.status for e in s.evidence), status=s.status,
                organisms=frozenset(e.organism for e in s.evidence if e.organism),
                curations=frozenset(e.curation for e in s.evidence))


__all__ = ["INVERSE_SUFFIX", "Projection", "to_networkx"]
