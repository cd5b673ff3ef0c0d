"""KWIC: contexts, raw offsets, canonical-only, offsets through tokens."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport.text.kwic import kwic
from govreport.text.tokens import tokenize_sentences
from textdata_fixtures import documents, naive_sentences, raw_texts


def test_kwic_on_real_text_points_into_raw():
    s, d, raw = naive_sentences(), documents(), raw_texts()
    k = kwic("新质生产力", s, window=10, documents=d)
    assert len(k) >= 1
    assert set(k["doc_id"]) <= set(d.loc[d["is_canonical"], "doc_id"])
    for r in k.itertuples():
        assert raw[r.doc_id][r.char_start:r.char_end] == "新质生产力"
        assert raw[r.doc_id][r.char_start - len(r.left):r.char_start] == r.left
        assert len(r.left) <= 10 and len(r.right) <= 10
    assert k["report_year"].notna().all()
    everything = kwic("集成电路", s, documents=d, canonical_only=False)
    assert "wx-gwr-2024-news" in set(everything["doc_id"])


def test_several_hits_in_one_sentence_and_window():
    s = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d-1"], "text": ["甲数字经济乙数字经济丙"],
                      "char_start": [5], "char_end": [16]})
    k = kwic("数字经济", s, window=1)
    assert k["left"].tolist() == ["甲", "乙"] and k["right"].tolist() == ["乙", "丙"]
    assert k["char_start"].tolist() == [6, 11]


def test_offsets_via_tokens_when_sentence_was_changed():
    # clean text differs from raw (2 chars removed inside); tokens carry mapped offsets
    s = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d-1"], "text": ["发展数字经济"],
                      "char_start": [100], "char_end": [108], "clean_start": [0]})
    to_raw = lambda doc, off: 100 + off + (2 if off >= 2 else 0)  # noqa: E731
    toks = tokenize_sentences(s, to_raw=to_raw)
    k = kwic("数字经济", s.drop(columns="clean_start"), tokens=toks)
    assert (k["char_start"].iloc[0], k["char_end"].iloc[0]) == (104, 108)
    k2 = kwic("数字经济", s, to_raw=to_raw)
    assert (k2["char_start"].iloc[0], k2["char_end"].iloc[0]) == (104, 108)


def test_no_hit_and_bad_term():
    s = naive_sentences().head(20)
    assert kwic("不存在的词语", s).empty
    with pytest.raises(ValueError):
        kwic("", s)
