"""Text as data, for notebooks: one call per question, DataFrames out.

    from govreport.views.data import open_tables
    from govreport.views import text as tv
    t = open_tables()
    tv.kwic(t, "新质生产力")
    tv.theme_shares(t, themes=["digital", "green"])

Each function takes the opened ``Tables`` and returns a DataFrame ready for a chart or a
table; labels say which report is partial or the plan, so charts never present different
genres as comparable.
"""
from __future__ import annotations

from typing import Iterable

import numpy as np
import pandas as pd

from govreport.corpus.labels import report_label
from govreport.text import frequencies as _freq
from govreport.text import keyness as _key
from govreport.text import kwic as _kwic
from govreport.text import trajectories as _traj
from govreport.views.data import Tables


def canonical_reports(t: Tables) -> pd.DataFrame:
    """Canonical documents with their label, government work reports first, by year."""
    docs = t["documents"]
    docs = docs[docs["is_canonical"].astype(bool)].copy()
    comparable = {}
    if t.has("term_frequencies"):
        tf = t["term_frequencies"].drop_duplicates("doc_id")
        comparable = dict(zip(tf["doc_id"], tf["comparable"].astype(bool)))
    docs["comparable"] = [comparable.get(d, t == "gov_work_report") for d, t in zip(docs["doc_id"], docs["doc_type"])]
    docs["label_zh"] = [report_label(y, t, c, "zh") for y, t, c in zip(docs["report_year"], docs["doc_type"], docs["comparable"])]
    docs["label_en"] = [report_label(y, t, c, "en") for y, t, c in zip(docs["report_year"], docs["doc_type"], docs["comparable"])]
    docs["_plan"] = docs["doc_type"] == "five_year_plan"
    return docs.sort_values(["_plan", "report_year", "doc_id"], ignore_index=True).drop(columns="_plan")


def report_doc(t: Tables, year: int) -> str:
    """The canonical government work report delivered in ``year`` ('' if none)."""
    docs = canonical_reports(t)
    hit = docs[(docs["report_year"] == int(year)) & (docs["doc_type"] == "gov_work_report")]
    return str(hit["doc_id"].iloc[0]) if len(hit) else ""


def theme_table(t: Tables, themes: Iterable[str] | None = None, documents: Iterable[str] | None = None,
                language: str = "zh") -> pd.DataFrame:
    """Theme shares (per 10k word tokens) per canonical document, labelled, plan included but
    marked by ``genre`` ('report' | 'plan')."""
    shares = theme_shares(t, themes=themes, docs=documents)
    docs = canonical_reports(t)[["doc_id", "label_zh", "label_en"]]
    out = shares.merge(docs, on="doc_id", how="inner")
    out["report"] = out["label_zh" if language == "zh" else "label_en"]
    out["theme"] = out["name_zh" if language == "zh" else "name_en"]
    out["genre"] = out["doc_type"].map(lambda t: "plan" if t == "five_year_plan" else "report")
    return out.sort_values(["genre", "report_year", "doc_id", "theme_id"], ascending=[False, True, True, True],
                           ignore_index=True)


def changing_terms(t: Tables, top_n: int = 10, min_count: int = 3) -> pd.DataFrame:
    """Term trajectories of the ``top_n`` terms whose rate changes most between comparable reports
    (largest log2((max+1)/(min+1)) of per_10k among terms used at least ``min_count`` times)."""
    traj = trajectories(t)
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


def term_counts(t: Tables, terms: Iterable[str] | str, canonical_only: bool = True) -> pd.DataFrame:
    """Occurrences of each term (as a substring of clean sentences) per document, with a rate
    per 10k word tokens where the token counts are built. Zero rows are kept, so absence shows."""
    terms = [terms] if isinstance(terms, str) else [x for x in terms if x]
    docs = canonical_reports(t) if canonical_only else t["documents"]
    sentences = t["sentences"]
    sentences = sentences[sentences["doc_id"].isin(set(docs["doc_id"]))]
    n_tokens = {}
    if t.has("term_frequencies"):
        tf = t["term_frequencies"].drop_duplicates("doc_id")
        n_tokens = dict(zip(tf["doc_id"], tf["n_tokens"].astype(int)))
    rows = []
    for term in terms:
        hits = _kwic.kwic(term, sentences, window=0)
        counts = hits.groupby("doc_id").size()
        for d in docs.itertuples(index=False):
            n = int(counts.get(d.doc_id, 0))
            total = n_tokens.get(d.doc_id)
            rows.append({"term": term, "doc_id": d.doc_id, "report_year": int(d.report_year),
                         "label_zh": getattr(d, "label_zh", str(d.report_year)),
                         "label_en": getattr(d, "label_en", str(d.report_year)), "count": n,
                         "per_10k": (10_000 * n / total) if total else float("nan")})
    return pd.DataFrame(rows, columns=["term", "doc_id", "report_year", "label_zh", "label_en", "count", "per_10k"])


def concordance(t: Tables, terms: Iterable[str] | str, window: int = 20) -> pd.DataFrame:
    """Keyword-in-context rows for every term in canonical documents (tokens table optional)."""
    terms = [terms] if isinstance(terms, str) else [x for x in terms if x]
    documents, sentences = t["documents"], t["sentences"]
    tokens = t["tokens"] if t.has("tokens") else None
    frames = [_kwic.kwic(x, sentences, window=window, documents=documents, tokens=tokens) for x in terms]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=["term", "report_year", "doc_id", "left", "keyword", "right",
                                     "sentence_id", "char_start", "char_end"])
    out = pd.concat(frames, ignore_index=True)
    return out[["term", "report_year", "doc_id", "left", "keyword", "right", "sentence_id", "char_start",
                "char_end"]].sort_values(["term", "report_year", "doc_id", "sentence_id", "char_start"],
                                         ignore_index=True)


