"""Indicator registry: names, synonyms, rates of an indicator, flows vs stocks, unknown names."""
from govreport.indicators.registry import load_registry


def test_synonyms_and_scope_prefixes_map_to_one_indicator():
    r = load_registry()
    assert r.match("全市地区生产总值").indicator_id == r.match("GDP").indicator_id == "gdp"


def test_a_rate_of_an_indicator_maps_to_the_indicator():
    r = load_registry()
    assert r.match("地区生产总值增长率").indicator_id == "gdp"
    assert r.match("地区生产总值年均增幅").indicator_id == "gdp"


def test_a_flow_is_not_mapped_to_the_stock():
    r = load_registry()
    assert r.match("高新技术企业").indicator_id == "hightech_enterprises"
    m = r.match("新增高新技术企业")
    assert not m.mapped and m.indicator_id == "unmapped:新增高新技术企业"


def test_unknown_names_are_kept_unmapped():
    m = load_registry().match("古运河（东门段）等")
    assert not m.mapped and m.name_zh == "古运河（东门段）等"
