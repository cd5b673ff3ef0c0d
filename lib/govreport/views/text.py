"""Small views on the text tables for the theme, concordance and comparison notebooks.

Each function takes ``processed_dir`` like ``govreport.views.textdata`` and returns a DataFrame
ready for a chart or a table; labels say which report is partial or the plan, so charts
never present different genres as comparable.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import numpy as np
import pandas as pd

from govreport.corpus.labels import report_label
from govreport.views import data as nd


def canonical_reports(processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Canonical documents with their label, government work reports first, by year."""
    docs = nd.load("documents", processed_dir)
    docs = docs[docs["is_canonical"].astype(bool)].copy()
    comparable = {}
    if nd.available("term_frequencies", processed_dir):
        tf = nd.load("term_frequencies", processed_dir).drop_duplicates("doc_id")
        comparable = dict(zip(tf["doc_id"], tf["comparable"].astype(bool)))
    docs["comparable"] = [comparable.get(d, t == "gov_work_report") for d, t in zip(docs["doc_id"], docs["doc_type"])]
    docs["label_zh"] = [report_label(y, t, c, "zh") for y, t, c in zip(docs["report_year"], docs["doc_type"], docs["comparable"])]
    docs["label_en"] = [report_label(y, t, c, "en") for y, t, c in zip(docs["report_year"], docs["doc_type"], docs["comparable"])]
    docs["_plan"] = docs["doc_type"] == "five_year_plan"
    return docs.sort_values(["_plan", "report_year", "doc_id"], ignore_index=True).drop(columns="_plan")


def report_doc(year: int, processed_dir: str | Path | None = None) -> str:
    """The canonical government work report delivered in ``year`` ('' if none)."""
    docs = canonical_reports(processed_dir)
    hit = docs[(docs["report_year"] == int(year)) & (docs["doc_type"] == "gov_work_report")]
    return str(hit["doc_id"].iloc[0]) if len(hit) else ""


