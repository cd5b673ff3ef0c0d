"""Number parser: exact values in every supported notation, and words that only look numeric."""
from decimal import Decimal

import pytest
from hypothesis import given, settings, strategies as st

from govreport.indicators.numbers import find_numbers, find_years, parse_chinese_numeral, parse_number, to_base

_CN = "零一二三四五六七八九"


def to_chinese(n: int) -> str:
    """Write 0 <= n < 1e8 in Chinese numerals (the standard reading form)."""
    if n == 0:
        return "零"

    def below_10000(x: int) -> str:
        out, zero = "", False
        for unit, div in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d = x // div % 10
            if d:
                if zero and out:
                    out += "零"
                out += _CN[d] + unit
                zero = False
            else:
                zero = True
        return out

    high, low = divmod(n, 10000)
    text = (below_10000(high) + "万") if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + below_10000(low)
    return text


def one(text):
    found = find_numbers(text)
    assert len(found) == 1, found
    return found[0]


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=4))
def test_arabic_with_separators_and_decimals(n, places):
    value = Decimal(n) / (Decimal(10) ** places)
    text = f"{value:,}"
    assert parse_number(text) == value
    assert parse_number(text.replace(",", "")) == value


@given(st.integers(min_value=0, max_value=10**9))
def test_fullwidth_digits(n):
    full = str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    assert parse_number(full) == n


@given(st.integers(min_value=1, max_value=99_999_999))
def test_chinese_numerals(n):
    assert parse_chinese_numeral(to_chinese(n)) == n


@given(st.integers(min_value=1, max_value=99999), st.sampled_from(["万", "亿", "万亿", "千"]))
@settings(max_examples=200)
def test_mixed_multipliers_are_exact(hundredths, mult):
    value = Decimal(hundredths) / 100
    factor = {"万": 10**4, "亿": 10**8, "万亿": 10**12, "千": 10**3}[mult]
    assert parse_number(f"{value}{mult}") == value * factor
    found = one(f"收入达{value}{mult}元")
    assert found.value == value and found.unit == f"{mult}元"
    assert found.value_base == value * factor and found.unit_base == "元"


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=999))
def test_fractions_and_ratios(a, b):
    assert parse_number(f"{a}/{b}") == Decimal(a) / Decimal(b)
    r = one(f"比例为{a}：{b}，")
    assert r.value == Decimal(a) / Decimal(b) and r.unit == "比值"


@given(st.integers(min_value=1, max_value=99999), st.integers(min_value=0, max_value=2),
       st.sampled_from(["亿元", "万人", "家", "个", "%", "个百分点", "万平方米", "亿美元", "万亩", "万吨"]))
def test_number_with_unit_in_a_sentence(n, places, unit):
    value = Decimal(n) / (Decimal(10) ** places)
    found = one(f"全市某项指标达到{value}{unit}，同比提升")
    assert found.value == value
    expected_unit = "百分点" if unit == "个百分点" else unit
    assert found.unit == expected_unit
    assert (found.value_base, found.unit_base) == to_base(value, expected_unit)


def test_exact_base_values():
    assert one("发放16.4亿元").value_base == Decimal(1640000000)
    assert str(int(one("发放16.4亿元").value_base)) == "1640000000"
    n = one("预计全市地区生产总值近1.55万亿元")
    assert (n.value, n.unit, n.value_base, n.unit_base, n.qualifiers) == (
        Decimal("1.55"), "万亿元", Decimal("1550000000000"), "元", ("近",))
    assert to_base(Decimal("2.3"), "万人") == (Decimal(23000), "人")
    assert to_base(Decimal("26.6"), "亿美元") == (Decimal(2660000000), "美元")
    assert to_base(Decimal("5"), "%") == (Decimal(5), "%")
    assert to_base(Decimal("5"), "百分点")[1] == "百分点"


