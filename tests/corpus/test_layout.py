"""One-line layouts: paragraph breaks restored at layout gaps and before headings glued to a sentence."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.corpus_helpers import RAW, covers_exactly_once, needs_realcorpus, real_text
from govreport.corpus.build import clean
from govreport.corpus.headings import match_heading
from govreport.corpus.layout import LONG_LINE, restore_paragraph_breaks
from govreport.corpus.ledger import Ledger
from govreport.corpus.read import read_document


def _headings(text: str) -> list[str]:
    return [h.number + h.title for line in text.split("\n") if (h := match_heading(line)) and h.level == 1]


@needs_realcorpus
def test_a_one_line_national_report_gets_the_paragraphs_of_its_line_version():
    one, lines = real_text("national_oneline/cn_national_2016_oneline.txt"), real_text("national/cn_national_2016.txt")
    assert "\n" not in one
    restored = clean(one)[0].clean
    assert _headings(restored) == _headings(clean(lines)[0].clean) == [
        "一、2015年工作回顾", "二、“十三五”时期主要目标任务和重大举措", "三、2016年重点工作"]
    paras = [p.strip() for p in restored.split("\n") if p.strip()]
    assert paras[:4] == ["政府工作报告", "——2016年3月5日在第十二届全国人民代表大会第四次会议上", "国务院总理 李克强", "各位代表："]
    assert len(paras) > 100


def test_a_heading_glued_to_the_sentence_before_it_starts_a_paragraph():
    body = "过去一年，经济运行保持在合理区间，城镇新增就业1300万人。" * 40
    text = body + "二、2019年经济社会发展总体要求和政策取向今年是新中国成立70周年。" + body
    ledger = Ledger(text)
    assert restore_paragraph_breaks(ledger) == 1
    (edit,) = ledger.edits
    assert (edit.reason, ledger.raw[edit.start:edit.end], edit.replacement) == ("paragraph_break_restored", "。", "。\n")
    assert "\n二、2019年经济社会发展总体要求" in ledger.clean


def test_ordinary_layouts_are_left_alone():
    for path in sorted(RAW.glob("*.txt")):
        text, _ = read_document(path)
        assert max(map(len, text.split("\n"))) < LONG_LINE and restore_paragraph_breaks(Ledger(text)) == 0, path.name
    table_row = "\t指标\t2020年\t2025年\t年均增长\t属性"  # TABs inside a short line are table cells
    assert restore_paragraph_breaks(Ledger(table_row)) == 0


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["过去一年，全市经济增长5%。", "\u3000\u3000", "\t", "   ", "一、2023年工作回顾", "（一）加快发展。",
                                 "今年主要任务是：", "！", " "]), min_size=50, max_size=200))
def test_restoring_breaks_keeps_the_ledger_cover(pieces):
    text = "".join(pieces)
    ledger = Ledger(text)
    restore_paragraph_breaks(ledger)
    covers_exactly_once(ledger)
    assert ledger.clean.replace("\n", "").replace("\t", "").replace(" ", "").replace("\u3000", "") == \
        text.replace("\t", "").replace(" ", "").replace("\u3000", "")
