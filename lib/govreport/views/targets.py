"""Targets against outcomes: five-year plan scorecards, progress towards plan targets, and each
report's annual targets against the result reported later.

All functions take the ``series`` table (one value per indicator, period, status, measure,
base unit and target source, chosen by ``govreport.indicators.series``; nothing here re-picks
values) and return tidy DataFrames. A target is only compared with an outcome of the same
indicator, measure (level, growth rate, share …) and base unit (``unit_base``), so 亿元 never
meets %; ``n_sources`` says how many observations agreed or competed for a value.

Whether a target is met depends on the indicator's direction (``data/indicator_direction.yaml``):
PM2.5 or unemployment should stay *below* their targets. A qualifier on the target
(以下, ≤ … / 以上, ≥ …) overrides the list.
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
import yaml

# Measures for which a per-year growth rate of the value itself makes sense.
_COMPOUNDING = {"level", "cumulative"}
# Measures whose value depends on the period it covers (年均 2016-2020 ≠ one year).
_PERIOD_BOUND = {"growth_rate", "cumulative", "change"}

SCORECARD_COLUMNS = [
    "place", "indicator_id", "indicator_zh", "indicator_en", "measure", "unit", "direction",
    "target", "qualifier", "target_year", "target_doc", "target_snippet",
    "outcome", "outcome_status", "outcome_year", "outcome_doc", "outcome_snippet",
    "gap", "met", "verdict",
]
PROGRESS_COLUMNS = [
    "place", "indicator_id", "indicator_zh", "indicator_en", "measure", "unit", "direction",
    "target", "qualifier", "target_year", "target_doc", "target_snippet",
    "base", "base_year", "latest", "latest_status", "latest_year", "latest_doc", "latest_snippet",
    "gap", "years_left", "required_growth", "required_change_per_year", "pace_since_base",
    "on_track", "verdict",
]
ANNUAL_COLUMNS = [
    "place", "indicator_id", "indicator_zh", "indicator_en", "measure", "unit", "direction",
    "ref_year", "target", "qualifier", "target_doc", "target_snippet",
    "outcome", "outcome_status", "outcome_doc", "outcome_report_year", "outcome_snippet", "gap", "met", "verdict",
]


# ---- direction -------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def direction_rules() -> dict:
    text = resources.files("govreport").joinpath("data/indicator_direction.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    return {"down": set(data.get("down") or []),
            "ceiling": set(map(str, data.get("ceiling_qualifiers") or [])),
            "floor": set(map(str, data.get("floor_qualifiers") or []))}


def direction_of(indicator_id: str, qualifier: str = "", bound: str = "") -> str:
    """"up" (more is better, the target is a floor) or "down" (the target is a ceiling): the
    extractor's ``bound`` first, then the qualifier words, then the indicator's usual direction."""
    if bound in ("ceiling", "floor"):
        return "down" if bound == "ceiling" else "up"
    rules = direction_rules()
    words = {w.strip() for w in str(qualifier or "").split(";") if w.strip()}
    if words & rules["ceiling"]:
        return "down"
    if words & rules["floor"]:
        return "up"
    return "down" if indicator_id in rules["down"] else "up"


def is_met(outcome: float, target: float, direction: str) -> bool | None:
    """Whether ``outcome`` reaches ``target`` in the indicator's direction; None if unknown."""
    if outcome is None or target is None or pd.isna(outcome) or pd.isna(target):
        return None
    return bool(outcome <= target) if direction == "down" else bool(outcome >= target)


# ---- arithmetic ------------------------------------------------------------------------------

def required_growth(target: float, latest: float, years: float) -> float:
    """Compound growth per year that takes ``latest`` to ``target`` in ``years`` years:
    ``(target / latest) ** (1 / years) - 1``. NaN when undefined (non-positive values, no years)."""
    try:
        if years is None or pd.isna(years) or years <= 0 or target <= 0 or latest <= 0:
            return float("nan")
        return float((target / latest) ** (1.0 / years) - 1.0)
    except TypeError:
        return float("nan")


def pace(start: float, end: float, years: float, compounding: bool) -> float:
    """Observed pace between two values: compound growth per year, or change per year."""
    if years is None or pd.isna(years) or years <= 0 or pd.isna(start) or pd.isna(end):
        return float("nan")
    if compounding:
        return required_growth(end, start, years)
    return float((end - start) / years)


# ---- selecting values -----------------------------------------------------------------------

