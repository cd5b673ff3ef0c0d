"""Keyness: which terms one report uses more (or less) than the others.

As quanteda's ``textstat_keyness``: for each term a 2x2 table (term / other terms x
target / reference), the signed log-likelihood G² (positive = over-used in the
target), Pearson's chi² with Yates' correction, and Hardie's log-ratio effect size
(binary log of the ratio of relative frequencies, zero counts taken as 0.5).

Terms seen fewer than ``MIN_COUNT`` times in target and reference together are left out
(too rare to test). Each target's p-values are adjusted for the number of terms tested
(Benjamini-Hochberg, ``p_adjusted``); a term is ``distinctive`` when its adjusted p-value
is below ``ALPHA`` and its rate differs at least twofold (|log_ratio| ≥ ``MIN_LOG_RATIO``).

The table compares each comparable report with the other comparable reports of the same
place only (reports of different governments are never pooled); ``keyness`` also takes any
reference list. Every target of a place is computed at once from one term × document
count matrix.
"""
from __future__ import annotations

import math
from typing import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa

from govreport.text.frequencies import content_rows, content_terms, document_table, places
from govreport.text.rows import arrow_rows

MIN_COUNT = 5         # occurrences in target + reference below which a term is not tested
ALPHA = 0.05          # false discovery rate for ``distinctive``
MIN_LOG_RATIO = 1.0   # twice (or half) the rate, for ``distinctive``
KEYNESS_COLUMNS = [
    "doc_id", "place", "n_reference_docs", "term", "count_target", "count_reference", "n_target", "n_reference",
    "per_10k_target", "per_10k_reference", "g2", "chi2", "p_value", "p_adjusted", "log_ratio", "distinctive",
]


def _chi2_sf_1df(x: np.ndarray) -> np.ndarray:
    """Upper tail of chi² with 1 degree of freedom: erfc(sqrt(x/2)) (math.erfc: no scipy to import)."""
    return _erfc(np.sqrt(np.maximum(np.asarray(x, dtype=float), 0.0) / 2.0)).astype(float)


_erfc = np.frompyfunc(math.erfc, 1, 1)


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (step-up; capped at 1), in the input order."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="stable")
    scaled = p[order] * m / np.arange(1, m + 1)
    adjusted = np.minimum(np.minimum.accumulate(scaled[::-1])[::-1], 1.0)
    out = np.empty(m)
    out[order] = adjusted
    return out


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


def _table(doc_id: str, place: str, n_refs: int, terms: np.ndarray, a: np.ndarray, b: np.ndarray,
           n_t: int, n_r: int, sorted_terms: pa.Array | None = None) -> pd.DataFrame | pa.Table:
    """One target's keyness rows, sorted by G² descending, then term. With ``sorted_terms``
    (``terms`` as Arrow, given only when they are in ascending order) the rows come as the
    writer stores them (see ``govreport.text.rows``)."""
    stats = keyness_stats(a, b, n_t, n_r)
    p = _chi2_sf_1df(np.abs(stats["g2"]))
    p_adj = benjamini_hochberg(p)
    columns = {
        "doc_id": doc_id, "place": place, "n_reference_docs": np.int64(n_refs), "term": terms,
        "count_target": a.astype(np.int64), "count_reference": b.astype(np.int64),
        "n_target": np.int64(n_t), "n_reference": np.int64(n_r),
        "per_10k_target": a / n_t * 10_000, "per_10k_reference": b / n_r * 10_000,
        "g2": stats["g2"], "chi2": stats["chi2"], "p_value": p, "p_adjusted": p_adj, "log_ratio": stats["log_ratio"],
        "distinctive": (p_adj < ALPHA) & (np.abs(stats["log_ratio"]) >= MIN_LOG_RATIO),
    }
    if sorted_terms is None:
        out = pd.DataFrame(columns)
        return out.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)[KEYNESS_COLUMNS]
    # the same order: G² descending (missing last), ties in term order, which is the terms' own
    order = np.argsort(-columns["g2"], kind="stable")
    rows = {k: v[order] if isinstance(v, np.ndarray) and v.ndim else v for k, v in columns.items()}
    rows["term"] = sorted_terms.take(order)
    return arrow_rows(rows, "keyness", len(order))


def default_reference(tfs: pd.DataFrame, target_doc: str) -> list[str]:
    """Canonical documents of the target's genre and place, other than the target (plans kept apart)."""
    docs = tfs.drop_duplicates("doc_id")
    docs = docs.assign(place=places(docs))
    target = docs[docs["doc_id"] == target_doc]
    same = docs[docs["is_canonical"].astype(bool) & (docs["doc_id"] != target_doc)]
    if len(target):
        same = same[(same["doc_type"] == target["doc_type"].iloc[0]) & (same["place"] == target["place"].iloc[0])]
    return sorted(same["doc_id"])


