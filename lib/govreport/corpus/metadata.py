"""Propose a report's metadata (year, place, level, type, title, date, congress) from its text.

Every signal becomes a candidate with a tier; the best tier wins (then the earliest in the text) and
strong sources that disagree go to ``notes``. Year tiers: 0 dateline, 1 title or plan name, 2 section
headings, 3 elapsed time (national congress sessions, 从1993年…到现在已经五年), 4 five-year-plan
speeches, 5 file name, 6 current-year phrases (今年是…), 7 the most-mentioned year. There is no
gazetteer: a place is a run of units ending in 省/自治区/市/区/县/旗/州/盟, read only next to fixed
phrases (在…第N届人民代表大会, 我代表…人民政府, …政府工作报告).
"""
from __future__ import annotations

import os
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field as dc_field
from functools import lru_cache
from typing import Iterator

import numpy as np

from govreport.lang.periods import plan_period
from govreport.lang.simplified import simplified_table


@dataclass(frozen=True)
class Evidence:
    field: str
    value: str
    rule: str
    snippet: str
    char_start: int  # offset in the text; -1 for the file name or a whole-text count


@dataclass(frozen=True)
class ProposedMetadata:
    report_year: int | None
    place: str | None
    level: str | None  # national | province | city | district | county | None
    doc_type: str  # gov_work_report | five_year_plan | other
    title: str | None
    report_date: str | None  # ISO date from the dateline ("2016-01" when the day is left blank)
    congress: str | None
    evidence: tuple[Evidence, ...]
    notes: tuple[str, ...]
    chosen: dict = dc_field(default_factory=dict)  # field -> the Evidence behind the value proposed

    def evidence_text(self) -> str:
        """'report_year=2016 (dateline@12: ——2016年3月5日在…); place=中国 (state_council@80: 我代表国务院)'."""
        out = []
        for name in ("report_year", "place", "level", "doc_type", "report_date", "congress", "title"):
            ev = self.chosen.get(name)
            if ev is not None:
                where = "file name" if ev.char_start < 0 and ev.rule == "file_name" else (
                    f"{ev.rule}@{ev.char_start}" if ev.char_start >= 0 else ev.rule)
                out.append(f"{name}={getattr(self, name)} ({where}: {ev.snippet})")
        return "; ".join(out)


_INVISIBLE = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff", " "))
_HTML = re.compile(r"<[/!a-zA-Z][^<>]{0,500}>")  # tags of web-page text; what they enclose stays
_DIGITS = {**{c: i for i, c in enumerate("〇一二三四五六七八九")}, "○": 0, "零": 0, "O": 0, "o": 0, "两": 2}
_O = r"[一二三四五六七八九十]+"
_N = r"[\d一二三四五六七八九十〇○零]{1,3}"
_Y = (r"(?:(?<![\d.])(?:1\s?9|2\s?0)\s?\d\s?\d"
      r"|(?<![一二三四五六七八九十〇○零])[一二][一二三四五六七八九〇○零Oo]{3})")
_ABBR = r"(?P<abbr>十[一二三四五六七八九]?|[一二三四五六七八九])五"  # 九五, 十五, 十四五
_GWR = r"政\s*府\s*工\s*作\s*报\s*告"
_UNIT = re.compile(r"[\u4e00-\u9fff]{2,9}?(?:自治区|特别行政区|自治州|自治县|自治旗|省|市|区|县|旗|州|盟)"
                   r"|[\u4e00-\u9fff][县旗]")
_NOT_A_NAME = re.compile(r"会议|政府|代表|人民|工作|报告|关于|制定|中共|区县|市县|[的届次年月日为是了对向与及全本我该各每]")
_NATIONAL = {"国务院", "中央人民政府", "中央", "全国", "中华人民共和国", "中国", "国家"}
_MUNICIPALITIES = {"北京市", "天津市", "上海市", "重庆市"}  # cities ranked as provinces
_LEVEL_OF = {"国": "national", "省": "province", "市": "city", "区": "district", "县": "county"}
_NPC_EARLY = {1: (1954, 1955, 1956, 1957, 1958), 2: (1959, 1960, 1962, 1963), 3: (1964,), 4: (1975,),
              5: (1978, 1979, 1980, 1981, 1982)}  # sessions before the terms became regular in 1983

