"""The subject of each number: the noun phrase a number belongs to, from the sentence's structure.

``assign_names(text, clauses, values)`` gives every value (a ``NumberMention`` that is a
quantity) a name and the rule that found it. The rules, first that applies:

- ``list``: "A、B分别达X、Y" (or "A、B占比重达X、Y" without 分别) pairs names and values in
  order. A shared modifier is distributed (单位国内生产总值用水量、能耗 -> 单位国内生产总值能耗),
  a short item borrows the last item's head (城镇、农村居民人均可支配收入 -> 城镇居民人均可支配收入),
  a bare topic borrows it from a marker (居民医保和…人均财政补助标准 -> 居民医保人均财政补助标准),
  and one 城乡 name with two values becomes 城镇 … / 农村 ….
- ``post``: a number that counts the noun after it (52个贫困县全部摘帽, 新建10家省级概念验证中心,
  12所小学、8所初中) takes that noun, with what stands before it (推出长江经济带高质量发展84项政策措施).
- ``pre``: the noun phrase before the number in its clause, with leading scope and action
  words and trailing verbs and qualifiers removed; comparisons are cut off (增速比全省平均水平
  高出 -> 增速); parts of a whole become "A占B比重" (在规上工业总产值中所占比重, 占全年支出的).
- ``subject``: a number with no name of its own, or a generic one (规模, 增量, 增速, 占…),
  takes the subject of its clause or sentence (地区生产总值达到114万亿元，增长8.1%).
- ``previous``: the second value of a range or of "由X增至Y" takes the first value's name; a clause
  that only compares (比上年增加26亿元, 是1998年的6.2倍) takes the name of the value before it.

Around these: a clause without numbers names the values after it (粮食：…, 一九五八年农业和农副业
总产值，拟定为…), unless it only says when or where (在一九三六年, 在…方面); "在X中" names the whole
of the shares after it (轻工业所占比重 -> 轻工业占工农业总产值比重); a relative clause counts what
the sentence counted before (…，可以部分地投入生产的13个 -> …的重要项目); a count says what its
things did (28个省全部免征了农业税 -> 免征农业税的省); an amount takes its use from the next clause
(安排150亿元，增加对…的转移支付).

A product named alone with an amount of mass or volume is its output (粮食…三千八百五十六亿斤 ->
粮食产量), unless its clause says the tonnes are something else (cue words in ``output_of_products`` of
``data/indicator_matching.yaml``: 能力, 进口, 淘汰 …). What is not part of a name is left out: a verdict
on the subject (国有企业效益明显好转，利润… -> 国有企业利润), an anaphor (这方面的招生人数 -> 招生人数), who
consents (国务院同意地方发行… -> 地方发行债券), a statistics source (据国家统计局初步统计).

Names keep digits that belong to them (60岁以上人口, 5G工厂) and never include the number itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from govreport.indicators.pos import is_word, pos_cut
from govreport.lang.periods import PLAN_ABBR, YEAR_WRITTEN
from govreport.indicators.regex import compiled as _rx

_CJK = r"\u4e00-\u9fff"

# Words are cut with jieba (a private tokenizer, see ``pos_tokens``) so that stripping never
# splits a word (惠及 is not 惠 + 及, 在校学生 is not 在 + 校学生).
_LEAD_WORDS = frozenset("""其中 同时 另外 此外 并 且 并且 以及 而且 而 和 及 与 即 都 均 也 还 又 再 已经 已 共计 共 总计 合计
全年 今年 明年 当年 年内 年末 年底 年初 目前 现在 届时 那时 到那时 这 这些 该 其 预计 有望 力争 确保 力促 争取 努力 要 将 把 已有 现有 尚有 还有 拥有
使 让 对 为 向 给 从 由 在 于 以 按 是 成为 到 至 截至 截止 我们 我国 我省 我市 我区 我县 我州 我旗 先后 陆续 成功 顺利 共有 有 拥有 全部 累计
平均 总共 一共 首次 再次 去年 上年 全 各 各类 大规模 全力 着力 加快 大力 积极 持续 不断 进一步 努力 全面 已经
加上 包括 其中包括 为此 对此 超过 高于 低于 这样 一个 这样一个 努力做到 做到 能够 可以 要求 保证 继续 计划 拟定 预定 原定 规定 决定 首批 第一批 拟
出产 估算 估计 大致 大约 相当于 例如 比如 譬如 首先 其次 年均 力求 应该 应当 必须 务必 还应 还应该 相应地 相应 原则上 结果""".split())
_LEAD_FLAGS = frozenset({"p", "c", "d", "r", "t", "u", "uj", "ul", "y", "x", "e", "o"})
_ACTION_WORDS = frozenset("""实现 完成 达到 达成 解决 实施 推出 设立 建成 建设 开工 引导 帮助 带动 发放 拟安排 安排 拟 提请 获批
获得 荣获 获 入选 培育 打造 组织 开展 举办 支持 资助 保障 保障好 扩大 惠及 吸引 吸纳 招录 培训 筹集 投入 落实 下达 拨付 减免
治理 整治 关停 淘汰 削减 压减 化解 认定 评定 创建 深化 推动 推进 加快 加大 严守 守住 坚决 确定 使用 用于 提供 增设
新开 开通 投运 建立 出台 制定 修订 废止 清理 取消 下放 精简 缩减 压缩 连续 迈上 跨越 组建 布局 谋划 储备 招引 签约 新签
完善 健全 巩固 做好 抓好 办好 搞好 管好 用好 实施好 落实好 建设好 如期完成 超额完成 提前完成 全面完成 基本完成 顺利完成 提出 明确提出 制订 启动 形成""".split())
_PREDICATE_VERBS = frozenset("""实现 完成 达到 达 增长 下降 提高 提升 降低 减少 增加 超过 突破 保持 占 是 为 有 成为 位居 居 稳居
列 位列 跃居 跃升 前移 升至 降至 增至 控制 稳定 回落 上涨 扩大 缩小 翻 翻番 获得 荣获 获 上升 调整 变为 降为 提高到 上升到 增加到""".split())
_FLOW_WORDS = frozenset("新增 净增 引进 新引进 新建 新开工 新设 新登记 新认定 新培育 新改建 再增加 增加 减少".split())
# the start or end of a year: when, not what (就业率去年底达到83%)
_YEAR_ENDS = frozenset("去年底 今年底 上年底 本年底 明年底 去年末 今年末 上年末 本年末 明年末 年初 今年初 去年初 上年初 本年初 明年初".split())
_TRAIL_WORDS = frozenset("""分别 均 共 累计 总计 合计 年均 平均 同比 同口径 可比价 按可比价格计算 比上年 较上年 比去年 较去年 较 比
由 从 已经 已 首次 再次 再 又 逐步 进一步 持续 连续 稳定 稳居 保持 控制 维持 在 达到 达 增至 增长 增加 增速 增幅 上涨
涨幅 下降 降幅 降低 降 至 到 降到 减少 回落 缩小 扩大 提高 提升 升至 上升 跃升 超过 超出 超 突破 近 约 逾 不低于
不少于 不超过 不高于 不到 低于 高于 多于 少于 大于 小于 接近 预期 预计 为 是 实现 完成 创造 迈上 跨越 跨上 攀升 拿下 居
位列 位居 跻身 列 占 以上 以下 以内 左右 了 的 和 及 与 或 有 计 安排 拟按 按 拟 要 将 需 需要 力争 确保 争取 全年 今年
当年 年内 年末 年底 改善 分别为 达成 累计达 翻 翻番 上 跃居 升 上涨了 增长了 下降了 提高了 保持在 控制在 稳定在 约为
实际 名义 现价 等于 相当于 降到 降至 降为 升到 升为 调高 调低 调高到 调低到 调整到 调整为 提高到 提高至 增加到 减少到 下降到 上升到 扩大到 缩小到 五年 两年 三年 四年 十年 几年 五年来 两年来 三年来 现行 原定 原计划 转为 变为 缩减 缩减为 缩减到 减为 减到 压缩为 压缩到 已有 尚有 还有 仍 仍然 依然 增长率 预期目标 目标 计划 任务 为止 以来 共计 共有 定在 定为 定 拟定 压减 再压减 削减 精简 压缩 再压缩 再缩短 缩短 准备 打算
有所 要求 一般 应当 一般应当 应该 必须 每年 每人 平均每年 平均每人 递增 递减 高达 迅速 很快 大幅度 大幅 原则上 减 增 将近 发展到 增多 统一 即将 即 收到 减轻 平均减轻 只有 仅有 不过 只 仅 就 还 也 都 才 将要 将会 可以 能够 可能 各 估计 估算 继续 不断 稳步 全部""".split()) | _YEAR_ENDS
# time words that say when, not what (中央财政全年用于… -> 中央财政用于…)
_TIME_WORDS = frozenset("全年 今年 去年 明年 当年 本年 上年 年内 年底 年末 同期 拟 还将 将 已 已经".split()) | _YEAR_ENDS
# characters an unknown stretch may have swallowed from the words around a name (社会文教费为, 比原)
_MODAL_VERBS = frozenset("应 应当 应该 要 须 必须".split())   # 约8000万纳税人应享尽享: what they should get is no part of them (能 stays: 都能在…学习 is the aim)
# words that start with 在 and name a state, not a place (在校生, 在押罪犯): part of a noun
_IN_STATE_WORD = re.compile(r"在校|在读|在职|在岗|在建|在营|在库|在册|在线|在押|在研|在园|在保")
_GLUED_END, _GLUED_START = set("为是达有占超近约将共"), set("比较由从在将共有")
_TRAIL_FLAGS = frozenset({"x", "u", "uj", "ul", "p", "c", "y", "d", "e", "o"})
_COMPARISON = re.compile(r"(?:(?<![可对无相类])比|较|高于|低于|快于|慢于|跑赢|跑输|领先|超出|高出|优于)(?:全国|全省|全市|全区|上年|去年|同期|"
                         r"上一年|上一?个五年(?:计划)?(?:时期|期间)?|年初|平均|原计划|原定|(?:年度|全年)?计划|(?:年度|原)?预算|前[一二三四五六七八九十两\d]{1,2}(?:个)?年|“?" + PLAN_ABBR + r"”?(?:期间|时期|末)?|“[六七八九十]五[”’](?:期间|时期)?|(?:" + YEAR_WRITTEN + r")年|[一二三四五六七八九十两\d]+年前|"
                         r"[" + _CJK + r"]{0,8}(?:平均|水平|同期|年初|年末|年前)|(?:改革|改革开放|调整|实施)(?:以|之)?前|(?:上|前|[一二三四1-4])(?:个)?(?:季度|季|半年|月份|月))")   # 增幅比一季度回落
_GENERIC = re.compile(r"^(?:规模|总量|总额|增量|余额|增速|增幅|降幅|涨幅|增长|增长速度|速度|比重|占比|比例|人数|数量|金额|总数|营业额|成交额|交易额|"
                      r"平均浓度|浓度|年均浓度|水平|标准|均值|总值|产量|总产量|收入|利润|投资|产值|营收|营业收入|完成投资|指标|数|预计数|计划数|"
                      r"(?:财政|人均|每人)?(?:补助|补贴)标准|实际到位|实际使用|实际利用|合同金额|协议金额|积累资金|资金|发电能力|生产能力|能力|装机容量)$")
# an industry opening a sentence ("机械工业1979年…，…，出口额增长30.8％") owns the bare measures of its clauses
_SECTOR_OPENER = re.compile(r"^\s*(?:(?:[两二三四五]年|今年|去年|全年|本年)(?:来|内|中)?)?([\u4e00-\u9fff]{1,6}?(?:工业|行业|产业|制造业|建筑业|服务业|商业))"
                            r"(?!生产总值|增加值|总产值|产值|企业|产品|部门|化|园区|基地|结构|发展|布局|体系|用|投资)")
_SECTOR_MEASURE = re.compile(r"(?:总产值|产值|出口额|进口额|出口总额|进口总额|出口|进口|利润|利润总额|销售收入|营业收入|增加值|产量|总产量|"
                             r"产品成本|成本|劳动生产率|利税|亏损|亏损额)")
# units that count made things (二万二千台 机床): a product counted so is its output
_PRODUCT_COUNT_UNIT = re.compile(r"[万亿]?(?:台|辆|艘|架|部|件|匹|双|只)")
_DAILY_FLOW = re.compile(r"(?:各类|各种)?([\u4e00-\u9fff]{2,10}?)?(?:平均)?(?:每天|每日)(新增|净增|新登记|新设立?|新注册)\s*$")
_FLOW_ONLY = re.compile(r"^(?:平均每天|每天|日均|每年|年均)?(?:新增|净增|引进|新引进|新建|新设|新登记|再增加|增加|减少)$")
_STOCK_WORDS = re.compile(r"(?:总量|总数|累计|存量|拥有量|保有量|余额|总规模|规模)$")
_PART_OF_WHOLE = re.compile(r"在(.{1,20}?)中(?:所占|所占的|的|占)?(比重|比例|份额|占比)")
_LIST_SPLIT = re.compile(r"、|和|及|与|以及")
_PER_UNIT = re.compile(r"^(单位(?:国内|地区)?(?:生产总值|GDP|工业增加值)|万元(?:国内|地区)?(?:生产总值|GDP|工业增加值)|"
                       r"每万人口?|每千人口?|每百户|人均)")
_HEAD_MARK = re.compile(r"人均|户均|每人|占")
_CN_COUNT = re.compile(r"[一二三四五六七八九十两百千万亿\d]+(?:个|项|家|所|条|座|亿|万)")
_QUAL_START = re.compile(r"^(?:以上|以下|以内|左右|上下|之内|多|余)+")
# what may not open the noun a number counts
_NOT_NOUN_START = re.compile(
    r"^(?:[，。；;,、：:！？)）\]】》]|的|和|及|与|或|增长|下降|提高|提升|减少|降低|"
    r"增加|回落|上涨|全部|全面|均|都|也|已|再|又|在|被|为|是|达|占|比|较|同比|分别|以|将|要|并|且|实现|完成|转为|扭亏|转亏|安排|"
    r"年(?!度)|月|日|倍|个百分点|百分点|降(?:到|至|为|低|了)|升(?:到|至|为)|调(?:高|低|至))")   # (20个年度重点场景)
_POST_STOP = re.compile(
    r"[，。；;,、：:！？)）\d]|全部|全面|顺利|已经|已有|现有|已|正在|被|在|实现|完成|达到|达|获得|获|通过|建立|纳入|列为|"
    r"降至|降到|降为|升至|升到|调高|调低|调至|调整为|进展|"
    r"摘帽|脱贫|落户|覆盖|惠及|参与|受益|就近|入选|投入|开工|竣工|建成|启用|运营|落地|签约|增长|提高|下降|居住|"
    r"减少|超|突破|和其他|以及|等|得到|获批|完工|实施|进行|开展|发放|参加|参保|享受|分别|共|均|也|都|将|要|"
    r"重组|基本|成功|正式|启动|实行|推行|开通|设立|进入|试行|使用|获益|搬迁|参加|免除|享有|拥有|完善|组建|展开|发展(?!中)|年内|年底|全线")
_YEAR_IN = re.compile(r"(?:" + YEAR_WRITTEN + r")\s*年")
# a comparison's base: "比五年计划原定1957年" before 3856亿斤 (no verb of change in it)
_BASE_VALUE = re.compile(r"^[，、\s]*(?:如果|若|要是)?(?:比(?!如)|较|同(?!时|样|步)|与(?!此同时))[^，。；]{0,20}$")   # (同时…发行: not a base)
_CHANGE_IN = re.compile(r"增|减|提高|降低|下降|上升|多|少|高|低|超|达|为|是|快|慢")
# a clause that only compares: 比上年增加, 同比增长, 增长 (its number belongs to the value before)
_COMPARISON_ONLY = re.compile(r"[，、\s]*(?:(?:减|降|升|转)为(?:增长|下降)|(?:(?:比|较)(?:上年|去年|上一年|同期|年初)|同比)?(?:平均)?(?:每年)?(?:实际|名义)?(?:再)?(?:增加|减少|增长|下降|提高|降低|多|少)(?:了)?"
                              r"(?:约|近|超过|超|逾)?|(?:是|为|相当于|等于)(?:(?:19|20)\d{2}年|[一二][〇零○一二三四五六七八九]{3}年|上年|去年)的)\s*")
# "施工线路有包头——兰州线、内江——昆明线等25条": the examples are not the name
_EXAMPLES = re.compile(r"^(.{2,}?)(?:有|包括)[^，。；]{2,40}等\s*$")
_PURPOSE = re.compile(r"(资金|经费|专项资金|补助资金|补助|贷款|基金)(?:用于|支持|扶持|专项用于)([" + _CJK + r"]{2,10}?)"
                      r"(?=[，。；、]|$|工作|发展|建设)")
# a length or an area: "近千公里的黄河堤防加固工程" is the size of the noun after 的
_SIZE_UNIT = re.compile(r"(?:万|亿)?(?:公里|千米|米|平方米|平方公里|亩|公顷)")
# a per-person amount said apart from its name: "农民的纯收入，全国平均每人达到…"
_PER_PERSON = re.compile(r"(?:^|[，、\s]|全国|全省|全市|全区)(?:平均每人|每人平均|按人口平均|平均每个人|每人每年平均|平均每人每年)"
                         r"(?:每年|每月)?(?:达到?|为|是|有|约)?\s*$")
# a name that is only a verb: the clause's subject says what is produced or built
_BARE_VERB = re.compile(r"(?:生产|产|建设|完成|实现|安排|达到|增长|增加|发展|提高|减少|解决|筹资|融资|征收)")
# a part of the year said after a name (工业总产值第一季度): not the name, but its period
_PART_OF_YEAR = re.compile(r"(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|[\d一二三四五六七八九十]{1,3}月份?|[\d一二三四五六七八九十]{1,3}至[\d一二三四五六七八九十]{1,3}月)")
_IN_PART_OF_YEAR = re.compile(r"在(?:今年|明年|去年|本年|当年|上年)?(?:[一二三四五六七八九十\d]{1,3}月份?|上半年|下半年|前三季度|第?[一二三四1-4]季度|"
                              r"年底|年末|年初)(?:底|末|初|以前|以来|前|时)?(?!革命)")
_PART_OF_YEAR_END = re.compile(r"(?:第?[一二三四1-4]季度|上半年|下半年|前三季度|[\d一二三四五六七八九十]{1,3}月份)$")
# a class of products before the measure of each: 主要产品的产量 -> 产量
_PRODUCT_CLASS = re.compile(r"^(?:各种|几种|若干|绝大多数|大多数|多数|大部分|许多|一些)?(?:主要|重要)?(?:工业|农业|工农业)?产品的?")
# the size of a facility: 大唐700万吨露天煤矿 -> 大唐露天煤矿规模
_FACILITY = re.compile(r"(?:煤矿|露天矿|矿井|电厂|电站|生产线|工厂|厂|风电|光伏|热电联产|提质|炼油|乙烯|钢铁|基地)$")
_CAPACITY_UNIT = re.compile(r"(?:万|亿)?(?:吨|千瓦|兆瓦|吨/年)")
# what a plan says, not what it counts: 这五年计划安排, 第六个五年计划规定
_PLAN_SAYS = re.compile(r"^(?:第[一二三四五六七八九十]{1,3}个五)?这?[一二三四五六七八九十两]*年?(?:计划|规划)(?:草案)?(?:安排|规定|要求)的?|平均每年有")
_PEOPLE_UNIT = re.compile(r"[万亿]|[万亿]?(?:人|户|名|人次|户次)")
_COUNT_WORD = re.compile(r"^[万亿]?(?:个|项|家|所|座|条|处|批|部)$")
_COMPLETION = re.compile(r"[，、\s]*(?:完成|占|为|达到?)(?:了)?(?:年度|全年|年)?(预算|计划|任务)(?:数)?的?\s*")
_MEASURE_HEAD = re.compile(r"(?:人数|数量|产量|产值|总值|总额|面积|人口|收入|支出|投资|里程|能力|规模|率|比重|增加值|"
                           r"收购额|零售额|销售额|周转量|运量|运输量|货运量|客运量|吞吐量)$")
_USE = re.compile(r"\s*(?:重点|主要|专项|全部|直接)?(?:用于|增加|支持|扶持|补贴)([" + _CJK + r"“”、]{2,30})\s*$")
# money whose name is only the word for money: the work it carries out, said right after it
_BARE_MONEY = re.compile(r"(?:(?:全年|年内|今年)?(?:计划|完成|总|政府)?(?:投资|投入)(?:额)?|(?:引导|专项|补助)?资金)")
_MONEY_DEED = re.compile(r"(?:左右|多|余)?[，,]?\s*(?:重点|集中|全面|主要)?(?:启动|加快|全力|继续)?(?:实施|推进|完成|建成|建设|新建|改造|开展)了?"
                         r"|(?:左右|多|余)?[，,]?\s*对(?=[^，。；]{2,20}?进行)")
_AMOUNT = re.compile(r"[\d.，,]+(?:多|余)?[万亿千百]?[\u4e00-\u9fff]{0,3}?(?:个|项|条|座|所|家|栋|户|套|公里|千米|米|平方米|万平方米|亩|台|处)")
# a name that only says who pays (中央财政将安排832亿元): the purpose said around it names the money
_PAYER = re.compile(r"((?:中央|地方|各级|国家|全国|省级?|市级?|县级?)(?:财政|政府))(?:将|拟|还将|为此)?(?:每年)?(?:投入|安排|新增)?(?:支出)?"
                    r"((?:专项)?(?:补助|补贴|奖补)?资金)?")   # (the kind of money, kept after the purpose)
_PAYER_USE = re.compile(r"\s*(?:重点|主要|专项|全部|直接)?(?:用于|支持|扶持|补贴|解决|实施|资助)([" + _CJK + r"“”、]{2,24})")
_PAYER_TOPIC = re.compile(r"^(?:[" + _CJK + r"]{0,12}?(?:继续|全面|深入|加快|启动)(?:实施|推进|开展)了?(?:第[一二三四五六七八九十]期)?([" + _CJK + r"“”]{4,14})"
                          r"|([" + _CJK + r"]{2,10}?(?:补贴|补助|奖补|救助))(?:覆盖|范围|标准|扩大|提高|政策)[^，,]*"
                          r"|(?:实施|实行|落实)(?:更加|更为)?(?:积极|有力)?的?([" + _CJK + r"]{2,6}?)(?:政策|制度))$")   # 实施更加积极的就业政策，中央财政拟投入…
_PAYER_AIM = re.compile(r"^\s*为了?(?:(?:继续|进一步|全面|加快|加强|推进|落实|支持|促进|推动|实施|做好)+)?([" + _CJK + r"“”、]{2,20}?)\s*[，,]")
# "X有A": the items of a measure listed after 有 (新增加的主要生产能力有煤炭…)
_LEAD_IN = re.compile(r"^(?:[^，。；]{0,24}?(?:结果|情况|数字|事实|统计|资料|调查|材料|实践|这|此|由此|从中|从这里|从这些数字)"
                      r"(?:表明|说明|显示|证明|可知|可见|看出|看来)|(?:表明|说明|显示|证明)(?=[：:]))[：:，,]?\s*")
_LIST_DEED = re.compile(r"^(淘汰|关停|压减|化解|退出|削减|新增|新建|新开工|建成|改造|治理)(落后的?)?")
_LISTED_ITEM = re.compile(r"([\u4e00-\u9fff]{2,16}?)(?:有|包括|计有)([\u4e00-\u9fff]{1,6})")
# a verdict on a subject's state, not a name: 国有企业效益明显好转，去年利润增长… (the profit is the firms')
_VERDICT = (r"(?:经济)?(?:效益|运行|形势|状况|态势|面貌|势头)(?:大幅度|大幅|明显|显著|进一步|持续|继续|稳步|不断|有所|逐步|全面)?"
            r"(?:提高|改善|好转|回升|向好|转好|增强|提升)")
# the total a share is of, said between 占 and the share: 占全国现有十二亿亩粮食耕地的百分之二十四
_WHOLE_BEFORE = re.compile(r"占(全国|全省|全市|全区|全县|世界)?(?:现有|原有)?((?:(?!由|从|到|至|年)[\u4e00-\u9fff]){0,10}?)\s*$")
_WHOLE_AFTER = re.compile(r"(?:多|余)?(?:(?!由|从|到|至|年)[\u4e00-\u9fff]){0,8}的(?:百分之|[\d.]+[%％]|[一二三四五六七八九十]+分之)")
_LEVEL_VERB_END = re.compile(r"(?:达到?|为|是|超过|突破|增至|升至|提高到|提升到|提高至|提升至|降至|降到|下降到|"
                             r"减少到|增加到|扩大到|缩小到|稳定在|保持在|控制在|突破了|达到了)\s*$")
# deeds that remove what they count (取消和下放311项行政审批事项): the count is of things removed, not of all of them
_REMOVAL_DEED = re.compile(r"(?:(?:取消|下放|废止|撤销|撤并|关停|关闭|取缔|淘汰|精简|削减|压减|清理规范|清理)(?:和|、|及|与|并)?)+")
# a clause that only gives the level reached (…，达到4024亿公斤)
_RANK_LEAD = re.compile(r"[，、\s]*(?:并|又|也|还|已经|已)?(?:从|由)?(?:居|位居|位列|排名|排|跃居|升居)?\s*")
_LEVEL_ONLY = re.compile(r"[，、\s]*(?:又|再|已经|已|共)?(?:达到|达|增至|升至|增加到|提高到|上升到)了?\s*")


# a deed of building with no noun (新开工700万套): the works it builds are the topic said before
_DEED_ONLY = re.compile(r"(?:今年|年内|全年)?(?:新开工|开工|基本建成|建成|竣工|新开工建设|开工建设|完成改造|改造|新建)")
_WORKS_UNIT = re.compile(r"[万亿]?(?:套|户|间|栋|所|座|处|个)")


def _works_of(topic: str) -> str:
    """保障性安居工程建设力度 -> 保障性安居工程, 新的三年棚改攻坚计划 -> 棚改: the works a topic names."""
    works = _rx(r"(?:建设)?(?:力度|工作|步伐|进度)$|建设$|(?:攻坚)?(?:计划|行动)$|攻坚$").sub("", topic)
    works = _rx(r"^(?:新的|新一轮|新)?(?:[一二三四五两]年)?").sub("", works)
    return works if _rx(r"(?:工程|改造|棚改|住房|保障房|安置房|公租房|廉租房|危房)$").search(works) else ""


# a measure that is always of something said before: 覆盖面 (of the system just named)
_OF_THE_TOPIC = re.compile(r"(?:覆盖面|覆盖范围|覆盖率|参保率|普及率|受益面|规模|总量|比重|占比)")


# how a subject does, said before its measure (经营主体稳中培优，总量…; 发展普惠金融，规模…): no part of its name
_SUBJECT_VERDICT = re.compile(r"^(?:大力|加快|积极|持续)?(?:发展|培育|壮大|做大|做强|推动|推进)(?=[\u4e00-\u9fff]{2})|"
                              r"(?<=[\u4e00-\u9fff]{2})(?:稳中(?:培优|向好|有进|有增|有升|提质|提效)|(?:持续|不断|加快|快速|蓬勃|稳步|健康)(?:壮大|发展|增长|扩大|成长)|发展壮大|提质增效)$")


# a clause that gives something to someone (向…学生提供助学金): the thing given is the topic, of whom it goes to
_PROVIDED = re.compile(r"^(?:向|对|为|给)([\u4e00-\u9fff、“”]{2,40}?)(?:提供|发放|给予)([\u4e00-\u9fff“”]{2,10})$")


def pos_tokens(text: str) -> tuple[tuple[str, str], ...]:
    """jieba words with part-of-speech tags (``govreport.indicators.pos``: posseg's cuts, cached)."""
    return pos_cut(text)


@lru_cache(maxsize=65536)
def _strip(s: str) -> str:
    """Leading scope, time and action words and trailing verbs and qualifiers, on word boundaries."""
    toks = list(pos_tokens(s))
    if toks and len(toks[-1][0]) > 1 and toks[-1][0][-1] in _GLUED_END and not is_word(toks[-1][0]):
        w = toks.pop()[0]
        toks += [(w[:-1], "n"), (w[-1], "v")]
    if toks and len(toks[0][0]) > 1 and toks[0][0][0] in _GLUED_START and not is_word(toks[0][0]):
        w = toks.pop(0)[0]
        toks = [(w[0], "p"), (w[1:], "n")] + toks
    if len(toks) > 2:
        toks = [toks[0]] + [t for t in toks[1:-1] if t[0] not in _TIME_WORDS] + [toks[-1]]
    changed = True
    while changed and toks:
        changed = False
        w, f = toks[0]
        rest = "".join(x for x, _ in toks[1:])
        if (w in _LEAD_WORDS or (f in _LEAD_FLAGS and not _rx(r"\d").search(w))) and (rest or w not in _FLOW_WORDS) \
                and not (w == "全" and rest.startswith("社会")) \
                and not (w == "自然" and len(rest) >= 2) \
                and not (w == "以" and _rx(r"^[\u4e00-\u9fff]{1,2}代").match(rest)) \
                and not (w in ("其他", "其它") and len(rest) >= 2) \
                and not (w in ("长期", "短期", "中长期") and rest.startswith("建设")) \
                and not (w in ("现代", "近代", "当代") and len(rest) >= 2) \
                and not (w == "再" and rest.startswith("就业")) \
                and not (w == "各级" and rest.startswith(("政府", "财政"))) \
                and not (w == "计划" and rest[:1] in ("内", "外") and len(rest) >= 3) \
                and not (f == "d" and w not in _LEAD_WORDS and w[0] not in _LEAD_WORDS and len(w) >= 2 and len(toks) > 1 and toks[1][1] == "n") \
                and not (len(toks) > 1 and toks[1][0] == "、" and len(w) >= 2):   # 国营、合作社营…的: a list's first item   # 长期建设国债, 现代工业, 再就业   # 全社会研究与实验发展经费, 其他收入; an adverb's tag before a noun is a compound: 经常项目
            toks.pop(0)
            changed = True
        elif (w in _ACTION_WORDS or w in _FLOW_WORDS and w not in ("新增", "净增", "引进", "新建", "新开工")) and len(rest) >= 2 \
                and not (w in ("治理", "整治", "改造", "造林", "绿化") and _rx(r"面积|里程|长度").search(rest)) \
                and w not in ("关停", "淘汰", "化解", "压减", "减免", "削减", "免征", "减征", "资助", "救助", "安置", "精简", "取消", "下放", "废止", "清理", "制定", "修订", "制修订") \
                and not (w == "建设" and _rx(r"(?:国债|债券|资金|基金|用地|项目)").fullmatch(rest)) \
                and not (w in ("减少", "增加") and _rx(r"[\u4e00-\u9fff]{1,4}的(?:农户|农民|职工|居民|家庭|人口|企业)").match(rest)) \
                and not (w in ("开工", "建成", "竣工") and _rx(r"[" + _CJK + r"]{2,}(?:工程|项目)$").fullmatch(rest)) \
                and not (len(toks) > 1 and toks[1][0] in ("和", "及", "与", "、", "的")):   # (增加的铁路总长度)   # 取消和停征…收费: two actions, one name
            toks.pop(0)
            if len(toks) > 2 and toks[0][0] == "好":   # 组织实施好…的重点项目: 好 completes the deed
                toks.pop(0)
            changed = True
        elif w == "重点" and len(toks) >= 2 and toks[1][0] in _ACTION_WORDS and toks[1][0] != "建设":
            toks.pop(0)                            # 重点实施31.2公里农村公路: how the deed is done (重点建设项目 is a name)
            changed = True
        if toks:
            w, f = toks[-1]
            closing = w == "”" and "“" in "".join(x for x, _ in toks[:-1])
            scale = w in ("以上", "以下") and len(toks) > 1 and _rx(r"限额|规模|[县市省地乡]级|建制镇").fullmatch(toks[-2][0]) \
                or w == "增长率" and len(toks) > 1 and toks[-2][0] == "自然" \
                or w == "增长" and len(toks) >= 2 and toks[-2][0] == "经济"   # 人口自然增长率, 促进经济增长(的措施) are names
            if not closing and not scale and (w in _TRAIL_WORDS or (f in _TRAIL_FLAGS and not _rx(r"\d").search(w))
                                or _rx(r"[、，：:\s“]+").fullmatch(w)):
                toks.pop()
                changed = True
    return "".join(w for w, _ in toks)


@dataclass(frozen=True)
class Named:
    name: str
    rule: str


@lru_cache(maxsize=65536)   # pure, and asked again for the same text clause after clause
def clean_prefix(prefix: str) -> str:
    """The name in the text before a number: "全年地区生产总值完成" -> "地区生产总值"."""
    s = _rx(r"(?<=”)[（(][^（）()]{6,40}[）)]").sub("", prefix)   # “两基”（基本普及九年义务教育…）攻坚县: a note
    s = _rx(r"(?<=\d)[ 　](?=\d)").sub("", s)     # 1 9 9 7年国内生产总值: a spaced year is a year
    s = _rx(r"(?<=年)中间").sub("中", s)          # 在一九五八年一年中间也增长了: the 间 of 中间 is no name
    s = _rx(r"^[^，。；]*[ 　]{2,}(?=[" + _CJK + r"]{2})").sub("", s)   # 重点　　煤炭工业建设投资: a heading glued on
    s = _LEAD_IN.sub("", s)                        # 国民经济计划执行的结果表明：…: what the figures show is no part of a name
    if "每天" in s or "每日" in s:                 # 平均每天新增, 市场主体每天新增: a daily average, not the year's flow
        s = _DAILY_FLOW.sub(lambda m: "日均" + m.group(2) + (m.group(1) or ""), s)
    s = _rx(r"(?:^|[，,])\s*(?:不)?包括[^，。；]{1,24}在内(?:[，,]|$)").sub("", s)   # …，包括原有企业和新建企业的在内，预计达到: the scope, not the name
    s = _rx(r"(?:不)?包括[^，。；]{1,30}?在内的(?=[" + _CJK + r"]{2})").sub("", s)   # 包括工厂厂房、…等在内的房屋建筑面积: what it includes does not narrow it
    s = _rx(r"(?:仅|仅仅|只)?(?:(?:" + YEAR_WRITTEN + r")年?[、和与及])+(?:" + YEAR_WRITTEN + r")年?(?:这)?[两三四五六七八九十]年(?:中|内|间|里|来)?(?:就|共|合计|累计|总共)?").sub("", s)   # 仅一九八一、一九八二两年就节约: when, not what
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:近年来|多年来|近几年)?(?:首次|第一次)(?:出现|实现)了?(?:双|两)?(?:下降|增长|提高|降低)?$").sub("", s)   # …排放总量近年来首次出现双下降，比上年分别下降…: a verdict
    s = _rx(r"(?:按|以)(?:可比价格|可比价|现行价格|不变价格)(?:计算)?").sub("", s)   # (比价格…平均 is no comparison)
    s = _rx(r"^(?:这|此|在)?[^，。；]{0,8}?[\d一二三四五六七八九十百千万亿]+[^，。；]{0,3}中[，,]\s*").sub("", s)   # 这八十亿元中，有…: the whole, said before
    s = _rx(r"(?:考虑|扣除|剔除|去掉)(?:了)?(?:物价|价格)(?:和汇率|、汇率|和[\u4e00-\u9fff]{1,4})?(?:上涨|下降|上升|变动|变化)?的?因素(?:后|以后)?").sub("", s)   # 考虑价格下降因素比上年实际增长: how it is counted
    s = _rx(r"(?:从|由)?(?:今年|本年|去年|当年)?[一二三四五六七八九十\d]{1,3}月份?(?:到|至|——|—|－|-|～|~)[一二三四五六七八九十\d]{1,3}月份?(?:底|末|止)?").sub("", s)   # 案件从今年一月到九月共有: when, not what
    s = _rx(r"在[一二三四五六七八九十两\d、]{1,6}月份?(?:平均)?的?(?=[" + _CJK + r"]{2})|^[一二三四五六七八九十\d]{1,2}月份?的(?=[" + _CJK + r"]{2})").sub("", s)   # (三月份的平均日产量)   # 全国煤矿在一二两月份平均的日产量
    s = _IN_PART_OF_YEAR.sub("", s)                # 农业生产合作社在今年八月已经发展到: when, not what
    s = _rx(r"(?<=[" + _CJK + r"])\d[\d.,，lIO]*(?:多|余)?[万亿千百]?(?:元|吨|人|个|项)$").sub("", s)   # 补助资金25l亿元 (a number the reader could not take)
    s = _rx(r"^(?:例如|比如|譬如|如(?![期实今何果此同意数]))(?=[" + _CJK + r"])").sub("", s)
    s = _rx(r"(?:即|也|约|就)?(?:增加|增长|提高|扩大|减少|下降|翻)了?[一二三四五六七八九十两\d.]*(?:倍|番)(?:多|余|以上|左右)?").sub("", s)   # 即增加一倍多 (a ratio the reader did not take)
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?<!基本)(?<!全面)(?<!初步)(?<!已经)(?:(?:制度|体系|机制)(?:基本|全面|已经|已|初步)?建成|(?:已经|已|初步)?建成|(?:制度|体系|机制)?(?:基本|全面|已经|已|初步)?(?:建立|确立|形成|推开))[、，,]?(?:已经|已)?(?:有)?\s*$").sub("", s)   # 大病保险制度基本建立、已有…受益   # 如铁增长百分之五十六: an example's product
    s = _rx(r"(?:增长|增加|减少|下降)的绝对(?:数|值|量|额)(?:却|就|也|则|还)?(?:是|为|达到?)?\s*$").sub("", s)   # 增长的绝对数却是: the change of what was just named
    s = _rx(r"^(?:每年|年)(?:能够|能|可以|可)(?:出产|生产|产)([" + _CJK + r"]{1,8})$").sub(r"\1年生产能力", s)   # 每年能够出产载重汽车: a capacity
    s = _rx(r"^[^，。；]*?(?:生产规模|生产能力|规模|能力)(?:可以|可|将|要)?(?:扩大|提高|增加|达)(?:到|至)?年产([" + _CJK + r"]{1,4})$").sub(r"\1年生产能力", s)   # 它的生产规模可以扩大到年产生铁
    s = _rx(r"(?:由于|因为)([" + _CJK + r"]{2,12}?)而(增加|增长|减少|节约|节省|提高|降低)的(?=[" + _CJK + r"]{2})").sub(r"\1\2", s)   # 由于劳动生产率提高而增加的产值
    s = _rx(r"^[^（()）]{0,40}[）)]").sub("", s)     # the end of a note begun before the number before
    s = _rx(r"(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=比|较|同|与)").sub("", s)   # 一九八○比一九七五年增加
    s = _rx(r"(?:比|较)\s*(?:" + YEAR_WRITTEN + r")\s*年(?:同期)?(?:的)?(?:决算数|预算数|实际数|计划数|预计数)?").sub("", s)   # 比1955年决算数
    s = _rx(r"^(?:以|之)?前的?[一二三四五六七八九十两\d]{1,3}年(?:中|里|间|内)?").sub("", s)   # 比一九七八年前的二十六年平均每年增加: when, not what
    s = _rx(r"^(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2}(?=[" + _CJK + r"]{2})(?![年月日])").sub("", s)   # 一九五八粮食的指标 (年 left out)
    s = _rx(r"(?<=[" + _CJK + r"]{2})的(?:计划)?指标(?:为|是|定为)?\s*$").sub("", s)   # 粮食的指标为: the target of the output
    s = _rx(r"(?:" + YEAR_WRITTEN + r")\s*(?:到|至|—|－|-)\s*(?=(?:" + YEAR_WRITTEN + r")\s*年)").sub("", s)   # 在1979到1983年平均每年递增
    s = _rx(r"(?:由|从)?\s*(?:(?:" + YEAR_WRITTEN + r")\s*年(?:底|末|初)?(?:(?:以|之)?前(?![一二三四五六七八九十两\d]))?的?|“?" + PLAN_ABBR
               + r"”?(?:期末|末|期间|时期)?的?)").sub("", s)
    s = s.strip(" 　")
    s = _rx(r"(?:按人口平均|平均每人|每人平均)(?:计算)?的").sub("人均", s)
    s = _rx(r"(?:用|在)?[一二三四五六七八九十两\d]+(?:个)?(?:年|月)(?:左右)?(?:的)?时间(?:内|里|中)?").sub("", s)   # 在五年时间内使工业生产提高一倍
    s = _PLAN_SAYS.sub("", s)                      # 这五年计划安排平均每年有财政赤字
    s = _rx(r"^(?:党中央|中央|国务院|政府|我们)(?:已经|已)?(?:提出|确定|要求)(?=[" + _CJK + r"]{3})").sub("", s)   # 中央提出今年经济增长预期目标为
    s = _rx(r"^(?:出产|产出)(?=[" + _CJK + r"]{1,4}$)").sub("", s)   # 出产生铁一百八十万吨: the product (its output, see _outputs)
    s = _rx(r"^(?:本年|今年|去年|上年)?[\d一二三四五六七八九十]{1,2}(?:——|—|－|-|～|~|至)[\d一二三四五六七八九十]{1,2}月份?(?=[" + _CJK + r"]{2})").sub("", s)   # 本年1——5月份各工业部…: when, not what
    s = _rx(r"^第[一二三四五六七八九十]{1,3}个五年(?:计划)?(?:期间|时期|内)?(?:合计|累计|共计)?的?(?=[" + _CJK + r"]{2})").sub("", s)   # 第一个五年合计的财政收支
    s = _rx(r"^[^，。；]{2,16}?(?:可以使|可使|将使|能使|会使)(?=[" + _CJK + r"]{4})").sub("", s)   # 农业税率降低可使农民减轻负担: the effect is what is counted
    s = _rx(r"^(?:每年|全年)?(?:可以|可|能够|能)(发电|供电|供水|供热)$").sub(r"\1量", s)   # 每年可发电四十五亿度
    s = _rx(r"^(?:国家|本年|今年)?(?:预算|计划|规划)(?:草案)?(?:规定|安排|确定)(?:的)?(?=[" + _CJK + r"]{2})").sub("", s)   # 国家预算规定行政经费支出
    s = _rx(r"(?<=预算|计划|规划|草案)(?:规定|安排|确定|要求)$").sub("", s)   # 1956年国家预算规定，本年收入共为…: the budget's income
    s = _rx(r"^[" + _CJK + r"]{2,20}?(?:提出|制定|拟定)了(?:今后|未来)?(?:[一二三四五六七八九十两\d]+年(?:内)?)?(?=[" + _CJK + r"]{2})").sub("", s)   # 国家经委…提出了今后三年引进三千项先进技术的规划: who planned it names nothing
    s = _rx(r"^[^，。；]{0,24}(?:中的|之中的)[^，。；]{0,8}部分——(?=[" + _CJK + r"]{2})").sub("", s)   # …工业单位中的主要部分——第二批: what the dash names
    s = _rx(r"(?<=财政)(?:又|还|也)?(?:出现|发生)了?(?:较大|巨额|大量|严重|大)?的?(?=赤字$)").sub("", s)   # 国家财政出现较大的赤字，…两年合计近三百亿元: the deficit
    s = _rx(r"^((?:扩大|改善|恢复|增加)(?:和|、)(?:扩大|改善|恢复|增加))了(?=[" + _CJK + r"]{2})").sub(r"\1", s)   # 扩大和改善了灌溉面积: two deeds, both named
    s = _rx(r"^(?:使|让|把|将|其中)?(?:这|那|此|该|上述)一?(?:方面|项|类|部分|些|种)(?:的|中的|之中的)?(?=[" + _CJK + r"]{2})").sub("", s)   # 这方面的招生人数: an anaphor names nothing
    s = _rx(r"^(?:同时|并且?|还)?(?:国务院|党中央|中央|国家|省政府|市政府|政府)(?:已经|已|还)?(?:同意|批准|允许|决定|提请(?:全国人大常委会|全国人大|人大常委会|人大|大会)?)(?=[" + _CJK + r"]{3})").sub("", s)   # 国务院同意地方发行…债券, 提请全国人大常委会制定…: who consents or asks is not what is counted
    s = _rx(r"^中的|在?(?:今年|本年|当年|明年)内|为此|对此|在(?:这|此|上述)(?:方面|领域)").sub("", s)
    s = _rx(r"(?:从|由)(?:去年|上年|今年|当年)?([" + _CJK + r"]{2,14}?中(?:拿出|安排|调入|划出|提取|动用))$").sub(r"\1", s)   # 从失业保险基金结余中拿出1000亿元 (see assign_names)
    s = _rx(r"^(?:这|那|上述)?[两三四五六七八九十几]+(?:个)?(?:部分|方面)(?:共计|合计|总计|共)?(?=[" + _CJK + r"]{2})").sub("", s)   # 这两部分共计减收增支: an anaphor
    s = _rx(r"(?<=[" + _CJK + r"]{2})中共(?=获得|取得|有|计|达)").sub("中", s)   # 在重大国际比赛中共获得: 中 + 共, not 中共
    s = _rx(r"^(?:本年|本期|当年)(?=[" + _CJK + r"]{2})").sub("", s)   # 本年支出合计 (not 年支出)   # 在今年内可以建设完工的, 中央财政为此将增加支出
    s = _rx(r"提前[一二三四五六七八九十两\d]{1,2}(?:个)?年").sub("", s)   # 提前一年实现…
    s = _rx(r"(?:今后|未来|此后|近)[一二三四五六七八九十两\d]{1,2}(?:个)?年(?:内|里|中(?![央国小西东部])|间|来)?(?=[" + _CJK + r"]{2})").sub("", s)   # 今后三年各级政府拟投入: when, not what
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:平均)?(?:每年)?(?:递增|增长)的(?:速度|幅度)(?=(?:是|为|达到?)?\s*$)").sub("增长", s)   # 农业总产值平均每年递增的速度是: its growth
    s = _rx(r"(?:^|(?<=[间内中来，,]))(?:全国|全省|全市|全区|全县)(?:共|总共|一共|累计)(?=[" + _CJK + r"]{2})").sub("", s)   # 五年间全国共引进国外技术: the scope and the sum, not what
    s = _rx(r"(?<=[" + _CJK + r"”]{2})(?:累计|共计|合计)(?=支出|投入|投资|完成|发放|安排|新增)").sub("", s)   # 中央财政“三农”累计支出: the sum is a qualifier, not a name
    s = _rx(r"(?:按|以)?不(?=(?:低于|少于|超过|高于|多于)\s*$)").sub("", s)   # 按不低于5%的幅度: a floor, no name
    s = _rx(r"连续第[一二三四五六七八九十两\d]{1,3}(?:个)?年(?=[" + _CJK + r"]{2})").sub("", s)   # 连续第7年提高…养老金: how long, not what
    s = _rx(r"(?:在[" + _CJK + r"]{0,8}?的?|[" + _CJK + r"]{0,8}?的)?(?<![提以之目当此从事空眼超])前[一二三四五六七八九十两\d]{1,2}(?:个)?年(?:中|内|里|间|来)?").sub("", s)   # 在五年计划的前三年 (棉纱产量前三年: the name stays)
    s = _rx(r"(?:这|那)一?年(?:就|又|还)?|^(?:这样)?一个(?=[" + _CJK + r"]{2})").sub("", s)   # 1956年这一年就增加了
    s = _rx(r"^(.{4,}?)(?:由|从)(?!业|事|而|中|此)[" + _CJK + r"]{1,6}$").sub(r"\1", s)   # 增值税起征点从月销售额10万元
    cmp_ = _COMPARISON.search(s)
    if cmp_:
        over = _rx(r"(超收|增收|减收|少收|多收|超支|节支)$").search(s[cmp_.end():])
        lessened = _rx(r"(?:减轻|减少|节约|节省|降低)[" + _CJK + r"]{2,}$").match(s[cmp_.end():])
        if lessened and not _strip(s[:cmp_.start()]):
            s = lessened.group()                   # 今年将比改革前减轻企业和个人负担: what is lessened
        else:
            s = s[:cmp_.start()] + (over.group(1) if over and cmp_.start() >= 2 else "")   # 增速比全省平均水平高出 -> 增速; 全国财政比年度预算超收 -> 全国财政超收
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?<!占)比(?![重例率较值])[^，。；比]{1,8}?(?:可能|要|将|还)?(?:高至|高出|高|多|增加|提高|低|少)了?(?:将近|接近|近|约)?\s*$").sub("", s)   # 玉米的单位面积产量比别的杂粮可能增加: the base of a comparison
    s = _rx(r"^([^，。；]{2,}?)在([^，。、]{1,20}?)中(?:也|还|只|仅|才|约|大约|已经|已|都)*(?:所)?占(?:的)?$").sub(
        lambda m: m.group(1) + "占" + m.group(2).replace("的", ""), s)   # 出口额在这些国家的进口额中也只占百分之一: a share of that whole
    s = _rx(r"在([^，。、]{1,20}?)中([" + _CJK + r"]{2,12}?)(?:所占的?|占的?)(比重|比例|份额)").sub(
        lambda m: f"{m.group(2)}占{m.group(1)}{m.group(3)}", s)      # 在工农业生产总值中现代工业所占的比重
    s = _rx(r"^[^，。；]*、[^，。；]*等[两二三四五六七八九十]+(?:项|种|类)(?=[" + _CJK + r"]{2})").sub("", s)   # 地区生产总值、…等六项主要经济指标: the class
    if _rx(r"[、和与及][^、和与及]{1,12}[两二三四五六七八九十](?:项|种|类)").search(s):
        s = _rx(r"(?<=[" + _CJK + r"])(?:这)?[两二三四五六七八九十](?:项|种|类)(?=[" + _CJK + r"]{2})").sub("", s)   # 预算内和预算外两项资金: the count of the list said
    s = _PART_OF_WHOLE.sub(lambda m: f"占{m.group(1)}{'比重' if m.group(2) == '占比' else m.group(2)}", s)   # 在国内生产总值中占比
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:与|同)([^与同，。；、]{2,16}?)之比").sub(r"占\1比重", s)   # 研发经费支出与国内生产总值之比: a share
    s = _rx(r"^(?:今后|未来|过去)?(?:[一二三四五六七八九十两]|\d{1,2})年(?:内|中(?!央)|间|来|里)|^在?(?:今年|本年|年)内").sub("", s)
    s = _rx(r"^(?:今后|未来|过去|近|这)?几年(?:内|中(?!央)|间|来|里)?(?=[" + _CJK + r"]{2})").sub("", s)   # 过去几年组织的合作社
    s = _rx(r"^(?:今明|明后)两?年(?:内|中|里)?(?=[" + _CJK + r"]{2})").sub("", s)   # 今明两年继续提高…养老金: when
    s = _rx(r"^(?:这)?[两二三四五六七八九十]年(?:来|中|内|间)?(?:共|累计|合计|总共)(?=[" + _CJK + r"]{2})").sub("", s)   # 两年共增加灌溉面积: when
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?<![一二三四五六七八九十两\d])(?:[一二三四五六七八九十两]{1,3}|\d{1,2})年(?:合计|累计|共计|总计)(?=[" + _CJK + r"]{2})").sub("", s)   # …单位五年合计建成住宅
    s = _rx(r"连续[\d一二三四五六七八九十两]+年|在?[^，。、占]{1,10}(?:初期|时期|期间|阶段)(?!教育)(?=[" + _CJK + r"]{2})|在[^，。、占]{1,6}(?:初期|时期|期间|阶段)(?!教育)").sub("", s)   # (占高中阶段教育总人数: a whole, not a time)
    s = _rx(r"在?[一二三四五六七八九十两\d]{1,3}年(?:间|来|中(?!央)|内|里)|(?:平均)?每年$|(?:五|两|三|四)年(?:累计)?$"
            r"|(?:五|两|三|四)年(?:合计|累计|共计|总计|共)(?=[" + _CJK + r"]{2})").sub("", s)   # 全国城镇…单位五年合计建成住宅
    s = _rx(r"^(?:今年|去年|本年)?\d{1,2}月(?:份)?(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?(?:以前|之前|前)?(?:要|将)?|[^，]{0,10}时$").sub("", s) \
        if _rx(r"\d月|时$").search(s) else s    # 6月底前要全面完成…草坪: a deadline, not what
    s = _rx(r"(?:由|从)(?:每人|人均|每户|户均)?(?:每年|每月)?$").sub("", s)
    s = _rx(r"(?:有望|可望)(?:实现|达到|保持)?").sub("", s) if "望" in s else s   # 科技进步贡献率有望实现全省“十一连冠”
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:均|都)(?:达到?|为|超过|在)$").sub("", s)   # 办理满意率均达100%
    per = _rx(r"^(.{2,20}?)(?:达到|达|为|提高到|增加到)(每[千万百]人口?|每[千万百]名|每万户)$").match(s) if "每" in s else None
    if per:
        s = per.group(2) + per.group(1)            # 托位数达到每千人4.5个: 每千人托位数
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:每人每月|人均每月|每月人均|月人均|人均月|每月)(?:增|增加|提高)?$").sub("", s)   # 生活补贴人均月增: per person and month
    s = _rx(r"(?:要|将)?在[^，。、]{0,12}(?:基数|基础)上").sub("", s)             # 要在一九五四年基数上增长
    s = _rx(r"(?:只|仅|仅仅|才|还|就|约|共|大约)+(?=占)").sub("", s)
    s = _rx(r"^[（(][一二三四五六七八九十\d]{1,3}[）)]|^[一二三四五六七八九十]{1,3}、|^(?:最)?(?:高|低|多|少)的|"
               r"^(?:第[一二三四五六七八九十]{1,3}|[一二三四五六七八九十]{1,3})(?:是|，)").sub("", s)
    s = _rx(r"(?:以|按)[\u4e00-\u9fff]{1,10}计算").sub("", s)

    s = _rx(r"[（(][^（）()]*(?:，|,|、|下同|包括|不含|含|扣除|除外|不计|按|注|计算|口径|即)[^（）()]*[）)]").sub("", s)   # a note in brackets (投资额（即工作量）)
    s = _rx(r"(?:实现了?|创造了?|取得了?|创下了?)(?:历史罕见|历史性|罕见|难得|少有)的?[“\s]*$").sub("", s)   # 粮食总产量实现了历史罕见的“八连增”
    s = _rx(r"(?:从|由)?人均\s*$").sub("", s)      # 全员劳动生产率从人均8.7万元
    s = _rx(r"发展(?:到|至)\s*$").sub("", s)       # 产业化龙头企业发展到22家
    s = _rx(r"(?:改为|改成|变为|变成|调整为|调为)\s*$").sub("", s)   # 比例…从1.03比1改为1比1: the change, not what changed
    s = _rx(r"^[" + _CJK + r"]{0,10}成为\s*$").sub("", s)   # 已经合并改组成为二万四千多个人民公社: what it became is after
    s = _rx(r"(?:^|(?<=[，、]))(?:全年|今年|去年)?(?:累计|共)?(?:为|给|向)[" + _CJK + r"“”]{1,12}?(?=减免|减轻|减税|降低|节约|节省|退还|返还)").sub("", s)   # 为市场主体减免社保费
    s = _rx(r"(?:了)?(?:长|高|宽|深|厚|总长|全长)达到?\s*$").sub("", s)   # 完成了长达3500多公里的长江干堤
    s = _rx(r"(?:仍|还|又|仍然)?(?<![可所予加难])以(?:每年|年)?(?:平均)?(?:每年)?(?:递增|增长|下降|递减)?\s*$").sub("", s)   # 仍以每年平均递增7.5%的速度
    s = _rx(r"^(?:今年|全年|明年|去年|本年)?((?:中央|国家|全国|省|市|县|区|地方)?财政|中央|国家|政府)(?:拟|将|还将|还|又|已|共|累计)?(?:预算(?=安排))?(安排|投入|下达|拨付|拨出|拿出|筹集|支出|发放)"
               r"(?=[" + _CJK + r"“]{2}|$)").sub(lambda m: m.group(1) + m.group(2) if m.group(1).endswith("财政") and m.group(2) in ("投入", "支出")
                                                 and not s.startswith(("资金", "经费"), m.end())
                                                 else "" if m.group(1) == "政府" else m.group(1), s)   # 中央财政拟安排补贴资金: the money, not the act (中央财政支出 is a name, 财政支出超过…)
    s = _rx(r"^(?:其中)?(?:增长较快的|增长最快的)?“?[一二三四五六七八九十]{1,2}五[”’]?(?:时期|期间)").sub("", s)   # “一五”时期平均每年增长
    s = _rx(r"(?:由|从)(?:上年|去年|上一年|前[一二三四五六七八九十两\d]{1,2}年)(?:的)?\s*(?:分别)?\s*$").sub("", s)   # 补助资金由上年46亿元
    s = _rx(r"^(?:仅|只)?此一项|^这一项").sub("", s)
    s = _rx(r"(?<=[\u4e00-\u9fff])(?<![供反相适效响答对呼])(?:将|(?<![主需重首纲摘])要|拟|应|可以|能够|必须)(?:每年)?(?=安排|达到|增加|扩大|完成|支出|用于)").sub("", s)   # (棉布供应增加了两倍: 供应 is a word)
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:只|仅|已|才|已经)?(?:超额)?完成(?:了)?(?:原定|原|年度|全年|年)?(?:计划|预算)(?:数)?的?$").sub("", s)   # 总产值只完成年度计划的: the share of the plan (named so from the clause)
    s = _rx(r"^(?:提高|增加|上升|增长|下降|降低|减少)?(?:到|至)?(?:现在|目前|如今)的?$").sub("", s)   # 从…700元提高到现在的1721元: when
    s = _rx(r"^我(?:区|市|省|县|旗|州)(?=[" + _CJK + r"]{2})").sub("", s)   # 我区安排重点项目 (jieba: 我 + 区安排)
    s = _rx(r"(?<=[" + _CJK + r"]{4})(?:从|由)?(?:人均)?每月$").sub("", s)   # 基本养老金从2004年人均每月700元
    s = _rx(r"(?:由|从)?[二三四五六七八九]十年代(?:初|末|中期|初期|末期)?的?$").sub("", s)   # 已由五十年代的50％左右: when
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:达到|超过)?或(?:略|稍)?(?:高于|低于|超过|多于)$").sub("", s)   # 经济增长连续四年达到或略高于10%
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:要|将|应)?(?:按|按照)[^，。；]{1,12}?(?:核减|削减|压缩|减少|降低)$").sub("", s)   # 集团购买力要按上年实际数额核减20％
    s = _rx(r"(?<=[" + _CJK + r"]{3})在[" + _CJK + r"]{1,8}?(?:完成|建成|投产|竣工)(?:以)?后$").sub("", s)   # 丰满水电站在改建完成后，发电能力…
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?<![一二三四五六七八九十两百千])[两二三四五六七八九十]年(?=支出|投入|投资(?!总额)|用于|安排|累计|共|合计)").sub("", s)   # 中央财政五年支出551亿元: how long, not what
    s = _rx(r"^以来(?=[" + _CJK + r"]{2})").sub("", s)   # 2013年以来新增的…: since when, gone with the year
    s = _rx(r"(?<=[" + _CJK + r"]{2})在(?:到|至)(?:的)?(?:间|期间|之间)?").sub("", s)   # 粮食产量在一九五三年到一九七八年间 (the years gone)
    s = _rx(r"^[" + _CJK + r"]{0,14}?(?:到|至|在|实现了?)本世纪末(?:实现)?(?=[" + _CJK + r"]{2})").sub("", s)   # 完全可以实现到本世纪末工农业年总产值翻两番: when, not what
    s = _rx(r"^[" + _CJK + r"]{2,6}?(?:已经?|要|将)?(?:按照|按)(?=[" + _CJK + r"]{2,}占[" + _CJK + r"]{2,})").sub("", s)   # 中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算: the share, not who budgets by it
    s = _rx(r"^(?:一律|都|均)?(?:从)?(?:中央到地方|上到下)(?:，|,)?(?:一律|都|均)?").sub("", s)   # 从中央到地方，一律削减10％: who, not what
    s = _rx(r"^(?:全面|认真|切实)?(?:落实|抓|做|办|用|管|实施)好(?=[" + _CJK + r"]{2}|$)|^相应地?").sub("", s)   # (相应地由36.5％降到…)   # (相应地由36.5％降到…)
    s = _rx(r"^(?:去年|上年|上一年)?同期(?:则|也|还|只)?(?:完成|为|达到?|是)?$").sub("", s)   # 去年同期则完成24％: the same thing a year before   # 落实好小规模纳税人增值税起征点
    years_lead = _rx(r"^(?:这)?[两三四五六七八九十]年(?!代|级|制|计划|规划|前|后|来|内|中|间|里)(?=[" + _CJK + r"]{2})").match(s)
    if years_lead and pos_tokens(s[years_lead.end():])[0][1].startswith("n") and not _rx(r"实际|累计|合计|共").match(s[years_lead.end():]):
        s = s[years_lead.end():]                   # 两年铁路的货物周转量: when, not what (两年实际完成的投资额 stays)
    s = _rx(r"^(?:我们)?(?:要求)?(?:各(?:个)?)?(?:地区|部门|地方|单位|企业|省|市)(?:、各?(?:地区|部门|地方|单位|企业|省|市))+"
            r"(?:都|要|应|在[^，。；]{0,20}?(?:基础上|范围内))?").sub("", s)   # 各地区、各部门在…的基础上节约煤和电: who, not what
    s = _rx(r"(?<=[" + _CJK + r"]{2})(?:不仅|不但|非但)(?:没有|没|未|不)?[^，。；]*$").sub("", s)   # 工农业生产总值不仅没有下降，而且将…增长
    verb_led = bool(_rx(r"(?:其中|全年|今年)?(?:移交|下放|转移|用于|参加|参与|享受|纳入|进入|列入)").match(s)) and len(s) <= 30
    unstripped, s = s, _strip(s)
    s = _rx(r"(?<=价)(?:平均)?每[\d一二三四五六七八九十百千]*(?:公斤|斤|千克|吨|担)$").sub("", s)   # 小麦最低收购价每50公斤提高5到7元: the price's base (小麦每斤 stays)
    if unstripped.startswith(s + "占比") and len(s) >= 2:
        s += "占比"                                # 民间投资占比稳定在 (jieba: 占 + 比)
    if _rx(r"(?:到|至)?在").match(prefix.strip()) or _rx(r"在[^，。、]{1,10}?分别").search(prefix):
        s = _rx(r"^(?:到|至)?在?[^，。、]{0,8}?(?:地区|地方|城市|农村|城镇)$").sub("", s)   # 在全国三类地区分别达到…
    s = s.strip(" 　“”\"'（()）")
    if s.count("（") > s.count("）") and _rx(r"（[" + _CJK + r"]{1,6}$").search(s):
        s += "）"                                  # 化肥（折纯）: the note's end stays with it
    if s.count("“") != s.count("”"):
        s = s.replace("“", "").replace("”", "")
    s = _rx(r"(能力|规模)(?:为|达|是)年产[" + _CJK + r"]{1,4}$").sub(r"\1", s)   # 新开工矿井的设计能力为年产煤
    threshold = _rx(r"(?:\d|[一二三四五六七八九十百千万])[^的]{0,4}(?:及)?以[上下]的[^的]{1,8}$"
                    r"|(?:超过?|逾)[\d.一二三四五六七八九十百千]+[万亿]?元的(?:项目|企业|工程)$").search(s)   # 投资超5亿元的项目
    if threshold:
        s = _rx(r"在(?=[\d一二三四五六七八九十百千万])").sub("", s)
    # a long phrase: keep its last part, after the last 的 (the noun phrase nearest the number)
    per_unit = _rx(r"^(?:平均)?每(?:百|千|万)?(?:元|人|亩|户|吨)").match(s) is not None   # 每百元工业固定资产净值提供的税收利润: one measure
    if "的" in s and not threshold and not verb_led and not per_unit and (len(s) > 12 or _rx(r"的[一二三四五六七八九十两]+大").search(s)):
        cut = s.rfind("的")
        if cut < len(s) - 2:
            rest = _strip(s[cut + 1:]) or s[cut + 1:]
            head = _rx(r"占").split(rest)[0]
            if _GENERIC.match(head) or head in ("支出", "收入", "人数", "工人", "资金", "经费", "费用", "拨款", "贷款", "补助", "补助资金", "专项资金",
                                                 "支出总数", "收入总数", "支出总额", "收入总额", "资金数量", "资金总额",
                                                 "投入", "补助标准", "补贴标准", "补贴", "支付", "覆盖人数", "参保人数", "受益人数", "覆盖面"):
                qual = _strip(s[:cut])
                toward = _rx(r"(?:^|[^反相绝针])对(?!外)([" + _CJK + r"“”、和及]{2,24})$").search(qual)
                if toward and head in ("投入", "补助标准", "补贴标准", "补贴", "补助", "支出", "支付", "拨款", "贷款"):
                    qual = toward.group(1)         # 各级财政对城镇居民医保和新农合的补助标准
                if len(qual) > 24 and qual.endswith("等"):   # 国家用于农用柴油、…、糖等的价格补贴: the payer, not the examples
                    payer = _rx(r"^([" + _CJK + r"]{0,8}?)(?:用于|对|给)").match(qual)
                    qual = payer.group(1) if payer else ""
                elif len(qual) > 24 and not ("、" in qual and len(qual) <= 30):   # a list of what it is for stays whole
                    qual = _rx(r"[、，]").split(qual)[-1][-14:]
                s = qual + rest                    # 用于国家行政经费的支出占本年支出 -> 国家行政经费支出占…
            elif _rx(r"(?:工程)?项目|(?:建设)?单位|工程|(?:工矿|工业)?企业|工厂|厂矿").fullmatch(rest) and _rx(r"(?:新增加|新增|新建|新开工|限额以上)").search(s[:cut]) \
                    and len(s[:cut][_rx(r"(?:新增加|新增|新建|新开工|限额以上)").search(s[:cut]).start():].replace("的", "")) <= 12:
                k = _rx(r"(?:新增加|新增|新建|新开工|限额以上)").search(s[:cut]).start()
                q, rel = s[:cut][k:], pos_tokens(s[:k])
                doing = rel[-2][0] + "的" if len(rel) >= 2 and rel[-1][0] == "的" and rel[-2][1].startswith("v") else ""
                s = doing + q.replace("的", "") + rest     # 国家在1955年新增加的限额以上的工程项目; 继续施工和开始施工的限额以上的工矿企业
            elif _rx(r"国家和地区|国家|地区|城市|县|乡镇|村|家庭|农户").fullmatch(rest) and len(s) <= 24 \
                    and any(f.startswith("v") for _w, f in pos_tokens(s[:cut])) and "的" not in s[:cut]:
                pass                               # 建立文化联系和进行友好往来的国家和地区: which countries
            elif _rx(r"(?:新增加|新增|新建|增加|新开工)$").search(s[:cut]) and len(s) <= 22:
                pass                               # 全民所有制企业新增加的固定资产: what was added
            elif "占" in rest and len(s) <= 26 and "的" not in s[:cut] and (not head or pos_tokens(
                    _rx(r"^(?:全国|全省|全市|全区|全县)").sub("", s[:cut]) or s[:cut])[0][1].startswith("v")):
                pass                               # 组成农业生产合作社的农户占农户总数, (全国)参加投票的选民占…, 妇女参加投票的占…: which part
            elif _MEASURE_HEAD.search(rest) and len(rest) <= 6 and 4 <= len(s[:cut]) <= 8 and "的" not in s[:cut] \
                    and _rx(r"(?:直属企业|企业|部门|系统|单位)$").search(s[:cut]):
                s = s[:cut] + rest                 # 交通部直属企业的货物运输量: whose
            elif (_MEASURE_HEAD.search(rest) or _rx(r"(?:人员|职工|工人)$").search(rest)) and len(rest) <= 6 and 4 <= len(s[:cut]) <= 10 and "的" not in s[:cut] \
                    and all(f[0] in "nfc" or f in ("zg", "j") for _w, f in pos_tokens(s[:cut])) and pos_tokens(s[:cut])[-1][1][0] == "n":
                s = s[:cut] + rest                 # 沿海和内河轮驳船的货物周转量, 资本主义批发商的从业人员: whose, all nouns
            elif "占" in rest and len(head) <= 4 and 2 <= len(s[:cut]) <= 10 and "的" not in s[:cut] \
                    and _rx(r"(?:学校|学院|大学|企业|单位|部门|行业|产业|地区|城市|农村|城镇|机构|省|省份|自治区|县|乡镇)$").search(s[:cut]):
                s = s[:cut] + rest                 # 中等职业学校的在校生占高中阶段教育总人数: whose pupils
            elif _rx(r"的[" + _CJK + r"]{1,6}(?:和|及|与)[" + _CJK + r"]{2,12}$").search(s[:cut]) and len(s) <= 30:
                s = _rx(r"^(?:各种|各类|其他)").sub("", s)   # 国家资本主义形式的商业和合作形式的小商业: two kinds, both named
            elif "、" in s[:cut] and len(s) <= 34:     # 基本普及九年义务教育、基本扫除青壮年文盲的人口地区覆盖率
                s = _rx(r"^(?:全国|全省|全市|全区|我国|我省|我市)?(?:实现|完成|达到)").sub("", _strip(s))
            else:
                s = rest
    _NUM = r"[〇零一二三四五六七八九十两百千万亿]"
    s = _rx(r"(?:共|总共|累计|已)?(?:达到?|为|是|有)?" + _NUM + r"*[千百万亿]" + _NUM + r"*(?:多|余)?[万亿]?(?:平方米|公里|吨|人|元|个|项|户|亩)?$").sub("", s) \
        if _rx(_NUM + r"{2,}").search(s) else s   # 住宅面积共达三千七百多万平方米 (a number the reader did not take)
    s = _rx(r"^(?:已经|已)?(?:有)?" + _NUM + r"*[千百万亿]" + _NUM + r"*(?:多|余)?[万亿]?(?=[" + _CJK + r"])").sub("", s) \
        if _rx(_NUM + r"{2,}").match(s) else s
    built = _rx(r"([" + _CJK + r"]{2,8}?)(?:共|累计|总共|一共)(新建|修建|建成|修筑|铺设)").fullmatch(s)
    if built and not _rx(r"(?:全国|全省|全市|全区|我国|我省|我市|各地|各级|政府|国家)$").fullmatch(built.group(1)):
        s = built.group(2) + built.group(1)        # 铁路共新建8,500公里: the railways built
    grown = _rx(r"(?:增产|减产)(?!不)([" + _CJK + r"]{1,8})").fullmatch(s)   # (减产不减收的措施: no output)
    if grown:
        s = grown.group(1) + "产量"                 # 每年增产原油300万吨: a change of the output
    s = _rx(r"(?<=[" + _CJK + r"]{2})(一次性)?(?:发放|拨付|下达)(?=[" + _CJK + r"]{0,10}(?:补贴|补助|津贴|救助金|贷款)$)").sub(r"\1", s)   # 就业困难人员发放社保补贴: the recipients' subsidy
    # a light verb between subject and object: 民营经济创造增加值 -> 民营经济增加值
    m = _rx(r"(创造|实现|完成)(增加值|产值|利润|营业收入|营收|税收|收入|投资|销售收入|工业总产值)$").search(s)
    if m and m.start() >= 2:
        s = s[:m.start()] + m.group(2)
    if s.count("“") != s.count("”"):
        s = s.replace("“", "").replace("”", "")   # 中央财政用于“三农”的支出 cut at 的
    s = _PLAN_SAYS.sub("", s)                      # 第六个五年计划安排…经费 (the plan's name read as numbers)
    if len(s) > (40 if "、" in s and "的" not in s else 32):         # too long for a label: the head after the last 的, else cut on a word
        head = s[s.rfind("的") + 1:]
        if len(head) >= 4 and "的" in s:
            s = head
        else:
            toks, kept = pos_tokens(s), ""
            for w, _f in reversed(toks):
                if len(kept) + len(w) > 32:
                    break
                kept = w + kept
            s = (kept or s[-32:]).lstrip("、，,和及与的")
    if _rx(r"[一二三四五六七八九十两\d]{1,3}(?:个)?(?:年|月)(?:中|内|间|来|里)?").fullmatch(s) or _rx(
            r"(?:在)?(?:" + YEAR_WRITTEN + r")年?(?:(?:和|、|至|到|—|-)(?:" + YEAR_WRITTEN + r")年?)+(?:[两三四五]年)?(?:中|内|间|来|里)?").fullmatch(s):
        return ""                                  # 三十六年合计不过…, 在一九五三和一九五四两年合计: a span of time names nothing
    if s.endswith("时") and len(s) <= 8 and pos_tokens(s)[-1][0] == "时":
        return ""                                  # 预计明年春耕时将达…: a moment names nothing (工时, 小时 are words)
    if _rx(r"在?(?:这|那|此|该|上述)一?(?:方面|领域)").fullmatch(s):
        return ""                                  # 第六个五年计划在这方面安排了: an anaphor alone names nothing
    if _rx(r"(?:进一步|继续|再|又|逐步|不断)(?:提高|增加|增长|上升|下降|降低|减少|扩大)(?:到|至)?").fullmatch(s):
        return ""                                  # 1979年进一步提高到36.3元: how it moved, not what
    return s


