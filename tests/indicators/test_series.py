"""Series: one value per indicator and period from canonical documents, with conflicts and the rule."""
import pandas as pd

from govreport.indicators.series import SERIES_COLUMNS, build_series

DOCS = pd.DataFrame([
    {"doc_id": "r2021", "report_year": 2021, "place": "无锡市", "level": "city", "is_canonical": True, "doc_type": "gov_work_report"},
    {"doc_id": "plan", "report_year": 2021, "place": "无锡市", "level": "city", "is_canonical": True, "doc_type": "five_year_plan"},
    {"doc_id": "r2022", "report_year": 2022, "place": "无锡市", "level": "city", "is_canonical": True, "doc_type": "gov_work_report"},
    {"doc_id": "r2022-news", "report_year": 2022, "place": "无锡市", "level": "city", "is_canonical": False, "doc_type": "gov_work_report"},
])


def obs(obs_id, doc_id, value, year=2020, status="actual", measure="level", text=None, table="", mapped=True,
        ind="gdp", unit="亿元", unit_base="元", scale=1e8):
    return {"obs_id": obs_id, "doc_id": doc_id, "indicator_id": ind, "indicator_zh": "地区生产总值",
            "indicator_en": "GDP", "value": value, "unit": unit, "value_base": value * scale, "unit_base": unit_base,
            "ref_year": year, "ref_period_start": year, "ref_period_end": year, "status": status,
            "measure": measure, "mapped": mapped, "value_text": text or str(value), "table_cell": table,
            "char_start": 0, "char_end": 1, "snippet": f"{value}{unit}", "qualifier": ""}


def test_later_report_wins_and_conflict_is_flagged():
    df = pd.DataFrame([obs("a", "r2021", 12370), obs("b", "r2022", 12370.48)])
    s = build_series(df, DOCS)
    assert list(s.columns) == SERIES_COLUMNS
    row = s.iloc[0]
    assert row["value"] == 12370.48 and row["conflict"] and row["n_sources"] == 2
    assert row["rule"].startswith("later report") and row["sources"] == "a;b"


def test_more_precise_value_wins_within_one_year():
    df = pd.DataFrame([obs("a", "r2021", 12370), obs("b", "plan", 12370.48)])
    row = build_series(df, DOCS).iloc[0]
    assert row["value"] == 12370.48 and row["rule"] == "more precise value preferred"


def test_agreeing_sources_and_non_canonical_and_unmapped_are_left_out():
    df = pd.DataFrame([obs("a", "r2021", 5), obs("b", "plan", 5), obs("c", "r2022-news", 9),
                       obs("d", "r2021", 7, mapped=False, ind="unmapped:x")])
    s = build_series(df, DOCS)
    assert len(s) == 1
    assert (s.iloc[0]["rule"], bool(s.iloc[0]["conflict"]), s.iloc[0]["source_docs"]) == (
        "sources agree", False, "plan;r2021")


def test_status_and_measure_split_series():
    df = pd.DataFrame([obs("a", "r2021", 5), obs("b", "r2021", 6, status="target"),
                       obs("c", "r2021", 7, measure="growth_rate")])
    assert len(build_series(df, DOCS)) == 3


def test_empty():
    assert build_series(pd.DataFrame([obs("a", "r2022-news", 1)]), DOCS).empty


def test_values_in_different_units_are_never_merged():
    """Surface-water quality 2020 read as 13 年 and as 43 个: two series rows, no conflict."""
    df = pd.DataFrame([obs("a", "r2021", 13, unit="年", unit_base="年", scale=1, ind="water_quality"),
                       obs("b", "r2021", 43, unit="个", unit_base="个", scale=1, ind="water_quality")])
    s = build_series(df, DOCS)
    assert sorted(s["unit_base"]) == ["个", "年"]
    assert not s["conflict"].any() and (s["n_sources"] == 1).all()


def test_a_plans_goal_and_a_reports_target_are_different_rows():
    df = pd.DataFrame([obs("a", "plan", 6, year=2021, status="target"),
                       obs("b", "r2021", 6.5, year=2021, status="target")])
    s = build_series(df, DOCS).set_index("target_source")
    assert s.loc["five_year_plan", "value"] == 6 and s.loc["annual_report", "value"] == 6.5
    assert not s["conflict"].any()


def test_places_are_never_merged():
    """Another city's GDP for the same year is its own series row, never a conflict."""
    docs = pd.concat([DOCS, pd.DataFrame([{"doc_id": "other", "report_year": 2021, "place": "苏州市", "level": "city",
                                           "is_canonical": True, "doc_type": "gov_work_report"}])])
    df = pd.DataFrame([obs("a", "r2021", 12370), obs("b", "other", 20170)])
    s = build_series(df, docs).set_index("place")
    assert s.loc["无锡市", "value"] == 12370 and s.loc["苏州市", "value"] == 20170
    assert not s["conflict"].any()


def test_stocks_and_flows_are_different_rows():
    df = pd.DataFrame([dict(obs("a", "r2021", 18, unit="万人", unit_base="人", scale=1e4, ind="talent"), stock_flow="stock"),
                       dict(obs("b", "r2021", 1.3, unit="万人", unit_base="人", scale=1e4, ind="talent"), stock_flow="flow")])
    s = build_series(df, DOCS).set_index("stock_flow")
    assert s.loc["stock", "value"] == 18 and s.loc["flow", "value"] == 1.3 and not s["conflict"].any()
