"""Term frequencies: stable counts and rates on a fixed text; comparability labels; the build's
per-document counts against the pandas reference."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings, strategies as st

from govreport.text.frequencies import (COUNT_COLUMNS, comparability, content_rows, content_terms, count_terms,
                                        term_frequencies)
from govreport.text.tokens import FLAG_NAMES, token_flags, tokenize_sentences

TEXT = ["坚持创新驱动，发展数字经济，发展新质生产力。", "数字经济增长12%，数字经济规模扩大。"]


def _docs():
    return pd.DataFrame({
        "doc_id": ["d1", "d2", "p", "d2news"], "report_id": ["r1", "r2", "p", "r2"],
        "report_year": [2023, 2024, 2021, 2024],
        "doc_type": ["gov_work_report", "gov_work_report", "five_year_plan", "gov_work_report"],
        "is_canonical": [True, True, True, False], "version": ["full", "full", "full", "newspaper"]})


def _sentences(doc_id="d1", texts=TEXT, part="other"):
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append({"doc_id": doc_id, "sentence_id": f"{doc_id}-{i:05d}", "text": t, "part": part,
                     "char_start": pos, "char_end": pos + len(t)})
        pos += len(t)
    return pd.DataFrame(rows)


def test_stable_counts_on_fixed_text():
    tfs = term_frequencies(tokenize_sentences(_sentences()), _docs())
    counts = dict(zip(tfs["term"], tfs["count"]))
    assert counts["数字经济"] == 3
    assert counts["发展"] == 2
    assert counts["新质生产力"] == 1
    assert "，" not in counts and "。" not in counts  # punctuation is not a term
    n = tfs["n_tokens"].iloc[0]
    assert n == tfs["count"].sum()
    assert tfs.set_index("term").loc["数字经济", "per_10k"] == pytest.approx(3 / n * 10_000)
    assert tfs.set_index("term").loc["12%", "is_number"]
    again = term_frequencies(tokenize_sentences(_sentences()), _docs())
    pd.testing.assert_frame_equal(tfs, again)


def test_content_terms_drop_flags():
    tfs = term_frequencies(tokenize_sentences(_sentences()), _docs())
    terms = set(content_terms(tfs)["term"])
    assert "数字经济" in terms and "12%" not in terms and "坚持" not in terms
    assert "发展" in terms and "发展" not in set(content_terms(tfs, keep_policy_verbs=False)["term"])


def test_comparability_labels_plan_partial_and_non_canonical():
    toks = pd.concat([
        tokenize_sentences(_sentences("d1", part="review")), tokenize_sentences(_sentences("d1", part="plan")),
        tokenize_sentences(_sentences("d2", part="plan")), tokenize_sentences(_sentences("p")),
        tokenize_sentences(_sentences("d2news", part="review")),
    ])
    c = comparability(_docs(), toks).set_index("doc_id")
    assert c.loc["d1", "comparable"] and c.loc["d1", "comparability_note"] == ""
    assert not c.loc["d2", "comparable"] and "partial" in c.loc["d2", "comparability_note"]
    assert not c.loc["p", "comparable"] and "genre" in c.loc["p", "comparability_note"]
    assert not c.loc["d2news", "comparable"] and "non-canonical" in c.loc["d2news", "comparability_note"]


# words of any script (ASCII, CJK, astral characters, punctuation): count_terms orders terms
# with Arrow, whose byte order must agree with Python's string order
_WORDS = st.lists(st.text(st.characters(codec="utf-8"), min_size=1, max_size=4), min_size=0, max_size=60)


@settings(max_examples=60, deadline=None)
@given(_WORDS)
def test_document_counts_match_the_pandas_reference(words):
    """The build's per-document counts (and content rows) are what ``term_frequencies`` gives
    for the same tokens, in the same order: count descending, then term."""
    text = "".join(words)
    tokens = pd.DataFrame({"doc_id": "d1", "sentence_id": "d1-00000", "position": range(len(words)),
                           "token": words, "part": "other",
                           **{name: [token_flags(w)[i] for w in words] for i, name in enumerate(FLAG_NAMES)}})
    docs = _docs().iloc[:1]
    expected = term_frequencies(tokens, docs)[COUNT_COLUMNS].reset_index(drop=True)
    uniques = list(dict.fromkeys(words))
    codes = np.array([uniques.index(w) for w in words], dtype=np.int64)
    flags = np.array([token_flags(u) for u in uniques], dtype=bool).reshape(len(uniques), 5)
    counts = count_terms("d1", pa.array(uniques, type=pa.large_string()), codes, flags, FLAG_NAMES)
    got = counts.frame()
    assert got["term"].tolist() == expected["term"].tolist(), text
    assert got["count"].tolist() == expected["count"].tolist()
    if len(got):
        pd.testing.assert_frame_equal(got, expected, check_dtype=False)
        content = content_rows(expected.assign(per_10k=expected["count"] / expected["n_tokens"] * 10_000))
        pd.testing.assert_frame_equal(counts.content().reset_index(drop=True), content.reset_index(drop=True))