# works done to the things a number counts or measures (…公里道路的扩建和绿化, …栋楼体的立面改造)
_WORKS = r"(?:改扩建|扩建|新建|改建|改造|建设|绿化|亮化|硬化|美化|整治|拓宽|修缮|维修|治理|提升|升级|修复|搬迁|整修|提标)"
_WORKS_DONE = re.compile(r"[\u4e00-\u9fff]{0,2}?" + _WORKS + r"(?:(?:和|及|与|、)" + _WORKS + r")*(?:任务|工作|工程)?")


def _post_noun(text: str, pos: int, stop: int, unit: str = "") -> str:
    """The noun a number counts, from ``pos`` (after the number and its unit), or ''."""
    tail = text[pos:stop]
    if "”（" in tail or "”(" in tail:            # 410个“两基”（基本普及…）攻坚县: the note is not the noun
        tail = _rx(r"(?<=”)[（(][^（）()]{6,40}[）)]").sub("", tail)
    tail = _QUAL_START.sub("", tail)
    cut = _rx(r"的(幅度|比例)(压减|削减|压缩|降低|下调|上调|提高|减少|增加)([" + _CJK + r"“”]{2,10}?)(?=[，。；]|$)").match(tail) if unit == "%" else None
    if cut:
        return cut.group(3) + cut.group(2) + cut.group(1)   # 按不低于5%的幅度压减一般性支出: how much the spending is cut
    use = _rx(r"^是(?:用于|用来)(?:增加|发展|加强)?([" + _CJK + r"]{2,16})(?=[，。；]|$)").match(tail) if unit.endswith("元") else None
    if use:
        return use.group(1)                        # 有三十五亿元是用于增加住宅建设投资: the use names the money
    tail = _rx(r"[（(][" + _CJK + r"、]{1,4}[）)](?=[" + _CJK + r"])").sub("", tail)   # 250个省、市（地）级疾病预防控制中心
    if unit == "次" and _rx(r"(?:降低|下调|上调|提高|调整|降息|降准)").match(tail):   # 先后4次降低存款准备金率
        m = _POST_STOP.search(tail, 2)
        return tail[:m.start()] if m else tail
    money = _rx(r"的?([" + _CJK + r"“”]{0,14}?(?:国债|债券|专项债|贷款|资金|基金|补贴|补助|经费|投资(?:总?额)?|税赋|税费|负担|集资))(?!(?!等(?:[，。；]|$))[" + _CJK + r"]|、)").match(tail)
    if money and unit.endswith("元"):
        return money.group(1)                      # 发行1500亿元长期建设国债, 安排了三千六百亿元的投资
    units_of = (_COUNT_WORD.match(unit) or _rx(r"[万亿]?(?:户|人次)").fullmatch(unit)) and not _rx(r"的[^，。；]{0,12}?(?:问题|需要|需求|困难|生活)").match(tail)
    if tail.startswith("的") and (unit in ("%", "", "比值") or _SIZE_UNIT.fullmatch(unit) or units_of) and len(tail) > 1 \
            and _rx(r"[" + _CJK + r"]").match(tail[1]) and not _rx(r"的(?:目标|水平|增长|高基数|基础|速度|幅度|程度)").match(tail):
        tail = tail[1:]                            # 覆盖80%以上的大城市, 七万户的私营工业企业
    chain = _rx(r"[^，。；]{1,30}?的、[^，。；]{0,40}?的([" + _CJK + r"]{2,8})(?=[，。；]|$)").match(tail) if "的、" in tail else None
    if not chain and "、" in tail:                 # 十四个实力比较雄厚、布局比较合理的工业基地: what is said of the bases is no name
        chain = _rx(r"(?:[" + _CJK + r"]{1,6}(?:比较|较为|十分|更加|很|更)[" + _CJK + r"]{1,4}、)+[" + _CJK + r"]{1,6}(?:比较|较为|十分|更加|很|更)?[" + _CJK + r"]{1,4}"
                    r"的([" + _CJK + r"]{2,8})(?=[，。；]|$)").match(tail)
    if chain:
        return chain.group(1)                      # 二万六千多个大规模的、…、政社合一的人民公社: the head after the modifiers
    if not tail or _NOT_NOUN_START.match(tail) and not _IN_STATE_WORD.match(tail):
        return ""
    if tail.startswith("新的") and _rx(r"[" + _CJK + r"]{2}").match(tail, 2):
        tail = "新" + tail[2:]                     # 三十五个新的工程开工: new works
    if not _rx(r"[" + _CJK + r"“A-Za-z]|\d+[A-Za-z]|\d+周?岁(?:及)?以[上下]").match(tail):   # (80岁以上低收入老年人: an age belongs to the noun)
        return ""
    solved = _rx(r"(?:妥善|有效|切实|集中)?解决(?:了)?[^，。；]{0,20}?的?((?:(?!的)[" + _CJK + r"]){2,8}?问题)(?=[，。；]|$)").match(tail) \
        if unit.endswith("元") else None
    if solved:                                     # 筹措2700多万元妥善解决了一大批…的信访问题: money to solve them
        return "解决" + solved.group(1) + "资金"
    purpose = _PURPOSE.match(tail)
    if purpose:                                    # 109亿元资金支持再就业 -> 再就业资金
        return purpose.group(2) + purpose.group(1)
    money = _rx(r"的?([" + _CJK + r"]{0,8}?(?:国债|债券|专项债|贷款|资金|基金|补贴|补助|经费))(?=用于|支持|扶持|专项用于)").match(tail)
    if money and unit.endswith("元"):
        return money.group(1)                      # 27亿元国债资金用于县、乡、村三级…: the money, not the list of its uses
    first = pos_tokens(tail[:12])[0] if not _rx(r"[“\d]").match(tail) else ("“", "x")
    deed = _rx(r"[" + _CJK + r"]{2,12}").fullmatch(tail.rstrip("，。；、 "))
    lives = _rx(r"(居住|生活|工作|就读)的([" + _CJK + r"和、]{2,16}?)(?:改造|建设|整治)?").fullmatch(deed.group()) if deed and _rx(r"[万亿]?人").fullmatch(unit) else None
    if lives:
        return lives.group(1) + "在" + lives.group(2) + "的人口"   # 改造约1亿人居住的城镇棚户区和城中村: the people who live there
    if deed and _rx(r"[万亿]?人").fullmatch(unit) and first[1] == "v" and first[0] not in _PREDICATE_VERBS:
        return _rx(r"(?<=[" + _CJK + r"])了(?!解)").sub("", deed.group()) + "人数"   # 又有1600万人进城落户: the people who did it
    if unit == "比值" and _rx(r"(?:改为|改成|变为|变成|调整为|调为|提高到|降到|降低到|上升到)").match(tail):
        return ""                                  # 从1.03比1改为1比1: the change after a ratio names nothing
    if deed and unit == "%" and first[1] == "v" and first[0] not in _PREDICATE_VERBS:
        return ""                                  # 90%以上进入再就业服务中心: a share of whom the sentence counted (see assign_names)
    relative = _rx(r"[" + _CJK + r"、]{2,20}?的[" + _CJK + r"]{2,6}(?=[，。；、]|$)").match(tail)
    if relative and first[1] == "v" and first[0] not in _PREDICATE_VERBS and _rx(r"[万亿]*").fullmatch(unit):
        return relative.group()                    # 1亿多受过高等教育和有专业技能的人才: the number counts the whole phrase
    counted = bool(_COUNT_WORD.match(unit)) and _rx(r"[" + _CJK + r"]{0,10}(?:项目|工程|企业|中心|基地|园区|学校|医院)").match(tail)
    if first[1] in ("p", "c", "d", "u", "uj", "ul", "y") and first[0] not in ("既有", "现有", "原有") \
            or first[0] in _PREDICATE_VERBS and not counted:   # (60个既有小区补绿增绿: 既有 is "existing")
        return ""                                  # (197个调整改造项目: a count names what it counts)
    noun = ""
    quoted = _rx(r"“[^“”]{1,15}”").match(tail)        # 100个“小快轻准”解决方案: a quoted name is one word
    toks = ((quoted.group(), "n"),) + pos_tokens(tail[quoted.end():quoted.end() + 24]) if quoted else pos_tokens(tail[:24])
    for i, (w, f) in enumerate(toks):
        if i and w in ("和", "及", "与", "、") and i + 1 < len(toks) and not _rx(r"\d|其他|其它").search(toks[i + 1][0]) \
                and toks[i + 1][1].startswith(("n", "v", "a", "b", "j")) and not _CN_COUNT.match(tail[len(noun) + 1:]) \
                and not (stop < len(text) and _rx(r"[^，。；、]{0,8}").fullmatch(tail[len(noun) + 1:])
                         and _rx(r"[\d一二三四五六七八九十两]").match(text[stop:stop + 1])):   # (5万千瓦风电、麦多利10万吨: the next item's number)
            noun += w                              # 城镇职工和城镇居民, 省、自治区、直辖市
            continue
        punct = f == "x" and _rx(r"[^\w“”]+").fullmatch(w) is not None
        if i and _rx(r"\d+").fullmatch(w) and _rx(r"[A-Za-z]|强").match(toks[i + 1][0] if i + 1 < len(toks) else ""):
            noun += w                              # 4S店, 5G工厂, 世界500强公司: a name with a digit
            continue
        if i and _rx(r"\d").search(w) and not _rx(r"[A-Za-z]").match(w):
            break
        if i and i + 1 < len(toks) and toks[i + 1][0] in ("于", "过") and f.startswith("a"):
            break                                  # 工业效益好于上年: a comparison, not the noun
        if i and w in ("提升", "提高", "改造", "更新") and any(k < len(toks) and toks[k][0] in ("培训", "行动", "工程", "计划", "项目") for k in range(i + 1, i + 5)):
            noun += w                              # 农民工职业技能提升培训: one noun
            continue
        if i and w == "任务" and _PEOPLE_UNIT.fullmatch(unit):
            break                                  # 2100万人次…培训任务: the people trained, not the task
        stop_m = _POST_STOP.match(w)
        if i and len(w) > 1 and w[0] == "在" and not _IN_STATE_WORD.match(w):
            break                                  # 农业转移人口在城镇落户 (jieba: 在城镇)
        if i and (stop_m and (stop_m.end() == len(w) or stop_m.end() >= 2) or f in ("p", "c", "d", "ad", "vd", "u", "ul", "y") or punct
                  or w in _PREDICATE_VERBS or w in ("降", "升") or w in _MODAL_VERBS or _rx(r"\d").search(w)):
            if w == "了" and i >= 2 and toks[i - 1][1] == "v" and len(noun) > len(toks[i - 1][0]):
                noun = noun[:-len(toks[i - 1][0])]   # 1亿多农民摆脱了文盲地位: the people, not 农民摆脱
            break
        noun += w
    examples = _rx(r"等([" + _CJK + r"]{2,10})").match(tail[len(noun):]) if "、" in noun else None
    if examples and not _POST_STOP.match(examples.group(1)) and not _SIZE_UNIT.fullmatch(unit):   # 240万户林区、垦区、煤矿等棚户区居民: the class, not the examples (10公里雨水管网…等项目: the first item's length)
        return _post_noun(text, pos + len(tail) - len(tail[len(noun):]) + 1, stop, unit) or noun
    noun = _rx(r"(?:和其他|及其他|(?<![高中初平同均对])等(?!级)).*$").sub("", noun)   # (高等教育 is no 等 of examples)
    if examples and _SIZE_UNIT.fullmatch(unit):
        noun = noun.split("、")[0]                  # 10公里雨水管网及泵站改造、污泥处置…等项目: the length of the first
    noun = _rx(r"(?<=..)方面$").sub("", noun)     # 在建设一百四十一项企业方面
    if noun.endswith("中") and len(noun) > 2 and _rx(r"^中(?:的|\s*[，、]|\s*$)").match(tail[len(noun) - 1:]):
        noun = noun[:-1]                           # 在本年的45种主要工业产品中，…
    bar = _rx(r"(?:超过?|突破|达到?|逾)(?:[\d.]+|[一二三四五六七八九十百千]+)(?:万亿元|亿元|万元|元|万亿|亿|万)").match(tail[len(noun):])
    if bar and _COUNT_WORD.match(unit) and noun:
        noun += bar.group()                        # 191家工业企业营业收入超百亿元: the bar is part of what is counted
    made_of = _rx(r"([" + _CJK + r"]{2,8}?)(?:组成|构成|参加|参与)的").match(noun)
    if made_of:
        noun = made_of.group(1)                    # 694个建设单位组成的工业建设: the units, not what they make up
    if "的" in noun:
        head = noun[noun.rfind("的") + 1:]
        if pos_tokens(noun)[0][1].startswith("v") and len(head) >= 2 and _rx(r"[万亿]*").fullmatch(unit):
            pass                                   # 1亿多受过高等教育和有专业技能的人才: the number counts the whole phrase
        elif pos_tokens(noun)[0][1].startswith("v") and len(head) >= 2:
            noun = head                            # 1亿人居住的棚户区和城中村改造: the head after the relative clause
        else:
            if _rx(r"(?:举办|兴办|创办|主办|管理|经营|建设|投资)$").search(noun[:noun.find("的")]) and len(head) >= 2:
                pass                               # 60%政府举办的基层医疗卫生机构: a relative clause, the head after it
            elif noun.count("的") == 1 and _WORKS_DONE.fullmatch(head):
                noun = noun[:noun.find("的")] + _rx(r"(?:任务|工作)$").sub("", head)   # 22.8公里道路的扩建和绿化: the works done to them
            elif not _rx(r"相当于|同级|等同|^跨[" + _CJK + r"]{1,3}$").search(noun[:noun.find("的")]):   # (县和相当于县的行政单位: one class; 24个跨地区的…网络)
                noun = noun[:noun.find("的")]       # 14亿人口的发展中大国: the noun the number counts
    if noun.endswith("中") and len(noun) > 2 and tail.startswith(noun) and _rx(r"^中(?:的|\s*[，、]|\s*$)").match(tail[len(noun) - 1:]):
        noun = noun[:-1]                           # 156个工业单位中的主要部分
    noun = _rx(r"[和及与、]+$").sub("", noun)
    who = _rx(r"(.{2,10}?(?:学生|学校|中小学|村|户|人口|农户|家庭|职工|居民|企业|县|乡|镇))"
              r"((?:免费)?(?:改造|新建|建设|提供|补助|享受|获得|参加|接受|使用|安装|解决)[" + _CJK + r"、]{0,12})$").match(noun)
    done_to = _rx(r"了([" + _CJK + r"]{2,8})(?=[，。；]|$)").match(tail[len(noun):]) if who else None
    if who and (len(who.group(2)) > 2 or done_to):   # 2.2万多所农村中小学改造危房, 780万名寄宿学生补助了生活费: those who did it
        deed = who.group(2).rstrip("、") + (done_to.group(1) if done_to and len(who.group(2)) <= 4 else "")
        return deed + "的" + who.group(1)
    # (the token loop left the verb before 了 out of the noun)
    did = _rx(r"([" + _CJK + r"]{1,4})了([" + _CJK + r"]{2,8})(?=[，。；]|$)").match(tail[len(noun):]) \
        if len(noun) >= 2 and tail.startswith(noun) else None
    if did and pos_tokens(did.group(1))[-1][1] == "v" and did.group(1) not in _PREDICATE_VERBS and did.group(1) not in ("进行", "开展"):
        return did.group(1) + did.group(2) + "的" + noun   # 一亿多农民摆脱了文盲地位, 为16万个…教学点配备了远程教育设施: those it was done by or for
    noun = noun.strip(" “”") if noun.count("“") != noun.count("”") else noun.strip(" ")
    if noun.endswith("级") and tail.startswith(noun):
        noun += _shared_head(text[pos + len(noun):pos + len(noun) + 40])
    if _COUNT_WORD.match(unit):
        noun = _counted_place(noun, text[pos + len(noun):stop]) if tail.startswith(noun) else noun
    return noun if len(noun) >= 2 or noun in ("省", "市", "县", "区", "乡", "镇", "村", "国") else ""


