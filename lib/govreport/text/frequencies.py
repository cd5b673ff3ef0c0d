"""Term frequencies per document, as counts and fair rates (per 10,000 word tokens).

Rates, not counts, are compared: reports differ in length and completeness. The
denominator ``n_tokens`` counts word tokens (everything but punctuation and
whitespace) of the document. Each row says whether its document is comparable
with the others and why not (``comparability_note``).
"""
from __future__ import annotations

import pandas as pd

PER = 10_000
FLAG_COLUMNS = ["is_stopword", "is_policy_verb", "is_number", "is_single_char"]
TF_COLUMNS = [
    "doc_id", "report_id", "report_year", "doc_type", "is_canonical", "comparable", "comparability_note",
    "term", "count", "n_tokens", "per_10k", *FLAG_COLUMNS,
]


def comparability(documents: pd.DataFrame, tokens: pd.DataFrame | None = None) -> pd.DataFrame:
    """doc_id, comparable, comparability_note for each document.

    Comparable = a canonical government work report that is complete. A report is judged
    partial when other reports have both a review part and a plan part and it lacks one
    (the part labels come from the corpus sections); without part labels no report is
    judged partial. Plans are a different genre and never comparable with reports.
    """
    docs = documents.copy()
    parts: dict[str, set[str]] = {}
    if tokens is not None and "part" in tokens.columns and len(tokens):
        parts = {d: set(g) for d, g in tokens.groupby("doc_id")["part"]}
    any_full = any({"review", "plan"} <= p for p in parts.values())
    notes, flags = [], []
    for row in docs.itertuples():
        problems = []
        if row.doc_type != "gov_work_report":
            problems.append(f"{row.doc_type}: different genre, kept apart from the reports")
        if not bool(row.is_canonical):
            problems.append("non-canonical version: the canonical version of this report is used instead")
        missing = sorted({"review", "plan"} - parts.get(row.doc_id, set()))
        if any_full and row.doc_type == "gov_work_report" and missing:
            problems.append(f"partial text: no {' or '.join(missing)} part")
        version = getattr(row, "version", "")
        info = [f"{version} version"] if isinstance(version, str) and version not in ("", "full") else []
        flags.append(not problems)
        notes.append("; ".join(problems + info))
    return pd.DataFrame({"doc_id": docs["doc_id"].tolist(), "comparable": flags, "comparability_note": notes})


def term_frequencies(tokens: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, term): count, per_10k and the term's flags.

    Punctuation and whitespace are not terms (they are neither counted nor in the
    denominator); numbers, single characters, stopwords and policy verbs are kept with
    their flags so the user chooses. Sorted by doc_id, then count descending, then term.
    """
    words = tokens[~tokens["is_punct"].astype(bool)]
    counts = (words.groupby(["doc_id", "token"], sort=True)
              .agg(count=("position", "size"), **{f: (f, "first") for f in FLAG_COLUMNS})
              .reset_index().rename(columns={"token": "term"}))
    n_tokens = words.groupby("doc_id").size().rename("n_tokens").reset_index()
    meta_cols = [c for c in ("doc_id", "report_id", "report_year", "doc_type", "is_canonical") if c in documents]
    meta = documents[meta_cols].merge(comparability(documents, tokens), on="doc_id")
    out = counts.merge(n_tokens, on="doc_id").merge(meta, on="doc_id", how="left")
    out["per_10k"] = out["count"] / out["n_tokens"] * PER
    for c in TF_COLUMNS:
        if c not in out:
            out[c] = ""
    out = out.sort_values(["doc_id", "count", "term"], ascending=[True, False, True], ignore_index=True)
    return out[TF_COLUMNS]


def content_terms(tfs: pd.DataFrame, keep_policy_verbs: bool = True) -> pd.DataFrame:
    """Rows of substantive terms: no stopwords, numbers or single characters (policy verbs optional)."""
    mask = ~(tfs["is_stopword"].astype(bool) | tfs["is_number"].astype(bool) | tfs["is_single_char"].astype(bool))
    if not keep_policy_verbs:
        mask &= ~tfs["is_policy_verb"].astype(bool)
    return tfs[mask]
