"""Render executed notebooks into an offline HTML site: build/site/*.html + index.html.

Pages work without a network: nbconvert's CDN scripts (require.js, MathJax, mermaid) are left
out by our template, and the JavaScript pages need is shipped once in ``assets/``:
plotly.js from the installed plotly package, the DataTables bundle from itables, and the
notebook CSS. The site is written into a staging folder and swapped in at the end, so a
failed render leaves the previous site intact.
"""
from __future__ import annotations

import hashlib
import html
import logging
import os
import re
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_FILE = "govreport.html.j2"
SITE_TITLE = "无锡政府工作报告 · Wuxi government work reports"
HEAD_MARK = "<!-- govreport:head -->"
# Any <script src> or stylesheet <link> pointing off the machine.
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*['\"]?(https?:)?//[^>]*>\s*</script>", re.I)
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*['\"]?(https?:)?//[^>]*>", re.I)
# itables' offline init inlines ~1 MB of base64 per page; the shared asset replaces it.
_ITABLES_PAYLOAD = re.compile(r"(inject(?:CSS|Module)\()\"[A-Za-z0-9+/=]{200,}\"\)")


class SiteError(RuntimeError):
    """The site cannot be rendered (no executed notebooks, unreadable notebook, ...)."""


@dataclass(frozen=True)
class Page:
    file: str               # e.g. "01_indicator_trajectories__macro.html"
    title: str
    description: str
    parameters: dict[str, Any]
    source: str             # the notebook it was executed from
    defaults: dict[str, str] = field(default_factory=dict)  # parameters cell: name → value as written


# ---------------------------------------------------------------- reading notebooks

def _strip_markdown(line: str) -> str:
    line = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s*", "", line)
    line = re.sub(r"(\*\*|__|\*|`)", "", line)
    line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)
    return line.strip()


def _first_sentence(text: str, limit: int = 300) -> str:
    if len(text) <= limit:
        return text
    m = re.search(r"^.{40,}?[。？！?!]|^.{40,}?\.(\s|$)", text[:limit])
    return m.group(0).strip() if m else text[: limit - 1].rstrip() + "…"


def describe(nb) -> tuple[str, str]:
    """(title, one-line description) of a notebook: from metadata ``govreport.title`` /
    ``description`` if present, else its first markdown cell (first heading, first paragraph)."""
    meta = nb.metadata.get("govreport", {}) or {}
    title, desc = str(meta.get("title", "") or ""), str(meta.get("description", "") or "")
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        blocks = [b.strip() for b in re.split(r"\n\s*\n", cell.source) if b.strip()]
        for block in blocks:
            lines = block.splitlines()
            if lines[0].lstrip().startswith("#"):
                title = title or _strip_markdown(lines[0])
                lines = lines[1:]
            if lines and not desc:
                desc = " ".join(_strip_markdown(l) for l in lines if l.strip())
        break
    return title, _first_sentence(" ".join(desc.split()))


def default_parameters(nb) -> dict[str, str]:
    """The parameters cell's assignments, ``name → value as written`` (``None`` values left out),
    so the index can say which values a page was computed with."""
    from papermill.translators import papermill_translators

    cells = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if not cells:
        return {}
    quiet = logging.getLogger("papermill")  # it logs every line it cannot parse
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        translator = papermill_translators.find_translator("python", "python")
        found = translator.inspect(cells[0])
    except Exception:  # an unparsable parameters cell only costs the index its detail
        return {}
    finally:
        quiet.setLevel(level)
    return {p.name: p.default for p in found if p.default not in (None, "None")}


def read_page(nb_path: Path) -> tuple[Any, Page]:
    import nbformat

    try:
        nb = nbformat.read(nb_path, as_version=4)
    except Exception as exc:
        raise SiteError(f"cannot read executed notebook {nb_path}: {exc.__class__.__name__}: {exc}") from None
    title, desc = describe(nb)
    meta = nb.metadata.get("govreport_run", {}) or {}
    params = meta.get("parameters")
    if params is None:
        params = (nb.metadata.get("papermill", {}) or {}).get("parameters", {}) or {}
    if meta.get("title") and meta.get("label", "").count("__"):
        title = f"{title or meta.get('source', nb_path.stem)} — {meta['title']}"
    page = Page(file=f"{nb_path.stem}.html", title=title or nb_path.stem, description=desc,
                parameters=dict(params), source=meta.get("source", nb_path.name),
                defaults=default_parameters(nb))
    return nb, page


# ---------------------------------------------------------------- assets

def _nbconvert_css() -> str:
    from jupyter_core.paths import jupyter_path

    for base in jupyter_path("nbconvert", "templates"):
        static = Path(base) / "lab" / "static"
        if (static / "index.css").is_file():
            return "\n".join((static / n).read_text("utf-8") for n in ("index.css", "theme-light.css"))
    raise SiteError("nbconvert's 'lab' template CSS not found (is nbconvert installed?)")


_EXTRA_CSS = """
/* govreport: page frame */
a.anchor-link { display: none; }
.jp-Collapser { display: none; }
* { -webkit-print-color-adjust: exact; }
.govreport-nav { max-width: 1100px; margin: 0 auto; padding: 8px 16px; font: 14px sans-serif; }
.govreport-quote { border-left: 3px solid #bbb; margin: 0.5em 0; padding: 0.2em 0.8em; color: #333; }
/* Chinese text: the reader's own CJK fonts (pages ship no font files, to stay light and offline) */
body, .jp-RenderedHTMLCommon, .dataTable { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC",
  "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif; }
"""


def write_assets(assets: Path) -> None:
    """Copy the shared JavaScript and CSS once into ``assets/``."""
    import plotly
    from itables import options as itables_options
    from itables.javascript import generate_init_offline_itables_html

    assets.mkdir(parents=True, exist_ok=True)
    plotly_js = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not plotly_js.is_file():
        raise SiteError(f"plotly.min.js not found in the plotly package: {plotly_js}")
    shutil.copyfile(plotly_js, assets / "plotly.min.js")
    init = generate_init_offline_itables_html(itables_options.dt_bundle)
    script = re.search(r"<script>(.*?)</script>", init, re.S)
    if not script:
        raise SiteError("unexpected itables offline init code (itables version changed?)")
    (assets / "itables.js").write_text(script.group(1), "utf-8")
    (assets / "notebook.css").write_text(_nbconvert_css() + _EXTRA_CSS, "utf-8")


# ---------------------------------------------------------------- pages

def _exporter():
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(template_name="lab", extra_template_paths=[str(TEMPLATE_DIR)],
                            template_file=TEMPLATE_FILE)
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    tags = TagRemovePreprocessor(
        remove_cell_tags={"remove-cell", "remove_cell"},
        remove_input_tags={"hide-input", "remove-input", "remove_input", "injected-parameters"},
        remove_all_outputs_tags={"remove-output", "remove_output"},
    )
    exporter.register_preprocessor(tags, enabled=True)
    return exporter


def make_offline(page_html: str) -> str:
    """Link the shared assets a page needs and drop anything loaded from another host."""
    page_html = _REMOTE_SCRIPT.sub("", page_html)
    page_html = _REMOTE_LINK.sub("", page_html)
    page_html = _ITABLES_PAYLOAD.sub(r'\1"")', page_html)
    head = []
    if "Plotly.newPlot" in page_html:
        head.append('<script src="assets/plotly.min.js"></script>')
    if "_itables_" in page_html:
        head.append('<script src="assets/itables.js"></script>')
    return page_html.replace(HEAD_MARK, "\n".join(head), 1)


def render_page(exporter, nb, name: str) -> str:
    body, _resources = exporter.from_notebook_node(nb, resources={"metadata": {"name": name}})
    return make_offline(body)


# ---------------------------------------------------------------- index

def data_version(processed_dir: Path) -> str:
    """The build id of the published tables (from their manifest), or a hash of the Parquet
    files of a plain folder; "" when there are none."""
    from govreport.store import manifest, table_dir

    build_id = manifest(processed_dir).get("build_id", "")
    if build_id:
        return build_id
    files = sorted(table_dir(processed_dir).glob("*.parquet"))
    if not files:
        return ""
    h = hashlib.sha256()
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:16]


