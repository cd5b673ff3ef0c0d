"""Indicator tables of a five-year plan, flattened one cell per line, back into observations.

Layout of a flattened table (as Word-to-text conversion leaves it): a caption line
(``表1 …``), then one cell per line starting with a TAB; a line without a TAB
continues the previous cell (a cell broken over two lines); a blank line ends a
row; the header row (分类/类别, 序号, 指标名称, value columns) repeats after a page
break. A row has the label cells (category, row number, indicator name and
optionally a sub-indicator) followed by one cell per value column.

Everything about years and statuses is read from the column headers, never
hard-coded: "“十三五”目标" is a 2020 target, "2019年完成情况" a 2019 actual,
"2020年预计实现值" a 2020 estimate, "2025年目标值" a 2025 target, "属性" the
attribute (预期性/约束性). Cell notation: "[x]" five-year cumulative, "年均x"
average annual rate, "累计≥x", ">x", "＜x", "x左右" qualifiers; text cells
(待省核定, —, *) are kept with no number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from govreport.lang.periods import PLAN_ABBR, PLAN_ABBR_RE, abbr_period, abbr_plan_number, five_year_period_start, plan_period
from govreport.indicators.numbers import find_numbers, to_base
from govreport.indicators.registry import Registry, load_registry

CAPTION_RE = re.compile(r"^[ \t]*表\s*(\d+)[ \t]+(\S.*)$", re.M)
_UNIT_RE = re.compile(r"[（(]([^（）()]{1,12})[）)]\s*$")
_GROWTH_WORDS = ("增长率", "增幅", "增速", "降低", "下降", "降幅", "减少", "下降率", "增长")
_SHARE_WORDS = ("比重", "占比", "比例", "比率")


@dataclass
class Cell:
    text: str
    start: int      # raw offset of the first character of the cell text
    end: int


def _rows(raw_text: str, start: int, end: int) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    pos = start
    for line in raw_text[start:end].split("\n"):
        line_end = pos + len(line)
        if line.startswith("\t"):
            row.append(Cell(line[1:].strip(), pos + 1, line_end))
        elif not line.strip():
            if row:
                rows.append(row)
            row = []
        elif row:                                # continuation line joins the previous cell
            prev = row[-1]
            row[-1] = Cell(prev.text + line.strip(), prev.start if prev.text else pos, line_end)
        pos = line_end + 1
    if row:
        rows.append(row)
    return rows


_LABEL_ROLES = [("category", re.compile(r"分类|类别|领域|方面")), ("number", re.compile(r"序号|编号")),
                ("unit", re.compile(r"^单位$|计量单位")), ("indicator", re.compile(r"指标|名称|项目"))]


def _label_role(header: str) -> str | None:
    """Role of a label column from its header: category, number, unit or indicator."""
    h = header.replace(" ", "")
    for role, pattern in _LABEL_ROLES:
        if pattern.search(h):
            return role
    return None


def _column_spec(header: str, plan: tuple[int, int] | None, last_year: int | None = None) -> dict:
    """Year and status of a value column, read from its header text.

    A header with a year and no status word ("2025年") is the table's target when it is the
    latest year of the table (plans list a base year and a target year), else an actual.
    """
    h = header.replace(" ", "")
    if "属性" in h:
        return {"kind": "attribute"}
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年?", h)]
    m = PLAN_ABBR_RE.search(h)
    if not years and m:
        years = [plan_period(abbr_plan_number(m.group(1)))[1]]
    year = years[0] if years else (plan[1] if plan else -1)
    if "目标" in h or "规划" in h:
        status = "target"
    elif "预计" in h and "实际" in h:
        status = "estimate_or_actual"
    elif "预计" in h or "预期" in h:
        status = "estimate"
    elif re.search(r"完成|实际|实现|现状|基期|基数", h) or last_year is None or year != last_year:
        status = "actual"
    else:
        status = "target"
    return {"kind": "value", "year": year, "status": status, "header": header}


def _is_value_header(header: str) -> bool:
    h = header.replace(" ", "")
    return bool(re.search(r"(?:19|20)\d{2}|目标|规划|完成|预计|" + PLAN_ABBR + r"|属性", h))


def _unit_of(name: str) -> tuple[str, str]:
    m = _UNIT_RE.search(name)
    if not m:
        return name, ""
    unit = m.group(1)
    if unit.startswith("1/"):          # （1/万） -> 万分之
        unit = unit[2:] + "分之"
    return name[: m.start()].strip(), unit


def _indicator_name(parent: str, sub: str) -> str:
    if not sub:
        return parent
    if re.search(r"(率|比重|比例|数|量|额|值|面积|指数|收入|规模|年限)$", sub):
        return sub
    return f"{parent}（{sub}）"


def _measure(cell_text: str, name: str) -> tuple[str, list[str], bool]:
    """(measure, qualifiers, is_period) of a value cell."""
    t = cell_text
    quals = []
    if "[" in t or "［" in t or "累计" in t:
        if "累计" in t:
            quals.append("累计")
        return "cumulative", quals, True
    if "年均" in t:
        return "growth_rate", ["年均"], True
    if name.endswith(_GROWTH_WORDS):
        return "growth_rate", quals, False
    if any(w in name for w in _SHARE_WORDS):
        return "share", quals, False
    return "level", quals, False


def parse_plan_table(raw_text: str, doc_id: str, table_id: str, char_start: int, char_end: int,
                     registry: Registry | None = None) -> pd.DataFrame:
    """Every value cell of one flattened plan table as an observation row.

    Columns: those of the ``observations`` table (sentence_id empty, table_cell like
    ``t01-r05-c2019-actual``) plus ``category``, ``row_number``, ``indicator_raw``,
    ``sub_indicator``, ``attribute``, ``column_header``, ``value_text``.
    """
    registry = registry or load_registry()
    cap = CAPTION_RE.search(raw_text, char_start, char_end)
    table_no = int(cap.group(1)) if cap else int(re.sub(r"\D", "", table_id)[-2:] or 0)
    caption = cap.group(2) if cap else ""
    plan = abbr_period(caption)
    body_start = cap.end() if cap else char_start
    rows = _rows(raw_text, body_start, char_end)
    if not rows:
        return pd.DataFrame()
    header = rows[0]
    first_value = next((i for i, c in enumerate(header) if _is_value_header(c.text)), len(header))
    label_roles = [_label_role(c.text) or "indicator" for c in header[:first_value]]
    if "indicator" not in label_roles and label_roles:
        label_roles[-1] = "indicator"
    value_years = [int(y) for c in header[first_value:] for y in re.findall(r"((?:19|20)\d{2})", c.text)]
    last_year = max(value_years) if len(set(value_years)) > 1 else None
    specs = [_column_spec(c.text, plan, last_year) for c in header[first_value:]]
    n_values = len(specs)
    records = []
    category = number = parent = unit_cell = ""
    sub_index = 0
    for row_index, row in enumerate(rows[1:], start=1):
        texts = [c.text for c in row]
        if [t.replace(" ", "") for t in texts[:len(header)]] == [c.text.replace(" ", "") for c in header]:
            continue                                   # header repeated after a page break
        if len(row) <= n_values:
            continue
        labels, values = row[:-n_values], row[-n_values:]
        roles = list(label_roles)
        if len(labels) == len(roles) + 1:              # an extra cell: the sub-indicator after the indicator
            roles.insert(roles.index("indicator") + 1, "sub")
        cell_of = {role: cell.text for role, cell in zip(roles, labels)}
        cat, num, ind, sub = (cell_of.get(k, "") for k in ("category", "number", "indicator", "sub"))
        if "number" not in label_roles:
            num = str(row_index) if ind else ""       # no 序号 column: number rows in order
        unit_cell = cell_of.get("unit", "") or (unit_cell if not ind else "")
        category = cat or category
        if num:
            number, parent, sub_index = num, ind or parent, 0
        elif ind:
            parent = ind
        sub_letter = ""
        if sub:
            sub_letter = "abcdefghijklmnopqrstuvwxyz"[sub_index % 26]
            sub_index += 1
        parent_core, unit = _unit_of(parent)
        sub_core, sub_unit = _unit_of(sub)
        unit = sub_unit or unit or unit_cell
        name = _indicator_name(parent_core, sub_core)
        ind_match = registry.match(name)
        attribute = ""
        for spec, cell in zip(specs, values):
            if spec["kind"] == "attribute":
                attribute = cell.text
        row_id = f"r{int(number):02d}" if number.isdigit() else f"r{number}"
        row_ref = f"t{table_no:02d}-{row_id}{sub_letter}"
        for spec, cell in zip(specs, values):
            if spec["kind"] != "value":
                continue
            year = spec["year"]
            col_status = spec["status"]
            cell_ref = f"{row_ref}-c{year}-{'target' if col_status == 'target' else 'actual' if col_status == 'actual' else 'estimate'}"
            base = dict(doc_id=doc_id, sentence_id="", table_cell=cell_ref, table_id=table_id,
                        indicator_id=ind_match.indicator_id, indicator_zh=ind_match.name_zh,
                        indicator_en=ind_match.name_en, mapped=ind_match.mapped, indicator_text=name,
                        match_score=float(ind_match.score), match_rule=ind_match.rule,
                        category=category, row_number=number + sub_letter, indicator_raw=parent,
                        sub_indicator=sub, attribute=attribute, column_header=spec["header"],
                        value_text=cell.text, snippet=cell.text)
            nums = [n for n in find_numbers(cell.text) if n.kind != "rank"]
            measure, quals, is_period = _measure(cell.text, name)
            if is_period:
                period = (five_year_period_start(year), year)
            else:
                period = (year, year)
            status = col_status
            if status == "estimate_or_actual":     # "预计值/实际值": levels are estimates, rates realised
                status = "estimate" if measure in ("level", "share") else "actual"
            if not nums:
                records.append({**base, "value": float("nan"), "unit": unit, "value_base": float("nan"),
                                "unit_base": "", "ref_year": period[1], "ref_period_start": period[0],
                                "ref_period_end": period[1], "status": status, "measure": measure,
                                "qualifier": ";".join(quals + ([attribute] if attribute else [])),
                                "char_start": cell.start, "char_end": cell.end})
                continue
            prev_end = 0
            for n in nums:
                scope = cell.text[prev_end:n.start].strip("；;，,、 ")
                prev_end = n.end
                q = list(quals)
                for x in n.qualifiers:
                    if x not in q and x != "累计≥":
                        q.append(x)
                if "累计≥" in n.qualifiers:
                    q.append("≥")
                if scope and scope not in ("年均", "累计", "[", "［") and not scope.startswith(("年均", "累计")):
                    q.append(scope.strip("[]［］"))
                if attribute:
                    q.append(attribute)
                value_unit = n.unit or unit
                vb, ub = to_base(n.value, value_unit)
                records.append({**base, "value": float(n.value), "unit": value_unit,
                                "value_base": float(vb), "unit_base": ub,
                                "ref_year": period[1], "ref_period_start": period[0],
                                "ref_period_end": period[1], "status": status, "measure": measure,
                                "qualifier": ";".join(dict.fromkeys(x for x in q if x)),
                                "char_start": cell.start + n.start, "char_end": cell.start + n.end})
    return pd.DataFrame.from_records(records)


def extract_plan_tables(raw_texts: dict[str, str], tables: pd.DataFrame,
                        registry: Registry | None = None) -> pd.DataFrame:
    """Observations from every table the corpus stage recognised (its ``tables`` table)."""
    frames = [parse_plan_table(raw_texts[row.doc_id], row.doc_id, row.table_id,
                               int(row.char_start), int(row.char_end), registry)
              for row in tables.sort_values(["doc_id", "table_id"]).itertuples() if row.doc_id in raw_texts]
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
