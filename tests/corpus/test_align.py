"""Two versions of one report aligned sentence by sentence; differing readings become variants."""
from __future__ import annotations

import pandas as pd

from govreport.corpus.align import align_versions
from govreport.lang.spans import norm_key


def test_the_2024_newspaper_page_aligns_with_the_full_text(wuxi):
    docs = wuxi.tables["documents"].set_index("doc_id")
    assert docs.loc["wx-gwr-2024", "is_canonical"] and not docs.loc["wx-gwr-2024-news", "is_canonical"]
    v = wuxi.tables["variants"]
    assert len(v) == 77 and set(v.other_doc_id) == {"wx-gwr-2024-news"}
    pairs = set(zip(v.canonical_text, v.other_text))
    assert ("领军", "标杆") in pairs and ("羡", "羨") in pairs
    for r in v[v.char_start >= 0].itertuples():
        raw = wuxi.docs[r.other_doc_id].raw_text
        assert norm_key(raw[r.char_start:r.char_end]) == norm_key(r.other_text)


def _sentences(doc_id, texts):
    rows, pos = [], 0
    for i, t in enumerate(texts):
        rows.append(dict(doc_id=doc_id, sentence_id=f"{doc_id}-{i:05d}", text=t, char_start=pos, char_end=pos + len(t),
                         clean_start=pos))
        pos += len(t)
    return pd.DataFrame(rows)


def test_a_changed_word_a_typo_and_a_missing_sentence():
    canonical = _sentences("a", ["全市地区生产总值增长5.5%。", "打造具有国际竞争力的领军企业。", "城镇新增就业15万人。"])
    other = _sentences("b", ["全市地区生产总值增长5.5%。", "打造具有国际竞争力的标杆企业。", "今年还将举办多场专场招聘活动。"])
    rows = align_versions(canonical, other, lambda offset: offset)
    assert [(r["kind"], r["canonical_text"], r["other_text"]) for r in rows] == [
        ("substitution", "领军", "标杆"), ("missing_in_canonical", "", "今年还将举办多场专场招聘活动。")]
    assert rows[0]["char_start"] == len("全市地区生产总值增长5.5%。") + len("打造具有国际竞争力的")