def _deed_after(text: str, v, stop: int, post: str) -> str:
    """What the things a count counts did, when the clause ends with it: 全部摘帽 -> 摘帽."""
    after = text[v.end:stop]
    k = after.find(post)
    if k < 0:
        return ""
    rest = _rx(r"[（(][^（）()]{0,12}[）)]").sub("", after[k + len(post):]).strip()
    rest = _rx(r"^(?:都|均|全部|已经|已|先后|相继|基本|均已|都已|被|顺利|成功|圆满)+").sub("", rest)
    via = _rx(r"^通过([" + _CJK + r"]{2,10}?)(?:摆脱|实现|解决|改善|脱贫|搬离)").match(rest)
    if via:
        return via.group(1)                        # 960多万建档立卡贫困人口通过易地扶贫搬迁摆脱了…困境: how they got out
    if _rx(r"^完成(?:了)?(?!任务|目标|计划|投资)[" + _CJK + r"]{2,4}$").match(rest):
        return rest                                # 1000多万高中毕业生顺利完成高考: what they did
    rest = _rx(r"(?:以外|之外)$").sub("", rest)     # 除了…，12个项目已经部分地投入生产以外
    rest = _rx(r"[、，,](?:居|位居|数量|总数)?(?:(?:全省|全国|全市)(?:最多|第一|首位|领先)?)?$").sub("", rest)   # 入选国家重大项目库、全省最多: a rank said after it
    if pos_tokens(rest[:4])[0][0] in _MODAL_VERBS if rest else False:
        return ""                                  # 约8000万纳税人应享尽享: what they should get, not what they did
    whose = _rx(r"^的([" + _CJK + r"“”]{2,12}?)(?:都|均|全部|已经|已|顺利|基本|将)*(?:得到)?(?:彻底|明显|根本|较大|很大)?"
                r"(完工|竣工|建成|投产|通水|通电|通车|完成|摘帽|改善)$").match(rest)
    if whose:                                      # 4个村的安全饮水工程顺利完工: the villages whose works were finished
        return whose.group(1) + whose.group(2)
    if _rx(r"^(?:获得?|荣获)[" + _CJK + r"“”]{1,10}奖(?:项)?$").match(rest):
        return rest                                # 6部作品获文华奖: the works that won it
    manner = _rx(r"^(?:部分地?|陆续|逐步)").match(rest)
    where = _rx(r"^在[" + _CJK + r"]{2,6}?(?=落户|就业|居住|定居|安家|生活|工作|就学|就医|接受|上学|读书)").match(rest)
    if _rx(r"达到[" + _CJK + r"“”]{2,16}(?:标准|要求)").fullmatch(rest):
        return rest                                # 90%以上的行政村达到县级以上文明村标准: those that reached it
    if not _rx(r"[" + _CJK + r"“”]{2,30}").fullmatch(rest) or "的" in rest or _LEVEL_CHANGE.match(rest) or rest[0] in "降升":
        return ""
    achieved = _rx(r"^实现(?:了)?[" + _CJK + r"“”]{2,}").match(rest) and not _rx(r"^实现(?:了)?(?:增长|翻番|翻一番|盈利|扭亏)").match(rest)
    toks = pos_tokens(rest[(manner or where).end():] if manner or where else rest)
    if not achieved and (not toks or not (toks[0][1].startswith("v") or toks[0][0] in ("摘帽", "脱贫", "出列", "达标", "完工", "竣工", "落户", "普及", "通电", "通水", "通车"))
                         or toks[0][0] in _PREDICATE_VERBS or len(_rx(r"“[^“”]{1,16}”").sub("“”", rest)) > 14):   # (a quoted title is one word)
        return ""                                  # (28个省份实现了…机制, 1400万农业转移人口在城镇落户: what they did)
    return _rx(r"了").sub("", _rx(r"^部分地").sub("部分", rest))


