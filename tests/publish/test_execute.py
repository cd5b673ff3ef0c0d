"""Executing notebooks: one pinned table build, the failing cell always named, readable outputs,
sets published all or nothing, and no process outliving a killed command."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

from govreport.publish import execute
from govreport.publish.execute import Job, NotebookError

ROOT = Path(__file__).resolve().parents[2]


def make_notebook(path: Path, *cells: str, params: str = "x = 1") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "govreport", "display_name": "Python (govreport)", "language": "python"}
    first = nbformat.v4.new_code_cell(params)
    first.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(f"# {path.stem}"), first] + [nbformat.v4.new_code_cell(c) for c in cells]
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def tables(executed) -> Path:
    """The session's complete table build (conftest builds it for the notebooks)."""
    from govreport import paths

    return paths.processed_dir()


def test_pinned_tables_refuse_an_incomplete_folder(tables, tmp_path):
    folder, build_id = execute.pinned_tables(tables)
    assert folder.name == build_id and folder.parent.name == "builds"
    partial = tmp_path / "partial"
    shutil.copytree(folder, partial)
    (partial / "series.parquet").unlink()
    with pytest.raises(NotebookError, match="tables missing in .*series"):
        execute.pinned_tables(partial)
    (partial / "manifest.json").unlink()
    with pytest.raises(NotebookError, match="no complete table build"):
        execute.pinned_tables(partial)


def test_a_notebook_reads_the_pinned_build_and_records_it(tables, tmp_path):
    source = make_notebook(tmp_path / "nb" / "probe.ipynb",
                           "import os\nprint(os.environ['GOVREPORT_PROCESSED_DIR'])")
    out = tmp_path / "out" / "probe.ipynb"
    old = os.umask(0o022)
    try:
        execute.execute(Job(source, out, {"x": 2}, label="probe"), cwd=tmp_path,
                        tables=execute.pinned_tables(tables))
    finally:
        os.umask(old)
    nb = json.loads(out.read_text("utf-8"))
    build_id = json.loads((tables / "current" / "manifest.json").read_text())["build_id"]
    assert nb["metadata"]["govreport_run"]["tables_build"] == build_id
    printed = "".join(o.get("text", "") if isinstance(o.get("text"), str) else "".join(o.get("text", []))
                      for c in nb["cells"] for o in c.get("outputs", []))
    assert printed.strip().endswith(f"builds/{build_id}")
    assert out.stat().st_mode & 0o777 == 0o644          # not mkstemp's private 0600
    assert not list(out.parent.glob(".probe-*"))        # no temporary file left


@pytest.mark.parametrize("cell, expected", [
    ("1/0", "code cell 2 (`1/0`): ZeroDivisionError: division by zero"),
    ("import time\ntime.sleep(60)", "code cell 2 (`import time`)"),
    ("import os\nos._exit(3)", "code cell 2 (`import os`)"),
])
def test_the_failing_cell_is_always_named(tables, tmp_path, cell, expected):
    source = make_notebook(tmp_path / "nb" / "broken.ipynb", cell)
    out = tmp_path / "out" / "broken.ipynb"
    with pytest.raises(NotebookError) as err:
        execute.execute(Job(source, out, {}, label="broken"), cwd=tmp_path, timeout=3,
                        tables=execute.pinned_tables(tables), failed_dir=tmp_path / "failed")
    message = str(err.value)
    assert "notebook broken failed at " in message and expected in message, message
    assert "unknown cell" not in message and "\n" not in message
    if "sleep" in cell:
        assert "(CellTimeoutError: A cell timed out while it was being executed, after 3 seconds" in message
    if "_exit" in cell:
        assert "DeadKernelError" in message
    assert not out.exists() and (tmp_path / "failed" / "broken.ipynb").is_file()


def test_a_parameter_the_notebook_does_not_declare_stops_the_run_before_any_kernel(tables, tmp_path):
    source = make_notebook(tmp_path / "nb" / "p.ipynb", "print(x)")
    with pytest.raises(NotebookError, match="p has no parameter 'y'"):
        execute.run_jobs_collect([Job(source, tmp_path / "out" / "p.ipynb", {"y": 1}, label="p")],
                                 cwd=tmp_path, processed=tables)
    assert not (tmp_path / "out").exists()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_set_is_published_all_or_nothing(tables, tmp_path):
    nb_dir = tmp_path / "notebooks"
    good = make_notebook(nb_dir / "a_good.ipynb", "print(x)")
    bad = make_notebook(nb_dir / "b_bad.ipynb", "raise ValueError('no')")
    target = tmp_path / "build" / "notebooks"
    execute.run_set(execute.notebook_jobs(nb_dir, target, only=["a_good"]), target, nb_dir, processed=tables)
    before = snapshot(target)
    assert "a_good.ipynb" in before
    jobs = execute.notebook_jobs(nb_dir, target)
    with pytest.raises(NotebookError, match=r"b_bad failed at code cell 2 .*ValueError.*left as it was"):
        execute.run_set(jobs, target, nb_dir, processed=tables, full=True, replaces=execute.is_default_page,
                        workers=2)
    assert snapshot(target) == before
    assert (tmp_path / "build" / "notebooks-failed" / "b_bad.ipynb").is_file()
    assert sorted(p.name for p in (tmp_path / "build").iterdir()) == [".notebooks.lock", "notebooks",
                                                                     "notebooks-failed"]


