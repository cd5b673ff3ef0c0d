"""Static copies of plotly figures, drawn with matplotlib: PNG and SVG for slides.

Plotly's own static export (kaleido) drives a Chrome browser, which a reader's machine may not
have and which nothing may download here; matplotlib draws the same figure from its data with
the packaged CJK font. Covered: scatter (lines, markers), bar (grouped, stacked, horizontal),
heatmap (with cell values), subplots (axis domains), subplot titles and other paper
annotations, vertical/horizontal reference lines, axis titles, ranges, category axes and
reversed axes. Any other trace type raises ``StaticExportError`` naming it, so a page says
which chart has no static copy instead of showing a wrong one.
"""
from __future__ import annotations

import html
import re
from typing import Any

PX = 100.0  # plotly pixels per matplotlib inch at dpi 100
_DASH = {"solid": "-", "dash": "--", "dot": ":", "dashdot": "-.", "longdash": "--", "longdashdot": "-."}
_SYMBOL = {"circle": "o", "square": "s", "diamond": "D", "cross": "P", "x": "X", "triangle-up": "^",
           "triangle-down": "v", "triangle-left": "<", "triangle-right": ">", "star": "*",
           "hexagon": "h", "pentagon": "p"}


class StaticExportError(ValueError):
    """A figure uses something this module does not draw."""


