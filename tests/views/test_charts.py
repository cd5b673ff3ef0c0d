"""Chart builders: data preparation, marks, escaping, sources, static files inside build/."""
import warnings

import pandas as pd
import pytest

from govreport.indicators.series import build_series
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


def test_source_note_names_documents_by_year_type_and_place():
    note = charts.source_note(pd.DataFrame({"doc_id": ["r2021", "plan", "unknown"]}), DOCS)
    assert note == "来源 Sources: 2021 规划 (plan); 2021 报告 (r2021); unknown"
    assert charts.source_note(pd.DataFrame({"a": ["r2022"], "b": [""]}), DOCS, doc_column="a,b",
                              language="en") == "Sources: 2022 report (r2022)"
    assert charts.source_note(pd.DataFrame({"doc_id": []}), DOCS).endswith("none")
    two = DOCS.assign(place=["无锡市", "无锡市", "江苏省", "无锡市", "无锡市"])
    assert charts.source_note(pd.DataFrame({"doc_id": ["r2022"]}), two) == "来源 Sources: 江苏省 2022 报告 (r2022)"


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


# ---- gaps, bounds, numbers, colours ---------------------------------------------------------

def _gappy():
    data = frame(
        obs("r2021", "gdp", 8681, 2015, "actual"), obs("r2021", "gdp", 12370, 2020, "actual"),
        obs("r2022", "gdp", 14003, 2021, "actual"),
        obs("r2024", "pm25", 29, 2023, "actual", unit="微克/立方米", scale=1),
        obs("r2022", "pm25", 30, 2022, "target", unit="微克/立方米", scale=1),
        obs("plan", "pm25", 35, 2025, "target", unit="微克/立方米", scale=1, qualifier="以下"),
    )
    return charts.trajectory_data(series(data), ["gdp", "pm25"], 2015, 2025, "en", documents=DOCS)


def test_runs_split_at_missing_years():
    assert charts.runs([2023, 2015, 2019, 2020]) == [[2015], [2019, 2020], [2023]]


def test_no_line_crosses_a_gap_and_the_gap_is_marked():
    fig = charts.trajectories_plotly(_gappy(), "en")
    actual = next(t for t in fig.data if t.legendgroup == "actual" and 2015 in t.x)
    assert list(actual.x) == [2015, None, 2020, 2021] and actual.connectgaps is False
    gap = next(t for t in fig.data if t.legendgroup == "gap")
    assert list(gap.x) == [2015, 2020, None] and gap.line.dash == "dot" and gap.hoverinfo == "skip"
    assert "not data" in gap.name


def test_ceilings_point_down_and_hover_names_everything():
    p = _gappy()
    pm = p[p["indicator_id"] == "pm25"].set_index("ref_year")
    assert pm.loc[2022, "bound"] == "ceiling"  # PM2.5 is lower-is-better
    assert pm.loc[2025, "bound"] == "ceiling" and pm.loc[2025, "kind"] == "plan_goal"
    fig = charts.trajectories_plotly(p, "en")
    target = next(t for t in fig.data if t.legendgroup == "target")
    assert list(target.marker.symbol) == ["triangle-down"]
    goal = next(t for t in fig.data if t.legendgroup == "plan_goal")
    assert list(goal.marker.symbol) == ["star-triangle-down"]
    hover = " ".join(h for t in fig.data for h in (t.hovertext or []) if h)
    assert "12,370 (100 million yuan)" in hover and "2021 report · r2021" in hover
    assert "annual target (ceiling)" in hover
    assert "e+" not in hover
    assert fig.layout.yaxis.tickformat.startswith(",")


def test_english_panel_titles_translate_units():
    titles = [a.text for a in charts.trajectories_plotly(_gappy(), "en").layout.annotations]
    assert any("(100 million yuan)" in t for t in titles) and not any("亿元" in t for t in titles)


def test_table_cells_are_described_by_table_row_and_column():
    tables = pd.DataFrame({"table_id": ["plan-t01"], "title": ["表1 主要指标"]})
    assert charts.cell_description("t01-r05-c2019-actual", "plan", "地区生产总值", tables) == \
        "表1 主要指标 · 第05行（地区生产总值）· 2019年实际值列"
    assert charts.cell_description("t02-r18b-c2025-target", "plan", "GDP", None, "en") == \
        "table 02 · row 18b (GDP) · column 2025 target"
    assert charts.cell_description("", "plan", "x") == ""


def test_places_get_their_own_panels():
    data = frame(obs("r2021", "gdp", 100, 2020, "actual"), obs("r2022", "gdp", 200, 2021, "actual"))
    docs = DOCS.assign(place=["甲市", "甲市", "乙市", "甲市", "甲市"])
    s = build_series(data, docs)
    p = charts.trajectory_data(s, ["gdp"], 2015, 2025)
    assert set(p["label"]) == {"甲市 · gdp", "乙市 · gdp"}
    assert len(charts.trajectories_plotly(p).layout.annotations) == 2


def test_twelve_categories_get_twelve_colours():
    assert len(set(charts.palette(12))) == 12 and len(set(charts.palette(24))) == 24
    df = pd.DataFrame({"term": [f"t{i}" for i in range(12)] * 2, "year": [2020] * 12 + [2021] * 12, "v": range(24)})
    fig = charts.line_plotly(df, "year", "v", "term")
    styles = {(t.line.color, t.line.dash) for t in fig.data}
    assert len(styles) == 12


def test_annual_targets_chart_marks_met_missed_and_estimates():
    annual = pd.DataFrame({
        "place": "中国", "indicator_id": "gdp", "indicator_zh": "国内生产总值", "indicator_en": "GDP",
        "measure": "growth_rate", "unit": "%", "direction": "up", "ref_year": [2015, 2016],
        "target": [7.0, 6.5], "qualifier": ["左右", ""], "target_doc": ["a", "b"], "target_snippet": ["x", "y"],
        "outcome": [6.9, 6.7], "outcome_status": ["actual", "estimate"], "outcome_doc": ["b", "c"],
        "outcome_report_year": [2016, 2017], "outcome_snippet": ["x", HOSTILE], "gap": [-0.1, 0.2],
        "met": [False, True], "verdict": ["missed", "met"]})
    fig = charts.targets_outcomes_plotly(annual, "en")
    missed = next(t for t in fig.data if t.legendgroup == "missed")
    met = next(t for t in fig.data if t.legendgroup == "met")
    assert missed.marker.color == "#d62728" and list(met.marker.symbol) == ["circle-open"]
    hover = " ".join(h for t in fig.data for h in (t.hovertext or []) if h)
    assert "6.9%" in hover and HOSTILE not in hover
    assert charts.targets_outcomes_plotly(annual.iloc[0:0]).layout.title.text
