"""Metadata proposed from a report's own text: accuracy on the real corpus, the Wuxi files, each rule
on short snippets, and fuzzing (it never raises)."""
from __future__ import annotations

import csv
import datetime
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from govreport.corpus.metadata import ProposedMetadata, place_level, propose_metadata
from govreport.corpus.read import read_document

ROOT = Path(__file__).resolve().parents[2]
REALCORPUS = ROOT.parent / "shared" / "realcorpus"
WUXI_RAW = ROOT / "data" / "raw"
FIELDS = ("report_year", "level", "place", "doc_type")


def read_text(path: Path) -> str:
    return read_document(path)[0]


def place_matches(expected: str, proposed: str | None) -> bool:
    """Loose: 呼伦贝尔市海拉尔区 matches 海拉尔区 and the other way round."""
    return bool(proposed) and (expected.endswith(proposed) or proposed.endswith(expected))


def field_ok(field: str, row: dict, m: ProposedMetadata) -> bool:
    if field == "report_year":
        return m.report_year == int(row["report_year"])
    if field == "level":
        return m.level == row["level"]
    if field == "doc_type":  # every manifest file is a government work report
        return m.doc_type == "gov_work_report"
    return place_matches(row["place"], m.place)


# --- (a) accuracy over the real corpus -------------------------------------------------------

@pytest.mark.skipif(not REALCORPUS.exists(), reason="real corpus not available")
@pytest.mark.parametrize("with_file_name", [True, False], ids=["with_file_name", "text_only"])
def test_realcorpus_accuracy(with_file_name):
    rows = list(csv.DictReader((REALCORPUS / "MANIFEST.csv").open(encoding="utf-8")))
    right = dict.fromkeys(FIELDS, 0)
    failures = []
    for row in rows:
        m = propose_metadata(read_text(REALCORPUS / row["file"]), row["file"] if with_file_name else "")
        for field in FIELDS:
            if field_ok(field, row, m):
                right[field] += 1
            else:
                expected = row.get(field, "gov_work_report")
                failures.append(f"{row['file']}: {field} expected {expected!r}, got {getattr(m, field)!r}")
    accuracy = {f: right[f] / len(rows) for f in FIELDS}
    print(f"\nfile name {'given' if with_file_name else 'hidden'}: {len(rows)} files, "
          + ", ".join(f"{f} {accuracy[f]:.1%}" for f in FIELDS))
    print("\n".join(failures) or "no failures")
    assert all(a >= 0.95 for a in accuracy.values()), failures


# --- (b) the Wuxi files ------------------------------------------------------------------------

def _wuxi_rows():
    return list(csv.DictReader((WUXI_RAW / "catalog.csv").open(encoding="utf-8-sig")))


@pytest.mark.parametrize("row", _wuxi_rows(), ids=lambda r: r["doc_id"])
@pytest.mark.parametrize("with_file_name", [True, False], ids=["with_file_name", "text_only"])
def test_wuxi_catalog(row, with_file_name):
    m = propose_metadata(read_text(WUXI_RAW / row["file"]), row["file"] if with_file_name else "")
    assert m.doc_type == row["doc_type"]
    # Newspaper fragments may carry no year or place at all; then abstaining is right, guessing is not.
    complete = row["version"] != "newspaper"
    assert m.report_year == int(row["report_year"]) or (not complete and m.report_year is None)
    assert m.place == "无锡市" or (not complete and m.place is None)
    assert m.level == "city" or (not complete and m.level is None)


# --- (c) the rules on short snippets -----------------------------------------------------------

def meta(text: str, file_name: str = "") -> ProposedMetadata:
    return propose_metadata(text, file_name)


def rules(m: ProposedMetadata, field: str) -> set[str]:
    return {e.rule for e in m.evidence if e.field == field}


def test_title_line_gives_year_place_and_level():
    m = meta("2024年无锡市人民政府工作报告\n各位代表：\n")
    assert (m.report_year, m.place, m.level, m.title) == (2024, "无锡市", "city", "2024年无锡市人民政府工作报告")
    assert m.doc_type == "gov_work_report" and "title" in rules(m, "report_year")


