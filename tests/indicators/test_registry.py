"""Indicator registry: names, synonyms, rates of an indicator, flows vs stocks, unknown names."""
from govreport.indicators.registry import load_registry


def test_synonyms_and_scope_prefixes_map_to_one_indicator():
    r = load_registry()
    assert r.match("全市地区生产总值").indicator_id == r.match("GDP").indicator_id == "gdp"


def test_a_rate_of_an_indicator_maps_to_the_indicator():
    r = load_registry()
    assert r.match("地区生产总值增长率").indicator_id == "gdp"
    assert r.match("地区生产总值年均增幅").indicator_id == "gdp"


def test_a_flow_of_a_stock_maps_to_the_stock_as_such():
    r = load_registry()
    assert r.match("高新技术企业").indicator_id == "hightech_enterprises"
    m = r.match("净增高新技术企业")      # the caller records the number as a change of the stock
    assert (m.indicator_id, m.rule, m.stock_flow) == ("hightech_enterprises", "flow_of_stock", "stock")


def test_unknown_names_are_kept_unmapped():
    m = load_registry().match("古运河（东门段）等")
    assert not m.mapped and m.name_zh == "古运河（东门段）等"
