"""Term trajectories: when each term first and last appears across report years.

Built on term_frequencies of canonical government work reports only (the plan is a
different genre; non-canonical versions would count a report twice), each place apart:
a term's years, first use and fading are those of the reports of one government. A term is
*new* in a report when no earlier report uses it, and *faded* in a report when the
report just before used it and this one does not. The earliest report has no
baseline, so nothing is new there. Partial reports (comparable == False) are kept
but flagged: a term "fading" into a partial report may simply be in the lost part.
"""
from __future__ import annotations

from typing import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa

from govreport.text.frequencies import content_rows, document_table

TRAJECTORY_COLUMNS = [
    "place", "term", "doc_id", "report_year", "comparable", "count", "per_10k",
    "first_year", "last_year", "n_reports", "is_new", "is_faded",
]
BLOCK = 2048  # terms per block: the rows of a block are n_reports times as many


def _reports(docs: pd.DataFrame) -> pd.DataFrame:
    docs = docs[(docs["doc_type"] == "gov_work_report") & docs["is_canonical"].astype(bool)]
    return docs[["place", "doc_id", "report_year", "comparable"]].sort_values(
        ["place", "report_year", "doc_id"], ignore_index=True)


def trajectory_blocks(tfs: pd.DataFrame) -> Iterator[pa.Table]:
    """The term_trajectories table in blocks (see ``trajectories_of``)."""
    return trajectories_of(content_rows(tfs), document_table(tfs))


def trajectories_of(content: pd.DataFrame, docs: pd.DataFrame) -> Iterator[pa.Table]:
    """The term_trajectories table in blocks of terms (Arrow tables, the columns of
    TRAJECTORY_COLUMNS), in (place, term, report order) order, so the whole grid of terms x
    reports never has to be in memory at once. ``content`` holds doc_id, term, count, per_10k
    of content terms; ``docs`` one row per document (doc_id, place, report_year, doc_type,
    is_canonical, comparable)."""
    reports = _reports(docs)
    for place, rep in reports.groupby("place", sort=True):
        ids = rep["doc_id"].tolist()
        rows = content[content["doc_id"].isin(ids)]
        if rows.empty:
            continue
        codes, terms = pd.factorize(rows["term"], sort=True)
        col = pd.Index(ids).get_indexer(rows["doc_id"])
        n_terms, n_reps = len(terms), len(ids)
        count = np.zeros((n_terms, n_reps), dtype=np.int64)
        rate = np.zeros((n_terms, n_reps), dtype=float)
        count[codes, col] = rows["count"].to_numpy(dtype=np.int64)
        rate[codes, col] = rows["per_10k"].to_numpy(dtype=float)
        years = rep["report_year"].to_numpy(dtype=np.int64)
        comparable = rep["comparable"].astype(bool).to_numpy()
        terms = np.asarray(terms, dtype=object)
        place_col = pa.array([place], type=pa.large_string())
        id_col = pa.array(ids, type=pa.large_string())
        term_col = pa.array(terms, type=pa.large_string())
        for start in range(0, n_terms, BLOCK):
            c = count[start:start + BLOCK]
            used = c > 0
            k = len(c)
            first = years[used.argmax(axis=1)]
            last = years[n_reps - 1 - used[:, ::-1].argmax(axis=1)]
            seen_before = np.cumsum(used, axis=1) - used
            prev = np.concatenate([np.zeros((k, 1), dtype=np.int64), c[:, :-1]], axis=1)
            later = np.arange(n_reps) > 0
            each_term = np.repeat(np.arange(start, start + k), n_reps)
            yield pa.table({
                "place": place_col.take(np.zeros(k * n_reps, dtype=np.int64)),
                "term": term_col.take(each_term), "doc_id": id_col.take(np.tile(np.arange(n_reps), k)),
                "report_year": np.tile(years, k), "comparable": np.tile(comparable, k), "count": c.ravel(),
                "per_10k": rate[start:start + BLOCK].ravel(),
                "first_year": np.repeat(first, n_reps), "last_year": np.repeat(last, n_reps),
                "n_reports": np.repeat(used.sum(axis=1).astype(np.int64), n_reps),
                "is_new": (used & (seen_before == 0) & later).ravel(),
                "is_faded": (~used & (prev > 0) & later).ravel(),
            })


def term_trajectories(tfs: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per (place, term, report of that place): rate in that report (0 where absent)
    and the term's trajectory across the reports of that place.

    ``documents`` is accepted for symmetry with the other verbs; tfs already carries
    place, report_year, doc_type and is_canonical.
    """
    blocks = list(trajectory_blocks(tfs))
    if not blocks:
        return pd.DataFrame(columns=TRAJECTORY_COLUMNS)
    return pa.concat_tables(blocks).to_pandas()


def new_terms(trajectories: pd.DataFrame, doc_id: str, min_count: int = 1) -> pd.DataFrame:
    """Terms first used in ``doc_id`` (none earlier), most frequent first."""
    rows = trajectories[(trajectories["doc_id"] == doc_id) & trajectories["is_new"]
                        & (trajectories["count"] >= min_count)]
    return rows.sort_values(["count", "term"], ascending=[False, True], ignore_index=True)


def faded_terms(trajectories: pd.DataFrame, doc_id: str, min_count: int = 1) -> pd.DataFrame:
    """Terms the previous report used (at least ``min_count`` times) and ``doc_id`` does not."""
    t = trajectories
    if "place" in t.columns:  # the report just before, in the same place
        t = t[t["place"].isin(set(t.loc[t["doc_id"] == doc_id, "place"]))]
    order = t.drop_duplicates("doc_id").sort_values(["report_year", "doc_id"])["doc_id"].tolist()
    if doc_id not in order or order.index(doc_id) == 0:
        return t.iloc[0:0]
    prev = order[order.index(doc_id) - 1]
    prev_counts = t[t["doc_id"] == prev].set_index("term")["count"].rename("count_previous")
    rows = t[(t["doc_id"] == doc_id) & t["is_faded"]].join(prev_counts, on="term")
    rows = rows[rows["count_previous"] >= min_count]
    return rows.sort_values(["count_previous", "term"], ascending=[False, True], ignore_index=True)
