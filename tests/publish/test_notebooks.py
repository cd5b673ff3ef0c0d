"""Every notebook runs top to bottom under papermill with its default parameters.

The project notebooks are collected from notebooks/*.ipynb; the tiny fixture notebook always
runs through the same code path, so this test means something before any notebook exists.
"""
from __future__ import annotations

import json

import pytest

from conftest import FIXTURE_NOTEBOOK, ROOT, project_notebooks

NAMES = [p.stem for p in project_notebooks()] + [FIXTURE_NOTEBOOK.stem]


@pytest.mark.parametrize("name", NAMES)
def test_notebook_executes_with_defaults(executed, name):
    assert name not in executed.errors, executed.errors.get(name)
    out = executed.outputs[name]
    nb = json.loads(out.read_text("utf-8"))
    errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    assert nb["metadata"]["papermill"]["exception"] in (None, False)


def test_fixture_notebook_runs_with_other_parameters(executed):
    name = f"{FIXTURE_NOTEBOOK.stem}__other"
    assert name not in executed.errors, executed.errors.get(name)
    nb = json.loads(executed.outputs[name].read_text("utf-8"))
    assert nb["metadata"]["papermill"]["parameters"] == {"title": "居民人均可支配收入", "n_years": 3}


@pytest.mark.parametrize("path", project_notebooks() + [FIXTURE_NOTEBOOK], ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    nb = json.loads(path.read_text("utf-8"))
    dirty = [i for i, c in enumerate(nb["cells"], 1)
             if c["cell_type"] == "code" and (c.get("outputs") or c.get("execution_count"))]
    assert not dirty, f"{path.name}: cells {dirty} carry outputs; clear them before committing"


@pytest.mark.parametrize("path", project_notebooks() + [FIXTURE_NOTEBOOK], ids=lambda p: p.stem)
def test_notebook_has_parameters_cell(path):
    nb = json.loads(path.read_text("utf-8"))
    tagged = [c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: needs exactly one cell tagged 'parameters' for papermill"


@pytest.mark.parametrize("path", project_notebooks() + [FIXTURE_NOTEBOOK], ids=lambda p: p.stem)
def test_notebook_file_is_stable_for_review(path):
    """The committed notebook is its own source: edits in JupyterLab keep cell ids (so diffs stay
    small), and it runs with the project's kernel."""
    nb = json.loads(path.read_text("utf-8"))
    assert (nb["nbformat"], nb["nbformat_minor"]) >= (4, 5), "cell ids need nbformat 4.5"
    ids = [c.get("id") for c in nb["cells"]]
    assert all(ids) and len(set(ids)) == len(ids), f"{path.name}: every cell needs a unique id"
    assert nb["metadata"]["kernelspec"]["name"] == "govreport"


def test_batch_file_matches_notebook_parameters():
    """Every batch run names parameters that its notebook declares (when the notebook exists)."""
    import papermill as pm

    from govreport.publish.execute import BATCH_FILE, load_batches

    for batch in load_batches(ROOT / "notebooks" / BATCH_FILE):
        source = ROOT / "notebooks" / f"{batch['notebook']}.ipynb"
        if not source.is_file():
            continue  # written later; `govreport batch` skips it with a message
        declared = set(pm.inspect_notebook(str(source)))
        for run in batch["runs"]:
            unknown = set(run.get("parameters") or {}) - declared
            assert not unknown, f"{source.name} run {run['name']}: unknown parameters {sorted(unknown)}"
