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
TRAJECTORY_COLUMNS = ["place", "indicator_id", "label", "measure", "unit", "unit_label", "ref_year", "kind",
                      "bound", "value", "value_text", "doc_id", "report_year", "source", "where", "table_cell",
                      "snippet", "n_sources", "qualifier"]


# ---- sources ---------------------------------------------------------------------------------

def source_note(df: pd.DataFrame, documents: pd.DataFrame | None = None, doc_column: str = "doc_id",
                language: str = "zh") -> str:
    """A plain-text line naming the documents behind the rows of ``df`` by place, year and type
    ('中国 2016 报告 (cn-gwr-2016)'; the place only when the corpus has several), in year order.

    Show it escaped (``display.show_text``). Several doc-id columns can be joined with
    ``doc_column="a,b"``. Ids not in ``documents`` are listed as they are.
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
        names = doc_names(documents, "zh" if language == "zh" else "en")
        docs = documents[documents["doc_id"].isin(ids)].sort_values(["report_year", "doc_id"])
        for d in docs["doc_id"]:
            label, _, doc_id = names[str(d)].rpartition(" · ")
            parts.append(f"{label} ({doc_id})")
        ids -= set(docs["doc_id"])
    parts += sorted(ids)
    return prefix + "; ".join(parts)


# ---- trajectories ----------------------------------------------------------------------------

def _wrap(text: str, width: int = 28, lines: int = 4) -> str:
    return "<br>".join(html.escape(line) for line in textwrap.wrap(str(text or ""), width)[:lines])


def doc_names(documents: pd.DataFrame | None, language: str = "zh") -> dict[str, str]:
    """doc_id → '2021 报告 · wx-gwr-2021' (with the place when the corpus has several)."""
    from govreport.corpus.labels import report_label

    if documents is None or documents.empty:
        return {}
    places = documents["place"].fillna("").astype(str) if "place" in documents else pd.Series("", index=documents.index)
    several = places[places != ""].nunique() > 1
    out = {}
    for d, place in zip(documents.itertuples(index=False), places):
        label = report_label(d.report_year, d.doc_type, None, language, place if several else None)
        out[str(d.doc_id)] = f"{label} · {d.doc_id}"
    return out


_CELL = re.compile(r"^t(?P<table>\d+)-r(?P<row>[^-]+)-c(?P<year>\d{4})-(?P<status>\w+)$")


def cell_description(table_cell: str, doc_id: str, indicator: str, tables: pd.DataFrame | None = None,
                     language: str = "zh") -> str:
    """Where a value sits in a plan table: the table's title, the row (number and indicator)
    and the column (year and status), e.g. '表1 … · 第01行（地区生产总值）· 2019年实际值列'."""
    m = _CELL.match(str(table_cell or ""))
    if not m:
        return ""
    title = ""
    if tables is not None and len(tables):
        hit = tables[tables["table_id"] == f"{doc_id}-t{m['table']}"]
        title = str(hit["title"].iloc[0]) if len(hit) else ""
    status = {"zh": {"actual": "实际值", "estimate": "预计值", "target": "目标值"},
              "en": {"actual": "actual", "estimate": "estimate", "target": "target"}}[language].get(m["status"], m["status"])
    if language == "zh":
        return f"{title or '表' + m['table']} · 第{m['row']}行（{indicator}）· {m['year']}年{status}列"
    return f"table {title or m['table']} · row {m['row']} ({indicator}) · column {m['year']} {status}"


def _bound(row_indicator: str, qualifier: str, status: str, bound: str = "") -> str:
    """'ceiling' or 'floor' for a target (from the extractor's ``bound`` where present, else the
    indicator's direction and the qualifier); '' for actual values and estimates."""
    if status != "target":
        return ""
    if bound in ("ceiling", "floor"):
        return bound
    from govreport.views.targets import direction_of

    return "ceiling" if direction_of(row_indicator, qualifier) == "down" else "floor"


def trajectory_data(series: pd.DataFrame, indicator_ids: list[str], start_year: int = 2015,
                    end_year: int = 2025, language: str = "zh", measure: str | None = None,
                    documents: pd.DataFrame | None = None, tables: pd.DataFrame | None = None) -> pd.DataFrame:
    """Points to chart per indicator and place, from the ``series`` table: one measure each
    (``measure`` where the indicator has it, else the level when it spans two or more years,
    else the best-covered measure) in one base unit (and, where the extractor says, stocks
    only with stocks), shown in its most common unit as written.

    ``kind``: actual, estimate, target (a report's target) or plan_goal (a five-year plan's
    target); ``bound``: ceiling or floor for targets; ``value_text`` the number with thousands
    separators and its unit; ``source`` the document; ``where`` the table cell (title, row,
    column) or the clause the value was read from; ``n_sources`` how many observations gave it.
    """
    from govreport.views.units import qualifier_label, unit_label, value_text

    lang = "zh" if language == "zh" else "en"
    s = series[series["indicator_id"].isin(indicator_ids) & series["ref_year"].between(start_year, end_year)]
    if "place" not in s:
        s = s.assign(place="")
    frames = []
    rank = {m: i for i, m in enumerate(MEASURE_PREFERENCE)}
    several_places = s["place"].nunique() > 1
    names = doc_names(documents, lang)
    for ind, place in [(i, p) for i in indicator_ids for p in sorted(s.loc[s["indicator_id"] == i, "place"].unique())]:
        o = s[(s["indicator_id"] == ind) & (s["place"] == place)]
        years = o.groupby("measure")["ref_year"].nunique()
        # a level with at least two years makes a trajectory; otherwise the best-covered measure
        chosen = measure if measure in years.index else min(
            years.index, key=lambda m: (years[m] < 2, rank.get(m, len(rank)), -years[m], m))
        o = o[o["measure"] == chosen]
        if "stock_flow" in o and o["stock_flow"].fillna("").astype(str).ne("").any():
            kinds = o["stock_flow"].fillna("").astype(str)
            o = o[kinds == kinds.value_counts().sort_index().idxmax()]  # stocks with stocks, flows with flows
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
        name = o["indicator_zh"].iloc[0] if lang == "zh" else (o["indicator_en"].iloc[0] or ind)
        label = f"{place} · {name}" if several_places and place else name
        values = o["value_base"].astype(float) * scale
        cells = o["table_cell"].fillna("") if "table_cell" in o else pd.Series("", index=o.index)
        bounds = o["bound"].fillna("") if "bound" in o else pd.Series("", index=o.index)
        frames.append(pd.DataFrame({
            "place": place, "indicator_id": ind, "label": label, "measure": chosen, "unit": unit,
            "unit_label": unit_label(unit, lang), "ref_year": o["ref_year"].astype(int), "kind": o["kind"],
            "bound": [_bound(ind, q, st, b) for q, st, b in zip(o["qualifier"].fillna(""), o["status"], bounds)],
            "value": values, "value_text": [value_text(v, unit, lang) for v in values],
            "doc_id": o["doc_id"], "report_year": o["report_year"].astype(int),
            "source": [names.get(d, d) for d in o["doc_id"]],
            "where": [cell_description(c, d, o["indicator_zh"].iloc[0], tables, lang) if c else sn
                      for c, d, sn in zip(cells, o["doc_id"], o["snippet"].fillna(""))],
            "table_cell": cells, "snippet": o["snippet"], "n_sources": o["n_sources"],
            "qualifier": [qualifier_label(q, lang) for q in o["qualifier"].fillna("")]}))
    if not frames:
        return pd.DataFrame(columns=TRAJECTORY_COLUMNS)
    out = pd.concat(frames, ignore_index=True)[TRAJECTORY_COLUMNS]
    order = {k: i for i, k in enumerate(indicator_ids)}
    return out.sort_values(["indicator_id", "place", "kind", "ref_year"],
                           key=lambda s: s.map(order) if s.name == "indicator_id" else s,
                           kind="stable", ignore_index=True)


def _panel_title(sub: pd.DataFrame, language: str) -> str:
    measure = MEASURE_LABEL[language].get(sub["measure"].iloc[0], sub["measure"].iloc[0])
    unit = sub["unit_label"].iloc[0] if "unit_label" in sub else sub["unit"].iloc[0]
    return f"{sub['label'].iloc[0]} · {measure}（{unit}）" if language == "zh" else \
        f"{sub['label'].iloc[0]} · {measure} ({unit})"


def _grid(n: int, ncols: int) -> tuple[int, int]:
    ncols = max(1, min(ncols, n))
    return math.ceil(n / ncols), ncols


def runs(years: list[int]) -> list[list[int]]:
    """Consecutive years grouped: [2015, 2019, 2020, 2023] → [[2015], [2019, 2020], [2023]]."""
    out: list[list[int]] = []
    for y in sorted(years):
        if out and y == out[-1][-1] + 1:
            out[-1].append(y)
        else:
            out.append([y])
    return out


def _with_breaks(k: pd.DataFrame) -> tuple[list, list, list]:
    """x, y and hover with a None between non-consecutive years, so no line crosses a gap."""
    xs, ys, hs = [], [], []
    prev = None
    for x, y, h in zip(k["ref_year"], k["value"], k["_hover"]):
        if prev is not None and x != prev + 1:
            xs.append(None), ys.append(None), hs.append(None)
        xs.append(int(x)), ys.append(float(y)), hs.append(h)
        prev = x
    return xs, ys, hs


def _gap_segments(k: pd.DataFrame) -> tuple[list, list]:
    """Dotted connectors across missing years (x, y with None separators)."""
    xs, ys = [], []
    pts = list(zip(k["ref_year"], k["value"]))
    for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
        if x1 > x0 + 1:
            xs += [int(x0), int(x1), None]
            ys += [float(y0), float(y1), None]
    return xs, ys


def _hover(row, lang: str) -> str:
    kind = KIND_LABEL[lang][row.kind]
    kind += _BOUND_NOTE[lang].get(row.bound, "")
    where = "表格单元" if lang == "zh" else "table cell"
    text = "原文" if lang == "zh" else "text"
    return (f"<b>{html.escape(row.label)}</b><br>{int(row.ref_year)} · {html.escape(kind)}: "
            f"<b>{html.escape(row.value_text)}</b><br>{html.escape(row.source)}<br>"
            f"{where if row.table_cell else text}: {_wrap(row.where, 30, 3)}")


_GAP_NAME = {"zh": "无数据年份（虚线连接，非数据）", "en": "years without data (dotted, not data)"}
_BOUND_SYMBOL = {"ceiling": "triangle-down", "floor": "triangle-up", "": "triangle-up"}
_GOAL_SYMBOL = {"ceiling": "star-triangle-down", "floor": "star-triangle-up", "": "star"}
_STATIC_MARKER = {("target", "ceiling"): "v", ("target", "floor"): "^", ("plan_goal", "ceiling"): "v",
                  ("plan_goal", "floor"): "^"}
_BOUND_NOTE = {"zh": {"ceiling": "（上限）", "floor": "（下限）"}, "en": {"ceiling": " (ceiling)", "floor": " (floor)"}}


def trajectories_plotly(data: pd.DataFrame, language: str = "zh", ncols: int = 2,
                        start_year: int = 2015, end_year: int = 2025, height_per_row: int = 300):
    """Small multiples, one panel per indicator and place: actual values as a solid line that
    stops at years without data (a dotted grey connector marks the gap), estimates as hollow
    circles, annual targets as triangles (pointing down for a ceiling, up for a floor), plan
    targets as stars. Hover names indicator, year, status, value with unit, document and the
    clause or table cell it was read from."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from govreport.views.units import PLOTLY_TICKFORMAT

    lang = "zh" if language == "zh" else "en"
    panels = list(dict.fromkeys(zip(data["indicator_id"], data["place"]))) if len(data) else []
    if not panels:
        fig = go.Figure()
        fig.update_layout(title="无数据 · no data", height=200)
        return fig
    rows, cols = _grid(len(panels), ncols)
    subs = [data[(data["indicator_id"] == i) & (data["place"] == p)] for i, p in panels]
    titles = [_panel_title(sub, lang) for sub in subs]
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[html.escape(t) for t in titles],
                        horizontal_spacing=0.1, vertical_spacing=0.5 / rows if rows > 1 else 0.1)
    style = {"actual": dict(mode="lines+markers", line=dict(color=KIND_COLOR["actual"], width=2),
                            marker=dict(size=7)),
             "estimate": dict(mode="markers", marker=dict(size=9, symbol="circle-open",
                                                          line=dict(width=2), color=KIND_COLOR["estimate"])),
             "target": dict(mode="lines+markers", line=dict(color=KIND_COLOR["target"], dash="dash"),
                            marker=dict(size=9)),
             "plan_goal": dict(mode="markers", marker=dict(size=14, symbol="star",
                                                           color=KIND_COLOR["plan_goal"]))}
    for n, sub in enumerate(subs):
        r, c = n // cols + 1, n % cols + 1
        sub = sub.assign(_hover=[_hover(row, lang) for row in sub.itertuples(index=False)])
        actual = sub[sub["kind"] == "actual"].sort_values("ref_year")
        gx, gy = _gap_segments(actual)
        if gx:
            fig.add_trace(go.Scatter(x=gx, y=gy, mode="lines", name=_GAP_NAME[lang], legendgroup="gap",
                                     showlegend=False, hoverinfo="skip",
                                     line=dict(color="#9a9a9a", dash="dot", width=1.5)), row=r, col=c)
        for kind in KINDS:
            k = sub[sub["kind"] == kind].sort_values("ref_year")
            if k.empty:
                continue
            xs, ys, hs = _with_breaks(k)
            extra = {}
            if kind in ("target", "plan_goal"):  # ceilings point down, floors up
                table = _BOUND_SYMBOL if kind == "target" else _GOAL_SYMBOL
                symbols = iter([table[b] for b in k["bound"]])
                extra["marker"] = dict(style[kind]["marker"], color=KIND_COLOR[kind],
                                       symbol=[next(symbols) if x is not None else "circle" for x in xs])
            fig.add_trace(go.Scatter(x=xs, y=ys, name=KIND_LABEL[lang][kind], legendgroup=kind, showlegend=False,
                                     hovertext=hs, hoverinfo="text", connectgaps=False,
                                     **{**style[kind], **extra}), row=r, col=c)
    shown = set()
    for trace in fig.data:  # one legend entry per kind
        if trace.legendgroup not in shown:
            trace.showlegend = True
            shown.add(trace.legendgroup)
    fig.update_xaxes(range=[start_year - 0.5, end_year + 0.5], dtick=1 if end_year - start_year <= 12 else 2)
    fig.update_yaxes(tickformat=PLOTLY_TICKFORMAT, separatethousands=True)
    fig.update_layout(height=max(300, height_per_row * rows + 80), margin=dict(t=60, l=50, r=20, b=40),
                      legend=dict(orientation="h", y=-0.08 if rows > 1 else -0.2), hoverlabel=dict(align="left"),
                      template="plotly_white", separators=".,")
    return fig


def trajectories_matplotlib(data: pd.DataFrame, language: str = "zh", ncols: int = 2,
                            start_year: int = 2015, end_year: int = 2025):
    """The static copy of ``trajectories_plotly`` (same marks, gaps and number format)."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    from govreport.views.fonts import use_cjk_font
    from govreport.views.units import format_number

    use_cjk_font()
    lang = "zh" if language == "zh" else "en"
    panels = list(dict.fromkeys(zip(data["indicator_id"], data["place"]))) if len(data) else [("-", "-")]
    rows, cols = _grid(len(panels), ncols)
    fig, axes = plt.subplots(rows, cols, figsize=(5.2 * cols, 3.2 * rows), squeeze=False)
    style = {"actual": dict(linestyle="-", marker="o", color=KIND_COLOR["actual"]),
             "estimate": dict(linestyle="none", marker="o", markerfacecolor="none", markersize=8,
                              color=KIND_COLOR["estimate"]),
             "target": dict(linestyle="--", marker="^", color=KIND_COLOR["target"]),
             "plan_goal": dict(linestyle="none", marker="*", markersize=12, color=KIND_COLOR["plan_goal"])}
    for n, ax in enumerate(axes.flat):
        if n >= len(panels) or data.empty:
            ax.axis("off")
            if data.empty and n == 0:
                ax.text(0.5, 0.5, "无数据 · no data", ha="center", va="center")
            continue
        ind, place = panels[n]
        sub = data[(data["indicator_id"] == ind) & (data["place"] == place)]
        actual = sub[sub["kind"] == "actual"].sort_values("ref_year")
        gx, gy = _gap_segments(actual)
        for i in range(0, len(gx), 3):
            ax.plot(gx[i:i + 2], gy[i:i + 2], linestyle=":", color="#9a9a9a",
                    label=_GAP_NAME[lang] if i == 0 else None)
        for kind in KINDS:
            k = sub[sub["kind"] == kind].sort_values("ref_year")
            if k.empty:
                continue
            kw = dict(style[kind])
            marker = kw.pop("marker")
            if kw.get("linestyle") != "none":
                for run in runs(k["ref_year"].tolist()):  # lines only within consecutive years
                    part = k[k["ref_year"].isin(run)]
                    ax.plot(part["ref_year"], part["value"], linestyle=kw["linestyle"], color=kw["color"])
            for bound, part in k.groupby("bound", sort=True):
                m = _STATIC_MARKER.get((kind, bound), marker)
                ax.plot(part["ref_year"], part["value"], **{**kw, "linestyle": "none"}, marker=m,
                        label=KIND_LABEL[lang][kind] + _BOUND_NOTE[lang].get(bound, ""))
        ax.set_title(_panel_title(sub, lang), fontsize=10)
        ax.set_xlim(start_year - 0.5, end_year + 0.5)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: format_number(v)))
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

