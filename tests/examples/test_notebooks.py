"""The example notebooks run from top to bottom on a real Jupyter kernel, so they cannot rot.

nbclient starts the ``python3`` kernel of this environment (ipykernel, from the [test] extras), in a
temporary folder, offline. A cell that raises, including a failed ``assert`` in the notebook, fails
the test with that cell's traceback.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers import ROOT

NOTEBOOKS = sorted((ROOT / "examples").glob("*.ipynb"))


def test_there_are_example_notebooks():
    assert NOTEBOOKS, "examples/ holds no notebook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_and_shows_its_answers(path: Path, tmp_path: Path):
    nb = nbformat.read(path, as_version=4)
    assert not any(c.get("outputs") for c in nb.cells if c.cell_type == "code"), \
        f"{path.name} is committed with outputs; clear them so the file shows only what a reader runs"
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    html = [o["data"]["text/html"] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o.get("output_type") in ("execute_result", "display_data") and "text/html" in o.get("data", {})]
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    # What a reader sees: rich answers, never raw dataclass or rdflib dumps.
    assert any("<iframe" in h and "srcdoc=" in h for h in html), "the interactive page is not shown inline"
    assert any("-&gt;" in h and "<q>" in h for h in html), "no path is shown with its quotes"
    assert "rdflib.term" not in text + "".join(html)
    assert list(tmp_path.iterdir()) == [], "the notebook wrote files"
