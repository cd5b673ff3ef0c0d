"""Hand-checked observations of real reports (national 1955-2018, Jiangsu 2026, Hailar 2012-2014).

Each case is a passage as the corpus stage gives it (paragraphs of sentences, with their part),
the report's year, and for some numbers of it the observation a careful reader expects: name,
period, status and measure (``None`` skips a field). They come from hand checks of random
observations: each stands for a kind of sentence, not for a document.
"""
from __future__ import annotations

import pandas as pd
import pytest

from govreport.indicators.extract import extract_observations


def observe(report_year: int, paragraphs: list[tuple[str, list[str]]]) -> pd.DataFrame:
    rows, pos = [], 0
    for p, (part, texts) in enumerate(paragraphs):
        for t in texts:
            rows.append({"doc_id": "d", "sentence_id": f"d-{len(rows):05d}", "section_id": "", "paragraph_id": f"d-p{p:04d}",
                         "part": part, "text": t, "char_start": pos, "char_end": pos + len(t), "clean_start": pos})
            pos += len(t) + 1
    docs = pd.DataFrame([{"doc_id": "d", "doc_type": "gov_work_report", "report_year": report_year, "is_canonical": True,
                          "level": "national"}])
    return extract_observations(pd.DataFrame(rows), docs)


def period(row) -> str:
    a, b = int(row["ref_period_start"]), int(row["ref_period_end"])
    return str(b) if a == b else f"{a}-{b}"


