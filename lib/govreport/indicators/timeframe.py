"""The time frame of each sentence: which year or plan period a report is talking about.

A government work report reviews the past year (or a whole five-year plan), then sets the
year's targets (and, in a plan's first year, the new plan's goals). The frame of a sentence
comes, in order of strength, from

1. the cue that opens it or an earlier sentence of its passage: 过去五年 / 五年来 / “十三五”时期
   (a past plan: a five-year review), 今后五年 / “十四五”时期 (the plan under way or starting:
   five-year goals), 刚刚过去的2025年 / 过去一年 / 一年来 (the annual review), 今年 (the year's plan).
   A cue holds until the next cue or the next heading of the same or a higher level;
2. the heading of its section, read for plan names, years and words such as 回顾, 成就
   (review) or 目标, 任务, 重点工作 (plan): 一、“十三五”时期发展成就和“十四五”时期主要目标任务
   starts as a five-year review and turns into five-year goals at the cue “十四五”时期;
3. the ``part`` the corpus stage gave the sentence (review / plan / other).

A cue that goes against its section (1955年以来… inside the section on 1956's budget, 今年… inside
a review) holds for its paragraph only. A report delivered late in the year plans the next one:
its heading 1981年国民经济计划 gives an annual plan frame for 1981, and 今年上半年 is not a plan cue.

Headings are recognised in the sentences themselves (一、… / （一）… / 第一章 …), so the frame
needs nothing but the ``sentences`` table. Five-year plans as documents keep their own frame:
the review part describes the previous plan, the rest sets the plan's targets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from govreport.indicators.numbers import find_years
from govreport.lang.numerals import parse_chinese_numeral
from govreport.lang.periods import PLAN_ABBR, PLAN_ABBR_RE, abbr_plan_number, plan_period
from govreport.indicators.regex import compiled as _rx

_CN = "一二三四五六七八九十"
_HEADING = re.compile(rf"^\s*(?:(?P<l1>第[{_CN}]+(?:篇|部分)|[{_CN}]+、)|(?P<l2>第[{_CN}]+章|（[{_CN}]+）|\([{_CN}]+\)))")
_REVIEW_WORDS = re.compile(r"回顾|成就|成绩|进展|以来|总结|成效|历程")
_PLAN_WORDS = re.compile(r"目标|任务|要求|安排|部署|重点|举措|主要工作|工作建议|展望|谋划|思路|取向")
_LEAD_IN = r"^[\s　]*(?:各位代表[，,！!：:]?\s*)?(?:[\u4e00-\u9fff]{2,12}的是[，,]\s*)?(?:在[\u4e00-\u9fff]{1,8}(?:领域|方面)[，,]\s*)?(?:在)?"   # (在经济领域，过去一年里…)
_ANY_PLAN = r"(?:“?" + PLAN_ABBR + r"”?|“[六七八九十]五”|第[一二三四五六七八九十]{1,3}个五年(?:计划|规划))"
_FYP_REVIEW_CUE = re.compile(_LEAD_IN + r"(?:五年来|过去五年|这五年(?!内|计划|规划)|回顾(?:过去五年|" + _ANY_PLAN + r")|"
                             + _ANY_PLAN + r"(?:时期|期间|以来|的五年))")
_FYP_PLAN_CUE = re.compile(_LEAD_IN + r"(?:今后五年|未来五年|" + _ANY_PLAN + r"(?:时期|期间|规划|计划|发展)?(?:是|的主要目标|主要目标|，|要|的(?:基本)?任务))")
_YEAR = r"(?P<y>(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3})"
_ANNUAL_REVIEW_CUE = re.compile(_LEAD_IN + r"(?:过去的?一年|刚刚过去的(?:一年|(?:19|20)\d\d年)|一年来|去年(?:是|，|我们|以来)|"
                                + _YEAR + r"年(?:是|，|,|我们|全[国省市区县]|经济|以来|的))")
# 今年上半年, 今年一季度, 今年1-5月: figures of the year already done, not its plan
_ANNUAL_PLAN_CUE = re.compile(_LEAD_IN + r"(?:今年(?!上半年|一季度|第一季度|前[一二三四五六七八九十\d]|1[—\-至~]|一至)|做好今年|新的一年|" + _YEAR + r"年(?:是|，|,|经济社会发展|的?主要预期目标|工作))")
# the year's plan named early in a sentence: 这次提请大会审议的一九五八年度国民经济计划（草案）
_YEAR_PLAN_NAMED = re.compile(r"^[^，。；：]{0,16}?" + _YEAR + r"年度的?(?:国民经济)?(?:计划|预算)")

_FUTURE_WORDS = re.compile(r"要|将|计划|预计|力争|争取|目标|任务|预期|拟")
# the next year announced in a report delivered late in the year: 1982年是…, 明年是…
_NEXT_YEAR_CUE = re.compile(_LEAD_IN + _YEAR + r"年(?:是|的?(?:国民经济)?计划|经济工作)")


def _year_value(y: str) -> int:
    return int(y) if y.isdigit() else int(parse_chinese_numeral(y))


@dataclass(frozen=True)
class Frame:
    kind: str                       # annual_review | annual_plan | fyp_review | fyp_plan | "" (none)
    start: int = 0                  # plan period for fyp frames; the year of an annual frame when it is
    end: int = 0                    # not the usual one (0: the year before the report / the report's year)


NO_FRAME = Frame("")


def heading_level(text: str) -> int:
    """1 or 2 for a heading sentence (一、… / （一）…), 0 otherwise."""
    m = _HEADING.match(text or "")
    if not m or len(text) > 80:
        return 0
    return 1 if m.group("l1") else 2


# older plan names: “六五” … “十五” (quoted) and 第一个五年计划
_OLD_PLAN = re.compile(r"“\s?([一二三四五六七八九十])五[”’]|(?<![一二三四五六七八九十第])([六七八九])五(?=计划|规划|时期|期间)"
                       r"|第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)?")   # (六五计划期间: written without quotes)
_CN_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


def _plans(text: str) -> list[tuple[int, int, int]]:
    """(position, start, end) of every plan named in ``text`` (“十三五”, “九五”, 第一个五年计划)."""
    found = [(m.start(), *plan_period(abbr_plan_number(m.group(1)))) for m in PLAN_ABBR_RE.finditer(text)]
    for m in _OLD_PLAN.finditer(text):
        if any(a <= m.start() < a + 6 for a, _, _ in found):
            continue
        if m.group(1) or m.group(2):
            number = _CN_NUM[m.group(1) or m.group(2)]
        else:
            digits = m.group(3)
            number = (10 + _CN_NUM.get(digits[1:], 0)) if digits.startswith("十") else _CN_NUM.get(digits, 0)
        if number:
            found.append((m.start(), *plan_period(number)))
    return sorted(found)


def heading_frames(text: str, report_year: int) -> list[Frame]:
    """Frames a heading announces, in the order its text names them (two for a mixed heading)."""
    found: list[tuple[int, Frame]] = []
    review, plan = bool(_REVIEW_WORDS.search(text)), bool(_PLAN_WORDS.search(text))
    for pos, s, e in _plans(text):
        if _rx(r"[^，。；“”]{0,10}?的第[一二三四五]个?年").match(text, pos):
            continue                                 # 第二个五年计划的第二年——一九五九年: names a year, not the plan
        if e < report_year and (review or not plan):
            found.append((pos, Frame("fyp_review", s, e)))
        elif s >= report_year and (plan or not review):
            found.append((pos, Frame("fyp_plan", s, e)))
        elif s >= report_year and review:            # “十四五”时期主要目标任务 with 成就 of another plan
            found.append((pos, Frame("fyp_plan", s, e)))
        elif s < report_year <= e and not review:     # 第一个五年计划概要, delivered while the plan runs
            found.append((pos, Frame("fyp_plan", s, e)))
    for y in find_years(text):
        if y.year_end == report_year - 1 and (review or not plan):
            found.append((y.start, Frame("annual_review")))
        elif y.year_end == report_year and (plan or not review):
            found.append((y.start, Frame("annual_plan")))
        elif y.year_end == report_year + 1 and y.year_start >= report_year and plan and not review:
            # 二、1981年国民经济计划的任务 in a report of 1980 (delivered late in the year)
            found.append((y.start, Frame("annual_plan", report_year + 1, report_year + 1)))
    m = _rx(r"过去五年|五年来|本届政府|五年(?:的)?工作|的五年$").search(text)
    if m and review and not any(f.kind == "fyp_review" for _, f in found):
        found.append((m.start(), Frame("fyp_review", report_year - 5, report_year - 1)))   # 一、过去五年工作回顾
    if not found:
        if review and not plan:
            found.append((0, Frame("annual_review")))
        elif plan and not review and _rx(r"工作|任务|要求|取向").search(text):
            found.append((0, Frame("annual_plan")))
    found.sort(key=lambda pf: pf[0])
    return [f for _, f in found]


def cue_frame(text: str, report_year: int) -> Frame | None:
    """The frame a sentence's opening words announce, if any."""
    m = _FYP_REVIEW_CUE.match(text)
    if m:
        plans = [(s, e) for _, s, e in _plans(text[:m.end() + 2])]
        if plans:
            s, e = plans[0]
            if e < report_year:
                return Frame("fyp_review", s, e)
            if s >= report_year:
                return Frame("fyp_plan", s, e)
            return None
        return Frame("fyp_review", report_year - 5, report_year - 1)
    m = _FYP_PLAN_CUE.match(text)
    if m:
        plans = [(s, e) for _, s, e in _plans(text[:m.end() + 2])]
        if plans:
            s, e = plans[0]
            return Frame("fyp_plan", s, e) if s >= report_year else (Frame("fyp_review", s, e) if e < report_year else None)
        return Frame("fyp_plan", report_year, report_year + 4)
    m = _ANNUAL_REVIEW_CUE.match(text)
    if m and (not m.group("y") or _year_value(m.group("y")) == report_year - 1):
        return Frame("annual_review")
    m = _ANNUAL_PLAN_CUE.match(text) or _YEAR_PLAN_NAMED.match(text)
    if m and (not m.group("y") or _year_value(m.group("y")) == report_year):
        return Frame("annual_plan")
    m = _NEXT_YEAR_CUE.match(text)
    if m and _year_value(m.group("y")) == report_year + 1:
        y = report_year + 1                    # 1982年是第六个五年计划的第二年 (a report of December 1981)
        return Frame("annual_plan", y, y)
    return None


