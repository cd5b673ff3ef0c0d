"""Paragraph breaks lost in one-line layouts, restored as repairs.

Some copies of a report hold the whole text on one line: paragraphs joined by tabs,
full-width indents (　　) or runs of spaces, sometimes by nothing at all (…人民期待！二、2019年…).
Without line breaks there are no paragraphs, no headings and no sections, so every number
would be dated from the wrong part. In a line far longer than any paragraph, each such
separator after a sentence end — and the point before a numbered heading (一、 （一）
第一部分) that follows a sentence end — becomes a paragraph break, recorded as the repair
``paragraph_break_restored`` (the separator's characters become one line break).
"""
from __future__ import annotations

import re

from govreport.corpus.ledger import Ledger

LONG_LINE = 1500  # no real paragraph is this long (the longest in the development corpus: ~1,300)
_NUM = "一二三四五六七八九十"
_HEADING = rf"(?:[{_NUM}]{{1,3}}、|（[{_NUM}]{{1,3}}）|\([{_NUM}]{{1,3}}\)|第[{_NUM}]{{1,3}}(?:部分|篇|章))"
# a layout gap: a tab, two full-width spaces or three spaces (possibly mixed, with NBSPs)
_GAP = re.compile(r"[ \t\u3000\xa0]*(?:\t|\u3000{2}|[ \xa0]{3,})[ \t\u3000\xa0]*")
# any whitespace after a sentence end, or before a heading
_SENTENCE_GAP = re.compile(rf"(?<=[。！？!?；：:”])[ \t\u3000\xa0]+(?=\S)|[ \t\u3000\xa0]+(?={_HEADING})")
_GLUED_HEADING = re.compile(rf"[。！？!?；”](?={_HEADING})")


def restore_paragraph_breaks(ledger: Ledger) -> int:
    """Record paragraph breaks in over-long lines of the raw text; return how many."""
    raw = ledger.raw
    n = 0
    pos = 0
    for line in raw.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if len(line) < LONG_LINE:
            continue
        gaps = {(m.start(), m.end()) for m in _GAP.finditer(line) if 0 < m.start() and m.end() < len(line)}
        gaps |= {(m.start(), m.end()) for m in _SENTENCE_GAP.finditer(line) if m.end() < len(line)}
        for a, b in sorted(_merge(gaps)):
            n += ledger.repair(start + a, start + b, "\n", "paragraph_break_restored")
        for m in _GLUED_HEADING.finditer(line):
            n += ledger.repair(start + m.start(), start + m.end(), m.group() + "\n", "paragraph_break_restored")
    return n


def _merge(spans: set[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]