def keyness(tfs: pd.DataFrame, target_doc: str, reference_docs: list[str] | None = None,
            keep_policy_verbs: bool = True, min_count: int = MIN_COUNT) -> pd.DataFrame:
    """Keyness of every content term of ``target_doc`` against ``reference_docs`` pooled
    (default: the canonical documents of its genre and place).

    ``tfs`` is the term_frequencies table. Totals are the documents' word-token counts,
    so rates match term_frequencies.per_10k. Terms with fewer than ``min_count``
    occurrences in target and reference together are skipped. Sorted by G² descending.
    """
    refs = sorted(reference_docs) if reference_docs is not None else default_reference(tfs, target_doc)
    refs = [r for r in refs if r != target_doc]
    if target_doc not in set(tfs["doc_id"]) or not refs:
        return pd.DataFrame(columns=KEYNESS_COLUMNS)
    docs = tfs.drop_duplicates("doc_id").set_index("doc_id")
    totals = docs["n_tokens"]
    n_t, n_r = int(totals[target_doc]), int(totals[refs].sum())
    terms = content_terms(tfs, keep_policy_verbs)
    ct = terms[terms["doc_id"] == target_doc].groupby("term")["count"].sum()
    cr = terms[terms["doc_id"].isin(refs)].groupby("term")["count"].sum()
    table = pd.concat([ct.rename("a"), cr.rename("b")], axis=1).fillna(0)
    table = table[table.sum(axis=1) >= max(min_count, 1)].astype("int64")
    place = str(places(docs.loc[[target_doc]].reset_index()).iloc[0])
    return _table(target_doc, place, len(refs), table.index.to_numpy(dtype=object), table["a"].to_numpy(),
                  table["b"].to_numpy(), n_t, n_r)


def keyness_blocks(tfs: pd.DataFrame, comparable_only: bool = True,
                   min_count: int = MIN_COUNT) -> Iterator[pd.DataFrame]:
    """The keyness table one target at a time, in doc_id order (see ``keyness_of``)."""
    return keyness_of(content_rows(tfs), document_table(tfs), comparable_only, min_count)


def keyness_of(content: pd.DataFrame, docs: pd.DataFrame, comparable_only: bool = True,
               min_count: int = MIN_COUNT, arrow: bool = False) -> Iterator[pd.DataFrame | pa.Table]:
    """The keyness table one target at a time, in doc_id order: each (comparable) report
    against the other (comparable) reports of its place, all targets of a place computed from
    one term × document matrix. ``content`` holds doc_id, term, count of content terms;
    ``docs`` one row per document (doc_id, place, comparable, n_tokens). With ``arrow`` the
    blocks come as the writer stores them."""
    if comparable_only:
        docs = docs[docs["comparable"].astype(bool)]
    groups = {place: (sorted(group["doc_id"]), group) for place, group in docs.groupby("place", sort=True)}
    groups = {place: g for place, g in groups.items() if len(g[0]) >= 2}
    targets = sorted((d, place) for place, (ids, _group) in groups.items() for d in ids)
    last = {place: i for i, (_d, place) in enumerate(targets)}
    # a place's matrix is made at its first target and dropped after its last, so only the places
    # whose targets interleave in doc_id order are held at once, not every place of the corpus
    matrices = {}
    for i, (doc_id, place) in enumerate(targets):
        if place not in matrices:
            matrices[place] = _place_matrix(content, *groups[place], min_count, arrow)
        ids, terms, sorted_terms, counts, total, n = matrices[place]
        j = ids.index(doc_id)
        a = counts[:, j]
        yield _table(doc_id, place, len(ids) - 1, terms, a, total - a, int(n[j]), int(n.sum() - n[j]), sorted_terms)
        if last[place] == i:
            del matrices[place]


def _place_matrix(content: pd.DataFrame, ids: list[str], group: pd.DataFrame, min_count: int, arrow: bool):
    """The term x document counts of one place's reports ``ids`` (terms of at least ``min_count``
    in all), with the terms, their Arrow column, the term totals and the reports' token counts."""
    rows = content[content["doc_id"].isin(ids)]
    codes, terms = pd.factorize(rows["term"], sort=True)
    col = pd.Index(ids).get_indexer(rows["doc_id"])
    counts = np.zeros((len(terms), len(ids)), dtype=np.int64)
    np.add.at(counts, (codes, col), rows["count"].to_numpy(dtype=np.int64))
    total = counts.sum(axis=1)
    keep = total >= max(min_count, 1)
    n = group.set_index("doc_id").loc[ids, "n_tokens"].to_numpy(dtype=np.int64)
    terms = np.asarray(terms, dtype=object)[keep]       # in ascending order (factorize sorted them)
    return (ids, terms, pa.array(terms, type=pa.large_string()) if arrow else None, counts[keep], total[keep], n)


def keyness_all(tfs: pd.DataFrame, comparable_only: bool = True, min_count: int = MIN_COUNT) -> pd.DataFrame:
    """Keyness of each (comparable) report against the other (comparable) reports of its place."""
    parts = list(keyness_blocks(tfs, comparable_only, min_count))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=KEYNESS_COLUMNS)
