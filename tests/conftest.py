"""Shared fixtures for the foundation tests: one session-wide execution of every notebook.

Executing notebooks is the slow part of the suite, so it happens once per session, two
kernels at a time, into a temporary build folder; ``test_notebooks`` checks each result and
``test_site`` renders and browses the same executed copies.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_NOTEBOOK = FIXTURES / "fixture_report.ipynb"


def project_notebooks() -> list[Path]:
    """The notebooks of the project, as the CLI sees them (collected at import time)."""
    from govreport.publish.execute import notebook_sources

    return notebook_sources(ROOT / "notebooks")


class Executed:
    """Outcome of the session's notebook runs: name → output path, or name → error message."""

    def __init__(self, build: Path):
        self.build = build
        self.outputs: dict[str, Path] = {}
        self.errors: dict[str, str] = {}


# A report whose text and catalog entry carry markup. It joins the session's corpus so that
# every notebook shows it wherever it shows document text; test_site's browser check fails on
# any dialog, so a payload that runs anywhere fails the suite.
HOSTILE_DOC = FIXTURES / "hostile_report.txt"
HOSTILE_ROW = {
    "doc_id": "wx-gwr-2019-hostile", "file": HOSTILE_DOC.name,
    "title": '2019年无锡市人民政府工作报告<script>alert("catalog title")</script>',
    "place": "无锡市<img src=x onerror=alert('place')>", "level": "city", "doc_type": "gov_work_report",
    "report_year": "2019", "version": "full<svg onload=alert('version')>",
    "report_id": "wx-gwr-2019-hostile", "is_canonical": "True",
    "note": "<iframe src=javascript:alert('note')></iframe>",
}


def hostile_raw_dir(folder: Path) -> Path:
    """A copy of data/raw plus the hostile report, catalogued with its sha256."""
    import csv
    import hashlib
    import shutil

    raw = folder / "raw"
    shutil.copytree(ROOT / "data" / "raw", raw)
    shutil.copyfile(HOSTILE_DOC, raw / HOSTILE_DOC.name)
    row = dict(HOSTILE_ROW, sha256=hashlib.sha256(HOSTILE_DOC.read_bytes()).hexdigest())
    with open(raw / "catalog.csv", encoding="utf-8-sig", newline="") as f:
        fields = next(csv.reader(f))
    with open(raw / "catalog.csv", "a", encoding="utf-8", newline="") as f:
        csv.DictWriter(f, fieldnames=fields, lineterminator="\n").writerow(
            {k: row.get(k, "") for k in fields})
    return raw


def _build_tables(build: Path) -> None:
    """Processed tables for the notebooks, built from data/raw plus the hostile report into the
    temporary build folder (notebooks find them through ``govreport.paths.processed_dir()``)."""
    try:
        from govreport.pipeline import build as build_tables
    except ImportError:
        return
    processed = build / "processed"
    build_tables(hostile_raw_dir(build), processed)
    os.environ["GOVREPORT_PROCESSED_DIR"] = str(processed)


def _execute_all(build: Path) -> Executed:
    from govreport.publish.execute import Job, run_jobs_collect

    result = Executed(build)
    out = build / "notebooks"
    notebooks = project_notebooks()
    if notebooks:
        _build_tables(build)
    jobs = [Job(p, out / p.name, {}, label=p.stem) for p in notebooks]
    jobs.append(Job(FIXTURE_NOTEBOOK, out / FIXTURE_NOTEBOOK.name, {}, label=FIXTURE_NOTEBOOK.stem))
    jobs.append(Job(FIXTURE_NOTEBOOK, out / f"{FIXTURE_NOTEBOOK.stem}__other.ipynb",
                    {"title": "居民人均可支配收入", "n_years": 3},
                    label=f"{FIXTURE_NOTEBOOK.stem}__other", title="other parameters"))
    for job, output, error in run_jobs_collect(jobs, cwd=ROOT / "notebooks", workers=2):
        if output is not None:
            result.outputs[job.label] = output
        else:
            result.errors[job.label] = error
    return result


@pytest.fixture(scope="session")
def executed(tmp_path_factory) -> Executed:
    """Every project notebook (defaults) and the fixture notebook, executed once."""
    build = tmp_path_factory.mktemp("build")
    # Notebooks that write files (figures) write them into this temporary build folder.
    keys = ("GOVREPORT_BUILD_DIR", "GOVREPORT_PROCESSED_DIR")
    saved = {k: os.environ.get(k) for k in keys}
    os.environ["GOVREPORT_BUILD_DIR"] = str(build)
    try:
        yield _execute_all(build)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
