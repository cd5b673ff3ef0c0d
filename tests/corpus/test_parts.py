"""Parts from heading titles and cue phrases, read against the report year."""
from __future__ import annotations

import pytest

from govreport.corpus.parts import PARTS, cue_part, refine, title_part


@pytest.mark.parametrize("title, year, part", [
    ("2015年工作回顾", 2016, "review"),
    ("过去五年工作回顾", 2022, "five_year_review"),
    ("“十四五”时期和2025年工作回顾", 2026, "five_year_review"),
    ("2025年和“十四五”时期工作回顾", 2026, "review"),
    ("“十三五”时期主要目标任务和重大举措", 2016, "five_year_plan"),
    ("“十五五”时期工作总体要求和目标任务", 2026, "five_year_plan"),
    ("今后五年的目标任务", 2022, "five_year_plan"),
    ("2026年主要任务", 2026, "plan"),  # Shanghai's 三、2026年主要任务
    ("2016年重点工作", 2016, "plan"),
    ("2019年经济社会发展总体要求和政策取向", 2019, "plan"),
    ("2017年工作总体部署", 2017, "plan"),
    ("“十三五”时期发展成就和“十四五”时期主要目标任务", 2021, None),  # both: cue phrases decide
    ("附件：名词解释", 2024, "annex"),
    ("名词解释", 2024, "annex"),
    ("附表", 2021, "annex"),
    ("发展环境", 2021, "other"),
    ("稳定和完善宏观经济政策，保持经济运行在合理区间", 2016, None),
    ("2023年工作回顾", None, "review"),
    ("我国第一个五年计划已经执行了两年", 1955, "review"),   # the plan's first two years, told as done
    ("今年国民经济计划的执行情况是比较好的", 1980, "review"),
])
def test_title_part(title, year, part):
    assert title_part(title, year) == part


@pytest.mark.parametrize("paragraph, year, part", [
    ("过去一年，我国发展面临多重困难和严峻挑战。", 2016, "review"),
    ("2015年是“十二五”收官之年。过去五年，我国发展成就举世瞩目。", 2016, "five_year_review"),
    ("“十二五”时期的辉煌成就，充分显示了中国特色社会主义制度的优越性。", 2016, "five_year_review"),
    ("“十四五”时期是江苏发展历程中极不平凡的五年。", 2026, "five_year_review"),
    ("各位代表，刚刚过去的2025年，在以习近平同志为核心的党中央坚强领导下……", 2026, "review"),
    ("回顾“十四五”江苏发展，各项成绩的取得，根本在于……", 2026, "five_year_review"),
    ("“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。", 2026, "five_year_plan"),
    ("今年是“十五五”开局之年。我们将深入贯彻党中央决策部署。", 2026, "plan"),
    ("2021年是“十四五”开局之年。", 2021, "plan"),
    ("今年发展的主要预期目标是：国内生产总值增长6.5%－7%。", 2016, "plan"),
    ("展望今后五年，我们充满必胜信心。", 2016, "five_year_plan"),
    ("过去一年是全面贯彻党的十九大精神开局之年，是本届政府依法履职第一年。", 2019, "review"),  # not five years
    ("2013年，区政府在市委、市政府和区委的正确领导下……", 2014, "review"),
    ("加快建设现代化产业体系。", 2016, None),
])
def test_cue_part(paragraph, year, part):
    assert cue_part(paragraph, year) == part


def test_a_cue_refines_within_the_sections_family_only():
    assert refine("review", "five_year_review") == "five_year_review"
    assert refine("plan", "five_year_plan") == "five_year_plan"
    assert refine("review", "plan") == "review"
    assert refine("annex", "plan") == "annex"
    assert refine(None, "plan") == "plan"
    assert set(PARTS) == {"review", "five_year_review", "plan", "five_year_plan", "annex", "other"}
