"""The store and service commands' options, as a user meets them."""
from __future__ import annotations

from click.testing import CliRunner

from kg.cli import main

from helpers import MINI_ARGS


def test_serve_help_says_what_each_store_is_for() -> None:
    out = " ".join(CliRunner().invoke(main, ["serve", "--help"]).output.split())
    assert "rdflib's in-memory store, which is for small graphs" in out
    for option in ("--timeout", "--max-rows", "--workers", "--max-memory", "--cors-origin", "--allow-service"):
        assert option in out


def test_serve_refuses_a_cors_origin_that_is_not_one() -> None:
    result = CliRunner().invoke(main, [*MINI_ARGS, "serve", "--port", "0", "--cors-origin", "localhost:3000"])
    assert result.exit_code == 1 and "is not an origin; write it as scheme://host[:port]" in result.output


def test_push_timeout_is_described_as_total() -> None:
    out = " ".join(CliRunner().invoke(main, ["push", "--help"]).output.split())
    assert "Seconds the whole upload may take" in out and "never from the command line or the URL" in out
