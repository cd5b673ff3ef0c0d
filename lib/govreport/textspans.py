"""Small helpers for spans of clean text: lines, normalised keys, sentence splitting."""
from __future__ import annotations

import re
import unicodedata

_LINE = re.compile(r"[^\n]+")
_NOT_KEY = re.compile(r"[\s\W_]+", re.UNICODE)

SENTENCE_END = "。！？；!?;"
OPENERS = "“‘（(《〈【［「『"
CLOSERS = "”’）)》〉】］」』"
_PAIRS = dict(zip(OPENERS, CLOSERS))


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding something other than whitespace."""
    return [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]


def norm_key(text: str) -> str:
    """Comparison key: NFKC, no whitespace or punctuation (so width and spacing never matter)."""
    return _NOT_KEY.sub("", unicodedata.normalize("NFKC", text))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], split after 。！？； outside quotes and brackets.

    Closing quotes/brackets right after the terminator stay with the sentence; an
    unbalanced bracket never swallows more than the paragraph it sits in.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    s = start
    i = start
    while i < end:
        ch = text[i]
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in CLOSERS and ch in stack:
            while stack and stack.pop() != ch:
                pass
        if ch in SENTENCE_END and not stack:
            j = i + 1
            while j < end and (text[j] in CLOSERS or text[j] in SENTENCE_END):
                j += 1
            spans.append((s, j))
            s = i = j
            continue
        if len(stack) > 8:  # runaway nesting from broken text: give up on it
            stack.clear()
        i += 1
    if s < end:
        spans.append((s, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out