@pytest.mark.parametrize("text,value,unit,kind", [
    ("培育营业收入超千亿元的现代服务业集聚区", Decimal(1000), "亿元", "number"),
    ("国有企业资产总额力争突破万亿元", Decimal(1), "万亿元", "number"),
    ("37家、占全省1/4", None, None, None),
    ("实现翻一番", Decimal(2), "倍", "times"),
    ("收入比缩小至1.84：1", Decimal("1.84"), "比值", "ratio"),
    ("荣膺全国双拥模范城“八连冠”", Decimal(8), "连冠", "streak"),
    ("有望实现全省“十一连冠”", Decimal(11), "连冠", "streak"),
    ("进出口总额保持全省第二", Decimal(2), "位", "rank"),
    ("科创板上市企业7家、居全国第六", None, None, None),
    ("落实每年开工两条新线", Decimal(2), "条", "number"),
    ("新增两万人", Decimal(2), "万人", "number"),
    ("占全省四分之一", Decimal("0.25"), "比值", "fraction"),
    ("较 2015 年提高 57.1 个百分点", Decimal("57.1"), "百分点", "points"),
    ("耕地保有量≥166.24", Decimal("166.24"), "", "number"),
])
def test_notations(text, value, unit, kind):
    found = find_numbers(text)
    if value is None:
        assert found
        return
    last = found[-1]
    assert (last.value, last.unit, last.kind) == (value, unit, kind)


def test_fraction_and_rank_in_lists():
    assert [n.value for n in find_numbers("37家、占全省1/4")] == [Decimal(37), Decimal("0.25")]
    ranks = [n for n in find_numbers("科创板上市企业7家、居全国第六") if n.kind == "rank"]
    assert [r.value for r in ranks] == [Decimal(6)]


def test_structure_gives_one_share_per_part():
    found = find_numbers("三次产业结构从“十二五”期末的1.4:47.5:51.1调整为")
    assert [n.value for n in found] == [Decimal("1.4"), Decimal("47.5"), Decimal("51.1")]
    assert {n.unit for n in found} == {"%"}


def test_ranges_give_both_ends():
    found = find_numbers("增长5%-6%")
    assert [(n.value, n.unit) for n in found] == [(Decimal(5), "%"), (Decimal(6), "%")]


def test_qualifiers():
    assert one("落实现代产业发展资金超 338 亿元").qualifiers == ("超",)
    assert one("新增规上工业企业500家以上").qualifiers == ("以上",)
    assert one("增长6%左右").qualifiers == ("左右",)
    assert one("创建各类智能制造标杆1900余个").qualifiers == ("余",)


@pytest.mark.parametrize("text", [
    "坚持统一规划", "深度参与“一带一路”交汇点建设", "深刻领悟“两个确立”", "增强“四个意识”",
    "“十四五”时期", "长三角一体化", "第一时间成立指挥部", "打造一批标杆", "进一步优化",
    "细颗粒物（PM2.5）浓度", "5G基站", "地铁1号线", "行动方案6.0版", "2021 年 1 月 19 日",
    "高水平举办2023世界物联网博览会", "三次产业结构", "世界 500 强", "二〇三五年远景目标",
    "“十三五”规划", "一网通办", "千家万户", "国家级的重大科技成果数千项", "访问了数十个国家",
])
def test_words_that_only_look_numeric(text):
    assert find_numbers(text) == []


def test_a_count_noun_ending_in_shu_keeps_its_number():
    """数 ends 总数/人数 as often as it means "several": 总数十万人 is the total, 100 thousand."""
    assert [(n.value, n.unit) for n in find_numbers("总数十万人")] == [(Decimal(10), "万人")]


def test_years():
    ys = find_years("由 2015 年的 8681 亿元增至，到二〇三五年，2016—2020年")
    assert [(y.year_start, y.year_end) for y in ys] == [(2015, 2015), (2035, 2035), (2016, 2020)]
    assert [n.value for n in find_numbers("由 2015 年的 8681 亿元")] == [Decimal(8681)]


@given(st.text(max_size=60))
def test_hostile_input_never_crashes(text):
    for n in find_numbers(text):
        assert 0 <= n.start < n.end <= len(text)


def test_offsets_point_into_the_input():
    text = "全市地区生产总值由 2015 年的 8681 亿元增至 12370 亿元"
    for n in find_numbers(text):
        assert text[n.start:n.end] == n.text
    assert [n.text for n in find_numbers(text)] == ["8681 亿元", "12370 亿元"]


# ---- set phrases, units with base conversions, old notations (real reports 1954-2026)

@pytest.mark.parametrize("text", [
    "严格落实中央八项规定精神", "坚持和平共处五项原则", "充分调动两个积极性", "打好三大攻坚战",
    "实现两个“一百年”奋斗目标", "增强“四个意识”、坚定“四个自信”", "坚持四项基本原则", "实现四个现代化",
    "百花齐放、百家争鸣", "破除城乡二元结构", "大庆原油产量在十几年间", "得到的经济效益往往是全部研究经费的几十倍",
    "中美三个公报", "这两个会议一定能够", "继续把好土地、信贷两个闸门",       # small Chinese counts of 个: rhetoric
])
def test_set_phrases_are_not_numbers(text):
    assert find_numbers(text) == []


