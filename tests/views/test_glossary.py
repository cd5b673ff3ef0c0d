"""The glossary: the file loads, and each term the corpus uses gets its shortest real sentence."""
import pandas as pd

from govreport.views import glossary as gl


def test_glossary_has_the_terms_the_pages_use():
    g = gl.glossary()
    assert set(g["group"]) == {"words", "numbers", "method"}
    terms = " ".join(g["term"])
    for needed in ("规上", "预期目标", "百分点", "G²", "log ratio", "Benjamini–Hochberg", "年均", "左右"):
        assert needed in terms, needed
    assert (g["meaning"].str.len() > 20).all() and not g["term"].duplicated().any()
    assert set(gl.glossary(["method"])["group"]) == {"method"}


def test_examples_pick_the_shortest_canonical_sentence():
    docs = pd.DataFrame({"doc_id": ["a", "b"], "report_year": [2020, 2021], "is_canonical": [True, False],
                         "place": "中国"})
    sentences = pd.DataFrame({"doc_id": ["a", "a", "b"], "sentence_id": ["a-1", "a-2", "b-1"],
                              "text": ["比重提高1.2个百分点，达到60%以上。", "城镇化率提高1个百分点。", "提高2个百分点。"]})
    terms = pd.DataFrame({"term": ["百分点", "G²", "规上"], "search": ["百分点", "", "规上"]})
    ex = gl.examples(sentences, docs, terms)
    assert ex["term"].tolist() == ["百分点"]  # G² has no search string; 规上 does not occur
    row = ex.iloc[0]
    assert row["example"] == "城镇化率提高1个百分点。" and row["n_occurrences"] == 2 and row["place"] == "中国"
