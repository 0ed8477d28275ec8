"""The entity lexicon: ontology/lexicon.yaml checked against the ontology and identifiers.tsv.

Each entity has one id, one label, one ontology class, the synonyms the documents use and
cross-references whose label and source come from ontology/identifiers.tsv (the team's verified
identifier list), so no identifier enters the graph without saying where it was verified.
"""
from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Mapping

from . import yamlio
from .errors import AmbiguousEntityError, InvalidAnnotationError, Problem, UnknownEntityError
from .files import ontology_dir, relpath
from .model import Entity, Xref
from .ontology import Ontology
from .vocab import expand_curie

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
MATCHES = ("exact", "close", "broad", "narrow", "related")
ENTITY_FIELDS = {"id", "label", "type", "synonyms", "xrefs", "note", "generic"}
XREF_FIELDS = {"curie", "match", "mention", "source"}


@dataclass(frozen=True)
class IdentifierRow:
    """One row of identifiers.tsv."""

    mention: str
    curie: str
    label: str
    source: str
    status: str


def load_identifiers(path: Path | None = None) -> list[IdentifierRow]:
    """Rows of the verified-identifier table (one CURIE per row; ``a|b`` cells are split).

    >>> rows = load_identifiers(); any(r.curie == "CL:0000134" for r in rows)
    True
    """
    path = path or ontology_dir() / "identifiers.tsv"
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh, delimiter="\t"):
            curies, labels = rec["curie"].split("|"), rec["label"].split("|")
            for i, curie in enumerate(curies):
                label = labels[i] if len(labels) == len(curies) else rec["label"]
                rows.append(IdentifierRow(rec["mention"], curie, label, rec["source"], rec["status"]))
    return rows


def normalize(name: str) -> str:
    """The form names are compared in: case-folded, Unicode dashes and spaces unified.

    >>> normalize("NF-κB  Signaling") == normalize("nf-κb signaling")
    True
    """
    name = re.sub(r"[\u2010-\u2015\u2212]", "-", name)
    return re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip().casefold()


class Lexicon:
    """Entities by id, with exact case-insensitive look-up by id, label, synonym, CURIE or IRI.

    >>> lex = Lexicon([Entity("PTEN", "PTEN", "GeneOrProtein", ("phosphatase and tensin homolog",),
    ...                        (Xref("HGNC:9588"),))])
    >>> lex.resolve("Phosphatase and tensin homolog").id
    'PTEN'
    >>> lex.resolve("HGNC:9588").id
    'PTEN'
    >>> lex.resolve("PTN")
    Traceback (most recent call last):
    kg.errors.UnknownEntityError: unknown entity 'PTN'; closest known names: PTEN
    """

    def __init__(self, entities: Iterable[Entity]):
        self.entities: dict[str, Entity] = {}
        for e in entities:
            self.entities[e.id] = e
        # Names in priority order: an id or label beats a synonym, which beats an exact
        # cross-reference, which beats a close, broad or related one (iMSC is only broadly CL:0000134).
        self._by_name: list[dict[str, set[str]]] = [{}, {}, {}, {}]
        for e in self.entities.values():
            self._index(0, e.id, e.id)
            self._index(0, e.iri, e.id)
            self._index(1, e.label, e.id)
            for s in e.synonyms:
                self._index(1, s, e.id)
            for x in e.xrefs:
                tier = 2 if x.match == "exact" else 3
                self._index(tier, x.curie, e.id)
                self._index(tier, x.iri, e.id)

    def _index(self, tier: int, name: str, eid: str) -> None:
        self._by_name[tier].setdefault(normalize(name), set()).add(eid)

    def __contains__(self, eid: str) -> bool:
        return eid in self.entities

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self):
        return iter(self.entities.values())

    def get(self, eid: str) -> Entity | None:
        return self.entities.get(eid)

    def names(self) -> list[str]:
        """Every id, label and synonym, for suggestions and for readers."""
        out = set()
        for e in self.entities.values():
            out.update((e.id, e.label, *e.synonyms))
        return sorted(out)

    def suggest(self, name: str, n: int = 5) -> list[str]:
        """Known names closest to *name* (spelling first, then substring)."""
        names = self.names()
        by_norm = {normalize(x): x for x in names}
        close = difflib.get_close_matches(normalize(name), list(by_norm), n=n, cutoff=0.6)
        out = [by_norm[c] for c in close]
        key = normalize(name)
        for x in names:
            if len(out) >= n:
                break
            if key and (key in normalize(x) or normalize(x) in key) and x not in out:
                out.append(x)
        return out

    def resolve(self, name: str) -> Entity:
        """The one entity *name* denotes; raises UnknownEntityError or AmbiguousEntityError."""
        key = normalize(str(name))
        for tier in self._by_name:
            hits = tier.get(key)
            if hits:
                if len(hits) > 1:
                    raise AmbiguousEntityError(name, sorted(hits))
                return self.entities[next(iter(hits))]
        raise UnknownEntityError(name, self.suggest(name))


READER_LEXICON = "lexicon.reader.yaml"