# the units a topic said before counts (五年内施工的大中型建设项目，计划…全部建成的四百个)
_TOPIC_UNITS = re.compile(r"(?:大中型|限额以上|重点)?(?:建设)?(?:项目|单位|企业|工程|工厂)$")


# a share of units whose attribute reaches a bound: 80%的社区办公用房达到300平方米以上
_SHARE_REACHING = re.compile(r"^(?:以上|以下|左右)?的([\u4e00-\u9fff]{4,12}?)((?:达到|达|超过|不低于|不少于|在)[\d.，,]+"
                             r"[\u4e00-\u9fff]{1,4}?(?:以上|以下|及以上))\s*$")


# how a value stands or moves, not what was done: 分别提至每人每月…, 分别增长…
_LEVEL_CHANGE = re.compile(r"(?:提至|提到|提高|提升|增至|增加到|增长|升至|上升|降至|降低|下降|减少|减至|达|上调|下调|调至|调整|扩大|"
                           r"缩小|控制|保持|稳定|突破|超过|回落|上涨|增长|翻)")


def _shared_deed(mid: str) -> str:
    """What every item of a 分别 list did, said between 分别 and the values: "煤炭、电解铝分别淘汰落后生产能力
    1.1亿吨和120万吨" -> 淘汰落后生产能力; '' when it only says how the values stand (为, 达到, 比上年增长)."""
    mid = _rx(r"^\s*分别").sub("", mid)
    deed = clean_prefix(mid)
    if len(deed) < 3 or deed.startswith(("占", "比", "是", "为")) or _FLOW_ONLY.match(deed) or _GENERIC.match(deed) \
            or not pos_tokens(deed)[0][1].startswith("v") or deed[:2] in _PREDICATE_VERBS or _LEVEL_CHANGE.match(deed) \
            or _rx(r"(?:每人|每户|每月|每年|每亩|每天)$").search(deed):
        return ""
    return deed


# a compound of two kinds before 分别 with two values: each value is one kind
_PAIRED_PREFIX_PARTS = {"客货": ("客", "货"), "进出口": ("进口", "出口")}
_PAIRED_PREFIX = re.compile("|".join(_PAIRED_PREFIX_PARTS))


def split_list(names: str, count: int) -> list[str] | None:
    """``count`` names from "A、B和C": modifiers and heads shared (see module doc); None if they do not pair."""
    parts = [clean_prefix(p) for p in _LIST_SPLIT.split(names)]
    parts = [p for p in parts if p]
    if len(parts) != count and "、" in names and len(names.split("、")) == count:
        parts = [clean_prefix(p) for p in names.split("、")]   # A和B行动、C行动分别…: the items are the 、 ones
        parts = [p for p in parts if p]
    if len(parts) == 1 and count == 2 and parts[0].startswith("城乡"):
        rest = parts[0][2:]
        first = "城市" if rest.startswith(("低保", "最低生活保障")) else "城镇"
        return [first + rest, "农村" + rest]
    pair = _PAIRED_PREFIX.match(parts[0]) if len(parts) == 1 and count == 2 else None
    if pair:                                       # 客货运吞吐量分别达…、…; 进出口分别增长…和…
        first, second = _PAIRED_PREFIX_PARTS[pair.group()]
        rest = parts[0][pair.end():]
        return [first + rest, second + rest]
    if len(parts) != count or count < 2:
        return None
    payer = _rx(r"^([" + _CJK + r"]{2,10}?)(?:用于|投向)(?=[" + _CJK + r"“]{2})").match(parts[0])
    if payer and not any(payer.group(1) in p for p in parts[1:]):
        items = split_list(parts[0][payer.end():] + "、" + "、".join(parts[1:]), count)   # 中央财政用于科技、教育…的支出: the payer's, each
        if items:
            return [payer.group(1) + _rx(r"的(?=[" + _CJK + r"]{2,4}$)").sub("", it) for it in items]
    ordinal = _rx(r"第[一二三四五六七八九十]").fullmatch(parts[0])
    if ordinal and all(_rx(r"[一二三四五六七八九十]").match(p) and not p.startswith("第") for p in parts[1:]):
        tail = parts[-1][1:]                       # 第一、二、三产业增加值: 第一产业增加值, 第二产业增加值 …
        return [parts[0] + tail] + ["第" + p[0] + tail for p in parts[1:]]
    per_unit = _PER_UNIT.match(parts[0])
    if per_unit:
        mod = per_unit.group(1)
        return [parts[0]] + [p if p.startswith(mod[:2]) else mod + p for p in parts[1:]]
    if not any(_rx(r"的(?:生产|发展)$").search(p) for p in parts[:-1]):
        parts[-1] = _rx(r"(?<=[" + _CJK + r"]{2})的(?:生产|发展)$").sub("", parts[-1])   # 苎麻和柞蚕茧的生产: the products
    last = parts[-1]
    # a shared "占…比重" tail: "战略性新兴产业、高新技术产业产值占…比重"
    tail = _rx(r"^[^占的]*?(产值|企业|收入|增加值)?(占.*)?$").match(last)
    if tail and tail.group(2):
        parts = [p if "占" in p else p + (tail.group(1) or "") + tail.group(2) for p in parts]
        last = parts[-1]
    out = []
    heads = _rx(r"(参保人数|人数|人次|产量|产值|增加值|收入|投资|面积|余额|总额|规模|数量|覆盖率|参保率|比重|占比|"
                r"营业收入|营收|销售额|零售额|出口额|进口额|成交额|交易额|营业额|利润|排放量|排放总量|排放|补助标准|标准|支出|经费|资金|贷款)$")
    head_word = heads.search(last)
    for p in parts[:-1]:
        mark = _HEAD_MARK.search(last)
        # an item with a head of its own keeps it: 规上工业增加值、规上服务业营收 (not 规上工业增加值营收)
        if head_word and not heads.search(p) and len(p) > 3 and not _HEAD_MARK.search(p) \
                and not (head_word.group(1).endswith("数") and p.endswith("数")) \
                and not (mark and mark.start() >= 2):
            out.append(p + head_word.group(1))      # 城镇职工基本养老保险、基本医疗保险参保人数
            continue
        if len(p) <= 3 and len(last) > len(p) + 3 and _rx(r"[" + _CJK + r"]{2}").match(last[len(p):]):
            first = pos_tokens(last)[0][0]         # the word of the last item that p stands beside
            cut = len(first) if len(first) > len(p) and first[-1] == p[-1] and _rx(r"[" + _CJK + r"]{2}").match(last[len(first):]) else len(p)
            p = p + last[cut:]                     # 城镇、农村居民人均可支配收入; 铁路、高速公路运营里程 (not 苎麻和柞蚕茧的…: 茧的 is no head)
        else:
            mark = _HEAD_MARK.search(last)
            if mark and mark.start() >= 2 and not _HEAD_MARK.search(p):
                p = p + last[mark.start():]        # 居民医保和…人均财政补助标准
        out.append(p)
    return out + [last]


@lru_cache(maxsize=65536)
def complete(name: str, subject: str, share: bool) -> tuple[str, bool]:
    """A name that only makes sense with its subject (规模, 增速, 占全国, 引进 ...): (name, completed)."""
    if not subject or subject == name:
        return name, False
    if name.startswith("占") or (share and _rx(r"^(?:稳定|保持)?在(?:全国|全省|全球|世界)").match(name)):
        subject = _rx(r"(?<=.{2})占.*$").sub("", subject)   # …占零售总额比重…，在批发总额中的比重已占…: the part, not the first share
        whole = _rx(r"^(?:稳定|保持)?在").sub("占", name) if not name.startswith("占") else name
        whole = _rx(r"的$").sub("", whole)
        if share and not _rx(r"比重|比例|占比|份额").search(whole):
            whole += "比重"
        return subject + whole, True
    if _FLOW_ONLY.match(name):                     # 高层次人才总量达到18万人，引进1.3万人
        if name.startswith("日均") and _rx(r"新登记|新增|新设|新注册").match(subject):
            return "日均" + subject, True           # 新登记注册企业…，平均每天新增1.2万户: 日均新登记注册企业
        return name + _STOCK_WORDS.sub("", subject), True
    if name == "总产值" and subject.endswith("生产") and len(subject) > 3:
        return subject[:-2] + name, True           # 工业生产增长较快，总产值… -> 工业总产值
    if name in ("总产量", "产量") and _rx(r"[" + _CJK + r"]{2,6}(?:增产|丰收|减产)").fullmatch(subject):
        return subject[:-2] + "产量", True          # 粮食连续五年增产，总产量10570亿斤 -> 粮食产量
    if (_GENERIC.match(name) or _rx(r"(?:新增)?(?:参保人数|参保率|覆盖人数|覆盖率|覆盖面|受益人数)").fullmatch(name)) and not subject.endswith(name):
        places = _rx(r"(?:开展|实施|推行|启动|推开)(.{2,20}?)(?:试点)?的(?:县|市|省|省份|城市|地区|县市|乡镇|村)").fullmatch(subject)
        if places and _rx(r"参保|覆盖|受益").match(name):
            subject = places.group(1)              # N个县开展新农保试点，…人参保: the scheme's, not the counties'
        subject = _SUBJECT_VERDICT.sub("", subject) or subject   # 经营主体稳中培优，总量达…; 加快发展普惠金融，规模…: the thing, not how it does
        if _rx(r"^(?:总额|总数|总量|合计|总计)$").match(name):
            subject = _rx(r"(?:其他|其它|其余)(?:各项|各种|各类)?的?").sub("", subject)   # 加上用于农业的其他各项资金，总额达到…: all of it
        if _rx(r"^(?:总量|总数|规模|余额|存量)$").match(name):   # 新登记经营主体…，总量超113万户
            subject = _rx(r"^(?:新增|净增|新登记|新设立?|新引进|引进|新建)").sub("", subject)
            subject = _rx(r"(?:将|要|拟)?(?:新增加|新增|增设|增加|新建|扩建)$").sub("", subject)   # 病床将增设6万张，总数达到…
        measure = _rx(r"(?:资产总额|总资产|资产|总产值|产值|增加值|总值|总额|营业收入|营收|收入|利润|投资|总产量|产量)$").search(subject)   # (规模以上工业增加值…，利润…)
        if measure and _rx(r"利润|利润总额|收入|营业收入|营收|产值|总产值|投资|产量|总产量|税收").fullmatch(name) \
                and len(subject) - len(measure.group()) >= 2:
            return subject[:measure.start()] + name, True   # 国有企业资产总额…，实现利润…: the firms' profit
        return subject + name, True
    return name, False


def _implicit_respectively(text: str, cs: int, in_clause) -> int:
    """'A、B占比重达41.8%、51.8%' pairs names and values like 分别 does: the clause offset where
    the value list starts, or -1."""
    if len(in_clause) < 2:
        return -1
    run = 1
    while run < len(in_clause) and _rx(r"[、和及与]").fullmatch(text[in_clause[run - 1].end:in_clause[run].start]):
        run += 1
    name = text[cs:in_clause[0].start]
    items = name.count("、") + 1 if "、" in name else (2 if _rx(r"和|及|与").search(name) else 1)
    if run < 2 or items != run:
        return -1
    verb = _rx(r"(?:达到?|为|增至|升至|提升至|提高到|分别)\s*$").search(name)
    return (verb.start() if verb else len(name))


@lru_cache(maxsize=65536)
def subject_of(text: str) -> str:
    """The subject that opens a clause ("地区生产总值达到…" -> "地区生产总值"), or ''."""
    m = _rx(r"(?<![A-Za-z_{.\d])\d(?![\d.]*[A-Za-z])|(?<![第一二三四五六七八九十两百千万亿])[一二三四五六七八九十两百千万亿]+(?:个|项|家|所|条|座)(?!五年)").search(text)
    head = text[:m.start()] if m else text   # (第七个五年计划: an ordinal of a plan counts nothing; PM2.5, 5G: digits of a name)
    head = _rx(r"(?<=[" + _CJK + r"]{2})[，,]\s*(?:不)?包括[^，。；]*$").sub("", head)   # …的单位，包括苏联帮助…的156个单位在内: the note's number is not the subject's
    if _rx(r"的(?:共|就|还|也)?有\s*$|的是\s*$").search(head) or _BASE_VALUE.match(head):
        return ""                                  # (如果同建国初期的一九五零年的…: a base, not a subject)                                  # 在今年内可以建设完工的有…: a relative clause, not a subject
    name = clean_prefix(head)
    if len(name) < 2 or _GENERIC.match(name) or name in ("总产值", "人均", "户均", "每人", "人均月", "月人均") or _FLOW_ONLY.match(name) or _BARE_VERB.fullmatch(name) or name.startswith(("占", "在")) or \
            all(w in _ACTION_WORDS or w in _FLOW_WORDS or w in _LEAD_WORDS for w, _ in pos_tokens(name)):
        return ""
    return name


def _benefit_source(before: str) -> str:
    """What those who benefit benefit from: the policy of the clause before (对小微企业实行税收优惠，… -> 小微企业税收优惠), or ''."""
    last = _rx(r"[，,；;]").split(before.rstrip("，,；; "))[-1]
    policy = _rx(r"^(?:对|为|向)").sub("", clean_prefix(last))
    policy = _rx(r"(?:实行|实施|推行|落实|给予|提供|提高|扩大|出台|加大)(?:了)?").sub("", policy)
    if _rx(r"(?:年|月)?(?:人均|每人|户均)(?:年|月)?").fullmatch(policy) and len(_rx(r"[，,；;]").split(before.rstrip("，,；; "))) > 1:
        return _benefit_source(before.rstrip("，,；; ")[:-len(last)])   # 养老金标准继续提高，年人均提高2556元，1.6万名离退休人员受益: the policy said first
    return policy if 2 <= len(policy) <= 16 and not _rx(r"\d").search(policy) else ""


def _join_notes(text: str, clauses: list[tuple[int, int]], values: list) -> list[tuple[int, int]]:
    """Clauses without values cut inside a bracketed note are one: 能源消耗总量（按每公斤发热量7，000大卡的
    标准煤计算），比上年降低了… (the note's comma is no clause boundary, and the topic stays the topic)."""
    def unclosed(seg: str) -> bool:
        return seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")
    out: list[tuple[int, int]] = []
    for cs, ce in clauses:
        if out and unclosed(text[out[-1][0]:out[-1][1]]) and not any(out[-1][0] <= v.start < ce for v in values):
            out[-1] = (out[-1][0], ce)
        else:
            out.append((cs, ce))
    return out


