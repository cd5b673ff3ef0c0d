"""Keyness: hand-computed G² and chi² on a 2x2 table; sign; log-ratio."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from govreport.text.keyness import benjamini_hochberg, keyness, keyness_all, keyness_stats


def test_g2_chi2_log_ratio_by_hand():
    # term: 30 of 1000 tokens in the target, 10 of 2000 in the reference; by hand:
    # E = 13.33, 26.67, 986.67, 1973.33; G² = 2·(24.328 − 9.808 − 16.525 + 16.737) = 29.463
    a, b, n_t, n_r = 30, 10, 1000, 2000
    c, d, n = n_t - a, n_r - b, n_t + n_r
    e = [(a + b) * n_t / n, (a + b) * n_r / n, (c + d) * n_t / n, (c + d) * n_r / n]
    g2 = 2 * sum(o * math.log(o / x) for o, x in zip([a, b, c, d], e))
    chi2 = n * (abs(a * d - b * c) - n / 2) ** 2 / ((a + b) * (c + d) * (a + c) * (b + d))
    s = keyness_stats([a], [b], n_t, n_r)
    assert s["g2"][0] == pytest.approx(g2) and g2 == pytest.approx(29.4627, abs=1e-3)
    assert s["chi2"][0] == pytest.approx(chi2)
    assert s["log_ratio"][0] == pytest.approx(math.log2((30 / 1000) / (10 / 2000)))


def test_sign_follows_direction():
    over = keyness_stats([30], [10], 1000, 2000)
    under = keyness_stats([10], [30], 1000, 1000)
    assert over["g2"][0] > 0 and over["chi2"][0] > 0 and over["log_ratio"][0] > 0
    assert under["g2"][0] < 0 and under["chi2"][0] < 0 and under["log_ratio"][0] < 0
    same = keyness_stats([10], [20], 1000, 2000)
    assert same["g2"][0] == pytest.approx(0, abs=1e-9) and same["log_ratio"][0] == pytest.approx(0)


def test_zero_count_in_reference_is_finite():
    s = keyness_stats([5], [0], 100, 100)
    assert math.isfinite(s["g2"][0]) and s["g2"][0] > 0
    assert s["log_ratio"][0] == pytest.approx(math.log2(5 / 0.5))


def _tfs(rows, n_tokens, doc_type=None, place=None):
    df = pd.DataFrame(rows, columns=["doc_id", "term", "count"])
    df["place"] = [(place or {}).get(d, "无锡市") for d in df["doc_id"]]
    df["n_tokens"] = df["doc_id"].map(n_tokens)
    df["per_10k"] = df["count"] / df["n_tokens"] * 10_000
    df["doc_type"] = [(doc_type or {}).get(d, "gov_work_report") for d in df["doc_id"]]
    df["is_canonical"] = True
    df["comparable"] = df["doc_type"] == "gov_work_report"
    for f in ["is_stopword", "is_policy_verb", "is_number", "is_single_char"]:
        df[f] = False
    return df


def test_keyness_table_one_report_against_the_rest_plan_kept_apart():
    tfs = _tfs([("A", "新质生产力", 8), ("A", "发展", 20), ("B", "发展", 20), ("B", "疫情", 9),
                ("P", "新质生产力", 50), ("P", "发展", 10)],
               {"A": 100, "B": 100, "P": 100}, {"P": "five_year_plan"})
    k = keyness(tfs, "A")
    assert k["n_reference_docs"].unique().tolist() == [1]  # the plan is not in the default reference
    top = k.iloc[0]
    assert top["term"] == "新质生产力" and top["g2"] > 0
    assert k.set_index("term").loc["疫情", "g2"] < 0
    assert k.set_index("term").loc["发展", "g2"] == pytest.approx(0, abs=1e-9)
    with_plan = keyness(tfs, "A", ["B", "P"])
    assert with_plan.set_index("term").loc["新质生产力", "g2"] < 0
    assert set(keyness_all(tfs)["doc_id"]) == {"A", "B"}


def test_unknown_target_gives_empty_table():
    tfs = _tfs([("A", "x", 1)], {"A": 10})
    assert keyness(tfs, "nope").empty


def test_benjamini_hochberg_by_hand():
    # m = 4: sorted p 0.01, 0.02, 0.03, 0.5 → 0.04, 0.04, 0.04, 0.5 (step-up keeps it monotone)
    p = np.array([0.03, 0.5, 0.01, 0.02])
    assert benjamini_hochberg(p) == pytest.approx([0.04, 0.5, 0.04, 0.04])
    assert benjamini_hochberg(np.array([0.9, 0.8])) == pytest.approx([0.9, 0.9])
    assert benjamini_hochberg(np.array([])).size == 0


def test_minimum_frequency_adjusted_p_and_distinctive():
    tfs = _tfs([("A", "新质生产力", 40), ("A", "发展", 20), ("A", "罕见词", 2), ("B", "发展", 20),
                ("B", "疫情", 30), ("B", "罕见词", 2)], {"A": 1000, "B": 1000})
    k = keyness(tfs, "A").set_index("term")
    assert "罕见词" not in k.index                      # 4 occurrences < MIN_COUNT: not tested
    assert "罕见词" in keyness(tfs, "A", min_count=1)["term"].tolist()
    assert (k["p_adjusted"] >= k["p_value"]).all()
    assert k["p_adjusted"].tolist() == pytest.approx(benjamini_hochberg(k["p_value"].to_numpy()).tolist())
    assert k.loc["新质生产力", "distinctive"] and k.loc["疫情", "distinctive"]
    assert not k.loc["发展", "distinctive"]             # same rate: no effect


def test_keyness_compares_reports_of_the_same_place_only():
    rows = [("A", "太湖", 30), ("A", "发展", 20), ("B", "发展", 20), ("B", "运河", 9),
            ("X", "长江", 50), ("X", "发展", 10), ("Y", "发展", 30), ("Y", "长江", 5)]
    tfs = _tfs(rows, {"A": 100, "B": 100, "X": 100, "Y": 100}, place={"X": "江苏省", "Y": "江苏省"})
    table = keyness_all(tfs)
    assert table["doc_id"].tolist() == sorted(table["doc_id"]) and set(table["doc_id"]) == {"A", "B", "X", "Y"}
    a = table[table["doc_id"] == "A"]
    assert set(a["place"]) == {"无锡市"} and set(a["n_reference_docs"]) == {1}
    assert "长江" not in set(a["term"])                 # a term of another place never enters
    assert a.set_index("term").loc["发展", "n_reference"] == 100
    # each target's block is exactly keyness() against the other reports of its place
    for doc, ref in [("A", ["B"]), ("X", ["Y"])]:
        one = keyness(tfs, doc, ref).reset_index(drop=True)
        pd.testing.assert_frame_equal(table[table["doc_id"] == doc].reset_index(drop=True), one)
    assert keyness(tfs, "A")["n_reference_docs"].iloc[0] == 1  # default reference: same place


def _place_corpus(ids_by_place: dict[str, list[str]]):
    rows, docs = [], []
    for place, ids in ids_by_place.items():
        for k, d in enumerate(ids):
            for term, count in [("改革", 3 + k), ("开放", 5), (f"{place}特有", 2 * k + 1)]:
                rows.append({"doc_id": d, "term": term, "count": count})
            docs.append({"doc_id": d, "place": place, "comparable": True, "n_tokens": 100 + k})
    return pd.DataFrame(rows), pd.DataFrame(docs)


@pytest.mark.parametrize("ids_by_place, most_alive", [
    ({"甲": ["a1", "a2", "a3"], "乙": ["b1", "b2"]}, 1),      # places one after the other in doc_id order
    ({"甲": ["x1", "x3"], "乙": ["x2", "x4"]}, 2),            # their targets interleave
])
def test_keyness_holds_a_place_matrix_only_while_its_targets_are_written(monkeypatch, ids_by_place, most_alive):
    """Each place's term x document matrix is made once and let go after its last target, so
    the places of a whole corpus are not held at once; the blocks come in doc_id order."""
    import gc
    import weakref

    from govreport.text import keyness as mod

    made = []
    real = mod._place_matrix

    def spy(*args):
        m = real(*args)
        made.append(weakref.ref(m[3]))   # the counts matrix
        return m

    monkeypatch.setattr(mod, "_place_matrix", spy)
    content, docs = _place_corpus(ids_by_place)
    order, alive = [], []
    for block in mod.keyness_of(content, docs, min_count=1):
        order.append(block["doc_id"].iloc[0])
        del block
        gc.collect()
        alive.append(sum(r() is not None for r in made))
    assert order == sorted(d for ids in ids_by_place.values() for d in ids)
    assert len(made) == len(ids_by_place)       # once per place
    assert max(alive) == most_alive
    # the same numbers as one place at a time on its own
    monkeypatch.setattr(mod, "_place_matrix", real)
    for place, ids in ids_by_place.items():
        alone = pd.concat(list(mod.keyness_of(content, docs[docs.place == place], min_count=1)), ignore_index=True)
        together = pd.concat([b for b in mod.keyness_of(content, docs, min_count=1) if b["place"].iloc[0] == place],
                             ignore_index=True)
        pd.testing.assert_frame_equal(together, alone)
