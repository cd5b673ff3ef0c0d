"""Numbers that are not facts of the place (hand checks of real reports, seeds 2001 …), and the
year, status and measure of real sentences the same hand checks found wrong.

A set-aside number is not an observation and is listed, with its reason, in ``set_aside``
(the ``numbers_set_aside`` table); the counter-cases keep numbers that look alike but are facts.
"""
from __future__ import annotations

import pandas as pd
import pytest

from govreport.indicators import not_facts
from govreport.indicators.extract import SET_ASIDE_COLUMNS, extract_observations
from govreport.indicators.numbers import find_numbers
from sentence_fixtures import sentence_tables


def build(report_year: int, paragraphs: list[tuple[str, list[str]]]) -> tuple[pd.DataFrame, list[dict]]:
    aside: list[dict] = []
    return extract_observations(*sentence_tables(report_year, paragraphs), set_aside=aside), aside


SET_ASIDE = [
    # (case, report year, part, sentence, {number as written: reason})
    ("a radius inside the name of a rate (Wuxi dev gold)", 2021, "plan", "城市公园绿地500米服务半径覆盖率大于90%。",
     {"500米": "in_a_name"}),
    ("the voltage class of a facility (Hailar 2012)", 2012, "review", "天富城市燃气、产业基地220千伏变电站等项目进展顺利。",
     {"220千伏": "in_a_name"}),
    ("numbers of a long quoted slogan (Wuxi)", 2021, "review", "构建“24小时不打烊、360度无死角”服务体系。",
     {"24小时": "name_in_quotes", "360度": "name_in_quotes"}),
    ("the four leading bodies (Wuxi)", 2021, "review", "这是市四套班子领导和各位老领导等方面大力支持的结果。", {"四套班子": "set_phrase"}),
    ("sizes of units listed with 和 (seed 9605)", 1959, "five_year_review",
     "我们已经能够自己设计和建设一些比较大型的工业企业，象年产一百五十万吨钢的钢铁联合企业，年产二百四十万吨煤的煤矿，"
     "设备总容量为一百万千瓦的水电站和六十五万千瓦的火电站，等等。",
     {"一百五十万吨": "in_a_name", "二百四十万吨": "in_a_name", "一百万千瓦": "in_a_name", "六十五万千瓦": "in_a_name"}),
    ("a stretch of years ahead is no quantity (seed 9605)", 2004, "plan",
     "今年，要继续集中力量完成国家中长期科学和技术发展规划的编制，确定未来15年我国科技发展战略、目标、任务和政策。",
     {"15年": "duration"}),
    ("a number with a unit inside a quoted name", 2023, "plan", "新建100个“15分钟健身圈”，推广“1小时通勤圈”经验。",
     {"15分钟": "name_in_quotes", "1小时": "name_in_quotes"}),
    ("hypothetical 只要…就 with a number in the condition", 1955, "plan",
     "中央和地方的国营工业的劳动生产率只要提高百分之一，就可以每年为国家增产一万六千亿元。",
     {"百分之一": "hypothetical", "一万六千亿元": "hypothetical"}),
    ("hypothetical 如果", 1955, "plan", "如果每件棉纱平均少用两斤棉花，全国每年就可以至少增产两万件棉纱。",
     {"两斤": "hypothetical", "两万件": "hypothetical"}),
    ("hypothetical 每增长", 2016, "review", "现在国内生产总值每增长1个百分点的增量，相当于5年前1.5个百分点、10年前2.5个百分点的增量。",
     {"1个百分点": "hypothetical", "5年": "hypothetical", "1.5个百分点": "hypothetical", "10年": "hypothetical",
      "2.5个百分点": "hypothetical"}),
    ("an example of a part of the place", 1956, "plan",
     "纺织工业产品的质量一般比去年有了显著的提高，但是在某些地区还比较落后，例如辽宁省纺织系统的13种主要产品，在第一季度就有7种没有完成质量计划。",
     {"13种": "example", "7种": "example"}),
    ("an example inside brackets ends there", 1960, "review",
     "纲要要求在十二年内基本消灭和积极防治的疾病，有的已经基本消灭和防治住了（例如天花、鼠疫等），血吸虫病的患者已经治疗了百分之七十。", {}),
    ("another country as the sentence's subject", 1959, "review",
     "英国的煤产量在二十世纪初期曾经两次接近三亿吨，但是，最近二十多年来，一直处于下降和停滞的状态，到一九五八年只有二亿二千万吨左右，已经落在我国的后边。",
     {"三亿吨": "other_place", "二亿二千万吨": "other_place"}),
    ("another country after a topic", 1959, "review",
     "拿钢来说，英国早在一八八○年，年产量就已经达到一百三十一万吨，到一九三五年，年产量才增加到一千零二万吨。",
     {"一百三十一万吨": "other_place", "一千零二万吨": "other_place"}),
    ("alternatives of an illustration", 1958, "plan",
     "根据许多调查，在保证工程质量的一般情况下，现在就可以用六十元、七十元或者八十元，去办过去要用一百元钱才能办好的事情了。",
     {"六十元": "alternatives", "七十元": "alternatives", "八十元": "alternatives",
      "一百元": "alternatives"}),   # (the illustration's other side, seed 7148)
    ("a concession 即使…来说", 1957, "review",
     "即使以基本建设投资多了十五亿元到二十亿元来说，也只占去年全部支出的5—6%，仍然是局部性质的缺点。",
     {"十五亿元": "hypothetical", "二十亿元": "hypothetical", "5": "hypothetical", "6%": "hypothetical"}),
    ("a document's name", 2011, "plan", "认真落实国务院关于鼓励引导民间投资新36条，抓紧制定公开透明的市场准入标准和支持政策。",
     {"36条": "in_a_name"}),
    ("the size of one unit of a kind", 1955, "plan",
     "五年内开始建设的二个重型机器制造厂，在建设完成后，按照设计能力，它们的产品每年可以装备一个年产一百六十万吨钢的钢铁联合企业。",
     {"一百六十万吨": "in_a_name"}),
    ("a condition without a number and what it could do", 1955, "plan",
     "这一笔资金，如用之于工业建设，就可以建设一个年产一百五十万吨钢铁的冶金企业，或三十个五万千瓦规模的电站，或五个年产一万五千辆拖拉机的工厂；",
     {"一百五十万吨": "hypothetical", "三十个": "hypothetical", "一万五千辆": "hypothetical", "五万千瓦": "threshold"}),
    ("another country's people, counted vaguely (数百万: no number, as 几百万; listed as vague)", 1988, "five_year_review",
     "我们希望看到有各方参加的阿富汗联合政府早日成立，看到数百万阿富汗难民能够安全地返回家园，重享和平生活。", {"数百万": "vague"}),
    ("the time left until an event is a countdown (seed 9501)", 1997, "plan",
     "现在，离香港回归祖国只有122天了，各项准备工作正在有条不紊地进行。", {"122天": "duration"}),
    ("a sentence about one unit", 1954, "review",
     "这个工程因为盲目采购材料而积压资金一百四十四亿余元，因为材料使用的浪费损失十八亿余元。",
     {"一百四十四亿余元": "example", "十八亿余元": "example"}),
    ("a plant of a kind someone boasted of", 1955, "plan",
     "他们在一个很长的时间内曾经大肆吹嘘要建立一个什么年产十万吨的钢铁厂，一年又一年地过去了。", {"十万吨": "in_a_name"}),
    ("the articles of a rule (seed 5000 list)", 2016, "plan", "严格执行自治区28条规定，持之以恒纠正“四风”。",
     {"28条": "rule_count"}),
    ("a rule's threshold", 1957, "plan", "限额以上的建设项目的投资限额为五百万元。", {"五百万元": "threshold"}),
    # seed 6142 (names9): an age right after a count qualifies whom it counts, though an amount follows in the clause
    ("an age after a count", 2014, "review", "为1467位80岁以上低收入老年人发放高龄补贴176万元。", {"80岁": "threshold"}),
    ("what one person's method gives", 1955, "plan",
     "吉林省四平市李川江的“大豆榨油操作法”，每百斤大豆可以多出油十三斤。", {"十三斤": "example", "百斤": "denominator"}),
    ("a doubling criticised as a slogan", 1982, "plan", "不能脱离实际，一味追求提前翻番。", {"翻番": "slogan"}),
    ("a set phrase is listed, not read", 2016, "plan", "驰而不息落实八项规定精神。", {"八项规定": "set_phrase"}),
    ("the nation's peoples as an epithet (seed 9201)", 2018, "plan", "建设56个民族共同团结奋斗、共同繁荣发展的美好家园。",
     {"56个民族": "set_phrase"}),
    ("one factory singled out (最突出的如)", 1954, "review", "最突出的如沈阳染料厂一九五三年竟完成了利润计划的百分之五百以上。",
     {"百分之五百": "example"}),
    ("a list of the sizes of units of a kind", 1959, "review",
     "我们已经能够自己设计和建设一些比较大型的工业企业，象年产一百五十万吨钢的钢铁联合企业，年产二百四十万吨煤的煤矿。",
     {"一百五十万吨": "in_a_name", "二百四十万吨": "in_a_name"}),
    ("the age of an era", 2016, "plan", "中国改革开放30多年的辉煌成就，就是广大干部群众干出来的。", {"30多年": "duration"}),
    ("a slogan of the people", 1964, "plan", "我们从来相信，占人口百分之九十五以上的人民群众是要革命的。",
     {"百分之九十五以上的人民": "set_phrase"}),
    ("the sizes of one machine of a kind", 1955, "plan", "我国就能够制造每台容量一万二千千瓦、二万五千千瓦以至五万千瓦的发电设备。",
     {"一万二千千瓦": "in_a_name", "二万五千千瓦": "in_a_name", "五万千瓦": "in_a_name"}),
    ("a name in quotes", 2013, "plan", "全力支持呼伦贝尔经济技术开发区打造“双百亿”园区，协助做好招商引资和项目入驻。",
     {"百亿": "name_in_quotes"}),
    # seed 7174 (numbers9): the points of an argument
    ("the points an argument counts (关键是三条)", 1982, "plan", "企业整顿的关键是三条。", {"三条": "rule_count"}),
    # seed 7175 (numbers9): a count of measures announced, ending the sentence (the list follows in the next ones)
    ("a count of measures ending the sentence", 2016, "plan", "今年将采取三项举措。", {"三项": "rule_count"}),
    ("a count of work items ending the sentence", 2010, "plan", "积极稳妥推进医药卫生体制改革，全面落实五项重点工作。", {"五项": "rule_count"}),
    # context (Wuxi 2024 plan): 其中超50亿元15个 — the amount is the bar of a class of the projects counted, not an amount
    ("the bar of a class of projects (Wuxi)", 2024, "plan",
     "强化产业链招商、“一把手”招商、资本招商、机构招商、乡贤招商，新备案超10亿元项目80个以上，其中超50亿元15个、超100亿元8个，市重大产业项目新开工110个、竣工100个。",
     {"10亿元": "threshold", "50亿元": "threshold", "100亿元": "threshold"}),
]


