"""What every notebook calls first, and the safe ways to show charts, tables and document text.

``setup()`` makes a notebook render the same in JupyterLab and in the offline site:

- matplotlib uses the packaged CJK font (``govreport.views.fonts``), minus signs included;
- plotly figures are emitted both as plotly's own mimetype (JupyterLab draws that) and as
  a ``<div>`` + ``Plotly.newPlot`` script without plotly.js (nbconvert keeps that). The site
  loads one shared plotly.js per page. Plotly's default renderer leaves no chart in an
  executed notebook, and the ``*_connected``/iframe renderers fetch plotly.js from a CDN;
- the toolbar has no cloud or "edit in Chart Studio" links, and its camera button saves a PNG;
- plotly and matplotlib draw with 20 distinct colours (``PALETTE``) and fonts that carry Chinese;
- interactive tables use itables offline; ``govreport.publish.site`` replaces the ~1 MB of inlined
  DataTables code by one shared asset.

Element ids (charts, tables) are numbered in order, so the same notebook renders to the same
page on every run.

``show_chart(fig, data, name)`` shows a chart with its data: the DataFrame drawn as CSV (UTF-8
with BOM, for Excel) and the chart as PNG and SVG (for slides), linked under the chart. The
files travel inside the executed notebook (mimetype ``FILES_MIME``); the site writes them next
to the page as ``figures/<page>__<name>.<ext>``. In JupyterLab they are also written to
``build/figures/``.

Text taken from documents is untrusted: show it with ``show_text``/``show_table`` or pass
it through ``escape`` before building Markdown/HTML, so a ``<script>`` in a document never runs.
"""
from __future__ import annotations

import base64
import html
import io
import itertools
import os
import re
from pathlib import Path
from typing import Any

from govreport.fastimport import skip_iri_grammar

skip_iri_grammar()  # ~2 s less per kernel: plotly → nbformat → jsonschema start-up
RENDERER = "govreport"
FILES_MIME = "application/vnd.govreport.files+json"   # {file name: base64 content}
PAGE_ENV = "GOVREPORT_PAGE"                          # set by the executor: the page's name
# tab10, then ten of Kelly's colours of maximum contrast that tab10 does not come close to.
PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
           "#bcbd22", "#17becf", "#f3c300", "#875692", "#a1caf1", "#c2b280", "#008856", "#e68fac",
           "#604e97", "#882d17", "#8db600", "#2b3d26"]
# The site ships a subset of Noto Sans CJK SC as "govreport CJK" for CJK characters only
# (publish.site); JupyterLab, which does not know that name, uses the next fonts.
FONT_STACK = ('"govreport CJK", "Open Sans", "Segoe UI", Arial, "Noto Sans CJK SC", "Source Han Sans SC", '
              '"PingFang SC", "Microsoft YaHei", sans-serif')
# plotly.js 3 has no Chart Studio buttons; the cloud options that remain are switched off.
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "showSendToCloud": False, "plotlyServerURL": "",
                 "toImageButtonOptions": {"format": "png", "scale": 2}}
_plots = itertools.count(1)
_tables = itertools.count(1)


def escape(text: Any) -> str:
    """HTML-escape text from a document (None becomes an empty string)."""
    return html.escape("" if text is None else str(text), quote=True)


def page_name() -> str:
    """The page this kernel renders (set by ``govreport notebooks``), or "" in JupyterLab."""
    return re.sub(r"[^\w.-]+", "_", os.environ.get(PAGE_ENV, "")).strip("._")


def _register_plotly_renderer() -> None:
    import plotly.io as pio
    from plotly.io.base_renderers import MimetypeRenderer

    class OfflineRenderer(MimetypeRenderer):
        """Plotly JSON for JupyterLab + a div relying on a page-global Plotly for HTML export."""

        def to_mimebundle(self, fig_dict):
            n = next(_plots)
            config = dict(PLOTLY_CONFIG, toImageButtonOptions={
                **PLOTLY_CONFIG["toImageButtonOptions"], "filename": f"{page_name() or 'chart'}-{n}"})
            div = pio.to_html(
                fig_dict, include_plotlyjs=False, include_mathjax=False, full_html=False,
                default_width="100%", default_height="480px", validate=False,
                div_id=f"govreport-plot-{n}", config=config,
            )
            return {
                "application/vnd.plotly.v1+json": {"data": fig_dict.get("data", []),
                                                   "layout": fig_dict.get("layout", {}),
                                                   "config": config},
                "text/html": f'<div class="govreport-plot">{div}</div>',
            }

    pio.renderers[RENDERER] = OfflineRenderer()
    pio.renderers.default = RENDERER


def _style_plotly() -> None:
    """20 colours and a CJK-capable font in plotly's default and ``plotly_white`` templates
    (the chart builders ask for ``plotly_white`` by name)."""
    import plotly.io as pio

    for name in ("plotly", "plotly_white"):
        template = pio.templates[name]
        template.layout.colorway = PALETTE
        template.layout.font.family = FONT_STACK
    pio.templates.default = "plotly_white"


