"""Content that is not the report (other articles on a newspaper page) is removed as unrelated_content."""
from __future__ import annotations

from govreport.corpus.build import clean


def test_unrelated_news_articles_of_the_2022_page_are_removed(wuxi):
    removed = wuxi.tables["removed"]
    news = removed[(removed.doc_id == "wx-gwr-2022-news") & (removed.reason == "unrelated_content")]
    text = "".join(news.text)
    assert "宜兴主要旅游资源集中在宜南山区" in text
    assert "（唐芸芸）" in text
    clean_text = wuxi.docs["wx-gwr-2022-news"].clean_text
    assert "宜兴环科园" not in clean_text and "聚力筑牢发展硬底线" in clean_text


def test_a_news_article_printed_before_the_report_is_removed_too():
    news = ("## 我市举办春季招聘会\n\n据了解，本次招聘会吸引了200多家企业参加，提供岗位5000余个。"
            "相关负责人表示，今年还将举办多场专场招聘活动，帮助高校毕业生就业。现场求职者络绎不绝，"
            "不少企业负责人透露，招聘需求比去年明显增加，技术岗位尤其紧缺。（王小明）\n\n")
    report = ("（上接第1版）\n\n（三）聚力推动创新。我们将加快建设创新平台，新增高新技术企业500家。\n\n"
              "（四）聚力改善民生。我们将推进教育、医疗、养老等民生实事，城镇新增就业12万人。\n\n"
              "各位代表！让我们团结奋斗，奋力谱写现代化建设新篇章！\n")
    ledger, _ = clean(news + report)
    assert "招聘会" not in ledger.clean and "新增高新技术企业500家" in ledger.clean
    assert any(e.reason == "unrelated_content" for e in ledger.edits)


def test_a_report_without_page_breaks_is_never_cut():
    report = "各位代表：\n\n一、2023年工作回顾\n\n据了解，全市经济增长5%，记者从统计局获悉。\n\n二、2024年主要任务\n\n力争增长5%。\n"
    ledger, _ = clean(report)
    assert not any(e.reason == "unrelated_content" for e in ledger.edits)
