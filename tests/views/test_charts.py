"""Chart builders: data preparation, marks, escaping, sources, static files inside build/."""
import warnings

import pandas as pd
import pytest

from govreport.views import charts
from test_targets import DOCS, frame, obs, series

HOSTILE = "<script>alert(1)</script>"


def _points():
    data = frame(
        obs("plan", "gdp", 12370, 2020, "estimate"),
        obs("r2021", "gdp", 12370.48, 2020, "actual"),
        obs("r2022", "gdp", 14003, 2021, "actual"),
        obs("r2022", "gdp", 6, 2022, "target", measure="growth_rate", unit="%", scale=1),
        obs("plan", "gdp", 1.6, 2025, "target", unit="万亿元", scale=1e12),
        obs("r2024", "pm25", 29, 2023, "actual", unit="微克/立方米", scale=1),
        obs("plan", "pm25", 35, 2025, "target", unit="微克/立方米", scale=1),
        obs("r2024", "gdp", 15500, 2010, "actual"),  # outside the window
    )
    data.loc[1, "snippet"] = HOSTILE
    return charts.trajectory_data(series(data), ["pm25", "gdp"], 2015, 2025)


def test_trajectory_data_one_measure_one_unit_and_kinds():
    p = _points()
    gdp = p[p["indicator_id"] == "gdp"]
    assert set(gdp["measure"]) == {"level"} and set(gdp["unit"]) == {"亿元"}
    assert gdp.loc[gdp["kind"] == "plan_goal", "value"].tolist() == pytest.approx([16000])  # 1.6万亿 → 亿元
    assert sorted(gdp["kind"]) == ["actual", "actual", "estimate", "plan_goal"]
    assert 2010 not in set(p["ref_year"])
    assert list(dict.fromkeys(p["indicator_id"])) == ["pm25", "gdp"]  # order of the request


def test_plotly_small_multiples_escape_hover_text():
    fig = charts.trajectories_plotly(_points(), "en", ncols=2)
    hover = " ".join(h for t in fig.data for h in (t.hovertext or []))
    assert HOSTILE not in hover and "&lt;script&gt;" in hover
    names = {t.name for t in fig.data if t.showlegend}
    assert names == {"actual", "estimate", "plan target"}
    estimate = next(t for t in fig.data if t.legendgroup == "estimate")
    assert estimate.marker.symbol == "circle-open"


def test_empty_data_still_gives_a_figure():
    empty = charts.trajectory_data(series(frame(obs("plan", "gdp", 1, 2020, "target")).iloc[0:0]), ["gdp"])
    assert empty.empty
    assert charts.trajectories_plotly(empty).layout.title.text
    fig = charts.trajectories_matplotlib(empty)
    assert fig.axes


def test_matplotlib_copy_renders_chinese_without_missing_glyphs(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVREPORT_BUILD_DIR", str(tmp_path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" is a UserWarning
        fig = charts.trajectories_matplotlib(_points(), "zh")
        paths = charts.save_figure(fig, "../../etc/passwd")
    assert all(p.parent == tmp_path / "figures" and p.stat().st_size > 1000 for p in paths)
    assert {p.suffix for p in paths} == {".png", ".svg"}


def test_source_note_names_documents_and_years():
    docs = DOCS.assign(title=["规划", "2021年报告", "", "", ""])
    note = charts.source_note(pd.DataFrame({"doc_id": ["r2021", "plan", "unknown"]}), docs)
    assert note == "来源 Sources: 规划 (2021; plan); 2021年报告 (2021; r2021); unknown"
    assert charts.source_note(pd.DataFrame({"a": ["r2022"], "b": [""]}), docs, doc_column="a,b",
                              language="en") == "Sources: r2022 (2022; r2022)"
    assert charts.source_note(pd.DataFrame({"doc_id": []}), docs).endswith("none")


def test_generic_charts_escape_labels():
    df = pd.DataFrame({"x": [HOSTILE, "b"], "y": ["r1", "r2"], "z": [1.0, 2.0]})
    heat = charts.heatmap_plotly(df, "x", "y", "z", title=HOSTILE)
    assert HOSTILE not in str(heat.to_dict())
    bar = charts.bar_plotly(df, "x", "z", title="t")
    assert HOSTILE not in str(bar.to_dict())


def test_attainment_inverts_ceilings():
    t = pd.DataFrame({"indicator_zh": ["a", "b"], "indicator_en": ["", ""], "measure": ["level"] * 2,
                      "unit": ["%"] * 2, "target": [10.0, 40.0], "outcome": [12.0, 32.0],
                      "direction": ["up", "down"], "verdict": ["met", "met"]})
    fig = charts.attainment_plotly(t, "outcome")
    assert sorted(fig.data[0].x) == pytest.approx([120.0, 125.0])
