"""Place is a dimension: adding another place's reports never changes a Wuxi row."""
from __future__ import annotations

import shutil

import pandas as pd

from corpus.corpus_helpers import RAW
from govreport import store
from govreport.corpus import build as corpus_stage
from govreport.corpus.sources import CorpusTexts
from govreport.indicators import build as indicator_stage

OTHER_CITY = """2025年常州市人民政府工作报告
——2025年1月8日在常州市第十七届人民代表大会第五次会议上
各位代表：
现在，我代表常州市人民政府，向大会报告工作，请予审议。
一、2024年工作回顾
过去一年，全市地区生产总值达到8650亿元，增长6.2%；一般公共预算收入增长3%。
二、2025年主要任务
今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长3%，城镇新增就业12万人。
"""


def _series(raw) -> tuple[pd.DataFrame, pd.DataFrame]:
    corpus, preloaded = corpus_stage.run(raw)
    corpus = {k: store.conform(v, k) for k, v in corpus.items()}
    tables = indicator_stage.run(corpus, CorpusTexts(raw, corpus, preloaded))
    return store.conform(tables["series"], "series"), corpus["documents"]


def test_another_citys_report_leaves_every_wuxi_row_of_series_unchanged(tmp_path):
    before, _ = _series(RAW)
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "changzhou_2025.txt").write_text(OTHER_CITY, encoding="utf-8")  # not in the catalog
    after, documents = _series(raw)
    added = documents.set_index("doc_id").loc["changzhou_2025"]
    assert (added.place, added.level, added.report_year) == ("常州市", "city", 2025)
    wuxi_before = before[before.place == "无锡市"].reset_index(drop=True)
    wuxi_after = after[after.place == "无锡市"].reset_index(drop=True)
    pd.testing.assert_frame_equal(wuxi_before, wuxi_after)
    changzhou = after[after.place == "常州市"]
    assert len(changzhou) and set(after.place) == {"无锡市", "常州市"}
    gdp = changzhou[(changzhou.indicator_id == "gdp") & (changzhou.value == 8650)]
    assert len(gdp) == 1 and gdp.ref_year.iloc[0] == 2024