@pytest.mark.parametrize("title, year, place, level", [
    ("2026年浙江省政府工作报告", 2026, "浙江省", "province"),
    ("2023 年沛县人民政府工作报告", 2023, "沛县", "county"),
    ("甘孜藏族自治州2024年政府工作报告", 2024, "甘孜藏族自治州", "city"),
    ("2024年锡林郭勒盟政府工作报告", 2024, "锡林郭勒盟", "city"),
    ("二〇二二年广西壮族自治区人民政府工作报告", 2022, "广西壮族自治区", "province"),
    ("2025年重庆市人民政府工作报告", 2025, "重庆市", "province"),
    ("2019年国务院政府工作报告", 2019, "中国", "national"),
])
def test_titles_of_other_places(title, year, place, level):
    m = meta(f"{title}\n各位代表：")
    assert (m.report_year, m.place, m.level) == (year, place, level)


def test_title_split_over_two_lines():
    m = meta("某某县人民政府\n政府工作报告\n各位代表：")
    assert (m.place, m.level) == ("某某县", "county")


def test_national_dateline_and_congress():
    m = meta("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n国务院总理 李强\n各位代表：\n"
             "现在，我代表国务院，向大会报告政府工作。")
    assert (m.report_year, m.place, m.level) == (2023, "中国", "national")
    assert m.report_date == "2023-03-05" and m.congress == "第十四届全国人民代表大会第一次会议"
    assert m.title == "政府工作报告" and "dateline" in rules(m, "report_year")


def test_chinese_numeral_dateline():
    m = meta("政府工作报告\n——二〇二三年一月十日在成都市第十七届人民代表大会第三次会议上\n各位代表：")
    assert (m.report_year, m.report_date, m.place, m.level) == (2023, "2023-01-10", "成都市", "city")
    assert m.congress == "成都市第十七届人民代表大会第三次会议"


def test_dateline_with_blank_day():
    m = meta("政府工作报告\n（2016年1月 日在无锡市第十六届人民代表大会第五次会议上）\n各位代表：")
    assert (m.report_year, m.report_date, m.place) == (2016, "2016-01", "无锡市")


def test_dateline_without_a_date_and_a_month_line():
    m = meta("中华人民共和国\n\n政府工作报告\n\n——在第十四届全国人民代表大会第三次会议上\n\n2025年3月\n\n"
             "一、过去一年工作回顾\n\n过去一年，……")
    assert (m.report_year, m.report_date, m.place, m.level) == (2025, "2025-03", "中国", "national")
    assert m.title == "中华人民共和国政府工作报告" and m.congress == "第十四届全国人民代表大会第三次会议"


def test_title_and_dateline_on_one_line():
    m = meta("政府工作报告——二○一五年三月五日在第十二届全国人民代表大会第三次会议上\n各位代表：")
    assert (m.title, m.report_year, m.report_date) == ("政府工作报告", 2015, "2015-03-05")


def test_dateline_run_into_the_signature():  # PDF text layers lose the line break
    m = meta("政府工作报告\n——2025年1月14日在某某市第十七届人民代表大会第三次会议上某某市人民政府市长某某\n各位代表：")
    assert (m.report_year, m.report_date, m.place, m.level) == (2025, "2025-01-14", "某某市", "city")


def test_a_session_mentioned_in_the_body_is_not_a_dateline():
    m = meta("各位代表：\n在第一届全国人民代表大会的四年多的任期中间，我们……\n我代表国务院报告工作。")
    assert m.report_year is None and m.congress is None


def test_html_tags_are_debris():
    m = meta('2019年某某市人民政府工作报告<script>alert("x")</script>\n\n——2019年1月15日在某某市第十六届人民代表大会'
             '第三次会议上\n\n各位代表：\n一、2018年工作回顾<img src=x onerror=alert(1)>')
    assert (m.title, m.report_year, m.place) == ("2019年某某市人民政府工作报告", 2019, "某某市")