def _style_matplotlib() -> None:
    import matplotlib
    from cycler import cycler

    matplotlib.rcParams["axes.prop_cycle"] = cycler(color=PALETTE)
    matplotlib.rcParams["svg.hashsalt"] = "govreport"   # stable ids inside SVG files


def setup() -> str:
    """Prepare a notebook: CJK font, offline plotly, offline itables, colours. Returns the
    font name. Call it in the first code cell. Safe to call more than once."""
    import itables

    from govreport.views.fonts import use_cjk_font

    family = use_cjk_font()
    _style_matplotlib()
    _register_plotly_renderer()
    _style_plotly()
    itables.init_notebook_mode(all_interactive=False, connected=False)
    return family


def show_text(text: Any, tag: str = "blockquote") -> None:
    """Display document text, escaped, e.g. a quoted source sentence."""
    from IPython.display import HTML, display

    if tag not in {"blockquote", "p", "pre", "div", "h3", "h4"}:
        raise ValueError(f"unsupported tag {tag!r}")
    css = "" if tag.startswith("h") else " class='govreport-quote'"
    display(HTML(f"<{tag}{css}>{escape(text)}</{tag}>"))


def show_table(df, caption: str | None = None, **options) -> None:
    """Display ``df`` as an interactive (sortable, searchable) table; cell text is escaped."""
    from IPython.display import HTML, display
    from itables import to_html_datatable

    options.setdefault("allow_html", False)  # documents are untrusted: never render cell HTML
    options.setdefault("classes", "display compact")
    options.setdefault("maxBytes", "256KB")
    options.setdefault("table_id", f"itables_govreport_{next(_tables)}")
    display(HTML(to_html_datatable(df, caption=caption, connected=False, **options)))


def output_path(*parts: str | os.PathLike) -> Path:
    """A path under the build folder for files a notebook writes (figures, exports).

    Refuses names that would leave build/ (``..``, absolute paths elsewhere); creates the
    parent folder.
    """
    from govreport.paths import build_dir, inside_build

    base = build_dir()
    path = inside_build(Path(*parts) if parts else Path("."), relative_to=base, base=base)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def chart_files(fig, data, stem: str, static=None) -> tuple[dict[str, bytes], str]:
    """The files of one chart: ``<stem>.csv`` and, drawn from ``static`` (a matplotlib figure)
    or else from ``fig`` itself, ``<stem>.png`` and ``<stem>.svg``. Returns the files and a
    note ("" or why there is no image)."""
    import matplotlib

    from govreport.views.static import StaticExportError, to_matplotlib

    buf = io.StringIO()
    data.to_csv(buf, index=False, lineterminator="\n")
    files = {f"{stem}.csv": buf.getvalue().encode("utf-8-sig")}
    note = ""
    try:
        drawn = static if static is not None else to_matplotlib(fig)
    except StaticExportError as exc:
        return files, f"no image: {exc}"
    except Exception as exc:  # a figure this module misreads costs its images, never the page
        return files, f"no image: the static copy failed ({exc.__class__.__name__}: {exc})"
    with matplotlib.rc_context({"svg.hashsalt": "govreport"}):
        for fmt, meta in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
            out = io.BytesIO()
            drawn.savefig(out, format=fmt, dpi=150, bbox_inches="tight", metadata=meta)
            files[f"{stem}.{fmt}"] = out.getvalue()
    if static is None:
        import matplotlib.pyplot as plt

        plt.close(drawn)
    return files, note


def show_chart(fig, data, name: str, static=None, caption: str | None = None) -> None:
    """Show a plotly ``fig`` and offer its data and images for download.

    ``data`` (the DataFrame drawn) becomes ``<page>__<name>.csv``; the chart becomes
    ``<page>__<name>.png`` and ``.svg``, drawn with matplotlib from ``static`` when given,
    else from ``fig``. Links to the files are shown under the chart; on the site they sit in
    ``figures/`` next to the page. Returns the file names.
    """
    from IPython.display import display

    safe = re.sub(r"[^\w.-]+", "_", str(name)).strip("._") or "chart"
    page = page_name()
    stem = f"{page}__{safe}" if page else safe
    fig.show()
    files, note = chart_files(fig, data, stem, static)
    if not page:  # JupyterLab: the files are also written where the user can find them
        for file, content in files.items():
            output_path("figures", file).write_bytes(content)
    links = " · ".join(
        f"<a class='govreport-download' href='figures/{escape(f)}' download='{escape(f)}'>"
        f"{escape(Path(f).suffix[1:].upper())}</a>" for f in files)
    label = escape(caption) + " — " if caption else ""
    extra = f" <span class='govreport-note'>({escape(note)})</span>" if note else ""
    where = "" if page else f" (saved in {escape(output_path('figures'))})"
    html_text = f"<p class='govreport-downloads'>{label}Data and images: {links}{extra}{where}</p>"
    display({"text/html": html_text,
             FILES_MIME: {f: base64.b64encode(c).decode("ascii") for f, c in files.items()}}, raw=True)