def distinctive_terms(t: Tables, doc_a: str, doc_b: str, top_n: int = 15) -> pd.DataFrame:
    """Terms over-used in ``doc_a`` against ``doc_b`` (positive G²) and the reverse, with the
    document each term is distinctive of."""
    k = keyness(t, doc_a, reference=[doc_b], top=None)
    k = k[k["p_value"] < 0.05] if "p_value" in k else k
    a = k[k["g2"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(top_n).assign(distinctive_of=doc_a)
    b = k[k["g2"] < 0].sort_values(["g2", "term"], ascending=[True, True]).head(top_n).assign(distinctive_of=doc_b)
    cols = ["distinctive_of", "term", "count_target", "count_reference", "per_10k_target", "per_10k_reference",
            "g2", "log_ratio"]
    return pd.concat([a, b], ignore_index=True)[cols].rename(
        columns={"count_target": f"count_{doc_a}", "count_reference": f"count_{doc_b}",
                 "per_10k_target": f"per_10k_{doc_a}", "per_10k_reference": f"per_10k_{doc_b}"})


def _docs_filter(df: pd.DataFrame, docs: Iterable[str] | str | None) -> pd.DataFrame:
    if docs is None:
        return df
    docs = [docs] if isinstance(docs, str) else list(docs)
    return df[df["doc_id"].isin(docs)]


def kwic(t: Tables, term: str, window: int = 20, docs: Iterable[str] | str | None = None,
         canonical_only: bool = True) -> pd.DataFrame:
    """Every occurrence of ``term`` with ``window`` characters of context each side."""
    sentences = _docs_filter(t["sentences"], docs)
    return _kwic.kwic(term, sentences, window=window, documents=t["documents"],
                      tokens=t["tokens"] if t.has("tokens") else None, canonical_only=canonical_only)


def theme_shares(t: Tables, themes: Iterable[str] | str | None = None, docs: Iterable[str] | str | None = None,
                 by: str = "doc", comparable_only: bool = False) -> pd.DataFrame:
    """Theme counts and shares (per 10k word tokens) with theme names and report years.

    ``themes``: theme ids (see ``t["themes"]``); ``by``: "doc" or "section".
    Rows keep ``comparable`` and ``comparability_note`` so a chart can mark partial
    reports and the plan; ``comparable_only`` drops them instead.
    """
    scores = t["theme_scores"]
    scores = scores[(scores["section_id"] == "") if by == "doc" else (scores["section_id"] != "")]
    if themes is not None:
        scores = scores[scores["theme_id"].isin([themes] if isinstance(themes, str) else list(themes))]
    scores = _docs_filter(scores, docs)
    names = t["themes"].drop_duplicates("theme_id")[["theme_id", "name_zh", "name_en"]]
    docs_meta = t["term_frequencies"].drop_duplicates("doc_id")[
        ["doc_id", "report_year", "doc_type", "is_canonical", "comparable", "comparability_note"]]
    out = scores.merge(names, on="theme_id", how="left").merge(docs_meta, on="doc_id", how="left")
    if comparable_only:
        out = out[out["comparable"].astype(bool)]
    return out.sort_values(["report_year", "doc_id", "section_id", "theme_id"], ignore_index=True)


def term_frequencies(t: Tables, docs: Iterable[str] | str | None = None, content_only: bool = True
                     ) -> pd.DataFrame:
    """Counts and per-10k rates of terms per document (content terms only by default)."""
    tfs = _docs_filter(t["term_frequencies"], docs)
    return (_freq.content_terms(tfs) if content_only else tfs).reset_index(drop=True)


def keyness(t: Tables, doc: str, reference: Iterable[str] | None = None, top: int | None = 30) -> pd.DataFrame:
    """Key terms of one report against the others (default: the other canonical reports).

    ``top`` keeps the ``top`` most over-used and ``top`` most under-used terms; None keeps all.
    """
    if reference is None:
        table = t["keyness"]
        table = table[table["doc_id"] == doc]
        if table.empty:  # not precomputed (e.g. a partial report): compute against its genre
            table = _key.keyness(t["term_frequencies"], doc)
    else:
        table = _key.keyness(t["term_frequencies"], doc, list(reference))
    table = table.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)
    if top is not None and len(table) > 2 * top:
        table = pd.concat([table.head(top), table.tail(top)], ignore_index=True)
    return table


def trajectories(t: Tables, terms: Iterable[str] | str | None = None) -> pd.DataFrame:
    """Rate of each term in each canonical report, with first/last year and new/faded flags."""
    traj = t["term_trajectories"]
    if terms is not None:
        traj = traj[traj["term"].isin([terms] if isinstance(terms, str) else list(terms))]
    return traj.reset_index(drop=True)


def new_terms(t: Tables, doc: str, min_count: int = 2) -> pd.DataFrame:
    """Terms no earlier report used, first appearing in ``doc``."""
    return _traj.new_terms(t["term_trajectories"], doc, min_count)


def faded_terms(t: Tables, doc: str, min_count: int = 2) -> pd.DataFrame:
    """Terms the previous report used and ``doc`` does not."""
    return _traj.faded_terms(t["term_trajectories"], doc, min_count)