def test_abbreviated_congress_in_dateline():
    m = meta("政府工作报告\n——2024年1月8日在市十七届人大四次会议上\n各位代表：\n现在，我代表某某市人民政府向大会报告工作。")
    assert (m.report_year, m.report_date, m.place, m.level) == (2024, "2024-01-08", "某某市", "city")


def test_compound_district_place():
    m = meta("政府工作报告\n——2014年2月19日在呼伦贝尔市海拉尔区第十五届人民代表大会第三次会议上\n各位代表：")
    assert (m.place, m.level) == ("呼伦贝尔市海拉尔区", "district")


def test_full_width_text_keeps_offsets_into_the_original():
    text = "政府工作报告\n——２０２３年３月５日在第十四届全国人民代表大会第一次会议上\n各位代表："
    m = meta(text)
    assert m.report_year == 2023 and m.report_date == "2023-03-05"
    ev = next(e for e in m.evidence if e.rule == "dateline" and e.field == "report_year")
    assert text[ev.char_start:ev.char_start + 4] == "２０２３"


@pytest.mark.parametrize("speaker, place, level", [
    ("我代表国务院", "中国", "national"),
    ("我受国务院的委托", "中国", "national"),
    ("我代表中央人民政府", "中国", "national"),
    ("我代表某某县人民政府", "某某县", "county"),
    ("我代表鄂尔多斯市人民政府", "鄂尔多斯市", "city"),
    ("我代表上海市人民政府", "上海市", "province"),
    ("我代表北京市朝阳区人民政府", "北京市朝阳区", "district"),
    ("我代表内蒙古自治区人民政府", "内蒙古自治区", "province"),
    ("我代表达拉特旗人民政府", "达拉特旗", "county"),
    ("我代表无锡市市人民政府", "无锡市", "city"),  # a doubled suffix, as OCR leaves it
])
def test_speaker_line(speaker, place, level):
    m = meta(f"各位代表：\n现在，{speaker}，向大会报告工作，请予审议。")
    assert (m.place, m.level) == (place, level)


@pytest.mark.parametrize("speaker, level", [("我代表市人民政府", "city"), ("我代表区政府", "district"),
                                            ("我代表县人民政府", "county"), ("我代表省人民政府", "province")])
def test_speaker_without_a_name_gives_only_the_level(speaker, level):
    m = meta(f"各位代表：\n现在，{speaker}向大会报告工作。")
    assert (m.place, m.level) == (None, level)


def test_unnamed_speaker_with_named_dateline():
    m = meta("政府工作报告\t——2024年1月15日在鄂尔多斯市第五届人民代表大会第四次会议上\t各位代表：\t"
             "现在，我代表市人民政府，向大会报告工作。\t一、2023年工作回顾\t过去一年……")
    assert (m.report_year, m.place, m.level) == (2024, "鄂尔多斯市", "city")


def test_national_words_in_a_local_report_do_not_make_it_national():
    m = meta("各位代表：\n现在，我代表某某市人民政府，向大会报告工作。\n国务院总理李强来我市考察，"
             "要求我们认真落实党中央、国务院决策部署，代表国务院向全市人民致以问候。")
    assert (m.place, m.level) == ("某某市", "city")


def test_delegated_speaker():
    m = meta("各位代表：\n现在，我受某某县人民政府委托，向大会报告工作。")
    assert (m.place, m.level) == ("某某县", "county")


def test_a_year_compared_against_is_not_the_year_reviewed():
    m = meta("各位代表：\n我代表某某市人民政府报告工作。\n刚刚过去的一年，全市地区生产总值比2022年增长5%。")
    assert m.report_year is None


def test_phrases_next_to_government_are_not_places():
    m = meta("各位代表对政府工作提出了意见。人大代表和政协委员对政府工作的监督。")
    assert m.place is None


