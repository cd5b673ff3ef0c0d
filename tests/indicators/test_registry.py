"""Indicator registry: names, synonyms, rates of an indicator, flows vs stocks, unknown names."""
import pytest

from govreport.indicators.registry import Registry, load_registry


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


def test_match_evidence_score_and_rule():
    r = load_registry()
    m = r.match("城镇调查失业率")
    assert (m.indicator_id, m.rule, m.score) == ("unemployment_rate", "name", 100.0)
    assert r.match("国内生产总值增速").rule == "rate_suffix"
    m = r.match("江苏省规上工业增加值")        # any place name in front, no list of places
    assert (m.indicator_id, m.rule, m.score) == ("industrial_value_added", "name", 100.0)   # the place dropped
    assert r.match("海拉尔区地区生产总值").indicator_id == "gdp"
    m = r.match("城镇居民家庭人均可支配收入")   # a close variant: fuzzy, with its score
    assert (m.indicator_id, m.rule) == ("urban_disposable_income", "fuzzy") and 85 <= m.score < 100


def test_growth_synonyms_need_a_growth_rate():
    r = load_registry()
    assert not r.match("经济增长预期目标").mapped
    m = r.match("经济增长预期目标", "growth_rate")
    assert (m.indicator_id, m.rule) == ("gdp", "growth_synonym")


@pytest.mark.parametrize("phrase", [
    "农村居民人均可支配收入增长",      # must not become the urban indicator
    "城镇居民人均可支配收入",
])
def test_urban_and_rural_never_swap(phrase):
    m = load_registry().match(phrase)
    assert ("城镇" in phrase) == (m.indicator_id == "urban_disposable_income")
    assert ("农村" in phrase) == (m.indicator_id == "rural_disposable_income")


@pytest.mark.parametrize("phrase", [
    "为市场主体减负",        # 市场主体 inside, but not the head of the phrase
    "经济总量世界排名",      # a rank is not the indicator
    "服务业增加值率",        # another quantity of the same noun
    "古运河（东门段）等",
    "长期建设国债",          # one kind of treasury bond
    "涉农贷款余额",          # one kind of loan, not all loans
    "钢材产量",              # rolled steel is not crude steel
    "外贸进口",              # imports are a part of total trade (no imports indicator registered)
    "中央预算内水利投资",    # one purpose of the central budget's investment
    "消费贷款余额",          # consumer loans are not all loans
    "重点贫困县",            # poor counties are not counties lifted out of poverty
    "发电机",                # generators made (seed 6142, names9) are not the capacity installed
    "",
])
def test_unmapped_rather_than_wrong(phrase):
    assert not load_registry().match(phrase).mapped


def test_stocks_and_flows_do_not_mix():
    r = load_registry()
    assert r.match("高层次人才总量").indicator_id == "high_level_talent_total"
    assert r.match("引进高层次人才").indicator_id == "high_level_talent"
    assert r.match("高层次人才总量").stock_flow == "stock" and r.match("引进高层次人才").stock_flow == "flow"


def test_registry_names_are_unique_and_table_has_evidence_columns():
    r = load_registry()
    t = r.table()
    assert {"stock_flow", "levels"} <= set(t.columns)
    assert t["indicator_id"].is_unique
    # the standard indicators governments report are there
    for name in ["国内生产总值", "人均地区生产总值", "第一产业增加值", "规模以上工业增加值", "固定资产投资", "社会消费品零售总额",
                 "进出口总额", "实际使用外资", "一般公共预算收入", "一般公共预算支出", "赤字率", "地方政府专项债券",
                 "居民消费价格涨幅", "城镇新增就业", "城镇调查失业率", "城镇居民人均可支配收入", "农村居民人均可支配收入",
                 "粮食产量", "单位国内生产总值能耗", "单位国内生产总值二氧化碳排放", "PM2.5平均浓度", "空气质量优良天数比率",
                 "地表水国考断面水质优Ⅲ类比例", "研发经费投入强度", "高新技术企业", "数字经济核心产业增加值占GDP比重",
                 "常住人口城镇化率", "人均预期寿命"]:
        assert r.match(name).mapped, name
    with pytest.raises(ValueError, match="shared by several"):
        Registry([{"id": "a", "name_zh": "甲指标", "name_en": "a"}, {"id": "b", "name_zh": "乙", "name_en": "b",
                                                                    "synonyms": ["甲指标"]}])


