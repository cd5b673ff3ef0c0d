"""The table store: streamed tables are the same bytes however their rows arrive."""
from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from govreport import store


def _scores(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame({"doc_id": [f"d{i // 100:03d}" for i in range(n)], "section_id": ["", "s,1"] * (n // 2),
                         "theme_id": ["green", "di\"gital"] * (n // 2), "count": rng.integers(0, 9, n),
                         "n_tokens": np.full(n, 7), "share": rng.random(n)})


def _files(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.suffix in (".csv", ".parquet")}


def test_chunking_never_shows_in_the_files(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "ROW_GROUP", 1000)
    df = _scores(3500)
    whole = store.write_tables({"theme_scores": df}, tmp_path / "a")
    with store.TableSetWriter(tmp_path / "b") as w:
        for start, size in [(0, 7), (7, 1500), (1507, 1), (1508, 1992)]:
            w.append("theme_scores", df.iloc[start:start + size])
        chunked = w.publish()
    assert _files(whole) == _files(chunked)
    back = pd.read_parquet(chunked / "theme_scores.parquet")
    pd.testing.assert_frame_equal(back, store.conform(df, "theme_scores"))
    csv = pd.read_csv(chunked / "theme_scores.csv", encoding="utf-8-sig", keep_default_na=False)
    assert csv["section_id"].tolist()[:2] == ["", "s,1"] and csv["theme_id"].iloc[1] == 'di"gital'
    assert csv["share"].to_numpy() == pytest.approx(df["share"].to_numpy())


def test_csv_keeps_booleans_readable_and_a_bom(tmp_path):
    themes = pd.DataFrame({"theme_id": ["a"], "name_zh": ["绿色"], "name_en": ["green"], "term": ["碳达峰"]})
    flags = pd.DataFrame({"doc_id": ["d"], "sentence_id": ["d-1"], "section_id": [""], "part": ["plan"],
                          "position": [0], "token": ["碳达峰"], "char_start": [3], "char_end": [6],
                          "is_stopword": [False], "is_policy_verb": [True], "is_number": [False],
                          "is_punct": [False], "is_single_char": [False]})
    folder = store.write_tables({"themes": themes, "tokens": flags}, tmp_path)
    text = (folder / "tokens.csv").read_bytes()
    assert text.startswith(b"\xef\xbb\xbfdoc_id,sentence_id,")
    assert b'"False","True","False"' in text
    assert pd.read_csv(folder / "tokens.csv", encoding="utf-8-sig")["is_policy_verb"].tolist() == [True]


def test_a_failed_writer_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError):
        with store.TableSetWriter(tmp_path / "out") as w:
            raise RuntimeError("before any table")
    assert not (tmp_path / "out").exists()
    with pytest.raises(RuntimeError):
        with store.TableSetWriter(tmp_path / "out") as w:
            w.append("theme_scores", _scores(10))
            raise RuntimeError("half way")
    assert not list((tmp_path / "out" / "builds").iterdir()) and not (tmp_path / "out" / "current").exists()


def test_the_committed_data_dictionary_is_the_one_a_build_writes():
    """data/processed/README.md is read on GitHub before anyone builds: it must not lag the dictionary."""
    from pathlib import Path

    committed = Path(__file__).resolve().parents[1] / "data" / "processed" / "README.md"
    assert committed.read_text("utf-8") == store.dictionary_markdown(), \
        "data/processed/README.md is stale: run a build (python3 run.py) and commit it"
