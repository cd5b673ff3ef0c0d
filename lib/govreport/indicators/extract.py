"""Sentences -> observations: every number becomes a dated, typed, traceable row.

For each sentence: find the numbers (``govreport.indicators.numbers``), drop those that are
not quantities (denominators 每万人, thresholds 10亿元以上项目, bare numbers, the 连续N年 of a
streak, which goes to ``streak_years`` of the value beside it), split the sentence into
clauses, and for each value decide
- the indicator: the subject the number belongs to (``govreport.indicators.subject``: lists,
  the noun a number counts, the noun phrase before it, the clause's or sentence's subject),
  mapped through the registry with its score and rule; a name joining two registered
  indicators ("国内生产总值和城乡居民人均收入…翻一番") gives one observation each;
- the measure: rank / ratio / share / growth_rate / change / cumulative / level / streak,
  from the number's kind, its unit and the words just before it (a flow added to a stock,
  净增1200家高新技术企业, is a change of the stock);
- stock_flow and bound: a stock (总量, 累计, a registered stock) or a flow (新增, 引进, a
  registered flow); a ceiling (以下, 以内, 控制在) or a floor (以上, 不低于, 超过);
- the year or period and the status, from explicit years ("由2015年的…", "到2025年",
  “十三五”期末, 届时), keywords (预计/有望 -> estimate; 累计, 年均, 每年, 五年), and the
  sentence's time frame (``govreport.indicators.timeframe``: annual review, the year's plan,
  a five-year review or five-year goals, from cues, headings and the corpus stage's part);
  a plan named with its provisions (第六个五年计划规定…) dates the figures of its paragraph over
  the plan (start values the year before it, levels reached at its end, yearly rates over it),
  and 五年内 / 两年中 in a report delivered while a plan runs mean that plan's years.

Not values: thresholds of what is counted (在三百元以上的大队, …以上的，共有…), denominators
(每万人, 按百元产值), durations (49年合计), counts after 这/上述 and counts of measures, proposals
or great tasks (采取四项措施：, 八项主张, 两件大事), rhetorical multiples (百倍的仇恨) and names of
programmes and companies (千家企业节能行动, 三元、麦福劳等).

Offsets: numbers are found in the sentence's clean text; ``to_raw(doc_id,
clean_offset)`` maps ``clean_start + offset`` back into the raw text (identity when
``to_raw`` is None, as in the naive fixture corpus).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter, namedtuple
from typing import Callable

import pandas as pd

from govreport.indicators import not_facts
from govreport.indicators.numbers import NumberMention, find_numbers, find_years
from govreport.lang.numerals import parse_chinese_numeral
from govreport.indicators.registry import Match, Registry, load_registry, shown_name
from govreport.indicators.subject import assign_names, name_items_of_lead, name_the_places, pos_tokens, split_list, subject_of
from govreport.indicators.timeframe import _plans, frame_context, sentence_frames
from govreport.lang.periods import PLAN_ABBR, YEAR_WRITTEN, abbr_plan_number, plan_period
from govreport.lang.simplified import to_simplified
from govreport.indicators.regex import compiled as _rx

OBS_COLUMNS = ["obs_id", "doc_id", "sentence_id", "table_cell", "indicator_id", "indicator_zh", "indicator_en",
               "value", "unit", "value_base", "unit_base", "ref_year", "ref_period_start", "ref_period_end",
               "status", "measure", "qualifier", "char_start", "char_end", "snippet", "mapped", "value_text",
               "indicator_text", "stock_flow", "bound", "streak_years", "match_score", "match_rule"]

_CLAUSE_SPLIT = re.compile(r"(?<!\d)，|，(?!\d{3}(?!\d))|[；。！？;!?]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d)(?<!\d )[：:]|[：:](?!\d)(?! \d)")   # (3.6 : 48 : 48.4)
_ESTIMATE = re.compile(r"预计|有望|预期可|(?<!充分)估计(?!到)")   # (充分估计到…的积极性: takes into account)
# a share named "A占B" without its share word: the convention names it "A占B比重" (占领, 占用, 占地 are no share)
_SHARE_WITHOUT_WORD = re.compile(r"^(?!.*(?:比重|比例|占比|份额|比率|百分比)).*占(?!领|用|地|有)[^占]+$")
_TARGET_WORDS = re.compile(r"确保|力争|力促|力求|争取|目标|争创|努力|应该|应当|纲要要求")
_FIVE_YEAR_REVIEW = re.compile(r"^(?:五年来|过去五年|这五年|“" + PLAN_ABBR + "”(?:时期|期间|以来)|" + PLAN_ABBR + "(?:时期|期间))")
_PLAN_NAME = re.compile("“?" + PLAN_ABBR + "”?(期末|末|时期|期间|规划期|期)?")
# words that state a level reached at the end of a period ("增至", "达到", "突破" ...); 超过 is a qualifier
_LEVEL_VERB = re.compile(r"(?:达到?|增至|升至|降至|提高到|提高至|提升到|提升至|下降到|下降至|减少到|减少至|增加到|增加至|扩大到|"
                         r"扩大至|缩小到|缩小至|[整合调]\w?至|突破|保持|保持在|控制在|稳定在|为|是|总量|规模|余额|稳居|"
                         r"居|位列|跃居|至|到)(?:了)?(?:现在的|目前的|当前的)?\s*$")
_LEVEL_NAME = re.compile(r"(率|比重|占比|比例|比率|规模|总量|余额|总额|水平|指数|浓度|总数|拥有量|保有量|人均|标准|里程|寿命|年限|"
                         r"覆盖|面积|容量|能力|产量)")
_MAINTAIN = re.compile(r"(?:保持在?|控制在|稳定在|维持在?|严守|守住|坚守|不低于|不少于|不超过)(?:了)?\s*$")
_GROWTH_BEFORE = re.compile(r"(?:减价|降价|提价|涨价|增长|增速|增幅|下降|降低|减少|减轻|提高|提升|上升|上涨|涨幅|增加|回落|降幅|缩小|扩大|下降了|增长了|提高了|递增|增产|减产|"
                            r"增速为|增速在|增幅为|增速达|(?<!自然)增长率|同比|比上年|较上年|精简|压减|削减|再降|降|改善|下调|上调|"
                            r"增速达到|增幅达到|涨幅为|(?<!自然)增长率为|节约|节省|压缩|缩减|总和还多|还多|(?<=[上再要])减)(?:了)?(?:均|都)?\s*$")   # (增幅均超过10%; 原则上减一半)
_GROWTH_NAME = re.compile(r"(?:增长|增速|增幅|涨幅|降幅|(?<!自然)增长率|增长速度|递增的?速度|增长的速度)(?:的)?(?:预期目标|目标|预期|预计)?"
                          r"(?:都|均|也|一般|仍然|仍|还|已经|已|竟|只|仅)?(?:将|要|可|预计将?)?"
                          r"(?:为|是|达到?|高达|保持在?|在|控制在|定在|定为|调整为|确定为|拟定为|拟定|拟为|拟按)?\s*$"
                          r"|(?:涨幅|增幅|增速|降幅)(?:回落|下降|回升|上升|提高|降|升)(?:到|至)\s*$")   # (居民消费价格涨幅回落到2.6%: a growth rate)
_DECLINE = re.compile(r"(?:(?<![至多])少|(?<=[上再要])减|减价|降价|下降|降低|减少|回落|缩小|下滑|降幅|精简|压减|削减|裁减|再降|降|改善|下调|缩短|压缩|缩减|减轻|节约|节省)(?:了)?\s*$")
# the verb and its short object right before the number, after a subject (五年内工业生产增加产值百分之九十八点三)
_VERB_OBJECT_ENDS = re.compile(r"(?:压减|削减|减少|降低|精简|缩短|压缩|提高|增加(?!值)|下调|上调)[^\W\d的占率重比到至为于在了达约近超逾]{1,4}$")
_VERB_OBJECT_RATE = re.compile(r"^(?:(?:再|要|将|累计)?(?:压减|削减|减少|降低|精简|缩短|压缩|提高|增加|下调|上调))"
                               r"[\u4e00-\u9fff“”]{2,16}?(?:平均)?(?:缩短|减少|降低)?$")
_CHANGE_COUNT = re.compile(r"(?:较|比)(?:上年|去年|上一年|年初)?\w{0,4}(?:增加|多|少|减少|新增|增产|减产|多产)(?:了)?\s*$")
_CHANGE_VERB = re.compile(r"(?:净增|净减|增加|减少|增产|减产|缩减|再增加|再提高|提高|降低|下降|压减|削减|裁减|精简|扩大|缩小|增长|上调|下调|多(?=了)|(?<=月|年)增)(?:了)?"
                          r"(?:约|近|超过|超|逾|多)?\s*$")
_SHARE_NAME = re.compile(r"占|比重|占比|比例|比率|份额")
_PART_OF_TOTAL = re.compile(r"(?:总额|总数|总量|总值|总和|总投资|投资额|总产值|总收入|总支出|总面积|总人口|总产量)的\s*$")
# a percent of a set of things (指标分别有百分之四十三…没有恢复, 合作社，百分之九十以上是巩固的, 国内制造的部分…
# 提高到百分之六十) is a share of the set, unless the name is itself a rate (覆盖率有90%)
_SHARE_OF_SET_BEFORE = re.compile(r"(?<![已现共还尚仍只仅])(?:分别)?有\s*$")
_SHARE_OF_SET_AFTER = re.compile(r"^(?:以上|以下|左右)?(?:都|均|已经|已)?(?:是|属于|在(?=[\u4e00-\u9fff]{2,8}[，。；]))(?:([\u4e00-\u9fff]{1,6}?)的)?")
# a rate named as the size of a rise (提价幅度超过20%, 上调幅度, 涨价幅度)
_RISE_NAME = re.compile(r"(?:提|涨|增|降|上调|下调|提高|上涨|增长|下降|调整|减)[\u4e00-\u9fff]{0,2}幅度$")
_RATE_NAME = re.compile(r"(?:率|比重|占比|比例|比率|份额|水平|指数|幅度|速度|浓度|系数|增速|增幅|降幅|涨幅)$")
_CHANGE_NAME = re.compile(r"(?:增加|增长|增产|减少|减产)的(?:绝对数|绝对额|绝对值|数量|数额)")
_PERIOD_WORDS = re.compile(r"每年|年均|五年|累计|新增|先后|共计")
_ALREADY = re.compile(r"(?:已经?(?:发展|增加|扩大|上升)到|已经?达到(?:了)?(?:全体|全部|全国|总)[\u4e00-\u9fff]{1,8}的|已经?[\u4e00-\u9fff]{1,4}了|已达到?|已经达到?|已有|已经有|现有|已经?形成|已经?超过|已经?突破|已经?占[^，。；]{0,12}|已经?建成的[^，。；]{0,10}|现在的|现行的?|(?:我国|全国|我省|全省|我市|全市)(?:共)?有)\s*$|^\s*(?:目前|现在|迄今|截至目前)")
_FLOW_NAME = re.compile(r"新增|净增|引进|新引进|新建|新开工|新投产|投产|新设|新登记|新认定|新培育|改建|改造|建设|完成|实现|解决|推出|获批|"
                        r"培训|救助|搬迁|落户|脱贫|摘帽|减税|降费|减负|发放|资助|招录|吸纳|扩招|开工|竣工|建成|关停|淘汰|整治|"
                        r"治理|造林|退耕|打造|举办|开展|实施|帮助|带动|签约|引导|设立|出台|制定|修订|清理|取消|下放")
_FLOW_HEAD = re.compile(r"(?:(?:供应|销售|收购|零售|批发|生产|消费|运输)[\u4e00-\u9fff]{0,6}(?:总量|总额|总值)|收入|支出|产值|产量|投资|利润|税收|销售额|营业额|营业收入|出口|进口|进出口|消费|发电量|货运量|"
                        r"客运量|周转量|拨款|贷款发放)(?:总数|总额|总量|合计)?$")
_STOCK_NAME = re.compile(r"总量|总数|累计|存量|拥有量|保有量|余额|里程|总人口|人口总量|在校|常住人口")
# a percent of a plan: done (完成年计划27％, 完成预算数的121.68％) or above it (超过原定计划…的百分之十五点三,
# 比原计划超过百分之四)
_VS_PLAN = re.compile(r"(?P<over>(?:超过|超额|超出)(?:了)?(?:原定|原来|原|国家|年度|全年|年|第[一二三四五六七八九十]{1,3}个五年|五年)?(?:的)?(?:计划|预算)[^，。；]{0,16}?的?"
                      r"|(?:比起|比|较)(?:原定|原来|原|国家|年度|全年)?(?:的)?(?:计划|预算)(?:数)?(?:还|又)?"
                      r"(?:超过|超额|超出|增长|增加|多|少|减少|低)(?:支出|收入)?(?:了)?(?:约|近)?)\s*$"   # (比预算少支出了约1.59％: below it)
                      r"|完成(?:了)?(?:原定|原来|原|国家|年度|全年|年)?(?:的)?(?:计划|预算)(?:数|任务)?的?\s*$"
                      r"|(?:计划|预算)(?:都|均|已经|已)?(?:完成|执行)(?:了)?\s*$")
# the time a sentence opens with (从一九六六年到一九七六年的十一年中，/ 1985年，): when the sentence ends with ；,
# the next one (the corpus splits there) goes on about the same years
_OPENING_TIME = re.compile(r"^\s*(?:在|从|自|到|至)?(?:(?:" + YEAR_WRITTEN + r")\s*年(?:(?:到|至)(?:" + YEAR_WRITTEN + r")\s*年)?"
                           r"|这[两二三四五六七八九十几]年|近[两二三四五]年|[两二三四五]年来)"
                           r"(?:的?[^，。；：]{0,8}?(?:中|里|间|期间|内|以来|来)|(?:同|与|比)(?:" + YEAR_WRITTEN + r")\s*年相?比)?[，,]")
# (1986年同1978年相比，…；国家财政收入由1121亿元增加到2220亿元；: the chain compares the same years)
# a cohort the year will bring (今年高校毕业生将高达765万人, 超过1000万人): foreseen, not planned
_COHORT = re.compile(r"(?:毕业生|新成长劳动力|需要就业的(?:人数|人员|劳动力)?)(?:人数)?(?:将|预计)?(?:高达|达到?|超过|超|约|有|为)?\s*$")
# a span of years said with 时间 (在五年时间内): the span of its own clause
_SPAN_IN_TIME = re.compile(r"(?:(?P<plan>(?!))|(?P<next>(?!))|(?<![\d一二三四五六七八九十])(?P<last>))(?P<n>[两二三四五六七八九十])年时间(?:内|里|中)")
# a long-range plan named with its years (一九五六年到一九六七年全国农业发展纲要) and a task it sets for its N years
# (纲要要求：棉花的亩产量在十二年内…分别达到…; 纲要所提出的…灌溉面积在十二年内达到九亿亩的要求)
_LONG_PLAN_NAMED = re.compile(r"(" + YEAR_WRITTEN + r")\s*年(?:到|至|—|－|-)(" + YEAR_WRITTEN + r")\s*年[^，。；]{0,16}?(?:纲要|规划)")
_LONG_PLAN_TASK = re.compile(r"(?:纲要|规划)(?:修正草案|草案)?(?:所)?(?:要求|规定|提出)[^。；]*?(?:在|于)?([十两二三四五六七八九]{1,3})年(?:之)?内")
_ANY_PLAN_NAME = r"(?:“?" + PLAN_ABBR + r"”?|“[一二三四五六七八九十]五”|[六七八九]五|第[一二三四五六七八九十]{1,3}个五年)"
# the years a list gives one value each (前三年分别上升4.9％、5.5％、0.2％: the three years before, in order)
_N_YEARS_EACH = re.compile(r"(前|近|过去)([两二三四五])年(?:来)?(?:分别|依次)")
_COMPARED_OPENING = re.compile(r"^\s*(?:以|拿)?(" + YEAR_WRITTEN + r")\s*年(?:预计)?(?:的[\u4e00-\u9fff]{1,6}?)?(?:同|与|比|和)(" + YEAR_WRITTEN
                               + r")\s*年(?:的[\u4e00-\u9fff]{1,6}?)?(?:作|进行)?(?:相比|比较)[，,]")
# the base said first (同一九五七年比较，一九六四年供应的…都增长百分之三十以上)
_COMPARED_OPENING_BASE_FIRST = re.compile(r"^\s*(?:同|与|和|跟)(" + YEAR_WRITTEN + r")\s*年(?:作|进行)?(?:相比|比较)[，,]\s*("
                                          + YEAR_WRITTEN + r")\s*年")


def _compared_opening(text: str) -> tuple[int, int] | None:
    """(year, base year) of a sentence that opens comparing two years, else None."""
    m = _COMPARED_OPENING.match(text)
    if m:
        return _year_number(m.group(1)), _year_number(m.group(2))
    m = _COMPARED_OPENING_BASE_FIRST.match(text)
    return (_year_number(m.group(2)), _year_number(m.group(1))) if m else None
# a lead of a list of what is done (已建成的主要有：…；…；): the items are done
_DONE_LIST = re.compile(r"^\s*已经?(?:建成|完成|开工)的?(?:主要|项目)?(?:有|是)[：:]")
# a lead sentence (ending with ：) that announces the estimates of a year for the list after it
_LEAD_ESTIMATE = re.compile(r"(" + YEAR_WRITTEN + r")\s*年的?(?:预计|估计)")
# a short sentence on how a thing fares, with no number (经营主体稳中培优。): its thing is the next sentence's topic
_TOPIC_SENTENCE = re.compile(r"^\s*([\u4e00-\u9fff]{2,8}?)(?:稳中培优|稳中向好|稳中有进|持续增长|持续壮大|不断壮大|稳步增长|加快发展|"
                             r"快速发展|持续向好|持续优化|不断优化|量质齐升|提质增效)[。！]?\s*$")
# households counted after a bare 万/亿 (900多万个体工商户, 近千万家庭)
_HOUSEHOLDS_AFTER = re.compile(r"(?:多|余)?(?:以上|左右)?的?[\u4e00-\u9fff]{0,5}?(?:户(?![籍口])|家庭)")
# a count of people that qualifies a noun (14亿人的粮食安全, 14亿多中国人的饭碗): the population as it is
_POPULATION_OF = re.compile(r"(?:多|余)?((?:中国|各族)?(?:人民|人口|农民|农户|人))?(的)?")
# a change told as done, from a past year to the report's year (由一九八○年的六百七十五所增加到一九八二年的七百二十九所,
# in a report delivered at the end of 1982): the report's year is over, its figures are actuals
_REACHED = re.compile(r"(?:由|从)(?:" + YEAR_WRITTEN + r")\s*年[^。；]{0,30}?(?:增加|增长|提高|上升|下降|减少|降低|扩大|缩小|发展)(?:了)?(?:到|至)"
                      r"(?:(?:" + YEAR_WRITTEN + r")\s*年|今年)")
_REACHED_FROM = re.compile(r"(?:由|从)(?:" + YEAR_WRITTEN + r")\s*年[^。；]{0,30}?(?:到|至)")
# a sentence that goes on with the years of the sentence before (这三年…, 这两部分共计…, 此外，…共…)
_TOLD_SPAN_GOES_ON = re.compile(r"^\s*(?:这|此外|另外|加上)")
# a sentence that restates the one before in other terms
_SAID_AGAIN = re.compile(r"^\s*(?:这就是说|也就是说|这就是讲|换句话说|换言之)[，,]")
_FUTURE = re.compile(r"将(?!近)|(?<![主需重首纲摘])要|计划|预算|预计|力争|争取|可望|有望|目标|规划|预期|设想")
# what a fund holds at a point in time: 全国社会保障基金积累4140亿元, 结存, 余额达
_STOCK_VERB = re.compile(r"(?:积累|结存|滚存|余额|存款余额)(?:了|达到?|为|已达)?\s*$")
_CEILING_WORDS = ("以下", "以内", "之内", "不超过", "不高于", "低于", "小于", "不到", "≤", "<", "区间上限")
_FLOOR_WORDS = ("以上", "不低于", "不少于", "超过", "超", "突破", "逾", "高于", "大于", "多于", "≥", ">", "≧", "余", "多",
                "区间下限")
_STREAK_BEFORE = re.compile(r"连续\s*$")
# since when a change runs: 1978年以来 (from that year), 解放以来 (from the year after the event)
_SINCE_EVENTS = {"解放": 1950, "全国解放": 1950, "建国": 1950, "新中国成立": 1950, "中华人民共和国成立": 1950, "改革开放": 1979}
_SINCE = re.compile(r"(?:(" + YEAR_WRITTEN + r")\s*年|(" + "|".join(sorted(_SINCE_EVENTS, key=len, reverse=True))
                    + r"))(?:以来|后)(?!的)")          # (建国以来的最高水平: a comparison, not a period)
_CHANGE_OBJECT = re.compile(r"(?:^|[，、])\s*(?:[\u4e00-\u9fff]{2,8}?(?=将|要|还要|再|又|继续))?(?:同时|并且|并|保证|确保|力争|争取|每年|今年|明年|全年|当年|去年|上年|年内|还要|还|要|将|再|又|继续|共|累计)*(?:增加|减少|增发|多发|多增|少增|削减|裁减|压缩|压减)"
                            r"(?:了)?(?![到至为达])(?:(?!超过|达到|到|至)[\u4e00-\u9fff“”]){2,16}$")
# a plan named as providing for something: 第六个五年计划规定, “七五”计划草案要求, 十二五规划提出
_PROVISION = re.compile(r"(?:五年计划|五年规划|五”计划|五”规划|五计划|五规划)(?:草案|纲要|建议)?(?:中)?(?:规定|要求|提出|确定|安排|提出的?目标)")
# 约 before the verb of a number (约增长百分之三十三, 大约有70元, 将约达…): the number is approximate
_ABOUT_BEFORE_VERB = re.compile(r"(?<![条节制契公预签合缔])约(?:增长|增加|提高|上升|下降|减少|降低|节约|占|为|是|有|达到?|等于|相当于)(?:了)?\s*$")
# an output per year (粮食年产量超760亿斤, 石油年产量稳定在一亿吨) over several years: a level held, not a sum
# a percent of an amount that goes somewhere (近80%投向民生领域): a share of it
_SHARE_GOES_TO = re.compile(r"(?:以上|左右)?(?:投向|用于|投入到?|集中于|流向)")
_PER_YEAR_LEVEL = re.compile(r"(?<![增加新])年产量")
# the time a plan is done (计划完成之后, 到计划期末): a level then, not a sum over the plan
_PLAN_DONE = re.compile(r"(?:计划|规划)(?:完成|结束|实现)(?:之后|以后|后|的时候|时)|(?:到|至)(?:计划|规划)?期末")
# a sum over the five years said as such (五年合计, 这五年共): not a level reached, whatever the verb
_FIVE_YEAR_SUM = re.compile(r"五年(?:来|间|中|里|内)?(?:合计|共计|总计|累计|一共|总共|共)")
# what a share of a set is or where it comes from, said of now (…的60％以上来自国有企业, …百分之九十以上是巩固的)
_SHARE_STATE = re.compile(r"\s*(?:以上|左右|多)?(?:的[^，。；]{1,12}?)?(?:来自|是[^，。；]{1,6}的|在[^，。；]{1,10}就业)")
# who proposed a span of years and when (2004年我们提出用三年时间…): the span counts from that year
_PROPOSED = re.compile(r"\s*(?:我们|国务院|党中央|中央|政府)?(?:曾)?(?:提出|决定|部署|作出)(?:了)?\s*")
_REAL_GROWTH = re.compile(r"实际(?:增长|下降|增加|提高|上涨|增幅|增速)")
_ANNUAL_AVG = re.compile(r"年均(?!浓度|值|气温|降水|水平|收入|工资)")
# people counted after a bare 万/亿 (1000万以上贫困人口, 十亿多人口, 3000多万农村义务教育阶段学生), not
# 人民币, nor money for people (资金3000多万用于学生资助)
_PEOPLE_AFTER = re.compile(r"(?:多|余)?(?:以上|左右)?的?(?:(?!用于|用在|给|为|向|对)[\u4e00-\u9fff]){0,8}?(?:人口|农民|职工|劳动力|群众|居民|医生|教师|干部|工人|青年|学生|"
                           r"儿童|老人|人员|业者|劳动者|工作者|(?:侨|难|移|牧|渔|灾|股)民|华侨|文盲|人(?![民工]))")   # (人才 are people: 五百万高级专门人才)
# a target set before, told in a review: 去年我在政府工作报告中曾提出，要把…控制在百分之十以内
_PAST_TARGET = re.compile(r"(?:(?:曾经?|当初|原来|原先)|(?:去年|上年)的?(?:政府工作)?报告(?:中)?(?:曾经?)?)(?:提出|要求|规定|确定)[^。；]{0,12}?要(?:把|使|将)?")
# a verb with the perfective 了 (颁布了, 取得了): what was done, not what is planned
_DONE = re.compile(r"[\u4e00-\u9fff](?<![为除罢])了(?!解|如指掌|不起)")
# a clause that opens with its year is about that year (一九八三年…增加一百二十七亿元，一九八四年增加…)
_YEAR_OPENS = re.compile(r"^\s*(?:其中|而)?\s*(?:" + YEAR_WRITTEN + r")\s*年(?!以来|来|底以前|以前|内|中|间)")
# a clause that opens with the plan of a past year states the plan's figure, not what was done
_PLANNED = re.compile(r"^\s*(?:原|原来|本来|原定|年初)?计划(?!生育|单列|经济|体制|管理|内|外|完成|执行|的|规定的|任务)"
                      r"(?:[\u4e00-\u9fff]{0,3})?(?:建成|完成|投产|安排|生产|新增|增长|达到|为|是|要求|规定)")
# a clause after which 预计 no longer holds (预计达到…，超过年度计划百分之四点一: still the estimate)
_ESTIMATE_ENDS = re.compile(r"[，,；;：:]\s*(?:其中)?\s*(?:今年|明年|去年|上年|本年|(?:" + YEAR_WRITTEN + r")\s*年|要|将|力争|争取|计划|原计划|目标|但|而)")
# a sentence that opens with the five years under review (五年间，/ 五年来，/ 过去五年，)
_FIVE_YEAR_SPAN_OPENS = re.compile(r"^\s*(?:在)?(?:过去|这)?(?:的)?五年(?:(?:间|中|里|来|内)?[，,]|(?![计规前后以之])(?=[\u4e00-\u9fff]{2}))")   # (五年中央财政用于科技的投入达到…: no comma)
# a sentence that opens with last year tells what was done then, clause after clause
_LAST_YEAR_OPENS = re.compile(r"^\s*(?:[\u4e00-\u9fff]{0,4}[，,])?(?:去年|上年)(?!同期|以来|底|末|的基础|水平)")
# a clause that opens with 本年/今年 is about the report's own year (in a budget report, the budget's),
# whatever year an earlier clause named (…扣除1955年用上年结余…，则本年收入实际增长15.83％)
# a clause on a part of this year (今年上半年又比去年同期增长…): the years of the clauses before are not its
_PART_OF_THIS_YEAR_CLAUSE = re.compile(r"^\s*(?:则|而|但|即|其中)?\s*(?:本年|今年)(?:上半年|一季度|第一季度|前三季度)")
_THIS_YEAR_CLAUSE = re.compile(r"^\s*(?:则|而|但|即|其中)?\s*(?:本年|今年)(?!以来|上半年|一季度|第一季度|前)")
_EVENT_AFTER = re.compile(r"^[\u4e00-\u9fff“”]{0,16}?(?:实现|全部|顺利|完成|通过|被|落户|脱贫|摘帽|获评)")


_COUNT_UNIT = re.compile(r"^(?:[万亿千百]*)(?:个|家|项|所|条|座|台|批|户|场|人|名|只|套|处|类|件)")
# money a verb spends (投资9600万元实施的…项目, 安排200亿元…支持4441个…项目): the amount spent, no bar
_SPENT_BEFORE = re.compile(r"(?:投资|投入|安排|筹集|拨付|下达|使用|补助|完成投资)(?:了)?(?:资金)?\s*$")
_THRESHOLD_LINK = re.compile(r"^(?:及以上|以上|以下|级)?的?")
_VERB_START = re.compile(r"^(?:增长|下降|提高|提升|左右|以内|达到|实现|完成)")


def _is_denominator(text: str, n) -> bool:
    """每千人口 / 每万人 / 每百户: the number belongs to the name of a rate, not a value."""
    return text[max(0, n.start - 1):n.start] == "每" or (
        text[max(0, n.start - 1):n.start] == "按" and n.notation == "chinese" and n.value in (100, 1000, 10000))   # 按百元产值


def _is_threshold(text: str, n, later, earlier=()) -> bool:
    """'10亿元以上产业项目67个', '60岁以上人口已达2.5亿': an amount that qualifies what is counted,
    not a value of its own.

    The number is followed (after 以上/的) by a noun, and a counted number follows in the clause;
    or it carries 以上/以下 and any value follows.
    """
    if _rx(r"(?:及)?以[上下]的[，,]?\s*(?:共|已经|已|主要|大多|大都|多数|大部分)?(?:有|是)").match(text[n.end:]) or _rx(
            r"(?:到|至)[^，。；]{0,8}?的(?:共)?有").match(text[n.end:]) or _rx(r"的(?:共)?有").match(text[n.end:]) or _rx(
            r"(?:、[^，。；]{0,8}?|或者?[^，。；]{0,8}?)+(?:及)?以[上下]的[，,]?\s*(?:共|已经|已)?有").match(text[n.end:]):
        return True                                # 亩产皮棉六十斤、八十斤或者一百斤以上的，共有二百零四个县
    if _rx(r"在\s*$").search(text[max(0, n.start - 2):n.start]) and _rx(r"(?:及)?以[上下]的[\u4e00-\u9fff]").match(text[n.end:]):
        return True                                # 集体分配平均每人在三百元以上的大队
    if _SPENT_BEFORE.search(text, max(0, n.start - 6), n.start) and not n.qualifiers:
        return False                               # 中央财政安排219亿元支持116户国有企业…: money spent
    if _rx(r"及以[上下](?=[\u4e00-\u9fff])").match(text[n.end:]):
        return True                                # 推进35万千瓦及以上燃煤机组供热改造: a class of units
    before = [m for m in earlier if m.unit and _COUNT_UNIT.match(m.unit)]
    if before and n.unit and not _COUNT_UNIT.match(n.unit) and "超" in "".join(n.qualifiers) and _rx(
            r"[\u4e00-\u9fff]{1,12}(?:超过?|突破|逾)").fullmatch(text[before[-1].end:n.start]) \
            and not _rx(r"(?:完成|累计|实际)?(?:总)?投资(?:额)?(?:超过?|突破|逾)$").search(text[before[-1].end:n.start]):
        return True                                # 191家工业企业营业收入超百亿元: the bar of what is counted
        #                                            (100个…项目完成投资超260亿元: their sum, a value)
    after = text[n.end:n.end + 8]
    link = _THRESHOLD_LINK.match(after)
    after = after[link.end():]
    if not after or not _rx(r"[\u4e00-\u9fff]").match(after) or _VERB_START.match(after):
        return False
    counted = [m for m in later if m.unit and _COUNT_UNIT.match(m.unit) and m.unit.lstrip("万亿千百") != n.unit.lstrip("万亿千百")]
    if counted and (link.end() or not _rx(r"[、，和及与]|在|有|是").search(text[n.end:counted[0].start])
                    and counted[0].start - n.end <= 12):   # (三十万手工业者组织在四千八百多个合作社中: two counts)
        return True
    if _rx(r"(?:及以上|以上|以下)").match(text[n.end:n.end + 3]) and later and n.unit not in ("%", "百分点") \
            and _rx(r"[\u4e00-\u9fff]{1,10}(?:已经?|已)?(?:达到?|为|超过|突破|有|约)?[约近超]?").fullmatch(
                    text[n.end + link.end():later[0].start]):
        return True                                  # 60岁以上人口已达2.5亿
    # "6个营收超2000亿元产业集群": the count comes first, a few characters before
    if not n.unit or _COUNT_UNIT.match(n.unit):
        return False  # "124条道路出新和227条背街小巷整治" is a list of counts
    gap = text[before[-1].end:n.start] if before else ""
    return bool(before) and _rx(r"[\u4e00-\u9fff]{0,6}").fullmatch(gap) is not None \
        and (not gap or bool(n.qualifiers) or _rx(r"(?:及)?以[上下]|级").match(text, n.end) is not None)   # (完成了5个行政村
    #                                            17.2公里的村巷硬化: the km of those villages, a value)


def _clauses(text: str) -> list[tuple[int, int]]:
    """Clause spans; punctuation inside brackets (（不包括手工业产值，下同）) or around an aside (，包括…在内，) does not split."""
    inside = set()
    for m in _rx(r"（[^（）]{0,80}）|\([^()]{0,80}\)|[，,]\s*(?:不)?包括[^，。；（）]{1,24}在内[，,]").finditer(text):
        inside.update(range(m.start(), m.end()))   # (，包括原有企业和新建企业的在内，: an aside on scope)
    spans, start = [], 0
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.start() in inside:
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _joined_years(text: str, years: list) -> list:
    """Two years joined by 和/及/、 (一九五八年和一九五九年两年造林…) are one span, unless compared (相比)."""
    out = list(years)
    for i in range(len(years) - 1, 0, -1):
        (a1, b1, s1, _e1), (a2, b2, s2, e2) = years[i - 1], years[i]
        if text[b1:a2] in ("和", "及", "、", "与") and s1 < s2 <= s1 + 4 \
                and not _rx(r"[^，。；]{0,6}(?:相比|比较|对比)").match(text, b2):
            out[i - 1:i + 1] = [(a1, b2, s1, e2)]
    return out


def _explicit_year(text: str, pos: int, clause_start: int, years, plan_years,
                   report_year: int = 9999) -> tuple[int, int, str] | None:
    """The year (start, end, how) that dates the number at ``pos``, if the sentence states one."""
    best = None
    years = _joined_years(text, years)
    for (a, b, y1, y2) in years + plan_years:
        if b > pos:
            continue
        before = text[max(0, a - 3):a]
        after = text[b:b + 4]
        if _rx(r"(较|比|与|同|和|相比|同比|以)\s*$").search(before) or after.startswith(("基础上", "相比", "同期", "比较", "基数", "为基数", "为基期")) \
                or _rx(r"在\s*$").search(before) and _rx(r"\s*的?\s*(?:基础|水平|基数)|[^，。；\d]{0,16}?的\s*(?:基础|基数)上").match(text[b:]):   # (在一九五八年增产三千八百亿斤的基础上)
            if _rx(r"\s*的\s*").fullmatch(text[b:pos]):
                return y1, y2, "from"      # 比一九五七年的五百三十七亿元: the base value itself
            continue                       # a base year of a comparison
        if _rx(r"(?:为|是|相当于|等于|达到|达)\s*$").search(before) and _rx(r"\s*(?:[\u4e00-\u9fff]{0,6}?的)?[^，。；]{0,12}倍").match(text[b:]) \
                and not _rx(r"\s*[^，。；]{0,12}倍").fullmatch(text[b:pos]):   # (not 是1997年的1.8倍: the number is of the year)
            continue                       # a base year of a comparison
        base_of = _rx(r"[^，。；]{0,24}?的基础上").match(text, b) if _rx(r"在\s*$").search(before) else None
        if base_of and pos >= base_of.end():
            continue                       # 在1979到1983年平均每年递增7.9％的基础上，比上年增长14.2％: a base
        if _rx(r"\s*\d{1,2}\s*月").match(after):
            continue                       # a date
        if _rx(r"\s*以来").match(after):
            continue                       # 1955年以来: where a period starts (see _SINCE)
        if _rx(r"\s*(?:底|末)?(?:以前|之前)[^，。；]{0,6}的").match(text[b:b + 12]) and y2 < report_year:
            continue                       # 2000年底以前发布的756件法规: a bound of what is counted
        if _rx(r"的?[\u4e00-\u9fff]{2,12}(?:是|为|达到?|有)\s*").fullmatch(text[b:pos]) and y1 == y2 \
                and not _rx(r"(较|比|与|同|由|从)\s*$").search(before):
            best = (y1, y2, "explicit")    # 一九三六年的粮食产量是三千亿斤
            continue
        if after.lstrip().startswith("的") and y1 == y2 and _rx(r"\s*的\s*[\u4e00-\u9fff“]").match(text[b:]) \
                and not _rx(r"(由|从)\s*$").search(before) and _rx(r"(?:^\s*(?:但|但是|而|可是|然而|同时|另外|此外)?|[，；：:]|在|到|据|按)\s*$").search(text[:a]) \
                and not _rx(r"\s*的\s*(?:基础|水平|同期|基数|[一二三四五六七八九十两百千\d])").match(text[b:]):
            best = (y1, y2, "explicit")    # 1957年的工业总产值比1956年将增长…: the year of the subject
            continue
        if (_rx(r"(由|从)\s*$").search(before) or after.lstrip().startswith("的")) and y1 == y2:
            # "由2015年的8681亿元": dates only the number right after it
            if text[b:pos].strip(" 的") and not _rx(r"[\s的]*").fullmatch(text[b:pos]):
                continue
            return y1, y2, "from"
        best = (y1, y2, "explicit")
    return best


def _plan_under_way(year: int, early: bool = True) -> tuple[int, int] | None:
    """The five-year plan that holds ``year``; when ``early``, only in its first two years (a report
    of 1982 speaks of the sixth plan, 1981-1985, when it says 五年内; late in a plan the next one
    may be meant). None in the years between plans (1963-1965)."""
    for k in range(1, 30):
        start, end = plan_period(k)
        if start <= year <= (start + 1 if early else end):
            return start, end
    return None


def _plan_year_mentions(text: str, report_year: int) -> list[tuple[int, int, int, int]]:
    out = []
    for m in _PLAN_NAME.finditer(text):
        start = plan_period(abbr_plan_number(m.group(1)))[0]
        suffix = m.group(2) or ""
        if suffix in ("期末", "末"):
            if _rx(r"(较|比|与|相比)\s*“?$").search(text[max(0, m.start() - 2):m.start() + 1]):
                continue                   # 较“十三五”末: a base of a comparison
            out.append((m.start(), m.end(), start + 4, start + 4))
    return out


def _measure(n: NumberMention, window: str, name: str, clause_before: str, own: str) -> str:
    if n.kind == "rank":
        return "rank"
    if n.kind == "streak":
        return "streak"
    if n.kind == "times":
        return "growth_rate"                       # 翻一番
    if n.kind == "ratio" or n.unit == "倍":
        return "growth_rate" if _rx(r"(?:增长|提高|增加|扩大|翻|提升|增产)(?:了)?(?:约|将近|近|将|大约)?\s*$").search(window) else "ratio"
    if n.kind in ("fraction", "structure"):
        return "growth_rate" if _DECLINE.search(window) or n.kind == "fraction" and _rx(
            r"(?:增长|提高|增加|扩大|上升)(?:了)?(?:约|将近|近)?\s*$").search(window) else "share"   # (即增长三分之一以上: a growth)
    if n.unit in ("百分点", "千分点"):
        return "change"
    if "累计" in clause_before and n.unit not in ("%", "‰") and not _SHARE_NAME.search(name):
        return "cumulative"
    if n.unit in ("%", "‰"):                     # (千分之五 of a whole is a share too)
        if _GROWTH_BEFORE.search(window) or _ANNUAL_AVG.search(window) or _rx(r"(增幅|增速|(?<!自然)增长率|降幅|下降率|涨幅|增长速度|上涨幅度|增长幅度|下降幅度|增长比例|^速度|(?<=[\u4e00-\u9fff]{2})增长)$").search(name) \
                or _GROWTH_NAME.search(own):
            return "growth_rate"
        if _SHARE_NAME.search(name) or _SHARE_NAME.search(window) or _PART_OF_TOTAL.search(window):
            return "share"                         # 节约总投资额的百分之七至百分之十: a part of a total
        return "level"
    if _CHANGE_NAME.search(clause_before):
        return "change"                            # 粮食增加的绝对数将达到三千亿斤: the size of the increase
    if _CHANGE_COUNT.search(window) or (_CHANGE_VERB.search(window) and not _rx(r"(?:到|至)\s*$").search(window)):
        return "change"
    return "level"


def _bound(quals: list[str], window: str) -> str:
    """ceiling (以下, 以内, 控制在 …), floor (以上, 不低于, 超过 …) or ''."""
    if any(q in _CEILING_WORDS for q in quals) or _rx(r"控制在\s*$").search(window):
        return "ceiling"
    if any(q in _FLOOR_WORDS for q in quals):
        return "floor"
    return ""


def _stock_flow(name: str, match: Match, measure: str, unit: str, own: str) -> str:
    """stock, flow or '' (rates, shares, growth and ranks are neither)."""
    if measure in ("rank", "share", "growth_rate", "ratio", "streak") or unit in ("%", "百分点", "千分点", "比值", "‰"):
        return ""
    if match.rule == "flow_of_stock":
        return "flow"
    if measure == "change":
        return "flow"
    if match.mapped and match.stock_flow:
        return match.stock_flow
    if measure == "cumulative" or _FLOW_HEAD.search(name):
        return "flow"                              # a sum over years; 全年收入总数, 支出总数 (money of a period)
    if _rx(r"^(?:新增|新建|净增|新开通|新投产)").match(name) and not _rx(r"累计").search(name):
        return "flow"                              # 新增铁路营运里程6100公里: the km added
    if _STOCK_NAME.search(name) or _STOCK_VERB.search(own[-6:]):
        return "stock"
    if _FLOW_NAME.search(name) or _FLOW_NAME.search(own[-6:]):
        return "flow"
    if measure == "cumulative":
        return "flow"
    return ""


def _split_coordinated(name: str, registry: Registry, measure: str) -> list[tuple[str, Match]] | None:
    """'国内生产总值和城乡居民人均收入': one name per registered indicator, or None."""
    if not _rx(r"[、和及与]").search(name) or len(name) < 5:
        return None
    items = _rx(r"、|和|及|与").split(name)
    if not 2 <= len(items) <= 4:
        return None
    for names in (split_list(name, len(items)) or items, items):   # shared heads first: 化学需氧量、氨氮排放量
        matches = [registry.match(x, measure) for x in names]
        if all(m.mapped for m in matches) and len({m.indicator_id for m in matches}) == len(matches):
            return list(zip(names, matches))
    return None





def _from_before_change(text: str, cs: int, n, before: str, reach: int, gap: int):
    """The from-phrase ``before`` (within ``reach`` characters before number ``n``, in its clause
    starting at ``cs``) when a change-to verb follows the number within ``gap`` characters:
    "由/从 … N 提高到 …" makes N the level before the change."""
    found = _rx(before).search(text[max(cs, n.start - reach):n.start])
    if found and _rx(r"[^，。；]{0,%d}?(?:提高|增加|上升|下降|降低|减少|扩大|缩小|调整|调高|提升)(?:到|至|为)" % gap).match(text, n.end):
        return found
    return None


# a sentence that opens with a plan's period (第六个五年计划期间，我们要…, “七五”期间，要…) speaks of the plan
_PLAN_PERIOD_OPENS = re.compile(r"^\s*(?:在)?(?:“?" + PLAN_ABBR + r"”?|“[六七八九十]五”|(?<![一二三四五六七八九十])[六七八九]五|"
                                r"第[一二三四五六七八九十]{1,3}个五年(?:计划|规划))(?:计划|规划)?(?:期间|时期)[，,]?"
                                r"[^。；]{0,12}?(?:要|将|必须|应当|应该|计划|争取|力争)")


# …运输和邮电在第一个五年计划期间也将有相应的发展: what the plan will bring, said mid-sentence
_PLAN_PERIOD_WILL = re.compile(r"在(?:“?" + PLAN_ABBR + r"”?|第[一二三四五六七八九十]{1,3}个五年(?:计划|规划))(?:计划|规划)?(?:期间|时期|内)"
                               r"(?:也|还|都)?(?:将|要)")

# the nation's population as the size of what it needs, not a count reported (有十亿多人口的大国 stays a stock)
_POPULATION_AS_DESCRIPTION = re.compile(r"\s*(?:以上|多)?人口的(?:生活|吃饭|吃穿|温饱|就业)")
# 经费计划为九百六十七亿元，比第五个五年计划期间的…增加: a sum compared with a plan's is the next plan's
_PLAN_BASE = r"(?:比|较|同)" + _ANY_PLAN_NAME + r"(?:计划|规划)?(?:期间|时期)"
_PLAN_BASE_AFTER = re.compile(r"\s*[，,]?\s*" + _PLAN_BASE)
_PLAN_BASE_BEFORE = re.compile(_PLAN_BASE + r"[^，。；]{0,24}?(?:增加|增长|提高|减少|下降)了?(?:近|约|将近)?\s*$")   # …增加百分之六十八: its growth


def _plan_after(start: int, end: int) -> tuple[int, int] | None:
    """The years of the plan that follows the plan of ``start``-``end``."""
    k = next((k for k in range(1, 30) if plan_period(k) == (start, end)), None)
    return plan_period(k + 1) if k else None


def _remember_plan(text: str, report_year: int, memo: dict) -> None:
    """A plan named with its provisions (第六个五年计划规定…) or opening the sentence with its period and
    a task (第六个五年计划期间，我们要…), not yet over: the paragraph goes on with the plan's figures."""
    if not (_PROVISION.search(text) or _PLAN_PERIOD_OPENS.match(text) or "五" in text and _PLAN_PERIOD_WILL.search(text)):
        return
    provided = [(ps, pe) for _pos, ps, pe in _plans(text) if pe >= report_year]
    if not provided and not _plans(text) and _rx(r"^\s*(?:[\u4e00-\u9fff]{0,6}[，,])?(?:五年计划|五年规划)").match(text) \
            and not find_years(text):
        provided = [p for p in [_plan_under_way(report_year, early=False)] if p]   # 五年计划规定…: the plan under way
    if provided:
        memo["plan"] = provided[0]


