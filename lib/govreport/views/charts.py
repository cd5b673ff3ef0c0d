"""Chart builders for the notebooks: data in, figure out (plotly for the page, matplotlib for
static copies). Nothing here displays or writes except ``save_figure``.

Document text that ends up in a chart (hover snippets, titles) is HTML-escaped here, because
plotly renders a subset of HTML in hover labels.
"""
from __future__ import annotations

import html
import math
import re
import textwrap
from pathlib import Path

import pandas as pd


# Visual grammar shared by the interactive and the static charts.
KINDS = ["actual", "estimate", "target", "plan_goal"]
KIND_LABEL = {"zh": {"actual": "实际值", "estimate": "预计值", "target": "年度目标", "plan_goal": "规划目标"},
              "en": {"actual": "actual", "estimate": "estimate", "target": "annual target",
                     "plan_goal": "plan target"}}
KIND_COLOR = {"actual": "#1f77b4", "estimate": "#1f77b4", "target": "#d62728", "plan_goal": "#2ca02c"}
MEASURE_LABEL = {"zh": {"level": "水平", "growth_rate": "增长率", "change": "变化", "share": "比重",
                        "cumulative": "累计", "rank": "位次", "ratio": "比值"},
                 "en": {"level": "level", "growth_rate": "growth rate", "change": "change", "share": "share",
                        "cumulative": "cumulative", "rank": "rank", "ratio": "ratio"}}
# When an indicator is stated in several measures, chart the first of these with two or more years.
MEASURE_PREFERENCE = ["level", "share", "ratio", "growth_rate", "cumulative", "change", "rank"]
VERDICT_COLOR = {"met": "#2ca02c", "already met": "#2ca02c", "on track": "#8fd18f", "missed": "#d62728",
                 "behind": "#d62728", "unknown pace": "#bbbbbb", "no outcome": "#dddddd",
                 "no actual yet": "#dddddd"}
TRAJECTORY_COLUMNS = ["place", "indicator_id", "label", "measure", "unit", "ref_year", "kind", "value",
                      "doc_id", "report_year", "snippet", "n_sources", "qualifier"]


# ---- sources ---------------------------------------------------------------------------------

def source_note(df: pd.DataFrame, documents: pd.DataFrame | None = None, doc_column: str = "doc_id",
                language: str = "zh") -> str:
    """A plain-text line naming the documents (title, year, id) behind the rows of ``df``.

    Show it escaped (``notebook_setup.show_text``). Several doc-id columns can be joined
    with ``doc_column="a,b"``.
    """
    ids: set[str] = set()
    for col in doc_column.split(","):
        if col in df.columns:
            ids |= {str(x) for x in df[col].dropna() if str(x)}
    prefix = "来源 Sources: " if language == "zh" else "Sources: "
    if not ids:
        return prefix + ("无 none" if language == "zh" else "none")
    parts = []
    if documents is not None and len(documents):
        docs = documents[documents["doc_id"].isin(ids)].sort_values(["report_year", "doc_id"])
        for d in docs.itertuples(index=False):
            title = getattr(d, "title", "") or d.doc_id
            parts.append(f"{title} ({int(d.report_year)}; {d.doc_id})")
        ids -= set(docs["doc_id"])
    parts += sorted(ids)
    return prefix + "; ".join(parts)


# ---- trajectories ----------------------------------------------------------------------------

def _wrap(text: str, width: int = 28) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(text or ""), width)[:4])


