"""Which identifier an entity answers to outside the project: its standard term's CURIE, else its own.

An entity with an exact cross-reference (``match: exact`` in the lexicon) *is* that term, so its first
exact CURIE is its primary identifier in every export (the KGX ``id``, the GraphML and Cytoscape
``identifier``); its other exact CURIEs and the project's own CURIE are its equivalent identifiers.
A close, broad, narrow or related cross-reference names another term (iMSC is only broadly
CL:0000134), so it is never the entity's identifier: exports carry it as an ``xref``.

CURIE prefixes are those of :data:`kg.vocab.CURIE_PREFIXES`, spelt as bioregistry prefers them
(tests/test_identifiers.py checks the table against the installed bioregistry, offline).
"""
from __future__ import annotations

from .model import Entity
from .vocab import ENTITY, PREFIXES

__all__ = ["ENTITY_PREFIX", "local_curie", "primary_curie", "equivalent_curies", "other_xrefs", "has_standard_id"]

#: The prefix of the project's own entity CURIEs (``ent:MSC``), the identifier of last resort.
ENTITY_PREFIX: str = next(p for p, ns in PREFIXES.items() if ns == str(ENTITY))


def local_curie(entity: Entity) -> str:
    """The project's own CURIE of *entity*.

    >>> local_curie(Entity("MSC", "mesenchymal stem cell", "MesenchymalStemCell"))
    'ent:MSC'
    """
    return f"{ENTITY_PREFIX}:{entity.id}"


def _exact(entity: Entity) -> list[str]:
    out: list[str] = []
    for x in entity.xrefs:
        if x.match == "exact" and x.curie not in out:
            out.append(x.curie)
    return out


def has_standard_id(entity: Entity) -> bool:
    """True when *entity* has an exact cross-reference to a standard term.

    >>> from kg.model import Xref
    >>> has_standard_id(Entity("iMSC", "iMSC", "MesenchymalStemCell", xrefs=(Xref("CL:0000134", "broad"),)))
    False
    """
    return bool(_exact(entity))


def primary_curie(entity: Entity) -> str:
    """The identifier *entity* answers to in exports: its first exact CURIE, else :func:`local_curie`.

    >>> from kg.datasets import tiny_graph
    >>> g = tiny_graph()
    >>> primary_curie(g.entity("MSC")), primary_curie(g.entity("MSC-exosome"))
    ('CL:0000134', 'ent:MSC-exosome')
    """
    exact = _exact(entity)
    return exact[0] if exact else local_curie(entity)


def equivalent_curies(entity: Entity) -> tuple[str, ...]:
    """Every other identifier of the same thing: the remaining exact CURIEs, then the project's own.

    >>> from kg.model import Xref
    >>> equivalent_curies(Entity("IVDD", "IVDD", "DiseaseOrInjury",
    ...                          xrefs=(Xref("MONDO:0011385"), Xref("DOID:90"))))
    ('DOID:90', 'ent:IVDD')
    >>> equivalent_curies(Entity("injury-site", "injury site", "AnatomicalSite"))
    ()
    """
    exact = _exact(entity)
    return (*exact[1:], local_curie(entity)) if exact else ()


def other_xrefs(entity: Entity) -> tuple[str, ...]:
    """CURIEs of related but different terms (close, broad, narrow, related matches), in lexicon order.

    >>> from kg.model import Xref
    >>> other_xrefs(Entity("iMSC", "iMSC", "MesenchymalStemCell", xrefs=(Xref("CL:0000134", "broad"),)))
    ('CL:0000134',)
    """
    out: list[str] = []
    for x in entity.xrefs:
        if x.match != "exact" and x.curie not in out and x.curie not in _exact(entity):
            out.append(x.curie)
    return tuple(out)

