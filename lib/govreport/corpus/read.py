"""Decode a raw file to text, refusing what is not text.

Encoding: byte-order marks first (UTF-8, UTF-16), then strict UTF-8, then
charset-normalizer's best guess (GB18030 stands in for GB2312/GBK, of which it is
a superset). The decoded text keeps its line endings: offsets in every table index
this decoded text; CR characters are handled as ledger edits during cleaning.
"""
from __future__ import annotations

import codecs
from pathlib import Path

from charset_normalizer import from_bytes


class DocumentError(ValueError):
    """A raw file cannot be read as a text document; the message names the file."""


_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "big5", "cp936"}


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding) or raise DocumentError naming ``name``."""
    if not data.strip():
        raise DocumentError(f"{name}: file is empty")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                     (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{name}: has a {enc} byte-order mark but does not decode ({exc.reason})") from None
    if not _looks_binary(data):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:200_000], cp_isolation=["utf_16_le", "utf_16_be", "gb18030", "big5"]).best()
    if best is None or _looks_binary(data) and best.encoding not in ("utf_16_le", "utf_16_be"):
        raise DocumentError(f"{name}: not a text document (binary or unknown encoding)")
    encoding = "gb18030" if best.encoding.replace("_", "").lower() in _GB_FAMILY else best.encoding
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name}: cannot be decoded as {encoding} ({exc.reason})") from None
    if not text.strip():
        raise DocumentError(f"{name}: no text after decoding")
    return text, encoding.replace("_", "-")


def read_document(path: str | Path) -> tuple[str, str]:
    """Read and decode one raw file: (text, encoding)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror})") from None
    return decode_bytes(data, str(path))
