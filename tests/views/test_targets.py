"""Plan vs outcome computations on hand-built observations with hand-computed answers."""
import math

import pandas as pd
import pytest

from govreport.indicators.series import build_series
from govreport.views import targets as po

DOCS = pd.DataFrame({
    "doc_id": ["plan", "r2021", "r2022", "r2024", "r2024-news"],
    "report_year": [2021, 2021, 2022, 2024, 2024],
    "doc_type": ["five_year_plan", "gov_work_report", "gov_work_report", "gov_work_report", "gov_work_report"],
    "is_canonical": [True, True, True, True, False],
    "place": "无锡市", "level": "city",
})


def obs(doc, ind, value, ref_year, status, measure="level", unit="亿元", scale=1e8, qualifier="",
        period=None, mapped=True):
    start, end = period or (ref_year, ref_year)
    return {"obs_id": "", "doc_id": doc, "sentence_id": "", "table_cell": "", "indicator_id": ind,
            "indicator_zh": ind, "indicator_en": ind, "value": value, "unit": unit,
            "value_base": None if value is None else value * scale,
            "unit_base": "元" if unit.endswith("亿元") else unit, "ref_year": ref_year, "ref_period_start": start,
            "ref_period_end": end, "status": status, "measure": measure, "qualifier": qualifier,
            "char_start": 0, "char_end": 1, "snippet": f"{ind}{value}", "mapped": mapped}


def frame(*rows):
    return pd.DataFrame(list(rows))


def series(observations: pd.DataFrame) -> pd.DataFrame:
    """The views read the series table, as the notebooks do."""
    return build_series(observations, DOCS)


def test_required_growth_hand_computed():
    # 12370 → 15000 in 5 years: (15000/12370)^(1/5) - 1 = 0.039343...
    assert po.required_growth(15000, 12370, 5) == pytest.approx((15000 / 12370) ** 0.2 - 1)
    assert po.required_growth(121, 100, 2) == pytest.approx(0.10)
    assert math.isnan(po.required_growth(100, 0, 2))
    assert math.isnan(po.required_growth(100, 50, 0))


def test_direction_from_list_and_qualifier():
    assert po.direction_of("gdp") == "up"
    assert po.direction_of("pm25") == "down"
    assert po.direction_of("gdp", "以下") == "down"
    assert po.direction_of("pm25", "力争;以上") == "up"
    assert po.is_met(33, 35, "down") is True
    assert po.is_met(36, 35, "down") is False
    assert po.is_met(float("nan"), 35, "up") is None


def test_scorecard_prefers_actual_over_estimate_and_judges_direction():
    data = frame(
        obs("plan", "gdp", 12000, 2020, "target"),
        obs("plan", "gdp", 11800, 2020, "estimate"),
        obs("r2021", "gdp", 12370, 2020, "actual"),
        obs("plan", "pm25", 40, 2020, "target", unit="微克/立方米", scale=1),
        obs("plan", "pm25", 42, 2020, "estimate", unit="微克/立方米", scale=1),
        obs("plan", "rd_share_gdp", 3.1, 2020, "target", measure="share", unit="%", scale=1),
    )
    card = po.plan_scorecard(series(data), 2020).set_index("indicator_id")
    assert card.loc["gdp", "outcome"] == 12370 and card.loc["gdp", "outcome_status"] == "actual"
    assert card.loc["gdp", "gap"] == pytest.approx(370) and card.loc["gdp", "verdict"] == "met"
    assert card.loc["pm25", "direction"] == "down" and card.loc["pm25", "verdict"] == "missed"
    assert card.loc["rd_share_gdp", "verdict"] == "no outcome"


def test_units_and_measures_never_mix():
    data = frame(
        obs("plan", "gdp", 1.5, 2020, "target", unit="万亿元", scale=1e12),
        obs("r2021", "gdp", 12370, 2020, "actual"),                       # 亿元: same base unit 元
        obs("r2021", "gdp", 3.5, 2020, "actual", measure="growth_rate", unit="%", scale=1),
    )
    card = po.plan_scorecard(series(data), 2020)
    assert len(card) == 1
    assert card.loc[0, "outcome"] == pytest.approx(1.237)  # shown in the target's unit, 万亿元
    assert card.loc[0, "verdict"] == "missed"


