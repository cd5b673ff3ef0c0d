"""Term trajectories: when each term first and last appears across report years.

Built on term_frequencies of canonical government work reports only (the plan is a
different genre; non-canonical versions would count a report twice). A term is
*new* in a report when no earlier report uses it, and *faded* in a report when the
report just before used it and this one does not. The earliest report has no
baseline, so nothing is new there. Partial reports (comparable == False) are kept
but flagged: a term "fading" into a partial report may simply be in the lost part.
"""
from __future__ import annotations

import pandas as pd

from govreport.text.frequencies import content_terms

TRAJECTORY_COLUMNS = [
    "term", "doc_id", "report_year", "comparable", "count", "per_10k",
    "first_year", "last_year", "n_reports", "is_new", "is_faded",
]


def _reports(tfs: pd.DataFrame) -> pd.DataFrame:
    docs = tfs.drop_duplicates("doc_id")
    docs = docs[(docs["doc_type"] == "gov_work_report") & docs["is_canonical"].astype(bool)]
    return docs[["doc_id", "report_year", "comparable"]].sort_values(["report_year", "doc_id"], ignore_index=True)


def term_trajectories(tfs: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (term, report): rate in that report (0 where absent) and the term's trajectory.

    ``documents`` is accepted for symmetry with the other verbs; tfs already carries
    report_year, doc_type and is_canonical.
    """
    reports = _reports(tfs)
    terms = content_terms(tfs)
    terms = terms[terms["doc_id"].isin(reports["doc_id"])][["doc_id", "term", "count", "per_10k"]]
    if terms.empty:
        return pd.DataFrame(columns=TRAJECTORY_COLUMNS)
    grid = pd.DataFrame({"term": sorted(terms["term"].unique())}).merge(reports, how="cross")
    out = grid.merge(terms, on=["doc_id", "term"], how="left")
    out["count"] = out["count"].fillna(0).astype("int64")
    out["per_10k"] = out["per_10k"].fillna(0.0)
    present = out[out["count"] > 0]
    span = present.groupby("term").agg(first_year=("report_year", "min"), last_year=("report_year", "max"),
                                       n_reports=("doc_id", "nunique")).reset_index()
    out = out.merge(span, on="term")
    order = {d: i for i, d in enumerate(reports["doc_id"])}
    out["_rank"] = out["doc_id"].map(order)
    out = out.sort_values(["term", "_rank"], ignore_index=True)
    used = (out["count"] > 0).astype("int64")
    seen_before = used.groupby(out["term"]).cumsum() - used
    prev_count = out.groupby("term")["count"].shift(fill_value=0)
    out["is_new"] = (out["count"] > 0) & (seen_before == 0) & (out["_rank"] > 0)
    out["is_faded"] = (out["count"] == 0) & (prev_count > 0) & (out["_rank"] > 0)
    return out[TRAJECTORY_COLUMNS]


def new_terms(trajectories: pd.DataFrame, doc_id: str, min_count: int = 1) -> pd.DataFrame:
    """Terms first used in ``doc_id`` (none earlier), most frequent first."""
    rows = trajectories[(trajectories["doc_id"] == doc_id) & trajectories["is_new"]
                        & (trajectories["count"] >= min_count)]
    return rows.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)


def faded_terms(trajectories: pd.DataFrame, doc_id: str, min_count: int = 1) -> pd.DataFrame:
    """Terms the previous report used (at least ``min_count`` times) and ``doc_id`` does not."""
    t = trajectories.copy()
    order = t.drop_duplicates("doc_id").sort_values(["report_year", "doc_id"])["doc_id"].tolist()
    if doc_id not in order or order.index(doc_id) == 0:
        return t.iloc[0:0]
    prev = order[order.index(doc_id) - 1]
    prev_counts = t[t["doc_id"] == prev].set_index("term")["count"].rename("count_previous")
    rows = t[(t["doc_id"] == doc_id) & t["is_faded"]].join(prev_counts, on="term")
    rows = rows[rows["count_previous"] >= min_count]
    return rows.sort_values(["count_previous", "term"], ascending=[False, True], ignore_index=True)
