"""The ontology as the code sees it: entity classes, relations with sign and path role.

ontology/exokg.ttl is the single source of truth; this module only reads it.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef

from .errors import InvalidAnnotationError, Problem, UnknownRelationError, UnknownTypeError
from .files import ontology_dir, relpath
from .model import Relation
from .vocab import EXO

PATH_ROLES = ("causal", "transparent", "descriptive")


@dataclass(frozen=True)
class OntClass:
    """An entity class: its local name, label and direct parents (local names)."""

    name: str
    label: str
    parents: tuple[str, ...]


def _local(iri: URIRef) -> str:
    return str(iri)[len(str(EXO._NS)) :]


class Ontology:
    """Entity classes and mechanism relations read from an OWL file in Turtle.

    >>> onto = Ontology.load()
    >>> onto.relation("decreases").sign
    -1
    >>> onto.is_a("MesenchymalStemCell", "CellType")
    True
    """

    def __init__(self, graph: Graph, name: str = "ontology"):
        self.graph = graph
        self.name = name
        self.classes: dict[str, OntClass] = {}
        self.relations: dict[str, Relation] = {}
        self._read()

    @classmethod
    def load(cls, path: Path | None = None) -> Ontology:
        """Parse the ontology file (default ``ontology/exokg.ttl``).

        >>> len(Ontology.load().relations) >= 12
        True
        """
        path = path or ontology_dir() / "exokg.ttl"
        g = Graph()
        try:
            g.parse(path, format="turtle")
        except FileNotFoundError:
            raise InvalidAnnotationError(Problem(relpath(path), None, "ontology file not found")) from None
        except Exception as exc:  # rdflib raises many parser exception types
            raise InvalidAnnotationError(
                Problem(relpath(path), None, f"not valid Turtle: {exc}")
            ) from None
        return cls(g, relpath(path))

    def _read(self) -> None:
        g = self.graph
        ns = str(EXO._NS)
        entity_root = EXO.BiomedicalEntity
        for c in sorted(set(g.subjects(RDF.type, OWL.Class))):
            if not str(c).startswith(ns):
                continue
            parents = tuple(sorted(_local(p) for p in g.objects(c, RDFS.subClassOf) if str(p).startswith(ns)))
            label = str(g.value(c, RDFS.label) or _local(c))
            self.classes[_local(c)] = OntClass(_local(c), label, parents)
        self.entity_classes = tuple(
            n for n in self.classes if n != "BiomedicalEntity" and self.is_a(n, _local(entity_root))
        )
        problems = []
        for r in sorted(set(g.subjects(RDF.type, EXO.MechanismRelation))):
            name = _local(r)
            sign, role = g.value(r, EXO.sign), g.value(r, EXO.pathRole)
            if not isinstance(sign, Literal) or sign.toPython() not in (-1, 0, 1):
                problems.append(Problem(self.name, None, f"relation {name} needs exokg:sign -1, 0 or 1"))
                continue
            if role is None or str(role) not in PATH_ROLES:
                problems.append(
                    Problem(self.name, None, f"relation {name} needs exokg:pathRole, one of {PATH_ROLES}")
                )
                continue
            inverse = g.value(r, OWL.inverseOf)
            self.relations[name] = Relation(
                name=name,
                label=str(g.value(r, RDFS.label) or name),
                sign=int(sign.toPython()),
                role=str(role),
                # only the project's own relations: a mapping to RO or BFO is not a parent relation
                inverse=_local(inverse) if inverse is not None and str(inverse).startswith(ns) else None,
                parents=tuple(sorted(_local(p) for p in g.objects(r, RDFS.subPropertyOf) if str(p).startswith(ns))),
                comment=str(g.value(r, RDFS.comment)) if g.value(r, RDFS.comment) else None,
                ends_path=bool(g.value(r, EXO.endsPath)),
            )
        if problems:
            raise InvalidAnnotationError(problems)

    def relation(self, name: str) -> Relation:
        """The relation called *name* (its local name or label).

        >>> Ontology.load().relation("derives from").name
        'derives_from'
        """
        key = name.strip().replace(" ", "_")
        if key in self.relations:
            return self.relations[key]
        for r in self.relations.values():
            if r.label.lower() == name.strip().lower():
                return r
        raise UnknownRelationError(name, self.relations)

    def entity_class(self, name: str) -> str:
        """*name* when it is an entity class (or the root class); UnknownTypeError naming the closest.

        >>> Ontology.load().entity_class("Exosome")
        'Exosome'
        >>> Ontology.load().entity_class("Exosomes")
        Traceback (most recent call last):
        kg.errors.UnknownTypeError: unknown entity type 'Exosomes'; did you mean Exosome...
        """
        if name in self.entity_classes or name == "BiomedicalEntity":
            return name
        close = difflib.get_close_matches(str(name), self.entity_classes, n=3, cutoff=0.5)
        raise UnknownTypeError(str(name), self.entity_classes, f"; did you mean {', '.join(close)}?" if close else "")

    def ancestors(self, name: str) -> tuple[str, ...]:
        """*name* and every class above it, nearest first.

        >>> Ontology.load().ancestors("Exosome")
        ('Exosome', 'ExtracellularVesicle', 'BiomedicalEntity')
        """
        out, todo = [], [name]
        while todo:
            c = todo.pop(0)
            if c in out or c not in self.classes:
                continue
            out.append(c)
            todo.extend(self.classes[c].parents)
        return tuple(out)

    def is_a(self, name: str, ancestor: str) -> bool:
        """True when class *name* is *ancestor* or below it.

        >>> Ontology.load().is_a("Exosome", "ExtracellularVesicle")
        True
        """
        # the reader asks this tens of thousands of times per document; the class tree never changes
        memo = self.__dict__.setdefault("_is_a_memo", {})
        key = (name, ancestor)
        if key not in memo:
            memo[key] = ancestor in self.ancestors(name)
        return memo[key]

    @cached_property
    def curatable_relations(self) -> tuple[str, ...]:
        """Relations an annotation may use: all but the inverses kept only for path search."""
        return tuple(
            sorted(r for r in self.relations if not self.graph.value(EXO[r], EXO.inferredOnly))
        )

    def class_iri(self, name: str) -> URIRef:
        return getattr(EXO, name)
