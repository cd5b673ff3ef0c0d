"""Every notebook declares its parameters once (metadata.govreport.parameters), documents them
above a comment-free parameters cell papermill parses without warnings, checks them in its first
code cell, and teaches: learning goals, method, caveats, exercises with collapsed answers."""
from __future__ import annotations

import ast
import json
import logging

import pytest

from conftest import ROOT, project_notebooks
from govreport.views.params import markdown_table, parse_spec, spec_of_notebook, validate

NOTEBOOKS = project_notebooks()


def _nb(path):
    return json.loads(path.read_text("utf-8"))


def _source(cell) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def _parameters_index(nb) -> int:
    return next(i for i, c in enumerate(nb["cells"]) if "parameters" in c["metadata"].get("tags", []))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_papermill_reads_exactly_the_declared_parameters(path, caplog):
    import papermill as pm

    spec = spec_of_notebook(_nb(path))
    assert spec, f"{path.name}: metadata.govreport.parameters is missing"
    with caplog.at_level(logging.WARNING, logger="papermill"):
        found = pm.inspect_notebook(str(path))
    assert not [r for r in caplog.records if r.name.startswith("papermill")], caplog.text
    assert list(found) == [p.name for p in spec]
    for p in spec:
        assert ast.literal_eval(found[p.name]["default"]) == p.default, p.name
    assert "processed_dir" in found  # notebooks find their tables through it


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_parameters_are_documented_above_a_cell_without_comments(path):
    nb = _nb(path)
    i = _parameters_index(nb)
    cell = _source(nb["cells"][i])
    assert "#" not in cell, f"{path.name}: document parameters in the markdown above, not in comments"
    above = nb["cells"][i - 1]
    assert above["cell_type"] == "markdown"
    assert markdown_table(spec_of_notebook(nb)) in _source(above), \
        f"{path.name}: the table above the parameters cell should read:\n{markdown_table(spec_of_notebook(nb))}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_first_code_cell_checks_the_parameters(path):
    nb = _nb(path)
    i = _parameters_index(nb)
    first = next(c for c in nb["cells"][i + 1:] if c["cell_type"] == "code")
    assert f'start("{path.stem}", globals()' in _source(first)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_teaches_and_hides_its_answers(path):
    nb = _nb(path)
    markdown = "\n".join(_source(c) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "**Learning goals**" in markdown
    if path.stem != "99_glossary":  # the glossary is the method
        assert "## Method" in markdown and "## Caveats" in markdown
    assert "## Exercise" in markdown
    answers = [c for c in nb["cells"] if "answer" in c["metadata"].get("tags", [])]
    assert answers, f"{path.name}: exercises need worked answers (cells tagged 'answer')"
    for c in answers:
        hidden = c["metadata"].get("jupyter", {})
        assert hidden.get("source_hidden") is True
        if c["cell_type"] == "code":
            assert hidden.get("outputs_hidden") is True


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_text_assumes_no_particular_place(path):
    text = path.read_text("utf-8")
    for name in ("无锡", "Wuxi", "wx-gwr", "wx-fyp"):
        assert name not in text, f"{path.name} mentions {name}: prose must come from the data"


def test_batch_runs_pass_the_static_checks():
    from govreport.publish.execute import BATCH_FILE, load_batches

    for batch in load_batches(ROOT / "notebooks" / BATCH_FILE):
        spec = spec_of_notebook(_nb(ROOT / "notebooks" / f"{batch['notebook']}.ipynb"))
        for run in batch["runs"]:
            values = {p.name: p.default for p in spec} | (run.get("parameters") or {})
            validate(values, spec)  # types, ranges, fixed choices; corpus names are checked at run time


def test_specs_use_known_types_and_choices():
    for path in NOTEBOOKS:
        raw = _nb(path)["metadata"]["govreport"]["parameters"]
        assert parse_spec(raw)
        for name, entry in raw.items():
            assert entry.get("doc"), f"{path.name}: parameter {name} needs a doc line"