def test_pages_of_another_table_build_are_never_mixed_in(tables, tmp_path):
    nb_dir = tmp_path / "notebooks"
    make_notebook(nb_dir / "a.ipynb", "print(x)")
    make_notebook(nb_dir / "b.ipynb", "print(x)")
    target = tmp_path / "build" / "notebooks"
    execute.run_set(execute.notebook_jobs(nb_dir, target), target, nb_dir, processed=tables, full=True,
                    replaces=execute.is_default_page, workers=2)
    variant = execute.notebook_jobs(nb_dir, target, only=["b"], parameters={"x": 5})
    assert variant[0].output == target / "variants" / "x-5" / "b.ipynb"
    execute.run_set(variant, target, nb_dir, processed=tables)
    assert (target / "a.ipynb").is_file() and (target / "variants" / "x-5" / "b.ipynb").is_file()
    # pretend the variant was run on older tables
    page = target / "variants" / "x-5" / "b.ipynb"
    nb = json.loads(page.read_text("utf-8"))
    nb["metadata"]["govreport_run"]["tables_build"] = "0ld0ld0ld0ld0ld0"
    page.write_text(json.dumps(nb), "utf-8")
    with pytest.raises(NotebookError, match="were run on other tables"):
        execute.run_set(execute.notebook_jobs(nb_dir, target, only=["a"]), target, nb_dir, processed=tables)
    notes: list[str] = []
    execute.run_set(execute.notebook_jobs(nb_dir, target), target, nb_dir, processed=tables, full=True,
                    replaces=execute.is_default_page, report=notes.append, workers=2)
    assert not page.exists() and any("dropping 1 page(s) run on older tables" in n for n in notes)
    builds = {execute.run_metadata(p)["tables_build"] for p in execute.executed_in(target)}
    assert len(builds) == 1


def _children(pid: int) -> list[int]:
    """Every descendant of ``pid`` (from /proc)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        for task in Path(f"/proc/{p}/task").glob("*"):
            try:
                kids = [int(k) for k in (task / "children").read_text().split()]
            except OSError:
                continue
            found += kids
            todo += kids
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
def test_workers_and_kernels_die_with_a_killed_command(tables, tmp_path):
    root = tmp_path / "project"
    (root / "notebooks").mkdir(parents=True)
    (root / "pyproject.toml").write_text("")
    marks = tmp_path / "marks"
    marks.mkdir()
    for name in ("a_slow", "b_slow"):
        make_notebook(root / "notebooks" / f"{name}.ipynb",
                      "import os, time, pathlib\n"
                      "pathlib.Path(os.environ['MARKS'], os.environ['GOVREPORT_PAGE']).write_text(str(os.getpid()))\n"
                      "time.sleep(120)")
    env = {**os.environ, "GOVREPORT_ROOT": str(root), "MARKS": str(marks),
           "PYTHONPATH": str(ROOT / "lib")}
    proc = subprocess.Popen([sys.executable, "-m", "govreport.cli", "notebooks", "--workers", "2",
                             "--processed", str(tables), "--build", str(root / "build")],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=root)
    try:
        deadline = time.monotonic() + 90
        while len(list(marks.iterdir())) < 2 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
        assert len(list(marks.iterdir())) == 2, proc.stderr.read().decode() if proc.poll() is not None else "no kernels"
        family = _children(proc.pid)
        kernels = [int(p.read_text()) for p in marks.iterdir()]
        assert set(kernels) <= set(family) and len(family) >= 4   # 2 workers + 2 kernels (+ helpers)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        deadline = time.monotonic() + 15
        while any(_alive(p) for p in family) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [p for p in family if _alive(p)], "processes outlived the killed command"
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not (root / "build" / "notebooks").exists()   # nothing was published
    with pytest.raises(NotebookError):   # the next run cleans the killed run's staging folder
        execute.run_set([], root / "build" / "notebooks", root / "notebooks", processed=tables / "nope")
    execute.run_set([], root / "build" / "notebooks", root / "notebooks", processed=tables)
    assert sorted(p.name for p in (root / "build").iterdir()) == [".notebooks.lock", "notebooks"]
