"""The rendered site works offline, escapes document text, and draws every chart in Chromium."""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import FIXTURE_NOTEBOOK, ROOT
from govreport import paths

HOSTILE = "<script>alert(1)</script>"
CHROMIUM = os.environ.get("GOVREPORT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def site(executed) -> Path:
    """The site rendered from every notebook executed in this session."""
    from govreport.publish import site as site_mod

    assert executed.outputs, executed.errors
    site_dir = executed.build / "site"
    site_mod.render_site(sorted(executed.outputs.values()), site_dir,
                         paths.processed_dir())
    return site_dir


def pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.glob("*.html"))


def test_every_executed_notebook_has_a_page_linked_from_the_index(site, executed):
    index = (site / "index.html").read_text("utf-8")
    for label in executed.outputs:
        assert (site / f"{label}.html").is_file()
        assert f'href="{label}.html"' in index
    assert "data version" in index and "Built" in index
    assert "测试报告 · Fixture report" in index                         # title from the first heading
    assert "A tiny notebook that exercises the site" in index           # description line
    assert "n_years = 3; title = 居民人均可支配收入" in index            # parameters used
    assert "other parameters" in index                                  # batch run title


def test_pages_load_nothing_from_the_network(site):
    remote = re.compile(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*["']?(https?:)?//""", re.I)
    for page in pages(site):
        text = page.read_text("utf-8")
        assert "https://cdn" not in text, page.name
        assert "require.js" not in text and "require.min.js" not in text, page.name
        assert "mathjax" not in text.lower(), page.name
        assert not remote.search(text), f"{page.name}: {remote.search(text).group(0)}"


def test_assets_are_shared_and_pages_stay_light(site):
    assert (site / "assets" / "plotly.min.js").stat().st_size > 1_000_000
    assert (site / "assets" / "itables.js").is_file()
    report = (site / f"{FIXTURE_NOTEBOOK.stem}.html").read_text("utf-8")
    assert '<script src="assets/plotly.min.js"></script>' in report
    assert '<script src="assets/itables.js"></script>' in report
    for page in pages(site):
        assert page.stat().st_size < 1_000_000, f"{page.name} is {page.stat().st_size} bytes"


def test_document_text_is_escaped(site):
    report = (site / f"{FIXTURE_NOTEBOOK.stem}.html").read_text("utf-8")
    assert HOSTILE not in report
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in report


class _LiveMarkup(HTMLParser):
    """Collects markup that would run: event handlers, javascript: URLs, inline scripts that
    are a payload from the hostile report (conftest.HOSTILE_DOC / HOSTILE_ROW)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self._in_script = tag == "script"
        for name, value in attrs:
            value = value or ""
            if (name.startswith("on") and "alert(" in value) or "javascript:alert" in value.replace(" ", ""):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name == "srcdoc" and "alert(" in value:
                self.found.append(f"<{tag} srcdoc>")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script and re.fullmatch(r"\s*alert\((\"|')[^\"']*(\"|')\)\s*", data):
            self.found.append(f"<script>{data.strip()}</script>")


def test_hostile_document_reaches_the_pages_only_as_text(site):
    """The session's corpus holds a report with <script>, onerror=, javascript: ... in its text and
    catalog row; wherever a page shows it, it must be inert text."""
    shown = 0
    for page in pages(site):
        text = page.read_text("utf-8")
        shown += "catalog title" in text or "alert(&quot;gdp&quot;)" in text or 'alert(\\"gdp' in text
        parser = _LiveMarkup()
        parser.feed(text)
        assert not parser.found, f"{page.name}: live markup from a document: {parser.found[:3]}"
    assert shown, "the hostile report appears on no page: this test checks nothing"


def test_index_escapes_titles_and_parameters():
    from govreport.publish.site import Page, index_html

    page = Page(file="x.html", title=HOSTILE, description=HOSTILE, parameters={"q": HOSTILE}, source="x")
    text = index_html([page], version="abc", date="today", title=HOSTILE)
    assert HOSTILE not in text
    assert text.count("&lt;script&gt;") == 5  # <title>, <h1>, link, description, parameters


def test_make_offline_strips_remote_scripts_and_inlined_bundles():
    from govreport.publish.site import HEAD_MARK, make_offline

    page = (f"<head>{HEAD_MARK}<script src=\"https://cdn.example/require.js\"></script>"
            "<link rel='stylesheet' href='//cdn.example/x.css'></head><body>"
            "<script>injectModule(\"" + "QUJD" * 100 + "\")</script>"
            "<script>Plotly.newPlot('a', [])</script></body>")
    out = make_offline(page)
    assert "cdn.example" not in out
    assert "QUJD" not in out
    assert '<script src="assets/plotly.min.js"></script>' in out


def test_rendering_failure_keeps_the_previous_site(site, tmp_path):
    from govreport.publish.site import SiteError, render_site

    before = (site / "index.html").read_bytes()
    broken = tmp_path / "broken.ipynb"
    broken.write_text("{not json", "utf-8")
    with pytest.raises(SiteError, match="broken.ipynb"):
        render_site([broken], site, ROOT / "data" / "processed")
    assert (site / "index.html").read_bytes() == before


# ---------------------------------------------------------------- browser

def _browser_or_skip():
    if os.environ.get("GOVREPORT_SKIP_BROWSER"):
        pytest.skip("GOVREPORT_SKIP_BROWSER is set")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM} (python3 run.py test installs it)")


def test_every_page_works_in_headless_chromium(site):
    """No JavaScript error, no network request, no alert; every chart and table drew."""
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    from govreport.views.fonts import fontconfig_env

    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **fontconfig_env(site.parent / "fontconfig")}
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, env=env)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            current = {"name": ""}
            reports = [p for p in pages(site) if p.name != "index.html"]
            real = [p for p in reports if not p.stem.startswith(FIXTURE_NOTEBOOK.stem)]
            shown = (real or reports)[0]
            page.on("console", lambda m: m.type == "error" and problems.append(f"{current['name']}: console: {m.text}"))
            page.on("pageerror", lambda e: problems.append(f"{current['name']}: pageerror: {e}"))
            page.on("dialog", lambda d: (problems.append(f"{current['name']}: dialog: {d.message}"), d.dismiss()))
            page.on("request", lambda r: r.url.split(":")[0] not in {"file", "data", "blob"}
                    and problems.append(f"{current['name']}: network request: {r.url}"))
            for path in pages(site):
                current["name"] = path.name
                page.goto(path.as_uri(), wait_until="load")
                plots = page.locator(".plotly-graph-div")
                n_plots = plots.count()
                if n_plots:
                    page.wait_for_function(
                        "n => document.querySelectorAll('.plotly-graph-div .main-svg').length >= n",
                        arg=n_plots, timeout=30_000)
                for i in range(n_plots):
                    if plots.nth(i).locator(".main-svg").count() == 0:
                        problems.append(f"{path.name}: plot {i + 1} has no SVG")
                n_tables = page.locator("table[id^='itables_']").count()
                if n_tables:
                    page.wait_for_function(
                        "n => document.querySelectorAll('table.dataTable').length >= n",
                        arg=n_tables, timeout=30_000)
                if path.name == "index.html":
                    page.screenshot(path=str(shots / "index.png"), full_page=True)
                elif path == shown:
                    page.screenshot(path=str(shots / "report.png"), full_page=True)
        finally:
            browser.close()
    assert not problems, "\n".join(problems)
    assert (shots / "index.png").stat().st_size > 0 and (shots / "report.png").stat().st_size > 0