def trajectory_data(series: pd.DataFrame, indicator_ids: list[str], start_year: int = 2015,
                    end_year: int = 2025, language: str = "zh", measure: str | None = None) -> pd.DataFrame:
    """Points to chart per indicator, from the ``series`` table: one measure each (``measure``
    where the indicator has it, else the level when it spans two or more years, else the
    best-covered measure) in one base unit, shown in its most common unit as written.

    ``kind``: actual, estimate, target (a report's target) or plan_goal (a five-year plan's
    target); ``n_sources`` tells how many observations gave a value.
    """
    s = series[series["indicator_id"].isin(indicator_ids) & series["ref_year"].between(start_year, end_year)]
    frames = []
    rank = {m: i for i, m in enumerate(MEASURE_PREFERENCE)}
    several_places = s["place"].nunique() > 1
    for ind, place in [(i, p) for i in indicator_ids for p in sorted(s.loc[s["indicator_id"] == i, "place"].unique())]:
        o = s[(s["indicator_id"] == ind) & (s["place"] == place)]
        years = o.groupby("measure")["ref_year"].nunique()
        # a level with at least two years makes a trajectory; otherwise the best-covered measure
        chosen = measure if measure in years.index else min(
            years.index, key=lambda m: (years[m] < 2, rank.get(m, len(rank)), -years[m], m))
        o = o[o["measure"] == chosen]
        unit_base = o["unit_base"].value_counts().sort_index().idxmax()
        o = o[o["unit_base"] == unit_base]
        unit = o["unit"].value_counts().sort_index().idxmax()
        ref = o[o["unit"] == unit].iloc[0]
        scale = float(ref["value"]) / float(ref["value_base"]) if float(ref["value_base"]) else 1.0
        kind = o["status"].where(o["target_source"] != "five_year_plan", "plan_goal")
        # one point per year and kind: a plan period's goal and a single year's share a year only
        # when they are the same row, so keep the single-year value first
        o = o.assign(kind=kind, _span=o["ref_period_end"] - o["ref_period_start"]).sort_values(
            ["kind", "ref_year", "_span"], kind="stable").drop_duplicates(["kind", "ref_year"])
        name = o["indicator_zh"].iloc[0] if language == "zh" else (o["indicator_en"].iloc[0] or ind)
        name = f"{place} · {name}" if several_places else name
        frames.append(pd.DataFrame({
            "place": place, "indicator_id": ind, "label": name, "measure": chosen, "unit": unit,
            "ref_year": o["ref_year"].astype(int), "kind": o["kind"],
            "value": o["value_base"].astype(float) * scale, "doc_id": o["doc_id"],
            "report_year": o["report_year"].astype(int), "snippet": o["snippet"],
            "n_sources": o["n_sources"], "qualifier": o["qualifier"]}))
    if not frames:
        return pd.DataFrame(columns=TRAJECTORY_COLUMNS)
    out = pd.concat(frames, ignore_index=True)[TRAJECTORY_COLUMNS]
    order = {k: i for i, k in enumerate(indicator_ids)}
    return out.sort_values(["indicator_id", "place", "kind", "ref_year"],
                           key=lambda s: s.map(order) if s.name == "indicator_id" else s,
                           kind="stable", ignore_index=True)


def _panel_title(sub: pd.DataFrame, language: str) -> str:
    measure = MEASURE_LABEL[language].get(sub["measure"].iloc[0], sub["measure"].iloc[0])
    return f"{sub['label'].iloc[0]} · {measure}（{sub['unit'].iloc[0]}）" if language == "zh" else \
        f"{sub['label'].iloc[0]} · {measure} ({sub['unit'].iloc[0]})"


def _grid(n: int, ncols: int) -> tuple[int, int]:
    ncols = max(1, min(ncols, n))
    return math.ceil(n / ncols), ncols


