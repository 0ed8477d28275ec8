"""The kg group itself, driven through click's CliRunner as a user would type it."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main


def run(*args, input=None):
    result = CliRunner().invoke(main, list(args), input=input)
    return result


def test_help_lists_the_commands():
    out = run("--help").output
    for cmd in ("build", "validate", "stats", "path", "neighbors", "effects", "query", "sparql"):
        assert cmd in out
