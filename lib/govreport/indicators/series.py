"""Observations -> series: one value per indicator, period, status and measure.

Only canonical documents and mapped indicators count. When several observations
describe the same (indicator, period, status, measure), one value is chosen and
the rule says why: the later report wins (it has the revised figure), then the
more precise value (more significant digits), then a table cell over prose, then
the first position. ``conflict`` is True when the sources give different values
(in base units).
"""
from __future__ import annotations

import pandas as pd

SERIES_COLUMNS = ["indicator_id", "indicator_zh", "indicator_en", "ref_year", "ref_period_start", "ref_period_end",
                  "status", "measure", "value", "unit", "value_base", "unit_base", "obs_id", "sources",
                  "source_docs", "n_sources", "conflict", "values_seen", "rule"]
_KEY = ["indicator_id", "ref_period_start", "ref_period_end", "status", "measure"]


def _precision(text) -> int:
    t = str(text or "")
    return sum(c.isdigit() for c in t)


def build_series(observations: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    canon = documents.loc[documents["is_canonical"].astype(bool), ["doc_id", "report_year"]]
    obs = observations[observations["mapped"].astype(bool) & observations["value_base"].notna()]
    obs = obs.merge(canon, on="doc_id", how="inner")
    if obs.empty:
        return pd.DataFrame(columns=SERIES_COLUMNS)
    obs = obs.assign(_precision=obs["value_text"].map(_precision) if "value_text" in obs else 0,
                     _is_table=obs["table_cell"].fillna("") != "")
    rows = []
    for key, g in obs.groupby(_KEY, sort=True):
        g = g.sort_values(["report_year", "_precision", "_is_table", "char_start"],
                          ascending=[False, False, False, True], kind="stable")
        best = g.iloc[0]
        values = sorted({round(float(v), 9) for v in g["value_base"]})
        conflict = len(values) > 1
        if len(g) == 1:
            rule = "single source"
        elif not conflict:
            rule = "sources agree"
        elif g["report_year"].nunique() > 1 and best["report_year"] > g.iloc[1]["report_year"]:
            rule = f"later report ({best['report_year']}) preferred"
        elif best["_precision"] > g.iloc[1]["_precision"]:
            rule = "more precise value preferred"
        elif best["_is_table"] and not g.iloc[1]["_is_table"]:
            rule = "table cell preferred over prose"
        else:
            rule = "first mention in document order"
        rows.append({
            "indicator_id": key[0], "indicator_zh": best["indicator_zh"], "indicator_en": best["indicator_en"],
            "ref_year": int(best["ref_year"]), "ref_period_start": int(key[1]), "ref_period_end": int(key[2]),
            "status": key[3], "measure": key[4], "value": float(best["value"]), "unit": best["unit"],
            "value_base": float(best["value_base"]), "unit_base": best["unit_base"], "obs_id": best["obs_id"],
            "sources": ";".join(sorted(g["obs_id"])), "source_docs": ";".join(sorted(set(g["doc_id"]))),
            "n_sources": int(len(g)), "conflict": bool(conflict),
            "values_seen": ";".join(f"{v:g}" for v in values), "rule": rule,
        })
    return pd.DataFrame(rows, columns=SERIES_COLUMNS)
