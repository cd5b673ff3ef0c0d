"""Segmentation engines: rjieba (fast, the default) gives jieba's tokens (the reference);
vectorised offsets equal the ledger's; the per-document path equals the whole-table verbs."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

from govreport.corpus.ledger import Ledger
from govreport.corpus.read import decode_bytes
from govreport.text import build as text_build
from govreport.text import frequencies, themes, tokens
from textdata_fixtures import documents, naive_sentences

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT.parent / "shared" / "realcorpus"


def _spans(toks: list[str]) -> set[tuple[int, int]]:
    out, pos = set(), 0
    for t in toks:
        out.add((pos, pos + len(t)))
        pos += len(t)
    return out


def agreement(lines: list[str]) -> float:
    """Share of tokens both engines cut at the same place (same span in the same line)."""
    same = total = 0
    for line in lines:
        a, b = tokens.cut(line, "jieba"), tokens.cut(line, "rjieba")
        assert "".join(b) == line
        same += len(_spans(a) & _spans(b))
        total += max(len(a), len(b))
    return same / max(total, 1)


def _lines(paths, every: int = 1) -> list[str]:
    lines = []
    for p in paths:
        text, _ = decode_bytes(p.read_bytes(), str(p))
        lines += [x for x in text.splitlines() if x.strip()][::every]
    return lines


def test_rjieba_agrees_with_jieba_on_the_wuxi_reports():
    lines = _lines(sorted((ROOT / "data" / "raw").glob("*.txt")))
    assert len(lines) > 1000 and agreement(lines) >= 0.995


@pytest.mark.skipif(not REAL.is_dir(), reason="../shared/realcorpus not present")
def test_rjieba_agrees_with_jieba_on_real_reports():
    # every sub-folder (national, one-line, provincial web page, GBK district); every 3rd line
    # keeps the test short (scripts/benchmark.py measures the whole corpus)
    for folder in sorted(p for p in REAL.iterdir() if p.is_dir()):
        lines = _lines(sorted(folder.glob("*.txt")), every=3)
        assert agreement(lines) >= 0.995, folder.name


def test_engine_is_selectable_and_loaded_once(monkeypatch):
    assert tokens.segmenter("jieba") is tokens.segmenter("jieba")
    assert tokens.segmenter("rjieba") is tokens.segmenter("rjieba")
    monkeypatch.setenv(tokens.ENGINE_VARIABLE, "jieba")
    assert tokens.segmenter().name == "jieba"
    with pytest.raises(ValueError, match="unknown segmentation engine"):
        tokens.segmenter("nope")
    for engine in tokens.ENGINES:  # the domain dictionary is loaded in both
        assert tokens.cut("推进太湖湾科创带建设", engine) == ["推进", "太湖湾科创带", "建设"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="数字经济PM_{2.5}。 \n", min_size=1, max_size=40), st.data())
def test_vectorised_offsets_equal_the_ledger(raw, data):
    ledger = Ledger(raw)
    pos = 0
    while pos < len(raw):  # random non-overlapping removals and repairs
        a = data.draw(st.integers(pos, len(raw) - 1))
        b = data.draw(st.integers(a + 1, min(len(raw), a + 4)))
        if data.draw(st.booleans()):
            ledger.remove(a, b, "test")
        else:
            ledger.repair(a, b, data.draw(st.text(alphabet="xy", min_size=1, max_size=3)), "test")
        pos = b + data.draw(st.integers(0, 3))
    clean = ledger.clean
    if not clean:
        return
    starts = np.array(data.draw(st.lists(st.integers(0, len(clean) - 1), min_size=1, max_size=10)))
    ends = np.minimum(starts + np.array(data.draw(st.lists(st.integers(1, 4), min_size=len(starts),
                                                           max_size=len(starts)))), len(clean))
    got = tokens.OffsetMap.from_ledger(ledger).spans(starts, ends)
    assert list(zip(*got)) == [ledger.to_raw_span(int(a), int(b)) for a, b in zip(starts, ends)]


def test_the_document_path_equals_the_whole_table_verbs():
    sents = naive_sentences()
    sents = sents[sents["doc_id"].isin(sorted(sents["doc_id"].unique())[:3])]
    sents = sents.assign(section_id=[f"{d}-s{i % 3:04d}" if i % 4 else "" for i, d in enumerate(sents["doc_id"])],
                         part=["review" if i % 2 else "plan" for i in range(len(sents))])
    docs = documents()
    theme_table = themes.load_themes()
    built = text_build.build_text_tables({"documents": docs, "sentences": sents}, themes=theme_table)
    toks = tokens.tokenize_sentences(sents)
    pd.testing.assert_frame_equal(built["tokens"].astype(toks.dtypes.to_dict()), toks, check_dtype=False)
    pd.testing.assert_frame_equal(built["term_frequencies"], frequencies.term_frequencies(toks, docs))
    by_doc = themes.theme_scores(toks, theme_table, by="doc")
    by_section = themes.theme_scores(toks, theme_table, by="section")
    expected = pd.concat([by_doc, by_section[by_section["section_id"] != ""]], ignore_index=True)
    pd.testing.assert_frame_equal(built["theme_scores"].reset_index(drop=True), expected, check_dtype=False)
