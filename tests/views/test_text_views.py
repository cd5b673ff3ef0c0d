"""Text views: honest keyness, concordance context, place-aware labels and trajectories."""
import numpy as np
import pandas as pd
import pytest

from govreport.views import text as tv
from govreport.views.data import Tables
from govreport.views.params import ParameterError


def test_bh_adjust_hand_computed():
    # p sorted: .01 .02 .03 .04 .05, m = 5 → p·m/k = .05 .05 .05 .05 .05
    assert tv.bh_adjust([0.05, 0.01, 0.03, 0.02, 0.04]) == pytest.approx([0.05] * 5)
    # .001·4/1 = .004; .01·4/2 = .02; .04·4/3 = .0533; .5·4/4 = .5 (monotone from the top)
    assert tv.bh_adjust([0.5, 0.04, 0.001, 0.01]) == pytest.approx([0.5, 0.04 * 4 / 3, 0.004, 0.02])
    assert tv.bh_adjust([0.9, 0.8]) == pytest.approx([0.9, 0.9])
    assert len(tv.bh_adjust([])) == 0


def _tfs(counts_a: dict, counts_b: dict, n_a=10_000, n_b=10_000):
    rows = []
    for doc, counts, n in (("a", counts_a, n_a), ("b", counts_b, n_b)):
        for term, c in counts.items():
            rows.append({"doc_id": doc, "report_id": doc, "report_year": 2020 if doc == "a" else 2021,
                         "doc_type": "gov_work_report", "is_canonical": True, "comparable": True,
                         "comparability_note": "", "term": term, "count": c, "n_tokens": n,
                         "per_10k": 10_000 * c / n, "is_stopword": False, "is_policy_verb": False,
                         "is_number": False, "is_single_char": False})
    return pd.DataFrame(rows)


def test_only_terms_significant_after_correction_and_large_are_distinctive():
    a = {"常见": 100, "新词": 60, "略多": 330, "罕见": 3}
    b = {"常见": 100, "新词": 2, "略多": 260, "罕见": 1}
    t = Tables.from_frames({"term_frequencies": _tfs(a, b)})
    k = tv.keyness_test(t, "a", "b", min_count=5).set_index("term")
    assert "罕见" not in k.index                       # 4 uses in all: below min_count, not tested
    assert k.loc["新词", "distinctive"]                # strong and large
    assert k.loc["略多", "p_adjusted"] < 0.05            # significant ...
    assert not k.loc["略多", "distinctive"]              # ... but 1.27× is no large difference
    assert not k.loc["常见", "distinctive"]
    s = tv.keyness_summary(k.reset_index())
    assert s == {"tested": 3, "p_below_alpha": 2, "expected_by_chance": 0, "adjusted_below_alpha": 2,
                 "distinctive": 1}
    d = tv.distinctive_terms(t, "a", "b")
    assert list(d["term"]) == ["新词"] and list(d["distinctive_of"]) == ["a"]
    assert {"count_a", "count_b", "p_adjusted"} <= set(d.columns)


def test_keyness_uses_the_text_stage_adjustment_when_present(monkeypatch):
    t = Tables.from_frames({"term_frequencies": _tfs({"x": 50, "y": 5}, {"x": 5, "y": 5})})
    real = tv._key.keyness

    def with_adjusted(*args, **kw):
        return real(*args, **kw).assign(p_adjusted=0.5)
    monkeypatch.setattr(tv._key, "keyness", with_adjusted)
    k = tv.keyness_test(t, "a", "b")
    assert (k["p_adjusted"] == 0.5).all() and not k["distinctive"].any()


def _corpus():
    docs = pd.DataFrame({
        "doc_id": ["cn-2021", "cn-2022", "js-2022"], "place": ["中国", "中国", "江苏省"],
        "doc_type": "gov_work_report", "report_year": [2021, 2022, 2022], "is_canonical": True,
        "title": "", "level": ""})
    text = ["推进数字经济发展；", "做强数字经济，建设数字中国。", "数字经济核心产业增加值增长10%。"]
    sentences = pd.DataFrame({
        "doc_id": ["cn-2021", "cn-2021", "cn-2022"], "sentence_id": ["cn-2021-00001", "cn-2021-00002", "cn-2022-00001"],
        "section_id": "", "paragraph_id": ["cn-2021-p1", "cn-2021-p1", "cn-2022-p1"], "part": "plan",
        "text": text, "char_start": [0, 9, 0], "char_end": [9, 23, 16], "clean_start": [0, 9, 0]})
    return Tables.from_frames({"documents": docs, "sentences": sentences})