def values(series: pd.DataFrame) -> pd.DataFrame:
    """The series rows with numeric columns typed for arithmetic."""
    out = series.copy()
    for col in ("value", "value_base"):
        out[col] = out[col].astype(float)
    for col in ("ref_year", "ref_period_start", "ref_period_end", "report_year", "char_start"):
        out[col] = out[col].astype("Int64")
    for col in ("qualifier", "snippet", "unit", "unit_base", "table_cell", "target_source"):
        out[col] = out[col].astype("string").fillna("")
    return out.reset_index(drop=True)


def _same_quantity(target: pd.Series, candidates: pd.DataFrame) -> pd.DataFrame:
    """Candidates measuring the same thing as ``target`` (place, indicator, measure, base unit,
    stock or flow, and for period-bound measures the same period length): a stock target
    (人才总量达到18万人) is never judged by a yearly flow (引进1.3万人)."""
    c = candidates[(candidates["place"] == target["place"]) & (candidates["indicator_id"] == target["indicator_id"])
                   & (candidates["measure"] == target["measure"])
                   & (candidates["unit_base"] == target["unit_base"])]
    if "stock_flow" in c:
        c = c[c["stock_flow"].fillna("") == (target.get("stock_flow") or "")]
    if target["measure"] in _PERIOD_BOUND and len(c):
        span = int(target["ref_period_end"]) - int(target["ref_period_start"])
        c = c[(c["ref_period_end"] - c["ref_period_start"]) == span]
    return c


def _scale(row: pd.Series) -> float:
    """Factor from base units back to the target's display unit (亿元 ← 元)."""
    vb = float(row["value_base"])
    return float(row["value"]) / vb if vb else 1.0


def _where(row: pd.Series) -> str:
    """The clause a value was read from; for a plan-table cell, the table, row and column too
    ('表01 · 第05行（地区生产总值）· 2020年预计值列 · 6.5'), since a bare '6.5' names nothing."""
    cell = str(row.get("table_cell", "") or "")
    if not cell:
        return row["snippet"]
    from govreport.views.charts import cell_description

    where = cell_description(cell, row["doc_id"], row["indicator_zh"])
    return f"{where} · {row['snippet']}" if where else row["snippet"]


def _verdict_met(met) -> str:
    return {True: "met", False: "missed"}.get(met, "no outcome")


def _target_fields(t: pd.Series) -> dict:
    return {"place": t["place"], "indicator_id": t["indicator_id"], "indicator_zh": t["indicator_zh"],
            "indicator_en": t["indicator_en"], "measure": t["measure"], "unit": t["unit"],
            "direction": direction_of(t["indicator_id"], t["qualifier"], t.get("bound", "")),
            "target": float(t["value"]), "qualifier": t["qualifier"],
            "target_doc": t["doc_id"], "target_snippet": _where(t)}


def _frame(rows: list[dict], columns: list[str], sort: list[str]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=columns)
    for col in ("met", "on_track"):  # True / False / <NA> (unknown)
        if col in out:
            out[col] = out[col].astype("boolean")
    return out.sort_values(sort, kind="stable", ignore_index=True) if len(out) else out


# ---- questions -------------------------------------------------------------------------------

def plan_targets(series: pd.DataFrame, target_year: int) -> pd.DataFrame:
    """Targets for ``target_year`` set by five-year plans."""
    return series[(series["target_source"] == "five_year_plan") & (series["ref_year"] == target_year)]


def plan_scorecard(series: pd.DataFrame, target_year: int = 2020) -> pd.DataFrame:
    """A plan's targets for ``target_year`` against the outcome for that year: the actual value
    if any report gives one, else the estimate. ``met`` is None when there is no outcome."""
    obs = values(series)
    targets = plan_targets(obs, target_year)
    outcomes = obs[obs["status"].isin(["actual", "estimate"]) & (obs["ref_year"] == target_year)]
    rows = []
    for _, t in targets.iterrows():
        base = _target_fields(t)
        cand = _same_quantity(t, outcomes)
        row = {**base, "target_year": target_year, "outcome": np.nan, "outcome_status": "",
               "outcome_year": pd.NA, "outcome_doc": "", "outcome_snippet": "", "gap": np.nan, "met": None}
        if len(cand):
            cand = cand.assign(_rank=(cand["status"] != "actual").astype(int)).sort_values(
                ["_rank", "report_year"], ascending=[True, False], kind="stable")
            o = cand.iloc[0]
            outcome = float(o["value_base"]) * _scale(t)
            row.update(outcome=outcome, outcome_status=o["status"], outcome_year=int(o["ref_year"]),
                       outcome_doc=o["doc_id"], outcome_snippet=_where(o),
                       gap=outcome - base["target"], met=is_met(outcome, base["target"], base["direction"]))
        row["verdict"] = _verdict_met(row["met"])
        rows.append(row)
    return _frame(rows, SCORECARD_COLUMNS, ["place", "indicator_id", "measure"])