def test_small_counts_in_a_list_of_counts_stay():
    assert [n.value for n in find_numbers("三个铁矿，八个选矿厂和烧结厂，六座自动化的炼铁高炉")] == [3, 8, 6]


def test_set_phrases_come_from_a_data_file_anyone_can_extend():
    from govreport.indicators.numbers import set_phrases

    sp = set_phrases()
    assert "八项规定" in sp["phrases"] and "{n}个积极性" in sp["patterns"]


@pytest.mark.parametrize("text, value, unit, base, base_unit", [
    ("粮食综合生产能力保持在1.3万亿斤以上", "1.3", "万亿斤", "650000000", "吨"),
    ("退耕还林382万公顷", "382", "万公顷", "57300000", "亩"),
    ("棉花产量达到3，036万担", "3036", "万担", "1518000", "吨"),
    ("新增发电装机容量一千九百五十万千瓦", "1950", "万千瓦", "19500000", "千瓦"),
    ("全社会用电量增长到8.3万亿千瓦时", "8.3", "万亿千瓦时", "8300000000000", "千瓦时"),
    ("集装箱吞吐量2.6亿标准箱", "2.6", "亿标准箱", "260000000", "标准箱"),
    ("接待游客525.6万人次", "525.6", "万人次", "5256000", "人次"),
    ("农村危房改造190万户", "190", "万户", "1900000", "户"),
    ("功率为7,000瓩的原子反应堆", "7000", "瓩", "7000", "千瓦"),
    ("发电量3，120亿度", "3120", "亿度", "312000000000", "千瓦时"),
    ("发电量达到4455亿千瓦小时", "4455", "亿千瓦小时", "445500000000", "千瓦时"),   # 1980s wording
    ("平板玻璃7600多万重量箱", "7600", "万重量箱", "76000000", "重量箱"),
    ("木材运出能力四百八十五万立方公尺", "485", "万立方公尺", "4850000", "立方米"),
])
def test_units_and_base_conversions(text, value, unit, base, base_unit):
    n = one(text)
    assert (n.value, n.unit, n.value_base, n.unit_base) == (Decimal(value), unit, Decimal(base), base_unit)


@pytest.mark.parametrize("text, value, unit, kind, quals", [
    ("积累率由一九七八年的百分之三十六点五", "36.5", "%", "percent", ()),
    ("千分之三", "3", "‰", "number", ()),
    ("播种面积安排为十八亿三千九百二十六万亩", "183926", "万亩", "number", ()),
    ("投资四百二十七亿四千万元", "4274000", "万元", "number", ()),
    ("居民储蓄存款新增4万多亿元", "4", "万亿元", "number", ("余",)),
    ("农村贫困人口减少1亿多", "1", "亿", "number", ("余",)),
    ("支持2.2万多所农村中小学", "2.2", "万所", "number", ("余",)),
    ("低产田有七亿多亩", "7", "亿亩", "number", ("余",)),
    ("粮食产量实现“十二连增”", "12", "年", "streak", ()),
    ("在国家考核中获“六连优”", "6", "次", "streak", ()),
    ("一般公共预算收入达万亿级规模", "1", "万亿元", "number", ("级",)),
    ("地方政府定价项目减少一半以上", "0.5", "比值", "fraction", ("以上",)),
    ("经济总量稳居世界第二位", "2", "位", "rank", ("世界",)),
    ("稳居发展中国家首位", "1", "位", "rank", ("发展中国家",)),
    ("我国缔结或者参加国际条约1 8 7个", "187", "个", "number", ()),
    ("近14亿人口的发展中大国", "14", "亿", "number", ("近",)),
])
def test_more_notations(text, value, unit, kind, quals):
    n = [m for m in find_numbers(text)][-1]
    assert (n.value, n.unit, n.kind, n.qualifiers) == (Decimal(value), unit, kind, quals)


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=0, max_value=9))
def test_chinese_percents_are_exact(whole, tenth):
    text = "增长百分之" + to_chinese(whole) + ("点" + _CN[tenth] if tenth else "")
    n = one(text)
    assert (n.unit, n.kind) == ("%", "percent")
    assert n.value == Decimal(whole) + Decimal(tenth) / 10


