"""Parameter checking: one clear sentence naming the bad value and the valid choices."""
import json

import pandas as pd
import pytest

from govreport.views.choices import corpus_choices
from govreport.views.data import Tables
from govreport.views.params import (ParameterError, markdown_table, parse_spec, spec_of_notebook, suggestions,
                                    static_choices, used_line, validate)

DOCS = pd.DataFrame({
    "doc_id": ["cn-2021", "cn-2022", "js-2022", "wx-plan", "cn-2022-news"],
    "place": ["中国", "中国", "江苏省", "无锡市", "中国"],
    "doc_type": ["gov_work_report", "gov_work_report", "gov_work_report", "five_year_plan", "gov_work_report"],
    "report_year": [2021, 2022, 2022, 2021, 2022],
    "is_canonical": [True, True, True, True, False],
})
REGISTRY = pd.DataFrame({
    "indicator_id": ["gdp", "pm25", "rd_share_gdp", "urban_new_jobs"],
    "name_zh": ["地区生产总值", "PM2.5平均浓度", "研发经费投入占GDP比重", "城镇新增就业"],
    "name_en": ["GDP", "PM2.5 average concentration", "R&D share of GDP", "new urban jobs"],
    "unit": ["亿元", "微克/立方米", "%", "万人"], "group": ["macro", "environment", "innovation", "livelihoods"],
    "synonyms": ["国内生产总值;经济总量", "细颗粒物", "", "新增就业"],
})


def _series_row(place, ind, year, status="actual", source=""):
    return {"place": place, "indicator_id": ind, "ref_year": year, "status": status, "target_source": source}


SERIES = pd.DataFrame([
    _series_row("中国", "gdp", 2020), _series_row("中国", "gdp", 2021), _series_row("中国", "gdp", 2022, "target", "annual_report"),
    _series_row("中国", "urban_new_jobs", 2021), _series_row("江苏省", "gdp", 2021),
    _series_row("无锡市", "pm25", 2025, "target", "five_year_plan"),
])
THEMES = pd.DataFrame({"theme_id": ["digital", "green"], "name_zh": ["数字经济", "绿色低碳"],
                       "name_en": ["Digital economy", "Green transition"], "term": ["数字", "绿色"]})
TABLES = Tables.from_frames({"documents": DOCS, "series": SERIES, "indicators": REGISTRY, "themes": THEMES})

SPEC = parse_spec({
    "places": {"type": "list[str]|null", "default": None, "choices": "places"},
    "indicators": {"type": "list[str]|null", "default": None, "choices": "indicators"},
    "group": {"type": "str|null", "default": None, "choices": "indicator_groups", "conflicts_with": "indicators"},
    "start_year": {"type": "int|null", "default": None, "choices": "years"},
    "end_year": {"type": "int|null", "default": None, "choices": "years", "not_before": "start_year"},
    "measure": {"type": "str|null", "default": None, "choices": ["level", "growth_rate", "share"]},
    "themes": {"type": "list[str]|null", "default": None, "choices": "themes"},
    "report": {"type": "str|null", "default": None, "choices": "reports"},
    "goal_year": {"type": "int|null", "default": None, "choices": "goal_years"},
    "language": {"type": "str", "default": "zh", "choices": ["zh", "en"]},
    "ncols": {"type": "int", "default": 2, "min": 1, "max": 4},
    "alpha": {"type": "float", "default": 0.05, "min": 0.0001, "max": 0.5},
    "examples": {"type": "bool", "default": True},
    "processed_dir": {"type": "path|null", "default": None},
})
DEFAULTS = {p.name: p.default for p in SPEC}


def check(**changes):
    return validate({**DEFAULTS, **changes}, SPEC, corpus_choices(TABLES))


def error(**changes) -> str:
    with pytest.raises(ParameterError) as info:
        check(**changes)
    message = str(info.value)
    assert "\n" not in message and message.endswith((".", "?")), message  # one sentence, one line
    return message


def test_defaults_pass_unchanged():
    assert check() == DEFAULTS


def test_names_resolve_to_canonical_values():
    out = check(places=["江苏"], indicators=["GDP", "经济总量", "地区生产总值"], themes=["数字经济", "Green transition"],
                language="EN", measure="share")
    assert out["places"] == ["江苏省"]
    assert out["indicators"] == ["gdp"]  # three names for one indicator, kept once
    assert out["themes"] == ["digital", "green"]
    assert out["language"] == "en" and out["measure"] == "share"


