"""Small graphs shipped with the package, for examples, doctests and first steps.

Like networkx's ``karate_club_graph()``: a graph that is always there, whatever the seeds folder
holds. ``tiny`` is one three-sentence document (``kg/datasets/tiny/``) with seven entities and five
statements: MSCs secrete exosomes that carry miR-21, which suppresses PTEN, which restrains axon
regeneration in rats; the exosomes might also reduce inflammation (a hypothesis).
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..graph import KnowledgeGraph
from ..sources.seeds import Corpus, load_corpus

__all__ = ["tiny_corpus", "tiny_folder", "tiny_graph", "tiny_lexicon_path"]


def tiny_folder() -> Path:
    """The folder of the tiny dataset: its document, metadata and annotations, and its lexicon.

    >>> sorted(p.name for p in tiny_folder().iterdir() if not p.name.startswith("_"))
    ['lexicon.yaml', 'm01.ann.yaml', 'm01.meta.yaml', 'm01.txt']
    """
    return Path(str(resources.files("kg.datasets") / "tiny"))


def tiny_lexicon_path() -> Path:
    """The tiny dataset's lexicon (the entities its annotations use)."""
    return tiny_folder() / "lexicon.yaml"


def tiny_corpus() -> Corpus:
    """The tiny dataset read from its folder, quotes proved against the document.

    >>> len(tiny_corpus().statements)
    5
    """
    return load_corpus(tiny_folder(), lexicon=tiny_lexicon_path())


def tiny_graph(store: str = "rdflib") -> KnowledgeGraph:
    """The tiny dataset as a KnowledgeGraph (on the rdflib store unless *store* says otherwise).

    >>> g = tiny_graph()
    >>> [str(p) for p in g.paths("MSC", "axon regeneration")]
    ['mesenchymal stem cell -secretes-> MSC exosome -carries-> miR-21 -decreases-> PTEN -decreases-> axon regeneration  [net +]']
    """
    return KnowledgeGraph.from_corpus(tiny_corpus(), store=store)
