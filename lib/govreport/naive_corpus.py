"""A stand-in for the corpus stage: naive sentences with real raw offsets (clean == raw).

Used by tests and by ``govreport.evaluate`` until ``govreport.corpus.build_corpus``
exists. It does no cleaning: paragraphs are raw lines, sentences end at 。！？,
headings (一、 / （一） / 第一章 …) set each sentence's ``part`` (review | plan |
other) from their wording. ``to_raw`` is the identity.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from govreport.catalog import load_catalog
from govreport.plan_tables import find_plan_tables

_TOP_HEADING = re.compile(r"^[#*\s]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[篇章])\s*(.{2,40}?)[*\s]*$")
_SUB_HEADING = re.compile(r"^[#*\s]*[（(][一二三四五六七八九十]+[)）]\s*(.{2,60})")
_SENTENCE_END = re.compile(r"[^。！？!?]*[。！？!?]+[”’」]?|[^。！？!?]+$")
_REVIEW_WORDS = ("回顾", "发展基础", "过去", "成绩", "成就")
_PLAN_WORDS = ("工作", "目标", "任务", "安排", "要求", "重点", "实施", "保障", "建设", "推进", "构建", "打造",
               "加快", "提升", "深化", "完善", "促进", "加强", "持续", "全面")
_OTHER_WORDS = ("发展环境", "形势")


def heading_part(title: str) -> str | None:
    """review | plan | other from a heading's words; None when unclear."""
    t = title.strip()
    if any(w in t for w in _REVIEW_WORDS) or t.startswith("在"):
        return "review"
    if any(w in t for w in _OTHER_WORDS):
        return "other"
    if t.startswith(("聚力", "着力", "坚持", "全力", "大力")) or any(w in t for w in _PLAN_WORDS):
        return "plan"
    return None


def naive_sentences(doc_id: str, raw_text: str) -> pd.DataFrame:
    lines = raw_text.split("\n")
    # the part before the first heading is the part of the first heading that says one
    first_part = None
    for line in lines:
        m = _TOP_HEADING.match(line) or _SUB_HEADING.match(line)
        if m and heading_part(m.group(1)):
            first_part = heading_part(m.group(1))
            break
    part = first_part or "other"
    tables = [(a, b) for _no, _cap, a, b in find_plan_tables(raw_text)]
    rows = []
    pos = 0
    section_no = 0
    for p_no, line in enumerate(lines):
        bare = re.sub(r"\[bookmark:[^\]]*\]", "", line).strip()
        is_toc = re.search(r"\t\d+$", line) is not None
        top = None if is_toc else _TOP_HEADING.match(bare)
        sub = None if is_toc else _SUB_HEADING.match(bare)
        if top and len(line) < 60:
            section_no += 1
            part = heading_part(top.group(1)) or part
        elif sub:
            hp = heading_part(sub.group(1))
            if hp and not (top is None and part == "plan" and hp == "review" and first_part != "review"):
                part = hp if hp != "other" else part
        if any(a <= pos < b for a, b in tables):
            pos += len(line) + 1
            continue
        for m in _SENTENCE_END.finditer(line):
            text = m.group()
            if not text.strip():
                continue
            lead = len(text) - len(text.lstrip())
            start = pos + m.start() + lead
            rows.append({"doc_id": doc_id, "sentence_id": f"{doc_id}-{len(rows) + 1:05d}",
                         "section_id": f"{doc_id}-s{section_no:04d}", "paragraph_id": f"{doc_id}-p{p_no:04d}",
                         "part": part, "text": text.strip(), "char_start": start,
                         "char_end": start + len(text.strip()), "clean_start": start})
        pos += len(line) + 1
    return pd.DataFrame(rows)


def naive_corpus(raw_dir: str | Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """(documents, sentences, raw_texts) for every catalogued file in ``raw_dir``."""
    cat = load_catalog(raw_dir, verify=False)
    raw_texts = {}
    frames = []
    for row in cat.itertuples():
        text = (Path(raw_dir) / row.file).read_bytes().decode("utf-8-sig")
        raw_texts[row.doc_id] = text
        frames.append(naive_sentences(row.doc_id, text))
    documents = cat[["doc_id", "file", "doc_type", "report_year", "is_canonical", "report_id"]].copy()
    return documents, pd.concat(frames, ignore_index=True), raw_texts
