"""Sentences broken across blank lines or page breaks are joined; headings and titles are not."""
from __future__ import annotations

from govreport.corpus.ledger import Ledger
from govreport.corpus.rejoin import rejoin_broken_sentences


def test_a_sentence_broken_across_a_blank_line_in_the_2021_report_is_joined(wuxi):
    assert "公共资源实现“一市一平台”交易" in wuxi.docs["wx-gwr-2021"].clean_text
    removed = wuxi.tables["removed"]
    assert (removed[removed.doc_id == "wx-gwr-2021"].reason == "rejoined_broken_sentence").any()


def test_joins_mid_sentence_breaks_only():
    text = ("过去一年，全市上下坚持稳中求进工作总基调，统筹推进疫情防控和经济社会发展，公共资源实现“一市一\n\n"
            "平台”交易，营商环境持续优化。\n\n一、2023年工作回顾\n\n二、2024年主要任务\n")
    ledger = Ledger(text)
    assert rejoin_broken_sentences(ledger) == 1
    assert "实现“一市一平台”交易" in ledger.clean
    assert "一、2023年工作回顾\n\n二、2024年主要任务" in ledger.clean


def test_short_title_lines_are_not_joined():
    ledger = Ledger("2024年无锡市人民政府工作报告\n\n各位代表：\n\n现在，我代表市人民政府向大会报告工作。\n")
    assert rejoin_broken_sentences(ledger) == 0


def test_a_subscript_on_its_own_line_is_joined_to_its_name():
    # seed 6121: the national files break PM2.5 and M2 over three lines
    text = ("强化大气污染治理，二氧化硫、氮氧化物排放量分别下降5.6%和4%，74个重点城市细颗粒物（PM\n2.5\n）年均浓度下降9.1%。\n\n"
            "稳健的货币政策灵活适度，广义货币M\n2\n增长11.3%，低于13%左右的预期目标。\n")
    ledger = Ledger(text)
    rejoin_broken_sentences(ledger)
    assert "74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%。" in ledger.clean
    assert "广义货币M2增长11.3%" in ledger.clean


def test_a_line_opening_with_the_verb_of_a_number_continues_the_line_before():
    # seed 6124: the 2021 national report breaks 今年预期目标设定\n为6%以上
    ledger = Ledger("经济增速是综合性指标，今年预期目标设定\n\u200b\n为6%以上，考虑了经济运行恢复情况，有利于引导各方面集中精力推进改革创新。\n")
    from govreport.corpus.debris import strip_debris
    strip_debris(ledger)
    rejoin_broken_sentences(ledger)
    assert "今年预期目标设定为6%以上" in ledger.clean