def plan_progress(series: pd.DataFrame, target_year: int = 2025, base_year: int | None = None) -> pd.DataFrame:
    """A plan's targets for ``target_year`` against the latest actual value before that year.

    ``gap`` = target − latest (in the target's unit); ``required_growth`` = the compound rate
    per year still needed, ``(target/latest) ** (1/years_left) - 1`` (levels and sums only);
    ``required_change_per_year`` = gap / years_left; ``pace_since_base`` = the observed pace
    from the plan's base year (default ``target_year - 5``) to the latest value, in the same
    terms (not for sums and rates over a period, whose previous-period value is no base).
    ``on_track``: already met, or the observed pace is at least the pace still needed;
    for growth-rate targets, the latest growth rate reaches the target rate. None = unknown.
    """
    base_year = target_year - 5 if base_year is None else base_year
    obs = values(series)
    targets = plan_targets(obs, target_year)
    outcomes = obs[obs["status"].isin(["actual", "estimate"])]
    rows = []
    for _, t in targets.iterrows():
        base = _target_fields(t)
        scale, target, direction = _scale(t), base["target"], base["direction"]
        cand = _same_quantity(t, outcomes)
        actual = cand[(cand["status"] == "actual") & (cand["ref_year"] < target_year)
                      & (cand["ref_year"] > base_year)]
        row = {**base, "target_year": target_year, "base": np.nan, "base_year": base_year,
               "latest": np.nan, "latest_status": "", "latest_year": pd.NA, "latest_doc": "",
               "latest_snippet": "", "gap": np.nan, "years_left": pd.NA, "required_growth": np.nan,
               "required_change_per_year": np.nan, "pace_since_base": np.nan, "on_track": None}
        at_base = cand[cand["ref_year"] == base_year].assign(
            _rank=lambda d: (d["status"] != "actual").astype(int)).sort_values("_rank", kind="stable")
        if len(at_base) and t["measure"] not in _PERIOD_BOUND:  # a previous period is no base
            row["base"] = float(at_base.iloc[0]["value_base"]) * scale
        if len(actual):
            o = actual.sort_values(["ref_year", "report_year"], ascending=False, kind="stable").iloc[0]
            latest, year = float(o["value_base"]) * scale, int(o["ref_year"])
            years_left = target_year - year
            row.update(latest=latest, latest_status="actual", latest_year=year, latest_doc=o["doc_id"],
                       latest_snippet=_where(o), gap=target - latest, years_left=years_left,
                       required_change_per_year=(target - latest) / years_left)
            compounding = t["measure"] in _COMPOUNDING
            if compounding:
                row["required_growth"] = required_growth(target, latest, years_left)
            if not pd.isna(row["base"]):
                row["pace_since_base"] = pace(row["base"], latest, year - base_year, compounding)
            row["on_track"] = _on_track(t["measure"], latest, target, direction, row, compounding)
        row["verdict"] = _verdict_progress(row)
        rows.append(row)
    return _frame(rows, PROGRESS_COLUMNS, ["place", "indicator_id", "measure"])


def _on_track(measure: str, latest: float, target: float, direction: str, row: dict,
              compounding: bool) -> bool | None:
    if is_met(latest, target, direction):
        return True
    if measure == "growth_rate":  # a rate target: this year's rate against the target rate
        return False
    needed = row["required_growth"] if compounding else row["required_change_per_year"]
    observed = row["pace_since_base"]
    if pd.isna(needed) or pd.isna(observed):
        return None
    return bool(observed <= needed) if direction == "down" else bool(observed >= needed)


def _verdict_progress(row: dict) -> str:
    if pd.isna(row["latest"]):
        return "no actual yet"
    if is_met(row["latest"], row["target"], row["direction"]):
        return "already met"
    return {True: "on track", False: "behind"}.get(row["on_track"], "unknown pace")


