"""Structure of a cleaned document: sections (with their part), paragraphs, sentences, tables.

Works on the ledger's clean text and reports raw offsets. Sections come from numbered
headings (篇/章/节, 一、/（一）/(一), 一是) and from lead phrases (a short sentence that opens
a paragraph, or a bold span in a scrape). ``part`` (see ``govreport.corpus.parts``) tells
whether text reviews the past year or five years, sets the year's or five years' targets,
or is an annex: from heading titles and, within a section or where headings are missing
(partial newspaper pages), from cue paragraphs (过去五年 / 一年来 / 新的一年) and the tense
profile of the opening text.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import numpy as np

from govreport.corpus.headings import match_heading, match_lead_phrase
from govreport.corpus.ledger import Ledger
from govreport.corpus.parts import cue_part, family, refine, title_part
from govreport.lang.spans import KeyIndex, lines, split_sentences

PAST_MARKERS = re.compile(r"完成|建成|获批|获评|入选|成功|增至|升至|提升至|达到?\d|突破|实现了|取得|增长\d|下降\d|位居|全省第|全国第")
PLAN_MARKERS = re.compile(r"加快|推动|推进|力争|确保|着力|将|深入实施|大力|持续|积极|支持|鼓励|争创|实施")
MIN_TABLE_CELLS = 8
TABLE_CAPTION = re.compile(r"^表\s*\d+")
TABLE_CONTINUATION_MAX = 12  # a short non-TAB line inside a table continues the cell above


@dataclass
class Section:
    index: int
    level: int
    number: str
    title: str
    start: int  # clean offsets
    end: int = -1
    parent: int | None = None
    part: str | None = None
    title_part: str | None = None  # from its own or an ancestor's title


@dataclass
class Structure:
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[tuple[int, int, int | None]] = field(default_factory=list)  # clean start, end, section
    sentences: list[tuple[int, int, int | None, int, str]] = field(default_factory=list)  # + paragraph, part
    tables: list[tuple[int, int, str, int | None]] = field(default_factory=list)  # clean start, end, title, section


def _is_cell_line(line: str) -> bool:
    """A flattened cell (TAB-led line) or a markdown table row (| a | b |)."""
    return line.startswith("\t") or (line.lstrip().startswith("|") and line.count("|") >= 3)


def find_tables(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """Flattened tables: runs of TAB-led cell lines (plus short continuation lines) or markdown
    table rows, with a caption.

    Returns (first line index, last line index inclusive, caption line index or -1).
    """
    out = []
    i = 0
    while i < len(spans):
        if not _is_cell_line(text[spans[i][0]:spans[i][1]]):
            i += 1
            continue
        j, cells, pipe_rows = i, 0, 0
        while j < len(spans):
            line = text[spans[j][0]:spans[j][1]]
            if _is_cell_line(line):
                cells += 1 if line.startswith("\t") else line.count("|") - 1
                pipe_rows += line.lstrip().startswith("|")
            elif len(line.strip()) > TABLE_CONTINUATION_MAX or match_heading(line) or pipe_rows:
                break
            j += 1
        if cells >= MIN_TABLE_CELLS:
            caption = i - 1 if i > 0 and TABLE_CAPTION.match(text[spans[i - 1][0]:spans[i - 1][1]].strip()) else -1
            last = j - 1
            if j < len(spans) and re.match(r"^\s*注[:：]", text[spans[j][0]:spans[j][1]]):
                last = j  # the table's note belongs to it
            out.append((caption if caption >= 0 else i, last, caption))
            i = last + 1
        else:
            i = max(j, i + 1)
    return out


def _five_year(part: str | None, five_year_plan: bool) -> str | None:
    """In a five-year plan, looking back or ahead spans the plan periods."""
    if five_year_plan and part in ("review", "plan"):
        return "five_year_" + part
    return part


def _opening_part(text: str) -> str:
    """Review or plan, from the tense profile of a stretch of text."""
    past, plan = len(PAST_MARKERS.findall(text)), len(PLAN_MARKERS.findall(text))
    return "review" if past > plan * 0.6 else "plan"


def analyse(ledger: Ledger, emphasis: list[tuple[int, int]] = (), report_year: int | None = None,
            five_year_plan: bool = False) -> Structure:
    """Sections, paragraphs, sentences and tables of the ledger's clean text.

    ``report_year`` lets years and plan names in headings and cues be read as past or future;
    in a ``five_year_plan`` document the whole text is about five-year periods, so its review
    and plan parts are the five-year ones.
    """
    text, offs = ledger.view()
    keys = KeyIndex(text)  # norm_key of any span, by slicing
    spans = lines(text)
    tables = find_tables(text, spans)
    in_table = np.zeros(len(spans), dtype=bool)
    for first, last, _ in tables:
        in_table[first:last + 1] = True

    # clean positions where a bold span starts (scrapes mark lead phrases in bold)
    bold_starts = {}
    for rs, re_ in emphasis:
        cs, ce = int(np.searchsorted(offs, rs)), int(np.searchsorted(offs, re_))
        if ce > cs:
            bold_starts[cs] = ce

    st = Structure()
    heads: list[Section] = []

    def open_section(level: int, number: str, title: str, start: int) -> None:
        heads.append(Section(len(heads), level, number, title, start))

    body_lines = [k for k in range(len(spans)) if not in_table[k]]
    for k in body_lines:
        a, b = spans[k]
        line = text[a:b]
        h = match_heading(line)
        if h:
            open_section(h.level, h.number, h.title, a)
        else:
            lead = match_lead_phrase(line)
            if lead and "各位代表" not in lead and "我们" not in lead and lead.endswith("。"):
                open_section(4, "", lead.rstrip("。"), a)
        # bold lead phrases inside the paragraph
        for cs in sorted(p for p in bold_starts if a < p < b):
            phrase = text[cs:bold_starts[cs]].strip()
            if phrase.endswith("。") and 2 < len(phrase) <= 24 and not match_heading(phrase):
                open_section(4, "", phrase.rstrip("。"), cs)

    # nesting and ends
    stack: list[Section] = []
    for s in heads:
        while stack and stack[-1].level >= s.level:
            stack.pop().end = s.start
        s.parent = stack[-1].index if stack else None
        stack.append(s)
    doc_end = spans[-1][1] if spans else 0
    for s in stack:
        s.end = doc_end

    # parts: heading titles, inherited downwards
    own_part: dict[int, str | None] = {}
    for s in heads:
        # lead phrases ("优化妇幼青年发展环境。") are task statements, not part titles: they inherit
        own = _five_year(title_part(s.title, report_year), five_year_plan) if s.level < 4 else None
        inherited = heads[s.parent].title_part if s.parent is not None else None
        if own and inherited and {family(own), family(inherited)} == {"review", "plan"}:
            own = None  # （四）政府自身建设取得新成效 under 一、2013年工作回顾 reviews; a sub-heading never flips it
        own_part[s.index] = own
        s.title_part = own or inherited

    starts = [s.start for s in heads]

    def section_at(pos: int) -> int | None:
        i = bisect.bisect_right(starts, pos) - 1
        return i if i >= 0 else None

    # a running cue state refines the sections' parts and fills in where headings are silent
    first_body = " ".join(text[spans[k][0]:spans[k][1]] for k in body_lines[:4])
    state = _five_year(_opening_part(first_body), five_year_plan) if body_lines else "other"
    para_parts: list[str] = []
    for k in body_lines:
        a, b = spans[k]
        line = text[a:b].lstrip()
        sec = section_at(a)
        explicit = heads[sec].title_part if sec is not None else None
        if sec is not None and heads[sec].start == a and own_part.get(sec):
            state = own_part[sec]  # a heading that names its part resets the running state
        cue = _five_year(cue_part(line, report_year), five_year_plan)
        if cue and (explicit is None or family(cue) == family(explicit)):
            state = cue
        part = refine(explicit, state) or "other"
        if sec is not None and heads[sec].part is None:
            heads[sec].part = part
        st.paragraphs.append((a, b, section_at(a)))
        para_parts.append(part)
        pidx = len(st.paragraphs) - 1
        for s0, s1 in split_sentences(text, a, b):
            if not keys(s0, s1):
                continue
            ssec = section_at(s0)
            spart = refine(heads[ssec].title_part, part) if ssec is not None else part
            st.sentences.append((s0, s1, ssec, pidx, spart or "other"))
    # sections opening mid-paragraph (bold lead phrases) take the part of their paragraph
    para_starts = [a for a, _, _ in st.paragraphs]
    for s in heads:
        if s.part is None:
            i = bisect.bisect_right(para_starts, s.start) - 1
            s.part = para_parts[i] if i >= 0 else None
        s.part = s.part or "other"
    st.sections = heads
    for first, last, cap in tables:
        a, b = spans[first][0], spans[last][1]
        title = text[spans[cap][0]:spans[cap][1]].strip() if cap >= 0 else ""
        st.tables.append((a, b, title, section_at(a)))
    return st