# NFKC has turned full-width ，：（） into ASCII, so the patterns below use the ASCII forms.
_DATELINE = re.compile(  # the date may be missing: ——在第十四届全国人民代表大会第三次会议上 / 2025年3月
    rf"(?:(?P<y>{_Y})\s*年\s*(?:(?P<m>{_N})\s*月)?\s*(?:(?P<d>{_N})?\s*日)?|——|--|\()\s*在\s*"
    rf"(?P<congress>(?P<where>[\u4e00-\u9fff]{{0,20}}?)\s*第?\s*(?P<t>{_O})\s*届\s*(?P<nat>全国)?\s*"
    rf"(?:人民代表大会|人大)(?:\s*第?\s*(?P<s>{_O})\s*次\s*(?:会议)?)?)")
_BARE_DATE = re.compile(rf"[—\-(\s]*(?P<y>{_Y})\s*年\s*(?P<m>{_N})\s*月\s*(?:(?P<d>{_N})?\s*日)?[)\s]*")
_TITLE = re.compile(rf"[^。,;:!?←→]{{0,40}}{_GWR}[^。,;:←→]{{0,20}}")
_PLAN = re.compile(rf"(?P<who>[\u4e00-\u9fff]{{0,12}}?)国民经济和社会发展第(?P<n>{_O})个五年(?:规划|计划)"
                   rf"(?:和{_Y}年远景目标)?(?P<outline>纲要)?")
_STATE_COUNCIL = re.compile(rf"代表(?:中华人民共和国)?国务院|受[^,。]{{0,8}}国务院[^,。]{{0,4}}委托"
                            rf"|向\s*(?:第\s*{_O}\s*届\s*)?全国人民代表大会")
_PREMIER = re.compile(r"(?:^|[\n\t]|\s{2})\s*国务院总理")  # a signature line, not 国务院总理 in the body
_SPEAKER = re.compile(r"(?:代表|受)\s*(?P<who>[\u4e00-\u9fff]{0,15}?)\s*(?:人民)?政府")
_SIGNATURE = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,15}?)人民政府\s*[省市区县州盟旗]?长")
_ORDINAL = rf"(?:{_O}\s*[、.]|\({_O}\)|第{_O}部分)\s*"
_REVIEW = re.compile(rf"{_ORDINAL}[^。]{{0,12}}?(?P<y>{_Y})\s*年[^。,]{{0,8}}?回顾|首先报告\s*(?P<y2>{_Y})\s*年")
_PERIOD_REVIEW = re.compile(rf"{_ORDINAL}“?{_ABBR}”?时期[^。]{{0,20}}?回顾")
_PLAN_HEAD = re.compile(rf"{_ORDINAL}对?\s*(?P<y>{_Y})\s*年(?:(?!回顾)[^。,]){{0,16}}?"
                        r"(?:工作|任务|部署|要求|安排|建议|方针)(?![^。,\n]{0,10}回顾)")
_LAST_YEAR = re.compile(rf"(?:{_ORDINAL}(?:过去|去年|一年来)[^。]{{0,10}}回顾\s*|刚刚过去的\s*)(?P<y>{_Y})\s*年")
_ELAPSED = re.compile(rf"从\s*(?P<y>{_Y})\s*年[^。]{{0,10}}?到现在[^,。]{{0,4}}?(?P<n>[一二三四五六七八九十])年")
_NPC = rf"第?\s*(?P<t>{_O})\s*届\s*全?国?\s*人(?:民代表)?大会?(?:\s*第?\s*(?P<s>{_O})\s*次\s*会议)?"
_NPC_RULES = (  # (rule, pattern, years to add)
    ("npc_session", re.compile(rf"(?:向|我们)\s*(?:这次|本次)?\s*(?=第){_NPC}(?=\s*(?:上|作|提出|报告|,))"), 0),
    ("npc_last_year", re.compile(rf"去年[^,。]{{0,6}}?{_NPC}"), 1),
    ("npc_term_over", re.compile(rf"{_NPC}(?:以来|期间)"), 5))