def build_date() -> str:
    """Now, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%d %H:%M UTC")


def _format_params(params: dict[str, Any]) -> str:
    if not params:
        return "defaults"
    parts = []
    for k in sorted(params):
        v = params[k]
        v = ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else str(v)
        parts.append(f"{k} = {v}")
    return "; ".join(parts)


def _parameter_lines(page: Page) -> list[str]:
    """'parameters: …' (the values passed), then the defaults the page also used."""
    rest = {k: v for k, v in page.defaults.items() if k not in page.parameters}
    rest_text = "; ".join(f"{k} = {v}" for k, v in rest.items())
    if not page.parameters:
        return [f"parameters (defaults): {rest_text}" if rest else "parameters: defaults"]
    lines = [f"parameters: {_format_params(page.parameters)}"]
    if rest:
        lines.append(f"other parameters at their defaults: {rest_text}")
    return lines


def index_html(pages: list[Page], version: str, date: str, title: str = SITE_TITLE) -> str:
    """The index page; every piece of text is escaped."""
    e = html.escape
    rows = []
    for p in pages:
        rows.append(
            f'<li><a href="{e(p.file)}">{e(p.title)}</a>'
            f'<div class="desc">{e(p.description)}</div>'
            + "".join(f'<div class="params">{e(line)}</div>' for line in _parameter_lines(p))
            + "</li>"
        )
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(title)}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }}
ul.reports {{ list-style: none; padding: 0; }}
ul.reports li {{ margin: 0 0 1.1em 0; padding-bottom: 0.6em; border-bottom: 1px solid #eee; }}
ul.reports a {{ font-size: 1.15em; font-weight: 600; text-decoration: none; color: #1a5fb4; }}
.desc {{ margin-top: 0.2em; }}
.params, .meta {{ color: #666; font-size: 0.9em; }}
</style>
</head>
<body>
<h1>{e(title)}</h1>
<p class="meta">Built {e(date)} · data version <code>{e(version)}</code> · {len(pages)} reports</p>
<ul class="reports">
{chr(10).join(rows)}
</ul>
</body>
</html>
"""


