"""Indicator names and ids typed by users resolve to registry ids."""
import pandas as pd
import pytest

from govreport.indicators.lookup import UnknownIndicatorError, indicator_ids, resolve_indicators, resolve_one


def test_id_name_english_and_synonym_resolve():
    assert resolve_one("gdp").indicator_id == "gdp"
    assert resolve_one("GDP").indicator_id == "gdp"
    assert resolve_one("地区生产总值").how == "name_zh"
    assert resolve_one("高新技术企业数").indicator_id == "hightech_enterprises"
    assert resolve_one("per-capita disposable income").indicator_id == "disposable_income"


def test_scope_prefix_and_spaces_are_ignored():
    assert resolve_one(" 全市 地区生产总值 ").indicator_id == "gdp"


def test_batch_file_names_all_resolve():
    import yaml
    from conftest import ROOT

    batches = yaml.safe_load((ROOT / "notebooks" / "batches.yaml").read_text("utf-8"))["batches"]
    for batch in batches:
        for run in batch["runs"]:
            names = run["parameters"].get("indicators", [])
            assert len(indicator_ids(names)) == len(names), names


def test_unknown_names_are_reported_not_dropped():
    out = resolve_indicators(["gdp", "完全不存在的指标", ""])
    assert out["found"].tolist() == [True, False, False]
    with pytest.raises(UnknownIndicatorError, match="完全不存在的指标"):
        resolve_indicators(["完全不存在的指标"], strict=True)


def test_duplicates_collapse_and_order_is_kept():
    assert indicator_ids(["PM2.5平均浓度", "gdp", "地区生产总值"]) == ["pm25", "gdp"]


def test_custom_table_and_hostile_input():
    table = pd.DataFrame({"indicator_id": ["x1"], "name_zh": ["测试指标"], "name_en": ["test"],
                          "unit": ["%"], "group": ["macro"], "synonyms": ["<script>"]})
    assert resolve_one("<script>", table).indicator_id == "x1"
    assert resolve_one("gdp", table) is None
    assert resolve_indicators("\x00<b>", table)["found"].tolist() == [False]
