"""Keyness: hand-computed G² and chi² on a 2x2 table; sign; log-ratio."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from govreport.text.keyness import keyness, keyness_all, keyness_stats


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


def _tfs(rows, n_tokens, doc_type=None):
    df = pd.DataFrame(rows, columns=["doc_id", "term", "count"])
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
    assert k["reference"].unique().tolist() == ["B"]  # the plan is not in the default reference
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
