"""Versions are grouped by near-duplicate text, never by metadata; unrelated reports are never aligned."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.corpus_helpers import copy_real, needs_realcorpus, real_text
from govreport.corpus.build import build_corpus, clean
from govreport.corpus.versions import NEAR_DUPLICATE, containment, fingerprint, group_versions


def test_fingerprints_ignore_layout_and_punctuation_and_are_deterministic():
    a = fingerprint("全市地区生产总值增长5.5%，城镇新增就业15万人。" * 20)
    b = fingerprint("全市地区生产总值增长5.5% 城镇新增就业15万人\n" * 20)
    assert np.array_equal(a, b) and a.dtype == np.uint64 and np.all(np.diff(a.astype(np.float64)) > 0)
    assert len(fingerprint("短")) == 0


@needs_realcorpus
def test_a_one_line_copy_is_a_version_and_the_next_years_report_is_not():
    lines = fingerprint(clean(real_text("national/cn_national_2021.txt"))[0].clean)
    one = fingerprint(clean(real_text("national_oneline/cn_national_2021_oneline.txt"))[0].clean)
    nxt = fingerprint(clean(real_text("national/cn_national_2022.txt"))[0].clean)
    assert containment(lines, one) > 0.95
    assert containment(lines, nxt) < 0.2 < NEAR_DUPLICATE


def _docs(**rows):
    return pd.DataFrame([dict(doc_id=d, place=p, doc_type="gov_work_report", report_year=y, n_chars_clean=n,
                              is_canonical=None, metadata_note="") for d, (p, y, n) in rows.items()])


def test_documents_with_colliding_or_unknown_metadata_stay_apart():
    texts = {d: "".join(f"第{d}{i}号文本全市加快发展{i * 7}项目。" for i in range(200)) for d in ("a", "b", "c")}
    prints = {d: fingerprint(t) for d, t in texts.items()}
    docs = _docs(a=("", None, 100), b=("", None, 90), c=("某市", 2024, 80))
    out, scores = group_versions(docs, prints, {})
    assert sorted(out.report_id) == ["unknown-gov_work_report-na-a", "unknown-gov_work_report-na-b",
                                     "某市-gov_work_report-2024"]
    assert out.is_canonical.all() and scores == {}


def test_near_duplicates_group_whatever_their_metadata_and_the_longest_is_canonical():
    base = "".join(f"全市加快发展第{i}个重点项目，新增投资{i * 3}亿元。" for i in range(300))
    prints = {"full": fingerprint(base), "page": fingerprint(base[:4000]), "other": fingerprint(base[::-1])}
    docs = _docs(full=("某市", 2024, len(base)), page=("", None, 4000), other=("某市", 2024, len(base)))
    out = group_versions(docs, prints, {})[0].set_index("doc_id")
    assert out.loc["full", "report_id"] == out.loc["page", "report_id"] == "某市-gov_work_report-2024-full"
    assert out.loc["other", "report_id"] == "某市-gov_work_report-2024-other"  # same metadata, other text
    assert out.loc["full", "is_canonical"] and not out.loc["page", "is_canonical"]
    assert out.loc["page", "metadata_note"].startswith("version of full (shared text 1.00)")


def test_a_catalogued_pair_whose_texts_differ_is_noted_and_not_aligned():
    prints = {"a": fingerprint("加快发展数字经济。" * 100 + "建设美丽乡村。" * 50),
              "b": fingerprint("".join(f"第{i}项民生实事全面完成。" for i in range(200)))}
    docs = _docs(a=("某市", 2024, 2000), b=("某市", 2024, 1000))
    docs["is_canonical"] = [True, False]
    out, scores = group_versions(docs, prints, {"a": "r-2024", "b": "r-2024"})
    assert list(out.report_id) == ["r-2024", "r-2024"]
    assert "catalogued as a version of a, but the texts differ" in out.set_index("doc_id").loc["b", "metadata_note"]
    assert scores[("a", "b")] < NEAR_DUPLICATE


@needs_realcorpus
def test_national_reports_without_a_catalog_pair_only_with_their_own_one_line_copies(tmp_path):
    raw = copy_real(tmp_path, "national/cn_national_2016.txt", "national/cn_national_2017.txt",
                    "national_oneline/cn_national_2016_oneline.txt", "national/cn_national_1964.txt")
    c = build_corpus(raw)
    docs = c.tables["documents"].set_index("doc_id")
    assert docs.loc["national-cn_national_2016", "report_id"] == docs.loc["national_oneline-cn_national_2016_oneline",
                                                                          "report_id"] == "中国-gov_work_report-2016"
    assert docs.report_id.nunique() == 3
    v = c.tables["variants"]
    assert set(zip(v.canonical_doc_id, v.other_doc_id)) <= {("national_oneline-cn_national_2016_oneline",
                                                             "national-cn_national_2016"),
                                                            ("national-cn_national_2016",
                                                             "national_oneline-cn_national_2016_oneline")}


def _pairs_one_by_one(prints: dict[str, np.ndarray], max_shared: int) -> dict[tuple[str, str], float]:
    """The definition ``similar_pairs`` implements with an inverted index: every pair sharing an
    8-gram held by at most ``max_shared`` documents, scored by ``containment``."""
    owners: dict[int, set[str]] = {}
    for d, p in prints.items():
        for h in p.tolist():
            owners.setdefault(h, set()).add(d)
    candidates = {(a, b) for docs in owners.values() if 2 <= len(docs) <= max_shared
                  for a in docs for b in docs if a < b}
    return {pair: containment(prints[pair[0]], prints[pair[1]]) for pair in sorted(candidates)}


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sets(st.integers(0, 60), max_size=45), min_size=0, max_size=9), st.integers(2, 5))
def test_similar_pairs_counts_shared_8grams_from_the_index_exactly(sets, max_shared):
    """Exact scores and the same candidates as comparing every pair, including 8-grams too
    common to be evidence (they still count in a candidate's containment)."""
    from govreport.corpus import versions

    prints = {f"d{i}": np.array(sorted(s), dtype=np.uint64) for i, s in enumerate(sets)}
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(versions, "MAX_SHARED", max_shared)
        mp.setattr(versions, "MIN_SHINGLES", 3)
        mp.setattr(versions, "_CHUNK", 16)  # several chunks, as a large corpus has
        got = versions.similar_pairs(prints)
        want = _pairs_one_by_one(prints, max_shared)
    assert list(got.items()) == list(want.items())
    assert all(type(v) is float for v in got.values())