# ---------------------------------------------------------------- site

def _swap_into_place(staging: Path, site_dir: Path) -> None:
    old = None
    if site_dir.exists():
        old = site_dir.with_name(f".{site_dir.name}-old-{os.getpid()}")
        os.replace(site_dir, old)
    os.replace(staging, site_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def render_site(executed: list[Path], site_dir: Path, processed_dir: Path,
                report=None) -> Path:
    """Render the executed notebooks into ``site_dir`` (replaced as a whole); returns index.html."""
    report = report or (lambda msg: None)
    if not executed:
        report("site: warning: no executed notebooks; the index will list no reports")
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(site_dir.parent, os.W_OK):
        raise PermissionError(f"output folder is not writable: {site_dir.parent}")
    staging = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-staging-", dir=site_dir.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; the site is meant to be read by others
    try:
        write_assets(staging / "assets")
        exporter = _exporter()
        pages = []
        for i, nb_path in enumerate(sorted(executed), 1):
            t0 = time.monotonic()
            nb, page = read_page(nb_path)
            (staging / page.file).write_text(render_page(exporter, nb, page.title), "utf-8")
            pages.append(page)
            report(f"[{i}/{len(executed)}] rendered {page.file} ({time.monotonic() - t0:.1f} s)")
        (staging / "index.html").write_text(
            index_html(pages, data_version(processed_dir), build_date()), "utf-8")
        _swap_into_place(staging, site_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return site_dir / "index.html"