@pytest.mark.parametrize("phrase, indicator", [
    ("中央财政赤字", "central_fiscal_deficit"),          # a part of the deficit, not the whole
    ("财政赤字", "fiscal_deficit"),
    ("中央对地方均衡性转移支付", "equalisation_transfers"),  # one kind of transfer, not all of them
    ("中央对地方转移支付", "transfer_payments"),
    ("外贸出口", "exports"),                            # exports are not total trade (出口 inside 进出口)
    ("外贸进出口", "trade_total"),
    ("城乡居民储蓄存款", "household_savings"),          # urban and rural together are the whole
])
def test_parts_do_not_map_to_their_whole(phrase, indicator):
    assert load_registry().match(phrase).indicator_id == indicator


@pytest.mark.parametrize("phrase, measure, indicator", [
    # standard indicators of national and district reports (held-out reports of 2005, 2013, 2018)
    ("贫困发生率", "level", "poverty_rate"),
    ("农业转移人口", "cumulative", "migrants_settled"),
    ("下岗失业人员再就业", "level", "reemployment"),
    ("农作物播种面积", "level", "crop_area"),
    ("牧业年度牲畜存栏", "level", "livestock_stock"),
    ("出境旅游人次", "level", "outbound_tourists"),
    ("对世界经济增长贡献率", "level", "world_growth_contribution"),
    ("消费对经济增长贡献率", "level", "consumption_contribution"),   # not the world's
    ("实际使用外商直接投资", "level", "fdi_utilised"),
    ("城乡居民可支配收入", "growth_rate", "disposable_income"),
    ("行政法规", "level", "regulations_made"),
    # a sector's growth is its value added's (规模以上工业增长6.1%, 高技术制造业年均增长11.7%)
    ("高技术制造业", "growth_rate", "hightech_manufacturing_va"),
    ("规模以上工业", "growth_rate", "industrial_value_added"),
    # a place and 年 before the name (海拉尔机场年旅客吞吐量)
    ("海拉尔机场年旅客吞吐量", "level", "airport_passengers"),
    # yearbook indicators of cities and provinces
    ("建筑业增加值", "growth_rate", "construction_value_added"),
    ("农林牧渔业总产值", "growth_rate", "agriculture_output"),
    ("研发经费支出占地区生产总值比重", "share", "rd_share_gdp"),
    ("金融机构人民币贷款余额", "level", "rmb_loans_outstanding"),   # not loans in all currencies
    ("技术合同成交额", "level", "tech_contract_value"),
    ("居民人均消费支出", "growth_rate", "consumption_per_capita"),
    ("港口集装箱吞吐量", "level", "container_throughput"),
    ("每千人口医疗机构床位数", "level", "hospital_beds_per_1000"),
    ("单位国内生产总值水耗", "growth_rate", "water_use_per_gdp_decline"),   # 能耗、水耗均下降20%: two indicators
])
def test_standard_indicators_of_unseen_reports(phrase, measure, indicator):
    assert load_registry().match(phrase, measure).indicator_id == indicator


@pytest.mark.parametrize("phrase", ["高技术制造业", "规模以上工业"])
def test_a_sector_alone_is_no_level(phrase):
    assert not load_registry().match(phrase, "level").mapped   # 规模以上工业 N 家 is a count of firms


@pytest.mark.parametrize("phrase", ["地方政府专项债务", "中央财政医疗卫生支出", "农村居民人均消费支出"])
def test_near_names_of_other_quantities_stay_unmapped(phrase):
    assert not load_registry().match(phrase).mapped   # debt is not bonds; a part is not its whole