CASES = [
    # --- names: the whole noun phrase, no verbs or scope words around it
    ("list before 的 支出", 2004, [("review", ["中央财政全年用于教育、卫生、科技、文化、体育事业的支出达855亿元，比上年增长12.4%；"])],
     {"12.4%": ("中央财政用于教育、卫生、科技、文化、体育事业支出", "2003", "actual", "growth_rate")}),
    ("change clause takes the value before", 2005, [("plan", ["今年中央财政安排109亿元资金支持再就业，比上年增加26亿元。"])],
     {"26亿元": ("中央财政再就业资金", "2005", "target", "change")}),
    ("count with an attribute threshold", 2026, [("review", ["规上工业企业利润增长6%，191家工业企业营业收入超百亿元；"])],
     {"191家": ("工业企业营业收入超百亿元", "2025", "actual", "level")}),
    ("verb-initial counted noun", 2005, [("review", ["东北地区等老工业基地振兴开局良好，国家支持启动了197个调整改造项目，15个采煤沉陷区治理工程开始建设。"])],
     {"197个": ("调整改造项目", "2004", "actual", "level")}),
    ("leading 加上", 2009, [("plan", ["加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。"])],
     {"100项": ("取消和停征行政事业性收费", "2009", "target", "level")}),
    ("leading 包括", 1958, [("plan", ["其中，包括三十八个续建工程，如黄河三门峡水库；"])],
     {"三十八个": ("续建工程", "1958", "target", "level")}),
    ("trailing 为", 1956, [("plan", ["二、1956年的国家预算"]),
                          ("plan", ["社会文教费为2，591，366，000元，占地方预算支出总数32.60％，比上年增长8.87％；"])],
     {"2，591，366，000元": ("社会文教费", "1956", "target", "level")}),
    ("trailing 平均每年", 1986, [("plan", ["“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七，其中工业总产值平均每年增长百分之七点五；"])],
     {"百分之七点五": ("工业总产值", "1986-1990", "target", "growth_rate")}),
    ("relative clause 的有", 1960, [("plan", ["水土流失比较严重的面积有一百五十万平方公里，初步进行了保持水土措施的有六十万平方公里，占百分之四十。"])],
     {"六十万平方公里": ("进行了保持水土措施的面积", None, None, "level")}),
    ("base value of a comparison", 1956, [("plan", ["如果没有特大的灾荒，粮食产量将要达到3，989亿斤，比1955年增长8.4％，比五年计划原定1957年3，856亿斤的水平超过133亿斤；"])],
     {"3，856亿斤": ("粮食产量", "1957", "target", "level")}),
    ("topic clause then values", 1958, [("plan", ["根据农业生产高潮的新形势，一九五八年农业和农副业总产值，拟定为六百八十八亿三千万元（按一九五七年不变价格计算），比一九五七年增长百分之六点一。"])],
     {"百分之六点一": ("农业和农副业总产值", "1958", "target", "growth_rate")}),
    ("examples after 有…等", 1956, [("plan", ["1956年施工线路有包头——兰州线、内江——昆明线等25条。"])],
     {"25条": ("施工线路", "1956", "target", "level")}),
    ("a year clause keeps the topic", 1959, [("plan", ["大家知道，我国的粮食总产量，在解放前产量最高的一九三六年，只有二千七百七十四亿斤。"])],
     {"二千七百七十四亿斤": ("粮食产量", "1936", "actual", "level")}),
    ("share completes with the topic", 1960, [("plan", ["各种农作物的良种推广面积，一九五九年达到十八亿亩，占总播种面积的百分之八十，棉、麦、稻、薯等主要农作物的良种已经基本普及。"])],
     {"百分之八十": ("农作物的良种推广面积占总播种面积比重", "1959", "actual", "share")}),
    ("colon topic", 1955, [("plan", ["第一个五年计划对农业规定了适当的增产指标"]), ("plan", ["粮食：达到三千八百五十六亿斤，增长百分之十七点六。"])],
     {"百分之十七点六": ("粮食", None, "target", "growth_rate")}),
    ("a duration is no value", 1957, [("review", ["以钢的产量来说，第一个五年合计将达到一千六百三十万吨，而旧中国包括日本侵略时候的东北在内，从1900年到1948年，49年合计的钢产量不过七百六十万吨。"])],
     {"49年": None}),
    ("rhetorical count", 1982, [("plan", ["通过这三项工作，把整个经济体制改革工作带动起来。"])], {"三项": None}),
    # --- years and status
    ("rank of the year before", 2004, [("review", ["进出口总额比上年增长37.1%，达到8512亿美元，由上年居世界第五位上升到第四位。"])],
     {"世界第五位": (None, "2002", "actual", "rank"), "第四位": (None, "2003", "actual", "rank")}),
    ("late-year report: the review is of the year before", 1980,
     [("review", ["一、国民经济在调整、改革、整顿、提高中取得了新的进展"]),
      ("review", ["今年上半年，集体所有制工业产值比去年同期增长23.6％。"]),
      ("review", ["积累和消费的比例关系有所改善。", "1979年国民收入比上年增长7％。", "积累率由1978年的36.5％，降为33.6％。"])],
     {"23.6％": (None, "1980", "actual", "growth_rate"), "36.5％": ("积累率", "1978", "actual", "level"),
      "33.6％": ("积累率", "1979", "actual", "level")}),
    ("late-year report: next year's plan", 1980, [("plan", ["二、1981年国民经济计划的任务和主要指标"]),
                                                 ("plan", ["发电量3，120亿度，比1980年预计增加120亿度。"])],
     {"3，120亿度": ("发电量", "1981", "target", "level")}),
    ("five-year review heading", 1993, [("five_year_review", ["一、改革开放和现代化建设取得伟大成就的五年"]),
                                        ("five_year_review", ["交通运输和邮电通信有新的发展。", "铁路货运周转量增长百分之二十三，达到11620亿吨公里；"])],
     {"百分之二十三": ("铁路货运周转量", "1988-1992", "actual", "growth_rate"), "11620亿吨公里": (None, "1992", "actual", "level")}),
    ("a look back inside the budget section", 1956,
     [("plan", ["二、1956年的国家预算"]),
      ("plan", ["1955年以来，政府又适当地减少了统购的数量。"]),
      ("plan", ["普通中学（包括高中和初中）新招生213.7万人，毕业学生97.6万人，在校学生达到506万人，比上年增长30％；"])],
     {"506万人": (None, "1956", "target", "level")}),
    ("a paragraph opening with its year", 1959,
     [("plan", ["在一九五八年，少数民族的经济和文化，也有了巨大的跃进。", "同解放前比较，小学生增加了六倍以上，中等学校学生增加了七十九倍。"])],
     {"六倍": ("小学生", None, "actual", "growth_rate")}),
    ("the year of the subject", 1957, [("review", ["1957年的工业总产值比1956年将增长百分之四点五，达到六百零三亿元。"])],
     {"百分之四点五": ("工业总产值", "1957", "target", "growth_rate"), "六百零三亿元": ("工业总产值", "1957", "target", "level")}),
    ("start value at the base year", 2003, [("five_year_review", ["2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。"])],
     {"2.5%": (None, "1997", "actual", "share"), "3.3%": (None, "2002", "actual", "share")}),
    ("a plan's provision dates its period", 1982, [("plan", ["在科学技术方面，第六个五年计划规定，在全国推广农业、轻纺工业、能源、电子等方面确有成效的四十项重大科技成果。"])],
     {"四十项": (None, "1981-1985", "target", "cumulative")}),
    ("threshold of a count", 1981, [("plan", ["集体分配平均每人在三百元以上的大队，1979年有一千六百二十二个，1980年增加到五千五百六十九个。"])],
     {"三百元": None, "一千六百二十二个": ("集体分配平均每人三百元以上的大队", "1979", "actual", "level")}),
    ("revenue is a flow", 1956, [("review", ["1955年国家决算的收支总数如下：1955年本年收入合计27，203，319，000元，加上上年结转收入3，154，657，000元，全年收入总数30，357，976，000元。"])],
     {"30，357，976，000元": ("全年收入总数", "1955", "actual", "level")}),
    # --- second hand check (seed 102)
    ("decline of a count", 2018, [("plan", ["加大精准脱贫力度。", "今年再减少农村贫困人口1000万以上，完成易地扶贫搬迁280万人。"])],
     {"1000万": ("农村贫困人口", "2018", "target", "change")}),
    ("list sharing one value", 2016, [("plan", ["今年化学需氧量、氨氮排放量要分别下降2%，二氧化硫、氮氧化物排放量分别下降3%。"])],
     {"2%": ("化学需氧量排放量", "2016", "target", "growth_rate")}),
    ("ratio to a base year", 2003, [("five_year_review", ["各级政府逐年增加社会保障和再就业方面的资金投入，2002年中央财政用于“两个确保”和“低保”的资金达594亿元，是1998年的6.2倍。"])],
     {"6.2倍": ("中央财政用于“两个确保”和“低保”资金", "2002", "actual", "ratio")}),
    ("share of a whole named in 在…中", 1955, [("plan", ["第二是国营、合作社营、公私合营的工业的产值在工业总产值中所占的比重，已由一九五二年的百分之六十一上升到一九五四年的百分之七十五点一。"])],
     {"百分之六十一": ("国营、合作社营、公私合营的工业产值占工业总产值比重", "1952", "actual", "share")}),
    ("five-year total of an addition", 1955, [("plan", ["二、第一个五年计划概要"]),
                                           ("plan", ["以运输业说，五年内新建成的铁路干线和支线共四千公里以上，加上恢复铁路、改建铁路、新建复线、延长车站站线、工业和其他的专用线，则增加的铁路总长度约为一万公里。"])],
     {"一万公里": ("增加的铁路总长度", "1953-1957", "target", "cumulative")}),
    ("rhetorical multiples", 1978, [("plan", ["他们以十倍的疯狂，百倍的仇恨，到处煽风点火。"])], {"百倍": None, "十倍": None}),
    ("a plan's start values across sentences", 1982,
     [("plan", ["第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加一千五百五十一亿元。",
                "其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元，工业总产值由四千九百七十二亿元增加到六千零五十亿元，都是平均每年递增百分之四。"])],
     {"四千九百七十二亿元": ("工业总产值", "1980", "actual", "level"), "六千零五十亿元": ("工业总产值", "1985", "target", "level"),
      "百分之四": (None, "1981-1985", "target", "growth_rate")}),
    ("change clause after a second thing", 1980, [("plan", ["二、1981年国民经济计划的任务和主要指标"]),
                                                  ("plan", ["自行车1，484万辆，增加224万辆，缝纫机860万架，增加140万架；"])],
     {"140万架": ("缝纫机", "1981", "target", "change"), "224万辆": ("自行车", "1981", "target", "change")}),
    ("GNP is not GDP", 1986, [("plan", ["国民生产总值达到一万一千一百七十亿元，比一九八○年增长一点六倍。"])],
     {"一点六倍": ("国民生产总值", None, "target", "growth_rate")}),
    ("基本建设 keeps 基本", 1980, [("review", ["基本建设1979年交付使用的固定资产占投资的比重，由上年的74.3％提高到83.7％。"])],
     {"83.7％": ("基本建设交付使用的固定资产占投资比重", "1979", "actual", "share")}),
    ("increase of loans", 1956, [("plan", ["在1956年，国家银行将增加农业贷款22亿元，增加工商业贷款23亿元。"])],
     {"23亿元": ("工商业贷款", "1956", "target", "change")}),
    ("share of a five-year total", 1955, [("plan", ["二、第一个五年计划概要"]), ("plan", ["前面说过，在五年内的工业基本建设的投资中，制造生产资料工业的投资占百分之八十八点八，制造消费资料工业的投资占百分之十一点二。"])],
     {"百分之八十八点八": ("制造生产资料工业的投资占工业基本建设的投资比重", "1953-1957", "target", "share")}),
    ("national GDP", 2002, [("review", ["2001年国内生产总值达到95933亿元，比上年增长7.3％。"])],
     {"95933亿元": ("国内生产总值", "2001", "actual", "level")}),
    ("local fiscal revenue", 2014, [("review", ["地方财政总收入完成24.85亿元，同比增长20.3%；"])],
     {"24.85亿元": ("地方财政总收入", "2013", "actual", "level")}),
    ("since liberation", 1975, [("review", ["全国解放以来，我国人口增加百分之六十，粮食增长一点四倍。"])],
     {"百分之六十": ("人口", "1950-1974", "actual", "growth_rate")}),
    # --- third hand check (seed 103)
    ("a list of changes after a list of levels", 2026, [("review", ["城乡居民人均可支配收入分别达6.9万元、3.4万元，增长4.2%、5.3%。"])],
     {"4.2%": ("城镇居民人均可支配收入", "2025", "actual", "growth_rate"), "5.3%": ("农村居民人均可支配收入", "2025", "actual", "growth_rate")}),
    ("modal words are not names", 2009, [("plan", ["实施更加积极的就业政策，中央财政拟投入420亿元资金。"])],
     {"420亿元": ("中央财政资金", "2009", "target", "level")}),
    ("an amount and its use", 2005, [("plan", ["中央财政还将安排150亿元，增加对产粮大县和财政困难县的转移支付。"])],
     {"150亿元": ("产粮大县和财政困难县的转移支付", "2005", "target", "level")}),
    ("发展到", 2013, [("review", ["农牧业产业化进程加快，产业化龙头企业发展到22家，实现销售收入54亿元。"])],
     {"22家": ("产业化龙头企业", "2012", "actual", "level")}),
    ("first batch", 2026, [("review", ["首批63个省重点实验室重组完成。"])], {"63个": ("省重点实验室", "2025", "actual", "level")}),
    ("what the funds are for", 1982, [("plan", ["用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，比第五个五年计划期间的五百七十七亿元增加百分之六十八。"])],
     {"九百六十七亿元": ("发展教育、科学、文化、卫生事业的经费", None, "target", "level")}),
    ("a verb phrase before 的", 1999, [("review", ["部门内设机构精简1／4，移交给企业、社会中介机构和地方的职能200多项，人员编制总数减少一半。"])],
     {"200多项": ("移交给企业、社会中介机构和地方的职能", "1998", "actual", "level")}),
    ("no 决定", 1983, [("five_year_review", ["一九七八年决定引进二十二项成套设备已到货部分所负的高利外债，到一九八二年底已经基本还清。"])],
     {"二十二项": ("引进成套设备", "1978", "actual", "level")}),
    ("the whole before 所占比重", 1983, [("five_year_review", ["在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六，轻工业所占比重由百分之三十一点一提高到百分之三十三点四。"])],
     {"百分之三十三点四": ("轻工业占工农业总产值比重", "1982", "actual", "share"),
      "百分之二十七点八": ("农业占工农业总产值比重", "1978", "actual", "share")}),
    ("a sum since a year", 1983, [("five_year_review", ["一九七九年以来，国家统一安排的引进技术和进口设备四百四十项，对促进生产起了积极的作用。"])],
     {"四百四十项": ("引进技术和进口设备", "1979-1982", "actual", "cumulative")}),
    ("this year's count so far", 1956, [("plan", ["二、1956年的国家预算"]), ("plan", ["在农业方面，据本年5月份的统计，参加农业生产合作社的农户已经占总农户的90％以上，其中参加高级合作社的农户，已经占总农户的60％左右。"])],
     {"60％": ("参加高级合作社的农户占总农户比重", "1956", "actual", "share")}),
    ("traditional 約", 1957, [("review", ["这些企業的总产值，較1955年增加了約32％。"])],
     {"32％": (None, "1956", "actual", "growth_rate")}),
    ("what a relative clause counts", 1956, [("plan", ["苏联为我国设计的156个重要项目中，除了17个项目已经完工投入生产以外，本年内开始建设的22个，在本年内可以完工的11个，可以部分地投入生产的13个。"])],
     {"13个": ("部分地投入生产的重要项目", "1956", "target", "level")}),
    ("yearly increase of an output", 1988, [("five_year_plan", ["老油田要积极挖掘潜力，继续保持稳产，同时加强新油田的开发建设，争取每年增产原油300万吨。"])],
     {"300万吨": ("原油产量", None, "target", "change")}),
    # --- fourth hand check (seed 104)
    ("由上年 is not in the name", 2004, [("review", ["其中用于城市居民最低生活保障的补助资金由上年46亿元增加到92亿元。"])],
     {"92亿元": ("城市居民最低生活保障的补助资金", "2003", "actual", "level"), "46亿元": (None, "2002", "actual", "level")}),
    ("the last item before a counted noun", 2012, [("review", ["大唐集团在我区投资超5亿元的项目已达4个，大唐1830化肥、大唐5万千瓦风电项目按期完工；"])],
     {"5万千瓦": ("大唐风电项目", "2011", "actual", "level")}),
    ("an area treated", 2003, [("five_year_review", ["可持续发展能力增强。", "治理水土流失面积26.6万平方公里，治理沙化土地570万公顷。"])],
     {"26.6万平方公里": ("治理水土流失面积", "1998-2002", "actual", "cumulative")}),
    ("a programme's name", 2010, [("plan", ["扎实推进十大重点节能工程、千家企业节能行动和节能产品惠民工程。"])], {"千家": None}),
    ("a company's name", 2013, [("plan", ["坚持规模化经营、产业化带动，扶持三元、麦福劳等农牧业龙头企业和专业合作社做大做强。"])], {"三元": None}),
    ("a subsidy paid from a fund", 2004, [("plan", ["今年国家从粮食风险基金中拿出100亿元，直接补贴种粮农民，以调动农民种粮的积极性。"])],
     {"100亿元": ("种粮农民补贴", "2004", "target", "level")}),
    ("a project's topic before 完工", 2014, [("review", ["“菜篮子”工程一期全面完工，完成投资2.4亿元，建成大棚2350亩。"])],
     {"2.4亿元": ("菜篮子工程投资", "2013", "actual", "level")}),
    ("the whole's size", 1960, [("plan", ["一九五九年，达到和超过纲要这个规定的，已经有五百零四个县，占全国一千七百八十六个县的百分之二十八；"])],
     {"一千七百八十六个": ("全国县数", "1959", "actual", "level")}),
    ("the higher of the rates", 1978, [("plan", ["从一九六六年到一九七六年的十一年中，仍然有三分之一的省、市、自治区，粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五；"])],
     {"百分之五点五": (None, None, "actual", "growth_rate")}),
    ("five years' investment of the plan under way", 1982, [("plan", ["二、第六个五年计划的基本任务"]),
                                                           ("plan", ["交通运输和邮电通信建设，五年投资二百九十八亿元，主要用于铁路和港口建设。"])],
     {"二百九十八亿元": ("交通运输和邮电通信建设投资", "1981-1985", "target", "cumulative")}),
    ("a count so far this year", 1982, [("plan", ["全国查处的经济违法犯罪案件从今年一月到九月共有十三万六千零二十四件，已经结案处理的四万四千六百六十三件。"])],
     {"十三万六千零二十四件": (None, "1982", "actual", "level")}),
    ("按百元 is a denominator", 1984, [("review", ["对建筑企业实行按百元产值工资含量包干等。"])], {"百元": None}),
    ("the first two years of the plan", 1955, [("plan", ["二、第一个五年计划概要"]),
                                              ("plan", ["两年中投入生产的限额以上的工业建设单位有一百三十六个，新增生产能力举其重要的来说，有：钢四十二万七千吨，电五十三万千瓦，煤一千三百万吨，水泥六十五万吨。"])],
     {"六十五万吨": (None, "1953-1954", "actual", "cumulative")}),
    ("a threshold list before 以上的，共有", 1960, [("plan", ["总计亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县，占全国一千零二十七个植棉县的百分之二十；"])],
     {"一百斤": None, "六十斤": None}),
    ("a topic with 有较快的发展", 1958, [("plan", ["一九五八年要求大家畜——牛、马、驴、骡的数量有比较快的发展，合计比上一年增长百分之四点六，达到八千八百二十七万头。"])],
     {"八千八百二十七万头": ("大家畜——牛、马、驴、骡数量", "1958", "target", "level")}),
    ("the plan's end level", 1982, [("plan", ["第六个五年计划规定，到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人，增长百分之四十二点二；",
                                              "在校学生达到一百三十万人，比一九八○年增长百分之十三点六。"])],
     {"一百三十万人": (None, "1985", "target", "level")}),
    # --- fifth hand check (seed 105)
    ("万 and 千 in one number", 2018, [("five_year_review", ["大众创业、万众创新蓬勃发展，日均新设企业由5千多户增加到1万6千多户。"])],
     {"1万6千多户": ("日均新设企业", "2017", "actual", "level")}),
    ("the count of measures that follow", 2008, [("plan", ["今年要采取四项措施：一要健全廉租住房制度，加快廉租住房建设。"])], {"四项": None}),
    ("an agent and its spending verb", 2009, [("plan", ["中央财政拟安排补贴资金1230亿元，比上年增加200亿元。"])],
     {"1230亿元": ("中央财政补贴资金", "2009", "target", "level"), "200亿元": ("中央财政补贴资金", "2009", "target", "change")}),
    ("installed capacity is a stock", 2003, [("five_year_review", ["发电装机容量由1997年的2.54亿千瓦增加到2002年的3.53亿千瓦。"])],
     {"3.53亿千瓦": ("发电装机容量", "2002", "actual", "level")}),
    ("bonds after an amount", 2001, [("plan", ["继续发行1500亿元长期建设国债，集中用于在建项目和西部开发项目。"])],
     {"1500亿元": ("发行长期建设国债", "2001", "target", "level")}),
    ("可再生能源", 2022, [("review", ["可再生能源发电装机规模突破10亿千瓦。"])], {"10亿千瓦": ("可再生能源发电装机规模", "2021", "actual", "level")}),
    ("closures keep their verb", 2010, [("review", ["下大力气抑制部分行业产能过剩和重复建设，关停小火电机组2617万千瓦，淘汰落后的炼钢产能1691万吨。"])],
     {"2617万千瓦": ("关停小火电机组", "2009", "actual", "level")}),
    ("a listed qualifier before 的", 2003, [("five_year_review", ["全国实现基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率，由1997年的65%提高到2002年的91%。"])],
     {"91%": ("基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率", "2002", "actual", "level")}),
    ("在 before a year dates it", 1986, [("plan", ["积累率在一九七八年高达百分之三十六点五，“六五”期间五年平均降到百分之三十左右。"])],
     {"百分之三十六点五": ("积累率", "1978", "actual", "level")}),
    ("a plan's period as a time phrase", 1986, [("five_year_review", ["我国农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，其中增长较快的“一五”时期平均每年增长百分之四点五。"])],
     {"百分之四点五": ("农业总产值", "1953-1957", "actual", "growth_rate")}),
    ("an investment after 的", 1982, [("plan", ["第六个五年计划在这方面安排了三千六百亿元的投资，把这笔资金管好用好。"])],
     {"三千六百亿元": ("投资", "1981-1985", "target", "cumulative")}),
    ("a plan as comparison base", 1986, [("plan", ["“七五”计划草案规定，五年内全民所有制单位基本建设投资总规模为五千亿元，比“六五”期间增加百分之四十九；"])],
     {"百分之四十九": ("全民所有制单位基本建设投资总规模", "1986-1990", "target", "growth_rate")}),
    ("regions of a 分别 list", 1959, [("review", ["一九五七年修订的全国农业发展纲要，规定粮食的单位面积产量，到一九六七年在全国三类地区分别达到四百斤、五百斤、八百斤的指标。"])],
     {"八百斤": ("粮食的单位面积产量", "1967", "target", "level")}),
    # --- sixth hand check (seed 106)
    ("全社会", 2008, [("five_year_review", ["全社会研究与实验发展经费，从2002年1288亿元增加到2007年的3664亿元。"])],
     {"3664亿元": ("全社会研究与实验发展经费", "2007", "actual", "level")}),
    ("a named proposal", 2005, [("review", ["我们坚持现阶段发展两岸关系、推进祖国和平统一进程的八项主张，维护台海和平和两岸关系稳定发展。"])], {"八项": None}),
    ("two great tasks", 1985, [("plan", ["科技体制和教育体制的改革，是对我国现代化建设具有战略意义的两件大事，今年也要有领导有计划地展开。"])], {"两件": None}),
    ("a burden lightened", 2003, [("five_year_review", ["2002年试点扩大到20个省、自治区、直辖市，试点地区农民负担平均减轻30%。"])],
     {"30%": ("试点地区农民负担", None, "actual", "growth_rate")}),
    ("a share of counties", 2007, [("plan", ["试点范围扩大到全国80%以上的县（市、区），有条件的地方还可以搞得更快一些。"])],
     {"80%": (None, "2007", "target", "share")}),
    ("a rate at a low level is no share", 2019, [("review", ["城镇新增就业1361万人，调查失业率稳定在5%左右的较低水平。"])],
     {"5%": (None, "2018", "actual", "level")}),
    ("收到", 1956, [("review", ["其中工业收入收到5，072，990，000元，完成预算数的110.51％；"])],
     {"5，072，990，000元": ("工业收入", "1955", "actual", "level")}),
    ("a statistic of a named year", 1955, [("plan", ["据一九五二年的统计，沿海各省的工业产值占全国工业总产值的百分之七十以上。"])],
     {"百分之七十": (None, "1952", "actual", "share")}),
    ("万万", 1957, [("review", ["涉及六万万人民生活的历史大变革。"])], {"六万万": (None, None, None, "level")}),
    ("a grant over the plan", 1982, [("plan", ["二、第六个五年计划的基本任务"]),
                                    ("plan", ["这五年内，除了国家每年增加对这些地区的财政补贴以外，国家财政还将拨出二十五亿元专项资金，用于支援这些地区的建设。"])],
     {"二十五亿元": ("国家财政专项资金", "1981-1985", "target", "cumulative")}),
]


@pytest.mark.parametrize("name, year, paragraphs, expected", CASES, ids=[c[0] for c in CASES])
def test_hand_checked(name, year, paragraphs, expected):
    obs = observe(year, paragraphs)
    for value_text, want in expected.items():
        rows = obs[obs["value_text"] == value_text]
        if want is None:
            assert rows.empty, f"{value_text} is not a value"
            continue
        assert len(rows) >= 1, f"{value_text} missing"
        row = rows.iloc[0]
        got = (row["indicator_zh"], period(row), row["status"], row["measure"])
        assert all(w is None or g == w for g, w in zip(got, want)), f"{value_text}: {got} != {want}"