# 10 colours are too few for 12 themes: categories beyond the first palette take the next one,
# and line charts also vary the dash, so no two series look alike.
_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf", "#393b79", "#e7ba52", "#637939", "#ad494a", "#3182bd", "#a55194",
            "#31a354", "#fd8d3c", "#6baed6", "#843c39", "#7b4173", "#636363", "#b5cf6b", "#d6616b"]
_DASHES = ["solid", "dash", "dot", "dashdot"]


def _tickformat() -> str:
    from govreport.views.units import PLOTLY_TICKFORMAT

    return PLOTLY_TICKFORMAT


def palette(n: int) -> list[str]:
    """``n`` distinct colours (24 before any repeats)."""
    return [_PALETTE[i % len(_PALETTE)] for i in range(n)]


def category_colors(values) -> dict[str, str]:
    """Category → colour, in order of first appearance (escaped as the charts escape labels)."""
    cats = [html.escape(str(v)) for v in dict.fromkeys(values)]
    return dict(zip(cats, palette(len(cats))))

def heatmap_plotly(df: pd.DataFrame, x: str, y: str, z: str, title: str = "", zlabel: str = "",
                   text_format: str = ".1f", colorscale: str = "Blues"):
    """A heatmap of ``z`` over ``x`` (columns) and ``y`` (rows), values printed in the cells."""
    import plotly.graph_objects as go

    grid = df.pivot_table(index=y, columns=x, values=z, aggfunc="sum", sort=False)
    fig = go.Figure(go.Heatmap(z=grid.values, x=[html.escape(str(c)) for c in grid.columns],
                               y=[html.escape(str(r)) for r in grid.index], colorscale=colorscale,
                               texttemplate="%{z:" + text_format + "}", colorbar=dict(title=html.escape(zlabel)),
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
    if color is not None and color_map is None:
        color_map = category_colors(df[color])
    elif color_map is not None:
        color_map = {html.escape(str(k)): v for k, v in color_map.items()}
    fig = px.bar(d, x=x, y=y, color=color, orientation=orientation, barmode=barmode, labels=labels or {},
                 color_discrete_map=color_map, hover_data=hover, template="plotly_white")
    axis = fig.update_xaxes if orientation == "h" else fig.update_yaxes
    axis(tickformat=_tickformat())
    fig.update_traces(**{("xhoverformat" if orientation == "h" else "yhoverformat"): _tickformat()})
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
    cats = list(dict.fromkeys(d[color]))
    fig = px.line(d, x=x, y=y, color=color, markers=True, labels=labels or {}, template="plotly_white",
                  color_discrete_map=dict(zip(cats, palette(len(cats)))),
                  line_dash=color, line_dash_map={c: _DASHES[(i // 10) % len(_DASHES)] for i, c in enumerate(cats)})
    fig.update_yaxes(tickformat=_tickformat())
    fig.update_traces(yhoverformat=_tickformat())
    fig.update_layout(title=html.escape(title), margin=dict(l=10, r=10, t=60, b=40))
    fig.update_xaxes(type="category")
    return fig


def attainment_plotly(table: pd.DataFrame, value: str, title: str = "", language: str = "zh"):
    """Horizontal bars: the value as a percentage of its target (ceilings inverted, so more
    than 100 always means better than the target), coloured by verdict; hover gives target and
    value with their units."""
    import plotly.graph_objects as go

    from govreport.views.units import format_number, value_text

    lang = "zh" if language == "zh" else "en"
    t = table[table[value].notna() & (table["target"] != 0)].copy()
    if t.empty:
        fig = go.Figure()
        fig.update_layout(title="无可比数据 · nothing to compare", height=200)
        return fig
    ratio = t[value] / t["target"]
    t["attainment"] = 100 * ratio.where(t["direction"] != "down", 1 / ratio.where(ratio != 0))
    name = t["indicator_zh"] if lang == "zh" else t["indicator_en"].where(t["indicator_en"] != "", t["indicator_zh"])
    measure = t["measure"].map(lambda m: MEASURE_LABEL[lang].get(m, m))
    name = name + " · " + measure
    if "place" in t and t["place"].nunique() > 1:
        name = t["place"] + " · " + name
    if "ref_year" in t and t["ref_year"].nunique() > 1:
        name = name + " · " + t["ref_year"].astype(str)
    t["name"] = name.map(html.escape)
    t = t.sort_values("attainment", kind="stable")
    words = ("目标", "上限", "下限") if lang == "zh" else ("target", "ceiling", "floor")
    year_col = next((c for c in ("target_year", "ref_year") if c in t), None)
    doc_col = f"{value}_doc" if f"{value}_doc" in t else None
    snippet_col = f"{value}_snippet" if f"{value}_snippet" in t else None
    status_col = f"{value}_status" if f"{value}_status" in t else None
    hover = []
    for _, r in t.iterrows():
        bound = words[1] if r["direction"] == "down" else words[2]
        year = f"{int(r[year_col])} · " if year_col and pd.notna(r[year_col]) else ""
        status = f" ({html.escape(str(r[status_col]))})" if status_col and r[status_col] else ""
        lines = [f"<b>{r['name']}</b>",
                 f"{year}{words[0]} ({bound}): {html.escape(value_text(r['target'], r['unit'], lang))} · "
                 f"{html.escape(value)}{status}: {html.escape(value_text(r[value], r['unit'], lang))}",
                 f"{format_number(r['attainment'], 1)}% · {html.escape(str(r['verdict']))}"]
        if doc_col:
            lines.append(f"{html.escape(str(r.get('target_doc', '')))} → {html.escape(str(r[doc_col]))}")
        if snippet_col:
            lines.append(_wrap(r[snippet_col], 30, 2))
        hover.append("<br>".join(lines))
    fig = go.Figure(go.Bar(x=t["attainment"], y=t["name"], orientation="h", hovertext=hover, hoverinfo="text",
                           marker_color=[VERDICT_COLOR.get(v, "#999999") for v in t["verdict"]]))
    fig.add_vline(x=100, line_dash="dash", line_color="#444")
    if t["attainment"].max() > 250:  # a few outliers (700 %) would squash the rest; hover keeps values
        fig.update_xaxes(range=[0, 250])
    fig.update_layout(title=html.escape(title), height=max(300, 22 * len(t) + 120), template="plotly_white",
                      xaxis_title="% of target (100 = target reached; ceilings inverted)",
                      margin=dict(l=10, r=10, t=60, b=40))
    fig.update_yaxes(type="category")
    return fig


# ---- annual targets against outcomes -----------------------------------------------------------

def targets_outcomes_plotly(annual: pd.DataFrame, language: str = "zh", ncols: int = 2, height_per_row: int = 280):
    """One panel per place, indicator and measure: each year's target (a triangle pointing down
    for a ceiling, up for a floor) and the outcome a later report gives (a dot: green when the
    target was met, red when missed; hollow when the outcome is an estimate), joined by a thin
    line. Hover names both values with units, their documents and sentences."""
    import plotly.graph_objects as go
    from plotly.subplots import make_subplots

    from govreport.views.units import PLOTLY_TICKFORMAT, qualifier_label, unit_label, value_text

    lang = "zh" if language == "zh" else "en"
    if annual.empty:
        fig = go.Figure()
        fig.update_layout(title="无可比数据 · no target–outcome pairs", height=200)
        return fig
    keys = list(dict.fromkeys(zip(annual["place"], annual["indicator_id"], annual["measure"])))
    several = annual["place"].nunique() > 1
    rows, cols = _grid(len(keys), ncols)
    titles = []
    for place, ind, measure in keys:
        sub = annual[(annual["place"] == place) & (annual["indicator_id"] == ind) & (annual["measure"] == measure)]
        name = sub["indicator_zh"].iloc[0] if lang == "zh" else (sub["indicator_en"].iloc[0] or sub["indicator_zh"].iloc[0])
        name = f"{place} · {name}" if several and place else name
        unit = unit_label(sub["unit"].iloc[0], lang)
        titles.append(f"{name} · {MEASURE_LABEL[lang].get(measure, measure)} ({unit})")
    fig = make_subplots(rows=rows, cols=cols, subplot_titles=[html.escape(t) for t in titles],
                        horizontal_spacing=0.1, vertical_spacing=0.5 / rows if rows > 1 else 0.1)
    words = {"zh": ("目标", "结果", "上限", "下限", "达到", "未达到", "预计"),
             "en": ("target", "outcome", "ceiling", "floor", "met", "missed", "estimate")}[lang]
    legend_done: set[str] = set()
    for n, (place, ind, measure) in enumerate(keys):
        r, c = n // cols + 1, n % cols + 1
        sub = annual[(annual["place"] == place) & (annual["indicator_id"] == ind)
                     & (annual["measure"] == measure)].sort_values("ref_year")
        for row in sub.itertuples(index=False):
            fig.add_trace(go.Scatter(x=[row.ref_year, row.ref_year], y=[row.target, row.outcome], mode="lines",
                                     line=dict(color="#bbbbbb", width=1), hoverinfo="skip", showlegend=False),
                          row=r, col=c)
        bound = [words[2] if d == "down" else words[3] for d in sub["direction"]]
        t_hover = [f"<b>{int(y)}</b> {words[0]} ({b}): {html.escape(value_text(v, u, lang))} "
                   f"{html.escape(qualifier_label(q, lang))}<br>{html.escape(str(doc))}<br>{_wrap(sn, 30, 3)}"
                   for y, b, v, u, q, doc, sn in zip(sub["ref_year"], bound, sub["target"], sub["unit"],
                                                    sub["qualifier"], sub["target_doc"], sub["target_snippet"])]
        fig.add_trace(go.Scatter(
            x=sub["ref_year"].tolist(), y=sub["target"].tolist(), mode="markers", name=words[0], legendgroup="target",
            showlegend="target" not in legend_done, hovertext=t_hover, hoverinfo="text",
            marker=dict(size=11, color=KIND_COLOR["target"],
                        symbol=["triangle-down" if d == "down" else "triangle-up" for d in sub["direction"]])),
            row=r, col=c)
        legend_done.add("target")
        for verdict, colour in (("met", "#2ca02c"), ("missed", "#d62728"), ("no outcome", "#999999")):
            part = sub[sub["verdict"] == verdict]
            if part.empty:
                continue
            status = [words[6] if s == "estimate" else "" for s in part["outcome_status"]]
            o_hover = [f"<b>{int(y)}</b> {words[1]}{' (' + st + ')' if st else ''}: "
                       f"{html.escape(value_text(v, u, lang))} · {html.escape(verdict)}<br>{html.escape(str(doc))} "
                       f"({int(ry)})<br>{_wrap(sn, 30, 3)}"
                       for y, st, v, u, doc, ry, sn in zip(part["ref_year"], status, part["outcome"], part["unit"],
                                                          part["outcome_doc"], part["outcome_report_year"],
                                                          part["outcome_snippet"])]
            label = {"met": words[4], "missed": words[5]}.get(verdict, verdict)
            fig.add_trace(go.Scatter(
                x=part["ref_year"].tolist(), y=part["outcome"].tolist(), mode="markers",
                name=f"{words[1]}: {label}", legendgroup=verdict, showlegend=verdict not in legend_done,
                hovertext=o_hover, hoverinfo="text",
                marker=dict(size=10, color=colour, line=dict(color=colour, width=2),
                            symbol=["circle-open" if s == "estimate" else "circle" for s in part["outcome_status"]])),
                row=r, col=c)
            legend_done.add(verdict)
    fig.update_xaxes(dtick=1 if annual["ref_year"].max() - annual["ref_year"].min() <= 12 else 2)
    fig.update_yaxes(tickformat=PLOTLY_TICKFORMAT)
    fig.update_layout(height=max(300, height_per_row * rows + 80), margin=dict(t=60, l=50, r=20, b=40),
                      legend=dict(orientation="h", y=-0.08 if rows > 1 else -0.2), hoverlabel=dict(align="left"),
                      template="plotly_white")
    return fig
