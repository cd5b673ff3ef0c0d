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


def canonical_reports(t: Tables, places: Iterable[str] | None = None) -> pd.DataFrame:
    """Canonical documents with their label, government work reports first, by year. Labels name
    the place when the corpus holds several ('江苏省 2026 报告'), so reports of one year but
    different places never share a label."""
    docs = t["documents"]
    docs = docs[docs["is_canonical"].astype(bool)].copy()
    docs["place"] = docs["place"].fillna("").astype(str) if "place" in docs else ""
    several = docs.loc[docs["place"] != "", "place"].nunique() > 1
    if places:
        docs = docs[docs["place"].isin(list(places))]
    comparable = {}
    if t.has("term_frequencies"):
        tf = t["term_frequencies"].drop_duplicates("doc_id")
        comparable = dict(zip(tf["doc_id"], tf["comparable"].astype(bool)))
    docs["comparable"] = [comparable.get(d, t == "gov_work_report") for d, t in zip(docs["doc_id"], docs["doc_type"])]
    for lang in ("zh", "en"):
        docs[f"label_{lang}"] = [report_label(y, t, c, lang, p if several else None) for y, t, c, p in
                                 zip(docs["report_year"], docs["doc_type"], docs["comparable"], docs["place"])]
    docs["_plan"] = docs["doc_type"] == "five_year_plan"
    return docs.sort_values(["_plan", "place", "report_year", "doc_id"], ignore_index=True).drop(columns="_plan")


def main_place(t: Tables) -> str:
    """The place with the most canonical government work reports ('' when none is named)."""
    docs = canonical_reports(t)
    docs = docs[(docs["doc_type"] == "gov_work_report") & (docs["place"] != "")]
    if docs.empty:
        return ""
    counts = docs.groupby("place")["doc_id"].nunique()
    return str(sorted(counts.index, key=lambda p: (-counts[p], p))[0])


def report_doc(t: Tables, year: int, place: str | None = None) -> str:
    """The canonical government work report of ``place`` delivered in ``year`` ('' if none).
    Without a place, a year with reports of several places is an error naming them."""
    from govreport.views.params import ParameterError

    docs = canonical_reports(t, [place] if place else None)
    hit = docs[(docs["report_year"] == int(year)) & (docs["doc_type"] == "gov_work_report")]
    if len(hit) > 1:
        which = ", ".join(f"{d.place} {d.doc_id}" for d in hit.itertuples(index=False))
        raise ParameterError(f"{year} has {len(hit)} reports ({which}); name one by its doc id or set place.")
    return str(hit["doc_id"].iloc[0]) if len(hit) else ""


def default_pair(t: Tables, place: str | None = None) -> tuple[str, str]:
    """The two latest comparable reports of one place (the main place by default): a natural
    first comparison on any corpus. ('', '') when the place has fewer than two."""
    place = place or main_place(t)
    docs = canonical_reports(t, [place] if place else None)
    docs = docs[(docs["doc_type"] == "gov_work_report")]
    complete = docs[docs["comparable"].astype(bool)]
    docs = complete if len(complete) >= 2 else docs
    docs = docs.sort_values(["report_year", "doc_id"])
    if len(docs) < 2:
        return ("", "")
    return str(docs["doc_id"].iloc[-2]), str(docs["doc_id"].iloc[-1])


def theme_table(t: Tables, themes: Iterable[str] | None = None, documents: Iterable[str] | None = None,
                language: str = "zh") -> pd.DataFrame:
    """Theme shares (per 10k word tokens) per canonical document, labelled, plan included but
    marked by ``genre`` ('report' | 'plan')."""
    shares = theme_shares(t, themes=themes, docs=documents)
    docs = canonical_reports(t)[["doc_id", "place", "label_zh", "label_en"]]
    out = shares.merge(docs, on="doc_id", how="inner")
    out["report"] = out["label_zh" if language == "zh" else "label_en"]
    out["theme"] = out["name_zh" if language == "zh" else "name_en"]
    out["genre"] = out["doc_type"].map(lambda t: "plan" if t == "five_year_plan" else "report")
    return out.sort_values(["genre", "report_year", "doc_id", "theme_id"], ascending=[False, True, True, True],
                           ignore_index=True)


