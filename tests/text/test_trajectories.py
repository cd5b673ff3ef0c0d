"""Trajectories: a term used in only one report is new there; faded terms."""
from __future__ import annotations

import pandas as pd

from govreport.text.frequencies import term_frequencies
from govreport.text.tokens import tokenize_sentences
from govreport.text.trajectories import faded_terms, new_terms, term_trajectories

DOCS = pd.DataFrame({
    "doc_id": ["r21", "r22", "r24", "plan"], "report_id": ["r21", "r22", "r24", "plan"],
    "report_year": [2021, 2022, 2024, 2021],
    "doc_type": ["gov_work_report"] * 3 + ["five_year_plan"], "is_canonical": [True] * 4})
TEXTS = {
    "r21": "抓好疫情防控，发展数字经济。",
    "r22": "推进碳达峰，发展数字经济。",
    "r24": "发展新质生产力，发展数字经济。",
    "plan": "谋划新质生产力和疫情防控。",
}


def _trajectories():
    s = pd.DataFrame([{"doc_id": d, "sentence_id": f"{d}-00001", "text": t, "char_start": 0, "char_end": len(t)}
                      for d, t in TEXTS.items()])
    tfs = term_frequencies(tokenize_sentences(s), DOCS)
    return term_trajectories(tfs, DOCS)


def test_term_in_only_one_report_is_new_there():
    t = _trajectories()
    assert "新质生产力" in set(new_terms(t, "r24")["term"])
    assert "新质生产力" not in set(new_terms(t, "r22")["term"])
    row = t[(t["term"] == "新质生产力")].set_index("doc_id")
    assert row.loc["r24", "first_year"] == 2024 and row.loc["r24", "n_reports"] == 1
    assert row.loc["r21", "count"] == 0  # every report listed, zero where absent
    assert "plan" not in set(t["doc_id"])  # the plan is kept apart


def test_nothing_is_new_in_the_earliest_report_and_shared_terms_are_not_new():
    t = _trajectories()
    assert new_terms(t, "r21").empty
    assert "数字经济" not in set(new_terms(t, "r24")["term"])
    assert t[t["term"] == "数字经济"]["n_reports"].iloc[0] == 3


def test_faded_terms():
    t = _trajectories()
    assert "疫情防控" in set(faded_terms(t, "r22")["term"])
    assert "碳达峰" in set(faded_terms(t, "r24")["term"])
    assert faded_terms(t, "r21").empty


def test_places_are_followed_apart():
    docs = pd.concat([DOCS.assign(place="无锡市"),
                      pd.DataFrame({"doc_id": ["n23"], "report_id": ["n23"], "report_year": [2023],
                                    "doc_type": ["gov_work_report"], "is_canonical": [True], "place": ["中国"]})],
                     ignore_index=True)
    texts = {**TEXTS, "n23": "发展新质生产力，抓好疫情防控。"}
    s = pd.DataFrame([{"doc_id": d, "sentence_id": f"{d}-00001", "text": t, "char_start": 0, "char_end": len(t)}
                      for d, t in texts.items()])
    t = term_trajectories(term_frequencies(tokenize_sentences(s), docs), docs)
    wuxi = t[t["place"] == "无锡市"]
    pd.testing.assert_frame_equal(wuxi.drop(columns="place").reset_index(drop=True),
                                  _trajectories().drop(columns="place").reset_index(drop=True))
    national = t[t["place"] == "中国"]
    assert set(national["doc_id"]) == {"n23"} and not national["is_new"].any()  # its own first report
    # the national 2023 report does not make 新质生产力 old news in Wuxi's 2024 report
    assert "新质生产力" in set(new_terms(t, "r24")["term"])
    assert "疫情防控" in set(faded_terms(t, "r22")["term"])