def test_non_canonical_and_unmapped_are_ignored():
    data = frame(
        obs("plan", "gdp", 12000, 2020, "target"),
        obs("r2024-news", "gdp", 99999, 2020, "actual"),
        obs("r2021", "gdp", 99999, 2020, "actual", mapped=False),
    )
    assert po.plan_scorecard(series(data), 2020).loc[0, "verdict"] == "no outcome"


def test_progress_gap_growth_needed_and_pace():
    data = frame(
        obs("plan", "gdp", 15000, 2025, "target"),
        obs("plan", "gdp", 10000, 2020, "estimate"),
        obs("r2022", "gdp", 11000, 2021, "actual"),
        obs("r2024", "gdp", 12100, 2023, "actual"),
    )
    row = po.plan_progress(series(data), 2025).iloc[0]
    assert row["latest"] == 12100 and row["latest_year"] == 2023 and row["years_left"] == 2
    assert row["gap"] == pytest.approx(2900)
    assert row["required_growth"] == pytest.approx((15000 / 12100) ** 0.5 - 1)   # 11.34 % a year
    assert row["pace_since_base"] == pytest.approx((12100 / 10000) ** (1 / 3) - 1)  # 6.56 % a year
    assert not row["on_track"] and row["verdict"] == "behind"


def test_progress_share_uses_points_per_year_and_down_direction():
    data = frame(
        obs("plan", "pm25", 35, 2025, "target", unit="微克/立方米", scale=1, qualifier="以下"),
        obs("plan", "pm25", 45, 2020, "actual", unit="微克/立方米", scale=1),
        obs("r2024", "pm25", 37, 2023, "actual", unit="微克/立方米", scale=1),
        obs("plan", "rd_share_gdp", 3.6, 2025, "target", measure="share", unit="%", scale=1),
        obs("r2024", "rd_share_gdp", 3.7, 2023, "actual", measure="share", unit="%", scale=1),
    )
    out = po.plan_progress(series(data), 2025).set_index("indicator_id")
    pm = out.loc["pm25"]
    assert pm["gap"] == pytest.approx(-2)
    assert pm["required_growth"] == pytest.approx((35 / 37) ** 0.5 - 1)
    assert pm["pace_since_base"] == pytest.approx((37 / 45) ** (1 / 3) - 1)  # −6.3 % a year: faster than needed
    assert pm["verdict"] == "on track"
    assert out.loc["rd_share_gdp", "verdict"] == "already met"
    assert math.isnan(out.loc["rd_share_gdp", "required_growth"])  # shares: points per year only


def test_annual_targets_against_next_years_report():
    data = frame(
        obs("r2021", "gdp", 6, 2021, "target", measure="growth_rate", unit="%", scale=1, qualifier="左右"),
        obs("r2022", "gdp", 8.8, 2021, "actual", measure="growth_rate", unit="%", scale=1),
        obs("r2024", "gdp", 8.7, 2021, "actual", measure="growth_rate", unit="%", scale=1),
        obs("r2024", "gdp", 5, 2024, "target", measure="growth_rate", unit="%", scale=1),  # no outcome yet
    )
    out = po.annual_targets_vs_outcomes(series(data))
    assert len(out) == 1
    row = out.iloc[0]
    # one rule for "the" value (series): the later report's revised figure
    assert row["outcome"] == 8.7 and row["outcome_doc"] == "r2024" and row["verdict"] == "met"
    assert row["gap"] == pytest.approx(2.7)


def test_empty_inputs_give_empty_tables_with_columns():
    empty = frame(obs("plan", "gdp", None, 2020, "target")).iloc[0:0]
    assert list(po.plan_scorecard(series(empty), 2020).columns) == po.SCORECARD_COLUMNS
    assert po.plan_progress(series(empty)).empty
    assert po.annual_targets_vs_outcomes(series(empty)).empty
    assert po.summary(po.plan_progress(series(empty))).empty


def test_annual_outcome_may_be_an_estimate_and_says_so():
    data = frame(
        obs("r2021", "gdp", 6, 2021, "target", measure="growth_rate", unit="%", scale=1),
        obs("r2022", "gdp", 8.5, 2021, "estimate", measure="growth_rate", unit="%", scale=1, qualifier="预计"),
    )
    row = po.annual_targets_vs_outcomes(series(data)).iloc[0]
    assert row["outcome"] == 8.5 and row["outcome_status"] == "estimate" and row["verdict"] == "met"