def changing_terms(t: Tables, top_n: int = 10, min_count: int = 3, place: str | None = None) -> pd.DataFrame:
    """Term trajectories of the ``top_n`` terms whose rate changes most between comparable reports
    of one place (largest log2((max+1)/(min+1)) of per_10k among terms used at least ``min_count``
    times). Places are never mixed: a national report and a province's are different voices."""
    traj = trajectories(t, place=place)
    traj = traj[traj["comparable"].astype(bool)]
    if traj.empty:
        return traj
    # log2 ratio of highest to lowest rate (+1 smoothing): favours terms that rise or vanish
    # over frequent words whose rates wobble.
    keys = ["place", "term"] if "place" in traj else ["term"]  # a term's rise is measured within a place
    stats = traj.groupby(keys).agg(total=("count", "sum"),
                                   spread=("per_10k", lambda s: np.log2((s.max() + 1) / (s.min() + 1))))
    stats = stats[stats["total"] >= min_count].reset_index()
    top = stats.sort_values(["spread"] + keys, ascending=[False] + [True] * len(keys)).head(top_n)[keys]
    return traj.merge(top, on=keys).sort_values(keys + ["report_year"], ignore_index=True)


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
            rows.append({"term": term, "doc_id": d.doc_id, "place": getattr(d, "place", ""),
                         "report_year": int(d.report_year),
                         "label_zh": getattr(d, "label_zh", str(d.report_year)),
                         "label_en": getattr(d, "label_en", str(d.report_year)), "count": n,
                         "per_10k": (10_000 * n / total) if total else float("nan")})
    return pd.DataFrame(rows, columns=["term", "doc_id", "place", "report_year", "label_zh", "label_en", "count",
                                       "per_10k"])


CONCORDANCE_COLUMNS = ["term", "place", "report_year", "doc_id", "left", "keyword", "right", "sentence_id",
                       "char_start", "char_end"]
# show_table options for a concordance: one line per hit, left context right-aligned against the
# keyword, so the keyword column stays one straight column.
CONCORDANCE_TABLE = {"classes": "display compact nowrap", "scrollX": True,
                     "columnDefs": [{"className": "dt-right", "targets": 4}, {"className": "dt-center", "targets": 5},
                                    {"className": "dt-left", "targets": [0, 1, 3, 6, 7]}]}


def _paragraph_context(sentences: pd.DataFrame) -> tuple[dict, dict]:
    """sentence_id → text of the sentences before / after it in the same paragraph."""
    before, after = {}, {}
    s = sentences.sort_values(["doc_id", "sentence_id"], kind="stable")
    key = s["paragraph_id"].where(s["paragraph_id"].fillna("") != "", s["sentence_id"]) if "paragraph_id" in s \
        else s["sentence_id"]
    for _, g in s.groupby(key, sort=False):
        texts = g["text"].fillna("").tolist()
        ids = g["sentence_id"].tolist()
        for i, sid in enumerate(ids):
            before[sid] = "".join(texts[:i])
            after[sid] = "".join(texts[i + 1:])
    return before, after


def concordance(t: Tables, terms: Iterable[str] | str, window: int = 20) -> pd.DataFrame:
    """Keyword-in-context rows for every term in canonical documents (tokens table optional).

    Context runs ``window`` characters each side within the paragraph: a clause boundary (；)
    or a sentence end does not cut it, a paragraph end does."""
    terms = [terms] if isinstance(terms, str) else [x for x in terms if x]
    documents, sentences = t["documents"], t["sentences"]
    tokens = t["tokens"] if t.has("tokens") else None
    frames = [_kwic.kwic(x, sentences, window=window, documents=documents, tokens=tokens) for x in terms]
    frames = [f for f in frames if len(f)]
    if not frames:
        return pd.DataFrame(columns=CONCORDANCE_COLUMNS)
    out = pd.concat(frames, ignore_index=True)
    hit = sentences[sentences["sentence_id"].isin(set(out["sentence_id"]))]
    paras = sentences[sentences["paragraph_id"].isin(set(hit["paragraph_id"]))] if "paragraph_id" in sentences else hit
    before, after = _paragraph_context(paras)
    out["left"] = [(before.get(sid, "") + left)[-window:] if len(left) < window else left
                   for sid, left in zip(out["sentence_id"], out["left"])]
    out["right"] = [(right + after.get(sid, ""))[:window] if len(right) < window else right
                    for sid, right in zip(out["sentence_id"], out["right"])]
    place = dict(zip(documents["doc_id"], documents["place"].fillna(""))) if "place" in documents else {}
    out["place"] = out["doc_id"].map(place).fillna("")
    return out[CONCORDANCE_COLUMNS].sort_values(["term", "place", "report_year", "doc_id", "sentence_id", "char_start"],
                                                ignore_index=True)