def assign_names(text: str, clauses: list[tuple[int, int]], values: list, before: str = "") -> list[Named]:
    """A ``Named`` for each of ``values`` (NumberMentions in ``text``, in order; see module doc).

    ``before`` is the subject of the sentence before in the same paragraph: a sentence opening
    with 这个/该/此 and a generic word (这个比重，1978年为17.4％) refers to it."""
    clauses = _join_notes(text, clauses, values)
    out: list[Named | None] = [None] * len(values)
    index = {id(v): i for i, v in enumerate(values)}
    said_before = before
    sentence_subject, pending, prev_name_sentence, colon_topic, prev_level_name, prev_level_rule = "", "", "", "", "", ""
    whole, measure_topic, last_topic, prev_own_subject = "", "", "", ""
    prev_unit, prev_sentence_rule, semi_subject, relative_topic = "", "", "", ""
    counted: dict[str, str] = {}                   # the noun the first count of each measure word counts
    if before and _rx(r"^\s*(?:这个|这一|该|此|其)(?!中|他|它|余|次|实|外)").match(text):
        sentence_subject = before
    prev_clause_names: list[str] = []
    prev_singles: list[str] = []
    last_value = max((v.start for v in values), default=-1)
    opener = _SECTOR_OPENER.match(text[clauses[0][0]:clauses[0][1]]) if clauses else None
    sector = opener.group(1) if opener else ""    # 机械工业1979年计划任务不足，…，出口额增长30.8％: the industry's, not the nation's
    for cs, ce in clauses:
        if cs > last_value:
            break                                  # what clauses after the last value say names nothing
        in_clause = [v for v in values if cs <= v.start < ce]
        if not in_clause:
            whole_m = _rx(r"\s*(?:预计|估计|其中)?在(.{2,30}?)(?:之)?中\s*$").match(text[cs:ce]) or \
                _rx(r"\s*([" + _CJK + r"]{2,12}?(?:学生|人口|企业|职工|人员|产品|收入|支出|投资|新增加的产值|新增产值))中\s*$").match(text[cs:ce])   # 高中阶段学生中，…
            if whole_m:                            # 在五年内的工业基本建设的投资中，X占…: the whole of the shares after it
                whole = _rx(r"^(?:[一二三四五六七八九十两\d]+年(?:内|中|间|来)|今年|全年|本年|去年)的?").sub("", whole_m.group(1))
                whole = whole.strip("，、 ")
            bare_share = _rx(r"\s*在([^，。、]{1,20}?)中(?:所)?(?:占)?的?(比重|比例|份额)\s*$").match(text[cs:ce])
            said = pending or prev_name_sentence or said_before   # (…的农户，在全国农户总数中的比重，将达到…: the topic just said)
            owner = _rx(r"占.*$").sub("", said) if bare_share else ""
            if bare_share and 2 <= len(owner) <= 30 and (owner != said or bool(pending)):
                pending = owner + "占" + bare_share.group(1) + bare_share.group(2)   # …批发中所占的比重…；在社会零售中所占的比重，已由…
                continue
            aspect = _rx(r"\s*在([" + _CJK + r"、和]{2,16}?)方面\s*$").match(text[cs:ce])
            if aspect and clean_prefix(aspect.group(1)) and (text[ce:ce + 1] in ("：", ":") or text[ce:ce + 1] in ("，", ",")
                                                              and _rx(r"(?:总产值|产值|总值|产量|收入|支出|投资)$").search(aspect.group(1))):
                pending = colon_topic = clean_prefix(aspect.group(1))   # 在工业农业总产值方面：一九五三年比一九五二年增长…
                continue
            part_topic = _rx(r"\s*在[^，。、]{1,20}?中[" + _CJK + r"]{2,12}?(?:所占的?|占的?)(?:比重|比例|份额)\s*$").match(text[cs:ce])
            if _rx(r"\s*(?:从)?(?:中央到地方|上到下)\s*$").match(text[cs:ce]):
                continue                           # 行政经费预算，从中央到地方，一律削减10％: who, the topic stays
            if _rx(r"\s*(?:(?:考虑|扣除|剔除|去掉)(?:了)?[^，。；]{0,14}因素(?:后|以后)?|(?:按|以)[^，。；]{1,10}计算)\s*$").match(text[cs:ce]):
                continue                           # 农村居民人均纯收入，考虑价格下降因素，比上年实际增长…: how it is counted, the topic stays
            if _rx(r"\s*(?:同|与|和|跟)[^，。；]{1,20}(?:比较|相比|对比)\s*$").match(text[cs:ce]):
                continue                           # 同1955年国家决算比较，本年收入增长…: the base, not what grew
            if _rx(r"\s*(?:考虑|扣除|剔除|去掉|按)[^，。；]{0,12}(?:因素|计算)(?:后|以后)?\s*$").match(text[cs:ce]):
                continue                           # 农村居民人均纯收入，考虑价格下降因素，比上年实际增长…: how, the topic stays
            built = _rx(r"\s*在[^，。；]{2,20}?(?:建设完成|建成|完工|竣工|修建|兴建)的([" + _CJK + r"]{2,10})\s*$").match(text[cs:ce])
            if built and clean_prefix(built.group(1)):
                pending = clean_prefix(built.group(1))   # 在一九五四年已经建设完成的官厅水库，可蓄水…: the reservoir
                continue
            if not part_topic and _rx(r"\s*(?:虽然|尽管|在|根据|据(?=[^，。；]{0,12}(?:统计|测算|初步|调查|估计|报告))|按照|依照|随着|为了|通过|由于|经过|鉴于)|\s*(?:就|从|对)[^，。；]{1,12}(?:来说|来看|而言)\s*$").match(text[cs:ce]) or pending and \
                    _YEAR_IN.search(text[cs:ce]) and not clean_prefix(text[cs:ce]):
                continue                           # 我国的粮食总产量，在解放前产量最高的一九三六年，只有…
            topic_text = _rx(r"(?:有|得到|取得|实现)(?:了)?(?:比较|较|很|更)?(?:快|大|显著|明显)?的?(?:发展|增长|提高|增加|改善)|"
                             r"(?:全面|基本|顺利|已经|已)?(?:完工|竣工|建成|投产|完成)$|(?:工作)?(?:全面|普遍|已经|已|扎实|有序|深入)(?:实施|推开|铺开|开展|展开|推进)$|"
                                  r"(?:增加|增长|提高|下降)?(?:最多|最快|最大|最少)的是|的?(?:情况|形势)(?:也|都)?(?:是)?(?:这样|如此)$|"   # 工农业总产值的情况也是这样：
                             r"(?:的)?" + _VERDICT + r"|(?<=[" + _CJK + r"]{2})(?:仍然|仍|继续|又)?(?:连年|连续[一二三四五六七八九十两\d]{1,2}年)(?:增产|丰收)$|(?:增长|发展|上升)(?:明显|显著|大幅)?(?:较快|很快|迅速|加快|平稳|稳定)$|(?:快速|较快|迅速|稳步|加快|蓬勃)(?:发展|增长)$|保持了?(?:稳定|快速|较快|良好)?的?(?:增长|发展|上升)?的?(?:势头|态势)$|"
                             r"(?:制度|体系|机制)?(?:不断|进一步|逐步|日益|日趋|继续|更加)(?:完善|健全|加强|改善|规范|扩大)$|"
                             r"(?:按人口平均|人均|每人平均)?(?:的)?(?:占有量)?(?:超过|超出|达到|创造|创|刷新)了?[^，。；]{0,12}(?:最高水平|最好水平|历史最高|历史最好|新高|纪录|记录)$|"
                             r"(?<=[" + _CJK + r"]{2})(?:大大|远远|大幅度|大幅|明显)(?:超过|高于|低于|多于|少于|快于|慢于)"   # 增加额大大超过“五五”期间: what is compared
                             ).split(text[cs:ce])[0]   # 粮食按人口平均占有量超过了建国以来的最高水平，总产量达到…: 粮食   # …工业企业经济效益大幅度提高, 国有企业效益明显好转
            topic = clean_prefix(_rx(r"(?:举其|择其)(?:重要|主要)的?(?:来说|而言)|(?:举|择)要(?:来说|而言)").sub("", topic_text))
            provided = _PROVIDED.match(topic_text.strip())
            if provided:                           # 向中等职业学校…的学生提供助学金，每人每年1500元: the grant of those schools
                who = ""
                for w, f in pos_tokens(provided.group(1)):
                    if not (f[0] == "n" or f in ("b", "j")) or len(who + w) > 8:
                        break
                    who += w
                topic = who + provided.group(2)
            if _rx(r"(?:增加|增长|增收|减少)(?:额|数|量)|增量").fullmatch(topic):
                topic = ""                         # 而“六五”期间的增加额…: the increase of what was just named
            if topic and _rx(r"\s*加上").match(text[cs:ce]) and _rx(r"[，,]\s*(?:共|共计|总共|合计|一共)").match(text, ce):
                topic = _rx(r"^(?:原有|原来|其他|其它|其余)的?").sub("", topic)   # 加上原有的灌溉面积，共达…: the whole of the thing
            raised = _rx(r"^(?:继续|进一步|普遍|再次)?(?:提高|上调)([" + _CJK + r"]{4,}(?:养老金|标准|工资|补贴|补助|价格))$").match(topic)
            if raised:
                topic = raised.group(1)            # 今明两年继续提高企业退休人员基本养老金，人均每年增长10%: what is raised
            if not topic and pending and text[ce:ce + 1] in ("：", ":") and _rx(r"\s*(?:按[^，。；：]{0,8}计算)?(?:大致|大约|初步)?(?:估算|估计|计算|安排)?(?:有|计有|如下|是|为)\s*").fullmatch(text[cs:ce]):
                topic = pending                    # 新增生产能力举其重要的来说，有：钢…
            if _rx(r"\s*(?:它的|它们的)").match(text[cs:ce]) and topic:   # 现代工业的恢复和发展比较快，它的产值…所占的比重
                cause = _rx(r"(?:由于|因为)?([" + _CJK + r"]{2,8}?)的(?:恢复|发展|生产|建设)").search(text[:cs])
                if cause:
                    topic = cause.group(1) + topic
            if 3 <= len(topic) <= 10 and _MEASURE_HEAD.search(topic) and not measure_topic \
                    and not pos_tokens(topic)[0][1].startswith("v") \
                    and not _rx(r"^(?:严格|努力)?(?:增加|减少|提高|降低|控制|扩大|压缩|节约|节省|压减|减轻|加强)").match(topic):   # (努力增加收入: a deed)
                measure_topic = _PRODUCT_CLASS.sub("", topic) or topic   # 主要产品的产量都有大幅度增长，…棉纱增长 -> 棉纱产量
            one_char = len(topic) == 1 and text[ce:ce + 1] in ("：", ":") and _rx(r"[" + _CJK + r"]").fullmatch(topic)
            if pending and _OF_THE_TOPIC.fullmatch(topic) and not _OF_THE_TOPIC.search(pending):
                owner = _rx(r"^(?:建立健全|建立|健全|完善|实施|推行|推进|实行|落实|扩大|加快)+").sub("", pending)
                topic = _rx(r"(?:制度|政策|体系|机制)$").sub("", owner) + topic   # 建立健全城镇保障性住房制度，覆盖面逐步扩大，…达到12.5%
            pending = topic if (2 <= len(topic) <= 32 or one_char or "、" in topic and len(topic) <= 48) and not _rx(r"[，。]|为了").search(topic) else ""   # 钢：从…增加到… (稳增长主要是为了…: a purpose is no topic)
            relative_topic = pending if pending and text[cs:ce].rstrip().endswith("的") and not _rx(r"\s*(?:如果|假如|若|要是)").match(text[cs:ce]) else ""   # 达到和超过纲要这个规定的，已经有五百零四个县
            if text[ce:ce + 1] in ("：", ":") and pending:
                colon_topic = _rx(r"(?:有|是|为|如下)$").sub("", pending)
                colon_topic = _rx(r"(?:增长|增加|变化|发展)?的?情况$").sub("", colon_topic)
                colon_topic = _rx(r"(?<=..)(?:将|会|也)?(?:发生)?(?:变化|变动)(?:如下)?$").sub("", colon_topic)   # 所占的比重将变化如下：国营占…
                if _rx(r"(?:如下|以下|下列)?的?(?:增长|增加|下降|减少)?(?:比例|速度|幅度|比率|率)").fullmatch(colon_topic):
                    colon_topic = ""                   # 将有如下的增长比例：胶鞋增长百分之六十九点八 (the rate is the value's own)
                colon_topic = _PRODUCT_CLASS.sub("", colon_topic)   # 钢材 + 产量
                if _rx(r"(?:都|均|也)?(?:有|有了)?(?:不同|不同程度|较大|很大|显著|明显|大幅度|一定)(?:的)?(?:增长|增加|提高|发展)?").fullmatch(colon_topic):
                    colon_topic = "产量" if _rx(r"农作物|作物|产品").search(text[:ce]) else ""   # 都有不同的增长：甜菜…，花生增长6％ (how, not what)
                if measure_topic and _rx(r"(?:企业|单位|部门|工厂|地区)(?:就|共|也)?$").search(_rx(r"(?:就|共|也)?有$").sub("", colon_topic)):
                    colon_topic = ""                   # …生产能力，仅中央各部所属的企业就有：采煤…: whose, not what
                if _rx(r"没|未能?|不能|超额|完成").search(colon_topic):   # 有几项重要产品的产量没有完成计划：钢完成96.4％
                    colon_topic = "计划完成程度" if _rx(r"完成[^，。；]{0,4}计划").search(text[cs:ce]) else ""   # how far the plan was met, not the output
                if _rx(r"(?:收支)?(?:总数|总额|数字|情况)(?:如下)?$").search(colon_topic):
                    colon_topic = pending = ""         # 1955年国家决算的收支总数如下：…本年收入合计…: a lead, not a measure of each item
                if _rx(r"(?:大致|大约|初步)?(?:估算|估计|计算|测算|安排|规定|分配)(?:为|如下)?").fullmatch(colon_topic) or \
                        _rx(r"(?:以下|如下|下列|这样)的?[" + _CJK + r"]{0,6}(?:数字|情况|成绩|成就)$").search(colon_topic):
                    colon_topic = ""                   # 招生人数，大致估算为：高中…
            continue
        clause = text[cs:ce]
        if "；" in text[max(0, cs - 1):cs + 1] or ";" in text[max(0, cs - 1):cs + 1]:
            semi_subject, sentence_subject = sentence_subject, ""   # …；棉布的产量前三年共增加了…，而1956年就增加了…: a new subject
        own_subject = subject_of(text[cs:in_clause[0].start])
        clause_subject = own_subject or pending or sentence_subject
        if not own_subject and not pending and prev_own_subject and _LEVEL_ONLY.fullmatch(text[cs:in_clause[0].start]):
            clause_subject = prev_own_subject      # …增长12.7％，粮食总产量增加109亿公斤，达到4024亿公斤: the nearest subject's level
        elif not own_subject and not pending and prev_own_subject and in_clause[0].kind == "rank" \
                and _RANK_LEAD.fullmatch(text[cs:in_clause[0].start]):
            clause_subject = prev_own_subject      # 其中高速公路由…增加到2.52万公里，从居世界第三十九位跃升到第二位: its rank
        if not clause_subject and semi_subject and not clean_prefix(text[cs:in_clause[0].start]) \
                and _YEAR_IN.match(text[cs:in_clause[0].start].lstrip("，、 ")):
            clause_subject = sentence_subject = semi_subject   # 钢的产量，一九五八年…；一九五九年比一九五八年计划增长…: the same thing, a year later
        semi_subject = ""
        last_topic = pending or last_topic
        outer_subject = last_topic or sentence_subject
        if pending and not own_subject and not sentence_subject:
            sentence_subject = pending             # 粮食：达到…，增长…
        new_topic, pending = pending, ""
        rel_topic, relative_topic = relative_topic, ""
        # --- lists
        k = clause.find("分别")
        if k < 0:
            k = _implicit_respectively(text, cs, in_clause)
        if k < 0 and len(in_clause) >= 2 and len(prev_clause_names) == len(in_clause) and \
                _COMPARISON_ONLY.fullmatch(text[cs:in_clause[0].start]) and all(
                    _rx(r"[、和及与]").fullmatch(text[a.end:b.start]) for a, b in zip(in_clause, in_clause[1:])):
            for v, nm in zip(in_clause, prev_clause_names):   # …分别达6.9万元、3.4万元，增长4.2%、5.3%
                out[index[id(v)]] = Named(nm, "list")
        if k >= 0:
            after = [v for v in in_clause if v.start >= cs + k]
            before = [v for v in in_clause if v.start < cs + k]
            start = before[-1].end if before else cs
            named = [v for v in after if "区间上限" not in v.qualifiers]
            names = split_list(text[start:cs + k], len(named))
            if not names and not clean_prefix(text[start:cs + k]).replace("分别", "") and len(prev_clause_names) == len(named) > 1:
                names = list(prev_clause_names)    # 达到2690万人次，创汇18.4亿美元，分别为1982年的3.4倍和2.2倍
            if not names and _rx(r"(?:月|年|每月|每年)?(?:人均|每人)?").fullmatch(clean_prefix(text[start:cs + k]).replace("分别", "")) \
                    and last_topic and "、" in last_topic and len(named) > 1:
                names = split_list(_rx(r"(?:再次|再|又|继续|进一步|普遍|均|都)?(?:提高|增加|上调|提升)(?:了)?$").sub("", last_topic), len(named))   # A、B、C和D再次提高，月人均分别提高…
            rate = clean_prefix(text[start:cs + k]).replace("分别", "") if not names and last_topic and "、" in last_topic else ""
            if rate and len(named) > 1 and _rx(r"[" + _CJK + r"]{0,4}率").fullmatch(rate):
                topic = _rx(r"(?:不断|进一步|逐步|明显|大幅)?(?:提高|提升|增强|改善)(?:了)?$").sub("", last_topic)
                items = split_list(_rx(r"(?:处理|利用|治理|收集)?(?:能力|水平)$").sub("", topic), len(named))
                names = [it + rate for it in items] if items else None   # 医疗废物、生活垃圾、城市污水处理能力不断提高，处理率分别达到…
            if not names and not clean_prefix(text[start:cs + k]).replace("分别", "") and clause_subject and len(named) > 1:
                names = split_list(clause_subject, len(named))   # 农村居民人均纯收入和城镇居民…，2000年分别达到…
            deed = _shared_deed(text[cs + k:named[0].start]) if names and named else ""
            if names:
                for v, nm in zip(named, names):
                    out[index[id(v)]] = Named(nm + deed if deed and not nm.endswith(deed) else nm, "list")
        prev_end, prev_name, prev_lead, prev_rule, prev_unit_clause = cs, "", "", "", ""
        for v in in_clause:
            i = index[id(v)]
            lead = ""
            if out[i] is None:
                nxt = [w for w in in_clause if w.start > v.start]
                stop = nxt[0].start if nxt else ce
                own = text[prev_end:v.start]
                pre = clean_prefix(own)
                post = _post_noun(text, v.end, stop, v.unit)
                if not post and nxt and v.unit != nxt[0].unit and _rx(r"\s*、\s*").fullmatch(text[v.end:stop]):
                    post = _post_noun(text, nxt[0].end, nxt[1].start if len(nxt) > 1 else ce, nxt[0].unit)   # 改造109个、424万平方米老旧小区: one noun, two measures
                if not post and nxt and "区间上限" in nxt[0].qualifiers and text[nxt[0].end:nxt[0].end + 1] == "的":   # 有6.5%－7%的增速: the noun after the range is the lower bound's too
                    post = _post_noun(text, nxt[0].end, nxt[1].start if len(nxt) > 1 else ce, v.unit)
                pre_is_action = not pre or pre in _ACTION_WORDS or pre in _FLOW_WORDS or _rx(
                    r"(?:基本|全面|累计|已经?|共|全部|如期|顺利)?(?:建成|完成|开工|竣工|改造|实施|新建|投产|交付|促进|推动)").fullmatch(pre) or \
                    all(w in _ACTION_WORDS or w in _FLOW_WORDS or w in _LEAD_WORDS or f in ("d", "ad") for w, f in pos_tokens(pre))
                if v.kind == "structure" and _rx(r"产业结构|三次产业").search(text[cs:v.start]):
                    nth = next((q for q in v.qualifiers if q.startswith("结构第")), "")
                    sector = {"结构第1项": "第一产业", "结构第2项": "第二产业", "结构第3项": "第三产业"}.get(nth, "")
                    out[i] = Named(sector + "增加值占比" if sector else "产业结构", "structure")   # 1.4:47.5:51.1
                elif v.kind == "streak" and "连续" in v.qualifiers:
                    deed = _rx(r"(?:实现|保持|获得?|荣获|被评为|评为)?([\u4e00-\u9fff“”Ⅰ-Ⅻ]{2,12})").match(text[v.end:stop])
                    deed_text = deed.group(1) if deed else ""
                    deed_text = _rx(r"[，。；、]").split(deed_text)[0]
                    out[i] = Named((pre or clause_subject) + deed_text, "pre+post")
                elif _rx(r"\s*[（(](?:不包括|不含|包括|含)[" + _CJK + r"]{2,10}(?:在内)?(?:为|是)?\s*").fullmatch(own) and prev_name:
                    scope = _rx(r"[（(]((?:不包括|不含|包括|含)[" + _CJK + r"]{2,10}?)(?:在内)?(?:为|是)?\s*$").search(own).group(1)
                    out[i] = Named(prev_name + "（" + scope + "）", "previous")   # 工业总产值…增长百分之七点五（不包括村办工业百分之七）
                elif _rx(r"[，、\s]*(?:共计|合计|总计|一共|总共|共)(?:有|为|是|达)?\s*").fullmatch(own) and not post and counted.get(v.unit or ""):
                    out[i] = Named(counted[v.unit], "counted")   # …有二十三个建设项目，地方有十九个建设项目，共计四十二个
                elif "区间上限" in v.qualifiers and prev_name:
                    out[i] = Named(prev_name, "previous")
                elif _rx(r"(?:总)?投资(?:额)?(?:为|达|是)?(?:约|近|超过?)?\s*$").search(own) and _rx(r"(?:左右|多|余)?(?:的|用于|实施|建设)").match(text[v.end:stop]):
                    lead_in = _rx(r"(?:左右|多|余)?(?:的|用于|实施|建设)").match(text[v.end:stop]).end()
                    project = _post_noun(text, v.end + lead_in, ce)
                    out[i] = Named((project or "") + "投资", "post")   # 投资1.4亿元的西出口道路工程
                elif prev_name.endswith("投资") and prev_rule == "post" and _rx(r"的[^，。；]{2,24}[、和及]\s*$").fullmatch(own) \
                        and _rx(r"(?:左右|多|余)?的").match(text[v.end:stop]) and _post_noun(text, v.end + text[v.end:stop].find("的") + 1, ce):
                    project = _post_noun(text, v.end + text[v.end:stop].find("的") + 1, ce)
                    out[i] = Named(project + "投资", "post")     # 投资3800万元的A、729万元的B: each the money of its own work
                elif _WHOLE_BEFORE.search(own) and (post or clean_prefix(_WHOLE_BEFORE.search(own).group(2))) \
                        and _WHOLE_AFTER.match(text[v.end:ce]) and (v.unit or "") not in ("%", "‰", "比值", "百分点"):
                    scope, of = _WHOLE_BEFORE.search(own).group(1) or "", _WHOLE_BEFORE.search(own).group(2)
                    thing = (clean_prefix(of) if of else "") + post
                    out[i] = Named(scope + thing + ("数" if post and _COUNT_WORD.match(v.unit or "") else ""), "whole")   # 占全国一千七百八十六个县的百分之二十八, 占全国现有十二亿亩粮食耕地的百分之二十四: the total
                elif _COMPLETION.fullmatch(own) and (prev_level_name or clause_subject):
                    what = _COMPLETION.fullmatch(own).group(1)
                    out[i] = Named((prev_level_name or clause_subject) + "完成" + what + "比例", "previous")   # 完成预算数的121.68％
                elif _BASE_VALUE.match(own) and not _CHANGE_IN.search(own) and (prev_level_name or clause_subject or said_before):
                    out[i] = Named(prev_level_name or clause_subject or said_before, "previous")   # 比五年计划原定1957年3856亿斤的水平
                elif _EXAMPLES.match(own) and clean_prefix(_EXAMPLES.match(own).group(1)):
                    out[i] = Named(clean_prefix(_EXAMPLES.match(own).group(1)) + post, "pre+post" if post else "pre")
                elif _rx(r"[，、\s]*(?:其中)?(?:最)?(?:高|低|多|少|快|慢)的(?:达到?|为|是|仅|只有)?\s*").fullmatch(own) and prev_name_sentence:
                    out[i] = Named(prev_name_sentence, "previous")     # …都在百分之四点三以上，高的达到百分之五点五
                elif post and pre and _rx(r"占[" + _CJK + r"]{1,8}\s*$").search(own) and "占" in pre[1:] and text[v.end:v.end + 1] == "的":
                    out[i] = Named(pre + "比重", "pre")      # 人口占世界五分之一的社会主义国家: the share, not the country
                elif post and prev_name and prev_rule.startswith(("subject", "previous")) and _rx(r"[、和及与]").fullmatch(own) \
                        and prev_unit_clause == v.unit:
                    out[i] = Named(prev_name, "previous")   # 分别达到四十斤、…和一百斤皮棉: what the whole list's unit is of, not another thing
                elif post and not (_LEVEL_VERB_END.search(own) and not pre_is_action):
                    flow = _rx(r"^(?:新增|净增|新建|新开工|引进|新引进)").match(clean_prefix(own) or _strip(own) or own.strip("，、 和及与"))
                    relative = own.rstrip().endswith("的") and pre and pos_tokens(pre)[-1][1].startswith("v")
                    if relative and (2 <= len(pre) <= 10 and _rx(r"[" + _CJK + r"]{0,4}(?:项目|工程|单位|企业|工厂|厂矿)").fullmatch(post)
                                     or 2 <= len(pre) <= 16 and _rx(r"[" + _CJK + r"]{0,4}(?:项目|工程)").fullmatch(post)) \
                            and not pre_is_action:
                        pre, relative = pre + "的", False          # 地方建设的三十二个项目: whose projects
                    elif relative and _rx(r"(?:项目|工程|单位|企业|工厂|厂矿)").fullmatch(post) and not pre_is_action:
                        core = _rx(r"以|进行|把|对|由|和|同").split(pre)[-1]   # 进行以苏联帮助我国设计的156个单位为中心的…: whose units
                        if 2 <= len(core) <= 10 and pos_tokens(core)[-1][1].startswith("v"):
                            pre, relative = core + "的", False
                    if "、" in own and own.rstrip().endswith("的") and not _rx(r"[）)]").search(own.rsplit("、", 1)[-1]) \
                            and clean_prefix(own.rsplit("、", 1)[-1]):
                        pre = clean_prefix(own.rsplit("、", 1)[-1])   # …为中心的、由限额以上的694个建设单位
                    if "、" in pre and not _rx(r"[" + _CJK + r"]{2,8}(?:、[" + _CJK + r"]{2,8})+(?:和|及|与)[" + _CJK + r"]{2,8}").fullmatch(pre):
                        pre = pre.rsplit("、", 1)[-1]      # 大唐1830化肥、大唐5万千瓦风电项目 (纺织工业部、轻工业部和食品工业部: one list, all of it)
                    if relative and _rx(r"(?:政策)?(?:措施|举措|政策|办法|意见)").fullmatch(post) and not pre_is_action:
                        relative = False           # 促进经济增长的十项措施: what the measures are for
                    if own.rstrip().endswith(("等", "、", "和", "及", "与", "了", "等方面", "等领域", "等行业")) or pre_is_action or relative or \
                            _rx(r"(?:已经|已|都|均|先后|分别)?在\s*$").search(own) or \
                            _rx(r"(?:支持|帮助|资助|扶持|引导|推动|带动|鼓励)\s*$").search(own) or \
                            _rx(r"(?:全国|全省|全市|全区|全县|我国|我省|我市|我区|全年|其中)+").fullmatch(pre):
                        examples = clean_prefix(own.rstrip()[:-1]) if own.rstrip().endswith("等") else ""
                        pre = examples + "等" if 4 <= len(examples) <= 24 and _rx(r"(?:重点|建设|重大)?(?:项目|工程)").fullmatch(post) \
                            else ""                # 4.32亿城镇职工和城镇居民、8.35亿农村居民 (…南开路中学等14个项目: the examples name bare projects)
                    sent_to = _rx(r"(?<=[" + _CJK + r"])(?:向|给)\s*$").search(own) and \
                        _rx(r"[^，。；]*?([" + _CJK + r"]{2})了([" + _CJK + r"]{2,8})$").match(text[v.end:stop].rstrip("，。；、 "))
                    if sent_to:                    # 国务院先后向192个重点国有企业…派出了监事会: those it was sent to, not who sent it
                        pre, post = "", sent_to.group(1) + sent_to.group(2) + "的" + post
                    removed = _REMOVAL_DEED.fullmatch(clean_prefix(own))   # 取消和下放311项行政审批事项: what was done to them is what is counted
                    relieved = _rx(r"(取消|减免|免除|免征|停征)了?(?:原先|原来|原有)?\s*$").search(own) if (v.unit or "").endswith("元") and post else None
                    if relieved and not removed:
                        pre, removed = "", relieved   # 农村税费改革不仅取消了原先336亿元的农业税赋: the levy taken away
                    lead = flow.group() if flow else removed.group(1 if removed is relieved else 0) if removed else (prev_lead if _rx(r"[、和及与\s]*").fullmatch(own) else "")
                    benefit = _rx(r"(惠及|覆盖|带动|帮助|资助|吸纳|服务|受益)[近约超逾]?\s*$").search(own)
                    works = _works_of(last_topic)   # 推进城镇老旧小区改造，完成改造120个，惠及2.3万户居民: the works'
                    source = works if works and (not clause_subject or clause_subject in works) else clause_subject
                    if benefit and source and not pre.replace(benefit.group(1), ""):
                        subject_core = _rx(r"(?:惠及|覆盖|带动|帮助|资助|吸纳|服务|受益)$").sub("", _STOCK_WORDS.sub("", source))
                        out[i] = Named(subject_core + benefit.group(1) + post, "subject+post")
                    else:
                        if post.startswith(("设立", "建立", "设置")) and (v.unit or "").endswith("元"):
                            pre, post = "", post[2:]   # 从去年超收收入中安排500亿元设立中央预算稳定调节基金: the fund set up
                        if post.endswith(("资金", "经费")) or post.startswith("用于"):
                            pre = _rx(r"(?<=财政)(?:投入|支出)$").sub("", pre)   # 中央财政拟投入420亿元资金, …433亿元用于促进就业: the payer's money
                        out[i] = Named((lead if not pre.startswith(lead) else "") + pre + (post if not pre.endswith(post) else ""),
                                       "pre+post" if pre else "post")   # (攻坚县已有317个县: no 县县)
                        if pre.startswith("占") and v.unit == "%" and post and not lead:
                            out[i] = Named(post + pre + "比重", "post+whole")   # 占全国人口80%以上的农民: the farmers' share
                        kind_said = counted.get(v.unit or "", "")
                        if pre and _rx(r"单位|项目|企业|工程").fullmatch(post) and kind_said.endswith(post) and kind_said != post:
                            out[i] = Named(pre + kind_said, "pre+counted")   # 156个工业单位中的…——第二批91个单位
                        per_one = _rx(r"平均(?:每)?(?:一)?个([" + _CJK + r"]{2,8}?)(?:拥有|有|约有)\s*$").search(own)
                        if per_one:                # 平均一个人民公社拥有六万四千亩耕地
                            out[i] = Named(per_one.group(1) + "平均" + post, "pre+post")
                        elif _CAPACITY_UNIT.fullmatch(v.unit or "") and _FACILITY.search(_PART_OF_YEAR_END.sub("", out[i].name)) and pre:
                            out[i] = Named(_PART_OF_YEAR_END.sub("", out[i].name) + "规模", out[i].rule)   # 大唐700万吨露天煤矿(一季度…)
                        rel_m = _rx(r"\s*(.{2,24}?)的(?:共)?有").match(text[cs:v.start])
                        if rel_m and not _rx(r"[，。；]").search(rel_m.group(1)) and not pre:
                            out[i] = Named(clean_prefix(rel_m.group(1)) + "的" + post, "rel+post")   # …的有104个县、…亩棉田
                        deed = _deed_after(text, v, stop, post) if _COUNT_WORD.match(v.unit or "") or _PEOPLE_UNIT.fullmatch(v.unit or "") \
                            or v.unit == "比值" and (_rx(r"把\s*$").search(own) or _rx(r"[一二三四五六七八九十]?(?:半|分之)").search(v.text)) \
                            or v.unit == "%" and (_rx(r"(?:以上|以下|左右)?的").match(text[v.end:stop]) or _rx(r"^在\s*$").search(own.strip("，、 "))) else ""   # 71%的煤电机组实现超低排放; 在60％政府举办的…机构实施…
                        if deed and out[i].name.startswith("占") and out[i].name.endswith(post) and v.unit == "%":
                            whole_of = out[i].name[:-len(post)]   # 占全国人口65%的地区基本普及九年义务教育: those places' share
                            out[i] = Named(deed + "的" + post + whole_of + "比重", out[i].rule + "+deed")
                        elif deed and pre.endswith("使") and len(pre) > 3:   # 农村免费孕前检查使600万个家庭受益
                            out[i] = Named(pre[:-1] + deed + post, out[i].rule + "+deed")
                        elif deed in ("受益", "获益", "受惠") and not pre and _benefit_source(text[:cs]):
                            source = _benefit_source(text[:cs])
                            if source.startswith(post) and len(source) - len(post) >= 2:   # 对家庭经济困难寄宿生提供生活补助，使…780万名家庭经济困难寄宿生受益
                                source = _rx(r"^(?:提供|给予|发放|补助|免除)?").sub("", source[len(post):]) or source
                            out[i] = Named(source + deed + post, out[i].rule + "+deed")   # 对小微企业实行税收优惠，600多万户企业受益
                        elif deed and len(deed) <= 2 and _rx(r"^[，、\s]*([" + _CJK + r"“”]{2,12}?)在\s*$").match(own) \
                                and clean_prefix(_rx(r"^[，、\s]*([" + _CJK + r"“”]{2,12}?)在\s*$").match(own).group(1)):
                            what = clean_prefix(_rx(r"^[，、\s]*([" + _CJK + r"“”]{2,12}?)在\s*$").match(own).group(1))
                            out[i] = Named(deed + what + "的" + post, out[i].rule + "+deed")   # 基本药物制度在30％的基层医疗卫生机构实施
                        elif deed:                 # 52个贫困县全部摘帽, 28个省（区、市）全部免征了农业税: what they did
                            out[i] = Named(deed + "的" + out[i].name, out[i].rule + "+deed")
                        reach = _SHARE_REACHING.match(text[v.end:ce]) if v.unit == "%" and not deed else None
                        toks = pos_tokens(reach.group(1)) if reach else ()
                        if len(toks) >= 2 and toks[0][1].startswith("n") and len(toks[0][0]) >= 2:
                            owner = toks[0][0]     # 80%的社区办公用房达到300平方米以上: the communities whose office space does
                            out[i] = Named(reach.group(1)[len(owner):] + reach.group(2) + "的" + owner, out[i].rule + "+reach")
                elif pre and pre_is_action and _PEOPLE_UNIT.fullmatch(v.unit or "") and \
                        _rx(r"(?:左右|多|余)?的([" + _CJK + r"“”]{2,16}?问题)").match(text[v.end:stop]):
                    problem = _rx(r"(?:左右|多|余)?的([" + _CJK + r"“”]{2,16}?问题)").match(text[v.end:stop]).group(1)
                    out[i] = Named(pre + problem + "人口", "pre+post")   # 解决3200万人的安全饮水问题
                elif pre and pre_is_action and _rx(r"(?:左右|多|余)?在([" + _CJK + r"]{4,16})$").match(text[v.end:stop]):
                    where = _rx(r"(?:左右|多|余)?在([" + _CJK + r"]{4,16})$").match(text[v.end:stop]).group(1)
                    out[i] = Named(where, "post")           # 引导约1亿人在中西部地区就近城镇化
                elif _rx(r"[" + _CJK + r"]的\s*$").search(own) and not post and pre and (counted.get(v.unit) or _COUNT_WORD.match(v.unit or "")
                                                                                  and _TOPIC_UNITS.search(last_topic)):
                    rel_clause = _rx(r"^[，、\s]*(?:其中|其余|另有)?(?:的)?([" + _CJK + r"]{2,12}?)的\s*$").match(own)
                    rel_text = _rx(r"^在|可以|能够|将要|可能|^将|^要").sub("", rel_clause.group(1)) if rel_clause else pre
                    out[i] = Named(rel_text + "的" + (counted.get(v.unit) or _TOPIC_UNITS.search(last_topic).group()), "pre+counted")   # …，可以部分地投入生产的13个(项目); 本年开始建设的271个; 五年内施工的大中型建设项目，…全部建成的四百个
                elif _rx(r"的(?:共|就|还|也)?有\s*$").search(own) and clause_subject and not post:
                    rel_text = _rx(r"在?(?:今年|本年|当年|明年)内|[（(][^（）()]{0,16}[）)]").sub("", _rx(r"的(?:共|就|还|也)?有\s*$").sub("", own)).strip("，、 ")
                    rel = rel_text.strip("，、 ") if _rx(r"[，、\s]*被(?:评为|授予)").match(rel_text) else _strip(rel_text)   # 被评为新长征突击手的有…
                    bound = _rx(r"(?:以上|以下)$").search(rel_text)
                    rel = rel + bound.group() if bound and not rel.endswith(bound.group()) and _rx(r"[\d一二三四五六七八九十百千万亿]").search(rel) else rel   # 在年产煤一百万吨以上的就有: a threshold
                    head = clause_subject[clause_subject.rfind("的") + 1:] if "的" in clause_subject or len(clause_subject) <= 8 \
                        else clause_subject if rel.startswith("被") and len(clause_subject) <= 12 else ""   # (这些建设项目，…可以建设完工的有三十五个)
                    if _rx(r"[万亿]?人").fullmatch(v.unit or "") and head and not _rx(r"[人员户者生工民]$").search(head):
                        head = "人数"                # 案件…，其中依法判刑的有二万六千二百二十七人: the people, not the cases
                    if rel and len(rel) >= 2 and head and (pos_tokens(head)[0][1].startswith("v") or _rx(r"(?:建成|投产|开工|竣工|完工|完成)+").fullmatch(head)):
                        head = rel = rel if len(rel) >= 4 else ""   # 计划…建成投产一千二百九十万千瓦，结转到…续建的有…: a deed is no head
                    title = _rx(r"(?:被)?(?:评为|评选为|命名为|授予)([" + _CJK + r"、“”]{2,20}?)(?:称号)?$").fullmatch(rel_text)
                    out[i] = Named(title.group(1), "pre+subject") if title \
                        else Named(rel + "的" + head, "pre+subject") if rel and len(head) >= 2 and len(rel) >= 2 and head != rel \
                        else Named(rel, "pre") if rel and head == rel else Named(clause_subject, "subject")     # 在今年内可以建设完工的有二十七个; 被评为新长征突击手的有: the title
                elif v.kind == "rank" and not pre and prev_name:
                    out[i] = Named(prev_name, "previous")    # 六项主要经济指标全部位列全市第一
                elif pre and pre_is_action and not post and prev_name_sentence and not _FLOW_ONLY.match(pre):
                    thing = _rx(r"^(?:新开工|新建|新增|开工|建设|完成|实施|改造)+").sub("", prev_name_sentence)
                    thing = _rx(r"(?:基本|全面|已经?)?(?:建成|竣工|完工|开工|新开工|改造|完成)$").sub("", thing) or thing   # 住房基本建成432万套，新开工建设…
                    if len(pos_tokens(thing)) > 1 and pos_tokens(thing)[-1][0] in _ACTION_WORDS:
                        thing = thing[:-len(pos_tokens(thing)[-1][0])]   # …规定废止830件，修订325件: the thing, not the deed before
                    acts = [k for k, (w, _f) in enumerate(pos_tokens(thing)) if w in _ACTION_WORDS]
                    if acts and acts[-1] + 1 < len(pos_tokens(thing)) and pre not in thing:   # 各部门共清理涉外规章…2300件，废止830件: what was repealed
                        thing = "".join(w for w, _f in pos_tokens(thing)[acts[-1] + 1:])
                    elif pre in thing and len(thing) > len(pre):
                        thing = thing.replace(pre, "")   # (废止830件，修订325件: not 废止修订)
                    out[i] = Named(thing + pre, "previous+pre")
                elif pre in ("增产", "减产", "增收", "减收") and prev_name_sentence:
                    out[i] = Named(prev_name_sentence, "previous")   # 粮食总产量达到46947万吨，增产3877万吨
                elif v.unit == "倍" and prev_level_name and _rx(r"[，、\s]*(?:是|为|相当于|等于)[^，。；]{2,40}的\s*").fullmatch(own):
                    out[i] = Named(prev_level_name, "previous")   # …投入5800亿元，是1950年到1997年投入总和的1.7倍
                elif _rx(r"^[，、\s]*即(?!\s*占)").match(own) and prev_name_sentence and i and out[i - 1] is not None and out[i - 1].name:   # (即占…的: a share, named below)
                    shared = "占" in prev_name_sentence[2:] and v.unit not in ("%", "比值", "百分点", "‰")
                    out[i] = Named(prev_name_sentence[:prev_name_sentence.find("占", 2)] if shared else prev_name_sentence, "previous")   # 被淹的农田约占全国农田十分之一即一亿六千余万亩    # …要增长百分之五十三点五，即增产一千一百四十万担
                elif _rx(r"(?:实际|实|净|共|总共)(?:增加?|减少?|增长)了?").fullmatch(pre) and prev_level_name:
                    out[i] = Named(prev_level_name, "previous")   # 工人职员总数共增加大约三百万人，…，实增约二百万人
                elif own.rstrip().endswith("等") and not post and _rx(r"(?:多|余)?[^，。；的]{2,24}的([" + _CJK + r"]{2,8}?)(?=纳入|列入|[，。；]|$)").match(text[v.end:stop]):
                    kind_m = _rx(r"(?:多|余)?[^，。；的]{2,24}的([" + _CJK + r"]{2,8}?)(?=纳入|列入|[，。；]|$)").match(text[v.end:stop])
                    out[i] = Named(kind_m.group(1), "post")   # 甲肝、流脑等15种可以…预防的传染病: the class, not the examples
                elif pre and _FLOW_ONLY.match(pre) and _rx(r"的([" + _CJK + r"]{2,8}?(?:能力|规模|面积|里程|容量))(?=[，。；]|$)").match(text[v.end:stop]):
                    out[i] = Named(pre + _rx(r"的([" + _CJK + r"]{2,8}?(?:能力|规模|面积|里程|容量))").match(text[v.end:stop]).group(1), "pre+post")   # 新增8000万吨标准煤的节能能力
                elif pre and (len(pre) >= 2 or not prev_name):
                    out[i] = Named(pre, "pre")
                elif prev_name and _rx(r"[\s、，和及与至到增降升提高减少下降为由从\-—~－]*").fullmatch(_rx(
                        r"(?:上升|下降|增加|减少|扩大|缩小|提高|降低|提升|增长|升|降|增)(?:到|至|为)").sub("", own)):
                    out[i] = Named(prev_name, "previous")
                elif prev_level_name and prev_unit and v.unit == prev_unit and _rx(
                        r"[，、\s]*(?:今年|明年|年内|到[^，。；]{1,8}年)?(?:要|将|再)?(?:扩大|增加|提高|增至|发展)(?:到|至)\s*").fullmatch(own):
                    out[i] = Named(prev_level_name, "previous")   # 已经组织了57户企业集团试点，今年要扩大到120户
                elif prev_level_name and _COMPARISON_ONLY.fullmatch(own) and clause_subject and _rx(
                        r"(?:新增加|新增|增设|增加|新建|扩建)$").search(clause_subject) and _rx(r"(?:总数|总量|总额|总规模)$").search(prev_level_name):
                    out[i] = Named(prev_level_name, "previous")   # 病床将增设6万张，总数达到33.9万张，比上年增长22％: the total grew
                elif prev_level_name and _COMPARISON_ONLY.fullmatch(own) and not (new_topic and own_subject == "" and clause_subject == new_topic) and (
                        not prev_level_rule.endswith("subject") or not clause_subject
                        or prev_level_name.startswith(clause_subject) and prev_level_rule.endswith("+subject")
                        and not _rx(r"(?:规模|总量|总额|总数|余额|存量)").fullmatch(prev_level_name[len(clause_subject):])):
                    # …工业企业…，实现利润3784亿元，比上年增长45.2%: the profit grew, not the firms
                    out[i] = Named(prev_level_name, "previous")   # …安排109亿元资金，比上年增加26亿元
                elif i and values[i - 1].unit in ("百分点", "%") and v.unit != "百分点" and out[i - 1] is not None \
                        and out[i - 1].name == prev_name_sentence != "" \
                        and _rx(r"[，、\s]*(?:并|已|已经)?(?:达到?|升至|降至|提高到|上升到|下降到)\s*").fullmatch(text[values[i - 1].end:v.start]):
                    out[i] = Named(prev_name_sentence, "previous")   # 消费对经济增长的贡献率上升3个百分点，达到51.2%: the rate reached
                elif prev_name_sentence and _rx(r"[，、\s]*(?:到|至)[^，。；]{0,12}年(?:底|末)?(?:将|要)?(?:达到?|为)\s*").fullmatch(own):
                    out[i] = Named(prev_name_sentence, "previous")   # …棉花增长…，即增产…，到一九五七年达到3270万担
                else:
                    rate_after = _rx(r"(?:左右|以上)?的(速度|增速|增长速度)").match(text[v.end:stop]) \
                        if not clause_subject and v.unit == "%" and not _rx(r"增长|增加|递增|提高").search(own) else None
                    rate_before = _rx(r"^[，、\s]*(涨幅|增幅|增速|降幅)").match(own) if not clause_subject and v.unit == "%" else None
                    out[i] = Named(clause_subject, "subject") if clause_subject else \
                        Named(rate_after.group(1), "post") if rate_after else \
                        Named(rate_before.group(1), "pre") if rate_before else Named("", "none")   # 7%左右的速度可以实现…就业, 涨幅仍然高达…: a rate of nothing named
                did = _rx(r"(?:以上|左右|多)?([" + _CJK + r"]{2,12})$").match(text[v.end:stop].rstrip("，。；、 "))
                if v.unit == "%" and did and not post and prev_level_name and prev_unit and _rx(r"[万亿]?人").fullmatch(prev_unit) \
                        and pos_tokens(did.group(1))[0][1] == "v" and pos_tokens(did.group(1))[0][0] not in _PREDICATE_VERBS:
                    out[i] = Named(did.group(1) + "的" + prev_level_name + "比例", "previous+deed")   # 下岗职工达2700多万人，90%以上进入再就业服务中心
                if _rx(r"(?:这个|这一|^一|此|该)(?:比例|比重|数字|指标)").search(out[i].name) and (prev_name_sentence or said_before):
                    out[i] = Named(prev_name_sentence or said_before, "previous")   # 六五计划把这个比例提高到百分之三十六: the share just said (这一比重 -> 一比重 after 这 is stripped)
                deed_m = _rx(r"(?:多|余)?((?:获得|荣获|获|达到|进入|列入|纳入|被评为|通过)[" + _CJK + r"“”]{2,14})$").match(text[v.end:stop].rstrip("，。；、 "))
                if deed_m and not post and prev_level_name and (v.unit or "") == prev_unit and _COUNT_WORD.match(v.unit or "") \
                        and _rx(r"[，、\s]*(?:其中)?(?:有|共有)?\s*").fullmatch(own):
                    toks_ = pos_tokens(prev_level_name)
                    thing = "".join(w for w, _f in toks_[1:]) if len(toks_) > 1 and toks_[0][1].startswith("v") else prev_level_name
                    out[i] = Named(deed_m.group(1) + "的" + thing, "previous+deed")   # 取得重要科研成果三万三千项，有九百三十七项获得国家科技发明奖
                used = _rx(r"^[，、\s]*(?:其中)?(?:已经|已)?((?:应用于|用于|投入|进入|转化为)[" + _CJK + r"]{1,8})的(比重|比例)(?:达到?|为|是)?\s*$").match(own)
                whose = prev_level_name or _rx(r"^(?:全国|全省|全市)?(?:涌现出|涌现|取得|获得|出现)了?").sub("", last_topic)
                if used and v.unit == "%" and 2 <= len(whose) <= 16:
                    out[i] = Named(whose + used.group(1) + used.group(2), "previous+share")   # 重大科研成果二千六百多项，…已经应用于生产的比重达到50％
                part_of = _rx(r"^[，、\s]*(?:目前|现在)?(?:约|大约)?(?:为|相当于|等于)([" + _CJK + r"]{2,12})的\s*$").match(own)
                owner_ = _rx(r"(?:的)?(?:数量|总量|规模)$").sub("", _rx(r"(?:将|会)?(?:逐步|不断|继续|逐年)?(?:增多|增加|扩大|减少)$").sub("", last_topic or prev_name_sentence or ""))
                if part_of and v.unit in ("比值", "%") and 2 <= len(owner_) <= 16 and owner_ != part_of.group(1):
                    out[i] = Named(owner_ + "占" + part_of.group(1) + "比重", "previous+share")   # 国家预算外的资金数量…，目前约为国家预算收入的一半
                rel_only = _rx(r"^[，、\s]*(?:其中)?(?:已经|已)?([" + _CJK + r"]{2,20})的(?:将|可|已经|已)?(?:达到?|为|有|共有|约有)\s*$").match(own)
                who = _rx(r"^\s*([" + _CJK + r"]{2,6}?)的[" + _CJK + r"]{2,}[，,]").match(text[:cs]) if rel_only else None
                who_name = who.group(1) if who else prev_level_name[prev_level_name.rfind("的") + 1:] \
                    if rel_only and prev_level_name and _PEOPLE_UNIT.fullmatch(prev_unit) and own.lstrip("，、 ").startswith("其中") else ""
                if 2 <= len(who_name) <= 6 and out[i].rule == "pre" and cs and _PEOPLE_UNIT.fullmatch(v.unit or "") \
                        and pos_tokens(rel_only.group(1))[0][1].startswith("v"):
                    out[i] = Named(_rx(r"^(?:都|均|也|还|共)").sub("", rel_only.group(1)) + "的" + who_name, "pre+subject")   # 中医的力量…，其中已经参加…机构的达到9万人; 受训练的工人…，其中完成培养计划的将达28万人
                achieved = _rx(r"(?:多|余)?[^，。；]{0,12}?实现了?([" + _CJK + r"]{2,6})$").match(text[v.end:stop].rstrip("，。；"))
                if achieved and out[i].rule in ("subject", "previous") and out[i].name and _rx(r"[万亿]?人").fullmatch(v.unit or "") \
                        and achieved.group(1) not in out[i].name:
                    out[i] = Named("实现" + achieved.group(1) + "的" + out[i].name, out[i].rule + "+deed")   # 先后有1800多万人…实现了再就业
                rate_word = _rx(r"^[，、\s]*(增幅|增速|涨幅|降幅|增长速度)(?=比|较|同比|[回下上提放加减])").match(own)
                if rate_word and out[i].rule in ("subject", "previous") and out[i].name and not out[i].name.endswith(rate_word.group(1)):
                    out[i] = Named(out[i].name + rate_word.group(1), out[i].rule)   # …投资增长25.8%，增幅比一季度回落: its growth
                consumed = v.end + (text[v.end:stop].find(post) + len(post)
                                    if post and out[i].rule in ("post", "pre+post") else 0)
            else:
                consumed = v.end
            belongs = _rx(r"(?:其中)?(?:属于|归)([" + _CJK + r"]{1,12}?)(?:的|管理的|所属的)(?:是|有|为|共有)\s*$").search(
                text[prev_end:v.start])
            if whole and belongs:                  # 在工业建设项目中，属于中央各部的是567个 -> 中央各部工业建设项目
                total = _rx(r"(?:总数|总额|总量|合计|总计)$").search(whole)   # (在…的支出总数中，属于基本建设投资的是…: a kind of it, named alone)
                out[i] = Named(belongs.group(1) if total else belongs.group(1) + whole, "part+whole")
            elif whole and _rx(r"占\s*$").search(text[prev_end:v.start]) and out[i].name and "占" not in out[i].name:
                out[i] = Named(out[i].name + "占" + whole + "比重", out[i].rule + "+whole")
            elif whole and _rx(r"(?:(?:所)?占|^[^占]{2,}?)(?:的)?比重$").search(out[i].name) and whole not in out[i].name:   # 在工农业总产值中，轻工业所占比重
                out[i] = Named(_rx(r"(?:(?:所)?占)?(?:的)?比重$").sub("占" + whole + "比重", out[i].name), out[i].rule + "+whole")   # …中，国营商业的比重将上升到…
            elif whole and v.unit == "%" and out[i].rule == "pre" and out[i].name and not _rx(r"占|比重|比例|率|增|降|幅").search(out[i].name) \
                    and _rx(r"(?:达到?|为|是|有)\s*$").search(text[prev_end:v.start]) and (out[i].name[-1] == whole[-1] or out[i].name[-1] in "生员户厂"):
                out[i] = Named(out[i].name + "占" + whole + "比重", out[i].rule + "+whole")   # 高中阶段学生中，职业学校在校生达到56.8％
            if measure_topic and out[i].rule == "pre" and 1 <= len(out[i].name) <= 6 and not _MEASURE_HEAD.search(out[i].name) \
                    and not out[i].name.endswith("量") \
                    and not (_rx(r"(?:率|比重)$").search(measure_topic) and v.unit not in ("%", "‰", "百分点")):   # (发电量 is measured already; 人民币汇率稳定，国家外汇储备…亿美元: no rate of the money)
                head_m = _MEASURE_HEAD.search(measure_topic)
                whole_of = measure_topic[:head_m.start()].rstrip("总的") if head_m else ""
                if whole_of and any(out[i].name[k:k + 2] in whole_of for k in range(len(out[i].name) - 1)):
                    out[i] = Named(out[i].name + head_m.group(), "pre+topic")   # 工业农业总产值…，其中：现代工业 -> 现代工业产值
                elif _GENERIC.match(out[i].name):
                    out[i] = Named(measure_topic + out[i].name, "pre+topic")   # 外商直接投资保持增长势头，实际到位…
                else:
                    out[i] = Named(out[i].name + measure_topic, "pre+topic")   # 普通中学 + 在校学生人数
            listed = _LISTED_ITEM.fullmatch(out[i].name) if out[i].rule == "pre" else None
            if listed and _MEASURE_HEAD.search(listed.group(1)):   # 新增加的主要生产能力有煤炭2714万吨，石油1491万吨
                head = _rx(r"新增加").sub("新增", _rx(r"的|主要|重要").sub("", listed.group(1)))
                out[i], colon_topic = Named(listed.group(2) + head, "pre+topic"), head
            elif colon_topic.startswith("新增") and out[i].rule == "pre" and _rx(r"(?:容量|能力)$").search(out[i].name) \
                    and not _rx(r"^(?:新增|新建|增加)").match(out[i].name) and len(out[i].name) <= 10:
                out[i] = Named("新增" + out[i].name, "pre+topic")   # …主要生产能力有煤炭…，发电机组容量1184万千瓦
            elif colon_topic and out[i].rule == "pre" and len(colon_topic) <= 4 and _rx(r"^(?:(?:全部)?建成(?:投产)?)?后?新?增加?的").match(out[i].name):
                out[i] = Named(colon_topic + _rx(r"^(?:(?:全部)?建成(?:投产)?)?后").sub("", out[i].name), "pre+topic")   # 铁：全部建成后增加的年产能力
            elif colon_topic and out[i].rule in ("pre", "post") and 1 <= len(out[i].name) <= 4 \
                    and not (_MEASURE_HEAD.search(out[i].name) and len(out[i].name) >= 3):   # (（一）工业支出为…: named already)
                out[i] = Named(out[i].name + colon_topic, out[i].rule + "+topic")   # 糖 + 新增加的生产能力
            elif colon_topic and out[i].rule == "pre" and len(out[i].name) <= 12 and _MEASURE_HEAD.search(colon_topic) \
                    and not _MEASURE_HEAD.search(out[i].name) and _rx(r"(?:煤矿|矿|矿务局|厂|公司|企业|电站|油田|基地|港口|港)$").search(out[i].name):
                out[i] = Named(out[i].name + _MEASURE_HEAD.search(colon_topic).group() if len(colon_topic) > 6 else out[i].name + colon_topic,
                               out[i].rule + "+topic")   # …年产能力如下：抚顺矿务局所属煤矿为九百三十万吨
            if out[i].name.endswith("类") and 2 <= len(out[i].name) <= 8 and _COUNT_WORD.match(v.unit or "") and counted.get(v.unit):
                out[i] = Named(out[i].name + counted[v.unit], out[i].rule + "+counted")   # 重点项目105个，其中，工业类3个、…民生社会事业类46个
            if _PART_OF_YEAR.fullmatch(out[i].name) and prev_name_sentence:   # 工业总产值第一季度下降0.2％，第二季度增长1.7％
                out[i] = Named(_PART_OF_YEAR_END.sub("", prev_name_sentence) or prev_name_sentence, "previous")
            elif _PART_OF_YEAR_END.search(out[i].name) and len(_PART_OF_YEAR_END.sub("", out[i].name)) >= 2:
                out[i] = Named(_PART_OF_YEAR_END.sub("", out[i].name), out[i].rule)
            counted_after = _rx(r"([" + _CJK + r"]{1,3})(?=[，。；、])").match(text[v.end:])
            if out[i].name in ("生产", "产", "增产") and counted_after and not clause_subject:
                out[i] = Named(counted_after.group(1) + "产量", "post")   # 要生产一千八百万吨钢，这是…
            elif _rx(r"(?:可以?|能够?|将|要)?(?:降|升|下调|上调|降低|提高|调整)").fullmatch(out[i].name) and _rx(
                    r"(?:下调|上调|降低|提高|调整|调低|调高)([" + _CJK + r"]{2,24}?)[，,]\s*[" + _CJK + r"]{0,4}$").search(text[:cs]):
                adjusted = _rx(r"(?:下调|上调|降低|提高|调整|调低|调高)([" + _CJK + r"]{2,24}?)[，,]\s*[" + _CJK + r"]{0,4}$").search(text[:cs])
                out[i] = Named(adjusted.group(1), "previous")   # 下调城镇职工基本养老保险单位缴费比例，各地可降至16%
            elif _rx(r"(?:每年)?(?:可以?|能够?)[" + _CJK + r"]{1,3}").fullmatch(out[i].name) and last_topic \
                    and not last_topic.startswith(out[i].name) and len(last_topic) <= 12 \
                    and pos_tokens(out[i].name)[0][0] in ("每年", "可", "可以", "能", "能够"):   # (能耗强度 is a noun)
                out[i] = Named(last_topic + out[i].name, "subject")   # 官厅水库，可蓄水二十三亿立方公尺
            elif out[i].rule == "pre" and _PEOPLE_UNIT.fullmatch(v.unit or "") and _works_of(last_topic) \
                    and _rx(r"\s*(?:惠及|受益)(?:了)?[" + _CJK + r"]{1,8}?(?:近|约|超|逾)?\s*").fullmatch(text[cs:v.start]):
                out[i] = Named(_works_of(last_topic) + "惠及" + out[i].name, "subject+benefit")   # 推进城镇老旧小区改造，…，惠及居民2.3万户
            elif _DEED_ONLY.fullmatch(out[i].name) and last_topic and _WORKS_UNIT.fullmatch(v.unit or "") \
                    and 2 <= len(_works_of(last_topic)) <= 12:
                works, deed = _works_of(last_topic), _rx(r"^(?:今年|年内|全年)").sub("", out[i].name)
                deed = "" if works.endswith(_rx(r"^完成").sub("", deed)) else deed   # 推进城镇老旧小区改造，完成改造120个: said once
                out[i] = Named(works + deed, "subject")   # 加大保障性安居工程建设力度，今年新开工700万套
            elif _BARE_VERB.fullmatch(out[i].name) and clause_subject and clause_subject != out[i].name:
                thing = _rx(r"^(?:如|例如|比如|譬如)").sub("", clause_subject)   # 如发电设备，…将生产三百万千瓦
                verb = out[i].name
                out[i] = Named(thing + ("产量" if verb in ("生产", "产") and not _rx(r"[量值]$").search(thing) else
                                        verb if verb in ("筹资", "融资", "征收") else ""), "subject")
            aspect = _rx(r"(?:重点|主要方面|中心)(?:是|为|在于)([" + _CJK + r"、和]{2,12})[，,]\s*$").search(text[:cs])
            if aspect and _rx(r"(?:这|这些|此)(?:方面|领域)的").search(text[cs:v.start]) and out[i].name and not out[i].name.startswith(aspect.group(1)):
                out[i] = Named(aspect.group(1).replace("、", "") + out[i].name, out[i].rule + "+aspect")   # 投资的重点是能源、交通建设，这方面的投资占…
            elif not aspect and said_before and _rx(r"(?:这|此)方面的").search(text[cs:v.start]) and out[i].name:
                field = _rx(r"^(?:用于|投入|投向)?(.{2,20}?)的?(?:资金|投资|支出|经费|投入)$").match(said_before)
                if field and not out[i].name.startswith(field.group(1)):   # 用于现有企业设备更新、技术改造的资金为…。…这方面的投资占…
                    out[i] = Named(field.group(1) + out[i].name, out[i].rule + "+aspect")
            this_item = _rx(r"^(.{0,8}?)(?:此项|这项|该项)([" + _CJK + r"]{2,6})$").match(out[i].name)
            if this_item and last_topic:           # …国家奖学金助学金制度，中央财政此项支出从2006年20.5亿元…
                item = _rx(r"^(?:建立健全|建立|健全|完善|实施|推行|设立|实行|落实)+").sub("", last_topic)
                item = _rx(r"(?:制度|政策|体系|机制|工程|计划)$").sub("", item)
                if len(item) > 8:                  # the head of a long list of schools: 国家奖学金助学金
                    kept = ""
                    for w, _f in reversed(pos_tokens(item)):
                        if len(kept) + len(w) > 8:
                            break
                        kept = w + kept
                    item = kept
                if len(item) >= 2:
                    out[i] = Named(this_item.group(1) + item + this_item.group(2), out[i].rule + "+item")
            its = _rx(r"^(?:它的|它们的|其(?!他|它|余|中|次|实))").match(out[i].name) or (
                _rx(r"(?:^|[，、])(?:它的|它们的)\s*[" + _CJK + r"]").search(text[cs:v.start]) and not out[i].name.startswith(last_topic[:2] or "\0"))
            cause = _rx(r"(?:由于|因为)?([" + _CJK + r"]{2,8}?)的(?:恢复|发展|生产|建设)").search(text[:cs]) if its else None
            owner = _rx(r"的?(?:恢复|发展|生产|建设)(?:和(?:恢复|发展|生产|建设))*.*$").sub("", last_topic) if last_topic \
                else (cause.group(1) if cause else "")
            if its and 2 <= len(owner) <= 12:     # 现代工业的恢复和发展比较快，它的产值…所占的比重
                out[i] = Named(owner + _rx(r"^(?:它的|它们的|其)").sub("", out[i].name), out[i].rule + "+its")
            if _rx(r"(?:年|每年|月|每月)?(?:人均|每人|户均)").fullmatch(out[i].name) and 2 <= len(outer_subject) <= 24 \
                    and _rx(r"(?:标准|收入|水平|补助|补贴|养老金|工资)$").search(outer_subject):
                out[i] = Named(outer_subject, out[i].rule + "+topic")   # 养老金标准继续提高，年人均提高2556元
            as_m = _rx(r"\s*(?:[（(][^（）()]{0,20}[）)])?\s*作为(?:新的|今后的|新)?([" + _CJK + r"]{2,10}?)(?=[，。；]|$)").match(text[v.end:ce])
            if as_m and _rx(r"(?:将|把)").search(text[cs:v.start]):
                out[i] = Named(as_m.group(1), "post+as")   # 将农民人均纯收入2300元作为新的国家扶贫标准: the line, not the income
            pair = _rx(r"^(城镇|城市|农村|农牧区)(?:年|每年)?(?:人均)?$").fullmatch(out[i].name)
            if pair and outer_subject.startswith("城乡") and len(outer_subject) > 3:   # 城乡低保标准…，城镇年人均提高600元
                whole_name = _rx(r"(?:逐年|不断|继续|进一步|稳步)$").sub("", outer_subject[2:])
                out[i] = Named(pair.group(1) + whole_name, out[i].rule + "+pair")
            flow_said = _rx(r"^[" + _CJK + r"]{2,12}?(?:工程|改造|棚改|住房|保障房)(?=(?:新增|新建|新开工)$)").sub("", prev_name_sentence)   # (保障性安居工程新开工: the flow of the works)
            flow_before = _rx(r"^(?:新增|净增|新建|新开工|新引进|引进)").match(flow_said)
            bare_flow = bool(_rx(r"(?:新增|净增|新建|新开工|新引进|引进)").fullmatch(flow_said))   # 今年新开工700万套，其中各类棚户区470万套
            if flow_before and _rx(r"^[，、\s]*其中").match(text[prev_end:v.start]) and out[i].name \
                    and (out[i].name.endswith(prev_name_sentence[-2:]) or bare_flow) and len(out[i].name) <= 12 \
                    and not _rx(r"^(?:新增|净增|新建|新开工|新引进|引进)").match(out[i].name):
                out[i] = Named(flow_before.group() + out[i].name, out[i].rule + "+flow")   # 新增公路…，其中高速公路4.2万公里
            if _PER_PERSON.search(text[prev_end:v.start]) and out[i].name and not _rx(r"人均|每人|户均|每户|每亩|亩均").search(out[i].name):
                nm_ = out[i].name
                out[i] = Named(nm_[:nm_.rfind("的")] + "人均" + nm_[nm_.rfind("的") + 1:] if "的" in nm_ else "人均" + nm_,
                               out[i].rule + "+per_person")
            if rel_topic and out[i].rule == "post" and 1 <= len(out[i].name) <= 4:
                out[i] = Named(rel_topic + "的" + out[i].name, "rel+post")   # …的，已经有五百零四个县: the counties that did it
            if out[i].rule in ("subject", "none") and v.unit == "%" and i >= 2 and out[i - 1] is not None and out[i - 1].rule == "whole" \
                    and out[i - 2] is not None and out[i - 2].name and _rx(r"[" + _CJK + r"]{0,4}的\s*").fullmatch(text[values[i - 1].end:v.start]):
                out[i] = Named(out[i - 2].name + "占" + out[i - 1].name + "比重", "part+whole")   # …五百零四个县…，占全国一千七百八十六个县的百分之二十八
            named = out[i]
            share = v.kind in ("fraction",) or bool(_rx(r"占|比重|比例").search(text[max(cs, v.start - 8):v.start]))
            subj = own_subject if own_subject and own_subject != named.name else (clause_subject if clause_subject != named.name else "")
            if not own_subject and prev_name and prev_rule.startswith(("post", "pre+post")):
                subj = prev_name                   # 300个市级重大产业项目完成投资1180亿元
            crop = _rx(r"^(.{2,12}?)(?:种植|播种|收获)?面积$").match(prev_own_subject)
            if not own_subject and crop and _rx(r"(?:总)?产量|(?:总)?产值|单产|亩产").fullmatch(named.name):
                subj = crop.group(1)               # 地产蔬菜种植面积达到2万亩，产量达到15万吨
            if not subj and last_topic and _rx(r"(?:财政|人均|每人)?(?:补助|补贴)标准").fullmatch(named.name) \
                    and _rx(r"[，,]\s*$").search(text[:cs]):
                subj = _rx(r"^(?:完善|健全|推进|深化|加强|扩大|巩固|提高|实施|落实)").sub("", last_topic)   # 完善城乡居民基本医保，财政补助标准由每人每年320元…
            if share and not own_subject and named.name.startswith("占") and prev_level_name:
                subj = prev_level_name             # 高速铁路运营里程达1.6万公里，占世界的60%以上
            if not own_subject and named.name.startswith("占") and prev_sentence_rule == "pre" and prev_name_sentence \
                    and _rx(r"^[，、\s]*占").match(text[prev_end:v.start]) and prev_name_sentence != clause_subject:
                subj = prev_name_sentence          # 其中出口额跃居世界第一位，占国际市场份额…: the exports' share
            own_text = text[prev_end:v.start]
            solved = _rx(r"^[^，。；的]{0,3}([" + _CJK + r"]{2,10})的([" + _CJK + r"]{2,8}?(?:困难|问题))").match(text[v.end:ce])
            if solved and named.name.endswith(solved.group(1)) and (_rx(r"(?:解决|帮助解决)了?\s*$").search(own_text) or prev_rule.endswith(
                    "+solved") and _rx(r"[^，。；]*(?:困难|问题)[和、及与]\s*").fullmatch(own_text)):
                named = out[i] = Named("解决" + solved.group(2) + "的" + named.name, named.rule + "+solved")   # 解决了6398万农村人口的饮水困难
            elif _rx(r"(?:解决|帮助解决)了?\s*$").search(own_text) and _rx(r"[万亿]?(?:人|户)?").fullmatch(v.unit or ""):
                whose = _rx(r"([" + _CJK + r"]{0,6}(?:人口|农民|居民|群众|职工|农户|家庭)|)([" + _CJK + r"和、]{2,16}(?:困难|问题))").fullmatch(named.name)
                if whose:                          # 再解决6000万农村人口饮水安全问题: the people whose problem is solved
                    named = out[i] = Named("解决" + whose.group(2) + "的" + (whose.group(1) or "人口"), named.rule + "+solved")
            if named.rule == "pre" and own_text.rstrip().endswith("的") and prev_level_name and v.unit and v.unit == prev_unit \
                    and named.name and pos_tokens(named.name)[-1][1].startswith("v") and not _post_noun(text, v.end, ce, v.unit):
                head = prev_level_name[prev_level_name.rfind("的") + 1:]
                if 2 <= len(head) <= 12 and head != named.name:
                    named = out[i] = Named(named.name + head, "pre+counted")   # 案件…共有十三万件，已经结案处理的四万件
            if prev_name_sentence and prev_name_sentence != named.name and _rx(r"占|比例|比重|份额").search(prev_name_sentence) and _rx(
                    r"[，、\s]*(?:仍然|仍|还|也)?(?:小于|大于|低于|高于|不及|不如|超过)[^，。；]{0,12}?(?:所占的?|占的?)(?:比例|比重|份额)\s*").fullmatch(own_text):
                named = out[i] = Named(prev_name_sentence, "previous")   # …所占的比例仍将不超过12％，小于1952年所占的比例13.2％
            if prev_level_name and named.name != prev_level_name and prev_level_name.startswith(named.name) \
                    and (v.unit or "")[-1:] == prev_unit[-1:] and _rx(r"[，、\s]*(?:比|较)").match(text[prev_end:v.start]) \
                    and _rx(r"(?:增加|减少|增长|下降|提高|降低|多|少)?了?").fullmatch(clean_prefix(text[prev_end:v.start])):
                named = out[i] = Named(prev_level_name, "previous")   # 2007年参保人数突破2亿人，比2002年增加5400多万人
            if not subj and last_topic and last_topic != named.name and _rx(r"(?:新增)?(?:参保人数|参保率|覆盖人数|覆盖率|受益人数)").fullmatch(named.name):
                subj = last_topic                  # 城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人
            elif not subj and named.name in ("覆盖面", "覆盖率", "参保率") and _rx(r"(?:开展|实施|推行|启动|推开).{2,20}?的[" + _CJK + r"]{1,3}").fullmatch(sentence_subject):
                subj = sentence_subject            # N个县开展新农保试点，…，覆盖面扩大到60％以上: the scheme's (see complete)
            school = _rx(r"^(.{1,10}?(?:学校|大学|学院|中学|小学|高校|院校))(?:新招生|招生|毕业学生|毕业生|在校学生|在校生)").match(prev_level_name or "")
            if school and _rx(r"新招生|招生|毕业学生|毕业生|毕业|在校学生|在校生").fullmatch(named.name) and not own_subject.startswith(school.group(1)[:2]):
                named = out[i] = Named(school.group(1) + named.name + ("生" if named.name == "毕业" else ""), named.rule + "+owner")   # 中等专业学校新招生44.4万人，毕业学生17.9万人; 小学校…，毕业1，380万人
            enrolled = _rx(r"(?:在学|在校)?(?:学生)?(?:人数|学生数|学生)$").search(prev_level_name) if prev_level_name else None
            if enrolled and _rx(r"(?:毛)?入学率|普及率|升学率|巩固率").fullmatch(named.name) and len(prev_level_name) - len(enrolled.group()) >= 2:
                named = out[i] = Named(prev_level_name[:enrolled.start()] + named.name, named.rule + "+owner")   # 高等教育在学人数…，毛入学率提高到22％
            nm, done = complete(named.name, subj if named.rule != "subject" else "", share)
            if done:
                out[i] = Named(nm, named.rule + "+subject")
            elif sector and own_subject in ("", named.name) and _SECTOR_MEASURE.fullmatch(named.name):
                out[i] = Named(sector + named.name, named.rule + "+sector")
            qual_after = _QUAL_START.match(text[v.end:ce])
            consumed = max(consumed, v.end + (qual_after.end() if qual_after else 0))   # 5%以上、…: 以上 is the number's
            prev_end, prev_name, prev_lead, prev_rule = consumed, out[i].name, lead, out[i].rule
            prev_unit_clause = v.unit
            prev_sentence_rule = out[i].rule if out[i].name else prev_sentence_rule
            prev_name_sentence = out[i].name or prev_name_sentence
            if out[i].rule in ("post", "pre+post") and v.unit and v.unit not in counted and post:
                counted[v.unit] = _rx(r"[中里内]$").sub("", post)
            elif out[i].rule == "pre" and _COUNT_WORD.match(v.unit or "") and v.unit not in counted and 2 <= len(out[i].name) <= 14 \
                    and pos_tokens(out[i].name)[-1][1].startswith("n"):
                counted[v.unit] = out[i].name[out[i].name.rfind("的") + 1:]   # 建设单位共有964个，其中本年开始建设的271个
            if out[i].name and v.kind not in ("rank", "fraction", "structure") and v.unit not in ("%", "百分点") \
                    and not _rx(r"占|比重|比例|排名").search(out[i].name):
                prev_level_name, prev_level_rule, prev_unit = out[i].name, out[i].rule, v.unit or ""
        prev_own_subject = own_subject
        kind = _rx(r"^(?:以上|以下|左右|多|余)?(?:、[^，。；]{1,16})?等([" + _CJK + r"]{2,8})\s*$").match(text[in_clause[-1].end:ce])
        items = [index[id(v)] for v in in_clause]
        if kind and len(items) >= 2 and all(out[j] is not None and out[j].rule == "pre" and 1 <= len(out[j].name) <= 6 for j in items) \
                and all(_rx(r"[、和及]").match(text[a.end:b.start]) for a, b in zip(in_clause, in_clause[1:])):
            deed_m = _rx(r"(?:今年|全年|要|将|再|还要)*(淘汰|压减|化解|退出|关停|削减|新增|建成|完成)").search(text[cs:in_clause[0].start])
            for j in items:                          # 今年要淘汰钢铁2700万吨、水泥4200万吨…等落后产能
                deed_w = deed_m.group(1) if deed_m else ""
                item = out[j].name[len(deed_w):] if deed_w and out[j].name.startswith(deed_w) else out[j].name
                out[j] = Named(item + deed_w + kind.group(1), "pre+kind")   # as 煤炭…分别淘汰落后生产能力
        deed_first = _LIST_DEED.match(out[items[0]].name) if out[items[0]] is not None else None
        for a, b in zip(in_clause, in_clause[1:]) if deed_first else ():
            j, gap = index[id(b)], text[a.end:b.start]
            nm_b = out[j].name if out[j] is not None else ""
            if not nm_b or not out[j].rule.startswith("pre") or nm_b not in gap or nm_b.startswith(deed_first.group(1)) \
                    or not _rx(r"(?:以上|左右|多|余)?[、和及与][" + _CJK + r"“”]{1,14}").fullmatch(gap):
                break                                # 淘汰落后的炼钢产能1691万吨、炼铁产能2113万吨: 淘汰 governs each item
            out[j] = Named(deed_first.group(1) + ("落后" if deed_first.group(2) and not nm_b.startswith("落后") else "") + nm_b,
                           out[j].rule + "+deed")
        prev_clause_names = [out[index[id(v)]].name for v in in_clause if out[index[id(v)]].name]
        if len(prev_clause_names) < 2:          # names of the values of the clauses before (one each)
            prev_clause_names = (prev_singles + prev_clause_names)[-4:]
        prev_singles = prev_clause_names
        if not sentence_subject:
            sentence_subject = own_subject or next(
                (out[index[id(v)]].name for v in in_clause if out[index[id(v)]].rule.startswith(("pre", "post"))
                 and out[index[id(v)]].name), "")
    for ci, (cs, ce) in enumerate(clauses[:-1]):
        in_clause = [v for v in values if cs <= v.start < ce]
        ns, ne = clauses[ci + 1]
        use = _USE.match(text[ns:ne])
        if not in_clause or not use or any(ns <= v.start < ne for v in values):
            continue
        last = index[id(in_clause[-1])]
        if out[last] is not None and in_clause[-1].unit.endswith("元") and \
                (not out[last].name or out[last].rule in ("subject", "pre") and (
                    len(out[last].name) <= 6 or _rx(r"(?:拿出|安排|投入|拨出|筹集|筹措|下达)$").search(out[last].name))):
            thing = _strip(use.group(1)) + ("补贴" if "补贴" in use.group() else "")   # 直接补贴种粮农民
            if 2 <= len(thing) <= 24:
                if not _rx(r"(?:资金|支付|补贴|补助|经费|投入|支出|投资|基金|贷款|奖励|保险|救助|津贴|费用|费)$").search(thing):
                    thing += "资金"                  # …投入90亿元，用于农村寄宿制学校建设工程; 安排51亿元，用于支持地方加强公共卫生服务: the money, not the works
                out[last] = Named(thing, "use")      # 中央财政还将安排150亿元，增加对产粮大县和财政困难县的转移支付
    for i, v in enumerate(values):
        if out[i] is None or not _BARE_MONEY.fullmatch(out[i].name) or not (v.unit or "").endswith("元"):
            continue
        deed = _MONEY_DEED.match(text[v.end:])
        if deed:                                   # 投资1亿元，启动实施黑羊站水厂改扩建工程; 投资4360万元，对城区雨水管网进行…
            work = _rx(r"[^，。；：]*").match(text[v.end + deed.end():]).group()
            work = _rx(r"进行.*$").sub("", work) if deed.group().endswith("对") else work
            if work.startswith("的"):
                continue                           # 投资3700万元，集中改造的11条背街巷道: not the work itself
            work = _rx(r"[\d.]+").sub("", _AMOUNT.sub("", work))
            work = _rx(r"^[" + _CJK + r"]{1,3}的").sub("", work).strip("、和及与 ")   # 5个村的饮水安全工程
            if len(work) > 24 and "、" in work and _rx(r"等[" + _CJK + r"]{2,4}$").search(work):
                work = work.split("、")[0] + _rx(r"等[" + _CJK + r"]{2,4}$").search(work).group()   # 雨水管网及泵站改造、…等项目
            if 2 <= len(work) <= 24 and not _rx(r"\d").search(work):
                money = "资金" if out[i].name.endswith("资金") else "投资"
                out[i] = Named(work + money, out[i].rule + "+work")
    renamed: dict[str, str] = {}
    for i, v in enumerate(values):
        payer = _PAYER.fullmatch(out[i].name) if out[i] is not None else None
        if payer and out[i].name in renamed and (v.unit in ("%", "倍") or _rx(r"[，,]?\s*(?:比|较)(?:上年|去年|上一年)(?:增加|减少|多|少)了?\s*$").fullmatch(
                text[max((a for a, _b in clauses if a <= v.start), default=0):v.start])):   # …安排资金130亿元，比上年增加90亿元: the same money
            out[i] = Named(renamed[out[i].name], out[i].rule + "+purpose")   # …支出700亿元，比上年增长19.9%
            continue
        if not payer or not (v.unit or "").endswith("元"):
            continue
        ci = next(k for k, (a, b) in enumerate(clauses) if a <= v.start < b)
        purpose = ""
        for ns, ne in clauses[ci + 1:ci + 3]:      # 中央财政将安排832亿元，比上年增加167亿元，支持卫生事业改革和发展
            use = _PAYER_USE.match(text[ns:ne])
            if use:
                purpose = _rx(r"[\d.]+.*$").sub("", use.group(1))
                break
            if not _COMPARISON_ONLY.match(text[ns:ne]) or not any(ns <= w.start < ne for w in values):
                break
        aim = _PAYER_AIM.match(text)
        if not purpose and aim and aim.end() <= clauses[ci][0] + 1:
            purpose = aim.group(1)                 # 为加快社会保障体系建设，今年中央财政将安排2762亿元
        whole = _rx(r"([" + _CJK + r"]{2,10}?(?:支出|投入))[，,]\s*其中[" + _CJK + r"]{0,10}$").search(text[:v.start])
        if not whole and ci > 0:                   # 各级政府要进一步增加社会保障投入，中央财政拟安排3185亿元
            whole = _rx(r"(?:增加|加大)([" + _CJK + r"]{2,10}?(?:支出|投入))\s*$").search(text[clauses[ci - 1][0]:clauses[ci - 1][1]].rstrip("，, ")) or \
                _rx(r"(?:增加|加大)对([" + _CJK + r"、和]{2,24}?)的(?:支出|投入)\s*$").search(text[clauses[ci - 1][0]:clauses[ci - 1][1]].rstrip("，, "))   # 加大对科技、教育…事业的投入，全国财政支出…
        if not purpose and whole:                  # 大幅度增加全国教育支出，其中中央财政支出1981亿元
            purpose = _rx(r"^(?:大幅度|大力|继续|进一步)?(?:增加|加大|提高)?(?:全国|全省|全市|全区|各级财政)?").sub("", whole.group(1))
        if not purpose and ci > 0 and text[clauses[ci][0]:v.start].lstrip().startswith(payer.group(1)):
            said = text[clauses[ci - 1][0]:clauses[ci - 1][1]].strip("，, ")
            topic = _PAYER_TOPIC.match(said) if not _rx(r"\d").search(said) else None
            if topic:                              # 农机具购置补贴覆盖到…，中央财政拟安排资金130亿元; 继续实施…危房改造，中央财政将投入60亿元
                purpose = topic.group(1) or topic.group(2) or topic.group(3)
        purpose = _rx(r"^(?:支持|扶持|资助|保证|保障|满足)(?=[" + _CJK + r"]{4})").sub("", purpose.strip("、 "))   # 用于支持就业再就业: 就业再就业
        purpose = _rx(r"(?<=[" + _CJK + r"]{4})的?(?:需要|要求)$").sub("", purpose)   # 为保证基层政权正常运转和农村义务教育的需要
        if 2 <= len(purpose) <= 20 and not purpose.startswith(payer.group(1)) and not _rx(r"这|那|该|此").search(purpose):   # (支援这些地区: said before)
            said_as = _rx(r"支出|投入").search(out[i].name)   # (全国财政支出: spending)
            tail = "" if _rx(r"(?:支出|投入|资金|补贴|经费|补助)$").search(purpose) else payer.group(2) or (said_as.group() if said_as else "资金")
            renamed[out[i].name] = payer.group(1) + purpose + tail
            out[i] = Named(payer.group(1) + purpose + tail, out[i].rule + "+purpose")
    for i, o in enumerate(out):                    # 外贸出口从7月份开始大幅度回升，全年达到…: when it turned is no name
        since = _rx(r"(?<=..)从[\d一二三四五六七八九十]{1,2}月份?(?:开始|起)[" + _CJK + r"]{0,10}$").search(o.name) if o is not None else None
        if since:
            out[i] = Named(o.name[:since.start()], o.rule)
        elif o is not None and _rx(r"(?<=[" + _CJK + r"]{2})(?:就业|入学|参保|升学|就业登记)率$").search(o.name) \
                and _rx(r"[万亿]?(?:人|名|人次)").fullmatch(values[i].unit or ""):
            out[i] = Named(o.name[:-1] + "人数", o.rule)   # 毕业生就业率…，比上年增加60万人: the people, not the rate
        elif o is not None and o.name in ("增产", "减产") and any(p is not None and p.name.endswith("产量") for p in out[i + 1:]):
            later = next(p for p in out[i + 1:] if p is not None and p.name.endswith("产量"))
            out[i] = Named(later.name, o.rule + "+later")   # 在一九五八年增产三千八百亿斤的基础上，再使粮食产量增加…: the same output
        elif o is not None and _CAPACITY_UNIT.fullmatch(values[i].unit or "") \
                and _rx(r"(?:.{2,30}的)?(?:建成投产|投产|建成|新建|续建|新增|开工|继续建设)+").fullmatch(o.name):
            capacity = "装机容量" if values[i].unit.endswith(("千瓦", "兆瓦")) else "生产能力"
            deed = _rx(r"^(.{2,30}的)").match(o.name)
            out[i] = Named(deed.group(1) + capacity if deed else o.name + capacity, o.rule)   # 计划在一九八五年底前建成投产一千二百九十万千瓦: power capacity
    _balance_of_named_kind(text, values, out)
    _investment_of_project(text, values, out)
    _same_thing_of_another_time(values, out)
    _shares_of_a_whole_said_first(text, values, out)
    _plan_is_no_name(values, out)
    _share_of_a_stated_whole(text, values, out)
    _share_in_a_noted_whole(text, values, out)
    _places_that_did(text, values, out)
    _topic_said_first(text, values, out)
    _share_of_the_whole_said_before(values, out, said_before)
    _target_of_the_topic(text, values, out)
    _placed_part_of_counted(text, values, out)
    _capacities_listed(text, values, out)
    _works_of_one_object(text, values, out)
    _outputs(text, clauses, values, out)
    _network_head_of_the_next(text, values, out)
    _shares_of_the_amount_before(text, values, out)
    _share_of_the_part_just_counted(text, values, out)
    _people_of_a_deed(text, values, out)
    _name_the_unnamed(text, values, out, said_before)
    _generic_of_the_topic(values, out, said_before)
    _owner_of_firm_measures(values, out, said_before)
    _stock_after_a_flow(text, clauses, values, out)
    _flow_over_a_list(text, clauses, values, out)
    _classes_of_the_whole(text, values, out)
    _coverage_of_a_programme(text, clauses, values, out)
    _same_measure_said_again(values, out)
    _people_of_the_schools(values, out)
    _what_a_programme_reached(text, values, out)
    _growth_of_the_economy(text, values, out)
    _other_side_of_a_pair(values, out)
    _people_of_a_place(values, out)
    _bare_deed_of_the_thing_before(text, values, out)
    _total_with_the_added(text, clauses, values, out)
    for i in range(1, len(out)):                  # 将农民人均纯收入2300元作为新的国家扶贫标准，比2009年提高92％: the line's growth
        if out[i] is not None and out[i].rule == "subject" and out[i - 1] is not None and out[i - 1].rule == "post+as" \
                and values[i].unit in ("%", "倍"):
            out[i] = Named(out[i - 1].name, "previous")
        elif out[i] is not None and values[i].unit in ("%", "比值") and _rx(r"(?:用于|投向|投入)[" + _CJK + r"“”]{2,16}").fullmatch(out[i].name) \
                and out[i - 1] is not None and out[i - 1].name:
            out[i] = Named(out[i - 1].name + out[i].name + "比重", "previous+use")   # 补助标准再增加40元，一半用于大病保险: the part of that money
    for i, nm in enumerate(out):                   # 加大教育投入，投资3.1亿元: the money of the topic, said once
        if nm is not None and _rx(r"[" + _CJK + r"]{2}(?:投入|投资|支出)投资").fullmatch(nm.name):
            out[i] = Named(nm.name[:-2], nm.rule)
        elif nm is not None and _rx(r"[" + _CJK + r"“”]{2,}[，；]").match(nm.name):
            nm = out[i] = Named(_rx(r"[，；]").split(nm.name)[0], nm.rule)   # 限额以上的单位，包括…: a name is one clause
        used = _rx(r"(?:以上|左右)?(?:用于|投向)(?:支持)?([" + _CJK + r"“”]{2,16}?)(?=[，。；]|$)").match(text, values[i].end) \
            if nm is not None and nm.name and values[i].unit == "%" and not _rx(r"占|比重|比例|份额").search(nm.name) else None
        if used:                                   # 转移支付累计4.25万亿元，87%用于支持中西部地区: the share of it used so
            nm = out[i] = Named(nm.name + "用于" + used.group(1) + "比重", nm.rule + "+use")
        source = _rx(r"(?:[" + _CJK + r"]{0,4}从)?([" + _CJK + r"]{2,14}?)中(?:拿出|安排|调入|划出|提取|动用|列支)").fullmatch(nm.name) if nm is not None else None
        if source and (values[i].unit or "").endswith("元"):
            out[i] = Named(source.group(1), out[i].rule + "+source")   # 从失业保险基金结余中拿出1000亿元 (no use said after it): money of that source
    return [o if o is not None else Named("", "none") for o in out]


