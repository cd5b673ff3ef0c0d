"""Coverage first: which indicator has which years, and which reports would fill the gaps."""
import pandas as pd
import pytest

from govreport.views import coverage as cv
from govreport.views.params import ParameterError
from test_targets import obs, frame

from govreport.indicators.series import build_series

DOCS = pd.DataFrame({
    "doc_id": ["p", "r2016", "r2019", "r2021", "r2022", "js2021"],
    "report_year": [2016, 2016, 2019, 2021, 2022, 2021],
    "doc_type": ["five_year_plan"] + ["gov_work_report"] * 5,
    "is_canonical": True, "place": ["甲市"] * 5 + ["乙省"], "level": "city",
})


def _series():
    o = frame(
        obs("r2016", "gdp", 100, 2015, "actual"), obs("r2016", "gdp", 7, 2016, "target", measure="growth_rate", unit="%", scale=1),
        obs("r2019", "gdp", 130, 2018, "actual"), obs("r2021", "gdp", 150, 2020, "actual"),
        obs("r2022", "gdp", 160, 2021, "estimate"), obs("p", "gdp", 200, 2020, "target"),
        obs("r2021", "jobs", 10, 2020, "actual", unit="万人", scale=1e4),
        obs("js2021", "gdp", 900, 2020, "actual"),
    )
    return build_series(o, DOCS)


def test_coverage_lists_kinds_per_place_indicator_and_year():
    cov = cv.coverage(_series(), ["gdp"], places=["甲市"])
    got = {(r.ref_year, r.kinds) for r in cov.itertuples()}
    assert got == {(2015, "actual"), (2016, "target"), (2018, "actual"), (2020, "actual;plan_goal"),
                   (2021, "estimate")}


def test_grid_shows_empty_years_and_counts_actual_years():
    cov = cv.coverage(_series(), places=["甲市"])
    grid = cv.coverage_grid(cov, "en", list(range(2015, 2022)))
    row = grid[grid["indicator"] == "gdp (gdp)"].iloc[0]
    assert row["years with actual values"] == 3
    assert row["2017"] == "" and row["2019"] == ""
    assert row["2020"] == "actual · plan"
    several = cv.coverage_grid(cv.coverage(_series()), "zh")
    assert {"乙省 · gdp (gdp)", "甲市 · gdp (gdp)"} <= set(several["指标"])


def test_best_covered_prefers_actual_years():
    assert cv.best_covered(_series(), ["甲市"], n=2) == ["gdp", "jobs"]


def test_summary_sentence():
    (line,) = cv.summary(_series(), ["甲市"])
    assert line.startswith("甲市: actual values exist for 2015, 2018 and 2020;")
    assert "1 have actual values for three or more years" in line


def test_missing_reports_name_the_report_of_the_next_year():
    gaps = cv.missing_reports(_series(), DOCS, ["甲市"], 2015, 2021)
    by_year = dict(zip(gaps["report_year"], gaps["would_give"]))
    assert by_year[2017] == "actual values for 2016; targets for 2017"
    assert "actual values for 2018" not in " ".join(gaps["would_give"])  # r2019 gave it
    # r2021 is in the corpus but states no 2021 target: listed as present but silent
    assert gaps.loc[gaps["report_year"] == 2021, "in_corpus"].item()
    assert gaps["report_year"].max() <= 2023  # never later than the year after the latest report
    note = cv.gap_note(gaps)
    assert note[0].startswith("甲市: adding the government work reports of 2015, 2017–2018 and 2020 would")
    assert "r2019" in note[1] and "r2021" in note[1]


def test_year_window_defaults_and_errors():
    s = _series()
    assert cv.year_window(s, DOCS, ["甲市"]) == (2015, 2021)
    assert cv.year_window(s, DOCS, ["甲市"], 2018) == (2018, 2021)
    with pytest.raises(ParameterError, match="start_year=2030 is after 2021"):
        cv.year_window(s, DOCS, ["甲市"], 2030)
    with pytest.raises(ParameterError, match="end_year=2000 is before 2015"):
        cv.year_window(s, DOCS, ["甲市"], None, 2000)


def test_years_text():
    assert cv.years_text([2016, 2017, 2018, 2021, 2023, 2024]) == "2016–2018, 2021 and 2023–2024"
    assert cv.years_text([2020]) == "2020"


def test_coverage_of_points_is_what_the_chart_draws():
    from govreport.views import charts

    points = charts.trajectory_data(_series(), ["gdp"], 2015, 2021, "en", documents=DOCS)
    points = points[points["place"] == "甲市"]
    cov = cv.coverage_of_points(points, "en")
    assert set(cov["indicator"]) == {"gdp · level (100 million yuan)"}
    assert 2016 not in set(cov["ref_year"])  # the 2016 target is a growth rate: another panel's measure