def annual_targets_vs_outcomes(series: pd.DataFrame) -> pd.DataFrame:
    """Each report's targets for its own year against the outcome for that year as a later report
    of the same place states it: the actual value, else (reports delivered in January often
    give the past year as 预计) the estimate, with ``outcome_status`` saying which. Only pairs
    where both sides exist; the latest later report wins."""
    obs = values(series)
    targets = obs[(obs["target_source"] == "annual_report") & (obs["ref_year"] == obs["report_year"])]
    outcomes = obs[obs["status"].isin(["actual", "estimate"]) & (obs["report_year"] > obs["ref_year"])]
    rows = []
    for _, t in targets.iterrows():
        cand = _same_quantity(t, outcomes[outcomes["ref_year"] == t["ref_year"]])
        if cand.empty:
            continue
        cand = cand.assign(_rank=(cand["status"] != "actual").astype(int)).sort_values(
            ["_rank", "report_year"], ascending=[True, False], kind="stable")
        o = cand.iloc[0]
        base = _target_fields(t)
        outcome = float(o["value_base"]) * _scale(t)
        met = is_met(outcome, base["target"], base["direction"])
        rows.append({**base, "ref_year": int(t["ref_year"]), "outcome": outcome, "outcome_status": o["status"],
                     "outcome_doc": o["doc_id"], "outcome_report_year": int(o["report_year"]),
                     "outcome_snippet": _where(o), "gap": outcome - base["target"], "met": met,
                     "verdict": _verdict_met(met)})
    return _frame(rows, ANNUAL_COLUMNS, ["place", "ref_year", "indicator_id", "measure"])


def annual_pairs_missing(series: pd.DataFrame, documents: pd.DataFrame, places=None) -> pd.DataFrame:
    """Why annual targets lack outcomes (or outcomes lack targets), per place: the report years
    that would complete a pair. A report of year Y sets targets for Y; the report of Y+1 states
    the outcome. Columns: place, report_year, in_corpus, would_give."""
    obs = values(series)
    if "place" not in obs:
        obs = obs.assign(place="")
    docs = documents if "place" in documents else documents.assign(place="")
    docs = docs[docs["is_canonical"].astype(bool) & (docs["doc_type"] == "gov_work_report")]
    wanted = list(places) if places else sorted(set(docs["place"]))
    rows = []
    for place in wanted:
        o = obs[obs["place"] == place]
        have = set(docs.loc[docs["place"] == place, "report_year"].astype(int))
        target_years = set(o.loc[(o["target_source"] == "annual_report") & (o["ref_year"] == o["report_year"]),
                                 "ref_year"].astype(int))
        outcome_years = set(o.loc[o["status"].isin(["actual", "estimate"]) & (o["report_year"] == o["ref_year"] + 1),
                                  "ref_year"].astype(int))
        need: dict[int, list[str]] = {}
        for y in sorted(target_years - outcome_years):
            need.setdefault(y + 1, []).append(f"the outcome of the {y} targets")
        for y in sorted(outcome_years - target_years):
            need.setdefault(y, []).append(f"the targets for {y}, whose outcome the {y + 1} report states")
        for year, gives in sorted(need.items()):
            rows.append({"place": place, "report_year": year, "in_corpus": year in have, "would_give": "; ".join(gives)})
    return pd.DataFrame(rows, columns=["place", "report_year", "in_corpus", "would_give"])


def summary(table: pd.DataFrame) -> pd.Series:
    """How many rows fall under each verdict (for a sentence in a notebook)."""
    if table.empty:
        return pd.Series(dtype="int64", name="count")
    return table["verdict"].value_counts().sort_index().rename("count")


def format_rate(x: float) -> str:
    """0.0512 → '5.1%'; NaN → ''."""
    return "" if x is None or (isinstance(x, float) and math.isnan(x)) else f"{x * 100:.1f}%"


def targets_side_by_side(series: pd.DataFrame, doc_a: str, doc_b: str) -> pd.DataFrame:
    """The targets two reports set for their own year, one row per indicator and measure;
    a blank side means that report set no such target."""
    obs = values(series)
    t = obs[(obs["target_source"] == "annual_report") & (obs["ref_year"] == obs["report_year"])]
    sides = []
    for doc in (doc_a, doc_b):
        s = t[t["doc_id"] == doc]
        s = s[["indicator_id", "indicator_zh", "indicator_en", "measure", "unit", "value", "qualifier", "snippet"]]
        sides.append(s.rename(columns={"value": f"target_{doc}", "qualifier": f"qualifier_{doc}",
                                       "snippet": f"snippet_{doc}", "unit": f"unit_{doc}"}))
    keys = ["indicator_id", "indicator_zh", "indicator_en", "measure"]
    out = sides[0].merge(sides[1], on=keys, how="outer")
    out["in_both"] = out[f"target_{doc_a}"].notna() & out[f"target_{doc_b}"].notna()
    return out.sort_values(["in_both", "indicator_id", "measure"], ascending=[False, True, True], ignore_index=True)