def test_the_issues_bad_values_fail_with_the_valid_choices():
    msg = error(indicators=["不存在的指标"])
    assert "'不存在的指标' is not an indicator" in msg and "地区生产总值 (gdp)" in msg
    msg = error(start_year=2030)
    assert "start_year=2030" in msg and "2020 to 2025" in msg
    assert "did you mean 'growth_rate'" in error(measure="growthrate")
    assert "did you mean 'digital'" in error(themes=["digtal"])
    assert error(start_year="abc") == "start_year='abc' is not a whole number."


def test_a_growth_rate_name_is_not_taken_for_the_level():
    msg = error(indicators=["GDP增长率"])
    assert "地区生产总值 (gdp)" in msg and "measure='growth_rate'" in msg


def test_known_indicator_without_values_says_so():
    assert "has no values in this corpus" in error(indicators=["研发经费投入占GDP比重"])
    # values depend on the places chosen: pm25 exists only for 无锡市
    assert check(places=["无锡市"], indicators=["pm25"])["indicators"] == ["pm25"]
    assert "has no values in this corpus for 中国" in error(places=["中国"], indicators=["pm25"])


def test_years_and_order():
    assert check(start_year="2021", end_year=2022)["start_year"] == 2021
    assert "end_year=2020 is before start_year=2021" in error(start_year=2021, end_year=2020)
    assert "not a whole number" in error(ncols=2.5)
    assert "out of range" in error(ncols=9)
    assert "out of range" in error(alpha=0.9)


def test_a_year_with_reports_of_several_places_must_be_named():
    assert check(report="2021")["report"] == "cn-2021"
    assert check(report=2021)["report"] == "cn-2021"  # YAML reads a bare year as a number
    msg = error(report=2022)
    assert "2022 has 2 reports" in msg and "cn-2022" in msg and "js-2022" in msg
    assert check(places=["江苏省"], report=2022)["report"] == "js-2022"
    assert "is not a report" in error(report="cn-2022-news")  # another version is not a report to pick


def test_groups_and_goal_years_come_from_the_data():
    assert check(group="livelihoods")["group"] == "livelihoods"
    assert "no indicator of group 'innovation' has values" in error(group="innovation")
    assert "are both set" in error(indicators=["gdp"], group="macro")
    assert check(goal_year=2025)["goal_year"] == 2025
    assert "is not a year with five-year plan goals" in error(goal_year=2020)


def test_types():
    assert check(indicators="gdp")["indicators"] == ["gdp"]  # one name is a list of one
    assert "is empty" in error(indicators=[])
    assert "may not be None" in error(language=None)
    assert check(examples="false")["examples"] is False
    assert "is not True or False" in error(examples="maybe")
    assert "is not a list" in error(themes={"a": 1})
    assert "not defined" in str(pytest.raises(ParameterError, validate, {}, SPEC).value)


def test_suggestions_find_substrings_of_chinese_names():
    c = static_choices(parse_spec({"x": {"type": "str", "choices": ["城镇新增就业", "地区生产总值"]}})[0])
    assert suggestions("新增就业", c) == ["'城镇新增就业'"]


def test_spec_errors_are_caught():
    with pytest.raises(ValueError, match="unknown type"):
        parse_spec({"x": {"type": "number"}})
    with pytest.raises(ValueError, match="choices"):
        parse_spec({"x": {"type": "str", "choices": "planets"}})


def test_markdown_table_and_used_line():
    spec = parse_spec({"a": {"type": "int", "default": 2, "doc": "x | y"}, "b": {"type": "str|null"}})
    assert markdown_table(spec).splitlines()[2:] == ["| `a` | `2` | x \\| y |", "| `b` | `None` |  |"]
    assert used_line({"a": 1, "b": ["x"], "processed_dir": "/p"}) == "Parameters used: a = 1; b = ['x']"


def test_spec_is_read_from_notebook_metadata():
    nb = json.loads(json.dumps({"metadata": {"govreport": {"parameters": {"n": {"type": "int", "default": 3}}}}}))
    assert [(p.name, p.default) for p in spec_of_notebook(nb)] == [("n", 3)]
    assert spec_of_notebook({"metadata": {}}) == []
