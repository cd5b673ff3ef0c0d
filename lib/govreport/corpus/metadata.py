"""Propose metadata (document type, city, report year) from a document's own text.

Used for files not yet in the catalog, and to flag where the catalog and the text disagree.
Signals: title lines (2021年江苏省无锡市人民政府工作报告), review/plan headings
(一、2023年工作回顾 → delivered 2024; 二、2024年主要工作 → 2024), 刚刚过去的2020年,
and plan names (“十四五”规划 → first plan year 2021).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from govreport.lang.periods import PLAN_NAME_RE as _PLAN_NAME, plan_number as _plan_number, plan_period

_GWR = re.compile(r"政府工作报告")
_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年[^\n。]{0,20}?政府工作报告")
_REVIEW_YEAR = re.compile(r"(?:^|\n)\s*[一二三四五六七八九十]、\s*((?:19|20)\d{2})\s*年\s*(?:工作)?回顾")
_PLAN_YEAR = re.compile(r"(?:^|\n)\s*[一二三四五六七八九十]、\s*((?:19|20)\d{2})\s*年\s*(?:主要)?工作")
_JUST_PAST = re.compile(r"刚刚过去的\s*((?:19|20)\d{2})\s*年")
_THIS_YEAR = re.compile(r"今年是[^。]{0,30}?|((?:19|20)\d{2})\s*年是")
_CITY = re.compile(r"([\u4e00-\u9fff]{2,4}?)市(?:人民政府|国民经济|政府工作|第[一二三四五六七八九十]+届)")


@dataclass
class ProposedMetadata:
    doc_type: str
    city: str
    report_year: int | None
    evidence: str


def propose_metadata(text: str) -> ProposedMetadata:
    head = text[:3000]
    city = ""
    # most city names have two characters (无锡, 苏州); a longer ending wins only when every
    # occurrence carries it (石家庄), so 代表无锡市 still gives 无锡
    endings: Counter = Counter()
    for m in _CITY.finditer(text[:20000]):
        word = re.sub(r"^.*[省区]", "", m.group(1)).rstrip("市")
        for n in range(2, len(word) + 1):
            endings[word[-n:]] += 1
    if endings:
        two = max((e for e in endings if len(e) == 2), key=lambda e: (endings[e], e), default="")
        longer = [e for e in endings if len(e) == 3 and e.endswith(two) and endings[e] == endings[two] >= 3]
        city = longer[0] if longer else two
    plan = _PLAN_NAME.search(head)
    if plan and ("规划" in head[:600] or "纲要" in head[:600]) and not _GWR.search(head[:300]):
        return ProposedMetadata("five_year_plan", city, plan_period(_plan_number(plan))[0], f"plan name: {plan.group(0)}")
    year, evidence = None, ""
    for pattern, shift, what in ((_TITLE_YEAR, 0, "title"), (_REVIEW_YEAR, 1, "review heading"),
                                 (_PLAN_YEAR, 0, "plan heading"), (_JUST_PAST, 1, "刚刚过去的")):
        m = pattern.search(text)
        if m:
            year, evidence = int(m.group(1)) + shift, f"{what}: {m.group(0).strip()}"
            break
    doc_type = "gov_work_report" if (_GWR.search(text[:5000]) or "各位代表" in text) else "other"
    if plan and doc_type == "other":
        return ProposedMetadata("five_year_plan", city, plan_period(_plan_number(plan))[0], f"plan name: {plan.group(0)}")
    return ProposedMetadata(doc_type, city, year, evidence or "no year found")
