"""The `kg` command: a thin shell over the library.

:mod:`.group` holds the group (where the graph comes from) and what commands share; the commands
live by family: :mod:`.make` (build, validate, stats, locate, html, export), :mod:`.ask` (path,
neighbors, effects, regulators, contradictions, query, sparql), :mod:`.stores` (load, serve, push)
and :mod:`.read` (read, ingest). Each command parses its options, calls one library function and
prints what it returns (rows and texts come from :mod:`kg.views.tables`).
"""
from __future__ import annotations

from . import ask, make, read, stores  # noqa: F401 - importing a command module registers its commands
from .group import main

__all__ = ["main"]