@lru_cache(maxsize=None)   # (one entry per list: with maxsize=1 two lists asked in turn reloaded the file each time)
def _matching_words(key: str) -> tuple[str, ...]:
    """A word list of ``data/indicator_matching.yaml``, longest first."""
    text = resources.files("govreport").joinpath("data/indicator_matching.yaml").read_text("utf-8")
    words = (yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}).get(key) or []
    return tuple(sorted(map(str, words), key=len, reverse=True))


def _era_words() -> frozenset[str]:
    return frozenset(_matching_words("era_words"))


def _same_thing_of_another_time(values: list, out: list) -> None:
    """而旧中国从1912年到1947年，三十六年合计不过二十一万多人: an era alone is no name; the value counts what the one before did."""
    for i, v in enumerate(values):
        if out[i] is None or out[i].name not in _era_words():
            continue
        earlier = [out[j].name for j in range(i) if out[j] is not None and out[j].name and out[j].name not in _era_words()
                   and values[j].unit == v.unit]
        if earlier:
            out[i] = Named(earlier[-1], out[i].rule + "+same")


_SIDES = re.compile(r"(城镇|城市|农村|乡村|农民)")


def _other_side_of_a_pair(values: list, out: list) -> None:
    """城镇人均居住面积增加到8.7平方米，农村增加到22平方米: the other side of the pair just named."""
    for i, v in enumerate(values):
        side = out[i].name if out[i] is not None else ""
        if not _SIDES.fullmatch(side):
            continue
        before = [out[j].name for j in range(i) if out[j] is not None and values[j].unit == v.unit]
        first = _SIDES.match(before[-1]) if before else None
        if first and first.group() != side and len(before[-1]) > len(first.group()) + 1:
            rest = before[-1][first.end():]
            if side == "农民" and rest.startswith("居民"):
                rest = rest[2:]                    # 城镇居民人均收入…，农民… -> 农民人均收入
            out[i] = Named(side + rest, out[i].rule + "+pair")


