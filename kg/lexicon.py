"""The entity lexicon: ontology/lexicon.yaml checked against the ontology and identifiers.tsv.

Each entity has one id, one label, one ontology class, the synonyms the documents use and
cross-references whose label and source come from ontology/identifiers.tsv (the team's verified
identifier list), so no identifier enters the graph without saying where it was verified.
"""
from __future__ import annotations

import csv
import difflib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Mapping

from . import yamlio
from .errors import AmbiguousEntityError, InvalidAnnotationError, Problem, UnknownEntityError
from .files import ontology_dir, relpath
from .model import Entity, EntityList, Xref
from .ontology import Ontology
from .vocab import ENTITY, expand_curie

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


_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"\s+")


def normalize(name: str) -> str:
    """The form names are compared in: case-folded, Unicode dashes and spaces unified.

    >>> normalize("NF-κB  Signaling") == normalize("nf-κb signaling")
    True
    """
    # Most names are plain ASCII with single spaces: lower() is casefold() there, and skipping the
    # two regular expressions makes indexing a big graph's names several times faster.
    if name.isascii() and name.isprintable() and "  " not in name and name[:1] != " " and name[-1:] != " ":
        return name.lower()
    name = _DASHES.sub("-", name)
    return _SPACES.sub(" ", name.replace("\u00a0", " ")).strip().casefold()


def entity_names(e: Entity) -> list[str]:
    """The names of *e* that the lexicon holds to one entity each, normalised: its id, label and synonyms.

    >>> entity_names(Entity("TNF", "tumor necrosis factor", "CytokineOrGrowthFactor", ("TNF-α",)))
    ['tnf', 'tnf-α', 'tumor necrosis factor']
    """
    return sorted({normalize(e.id), normalize(e.label), *(normalize(s) for s in e.synonyms)})


def normalize_all(names: list[str]) -> list[str]:
    """:func:`normalize` of each name, in one pass over their text when all are plain ASCII names.

    >>> normalize_all(["PTEN", "NF-κB  Signaling"]) == [normalize("PTEN"), normalize("NF-κB  Signaling")]
    True
    """
    text = "\n".join(names)
    if (text.isascii() and text.count("\n") == len(names) - 1 and text.replace("\n", "").isprintable()
            and "  " not in text and " \n" not in text and "\n " not in text and text[:1] != " " and text[-1:] != " "):
        return text.lower().split("\n") if names else []
    return [normalize(n) for n in names]


class Lexicon:
    """Entities by id, with exact case-insensitive look-up by id, label, synonym, CURIE or IRI.

    Names are indexed in priority tiers (id or IRI; label or synonym; exact cross-reference; other
    cross-reference), each built the first time a look-up reaches it: a look-up by id on a graph of
    150,000 entities indexes their ids only.

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
        if isinstance(entities, EntityList):
            self._list = entities
        else:  # a later entity with the same id replaces an earlier one
            self._list = EntityList.of({e.id: e for e in entities}.values())
        self._rows: dict[str, int] | None = None
        self._tiers: list[dict[str, int | tuple[int, ...]] | None] = [None, None, None, None]

    @property
    def entities(self) -> dict[str, Entity]:
        """Entity id -> entity (every Entity object is made: prefer :meth:`get` on a big graph)."""
        return {e.id: e for e in self._list}

    def _row(self) -> dict[str, int]:
        if self._rows is None:
            self._rows = {eid: i for i, eid in enumerate(self._list.ids)}
        return self._rows

    def _tier(self, k: int) -> dict[str, int | tuple[int, ...]]:
        tier = self._tiers[k]
        if tier is None:
            el = self._list
            if k == 0:  # ids; an entity IRI is looked up as its id (see resolve)
                names, rows = el.ids, range(len(el))
            elif k == 1:
                names = list(el.labels) + [n for names in el.synonyms.values() for n in names]
                rows = [*range(len(el)), *(i for i, names in el.synonyms.items() for _ in names)]
            else:
                pairs = [(name, i) for i, xrefs in el.xrefs.items() for x in xrefs if (x.match == "exact") == (k == 2)
                         for name in (x.curie, x.iri)]
                names, rows = [n for n, _ in pairs], [i for _, i in pairs]
            keys, rows = normalize_all(names), list(rows)
            tier = self._tiers[k] = dict(zip(keys, rows))  # a name with one entity: its row
            if len(tier) < len(keys):  # names shared by several rows: the tuple of their rows
                shared = {key for key, n in Counter(keys).items() if n > 1}
                many: dict[str, set[int]] = defaultdict(set)
                for key, row in zip(keys, rows):
                    if key in shared:
                        many[key].add(row)
                tier.update({key: tuple(sorted(v)) if len(v) > 1 else next(iter(v)) for key, v in many.items()})
        return tier

    def __contains__(self, eid: str) -> bool:
        return eid in self._row()

    def __len__(self) -> int:
        return len(self._row())

    def __iter__(self):
        return iter(self._list)

    def get(self, eid: str) -> Entity | None:
        i = self._row().get(eid)
        return None if i is None else self._list[i]

    def names(self) -> list[str]:
        """Every id, label and synonym, for suggestions and for readers."""
        el = self._list
        out = set(el.ids) | set(el.labels)
        for names in el.synonyms.values():
            out.update(names)
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
        for k in range(4):
            hits = _rows(self._tier(k).get(key))
            if k == 0 and key.startswith(_ENTITY_NS):  # the IRI of an entity is its id under ENTITY
                hits |= _rows(self._tier(0).get(key[len(_ENTITY_NS):]))
            if hits:
                if len(hits) > 1:
                    raise AmbiguousEntityError(name, sorted(self._list.ids[i] for i in hits))
                return self._list[next(iter(hits))]
        raise UnknownEntityError(name, self.suggest(name))


_ENTITY_NS = normalize(str(ENTITY))


def _rows(hit: int | tuple[int, ...] | None) -> set[int]:
    return set() if hit is None else {hit} if isinstance(hit, int) else set(hit)


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
        for n in entity_names(e):
            if n in owner and owner[n] != e.id:
                problems.append(
                    Problem(name, first_line.get(e.id), f"name {n!r} is used by both {owner[n]} and {e.id}; keep it on one")
                )
            owner.setdefault(n, e.id)
    if problems:
        raise InvalidAnnotationError(problems)
    return Lexicon(entities)