@pytest.mark.parametrize("name, year, part, text, expected", SET_ASIDE, ids=[c[0] for c in SET_ASIDE])
def test_numbers_that_are_not_facts_are_set_aside_with_a_reason(name, year, part, text, expected):
    obs, aside = build(year, [(part, [text])])
    got = {r["value_text"]: r["reason"] for r in aside}
    assert got == expected
    assert not set(expected) & set(obs["value_text"])
    for r in aside:
        assert list(r) == SET_ASIDE_COLUMNS and text[r["char_start"]:r["char_end"]] == r["value_text"]


KEPT = [
    # facts that look like the cases above: (case, report year, part, sentence, numbers kept)
    ("money still needed is no countdown", 2016, "plan", "距离完成全年目标还有20亿元的缺口。", ["20亿元"]),
    ("a condition without a number", 1956, "plan",
     "如果没有特大的灾荒，粮食产量将要达到3，989亿斤，比1955年增长8.4％。", ["3，989亿斤", "8.4％"]),
    ("the base of an index", 1956, "review", "如果以1950年为100，到1955年就已经上升为189。", ["189"]),
    ("the base of a comparison", 1960, "review", "如果同建国初期的一九五零年的一百七十亿元作比较，则增长二点八倍；", ["二点八倍"]),
    ("an example of the whole", 1958, "plan", "例如，钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。",
     ["六百二十四万八千吨", "百分之十九点二"]),
    ("an example naming the whole", 1960, "review", "例如，全国煤矿在一二两月份平均的日产量是九十六万吨。", ["九十六万吨"]),
    ("another country as a modifier", 2016, "review", "去年下半年开始进出口降幅明显收窄，国际市场份额得到巩固，全年进出口总额2.2万亿美元。",
     ["2.2万亿美元"]),
    ("the domestic subject comes back", 1959, "review",
     "拿煤来说，英国早在一八五四年就已经能够生产六千五百七十万吨，同我国一九五二年生产六千六百四十九万吨的水平大体相等。", ["六千六百四十九万吨"]),
    ("a condition without a number before a goal", 2000, "plan", "只要各方面共同努力，就能实现经济增长7%左右的目标。", ["7%"]),
    ("a capacity added to the place", 2016, "review", "新增发电装机容量1.2亿千瓦，建成一批重大电源项目。", ["1.2亿千瓦"]),
    ("standards that were made", 2016, "review", "制定30项国家标准。", ["30项"]),
    ("a quoted streak", 2026, "review", "粮食生产实现“二十二连丰”，总产量达到760亿斤。", ["二十二连丰", "760亿斤"]),
    # numbers9 (a scan of set-asides): amounts spent and counts kept, not bars of what is counted
    ("money a verb spends before the projects it funds", 2015, "review",
     "教育基础设施投入不断加大，投资9600万元实施的向阳幼儿园等6个项目全部完工。", ["9600万元", "6个"]),
    ("money arranged to support units counted after it", 2010, "review", "鼓励企业加快技术改造，安排200亿元技改专项资金支持4441个技改项目。",
     ["200亿元", "4441个"]),
    ("a count in 万名 after a count of places", 2006, "review",
     "中央和地方财政安排专项资金70多亿元，对592个重点贫困县1700万名贫困家庭学生免除学杂费。", ["1700万名"]),
    ("a count in 件 after the classes counted", 2026, "plan", "今年将办好12类45件民生实事。", ["45件"]),
    ("a length after the villages it is in", 2015, "review", "完成了5个行政村17.2公里的村巷硬化。", ["17.2公里"]),
    ("a count in 万户 rising to 亿户 is no bar", 2003, "review", "固定电话和移动电话用户由8354万户增加到4.21亿户，居世界首位。",
     ["8354万户", "4.21亿户"]),
]