def trajectories_plotly(data: pd.DataFrame, language: str = "zh", ncols: int = 2,
                        start_year: int = 2015, end_year: int = 2025, height_per_row: int = 300):
    """Small multiples, one panel per indicator: actual solid line, estimate hollow circles,
    annual targets dashed with triangles, plan targets as stars; hover shows the source."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    lang = "zh" if language == "zh" else "en"
    inds = list(dict.fromkeys(data["indicator_id"]))
    if not inds:
        fig = go.Figure()
        fig.update_layout(title="无数据 · no data", height=200)
        return fig
    rows, cols = _grid(len(inds), ncols)
    titles = [_panel_title(data[data["indicator_id"] == i], lang) for i in inds]
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[html.escape(t) for t in titles],
                        horizontal_spacing=0.08, vertical_spacing=0.5 / rows if rows > 1 else 0.1)
    style = {"actual": dict(mode="lines+markers", line=dict(color=KIND_COLOR["actual"], width=2),
                            marker=dict(size=7)),
             "estimate": dict(mode="markers", marker=dict(size=9, symbol="circle-open",
                                                          line=dict(width=2), color=KIND_COLOR["estimate"])),
             "target": dict(mode="lines+markers", line=dict(color=KIND_COLOR["target"], dash="dash"),
                            marker=dict(size=8, symbol="triangle-up")),
             "plan_goal": dict(mode="markers", marker=dict(size=14, symbol="star",
                                                           color=KIND_COLOR["plan_goal"]))}
    for n, ind in enumerate(inds):
        r, c = n // cols + 1, n % cols + 1
        sub = data[data["indicator_id"] == ind]
        for kind in KINDS:
            k = sub[sub["kind"] == kind].sort_values("ref_year")
            if k.empty:
                continue
            hover = [f"<b>{int(y)}</b> {html.escape(KIND_LABEL[lang][kind])}: {v:,.4g} {html.escape(u)}"
                     f"<br>{html.escape(d)} ({ry})<br>{_wrap(s)}"
                     for y, v, u, d, ry, s in zip(k["ref_year"], k["value"], k["unit"], k["doc_id"],
                                                  k["report_year"], k["snippet"])]
            fig.add_trace(go.Scatter(x=k["ref_year"].tolist(), y=k["value"].tolist(),
                                     name=KIND_LABEL[lang][kind], legendgroup=kind, showlegend=False,
                                     hovertext=hover, hoverinfo="text", **style[kind]), row=r, col=c)
    shown = set()
    for trace in fig.data:  # one legend entry per kind
        if trace.legendgroup not in shown:
            trace.showlegend = True
            shown.add(trace.legendgroup)
    fig.update_xaxes(range=[start_year - 0.5, end_year + 0.5], dtick=1 if end_year - start_year <= 12 else 2)
    fig.update_layout(height=max(300, height_per_row * rows + 80), margin=dict(t=60, l=40, r=20, b=40),
                      legend=dict(orientation="h", y=-0.08 if rows > 1 else -0.2), hoverlabel=dict(align="left"),
                      template="plotly_white")
    return fig


def trajectories_matplotlib(data: pd.DataFrame, language: str = "zh", ncols: int = 2,
                            start_year: int = 2015, end_year: int = 2025):
    """The static copy of ``trajectories_plotly`` (same marks), for PNG/SVG files."""
    import matplotlib.pyplot as plt

    from govreport.views.fonts import use_cjk_font

    use_cjk_font()
    lang = "zh" if language == "zh" else "en"
    inds = list(dict.fromkeys(data["indicator_id"])) or ["-"]
    rows, cols = _grid(len(inds), ncols)
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 3.2 * rows), squeeze=False)
    style = {"actual": dict(linestyle="-", marker="o", color=KIND_COLOR["actual"]),
             "estimate": dict(linestyle="none", marker="o", markerfacecolor="none", markersize=8,
                              color=KIND_COLOR["estimate"]),
             "target": dict(linestyle="--", marker="^", color=KIND_COLOR["target"]),
             "plan_goal": dict(linestyle="none", marker="*", markersize=14, color=KIND_COLOR["plan_goal"])}
    for n, ax in enumerate(axes.flat):
        if n >= len(inds) or data.empty:
            ax.axis("off")
            if data.empty and n == 0:
                ax.text(0.5, 0.5, "无数据 · no data", ha="center", va="center")
            continue
        sub = data[data["indicator_id"] == inds[n]]
        for kind in KINDS:
            k = sub[sub["kind"] == kind].sort_values("ref_year")
            if len(k):
                ax.plot(k["ref_year"], k["value"], label=KIND_LABEL[lang][kind], **style[kind])
        ax.set_title(_panel_title(sub, lang), fontsize=10)
        ax.set_xlim(start_year - 0.5, end_year + 0.5)
        ax.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7, loc="best")
    fig.tight_layout()
    return fig


def save_figure(fig, stem: str, folder: str = "figures", formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Write a matplotlib figure as ``build/<folder>/<stem>.<fmt>``; names are made safe and
    can never leave the build folder (``notebook_setup.output_path`` checks)."""
    from govreport.views.display import output_path

    safe = re.sub(r"[^\w.-]+", "_", str(stem)).strip("._") or "figure"
    paths = []
    for fmt in formats:
        path = output_path(folder, f"{safe}.{fmt}")
        fig.savefig(path, dpi=120, bbox_inches="tight", metadata={"Date": None} if fmt == "svg" else None)
        paths.append(path)
    return paths


# ---- generic charts --------------------------------------------------------------------------

