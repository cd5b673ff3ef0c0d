"""Themes: the data file is valid; whole-token counting; shares per 10k; zero rows."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport.text.themes import ThemeFileError, load_themes, theme_scores
from govreport.text.tokens import tokenize_sentences, untokenized_terms

REQUIRED = {"innovation", "digital", "green", "opening", "livelihoods", "safety", "pandemic",
            "industry", "reform", "culture", "urban_rural", "new_terms"}


def test_theme_file():
    th = load_themes()
    assert REQUIRED <= set(th["theme_id"])
    assert not th["term"].duplicated().any()
    assert untokenized_terms(th["term"]) == []  # each term is one token, or it would match inside words
    assert "新质生产力" in set(th.loc[th["theme_id"] == "new_terms", "term"])


def test_bad_theme_file(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text("themes:\n  - theme_id: a\n    name_zh: 甲\n", encoding="utf-8")
    with pytest.raises(ThemeFileError, match="lacks"):
        load_themes(p)
    p.write_text("themes:\n  - {theme_id: a, name_zh: 甲, name_en: A, terms: [x]}\n"
                 "  - {theme_id: b, name_zh: 乙, name_en: B, terms: [x]}\n", encoding="utf-8")
    with pytest.raises(ThemeFileError, match="more than one theme"):
        load_themes(p)


def _tokens():
    s = pd.DataFrame({
        "doc_id": ["d", "d", "e"], "sentence_id": ["d-1", "d-2", "e-1"], "section_id": ["s1", "s2", ""],
        "text": ["推动科技创新和创新。", "发展数字经济，推进碳达峰。", "创新性不足。"],
        "char_start": [0, 10, 0], "char_end": [10, 23, 6]})
    return tokenize_sentences(s)


def test_theme_scores_by_doc_and_section():
    themes = pd.DataFrame({"theme_id": ["innovation", "innovation", "digital", "green"],
                           "name_zh": ["创新"] * 2 + ["数字", "绿色"], "name_en": ["I"] * 2 + ["D", "G"],
                           "term": ["科技创新", "创新", "数字经济", "碳达峰"]})
    toks = _tokens()
    by_doc = theme_scores(toks, themes).set_index(["doc_id", "theme_id"])
    assert by_doc.loc[("d", "innovation"), "count"] == 2
    assert by_doc.loc[("e", "innovation"), "count"] == 0  # 创新性 is one token: no match inside it
    n_d = int((~toks.loc[toks["doc_id"] == "d", "is_punct"]).sum())
    assert by_doc.loc[("d", "digital"), "share"] == pytest.approx(1 / n_d * 10_000)
    assert len(by_doc) == 2 * 3  # every (doc, theme) pair, zeros included
    by_sec = theme_scores(toks, themes, by="section").set_index(["section_id", "theme_id"])
    assert by_sec.loc[("s1", "innovation"), "count"] == 2 and by_sec.loc[("s2", "green"), "count"] == 1
    with pytest.raises(ValueError):
        theme_scores(toks, themes, by="paragraph")
