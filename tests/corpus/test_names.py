"""File names in messages: control characters escaped, everything else as written."""
from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from govreport.corpus.names import one_line, printable


def test_escape_sequences_and_bidi_overrides_are_escaped_and_chinese_kept():
    assert printable("江苏省政府工作报告.txt") == "江苏省政府工作报告.txt"
    assert printable("a\x1b[31mred\x07.txt") == "a\\x1b[31mred\\x07.txt"
    assert printable("report\u202etxt.exe") == "report\\u202etxt.exe"
    assert printable("line\nbreak") == "line\\x0abreak"


def test_one_line_collapses_whitespace_and_shortens():
    assert one_line("a \n\t b") == "a b"
    assert one_line("x" * 300, limit=10) == "x" * 9 + "…"


@given(st.text())
def test_printable_output_never_holds_a_control_character(name):
    out = printable(name)
    assert not [c for c in out if unicodedata.category(c) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}]
