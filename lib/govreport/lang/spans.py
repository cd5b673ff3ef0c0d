"""Small helpers for spans of clean text: lines, normalised keys, sentence splitting."""
from __future__ import annotations

import re
import sys
from functools import lru_cache

import numpy as np

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
    """Comparison key: no whitespace or punctuation, so width and spacing never matter.

    (Full-width letters and digits were already repaired to ASCII by the debris stage.)
    """
    return _NOT_KEY.sub("", text)


class KeyIndex:
    """``norm_key`` of any span of one text, by slicing: the text's key characters (those
    ``norm_key`` keeps) are found once, in one vectorised pass, with how many come before each
    position; ``keys(a, b) == norm_key(text[a:b])``. For the many lines and sentences of one
    document, instead of a regex substitution per span."""

    def __init__(self, text: str):
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        keep = _key_chars(cps)
        self.key = cps[keep].tobytes().decode("utf-32-le", "surrogatepass")
        self._before = [0, *np.cumsum(keep).tolist()]  # key characters before each position

    def __call__(self, start: int, end: int) -> str:
        return self.key[self._before[start]:self._before[end]]


def _key_chars(cps: np.ndarray) -> np.ndarray:
    """Whether each code point is a key character: decided by ``_NOT_KEY`` itself, once per
    code point met, and kept in a table over all code points."""
    table, known = _key_table()
    new = cps[~known[cps]]
    if len(new):
        for cp in np.unique(new).tolist():
            table[cp] = _NOT_KEY.match(chr(cp)) is None
            known[cp] = True
    return table[cps]


@lru_cache(maxsize=1)
def _key_table() -> tuple[np.ndarray, np.ndarray]:
    """Code point -> is a key character, and whether that is known yet (filled as characters are met)."""
    return np.zeros(sys.maxunicode + 1, dtype=bool), np.zeros(sys.maxunicode + 1, dtype=bool)


_SPECIAL = re.compile("[" + re.escape(SENTENCE_END + OPENERS + CLOSERS) + "]")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end], split after 。！？； outside quotes and brackets.

    Closing quotes/brackets right after the terminator stay with the sentence; an
    unbalanced bracket never swallows more than the paragraph it sits in. Only the
    punctuation characters are visited (regex scan), which keeps this fast.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    stack: list[str] = []
    s = start
    skip_to = start
    for m in _SPECIAL.finditer(text, start, end):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if ch in _PAIRS:
            stack.append(_PAIRS[ch])
            if len(stack) > 8:  # runaway nesting from broken text: give up on it
                stack.clear()
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in CLOSERS and ch in stack:
            while stack and stack.pop() != ch:
                pass
        elif ch in SENTENCE_END and not stack:
            j = i + 1
            while j < end and (text[j] in CLOSERS or text[j] in SENTENCE_END):
                j += 1
            spans.append((s, j))
            s = skip_to = j
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