def _span_of(rows: list[dict]) -> tuple[int, int] | None:
    """The one span of years the done figures of a sentence share (两年来…共建设5100多个项目), if any."""
    spans = {(r["ref_period_start"], r["ref_period_end"]) for r in rows
             if r["status"] == "actual" and r["ref_period_start"] != r["ref_period_end"]}
    return spans.pop() if len(spans) == 1 else None


def _sentence_observations(sent, doc: dict, context: dict, registry: Registry, memo: dict,
                           aside: list | None = None) -> list[dict]:
    text = str(sent.text)
    before_rows = memo.pop("previous_rows", None) or []   # the observations of the sentence just before
    before = memo.pop("subject", "")               # the subject of the sentence just before (none when it had no numbers)
    chain = memo.pop("chain", "")                  # the sentence just before, when it ended with ；
    text = to_simplified(text)                     # old reports in traditional characters (offsets hold)
    share_said = subject_of(text) if _rx(r"比重|比例|占比").search(text) \
        and not _rx(r"\d|百分之|[一二三四五六七八九十]+分之").search(text) else ""   # (most sentences name no share: skip)
    if _rx(r"(?:比重|比例|占比)$").search(share_said):
        memo["subject"] = share_said               # …工业在工业总产值中的比重迅速上升。这一比重…: what the next sentence refers to
    phrases: list | None = [] if aside is not None else None
    # the corpus splits a sentence at ；: the parts after the first go on in the time it opened with
    # (从一九六六年到一九七六年的十一年中，…；也有三分之一的省… / 这两年中，钢产量…；原煤…；): read them after it
    carried, opening = memo.pop("carry", None), _OPENING_TIME.match(text)
    compared = _COMPARED_OPENING_BASE_FIRST.match(text) if not opening and text[:1] in "同与和跟" else None
    done_list = bool(_DONE_LIST.match(text)) or memo.pop("done_list", False)
    done_span = _span_of(before_rows) if _DONE_LIST.match(text) else memo.pop("done_span", None)
    if done_list and text.rstrip()[-1:] in "；;":
        memo["done_list"] = True                   # 已建成的主要有：…；…；: the items after the lead are done too
        memo["done_span"] = done_span
    if text.rstrip()[-1:] in "；;" and (opening or compared or carried):
        # (同一九五七年比较，一九六四年…；机制纸…，增长百分之五十以上: the same comparison)
        memo["carry"] = opening.group() if opening else compared.group() + "，" if compared else carried
    colon = max(text.rfind("："), text.rfind(":"))
    lead = _LEAD_ESTIMATE.search(text, 0, colon) if colon >= 0 and text.rstrip()[-1:] in "：:；;" else None
    if lead:                                       # …的一九五四年预计产量来同一九四九年产量比较一下，…数字：
        memo["carry"] = f"{lead.group(1)}年预计，"   # the list after it (also when its first item ends the
                                                   # sentence with ；) tells the estimates of that year
    skip = 0
    if carried and not opening:
        text, skip = carried + text, len(carried)
        sent = sent._replace(clean_start=sent.clean_start - skip)
    vague: list | None = [] if aside is not None else None
    nums = [n for n in find_numbers(text, phrases, vague) if n.start >= skip]
    if phrases:                                    # 八项规定, 两个确立: listed, not read
        aside.extend(_set_phrase_row(sent, text, a, b) for a, b in phrases if a >= skip)
    if vague:                                      # 几十倍, 数千项: no value to read, listed
        aside.extend(_set_phrase_row(sent, text, a, b, "vague") for a, b in vague if a >= skip)
    ry = int(doc["report_year"])
    _remember_plan(text, ry, memo)                 # (also from a sentence without numbers: 第六个五年计划期间，我们要…)
    if not nums:
        topic = _TOPIC_SENTENCE.match(text) if len(text) <= 16 else None
        if topic:                                  # 经营主体稳中培优。总量达1461.4万户: what the next sentence counts
            memo["subject"] = topic.group(1)
        return []
    if text.rstrip()[-1:] in "；;":
        memo["chain"] = text
    priced = [m.span() for m in _rx(r"[（(][^（）()]*(?:价格|不变价|计算|口径)[^（）()]*[）)]").finditer(text)]
    years = [(y.start, y.end, y.year_start, y.year_end) for y in find_years(text)
             if not any(a <= y.start < b for a, b in priced)]   # （按一九五二年不变价格计算）
    for m in _rx(r"(?:“?十[一二三四五六七八九]五”?|“\s?[一二三四五六七八九十]五[”’]|(?<![一二三四五六七八九十第])[六七八九]五(?=计划|规划|时期|期间)"
                 r"|第[一二三四五六七八九十]{1,3}个五年(?:计划|规划))"
                         r"(?:计划|规划)?(?:期间|时期|的五年)").finditer(text):
        plan = _plans(m.group())
        if plan:                                   # 第一个五年计划期间, “六五”期间: the plan's years
            years.append((m.start(), m.end(), plan[0][1], plan[0][2]))
    for m in _rx(r"(?:到|至|在|实现)本世纪末").finditer(text):
        if ry < 2000:
            since = [y for y in years if y[1] <= m.start() and _rx(r"\s*的?").fullmatch(text, y[1], m.start())
                     and text[max(0, y[0] - 1):y[0]] in ("从", "自")]
            if since:                              # 从一九八一年到本世纪末的二十年内…翻两番: 1981-2000
                years = [y for y in years if y is not since[-1]] + [(since[-1][0], m.end(), since[-1][2], 2000)]
            else:
                years.append((m.start(), m.end(), 2000, 2000))
    years.sort()
    plan_years = _plan_year_mentions(text, ry)
    # …由1978年的63.5％上升到今年的70％左右；积累所占的比重，相应地由36.5％降到30％左右: a change told after ；
    # with no year of its own goes on between the years of the change before
    chained = chain if not years and _REACHED_FROM.search(chain) else ""
    if _rx(r"^\s*(?:届时|到那时|那时)").match(text) and memo.get("target_year"):
        y = memo["target_year"]
        years = [(0, 0, y, y)] + years               # 届时: the year the paragraph set before
    ests = list(_ESTIMATE.finditer(text))
    clauses = _clauses(text)
    # --- which numbers are values (the others are listed with a reason)
    values, streaks, skipped = [], {}, []
    for cs, ce in clauses:
        in_clause = [n for n in nums if cs <= n.start < ce]
        for idx_n, n in enumerate(in_clause):
            if _is_denominator(text, n):
                skipped.append((n, "denominator", text[n.start:n.end + 4]))
                continue
            if _is_threshold(text, n, in_clause[idx_n + 1:], in_clause[:idx_n]):
                skipped.append((n, "threshold", text[max(cs, n.start - 4):n.end + 4]))
                continue
            if n.kind == "number" and not n.unit and not n.qualifiers and not _rx(
                    r"(达到?|为|至|到|超过|突破)\s*$").search(text[max(cs, n.start - 3):n.start]):
                skipped.append((n, "in_a_name", text[max(cs, n.start - 1):n.end + 4]))
                continue                           # a bare number ("“1+9”行动方案") is a name, not a value
            if n.notation == "chinese" and _rx(r"[百千万]").fullmatch(n.text[:1]) and len(n.text) <= 2 and _rx(
                    r"[\u4e00-\u9fff]{0,8}?(?:行动|工程|计划|活动|战略|项目)").match(text[n.end:]):
                skipped.append((n, "in_a_name", text[n.start:n.end + 8]))
                continue                           # 千家企业节能行动: the name of a programme
            if n.notation == "chinese" and n.unit == "元" and _rx(r"、[^，。；\d]{1,8}?等").match(text[n.end:]) and not n.qualifiers:
                skipped.append((n, "in_a_name", text[n.start:n.end + 1]))
                continue                           # 扶持三元、麦福劳等龙头企业: a company's name
            if n.unit == "倍" and n.kind != "times" and _rx(r"\s*的").match(text[n.end:]) and not _rx(
                    r"(?:增长|提高|增加|扩大|是|为|相当于|达到?|翻)(?:了)?\s*$").search(text[max(cs, n.start - 4):n.start]):
                skipped.append((n, "rhetoric", text[n.start:n.end + 4]))
                continue                           # 以十倍的疯狂，百倍的仇恨: rhetoric
            if _POPULATION_AS_DESCRIPTION.match(text, n.end):
                skipped.append((n, "rhetoric", text[n.start:n.end + 8]))
                continue                           # 十亿以上人口的生活又要不断改善: the size of a need
            if n.notation == "chinese" and n.value <= 20 and (_rx(
                    r"[\u4e00-\u9fff]{0,2}(?:措施|举措|任务|工作|原则|方面|要求|意见|问题|事情|大事|重点|关系|政策|办法|方针|条件|标准|好处|特点|困难)"
                    r"[^，。；]{0,6}[：:]").match(text[n.end:]) or n.unit in ("项", "条", "点", "个", "件") and _rx(
                    r"[\u4e00-\u9fff]{0,4}(?:措施|举措|任务|工作|方面)。?\s*$").match(text[n.end:]) or _rx(
                    r"(?:[\u4e00-\u9fff]{0,4}(?:方针|原则|主张|标准)|大事|方面|环节|步骤|矛盾|关系|口号|观点|好处|特点)").match(text[n.end:])):
                skipped.append((n, "rule_count", text[n.start:n.end + 6]))
                continue                           # 今年要采取四项措施：一要…: the count of what follows
            if n.notation == "chinese" and _rx(r"(?:这|那|这些|那些|上述|前述|以上|下列|以下|上面|下面|此|该)\s*$").search(
                                               text[max(cs, n.start - 3):n.start]):
                skipped.append((n, "list_count", text[max(cs, n.start - 2):n.end + 4]))
                continue                           # 通过这三项工作, 上述两个方面: a reference, not a count
            if n.unit in ("年", "个月", "天", "个", "多") and _rx(
                    r"(?:多)?(?:月|年|天|小时)?(?:时间)?(?:中|间|来|内|里|以来|之内|之中|合计|累计|总计|共计|的时间|没有|未曾?|不变)").match(
                    text[n.end:n.end + 5]) \
                    and (n.unit != "个" or _rx(r"多?月").match(text[n.end:n.end + 2])):
                skipped.append((n, "duration", text[n.start:n.end + 3]))
                continue                           # 1965年到1976年11年中, 过去的五个多月时间内: a duration
            nxt_num = next((m for m in in_clause[idx_n + 1:]), None)
            if nxt_num is not None and nxt_num.start == n.end and n.unit in ("类", "批", "大类"):
                skipped.append((n, "list_count", text[n.start:n.end + 4]))
                continue                           # 12类45件民生实事: the classes of what is counted
            if n.unit == "年" and _STREAK_BEFORE.search(text[max(cs, n.start - 3):n.start]):
                nxt = [m for m in in_clause[idx_n + 1:] if m.kind != "streak"]
                if nxt:                            # 连续7年保持98%以上: 7 is the streak of 98%
                    streaks[id(nxt[0])] = int(n.value)
                    continue
                n = NumberMention(n.start, n.end, n.text, n.value, n.unit, n.value_base, n.unit_base, "streak",
                                  n.qualifiers + ("连续",), n.notation)
            values.append(n)
    if skipped and aside is not None:
        aside.extend(_set_aside_row(sent, text, n, reason, cue.strip(), clauses) for n, reason, cue in skipped)
    if not values:
        return []
    unread = not_facts.reasons(text, values)
    if unread:                                     # 如果…, 例如…, 英国的…: not facts of the place
        if aside is not None:
            aside.extend(_set_aside_row(sent, text, values[i], reason, cue, clauses) for i, (reason, cue) in unread.items())
        values = [v for i, v in enumerate(values) if i not in unread]
        if not values:
            return []
    names = assign_names(text, clauses, values, before)
    name_the_places(text, values, names, memo.get("said", []))   # 入园企业: of the park named before in the paragraph
    if context.get("lead_name"):
        name_items_of_lead(text, values, names, context["lead_name"])   # 工业部门为…，占…; after …投资…，是这样分配的：
    first_named = next((nm.name for nm in names if nm.name and nm.rule.startswith(("pre", "subject", "before"))), "")   # (before: it goes on)
    if first_named:
        memo["subject"] = first_named
    out: list[dict] = []
    prev_end, prev_kind, prev_clause = 0, "", -1
    for n, named in zip(values, names):
        if not n.unit and n.value <= 12 and _rx(r"\s*(?:(?:到|至|-|—|－)\s*\d{1,2}\s*)?月").match(text, n.end):
            if aside is not None:
                aside.append(_set_aside_row(sent, text, n, "date", text[n.start:n.end + 3], clauses))
            continue                               # 今年1到10月: months, a date (read as a range, which keeps the names apart)
        ci = next(i for i, (a, b) in enumerate(clauses) if a <= n.start < b)
        cs, ce = clauses[ci]
        clause = text[cs:ce]
        name = named.name
        if name.endswith(("外", "以外")) and "除" in text[cs:n.start]:
            name = name.removesuffix("以外").removesuffix("外")   # 除建设十三个大型水库外: 大型水库
        if n.kind == "rank" and "、" in name and pos_tokens(name.rsplit("、", 1)[0])[-1][1] in ("v", "vn"):
            name = name.rsplit("、", 1)[-1]        # 硕放机场…工程投用、国际快件量全省第一: the rank is the last item's
        if n.kind == "rank" and not _rx(r"排名|位次|名次|排位").search(name):
            scope = next((q for q in n.qualifiers if q), "")
            name = f"{name}{scope}排名" if name else ""      # 经济总量稳居世界第二位 -> 经济总量世界排名
        raw_window = text[max(cs, n.start - 10):n.start]
        window = _rx(r"(将近|接近|超过|超|突破|近|(?<![节条制契公预签合缔])约|逾|不低于|不少于|不超过|不到|[≥≤<>])\s*$").sub("", raw_window)
        clause_before = text[cs:n.start]
        own = text[(prev_end if prev_clause == ci else cs):n.start]
        measure = _measure(n, window, name, clause_before, own)
        goes = _SHARE_GOES_TO.match(text, n.end) if measure == "level" and n.unit == "%" else None
        if goes:
            measure = "share"                      # 全市公共财政支出近80%投向民生领域: the part that goes there
        vs_plan = None
        if n.unit in ("%", "‰") and measure in ("level", "share", "growth_rate"):
            vs_plan = _VS_PLAN.search(clause_before)
            if vs_plan and vs_plan.group("over") and _rx(r"(?:规定|确定|要求|提出)的[^，。；]{0,10}?(?:增长|递增|增加|提高)\s*$").search(vs_plan.group()):
                vs_plan = None                     # 超过五年计划规定的平均每年增长百分之八点六: the plan's own figure
            if vs_plan:                            # 完成年计划27％ (a share of the plan), 比原计划超过百分之四 (above it)
                measure = "growth_rate" if vs_plan.group("over") else "share"
                suffix = ("超" if vs_plan.group("over") else "完成") + ("预算" if "预算" in vs_plan.group() else "计划")
                name = _rx(r"(?:完成|超过|超额|超出)(?:了)?(?:原定|原|年度|全年|年)?$").sub("", name)   # (…总额完成年)
                name = _rx(r"^(?:原定|原|年度)?(?:计划|预算)(?=[\u4e00-\u9fff]{2})").sub("", name)   # 超过计划成本4％: 成本
                if _rx(r"(?:原定|原|年度|全年)?(?:的)?(?:计划|预算)").fullmatch(name) and out and out[-1]["sentence_id"] == sent.sentence_id:
                    name = out[-1]["indicator_text"]   # …预计达到628.1亿元，超过年度计划百分之四点一: the plan of the thing just said
                if name and not _rx(r"(?:完成|超)[^，、]{0,3}(?:计划|预算)").search(name) and _rx(r"超|完成").search(vs_plan.group()):
                    name += suffix                 # (比年度计划增加了2％ keeps its name; the qualifier says 比计划)
        if measure == "level" and n.unit == "%" and _rx(r"\s*[（(](?:不包括|不含|包括|含)").match(own) and out and out[-1]["measure"] == "growth_rate":
            measure = "growth_rate"                # …增长百分之七点五（不包括村办工业百分之七）: the same growth on another scope
        if measure in ("growth_rate", "level") and n.unit == "%" and _rx(r"(?:比重|占比|比例)$").search(name) \
                and _rx(r"(?:上升|提高|增加|下降|降低|减少|回落)(?:了)?\s*$").search(window):
            measure = "change"                     # 所占的比重下降2.17％: a change of a share, in points
        if measure in ("level", "share") and n.unit in ("%", "比值") and (_VERB_OBJECT_RATE.match(own.strip("，、 "))
                                                                       or _VERB_OBJECT_ENDS.search(own)) \
                and "占" not in own:                # (减少收入的农户只占10%: a share)
            measure = "growth_rate"                # 压减政府性基金项目30%, 货物通关时间平均缩短一半以上
            if _rx(r"(?:再|要|将|累计)?(?:压减|削减|减少|降低|精简|缩短|压缩|下调)").match(own.strip("，、 ")) or \
                    _rx(r"缩短|减少|降低").search(own[-4:]):
                window = window + "下降"
        if measure == "level" and (_CHANGE_OBJECT.search(own) or _rx(r"(?:增产|减产|裁减)[\u4e00-\u9fff]{0,7}[\u4e00-\u9fff](?<!的)$").search(own)):   # (减产不减收的三十条措施: a modifier)
            measure = "change"                     # 增加工商业贷款23亿元, 再减少农村贫困人口1000万: the size of a change
            if _rx(r"减少|少|减产|削减|裁减|压缩|压减").search(own[-12:]):
                window = window + "下降"
        if measure == "level" and n.unit == "%" and _rx(r"(?:以上|以下|左右)?的[^，。；\d]{0,12}?(?:增长|增速)(?:目标|速度|预期目标)?").match(text[n.end:]):
            measure = "growth_rate"                # 提出8%左右的国内生产总值增长目标
        if measure == "level" and n.unit == "%" and _rx(r"(?:以上|以下|左右)?的[\u4e00-\u9fff]").match(text[n.end:]) and not _rx(
                r"(?:以上|以下|左右)?的(?:较?[低高]|合理|正常|适度)?(?:水平|目标|区间|范围|增长|幅度|速度|标准|比例|任务|[\u4e00-\u9fff]?率)").match(text[n.end:]):
            measure = "share"                      # 试点范围扩大到全国80%以上的县, 覆盖24%的县
        if measure == "level" and n.unit == "%" and _rx(r"[，,、\s]*在\s*").fullmatch(own) \
                and _rx(r"(?:以上|左右)?的?[\u4e00-\u9fff]{2,24}?(?:实施|实行|开展|推行|建立|推广|试行|进行)").match(text, n.end):
            measure = "share"                      # 在60％政府举办的基层医疗卫生机构实施基本药物制度: where, a part of them
        if measure == "level" and n.unit == "%" and _rx(r"(?:覆盖|惠及)(?:了)?(?:全国)?\s*$").search(window) \
                and _rx(r"(?:以上|以下|左右)?[\u4e00-\u9fff]{2,8}").match(text, n.end) and not _RATE_NAME.search(name):
            measure = "share"                      # 基本药物制度覆盖80%以上村卫生室: a part of the clinics
        if measure == "level" and n.unit == "%" and _rx(r"所占的?比重|占比").search(text[:n.start]) and _rx(
                r"(?:(?:上升|提高|下降|降低|增加|减少)(?:到|至|为)|由|从)[^，。；]{0,8}$").search(clause_before):
            measure = "share"                      # 在社会零售中所占的比重，已由…上升到一九五四年的百分之五十八
        if measure == "level" and n.unit == "%" and _rx(r"^\s*在[^，。；]{2,16}(?:总产值|总额|总量|总数|总收入|总支出|总投资)中[，,]").match(text):
            measure = "share"                      # 在手工业总产值中，…的产值将上升到72.5%
        if measure == "level" and n.unit == "%" and _rx(r"完成(?:了)?[^，。；]{1,10}?任务的\s*$").search(clause_before):
            measure = "share"                      # 已经完成全线铺轨任务的73％: the part of the task done
        if measure == "level" and n.unit in ("%", "‰") and _RISE_NAME.search(name):
            measure = "growth_rate"                # 三次较大幅度提高粮食最低收购价，提价幅度超过20%
        if measure == "level" and n.unit == "%" and (_rx(r"占[^，。；]{1,24}的\s*$").search(clause_before) or _rx(
                r"(?:达到|相当于|增加到|提高到|扩大到|上升到)(?:了)?(?:全体|全部|全国|全省|全市|总)[\u4e00-\u9fff]{1,8}的\s*$").search(clause_before)
                or _rx(r"(?:达到|接近|相当于)(?:了)?[\u4e00-\u9fff]{2,12}(?:人数|总数|总量|总额|总值)的\s*$").search(clause_before)) \
                and not _RATE_NAME.search(name):
            measure = "share"                      # 占全国一千零二十七个植棉县的百分之二十
        if measure == "level" and n.unit == "%" and _rx(r"^\s*其中").match(clause_before) and not _RATE_NAME.search(name) \
                and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["unit"] not in ("%", "百分点"):
            measure = "share"                      # 派出留学生6,435人，其中革命干部的子女还不到3.5%: a part of that whole
        if measure == "level" and n.unit == "%" and not _RATE_NAME.search(name):
            whose = _SHARE_OF_SET_AFTER.match(text[n.end:])
            if whose or _SHARE_OF_SET_BEFORE.search(own) or _rx(r"部分$").search(name):
                measure = "share"                  # a percent of a set of things is a share of it
            if whose and whose.group(1) and name:
                name = f"{whose.group(1)}的{name.rsplit('的', 1)[-1]}"   # 合作社，百分之九十以上是巩固的
        match = registry.match(name, measure) if name else registry.match("", measure)
        if match.rule == "flow_of_stock" and measure in ("level", "cumulative"):
            measure = "change"                     # 净增高新技术企业1200家: a change of the stock
        quals = list(n.qualifiers) + (["比计划"] if vs_plan and vs_plan.group("over") else [])
        if "约" not in quals and _ABOUT_BEFORE_VERB.search(raw_window):
            quals.insert(0, "约")                  # 约增长百分之三十三, 约占60%: the 约 is before the verb
        # --- year / period / status
        status = context["status"]
        y1, y2 = context["year"], context["year"]
        period_words = _PERIOD_WORDS.search(clause_before) or _PERIOD_WORDS.search(text[:8]) if _rx(
            r"^\s*(?:过去|今后|未来)?五年(?:内|来|中|间|里)|^\s*在五年[\u4e00-\u9fff]{2,20}?(?:总数|总额|总量)中").match(text) else _PERIOD_WORDS.search(clause_before)
        clause_plan = [(pos_, ps, pe) for pos_, ps, pe in _plans(clause_before) if pe >= ry and ps >= ry - 2
                       and _rx(r"[^，。；]{1,10}?(?:(?:计划|规划)(?:草案|纲要)?(?:把|将|使|要求|规定)|”?(?:年均|期间|时期))").match(clause_before, pos_)]
        this_year = _THIS_YEAR_CLAUSE.match(clause_before) is not None or _PART_OF_THIS_YEAR_CLAUSE.match(clause_before) is not None
        explicit = _explicit_year(text, n.start, cs, [y for y in years if y[0] >= cs] if this_year else years, plan_years, ry)
        now_clause = _rx(r"^\s*(?:而|但|到)?(?:现在|目前|如今)").match(clause_before) is not None
        if explicit and not now_clause and _last_year_pos(years, n.start) >= 0 and _rx(r"[，；]\s*(?:而|但|到)?(?:现在|目前|如今)").search(
                text, _last_year_pos(years, n.start), cs):
            now_clause = True                      # …，现在已经合并改组成为…人民公社，平均一个人民公社拥有…: still now
        if explicit and now_clause and _last_year_pos(years, n.start) < cs:
            explicit = None                        # 一九五八年初全国有七十四万多个…合作社，现在已经合并…: now, not 1958
        level_verb = _LEVEL_VERB.search(window) is not None or _rx(r"突破|达到?\S{0,2}$").search(raw_window) is not None
        if level_verb and _rx(r"\s*为\s*").fullmatch(own) and _rx(r"[\u4e00-\u9fff]{2,12}?[\u4e00-\u9fff]了").match(text, n.end):
            level_verb = False                     # 为1.17万个乡镇卫生院配备了医疗设备: 为 is "for", not "is"
        maintained = context.get("kind") == "fyp_plan" and _MAINTAIN.search(window) is not None
        decline = _DECLINE.search(window) is not None
        sf = _stock_flow(name, match, measure, n.unit, own)
        post_named = named.rule.startswith(("post", "pre+post", "subject+post"))
        if post_named and _EVENT_AFTER.match(text[n.end:ce]) and measure == "level":
            sf = "flow"                            # 5575万农村贫困人口实现脱贫: people lifted out, a flow
        flow_named = bool(_rx(r"新建|新增|新开工|改建|改造|引进|^增加的").search(name) or _rx(
            r"^\s*(?:(?:过去|今后|未来)?五年(?:内|来|中|间|里)，?)?(?:新增|新建|累计)").match(text)) and not match.stock_flow == "stock"
        annual_avg = _ANNUAL_AVG.search(clause_before) is not None
        money_of_span = n.unit.endswith("元") and measure == "level" and sf != "stock" \
            and (_FIVE_YEAR_SPAN_OPENS.match(text) or _rx(r"[，,]\s*(?:过去|这)?五年(?:间|中|里|来)").search(text, 0, n.start)) \
            and not _LEVEL_NAME.search(name) \
            and _rx(r"(?<![到至])(?:达到?|共|总计|合计)(?:了)?\s*$").search(window) is not None   # (not 提高到现在的1721元)
        if money_of_span:
            level_verb = False                     # 五年间，国家财政扶贫资金…达480亿元: money of the five years, a sum
        from_value_ahead = _rx(r"(?:由|从)\s*$").search(text[max(cs, n.start - 3):n.start]) is not None
        if context["five_year"]:
            is_level = _rx(r"已经?(?:加入|有|拥有|建成)\s*$|在建\s*$").search(own) is not None or (level_verb and not _rx(r"增加的|新增加?的?|新建的?").search(name)) or (_LEVEL_NAME.search(name) is not None and measure not in ("share", "change")
                                      and not flow_named and sf != "flow") \
                or measure in ("rank", "ratio", "share", "streak") or n.kind == "structure" or sf == "stock" \
                or (measure == "level" and n.unit in ("%", "‰") and not annual_avg and "累计" not in clause_before
                    and _rx(r"(?:率|面|水平|指数|浓度|系数)$").search(name) is not None)   # 资助面超过90%: the rate now
            if not is_level and measure == "level" and _PLAN_DONE.search(text[:n.start]) and not _FIVE_YEAR_SUM.search(clause_before):
                is_level = True                    # 在第一个五年计划完成之后，钢的产量仍然不过四百多万吨: the output then
            if is_level and measure == "level" and n.unit not in ("%", "‰") and _FIVE_YEAR_SUM.search(clause_before):
                is_level = False                   # 五年合计在城镇安排就业的劳动力达到三千五百多万人: a sum, not a level
            if measure == "level" and "贡献率" in name and not from_value_ahead and not _rx(r"[到至]\s*$").search(window):
                is_level = False                   # 对世界经济增长贡献率超过30%: a share of the five years' growth
                #                                    (由52.2%提高到57.5%: the rate at the start and the end)
            if measure == "share" and not from_value_ahead and not _rx(r"[到至]\s*$").search(window) and (
                    _SHARE_GOES_TO.match(text, n.end)
                    or _rx(r"占[^，。；]{0,14}(?:支出|收入|投资|总额)$").search(name)):
                is_level = False                   # 全市公共财政支出近80%投向民生领域, 民生支出占一般公共预算支出79.2%: of the years' flows
            if measure == "share" and out and out[-1]["ref_period_start"] != out[-1]["ref_period_end"] \
                    and out[-1]["sentence_id"] == sent.sentence_id and name.startswith(out[-1]["indicator_text"][:4]):
                is_level = False                   # 城镇新增就业超690万人、稳定在全国1/10以上: a share of the sum
            if context.get("kind") == "fyp_plan":
                is_period = "五年" in clause_before or bool(period_words) and not (
                    "累计" in clause_before and level_verb and not _rx("累计(超|超过)").search(clause_before)) \
                    or measure in ("growth_rate", "change", "cumulative") or maintained or not is_level
            else:
                is_period = not is_level or measure in ("growth_rate", "change") or (
                    "累计" in clause_before and not level_verb)
            if is_period:
                y1, y2 = context["period"]
            else:
                y1 = y2 = context["period"][1]
        provision = _PROVISION.search(text, 0, n.start) if context["five_year"] else None
        provided = _plans(text[:provision.end()]) if provision else []
        if provided and provided[-1][1:] != tuple(context["period"]):
            ps, pe = provided[-1][1:]              # (in the goals of 1983-1987) “六五”计划安排的…项目共八百九十个:
            y1, y2 = (ps, pe) if y1 != y2 else (pe, pe)   # the years of the plan named
        sentence_plans = [(ps, pe) for _pos, ps, pe in _plans(text) if pe >= ry] if not context["five_year"] else []
        named_plans = sentence_plans or ([memo["plan"]] if memo.get("plan") and not context["five_year"] else [])
        doc_plan = context.get("doc_plan") or _plan_under_way(ry)
        if not named_plans and not context["five_year"] and context["status"] == "target" and doc_plan \
                and _rx(r"五年[^，。；]{0,12}?(?:投资|支出|总数|新增|共|累计|合计)").search(text[:n.start]) \
                and doc_plan[0] <= ry <= doc_plan[1]:
            named_plans = [doc_plan]               # 交通运输和邮电通信建设，五年投资二百九十八亿元 (of the plan under way)
        if not named_plans and not context["five_year"] and doc_plan and doc_plan[0] <= ry <= doc_plan[1] \
                and _rx(r"这(?:个)?五年(?:计划|规划)").search(text[:n.start]):
            named_plans = [doc_plan]               # 这五年计划安排平均每年有财政赤字三十亿元左右: the plan under way
        if named_plans and context["status"] == "target":
            start, end = named_plans[0]             # “七五”计划草案规定…平均每年增长, 第六个五年计划规定…四十项
            provision = _PROVISION.search(text[:n.start]) or not sentence_plans or memo.get("plan") == (start, end)
            if _rx(r"每年|年均|五年|累计").search(clause_before) or annual_avg:
                y1, y2 = start, end
            elif _rx(r"(?:到|至)“?" + PLAN_ABBR + r"”?末|期末").search(text):
                y1 = y2 = end
            elif provision and measure == "level" and _rx(r"(?:达到?|增至|增加到|提高到|上升到|扩大到|降低到|下降到)\s*$").search(window) \
                    and (_rx(r"由|从").search(clause_before) or not sentence_plans):
                y1 = y2 = end                       # …由四千九百七十二亿元增加到六千零五十亿元: the plan's last year
            elif _PROVISION.search(text[:n.start]) and measure == "share" and not explicit:
                y1 = y2 = end                       # 第一个五年计划规定，…农户将占全国农户总数的三分之一左右: at its end
            elif provision and measure in ("level", "growth_rate", "change") and not level_verb \
                    and n.unit not in ("%", "‰") and (start <= ry or not explicit):
                y1, y2 = start, end                 # what the plan provides for, over its years
        if sentence_plans and measure == "level" and not explicit and _rx(r"(?:合计|累计|总计|共计)").search(clause_before) \
                and any(pos_ < n.start for pos_, _ps, _pe in _plans(text[:n.start])):
            y1, y2 = [(ps, pe) for pos_, ps, pe in _plans(text[:n.start])][-1]
            measure = "cumulative"                 # 高等学校的毕业生，第一个五年合计为二十八万人: the plan's total
        span = _rx(r"(?:(?P<plan>“?十[一二三四五六七八九]五”?|“[六七八九十]五”)?前|(?P<next>今后|未来|再用|用|花)|近|"
                   r"(?<![\d一二三四五六七八九十])(?P<last>))"
                         r"(?P<n>十[一二三四五六七八九]|[两二三四五六七八九十])年(?:中间|中|来|间|内|里|平均|累计|时间)?(?=[，,\u4e00-\u9fff])").search(text[:n.start])
        if span and span.start() < cs:
            span = next((m for m in _SPAN_IN_TIME.finditer(text, cs, n.start)), None) or span   # …三年时间内…，又将在五年时间内使…提高一倍: the clause's own
        if span and not span.group().startswith("前") and not _rx(r"(?:中|来|间|内|里|平均|累计|时间)$").search(span.group()):
            first_years = _rx(r"前(?P<n>[两二三四五])年").search(text, span.end(), n.start)
            if first_years:                        # 在五年计划的前三年共增加了: 前三年, not 五年
                span = _rx(r"(?:(?P<plan>)前|(?P<next>(?!))|(?P<last>(?!)))(?P<n>[两二三四五])年").match(text, first_years.start())
        if span and not _rx(r"(?:中|来|间|内|里|平均|累计|时间)$").search(span.group()) and not text[:span.start()].endswith("近") \
                and not span.group().startswith(("前", "近")) and not span.group("next") \
                and not (span.group("last") is not None
                         and (span.start() == 0 or text[span.start() - 1] in "，,：:；;")):   # 两年铁路的货物周转量增长…, 五年淘汰…
            span = None                            # 实施两年新增…: not a period of the figures
        if span and (span.group("n") in "六七八九十" and not _rx(r"(?:中间|中|来|间|内|里)$").search(span.group())
                     or len(span.group("n")) == 2 and not _rx(r"年(?:中间|中|来|间)$").search(span.group())) \
                and not (span.group("next") in ("今后", "未来") and not _rx(r"(?:发展)?(?:规划|纲要|计划(?:纲要|的|中|，|。))").match(text, span.end())):
            span = None                            # (七年中间 is a span; 十年规划, 近十年, 十二年内 of a programme are not; 今后八年计划建设的 is)
        if span and span.start() < cs and _rx(r"今年|本年|明年").search(text, span.end(), n.start):
            span = None                            # 五年淘汰…，今年力争分别淘汰3000万吨: the year said since
        plan_of_years = _rx(r"的([两二三四五])年[\u4e00-\u9fff]{0,4}(?:计划|规划|方案)").match(text, n.end)
        if plan_of_years and not explicit and status == "target" and not span:
            y1, y2 = ry, ry + {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[plan_of_years.group(1)] - 1   # 总额4万亿元的两年投资计划
        if span and explicit and span.start() >= cs and 0 <= _last_year_pos(years, n.start) < cs:
            explicit = None                        # 1956年全国完成了…，因而改变了前三年…只完成五年计划一半稍多: that clause's span
        proposed_in = next((py1 for (pa, pb, py1, py2) in years if py1 == py2 and span and pb <= span.start()
                            and _PROPOSED.fullmatch(text, pb, span.start())), None)
        if proposed_in and explicit and explicit[0] == proposed_in and _rx(r"[，,；;]").search(text, span.end(), n.start):
            explicit = None                        # 2004年我们提出用三年时间…，…已偿还…: when it was proposed, not done
        if span and not explicit:
            k = int(parse_chinese_numeral(span.group("n")))   # (十七: 17)
            if span.group("plan"):
                plan = _plans(span.group("plan"))
                if plan:
                    y1, y2 = plan[0][1], plan[0][1] + k - 1      # “十一五”前四年 -> 2006-2009
            elif span.group("next") and proposed_in:
                y1, y2 = proposed_in, proposed_in + k - 1         # 2004年我们提出用三年时间…: from the year of the plan
                status = "actual" if y2 < ry else status
            elif span.group("next"):
                y1, y2 = ry, ry + k - 1                           # 今后三年内 -> this year and the next two
            elif span.group("last") is not None and _rx(r"(?:到|至)(?:本世纪末|(?:" + YEAR_WRITTEN + r")\s*年(?:底|末)?)的\s*$").search(text, 0, span.start()):
                y1, y2 = ry, ry + k - 1                           # 从现在起到本世纪末的七年时间里 (1994): 1994-2000
            elif span.group().startswith("近") and span.group("next") is None:
                y2 = context["year"] if context["status"] != "target" else ry - 1
                y1, status = y2 - k + 1, "actual"               # 近三年累计…分别减少6.61%: the years just past
            elif span.group("last") is not None and span.group().endswith("来"):
                y2 = context["year"] if context["status"] != "target" else ry - 1
                y1, status = y2 - k + 1, "actual"               # 四年来 (in any part): the years just past
            elif span.group("last") is not None and k > 5 and _rx(r"年(?:中间|中|间)$").search(span.group()) \
                    and context["status"] == "target" and not _FUTURE.search(text[:n.start]):
                y2 = ry - 1                                     # 大庆原油产量在十七年间平均每年增长百分之二十八 (in
                y1, status = y2 - k + 1, "actual"               # a plan part, no word of the future): the years just past
            elif span.group("last") is not None and context["status"] != "target":
                y1, y2 = context["year"] - k + 1, context["year"]  # 四年中 (in a review) -> the last four years
            elif span.group("last") is not None and k < 5 and (named_plans or doc_plan) and \
                    (named_plans or [doc_plan])[0][0] < ry <= (named_plans or [doc_plan])[0][0] + k:
                first = (named_plans or [doc_plan])[0][0]
                y1, y2, status = first, first + k - 1, "actual"   # 两年中 (in 1955, of the plan of 1953-57): 1953-1954
            elif span.group().startswith("前") and context["five_year"] and context["status"] == "actual" and not named_plans:
                y1, y2 = context["period"][1] - k + 1, context["period"][1]   # 前四年内…平均每年只增长 (in a five-year
                #                                                   review with no plan named): the years just past
            elif span.group().startswith("前") and (named_plans or [context.get("doc_plan") or _plan_under_way(ry, False)])[0] \
                    and (named_plans or [context.get("doc_plan") or _plan_under_way(ry, False)])[0][0] + k - 1 < ry:
                first = (named_plans or [context.get("doc_plan") or _plan_under_way(ry, False)])[0][0]
                y1, y2, status = first, first + k - 1, "actual"   # 食糖产量前三年共增加了十六万吨 (in 1957): 1953-1955
            elif span.group().startswith("前") and span.group().endswith("内") and not span.group("plan"):
                y2 = context["year"] if context["status"] != "target" else ry - 1
                y1, status = y2 - k + 1, "actual"               # 前四年内 (in 1983, no plan's first years): the years just past
            elif span.group("last") is not None and k < 5 and context["status"] == "target" and span.group().endswith("内"):
                y1, y2 = ry, ry + k - 1                           # 要按期完成三年内裁减军队员额五十万的任务
            elif span.group("last") is not None and k == 5:
                plan = named_plans[0] if named_plans else context.get("doc_plan") or _plan_under_way(ry)
                y1, y2 = plan if plan and plan[0] <= ry <= plan[1] + 1 else (ry, ry + 4)   # 五年内 of the plan under way
            if y1 == y2 and span.group("last") is not None and span.group().endswith("平均"):
                y1 = y2 - k + 1                    # 两年平均每年递增: the average of the N years ending then
            if y1 != y2 and measure == "level" and not money_of_span and (_rx(r"(?:达到?|[增升降]至|(?:提高|增加|扩大|下降|减少|上升)[到至])\s*$").search(window)
                                                    or _rx(r"已经?有|现有").search(own[-5:])) \
                    and not _rx(r"累计|合计|总计|新增|共|增加的|新建").search(clause_before):
                y1 = y2                            # 这两年中…增加到三千一百七十八万吨: the level at the end
            elif y1 != y2 and measure == "level" and "每年" in clause_before and _rx(r"能够?|可以").search(clause_before):
                y1 = y2                            # 建成以后每年能够出产载重汽车三万辆: a capacity from the period's end
            elif y1 != y2 and measure == "level" and n.unit not in ("%", "‰") and not _PER_YEAR_LEVEL.search(clause_before):
                measure = "cumulative"
        from_value = _rx(r"(?:由|从)(?:人均|不到|超过|约|近|每人每年|每人|每年|上年|去年|上一年|今年预计|今年)?(?:的|居|为|是|增长|下降|分别(?:增长|下降|提高|降低|为)?)?\s*$").search(
                         text[max(cs, n.start - 7):n.start])
        if not from_value:
            from_value = _from_before_change(text, cs, n, r"(?:由|从)(?:(?:19|20)\d{2}\s*年)[\u4e00-\u9fff]{1,6}$", 13, 6)
            if from_value:
                explicit = (int(from_value.group()[1:5]),) * 2 + ("from",)   # 从2004年人均每月700元提高到…: 2004
        if not from_value:
            from_value = _from_before_change(text, cs, n, r"(?:由|从)[\u4e00-\u9fff]{1,6}$", 7, 4)   # 起征点从月销售额3万元提高到10万元
        if explicit and from_value and explicit[2] != "from" and explicit[0] != explicit[1]:
            explicit = (explicit[0], explicit[0], "from")   # 从1978年到1983年…由一百七十五元提高到二百八十八元
        elif explicit and explicit[0] != explicit[1] and explicit[2] != "from" and measure in ("level", "share") and \
                _rx(r"(?:提高|增加|增长|上升|下降|减少|降低|扩大|[降升增])(?:到|至)\s*$").search(window) and "平均" not in clause_before:
            explicit = (explicit[1], explicit[1], "explicit")   # (一九七一年到一九七八年…由千分之七降到千分之五点一)
        if explicit and from_value and explicit[2] != "from":
            explicit = None                        # 到2020年…从人均8.7万元提高到12万元: the start value
        if clause_plan and not from_value and 0 <= _last_year_pos(years, n.start) < cs:
            explicit, (_pos, ps, pe) = None, clause_plan[-1]   # 从一九五三年到一九八○年…百分之二十左右，六五计划把
            y1, y2, status = (pe if measure == "level" and n.unit != "%" else ps), pe, "target"   # 这个比例提高到百分之三十六
        plan_base = None if explicit else _PLAN_BASE_AFTER.match(text, n.end) if measure in ("level", "cumulative") \
            else _PLAN_BASE_BEFORE.search(text, cs, n.start) if measure in ("growth_rate", "change") else None
        following = _plans(plan_base.group()) if plan_base else []
        following = _plan_after(*following[0][1:]) if following else None
        if following:
            y1, y2 = following
            measure = "cumulative" if measure == "level" else measure
            status = "actual" if y2 < ry else status
        if explicit:
            ey1, ey2, how = explicit
            if how == "from":
                y1, y2 = ey1, ey2
            elif ey1 != ey2:
                y1, y2 = ey1, ey2
            elif y1 != y2 and (period_words or measure in ("growth_rate", "cumulative", "change")) and not (
                    _rx(r"(?:比|较)(?:" + YEAR_WRITTEN + r")年").search(clause_before)
                    and not annual_avg) and y1 <= ey1 <= y2 and not _YEAR_OPENS.match(clause_before) \
                    and not (not skip and _rx(r"^\s*(?:" + YEAR_WRITTEN + r")\s*年[，,]").match(text)
                             and not _rx(r"每年|年均|五年|累计|共计").search(text, 0, n.start)) \
                    and not _rx(r"(?:比|较)(?:上年|去年|上一年)|同比").search(clause_before):   # (2007年…比上年分别下降: that year)
                y1, y2 = min(y1, ey1), ey1           # "到2025年…五年累计": period ending that year
            else:
                y1 = y2 = ey1
            if how != "from" and named_plans and status == "target" and y1 == y2 == named_plans[0][1] \
                    and measure in ("growth_rate", "change") and not annual_avg \
                    and not _rx(r"(?:比|较)(?:上年|去年|上一年)|同比|每年|年均").search(clause_before) \
                    and not _rx(r"(?:比|较)(?:" + YEAR_WRITTEN + r")年").search(text[:n.start]):
                y1 = named_plans[0][0]             # 第六个五年计划规定，…到一九八五年，…原煤七亿吨，增长百分之
                #                                    十二点九: the plan's growth over its years, not of 1985 alone
            if y2 >= ry and not context["five_year"] and status != "estimate" and how != "from":
                memo["target_year"] = ey2
            if y1 == y2 > ry and n.unit.endswith("元") and measure == "level" and context["status"] == "target" \
                    and _rx(r"(?:投入|拨付|筹集|安排)(?:资金)?\s*$").search(window) and not _rx(r"每年|年均").search(clause_before):
                y1 = ry                            # 到2007年…，中央财政将为此投入100亿元: the money of the years to then
        elif from_value:
            # "由63%升至66%", "从人均8.7万元提高到12万元": the starting value is the year before the period
            base_year = _rx(r"(?:比|较|是|为|相当于|同)(" + YEAR_WRITTEN + r")年的?").search(text[:n.start])
            from_year = _rx(r"(?:由|从)(" + YEAR_WRITTEN + r")\s*年(?:底|末)?的").findall(chained + text[:cs])
            if measure == "cumulative":
                measure = "level"                 # 这两年中，钢产量由二千零四十六万吨…: the start level
            if _rx(r"(?:由|从)今年(?:预计)?的?\s*$").search(text[max(cs, n.start - 8):n.start]):
                y1 = y2 = ry                      # 由今年预计的44%提高到45%
            elif from_year and not base_year:
                y1 = y2 = _year_number(from_year[-1])   # 从一九五〇年的…，其中国防费从百分之四十一点五: 1950
            elif _rx(r"(?:由|从)(?:上年|去年|上一年)").search(from_value.group()):
                y1 = y2 = (ry if context["status"] == "target" else context["year"]) - 1   # 由上年居世界第五位
            elif named_plans and context["status"] == "target" and not base_year:
                y1 = y2 = named_plans[0][0] - 1   # 第六个五年计划规定…由四千九百七十二亿元: the year before the plan
            elif base_year and _year_number(base_year.group(1)) < y2:
                y1 = y2 = _year_number(base_year.group(1))    # …是1997年的1.8倍，占…比重从2.5%提高到3.3%
            elif span and y1 != y2:
                y1 = y2 = y1 - 1                  # 四年来…由二十个增加到三十三个
            elif context["five_year"]:
                y1 = y2 = context["period"][0] - 1
            elif context["status"] == "target":
                y1 = y2 = ry - 1
            else:
                y1 = y2 = context["period"][0] - 1
            status = "actual"
        if not explicit and not from_value and _rx(r"[到至]\s*$").search(window):
            to_year = _rx(r"(?:提高|降低|增加|下降|减少|上升|扩大|缩小|增长)(?:到|至)(" + YEAR_WRITTEN + r")"
                          r"\s*年(?:底|末)?的").findall(chained + text[:cs])
            if to_year:                           # …降低到一九五四年的百分之三十点七，其中国防费…降低到百分之二十一点一
                y1 = y2 = _year_number(to_year[-1])
        since = _SINCE.search(text[:n.start])
        if since and _rx(r"(?<![比较同与和])(?:去年|上年|今年)(?!同期|以来|底|末)").search(text, since.end(), n.start):
            since = None                           # 2013年以来新增的涉税市场主体去年纳税达到4.76万亿元: last year's
        if since and not from_value and (measure in ("growth_rate", "change", "cumulative", "ratio") or
                                          measure == "level" and _rx(r"引进|进口|新增|新建|建成|安排|投入").search(own)):
            first = _year_number(since.group(1)) if since.group(1) else _SINCE_EVENTS[since.group(2)]
            if first < y2:
                y1 = first                         # 全国解放以来…人口增加百分之六十: 1950-1974
        base = _rx(r"(?:比|较|同)(" + YEAR_WRITTEN + r")年(?!的\s*$)").search(text[:n.start])
        if base and not explicit and not from_value and context["status"] == "actual":
            b = int(base.group(1)) if base.group(1).isdigit() else int(parse_chinese_numeral(base.group(1)))
            if y2 <= b < ry - 1:
                y1 = y2 = b + 1                    # 比一九五七年…增长百分之七十 (in a review of 1953-57 and 1958)
        if base and measure in ("growth_rate", "change") and y1 != y2 and not from_value \
                and y1 <= _year_number(base.group(1)) < y2:
            y1 = _year_number(base.group(1)) + 1   # 一九八二年同一九七八年相比，粮食增长百分之十六 (in a review of
            #                                        1978-1982): the growth since 1978, 1979-1982
        if len(years) == 1 and not explicit and not from_value and y1 == y2 == years[0][2] == years[0][3] \
                and context["status"] == "actual" and text[max(0, years[0][0] - 1):years[0][0]] in ("比", "较", "同"):
            y1 = y2 = y2 + 1                       # 基本建设投资缩减为一百一十一亿元，它虽然比1956年减少: not of 1956 itself
        base_span = ([None] + list(_rx(r"(?:比|较|同|与|由|从)(?:[^，。；\d]{1,16}?(?:的|——))?(" + YEAR_WRITTEN + r")年(?:[^，。；\d]{0,12}?(?:比较|相比))?[，,]?\s*[^，。；]{0,12}"
                                        r"(?:增长|增加|下降|减少|提高)").finditer(text[:n.start + 1])))[-1] \
            if (explicit and explicit[2] == "explicit" or not explicit and not from_value and not _compared_opening(text)) and y1 == y2 \
            and measure in ("growth_rate", "change") else None
        # (the last base before the number: 一九七七年比一九七六年增长…，一九七八年又比一九七七年增长…)
        opened = _compared_opening(text) if base_span is None and not from_value and measure in ("growth_rate", "change") \
            and (not explicit or explicit[2] == "explicit" and explicit[0] == explicit[1]) else None
        if opened and opened[0] - 40 <= opened[1] < opened[0] and (not explicit or explicit[1] == opened[0]):
            y1, y2 = opened[1] + 1, opened[0]     # 1986年同1978年相比，…由…增加到…，…增长102％: of all the sentence
        if base_span and not explicit and not _rx(r"相比|比较").search(base_span.group()):
            base_span = None                       # (接待游客人次较2019年增长24.2%: the year reached, as the year's review says)
        if base_span and base_span.group()[:1] in "由从" and not _rx(r"(?:增长|提高|增加|下降|减少|降低)(?:了)?\s*$").search(window):
            base_span = None                       # (从一九五〇年的…增加到一九五四年预算的百分之四十五点四: no rate of growth)
        if base_span and not annual_avg and y1 - 1 > _year_number(base_span.group(1)) >= y1 - (
                40 if _rx(r"相比|比较").search(base_span.group()) else 10):   # (1980年同…1952年相比，…增长八点一倍)
            y1 = _year_number(base_span.group(1)) + 1   # 一九八二年预计同一九八○年比较，纱增长百分之十三点三: 1981-1982
        plan_base = _rx(r"(?:比|较|同)(" + YEAR_WRITTEN + r")年(?:相比|比较)?[，,]?\s*[^，。；]{0,6}(?:增长|增加|提高)(?:了)?\s*$").search(clause_before) \
            if not explicit and not from_value and y1 != y2 and measure == "growth_rate" and status == "target" else None
        if plan_base and not annual_avg and not _rx(r"平均|每年").search(clause_before) \
                and y1 - 10 <= _year_number(plan_base.group(1)) < y1 - 1:
            y1 = _year_number(plan_base.group(1)) + 1   # (七五计划) 国民生产总值…比一九八○年增长一点六倍: 1981-1990
        if (annual_avg or _rx(r"平均每年|每年平均").search(clause_before)) and measure in ("change", "growth_rate") and y1 == y2:
            before = sorted({b_ for a_, _b, _y1, b_ in years if a_ < n.start})
            if len(before) >= 2 and before[0] < before[-1] == y2:
                y1 = before[0] + 1                 # 一九八○年为七百七十三亿元，一九八五年将达到…，平均每年增加: 1981-1985
            elif len(before) == 1 and context["five_year"] and context["period"][1] == y2 and not from_value:
                y1 = context["period"][0]          # (五年来) 1987年全国进出口总额达到827亿美元，平均每年增长14.7％
        elif measure in ("change", "growth_rate") and y1 == y2 and (not explicit or explicit[2] == "explicit") and not from_value \
                and _rx(r"\s*(?:即|也|共|总共|一共)?(?:增加|增长|提高|减少|下降|降低|扩大)了?\s*").fullmatch(clause_before):
            before = sorted({b_ for a_, _b, _y1, b_ in years if a_ < cs and text[a_ - 1:a_] not in ("比", "较", "同", "与")})
            if len(before) >= 2 and before[0] < before[-1] == y2:   # (not 比1952年将增长26%，即增加…: as the rate)
                y1 = before[0] + 1                 # 一九五二年有十九万人，到了一九五七年已经有四十四万人，即增加一倍多: 1953-1957
        if y1 != y2 and measure in ("growth_rate", "change") and not annual_avg and not from_value \
                and _rx(r"(?:比|较)(?:上年|去年|上一年)|同比").search(clause_before) \
                and not _rx(r"平均|年均|每年|累计|五年").search(text[:n.start]):
            y1 = y2                                # (五年来…) 国民生产总值比上年增长百分之十二点八: the growth of one year
        if (from_value or measure == "level") and "相比" in text[:cs + 1]:
            eras = _rx(r"(?:时期|期间)?(?:同|与|跟)“?[^，。；“”]{1,4}”?(?:时期|期间)?相比").search(text[:cs + 1])
            pair = [(ps, pe) for pos_, ps, pe in _plans(text[:eras.end()])] if eras else []
            if len(pair) >= 2 and (from_value or _rx(r"(?:增加|提高|上升|下降|减少|降低|扩大|缩小)(?:到|至)\s*$").search(window)):
                y1, y2 = pair[1] if from_value else pair[0]   # “六五”时期同“五五”时期相比…由二百二十四万吨增加到…
                annual_avg = annual_avg or bool(_rx(r"年平均|平均每年|年均").search(text[:n.start]))
        if _rx(r"(?:^|[，、])\s*(?:还|还将|将|要)?(?:今年内|本年内|年内)").search(clause_before) and not from_value \
                and not (explicit and cs <= _last_year_pos(years, n.start)) and not context["five_year"]:
            y1 = y2 = ry if context["status"] == "target" else context["year"]   # 年内还将继续…铺轨240公里: this year
        if _rx(r"今明两年").search(text[:n.start]) and not explicit and not from_value:
            y1, y2 = ry, ry + 1                    # 今明两年继续提高…人均每年增长10%左右: this year and the next
        elif _rx(r"明年").search(text[:n.start]) and not explicit and not from_value and not _rx(r"比明年|明年以后").search(text):
            y1 = y2 = ry + 1                       # 明年计划…提高到45%: a report delivered late in the year
            status = "target"
        run_base = _rx(r"在连续([两二三四五])年(?:平均)?(?:增长|递增)(?:了)?\s*$").search(clause_before) \
            if _rx(r"\s*(?:左右|以上)?的基础上").match(text, n.end) else None
        if run_base and not explicit:
            k = int(parse_chinese_numeral(run_base.group(1)))
            y1, y2, status = ry - k, ry - 1, "actual"   # 在连续两年增长百分之十三的基础上 (a report of 1994): 1992-1993
        if vs_plan and vs_plan.group("over") and explicit and explicit[0] == explicit[1] and explicit[2] == "explicit":
            y1 = y2 = explicit[0]                  # 一九五七年进出口贸易总额，比原计划超过百分之四: that year's
        if this_year and context["status"] == "actual" and context["year"] < ry and not explicit and not from_value \
                and not context["five_year"] and _rx(r"预期|计划|目标|要|将|力争|争取|拟").search(clause_before):
            y1 = y2 = ry                           # (a plan section the corpus stage took for a review)
            status = "target"                      # 今年的经济增长预期为7％左右: this year's goal
        if context["status"] == "target" and not from_value and _rx(r"^[\s，、]*(?:其中)?(?:全国|全省|全市|全区|我国|我省|我市|(?:(?![比较同与和于在从由到至今明])[\u4e00-\u9fff]){2,4})?"
                                                                     r"(?:去年|上年)(?!同期|以来|底|末)").search(clause_before) \
                and not (explicit and cs <= _last_year_pos(years, n.start)):
            y1 = y2 = ry - 1                       # …年均超收2040亿元，其中去年超收2573亿元, 大寨去年…: last year's, done
            status, measure = "actual", "level" if measure == "cumulative" else measure   # (not a sum of a span said before)
        elif context["status"] == "target" and not from_value and not explicit and _LAST_YEAR_OPENS.match(text) \
                and not _rx(r"今年|明年|要|将|力争|争取|预计|目标").search(text[:n.start]):
            y1 = y2 = ry - 1                       # 去年财政增发1000亿元国债…，但全年货币发行还比年初计划少了近500亿元
            status = "actual"
        elif context["five_year"] and context["status"] == "actual" and not explicit and not from_value and _rx(
                r"(?:^|[^比较同与和])(?:去年|上年)(?!同期|以来|底|末|的基础|水平)").search(clause_before):
            y1 = y2 = ry - 1                       # 五年来…，去年利润增长23.5%: last year's, inside a five-year review
        if _rx(r"(?<![比较同与])(?:去年|上年)同期(?:则|为|是)?[^，。；]{0,6}$").search(clause_before) and not explicit:
            y1 = y2 = (ry - 1 if context["status"] == "target" else context["year"] - 1)
            status = "actual"                  # 去年同期则完成24%: last year's figure for comparison
        part_year = _rx(
            r"(今年)?(?:上半年|前三季度|一季度|第一季度|前[一二三四五六七八九十\d]{1,2}个月|1[—\-至~]{1,2}\d{1,2}月|一至[一二三四五六七八九十]{1,2}月|"
            r"从?(?:一|1)(?:月(?:份)?)?(?:到|至)[二三四五六七八九十\d]{1,2}月|到[二三四五六七八九十\d]{1,2}月(?:份)?(?:底|末)?(?:为止|止))").search(
            text[:n.start])
        done_part = bool(part_year) and not explicit and (status == "target" or bool(part_year.group(1))) \
            and not _rx(r"下半年|全年|力争|预计|要|将").search(clause_before) \
            and not _rx(r"确保|力争|争取|(?<![主需重首纲摘])要|将(?!近)").search(text, 0, part_year.start())   # 确保大唐…一季度完成核准…，…200万吨…项目年内投产: a task
        if done_part:
            status = "actual"                      # 今年上半年…增长14.1%: part of this year, already done
            if part_year.group(1):
                y1 = y2 = ry
        if status == "target" and _rx(r"已(?:经|于)?").search(clause_before) and _rx(r"[\u4e00-\u9fff]了\s*$").search(window):
            status = "actual"                      # 已于今年一月…议定了一百二十二项: done this year
        if status == "target" and not explicit and context["kind"] == "annual_plan" and "了" in clause_before \
                and _DONE.search(clause_before) \
                and not _rx(r"要|将|力争|争取|计划|预计|预期|目标|确保|拟|准备|继续|今年|明年|今后|到20|每年").search(text[:n.start]):
            status, y1, y2 = "actual", context["year"] - 1, context["year"] - 1   # 制定和颁布了…12个领域的技术政策 (in the plan part): done
        if status == "target" and not explicit and done_list:
            status, y1, y2, done_part = "actual", ry - 1, ry - 1, True   # 已建成的主要有：加固大江大河大湖堤防近6100公里
        if done_list and done_span and not explicit and not from_value and measure == "level" and sf != "stock":
            (y1, y2), measure, status = done_span, "cumulative", "actual"   # 两年来…共建设5100多个项目。已建成的主要有：
            #                                                            …建成仓容250亿公斤的…: built over those years
        if status == "target" and not explicit and _rx(r"^\s*(?:这几年|近几年|几年来|前几年)[，,]").match(text) \
                and _DONE.search(clause) and not _rx(r"要|将|力争|争取|计划|今年|明年").search(clause):
            status, y1, y2 = "actual", ry - 1, ry - 1   # 这几年，国家先后在58个城市进行了…试点: done
            done_part = True
        if status == "target" and not explicit and "正在" in text[:n.start] and \
                not _rx(r"要|将|力争|争取|计划|预计|目标|确保|拟|准备|今后|明年").search(text[:n.start]):
            status, y1, y2 = "actual", ry, ry      # 政府正在组织…参加二百七十九项…前期准备工作: under way
            done_part = True
        if (status == "target" or y2 >= ry) and (_ALREADY.search(own) or _rx(r"\s*(?:我国|全国|我省|全省|我市|全市|我区|全区)\s*").fullmatch(own)
                                                  and not _FUTURE.search(text) or _ALREADY.search(clause_before) and "目前" in clause_before[:4]
                                   or _rx(r"^\s*(?:目前|现在|迄今)").search(text) and not _FUTURE.search(text[:n.start])   # (现在我们要…再使…增加: a goal)
                                   or ("目前" in clause_before or now_clause) and not _FUTURE.search(clause_before)) and not explicit:   # (企业目前一年大约多耗电…)
            now = ry if _rx(r"本年|今年").search(text[:n.start]) else ry - 1
            status, y1, y2 = "actual", now, now   # 我国60岁以上人口已达2.5亿: the state now
            done_part = True
            if measure == "cumulative":
                measure, sf = "level", ""          # (根据今年七月一日的普查，我国人口已经超过十亿, in a plan's section: no sum)
        if status == "target" and not explicit and not from_value and _rx(r"[^，。；]{0,6}?已经(?:完工|部分地|投入|建成|完成|开工)").match(text, n.end) \
                and not _FUTURE.search(clause_before):
            status, y1, y2, done_part = "actual", ry - 1, ry - 1, True   # …，12个项目已经部分地投入生产: done
        if not explicit and not from_value and _rx(r"今年[一二三四五六七八九十\d]{1,2}月(?:份|底|末)?").search(clause_before) \
                and _ALREADY.search(own) and not _FUTURE.search(clause_before):
            status, y1, y2, done_part = "actual", ry, ry, True   # 合作社在今年八月已经发展到十万个: done this year
        if status == "target" and explicit and explicit[0] == explicit[1] == ry and _rx(
                r"已经?(?:降低|提高|增加|下降|上升|减少|扩大|缩小|增长)(?:了)?(?:到|至)\s*$").search(own):
            status, done_part = "actual", True     # 上海市在一九五五年上半年…平均用棉量已降低到三百八十六点一斤: done
        if status == "target" and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["status"] == "actual" \
                and out[-1]["ref_period_end"] == y2 and prev_clause == ci - 1 and _rx(r"^\s*(?:比|较)").match(clause_before) \
                and not _rx(r"要|将(?!近)|力争|争取|预计").search(clause_before) \
                and not _rx(r"(?:设想|计划|原定|预算)(?:数)?的?\s*$").search(clause_before):   # (比原来设想的六百亿元: the plan's)
            status, done_part = "actual", True     # …已降低到三百八十六点一斤，比…计划用棉量降低将近七斤: the same, done
        if status == "target" and _rx(r"已经?(?:由|从)[^，。；]{1,16}(?:到|至|为)\s*$").search(clause_before):
            status, done_part = "actual", True     # 从2002年1月1日起，关税总水平已由15.3％降到12％: done
        if status == "target" and (measure == "share" or measure == "level" and n.unit in ("%", "比值")) and not explicit and not from_value \
                and _SHARE_STATE.match(text, n.end) \
                and not _FUTURE.search(text[:n.start]):
            status, y1, y2, done_part = "actual", ry - 1, ry - 1, True   # 有三分之二的城镇职工在国有企业就业, 百分之九十以上是巩固的: how things are
        describes = _rx(r"^\s*(?:我国|我们|全国)(?:共)?(?:有|拥有)[^，。；]*、[^，。；]*$").search(clause_before) \
            or _rx(r"[^，。；]*[，,]\s*是我们[^，。；]{0,10}(?:资源|优势|潜力|基础|底气|财富)").match(text, n.end)
        if status == "target" and describes and not explicit and not from_value and not _FUTURE.search(text[:n.start]):
            status, y1, y2, done_part = "actual", ry - 1, ry - 1, True   # 9亿多劳动力、1亿多…人才，是我们最大的资源和
            measure = "level" if measure == "cumulative" else measure   # 优势 (我国有13亿人口、9亿劳动力资源): the country now
        people = _POPULATION_OF.match(text, n.end)
        if measure in ("level", "cumulative") and people and (people.group(2) or people.group(1) in ("人民", "中国人", "各族人民", "农民")
                                                               and n.unit[:2] in ("亿", "万万")) \
                and not explicit and not from_value and (
                n.unit == "亿人" or n.unit == "亿" and people.group(1) or (people.group(1) or "人") != "人") and n.unit[:1] in "万亿" \
                and not _CHANGE_VERB.search(window) and not _rx(r"(?:使|让)(?!我国|我们|这样|这么)|帮助|解决|惠及|带动|覆盖").search(clause_before) \
                and not _rx(r"(?:多|余)?[\u4e00-\u9fff]{1,3}?(?:参加|参保|参合|受益)(?=[，。；]|$)").match(text, n.end):   # (有4.1亿农民参加: who joined)
            status, y1, y2 = "actual", ry - 1, ry - 1   # 保障好14亿人的粮食安全: the population now, not a goal
            measure, sf, done_part = "level", "stock", True  # (有十亿多人口的大国, in a five-year review: not a sum)
            name = people.group(1) if people.group(1) in ("农民", "农户") else "总人口"   # (the name before is what the people qualify: 饭碗)
            match = registry.match(name, measure)
        if status == "target" and not explicit and _rx(r"(?:这样|这么)?一个[^，。；]{0,12}$").search(clause_before) \
                and _rx(r"[^，。；]{0,10}的[\u4e00-\u9fff]{0,8}(?:国家|大国)").match(text, n.end):
            status, y1, y2, done_part = "actual", ry - 1, ry - 1, True   # 在我们这样一个人口占世界五分之一的社会主义国家: what the country is
        if measure == "streak" and not explicit and _rx(r"[^，。；]{0,12}(?:之后|以后)").match(text, n.end):
            status, y2, done_part = "actual", ry - 1, True   # 在连续6年增产增收之后: a run already done
            y1 = y2 - int(n.value) + 1
        if status == "actual" and not explicit and not from_value and _rx(r"(?:^|[，,])\s*(?:这样|如此)[，,]?\s*(?:就|便|则|也)?(?:将|会|可以|可)[^。；]*$").search(text[:n.start]):
            status, y1, y2 = "target", ry, ry      # 这样，就将至少为国家节约二十亿元: what a measure is to bring
        task = _LONG_PLAN_TASK.search(text, 0, n.start) if "纲要" in text or "规划" in text else None
        if task and not _rx(r"已|提前").search(text, task.end(), n.start) and not from_value:
            k = int(parse_chinese_numeral(task.group(1)))
            start = _rx(r"从(" + YEAR_WRITTEN + r")\s*年(?:开始|起)").search(text, 0, n.start)
            span = (_year_number(start.group(1)), _year_number(start.group(1)) + k - 1) if start else context.get("long_plan")
            if span and span[1] - span[0] + 1 == k and span[1] >= ry:
                status = "target"                  # 纲要要求：…在十二年内…分别达到四百斤: the plan's goal, at its end
                y1, y2 = span if measure in ("growth_rate", "change", "cumulative") else (span[1], span[1])
        told_span = _span_of(before_rows) if not years and not skip and _TOLD_SPAN_GOES_ON.match(text) else None
        if told_span and not explicit and not from_value and measure in ("level", "cumulative") and sf != "stock" \
                and not _rx(r"(?:到|至)\s*$").search(window) \
                and (_rx(r"^\s*这[两二三四五]年").match(text) and told_span[1] - told_span[0] + 1 == parse_chinese_numeral(text.lstrip()[1])
                     or _rx(r"共计|合计|总计|累计|共").search(clause_before)):
            (y1, y2), status, measure, done_part = told_span, "actual", "cumulative", True   # 从1979至1981年，…共计减少
            #                               财政收入五百二十亿元…。这三年城镇共安排两千多万人就业: sums of the same years
        if before_rows and not years and not explicit and not from_value and _SAID_AGAIN.match(text):
            last = before_rows[-1]                 # …这一比重在一九五四年预计将由…增加到百分之七十一左右。这就是说，…
            y1, y2, status = last["ref_period_start"], last["ref_period_end"], last["status"]   # 将只占百分之二十九左右
            done_part = True                       # (the same time, told another way)
        reached = y2 == ry and _REACHED.search(text) is not None and not _FUTURE.search(text)
        if y2 == ry and explicit and any(ya < yb == ry for _a, _b, ya, yb in years) and not _FUTURE.search(text) \
                and _DONE.search(text) and not _rx(r"原定|原来|原先|设想").search(text):
            reached = True                         # 从1979至1981年，…共计减少财政收入五百二十亿元，相应地增加了…: done
        if y2 == ry and chained and _REACHED.search(chained) and not _FUTURE.search(chained + text) and _rx(r"由|从").search(clause_before):
            reached = True
        if y2 == ry and not _FUTURE.search(text) and _rx(r"了[^。；]{0,20}[，,]\s*结果").search(text[:n.start]):
            reached = True                         # …加强了管理，结果…亏损由六亿三千万元减少到一亿元: what was done brought
        if y2 == ry and context["status"] == "actual" and explicit and not _FUTURE.search(text) \
                and _rx(r"(?:增长|增加|提高|上升|下降|减少|降低)了").search(clause_before):
            reached = True                         # 一九五四年的学生人数比一九五一年增长了三倍 (a report of September 1954)
        provided_rate = n.unit == "%" and _rx(r"(?<!比)(?:五年计划|计划|规划)(?:中)?(?:所)?规定的(?:平均)?(?:每年|年均)?(?:增长|递增)(?:的速度)?(?:为|是)?\s*$").search(clause_before)
        if provided_rate and not explicit and not from_value:
            plan = named_plans[0] if named_plans else _plan_under_way(ry, False)
            status = "target"                      # 超过五年计划规定的平均每年增长百分之八点六的速度: the plan's rate
            if plan:
                y1, y2 = plan if (annual_avg or "每年" in clause_before or measure != "level") else (plan[1], plan[1])
        if context.get("kind") == "annual_review" and context["year"] == ry and explicit and explicit[1] == ry \
                and not _FUTURE.search(text) and not _TARGET_WORDS.search(text) and not _rx(r"原定|原来|原先").search(text):
            reached = True                         # 一九六四年，…比一九五七年增长四倍 (a review of December 1964): done
        if status != "target" and y2 >= ry and doc["doc_type"] != "five_year_plan" and not from_value and not done_part \
                and not reached:
            status = "target"
        if status == "target" and reached and (explicit or from_value or "到" in window):
            status = "actual"                      # …增加到一九八二年的七百二十九所，招生数由…增加到三十一万人
        if status == "target" and n.unit in ("%", "％") and _rx(r"完成(?:了)?\s*$").search(window) \
                and _rx(r"(?:没有|未能?|超额|提前)完成(?:了)?(?:国家|年度|全年)?计划").search(text, 0, n.start) \
                and not _rx(r"将(?!近)|(?<![主需重首纲摘])要|力争|争取|预计|确保").search(text, 0, n.start):
            status, done_part = "actual", True     # 有几项重要产品的产量没有完成计划：钢完成96.4％ (this year so far): done
        if status == "target" and y2 < ry and (explicit or from_value):
            status = "actual"
        if y2 < ry and explicit and _rx(r"(?<![比较])(?:原)?计划(?:为|是)\s*$").search(clause_before):
            status = "target"                      # 一九八一年计划为百分之三点七，实际达到百分之四点六: a past year's plan
        est = [m for m in ests if m.start() < n.start and (m.start() <= 2 or cs <= m.start() or m.start() < clauses[0][1] or _rx(
            r"\s*(?:" + YEAR_WRITTEN + r")年(?:全年)?").fullmatch(text[:m.start()])
                                              or len(ests) == 1 and not _ESTIMATE_ENDS.search(text, m.end(), n.start))   # (预计 in
                                              # several clauses: the writer marks each estimate, the others are done)
            and not _rx(r"(?:比|较)(?:(?:19|20)\d{2}年|[一二][〇零○一二三四五六七八九]{3}年|上年|去年|今年)的?$").search(
                text[max(0, m.start() - 7):m.start()])          # 比1980年预计增加1000万吨: the base is the estimate
            and not _rx(r"的[^\d零〇一二三四五六七八九十两百千万]").match(text, m.end())   # 比原来预计的高一些: a noun
            and not (_rx(r"(?:由|从)(?:今年|去年|本年)$").search(text[max(0, m.start() - 3):m.start()])
                     and not _rx(r"的?\s*").fullmatch(text[m.end():n.start]))]   # 由今年预计的3%提高到4%: 4% is the plan
        if est:
            status = "estimate"            # 预计 opening the sentence scopes it all; else its clause
            quals.insert(0, est[-1].group())
        elif status == "actual" and _TARGET_WORDS.search(clause_before) and y2 >= ry:
            status = "target"
        elif status == "target" and _COHORT.search(clause_before) and not _TARGET_WORDS.search(clause_before):
            status = "estimate"            # 今年高校毕业生将高达765万人: the size of a cohort foreseen, no goal
        elif status == "actual" and not explicit and not from_value and (_rx(r"(?:应该|应当|必须)(?:力求|争取|力争)").search(clause_before)
                                                                          or _rx(r"(?:应该|应当)(?:有|达到)\s*$").search(clause_before)):
            status, y1, y2 = "target", ry, ry     # (in a review) 成本每年还应该力求降低百分之二到百分之三; 总产量应该有…: a goal
        elif status == "actual" and ("计划" in clause_before and _PLANNED.match(clause_before)
                                     or not vs_plan and _rx(r"(?:原定|原来|原)(?:的)?计划(?:数)?(?:规定的|的)?\s*$").search(own)
                                     or "要" in text[:n.start] and _PAST_TARGET.search(text[:n.start]) and not from_value
                                     and not _rx(r"实际|结果|经过").search(text, _PAST_TARGET.search(text[:n.start]).end(), n.start)):
            status = "target"              # 计划建成投产大中型项目118个，实际建成128个: the plan's figure
        for w in ("累计", "年均", "每年", "分别"):
            if w in clause_before and w not in quals:
                quals.append(w)
        if (measure in ("growth_rate", "change") or n.unit in ("%", "倍")) and "实际" not in quals and _REAL_GROWTH.search(clause_before):
            quals.append("实际")               # 人均可支配收入实际增长8%: net of prices
        if "区间上限" in n.qualifiers and out and out[-1]["sentence_id"] == sent.sentence_id \
                and "区间下限" in out[-1]["qualifier"] and "下降" in out[-1]["qualifier"].split(";") and "下降" not in quals:
            quals.append("下降")                   # 降低百分之二到百分之三, 下降2%－3%: the upper end falls too
        if "分别" in quals and "下降" not in quals and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["measure"] in ("growth_rate", "change") \
                and {"分别", "下降"} <= set(out[-1]["qualifier"].split(";")) and _rx(r"[、和及与，,\s]*").fullmatch(own):
            quals.append("下降")                   # 分别减少4.42%和5.95%: the verb governs each value
        if measure in ("growth_rate", "change", "share") and decline and "下降" not in quals:
            quals.append("下降")  # values stay as written; the qualifier carries the direction
        if y1 != y2 and measure == "level" and _rx(r"已经?有|现有|已达到?|已经达到?").search(own[-5:]):
            y1 = y2                                # 四年来，…；…的国家和地区，已经有九十三个: the count at the end
        if y1 != y2 and measure == "level" and _rx(r"每年|年产").search(text[:n.start]) and _rx(r"能够?|可以").search(text[:n.start]) \
                and _rx(r"(?:建成|完成|投产)(?:以?后)").search(text[:n.start]):
            y1 = y2                                # 在第二个五年计划期间建设完成后，…将能够每年出产…一万五千台: from the end
        if y1 != y2 and measure == "level" and n.unit not in ("%", "‰") and status == "target" and explicit and explicit[1] == y2 \
                and _rx(r"(?:提高|增加|扩大|上升|[增升])(?:到|至)\s*$").search(window) and "累计" not in clause_before:
            y1 = y2                                # 到一九八五年…招生数将从…二十八万人增加到四十万人: the level then
        if y1 != y2 and measure == "level" and status == "actual" and _rx(r"(?:达到?|超过|突破|增至|增加到|提高到)\s*$").search(raw_window) \
                and (sf == "stock" or _rx(r"参保|参合|人数|总数|总量|规模|余额|里程").search(name)) \
                and not _rx(r"新增|新建|新开工|累计|共|合计|总计|增加|减少|完成|建成|改造|培训|转移|脱贫|救助|资助").search(clause_before):
            y1 = y2                                # (五年来) 各项医疗保险参保超过13亿人: the state reached, not a sum
        if y1 != y2 and measure == "level" and n.unit not in ("%", "‰") and "每年" not in clause_before and not annual_avg and not maintained and not _PER_YEAR_LEVEL.search(clause_before) \
                and n.kind != "streak":
            measure = "cumulative"             # a flow summed over several years
        if context["five_year"] and y1 != y2 and not explicit and not annual_avg and (
                (measure == "growth_rate" and decline) or (measure == "change" and n.unit not in ("%", "百分点"))) \
                and "每年" not in clause_before:
            measure = "cumulative"             # 五年累计下降18.2%, 人均预期寿命提高1岁: the change over the plan
        elif y1 != y2 and not annual_avg and measure in ("growth_rate", "change") and "每年" not in clause_before \
                and "累计" in text[:n.start] and not _rx(r"比|较|同").search(clause_before):
            measure = "cumulative"             # “十一五”前四年累计…下降14.38%，…分别下降9.66%: the change over those years
            #                                    (not 五年累计…，比前五年增长1.41倍: a growth of the sum)
        if measure in ("growth_rate", "change") and y1 == y2 and out and out[-1]["sentence_id"] == sent.sentence_id \
                and out[-1]["measure"] == "cumulative" and out[-1]["ref_period_start"] != out[-1]["ref_period_end"] \
                and prev_clause != ci and _rx(r"(?:比|较|同)(?:" + _ANY_PLAN_NAME + r"|前五年|上一?个五年)(?:计划|规划)?(?:期间|时期)?").search(clause_before):
            y1, y2 = out[-1]["ref_period_start"], out[-1]["ref_period_end"]   # 更新改造投资二千七百六十亿元，比“六五”期间
            status = out[-1]["status"]                                        # 增加百分之八十七: the growth of that sum
        if measure == "level" and n.unit == "%" and out and out[-1]["sentence_id"] == sent.sentence_id and \
                out[-1]["measure"] in ("change", "growth_rate") and _rx(r"[，、\s]*即\s*").fullmatch(own):
            measure = "growth_rate"                # 比上一年增产二千二百万吨，即百分之七点八: the same change as a rate
        if out and out[-1]["sentence_id"] == sent.sentence_id and _rx(
                r"[，、\s]*(?:其中)?(?:最)?(?:高|低|多|少|快|慢)的(?:达到?|为|是|仅|只有)?\s*").fullmatch(own):
            last = out[-1]                         # …增长速度都在百分之四点三以上，高的达到百分之五点五: the best
            measure, y1, y2, status = last["measure"], last["ref_period_start"], last["ref_period_end"], last["status"]
        if measure == "level" and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["measure"] == "change" \
                and prev_clause == ci and _rx(r"(?:左右|以上|多|余)?[、和及与]\s*[\u4e00-\u9fff“”]{1,10}(?:约|近|超过|逾)?").fullmatch(own) \
                and not _rx(r"规模|总量|总额|余额|水平|达|为|是|到|至").search(own):   # (增加约1.5万亿元、规模近9.8万亿元: a level)
            measure = "change"                     # 再减少企业税负3500亿元左右、涉企收费约2000亿元: the verb governs the list
            if "下降" in out[-1]["qualifier"].split(";") and "下降" not in quals:
                quals.append("下降")
        if measure == "ratio" and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["unit"] not in ("%", "倍") \
                and _rx(r"(?:[，,]\s*(?:扣除|剔除|考虑|按)[^，。；]{1,16})?[，,]?\s*(?:是|为|相当于|等于)[^，。；]{0,40}的\s*$").fullmatch(text[prev_end:n.start]):   # (，扣除价格变动因素，是…: an aside on how it is counted)
            y1, y2 = out[-1]["ref_period_start"], out[-1]["ref_period_end"]   # 五年…投入5800亿元，是1950年到1997年投入
            status = out[-1]["status"]                                        # 总和的1.7倍: the ratio of that sum
        if _rx(r"^\s*其中[，,]").match(text) and not explicit and not from_value and before_rows:
            same = [r for r in before_rows if r["measure"] == measure and r["status"] == status
                    and (("每年" in r["qualifier"].split(";")) == ("每年" in clause_before))]
            if same:                               # …平均每年递增百分之四点一。其中，城镇居民的消费水平平均每年
                y1, y2 = same[0]["ref_period_start"], same[0]["ref_period_end"]   # 递增百分之三点二: the same years
        excluding = _rx(r"[（(]((?:不包括|包括|不含|含)[^（）()，。；]{1,12}?)(?:为|是)?\s*$").search(text[prev_end:n.start])
        if excluding and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["unit"] == n.unit:
            last = out[-1]                         # 工业总产值平均每年增长百分之七点五（不包括村办工业百分之七）
            measure, y1, y2, status = last["measure"], last["ref_period_start"], last["ref_period_end"], last["status"]
            name = f"{last['indicator_text']}（{excluding.group(1)}）"
            match = registry.match(name, measure)
        gap = text[prev_end:n.start] if prev_clause == ci else None
        if out and out[-1]["sentence_id"] == sent.sentence_id and ("区间上限" in n.qualifiers or gap is not None
                                                                  and _rx(r"[\s、和及与到至]*").fullmatch(gap) and prev_kind == n.kind):
            last = out[-1]                     # "分别提高23%、56%", "6.5%－7%": the list shares measure and dates
            measure, y1, y2, status = last["measure"], last["ref_period_start"], last["ref_period_end"], last["status"]
            if "区间上限" in n.qualifiers and name == last["indicator_text"]:
                match = registry.match(name, measure)   # both ends of a range are one indicator
        if n.unit == "%" and out and out[-1]["sentence_id"] == sent.sentence_id and out[-1]["measure"] == "growth_rate" \
                and _rx(r"(?:略|稍|明显)?(?:低于|高于|超过|超出)\s*$").search(raw_window) \
                and _rx(r"\s*(?:左右)?的\s*(?:预期|预定|计划|年度|调控)?目标").match(text, n.end):
            last = out[-1]                         # 增长7.8％，虽然略低于8％的预定目标: the growth that was the goal
            measure, y1, y2, status = "growth_rate", last["ref_period_start"], last["ref_period_end"], "target"
            name = last["indicator_text"]
            match = registry.match(name, measure)
            quals = [q for q in quals if q not in ("低于", "高于", "超过", "超出")]
            raw_window = ""
        if measure == "cumulative" and out and out[-1]["sentence_id"] == sent.sentence_id and prev_clause == ci - 1 \
                and "每年" in out[-1]["qualifier"].split(";") and not _rx(r"累计|共|合计|总计|五年|先后").search(clause_before):
            measure = "level"                      # 每年资助金额近1000亿元，资助学生近8000万人次: yearly too, not a sum
            quals.append("每年")
        bound = _bound(quals, raw_window)
        if measure in ("change", "cumulative") or sf == "":
            sf = _stock_flow(name, match, measure, n.unit, own) if measure != "cumulative" else (sf or "flow")
        if measure == "cumulative" and flow_named and sf == "stock" and n.unit not in ("%", "百分点"):
            sf = "flow"                        # 五年内新增…，铁路通车里程一千五百公里: the km added, not the network
        if not match.mapped and name:
            match = registry.match(name, measure)  # the measure may have changed since (…分别下降9.66%和13.14%: the second's)
        split = _split_coordinated(name, registry, measure) \
            if name and (not match.mapped or match.rule in ("contains", "fuzzy")) else None   # (二氧化硫、化学需氧量排放量: contains only the last)
        if split is None and name and "分别" in clause_before and _rx(r"[、和及与]").search(name) and \
                not any(cs + clause_before.rfind("分别") < v.start < ce for v in values if v is not n):
            parts = split_list(name, len(_rx(r"、|和|及|与").split(name)))   # 化学需氧量、氨氮排放量要分别下降2%, …均超过
            split = [(p, registry.match(p, measure)) for p in parts] if parts else None
        targets = split or [(name, match)]
        unit, value_base = n.unit, float(n.value_base)
        if unit in ("万", "亿", "千万", "百万", "万亿", "万万") and (_PEOPLE_AFTER.match(text[n.end:n.end + 14]) or _rx(
                r"(?:人数|人口|人员|人次)$|员额|裁员|裁军").search(name) or _rx(
                r"(?:人数|人口)[，,]?[^，。；\d]{0,8}$").search(text[max(0, n.start - 12):n.start])):   # 总人口，必须控制在十亿六千万
            unit = unit + "人"                   # 1000万以上贫困人口, 十亿多人口: the implied noun completed
        elif unit in ("万", "亿", "千万", "百万") and _HOUSEHOLDS_AFTER.match(text[n.end:n.end + 10]):
            unit = unit + "户"                   # 900多万个体工商户, 近千万家庭
        raw_s = sent.clean_start + n.start
        raw_e = sent.clean_start + n.end
        for nm, m in targets:
            shown = nm + "比重" if measure == "share" and not m.mapped and _SHARE_WITHOUT_WORD.match(nm) else nm
            out.append({
                "doc_id": sent.doc_id, "sentence_id": sent.sentence_id, "table_cell": "",
                "indicator_id": m.indicator_id, "indicator_zh": shown_name(m.name_zh, doc.get("level")) if m.mapped else shown,
                "indicator_en": m.name_en, "value": float(n.value), "unit": unit,
                "value_base": value_base, "unit_base": unit[-1] if unit != n.unit else n.unit_base,
                "ref_year": int(y2), "ref_period_start": int(y1), "ref_period_end": int(y2),
                "status": status, "measure": measure, "qualifier": ";".join(dict.fromkeys(quals)),
                "_clean_start": raw_s, "_clean_end": raw_e,
                "snippet": clause.strip()[:120], "mapped": bool(m.mapped), "value_text": n.text,
                "indicator_text": nm, "stock_flow": sf if n.unit not in ("%", "百分点", "千分点") else "", "bound": bound,
                "streak_years": int(streaks.get(id(n), 0)), "match_score": float(m.score) if m.mapped else 0.0,
                "match_rule": m.rule if m.mapped else "", "_name_rule": named.rule,
            })
        prev_end, prev_kind, prev_clause = n.end, n.kind, ci
    each = _N_YEARS_EACH.search(text) if "分别" in text or "依次" in text else None
    if each:                                       # 由前三年分别上升4.9％、5.5％、0.2％: one year each, in order
        k = int(parse_chinese_numeral(each.group(2)))
        items = [r for r in out if r["_clean_start"] - sent.clean_start >= each.end()
                 and r["ref_period_start"] == r["ref_period_end"]][:k]
        ends = {r["ref_period_end"] for r in items}
        gaps = [text[a["_clean_end"] - sent.clean_start:b["_clean_start"] - sent.clean_start] for a, b in zip(items, items[1:])]
        if len(items) == k and len(ends) == 1 and all(_rx(r"\s*[、和及与]\s*").fullmatch(g) for g in gaps):
            last = ends.pop() - (1 if each.group(1) == "前" else 0)
            for i, r in enumerate(items):
                r["ref_year"] = r["ref_period_start"] = r["ref_period_end"] = last - k + 1 + i
    memo["previous_rows"] = out
    return out


SET_ASIDE_COLUMNS = ["doc_id", "sentence_id", "value", "unit", "value_text", "reason", "cue", "char_start", "char_end",
                     "snippet"]


def _set_aside_row(sent, text: str, n: NumberMention, reason: str, cue: str, clauses) -> dict:
    cs, ce = next(((a, b) for a, b in clauses if a <= n.start < b), (0, len(text)))
    return {"doc_id": sent.doc_id, "sentence_id": sent.sentence_id, "value": float(n.value), "unit": n.unit,
            "value_text": n.text, "reason": reason, "cue": cue, "_clean_start": sent.clean_start + n.start,
            "_clean_end": sent.clean_start + n.end, "snippet": text[cs:ce].strip()[:120]}


def _items_of_lead(text: str, rows: list[dict], lead: tuple[int, int, str] | None) -> tuple[int, int, str] | None:
    """A sentence that ends with a colon after a sum over years (五年基本建设的投资四百二十七亿四千万元，是这样
    分配的：) leads a list; its items (工业部门为二百四十八亿五千万元，占百分之五十八点二；) are parts of that
    sum: their levels and shares dated to one year (no year written) are of the span. Returns the lead
    for the next sentence (while the items end with ；)."""
    end = text.rstrip()[-1:]
    if lead:
        for r in rows:
            if r["ref_period_start"] == r["ref_period_end"] and r["measure"] in ("level", "share") \
                    and not find_years(text):
                r["ref_period_start"], r["ref_period_end"], r["ref_year"] = lead[0], lead[1], lead[1]
                if r["measure"] == "level":
                    r["measure"] = "cumulative"
        return lead if end in "；;" else None
    if end in "：:" and rows and rows[-1]["ref_period_start"] < rows[-1]["ref_period_end"]:
        return rows[-1]["ref_period_start"], rows[-1]["ref_period_end"], rows[-1]["indicator_text"].replace("的", "")
    return None



def _set_phrase_row(sent, text: str, a: int, b: int, reason: str = "set_phrase") -> dict:
    """A row of ``numbers_set_aside`` for a numeral read as no number: in a set phrase (its value
    is the numeral) or vague (几十, 数千: no value)."""
    numeral = max(_rx(r"[零〇一二三四五六七八九十两百千万亿]+").findall(text[a:b]), key=len, default="")
    try:
        value = parse_chinese_numeral(numeral) if numeral and reason == "set_phrase" else None
    except (ValueError, ArithmeticError):
        value = None
    cs = max((i + 1 for i in (text.rfind(c, 0, a) for c in "，,；;。：:") if i >= 0), default=0)
    ce = min((i for i in (text.find(c, b) for c in "，,；;。") if i >= 0), default=len(text))
    return {"doc_id": sent.doc_id, "sentence_id": sent.sentence_id,
            "value": float(value) if value is not None else float("nan"), "unit": "", "value_text": text[a:b],
            "reason": reason, "cue": text[a:b], "_clean_start": sent.clean_start + a,
            "_clean_end": sent.clean_start + b, "snippet": text[cs:ce].strip()[:120]}


def _last_year_pos(years, pos: int) -> int:
    """Where the last year mention before ``pos`` starts (-1 when none)."""
    return max((a for a, _b, _y1, _y2 in years if a < pos), default=-1)


def _year_number(text: str) -> int:
    return int(text) if text.isdigit() else int(parse_chinese_numeral(text))


def _guess_report_year(texts) -> int | None:
    """For a document whose year is unknown: the year its sentences mention most (with 年)."""
    years = Counter(int(y) for t in texts for y in _rx(r"((?:19|20)\d{2})\s*年").findall(str(t)))
    return years.most_common(1)[0][0] if years else None


def _records(frame: pd.DataFrame) -> list[dict]:
    """``frame.to_dict("records")``, read column by column (several times faster on a frame of one
    row): the same values, missing values of nullable columns as None."""
    names = list(frame.columns)
    columns = [[None if v is pd.NA else v for v in frame[c].tolist()] for c in names]
    return [dict(zip(names, v)) for v in zip(*columns)]


def _sentence_rows(sentences: pd.DataFrame) -> list:
    """The sentences as named tuples (as ``itertuples`` gives them), by document, paragraph and
    position. Columns are read whole: going through Arrow-backed columns row by row is slow."""
    keys = ["doc_id", "paragraph_id", "char_start"]
    order = sentences[keys].reset_index(drop=True).sort_values(keys, kind="stable").index
    columns = list(sentences.columns)
    values = [sentences[c].tolist() for c in columns]
    if "clean_start" not in columns:
        columns.append("clean_start")
        values.append(values[columns.index("char_start")])
    rows = list(map(namedtuple("Pandas", columns, rename=True)._make, zip(*values)))
    return [rows[i] for i in order]


def extract_observations(sentences: pd.DataFrame, documents: pd.DataFrame,
                         to_raw: Callable[[str, int], int] | None = None,
                         registry: Registry | None = None, set_aside: list | None = None) -> pd.DataFrame:
    """Observations from sentences (columns: see ``OBS_COLUMNS``), sorted by document and position.
    The numbers that are not facts of the place are appended to ``set_aside`` (rows of
    ``SET_ASIDE_COLUMNS``, raw offsets) when it is given."""
    registry = registry or load_registry()
    aside: list[dict] = []
    docs = {r["doc_id"]: r for r in _records(documents)}
    for doc_id, doc in docs.items():
        if pd.isna(doc.get("report_year")):
            doc["report_year"] = _guess_report_year(sentences[sentences["doc_id"] == doc_id]["text"])
    docs = {k: d for k, d in docs.items() if d["report_year"] is not None}  # no year at all: nothing to date
    rows: list[dict] = []
    for doc_id, doc_sents in itertools.groupby(_sentence_rows(sentences), key=lambda r: r.doc_id):
        doc = docs.get(doc_id)
        doc_sents = list(doc_sents)
        if doc is None:
            continue
        frames = sentence_frames(doc_sents, int(doc["report_year"]), str(doc.get("doc_type") or ""))
        five_year, prev_last, memo, doc_plan, lead, long_plan = False, "", {}, None, None, None
        for (_pid, group) in itertools.groupby(zip(doc_sents, frames), key=lambda sf: sf[0].paragraph_id):
            para = list(group)
            first = str(para[0][0].text)
            continues = prev_last and not _rx(r"[。！？!?”]\s*$").search(prev_last)
            if not continues:                      # a paragraph broken mid-sentence keeps its context
                five_year = bool(_FIVE_YEAR_REVIEW.search(first.lstrip("　 ")))
                memo = {}
            prev_last = str(para[-1][0].text)
            for sent, frame in para:
                if frame.kind == "fyp_plan":
                    doc_plan = (frame.start, frame.end)   # the plan the report last set out: what 五年内 means
                named = _LONG_PLAN_NAMED.search(str(sent.text)) if "纲要" in str(sent.text) or "规划" in str(sent.text) else None
                if named and _year_number(named.group(2)) - _year_number(named.group(1)) > 5:
                    long_plan = (_year_number(named.group(1)), _year_number(named.group(2)))   # what its 十二年内 means
                ctx = frame_context(frame, str(doc.get("doc_type") or ""), int(doc["report_year"]), sent.part, five_year)
                ctx["doc_plan"], ctx["long_plan"] = doc_plan, long_plan
                ctx["lead_name"] = lead[2] if lead else ""
                new = _sentence_observations(sent, doc, ctx, registry, memo, aside)
                memo.setdefault("said", []).append(str(sent.text))   # what the paragraph said so far
                lead = _items_of_lead(str(sent.text), new, lead)
                rows.extend(new)
    if set_aside is not None:
        for r in aside:
            a, b = int(r.pop("_clean_start")), int(r.pop("_clean_end"))
            r["char_start"], r["char_end"] = (a, b) if to_raw is None else (to_raw(r["doc_id"], a), to_raw(r["doc_id"], b - 1) + 1)
            set_aside.append({k: r[k] for k in SET_ASIDE_COLUMNS})
    if not rows:
        return pd.DataFrame(columns=OBS_COLUMNS)
    if to_raw is None:
        starts, ends = [r["_clean_start"] for r in rows], [r["_clean_end"] for r in rows]
    else:
        starts = [to_raw(r["doc_id"], int(r["_clean_start"])) for r in rows]
        ends = [to_raw(r["doc_id"], int(r["_clean_end"]) - 1) + 1 for r in rows]
    # by document and position (a stable sort, as pandas' would be), built column by column
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["doc_id"], starts[i], ends[i]))
    columns = {k: [rows[i][k] for i in order] for k in OBS_COLUMNS if k in rows[0]}
    columns["char_start"], columns["char_end"] = [starts[i] for i in order], [ends[i] for i in order]
    columns["obs_id"] = [f"{d}-o{i:05d}" for i, d in enumerate(columns["doc_id"], start=1)]
    return pd.DataFrame({k: columns[k] for k in OBS_COLUMNS})