@pytest.mark.parametrize("body, year", [
    ("一、2023年工作回顾\n过去一年，全市上下……", 2024),
    ("一、１９９３年国内工作的回顾和１９９４年工作的基本方针\n过去的一年……", 1994),
    ("一、过去一年工作回顾\n2023年，全县经济稳中有进。", 2024),
    ("一、一年来工作回顾\n过去的一年……\n二、2004年主要任务\n今年……", 2004),
    ("刚刚过去的2023年，是极不平凡的一年。", 2024),
    ("一、“十三五”时期工作回顾\n五年来……", 2021),
    ("首先报告２００１年的工作\n新世纪第一年……", 2002),
    ("二、2018年经济社会发展总体要求和政策取向\n今年是……", 2018),
])
def test_review_and_plan_headings(body, year):
    assert meta(f"各位代表：\n现在，我代表某某县人民政府向大会报告工作。\n{body}").report_year == year


def test_plan_heading_for_next_year_is_not_the_report_year():
    # autumn reports plan the coming year; the current-year phrases decide instead
    m = meta("各位代表：\n我代表国务院作报告。\n一、当前经济形势\n1980年上半年工业增长较快，1980年预计完成计划。\n"
             "二、1981年国民经济计划的任务\n……")
    assert m.report_year == 1980


@pytest.mark.parametrize("sentence, year", [
    ("今年是中华人民共和国成立75周年，做好今年工作意义重大。", 2024),
    ("今年是中国共产党成立100周年。", 2021),
    ("今年是“十四五”规划收官之年。", 2025),
    ("今年是“十五”计划的开局之年。", 2001),
    ("2024年是实现“十四五”规划目标任务的关键一年。", 2024),
    ("2023年是全面贯彻党的二十大精神的开局之年，全县经济取得了新的成就。", 2024),
    ("1987年，我们要继续扩大对外开放。", 1987),
])
def test_this_year_is(sentence, year):
    assert meta(f"各位代表：\n{sentence}").report_year == year


@pytest.mark.parametrize("text, year", [
    ("各位代表：\n我代表国务院向第十三届全国人民代表大会第二次会议报告政府工作。", 2019),
    ("各位代表：\n我代表国务院，向第五届全国人民代表大会作政府工作报告。", 1978),
    ("各位代表：\n我们第一届全國人民代表大會第一次會議，已经完成了任务。现在，我代表中央人民政府作工作报告。", 1954),
    ("各位代表：\n从去年九月第五届全国人民代表大会第三次会议到现在，已经一年了。我代表国务院报告。", 1981),
    ("各位代表：\n我代表国务院报告。\n第十一届全国人民代表大会第一次会议以来的五年，是极不平凡的五年。", 2013),
    ("各位代表：\n本届政府从2018年3月就职，到现在已经五年了。我代表国务院向大会报告过去五年的工作。", 2023),
    ("各位代表：\n现在，我代表国务院，向大会作关于国民经济和社会发展第七个五年计划的报告。", 1986),
])
def test_national_congress_and_elapsed_time(text, year):
    m = meta(text)
    assert (m.report_year, m.level) == (year, "national")


def test_session_numbers_are_not_read_for_local_congresses():
    m = meta("各位代表：\n我代表某某县人民政府，向第十届人民代表大会第二次会议报告工作。")
    assert m.report_year is None


def test_news_agency_dateline_is_skipped():
    m = meta("新华社北京3月12日电\t政府工作报告\t——2024年3月5日在第十四届全国人民代表大会第二次会议上\t"
             "国务院总理 李强\t各位代表：")
    assert (m.report_year, m.report_date, m.place, m.title) == (2024, "2024-03-05", "中国", "政府工作报告")


def test_wikisource_header_with_navigation_links():
    m = meta("政府工作报告（2017年）\n作者：李克强\n2017年3月5日\n←2016年国务院政府工作报告\n"
             "2018年国务院政府工作报告→\n各位代表：\n现在，我代表国务院，向大会报告政府工作。")
    assert (m.report_year, m.report_date, m.place, m.level) == (2017, "2017-03-05", "中国", "national")
    assert m.title == "政府工作报告(2017年)"


def test_title_broken_over_lines():
    m = meta("\u200b\n政府工作报\n告\n——2021年3月5日在第十三届全国人民代表大会第四次会议上\n各位代表：")
    assert (m.title, m.report_year) == ("政府工作报告", 2021)


