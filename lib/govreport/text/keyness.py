"""Keyness: which terms one report uses more (or less) than the others.

As quanteda's ``textstat_keyness``: for each term a 2x2 table (term / other terms x
target / reference), the signed log-likelihood G² (positive = over-used in the
target), Pearson's chi² with Yates' correction, and Hardie's log-ratio effect size
(binary log of the ratio of relative frequencies, zero counts taken as 0.5).
The reference is, by default, every other comparable-genre canonical document:
the five-year plan is kept apart unless passed explicitly.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from govreport.text.frequencies import content_terms

KEYNESS_COLUMNS = [
    "doc_id", "reference", "term", "count_target", "count_reference", "n_target", "n_reference",
    "per_10k_target", "per_10k_reference", "g2", "chi2", "p_value", "log_ratio",
]


def _chi2_sf_1df(x: np.ndarray) -> np.ndarray:
    """Upper tail of chi² with 1 degree of freedom: erfc(sqrt(x/2)), no scipy needed."""
    from math import erfc, sqrt

    return np.array([erfc(sqrt(max(v, 0.0) / 2.0)) for v in x], dtype=float)


def keyness_stats(a, b, n_target, n_reference) -> dict[str, np.ndarray]:
    """Signed G², Yates chi², log-ratio for counts a (target) and b (reference) of a term."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    c = np.asarray(n_target, dtype=float) - a
    d = np.asarray(n_reference, dtype=float) - b
    n = a + b + c + d
    observed = [a, b, c, d]
    rows = [a + b, a + b, c + d, c + d]
    cols = [a + c, b + d, a + c, b + d]
    expected = [r * k / n for r, k in zip(rows, cols)]
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2 * sum(np.where(o > 0, o * np.log(o / e), 0.0) for o, e in zip(observed, expected))
        cross = np.abs(a * d - b * c)
        yates = np.maximum(cross - n / 2, 0.0)
        chi2 = n * yates ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
        sign = np.where(a / (a + c) >= b / (b + d), 1.0, -1.0)
        log_ratio = np.log2((np.where(a > 0, a, 0.5) / (a + c)) / (np.where(b > 0, b, 0.5) / (b + d)))
    return {"g2": sign * g2, "chi2": sign * np.nan_to_num(chi2), "log_ratio": log_ratio}


def default_reference(tfs: pd.DataFrame, target_doc: str) -> list[str]:
    """Canonical documents of the target's genre, other than the target (plans kept apart)."""
    docs = tfs.drop_duplicates("doc_id")
    target_type = docs.loc[docs["doc_id"] == target_doc, "doc_type"]
    same = docs[docs["is_canonical"].astype(bool) & (docs["doc_id"] != target_doc)]
    if len(target_type):
        same = same[same["doc_type"] == target_type.iloc[0]]
    return sorted(same["doc_id"])


def keyness(tfs: pd.DataFrame, target_doc: str, reference_docs: list[str] | None = None,
            keep_policy_verbs: bool = True, min_count: int = 1) -> pd.DataFrame:
    """Keyness of every content term of ``target_doc`` against ``reference_docs`` pooled.

    ``tfs`` is the term_frequencies table. Totals are the documents' word-token counts,
    so rates match term_frequencies.per_10k. Terms with fewer than ``min_count``
    occurrences in target and reference together are skipped. Sorted by G² descending.
    """
    refs = sorted(reference_docs) if reference_docs is not None else default_reference(tfs, target_doc)
    refs = [r for r in refs if r != target_doc]
    if target_doc not in set(tfs["doc_id"]) or not refs:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    totals = tfs.drop_duplicates("doc_id").set_index("doc_id")["n_tokens"]
    n_t, n_r = int(totals[target_doc]), int(totals[refs].sum())
    terms = content_terms(tfs, keep_policy_verbs)
    ct = terms[terms["doc_id"] == target_doc].groupby("term")["count"].sum()
    cr = terms[terms["doc_id"].isin(refs)].groupby("term")["count"].sum()
    table = pd.concat([ct.rename("count_target"), cr.rename("count_reference")], axis=1).fillna(0)
    table = table[table.sum(axis=1) >= max(min_count, 1)].astype("int64")
    stats = keyness_stats(table["count_target"], table["count_reference"], n_t, n_r)
    out = table.reset_index().rename(columns={"index": "term"})
    out.insert(0, "doc_id", target_doc)
    out.insert(1, "reference", ";".join(refs))
    out["n_target"], out["n_reference"] = n_t, n_r
    out["per_10k_target"] = out["count_target"] / n_t * 10_000
    out["per_10k_reference"] = out["count_reference"] / n_r * 10_000
    out["g2"], out["chi2"], out["log_ratio"] = stats["g2"], stats["chi2"], stats["log_ratio"]
    out["p_value"] = _chi2_sf_1df(np.abs(out["g2"].to_numpy()))
    return out.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)[KEYNESS_COLUMNS]


def keyness_all(tfs: pd.DataFrame, comparable_only: bool = True) -> pd.DataFrame:
    """Keyness of each (comparable) report against the other comparable reports."""
    docs = tfs.drop_duplicates("doc_id")
    if comparable_only:
        docs = docs[docs["comparable"].astype(bool)]
    targets = sorted(docs["doc_id"])
    parts = [keyness(tfs, d, [r for r in targets if r != d]) for d in targets]
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=KEYNESS_COLUMNS)
