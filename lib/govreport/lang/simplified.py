"""Traditional → simplified characters, one character for one, so every offset into the raw text holds.

OpenCC's character tables decide (t2s, then hk2s for variants such as 衞; one character at a
time: the phrase tables may change a text's length). Some characters are simplified ones too
(乾坤, 皇后, 里程): a text is only simplified when it has a character that is surely traditional,
one whose simplified form maps back to it (國).
"""
from __future__ import annotations

import re
from functools import lru_cache

import opencc

# the CJK blocks old reports are written in: extension A and the unified ideographs
_CJK_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))


@lru_cache(maxsize=None)
def simplified_table() -> dict[int, int]:
    """Code point of a traditional character -> code point of its simplified form (str.translate table)."""
    converters = (opencc.OpenCC("t2s").convert, opencc.OpenCC("hk2s").convert)   # hk2s knows variants such as 衞
    table = {}
    for lo, hi in _CJK_BLOCKS:
        for cp in range(lo, hi + 1):
            for convert in converters:
                out = convert(chr(cp))
                if len(out) == 1 and out != chr(cp):
                    table[cp] = ord(out)
                    break
    return table


@lru_cache(maxsize=None)
def traditional_marks() -> re.Pattern:
    """Characters only traditional text uses: simplified, they map back to themselves (國 → 国 → 國; not 乾 → 干 → 幹)."""
    back = opencc.OpenCC("s2t").convert
    return re.compile("[" + "".join(chr(cp) for cp, s in sorted(simplified_table().items()) if back(chr(s)) == chr(cp)) + "]")


def to_simplified(text: str) -> str:
    """The text with traditional characters simplified, one for one (same length, same offsets);
    a text with no surely traditional character is returned as it is."""
    return text.translate(simplified_table()) if traditional_marks().search(text) else text