_PLAN_SPEECH = re.compile(rf"关于[^。]{{0,30}}?第(?P<n>{_O})个五年(?:计划|规划)[^。]{{0,12}}?报告")
_THIS_YEAR = re.compile(rf"(?:今年|(?P<y>{_Y})\s*年)\s*,?\s*是(?P<rest>[^。;]{{0,60}})")
_ANNIVERSARY = re.compile(rf"(?P<what>中华人民共和国|新中国|中国共产党)成立(?P<n>{_N})周年")
_PLAN_YEAR = re.compile(rf"“{_ABBR}”[^。,]{{0,8}}?(?P<end>开局|起步|第一年|收官|最后一年)")
_PAST = re.compile(r"取得|实现了|成果|成就|不平凡|极不寻常|经受|战胜|胜利完成|圆满")
_CURRENT = re.compile(rf"(?<![到至在于前])(?P<y>{_Y})\s*年\s*(?:上半年|第.季度|预计|,?\s*(?:我们)?\s*要)")
_YEAR_MENTION = re.compile(rf"(?P<y>{_Y})\s*年")
_SELF = re.compile(r"我(?P<s>[国省市区县])")
_SEGMENT_BREAK = re.compile(r"[\n\r\t]+|\s{2,}")
_STRONG = {"dateline", "date_line", "title", "plan_name", "review_heading", "plan_heading", "last_year", "file_name"}

# Where each body pattern's matches can begin, so a long text is searched only there (see
# ``_finditer``), not at every 一 of it. A year (_Y) begins 1 9 or 2 0 (one space between allowed)
# or with two numerals (一九, 二〇); an ordinal (_ORDINAL) with numerals before 、 or . (一、 十二.),
# a bracketed numeral or 第…部分. Each start is an alternative beginning with one character, so
# the regex engine scans for those characters itself.
_NUMERAL = "[一二三四五六七八九〇○零Oo]"
_YEAR_AT = rf"1(?=\s?9)|2(?=\s?0)|一(?={_NUMERAL})|二(?={_NUMERAL})"
_NUMERALS = "一二三四五六七八九十"
_ORDINAL_AT = ("|".join(rf"{c}(?=[{_NUMERALS}]*\s*[、.])" for c in _NUMERALS)
               + rf"|\((?=[{_NUMERALS}]+\))|第(?=[{_NUMERALS}]+部分)")
_STARTS = {_REVIEW: rf"{_ORDINAL_AT}|首(?=先报告)", _PERIOD_REVIEW: _ORDINAL_AT, _PLAN_HEAD: _ORDINAL_AT,
           _LAST_YEAR: rf"{_ORDINAL_AT}|刚(?=刚过去的)", _THIS_YEAR: rf"{_YEAR_AT}|今(?=年)", _CURRENT: _YEAR_AT,
           _YEAR_MENTION: _YEAR_AT}
_START_CLASS = {p: re.compile(starts) for p, starts in _STARTS.items()}


def _finditer(pattern: re.Pattern, t: str) -> Iterator[re.Match]:
    """``pattern.finditer(t)``, trying the pattern only where a match can begin (``_STARTS``):
    the same matches, without running a pattern that starts with alternatives and
    look-behinds at every character of a long text."""
    starts, pos = _START_CLASS[pattern], 0
    while (c := starts.search(t, pos)) is not None:
        if m := pattern.match(t, c.start()):  # look-behinds see the text before, as in finditer
            yield m
            pos = m.end()  # matches are never empty
        else:
            pos = c.start() + 1


def _finditer_near(pattern: re.Pattern, t: str, anchor: str, reach: int) -> Iterator[re.Match]:
    """``pattern.finditer(t)`` for a pattern whose every match holds ``anchor`` starting at most
    ``reach`` characters after the match's start: only the positions before each occurrence
    of the anchor are tried."""
    pos, k = 0, t.find(anchor)
    while k >= 0:
        for s in range(max(pos, k - reach), k + 1):
            if m := pattern.match(t, s):
                yield m
                pos = m.end()
                break
        else:
            pos = k + 1
        k = t.find(anchor, max(pos, k + 1))


def _normalise(text: str) -> str:
    """Full-width to ASCII, traditional to simplified (each character alone: only to read metadata),
    HTML and invisibles to spaces; keeps every offset.

    Each character maps to one character (its NFKC form when that is one character), so the
    mapping is a lookup table over code points, filled as new characters are met: a text is
    mapped in one vectorised step instead of one normalisation per character."""
    cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table, known = _char_table()
    for cp in np.unique(cps[~known[cps]]).tolist():
        c = chr(cp)
        n = unicodedata.normalize("NFKC", c)
        table[cp] = ord((n if len(n) == 1 else c).translate(_INVISIBLE).translate(simplified_table()))
        known[cp] = True
    t = table[cps].tobytes().decode("utf-32-le", "surrogatepass")
    return _HTML.sub(lambda m: " " * len(m.group()), t)


