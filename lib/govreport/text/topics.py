"""A small, deterministic topic model over sections (scikit-learn NMF on TF-IDF).

Themes (``themes.py``) are dictionaries people write; topics are what the words themselves
group into. Each section of a report is one unit; its content tokens (no stopwords,
numbers, punctuation or single characters; policy verbs optional) are weighted by TF-IDF
and factorised into ``n_topics`` topics. NNDSVD initialisation and a fixed seed make two
runs give the same topics.
"""
from __future__ import annotations

import pandas as pd
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer


def content_tokens(tokens: pd.DataFrame, keep_policy_verbs: bool = False) -> pd.DataFrame:
    """Tokens that carry content: flagged stopwords, numbers, punctuation and single characters removed."""
    drop = tokens["is_stopword"] | tokens["is_number"] | tokens["is_punct"] | tokens["is_single_char"]
    if not keep_policy_verbs:
        drop |= tokens["is_policy_verb"]
    return tokens[~drop.astype(bool)]


def topic_model(tokens: pd.DataFrame, n_topics: int = 6, top_terms: int = 10, seed: int = 0,
                docs: list[str] | None = None, min_df: int = 2, min_tokens: int = 30,
                keep_policy_verbs: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(topic_terms, section_topics).

    ``topic_terms``: topic_id, rank, term, weight — the top terms of each topic.
    ``section_topics``: doc_id, section_id, topic_id, weight — each section's topic mix (rows sum to 1).
    Sections with fewer than ``min_tokens`` content tokens are left out (too short to say anything).
    """
    toks = content_tokens(tokens, keep_policy_verbs)
    if docs is not None:
        toks = toks[toks["doc_id"].isin(list(docs))]
    toks = toks[toks["section_id"] != ""]
    units = toks.groupby(["doc_id", "section_id"], sort=True)["token"].apply(list)
    units = units[units.map(len) >= min_tokens]
    if len(units) < n_topics:
        raise ValueError(f"only {len(units)} sections with {min_tokens}+ content tokens for {n_topics} topics")
    vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, min_df=min_df)
    matrix = vectorizer.fit_transform(units.tolist())
    model = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=500)
    weights = model.fit_transform(matrix)
    vocab = vectorizer.get_feature_names_out()
    terms = [
        {"topic_id": k, "rank": r + 1, "term": vocab[j], "weight": round(float(component[j]), 6)}
        for k, component in enumerate(model.components_)
        for r, j in enumerate(component.argsort()[::-1][:top_terms])
    ]
    totals = weights.sum(axis=1, keepdims=True)
    totals[totals == 0] = 1.0
    shares = weights / totals
    mix = [
        {"doc_id": doc_id, "section_id": section_id, "topic_id": k, "weight": round(float(shares[i, k]), 6)}
        for i, (doc_id, section_id) in enumerate(units.index)
        for k in range(n_topics)
    ]
    return pd.DataFrame(terms), pd.DataFrame(mix)


def topic_labels(topic_terms: pd.DataFrame, n: int = 4) -> dict[int, str]:
    """A readable label per topic: its first ``n`` terms."""
    return {k: "·".join(g.sort_values("rank")["term"].head(n)) for k, g in topic_terms.groupby("topic_id")}


def topics_by_document(section_topics: pd.DataFrame, labels: dict[int, str], documents: pd.DataFrame,
                       language: str = "zh") -> pd.DataFrame:
    """Each document's average topic mix over its sections: doc_id, report, topic, share (%)."""
    from govreport.corpus.labels import report_label

    mean = section_topics.groupby(["doc_id", "topic_id"], as_index=False)["weight"].mean()
    meta = documents.set_index("doc_id")
    mean["report"] = [report_label(meta.at[d, "report_year"], meta.at[d, "doc_type"], language=language)
                      for d in mean["doc_id"]]
    mean["topic"] = mean["topic_id"].map(labels)
    mean["share"] = (100 * mean["weight"]).round(1)
    order = documents.sort_values(["doc_type", "report_year"])["doc_id"].tolist()
    mean["_order"] = mean["doc_id"].map({d: i for i, d in enumerate(order)})
    return mean.sort_values(["_order", "topic_id"]).drop(columns=["_order", "weight"]).reset_index(drop=True)
