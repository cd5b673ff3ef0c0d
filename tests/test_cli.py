"""The ``govreport`` command: bad input gives one clear line and a non-zero exit, outputs intact."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govreport import cli

from govreport import paths
from govreport.publish.execute import NotebookError, batch_jobs, load_batches, parse_parameters

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"

try:
    import govreport.pipeline  # noqa: F401
    HAS_PIPELINE = True
except ImportError:
    HAS_PIPELINE = False


def run_cli(capsys, *args) -> tuple[int, str]:
    rc = cli.main(list(args))
    err = capsys.readouterr().err
    return rc, err


def error_lines(err: str) -> list[str]:
    return [l for l in err.splitlines() if "error" in l.lower()]


def assert_one_clear_error(rc: int, err: str, *needles: str) -> None:
    assert rc != 0
    assert "Traceback" not in err
    lines = error_lines(err)
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], lines[0]


@pytest.fixture()
def raw_copy(tmp_path) -> Path:
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def test_console_script_error_has_no_traceback(tmp_path):
    """Through the installed entry point, as a user would run it."""
    exe = Path(sys.executable).with_name("govreport")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "govreport.cli"]
    proc = subprocess.run([*cmd, "build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines()[-1] == f"govreport build: error: raw folder not found: {tmp_path / 'nope'}"
    assert not (tmp_path / "out").exists()


def test_build_refuses_catalog_row_pointing_nowhere(capsys, raw_copy, tmp_path):
    victim = sorted(raw_copy.glob("*.txt"))[0]
    victim.unlink()
    out = tmp_path / "out"
    out.mkdir()
    (out / "earlier.csv").write_text("kept", "utf-8")
    rc, err = run_cli(capsys, "build", "--raw", str(raw_copy), "--out", str(out))
    assert_one_clear_error(rc, err, victim.name)
    assert [p.name for p in out.iterdir()] == ["earlier.csv"]
    assert (out / "earlier.csv").read_text("utf-8") == "kept"


def test_build_refuses_edited_raw_file(capsys, raw_copy, tmp_path):
    victim = sorted(raw_copy.glob("*.txt"))[1]
    victim.write_bytes(victim.read_bytes() + b"\n")
    rc, err = run_cli(capsys, "build", "--raw", str(raw_copy), "--out", str(tmp_path / "out"))
    assert_one_clear_error(rc, err, victim.name, "sha256")


def test_build_refuses_an_output_folder_that_is_a_file(capsys, tmp_path):
    blocker = tmp_path / "processed"
    blocker.write_text("not a folder", "utf-8")
    rc, err = run_cli(capsys, "build", "--raw", str(RAW), "--out", str(blocker / "sub"))
    assert_one_clear_error(rc, err, "processed")
    assert blocker.read_text("utf-8") == "not a folder"


@pytest.mark.xfail(not HAS_PIPELINE, reason="govreport.pipeline.build (lead) not written yet", strict=False)
def test_build_writes_tables(capsys, tmp_path):
    out = tmp_path / "processed"
    rc, err = run_cli(capsys, "build", "--raw", str(RAW), "--out", str(out))
    assert rc == 0, err
    assert sorted((out / "current").glob("*.parquet")), "no tables written"
    assert not list((out / "builds").glob(".staging*"))
    rc, err = run_cli(capsys, "build", "--raw", str(RAW), "--out", str(out), "--from", "indicators")
    assert rc == 0 and "from the indicators stage" in err, err


def test_unknown_notebook(capsys):
    rc, err = run_cli(capsys, "notebooks", "--only", "no_such_notebook")
    assert_one_clear_error(rc, err, "no_such_notebook")


@pytest.mark.parametrize("name", ["../etc/passwd", "/tmp/x", "a/b", ""])
def test_notebook_names_are_plain(capsys, name):
    rc, err = run_cli(capsys, "notebooks", "--only", name)
    assert_one_clear_error(rc, err)


@pytest.mark.parametrize("args", [
    ["notebooks", "--out", "/tmp/elsewhere"],
    ["notebooks", "--out", "build/../../x"],
    ["notebooks", "--param", "figures_dir=../../etc"],
    ["notebooks", "--param", "output_path=/etc/x.png"],
    ["site", "--out", "/tmp/site"],
    ["site", "--out", "../site"],
    ["batch", "--out", "/var/tmp/b"],
])
def test_output_paths_cannot_escape_build(capsys, args):
    rc, err = run_cli(capsys, *args)
    assert_one_clear_error(rc, err)
    assert "build" in error_lines(err)[0] or ".." in error_lines(err)[0]


def test_bad_parameter_syntax(capsys):
    rc, err = run_cli(capsys, "notebooks", "--param", "no equals sign")
    assert_one_clear_error(rc, err, "name=value")


def test_evaluate_missing_gold_file(capsys, tmp_path):
    rc, err = run_cli(capsys, "evaluate", "--gold", str(tmp_path / "gold.csv"))
    assert_one_clear_error(rc, err, "gold.csv")


def test_parameters_are_read_as_yaml():
    assert parse_parameters(["n=5", "xs=[地区生产总值, 城镇新增就业]", "s=text", "e="]) == {
        "n": 5, "xs": ["地区生产总值", "城镇新增就业"], "s": "text", "e": ""}


@pytest.mark.parametrize("path", ["figures", "figures/a.png", "site/../site"])
def test_inside_build_accepts_and_rejects(tmp_path, path):
    base = tmp_path / "build"
    base.mkdir()
    if ".." in path:
        with pytest.raises(paths.UnsafePathError):
            paths.inside_build(path, relative_to=base, base=base)
    else:
        assert paths.inside_build(path, relative_to=base, base=base) == base / path


def test_inside_build_rejects_symlink_out(tmp_path):
    base = tmp_path / "build"
    base.mkdir()
    (base / "link").symlink_to(tmp_path)
    with pytest.raises(paths.UnsafePathError):
        paths.inside_build("link/x", relative_to=base, base=base)


def test_batch_file_has_the_four_indicator_groups():
    batches = load_batches(ROOT / "notebooks" / "batches.yaml")
    trajectories = next(b for b in batches if b["notebook"] == "01_indicator_trajectories")
    groups = {r["name"]: r["parameters"]["group"] for r in trajectories["runs"]}
    assert list(groups) == ["macro", "innovation", "environment", "livelihoods"]
    assert all(name == group for name, group in groups.items())  # registry groups: any corpus


def test_batch_skips_missing_notebooks_with_a_message(tmp_path):
    (tmp_path / "batches.yaml").write_text(
        "batches:\n  - notebook: not_written_yet\n    runs:\n      - name: a\n        parameters: {x: 1}\n", "utf-8")
    messages: list[str] = []
    assert batch_jobs(tmp_path, tmp_path / "out", tmp_path / "batches.yaml", report=messages.append) == []
    assert "not_written_yet" in messages[0] and "does not exist yet" in messages[0]


@pytest.mark.parametrize("text", [
    "batches: nope",
    "batches:\n  - notebook: ../x\n    runs: []",
    "batches:\n  - notebook: a\n    runs:\n      - name: ../b",
    "batches:\n  - notebook: a\n    runs:\n      - name: b\n        parameters: {out_dir: /etc}",
    ": : not yaml [",
])
def test_bad_batch_files_are_refused(tmp_path, text):
    (tmp_path / "batches.yaml").write_text(text, "utf-8")
    with pytest.raises((NotebookError, paths.UnsafePathError)):
        load_batches(tmp_path / "batches.yaml")


# ---------------------------------------------------------------- folders, parameters, variants

@pytest.mark.parametrize("where", ["same", "inside", "around"])
def test_build_output_may_not_overlap_the_raw_folder(capsys, raw_copy, where):
    out = {"same": raw_copy, "inside": raw_copy / "tables", "around": raw_copy.parent}[where]
    before = sorted(p.name for p in raw_copy.iterdir())
    rc, err = run_cli(capsys, "build", "--raw", str(raw_copy), "--out", str(out))
    assert_one_clear_error(rc, err, "raw folder")
    assert sorted(p.name for p in raw_copy.iterdir()) == before


def test_build_folder_may_not_sit_inside_the_raw_folder(capsys, raw_copy, monkeypatch):
    for key in ("GOVREPORT_BUILD_DIR", "GOVREPORT_RAW_DIR", "GOVREPORT_PROCESSED_DIR"):
        monkeypatch.setenv(key, os.environ.get(key, ""))  # restored after the test
    rc, err = run_cli(capsys, "notebooks", "--raw", str(raw_copy), "--build", str(raw_copy / "build"))
    assert_one_clear_error(rc, err, "inside the raw folder")
    assert not (raw_copy / "build").exists()


def test_a_symlinked_notebook_folder_pointing_out_of_build_is_refused(capsys, tmp_path, monkeypatch):
    for key in ("GOVREPORT_BUILD_DIR", "GOVREPORT_RAW_DIR", "GOVREPORT_PROCESSED_DIR"):
        monkeypatch.setenv(key, os.environ.get(key, ""))
    build = tmp_path / "build"
    build.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (build / "notebooks").symlink_to(tmp_path / "elsewhere")
    rc, err = run_cli(capsys, "notebooks", "--build", str(build))
    assert_one_clear_error(rc, err)
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_notebooks_list_prints_parameters(capsys):
    rc = cli.main(["notebooks", "--list"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "01_indicator_trajectories" in out and "05_compare_reports" in out
    assert "    language: str = \"zh\"  [allowed: \"zh\", \"en\"]" in out
    assert "    ncols: int = 2  [1..4]" in out
    assert "    indicators: list[str]|null = None  [allowed: indicators of the corpus]" in out


@pytest.mark.parametrize("args, needle", [
    (["--only", "00_corpus", "--param", "language=en"], "00_corpus has no parameter 'language'"),
    (["--only", "05_compare_reports", "--param", "top_n=many"], "top_n='many' is not a whole number"),
    (["--only", "01_indicator_trajectories", "--param", "language=fr"], "language='fr'"),
    (["--param", "language=!!binary aW1wb3J0IG9z"], "bytes is not allowed"),
    (["--param", "no_such_parameter=1"], "no notebook has the parameter(s) no_such_parameter"),
    (["--param", "figures_dir=[ok, ../../etc]"], "parameter figures_dir"),
])
def test_a_wrong_parameter_exits_non_zero_before_any_kernel(capsys, args, needle):
    rc, err = run_cli(capsys, "notebooks", *args)
    assert_one_clear_error(rc, err, needle)
    assert "executing" not in err


def test_variants_go_to_their_own_folder_and_the_site_shows_them(capsys, caplog, tmp_path, monkeypatch, executed):
    """The command line end to end on a small project: defaults, a variant beside them (not
    replacing them), a site with both; papermill prints no warning."""
    import logging

    from conftest import FIXTURE_NOTEBOOK

    for key in ("GOVREPORT_BUILD_DIR", "GOVREPORT_RAW_DIR", "GOVREPORT_PROCESSED_DIR", "GOVREPORT_ROOT"):
        monkeypatch.setenv(key, os.environ.get(key, ""))
    root = tmp_path / "project"
    (root / "notebooks").mkdir(parents=True)
    (root / "pyproject.toml").write_text("")
    shutil.copyfile(FIXTURE_NOTEBOOK, root / "notebooks" / FIXTURE_NOTEBOOK.name)
    (root / "notebooks" / "batches.yaml").write_text("batches: []\n")
    monkeypatch.setenv("GOVREPORT_ROOT", str(root))
    processed, build = paths.processed_dir(), root / "build"   # the session's tables
    folders = ["--processed", str(processed), "--build", str(build)]
    with caplog.at_level(logging.WARNING, logger="papermill"):
        rc, err = run_cli(capsys, "notebooks", "--workers", "1", *folders)
        assert rc == 0, err
        default = (build / "notebooks" / FIXTURE_NOTEBOOK.name).read_bytes()
        rc, err = run_cli(capsys, "notebooks", "--only", FIXTURE_NOTEBOOK.stem, "--param", "n_years=2",
                          "--workers", "1", *folders)
        assert rc == 0, err
    assert not [r for r in caplog.records if r.name.startswith("papermill")], caplog.records
    assert (build / "notebooks" / FIXTURE_NOTEBOOK.name).read_bytes() == default
    variant = build / "notebooks" / "variants" / "n_years-2" / FIXTURE_NOTEBOOK.name
    assert variant.is_file()
    rc, err = run_cli(capsys, "site", *folders)
    assert rc == 0, err
    page = build / "site" / "variants" / "n_years-2" / f"{FIXTURE_NOTEBOOK.stem}.html"
    text = page.read_text("utf-8")
    assert 'href="../../assets/site.css"' in text and 'href="../../index.html"' in text
    assert (page.parent / "figures" / f"{FIXTURE_NOTEBOOK.stem}__growth.csv").is_file()
    index = (build / "site" / "index.html").read_text("utf-8")
    assert "<h2>Variants</h2>" in index and 'href="variants/n_years-2/fixture_report.html"' in index
    assert "parameters: n_years = 2" in index
    assert sorted(p.name for p in build.iterdir()) == [".notebooks.lock", ".site.lock", "notebooks", "site"]
