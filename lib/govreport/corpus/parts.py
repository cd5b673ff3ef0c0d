"""Which part of a report a passage belongs to, so its numbers get the right year or period.

Parts:
- ``review``: results of the year before the report (一、2023年工作回顾, 过去一年, 一年来)
- ``five_year_review``: results of a five-year period that has ended (过去五年, 五年来,
  “十三五”时期 in a 2021 report, a plan's 发展基础)
- ``plan``: targets and tasks of the report year (2024年主要任务, 今年, 新的一年)
- ``five_year_plan``: goals of a five-year period starting (今后五年, “十五五”时期主要目标,
  the body of a five-year plan)
- ``annex``: annexes, glossaries, notes (附件, 名词解释, 附表)
- ``other``: forewords and what cannot be placed

A heading's title gives the part of its section (``title_part``); inside a section, a
paragraph's opening cue phrase (``cue_part``) may refine it within the same family — a
review section that turns to the five-year period, a plan section that looks five years
ahead — but never turn a review into a plan. Years and plan names are read against the
report year: “十三五”时期 is a review in 2021 and a plan in 2016; 2025年 is reviewed in 2026.
"""
from __future__ import annotations

import re

from govreport.lang.periods import PLAN_ABBR_RE, abbr_plan_number, plan_period

PARTS = ("review", "five_year_review", "plan", "five_year_plan", "annex", "other")
FAMILY = {"review": "review", "five_year_review": "review", "plan": "plan", "five_year_plan": "plan",
          "annex": "annex", "other": "other"}

_ANNEX_TITLE = re.compile(r"^\s*(?:附\s*[件表图录]|名词解释|词语解释|名词注释|注释|注解|相关词语|附：)")
_OTHER_TITLE = re.compile(r"发展环境|序言|前言|引言|发展方位|结束语")
_REVIEW_WORDS = re.compile(r"回顾|过去|发展基础|完成情况|执行情况|已经?执行了[一二三四五六七八九十两]+年|主要成就|成绩|成就|工作总结|"
                           r"取得.{0,6}进展|基本情况")
_PLAN_WORDS = re.compile(r"主要工作|工作安排|工作部署|工作任务|主要任务|重点任务|重点工作|主要目标|目标任务|今后|未来|"
                         r"总体要求|总体部署|发展战略|远景目标|实施保障|自身建设|规划实施|保障措施|政策取向|任务|举措|"
                         r"建议|方针|展望|部署|安排|(?:\d{4}|今|明)年.{0,8}工作(?!.{0,6}(?:回顾|总结))")
_FIVE_YEARS = re.compile(r"五年|本届政府|十[一二三四五六七八九]五|[一二三四五六七八九十]{1,3}个五年")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_VOCATIVE = re.compile(r"^(?:各位代表|同志们)[，,！!：:]\s*")

_FIVE_PAST_CUE = re.compile(r"过去五年|过去的五年|五年来|本届政府(?:任期|成立以来|履职以来|就职以来|五年)|五年的(?:工作|成就|发展)")
_FIVE_FUTURE_CUE = re.compile(r"^(?:展望)?(?:今后|未来)五年|^今后一个时期")
_YEAR_PAST_CUE = re.compile(r"^(?:过去一年|过去的一年|一年来|刚刚过去的|回顾过去一年|去年|\d{4}年以来)")
_YEAR_PLAN_CUE = re.compile(r"^(?:新的一年|今年|明年|做好今年|今年发展的主要预期目标|今年经济社会发展|.{0,12}主要预期目标)")
FIVE_YEAR_CUE_WINDOW = 120  # characters of a paragraph's opening read for a five-year cue


def family(part: str | None) -> str | None:
    return FAMILY.get(part) if part else None


def _plan_mention(text: str, report_year: int | None) -> str | None:
    """'past' or 'future' for the first “十X五” in ``text`` relative to the report year."""
    m = PLAN_ABBR_RE.search(text)
    if not m or report_year is None:
        return None
    start, end = plan_period(abbr_plan_number(m.group(1)))
    return "past" if end < report_year else "future"


def title_part(title: str, report_year: int | None) -> str | None:
    """The part a heading's title announces, or None when it says nothing (or both: 成就和目标任务)."""
    t = title.strip()
    if not t:
        return None
    if _ANNEX_TITLE.match(t):
        return "annex"
    if _OTHER_TITLE.search(t) and not _REVIEW_WORDS.search(t):
        return "other"
    review, plan = bool(_REVIEW_WORDS.search(t)), bool(_PLAN_WORDS.search(t))
    years = [int(y) for y in _YEAR.findall(t)]
    if report_year is not None and years and review == plan:  # the year decides: 2025年 in a 2026 report is past
        review, plan = years[0] < report_year, years[0] >= report_year
    if review == plan:
        return None
    five = _FIVE_YEARS.search(t)
    one = _YEAR.search(t)
    five_first = five and (not one or five.start() < one.start()) and not re.search(r"执行了[一二三四两]年", t)   # (the plan's first years)
    if review:
        return "five_year_review" if five_first else "review"
    return "five_year_plan" if five_first and _plan_mention(t, report_year) != "past" else "plan"


def cue_part(paragraph: str, report_year: int | None) -> str | None:
    """The part a paragraph's opening words announce (过去五年, 今年, “十四五”时期是 …), or None."""
    p = _VOCATIVE.sub("", paragraph.lstrip(" \u3000\t"))
    if _FIVE_PAST_CUE.search(p[:FIVE_YEAR_CUE_WINDOW]) or re.match(r"^回顾“?十[一二三四五六七八九]五", p):
        return "five_year_review"
    m = re.match(r"(?:((?:19|20)\d{2})\s*年|今年)(?:是|，|,|以来|全市|全省|全区|全县|全国|我国)", p)
    if m:  # a single year: 2025年是… / 今年是… (even when it names the plan it opens or closes)
        year = int(m.group(1)) if m.group(1) else report_year
        if year is not None and report_year is not None:
            return "review" if year < report_year else "plan" if year == report_year else None
        return "plan" if not m.group(1) else None
    when = _plan_mention(p[:12], report_year)  # a paragraph opening on a plan's name: “十四五”时期是…
    if when == "past":
        return "five_year_review"
    if when == "future" or _FIVE_FUTURE_CUE.match(p):
        return "five_year_plan"
    if _YEAR_PAST_CUE.match(p):
        return "review"
    if _YEAR_PLAN_CUE.match(p):
        return "plan"
    return None


def refine(section: str | None, state: str | None) -> str | None:
    """The part of a passage: the running cue state where it agrees with the section's family."""
    if section is None:
        return state
    if state is not None and family(state) == family(section):
        return state
    return section
