"""Conversion and layout debris: patterns found in the raw text and recorded in the ledger.

Each rule is a regular expression plus a reason; matches become removals or repairs.
Nothing here knows about particular files: the rules describe kinds of debris
(Word bookmarks, newspaper continuation marks, markdown, LaTeX sub/superscripts...).
"""
from __future__ import annotations

import html
import re
import unicodedata

from govreport.corpus.ledger import Ledger

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# (pattern, reason, triggers): every match is removed. A rule runs only when one of its
# trigger substrings occurs in the text (a fast C-level scan), which keeps cleaning quick.
REMOVALS: list[tuple[re.Pattern, str, tuple[str, ...]]] = [
    (re.compile(r"\[bookmark:[^\]\n]*\]"), "word_bookmark", ("[bookmark:",)),
    (re.compile(r"\[footnoteRef:\s*\d+\]"), "footnote_marker", ("[footnoteRef:",)),
    (re.compile(r"\[image:[^\]\n]*\]"), "image_placeholder", ("[image:",)),
    (re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)"), "image_placeholder", ("![",)),
    (re.compile(r"(?m)^[ \t\u3000]*[—–\-－]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[—–\-－]+[ \t\u3000]*(?:\n|$)"), "page_number", ("—", "–", "-", "－")),
    (re.compile(r"(?m)^[ \t\u3000]*第?\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?[ \t\u3000]*(?:\n|$)"), "page_number", ("页",)),
    (re.compile(r"[（(]\s*[上下]?\s*[接转]\s*第?\s*[0-9一二三四五六七八九十]{1,3}\s*版\s*[)）][ \t\u3000]*"), "continuation_mark", ("版",)),
    (re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+"), "markdown_heading_marker", ("#",)),
    (re.compile(r"(?m)^[ \t\u3000]*[。，、；：][ \t\u3000]*(?:\n|$)"), "stray_punctuation", ("。", "，", "、", "；", "：")),
    (re.compile(r"(?m)[ \u3000]+$"), "trailing_whitespace", (" \n", "\u3000\n")),
]
# control and invisible format characters (NUL, ESC, DEL, C1, zero-width, bidi overrides, BOMs) anywhere
# in the text; TAB, LF and CR are layout and handled elsewhere
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                     r"\u2066-\u2069\ufeff\ufff9-\ufffb]+")
_HTML_SCRIPT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")
# block-level tags end a paragraph: they become a line break, not nothing
_HTML_BLOCK = re.compile(r"</(?:p|div|li|h[1-6]|tr|table|section|article)\s*>|<br\s*/?>", re.I)
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")

# table-of-contents lines: "第三节  发展战略<TAB>13"
_TOC_LINE = re.compile(r"(?m)^[^\n\t]{2,60}\t\s*\d{1,4}[ \t]*$")
_TOC_HEAD = re.compile(r"(?m)^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*$")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_LATEX = re.compile(r"(_|\^)\{([^{}\n]{1,12})\}")
_SPACE_CJK_ALNUM = re.compile(
    rf"(?<=[{CJK}])[ \t\u3000]+(?=[0-9A-Za-z０-９Ａ-Ｚａ-ｚ])"
    rf"|(?<=[0-9A-Za-z%％０-９Ａ-Ｚａ-ｚ}}])[ \t\u3000]+(?=[{CJK}])"
)
_FULLWIDTH_ALNUM = re.compile(r"[０-９Ａ-Ｚａ-ｚ]+(?:[．][０-９]+)?")
_ASCII_PUNCT = re.compile(rf"(?<=[{CJK}”’）])[,;:?!](?!\d)|[,;:?!](?=[{CJK}“‘（])")
_ASCII_PARENS = re.compile(rf"\(([^()\n]{{0,40}}[{CJK}][^()\n]{{0,40}})\)")
_FULLWIDTH_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}


