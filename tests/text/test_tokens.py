"""Tokens: domain terms survive as single tokens in real sentences; flags; hostile input."""
from __future__ import annotations

from importlib import resources

import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from govreport.text import tokens
from govreport.text.themes import load_themes
from textdata_fixtures import naive_sentences, raw_texts

DICT_BYTES = resources.files("govreport").joinpath("data/domain_dictionary.txt").read_bytes()


@pytest.fixture(scope="module")
def sentences() -> pd.DataFrame:
    return naive_sentences()


@pytest.fixture(scope="module")
def toks(sentences) -> pd.DataFrame:
    return tokens.tokenize_sentences(sentences)


def test_dictionary_file_format_keeps_every_entry():
    # The known traps: a BOM or CRLF silently loses entries; low frequencies are ignored.
    assert not DICT_BYTES.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in DICT_BYTES
    lines = DICT_BYTES.decode("utf-8").splitlines()
    terms = []
    for line in lines:
        parts = line.split(" ")
        assert len(parts) == 3, f"not 'term freq tag': {line!r}"
        term, freq, tag = parts
        assert int(freq) >= 1000, f"frequency too low for jieba to keep {term}"
        assert tag.isascii() and tag.isalpha()
        terms.append(term)
    assert len(terms) == len(set(terms)), "duplicate dictionary entries"
    for required in ["太湖湾科创带", "新质生产力", "专精特新", "碳达峰", "碳中和", "智改数转", "一带一路",
                     "长三角一体化", "营商环境", "数字经济", "太湖湾科技创新带", "高质量发展", "物联网", "集成电路"]:
        assert required in terms


def test_every_dictionary_and_theme_term_is_one_token():
    terms = set(tokens.domain_terms()) | set(load_themes()["term"])
    assert tokens.untokenized_terms(terms) == []


def test_dictionary_terms_survive_in_real_sentences(sentences, toks):
    """At each occurrence of a dictionary term the tokenizer keeps it whole, or the
    occurrence lies inside a longer token, or it overlaps another reviewed dictionary
    term (two valid readings, e.g. 战略性新兴产业|集群 vs 产业集群)."""
    dictionary = set(tokens.domain_terms())
    by_sentence = {sid: g for sid, g in toks.groupby("sentence_id")}
    checked, failures = 0, []
    for term in sorted(dictionary):
        hits = sentences[sentences["text"].str.contains(term, regex=False)]
        for s in hits.itertuples():
            g = by_sentence[s.sentence_id]
            starts = (g["char_start"] - s.char_start).tolist()
            ends = (g["char_end"] - s.char_start).tolist()
            i = s.text.find(term)
            while i >= 0:
                j = i + len(term)
                overlapping = [t for t, a, b in zip(g["token"], starts, ends) if a < j and b > i]
                ok = (overlapping == [term]
                      or (len(overlapping) == 1 and term in overlapping[0])
                      or any(t != term and t in dictionary for t in overlapping))
                if not ok:
                    failures.append((term, "|".join(overlapping)))
                checked += 1
                i = s.text.find(term, j)
    assert checked > 100
    assert failures == []


def test_tokens_cover_sentences_with_raw_offsets(sentences, toks):
    raw = raw_texts()
    assert (toks["char_start"] >= 0).all()
    sample = toks.sample(2000, random_state=0)
    for t in sample.itertuples():
        assert raw[t.doc_id][t.char_start:t.char_end] == t.token
    rebuilt = toks.groupby("sentence_id")["token"].agg("".join)
    expected = sentences.set_index("sentence_id")["text"]
    assert rebuilt.sort_index().equals(expected[rebuilt.index].sort_index())


def test_flags():
    f = dict(zip(["stop", "verb", "num", "punct", "single"], range(5)))
    assert tokens.token_flags("各位代表")[f["stop"]]
    assert tokens.token_flags("的")[f["stop"]]
    assert tokens.token_flags("推进")[f["verb"]] and not tokens.token_flags("推进")[f["stop"]]
    for n in ["2023", "41.8%", "1,075.7", "２０２４", "二〇三五"]:
        assert tokens.token_flags(n)[f["num"]], n
    for p in ["，", "。", "“", " ", "\u3000", "、"]:
        flags = tokens.token_flags(p)
        assert flags[f["punct"]] and not flags[f["single"]], p
    assert tokens.token_flags("港")[f["single"]]
    assert not any(tokens.token_flags("新质生产力"))


def test_nothing_dropped():
    s = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d-00001"], "text": ["2023年，GDP增长5.6%。"],
                      "char_start": [10], "char_end": [26]})
    t = tokens.tokenize_sentences(s)
    assert "".join(t["token"]) == s["text"][0]
    assert t["is_number"].any() and t["is_punct"].any()
    assert t["char_start"].iloc[0] == 10 and t["char_end"].iloc[-1] == 26


def test_offsets_through_to_raw_and_unknown_without():
    # clean text "数字经济" sits at clean offset 5; raw has 2 extra chars before it
    s = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d-1"], "text": ["发展数字经济"],
                      "char_start": [100], "char_end": [110], "clean_start": [5]})
    mapped = tokens.tokenize_sentences(s, to_raw=lambda doc, off: off + 95 + (2 if off >= 7 else 0))
    row = mapped[mapped["token"] == "数字经济"].iloc[0]
    assert (row["char_start"], row["char_end"]) == (104, 108)
    unknown = tokens.tokenize_sentences(s)  # text and raw span differ, no map: offsets unknown
    assert (unknown["char_start"] == -1).all()


def test_private_tokenizer_is_loaded_once_and_leaves_global_jieba_alone():
    import jieba

    assert tokens.tokenizer() is tokens.tokenizer()
    assert tokens.tokenizer() is not jieba.dt  # the domain dictionary never leaks into global jieba


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=0, max_size=5))
def test_hostile_input_never_crashes(texts):
    s = pd.DataFrame({"doc_id": ["x"] * len(texts), "sentence_id": [f"x-{i}" for i in range(len(texts))],
                      "text": texts, "char_start": [0] * len(texts), "char_end": [len(t) for t in texts]})
    t = tokens.tokenize_sentences(s)
    for i, text in enumerate(texts):
        assert "".join(t.loc[t["sentence_id"] == f"x-{i}", "token"]) == text


def test_missing_values_and_optional_columns():
    s = pd.DataFrame({"doc_id": ["x", "x"], "sentence_id": ["x-1", "x-2"], "text": [None, "碳达峰"],
                      "char_start": [0, 0], "char_end": [0, 3]})
    t = tokens.tokenize_sentences(s)
    assert t["token"].tolist() == ["碳达峰"]
    assert set(t.columns) == set(tokens.TOKEN_COLUMNS)
    empty = tokens.tokenize_sentences(s.iloc[0:0])
    assert list(empty.columns) == tokens.TOKEN_COLUMNS and empty.empty


def test_read_only_home_and_no_cache_in_repo(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    home = tmp_path / "home"
    home.mkdir()
    home.chmod(0o500)
    repo = Path(__file__).resolve().parents[2]
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp_path)}
    code = "from govreport.text.tokens import cut; print('|'.join(cut('发展新质生产力')))"
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=repo, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "发展|新质生产力"
    assert not list(repo.rglob("*.cache")) or all(".venv" in str(p) or ".hypothesis" in str(p)
                                                  for p in repo.rglob("*.cache"))
    assert not any(home.iterdir())
