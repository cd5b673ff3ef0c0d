"""What every notebook calls first, and the safe ways to show document text.

``setup()`` makes a notebook render the same in JupyterLab and in the offline site:

- matplotlib uses the packaged CJK font (``govreport.views.fonts``), minus signs included;
- plotly figures are emitted both as plotly's own mimetype (JupyterLab draws that) and as
  a ``<div>`` + ``Plotly.newPlot`` script without plotly.js (nbconvert keeps that). The site
  loads one shared plotly.js per page. Plotly's default renderer leaves no chart in an
  executed notebook, and the ``*_connected``/iframe renderers fetch plotly.js from a CDN;
- interactive tables use itables offline; ``govreport.publish.site`` replaces the ~1 MB of inlined
  DataTables code by one shared asset.

Text taken from documents is untrusted: show it with ``show_text``/``show_table`` or pass
it through ``escape`` before building Markdown/HTML, so a ``<script>`` in a document never runs.
"""
from __future__ import annotations

import html
import itertools
import os
from pathlib import Path
from typing import Any

from govreport.fastimport import skip_iri_grammar

skip_iri_grammar()  # ~2 s less per kernel: plotly → nbformat → jsonschema start-up
RENDERER = "govreport"
_counter = itertools.count(1)


def escape(text: Any) -> str:
    """HTML-escape text from a document (None becomes an empty string)."""
    return html.escape("" if text is None else str(text), quote=True)


def _register_plotly_renderer() -> None:
    import plotly.io as pio
    from plotly.io.base_renderers import MimetypeRenderer

    class OfflineRenderer(MimetypeRenderer):
        """Plotly JSON for JupyterLab + a div relying on a page-global Plotly for HTML export."""

        def to_mimebundle(self, fig_dict):
            # Deterministic ids keep rendered pages stable between runs.
            div = pio.to_html(
                fig_dict, include_plotlyjs=False, include_mathjax=False, full_html=False,
                default_width="100%", default_height="480px", validate=False,
                div_id=f"govreport-plot-{next(_counter)}",
                config={"displaylogo": False, "responsive": True},
            )
            return {
                "application/vnd.plotly.v1+json": {"data": fig_dict.get("data", []),
                                                   "layout": fig_dict.get("layout", {}),
                                                   "config": {"displaylogo": False}},
                "text/html": f'<div class="govreport-plot">{div}</div>',
            }

    pio.renderers[RENDERER] = OfflineRenderer()
    pio.renderers.default = RENDERER


def setup() -> str:
    """Prepare a notebook: CJK font, offline plotly, offline itables. Returns the font name.

    Call it in the first code cell. Safe to call more than once.
    """
    import itables

    from govreport.views.fonts import use_cjk_font

    family = use_cjk_font()
    _register_plotly_renderer()
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


def show_chart(fig, data, name: str, static=None, caption: str | None = None) -> list[Path]:
    """Show a plotly ``fig`` and offer its data: ``data`` (the DataFrame drawn) is written as
    ``build/figures/<name>.csv`` (UTF-8 with BOM, for Excel) and, when a matplotlib ``static``
    copy is given, as ``<name>.png`` and ``<name>.svg`` for slides. Links to the files are
    shown under the chart (the site copies them next to the page). Returns the files written.
    """
    import re

    from IPython.display import HTML, display

    safe = re.sub(r"[^\w.-]+", "_", str(name)).strip("._") or "chart"
    fig.show()
    written = [output_path("figures", f"{safe}.csv")]
    data.to_csv(written[0], index=False, encoding="utf-8-sig", lineterminator="\n")
    if static is not None:
        for fmt in ("png", "svg"):
            path = output_path("figures", f"{safe}.{fmt}")
            static.savefig(path, dpi=120, bbox_inches="tight", metadata={"Date": None} if fmt == "svg" else None)
            written.append(path)
    links = " · ".join(f"<a class='govreport-download' href='figures/{escape(p.name)}' download>"
                       f"{escape(p.suffix[1:].upper())}</a>" for p in written)
    label = escape(caption) + " — " if caption else ""
    display(HTML(f"<p class='govreport-downloads'>{label}Data and images: {links}</p>"))
    return written
