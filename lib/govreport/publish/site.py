"""Render executed notebooks into an offline HTML site: build/site/*.html + index.html.

Pages work without a network: nbconvert's CDN scripts (require.js, MathJax, mermaid) are left
out by our template, and what pages need is shipped once in ``assets/``: plotly.js from the
installed plotly package, the DataTables bundle from itables, the notebook CSS, the site's own
CSS and script (code toggle, print), and a subset of Noto Sans CJK SC holding exactly the
characters the site uses, so Chinese renders on a machine without CJK fonts.

Each page has a contents list, a box with the parameter values that produced it, code hidden
until "Show code" is pressed, and, under each chart drawn with ``display.show_chart``, links to
its data (CSV) and images (PNG, SVG) in ``figures/``. Variant runs are pages under
``variants/<name>/``. The site is published all or nothing (``publish.atomic``), only from
notebooks executed on one table build, which must be the build the tables folder holds now.
The same notebooks give byte-identical files (the build date comes from SOURCE_DATE_EPOCH
where it is set).
"""
from __future__ import annotations

import base64
import copy
import hashlib
import html
import json
import os
import re
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath
from typing import Any

from govreport.publish.atomic import Release
from govreport.views.display import FILES_MIME

TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_FILE = "govreport.html.j2"
SITE_TITLE = "政府工作报告 · Government work reports"
HEAD_MARK = "<!-- govreport:head -->"
PAGEHEAD_MARK = "GOVREPORT_PAGEHEAD_7f3a"  # plain text: nbconvert cleans raw HTML cells (comments go)
FONT_FILE = "govreport-cjk.woff"
_FIGURE_FILE = re.compile(r"^[\w.-]+\.(csv|png|svg)$")
# Any <script src> or stylesheet <link> pointing off the machine.
_REMOTE_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*['\"]?(https?:)?//[^>]*>\s*</script>", re.I)
_REMOTE_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*['\"]?(https?:)?//[^>]*>", re.I)
# itables' offline init inlines ~1 MB of base64 per page; the shared asset replaces it.
_ITABLES_PAYLOAD = re.compile(r"(inject(?:CSS|Module)\()\"[A-Za-z0-9+/=]{200,}\"\)")
_HEADING = re.compile(r"<h([23])\s+id=\"([^\"]+)\"[^>]*>(.*?)</h\1>", re.S)


class SiteError(RuntimeError):
    """The site cannot be rendered (no executed notebooks, unreadable notebook, ...)."""


@dataclass(frozen=True)
class Page:
    file: str               # e.g. "01_indicator_trajectories__macro.html", "variants/en/02_plan.html"
    title: str
    description: str
    parameters: dict[str, Any]
    source: str             # the notebook it was executed from
    defaults: dict[str, str] = field(default_factory=dict)  # parameters cell: name → value as written
    kind: str = "default"   # default | batch | variant
    variant: str = ""
    run_title: str = ""     # batch and variant runs: what distinguishes this run
    tables_build: str = ""

    def effective(self) -> list[tuple[str, str, bool]]:
        """(name, value as shown, passed?) for every parameter, in the notebook's order."""
        rows = [(k, _show(self.parameters[k]) if k in self.parameters else v, k in self.parameters)
                for k, v in self.defaults.items()]
        rows += [(k, _show(v), True) for k, v in self.parameters.items() if k not in self.defaults]
        return rows


def _show(value: Any) -> str:
    """A value as it would be written in the parameters cell (JSON reads the same)."""
    return json.dumps(value, ensure_ascii=False)


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
    """The parameters cell's assignments, ``name → value as written``."""
    from govreport.publish.parameters import ParameterError, declared

    try:
        return {p.name: p.default_text for p in declared(nb).values()}
    except ParameterError:
        return {}


def read_page(nb_path: Path) -> tuple[Any, Page]:
    import nbformat

    from govreport.publish.execute import RUN_META

    try:
        nb = nbformat.read(nb_path, as_version=4)
    except Exception as exc:
        raise SiteError(f"cannot read executed notebook {nb_path}: {exc.__class__.__name__}: {exc}") from None
    title, desc = describe(nb)
    meta = nb.metadata.get(RUN_META, {}) or {}
    params = meta.get("parameters")
    if params is None:
        params = (nb.metadata.get("papermill", {}) or {}).get("parameters", {}) or {}
    kind = meta.get("kind") or ("batch" if "__" in nb_path.stem else "default")
    variant = str(meta.get("variant") or "")
    run_title = str(meta.get("title") or "")
    if run_title and kind in ("batch", "variant"):
        title = f"{title or meta.get('source', nb_path.stem)} — {run_title}"
    file = f"{nb_path.stem}.html" if kind != "variant" else f"variants/{variant}/{nb_path.stem}.html"
    page = Page(file=file, title=title or nb_path.stem, description=desc, parameters=dict(params),
                source=meta.get("source", nb_path.name), defaults=default_parameters(nb), kind=kind,
                variant=variant, run_title=run_title, tables_build=str(meta.get("tables_build") or ""))
    return nb, page


# ---------------------------------------------------------------- assets

def _nbconvert_css() -> str:
    from jupyter_core.paths import jupyter_path

    for base in jupyter_path("nbconvert", "templates"):
        static = Path(base) / "lab" / "static"
        if (static / "index.css").is_file():
            return "\n".join((static / n).read_text("utf-8") for n in ("index.css", "theme-light.css"))
    raise SiteError("nbconvert's 'lab' template CSS not found (is nbconvert installed?)")


SITE_CSS = """/* govreport: the page frame, code toggle, contents, parameters, downloads, phone and print */
/* Chinese from the font shipped with the site, first: a system font may claim CJK characters and
   draw empty boxes. unicode-range keeps it to CJK; other characters use the reader's fonts. */
@font-face { font-family: "govreport CJK"; src: url("govreport-cjk.woff") format("woff"); font-display: swap;
  unicode-range: U+2E80-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-2FFFF; }
@font-face { font-family: "govreport CJK"; src: url("govreport-cjk.woff") format("woff"); font-display: swap;
  font-weight: bold; unicode-range: U+2E80-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-2FFFF; }
:root { --govreport-fonts: "govreport CJK", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body, .jp-RenderedHTMLCommon, .dataTable, .govreport-index { font-family: var(--govreport-fonts); }
a.anchor-link, .jp-Collapser { display: none; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
main { max-width: 1100px; margin: 0 auto; }
.govreport-nav { max-width: 1100px; margin: 0 auto; padding: 8px 16px; font-size: 14px; display: flex;
  gap: 1em; align-items: center; flex-wrap: wrap; }
.govreport-button { font: inherit; padding: 3px 10px; border: 1px solid #888; border-radius: 4px;
  background: #f6f6f6; cursor: pointer; }
.govreport-hide-code .jp-CodeCell .jp-Cell-inputWrapper { display: none; }
.govreport-hide-code .jp-CodeCell.jp-mod-noOutputs { display: none; }
.govreport-pagehead { margin: 0.5em 0 1em 0; display: grid; gap: 0.8em; }
.govreport-toc, .govreport-params { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 1em; background: #fafafa; }
.govreport-toc ol { margin: 0.3em 0; padding-left: 1.4em; }
.govreport-toc li.sub { margin-left: 1.2em; list-style: circle; }
.govreport-params table { border-collapse: collapse; font-size: 0.92em; margin: 0.3em 0 0 0; }
.govreport-params td { padding: 1px 10px 1px 0; vertical-align: top; overflow-wrap: anywhere; }
.govreport-params td:first-child, .govreport-params td:first-child code { white-space: nowrap; word-break: normal; }
.govreport-params .default { color: #777; }
.govreport-downloads { font-size: 0.92em; }
.govreport-quote { border-left: 3px solid #bbb; margin: 0.5em 0; padding: 0.2em 0.8em; color: #333; }
.jp-OutputArea-output { overflow-x: auto; max-width: 100%; min-width: 0; }
.govreport-plot { width: 100%; }
body code, body pre, body kbd, body samp, body .cm-editor {
  font-family: "govreport CJK", var(--jp-code-font-family, monospace), monospace !important; }
.jp-OutputArea-output img { max-width: 100%; height: auto; }
.dt-container { max-width: 100%; overflow-x: auto; }
details.govreport-answer { margin: 0.4em 0 0.8em; border-left: 3px solid #c9d6e8; padding: 0.2em 0.8em; }
details.govreport-answer > summary { cursor: pointer; font-weight: 600; color: #1f4e8c; }
@media (max-width: 760px) {  /* lab's own phone rules make outputs table rows: undone */
  .jp-Notebook, body.jp-Notebook { padding: 0 6px; }
  .jp-Cell { padding: 2px 0; }
  .jp-InputPrompt, .jp-OutputPrompt { display: none; }
  .jp-OutputArea-child, .jp-OutputArea-child .jp-OutputArea-output { display: block; width: 100%; margin-left: 0; }
  .jp-RenderedHTMLCommon { padding-right: 0; }
  .govreport-nav { padding: 6px; }
  .jp-RenderedHTMLCommon pre, .jp-InputArea-editor { white-space: pre-wrap; }
}
@media print {
  .govreport-nav, .govreport-button, .modebar, .modebar-container, .dt-search, .dt-paging, .dt-length,
  .dt-info, .govreport-downloads { display: none !important; }
  .jp-CodeCell .jp-Cell-inputWrapper, .jp-CodeCell.jp-mod-noOutputs { display: none !important; }
  .jp-OutputArea-output, .dt-container { overflow: visible !important; }
  .dataTable { width: 100% !important; }
  .dataTable td, .dataTable th { white-space: normal !important; }
  main { max-width: none; }
  .jp-Cell, .js-plotly-plot { break-inside: avoid; }
}
"""

SITE_JS = """/* govreport: code toggle; whole tables when printing */
(function () {
  "use strict";
  var body = document.body;
  var button = document.getElementById("govreport-code-toggle");
  function label() {
    var hidden = body.classList.contains("govreport-hide-code");
    button.textContent = hidden ? "Show code" : "Hide code";
    button.setAttribute("aria-pressed", hidden ? "false" : "true");
  }
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { body.classList.toggle("govreport-hide-code"); label(); });
    label();
  }
  function itables() {
    var key = Object.keys(window).filter(function (k) { return k.indexOf("_itables_") === 0; })[0];
    return key ? Promise.resolve(window[key]) : Promise.resolve(null);
  }
  var saved = [];
  function printing(on) {
    itables().then(function (mod) {
      if (!mod || !mod.jQuery) { return; }
      var $ = mod.jQuery;
      document.querySelectorAll("table.dataTable").forEach(function (node, i) {
        var api = $(node).DataTable();
        if (on) { saved[i] = api.page.len(); api.page.len(-1).draw(false); }
        else if (saved[i] !== undefined) { api.page.len(saved[i]).draw(false); }
      });
    });
  }
  window.addEventListener("beforeprint", function () { printing(true); });
  window.addEventListener("afterprint", function () { printing(false); });
  if (window.matchMedia) {
    var media = window.matchMedia("print");
    var onChange = function (e) { printing(e.matches); };
    if (media.addEventListener) { media.addEventListener("change", onChange); } else { media.addListener(onChange); }
  }
})();
"""

PLOTS_JS = """/* govreport: draw charts once the shipped CJK font is loaded, so plotly measures labels and
   legends with the glyphs it will show (it caches text sizes from the first draw) */
(function () {
  "use strict";
  var Plotly = window.Plotly;
  if (!Plotly || !document.fonts || !document.fonts.load) { return; }
  var ready = null;  // asked for at the first chart: the @font-face rule is parsed by then
  var newPlot = Plotly.newPlot;
  Plotly.newPlot = function () {
    var args = arguments;
    ready = ready || document.fonts.load('16px "govreport CJK"', "\\u4e2d").catch(function () {});
    return ready.then(function () { return newPlot.apply(Plotly, args); });
  };
})();
"""


def write_assets(assets: Path) -> None:
    """Copy the shared JavaScript and CSS once into ``assets/`` (the font comes later, when the
    pages' characters are known)."""
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
    (assets / "notebook.css").write_text(_nbconvert_css(), "utf-8")
    (assets / "site.css").write_text(SITE_CSS, "utf-8")
    (assets / "site.js").write_text(SITE_JS, "utf-8")
    (assets / "plots.js").write_text(PLOTS_JS, "utf-8")


def used_characters(texts: list[str]) -> str:
    """Every non-ASCII character in the pages, including those written as JSON ``\\uXXXX``
    escapes (chart and table data) and HTML entities."""
    chars: set[str] = set()
    for text in texts:
        decoded = re.sub(r"\\+u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
        chars.update(c for c in html.unescape(decoded) if ord(c) > 127)
    return "".join(sorted(chars))


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
        # the parameters box shows the values a page was computed with; the cells would show defaults
        remove_input_tags={"hide-input", "remove-input", "remove_input", "injected-parameters", "parameters"},
        remove_all_outputs_tags={"remove-output", "remove_output"},
    )
    exporter.register_preprocessor(tags, enabled=True)
    return exporter


def make_offline(page_html: str, root: str = "") -> str:
    """Link the shared assets a page needs and drop anything loaded from another host."""
    page_html = _REMOTE_SCRIPT.sub("", page_html)
    page_html = _REMOTE_LINK.sub("", page_html)
    page_html = _ITABLES_PAYLOAD.sub(r'\1"")', page_html)
    head = []
    if "Plotly.newPlot" in page_html:
        head.append(f'<script src="{root}assets/plotly.min.js"></script>')
        head.append(f'<script src="{root}assets/plots.js"></script>')
    if "_itables_" in page_html:
        head.append(f'<script src="{root}assets/itables.js"></script>')
    return page_html.replace(HEAD_MARK, "\n".join(head), 1)


def take_files(nb) -> dict[str, bytes]:
    """Remove the chart files (``display.show_chart``) from the notebook's outputs and return
    them; names are plain file names of known kinds, anything else is refused."""
    files: dict[str, bytes] = {}
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data") or {}
            bundle = data.pop(FILES_MIME, None)
            if not bundle:
                continue
            for name, content in bundle.items():
                if not _FIGURE_FILE.match(name):
                    raise SiteError(f"chart file name not allowed: {name!r}")
                files[name] = base64.b64decode(content)
    return files


def _insert_pagehead_marker(nb) -> None:
    """A marker cell after the first markdown cell (the question), replaced later by the
    contents list and the parameters box."""
    import nbformat

    marker = nbformat.v4.new_markdown_cell(PAGEHEAD_MARK)
    marker.id = "govreport-pagehead"
    first = next((i for i, c in enumerate(nb.cells) if c.cell_type == "markdown"), -1)
    nb.cells.insert(first + 1, marker)


def contents(page_html: str) -> list[tuple[int, str, str]]:
    """(level, id, text) of the page's h2 and h3 headings."""
    out = []
    for level, anchor, inner in _HEADING.findall(page_html):
        text = html.unescape(re.sub(r"<[^>]+>", "", inner)).replace("¶", "").strip()
        if text:
            out.append((int(level), html.unescape(anchor), text))
    return out


def pagehead_html(page: Page, headings: list[tuple[int, str, str]]) -> str:
    e = html.escape
    parts = ['<div class="govreport-pagehead">']
    if headings:
        items = "".join(f'<li class="{"sub" if lvl == 3 else "top"}"><a href="#{e(anchor)}">{e(text)}</a></li>'
                        for lvl, anchor, text in headings)
        parts.append(f'<nav class="govreport-toc" id="govreport-contents" aria-label="Contents">'
                     f'<strong>Contents</strong><ol>{items}</ol></nav>')
    rows = page.effective()
    if rows:
        body = "".join(f'<tr><td><code>{e(k)}</code></td><td><code>{e(v)}</code></td>'
                       f'<td class="{"" if passed else "default"}">{"set for this page" if passed else "default"}</td></tr>'
                       for k, v, passed in rows)
        heading = "Parameters of this page" + (f" ({e(page.run_title)})" if page.run_title else "")
        parts.append(f'<section class="govreport-params" aria-label="Parameters"><strong>{heading}</strong>'
                     f'<table>{body}</table></section>')
    parts.append("</div>")
    return "".join(parts)


def render_page(exporter, nb, page: Page) -> tuple[str, dict[str, bytes]]:
    """The page's HTML and its chart files."""
    nb = copy.deepcopy(nb)
    files = take_files(nb)
    _insert_pagehead_marker(nb)
    root = "../" * (len(PurePosixPath(page.file).parts) - 1)
    body, _resources = exporter.from_notebook_node(
        nb, resources={"metadata": {"name": page.title}, "govreport_root": root})
    body = re.sub(rf"<p>\s*{PAGEHEAD_MARK}\s*</p>|{PAGEHEAD_MARK}", lambda m: pagehead_html(page, contents(body)),
                  body, count=1)
    return make_offline(body, root), files


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


def check_builds(pages: list[Page], processed_dir: Path) -> str:
    """The one table build every page was computed from; refuses pages of several builds, pages
    without a recorded build, and a build other than the one the tables folder holds now."""
    builds: dict[str, list[str]] = {}
    for p in pages:
        builds.setdefault(p.tables_build, []).append(p.file)
    if "" in builds:
        raise SiteError(f"{len(builds[''])} executed notebook(s) record no table build ({builds[''][0]} ...); "
                        "run `govreport notebooks` again")
    if len(builds) > 1:
        listed = "; ".join(f"{b}: {len(f)} page(s)" for b, f in sorted(builds.items()))
        raise SiteError(f"the executed notebooks come from different table builds ({listed}); "
                        "run `govreport notebooks` (and `govreport batch`) again")
    version = next(iter(builds), "")
    current = data_version(processed_dir)
    if version and current and current != version:
        raise SiteError(f"the executed notebooks were run on table build {version}, but {processed_dir} now "
                        f"holds build {current}; run `govreport notebooks` again")
    return version or current


def build_date() -> str:
    """Now, or SOURCE_DATE_EPOCH for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return now.strftime("%Y-%m-%d %H:%M UTC")


def _parameter_lines(page: Page) -> list[str]:
    """'parameters: …' (the values passed), then the defaults the page also used."""
    passed = [f"{k} = {v}" for k, v, p in page.effective() if p]
    rest = [f"{k} = {v}" for k, v, p in page.effective() if not p]
    if not passed:
        return [f"parameters (defaults): {'; '.join(rest)}" if rest else "parameters: defaults"]
    lines = [f"parameters: {'; '.join(passed)}"]
    if rest:
        lines.append(f"other parameters at their defaults: {'; '.join(rest)}")
    return lines


_INDEX_CSS = """
body { max-width: 960px; margin: 2em auto; padding: 0 1em; color: #222; line-height: 1.5; }
ul.reports { list-style: none; padding: 0; }
ul.reports li { margin: 0 0 1.1em 0; padding-bottom: 0.6em; border-bottom: 1px solid #eee; }
ul.reports a { font-size: 1.15em; font-weight: 600; text-decoration: none; color: #1a5fb4; }
.desc { margin-top: 0.2em; }
.params, .meta { color: #666; font-size: 0.9em; overflow-wrap: anywhere; }
@media (max-width: 700px) { body { margin: 1em auto; padding: 0 0.6em; } h1 { font-size: 1.4em; } }
"""


def index_html(pages: list[Page], version: str, date: str, title: str = SITE_TITLE) -> str:
    """The index page: reports, batch runs and variants; every piece of text is escaped."""
    e = html.escape
    groups = [("Reports", [p for p in pages if p.kind == "default"]),
              ("Batch runs", [p for p in pages if p.kind == "batch"]),
              ("Variants", [p for p in pages if p.kind == "variant"])]
    sections = []
    for heading, members in groups:
        if not members:
            continue
        rows = []
        for p in members:
            rows.append(
                f'<li><a href="{e(p.file)}">{e(p.title)}</a>'
                f'<div class="desc">{e(p.description)}</div>'
                + "".join(f'<div class="params">{e(line)}</div>' for line in _parameter_lines(p))
                + "</li>")
        sections.append(f"<h2>{e(heading)}</h2>\n<ul class=\"reports\">\n" + "\n".join(rows) + "\n</ul>")
    return f"""<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{e(title)}</title>
<link rel="stylesheet" href="assets/site.css">
<style>{_INDEX_CSS}</style>
</head>
<body class="govreport-index">
<h1>{e(title)}</h1>
<p class="meta">Built {e(date)} · data version <code>{e(version)}</code> · {len(pages)} pages</p>
{chr(10).join(sections)}
</body>
</html>
"""


# ---------------------------------------------------------------- site

def render_site(executed: list[Path], site_dir: Path, processed_dir: Path, report=None) -> Path:
    """Render the executed notebooks into ``site_dir`` (replaced as a whole); returns index.html."""
    from govreport.views.fonts import subset_font

    report = report or (lambda msg: None)
    if not executed:
        report("site: warning: no executed notebooks; the index will list no reports")
    read = [read_page(p) for p in sorted(executed)]
    pages = [page for _nb, page in read]
    seen: dict[str, str] = {}
    for path, page in zip(sorted(executed), pages):
        if page.file in seen:
            raise SiteError(f"two executed notebooks make the page {page.file}: {seen[page.file]} and {path}")
        seen[page.file] = str(path)
    version = check_builds(pages, processed_dir) if pages else data_version(processed_dir)
    with Release(site_dir, "site").staging() as staging:
        write_assets(staging / "assets")
        exporter = _exporter()
        texts = []
        for i, (nb, page) in enumerate(read, 1):
            t0 = time.monotonic()
            body, files = render_page(exporter, nb, page)
            target = staging / page.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(body, "utf-8")
            for name, content in sorted(files.items()):
                (target.parent / "figures").mkdir(exist_ok=True)
                (target.parent / "figures" / name).write_bytes(content)
            texts.append(body)
            report(f"[{i}/{len(read)}] rendered {page.file} ({len(files)} chart file(s), "
                   f"{time.monotonic() - t0:.1f} s)")
        index = index_html(pages, version, build_date())
        (staging / "index.html").write_text(index, "utf-8")
        texts.append(index)
        font = subset_font(used_characters(texts), staging / "assets" / FONT_FILE)
        report(f"site: CJK font subset {font.stat().st_size // 1024} KB")
    return site_dir / "index.html"
