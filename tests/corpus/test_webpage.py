"""Web-page and archive debris: page controls, source lines, captions, link lists, licence footers, datelines."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.corpus_helpers import covers_exactly_once, needs_realcorpus, real_text
from govreport.corpus.build import clean
from govreport.corpus.webpage import find_page_debris


def _removed(text):
    return [(text[a:b], reason) for a, b, reason in sorted(find_page_debris(text))]


@needs_realcorpus
def test_the_jiangsu_web_page_loses_its_chrome_and_keeps_the_report():
    text = real_text("provincial/jiangsu_2026.txt")
    removed = _removed(text)
    assert [t.strip() for t, r in removed if r == "page_navigation"] == ["下载", "打印", "全屏", "收藏", "【字号：", "加大",
                                                                         "还原", "减小", "】"]
    assert [t.strip() for t, r in removed if r == "source_line"] == ["来源：新华日报", "时间：2026-02-09"]
    assert [t.strip() for t, r in removed if r == "photo_caption"] == ["省长刘小涛代表省人民政府向大会作政府工作报告。本报记者 朱江 摄"]
    assert [t.strip() for t, r in removed if r == "related_links"] == ["相关报道："]
    ledger, _ = clean(text)
    assert ledger.clean.lstrip().startswith("2026年江苏省政府工作报告\n——2026年2月3日在江苏省第十四届人民代表大会第五次会议上")
    assert "各位代表，奋斗创造历史，实干成就未来。" in ledger.clean and "相关报道" not in ledger.clean


@needs_realcorpus
def test_the_wikisource_licence_footer_goes_to_the_end():
    text = real_text("national/cn_national_2016.txt")
    (footer, reason), = [(t, r) for t, r in _removed(text) if r == "licence_footer"]
    assert footer.startswith("本作品是中华人民共和国的\n法律") and footer.rstrip().endswith("false")
    assert text.endswith(footer)
    assert "实现中华民族伟大复兴的中国梦作出新的贡献！" in clean(text)[0].clean


@needs_realcorpus
def test_a_news_agency_dateline_before_the_title_goes():
    text = real_text("national_oneline/cn_national_2019_oneline.txt")
    assert _removed(text)[0] == ("新华社北京3月16日电\u3000\u3000\xa0", "news_agency_dateline")
    assert clean(text)[0].clean.lstrip().startswith("政府工作报告")


def test_captions_link_lists_and_footers_of_a_county_page():
    page = ("首页 > 政务公开 > 政府工作报告\n分享到：微信 微博\n2025年某某县人民政府工作报告\n来源：某某县人民政府 时间：2025-01-27\n"
            "各位代表：\n现在，我代表县人民政府向大会报告工作，请予审议。\n图为县长在会上作报告。（新华社记者 王芳 摄）\n"
            "全县地区生产总值增长6%，来源于工业的贡献最大。\n相关报告：\n2024年某某县人民政府工作报告\n2023年某某县人民政府工作报告\n"
            "版权所有：某某县人民政府 网站标识码1234 苏ICP备05000000号\n")
    removed = _removed(page)
    assert [r for _, r in removed] == ["page_navigation", "page_navigation", "source_line", "photo_caption",
                                       "related_links", "site_footer"]
    kept = clean(page)[0].clean
    assert "全县地区生产总值增长6%，来源于工业的贡献最大。" in kept and "2025年某某县人民政府工作报告" in kept
    assert "2024年某某县" not in kept and "摄" not in kept


def test_report_text_that_only_mentions_such_words_stays():
    text = ("各位代表：\n一、2023年工作回顾\n打印、复印等办公费用压减10%，下载量大的政务应用加快推广。\n"
            "资金来源：争取中央预算内投资20亿元。\n本文所称“十四五”时期，指2021年至2025年。\n")
    assert _removed(text) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["下载\n", "【字号：大 中 小】\n", "来源：新华网\n", "本报记者 李明 摄\n", "相关报道：\n",
                                 "本作品属于公有领域。\n", "新华社北京3月5日电 ", "各位代表：\n", "全市经济增长5%。\n",
                                 "\n", "】\n"]) | st.text(max_size=8), max_size=30))
def test_page_debris_never_breaks_the_ledger(pieces):
    text = "".join(pieces)
    for a, b, _ in find_page_debris(text):
        assert 0 <= a < b <= len(text)
    covers_exactly_once(clean(text)[0])