def goal_years(series: pd.DataFrame, places=None) -> list[int]:
    """Years for which five-year plans (of ``places``) set goals."""
    s = series if not places else series[series["place"].isin(list(places))]
    return sorted(set(s.loc[s["target_source"] == "five_year_plan", "ref_year"].dropna().astype(int)))


def default_goal_years(series: pd.DataFrame, places=None) -> tuple[int | None, int | None]:
    """(scorecard year, progress year): the latest plan-goal year that already has outcomes, and
    the first plan-goal year after the latest outcome (a plan still running). None where the
    corpus has no such year."""
    s = series if not places else series[series["place"].isin(list(places))]
    goals = goal_years(s)
    outcomes = s.loc[s["status"].isin(["actual", "estimate"]), "ref_year"].dropna().astype(int)
    last = int(outcomes.max()) if len(outcomes) else None
    if last is None:
        return None, (goals[0] if goals else None)
    done = [y for y in goals if y <= last]
    ahead = [y for y in goals if y > last]
    return (done[-1] if done else None), (ahead[0] if ahead else None)


_DIFFERENCES = {"gap", "required_change_per_year"}


def readable(table: pd.DataFrame, value_columns: list[str], language: str = "zh") -> pd.DataFrame:
    """The table with an ``indicator`` name in ``language`` and ``<column>_text`` for each value
    column: thousands separators and the unit ('12,370 亿元'); a difference of percentages reads in
    percentage points (百分点), never in %. Growth rates read as '5.1%'."""
    from govreport.views.units import value_text

    from govreport.views.units import qualifier_label

    out = table.copy()
    if "qualifier" in out:
        out["qualifier"] = out["qualifier"].fillna("").map(lambda q: qualifier_label(q, language))
    if "direction" in out:  # a target is a floor (at least) or a ceiling (at most)
        words = {"up": "下限 floor", "down": "上限 ceiling"} if language == "zh" else {"up": "floor", "down": "ceiling"}
        out["direction"] = out["direction"].map(lambda d: words.get(d, d))
    if language == "zh":
        out["indicator"] = out["indicator_zh"]
    else:
        out["indicator"] = out["indicator_en"].where(out["indicator_en"].fillna("") != "", out["indicator_zh"])
    for col in value_columns:
        units = [("百分点" if u == "%" else u) if col in _DIFFERENCES else u for u in out["unit"]]
        out[f"{col}_text"] = [value_text(v, u, language) for v, u in zip(out[col], units)]
    if "required_growth" in out:
        out["required_growth_text"] = out["required_growth"].map(format_rate)
    if "pace_since_base" in out:
        out["pace_since_base_text"] = [
            format_rate(x) if m in _COMPOUNDING else value_text(x, "百分点" if u == "%" else u, language)
            for x, m, u in zip(out["pace_since_base"], out["measure"], out["unit"])]
    return out


def readable_side_by_side(table: pd.DataFrame, doc_a: str, doc_b: str, language: str = "zh") -> pd.DataFrame:
    """``targets_side_by_side`` for reading: indicator name, measure, and each report's target
    with its unit and qualifier ('6.5% (左右)'; English words in en), then the two sentences."""
    from govreport.views.units import qualifier_label, value_text

    name = table["indicator_zh"] if language == "zh" else table["indicator_en"].where(
        table["indicator_en"].fillna("") != "", table["indicator_zh"])
    out = pd.DataFrame({"indicator": name, "measure": table["measure"], "in_both": table["in_both"]})
    for doc in (doc_a, doc_b):
        text = [value_text(v, u, language) for v, u in zip(table[f"target_{doc}"], table[f"unit_{doc}"])]
        quals = table[f"qualifier_{doc}"].fillna("").astype(str).map(lambda q: qualifier_label(q, language))
        out[f"target_{doc}"] = [f"{x} ({q})" if x and q else x for x, q in zip(text, quals)]
    for doc in (doc_a, doc_b):
        out[f"snippet_{doc}"] = table[f"snippet_{doc}"].fillna("")
    return out