@lru_cache(maxsize=1)
def _char_table() -> tuple[np.ndarray, np.ndarray]:
    """Code point -> normalised code point (identity until a character is first met), and which are known."""
    return np.arange(sys.maxunicode + 1, dtype=np.uint32), np.zeros(sys.maxunicode + 1, dtype=bool)


def _cn_int(s: str | None) -> int | None:
    """'2023' / '二〇二三' -> 2023, '二十九' -> 29, '十' -> 10; None when not a number."""
    s = re.sub(r"\s+", "", s or "")
    if s.isascii() and s.isdigit():
        return int(s)
    tens, ten, ones = s.partition("十")
    if ten and len(tens) <= 1 and len(ones) <= 1 and all(c in _DIGITS for c in tens + ones):
        return _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)
    return int("".join(str(_DIGITS[c]) for c in s)) if s and all(c in _DIGITS for c in s) else None


def _year(s: str | None) -> int | None:
    y = _cn_int(s)
    return y if y is not None and 1949 <= y <= 2100 else None


def _plan_start(n: int | None) -> int | None:
    """First year of the n-th five-year plan (十三五 -> 2016), from the shared plan calendar."""
    return plan_period(n)[0] if n and 0 < n < 40 else None


def _npc_year(term: int | None, session: int | None) -> int | None:
    """Year of a session of the National People's Congress."""
    if not term or not session or not 0 < session <= len(_NPC_EARLY.get(term, range(5))) or term >= 40:
        return None
    return _NPC_EARLY[term][session - 1] if term in _NPC_EARLY else 1983 + 5 * (term - 6) + session - 1


def place_level(name: str | None) -> str | None:
    """Level of a place name as written: 江苏省 -> province, 海拉尔区 -> district, 中国 -> national."""
    parsed = _place(name)
    return parsed[1] if parsed and parsed[0] else None


def _place(span: str | None) -> tuple[str | None, str] | None:
    """'呼伦贝尔市海拉尔区' -> (same, 'district'); '市' -> (None, 'city'); '国务院' -> ('中国', 'national')."""
    span = re.sub(r"(?:人民)?(?:政府)?$", "", re.sub(r"\s+", "", span or ""))  # 某某县人民政府 -> 某某县
    if span in _NATIONAL:
        return "中国", "national"
    if span in _LEVEL_OF:
        return None, _LEVEL_OF[span]
    units, pos = [], 0
    while (m := _UNIT.match(span, pos)) and not _NOT_A_NAME.search(m.group()):
        units.append(m.group())
        pos = m.end()
    if not units or span[pos:] not in ("", "市", "省", "区", "县"):  # tolerate a doubled suffix: 无锡市市
        return None
    last = units[-1]
    if last.endswith(("省", "自治区", "特别行政区")) or last in _MUNICIPALITIES:
        return "".join(units), "province"
    level = "district" if last.endswith("区") else "county" if last.endswith(("县", "旗")) else "city"
    return "".join(units), level


def _segments(t: str, end: int) -> list[tuple[int, str]]:
    """(start, text) of the line-like pieces before `end`; one-line files break at tabs and space runs."""
    out, pos = [], 0
    for brk in [*_SEGMENT_BREAK.finditer(t, 0, end), None]:
        piece = t[pos:brk.start() if brk else end]
        if piece.strip():
            out.append((pos + len(piece) - len(piece.lstrip()), piece.strip()))
        pos = brk.end() if brk else end
    return out


def _title_parts(line: str) -> tuple[int | None, str]:
    """(year, place words) of a title: 2026年江苏省政府工作报告 -> (2026, '江苏省')."""
    year = next((y for y in map(_year, _YEAR_MENTION.findall(line)) if y), None)
    return year, re.sub(rf"{_Y}\s*年度?|[\s()《》#*]", "", re.split(_GWR, line)[0])


def _date(m: re.Match) -> str | None:
    y, mo, d = _year(m.group("y")), _cn_int(m.group("m")), _cn_int(m.group("d"))
    if y is None or mo is None or not 1 <= mo <= 12:
        return None
    return f"{y}-{mo:02d}-{d:02d}" if d and 1 <= d <= 31 else f"{y}-{mo:02d}"