def _people_of_a_place(values: list, out: list) -> None:
    """城市、集镇和工矿区共有九千多万人: people counted under a place's name are its population."""
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if _rx(r"[万亿]?人").fullmatch(v.unit or "") and _rx(r"[" + _CJK + r"、和]{0,20}(?:城市|城镇|农村|乡村|集镇|地区|工矿区|山区|牧区|库区|灾区)").fullmatch(nm):
            out[i] = Named(nm + "人口", out[i].rule + "+people")


_STAGE = re.compile(r"在建|建成|新建|续建|开工|新开工|竣工|完工|投运|投产|开通")
_REACH = re.compile(r"惠及|覆盖|受益")


def _bare_deed_of_the_thing_before(text: str, values: list, out: list) -> None:
    """A name that is only a deed: 建成过江通道4座、在建8座 (the same works), 建立…“两项补贴”制度，惠及2100多万人
    (the people the policy of the clause before reaches)."""
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if _STAGE.fullmatch(nm) and i and out[i - 1] is not None and values[i - 1].unit == v.unit:
            thing = _STAGE.sub("", out[i - 1].name, count=1) if _STAGE.match(out[i - 1].name) else out[i - 1].name
            if len(thing) >= 2:
                out[i] = Named(nm + thing, out[i].rule + "+thing")
        elif _REACH.fullmatch(nm) and _PEOPLE_UNIT.fullmatch(v.unit or ""):
            clause = _rx(r"([^，。；]{4,40})[，,]\s*$").search(text, 0, v.start - len(nm))
            policy = _rx(r"^(?:建立|实施|推行|出台|落实|完善|健全|实行|开展)(?:了|健全)?").sub("", clause.group(1)) if clause else ""
            if 2 <= len(policy) <= 24 and not _rx(r"\d").search(policy):
                out[i] = Named(policy + nm + "人数", out[i].rule + "+policy")


def _target_of_the_topic(text: str, values: list, out: list) -> None:
    """经济增速是综合性指标，今年预期目标设定为6%以上: the target is the topic's."""
    topic = _rx(r"^([" + _CJK + r"]{2,10})(?:是|作为)[^，。；]{2,12}[，,]").match(text)
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if topic and _rx(r"(?:今年|明年|全年)?(?:的)?(?:预期|预计)?目标(?:值)?(?:设定|定为|确定|设为)?").fullmatch(nm):
            out[i] = Named(topic.group(1), out[i].rule + "+topic")


_PLACE = re.compile(r"(?:城市|县|市|省|省份|地区|地市|县市|乡镇|村)")


def _places_that_did(text: str, values: list, out: list) -> None:
    """2300个县（市）已初步建立社会救助体系的基本框架, 在58个城市进行了…的试点: the places that did it."""
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if not _PLACE.fullmatch(nm) or not _COUNT_WORD.match(v.unit or ""):
            continue
        after = _rx(r"^\s*" + re.escape(nm) + r"(?:[（(][^（）()]{1,8}[）)])?([^，。；]{2,24})").match(text[v.end:])
        deed = _rx(r"^(?:都|均|已经|已|初步|先后|相继|基本)+").sub("", after.group(1)) if after else ""
        deed = _rx(r"^(?:进行了?|开展了?|实施了?)").sub("", deed)
        if deed.startswith("的"):                  # 完成5个村的饮水安全工程: the places whose works were done
            done = _rx(r"(完成|建成|实施|新建|改造|启动)了?\s*$").search(text, max(0, v.start - 4), v.start)
            deed = done.group(1) + deed[1:] if done else ""
        if len(deed) >= 4 and _rx(r"[" + _CJK + r"“”]+").fullmatch(deed) and not _LEVEL_CHANGE.match(deed):
            out[i] = Named(deed.replace("的试点", "试点") + nm if deed.endswith("试点") else deed + "的" + nm, out[i].rule + "+deed")


_TOPIC_FIRST = re.compile(r"^\s*(?:对于|对)([" + _CJK + r"]{2,12}?)(?:来说|而言)?[，,]")


def _topic_said_first(text: str, values: list, out: list) -> None:
    """对于少数民族地区，本年预算共支出791，459，000元: the topic said first qualifies what is counted."""
    topic = _TOPIC_FIRST.match(text) if text.lstrip().startswith("对") else None
    if not topic or not all(f[0] in "njs" for _w, f in pos_tokens(topic.group(1))):
        return                                     # (对小微企业实行税收优惠，…: a deed, not a topic)
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if v.start > topic.end() and nm and topic.group(1) not in nm:
            out[i] = Named(topic.group(1) + _rx(r"(?<=[" + _CJK + r"]{2})共(?=[" + _CJK + r"]{2})").sub("", nm), out[i].rule + "+topic")


def _share_in_a_noted_whole(text: str, values: list, out: list) -> None:
    """X的产值，在工业总产值（包括…，不包括…）中所占的比重，已由…: the note splits the clause, the whole stays."""
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        said = _rx(r"在([" + _CJK + r"]{2,12})[（(][^）)]{2,60}[）)]中(?:所)?占的?(比重|比例)[^。；]*$").search(text[:v.start])
        if said and nm and v.unit == "%" and not _rx(r"占|比重|比例|率").search(nm):
            out[i] = Named(nm + "占" + said.group(1) + said.group(2), out[i].rule + "+whole")


def _share_of_the_whole_said_before(values: list, out: list, said_before: str) -> None:
    """现代工业在工农业总产值中所占的比重…，农业和农村副业所占的比重将下降为48.2％: of the same whole."""
    wholes = [said_before] + [o.name if o is not None else "" for o in out]
    for i, v in enumerate(values):
        bare = _rx(r"(.{2,16}?)(?:所)?占的?(比重|比例|份额)").fullmatch(out[i].name if out[i] is not None else "")
        whole = next((m.group(1) for w in reversed(wholes[:i + 1]) if (m := _rx(r".+?占(.{2,16}?)(?:比重|比例|份额)$").match(w))), "") \
            if bare else ""
        if whole:
            out[i] = Named(bare.group(1) + "占" + whole + bare.group(2), out[i].rule + "+whole")


def _share_of_a_stated_whole(text: str, values: list, out: list) -> None:
    """…二亿八千六百七十七万亩粮食耕地，占全国现有十二亿亩粮食耕地的百分之二十四: the part's share of the total just said."""
    for i in range(1, len(values) - 1):
        part, whole, share = out[i - 1], out[i], out[i + 1]
        if whole is None or whole.rule != "whole" or part is None or not part.name or share is None \
                or values[i + 1].unit not in ("%", "比值") or "占" in (share.name or "")[1:] \
                or (values[i - 1].unit or "")[-1:] != (values[i].unit or "")[-1:] \
                or not _rx(r"(?:多|余)?[" + _CJK + r"]{0,8}的").fullmatch(text[values[i].end:values[i + 1].start]):
            continue
        out[i + 1] = Named(part.name + "占" + _rx(r"数$").sub("", whole.name) + "比重", share.rule + "+whole")


def _plan_is_no_name(values: list, out: list) -> None:
    """…总产值只完成年度计划的98.7%，但是还超过了第一个五年计划所规定的一九五七年的指标1.2%: the plan is the base, not the thing."""
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if i and _rx(r"(?:第[一二三四五六七八九十]个五年|年度|原定?)?(?:计划|纲要)(?:所|中)?规定(?:的)?(?:指标)?").fullmatch(nm) and out[i - 1] is not None:
            before = _rx(r"(?<=..)(?:只|仅|已|才)?(?:超额)?完成(?:了)?(?:原定|原|年度|全年|年)?(?:计划|预算)$").sub("", out[i - 1].name)
            if before:
                out[i] = Named(before, out[i].rule + "+previous")


def _placed_part_of_counted(text: str, values: list, out: list) -> None:
    """六百九十四个工业建设单位，分布在内地的将有四百七十二个: the units placed there."""
    names = [o.name if o is not None else "" for o in out]
    for i, v in enumerate(values):
        where = _rx(r"(?:分布在|位于|设在|建在)([" + _CJK + r"]{2,8})").fullmatch(names[i])
        whole = next((names[j] for j in range(i - 1, -1, -1) if values[j].unit == v.unit
                      and names[j] and not _rx(r"分布在|位于|设在|建在").match(names[j])), "") if where else ""
        if whole:
            out[i] = Named(where.group(1) + whole.split("的")[-1], out[i].rule + "+whole")


def _shares_of_a_whole_said_first(text: str, values: list, out: list) -> None:
    """财政支出中的国家机构经费，包括国防费和行政管理费所占的比重，已从…，其中国防费从…: shares of 财政支出."""
    said = _rx(r"^[^。；]*?([" + _CJK + r"]{2,10})中的([" + _CJK + r"]{2,12})[，,][^。；]*?所?占的?比重").match(text)
    if not said or not values or said.end() > values[0].start:
        return
    whole, part = clean_prefix(said.group(1)), said.group(2)
    parts_from = text.find("其中", said.end())
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if v.unit != "%" or not nm or "占" in nm:
            continue
        if nm.endswith("比重") and (parts_from < 0 or v.start < parts_from):
            out[i] = Named(part + "占" + whole + "比重", out[i].rule + "+whole")
        elif 0 <= parts_from < v.start and not _rx(r"比重|比例|率|增|降|幅").search(nm):
            out[i] = Named(nm + "占" + whole + "比重", out[i].rule + "+whole")


# a bare head names nothing alone: the amount belongs to what was named or counted just before it
_GENERIC_HEADS = frozenset("总投资 计划总投资 投资 投资额 销售收入 营业收入 主营业务收入 产值 总产值 年产值 利润 利税 税收 "
                           "建筑面积 占地面积 总面积 总规模 规模 投资总规模 总投资规模 投资规模 总里程 里程 总长度 长度".split())


def _investment_of_project(text: str, values: list, out: list) -> None:
    """A bare head is the amount of what was just named: 打造…的区域物流中心，力争年末，完成投资2.5亿元 (a
    project), 新开工10项国家重点建设工程，总投资800亿元 (things counted), 共建设5100多个项目 (the 国债 said)."""
    for i, v in enumerate(values):
        if out[i] is None or not _rx(r"(?:完成|累计完成)?(?:总)?投资").fullmatch(out[i].name):
            continue
        project = _rx(r"([" + _CJK + r"]{2,12}?(?:中心|园区|项目|工程|基地|产业园|物流园|开发区))[，,][^。；]*$").search(text[:v.start])
        said = _rx(r"[^，。；：]*$").search(text[:project.start(1)]).group() if project else ""
        if project and not _rx(r"[\d一二三四五六七八九十百千万]").search(said + project.group(1)):   # (新开工10项…工程，总投资: counted, named elsewhere)
            out[i] = Named(project.group(1).split("的")[-1] + out[i].name.replace("完成", ""), out[i].rule + "+project")
            continue
        works = _rx(r"(?:元)?[，,]\s*(?:重点|集中|主要)?(?:实施|完成|建设|改造|新建|启动)(?:了)?[^，。；]{0,40}?"
                    r"([" + _CJK + r"]{2,10}(?:工程|项目|改造|建设))(?=[，。；]|$)").match(text, v.end) \
            if v.start <= 2 or text[:v.start].rstrip().endswith(("，", ",")) and not text[:v.start].strip("，, ").endswith("元") else None
        if works and not _rx(r"[、\d]").search(works.group()):   # 投资4.8亿元，实施了拆炉并网工程: the works it paid for (not a list)
            out[i] = Named(works.group(1) + "投资", out[i].rule + "+works")
    for i in range(1, len(values)):               # 新开工10项国家重点建设工程，总投资800亿元: the works counted just before
        prev, gap = out[i - 1], text[values[i - 1].end:values[i].start]
        if out[i] is not None and out[i].name in _GENERIC_HEADS and prev is not None and prev.name \
                and prev.name not in _GENERIC_HEADS and _COUNT_WORD.match(values[i - 1].unit or "") \
                and gap.count("，") + gap.count(",") == 1 and not _rx(r"[。；;]").search(gap):
            out[i] = Named(prev.name + out[i].name, out[i].rule + "+counted")
    funds = [f for f in _matching_words("project_funds") if f in text]
    for i, v in enumerate(values):                 # 两年来…发行2100亿元长期国债，…共建设5100多个项目: the 国债 projects
        if funds and out[i] is not None and out[i].name in ("项目", "建设项目") and _COUNT_WORD.match(v.unit or "") \
                and text.find(funds[0]) < v.start:
            out[i] = Named(funds[0] + out[i].name, out[i].rule + "+funds")


def _people_of_a_deed(text: str, values: list, out: list) -> None:
    """城镇…基本医疗保险参保4.01亿人 -> …参保人数; 全国私营工业有3，000余户转为公私合营 -> 转为公私合营的全国私营工业."""
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if not nm or out[i].rule != "pre":
            continue
        if _rx(r"(?:参保|参合|覆盖|受益)$").search(nm) and len(nm) >= 4 and _rx(r"[万亿]?(?:人|人次)").fullmatch(v.unit or ""):
            out[i] = Named(nm + ("人次" if v.unit.endswith("人次") else "人数"), "pre+head")
            continue
        became = _rx(r"(?:多|余)?(?:转为|转变为|改为|改组为|变为|发展为|升级为)([" + _CJK + r"]{2,8})(?=[，。；]|$)").match(text[v.end:])
        if became and _COUNT_WORD.match(v.unit or "") or became and (v.unit or "").endswith("户"):
            out[i] = Named(became.group(0).lstrip("多余") + "的" + nm, "pre+deed")


def _shares_of_the_amount_before(text: str, values: list, out: list) -> None:
    """中央政府公共投资9243亿元，…，其中，保障性住房…投资占44%，…占16%: parts of the amount said before 其中."""
    whole, parts_from = "", -1
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if v.unit not in ("%", "比值"):
            whole, parts_from = nm, text.find("其中", v.end)
            continue
        if not whole or parts_from < 0 or parts_from > v.start or not nm or _rx(r"占|比重|比例|率|增|降|幅").search(nm) \
                or not _rx(r"占(?:比|比重)?(?:为|达到?|超过|约)?\s*$").search(text[max(0, v.start - 6):v.start]) or _rx(r"[。；;]").search(text[parts_from:v.start]):   # (其中税收收入占比82%)
            continue
        out[i] = Named(nm + "占" + whole + "比重", out[i].rule + "+whole")


def _share_of_the_part_just_counted(text: str, values: list, out: list) -> None:
    """行政村500个，其中已通公交的有400个，占80%: the part's share of the whole, not the whole."""
    for i in range(2, len(values)):
        v, part = values[i], values[i - 1]
        if v.unit != "%" or part.unit in ("%", "") or out[i] is None or out[i - 1] is None \
                or not _rx(r"[，,、\s]*(?:约)?占(?:了)?\s*").fullmatch(text[part.end:v.start]):
            continue
        whole, part_name = out[i].name, out[i - 1].name
        if not whole or not part_name or whole == part_name or _rx(r"占|比重|比例").search(whole + part_name) \
                or not any(values[j].unit == part.unit and out[j] is not None and out[j].name == whole for j in range(i - 1)):
            continue
        out[i] = Named(part_name + "占" + whole + "比重", out[i].rule + "+part")


def _capacities_listed(text: str, values: list, out: list) -> None:
    """…扩大到年产生铁二百五十万吨，钢三百二十二万吨，钢材…: the products after a capacity are capacities too; a capacity
    listed bare after an added one (新增…能力…，…能力…) is added too."""
    for i in range(1, len(values)):
        before, nm = (out[i - 1].name if out[i - 1] is not None else ""), (out[i].name if out[i] is not None else "")
        head = _rx(r"年生产能力$").search(before)
        if head and values[i].unit == values[i - 1].unit and out[i].rule == "pre" \
                and _item_gap(text[values[i - 1].end:values[i].start], "，、", nm) \
                and _rx(r"[" + _CJK + r"]{1,4}").fullmatch(nm):
            out[i] = Named(nm + head.group(), out[i].rule + "+capacity")
        added = _rx(r"^(新增加|新增)[" + _CJK + r"]{2,12}(?:能力|装机容量|容量)$").match(before)
        if added and out[i].rule == "pre" and _rx(r"[" + _CJK + r"]{2,10}能力").fullmatch(nm) \
                and _item_gap(text[values[i - 1].end:values[i].start], "，、", nm):
            out[i] = Named(added.group(1) + nm, out[i].rule + "+added")   # 新增原油开采能力…，天然气开采能力…: added too


