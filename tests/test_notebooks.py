"""The notebooks under notebooks/ run top to bottom in a kernel of this environment, and are stored clean."""

from __future__ import annotations

import sys
import time

import pytest

from .conftest import ROOT

NOTEBOOKS = ROOT / "notebooks"
NAMES = ["01_quickstart", "02_sparql", "03_network_analysis"]


def _execute(nb):
    from nbclient import NotebookClient

    # "python3" is the ipykernel of the Python running the tests: jupyter_client starts it with sys.executable.
    client = NotebookClient(nb, kernel_name="python3", timeout=120, resources={"metadata": {"path": str(NOTEBOOKS)}})
    return client.execute()


def test_notebooks_are_the_listed_ones():
    assert sorted(p.stem for p in NOTEBOOKS.glob("*.ipynb")) == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_are_stored_without_outputs(name):
    import nbformat

    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{name}: clear the outputs before committing"


def test_notebooks_kernel_is_this_python():
    from nbformat.v4 import new_code_cell, new_notebook

    nb = _execute(new_notebook(cells=[new_code_cell("import sys; print(sys.executable)")]))
    assert nb.cells[0].outputs[0]["text"].strip() == sys.executable


@pytest.mark.parametrize("name", NAMES)
def test_notebooks_run_top_to_bottom(name, corpus_build, monkeypatch):
    import nbformat

    # 02 and 03 read the Turtle of the session's corpus build instead of building again.
    monkeypatch.setenv("GRAPHKIT_OUT", str(corpus_build.outputs["graph.ttl"].parent))
    nb = nbformat.read(NOTEBOOKS / f"{name}.ipynb", as_version=4)
    start = time.perf_counter()
    nb = _execute(nb)  # raises CellExecutionError, naming the cell, when a cell fails
    elapsed = time.perf_counter() - start
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o["output_type"] == "error"]
    assert outputs, f"{name} printed nothing"
    if name == "01_quickstart":
        html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
        assert any(h.startswith('<iframe srcdoc="') and 'sandbox="allow-scripts allow-downloads"' in h for h in html)
        assert any("reported" in h and "narrated" in h for h in html)  # the table of reported vs narrated
    if name == "03_network_analysis":
        assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2
    assert elapsed < 120, f"{name} took {elapsed:.0f} s"
