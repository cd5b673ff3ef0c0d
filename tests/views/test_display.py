"""display: distinct colours, numbered ids, and charts that come with their data and images."""
from __future__ import annotations

import base64

import matplotlib

matplotlib.use("Agg")

import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from govreport.views import charts, display, static  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def prepared():
    display.setup()


def test_twenty_categories_get_twenty_distinct_colours():
    import plotly.express as px

    df = pd.DataFrame({"x": [f"c{i}" for i in range(20)], "y": range(20)})
    for template in ("plotly_white", None):
        fig = px.bar(df, x="x", y="y", color="x", template=template)
        colours = [t.marker.color for t in fig.data]
        assert len(set(colours)) == 20, colours
    assert len({c.lower() for c in display.PALETTE}) == 20
    assert matplotlib.rcParams["axes.prop_cycle"].by_key()["color"] == display.PALETTE


def test_plotly_output_has_numbered_ids_and_no_cloud_options():
    import plotly.graph_objects as go
    import plotly.io as pio

    bundle = pio.renderers["govreport"].to_mimebundle(go.Figure(go.Bar(x=[1], y=[2])).to_dict())
    html_text = bundle["text/html"]
    assert 'id="govreport-plot-' in html_text and '"displaylogo": false' in html_text
    assert '"showSendToCloud": false' in html_text and "plot.ly" not in html_text


def sample_charts():
    df = pd.DataFrame({"doc": ["无锡2021", "无锡2022", "无锡2023"] * 2, "part": ["kept"] * 3 + ["removed"] * 3,
                       "share": [90, 80, 70, 10, 20, 30]})
    points = pd.DataFrame({
        "indicator_id": ["gdp"] * 3 + ["rd"] * 2, "label": ["地区生产总值"] * 3 + ["研发"] * 2,
        "measure": ["level"] * 5, "unit": ["亿元"] * 3 + ["%"] * 2, "ref_year": [2019, 2020, 2025, 2019, 2025],
        "kind": ["actual", "estimate", "plan_goal", "actual", "target"], "value": [1, 2, 5, 2.5, 3.2],
        "doc_id": ["a"] * 5, "report_year": [2020] * 5, "snippet": ["s"] * 5, "place": ["无锡"] * 5,
        "n_sources": [1] * 5, "qualifier": [""] * 5})
    for column in charts.TRAJECTORY_COLUMNS:   # the columns trajectory_data adds, at neutral values
        if column not in points:
            points[column] = points["unit"] if column == "unit_label" else (
                points["value"].astype(str) if column == "value_text" else "")
    scores = pd.DataFrame({"indicator_zh": ["甲", "乙"], "indicator_en": ["a", "b"], "measure": ["level"] * 2,
                           "target": [10, 5], "outcome": [12, 3], "direction": ["up", "up"], "unit": ["%"] * 2,
                           "verdict": ["met", "missed"]})
    return {
        "stacked_bars": charts.bar_plotly(df, x="share", y="doc", color="part", orientation="h", barmode="stack"),
        "grouped_bars": charts.bar_plotly(df, x="doc", y="share", color="part", barmode="group",
                                          hover=["share"]),   # hover data: traces carry arrays
        "heatmap": charts.heatmap_plotly(df, x="doc", y="part", z="share", title="热图"),
        "lines": charts.line_plotly(df, x="doc", y="share", color="part", title="线 & 点"),
        "panels": charts.trajectories_plotly(points, "zh", 2),
        "attainment": charts.attainment_plotly(scores, "outcome", "达成"),
    }, df


@pytest.mark.parametrize("name", ["stacked_bars", "grouped_bars", "heatmap", "lines", "panels", "attainment"])
def test_every_chart_kind_gets_a_static_copy(name):
    figures, _ = sample_charts()
    drawn = static.to_matplotlib(figures[name])
    texts = [t.get_text() for ax in drawn.axes for t in ax.get_xticklabels() + ax.get_yticklabels()]
    texts += [t.get_text() for t in drawn.texts] + [drawn._suptitle.get_text() if drawn._suptitle else ""]
    assert drawn.axes and not [t for t in texts if "&amp;" in t or "&lt;" in t or "<br" in t], texts
    if name == "stacked_bars":
        bars = [p for p in drawn.axes[0].patches]
        assert len(bars) == 6 and max(b.get_x() + b.get_width() for b in bars) == pytest.approx(100)
    if name == "grouped_bars":
        assert len(drawn.axes[0].patches) == 6
    if name == "lines":
        assert drawn._suptitle.get_text() == "线 & 点"
    if name == "panels":
        assert len(drawn.axes) == 2 and "地区生产总值" in " ".join(t.get_text() for t in drawn.texts)


def test_an_unsupported_trace_is_named_not_drawn_wrong():
    import plotly.graph_objects as go

    with pytest.raises(static.StaticExportError, match="'pie'"):
        static.to_matplotlib(go.Figure(go.Pie(values=[1, 2])))
    files, note = display.chart_files(go.Figure(go.Pie(values=[1, 2])), pd.DataFrame({"a": [1]}), "p")
    assert list(files) == ["p.csv"] and "no image" in note


def test_chart_files_are_excel_friendly_and_stable():
    figures, df = sample_charts()
    first, note = display.chart_files(figures["lines"], df, "page__lines")
    again, _ = display.chart_files(figures["lines"], df, "page__lines")
    assert note == "" and sorted(first) == ["page__lines.csv", "page__lines.png", "page__lines.svg"]
    assert first == again                      # byte-identical on every run
    assert first["page__lines.csv"].startswith("\ufeff".encode()) and "无锡2021".encode() in first["page__lines.csv"]
    assert first["page__lines.png"].startswith(b"\x89PNG")
    assert b"<svg" in first["page__lines.svg"]


def test_show_chart_carries_its_files_and_links_them(monkeypatch, tmp_path):
    published = []
    monkeypatch.setattr("IPython.display.display", lambda obj, **kw: published.append(obj))
    monkeypatch.setenv("GOVREPORT_PAGE", "02_plan__macro")
    monkeypatch.setenv("GOVREPORT_BUILD_DIR", str(tmp_path / "build"))
    figures, df = sample_charts()
    monkeypatch.setattr(type(figures["lines"]), "show", lambda self, *a, **k: None)
    display.show_chart(figures["lines"], df, "terms by year", caption="<b>x</b>")
    bundle = published[-1]
    files = bundle[display.FILES_MIME]
    assert sorted(files) == [f"02_plan__macro__terms_by_year.{e}" for e in ("csv", "png", "svg")]
    assert base64.b64decode(files["02_plan__macro__terms_by_year.csv"]).startswith("\ufeff".encode())
    assert "href='figures/02_plan__macro__terms_by_year.csv'" in bundle["text/html"]
    assert "&lt;b&gt;x&lt;/b&gt;" in bundle["text/html"]
    assert not (tmp_path / "build").exists()   # under the executor the files live in the notebook
    monkeypatch.delenv("GOVREPORT_PAGE")
    display.show_chart(figures["lines"], df, "terms")
    assert (tmp_path / "build" / "figures" / "terms.csv").is_file()   # JupyterLab: written for the user


def test_plain_turns_plotly_markup_into_text():
    assert static.plain("a<br>b &amp; <b>c</b>") == "a\nb & c"
    assert static.plain(None) == ""