@pytest.mark.parametrize("name, year, part, text, kept", KEPT, ids=[c[0] for c in KEPT])
def test_facts_that_look_alike_are_kept(name, year, part, text, kept):
    obs, aside = build(year, [(part, [text])])
    assert not {r["value_text"] for r in aside} & set(kept)
    assert set(kept) <= set(obs["value_text"])


def test_set_phrase_epithets_are_not_numbers():
    assert find_numbers("我国八亿农民就能够比较快地陆续富裕起来") == []
    assert find_numbers("为了十亿人民的幸福") == []
    assert [n.value for n in find_numbers("安排二十亿人民币")] == [20]


def test_reasons_need_a_cue():
    text = "全年国内生产总值增长6.9%，城镇新增就业1314万人。"
    assert not_facts.reasons(text, find_numbers(text)) == {}


def _one(obs: pd.DataFrame, value_text: str) -> pd.Series:
    rows = obs[obs["value_text"] == value_text]
    assert len(rows) == 1, value_text
    return rows.iloc[0]


def test_the_plan_figure_of_a_past_year_is_a_target():
    obs, _ = build(1980, [("review", ["在缩短基本建设战线、提高投资效果方面，取得初步成效。",
                                      "计划建成投产大中型项目118个，实际建成128个，改变了多年来投产项目完不成计划的状况。"])])
    assert (_one(obs, "118个")["status"], _one(obs, "128个")["status"]) == ("target", "actual")
    assert _one(obs, "118个")["ref_year"] == 1979


