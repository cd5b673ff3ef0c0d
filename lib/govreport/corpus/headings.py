"""Heading patterns of Chinese government documents and how deep each one sits.

Levels: 1 = 第X篇 / 一、 ; 2 = 第X章 / （一） ; 3 = 第X节 / (一) / 1. / 一是 ;
4 = lead-phrase subheading (a short sentence opening a paragraph, often bold).
A document uses only some of these; levels are relative and parents are found by
nesting, so a plan (篇/章/节) and a report (一、/（一）) both get a sensible tree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

NUM = "一二三四五六七八九十百零〇两"

HEADING_RULES: list[tuple[re.Pattern, int]] = [
    (re.compile(rf"^(第[{NUM}\d]+篇)\s*(.*)$"), 1),
    (re.compile(rf"^(第[{NUM}\d]+部分)\s*(.*)$"), 1),
    (re.compile(rf"^(第[{NUM}\d]+章)\s*(.*)$"), 2),
    (re.compile(rf"^(第[{NUM}\d]+节)\s*(.*)$"), 3),
    (re.compile(rf"^([{NUM}]{{1,3}}、)\s*(.*)$"), 1),
    (re.compile(rf"^(（[{NUM}]{{1,3}}）)\s*(.*)$"), 2),
    (re.compile(rf"^(\([{NUM}]{{1,3}}\))\s*(.*)$"), 3),
    (re.compile(r"^(\d{1,2}[\.．、](?!\d))\s*(.*)$"), 3),
    (re.compile(rf"^([{NUM}]{{1,3}}是)(.*)$"), 3),
]
# stand-alone title lines: 序言, 前言, 附图, 结束语 ...
_TITLE_LINE = re.compile(r"^(序\s*言|前\s*言|引\s*言|结\s*束\s*语|后\s*记|名\s*词\s*解\s*释|词语解释|注\s*释|"
                         r"附\s*[图表件录][一二三四五六七八九十\d]{0,3}(?:[：:][^。！？]{0,30})?)$")
LEAD_PHRASE_MAX = 24  # a lead phrase is a short first sentence: "做大项目增量。"
_LEAD_PHRASE = re.compile(rf"^([^，,；;：:。！？\n]{{2,{LEAD_PHRASE_MAX}}}[。！])(?=\S)")


@dataclass(frozen=True)
class HeadingMatch:
    level: int
    number: str
    title: str
    title_end: int  # offset (within the line) where the heading's own text ends


def match_heading(line: str) -> HeadingMatch | None:
    """Recognise a numbered heading at the start of a line; title runs to the first 。 if any."""
    stripped = line.strip()
    for pattern, level in HEADING_RULES:
        m = pattern.match(stripped)
        if not m:
            continue
        rest = m.group(2)
        cut = _first_stop(rest)
        title = rest[:cut].strip()
        if level == 3 and m.group(1).endswith("是") and cut == len(rest):
            return None  # "一是" without a closing 。 is prose, not an item heading
        if not title and not m.group(1).startswith("第"):
            return None
        if len(title) > 60 and cut == len(rest):
            return None  # a long line with no stop is prose that happens to start with a numeral
        offset = line.find(m.group(1))
        return HeadingMatch(level, m.group(1), title.rstrip("。！"), offset + len(m.group(1)) + min(cut + 1, len(rest)))
    if _TITLE_LINE.match(stripped.replace("\u3000", " ")):
        return HeadingMatch(1, "", re.sub(r"\s+", "", stripped), len(line))
    return None


def match_lead_phrase(line: str) -> str | None:
    """A paragraph opening with a short sentence followed by more text: 务实企业支持。…"""
    m = _LEAD_PHRASE.match(line.strip())
    return m.group(1) if m else None


def looks_like_heading(line: str) -> bool:
    return match_heading(line) is not None


def is_heading_only(line: str) -> bool:
    """The whole line is a heading (no paragraph text after it)."""
    m = match_heading(line)
    return m is not None and not line[m.title_end:].strip()


def _first_stop(text: str) -> int:
    for i, ch in enumerate(text):
        if ch in "。！？":
            return i
    return len(text)