def _item_gap(gap: str, joiners: str, name: str) -> bool:
    """The gap between two values is a list joiner and the second item's bare name ("、脱硝改造"); string
    tests, not a pattern built from the name (that would compile one pattern per name)."""
    return gap[:1] in joiners and gap[1:].strip() == name


def _works_of_one_object(text: str, values: list, out: list) -> None:
    """燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦: the next works in the list are done to the same object."""
    for i in range(1, len(values)):
        before, nm = (out[i - 1].name if out[i - 1] is not None else ""), (out[i].name if out[i] is not None else "")
        if not nm or out[i].rule != "pre" or _rx(r"^[万亿]+").sub("", values[i].unit or "") != _rx(r"^[万亿]+").sub("", values[i - 1].unit or "") \
                or not _item_gap(text[values[i - 1].end:values[i].start], "、和及", nm):
            continue
        ends, k = set(), 0
        for w, _f in pos_tokens(before):
            k += len(w)
            ends.add(k)
        cut = len(before) - 4                      # the object ends where the previous works (2 characters + a works word) begin
        if _rx(r"[\u4e00-\u9fff]{2}" + _WORKS).fullmatch(nm) and _rx(r"[\u4e00-\u9fff]{2}" + _WORKS).fullmatch(before[cut:]) \
                and cut >= 2 and cut in ends:
            out[i] = Named(before[:cut] + nm, out[i].rule + "+object")


_NETWORK_HEAD = re.compile(r"(?:管网|管道|管线|线路|干管|支管)")


def _network_head_of_the_next(text: str, values: list, out: list) -> None:
    """26公里供水、117公里供热、20公里燃气管网铺设: a bare medium in a list of lengths is of the next item's network."""
    for i in reversed(range(len(values) - 1)):     # from the end: the head passes down the list
        nm, nxt = (out[i].name if out[i] is not None else ""), (out[i + 1].name if out[i + 1] is not None else "")
        head = _NETWORK_HEAD.search(nxt)
        if not head or not nm or _NETWORK_HEAD.search(nm) or not _SIZE_UNIT.fullmatch(values[i].unit or "") \
                or values[i + 1].unit != values[i].unit or not text[values[i].end:values[i + 1].start].endswith("、") \
                or not nm.endswith(_matching_words("network_media")):
            continue
        out[i] = Named(nm + head.group(), out[i].rule + "+head")


def _balance_of_named_kind(text: str, values: list, out: list) -> None:
    """城乡居民储蓄存款大幅度增加，年末存款余额达到…: a bare 存款余额 is the balance of the deposits named before it."""
    for i, v in enumerate(values):
        bare = _rx(r"(?:年末|年底|期末)?(存款|贷款)余额").fullmatch(out[i].name if out[i] is not None else "")
        saving = "|储蓄" if bare and bare.group(1) == "存款" else ""
        kind = _rx(r"([" + _CJK + r"]{2,10}(?:" + bare.group(1) + saving + r"))(?=[^，。；]*[，；])").search(text[:v.start]) if bare else None
        if kind and clean_prefix(kind.group(1)) not in ("", bare.group(1)):   # (城乡居民储蓄大幅度增加，存款余额…: 储蓄存款)
            out[i] = Named(clean_prefix(kind.group(1)) + ("存款" if kind.group(1).endswith("储蓄") else "") + "余额", out[i].rule + "+kind")


_SCHOOLS = re.compile(r"[" + _CJK + r"]{0,8}(?:学校|大学|高校|院校|中学|小学|幼儿园)$")
_SCHOOL_PEOPLE = re.compile(r"(?:在校学生|在校生|学生|毕业生|招生|招生数|教职工|专任教师|教师)(?:人数)?")


def _people_of_the_schools(values: list, out: list) -> None:
    """普通高等学校已由598所增加到715所，在校学生从85.6万人增加到…: the students of those schools."""
    schools = ""
    for i in range(len(values)):
        nm = out[i].name if out[i] is not None else ""
        if _SCHOOLS.search(nm) and not _SCHOOL_PEOPLE.search(nm):
            schools = _rx(r"^(?:全国|我国|全省|全市|全区)?(?:共)?有").sub("", nm)
        elif schools and _SCHOOL_PEOPLE.fullmatch(nm):
            out[i] = Named(schools + nm, out[i].rule + "+schools")


_PROGRAMME_WIDENED = re.compile(r"([" + _CJK + r"]{2,24}?)(试点)?(?:范围|覆盖面)?(?:又|再|进一步)?(?:扩大|扩展|推广|推开|增加)(?:了|到|至)\s*$")
_PLACE_COUNTED = re.compile(r"(省份|省|自治区|直辖市|城市|地市|市|县|区)(?:[（(][^（）()]{1,12}[）)])?")
_JOINED = re.compile(r"(?:多|余)?(农民|人|居民|职工|学生|群众)(参加|参保|参合|受益)(?=[，。；]|$)")


def _what_a_programme_reached(text: str, values: list, out: list) -> None:
    """农村信用社改革扩大到29个省（自治区、直辖市）: the places it reached; …试点范围扩大到…，有4.1亿农民参加: those who joined it."""
    if not _rx(r"扩大|扩展|推广|推开|增加").search(text) and not _JOINED.search(text):
        return
    programme = ""
    for i, v in enumerate(values):
        widened = _PROGRAMME_WIDENED.search(text, 0, v.start)
        place = _PLACE_COUNTED.match(text, v.end)
        if widened and widened.end() == v.start and place and _COUNT_WORD.match(v.unit or "") and clean_prefix(widened.group(1)):
            programme, old = clean_prefix(widened.group(1)), out[i].name if out[i] else ""
            out[i] = Named(programme + (widened.group(2) or "的") + place.group(1), (out[i].rule if out[i] else "") + "+programme")
            share = out[i + 1] if i + 1 < len(values) else None
            if share is not None and old and share.name.startswith(old + "占"):   # …，占全国总数的50.7％: the places' share
                out[i + 1] = Named(out[i].name + share.name[len(old):], share.rule + "+programme")
        joined = _JOINED.match(text, v.end)
        if joined and programme and _PEOPLE_UNIT.fullmatch(v.unit or ""):
            out[i] = Named(joined.group(2) + programme + "的" + joined.group(1), (out[i].rule if out[i] else "") + "+programme")


_ADDED_CLAUSE = re.compile(r"^\s*(?:再)?加上([^，。；\d]{2,40})\s*$")
_TOTAL_ONLY = re.compile(r"^\s*(?:共|总共|合计|总计|一共|共计)(?:达到?|计|为|有)?\s*$")
_PAYER_FIRST = re.compile(r"^(?:国家|中央财政|地方财政|各级财政|财政|中央|地方)")


def _total_with_the_added(text: str, clauses: list[tuple[int, int]], values: list, out: list) -> None:
    """…的支出一百五十二亿元，加上减免农村税收…等方面的支出，共达一千四百多亿元: the total of all, not the last added."""
    for i, v in enumerate(values):
        ci = next((k for k, (a, b) in enumerate(clauses) if a <= v.start < b), -1)
        if ci < 1 or out[i] is None or not _TOTAL_ONLY.match(text[clauses[ci][0]:v.start]):
            continue
        added = _ADDED_CLAUSE.match(text[clauses[ci - 1][0]:clauses[ci - 1][1]].rstrip("，, "))
        if not added or not _rx(r"、|等").search(added.group(1)):
            continue                               # 加上原有的灌溉面积，共达…: one thing added, the total is that thing
        head = _strip(added.group(1)[added.group(1).rfind("的") + 1:])
        first = next((o.name for o in out[:i] if o is not None and o.name), "")
        payer = _PAYER_FIRST.match(first)
        if 2 <= len(head) <= 6:
            out[i] = Named((payer.group() if payer else "") + head + "合计", out[i].rule + "+total")


def _growth_of_the_economy(text: str, values: list, out: list) -> None:
    """稳增长主要是为了…，有6.5%－7%的增速就能够…: a bare growth rate in a sentence on growth is the economy's."""
    for i, v in enumerate(values):
        if out[i] is not None and out[i].name in ("增速", "增长速度") and _rx(r"稳增长|经济增长|经济发展|国民经济").search(text, 0, v.start):
            out[i] = Named("经济增速", out[i].rule + "+economy")
        elif (out[i] is None or not out[i].name) and v.unit == "%" and _rx(
                r"(?:把|将)?增长(?:的)?(?:预期)?目标(?:值)?(?:定在|定为|设定为|确定为|设定在|为|是)\s*$").search(text, max(0, v.start - 16), v.start):
            out[i] = Named("经济增长", "economy")   # 把增长预期目标定在7.5%左右: the economy's growth target


# a park or zone named in the paragraph (推进中俄蒙国际物流园区建设): what 入园企业, 入驻企业, 园区内… refer to
_PLACE_SUFFIX = re.compile(r"(?:(?:产业|工业|物流|科技|创业)?园区|(?:产业|工业|物流|科技|创业)园|开发区|高新区|经济区|示范区|集聚区|合作区|保税区|自贸区|商务区|产业新城)(?!标准)")
_PLACE_ANAPHOR = re.compile(r"^(?:新|新增|累计)?(?:入园|入驻|进驻|入区|园区内?|园内|区内)")
_PLACE_WORD_FLAGS = frozenset({"j", "b", "eng"})


def place_said_before(said: str) -> str:
    """The last park or zone named in ``said`` with a name of its own (中俄蒙国际物流园区, not 园区 or
    自治区级物流园区): the nouns before a place word, back to the first word that is no noun."""
    for m in reversed(list(_PLACE_SUFFIX.finditer(said))):
        start = max(said.rfind(c, 0, m.start()) for c in "，。；;、：:,") + 1
        toks = pos_tokens(said[start:m.end()])
        if not toks or not toks[-1][0].endswith(m.group()):
            continue
        run: list[str] = []
        for w, f in reversed(toks):
            if not (f[0] == "n" or f in _PLACE_WORD_FLAGS or f == "a" and len(w) > 1):
                break
            run.append(w)
        if len(run) >= 2:
            return "".join(reversed(run))
    return ""


def name_the_places(text: str, values: list, names: list, said: list[str]) -> None:
    """入园企业达到14家 after 加速推进中俄蒙国际物流园区建设: the firms of that park (中俄蒙国际物流园区入园企业);
    中俄蒙国际汽车产业园累计完成投资1.5亿元，新建成的4个4S店…: things counted in a clause after the park
    opening the sentence are its own (unless the clause names its own scope, 全市…)."""
    opening = _PLACE_SUFFIX.search(text, 0, 20) if values else None
    opener = place_said_before(text[:opening.end()]) if opening else ""
    if opener and not text.lstrip().startswith(opener):
        opener = ""
    for i, (v, nm) in enumerate(zip(values, names)):
        if nm.name and _PLACE_ANAPHOR.match(nm.name):
            place = place_said_before("。".join(said[-4:]) + "。" + text[:v.start])
            if place and not nm.name.startswith(place):
                names[i] = Named(place + nm.name, nm.rule + "+place")
        elif opener and nm.rule.startswith("post") and nm.name and opener not in nm.name \
                and _rx(r"[，；]").search(text, len(opener), v.start) \
                and not _rx(r"全市|全区|全县|全省|全国|我市|我区|我县|我省|全年").search(text, text.rfind("，", 0, v.start) + 1, v.start):
            names[i] = Named(opener + nm.name, nm.rule + "+place")


def name_items_of_lead(text: str, values: list, names: list, lead_name: str) -> None:
    """工业部门为二百四十八亿五千万元，占百分之五十八点二；after a lead (五年基本建设的投资…，是这样分配的：):
    the item's part of what the lead counts (工业部门基本建设投资, 工业部门占基本建设投资比重)."""
    for i, (v, nm) in enumerate(zip(values, names)):
        if not nm.name or lead_name in nm.name or len(nm.name) > 12 or not nm.rule.startswith(("pre", "subject", "previous")) \
                or _MEASURE_HEAD.search(nm.name):
            continue
        if v.unit == "%" and _rx(r"占\s*$").search(text[:v.start]):
            names[i] = Named(nm.name + "占" + lead_name + "比重", nm.rule + "+lead")
        elif v.unit != "%":
            names[i] = Named(nm.name + lead_name, nm.rule + "+lead")


# what firms have (营业收入, 利润总额 …), and the owners that have them (…企业, …工业, …行业)
_FIRM_MEASURE = r"(?:营业收入|主营业务收入|销售收入|营收|利润总额|利润|利税总额|利税|税金|亏损额|亏损|出口交货值|资产总额|总产值|产值|增加值)"
_FIRM_OWNER = re.compile(r"^(.{2,16}?(?:企业|工业|行业|产业|制造业|服务业|单位))(?:实现|完成)?" + _FIRM_MEASURE + r"$")


def _owner_of_firm_measures(values: list, out: list, said_before: str) -> None:
    """全市规上工业企业实现营业收入1.2万亿元，增长5.1%；利润总额820亿元…: a bare measure of firms after the firms
    were named with another one (in the sentence, or in the one before it) is theirs."""
    owner = _FIRM_OWNER.match(said_before)
    owner_name = owner.group(1) if owner else ""
    for i, nm in enumerate(out):
        if nm is None or not nm.name:
            continue
        own = _FIRM_OWNER.match(nm.name)
        if own:
            owner_name = own.group(1)
        elif owner_name and _rx(_FIRM_MEASURE).fullmatch(nm.name):
            out[i] = Named(owner_name + nm.name, nm.rule + "+owner")


_FLOW_MARK = re.compile(r"^(?:新增|净增|新认定|新引进|新培育|新建)|(?<=[\u4e00-\u9fff]{2})(?:新增|净增|新认定|新引进|新培育)$")


def _stock_after_a_flow(text: str, clauses: list, values: list, out: list) -> None:
    """小巨人企业新增25家，累计达到100家: the stock reached is of all the firms, not of the new ones."""
    for i, v in enumerate(values):
        nm = out[i]
        if nm is None or not nm.rule.startswith(("subject", "previous")) or not _FLOW_MARK.search(nm.name):
            continue
        cs = max((a for a, _b in clauses if a <= v.start), default=0)
        if _rx(r"\s*(?:累计|总数|总量|共计|总计)(?:已)?(?:达到?|为|有|突破|超过)?\s*").fullmatch(text[cs:v.start]):
            out[i] = Named(_FLOW_MARK.sub("", nm.name), nm.rule + "+stock")


def _bare_things(name: str) -> bool:
    """铁路新线和复线, 港口吞吐能力, 天然气开采能力: things (or a capacity), no deed (再就业, 改造农村危房, 造林)."""
    toks = pos_tokens(name)
    return len(name) >= 3 and (toks[-1][1][0] == "n" or toks[-1][1] in ("l", "i")) and not any(
        f in ("v", "vn", "d", "ad") and not (k + 1 < len(toks) and toks[k + 1][0] == "能力") for k, (_w, f) in enumerate(toks))


def _flow_over_a_list(text: str, clauses: list, values: list, out: list) -> None:
    """全年新增大中型发电机组容量1500多万千瓦，铁路新线和复线3300多公里，高等级公路1900公里…: the flow opening
    the list is said once for every bare item after it (新增高等级公路); a clause with words of its own ends the list."""
    first = out[0] if values and out else None
    flow = _rx(r"^(?:新增|新建|新改建|新建改建|新开工)").match(first.name) if first is not None and first.rule == "pre" else None
    if not flow:
        return
    done = {next(k for k, (a, b) in enumerate(clauses) if a <= values[0].start < b)}
    for i in range(1, len(values)):
        v, nm = values[i], out[i]
        ci = next(k for k, (a, b) in enumerate(clauses) if a <= v.start < b)
        if ci in done:
            continue
        if ci == max(done) + 1 and nm is not None and nm.name.startswith(flow.group()):
            done.add(ci)                           # an item another rule already named with the flow (新增…能力)
            continue
        if ci != max(done) + 1 or nm is None or nm.rule != "pre" or v.unit in ("%", "‰", "百分点", "倍") \
                or _rx(r"率|比重|总|累计|余额|存量|新增|新建|净增|增加|减少|增长").search(nm.name) \
                or text[clauses[ci][0]:v.start].strip().removeprefix(nm.name) not in ("", "近", "约", "超过", "超") \
                or not text[clauses[ci][0]:v.start].strip().startswith(nm.name) \
                or not _bare_things(nm.name):
            return
        out[i] = Named(flow.group() + nm.name, nm.rule + "+flow")
        done.add(ci)


_THRESHOLD = r"(?:超过|超|逾)[\d.]+[万亿]?元(?:以上)?"


def _classes_of_the_whole(text: str, values: list, out: list) -> None:
    """新备案超10亿元项目80个以上，其中超50亿元15个、超100亿元8个: a class of the things counted before, by a
    higher threshold (新备案超50亿元项目; the bars themselves are set aside as thresholds)."""
    for i in range(1, len(values)):
        v = values[i]
        bar = _rx(r"(?:^|[，、,\s])(?:其中)?((?:超过|超|逾)[\d.]+[万亿]?元)(?:以上)?\s*$").search(text, 0, v.start) \
            if _COUNT_WORD.match(v.unit or "") else None
        whole = next((out[k].name for k in range(i - 1, -1, -1) if out[k] is not None and values[k].unit == v.unit
                      and _rx(_THRESHOLD).search(out[k].name)), "") if bar else ""
        if whole:
            out[i] = Named(_rx(_THRESHOLD).sub(lambda _m: bar.group(1), whole, count=1), "part+class")


_SPREAD_TO = re.compile(r"(?:已经|已|将)?(?:扩大到|扩大至|扩展到|覆盖到|覆盖|推开到|推广到)(?:全国|全省|全市|全区)?\s*$")
_SPREAD_UNIT = re.compile(r"(?:以上|左右)?的(县|县（市、区）|市|地区|城市|乡镇|村|行政村|统筹地区)")


def _coverage_of_a_programme(text: str, clauses: list, values: list, out: list) -> None:
    """新型农村合作医疗制度不断完善，已扩大到全国86%的县: the share of counties the programme covers, named by the
    programme said in its clause (试点范围扩大到…) or in the clause before."""
    for i, v in enumerate(values):
        unit = _SPREAD_UNIT.match(text, v.end) if v.unit == "%" else None
        ci = next((k for k, (a, b) in enumerate(clauses) if a <= v.start < b), -1)
        spread = _SPREAD_TO.search(text, clauses[ci][0], v.start) if unit and ci >= 0 else None
        if not spread:
            continue
        own = _rx(r"(?:的)?(?:范围|覆盖面)$").sub("", clean_prefix(text[clauses[ci][0]:spread.start()]))
        own = _rx(r"^(?:把|将)").sub("", own)
        if own in ("", "试点") and ci > 0:          # 扎实推进新型农村社会养老保险试点，试点范围扩大到23%的县: the programme said before
            said = text[clauses[ci - 1][0]:clauses[ci - 1][1]].strip("，, ")
            said = _rx(r"(?:制度|政策|体系|机制)?(?:建设)?(?:试点)?(?:不断|进一步|逐步|继续|更加)?(?:完善|健全|巩固|推进|扩大)?$").sub("", clean_prefix(said)) \
                if not _rx(r"\d").search(said) else ""
            said = _rx(r"^(?:扎实|加快|积极|稳步|全面|深入|继续)*(?:推进|推开|开展|实施|推行)").sub("", said)
            own = said + own if said else own
        if 2 <= len(own) <= 20:
            out[i] = Named(own + "覆盖" + unit.group(1) + "比重", "share+programme")


def _word_boundary(name: str, at: int) -> bool:
    """Whether jieba's words of ``name`` break at ``at``."""
    end = 0
    for w, _f in pos_tokens(name):
        end += len(w)
        if end >= at:
            return end == at
    return False


def _same_measure_said_again(values: list, out: list) -> None:
    """全国煤矿…的日产量是九十六万吨，…三月份的平均日产量迅速上升到一百一十三万吨: a bare measure said again is
    the one named in full before it in the sentence."""
    for i in range(1, len(values)):
        nm = out[i]
        if nm is None or nm.rule != "pre" or not 2 <= len(nm.name) <= 6 or not _MEASURE_HEAD.search(nm.name):
            continue
        said = next((out[k].name for k in range(i - 1, -1, -1) if out[k] is not None and out[k].name.endswith(nm.name)
                     and len(out[k].name) >= len(nm.name) + 2 and values[k].unit == values[i].unit
                     and _word_boundary(out[k].name, len(out[k].name) - len(nm.name))), "")   # (工农业总产值 is no 农业总产值)
        if said:
            out[i] = Named(said, "pre+said")


def _generic_of_the_topic(values: list, out: list, said_before: str) -> None:
    """经营主体稳中培优。总量达1461.4万户: a bare generic head opening a sentence is the topic said before."""
    core = _STOCK_WORDS.sub("", _rx(r"(?:总量|规模|总额|总数)$").sub("", said_before))
    if not values or out[0] is None or len(core) < 2 or not _rx(r"(?:总量|规模|总额|总数|余额)").fullmatch(out[0].name):
        return
    out[0] = Named(core + out[0].name, out[0].rule + "+topic")
    for i in range(1, len(values)):                # …，新登记147万户: of the same things
        if out[i] is not None and _FLOW_ONLY.match(out[i].name):
            out[i] = Named(out[i].name + core, out[i].rule + "+topic")


def _name_the_unnamed(text: str, values: list, out: list, said_before: str) -> None:
    """A value still without a name continues what was said just before it, when nothing in between
    names another thing: the name of the value before it in the sentence (…达到一千六百亿元，即…), else
    the subject of the sentence before (a sentence opening 增长13.6%，符合调控要求)."""
    last, end = _rx(r"(?:完成|超过|超额|超出)(?:了)?(?:原定|原|年度|全年|年)?(?:计划|预算)?$").sub("", said_before), 0   # (…总额完成年计划27％)
    for i, v in enumerate(values):
        if out[i] is not None and out[i].name:
            last, end = _rx(r"(?<=..)(?:完成|超过|超额|超出)(?:了)?(?:原定|原|年度|全年|年)?(?:计划|预算)?$").sub("", out[i].name), v.end
            continue
        gap = _rx(r"(?:按照|按|从|就)[^，。；]{0,16}?(?:来)?(?:比较|看|说|计算)[，,]").sub("", text[end:v.start])   # 按照完成的投资额来比较，比去年同期增长68％
        gap = _rx(r"^[，、\s]*[^，。；]{0,20}?(?:" + YEAR_WRITTEN + r")\s*年(?:底|末)?[，,]").sub("", gap)   # 在解放以后经济得到恢复的一九五二年，: when
        if last and not clean_prefix(gap) and not _rx(r"其他|其它|其余|另外|此外").search(gap):
            out[i] = Named(last, "previous" if end else "before")
        else:
            last = ""                              # (其他的百分之四十四点二，即…: not what was named before)
        end = v.end


@lru_cache(maxsize=1)
def _output_rules() -> tuple[re.Pattern, re.Pattern, frozenset[str], frozenset[str]]:
    """``output_of_products`` of ``data/indicator_matching.yaml``: (units of an output, words that say it is not one,
    products whose bare name with a growth rate is their output, products counted in pieces)."""
    text = resources.files("govreport").joinpath("data/indicator_matching.yaml").read_text("utf-8")
    cfg = (yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}).get("output_of_products") or {}
    units = sorted(map(str, cfg.get("units") or []), key=len, reverse=True)
    stops = sorted(map(str, cfg.get("not_output") or []), key=len, reverse=True)
    never = r"(?!x)x"
    return (re.compile(r"(?:[万亿千百]|万万)*(?:" + ("|".join(map(re.escape, units)) or never) + ")"),
            re.compile("|".join(map(re.escape, stops)) or never),
            frozenset(map(str, cfg.get("products") or [])), frozenset(map(str, cfg.get("counted_products") or [])))


def _shared_head(rest: str) -> str:
    """1410个县级和250个省、市（地）级疾病预防控制中心: a rank word (县级) takes the head the next item names."""
    m = _rx(r"[和及与、]\s*[\d一二三四五六七八九十百千万两]+[个所家座]?[" + _CJK + r"、（）()]{0,10}?级([" + _CJK + r"]{2,16})").match(rest)
    return _rx(r"(?:基本|全部|已经|已|均|都)?(?:建设|改造|建成|投入使用)$|(?:基本|全部|已经|已|均|都)$").sub("", m.group(1)) if m else ""   # (…中心基本建成)


@lru_cache(maxsize=1)
def _counted_places() -> re.Pattern:
    """``counted_places`` of ``data/indicator_matching.yaml``, as the head of a counted noun followed by more."""
    text = resources.files("govreport").joinpath("data/indicator_matching.yaml").read_text("utf-8")
    places = (yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}).get("counted_places") or []
    alts = "|".join(map(re.escape, sorted(map(str, places), key=len, reverse=True))) or r"(?!x)x"
    return re.compile(r"^[" + _CJK + r"]{0,8}?(?:" + alts + r")(?=[" + _CJK + r"]{2})")


def _counted_place(noun: str, rest: str) -> str:
    """74个重点城市细颗粒物（PM2.5）年均浓度下降9.1%: the count counts the places; what follows is measured of them."""
    place = _counted_places().match(noun)
    if place and _rx(r"[^，。；]*\d").match(rest):
        return place.group()
    return noun


_OUTPUT_HEAD = re.compile(r"(?:年平均|平均每年|年均|每年)?(?:的)?(?:总)?产量$")


def _outputs(text: str, clauses: list[tuple[int, int]], values: list, out: list) -> None:
    """A product named alone with an amount of mass or volume is its output: 粮食 -> 粮食产量.

    Every value of the sentence with that bare name is renamed (粮食增长百分之十七点六，即增产五百七十八亿斤),
    with the output word the sentence uses for its other products (粮食的年平均产量…，棉花由… -> 棉花年平均产量),
    unless its clause says the amount is something else (a capacity, an import, a purchase ...)."""
    units, stops, products, counted_products = _output_rules()
    for i, nm in enumerate(o.name if o is not None else "" for o in out):   # 粮食增产一点四倍: the output grew
        more = _rx(r"([" + _CJK + r"]{1,4})(?:增产|减产)").fullmatch(nm)
        if more and (more.group(1) in products or more.group(1) in counted_products):
            out[i] = Named(more.group(1) + "产量", out[i].rule + "+output")
    heads = [_OUTPUT_HEAD.search(o.name) for o in out if o is not None and o.name]
    head = next((h.group().lstrip("的") for h in heads if h), "产量")
    bare: set[str] = set()
    for i, v in enumerate(values):
        nm = out[i].name if out[i] is not None else ""
        if not nm or not units.fullmatch(v.unit or "") or not _rx(r"[" + _CJK + r"]{1,4}").fullmatch(nm) \
                or not out[i].rule.startswith(("pre", "subject")) or out[i].rule.startswith("pre+post") or _FACILITY.search(nm):
            continue                               # (400万吨褐煤提质: the size of a project said before its name)
        toks = pos_tokens(nm)
        if len(toks) > 2 or not (toks[0][1] in ("n", "ng") or toks[0][1] == "zg" and len(nm) == 1) \
                or not all(f in ("n", "ng", "nr") for _w, f in toks[1:]) \
                or _rx(r"(?:量|值|额|率|数|能力|面积|产品|物资|资源|标准)$").search(nm):
            continue
        cs, _ce = next((a, b) for a, b in clauses if a <= v.start < b)
        if stops.search(text[cs:v.start]) or stops.search(text[max(0, v.start - 40):v.start]):
            continue
        bare.add(nm)
    for i, v in enumerate(values):                 # 棉花两年增长百分之四十七; 安排了苎麻…的产量，苎麻将增长…: a product's growth
        nm = out[i].name if out[i] is not None else ""
        if nm and v.unit in ("%", "倍") and out[i].rule.startswith(("pre", "subject", "list")) and not out[i].rule.startswith("pre+post") \
                and _rx(r"[" + _CJK + r"]{1,4}").fullmatch(nm) and nm not in bare \
                and (nm in products or nm in counted_products and not stops.search(text[:v.start])
                     or _rx(re.escape(nm) + r"[^。；]{0,16}(?:产量|生产)").search(text[:v.start])):   # (棉布供应增加了两倍，胶鞋增加了1.9倍: supply)
            cs, _ce = next((a, b) for a, b in clauses if a <= v.start < b)
            if _rx(r"增长|增加|提高|减少|下降|降低").search(text[cs:v.start]) and not stops.search(text[cs:v.start]):
                bare.add(nm)
    for i, v in enumerate(values):                 # 自行车1，484万辆，增加224万辆; 表2，360万只，增加260万只: a plan's product and its change
        nm = out[i].name if out[i] is not None else ""
        if nm and _PRODUCT_COUNT_UNIT.fullmatch(v.unit or "") and out[i].rule == "pre" and nm in counted_products \
                and _rx(r"[，,]\s*(?:比上年|比去年|较上年)?(?:增加|减少|增长|下降)").match(text[v.end:]) \
                and _rx(r"^\s*" + re.escape(nm) + r"[\d一二三四五六七八九十]").match(text[next(a for a, b in clauses if a <= v.start < b):]):
            bare.add(nm)
    bare -= {out[i].name for i, v in enumerate(values) if out[i] is not None and (v.unit or "").endswith("元")}   # (款项共达八亿六千万元)
    for i, v in enumerate(values) if bare else ():   # the other products of a list of outputs: 机床增加了二万二千台
        nm = out[i].name if out[i] is not None else ""
        if _PRODUCT_COUNT_UNIT.fullmatch(v.unit or "") and out[i].rule.startswith("pre") \
                and _rx(r"[" + _CJK + r"]{1,4}").fullmatch(nm) and all(f in ("n", "ng", "nr") for _w, f in pos_tokens(nm)) \
                and not _rx(r"(?:量|值|额|率|数|能力|面积|项目|工程|企业|学校|医院)$").search(nm):
            bare.add(nm)
    for i, v in enumerate(values):
        if out[i] is not None and out[i].name in bare and (units.fullmatch(v.unit or "") or v.unit in ("%", "倍", "百分点")
                                                          or _PRODUCT_COUNT_UNIT.fullmatch(v.unit or "")):
            out[i] = Named(out[i].name + head, out[i].rule + "+output")