def test_the_next_year_announced_by_a_late_report_dates_its_paragraph():
    obs, _ = build(1981, [("plan", ["1982年是第六个五年计划的第二年，也是进一步调整国民经济的第二年。"]),
                          ("plan", ["积累部分增长3.2％，国家预算内直接安排的投资增长5.7％。"])])
    row = _one(obs, "3.2％")
    assert (row["ref_period_start"], row["ref_period_end"], row["status"]) == (1982, 1982, "target")


def test_a_year_bounding_what_is_counted_does_not_date_the_number():
    obs, _ = build(2003, [("five_year_review", ["民主政治建设不断加强。",
                                                 "适应发展社会主义市场经济和加入世贸组织的要求，对2000年底以前发布的756件行政法规进行全面清理，废止71件，宣布失效80件。"])])
    row = _one(obs, "80件")
    assert (row["ref_period_start"], row["ref_period_end"]) == (1998, 2002)


def test_a_per_mille_part_of_a_whole_is_a_share():
    obs, _ = build(1959, [("review", ["我国对资本主义国家的进出口额只占资本主义世界进出口总额的千分之五，根本谈不到什么“倾销”。"])])
    assert _one(obs, "千分之五")["measure"] == "share"


# --- year, status, measure and unit of real sentences (hand check, seed 2002)
DATED = [
    # (case, report year, paragraphs, number as written, (period, status, measure, unit))
    ("a level reached in 用两年时间", 2008,
     [("plan", ["在全国农村全面推行新型农村合作医疗制度，用两年时间将筹资标准由每人每年50元提高到100元，"
                "其中中央和地方财政对参合农民的补助标准由40元提高到80元。"])], "80元", ("2009", "target", "level", "元")),
    ("the start value of 由每人每年", 2008,
     [("plan", ["用两年时间将筹资标准由每人每年50元提高到100元。"])], "50元", ("2007", "actual", "level", "元")),
    ("a clause opening with its year", 1986,
     [("five_year_review", ["在过去的五年中，我国财政收入由下降转为上升。",
                            "“六五’期间，通过调整和改革，生产发展，流通扩大，效益提高，收入增加。一九八三年国内财政收入增加一百二十七亿元，"
                            "一九八四年增加二百五十五亿元，一九八五年增加三百六十二亿元。"])], "二百五十五亿元", ("1984", "actual", "change", "亿元")),
    ("a deadline 年底以前 still dates a target", 1982,
     [("plan", ["第六个五年计划期间，全国基本建设投资总额计划安排二千三百亿元。",
                "五年内施工的大中型建设项目，计划在一九八五年底以前全部建成的四百个，其余将转入第七个五年计划期间继续建设。"])],
     "四百个", ("1985", "target", None, "个")),
    ("people after a bare 亿", 1986, [("plan", ["我国有十亿多人口，每年城镇有几百万人需要就业。"])], "十亿多", (None, None, None, "亿人")),
    ("people after a bare 万", 1998, [("plan", ["加大扶贫攻坚力度，争取今年再有1000万以上贫困人口解决温饱问题。"])], "1000万",
     ("1998", "target", None, "万人")),
    ("增产 over the year before is a change", 1979,
     [("review", ["粮食按人口平均占有量超过了建国以来的最高水平，总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。"])],
     "二千二百万吨", ("1978", "actual", "change", "万吨")),
    ("即 restates the change as a rate", 1979,
     [("review", ["总产量达到三亿零四百七十五万吨，比上一年增产二千二百万吨，即百分之七点八。"])], "百分之七点八",
     ("1978", "actual", "growth_rate", "%")),
    ("从 a year named in an earlier clause", 1954,
     [("review", ["同时，财政支出中的国家机构经费，包括国防费和行政管理费所占的比重，已从一九五〇年的百分之六十点八降低到一九五四年的百分之三十点七，"
                  "其中国防费从百分之四十一点五降低到百分之二十一点一。"])], "百分之四十一点五", ("1950", "actual", None, "%")),
    ("到 a year named in an earlier clause", 1955,
     [("review", ["财政支出中的国家机构经费所占的比重，已从一九五〇年的百分之六十点八降低到一九五四年的百分之三十点七，"
                  "其中国防费从百分之四十一点五降低到百分之二十一点一。"])], "百分之二十一点一", ("1954", "actual", None, "%")),
    ("the start level over 这两年中", 1979,
     [("review", ["这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；"])], "二千零四十六万吨",
     ("1976", "actual", "level", "万吨")),
    ("the level reached over 这两年中", 1979,
     [("review", ["这两年中，钢产量由二千零四十六万吨增加到三千一百七十八万吨，增长百分之五十五点三；"])], "三千一百七十八万吨",
     ("1978", "actual", "level", "万吨")),
    # (hand check, seed 2003)
    ("a start value estimated this year", 1981,
     [("plan", ["1982年的计划，要求工农业总产值的增长速度由今年预计的3％提高到4％，并在执行中力争超过。"])], "3％",
     ("1981", "estimate", "growth_rate", "%")),
    ("the planned value after 由今年预计的", 1981,
     [("plan", ["1982年的计划，要求工农业总产值的增长速度由今年预计的3％提高到4％，并在执行中力争超过。"])], "4％",
     ("1982", "target", "growth_rate", "%")),
    ("growth over a span from a base year", 1982,
     [("plan", ["一九八二年预计同一九八○年比较，纱增长百分之十三点三，呢绒增长百分之十二，自行车增长百分之七十八。"])], "百分之七十八",
     ("1981-1982", "estimate", "growth_rate", "%")),
    ("等于 a base year's multiple", 1954, [("review", ["水泥四百七十三万吨，等于一九四九年的七点二倍；"])], "七点二倍",
     ("1953", "actual", "ratio", "倍")),
    ("a share after 减少…只占", 1957,
     [("review", ["全国除了灾情严重的地区以外，就有75％以上的农户在不同程度上增加了收入，减少收入的农户只占10％左右。"])], "10％",
     ("1956", "actual", "share", "%")),
    ("people after 上百万", 1975, [("review", ["广大干部和工农兵学商坚持五七道路，上百万赤脚医生成长起来，近千万知识青年上山下乡。"])], "百万",
     (None, None, None, "万人")),
    # (hand check, seed 2004)
    ("people named before a bare 万", 2009,
     [("review", ["城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。"])], "7359万",
     ("2008", "actual", "change", "万人")),
    ("already joined: a level at the end of a review", 1998,
     [("five_year_review", ["五年来，外交工作取得重大成就。", "中国历来重视人权问题，已经加入17个国际人权公约。"])], "17个",
     ("1997", "actual", "level", "个")),
    ("预计 in the first clause carries", 1975,
     [("review", ["工业总产值一九七四年预计比一九六四年增长一点九倍，主要产品的产量都有大幅度增长，钢增长一点二倍，化学纤维增长三点三倍。"])],
     "三点三倍", ("1965-1974", "estimate", "growth_rate", "倍")),
    # (hand check, seed 2005)
    ("N个多百分点", 2013,
     [("five_year_review", ["五年来，出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点。"])], "2个多百分点",
     (None, "actual", "change", "百分点")),
    ("a yearly average over a span is not a sum", 2007, [("plan", ["从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。"])],
     "2040亿元", ("2003-2006", "actual", "level", "亿元")),
    ("去年 opening a clause of the plan part", 2007, [("plan", ["从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。"])],
     "2573亿元", ("2006", "actual", "level", "亿元")),
    ("增长将为", 1955, [("plan", ["五年内国营工业的产值增长将为百分之一百三十点一；"])], "百分之一百三十点一",
     (None, "target", "growth_rate", "%")),
    ("节约 a share is a fall", 1955, [("plan", ["国务院规定：在今后三年内，生产性建设的建筑安装的造价，应该比原计划至少节约百分之十；"])],
     "百分之十", ("1955-1957", "target", "growth_rate", "%")),
    ("a target told in a review", 1995, [("review", ["去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。"])],
     "百分之十", ("1994", "target", "growth_rate", "%")),
    # (hand check, seed 2006)
    ("a range written with 到", 2011, [("plan", ["今年小麦最低收购价每50公斤提高5到7元，水稻最低收购价每50公斤提高9到23元。"])], "23元",
     ("2011", "target", "change", "元")),
    ("the estimate is the base", 1980, [("plan", ["二、1981年国民经济计划的任务和主要指标", "能源工业，煤炭产量62，000万吨，比1980年预计增加1，000万吨；"])],
     "1，000万吨", ("1981", "target", "change", "万吨")),
    # (hand check, seed 2007)
    ("在…总产值中: shares", 1956, [("plan", ["在手工业总产值中，手工业生产合作社、供销生产社和生产小组的产值将上升到72.5％，个体手工业者的产值将下降为27.5％。"])],
     "72.5％", ("1956", "target", "share", "%")),
    ("正在: under way now", 1983,
     [("five_year_plan", ["此外，政府正在组织有关科技力量，参加二百七十九项重大预备项目的前期准备工作和重大建设课题的研究工作。"])],
     "二百七十九项", ("1983", "actual", "level", "项")),
    # (hand check, seed 2008)
    ("a plan's last year opening a sentence of its review", 2008,
     [("five_year_review", ["一、过去五年工作回顾"]),
      ("five_year_review", ["——经济跨上新台阶。", "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%，从世界第六位上升到第四位；",
                            "全国财政收入达到5.13万亿元，增长1.71倍；"])], "1.71倍", ("2003-2007", "actual", "growth_rate", "倍")),
    ("a start value after 从+noun", 2019,
     [("plan", ["强化普惠性支持，落实好小规模纳税人增值税起征点从月销售额3万元提高到10万元等税收优惠政策。"])], "3万元",
     ("2018", "actual", "level", "万元")),
    ("多了: the excess", 1957, [("review", ["从经济和文教方面说，基本建设投资多了十五亿元到二十亿元，同时，职工的人数增加多了。"])], "二十亿元",
     ("1956", "actual", "change", "亿元")),
    ("三年内 in a plan; 员额 are people", 1998, [("plan", ["要按期完成三年内裁减军队员额五十万的任务。"])], "五十万",
     ("1998-2000", "target", None, "万人")),
    ("所占的比重 named in the clause before", 1955,
     [("plan", ["在社会零售中所占的比重，已由一九五二年的百分之三十四上升到一九五四年的百分之五十八。"])], "百分之五十八",
     ("1954", "actual", "share", "%")),
    ("done in the plan part: 颁布了", 1987,
     [("plan", ["围绕经济建设这个中心，在科技、教育和思想、文化领域，过去一年里也取得许多可喜成果。",
                "在几千名专家经过几年反复研究和科学论证的基础上，制定和颁布了能源、交通运输、农业、机械工业等12个领域的技术政策。"])],
     "12个", ("1986", "actual", None, "个")),
    ("a cut of spending in % is a rate", 2016, [("review", ["“三公经费”支出压缩48.2%。"])], "48.2%",
     ("2015", "actual", "growth_rate", "%")),
    ("a cut of the deficit is a change", 1982, [("review", ["削减财政赤字450亿元。"])], "450亿元", (None, None, "change", "亿元")),
    ("增加的绝对数 is a change", 1959, [("plan", ["一九五九年粮食增加的绝对数将达到三千亿斤。"])], "三千亿斤",
     ("1959", "target", "change", "亿斤")),
    ("a part of a total investment is a share", 1955, [("plan", ["应当节约总投资额的百分之七至百分之十。"])], "百分之七",
     (None, None, "share", "%")),
    ("前三年 of the plan under way", 1957, [("review", ["食糖产量前三年共增加了十六万吨，而1956年就增加了将近十一万吨。"])], "十六万吨",
     ("1953-1955", "actual", "change", "万吨")),
    ("五年内 early in a plan is the plan", 1982,
     [("plan", ["五年内新建和续建装机容量四十万千瓦以上的水电站十五个，全国电站建设总规模为三千六百六十万千瓦。"])], "三千六百六十万千瓦",
     ("1981-1985", "target", None, "万千瓦")),
    ("已建成的…有 is the state now", 1979, [("plan", ["全国已建成的大中型水库主要有三百个。"])], "三百个",
     (None, "actual", "level", "个")),
    ("前三年 after 五年计划的", 1957, [("review", ["我国的工业总产值，在五年计划的前三年共增加了一百七十七亿元，而1956年这一年就增加了一百三十九亿元。"])],
     "一百七十七亿元", ("1953-1955", "actual", "change", "亿元")),
    ("平均每年 between two years", 1982,
     [("plan", ["全国职工的工资总额一九八○年为七百七十三亿元，一九八五年将达到九百八十三亿元，平均每年增加四十二亿元，增长百分之四点九。"])],
     "四十二亿元", ("1981-1985", "target", "change", "亿元")),
    ("one plan compared with the one before", 1986,
     [("five_year_review", ["“六五”时期同“五五”时期相比，我国粮食的年平均产量由三亿零五百三十万吨增加到三亿七千零六十二万吨，"
                            "棉花由二百二十四万吨增加到四百三十二万吨。"])], "二百二十四万吨", ("1976-1980", "actual", "level", "万吨")),
    ("the later plan's figure in the comparison", 1986,
     [("five_year_review", ["“六五”时期同“五五”时期相比，棉花由二百二十四万吨增加到四百三十二万吨。"])], "四百三十二万吨",
     ("1981-1985", "actual", None, "万吨")),
    ("从2004年…提高到: the start value is of that year", 2013,
     [("five_year_review", ["过去五年，企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。"])], "700元",
     ("2004", "actual", "level", "元")),
    ("提高到现在的: the level now", 2013,
     [("five_year_review", ["过去五年，企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。"])], "1721元",
     ("2012", "actual", "level", "元")),
    ("a plan's total (第一个五年合计)", 1957, [("review", ["例如高等学校的毕业生，第一个五年合计为二十八万人。"])], "二十八万人",
     ("1953-1957", None, "cumulative", "万人")),
    ("增长比例 is a growth rate", 1956,
     [("plan", ["如果把乡村小学经费改由地方自筹解决的部分加入计算，则1956年社会文教支出实际增长比例为26.39％。"])], "26.39％",
     ("1956", None, "growth_rate", "%")),
    ("two years joined by 和 are one span", 1960, [("plan", ["一九五八年和一九五九年两年造林五亿四千万亩。"])], "五亿四千万亩",
     ("1958-1959", "actual", "cumulative", "万亩")),
    ("two years joined by 和 date a share", 1955,
     [("plan", ["中央六个工业部在一九五三年和一九五四年的非生产性的投资占全部投资的百分之二十一点六。"])], "百分之二十一点六",
     ("1953-1954", "actual", "share", "%")),
    ("tractors in standard units", 1956, [("review", ["拖拉机由778标准台增加到2，377标准台。"])], "2，377标准台",
     ("1955", "actual", "level", "标准台")),
    ("递增的速度 is a growth rate", 1982,
     [("plan", ["从一九五三年到一九八○年的二十八年中，农业总产值平均每年递增的速度是百分之三点四。"])], "百分之三点四",
     ("1953-1980", "actual", "growth_rate", "%")),
    ("五年投资 early in a plan is the plan's", 1982, [("plan", ["石油工业建设，五年投资一百五十四亿元，重点勘探东北松辽盆地。"])],
     "一百五十四亿元", ("1981-1985", "target", "cumulative", "亿元")),
    ("passenger sea miles", 1955, [("plan", ["旅客周转量将达到二亿四千万人海里，增长将近一点四倍。"])], "二亿四千万人海里",
     (None, "target", "level", "万人海里")),
]