def load_lexicon(
    ontology: Ontology,
    path: Path | None = None,
    identifiers: list[IdentifierRow] | None = None,
    include_reader: bool = True,
) -> Lexicon:
    """Read and check ontology/lexicon.yaml; every problem is reported with its line.

    With *include_reader*, the provisional entities ``kg ingest`` recorded in ``lexicon.reader.yaml``
    beside *path* are read too (same format, same checks) and marked ``provisional``; they stay in
    their own file so a curator can tell them apart and promote them by hand.

    Raises InvalidAnnotationError for a duplicate id, an unknown type, a CURIE that is not in
    identifiers.tsv (unless the entry names its own ``source``), or a synonym claimed by two entities.

    >>> from kg.ontology import Ontology
    >>> load_lexicon(Ontology.load()).resolve("MSCs").id
    'MSC'
    """
    path = path or ontology_dir() / "lexicon.yaml"
    name = relpath(path)
    data = yamlio.load(path)
    identifiers = identifiers if identifiers is not None else load_identifiers()
    rows_by_curie: dict[str, list[IdentifierRow]] = {}
    for r in identifiers:
        rows_by_curie.setdefault(r.curie, []).append(r)
    problems: list[Problem] = []
    if not isinstance(data, Mapping) or not isinstance(data.get("entities"), list):
        raise InvalidAnnotationError(Problem(name, 1, "expected a top-level 'entities:' list"))
    entities: list[Entity] = []
    first_line: dict[str, int] = {}
    for item in data["entities"]:
        line = getattr(item, "line", None)
        if not isinstance(item, Mapping):
            problems.append(Problem(name, line, "each entity must be a mapping with id, label and type"))
            continue
        extra = set(item) - ENTITY_FIELDS
        if extra:
            problems.append(Problem(name, line, f"unknown field(s) {sorted(extra)}; allowed: {sorted(ENTITY_FIELDS)}"))
        eid = item.get("id")
        if not isinstance(eid, str) or not ID_PATTERN.match(eid):
            problems.append(Problem(name, line, f"entity id {eid!r} must match {ID_PATTERN.pattern}"))
            continue
        if eid in first_line:
            problems.append(Problem(name, line, f"duplicate entity id {eid!r} (first on line {first_line[eid]})"))
            continue
        first_line[eid] = line
        label, etype = item.get("label"), item.get("type")
        if not isinstance(label, str) or not label.strip():
            problems.append(Problem(name, item.line_of("label"), f"entity {eid}: needs one label (a string)"))
            continue
        if etype not in ontology.entity_classes:
            problems.append(
                Problem(
                    name,
                    item.line_of("type"),
                    f"entity {eid}: unknown type {etype!r}; use one of {', '.join(ontology.entity_classes)}",
                )
            )
            continue
        synonyms = item.get("synonyms") or []
        if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
            problems.append(Problem(name, item.line_of("synonyms"), f"entity {eid}: synonyms must be a list of strings"))
            synonyms = []
        xrefs = []
        for x in item.get("xrefs") or []:
            xl = getattr(x, "line", line)
            if not isinstance(x, Mapping) or "curie" not in x:
                problems.append(Problem(name, xl, f"entity {eid}: each xref needs a 'curie'"))
                continue
            if set(x) - XREF_FIELDS:
                problems.append(Problem(name, xl, f"entity {eid}: unknown xref field(s) {sorted(set(x) - XREF_FIELDS)}"))
            curie, match = str(x["curie"]), x.get("match", "exact")
            if match not in MATCHES:
                problems.append(Problem(name, xl, f"entity {eid}: xref match {match!r} must be one of {MATCHES}"))
                continue
            try:
                expand_curie(curie)
            except ValueError as exc:
                problems.append(Problem(name, xl, f"entity {eid}: {exc}"))
                continue
            rows = rows_by_curie.get(curie, [])
            if x.get("mention"):
                rows = [r for r in rows if r.mention == x["mention"]]
            if rows:
                r = rows[0]
                xrefs.append(Xref(curie, match, r.label, r.source, r.status))
            elif x.get("source"):
                xrefs.append(Xref(curie, match, None, str(x["source"]), "UNVERIFIED"))
            else:
                problems.append(
                    Problem(
                        name,
                        xl,
                        f"entity {eid}: {curie}"
                        + (f" with mention {x['mention']!r}" if x.get("mention") else "")
                        + " is not in ontology/identifiers.tsv; verify it and add it there, or give its 'source'",
                    )
                )
        note = item.get("note")
        generic = item.get("generic", False)
        if not isinstance(generic, bool):
            problems.append(Problem(name, item.line_of("generic"),
                                    f"entity {eid}: generic must be true or false (true: it names a class of things)"))
            generic = False
        # Sorted, without the label: the same form the entity has when read back from RDF.
        synonyms = sorted(set(synonyms) - {label.strip()})
        entities.append(Entity(eid, label.strip(), etype, tuple(synonyms), tuple(xrefs), note, generic=generic))
    reader_path = Path(path).with_name(READER_LEXICON)
    if include_reader and reader_path.is_file() and reader_path.resolve() != Path(path).resolve():
        known = {e.id for e in entities}
        for e in load_lexicon(ontology, reader_path, identifiers, include_reader=False):
            if e.id in known:
                problems.append(Problem(relpath(reader_path), None, f"entity id {e.id!r} is also in {name}; remove it from one"))
                continue
            first_line.setdefault(e.id, None)
            entities.append(replace(e, provisional=True))
    # A synonym shared by two entities would make look-ups ambiguous; catch it at the source.
    owner: dict[str, str] = {}
    for e in entities:
        for n in {normalize(e.id), normalize(e.label), *(normalize(s) for s in e.synonyms)}:
            if n in owner and owner[n] != e.id:
                problems.append(
                    Problem(name, first_line.get(e.id), f"name {n!r} is used by both {owner[n]} and {e.id}; keep it on one")
                )
            owner.setdefault(n, e.id)
    if problems:
        raise InvalidAnnotationError(problems)
    return Lexicon(entities)