def test_concordance_context_runs_across_clause_ends_within_the_paragraph():
    k = tv.concordance(_corpus(), "数字经济", window=8)
    first, second = k.iloc[0], k.iloc[1]
    assert first["keyword"] == "数字经济" and first["right"] == "发展；做强数字经"  # not cut at ；
    assert second["left"] == "推进数字经济发展；做强"[-8:]
    assert k.columns[:7].tolist() == ["term", "place", "report_year", "doc_id", "left", "keyword", "right"]
    assert tv.CONCORDANCE_TABLE["columnDefs"][0]["targets"] == 4  # left context right-aligned


def test_labels_name_the_place_when_there_are_several():
    t = _corpus()
    labels = tv.canonical_reports(t).set_index("doc_id")["label_zh"]
    assert labels["js-2022"] == "江苏省 2022 报告" and labels["cn-2022"] == "中国 2022 报告"
    assert tv.main_place(t) == "中国"
    with pytest.raises(ParameterError, match="2022 has 2 reports"):
        tv.report_doc(t, 2022)
    assert tv.report_doc(t, 2022, "江苏省") == "js-2022"
    assert tv.default_pair(t) == ("cn-2021", "cn-2022")
    assert tv.default_pair(t, "江苏省") == ("", "")


def test_trajectories_within_one_place_recompute_new_terms():
    docs = pd.DataFrame({"doc_id": ["cn-2021", "js-2022", "cn-2023"], "place": ["中国", "江苏省", "中国"],
                         "doc_type": "gov_work_report", "report_year": [2021, 2022, 2023], "is_canonical": True})
    traj = pd.DataFrame({
        "term": ["新词"] * 3, "doc_id": ["cn-2021", "js-2022", "cn-2023"], "report_year": [2021, 2022, 2023],
        "comparable": True, "count": [0, 4, 3], "per_10k": [0.0, 4.0, 3.0], "first_year": 2022, "last_year": 2023,
        "n_reports": 2, "is_new": [False, True, False], "is_faded": False})
    t = Tables.from_frames({"documents": docs, "term_trajectories": traj})
    national = tv.trajectories(t, place="中国").set_index("doc_id")
    assert national.loc["cn-2023", "is_new"]          # new for 中国, though 江苏省 used it first
    assert national.loc["cn-2023", "first_year"] == 2023
    assert list(tv.new_terms(t, "cn-2023", min_count=1, place="中国")["term"]) == ["新词"]
    assert tv.new_terms(t, "cn-2023", min_count=1).empty  # across places it was not new


def test_changing_terms_never_measure_a_rise_across_places():
    """A term one place uses and another does not is no 'change'; a term that rises within one
    place is."""
    import pandas as pd

    from govreport.views import text as tv
    from govreport.views.data import Tables

    rows = [("甲市", "两地有别", "a1", 2020, 5.0), ("甲市", "两地有别", "a2", 2021, 5.0),
            ("乙市", "两地有别", "b1", 2020, 0.0), ("乙市", "两地有别", "b2", 2021, 0.0),
            ("甲市", "本地上升", "a1", 2020, 1.0), ("甲市", "本地上升", "a2", 2021, 9.0)]
    traj = pd.DataFrame(rows, columns=["place", "term", "doc_id", "report_year", "per_10k"]).assign(
        count=lambda d: (d["per_10k"] * 2).astype(int) + 1, comparable=True)
    out = tv.changing_terms(Tables.from_frames({"term_trajectories": traj}), top_n=1, min_count=1)
    assert set(out["term"]) == {"本地上升"} and set(out["place"]) == {"甲市"}