class _Candidates:
    """Values proposed per field, each with its tier and Evidence."""

    def __init__(self, text: str):
        self.text, self.by_field = text, {}

    def add(self, field, value, rule, tier, start, end, source=None):
        if value is not None:
            snippet = re.sub(r"\s+", " ", source if source is not None else self.text[max(start, 0):end])
            ev = Evidence(field, str(value), rule, snippet.strip()[:80], -1 if source is not None else start)
            self.by_field.setdefault(field, []).append((tier, value, ev))

    def add_place(self, span, rule, tier, start, end, source=None):
        if parsed := _place(span):
            self.add("place", parsed[0], rule, tier, start, end, source)
            self.add("level", parsed[1], rule, tier, start, end, source)

    def best(self, field):
        """Best tier, then the earliest in the text (the speaker line comes before any quotation)."""
        key = lambda c: (c[0], c[2].char_start if c[2].char_start >= 0 else float("inf"))
        return min(self.by_field.get(field, []), key=key, default=(99, None, None))

    def notes(self, field, chosen, chosen_ev) -> list[str]:
        """One note per strong source that disagrees with the chosen value."""
        out, seen = [], set()
        for _, value, ev in self.by_field.get(field, []):
            same = value == chosen or (field == "place" and (value.endswith(chosen) or chosen.endswith(value)))
            if not same and ev.rule in _STRONG and ev.rule not in seen:
                seen.add(ev.rule)
                out.append(f"{ev.rule.replace('_', ' ')} says {value}, "
                           f"{chosen_ev.rule.replace('_', ' ')} says {chosen}")
        return out


def _head(c: _Candidates, t: str, head_end: int) -> tuple[str | None, str | None, str | None]:
    """Dateline, bare date line and title before the speech begins; returns (title, date, congress)."""
    title = date = congress = None
    if m := _DATELINE.search(t, 0, head_end + 300):
        date, congress = _date(m), re.sub(r"\s+", "", m.group("congress"))
        national = m.group("nat") and not m.group("where")
        year = _year(m.group("y"))
        if year is None and national:
            year = _npc_year(_cn_int(m.group("t")), _cn_int(m.group("s") or "一"))
        for field, value in (("report_year", year), ("report_date", date), ("congress", congress)):
            c.add(field, value, "dateline", 0, m.start(), m.end())
        c.add_place("全国" if national else m.group("where"), "dateline", 0, m.start("where"), m.end())
    segments = _segments(t, head_end)
    for start, seg in segments:
        if not date and (d := _BARE_DATE.fullmatch(seg)) and (date := _date(d)):
            c.add("report_year", _year(d.group("y")), "date_line", 0, start, start + len(seg))
            c.add("report_date", date, "date_line", 0, start, start + len(seg))
    titles = []
    for g in re.finditer(_GWR, t[:head_end]):  # a title may be broken over lines: 政府工作报 / 告
        lines = [(s, seg) for s, seg in segments if s + len(seg) > g.start() and s < g.end()]
        parts = re.split("——|--", "".join(seg for _, seg in lines))  # 政府工作报告——2015年3月5日在…
        line = next((p for p in parts if re.search(_GWR, p)), "")
        if lines and _TITLE.fullmatch(line) and "代表" not in line:
            titles.append((lines[0][0], line))
    if titles:
        start, line = titles[-1]  # the last title-like line before the speech; earlier ones are web links
        prev = [(s, p) for s, p in segments if s < start][-1:]
        if prev and len(prev[0][1]) <= 20 and not _title_parts(line)[1] and _place(prev[0][1]):
            start, line = prev[0][0], prev[0][1] + line  # title over two lines: 某某县人民政府 / 政府工作报告
        (year, who), end = _title_parts(line), start + len(line)
        title = re.sub(r"\s+", "", line).strip("#*《》")
        c.add("title", title, "title", 1, start, end)
        c.add("report_year", year, "title", 1, start, end)
        c.add_place(who, "title", 1, start, end)
    return title, date, congress


# the speech names itself in its first sentences: 向大会作政府工作报告 / 向大会报告过去五年的政府工作 /
# 作关于我国国民经济和社会发展第六个五年计划的报告 / 提出关于…计划草案的报告 (a bare 作报告 names nothing;
# 报告本届政府过去五年的工作 is the government's work report)
_ANNOUNCED = re.compile(r"(?:[作做]|提出)(?P<name>关于[^，。；！：,.;!:]{2,60}?的报告|政府工作报告)"
                        r"|报告[^，。；！：,.;!:]{0,14}?(?:政府)?工作")
