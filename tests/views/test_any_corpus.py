"""The whole collection on a corpus that is not Wuxi: national reports 2015-2022 and one
province (../shared/realcorpus), built once into a temporary folder. Every notebook must run,
speak of that corpus (its places, years and documents), and stop on a bad parameter with one
sentence naming the valid choices."""
from __future__ import annotations

import csv
import html
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, project_notebooks

REAL = ROOT.parent / "shared" / "realcorpus"
NATIONAL_YEARS = [2015, 2016, 2017, 2018, 2019, 2021, 2022]
BAD = {"indicators": ["不存在的指标"]}


def _raw_folder(folder: Path) -> Path:
    """The real files plus a minimal catalog (place and year stated, so these tests do not
    depend on metadata detection)."""
    raw = folder / "raw"
    raw.mkdir()
    rows = []
    for year in NATIONAL_YEARS:
        name = f"cn_national_{year}.txt"
        shutil.copyfile(REAL / "national" / name, raw / name)
        rows.append({"doc_id": f"cn-gwr-{year}", "file": name, "title": f"{year}年国务院政府工作报告",
                     "place": "中国", "level": "national", "report_year": year, "doc_type": "gov_work_report"})
    shutil.copyfile(REAL / "provincial" / "jiangsu_2026.txt", raw / "jiangsu_2026.txt")
    rows.append({"doc_id": "js-gwr-2026", "file": "jiangsu_2026.txt", "title": "2026年江苏省政府工作报告",
                 "place": "江苏省", "level": "province", "report_year": 2026, "doc_type": "gov_work_report"})
    with open(raw / "catalog.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return raw


class Run:
    def __init__(self, processed: Path):
        self.processed = processed
        self.outputs: dict[str, Path] = {}
        self.errors: dict[str, str] = {}

    def text(self, label: str) -> str:
        """Everything a reader sees in the executed notebook's outputs, tags stripped."""
        nb = json.loads(self.outputs[label].read_text("utf-8"))
        parts = []
        for cell in nb["cells"]:
            for out in cell.get("outputs", []):
                if out["output_type"] == "stream":
                    parts.append("".join(out["text"]))
                for kind in ("text/markdown", "text/plain", "text/html"):
                    data = out.get("data", {}).get(kind)
                    if data and not ("itables" in "".join(data) and len("".join(data)) > 100_000):
                        parts.append(html.unescape(re.sub(r"<[^>]+>", " ", "".join(data))))
        return "\n".join(parts)


@pytest.fixture(scope="module")
def real_run(tmp_path_factory) -> Run:
    if not (REAL / "national").is_dir():
        pytest.skip("../shared/realcorpus is not available")
    from govreport.pipeline import build
    from govreport.publish.execute import Job, run_jobs_collect

    folder = tmp_path_factory.mktemp("realcorpus")
    processed = folder / "processed"
    build(_raw_folder(folder), processed)
    saved = os.environ.get("GOVREPORT_BUILD_DIR")
    os.environ["GOVREPORT_BUILD_DIR"] = str(folder / "build")  # figures the notebooks write go here
    try:
        out = folder / "build" / "notebooks"
        common = {"processed_dir": str(processed)}
        jobs = [Job(p, out / p.name, dict(common), label=p.stem) for p in project_notebooks()]
        jobs.append(Job(ROOT / "notebooks" / "01_indicator_trajectories.ipynb", out / "01__bad.ipynb",
                        {**common, **BAD}, label="01__bad"))
        run = Run(processed)
        for job, output, error in run_jobs_collect(jobs, cwd=ROOT / "notebooks", workers=2):
            if output is not None:
                run.outputs[job.label] = output
            else:
                run.errors[job.label] = error
        return run
    finally:
        if saved is None:
            os.environ.pop("GOVREPORT_BUILD_DIR", None)
        else:
            os.environ["GOVREPORT_BUILD_DIR"] = saved


@pytest.mark.parametrize("name", [p.stem for p in project_notebooks()])
def test_notebook_runs_on_another_corpus(real_run, name):
    assert name not in real_run.errors, real_run.errors.get(name)
    text = real_run.text(name)
    assert "This corpus: 7 government work reports of 中国 (2015–2019 and 2021–2022). " \
           "1 government work report of 江苏省 (2026)." in text
    assert "无锡" not in text and "Wuxi" not in text
    assert "Parameters used:" in text


def test_pages_speak_of_this_corpus(real_run):
    traj = real_run.text("01_indicator_trajectories")
    assert "中国: actual values exist for" in traj and "中国: adding the government work reports of" in traj
    assert "中国 · 地区生产总值" in traj or "中国 · 城镇新增就业" in traj  # places kept apart in labels
    compare = real_run.text("05_compare_reports")
    assert "Comparing 中国 2021 报告 (cn-gwr-2021) with 中国 2022 报告 (cn-gwr-2022)." in compare
    assert "terms tested" in compare and "chance alone would give about" in compare
    annual = real_run.text("06_targets_vs_outcomes")
    assert re.search(r"中国: \d+ target–outcome pairs from 2015", annual)
    plan = real_run.text("02_plan_vs_outcome")
    assert "Parameters used:" in plan


def test_a_bad_parameter_stops_the_notebook_with_one_sentence(real_run):
    error = real_run.errors["01__bad"]
    assert "ParameterError: indicators: '不存在的指标' is not an indicator" in error
    assert "Valid indicators: 地区生产总值 (gdp)" in error


@pytest.mark.parametrize("notebook, values, expected", [
    ("01_indicator_trajectories", {"start_year": 2040}, "start_year=2040 is not a year with values"),
    ("01_indicator_trajectories", {"measure": "growthrate"}, "did you mean 'growth_rate'?"),
    ("01_indicator_trajectories", {"start_year": "abc"}, "start_year='abc' is not a whole number."),
    ("01_indicator_trajectories", {"indicators": ["GDP增长率"]}, "set measure='growth_rate'"),
    ("03_theme_evolution", {"themes": ["digtal"]}, "did you mean 'digital'?"),
    ("05_compare_reports", {"report_a": 2020}, "report_a=2020 is not a report"),
    ("06_targets_vs_outcomes", {"places": ["上海"]}, "Valid places: 中国 (7 documents), 江苏省 (1 document)."),
])
def test_bad_values_name_the_valid_choices(real_run, notebook, values, expected):
    from govreport.views.choices import corpus_choices
    from govreport.views.data import open_tables
    from govreport.views.params import ParameterError, notebook_spec, validate

    spec = notebook_spec(ROOT / "notebooks" / f"{notebook}.ipynb")
    given = {p.name: p.default for p in spec} | values
    with pytest.raises(ParameterError) as info:
        validate(given, spec, corpus_choices(open_tables(real_run.processed)))
    assert expected in str(info.value)


def test_the_wuxi_files_say_what_they_lack(executed):
    """On the project's own corpus (the session build): no annual target has its outcome, and the
    page says which report years would add pairs; a start year after the data fails clearly."""
    from govreport.views import coverage as cv
    from govreport.views.data import open_tables
    from govreport.views.params import ParameterError

    assert "06_targets_vs_outcomes" in executed.outputs, executed.errors
    nb = json.loads(executed.outputs["06_targets_vs_outcomes"].read_text("utf-8"))
    text = " ".join("".join(o.get("text", "")) + "".join(o.get("data", {}).get("text/html", ""))
                    for c in nb["cells"] for o in c.get("outputs", []))
    assert "无锡市: adding the government work reports of" in html.unescape(text)
    t = open_tables()
    with pytest.raises(ParameterError, match="start_year=2030 is after 2025"):
        cv.year_window(t["series"], t["documents"], ["无锡市"], 2030)