def test_web_page_debris_before_the_title_and_links_after():
    m = meta("首页 > 政务公开\n下载\n打印\n【字号：大 中 小】\n2025年某某县人民政府工作报告\n"
             "来源：某某县人民政府 时间：2025-01-27\n各位代表：\n现在，我代表县人民政府向大会报告工作。\n"
             "相关报告：\n2024年某某县人民政府工作报告")
    assert (m.report_year, m.place, m.level, m.title) == (2025, "某某县", "county", "2025年某某县人民政府工作报告")


def test_one_line_report():
    text = ("各位代表：　　现在，我代表浙江省人民政府，向大会报告工作，请予审议。　　一、2023年工作回顾　　"
            "过去一年，全省上下……　　二、2024年主要任务　　今年……")
    assert "\n" not in text
    m = meta(text)
    assert (m.report_year, m.place, m.level) == (2024, "浙江省", "province")


@pytest.mark.parametrize("file_name, year, place", [
    ("cn_national_2016.txt", 2016, None),
    ("2012.txt", 2012, None),
    ("hailar_2013.txt", 2013, None),  # pinyin is not a place
    ("2024年江苏省政府工作报告.txt", 2024, "江苏省"),
    ("/some/dir/2023年某某县人民政府工作报告.txt", 2023, "某某县"),
    ("000_67847063f97f6ac5.txt", None, None),  # a hash is not a year
    ("report-20240105.txt", None, None),
])
def test_file_name(file_name, year, place):
    m = meta("各位代表：\n现在，向大会报告工作。", file_name)
    assert (m.report_year, m.place) == (year, place)
    assert all(e.char_start == -1 for e in m.evidence if e.rule == "file_name")


def test_text_beats_file_name_and_the_disagreement_is_noted():
    m = meta("政府工作报告\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n各位代表：", "cn_national_2016.txt")
    assert m.report_year == 2017
    assert "file name says 2016, dateline says 2017" in m.notes


def test_title_and_dateline_disagreement_is_noted():
    m = meta("2023年某某市人民政府工作报告\n——2024年1月10日在某某市第九届人民代表大会第三次会议上\n各位代表：")
    assert m.report_year == 2024 and "title says 2023, dateline says 2024" in m.notes


def test_agreeing_sources_give_no_notes():
    m = meta("2024年某某市人民政府工作报告\n——2024年1月10日在某某市第九届人民代表大会第三次会议上\n各位代表：\n"
             "现在，我代表某某市人民政府向大会报告工作。\n一、2023年工作回顾\n……", "2024年某某市人民政府工作报告.txt")
    assert m.notes == ()


@pytest.mark.parametrize("text, year, place, level", [
    ("成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n第一篇 发展基础", 2021, "成都市", "city"),
    ("中华人民共和国国民经济和社会发展第十一个五年规划纲要\n第一篇", 2006, "中国", "national"),
    ("序言\n根据《中共某某市委关于制定某某市国民经济和社会发展第十三个五年规划的建议》编制的"
     "《某某市国民经济和社会发展第十三个五年规划纲要》，主要阐明……", 2016, "某某市", "city"),
])
def test_five_year_plan_outline(text, year, place, level):
    m = meta(text)
    assert (m.doc_type, m.report_year, m.place, m.level) == ("five_year_plan", year, place, level)


def test_speech_about_a_plan_is_a_work_report():
    m = meta("各位代表：\n现在，我代表国务院，向大会作关于国民经济和社会发展第十个五年计划纲要的报告。")
    assert m.doc_type == "gov_work_report"


def test_unrelated_text_is_other_and_empty():
    m = meta("今天天气很好，我们去公园散步。")
    assert (m.doc_type, m.report_year, m.place, m.level, m.title) == ("other", None, None, None, None)
    assert meta("").evidence == ()


def test_traditional_characters():
    m = meta("各位代表：\n現在，我代表國務院向第一屆全國人民代表大會第二次會議提出報告。")
    assert (m.report_year, m.place, m.level) == (1955, "中国", "national")


