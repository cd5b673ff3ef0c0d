"""File names as they may be shown: control characters escaped, so a name cannot drive the terminal.

A raw file may be called anything, including escape sequences (ESC [ 2 J clears a screen) or
bidirectional overrides that make a name read backwards. Every message that names a raw file
goes through ``printable``; the name itself is kept unchanged in the tables.
"""
from __future__ import annotations

import re
import unicodedata

# Cc (C0, DEL, C1), Cf (bidi overrides, zero-width), Zl/Zp, and unpaired surrogates
_UNSAFE_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def printable(name: object) -> str:
    """``name`` with every control, format or unassigned character written as an escape (\\x1b, \\u202e)."""
    text = str(name)
    if text.isprintable():
        return text
    return "".join(_escape(c) if unicodedata.category(c) in _UNSAFE_CATEGORIES else c for c in text)


_SPACE_RUN = re.compile(r"\s+")


def one_line(text: str, limit: int = 200) -> str:
    """A value quoted in a one-line message: escaped, whitespace collapsed, shortened."""
    text = printable(_SPACE_RUN.sub(" ", str(text)).strip())
    return text if len(text) <= limit else text[:limit - 1] + "…"
