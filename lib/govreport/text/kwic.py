"""Keyword in context: every occurrence of a term with its left and right context.

Matches the term as a substring of the clean sentence text (so it also finds a
term inside a longer word; for whole-word counts use the tokens
table). Context is taken within the sentence, ``window`` characters each side.
Offsets are raw-text offsets, as everywhere (see tokens.raw_span).
"""
from __future__ import annotations

import pandas as pd

from govreport.text.tokens import ToRaw, raw_span

KWIC_COLUMNS = ["term", "doc_id", "sentence_id", "report_year", "left", "keyword", "right",
                "char_start", "char_end"]


def _span_from_tokens(toks: pd.DataFrame, start: int, end: int) -> tuple[int, int]:
    """Raw span of clean sentence offsets [start, end) from the sentence's tokens (in order).

    Inside a token whose raw span is as long as its text the offset is exact; otherwise
    the match is widened to the whole token, which still contains it.
    """
    a = b = -1
    offset = 0
    for tok, r0, r1 in zip(toks["token"], toks["char_start"], toks["char_end"]):
        t_end = offset + len(tok)
        same = r0 >= 0 and r1 - r0 == len(tok)
        if a < 0 and offset <= start < t_end:
            a = r0 + (start - offset) if same else r0
        if offset < end <= t_end:
            b = r0 + (end - offset) if same else r1
            break
        offset = t_end
    return (int(a), int(b)) if a >= 0 and b >= 0 else (-1, -1)


def kwic(term: str, sentences: pd.DataFrame, window: int = 20, documents: pd.DataFrame | None = None,
         to_raw: ToRaw | None = None, tokens: pd.DataFrame | None = None,
         canonical_only: bool = True) -> pd.DataFrame:
    """Concordance of ``term`` in ``sentences``, in document and sentence order.

    With ``documents``, rows get report_year and, if ``canonical_only``, only canonical
    documents are searched (analyses use each report once). Raw offsets come from
    ``to_raw``, else from the sentence span when the sentence is unchanged, else from
    the ``tokens`` table (which carries raw offsets per token), else -1.
    """
    if not term:
        raise ValueError("kwic needs a non-empty term")
    sents = sentences
    years: dict[str, int] = {}
    if documents is not None:
        if canonical_only and "is_canonical" in documents:
            keep = set(documents.loc[documents["is_canonical"].astype(bool), "doc_id"])
            sents = sents[sents["doc_id"].isin(keep)]
        years = dict(zip(documents["doc_id"], documents["report_year"]))
    sents = sents[sents["text"].fillna("").str.contains(term, regex=False)]
    by_sentence = {}
    if tokens is not None:
        sub = tokens[tokens["sentence_id"].isin(set(sents["sentence_id"]))]
        by_sentence = {k: g.sort_values("position") for k, g in sub.groupby("sentence_id")}
    rows = []
    has_clean = "clean_start" in sents.columns
    for s in sents.itertuples(index=False):
        text = s.text
        clean_start = int(s.clean_start) if has_clean and pd.notna(s.clean_start) else None
        start = text.find(term)
        while start >= 0:
            end = start + len(term)
            a, b = raw_span(s.doc_id, clean_start, int(s.char_start), int(s.char_end), len(text), start, end, to_raw)
            if a < 0 and s.sentence_id in by_sentence:
                a, b = _span_from_tokens(by_sentence[s.sentence_id], start, end)
            rows.append({"term": term, "doc_id": s.doc_id, "sentence_id": s.sentence_id,
                         "report_year": years.get(s.doc_id, -1),
                         "left": text[max(0, start - window):start], "keyword": term,
                         "right": text[end:end + window], "char_start": a, "char_end": b})
            start = text.find(term, end)
    out = pd.DataFrame(rows, columns=KWIC_COLUMNS)
    out["report_year"] = out["report_year"].astype("Int64")
    return out.sort_values(["doc_id", "sentence_id", "char_start"], kind="stable", ignore_index=True)