def heatmap_plotly(df: pd.DataFrame, x: str, y: str, z: str, title: str = "", zlabel: str = "",
                   text_format: str = ".1f", colorscale: str = "Blues"):
    """A heatmap of ``z`` over ``x`` (columns) and ``y`` (rows), values printed in the cells."""
    import plotly.graph_objects as go

    grid = df.pivot_table(index=y, columns=x, values=z, aggfunc="sum", sort=False)
    fig = go.Figure(go.Heatmap(z=grid.values, x=[html.escape(str(c)) for c in grid.columns],
                               y=[html.escape(str(r)) for r in grid.index], colorscale=colorscale,
                               texttemplate="%{z:" + text_format + "}", colorbar=dict(title=zlabel),
                               hovertemplate="%{y} · %{x}: %{z:" + text_format + "}<extra></extra>"))
    fig.update_layout(title=html.escape(title), height=max(300, 28 * len(grid.index) + 140),
                      template="plotly_white", margin=dict(l=10, r=10, t=60, b=40))
    fig.update_xaxes(type="category")
    fig.update_yaxes(autorange="reversed")
    return fig


def bar_plotly(df: pd.DataFrame, x: str, y: str, color: str | None = None, title: str = "",
               orientation: str = "v", barmode: str = "group", labels: dict | None = None,
               color_map: dict | None = None, height: int | None = None, hover: list[str] | None = None):
    """A bar chart (grouped or stacked) with escaped category labels."""
    import plotly.express as px

    d = df.copy()
    for col in {x, y, color} - {None}:
        if not pd.api.types.is_numeric_dtype(d[col]):
            d[col] = d[col].astype(str).map(html.escape)
    fig = px.bar(d, x=x, y=y, color=color, orientation=orientation, barmode=barmode, labels=labels or {},
                 color_discrete_map=color_map, hover_data=hover, template="plotly_white")
    fig.update_layout(title=html.escape(title), margin=dict(l=10, r=10, t=60, b=40))
    if height:
        fig.update_layout(height=height)
    if orientation == "h":
        fig.update_yaxes(type="category", autorange="reversed")
    else:
        fig.update_xaxes(type="category")
    return fig


def line_plotly(df: pd.DataFrame, x: str, y: str, color: str, title: str = "", labels: dict | None = None):
    """Lines with markers, one per ``color`` value (term trajectories, frequencies by year)."""
    import plotly.express as px

    d = df.copy()
    d[color] = d[color].astype(str).map(html.escape)
    fig = px.line(d, x=x, y=y, color=color, markers=True, labels=labels or {}, template="plotly_white")
    fig.update_layout(title=html.escape(title), margin=dict(l=10, r=10, t=60, b=40))
    fig.update_xaxes(type="category")
    return fig


def attainment_plotly(table: pd.DataFrame, value: str, title: str = "", language: str = "zh"):
    """Horizontal bars: the value as a percentage of its target (ceilings inverted, so more
    than 100 always means better than the target), coloured by verdict."""
    import plotly.graph_objects as go

    t = table[table[value].notna() & (table["target"] != 0)].copy()
    if t.empty:
        fig = go.Figure()
        fig.update_layout(title="无可比数据 · nothing to compare", height=200)
        return fig
    ratio = t[value] / t["target"]
    t["attainment"] = 100 * ratio.where(t["direction"] != "down", 1 / ratio.where(ratio != 0))
    name = t["indicator_zh"] if language == "zh" else t["indicator_en"].where(t["indicator_en"] != "", t["indicator_zh"])
    t["name"] = (name + " · " + t["measure"]).map(html.escape)
    t = t.sort_values("attainment", kind="stable")
    hover = [f"{html.escape(n)}<br>target {tv:,.4g} {html.escape(u)} · {html.escape(value)} {vv:,.4g}<br>{html.escape(vd)}"
             for n, tv, vv, u, vd in zip(t["name"], t["target"], t[value], t["unit"], t["verdict"])]
    fig = go.Figure(go.Bar(x=t["attainment"], y=t["name"], orientation="h", hovertext=hover, hoverinfo="text",
                           marker_color=[VERDICT_COLOR.get(v, "#999999") for v in t["verdict"]]))
    fig.add_vline(x=100, line_dash="dash", line_color="#444")
    if t["attainment"].max() > 250:  # a few outliers (700 %) would squash the rest; hover keeps values
        fig.update_xaxes(range=[0, 250])
    fig.update_layout(title=html.escape(title), height=max(300, 22 * len(t) + 120), template="plotly_white",
                      xaxis_title="% of target (100 = target reached)", margin=dict(l=10, r=10, t=60, b=40))
    fig.update_yaxes(type="category")
    return fig
