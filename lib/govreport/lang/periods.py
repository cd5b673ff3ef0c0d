"""Five-year plan periods: “十四五” → 2021-2025, 第十四个五年规划 → 14, 2023 → the 2021-2025 period.

The one place that knows the plan calendar and how plans are named; every stage uses it.
"""
from __future__ import annotations

import re

from govreport.lang.numerals import parse_chinese_numeral

# “十三五” … “十九五”: the abbreviation of the 11th to 19th plans (group 1: the middle digit)
PLAN_ABBR = r"十([一二三四五六七八九])五"
PLAN_ABBR_RE = re.compile(PLAN_ABBR)
# a calendar year as reports write it, without 年: 2021, 一九五六, 二〇二一 (an alternation: wrap it in a group)
YEAR_WRITTEN = r"(?:19|20)\d{2}|[一二][〇零○一二三四五六七八九]{3}"
# 第十四个五年规划 (group 1) or “十四五”规划/时期 (group 2)
PLAN_NAME_RE = re.compile(r"第([一二三四五六七八九十]{1,3})个五年规划|“?" + PLAN_ABBR + r"”?(?:规划|时期)")


def five_year_period_start(year: int) -> int:
    """First year of the five-year plan period containing ``year`` (2016-2020, 2021-2025 ...)."""
    return year - ((year - 1) % 5)


def plan_period(plan_number: int) -> tuple[int, int]:
    """14 -> (2021, 2025). The 1st plan began in 1953, the 2nd in 1958; after the
    1963-65 adjustment the 3rd began in 1966 and the rest follow every five years."""
    start = 1953 + 5 * (plan_number - 1) + (3 if plan_number >= 3 else 0)
    return start, start + 4


def abbr_plan_number(middle_digit: str) -> int:
    """The middle digit of “十X五” → the plan's number (三 → 13)."""
    return 10 + int(parse_chinese_numeral(middle_digit))


def plan_number(m: re.Match) -> int:
    """A PLAN_NAME_RE match → the plan's number (第十四个五年规划 → 14, “十三五” → 13)."""
    if m.group(1):
        return int(parse_chinese_numeral(m.group(1)))
    return abbr_plan_number(m.group(2))


def abbr_period(text: str) -> tuple[int, int] | None:
    """The period of the first “十X五” in ``text`` (None when there is none)."""
    m = PLAN_ABBR_RE.search(text)
    return plan_period(abbr_plan_number(m.group(1))) if m else None
