"""Chinese numerals: 二〇三五 → 2035, 十一 → 11, 两万 → 20000 (exact, as Decimal)."""
from __future__ import annotations

from decimal import Decimal

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10**4, "亿": 10**8}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL) + "".join(CN_BIG)


def parse_chinese_numeral(s: str) -> Decimal | None:
    """二〇三五 -> 2035, 十一 -> 11, 两万 -> 20000, 一亿二千万 -> 120000000, 万亿 -> 1e12."""
    if not s or any(c not in CN_CHARS for c in s):
        return None
    if len(s) > 1 and all(c in CN_DIGITS for c in s):      # digit by digit: 二〇三五
        return Decimal("".join(str(CN_DIGITS[c]) for c in s))
    total, section, num = 0, 0, 0
    for c in s:
        if c in CN_DIGITS:
            num = CN_DIGITS[c]
        elif c in CN_SMALL:
            section += (num or 1) * CN_SMALL[c]
            num = 0
        elif c == "万":
            part = (section + num) or (0 if total else 1)     # a bare 万 means one 万
            total += part * 10**4
            section, num = 0, 0
        elif c == "亿":
            total = ((total + section + num) or 1) * 10**8
            section, num = 0, 0
    return Decimal(total + section + num)
