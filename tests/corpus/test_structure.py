"""Sections, parts, paragraphs, sentences and tables of real reports in several layouts."""
from __future__ import annotations

import pytest

from corpus.corpus_helpers import needs_realcorpus, real_text
from govreport.corpus.build import build_corpus, clean
from govreport.corpus.structure import analyse
from govreport.lang.spans import norm_key, split_sentences


def _parts(text: str, year: int, doc_type: str = "gov_work_report"):
    ledger, emphasis = clean(text)
    st = analyse(ledger, emphasis, year, five_year_plan=doc_type == "five_year_plan")
    clean_text = ledger.clean

    def part_of(fragment: str) -> set[str]:
        return {p for a, b, *_, p in st.sentences if fragment in clean_text[a:b]}
    return st, clean_text, part_of


@needs_realcorpus
@pytest.mark.parametrize("rel", ["national/cn_national_2016.txt", "national_oneline/cn_national_2016_oneline.txt"])
def test_the_2016_national_report_dates_its_five_year_parts(rel):
    _, _, part_of = _parts(real_text(rel), 2016)
    assert part_of("国内生产总值达到67.7万亿元") == {"review"}
    assert part_of("国内生产总值年均增长7.8%") == {"five_year_review"}  # 过去五年 in the 2015 review
    assert part_of("高铁营业里程达到3万公里") == {"five_year_plan"}  # “十三五”时期主要目标任务
    assert part_of("国内生产总值增长6.5%") == {"plan"}  # 今年发展的主要预期目标是


@needs_realcorpus
def test_jiangsu_reviews_the_plan_period_and_the_year_and_sets_both_goals():
    st, clean_text, part_of = _parts(real_text("provincial/jiangsu_2026.txt"), 2026)
    assert part_of("地区生产总值连续迈上4个万亿元台阶") == {"five_year_review"}
    assert part_of("刚刚过去的2025年") == {"review"}
    assert part_of("地区生产总值年均增长5%左右") == {"five_year_plan"}
    assert part_of("今年是“十五五”开局之年") == {"plan"}


@needs_realcorpus
def test_a_sub_heading_with_task_words_under_a_review_stays_in_the_review():
    _, _, part_of = _parts(real_text("district/hailar_2014.txt"), 2014)
    assert part_of("政府会议和发文数量分别减少14.1%和19.4%") == {"review"}  # （四）政府自身建设取得新成效
    assert part_of("2014年是全面贯彻落实党的十八届三中全会精神") == {"plan"}


def test_parts_of_the_wuxi_reports(wuxi):
    s = wuxi.tables["sentences"]

    def part_of(fragment):
        return set(s[s.text.str.contains(fragment, regex=False)].part)
    assert part_of("由2015年的8681亿元增至12370亿元") == {"five_year_review"}  # the 2021 report's 五年来
    assert part_of("预计全市地区生产总值近1.55万亿元") == {"review"}
    assert part_of("新增国家专精特新“小巨人”企业80家以上") == {"plan"}
    assert part_of("确保生物医药产业规模超过1600亿元") == {"plan"}
    assert part_of("轨道交通投运线路里程突破140公里") == {"five_year_plan"}  # the five-year plan's own text
    sections = wuxi.tables["sections"]
    plan = sections[sections.doc_id == "wx-fyp-14"]
    assert plan[plan.title == "发展基础"].part.tolist() == ["five_year_review"]
    assert set(plan[plan.title.str.startswith("附")].part) == {"annex"}
    lead = sections[(sections.doc_id == "wx-gwr-2022-news") & (sections.title == "推动现代服务业提档升级")]
    assert len(lead) == 1 and lead.level.iloc[0] == 4


def test_a_new_term_report_reviewing_five_years_gets_its_parts(tmp_path):
    report = ("2022年某市人民政府工作报告\n\n第一部分 过去五年工作回顾\n\n五年来，全市地区生产总值年均增长6%。\n\n"
              "第二部分 今后五年的目标任务\n\n到2026年，地区生产总值突破1万亿元。\n\n"
              "第三部分 2022年工作安排\n\n今年全市地区生产总值增长6%左右。\n\n附件\n\n名词解释：新质生产力是……\n")
    (tmp_path / "r.txt").write_text(report, encoding="utf-8")
    c = build_corpus(tmp_path)
    parts = dict(zip(c.tables["sections"].title, c.tables["sections"].part))
    assert parts == {"过去五年工作回顾": "five_year_review", "今后五年的目标任务": "five_year_plan",
                     "2022年工作安排": "plan", "附件": "annex"}
    assert c.tables["documents"].report_year.iloc[0] == 2022


def test_sentence_offsets_point_at_their_text_in_the_raw_file(wuxi):
    for row in wuxi.tables["sentences"].itertuples():
        doc = wuxi.docs[row.doc_id]
        assert doc.clean_text[row.clean_start:row.clean_start + len(row.text)] == row.text
        assert norm_key(row.text)[:1] and norm_key(doc.raw_text[row.char_start:row.char_end])
        assert doc.to_raw(row.clean_start) == row.char_start


def test_plan_tables_are_recognised_and_kept_out_of_sentences(wuxi):
    tables = wuxi.tables["tables"].query("doc_id == 'wx-fyp-14'")
    assert list(tables.title.str[:2]) == ["表1", "表2"]
    sentences = wuxi.tables["sentences"].query("doc_id == 'wx-fyp-14'")
    for t in tables.itertuples():
        inside = sentences[(sentences.char_start >= t.char_start) & (sentences.char_end <= t.char_end)]
        assert inside.empty
    assert not sentences.text.str.contains("年均7.5左右").any()


def test_a_markdown_table_is_a_table_not_sentences(tmp_path):
    report = ("二、2024年主要工作\n\n今年主要目标如下。\n\n表1 主要指标\n\n| 指标 | 2023年 | 2024年目标 |\n|---|---|---|\n"
              "| 地区生产总值增长（%） | 6 | 5.5 |\n| 一般公共预算收入（亿元） | 1195 | 1230 |\n\n加快发展数字经济。\n")
    (tmp_path / "r.txt").write_text(report, encoding="utf-8")
    c = build_corpus(tmp_path)
    assert c.tables["tables"].title.tolist() == ["表1主要指标"]  # the layout space is cleaned
    assert not c.tables["sentences"].text.str.contains("|", regex=False).any()
    assert "加快发展数字经济。" in c.tables["sentences"].text.tolist()


def test_sentence_splitting_respects_quotes_and_brackets():
    text = "他说：“加快发展。推动转型！”随后落实（见附表。）措施；完成任务。"
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces == ["他说：“加快发展。推动转型！”随后落实（见附表。）措施；", "完成任务。"]
