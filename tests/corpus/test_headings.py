"""Heading patterns and their depth."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govreport.corpus.headings import is_heading_only, match_heading, match_lead_phrase


@pytest.mark.parametrize("line, level, number, title", [
    ("一、2023年工作回顾", 1, "一、", "2023年工作回顾"),
    ("　　二、“十三五”时期主要目标任务和重大举措", 1, "二、", "“十三五”时期主要目标任务和重大举措"),
    ("（一）稳定和完善宏观经济政策，保持经济运行在合理区间。", 2, "（一）", "稳定和完善宏观经济政策，保持经济运行在合理区间"),
    ("第三章 构建现代产业体系", 2, "第三章", "构建现代产业体系"),
    ("第一部分 过去五年工作回顾", 1, "第一部分", "过去五年工作回顾"),
    ("(二)加快建设", 3, "(二)", "加快建设"),
    ("一是着力稳增长调结构防风险。为应对经济下行压力，我们……", 3, "一是", "着力稳增长调结构防风险"),
    ("附件：名词解释", 1, "", "附件：名词解释"),
    ("名词解释", 1, "", "名词解释"),
    ("附表2", 1, "", "附表2"),
])
def test_headings_and_their_levels(line, level, number, title):
    h = match_heading(line)
    assert (h.level, h.number, h.title) == (level, number, title)


@pytest.mark.parametrize("line", [
    "一是要加快发展", "二〇二三年全市经济增长5%。", "十分重要的是，" + "坚持发展" * 20,
    "（一）" + "推进" * 40, "附件中列出的项目，今年全部开工。",
])
def test_prose_is_not_a_heading(line):
    assert match_heading(line) is None


def test_heading_only_and_lead_phrases():
    assert is_heading_only("三、2016年重点工作") and not is_heading_only("（一）聚力稳定经济运行。全年增长5%。")
    assert match_lead_phrase("做大项目增量。全年新开工项目300个。") == "做大项目增量。"
    assert match_lead_phrase("各位代表，过去一年极不平凡。") is None


@given(st.text(max_size=80))
def test_matching_never_raises_and_titles_come_from_the_line(line):
    h = match_heading(line)
    if h is not None:
        assert h.level in (1, 2, 3) and h.title_end <= len(line)
        assert h.title.replace(" ", "") in line.replace(" ", "").replace("\u3000", "") or not h.title
