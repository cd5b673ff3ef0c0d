"""Sentences -> observations: every number becomes a dated, typed, traceable row.

For each sentence: find the numbers (``govreport.indicators.numbers``), split the sentence into
clauses, and for each number decide
- the indicator: the noun phrase before the number in its clause (after dropping
  verbs and qualifiers), or after it when the clause starts with the number;
  "A、B分别达X、Y" pairs names and values; a following value with no name of its
  own ("由X增至Y") inherits the previous one; mapped through the registry;
- the measure: rank / ratio / share / growth_rate / change / cumulative / level,
  from the number's kind, its unit and the words just before it;
- the year or period and the status, from explicit years ("由2015年的…",
  "到2025年", “十三五”期末), keywords (预计/有望 -> estimate; 累计, 年均, 每年, 五年),
  and the sentence's part: a review describes the year before the report (or the
  previous plan period in a five-year review: "五年来…", a plan's 发展基础), a plan
  part sets targets for the report year (a five-year plan: for its last year).

Offsets: numbers are found in the sentence's clean text; ``to_raw(doc_id,
clean_offset)`` maps ``clean_start + offset`` back into the raw text (identity when
``to_raw`` is None, as in the naive fixture corpus).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Callable

import pandas as pd

from govreport.indicators.numbers import NumberMention, find_numbers, find_years, parse_chinese_numeral
from govreport.lang.periods import PLAN_ABBR, abbr_period, abbr_plan_number, plan_period
from govreport.indicators.registry import Registry, load_registry

OBS_COLUMNS = ["obs_id", "doc_id", "sentence_id", "table_cell", "indicator_id", "indicator_zh", "indicator_en",
               "value", "unit", "value_base", "unit_base", "ref_year", "ref_period_start", "ref_period_end",
               "status", "measure", "qualifier", "char_start", "char_end", "snippet", "mapped", "value_text"]

_CLAUSE_SPLIT = re.compile(r"[，；。！？;!?]|,(?!\d{3})|(?<!\d)[：:]|[：:](?!\d)")
_ESTIMATE = re.compile(r"预计|有望|预期可|估计")
_TARGET_WORDS = re.compile(r"确保|力争|力促|争取|目标|争创|努力")
_FIVE_YEAR_REVIEW = re.compile(r"^(?:五年来|过去五年|这五年|“" + PLAN_ABBR + "”(?:时期|期间|以来)|" + PLAN_ABBR + "(?:时期|期间))")
_PLAN_NAME = re.compile("“?" + PLAN_ABBR + "”?(期末|末|时期|期间|规划期|期)?")
# words that state a level reached at the end of a period ("增至", "达到", "突破" ...)
_LEVEL_VERB = re.compile(r"(?:达到?|增至|升至|降至|提高到|提高至|提升到|提升至|下降到|下降至|减少到|减少至|增加到|增加至|扩大到|"
                         r"扩大至|缩小到|缩小至|[整合调]\w?至|突破|迈上|保持|保持在|控制在|稳定在|为|是|连续|总量|规模|余额|稳居|"
                         r"居|位列|跃居|至|到)(?:了)?\s*$")
_LEVEL_NAME = re.compile(r"(率|比重|占比|比例|比率|规模|总量|余额|总额|水平|指数|浓度|总数|拥有量|保有量|人均|标准)")
_GROWTH_BEFORE = re.compile(r"(?:增长|增速|增幅|下降|降低|减少|提高|提升|上升|上涨|涨幅|增加|回落|降幅|缩小|扩大|下降了|增长了|提高了|递增|"
                            r"增速为|增速在|增幅为|增速达|增长率|同比|比上年|较上年)(?:了)?\s*$")
_CHANGE_COUNT = re.compile(r"(?:较|比)(?:上年|去年|上一年|年初)?\w{0,4}(?:增加|多|减少|新增)\s*$")
_SHARE_NAME = re.compile(r"占|比重|占比|比例|比率|份额")
_TRAILING_NOISE = re.compile(
    r"(?:分别|均|共|累计|总计|合计|年均|平均|同比|同口径|可比价|按可比价格计算|比上年|较上年|较|比|由|从|已|已经|首次|再|新|逐步|进一步|"
    r"达到|达|增至|增长|增加|增速|上涨|涨幅|缩小到|缩小至|缩小|扩大到|扩大至|提高到|提高至|提高|提升到|提升至|提升|升至|降至|下降|降低|减少|超过|超|突破|近|约|逾|"
    r"预期|预计|为|至|到|实现|完成|保持在|保持|控制在|稳定在|在|居|位列|位居|占|以上|了|的|和|及|、|\s)+$")
_LEADING_NOISE = re.compile(r"^(?:其中|全市|我市|全年|今年|明年|当年|同时|另外|此外|并|且|以及|和|及|预计|有望|力争|确保|力促|争取|努力|、|\s)+")
_PERIOD_WORDS = re.compile(r"每年|年均|五年|累计|新增|先后|共计")


_COUNT_UNIT = re.compile(r"^(?:个|家|项|所|条|座|台|批|户|场|人|名|只|套|处|类)")
_THRESHOLD_LINK = re.compile(r"^(?:及以上|以上|以下|级)?的?")
_VERB_START = re.compile(r"^(?:增长|下降|提高|提升|左右|以内|达到|实现|完成)")


def _is_denominator(text: str, n) -> bool:
    """每千人口 / 每万人 / 每百户: the number belongs to the name of a rate, not a value."""
    return text[max(0, n.start - 1):n.start] == "每"


def _is_threshold(text: str, n, later, earlier=()) -> bool:
    """'10亿元以上产业项目67个': an amount that qualifies what is counted, not a value of its own.

    The number is followed (after 以上/的) by a noun, and a counted number follows in the clause.
    """
    after = text[n.end:n.end + 8]
    after = after[_THRESHOLD_LINK.match(after).end():]
    if not after or not re.match(r"[\u4e00-\u9fff]", after) or _VERB_START.match(after):
        return False
    if any(m.unit and _COUNT_UNIT.match(m.unit) and m.unit != n.unit for m in later):
        return True
    # "6个营收超2000亿元产业集群": the count comes first, a few characters before
    if not n.unit or _COUNT_UNIT.match(n.unit):
        return False  # "124条道路出新和227条背街小巷整治" is a list of counts
    before = [m for m in earlier if m.unit and _COUNT_UNIT.match(m.unit)]
    return bool(before) and re.fullmatch(r"[\u4e00-\u9fff]{0,6}", text[before[-1].end:n.start]) is not None


def _implicit_respectively(text: str, cs: int, in_clause) -> int:
    """'A、B占比重达41.8%、51.8%' pairs names and values like 分别 does: the clause offset where
    the value list starts, or -1. Needs a 、-joined run of values opening the clause's numbers
    and a name part before it that lists as many items."""
    if len(in_clause) < 2:
        return -1
    run = 1
    while run < len(in_clause) and re.fullmatch(r"[、和及与]", text[in_clause[run - 1].end:in_clause[run].start]):
        run += 1
    name = text[cs:in_clause[0].start]
    if run < 2 or name.count("、") + 1 != run:
        return -1
    verb = re.search(r"(?:达到?|为|增至|升至|提升至|提高到|分别)\s*$", name)
    return (verb.start() if verb else len(name))


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _clean_name(prefix: str) -> str:
    name = re.sub(r"(?:由|从)?\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?的?|“?" + PLAN_ABBR + r"”?(?:期末|末|期间|时期)?的?)", "", prefix)
    for _ in range(3):
        name = _TRAILING_NOISE.sub("", name)
        name = _LEADING_NOISE.sub("", name)
    # keep the last phrase: after the last 的/在/对 or opening bracket, if what is left is long
    name = name.strip(" 　“”\"'（()）")
    if len(name) > 18:
        cut = max(name.rfind(c) for c in "的，、")
        if 0 < cut < len(name) - 2:
            name = name[cut + 1:]
    return name[-24:]


def _name_after(text: str, end: int, stop: int) -> str:
    tail = text[end:stop]
    tail = re.split(r"完成|实现|建成|入选|全部|全面|在|通过|获|达|增长|提高|落地|开工|竣工|整治|投入|共|，|、", tail)[0]
    name = _clean_name(tail)[:16]
    return "" if _QUALIFIER_WORD.fullmatch(name) else name  # "10%左右": 左右 is not a name


_COMPARISON = re.compile(r"(?:较|比|同比|与|相比).{0,6}")
_QUALIFIER_WORD = re.compile(r"(?:左右|以上|以下|以内|上下|多|余|左右的?)")
_DECLINE = re.compile(r"(?:下降|降低|减少|回落|缩小|下滑|降幅)(?:了)?\s*$")


def _explicit_year(text: str, pos: int, clause_start: int, years, plan_years) -> tuple[int, int, str] | None:
    """The year (start, end, how) that dates the number at ``pos``, if the sentence states one."""
    best = None
    for (a, b, y1, y2) in years + plan_years:
        if b > pos:
            continue
        before = text[max(0, a - 3):a]
        after = text[b:b + 4]
        if re.search(r"(较|比|与|相比|同比|在)\s*$", before) or after.startswith(("基础上", "相比", "同期")):
            continue                       # a base year of a comparison
        if re.match(r"\s*\d{1,2}\s*月", after):
            continue                       # a date
        if re.search(r"(由|从)\s*$", before) or after.lstrip().startswith("的"):
            # "由2015年的8681亿元": dates only the number right after it
            if text[b:pos].strip(" 的") and not re.fullmatch(r"[\s的]*", text[b:pos]):
                continue
            return y1, y2, "from"
        best = (y1, y2, "explicit")
    return best


def _plan_year_mentions(text: str, report_year: int) -> list[tuple[int, int, int, int]]:
    out = []
    for m in _PLAN_NAME.finditer(text):
        start = plan_period(abbr_plan_number(m.group(1)))[0]
        suffix = m.group(2) or ""
        if suffix in ("期末", "末"):
            out.append((m.start(), m.end(), start + 4, start + 4))
    return out


def _context(doc: dict, part: str, paragraph_five_year: bool) -> dict:
    ry = int(doc["report_year"])
    # the corpus stage's five-year parts: a review of the five years before the report, goals for
    # the five years from the report year on (annexes are dated like other text)
    if part in ("five_year_review", "five_year_plan"):
        part, paragraph_five_year = part.removeprefix("five_year_"), True
        if part == "plan" and doc["doc_type"] != "five_year_plan":
            return {"status": "target", "year": ry + 4, "period": (ry, ry + 4), "five_year": True}
    if doc["doc_type"] == "five_year_plan":
        if part == "review":
            return {"status": "actual", "year": ry - 1, "period": (ry - 5, ry - 1), "five_year": True}
        return {"status": "target", "year": ry + 4, "period": (ry, ry + 4), "five_year": True}
    if part == "review":
        if paragraph_five_year:
            return {"status": "actual", "year": ry - 1, "period": (ry - 5, ry - 1), "five_year": True}
        return {"status": "actual", "year": ry - 1, "period": (ry - 1, ry - 1), "five_year": False}
    if part == "plan":
        return {"status": "target", "year": ry, "period": (ry, ry), "five_year": False}
    return {"status": "actual", "year": ry - 1, "period": (ry - 1, ry - 1), "five_year": False}


def _measure(n: NumberMention, window: str, name: str, clause_before: str) -> str:
    if n.kind == "rank":
        return "rank"
    if n.kind in ("ratio", "times"):
        return "ratio"
    if n.kind in ("fraction", "structure"):
        return "share"
    if n.unit == "百分点":
        return "change"
    if "累计" in clause_before:
        return "cumulative"
    if n.unit == "%":
        if _GROWTH_BEFORE.search(window) or "年均" in window or re.search(r"(增幅|增速|增长率|降幅|下降率)$", name):
            return "growth_rate"
        if _SHARE_NAME.search(name) or _SHARE_NAME.search(window):
            return "share"
        return "level"
    if _CHANGE_COUNT.search(window):
        return "change"
    return "level"


def _sentence_observations(sent, doc: dict, context: dict, registry: Registry) -> list[dict]:
    text = sent.text
    nums = [n for n in find_numbers(text)]
    if not nums:
        return []
    ry = int(doc["report_year"])
    years = [(y.start, y.end, y.year_start, y.year_end) for y in find_years(text)]
    plan_years = _plan_year_mentions(text, ry)
    ests = list(_ESTIMATE.finditer(text))
    out = []
    sentence_name = ""  # the last named indicator: "地区生产总值2.4万亿元，同比增长5.8%" names both
    for cs, ce in _clauses(text):
        in_clause = [n for n in nums if cs <= n.start < ce]
        if not in_clause:
            continue
        clause = text[cs:ce]
        # 分别 lists: "A、B分别达X、Y"
        names_for: dict[int, str] = {}
        k = clause.find("分别")
        if k < 0:
            k = _implicit_respectively(text, cs, in_clause)
        if k >= 0:
            after = [n for n in in_clause if n.start >= cs + k]
            before_text = clause[:k]
            first_num_before = [n for n in in_clause if n.start < cs + k]
            if first_num_before:
                before_text = text[first_num_before[-1].end:cs + k]
            # split first: cleaning a long list would keep only its last item
            parts = [p for p in (_clean_name(x) for x in re.split(r"、|和|及|与", before_text)) if p]
            if len(parts) == len(after) and len(parts) > 1:
                # share a common head noun: "战略性新兴产业、高新技术产业产值占…比重" -> complete the first
                tail_words = re.match(r"^[^占的]*?(产值|企业|收入|增加值)?(占.*)?$", parts[-1])
                if tail_words and tail_words.group(2):
                    parts = [p if "占" in p else p + (tail_words.group(1) or "") + tail_words.group(2) for p in parts]
                last = parts[-1]
                # "城镇、农村居民人均可支配收入": a short modifier borrows the head noun of the last item
                parts = [p + last[len(p):] if len(p) <= 3 and len(last) > len(p) + 3 else p for p in parts[:-1]] + [last]
                for p, n in zip(parts, after):
                    names_for[id(n)] = p
        prev_end = cs
        prev_name = ""
        prev_kind = ""
        for idx_n, n in enumerate(in_clause):
            if _is_denominator(text, n) or _is_threshold(text, n, in_clause[idx_n + 1:], in_clause[:idx_n]):
                continue
            if n.kind == "number" and not n.unit and not n.qualifiers and not re.search(
                    r"(达到?|为|至|到|超过|突破)\s*$", text[max(cs, n.start - 3):n.start]):
                continue                           # a bare number ("“1+9”行动方案") is a name, not a value
            seg = text[prev_end:n.start]
            if id(n) in names_for:
                name = names_for[id(n)]
            else:
                name = _clean_name(seg)
                if (not name or len(name) <= 2) and prev_end == cs:
                    nxt = [m for m in in_clause if m.start > n.start]
                    name = _name_after(text, n.end, nxt[0].start if nxt else ce)
                if not name or (prev_name and len(name) <= 1):
                    name = prev_name
                elif name.startswith("占") and prev_name:
                    name = prev_name + name
                if not re.search(r"[\u4e00-\u9fffA-Za-z]", name) or _COMPARISON.fullmatch(name):
                    name = sentence_name  # "6%—6.5%", "较五年前": no name of their own
            raw_window = text[max(cs, n.start - 10):n.start]
            window = re.sub(r"(超过|超|突破|近|约|逾|不低于|不少于|不超过|[≥≤<>])\s*$", "", raw_window)
            clause_before = text[cs:n.start]
            measure = _measure(n, window, name, clause_before)
            quals = list(n.qualifiers)
            # --- year / period / status
            status = context["status"]
            y1, y2 = context["year"], context["year"]
            period_words = _PERIOD_WORDS.search(clause_before)
            explicit = _explicit_year(text, n.start, cs, years, plan_years)
            level_verb = _LEVEL_VERB.search(window) is not None or re.search(r"突破|超过|达到?\S{0,2}$", raw_window) is not None
            if context["five_year"]:
                is_level = level_verb or (_LEVEL_NAME.search(name) is not None and measure != "share") \
                    or measure in ("rank", "ratio") or n.kind in ("streak", "structure")
                if doc["doc_type"] == "five_year_plan" and context["status"] == "target":
                    is_period = "五年" in clause_before or bool(period_words) and not (
                        "累计" in clause_before and level_verb and not re.search("累计(超|超过)", clause_before)) \
                        or measure == "growth_rate" and "年均" in clause_before
                else:
                    is_period = not is_level or measure in ("growth_rate", "change") or (
                        "累计" in clause_before and not level_verb)
                if is_period:
                    y1, y2 = context["period"]
                else:
                    y1 = y2 = context["period"][1]
            elif period_words and re.search(r"每年|年均|五年", clause_before) and re.search(PLAN_ABBR, text):
                y1, y2 = ry, ry + 4
            if re.search(PLAN_ABBR, text) and not context["five_year"] and context["status"] == "target":
                start = abbr_period(text)[0]
                if start >= ry - 1:
                    if re.search(r"每年|年均|五年|累计", clause_before):
                        y1, y2 = start, start + 4
                    elif re.search(r"到“?" + PLAN_ABBR + r"”?末|期末", text):
                        y1 = y2 = start + 4
            if explicit:
                ey1, ey2, how = explicit
                if how == "from":
                    y1, y2 = ey1, ey2
                elif ey1 != ey2:
                    y1, y2 = ey1, ey2
                elif y1 != y2 and (period_words or measure in ("growth_rate", "cumulative", "change")):
                    y1, y2 = min(y1, ey1), ey1           # "到2025年…五年累计": period ending that year
                else:
                    y1 = y2 = ey1
            elif re.search(r"(由|从)\s*$", text[max(cs, n.start - 3):n.start]) and context["status"] == "actual":
                # "由63%升至66%": the starting value is the year before the period
                y1 = y2 = context["period"][0] - 1
            if status != "target" and y2 >= ry and doc["doc_type"] != "five_year_plan":
                status = "target"
            if status == "target" and y2 < ry and explicit:
                status = "actual"
            est = [m for m in ests if m.start() < n.start and (m.start() <= 2 or cs <= m.start())]
            if est:
                status = "estimate"            # 预计 opening the sentence scopes it all; else its clause
                quals.insert(0, est[-1].group())
            elif status == "actual" and _TARGET_WORDS.search(clause_before) and y2 >= ry:
                status = "target"
            for w in ("累计", "年均", "每年", "分别"):
                if w in clause_before and w not in quals:
                    quals.append(w)
            if measure in ("growth_rate", "change") and _DECLINE.search(window) and "下降" not in quals:
                quals.append("下降")  # values stay as written; the qualifier carries the direction
            if n.kind == "streak":
                measure = "level"
            if y1 != y2 and measure == "level" and n.unit != "%" and "每年" not in clause_before:
                measure = "cumulative"             # a flow summed over several years
            gap = text[prev_end:n.start] if prev_end > cs else None
            if gap is not None and re.fullmatch(r"[\s、和及与]*", gap) and out and out[-1]["sentence_id"] == sent.sentence_id \
                    and prev_kind == n.kind:
                last = out[-1]                     # "分别提高23%、56%": the list shares measure and dates
                measure, y1, y2, status = last["measure"], last["ref_period_start"], last["ref_period_end"], last["status"]
            match = registry.match(name) if name else registry.match("")
            raw_s = sent.clean_start + n.start
            raw_e = sent.clean_start + n.end
            out.append({
                "doc_id": sent.doc_id, "sentence_id": sent.sentence_id, "table_cell": "",
                "indicator_id": match.indicator_id, "indicator_zh": match.name_zh if match.mapped else name,
                "indicator_en": match.name_en, "value": float(n.value), "unit": n.unit,
                "value_base": float(n.value_base), "unit_base": n.unit_base,
                "ref_year": int(y2), "ref_period_start": int(y1), "ref_period_end": int(y2),
                "status": status, "measure": measure, "qualifier": ";".join(dict.fromkeys(quals)),
                "_clean_start": raw_s, "_clean_end": raw_e,
                "snippet": clause.strip()[:120], "mapped": bool(match.mapped), "value_text": n.text,
            })
            prev_end = n.end
            prev_name = name
            prev_kind = n.kind
            sentence_name = name or sentence_name
    return out


def _guess_report_year(texts) -> int | None:
    """For a document whose year is unknown: the year its sentences mention most (with 年)."""
    years = Counter(int(y) for t in texts for y in re.findall(r"((?:19|20)\d{2})\s*年", str(t)))
    return years.most_common(1)[0][0] if years else None


def extract_observations(sentences: pd.DataFrame, documents: pd.DataFrame,
                         to_raw: Callable[[str, int], int] | None = None,
                         registry: Registry | None = None) -> pd.DataFrame:
    """Observations from sentences (columns: see ``OBS_COLUMNS``), sorted by document and position."""
    registry = registry or load_registry()
    docs = {r["doc_id"]: r for r in documents.to_dict("records")}
    for doc_id, doc in docs.items():
        if pd.isna(doc.get("report_year")):
            doc["report_year"] = _guess_report_year(sentences[sentences["doc_id"] == doc_id]["text"])
    docs = {k: d for k, d in docs.items() if d["report_year"] is not None}  # no year at all: nothing to date
    sents = sentences.copy()
    if "clean_start" not in sents.columns:
        sents["clean_start"] = sents["char_start"]
    rows: list[dict] = []
    five_year, prev_doc, prev_last = False, None, ""
    sents = sents.sort_values(["doc_id", "paragraph_id", "char_start"], kind="stable")
    records = list(sents.itertuples(index=False))
    for (doc_id, _pid), group in itertools.groupby(records, key=lambda r: (r.doc_id, r.paragraph_id)):
        para = list(group)
        doc = docs.get(doc_id)
        if doc is None:
            continue
        first = str(para[0].text)
        continues = prev_doc == doc_id and prev_last and not re.search(r"[。！？!?”]\s*$", prev_last)
        if not continues:                          # a paragraph broken mid-sentence keeps its context
            five_year = bool(_FIVE_YEAR_REVIEW.search(first.lstrip("　 ")))
        prev_doc, prev_last = doc_id, str(para[-1].text)
        for sent in para:
            ctx = _context(doc, sent.part, five_year)
            rows.extend(_sentence_observations(sent, doc, ctx, registry))
    if not rows:
        return pd.DataFrame(columns=OBS_COLUMNS)
    df = pd.DataFrame(rows)
    if to_raw is None:
        df["char_start"], df["char_end"] = df["_clean_start"], df["_clean_end"]
    else:
        df["char_start"] = [to_raw(d, int(o)) for d, o in zip(df["doc_id"], df["_clean_start"])]
        df["char_end"] = [to_raw(d, int(o) - 1) + 1 for d, o in zip(df["doc_id"], df["_clean_end"])]
    df = df.drop(columns=["_clean_start", "_clean_end"])
    df = df.sort_values(["doc_id", "char_start", "char_end"], kind="stable").reset_index(drop=True)
    df["obs_id"] = [f"{d}-o{i:05d}" for i, d in enumerate(df["doc_id"], start=1)]
    return df[OBS_COLUMNS]


def extract_all(sentences: pd.DataFrame, documents: pd.DataFrame, raw_texts: dict[str, str],
                tables: pd.DataFrame, to_raw: Callable[[str, int], int] | None = None,
                registry: Registry | None = None) -> pd.DataFrame:
    """Sentence observations plus plan-table observations, one ``observations`` table with stable obs_ids."""
    from govreport.indicators.plan_tables import extract_plan_tables
    registry = registry or load_registry()
    sent_obs = extract_observations(sentences, documents, to_raw, registry)
    tab_obs = extract_plan_tables(raw_texts, tables, registry)
    frames = [sent_obs]
    if len(tab_obs):
        frames.append(tab_obs.reindex(columns=OBS_COLUMNS))
    df = pd.concat(frames, ignore_index=True)
    df = df.sort_values(["doc_id", "char_start", "char_end", "table_cell"], kind="stable").reset_index(drop=True)
    counters: dict[str, int] = {}
    ids = []
    for d in df["doc_id"]:
        counters[d] = counters.get(d, 0) + 1
        ids.append(f"{d}-o{counters[d]:05d}")
    df["obs_id"] = ids
    df["sentence_id"] = df["sentence_id"].fillna("")
    df["table_cell"] = df["table_cell"].fillna("")
    return df[OBS_COLUMNS]