def theme_table(themes: Iterable[str] | None = None, documents: Iterable[str] | None = None,
                language: str = "zh", processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Theme shares (per 10k word tokens) per canonical document, labelled, plan included but
    marked by ``genre`` ('report' | 'plan')."""
    from govreport.views.textdata import theme_shares

    shares = theme_shares(themes=themes, docs=documents, processed_dir=nd.processed_path(processed_dir))
    docs = canonical_reports(processed_dir)[["doc_id", "label_zh", "label_en"]]
    out = shares.merge(docs, on="doc_id", how="inner")
    out["report"] = out["label_zh" if language == "zh" else "label_en"]
    out["theme"] = out["name_zh" if language == "zh" else "name_en"]
    out["genre"] = out["doc_type"].map(lambda t: "plan" if t == "five_year_plan" else "report")
    return out.sort_values(["genre", "report_year", "doc_id", "theme_id"], ascending=[False, True, True, True],
                           ignore_index=True)


def changing_terms(top_n: int = 10, min_count: int = 3, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Term trajectories of the ``top_n`` terms whose rate changes most between comparable reports
    (largest log2((max+1)/(min+1)) of per_10k among terms used at least ``min_count`` times)."""
    from govreport.views.textdata import trajectories

    traj = trajectories(processed_dir=nd.processed_path(processed_dir))
    traj = traj[traj["comparable"].astype(bool)]
    if traj.empty:
        return traj
    # log2 ratio of highest to lowest rate (+1 smoothing): favours terms that rise or vanish
    # over frequent words whose rates wobble.
    stats = traj.groupby("term").agg(total=("count", "sum"),
                                     spread=("per_10k", lambda s: np.log2((s.max() + 1) / (s.min() + 1))))
    stats = stats[stats["total"] >= min_count].reset_index()
    top = stats.sort_values(["spread", "term"], ascending=[False, True]).head(top_n)["term"]
    return traj[traj["term"].isin(set(top))].sort_values(["term", "report_year"], ignore_index=True)


def term_counts(terms: Iterable[str] | str, processed_dir: str | Path | None = None,
                canonical_only: bool = True) -> pd.DataFrame:
    """Occurrences of each term (as a substring of clean sentences) per document, with a rate
    per 10k word tokens where the token counts are built. Zero rows are kept, so absence shows."""
    from govreport.text.kwic import kwic

    terms = [terms] if isinstance(terms, str) else [t for t in terms if t]
    docs = canonical_reports(processed_dir) if canonical_only else nd.load("documents", processed_dir)
    sentences = nd.load("sentences", processed_dir)
    sentences = sentences[sentences["doc_id"].isin(set(docs["doc_id"]))]
    n_tokens = {}
    if nd.available("term_frequencies", processed_dir):
        tf = nd.load("term_frequencies", processed_dir).drop_duplicates("doc_id")
        n_tokens = dict(zip(tf["doc_id"], tf["n_tokens"].astype(int)))
    rows = []
    for term in terms:
        hits = kwic(term, sentences, window=0)
        counts = hits.groupby("doc_id").size()
        for d in docs.itertuples(index=False):
            n = int(counts.get(d.doc_id, 0))
            total = n_tokens.get(d.doc_id)
            rows.append({"term": term, "doc_id": d.doc_id, "report_year": int(d.report_year),
                         "label_zh": getattr(d, "label_zh", str(d.report_year)),
                         "label_en": getattr(d, "label_en", str(d.report_year)), "count": n,
                         "per_10k": (10_000 * n / total) if total else float("nan")})
    return pd.DataFrame(rows, columns=["term", "doc_id", "report_year", "label_zh", "label_en", "count", "per_10k"])


def concordance(terms: Iterable[str] | str, window: int = 20, processed_dir: str | Path | None = None
                ) -> pd.DataFrame:
    """Keyword-in-context rows for every term in canonical documents (tokens table optional)."""
    from govreport.text.kwic import kwic

    terms = [terms] if isinstance(terms, str) else [t for t in terms if t]
    documents = nd.load("documents", processed_dir)
    sentences = nd.load("sentences", processed_dir)
    tokens = nd.load("tokens", processed_dir) if nd.available("tokens", processed_dir) else None
    frames = [kwic(t, sentences, window=window, documents=documents, tokens=tokens) for t in terms]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=["term", "report_year", "doc_id", "left", "keyword", "right",
                                     "sentence_id", "char_start", "char_end"])
    out = pd.concat(frames, ignore_index=True)
    return out[["term", "report_year", "doc_id", "left", "keyword", "right", "sentence_id", "char_start",
                "char_end"]].sort_values(["term", "report_year", "doc_id", "sentence_id", "char_start"],
                                         ignore_index=True)


def distinctive_terms(doc_a: str, doc_b: str, top_n: int = 15, processed_dir: str | Path | None = None
                      ) -> pd.DataFrame:
    """Terms over-used in ``doc_a`` against ``doc_b`` (positive G²) and the reverse, with the
    document each term is distinctive of."""
    from govreport.views.textdata import keyness

    k = keyness(doc_a, reference=[doc_b], top=None, processed_dir=nd.processed_path(processed_dir))
    k = k[k["p_value"] < 0.05] if "p_value" in k else k
    a = k[k["g2"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(top_n).assign(distinctive_of=doc_a)
    b = k[k["g2"] < 0].sort_values(["g2", "term"], ascending=[True, True]).head(top_n).assign(distinctive_of=doc_b)
    cols = ["distinctive_of", "term", "count_target", "count_reference", "per_10k_target", "per_10k_reference",
            "g2", "log_ratio"]
    return pd.concat([a, b], ignore_index=True)[cols].rename(
        columns={"count_target": f"count_{doc_a}", "count_reference": f"count_{doc_b}",
                 "per_10k_target": f"per_10k_{doc_a}", "per_10k_reference": f"per_10k_{doc_b}"})
