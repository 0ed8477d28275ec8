"""Fixtures the parse-based reader tests share: the parser, a recognizer and the ontology, loaded once."""
from __future__ import annotations

import pytest

from kg.lexicon import load_lexicon
from kg.ontology import Ontology
from kg.sources.reader.ner import Recognizer
from kg.sources.reader.parse import Parser


@pytest.fixture(scope="session")
def tools() -> tuple[Parser, Recognizer, Ontology]:
    onto = Ontology.load()
    return Parser(), Recognizer(load_lexicon(onto), onto), onto