ANNOUNCE_WINDOW = 300  # characters after 各位代表 read for the announcement


def _announced_title(c: _Candidates, t: str, speech_at: int) -> str | None:
    """The report's name as the speaker announces it, for a speech without a title line."""
    m = _ANNOUNCED.search(t, speech_at, speech_at + ANNOUNCE_WINDOW)
    if not m:
        return None
    name = m.group("name") or "政府工作报告"
    c.add("title", name, "announced", 2, m.start(), m.end())
    return name


def _body_years(c: _Candidates, t: str, national: bool, speech: bool) -> None:
    """Year signals in the body, from section headings down to the most-mentioned year."""
    def add(rule, tier, m, year, shift=0):
        c.add("report_year", year + shift if year else None, rule, tier, m.start(), m.end())

    if m := next(_finditer(_REVIEW, t), None):  # 一、2023年工作回顾 is read in early 2024
        add("review_heading", 2, m, _year(m.group("y") or m.group("y2")), 1)
    if m := next(_finditer(_PERIOD_REVIEW, t), None):  # 一、“十三五”时期工作回顾: the year after the plan's last
        add("review_heading", 2, m, _plan_start(_cn_int(m.group("abbr"))), 5)
    # a heading on a year's *plan* (二、1981年国民经济计划的任务) is read in the autumn before
    if m := next((m for m in _finditer(_PLAN_HEAD, t) if "计划" not in m.group()), None):
        add("plan_heading", 2, m, _year(m.group("y")))
    if m := next(_finditer(_LAST_YEAR, t), None):
        add("last_year", 2, m, _year(m.group("y")), 1)
    if m := _ELAPSED.search(t):
        add("years_elapsed", 3, m, _year(m.group("y")), _cn_int(m.group("n")) or 0)
    for rule, pattern, shift in _NPC_RULES if national else ():  # local session numbers say nothing
        if (m := pattern.search(t)) and (m.group("s") or rule != "npc_last_year"):
            session = 1 if rule == "npc_term_over" else _cn_int(m.group("s") or "一")
            add(rule, 3, m, _npc_year(_cn_int(m.group("t")), session), shift)
    if speech and (m := _PLAN_SPEECH.search(t, 0, 1500)):  # 关于…第七个五年计划的报告
        add("plan_speech", 4, m, _plan_start(_cn_int(m.group("n"))))
    for m in _finditer(_THIS_YEAR, t):
        add("this_year_is", 6, m, *_this_year(m))
    for m in _finditer(_CURRENT, t):
        add("current_year", 6, m, _year(m.group("y")))
    counts = Counter(y for y in (_year(m.group("y")) for m in _finditer(_YEAR_MENTION, t)) if y)
    (top, n), (_, n2) = (counts.most_common(2) + [(None, 0)] * 2)[:2]
    if n >= 3 and n >= 1.5 * n2:  # a clearly dominant year is the one reviewed
        c.add("report_year", top + 1, "most_mentioned_year", 7, -1, -1, f"{top}年 x{n}")


def _this_year(m: re.Match) -> tuple[int | None, int]:
    """(year, shift) for 今年是… (an anniversary, a plan's first or last year) or 2023年是… (+1 if past)."""
    rest = m.group("rest")
    if m.group("y"):
        return _year(m.group("y")), 1 if _PAST.search(rest) else 0
    if a := _ANNIVERSARY.search(rest):
        return (1921 if a.group("what") == "中国共产党" else 1949) + (_cn_int(a.group("n")) or 0), 0
    if p := _PLAN_YEAR.search(rest):
        return _plan_start(_cn_int(p.group("abbr"))), 4 if p.group("end") in ("收官", "最后一年") else 0
    return None, 0


def _places(c: _Candidates, t: str) -> None:
    """Speaker and signature lines, then how the text refers to its own government (我市, 我国)."""
    for pattern, tier in ((_STATE_COUNCIL, 2), (_PREMIER, 3)):
        if pattern is _PREMIER and "国务院总理" not in t:
            continue  # the signature pattern tries every position; most texts never name the premier
        if m := pattern.search(t):
            c.add_place("国务院", "state_council", tier, m.start(), m.end())
    signatures = _finditer_near(_SIGNATURE, t, "人民政府", 15)  # 2 to 15 characters of name, then 人民政府
    for rule, matches, tier in (("speaker", _SPEAKER.finditer(t), 2), ("signature", signatures, 3)):
        if m := next((m for m in matches if _place(m.group("who"))), None):
            c.add_place(m.group("who"), rule, tier, m.start(), m.end())
    (top, n), (_, n2) = (Counter(m.group("s") for m in _SELF.finditer(t)).most_common(2) + [(None, 0)] * 2)[:2]
    if n >= 3 and n >= 2 * n2:
        c.add_place("国务院" if top == "国" else top, "self_reference", 7, -1, -1, f"我{top} x{n}")