def sentence_frames(sentences: list, report_year: int, doc_type: str) -> list[Frame]:
    """The frame of each sentence (objects with ``text`` and ``paragraph_id``, in document order)."""
    if doc_type == "five_year_plan":
        return [NO_FRAME] * len(sentences)
    out = []
    heading = [NO_FRAME, NO_FRAME]          # frames set by the current level-1 and level-2 headings
    queued: list[Frame] = []                # the rest of a mixed heading's frames
    cue, cue_level = NO_FRAME, 0            # the frame set by a cue, and the heading level it lives under
    cue_paragraph = None                    # a cue against its heading's direction holds for its paragraph only
    for sent in sentences:
        text = str(sent.text)
        level = heading_level(text)
        if cue_paragraph is not None and getattr(sent, "paragraph_id", None) != cue_paragraph:
            cue, cue_level, cue_paragraph = NO_FRAME, 0, None
        if level:
            frames = heading_frames(text, report_year)
            if level == 1:
                restart = _rx(r"\s*一、").match(text) is not None
                if frames or not (restart and heading[0].kind.startswith("fyp")):
                    heading = [frames[0] if frames else NO_FRAME, NO_FRAME]   # (a nested 一、 keeps the plan's frame)
                    queued = frames[1:]
                cue, cue_level, cue_paragraph = NO_FRAME, 0, None
            else:
                heading[1] = frames[0] if frames else NO_FRAME
                if cue_level >= 2:
                    cue, cue_level, cue_paragraph = NO_FRAME, 0, None
        found = cue_frame(text, report_year)
        current = cue if cue.kind else (heading[1] if heading[1].kind else heading[0])
        if found is not None and found.kind == "annual_review" and current.kind == "fyp_review" \
                and _rx(r"^\s*" + _YEAR + r"\s*年").match(text):   # (1987年全国进出口总额…，平均每年增长…)
            found = None                    # 2007年，国内生产总值达到…: the plan's last year, inside its review
        if found is not None and found.kind == "annual_plan" and current.kind.endswith("review") \
                and _rx(r"^\s*" + _YEAR + r"\s*年").match(text) and not _FUTURE_WORDS.search(text):
            found = Frame("annual_review", report_year, report_year)   # 一九六四年，…比一九五七年增长四倍 (a review
            #                                 delivered late in 1964, no word of the future): the year is done
        if found is not None and not level:
            governing = heading[1] if heading[1].kind else heading[0]
            announced = bool(queued) and found in queued
            cue, cue_level = found, (2 if heading[1].kind else 1)
            # 1955年以来… inside the section on 1956's budget: that paragraph looks back, the section does not
            cue_paragraph = getattr(sent, "paragraph_id", None) if governing.kind and not announced and \
                _direction(governing) != _direction(found) else None
            if announced:
                queued = [f for f in queued if f != found]
        frame = cue if cue.kind else (heading[1] if heading[1].kind else heading[0])
        out.append(frame)
    return out


