"""The rendered site works offline, escapes document text, and draws every chart in Chromium."""
from __future__ import annotations

import os
import re
from contextlib import contextmanager
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
    assert "parameters: title = &quot;居民人均可支配收入&quot;; n_years = 3" in index   # parameters used
    assert "other parameters" in index                                  # batch run title
    assert "<h2>Reports</h2>" in index and "<h2>Batch runs</h2>" in index


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


def fixture_page(site: Path, other: bool = False) -> str:
    name = FIXTURE_NOTEBOOK.stem + ("__other" if other else "")
    return (site / f"{name}.html").read_text("utf-8")


def test_pages_have_contents_a_parameters_box_and_hidden_code(site):
    page = fixture_page(site, other=True)
    assert 'class="jp-Notebook govreport-page govreport-hide-code"' in page
    assert 'id="govreport-code-toggle"' in page and 'src="assets/site.js"' in page
    toc = re.search(r'<nav class="govreport-toc".*?</nav>', page, re.S).group(0)
    assert '<a href="#A-chart-with-its-data">A chart with its data</a>' in toc
    assert '<a href="#Untrusted-text">Untrusted text</a>' in toc
    box = re.search(r'<section class="govreport-params".*?</section>', page, re.S).group(0)
    # a batch page shows the values that produced it, not the notebook's defaults
    assert "&quot;居民人均可支配收入&quot;" in box and "set for this page" in box
    assert "地区生产总值" not in box
    assert "&lt;script&gt;" in box and "<script>" not in box
    # neither the parameters cell nor the injected one shows its code: the box replaces them
    assert 'title = "地区生产总值"' not in page and "injected by govreport" not in page


def test_worked_answers_are_folded(site, executed):
    """Cells tagged 'answer' (the exercises' worked answers) render inside a closed <details>."""
    import json
    import re

    checked = 0
    for label, path in executed.outputs.items():
        nb = json.loads(path.read_text("utf-8"))
        answers = [c for c in nb["cells"] if "answer" in c.get("metadata", {}).get("tags", [])]
        page = site / f"{path.stem}.html"
        if not answers or not page.is_file():
            continue
        html_text = page.read_text("utf-8")
        folded = re.findall(r'<details class="govreport-answer">(.*?)</details>', html_text, re.S)
        assert len(folded) == len(answers), f"{page.name}: {len(folded)} folded of {len(answers)} answers"
        assert "govreport-answer\" open" not in html_text, f"{page.name}: an answer is shown open"
        checked += 1
    assert checked, "no notebook with worked answers was rendered"


