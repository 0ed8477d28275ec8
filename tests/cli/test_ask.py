"""`kg sparql` facing hostile or careless input: long inline queries, deep nesting, SERVICE."""
from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from kg.cli import main

from helpers import MINI_ARGS
from nettools import peer


def test_a_long_inline_query_is_a_query_not_a_file_name() -> None:
    """An inline query over 255 characters without '/' died with OSError: File name too long."""
    query = 'SELECT ?s WHERE { ?s ?p ?o FILTER(?o != "' + "x" * 300 + '") } LIMIT 1'
    result = CliRunner().invoke(main, [*MINI_ARGS, "sparql", query, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert result.output.strip().startswith("[")


def test_deep_nesting_is_a_clear_error_not_a_crash(tmp_path) -> None:
    """5,000 nested braces crashed `kg sparql -` (exit 139, a segfault in pyoxigraph)."""
    query = "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000
    run = subprocess.run([sys.executable, "-m", "kg.cli", *MINI_ARGS, "sparql", "-"], input=query,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    assert "5000 levels deep; the limit is 32" in run.stderr and "Traceback" not in run.stderr


def test_service_is_refused_on_the_command_line(monkeypatch) -> None:
    monkeypatch.delenv("KG_ALLOW_SERVICE", raising=False)
    with peer() as p:
        result = CliRunner().invoke(main, [*MINI_ARGS, "sparql",
                                           f"SELECT * WHERE {{ SERVICE SILENT <{p.url}/sparql> {{ ?s ?p ?o }} }}"])
    assert result.exit_code == 1 and "SERVICE is refused" in result.output
    assert p.requests == []