@pytest.mark.parametrize("name, year, paragraphs, value_text, want", DATED, ids=[c[0] for c in DATED])
def test_year_status_measure_and_unit(name, year, paragraphs, value_text, want):
    obs, _ = build(year, paragraphs)
    row = _one(obs, value_text)
    a, b = int(row["ref_period_start"]), int(row["ref_period_end"])
    got = (str(b) if a == b else f"{a}-{b}", row["status"], row["measure"], row["unit"])
    assert all(w is None or g == w for g, w in zip(got, want)), f"{got} != {want}"


def test_two_roads_is_a_set_phrase():
    assert find_numbers("这样，在两条道路的斗争中，社会主义就在各个方面基本上战胜了资本主义。") == []


def test_a_duration_before_没有_is_not_a_value():
    obs, _ = build(1992, [("review", ["在价格改革方面，调整了25年没有动过的城镇居民定量平价粮油销售价格。"])])
    assert obs.empty


def test_a_slogan_of_unity_is_not_a_share():
    assert find_numbers("我们要争取一切可以争取的人，做到团结百分之九十五以上的干部和群众。") == []


def test_a_count_of_standards_is_not_a_value():
    obs, _ = build(1978, [("plan", ["它的着重点，是在坚持六项政治标准的前提下，在人民内部采取放的方针。"])])
    assert obs.empty