def plain(text: Any) -> str:
    """Plotly label markup → plain text: ``<br>`` breaks lines, other tags go, entities decode."""
    if text is None:
        return ""
    text = re.sub(r"<br\s*/?>", "\n", str(text), flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def _list(values) -> list | None:
    """Trace data as a plain list (numpy arrays, tuples, plotly's base64 typed arrays)."""
    if values is None:
        return None
    if isinstance(values, dict) and "bdata" in values:
        import base64

        import numpy as np

        array = np.frombuffer(base64.b64decode(values["bdata"]), dtype=values.get("dtype", "f8"))
        shape = values.get("shape")
        if shape:
            array = array.reshape([int(n) for n in str(shape).split(",")])
        return array.tolist()
    if hasattr(values, "tolist"):
        return values.tolist()
    return list(values)


def _get(d: dict | None, *keys, default=None):
    for k in keys:
        if not isinstance(d, dict) or k not in d or d[k] is None:
            return default
        d = d[k]
    return d


def _axis_key(ref: str, letter: str) -> str:
    """'x2' → 'xaxis2', 'x' → 'xaxis'."""
    return f"{letter}axis{ref[1:]}"


def _text(layout: dict, *keys) -> str:
    value = _get(layout, *keys)
    if isinstance(value, dict):
        value = value.get("text")
    return plain(value)


class _Axis:
    """One plotly axis mapped to matplotlib: categories become positions 0, 1, 2 ..."""

    def __init__(self, spec: dict):
        self.spec = spec or {}
        self.categories: list = []
        self.category = self.spec.get("type") == "category"

    def note(self, values) -> None:
        if values is None:
            return
        values = list(values)
        if self.category or any(isinstance(v, str) for v in values):
            self.category = True
            for v in values:
                if v not in self.categories:
                    self.categories.append(v)

    def pos(self, values) -> list:
        values = list(values or [])
        if self.category:
            return [self.categories.index(v) for v in values]
        return [float("nan") if v is None else v for v in values]


def _colour(value, fallback):
    return value if isinstance(value, str) and value else fallback


def to_matplotlib(fig) -> Any:
    """A matplotlib Figure drawing ``fig`` (a plotly Figure or its dict)."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    data_dict = fig.to_plotly_json() if hasattr(fig, "to_plotly_json") else dict(fig)
    traces = [dict(t) for t in data_dict.get("data", [])]
    for t in traces:
        for key in ("x", "y", "z"):
            if key in t:
                t[key] = _list(t[key])
    layout = dict(data_dict.get("layout", {}))
    template_layout = _get(layout, "template", "layout", default={}) or {}
    colorway = layout.get("colorway") or template_layout.get("colorway") or [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"]
    for t in traces:
        if t.get("type", "scatter") not in ("scatter", "scattergl", "bar", "heatmap"):
            raise StaticExportError(f"no static copy for plotly trace type {t.get('type')!r}")

    width, height = float(layout.get("width") or 900), float(layout.get("height") or 480)
    margin = {"l": 80, "r": 80, "t": 100, "b": 80, **(layout.get("margin") or {})}
    fig_m = Figure(figsize=(width / PX, height / PX), dpi=100)
    left, right = margin["l"] / width, 1 - margin["r"] / width
    bottom, top = margin["b"] / height, 1 - margin["t"] / height

    def paper(x, y):
        return left + x * (right - left), bottom + y * (top - bottom)

    # axes: one matplotlib Axes per (xaxis, yaxis) pair used by a trace
    pairs = list(dict.fromkeys((t.get("xaxis", "x"), t.get("yaxis", "y")) for t in traces)) or [("x", "y")]
    axes, xaxes, yaxes = {}, {}, {}
    for xref, yref in pairs:
        xspec, yspec = layout.get(_axis_key(xref, "x"), {}), layout.get(_axis_key(yref, "y"), {})
        x0, x1 = (xspec or {}).get("domain") or [0, 1]
        y0, y1 = (yspec or {}).get("domain") or [0, 1]
        (ax_l, ax_b), (ax_r, ax_t) = paper(x0, y0), paper(x1, y1)
        axes[(xref, yref)] = fig_m.add_axes([ax_l, ax_b, ax_r - ax_l, ax_t - ax_b])
        xaxes.setdefault(xref, _Axis(xspec))
        yaxes.setdefault(yref, _Axis(yspec))
    for t in traces:
        if t.get("type") == "heatmap":
            continue
        xaxes[t.get("xaxis", "x")].note(t.get("x"))
        yaxes[t.get("yaxis", "y")].note(t.get("y"))

    barmode = layout.get("barmode") or "group"
    bars = [t for t in traces if t.get("type") == "bar"]
    handles = []
    stack_pos: dict = {}
    stack_neg: dict = {}
    for i, t in enumerate(traces):
        key = (t.get("xaxis", "x"), t.get("yaxis", "y"))
        ax, xa, ya = axes[key], xaxes[key[0]], yaxes[key[1]]
        colour = colorway[i % len(colorway)]
        name = plain(t.get("name"))
        label = name if t.get("showlegend", True) is not False and name else None
        kind = t.get("type", "scatter")
        if kind in ("scatter", "scattergl"):
            mode = t.get("mode") or "lines+markers"
            line, marker = t.get("line") or {}, t.get("marker") or {}
            colour = _colour(line.get("color") if "lines" in mode else None, _colour(marker.get("color"), colour))
            xs, ys = xa.pos(t.get("x")), ya.pos(t.get("y"))
            symbol = str(marker.get("symbol") or "circle")
            hollow = symbol.endswith("-open")
            style = dict(color=colour, label=label,
                         linestyle=_DASH.get(line.get("dash") or "solid", "-") if "lines" in mode else "none",
                         linewidth=float(line.get("width") or 2) * 0.75,
                         marker=_SYMBOL.get(symbol.replace("-open", ""), "o") if "markers" in mode else None,
                         markersize=float(marker.get("size") or 6) * 0.75,
                         markerfacecolor="none" if hollow else colour)
            artist, = ax.plot(xs, ys, **style)
            if label:
                handles.append(artist)
        elif kind == "bar":
            horizontal = t.get("orientation") == "h"
            cats, vals = (t.get("y"), t.get("x")) if horizontal else (t.get("x"), t.get("y"))
            cat_axis = ya if horizontal else xa
            pos = cat_axis.pos(cats)
            vals = [0.0 if v is None else float(v) for v in (vals or [])]
            marker_colour = (t.get("marker") or {}).get("color")
            colours = marker_colour if isinstance(marker_colour, list) else _colour(marker_colour, colour)
            size, offset = 0.8, 0.0
            base = [0.0] * len(vals)
            if barmode == "group" and len(bars) > 1:
                group = [b for b in bars if (b.get("xaxis", "x"), b.get("yaxis", "y")) == key]
                size = 0.8 / max(1, len(group))
                place = next(n for n, b in enumerate(group) if b is t)   # by identity: traces hold arrays
                offset = (place - (len(group) - 1) / 2) * size
            elif barmode in ("stack", "relative"):
                base = []
                for p, v in zip(pos, vals):
                    store = stack_pos if v >= 0 else stack_neg
                    base.append(store.get((key, p), 0.0))
                    store[(key, p)] = base[-1] + v
            where = [p + offset for p in pos]
            draw = ax.barh if horizontal else ax.bar
            artist = draw(where, vals, size, base, color=colours, label=label)
            if label:
                handles.append(artist)
        else:  # heatmap
            import numpy as np

            z = np.array(t.get("z") or [[]], dtype=float)
            cmap = _colormap(t.get("colorscale"))
            image = ax.imshow(z, aspect="auto", cmap=cmap, origin="lower")
            xs, ys = list(t.get("x") or range(z.shape[1])), list(t.get("y") or range(z.shape[0]))
            ax.set_xticks(range(len(xs)), [plain(v) for v in xs], rotation=45, ha="right")
            ax.set_yticks(range(len(ys)), [plain(v) for v in ys])
            fmt = re.search(r"%\{z:([^}]*)\}", str(t.get("texttemplate") or ""))
            if fmt:
                for (r, c), v in np.ndenumerate(z):
                    if np.isfinite(v):
                        dark = sum(cmap(image.norm(v))[:3]) < 1.5
                        ax.text(c, r, format(v, fmt.group(1)), ha="center", va="center", fontsize=7,
                                color="white" if dark else "black")
            bar = fig_m.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
            bar.set_label(_text(t, "colorbar", "title"))

    for (xref, yref), ax in axes.items():
        xa, ya = xaxes[xref], yaxes[yref]
        for axis, spec, setter in ((xa, xa.spec, "x"), (ya, ya.spec, "y")):
            if axis.category and axis.categories:
                ticks = range(len(axis.categories))
                labels = [plain(c) for c in axis.categories]
                if setter == "x":
                    ax.set_xticks(ticks, labels, rotation=45 if max(map(len, labels)) > 4 else 0, ha="right")
                else:
                    ax.set_yticks(ticks, labels)
            rng = spec.get("range")
            if rng and len(rng) == 2 and all(isinstance(v, (int, float)) for v in rng):
                (ax.set_xlim if setter == "x" else ax.set_ylim)(*rng)
            if spec.get("autorange") == "reversed":
                (ax.invert_xaxis if setter == "x" else ax.invert_yaxis)()
            title = plain(_get(spec, "title", "text"))
            if title:
                (ax.set_xlabel if setter == "x" else ax.set_ylabel)(title)
        ax.grid(alpha=0.3)
        ax.tick_params(labelsize=8)
    for shape in layout.get("shapes") or []:
        key = next((k for k in axes if _axis_key(k[0], "x") == _axis_key(str(shape.get("xref", "x")).split(" ")[0], "x")), None)
        ax = axes.get(key) or next(iter(axes.values()))
        style = dict(color=_colour(_get(shape, "line", "color"), "#444"),
                     linestyle=_DASH.get(_get(shape, "line", "dash") or "solid", "-"), linewidth=1)
        if shape.get("type") == "line" and shape.get("x0") == shape.get("x1") and "domain" in str(shape.get("yref")):
            ax.axvline(shape["x0"], **style)
        elif shape.get("type") == "line" and shape.get("y0") == shape.get("y1") and "domain" in str(shape.get("xref")):
            ax.axhline(shape["y0"], **style)
    for note in layout.get("annotations") or []:
        if note.get("xref", "paper") == "paper" and note.get("yref", "paper") == "paper":
            x, y = paper(float(note.get("x", 0.5)), float(note.get("y", 1)))
            fig_m.text(x, y, plain(note.get("text")), ha={"left": "left", "right": "right"}.get(
                note.get("xanchor"), "center"), va="bottom" if note.get("yanchor") == "bottom" else "center",
                fontsize=9)
    title = _text(layout, "title")
    if title:
        fig_m.suptitle(title, x=left, ha="left", fontsize=12)
    if handles:
        fig_m.legend(handles=handles, loc="upper left", bbox_to_anchor=(right + 0.01, top), fontsize=8,
                     frameon=False)
    return fig_m


def _colormap(scale):
    from matplotlib import colormaps
    from matplotlib.colors import LinearSegmentedColormap

    if isinstance(scale, str) and scale in colormaps:
        return colormaps[scale]
    if isinstance(scale, (list, tuple)) and scale and all(isinstance(s, (list, tuple)) for s in scale):
        return LinearSegmentedColormap.from_list("plotly", [(float(p), _rgb(c)) for p, c in scale])
    return colormaps["Blues"]


def _rgb(colour: str):
    m = re.fullmatch(r"rgba?\(([^)]*)\)", str(colour).strip())
    if m:
        parts = [float(v) for v in m.group(1).split(",")[:3]]
        return tuple(v / 255 for v in parts)
    return colour