def test_chart_files_sit_next_to_their_page(site):
    linked = 0
    for page in site.rglob("*.html"):
        for href in re.findall(r"""href=['"](figures/[^'"]+)['"]""", page.read_text("utf-8")):
            target = page.parent / href
            assert target.is_file(), f"{page.name} links {href}, which is missing"
            linked += 1
    assert linked >= 6
    csv = (site / "figures" / f"{FIXTURE_NOTEBOOK.stem}__other__growth.csv").read_bytes()
    assert csv.startswith("\ufeff".encode()) and csv.decode("utf-8-sig").splitlines()[0] == "年份,数值"
    assert len(csv.decode("utf-8-sig").splitlines()) == 4      # the other run drew 3 years
    png = (site / "figures" / f"{FIXTURE_NOTEBOOK.stem}__growth.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    svg = (site / "figures" / f"{FIXTURE_NOTEBOOK.stem}__growth.svg").read_text("utf-8")
    assert "<svg" in svg and "<text" not in svg   # glyphs are paths: renders without the font
    assert "fixture_report__growth" in fixture_page(site)      # page-specific names: runs never collide


def test_every_chinese_character_on_the_site_is_in_the_shipped_font(site):
    from fontTools.ttLib import TTFont

    from govreport.publish.site import used_characters

    cmap = TTFont(site / "assets" / "govreport-cjk.woff").getBestCmap()
    texts = [p.read_text("utf-8") for p in site.rglob("*.html")]
    cjk = [c for c in used_characters(texts) if "\u2e80" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"]
    assert len(cjk) > 200
    missing = [c for c in cjk if ord(c) not in cmap]
    assert not missing, "".join(missing[:50])
    assert (site / "assets" / "govreport-cjk.woff").stat().st_size < 3_000_000


def test_plotly_toolbar_has_no_cloud_links(site):
    for page in pages(site):
        text = page.read_text("utf-8")
        if "Plotly.newPlot" not in text:
            continue
        assert '"displaylogo": false' in text and '"showSendToCloud": false' in text, page.name
        assert "plot.ly" not in text and "chart-studio" not in text.lower(), page.name


def _copy_executed(executed, tmp_path: Path, names: list[str]) -> list[Path]:
    import shutil

    out = []
    for name in names:
        target = tmp_path / "nb" / executed.outputs[name].name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(executed.outputs[name], target)
        out.append(target)
    return out


def test_site_refuses_pages_of_different_table_builds(executed, tmp_path):
    import json

    from govreport.publish.site import SiteError, render_site

    copies = _copy_executed(executed, tmp_path, [FIXTURE_NOTEBOOK.stem, f"{FIXTURE_NOTEBOOK.stem}__other"])
    nb = json.loads(copies[1].read_text("utf-8"))
    nb["metadata"]["govreport_run"]["tables_build"] = "0123456789abcdef"
    copies[1].write_text(json.dumps(nb), "utf-8")
    with pytest.raises(SiteError, match="different table builds") as err:
        render_site(copies, tmp_path / "build" / "site", paths.processed_dir())
    assert "\n" not in str(err.value) and not (tmp_path / "build" / "site").exists()


def test_site_refuses_pages_of_tables_that_were_rebuilt_since(executed, tmp_path):
    import json
    import shutil

    from govreport.publish.site import SiteError, render_site

    copies = _copy_executed(executed, tmp_path, [FIXTURE_NOTEBOOK.stem])
    rebuilt = tmp_path / "processed"
    shutil.copytree(paths.processed_dir() / "current", rebuilt, symlinks=False)
    manifest = json.loads((rebuilt / "manifest.json").read_text())
    manifest["build_id"] = "feedfeedfeedfeed"
    (rebuilt / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(SiteError, match="now holds build feedfeedfeedfeed"):
        render_site(copies, tmp_path / "build" / "site", rebuilt)


def test_the_same_notebooks_render_to_byte_identical_sites(executed, tmp_path, monkeypatch):
    from govreport.publish.site import render_site

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    names = [FIXTURE_NOTEBOOK.stem, f"{FIXTURE_NOTEBOOK.stem}__other"]
    real = sorted(n for n in executed.outputs if n not in names)[:1]
    sources = [executed.outputs[n] for n in names + real]
    snaps = []
    for run in ("a", "b"):
        site = tmp_path / run / "site"
        render_site(sources, site, paths.processed_dir())
        snaps.append({str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()})
    assert snaps[0] == snaps[1]
    assert "Built 2023-11-14 22:13 UTC" in snaps[0]["index.html"].decode()


def test_executing_twice_renders_identical_pages(executed, tmp_path, monkeypatch):
    """Ids of charts, tables and cells are numbered, not random: two executions of the same
    notebook give the same page, byte for byte."""
    from govreport.publish.execute import Job, run_jobs
    from govreport.publish.site import render_site

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outs = [tmp_path / run / "nb" / f"{FIXTURE_NOTEBOOK.stem}__other.ipynb" for run in ("a", "b")]
    run_jobs([Job(FIXTURE_NOTEBOOK, out, {"title": "居民人均可支配收入", "n_years": 3}, label=out.stem,
                  title="other parameters") for out in outs], cwd=ROOT / "notebooks", workers=2)
    pages_html = []
    for out in outs:
        render_site([out], out.parent.parent / "site", paths.processed_dir())
        pages_html.append((out.parent.parent / "site" / f"{out.stem}.html").read_bytes())
    assert pages_html[0] == pages_html[1]
    assert re.search(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", pages_html[0]) is None


def test_a_running_site_render_makes_a_second_one_refuse(executed, tmp_path):
    from govreport.publish.atomic import PublishError, Release
    from govreport.publish.site import render_site

    site = tmp_path / "build" / "site"
    sources = _copy_executed(executed, tmp_path, [FIXTURE_NOTEBOOK.stem])
    render_site(sources, site, paths.processed_dir())
    before = (site / "index.html").read_bytes()
    (tmp_path / "build" / ".site-old-4242").mkdir()        # left by a killed run of an earlier version
    with Release(site).staging():
        with pytest.raises(PublishError, match="another govreport run is writing"):
            render_site(sources, site, paths.processed_dir())
        assert (site / "index.html").read_bytes() == before
    render_site(sources, site, paths.processed_dir())
    assert sorted(p.name for p in site.parent.iterdir()) == [".site.lock", "site"]


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


def _no_cjk_fontconfig(folder: Path) -> dict[str, str]:
    """A fontconfig that knows only matplotlib's DejaVu fonts: a machine without CJK fonts."""
    import matplotlib

    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{dejavu}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>
""", "utf-8")
    return {"FONTCONFIG_FILE": str(conf)}


@contextmanager
def _serve(folder: Path):
    """The site over HTTP on the loopback address, as it is shared (file:// pages ignore the
    ``download`` attribute: every file is its own origin)."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_site_in_a_browser_without_cjk_fonts_toggle_contents_downloads_print_phone(site, tmp_path):
    """Chromium with no CJK font installed: Chinese comes from the shipped font; code is hidden
    until the toggle; the contents list jumps; chart downloads work; printing hides code and
    shows whole tables; a 390 px phone gets no sideways scrolling."""
    _browser_or_skip()
    from playwright.sync_api import sync_playwright

    shots = ROOT / "build" / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, **_no_cjk_fontconfig(tmp_path / "fontconfig")}
    fixture = site / f"{FIXTURE_NOTEBOOK.stem}__other.html"
    reports = [p for p in pages(site) if p.name != "index.html"]
    real = [p for p in reports if not p.stem.startswith(FIXTURE_NOTEBOOK.stem)]
    with _serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, env=env)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900}, accept_downloads=True)
            page.goto(f"{base}/{fixture.name}", wait_until="load")
            page.wait_for_function("document.fonts.status === 'loaded' && document.querySelector('.main-svg')")
            # Chinese is drawn with the shipped font
            faces = page.evaluate("[...document.fonts].map(f => f.family.replace(/\"/g, '') + ':' + f.status)")
            assert "govreport CJK:loaded" in faces, faces
            for selector in ("h1", "code", "table.dataTable td", ".gtitle"):
                family = page.evaluate(f"getComputedStyle(document.querySelector('{selector}')).fontFamily")
                assert family.replace('"', "").startswith("govreport CJK"), (selector, family)
            # code hidden by default; the toggle shows and hides it
            code = page.locator(".jp-CodeCell .jp-Cell-inputWrapper").first
            toggle = page.locator("#govreport-code-toggle")
            assert not code.is_visible() and toggle.is_visible() and toggle.inner_text() == "Show code"
            toggle.click()
            assert code.is_visible() and toggle.inner_text() == "Hide code"
            toggle.click()
            assert not code.is_visible()
            # contents list
            page.locator(".govreport-toc a", has_text="Untrusted text").click()
            page.wait_for_function("location.hash === '#Untrusted-text'")
            top = page.evaluate("document.getElementById('Untrusted-text').getBoundingClientRect().top")
            assert -2 <= top < 200
            # chart downloads
            link = page.locator("a.govreport-download", has_text="CSV").first
            with page.expect_download() as info:
                link.click()
            download = info.value
            assert download.suggested_filename == f"{FIXTURE_NOTEBOOK.stem}__other__growth.csv"
            assert Path(download.path()).read_bytes().decode("utf-8-sig").startswith("年份,数值")
            for kind in ("PNG", "SVG"):
                with page.expect_download() as info:
                    page.locator("a.govreport-download", has_text=kind).first.click()
                assert info.value.suggested_filename.endswith(f"__growth.{kind.lower()}")
            # the toolbar: no cloud links
            page.hover(".plotly-graph-div")
            titles = page.evaluate("[...document.querySelectorAll('.modebar-btn')].map(b => b.getAttribute('data-title'))")
            assert titles and not [t for t in titles if "Studio" in t or "cloud" in t.lower()], titles
            assert page.locator("a[href*='plot.ly'], a[href*='plotly.com']").count() == 0
            # print: no code, no navigation, whole tables
            toggle.click()   # even with code shown on screen
            rows_on_screen = page.locator("table.dataTable >> nth=-1").locator("tbody tr").count()
            page.emulate_media(media="print")
            page.wait_for_function("document.querySelectorAll('table.dataTable')[document.querySelectorAll('table.dataTable').length - 1].querySelectorAll('tbody tr').length === 40")
            assert rows_on_screen < 40
            assert not code.is_visible() and not page.locator(".govreport-nav").is_visible()
            page.pdf(path=str(shots / "report-print.pdf"))
            page.emulate_media(media="screen")
            # a phone
            phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
            for target in [site / "index.html", fixture, (real or reports)[0]]:
                phone.goto(f"{base}/{target.name}", wait_until="load")
                phone.wait_for_timeout(300)
                width = phone.evaluate("document.documentElement.scrollWidth")
                assert width <= 390, f"{target.name}: {width} px wide on a 390 px phone"
                plots = phone.evaluate("[...document.querySelectorAll('.plotly-graph-div')].map(d => d.getBoundingClientRect().right)")
                assert all(right <= 391 for right in plots), (target.name, plots)
            # charts are drawn after the shipped font loaded: no legend text runs past its box
            for target in reports:
                page.goto(f"{base}/{target.name}", wait_until="load")
                page.wait_for_function("[...document.querySelectorAll('.plotly-graph-div')]"
                                       ".every(d => d.querySelector('.main-svg'))")
                cut = page.evaluate("""[...document.querySelectorAll('.legend')].flatMap(g => {
                    const box = g.querySelector('rect.bg').getBoundingClientRect();
                    return [...g.querySelectorAll('text.legendtext')]
                        .filter(t => t.getBoundingClientRect().right > box.right + 1).map(t => t.textContent); })""")
                assert not cut, f"{target.name}: legend text cut off: {cut}"
            phone.goto(f"{base}/{(real or reports)[0].name}", wait_until="load")
            phone.wait_for_timeout(500)
            phone.screenshot(path=str(shots / "report-phone.png"), full_page=False)
        finally:
            browser.close()
    assert (shots / "report-phone.png").stat().st_size > 0