def test_annual_pairs_never_cross_places():
    docs = DOCS.assign(place=["无锡市", "无锡市", "江苏省", "无锡市", "无锡市"])
    data = frame(
        obs("r2021", "gdp", 6, 2021, "target", measure="growth_rate", unit="%", scale=1),
        obs("r2022", "gdp", 8.5, 2021, "actual", measure="growth_rate", unit="%", scale=1),  # 江苏省's report
    )
    s = build_series(data, docs)
    assert po.annual_targets_vs_outcomes(s).empty
    missing = po.annual_pairs_missing(s, docs)
    by = {(r.place, r.report_year): (r.in_corpus, r.would_give) for r in missing.itertuples()}
    assert by[("无锡市", 2022)] == (False, "the outcome of the 2021 targets")
    assert by[("江苏省", 2021)] == (False, "the targets for 2021, whose outcome the 2022 report states")


def test_readable_values_have_units_and_gaps_in_percentage_points():
    data = frame(
        obs("r2021", "gdp", 6, 2021, "target", measure="growth_rate", unit="%", scale=1),
        obs("r2022", "gdp", 8.5, 2021, "actual", measure="growth_rate", unit="%", scale=1),
    )
    out = po.readable(po.annual_targets_vs_outcomes(series(data)), ["target", "outcome", "gap"], "zh")
    assert out[["target_text", "outcome_text", "gap_text"]].iloc[0].tolist() == ["6%", "8.5%", "2.5 百分点"]
    en = po.readable(po.annual_targets_vs_outcomes(series(data)), ["gap"], "en")
    assert en["gap_text"].iloc[0] == "2.5 percentage points"


def test_goal_years_and_defaults():
    data = frame(
        obs("plan", "gdp", 12000, 2020, "target"), obs("plan", "gdp", 16000, 2025, "target"),
        obs("plan", "gdp", 30000, 2035, "target"), obs("r2022", "gdp", 14000, 2021, "actual"),
    )
    s = series(data)
    assert po.goal_years(s) == [2020, 2025, 2035]
    assert po.default_goal_years(s) == (2020, 2025)
    assert po.default_goal_years(s.iloc[0:0]) == (None, None)


def test_side_by_side_reads_targets_with_units():
    data = frame(
        obs("r2021", "gdp", 6, 2021, "target", measure="growth_rate", unit="%", scale=1, qualifier="左右"),
        obs("r2022", "gdp", 5.5, 2022, "target", measure="growth_rate", unit="%", scale=1),
    )
    out = po.readable_side_by_side(po.targets_side_by_side(series(data), "r2021", "r2022"), "r2021", "r2022", "en")
    assert out[["target_r2021", "target_r2022"]].iloc[0].tolist() == ["6% (about)", "5.5%"]


def test_table_cells_name_their_table_row_and_column():
    data = frame(obs("plan", "gdp", 7.5, 2020, "target", measure="growth_rate", unit="%", scale=1),
                 obs("plan", "gdp", 6.5, 2020, "estimate", measure="growth_rate", unit="%", scale=1))
    data["table_cell"] = ["t01-r01-c2020-target", "t01-r01-c2020-estimate"]
    data["snippet"] = ["年均7.5左右", "年均6.5"]
    row = po.plan_scorecard(series(data), 2020).iloc[0]
    assert row["target_snippet"] == "表01 · 第01行（gdp）· 2020年目标值列 · 年均7.5左右"
    assert row["outcome_snippet"].startswith("表01 · 第01行（gdp）· 2020年预计值列")


def test_a_stock_target_is_never_judged_by_a_flow():
    """高层次人才总量达到18万人 (a stock) against 引进1.3万人 (a yearly flow): no outcome, not 'missed'."""
    data = frame(
        dict(obs("plan", "talent", 18, 2025, "target", unit="万人", scale=1e4), stock_flow="stock"),
        dict(obs("r2024", "talent", 1.3, 2023, "actual", unit="万人", scale=1e4), stock_flow="flow"),
    )
    row = po.plan_progress(series(data), 2025).iloc[0]
    assert row["verdict"] == "no actual yet" and pd.isna(row["latest"])


def test_the_extractors_bound_decides_the_direction():
    """35微克/立方米以下 is a ceiling even for an indicator not listed as 'down'."""
    data = frame(
        dict(obs("plan", "dust", 35, 2020, "target", unit="微克/立方米", scale=1), bound="ceiling"),
        dict(obs("r2021", "dust", 33, 2020, "actual", unit="微克/立方米", scale=1), bound=""),
    )
    row = po.plan_scorecard(series(data), 2020).iloc[0]
    assert row["direction"] == "down" and row["verdict"] == "met"
