"""Triple stores: one interface (:mod:`.base`), one module per engine, chosen by name.

Engines are registered here by name and their modules imported when first asked for (as rdflib's
plugins are), so no engine module imports another and a new engine is one module and one line.
(``import kg`` still loads pyoxigraph: its parsers name the RDF file formats every engine reads.)
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ..errors import UnknownStoreEngineError

if TYPE_CHECKING:
    from .base import Store

#: Engine name -> (module, class). A new engine is one module and one line here.
ENGINES: dict[str, tuple[str, str]] = {
    "rdflib": ("kg.stores.memory", "RdflibStore"),
    "oxigraph": ("kg.stores.oxigraph", "OxigraphStore"),
}


def engine(name: str) -> type[Store]:
    """The store class registered as *name*.

    >>> engine("oxigraph").__name__
    'OxigraphStore'
    """
    try:
        module, cls = ENGINES[name]
    except KeyError:
        raise UnknownStoreEngineError(name, ENGINES) from None
    return getattr(importlib.import_module(module), cls)


def make_store(name: str = "rdflib", **options: Any) -> Store:
    """A new empty store of engine *name*.

    >>> make_store("rdflib").name, make_store("oxigraph").name
    ('rdflib', 'oxigraph')
    >>> make_store("sqlite")
    Traceback (most recent call last):
    kg.errors.UnknownStoreEngineError: unknown store engine 'sqlite'; available: oxigraph, rdflib
    """
    return engine(name)(**options)
