"""Shared fixtures: the tiny graph in tests/data/mini and the seed graph, built once per session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import kg
from kg.graph import KnowledgeGraph
from kg.ontology import Ontology
from kg.sources.seeds import load_corpus

from helpers import MINI, MINI_LEXICON


@pytest.fixture(scope="session")
def ontology() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="session")
def mini_graph() -> KnowledgeGraph:
    return KnowledgeGraph.from_corpus(load_corpus(MINI, lexicon=MINI_LEXICON))


@pytest.fixture(scope="session")
def seed_graph() -> KnowledgeGraph:
    return kg.load()


@pytest.fixture()
def mini_seeds(tmp_path: Path) -> Path:
    """A writable copy of the tiny seeds folder, with its lexicon beside it as lexicon.yaml."""
    dest = tmp_path / "seeds"
    shutil.copytree(MINI, dest)
    shutil.copy(MINI_LEXICON, tmp_path / "lexicon.yaml")
    return dest