def _table_meaning(tab: pd.DataFrame, registry: Registry) -> pd.DataFrame:
    """stock_flow, bound and the match evidence of plan-table cells (their qualifiers and names)."""
    tab = tab.copy()
    tab["indicator_text"] = tab["indicator_text"].fillna(tab["indicator_zh"]).astype(str)
    tab["match_score"] = tab["match_score"].fillna(0.0).astype(float)
    tab["match_rule"] = tab["match_rule"].fillna("").astype(str)
    tab["streak_years"] = 0
    tab["bound"] = [_bound(str(q or "").split(";"), "") for q in tab["qualifier"]]
    sfs = []
    for r in tab.itertuples(index=False):
        m = registry.match(r.indicator_text)
        sfs.append(_stock_flow(r.indicator_text, m, str(r.measure), str(r.unit or ""), "")
                   if str(r.unit or "") not in ("%", "百分点") else "")
    tab["stock_flow"] = sfs
    return tab


def extract_all(sentences: pd.DataFrame, documents: pd.DataFrame, raw_texts: dict[str, str],
                tables: pd.DataFrame, to_raw: Callable[[str, int], int] | None = None,
                registry: Registry | None = None, set_aside: list | None = None) -> pd.DataFrame:
    """Sentence observations plus plan-table observations, one ``observations`` table with stable
    obs_ids (the numbers that are not facts of the place go to ``set_aside``, when given)."""
    from govreport.indicators.plan_tables import extract_plan_tables
    registry = registry or load_registry()
    sent_obs = extract_observations(sentences, documents, to_raw, registry, set_aside)
    tab_obs = extract_plan_tables(raw_texts, tables, registry)
    if len(tab_obs) or not len(sent_obs):
        frames = [sent_obs]
        if len(tab_obs):
            frames.append(_table_meaning(tab_obs.reindex(columns=OBS_COLUMNS), registry))
        df = pd.concat(frames, ignore_index=True)
        df = df.sort_values(["doc_id", "char_start", "char_end", "table_cell"], kind="stable").reset_index(drop=True)
    else:
        df = sent_obs       # already in that order (no table cells): only the ids are per document
    counters: dict[str, int] = {}
    ids = []
    for d in df["doc_id"]:
        counters[d] = counters.get(d, 0) + 1
        ids.append(f"{d}-o{counters[d]:05d}")
    df["obs_id"] = ids
    df["sentence_id"] = df["sentence_id"].fillna("")
    df["table_cell"] = df["table_cell"].fillna("")
    return df[OBS_COLUMNS]