def _direction(frame: Frame) -> str:
    return "review" if frame.kind.endswith("review") else "plan" if frame.kind.endswith("plan") else ""


def frame_context(frame: Frame, doc_type: str, report_year: int, part: str, five_year_paragraph: bool) -> dict:
    """Status, default year and period of a sentence: from its frame, else from its part."""
    ry = int(report_year)
    # the corpus stage's five-year parts: a review of the five years before the report, goals for
    # the five years from the report year on
    five_year_goals = part == "five_year_plan"
    if part in ("five_year_review", "five_year_plan"):
        part, five_year_paragraph = part.removeprefix("five_year_"), True
    if doc_type == "five_year_plan":
        if part == "review":
            return {"status": "actual", "year": ry - 1, "period": (ry - 5, ry - 1), "five_year": True, "kind": "fyp_review"}
        return {"status": "target", "year": ry + 4, "period": (ry, ry + 4), "five_year": True, "kind": "fyp_plan"}
    if frame.kind == "fyp_review":
        return {"status": "actual", "year": frame.end, "period": (frame.start, frame.end), "five_year": True,
                "kind": "fyp_review"}
    if frame.kind == "fyp_plan":
        return {"status": "target", "year": frame.end, "period": (frame.start, frame.end), "five_year": True,
                "kind": "fyp_plan"}
    if frame.kind == "annual_review":
        y = frame.end or ry - 1
        return {"status": "actual", "year": y, "period": (y, y), "five_year": False, "kind": "annual_review"}
    if frame.kind == "annual_plan":
        y = frame.end or ry                  # a report delivered late in the year plans the next one
        return {"status": "target", "year": y, "period": (y, y), "five_year": False, "kind": "annual_plan"}
    if part == "review":
        if five_year_paragraph:
            return {"status": "actual", "year": ry - 1, "period": (ry - 5, ry - 1), "five_year": True, "kind": "fyp_review"}
        return {"status": "actual", "year": ry - 1, "period": (ry - 1, ry - 1), "five_year": False, "kind": "annual_review"}
    if five_year_goals:
        return {"status": "target", "year": ry + 4, "period": (ry, ry + 4), "five_year": True, "kind": "fyp_plan"}
    if part == "plan":
        return {"status": "target", "year": ry, "period": (ry, ry), "five_year": False, "kind": "annual_plan"}
    return {"status": "actual", "year": ry - 1, "period": (ry - 1, ry - 1), "five_year": False, "kind": ""}