# --- (d) never raises --------------------------------------------------------------------------

_PIECES = ["政府工作报告", "各位代表：", "我代表", "人民政府", "国务院", "第十四届", "全国", "人民代表大会", "第一次会议",
           "在", "上", "——", "年", "月", "日", "二〇二三", "2023", "１９９３", "十", "一、", "工作回顾", "主要任务", "今年是",
           "成立", "周年", "“十四五”", "规划", "纲要", "国民经济和社会发展第", "个五年", "市", "县", "区", "省", "自治区",
           "旗", "从", "到现在", "去年", "\n", "\t", "　　", "，", "。", "（", "）", "←", "\u200b"]


@settings(max_examples=400, deadline=None)
@given(st.text(), st.text())
def test_never_raises_on_arbitrary_text(text, file_name):
    assert isinstance(propose_metadata(text, file_name), ProposedMetadata)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=40).map("".join),
       st.lists(st.sampled_from(_PIECES + ["_", ".txt", "2016"]), max_size=6).map("".join))
def test_never_raises_on_report_like_text(text, file_name):
    m = propose_metadata(text, file_name)
    assert m.doc_type in {"gov_work_report", "five_year_plan", "other"}
    assert m.level in {None, "national", "province", "city", "district", "county"}
    assert m.report_year is None or 1949 <= m.report_year <= 2110
    if m.report_date and len(m.report_date) == 10:
        datetime.date.fromisoformat(m.report_date)


@pytest.mark.parametrize("name, level", [("江苏省", "province"), ("海拉尔区", "district"), ("中国", "national"),
                                         ("沛县", "county"), ("无锡市", "city"), ("上海市", "province"),
                                         ("", None), ("各位代表", None)])
def test_place_level(name, level):
    assert place_level(name) == level


def test_evidence_names_the_rule_and_the_words():
    m = meta("政府工作报告\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。")
    text = m.evidence_text()
    assert "report_year=2023 (dateline@9: 2023年3月5日在第十四届全国人民代表大会第一次会议)" in text
    assert "place=中国 (dateline@19: 第十四届全国人民代表大会第一次会议)" in text
    assert "title=政府工作报告 (title@0: 政府工作报告)" in text and "report_date=2023-03-05" in text


def _normalise_char_by_char(text: str) -> str:
    """The definition ``metadata._normalise`` implements with a lookup table: each character's
    NFKC form when it is one character, then invisibles to spaces and traditional to simplified."""
    import re
    import unicodedata

    from govreport.corpus import metadata
    from govreport.lang.simplified import simplified_table

    out = "".join(n if len(n) == 1 else c for n, c in ((unicodedata.normalize("NFKC", c), c) for c in text))
    out = out.translate(metadata._INVISIBLE).translate(simplified_table())
    return re.sub(metadata._HTML, lambda m: " " * len(m.group()), out)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("國會議屆報區縣 政府工作报告２０２４年（）：，。<p>\u200b\ufeff\u3000ﬁ㎏①⑴"),
                                  st.characters()), max_size=60))
def test_normalising_maps_each_character_as_nfkc_would_and_keeps_offsets(text):
    from govreport.corpus.metadata import _normalise

    out = _normalise(text)
    assert out == _normalise_char_by_char(text) and len(out) == len(text)


_PATTERN_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(list("1290一二三四五六七八九十〇○零Oo今年是要上半预计第季度部分(),、.。;“”"
                                          " \n\t首先报告回顾过去刚的到至在于前人民政府市长省县无锡我们时期工作任务取得")),
            max_size=80),
    st.lists(st.sampled_from(["首先报告", "2023", "1 9 9 8", "二〇二三", "一九九八", "年", "一、", "十二.", "(三)", "第二部分",
                              "回顾", "过去", "去年", "一年来", "刚刚过去的", "今年", "是", "要", "我们", "上半年", "第三季度",
                              "预计", "人民政府", "市长", "无锡市", "江阴", "“十四五”", "时期", "对", "工作", "计划", "取得",
                              "到", "在", "0.", "12", " ", "  ", "\n", ",", "。", "的",
                              # whole matches, so every pattern and every kind of start is met
                              "首先报告 2023年", "一、2023年工作回顾", "二、对二〇二四年工作的建议", "(三)“十四五”时期工作回顾",
                              "一、过去一年回顾2023年", "刚刚过去的二〇二三年", "今年是", "二〇二三年,是", "2024年上半年",
                              "1 9 9 8 年要", "呼伦贝尔市海拉尔区乌兰浩特市阿尔山市人民政府市长", "江苏省人民政府 省长"]),
             max_size=25).map("".join))


