"""Chinese labels and minus signs render with real glyphs, from the packaged font only."""
from __future__ import annotations

import io
import logging
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

from govreport.views import fonts  # noqa: E402

LABELS = ["地区生产总值", "一般公共预算收入", "研发经费投入占GDP比重", "PM2.5平均浓度（微克/立方米）"]


def render_chart() -> list[str]:
    """Draw a chart with Chinese labels and negative ticks; return glyph warnings raised."""
    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record):
            messages.append(record.getMessage())

    handler = Collect(level=logging.WARNING)
    logger = logging.getLogger("matplotlib")
    logger.addHandler(handler)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig, ax = plt.subplots(figsize=(4, 3))
            ax.bar(LABELS, [3.5, -1.2, 2.0, -0.4])
            ax.set_title("无锡市主要指标：增减（%）")
            ax.set_ylabel("同比增长 −")
            ax.tick_params(axis="x", labelrotation=30)
            fig.savefig(io.BytesIO(), format="png")
            fig.savefig(io.BytesIO(), format="svg")
            plt.close(fig)
        messages += [str(w.message) for w in caught]
    finally:
        logger.removeHandler(handler)
    return [m for m in messages if "missing from font" in m or "Glyph" in m]


def test_packaged_font_is_found():
    path = fonts.cjk_font_path()
    assert path.is_file() and path.name == fonts.FONT_FILE


def test_chinese_chart_has_no_missing_glyphs():
    name = fonts.use_cjk_font()
    assert name == "Noto Sans CJK SC"
    assert matplotlib.rcParams["font.sans-serif"][0] == name
    assert matplotlib.rcParams["axes.unicode_minus"] is False
    assert render_chart() == []


def test_use_cjk_font_is_idempotent():
    first = fonts.use_cjk_font()
    n_fonts = len(matplotlib.font_manager.fontManager.ttflist)
    assert fonts.use_cjk_font() == first
    assert len(matplotlib.font_manager.fontManager.ttflist) == n_fonts
    assert matplotlib.rcParams["font.sans-serif"].count(first) == 1


def test_the_check_detects_missing_glyphs():
    """Without the CJK font the same chart must produce warnings, or the test above proves nothing."""
    with matplotlib.rc_context({"font.family": ["sans-serif"], "font.sans-serif": ["DejaVu Sans"]}):
        assert render_chart()


def test_fontconfig_file_exposes_only_the_packaged_font(tmp_path):
    env = fonts.fontconfig_env(tmp_path)
    conf = tmp_path / "fonts.conf"
    assert env == {"FONTCONFIG_FILE": str(conf)}
    text = conf.read_text("utf-8")
    assert str(tmp_path / "fonts") in text and "Noto Sans CJK SC" in text
    assert [p.name for p in (tmp_path / "fonts").iterdir()] == [fonts.FONT_FILE]
    assert fonts.fontconfig_env(tmp_path) == env  # idempotent