def test_a_count_of_guidelines_is_not_a_value():
    obs, aside = build(1986, [("five_year_review", ["在制定“六五”计划的时候，我们曾经提出，要切实改变高积累的状况，"
                                                    "并且提出了以提高经济效益为中心的十项经济建设方针。"])])
    assert obs.empty and [r["reason"] for r in aside] == ["rule_count"]   # listed, not read


def test_the_items_of_a_sum_over_the_plan_share_its_years():
    """1955: 五年基本建设的投资…是这样分配的： then one paragraph per part (工业部门为…，占百分之…；)."""
    obs, _ = build(1955, [("plan", ["第一个五年计划规定，五年内全国基本建设投资总额为四百二十七亿四千万元，是这样分配的："]),
                          ("plan", ["工业部门为二百四十八亿五千万元，占百分之五十八点二；"]),
                          ("plan", ["文化、教育和卫生部门为三十亿八千万元，占百分之七点二。"]),
                          ("plan", ["一九五七年工业总产值将达到五百三十五亿元。"])])
    lead = _one(obs, "四百二十七亿四千万元")
    span = (int(lead["ref_period_start"]), int(lead["ref_period_end"]))
    assert span[0] < span[1]
    for value_text in ("二百四十八亿五千万元", "百分之五十八点二", "三十亿八千万元", "百分之七点二"):
        row = _one(obs, value_text)
        assert (int(row["ref_period_start"]), int(row["ref_period_end"])) == span, value_text
    after = _one(obs, "五百三十五亿元")
    assert int(after["ref_period_start"]) == int(after["ref_period_end"]) == 1957


def test_a_set_phrase_row_reads_its_longest_numeral():
    _, aside = build(1964, [("plan", ["占人口百分之九十五以上的人民群众是要革命的。"])])
    assert [(r["reason"], r["value"]) for r in aside] == [("set_phrase", 95.0)]



def test_a_count_of_the_measures_announced_is_not_a_value():
    # seed 8147: 将采取两项重大措施：一是… (a count of what follows, as 四项措施：)
    obs, _ = build(2007, [("plan", ["为了促进教育发展和教育公平，我们将采取两项重大措施：一是从今年新学年开始，建立健全国家奖学金、助学金制度。"])])
    assert "两项" not in set(obs["value_text"])
