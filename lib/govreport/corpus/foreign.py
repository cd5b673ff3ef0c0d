"""Separate content that is not part of the document, e.g. other newspaper articles on the page.

A newspaper scrape is cut into blocks at continuation marks (（上接第1版）) and markdown
headings. The block richest in report structure is the document; a later block is
foreign when its wording is unlike the document's and it reads like news (bylines,
'据了解', reporters), rather than like a government report (numbered headings,
'我们', '各位代表'). Before the document only clear news goes: mastheads and titles stay.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from govreport.corpus.headings import match_heading
from govreport.corpus.ledger import Ledger

BOUNDARY_REASONS = {"continuation_mark", "markdown_heading_marker"}
MIN_BLOCK_CHARS = 60
SIMILARITY_FLOOR = 0.55
_NEWS = re.compile(r"据了解|记者|通讯员|相关负责人|透露|表示，|（[\u4e00-\u9fff]{2,4}）\s*$|本报讯", re.M)
_REPORT = re.compile(r"我们|各位代表|市政府|^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、", re.M)


def _bigrams(text: str) -> Counter:
    t = re.sub(r"\s+", "", text)
    return Counter(t[i:i + 2] for i in range(len(t) - 1))


def _cosine(a: Counter, b: Counter) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    return dot / math.sqrt(sum(v * v for v in a.values()) * sum(v * v for v in b.values()))


def remove_foreign_content(ledger: Ledger) -> list[tuple[int, int]]:
    """Remove foreign blocks; return their raw spans."""
    raw = ledger.raw
    cuts = sorted({e.start for e in ledger.edits if e.reason in BOUNDARY_REASONS and e.start > 0})
    if not cuts:
        return []
    bounds = [0] + cuts + [len(raw)]
    blocks = [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]
    # tiny blocks (a heading, a byline) belong to the block that follows
    merged: list[list[int]] = []
    for a, b in blocks:
        if merged and len(raw[merged[-1][0]:merged[-1][1]].strip()) < MIN_BLOCK_CHARS:
            merged[-1][1] = b
        else:
            merged.append([a, b])
    if len(merged) < 2:
        return []
    texts = [raw[a:b] for a, b in merged]
    report_scores = [len(_REPORT.findall(t)) + sum(1 for line in t.splitlines() if match_heading(line)) for t in texts]
    main = max(range(len(texts)), key=lambda i: (report_scores[i], len(texts[i])))
    main_grams = _bigrams(texts[main])
    removed = []
    for i in range(len(merged)):
        if i == main:
            continue
        news = len(_NEWS.findall(texts[i]))
        similarity = _cosine(_bigrams(texts[i]), main_grams)
        report_like = report_scores[i] / max(1, len(texts[i]) / 500)
        unlike = similarity < SIMILARITY_FLOOR and report_like < 1
        newsy = news >= 2 and report_scores[i] == 0
        # before the report only clear news goes: a masthead or title block is short and kept
        if (i > main and (unlike or newsy)) or (i < main and newsy and len(texts[i].strip()) > 2 * MIN_BLOCK_CHARS):
            a, b = merged[i]
            ledger.remove(a, b, "unrelated_content")
            removed.append((a, b))
    return removed
