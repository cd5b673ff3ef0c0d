"""Series: one value per indicator and period from canonical documents, with conflicts and the rule."""
import pandas as pd

from govreport.indicators.series import SERIES_COLUMNS, build_series

DOCS = pd.DataFrame([
    {"doc_id": "r2021", "report_year": 2021, "is_canonical": True},
    {"doc_id": "plan", "report_year": 2021, "is_canonical": True},
    {"doc_id": "r2022", "report_year": 2022, "is_canonical": True},
    {"doc_id": "r2022-news", "report_year": 2022, "is_canonical": False},
])


def obs(obs_id, doc_id, value, year=2020, status="actual", measure="level", text=None, table="", mapped=True,
        ind="gdp"):
    return {"obs_id": obs_id, "doc_id": doc_id, "indicator_id": ind, "indicator_zh": "地区生产总值",
            "indicator_en": "GDP", "value": value, "unit": "亿元", "value_base": value * 1e8, "unit_base": "元",
            "ref_year": year, "ref_period_start": year, "ref_period_end": year, "status": status,
            "measure": measure, "mapped": mapped, "value_text": text or str(value), "table_cell": table,
            "char_start": 0}


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