@settings(max_examples=400, deadline=None)
@given(_PATTERN_TEXT)
@example("首先报告 2023年")
@example("去年二〇二三年,是")
@example("呼伦贝尔市海拉尔区乌兰浩特市阿尔山市人民政府市长")
def test_patterns_tried_only_where_a_match_can_start_find_what_finditer_finds(text):
    """``_finditer`` tries a body pattern only at the characters its matches begin with, and
    ``_finditer_near`` only before the anchor of the signature line: both find exactly the
    matches (spans and groups) of trying every position."""
    from govreport.corpus import metadata as M

    found = lambda matches: [(m.span(), m.groupdict()) for m in matches]
    for pattern in M._STARTS:
        assert found(M._finditer(pattern, text)) == found(pattern.finditer(text)), pattern.pattern
    assert found(M._finditer_near(M._SIGNATURE, text, "人民政府", 15)) == found(M._SIGNATURE.finditer(text))


@pytest.mark.skipif(not REALCORPUS.is_dir(), reason="../shared/realcorpus not beside this checkout")
def test_patterns_tried_only_where_a_match_can_start_agree_on_real_reports():
    from govreport.corpus import metadata as M

    found = lambda matches: [(m.span(), m.groupdict()) for m in matches]
    for path in sorted(REALCORPUS.rglob("*.txt"))[::4] + sorted(WUXI_RAW.glob("*.txt")):
        t = M._normalise(read_text(path))
        for pattern in M._STARTS:
            assert found(M._finditer(pattern, t)) == found(pattern.finditer(t)), (path.name, pattern.pattern)
        assert found(M._finditer_near(M._SIGNATURE, t, "人民政府", 15)) == found(M._SIGNATURE.finditer(t))


@pytest.mark.parametrize("opening, title", [
    # a speech without a title line names itself in its first sentence (national reports 1955-2016)
    ("各位代表：\n现在，我代表国务院，作关于我国国民经济和社会发展第六个五年计划的报告，请大会审议。",
     "关于我国国民经济和社会发展第六个五年计划的报告"),
    ("各位代表：\n我代表国务院向第一届全国人民代表大会第五次会议，提出关于一九五八年度国民经济计划（草案）的报告。",
     "关于一九五八年度国民经济计划(草案)的报告"),
    ("各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。", "政府工作报告"),
    ("各位代表：\n现在，我代表国务院，向大会报告本届政府过去五年的工作，对今年工作提出建议。", "政府工作报告"),
    # a bare 作报告 names nothing; an earlier 关于…议案 is not the speech's name
    ("各位代表：\n我现在代表国务院作报告，请审议。", None),
    ("各位代表：\n国务院提请大会审议关于发展国民经济第一个五年计划的议案，我现在代表国务院向本次大会作关于第一个五年计划的报告。",
     "关于第一个五年计划的报告"),
])
def test_title_announced_in_the_speech(opening, title):
    assert meta(opening).title == title


def test_a_vocative_first_line_is_no_title():
    from govreport.corpus.describe import describe

    text = "各位代表：\n我现在代表国务院作报告，请审议。过去一年，国内生产总值增长5%。"
    assert describe(text, "speech.txt", None, "各位代表：")["title"] == "政府工作报告"
    assert describe("一年来，全县经济平稳。", "notes.txt", None, "一年来，全县经济平稳。")["title"] == "一年来，全县经济平稳。"