def _file_name(c: _Candidates, file_name: str) -> None:
    """Year and Chinese place name from the file name; hash-like tokens and pinyin are ignored."""
    words = re.split(r"[\s_\-.]+", os.path.splitext(os.path.basename(file_name))[0])
    stem = _normalise(" ".join(w for w in words if not re.fullmatch(r"[0-9a-fA-F]{8,}", w)))
    if years := [y for y in map(_year, re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", stem)) if y]:
        c.add("report_year", years[0], "file_name", 5, -1, -1, file_name)
    if re.search(_GWR, stem):
        c.add_place(_title_parts(stem)[1], "file_name", 5, -1, -1, file_name)


def propose_metadata(text: str, file_name: str = "") -> ProposedMetadata:
    t, c = _normalise(text or ""), _Candidates(text or "")
    speech_at = t.find("各位代表")
    head_end = speech_at if 0 <= speech_at < 20000 else min(len(t), 3000)
    title, date, congress = _head(c, t, head_end)
    speech = speech_at >= 0 or bool(date) or bool(title)
    doc_type = "gov_work_report" if speech or re.search(_GWR, t[:3000] + file_name) else "other"
    # a plan outline names itself (…第十四个五年规划和二〇三五年远景目标纲要); a speech about one does not count
    if not speech and (plan := next((p for p in _PLAN.finditer(t, 0, 3000) if p.group("outline")), None)):
        doc_type = "five_year_plan"
        c.add("report_year", _plan_start(_cn_int(plan.group("n"))), "plan_name", 1, plan.start(), plan.end())
        c.add_place(plan.group("who"), "plan_name", 1, plan.start(), plan.end())
        title = next((s.strip("《》") for _, s in _segments(t, 3000) if s.strip("《》") == plan.group()), None)
    if title is None and speech_at >= 0:
        title = _announced_title(c, t, speech_at)
    _places(c, t)
    _file_name(c, file_name)
    level_tier, level, _ = c.best("level")
    _body_years(c, t, level == "national", speech)
    _, year, year_ev = c.best("report_year")
    if year_ev and year_ev.rule in ("this_year_is", "current_year"):  # weak phrases: the majority decides
        year = Counter(v for tier, v, _ in c.by_field["report_year"] if tier == 6).most_common(1)[0][0]
    place_tier, place, place_ev = c.best("place")
    if place and _place(place)[1] != level and level_tier < place_tier:
        place = None  # a weaker name of another level (我国 in a county report) is not this place
    elif place:
        level = _place(place)[1]  # a named place decides its own level
    if not congress and level == "national" and (m := _NPC_RULES[0][1].search(t)):
        congress = re.sub(r"^(?:向|我们)?(?:这次|本次)?", "", re.sub(r"\s+", "", m.group()))
        c.add("congress", congress, "npc_session", 3, m.start(), m.end())
    notes = c.notes("report_year", year, year_ev) if year else []
    notes += c.notes("place", place, place_ev) if place else []
    evidence = tuple(ev for candidates in c.by_field.values() for *_, ev in candidates)
    chosen = {"report_year": _evidence_for(c, "report_year", year), "place": place_ev if place else None,
              "level": _evidence_for(c, "level", level), "report_date": _evidence_for(c, "report_date", date),
              "congress": _evidence_for(c, "congress", congress), "title": _evidence_for(c, "title", title)}
    chosen = {k: v for k, v in chosen.items() if v is not None}
    return ProposedMetadata(year, place, level, doc_type, title, date, congress, evidence, tuple(notes), chosen)


def _evidence_for(c: _Candidates, field: str, value) -> Evidence | None:
    """The best-ranked candidate that proposed ``value`` for ``field``."""
    if value is None:
        return None
    same = [cand for cand in c.by_field.get(field, []) if cand[1] == value]
    if not same:
        return None
    return min(same, key=lambda cand: (cand[0], cand[2].char_start if cand[2].char_start >= 0 else float("inf")))[2]