@given(st.integers(min_value=1, max_value=9999), st.integers(min_value=1, max_value=9999),
       st.sampled_from(["亩", "吨", "元", "人"]))
def test_compound_chinese_numerals_keep_their_multiplier(yi, wan, unit):
    # 十八亿三千九百二十六万亩 = 183926 万亩: value in the trailing multiplier, base value exact
    n = one(to_chinese(yi) + "亿" + to_chinese(wan) + "万" + unit)
    assert n.unit == "万" + unit
    assert n.value == Decimal(yi * 10**4 + wan)
    assert n.value_base == to_base(Decimal(yi * 10**8 + wan * 10**4), unit)[0]


@pytest.mark.parametrize("text, value, unit", [
    # 多/余 between a Chinese numeral and its unit (seed 7143: they were not read at all)
    ("五年招收研究生四万三千多人。", 43000, "人"), ("共有一万三千多项", 13000, "项"), ("四十多个", 40, "个"),
    ("一百多个县", 100, "个"), ("高等学校学生五千五百余人", 5500, "人"),
])
def test_more_between_a_chinese_numeral_and_its_unit(text, value, unit):
    got = [(float(n.value), n.unit, n.qualifiers) for n in find_numbers(text)]
    assert got == [(value, unit, ("余",))]


@pytest.mark.parametrize("text, quals", [
    # 以上/左右 after a fraction (seed 7143: 比上年减少1/3以上 had no 以上)
    ("专项转移支付项目比上年减少1/3以上", ("以上",)), ("占三分之一以上", ("以上",)), ("1/4左右", ("左右",)),
    ("已经达到一九四九年的九倍多", ("余",)), ("增长1.5倍多", ("余",)),   # (多 after 倍, seed 7147)
])
def test_suffix_qualifiers_of_a_fraction(text, quals):
    assert [n.qualifiers for n in find_numbers(text)] == [quals]


def test_a_middle_dot_between_digits_is_a_decimal_point():
    # 全年增长19·5％ was read as 5% (seed 7146); a dot in a foreign name is no number
    got = [(n.text, float(n.value), n.unit) for n in find_numbers("全年增长19·5％，全社会固定资产投资增长14·1％，马克思·恩格斯")]
    assert got == [("19·5％", 19.5, "%"), ("14·1％", 14.1, "%")]

def test_a_middle_dot_between_digits_is_a_decimal_point():
    # seed 8142: 城镇居民人均可支配收入实际增长5·8％ (OCR of 5.8％)
    (n,) = find_numbers("城镇居民人均可支配收入实际增长5·8％")
    assert (n.text, float(n.value), n.unit) == ("5·8％", 5.8, "%")


def test_a_chinese_numeral_with_more_before_its_unit():
    # 十九万五千多个, 四万三千多人: 多 between the numeral and the unit (as 300多个)
    got = [(n.text, float(n.value), n.unit, n.qualifiers) for n in find_numbers("工业企业由十九万五千多个增加到三十七万七千多个，招收研究生四万三千多人")]
    assert got == [("十九万五千多个", 195000.0, "个", ("余",)), ("三十七万七千多个", 377000.0, "个", ("余",)),
                   ("四万三千多人", 43000.0, "人", ("余",))]

def test_cloth_in_chi_is_a_unit():
    # 呢绒将增加约六百六十万尺 was read as 660 万 (seed 7148); 公尺 stays metres
    assert [(n.text, n.unit, n.unit_base) for n in find_numbers("呢绒将增加约六百六十万尺，高一百公尺")] == [
        ("六百六十万尺", "万尺", "尺"), ("一百公尺", "公尺", "公里")]



def test_units_times_size_is_one_number():
    # known open kind (numbers9): 2×35万千瓦 (two units of 35万千瓦) was read as 35万千瓦 and a bare 2
    got = [(n.text, float(n.value), n.unit) for n in find_numbers("开工建设伊敏电厂三期2×35万千瓦机组，PM2.5浓度下降5%")]
    assert got == [("2×35万千瓦", 70.0, "万千瓦"), ("5%", 5.0, "%")]


def test_a_bare_zero_before_a_measure_word_is_a_word():
    # seed 7181 (numbers9): 仅零件报废一项 was read as 0 件; 零件 is "parts"
    assert [(n.text, float(n.value), n.unit) for n in find_numbers("仅零件报废一项，汽车零件3000件，增长零点五倍")] == [
        ("3000件", 3000.0, "件"), ("零点五倍", 0.5, "倍")]