# ---- keyness, honestly ---------------------------------------------------------------------------

def bh_adjust(p_values) -> np.ndarray:
    """Benjamini–Hochberg adjusted p-values (false discovery rate), in the input order."""
    p = np.asarray(p_values, dtype=float)
    n = len(p)
    if n == 0:
        return p
    order = np.argsort(p, kind="stable")
    ranked = p[order] * n / np.arange(1, n + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def keyness_test(t: Tables, doc_a: str, doc_b: str, min_count: int = 5, alpha: float = 0.05,
                 min_log_ratio: float = 1.0) -> pd.DataFrame:
    """Every term used at least ``min_count`` times in the two documents together, tested for a
    difference in rate: signed G², p-value, Benjamini–Hochberg ``p_adjusted`` over all terms
    tested, log ratio (effect size: +1 = twice as frequent in ``doc_a``). ``distinctive`` is True
    only when ``p_adjusted < alpha`` and ``|log_ratio| >= min_log_ratio``: significant after the
    correction AND large. Uses the text stage's columns when it provides them."""
    k = _key.keyness(t["term_frequencies"], doc_a, [doc_b])
    if k.empty:
        return k.assign(p_adjusted=pd.Series(dtype=float), distinctive=pd.Series(dtype=bool))
    k = k[(k["count_target"] + k["count_reference"]) >= min_count].copy()
    if "p_adjusted" not in k or k["p_adjusted"].isna().all():
        k["p_adjusted"] = bh_adjust(k["p_value"].to_numpy())
    k["distinctive"] = (k["p_adjusted"] < alpha) & (k["log_ratio"].abs() >= min_log_ratio)
    return k.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)


def keyness_summary(k: pd.DataFrame, alpha: float = 0.05) -> dict:
    """How many terms were tested, how many pass p < alpha before and after the correction,
    how many chance alone would give, and how many are distinctive."""
    n = int(len(k))
    return {"tested": n, "p_below_alpha": int((k["p_value"] < alpha).sum()) if n else 0,
            "expected_by_chance": round(n * alpha), "adjusted_below_alpha": int((k["p_adjusted"] < alpha).sum()) if n else 0,
            "distinctive": int(k["distinctive"].sum()) if n else 0}


def key_terms(t: Tables, doc: str, top_n: int = 15, min_count: int = 5, alpha: float = 0.05,
              min_log_ratio: float = 1.0) -> pd.DataFrame:
    """Terms ``doc`` uses distinctively more than the other comparable reports of the same place
    pooled (min frequency, Benjamini–Hochberg, effect size as in ``keyness_test``), strongest G²
    first. Empty when the place has no other comparable report, or no term passes."""
    docs = canonical_reports(t)
    me = docs[docs["doc_id"] == doc]
    if me.empty or not bool(me["comparable"].iloc[0]):  # a partial text's rates are not comparable
        return pd.DataFrame(columns=list(_key.KEYNESS_COLUMNS) + ["p_adjusted", "distinctive"])
    same = docs[(docs["place"] == me["place"].iloc[0]) & (docs["doc_type"] == me["doc_type"].iloc[0])
                & docs["comparable"].astype(bool) & (docs["doc_id"] != doc)]
    k = _key.keyness(t["term_frequencies"], doc, sorted(same["doc_id"])) if len(same) else pd.DataFrame()
    if k.empty:
        return pd.DataFrame(columns=list(_key.KEYNESS_COLUMNS) + ["p_adjusted", "distinctive"])
    k = k[(k["count_target"] + k["count_reference"]) >= min_count].copy()
    if "p_adjusted" not in k or k["p_adjusted"].isna().all():
        k["p_adjusted"] = bh_adjust(k["p_value"].to_numpy())
    k["distinctive"] = (k["p_adjusted"] < alpha) & (k["log_ratio"].abs() >= min_log_ratio)
    k = k[k["distinctive"] & (k["g2"] > 0)]
    return k.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True).head(top_n)