def strip_debris(ledger: Ledger) -> list[tuple[int, int]]:
    """Record debris edits; return raw spans of emphasised (bold) text, useful as heading hints."""
    raw = ledger.raw
    _line_endings(ledger)
    _table_of_contents(ledger)
    emphasis: list[tuple[int, int]] = []
    for m in (_EMPHASIS.finditer(raw) if ("**" in raw or "__" in raw) else ()):
        if "\n" in m.group(2):
            continue
        emphasis.append((m.start(2), m.end(2)))
        ledger.remove(m.start(1), m.end(1), "markdown_emphasis")
        ledger.remove(m.end(2), m.end(), "markdown_emphasis")
    if "<" in raw and _HTML_TAG.search(raw):
        _html(ledger)
    for m in CONTROL.finditer(raw):
        ledger.remove(m.start(), m.end(), "control_character")
    for pattern, reason, triggers in REMOVALS:
        if any(t in raw for t in triggers):
            for m in pattern.finditer(raw):
                ledger.remove(m.start(), m.end(), reason)
    for m in (_LATEX.finditer(raw) if ("_{" in raw or "^{" in raw) else ()):
        ledger.repair(m.start(), m.end(), m.group(2), "latex_subscript" if m.group(1) == "_" else "latex_superscript")
    for m in _SPACE_CJK_ALNUM.finditer(raw):
        # a restored paragraph break (one-line layouts) is not a stray space
        if not _in_table_line(raw, m.start()) and not ledger.touches(m.start(), m.end()):
            ledger.remove(m.start(), m.end(), "space_between_cjk_and_digit")
    for m in (_FULLWIDTH_ALNUM.finditer(raw) if _has_fullwidth(raw) else ()):
        ledger.repair(m.start(), m.end(), unicodedata.normalize("NFKC", m.group()), "fullwidth_alnum")
    if not any(c in raw for c in ",;:?!("):
        return emphasis
    for m in _ASCII_PARENS.finditer(raw):
        ledger.repair(m.start(), m.start() + 1, "（", "ascii_punct_in_chinese")
        ledger.repair(m.end() - 1, m.end(), "）", "ascii_punct_in_chinese")
    for m in _ASCII_PUNCT.finditer(raw):
        ledger.repair(m.start(), m.end(), _FULLWIDTH_PUNCT[m.group()], "ascii_punct_in_chinese")
    return emphasis


def _html(ledger: Ledger) -> None:
    """Scraped HTML: scripts, styles, comments and tags go; block tags become paragraph breaks."""
    raw = ledger.raw
    for pattern, reason in ((_HTML_SCRIPT, "html_script_or_style"), (_HTML_COMMENT, "html_comment")):
        for m in pattern.finditer(raw):
            ledger.remove(m.start(), m.end(), reason)
    for m in _HTML_TAG.finditer(raw):
        if _HTML_BLOCK.fullmatch(m.group()):
            ledger.repair(m.start(), m.end(), "\n\n", "html_block_tag")
        else:
            ledger.remove(m.start(), m.end(), "html_tag")
    for m in (_HTML_ENTITY.finditer(raw) if "&" in raw else ()):
        after = html.unescape(m.group())
        if after == "\xa0":
            ledger.remove(m.start(), m.end(), "html_entity")  # a layout space
        elif after != m.group():
            ledger.repair(m.start(), m.end(), after, "html_entity")


def _has_fullwidth(raw: str) -> bool:
    return any(c in raw for c in "０１２３４５６７８９") or bool(re.search(r"[Ａ-Ｚａ-ｚ]", raw))


def _in_table_line(raw: str, pos: int) -> bool:
    """Flattened table cells start with a TAB; their spacing is layout, left alone."""
    line_start = raw.rfind("\n", 0, pos) + 1
    return raw.startswith("\t", line_start)


def _line_endings(ledger: Ledger) -> None:
    raw = ledger.raw
    for m in re.finditer(r"\r\n?", raw):
        if m.group() == "\r\n":
            ledger.remove(m.start(), m.start() + 1, "line_ending_crlf")
        else:
            ledger.repair(m.start(), m.end(), "\n", "line_ending_cr")


def _table_of_contents(ledger: Ledger) -> None:
    """A '目录' heading and/or a run of >= 3 'title<TAB>page' lines is a table of contents."""
    raw = ledger.raw
    lines = list(_TOC_LINE.finditer(raw))
    runs: list[list[re.Match]] = []
    for m in lines:
        if runs and raw[runs[-1][-1].end():m.start()].strip() == "":
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < 3:
            continue
        start, end = run[0].start(), run[-1].end()
        head = None
        for h in _TOC_HEAD.finditer(raw, max(0, start - 200), start):
            head = h
        if head is not None and raw[head.end():start].strip() == "":
            start = head.start()
        if end < len(raw) and raw[end] == "\n":
            end += 1
        ledger.remove(start, end, "table_of_contents")
