"""Decode a raw file to text, refusing what is not a Chinese text document.

Encoding: byte-order marks first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
charset-normalizer's guess among the encodings Chinese documents come in: the GB family
(GB2312/GBK/GB18030, decoded as GB18030, their superset), the Big5 family (decoded as
CP950, Big5 with the Windows additions) and UTF-16 without a mark. Any other guess
(Shift-JIS, EUC-KR, Latin-1 ...) is refused rather than decoded into gibberish. A file
whose text is empty once byte-order marks, whitespace and zero-width characters are
set aside is refused too. The decoded text keeps its line endings and control characters:
offsets in every table index this decoded text; cleaning records their removal.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from charset_normalizer import from_bytes

from govreport.corpus.names import printable


class DocumentError(ValueError):
    """A raw file cannot be read as a text document; the message names the file."""


# charset-normalizer's names → (Python codec used to decode, name recorded in documents.encoding)
_FAMILIES = {
    **dict.fromkeys(("gb2312", "gbk", "gb18030", "hz", "cp936"), ("gb18030", "gb18030")),
    **dict.fromkeys(("big5", "big5hkscs", "cp950"), ("cp950", "big5")),
    "utf_16_le": ("utf-16-le", "utf-16-le"), "utf_16_be": ("utf-16-be", "utf-16-be"),
}
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# what does not count as text: whitespace (incl. U+3000), byte-order marks, zero-width characters
_INVISIBLE = re.compile(r"[\s\ufeff\ufffe\u200b-\u200f\u2028-\u202f\u2060-\u2064\u180e\x00-\x1f\x7f]+")
SAMPLE = 200_000  # bytes given to the detector


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))  # not tab, newlines, ESC


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # counted in C, not byte by byte
    return controls > len(sample) * 0.05


def is_blank(text: str) -> bool:
    """Nothing but whitespace, byte-order marks, zero-width and control characters (a match
    from the start stops at the first visible character: no copy of the whole text)."""
    return not text or _INVISIBLE.fullmatch(text) is not None


def _guess(data: bytes) -> tuple[str, str] | None:
    """(codec, recorded name) of the detector's best guess when it is an accepted encoding.

    UTF-16 without a mark is believed only when the bytes hold NULs (short GBK text can pass
    as UTF-16). A better-ranked foreign encoding (EUC-KR text also decodes as GB18030, with
    more chaos) is refused, unless an accepted one fits the bytes as well.
    """
    has_nul = b"\x00" in data[:SAMPLE]
    results = [m for m in from_bytes(data[:SAMPLE])
               if has_nul or not (_FAMILIES.get(m.encoding.lower(), ("",))[0].startswith("utf-16"))]
    if not results:
        return None
    top = results[0]
    accepted = [m for m in results if m.encoding.lower() in _FAMILIES]
    if accepted and (accepted[0] is top or accepted[0].chaos <= top.chaos):
        return _FAMILIES[accepted[0].encoding.lower()]
    raise _Refused(top.encoding)


class _Refused(Exception):
    pass


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Return (text, encoding) or raise DocumentError naming ``name``."""
    shown = printable(name)
    if not data.strip():
        raise DocumentError(f"{shown}: file is empty")
    text, encoding = None, ""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{shown}: has a {enc} byte-order mark but does not decode ({exc.reason})") from None
            break
    if text is None and not _looks_binary(data):
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    if text is None:
        try:
            guess = _guess(data)
        except _Refused as refused:
            raise DocumentError(f"{shown}: looks like {refused.args[0]}, not a Chinese text encoding "
                                "(UTF-8, GB18030/GBK, Big5 or UTF-16); convert it to UTF-8") from None
        if guess is None or (_looks_binary(data) and not guess[0].startswith("utf-16")):
            raise DocumentError(f"{shown}: not a text document (binary or unknown encoding)")
        codec, encoding = guess
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            raise DocumentError(f"{shown}: cannot be decoded as {encoding} ({exc.reason})") from None
    if is_blank(text):
        raise DocumentError(f"{shown}: no text (only whitespace, byte-order marks or invisible characters)")
    return text, encoding


def read_document(path: str | Path) -> tuple[str, str]:
    """Read and decode one raw file: (text, encoding)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{printable(str(path))}: cannot be read ({exc.strerror})") from None
    return decode_bytes(data, str(path))