def distinctive_terms(t: Tables, doc_a: str, doc_b: str, top_n: int = 15, min_count: int = 5,
                      alpha: float = 0.05, min_log_ratio: float = 1.0) -> pd.DataFrame:
    """The ``top_n`` distinctive terms each way (see ``keyness_test``), strongest G² first, with
    the document each is distinctive of. Empty when no term passes both tests."""
    k = keyness_test(t, doc_a, doc_b, min_count, alpha, min_log_ratio)
    k = k[k["distinctive"]] if len(k) else k
    a = k[k["g2"] > 0].sort_values(["g2", "term"], ascending=[False, True]).head(top_n).assign(distinctive_of=doc_a)
    b = k[k["g2"] < 0].sort_values(["g2", "term"], ascending=[True, True]).head(top_n).assign(distinctive_of=doc_b)
    cols = ["distinctive_of", "term", "count_target", "count_reference", "per_10k_target", "per_10k_reference",
            "g2", "p_value", "p_adjusted", "log_ratio"]
    out = pd.concat([a, b], ignore_index=True)
    out = out[cols] if len(out) else pd.DataFrame(columns=cols)
    return out.rename(columns={"count_target": f"count_{doc_a}", "count_reference": f"count_{doc_b}",
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


def trajectories(t: Tables, terms: Iterable[str] | str | None = None, place: str | None = None) -> pd.DataFrame:
    """Rate of each term in each canonical report, with first/last year and new/faded flags.

    With ``place``, only that place's reports, and the first/last year, new and faded flags are
    recomputed among them (a term is not "new" in a province because the State Council used it)."""
    traj = t["term_trajectories"]
    if place is not None:
        def within():
            docs = canonical_reports(t, [place])
            return _traj_within(traj[traj["doc_id"].isin(set(docs["doc_id"]))])
        traj = t.memo(("trajectories", place), within)
    if terms is not None:
        traj = traj[traj["term"].isin([terms] if isinstance(terms, str) else list(terms))]
    return traj.reset_index(drop=True)


def _traj_within(traj: pd.DataFrame) -> pd.DataFrame:
    """first_year, last_year, n_reports, is_new and is_faded recomputed over the reports kept."""
    if traj.empty:
        return traj
    traj = traj.sort_values(["term", "report_year", "doc_id"], kind="stable").reset_index(drop=True)
    used = traj["count"] > 0
    present = traj[used]
    span = present.groupby("term").agg(first_year=("report_year", "min"), last_year=("report_year", "max"),
                                       n_reports=("doc_id", "nunique"))
    traj = traj.drop(columns=["first_year", "last_year", "n_reports"]).join(span, on="term")
    traj = traj[traj["n_reports"].notna()].reset_index(drop=True)
    used = (traj["count"] > 0).astype("int64")
    rank = traj.groupby("term").cumcount()
    seen_before = used.groupby(traj["term"]).cumsum() - used
    prev = traj.groupby("term")["count"].shift(fill_value=0)
    traj["is_new"] = (traj["count"] > 0) & (seen_before == 0) & (rank > 0)
    traj["is_faded"] = (traj["count"] == 0) & (prev > 0) & (rank > 0)
    for col in ("first_year", "last_year", "n_reports"):
        traj[col] = traj[col].astype("int64")
    return traj


def new_terms(t: Tables, doc: str, min_count: int = 2, place: str | None = None) -> pd.DataFrame:
    """Terms no earlier report (of the same place, when given) used, first appearing in ``doc``."""
    return _traj.new_terms(trajectories(t, place=place), doc, min_count)


def faded_terms(t: Tables, doc: str, min_count: int = 2, place: str | None = None) -> pd.DataFrame:
    """Terms the previous report (of the same place, when given) used and ``doc`` does not."""
    return _traj.faded_terms(trajectories(t, place=place), doc, min_count)
