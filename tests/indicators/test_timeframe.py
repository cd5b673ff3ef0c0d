"""Time frames from headings and cues, on the layouts of real reports (national 2016/2021, Jiangsu 2026)."""
from types import SimpleNamespace

import pytest

from govreport.indicators.timeframe import Frame, cue_frame, frame_context, heading_frames, heading_level, sentence_frames


@pytest.mark.parametrize("text, level", [
    ("一、2015年工作回顾", 1), ("（一）更好统筹质的有效提升和量的合理增长，经济实力显著增强。", 2),
    ("第三章 构建现代产业体系", 2), ("一是经济持续较快发展。", 0), ("各位代表！", 0),
])
def test_heading_levels(text, level):
    assert heading_level(text) == level


def test_headings_name_their_frames_in_order():
    assert heading_frames("一、2015年工作回顾", 2016) == [Frame("annual_review")]
    assert heading_frames("三、2016年重点工作", 2016) == [Frame("annual_plan")]
    assert heading_frames("二、“十三五”时期主要目标任务和重大举措", 2016) == [Frame("fyp_plan", 2016, 2020)]
    assert heading_frames("二、“十三五”时期发展成就和“十四五”时期主要目标任务", 2021) == [
        Frame("fyp_review", 2016, 2020), Frame("fyp_plan", 2021, 2025)]
    assert heading_frames("一、“十四五”时期和2025年工作回顾", 2026) == [Frame("fyp_review", 2021, 2025), Frame("annual_review")]
    assert heading_frames("二、第一个五年计划概要", 1955) == [Frame("fyp_plan", 1953, 1957)]
    assert heading_frames("四、关于国家的政治生活", 1959) == []


def test_cues():
    assert cue_frame("过去五年，我国发展成就举世瞩目。", 2016) == Frame("fyp_review", 2011, 2015)
    assert cue_frame("“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。", 2021) == Frame("fyp_plan", 2021, 2025)
    assert cue_frame("“十四五”时期是江苏发展历程中极不平凡的五年。", 2026) == Frame("fyp_review", 2021, 2025)
    assert cue_frame("各位代表，刚刚过去的2025年，在以习近平同志为核心的党中央坚强领导下", 2026) == Frame("annual_review")
    assert cue_frame("“八五”期间，我国经济年均增长11%", 1996) == Frame("fyp_review", 1991, 1995)
    assert cue_frame("今年发展的主要预期目标是：", 2016) == Frame("annual_plan")
    assert cue_frame("国内生产总值达到67.7万亿元", 2016) is None


def test_a_mixed_section_turns_at_its_cue():
    # national 2021: one section reviews the 13th plan, then sets the 14th plan's goals
    texts = ["一、2020年工作回顾", "全年国内生产总值增长2.3%。",
             "二、“十三五”时期发展成就和“十四五”时期主要目标任务", "过去五年，我国经济社会发展取得新的历史性成就。",
             "国内生产总值从不到70万亿元增加到超过100万亿元。",
             "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。", "常住人口城镇化率提高到65%。",
             "三、2021年重点工作", "今年发展主要预期目标是：国内生产总值增长6%以上。"]
    sents = [SimpleNamespace(text=t, paragraph_id=f"p{i}") for i, t in enumerate(texts)]
    kinds = [f.kind for f in sentence_frames(sents, 2021, "gov_work_report")]
    assert kinds == ["annual_review", "annual_review", "fyp_review", "fyp_review", "fyp_review",
                     "fyp_plan", "fyp_plan", "annual_plan", "annual_plan"]
    ctx = frame_context(Frame("fyp_plan", 2021, 2025), "gov_work_report", 2021, "plan", False)
    assert (ctx["status"], ctx["year"], ctx["period"], ctx["five_year"]) == ("target", 2025, (2021, 2025), True)
    # no frame: the corpus stage's part decides
    assert frame_context(Frame(""), "gov_work_report", 2021, "review", False)["year"] == 2020
    assert frame_context(Frame(""), "five_year_plan", 2021, "plan", False)["period"] == (2021, 2025)
