"""Observations → series: the one rule that decides "the" value of an indicator.

Charts, plan-vs-outcome tables and notebooks read ``series``; nothing re-picks values.

Only canonical documents and mapped indicators with a numeric value count. A series row is
one place (values of different governments are never merged or compared), one indicator, period (``ref_period_start``-``ref_period_end``), status, measure, base unit
stock or flow (总量 18万人 is not 引进 1.3万人) and target source (a five-year plan's goal and
a year's target are different things), so values in different units are never merged (13 年
and 43 个 stay apart). When several
observations share a key, one is chosen and ``rule`` says why: the later report wins (it
has the revised figure), then the more precise value (more significant digits), then a
table cell over prose, then the first position in document order. ``conflict`` is True
when the sources give different base values.
"""
from __future__ import annotations

import itertools

import pandas as pd

KEY = ["place", "indicator_id", "ref_period_start", "ref_period_end", "status", "measure", "unit_base", "stock_flow",
       "target_source"]
SERIES_COLUMNS = ["place", "level", "indicator_id", "indicator_zh", "indicator_en", "ref_year", "ref_period_start", "ref_period_end",
                  "status", "target_source", "measure", "value", "unit", "value_base", "unit_base", "stock_flow", "bound", "streak_years", "qualifier",
                  "obs_id", "doc_id", "report_year", "doc_type", "snippet", "table_cell", "char_start", "char_end",
                  "sources", "source_docs", "n_sources", "conflict", "values_seen", "rule"]


def _precision(text) -> int:
    return sum(c.isdigit() for c in str(text or ""))


def target_source(status: pd.Series, doc_type: pd.Series) -> pd.Series:
    """'five_year_plan' for a plan's targets, 'annual_report' for a report's, '' otherwise."""
    src = doc_type.where(doc_type == "five_year_plan", "annual_report")
    return src.where(status == "target", "")


def _rule(g: list[dict], conflict: bool) -> str:
    best, second = g[0], g[1] if len(g) > 1 else None
    if second is None:
        return "single source"
    if not conflict:
        return "sources agree"
    if best["report_year"] > second["report_year"]:
        return f"later report ({best['report_year']}) preferred"
    if best["_precision"] > second["_precision"]:
        return "more precise value preferred"
    if best["_is_table"] and not second["_is_table"]:
        return "table cell preferred over prose"
    return "first mention in document order"


def build_series(observations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    docs = documents.loc[documents["is_canonical"].astype(bool), ["doc_id", "report_year", "doc_type", "place", "level"]]
    obs = observations[observations["mapped"].astype(bool) & observations["value_base"].notna()]
    obs = obs.merge(docs, on="doc_id", how="inner")
    if obs.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    for col, default in (("stock_flow", ""), ("bound", ""), ("streak_years", 0)):
        if col not in obs:
            obs = obs.assign(**{col: default})
    obs = obs.assign(stock_flow=obs["stock_flow"].fillna(""), bound=obs["bound"].fillna(""))
    obs = obs.assign(_precision=obs["value_text"].map(_precision) if "value_text" in obs else 0,
                     _is_table=obs["table_cell"].fillna("") != "",
                     target_source=target_source(obs["status"], obs["doc_type"]))
    obs = obs.sort_values(KEY + ["report_year", "_precision", "_is_table", "doc_id", "char_start"],
                          ascending=[True] * len(KEY) + [False, False, False, True, True], kind="stable")
    rows = []
    keep = [c for c in SERIES_COLUMNS if c in obs.columns]
    # plain rows (pandas row access per group is slow); a key with a missing part makes no series row
    records = obs.dropna(subset=KEY).to_dict("records")
    for _, grp in itertools.groupby(records, key=lambda r: tuple(r[k] for k in KEY)):
        g = list(grp)
        best = g[0]
        values = sorted({round(float(r["value_base"]), 9) for r in g})
        conflict = len(values) > 1
        row = {c: best[c] for c in keep}
        row.update(ref_year=int(best["ref_year"]), value=float(best["value"]), value_base=float(best["value_base"]),
                   sources=";".join(sorted(r["obs_id"] for r in g)), source_docs=";".join(sorted({r["doc_id"] for r in g})),
                   n_sources=int(len(g)), conflict=bool(conflict),
                   values_seen=";".join(f"{v:g}" for v in values), rule=_rule(g, conflict))
        rows.append(row)
    out = pd.DataFrame(rows, columns=SERIES_COLUMNS)
    return out.sort_values(KEY, kind="stable", ignore_index=True)
