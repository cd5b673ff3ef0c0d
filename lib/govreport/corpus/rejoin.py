"""Re-join sentences broken across blank lines or page breaks."""
from __future__ import annotations

import re

from govreport.corpus.debris import CJK
from govreport.corpus.headings import is_heading_only, looks_like_heading
from govreport.corpus.ledger import Ledger
from govreport.lang.spans import lines

MIN_BROKEN_LEN = 30  # short lines without final punctuation are usually titles, not broken sentences
_ENDS_MID_SENTENCE = re.compile(rf"[{CJK}0-9A-Za-z、，“（]$")
_HAS_PUNCT = re.compile(r"[，、；。：！？]")  # prose, not a title, dateline or byline
_STARTS_MID_SENTENCE = re.compile(rf"^[{CJK}0-9A-Za-z，、。；）”%]")
_VERB_OF_NUMBER = re.compile(r"^(?:为|达到?|增长|下降)[0-9]")  # 预期目标设定\n为6%以上: no paragraph opens so
_ENDS_LATIN = re.compile(r"[A-Za-z]$")
_SUBSCRIPT = re.compile(r"^[0-9.]{1,4}$")  # PM\n2.5\n）, M\n2\n增长: a subscript the source put on its own line


def _subscript_joins(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The breaks around a subscript line (``2.5`` after ``…（PM``), so a name such as PM2.5 stays whole."""
    joins = set()
    for (a0, a1), (s0, s1), (b0, b1) in zip(spans, spans[1:], spans[2:]):
        prev, sub, nxt = text[a0:a1].strip(), text[s0:s1].strip(), text[b0:b1].strip()
        if _ENDS_LATIN.search(prev) and _SUBSCRIPT.match(sub) and _STARTS_MID_SENTENCE.match(nxt):
            joins |= {(a1, s0), (s1, b0)}
    return joins


def rejoin_broken_sentences(ledger: Ledger) -> int:
    """Remove the line break between a line that stops mid-sentence and its continuation."""
    text, _ = ledger.view()
    spans = lines(text)
    joins = _subscript_joins(text, spans)
    paragraph_len = 0  # length of the paragraph built so far, joins included
    for (a0, a1), (b0, b1) in zip(spans, spans[1:]):
        prev, nxt = text[a0:a1].strip(), text[b0:b1].strip()
        paragraph_len += len(prev)
        continues = nxt[:1] in "，、。；）”%" or bool(_VERB_OF_NUMBER.match(nxt))  # a line opening with these can only be a continuation
        if (a1, b0) in joins:
            continue
        if (
            (paragraph_len >= MIN_BROKEN_LEN or continues)
            and _HAS_PUNCT.search(prev) and (_HAS_PUNCT.search(nxt) or len(nxt) >= MIN_BROKEN_LEN)
            and text[a0] != "\t" and text[b0] != "\t"
            and _ENDS_MID_SENTENCE.search(prev)
            and _STARTS_MID_SENTENCE.match(nxt)
            and not looks_like_heading(nxt)
            and not is_heading_only(prev)
        ):
            joins.add((a1, b0))
        else:
            paragraph_len = 0
    for raw_start, raw_end in [ledger.to_raw_span(a, b) for a, b in sorted(joins)]:
        ledger.remove(raw_start, raw_end, "rejoined_broken_sentence")
    return len(joins)
