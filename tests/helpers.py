"""Paths and small graphs the tests share (importable from every test folder)."""
from __future__ import annotations

from pathlib import Path

from kg.datasets import tiny_folder, tiny_lexicon_path

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
#: The tiny dataset shipped in the package (one document, seven entities, five statements).
MINI = tiny_folder()
MINI_LEXICON = tiny_lexicon_path()
#: `kg` options that build from the tiny dataset.
MINI_ARGS = ["--seeds", str(MINI), "--lexicon", str(MINI_LEXICON)]
