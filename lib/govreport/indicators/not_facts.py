"""Numbers that are not facts about the report's place: hypothetical, example, another country.

A report writes numbers that are not quantities of its place: a condition (劳动生产率只要提高百分之一，
就可以增加产值…), an example (例如辽宁省纺织系统的13种主要产品…), another country (英国的煤产量…只有二亿
二千万吨), alternatives of an illustration (用六十元、七十元或者八十元…), a name in quotes (“双百亿”园区),
the size of one unit of a kind (一个年产一百六十万吨钢的钢铁联合企业) or a document's name (新36条).
``reasons(text, values)`` says which of a sentence's values are such numbers, and why; the
indicator stage keeps them out of ``observations`` and lists them in ``numbers_set_aside``.

The cue words live in ``data/not_facts.yaml`` (anyone can extend them); the rules use only the
sentence's structure: where the cue stands, where its clause ends, what comes before the number.
"""
from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

_CLAUSE_END = "，,；;。！？!?：:"
_CONNECTOR = r"(?:而|但|但是|可是|然而|就是|至于|同时|另外|拿[\u4e00-\u9fff]{1,4}来说[，,]?)?"

# a number told of several countries (两个共有人口超过十亿的…国家): a description of countries, not of the place
_SEVERAL_COUNTRIES = re.compile(f"(?:[两二三四五六七八九十几]|多)个[^{_CLAUSE_END}]{{0,12}}$")
_COUNTRY_AFTER = re.compile(f"[^{_CLAUSE_END}]{{0,10}}的[\u4e00-\u9fff]{{0,8}}国家")

# a count of the items just listed (预算内和预算外两项资金, 指令性计划、指导性计划和市场调节三种管理办法): no quantity
_LIST_ITEM_SPLIT = re.compile(r"、|和|与|及|以及")
_LISTED_COUNT_UNITS = ("项", "种", "类", "条", "座", "所", "家", "个")

# a value a programme requires (达到了…每亩生产粮食四百斤、五百斤、八百斤的要求), and the list it ends
_REQUIREMENT = re.compile(r"\s*(?:左右|以上)?的(?:要求|标准)")
_MET = re.compile(r"达到了|已经?达到|已经?超过")   # (争取…达到九亿亩的要求: a goal, kept)
_LIST_GAP = re.compile(r"\s*(?:、|，|,|和|或|或者)\s*")
# an amount that opens a class of the things counted right after it (其中超50亿元15个)
_CLASS_BAR_BEFORE = re.compile(r"(?:^|[，、,\s])(?:其中)?(?:超过|超|逾)\s*$")
_CLASS_BAR_GAP = re.compile(r"\s*(?:以上)?\s*")
_COUNT_UNIT = re.compile(r"[万亿]?(?:个|项|家|所|座|条|处|批|部)")

# a clause that goes on with a condition (并且…, 同时…) before its result
_MORE_CONDITION = re.compile(r"[，,]\s*(?:并且|而且|并|同时)(?!就|便|则)")

# a list of kinds of product (其中包括以下一些重要产品：…五万千瓦的全套火力发电设备): each number is one product's size
_PRODUCT_LIST = re.compile(r"(?:新|重要|主要)?产品[^，。；：:]{0,4}[：:]")

# places counted only to say what a total covers (二十九个省、市、自治区的总人口)
_PLACES_WHOSE_TOTAL = re.compile(r"(?:省|市|县|自治区|直辖市|地区)(?:[、和及](?:省|市|县|自治区|直辖市|地区))*的(?:总人口|人口总数|总产值|总面积)")
# a list of policy packages named by their article counts: 民营经济21条、外贸16条等系列政策
_POLICY_PACKAGE = re.compile(r"(?:[、，][\u4e00-\u9fff]{2,12}\d+条)*[”’]?等(?:一)?(?:系列)?(?:政策|措施|文件|举措|政策措施)")


@lru_cache(maxsize=1)
def _cues() -> dict:
    text = resources.files("govreport").joinpath("data/not_facts.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    words = {k: sorted(map(str, v or []), key=len, reverse=True) for k, v in data.items()}

    def alt(key: str) -> str:
        return "|".join(map(re.escape, words.get(key, []))) or "(?!)"

    start = f"(?:^|(?<=[{_CLAUSE_END}]))\\s*{_CONNECTOR}"
    return {
        "condition": re.compile(f"(?:{alt('conditionals')})|{start}(?:{alt('conditionals_at_clause_start')})"
                                f"|每(?:{alt('per_change')})"),
        "result": re.compile(f"[{_CLAUSE_END}]|(?:{alt('condition_results')})"),
        "could": re.compile(f"[{_CLAUSE_END}]?\\s*(?:(?:{alt('could_adverbs')})?(?:就|便|则|也)?|[\u4e00-\u9fff]{{1,6}}?(?:就|便|则))"
                            f"(?:{alt('could')})"),
        "goal": re.compile(alt("goals")),
        "comparison": re.compile(f"^(?:{alt('not_conditions')})[^{_CLAUSE_END}]*(?:{alt('comparisons')})"),
        "example": re.compile(f"(?:{alt('examples')})|拿[^{_CLAUSE_END}]{{1,14}}?来说"),
        "part": re.compile(alt("example_parts")),
        "whole": re.compile(alt("example_whole")),
        "part_subject": re.compile(f"^\\s*(?:{alt('part_subjects')})"),
        "one_building": re.compile(f"^[^{_CLAUSE_END}]{{0,24}}?(?:(?:有|是)一(?:个|座|幢|栋)[^{_CLAUSE_END}]{{0,10}}?(?P<a>{alt('one_buildings')})"
                                   f"|(?P<b>{alt('one_buildings')})的(?:单位)?造价)"),
        "other": re.compile(f"{start}(?:(?P<place>{alt('other_places')})(?={alt('other_place_links')})"
                            f"|(?P<subject>{alt('other_subjects')}))"),
        "domestic": re.compile(alt("domestic")),
        "of_other": re.compile(f"(?:以上|多)?(?:的)?(?:{alt('other_places')})"),   # (十亿以上的社会主义阵营各国人民)
        "alternative": re.compile(f"\\s*(?:[、，,]\\s*)?(?:{alt('alternatives')})\\s*"),
        "quoted": re.compile(r"“[^“”]{1,20}”"),
        "capacity": re.compile(f"(?:{alt('capacity_units')})$"),
        "spec": re.compile(f"(?:{alt('unit_specs')})$"),
        "document": re.compile(f"(?:{alt('document_names')})$"),
        "rule_unit": frozenset(words.get("rule_count_units", [])),
        "rule_noun": re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{alt('rule_nouns')})(?!化)"),
        "rule_making": re.compile(f"(?:{alt('rule_making')})(?:了)?\\s*$"),
        "points_of": re.compile(f"(?:{alt('points_of')})(?:主要)?(?:是|有|在于)\\s*$"),
        "bracket": re.compile(f"(?:\\s*(?:至|到|－|-|~|～)\\s*[0-9.零〇一二三四五六七八九十百千万亿]+\\s*[万亿]?元)?\\s*"
                              f"(?:以下|以上|以内|及以下|及以上)?\\s*的?\\s*(?:{alt('bracket_nouns')})"),
        "limit": re.compile(f"\\s*(?:{alt('limits_after')})"),
        "threshold": re.compile(f"(?:{alt('thresholds')})\\s*(?:为|是|在|定为|提高到|提高为)?\\s*$"),
        "method": re.compile(f"“[^“”]{{0,12}}(?:{alt('methods')})”"),
        "era": re.compile(f"(?:{alt('eras')})(?:以来|后|的)?\\s*$"),
        "age": re.compile(f"(?:多|余)?(?:年)?(?:的[^{_CLAUSE_END}]{{0,10}}?|[\u4e00-\u9fff]{{0,2}})(?:{alt('ages')})"),   # (走过了60年光辉历程)
        "term": re.compile(f"(?:{alt('terms')})\\s*$"),
        "year_value": re.compile(f"(?:{alt('year_values')})[^{_CLAUSE_END}]{{0,16}}$"),
        "grade": re.compile(f"\\s*(?:{alt('grade_marks')})"),
        "slogan": re.compile(f"(?:{alt('slogan_verbs')})[^{_CLAUSE_END}]{{0,4}}$"),
        "countdown": re.compile(f"(?P<cue>{alt('countdown_from')})[^。；;！？!?]{{1,28}}?[，,]?(?:{alt('countdown_left')})\\s*$"),
        "time_unit": frozenset(words.get("time_units", [])),
        "coverage": re.compile(f"(?:{alt('coverage_from')})(?P<what>[^{_CLAUSE_END}]{{1,30}}?)(?:{alt('coverage_of')})"),
        "yields": re.compile(f"[\u4e00-\u9fff]{{0,6}}?(?:{alt('one_unit_yields')})"),
    }


def _condition_spans(text: str, values) -> list[tuple[int, int, str]]:
    """(start, end, cue) of what a condition makes hypothetical: the condition itself, and the
    rest of the sentence when the condition holds a number."""
    cues = _cues()
    out = []
    for m in cues["condition"].finditer(text):
        end_m = cues["result"].search(text, m.end())
        end = end_m.start() if end_m else len(text)
        while end < len(text) and _MORE_CONDITION.match(text, end):   # 如果适当地压缩库存，并且想尽各种办法节约使用，
            end_m = cues["result"].search(text, end + 1)               # 就可使…: the condition goes on
            end = end_m.start() if end_m else len(text)
        if cues["comparison"].match(text[m.end():end]):
            continue                          # 如果以1950年为100: the base of an index
        holds_number = any(m.end() <= v.start < end for v in values)
        # a condition without a number makes what follows hypothetical when what follows only could
        # be (如用之于工业建设，就可以建设…): not when it is a goal (只要努力，就能实现增长7%的目标)
        could = cues["could"].match(text, end) and not cues["goal"].search(text)
        out.append((m.start(), len(text) if holds_number or could else end, m.group().strip()))
    return out


def _example_span(text: str) -> tuple[int, int, str] | None:
    """Where an example of a part of the place runs: from 例如 to the end of the sentence (or of
    the bracket it is in), when what follows names a part (一个疗养院, 鞍山钢铁公司) and not the whole."""
    cues = _cues()
    m = cues["example"].search(text)
    if not m:
        return None
    opened = text.rfind("（", 0, m.start())
    end = len(text)
    if opened > text.rfind("）", 0, m.start()):
        close = text.find("）", m.end())
        end = close if close >= 0 else end
    head = m.group()[1:-2] if m.group().startswith("拿") else text[m.end():m.end() + 16]   # 拿北京京西矿务局来说
    if not cues["part"].search(head) or cues["whole"].search(head):
        return None
    return m.start(), end, m.group()


def _alternatives(text: str, values) -> set[int]:
    """Indexes of values joined as alternatives (六十元、七十元或者八十元) in one clause."""
    out: set[int] = set()
    alt = _cues()["alternative"]
    for i in range(1, len(values)):
        a, b = values[i - 1], values[i]
        if a.unit == b.unit and alt.fullmatch(text[a.end:b.start]):
            j = i - 1                       # the whole chain: 六十元、七十元或者八十元
            while j > 0 and values[j - 1].unit == a.unit and re.fullmatch(r"\s*[、，,]\s*", text[values[j - 1].end:values[j].start]):
                j -= 1
            out.update(range(j, i + 1))
    if out:                                 # …用六十元、七十元或者八十元，去办过去要用一百元钱才能办好的事情: the
        last = max(out)                     # illustration's other side, in the same unit
        out.update(k for k in range(last + 1, len(values)) if values[k].unit == values[last].unit)
    return out


_SURVEY_WORD = re.compile(r"统计|调查|检查|普查|抽查|核查")


def _names_a_survey(text: str) -> bool:
    """Whether a sentence names a survey of some kind (most do not: the coverage rule is skipped)."""
    return _SURVEY_WORD.search(text) is not None


def reasons(text: str, values) -> dict[int, tuple[str, str]]:
    """{index of a value in ``values``: (reason, cue)} for the values that are not facts of the
    place. ``values`` are number mentions of ``text`` in order (with start, end, unit, kind)."""
    cues = _cues()
    found: dict[int, tuple[str, str]] = {}
    spans = _condition_spans(text, values) if cues["condition"].search(text) else []
    example = _example_span(text)
    part = cues["part_subject"].match(text)
    if part and not example:
        example = (0, len(text), part.group().strip())   # 这个工程因为盲目采购材料而积压资金…: one unit's figures
    building = cues["one_building"].match(text) if "造价" in text and not example else None
    if building:
        example = (0, len(text), building.group("a") or building.group("b"))   # 鞍钢设计大楼的造价高达…: what one building cost
    others = list(cues["other"].finditer(text))
    domestic = [m.start() for m in cues["domestic"].finditer(text)] if others else []
    quoted = [m.span() for m in cues["quoted"].finditer(text)] if "“" in text else []
    alternatives = _alternatives(text, values) if "或" in text else set()
    if not example and "”" in text:
        method = cues["method"].search(text)  # 李川江的“大豆榨油操作法”…: what one method gives
        if method:
            example = (method.start(), len(text), method.group()[1:-1])
    coverage = [(m.start("what"), m.end("what"), m.group()) for m in cues["coverage"].finditer(text)] if _names_a_survey(text) else []
    spec_before, spec_cue = 0, ""
    products = _PRODUCT_LIST.search(text) if "产品" in text else None
    for i, v in enumerate(values):
        hyp = next((cue for a, b, cue in spans if a <= v.start < b), None)
        if hyp:
            found[i] = ("hypothetical", hyp)
            continue
        if example and example[0] < v.start < example[1]:
            found[i] = ("example", example[2])
            continue
        place = [m for m in others if m.end() <= v.start]
        if place and not any(place[-1].end() <= d < v.start for d in domestic):
            found[i] = ("other_place", place[-1].group("place") or place[-1].group("subject"))
            continue
        countries = _SEVERAL_COUNTRIES.search(text, 0, v.start)
        if countries and _COUNTRY_AFTER.match(text, v.end):
            found[i] = ("other_place", countries.group().strip())   # 亚洲两个共有人口超过十亿的…国家: several countries together
            continue
        after = cues["of_other"].match(text, v.end)
        if after:
            found[i] = ("other_place", after.group())
            continue
        if v.kind == "number" and any(a < v.start and v.end < b and (
                not v.unit or v.unit in ("万", "亿", "千亿", "百亿", "万亿") or re.match(r"[\u4e00-\u9fff]", text[v.end:b]))
                for a, b in quoted):                     # “双百亿”园区, “15分钟健身圈”: a name, whatever its unit
            found[i] = ("name_in_quotes", text[max(0, v.start - 1):v.end + 1])
            continue
        if products and v.start >= products.end() and text[v.end:v.end + 1] == "的":
            found[i] = ("in_a_name", products.group())   # 包括以下一些重要产品：…七万二千五百千瓦的全套水力发电设备
            continue
        if cues["capacity"].search(v.unit or "") and cues["grade"].match(text, v.end):
            found[i] = ("in_a_name", v.text + cues["grade"].match(text, v.end).group().strip())
            continue                                     # 千万吨级炼油厂, 百万千瓦级核电机组: a class of facility
        if (v.unit == "岁" or not v.unit and re.match(r"\s*[—－\-~～至到]\s*\d{1,3}\s*岁", text[v.end:])) and \
                re.match(r"(?:\s*[—－\-~～至到]\s*\d{1,3}\s*岁)?(?:的)?(?:儿童|婴幼儿|幼儿|少年|青少年|老年人|老人|人口|妇女|学生|孩子)", text[v.end:]):
            found[i] = ("threshold", text[v.start:v.end + 6])   # 做好0—6岁儿童健康管理: the ages of whom it serves
            continue
        if v.unit == "岁" and re.match(r"(?:及)?以[上下]的?[\u4e00-\u9fff]", text[v.end:]) and (
                not any(w.start > v.start and not re.search(r"[，,；;。]", text[v.end:w.start]) for w in values)
                or any(w.end == v.start for w in values)):   # 为1467位80岁以上低收入老年人发放…: whom the count counts
            found[i] = ("threshold", text[v.start:v.end + 3].rstrip("的"))   # 为3岁以下婴幼儿做…检查: who is served
            continue
        base = re.search(r"以[^，。；为]{1,12}?为\s*$", text[max(0, v.start - 16):v.start])
        if v.value == 100 and not v.unit and base:
            found[i] = ("index_base", base.group() + v.text)   # 如果以1950年为100，到1955年…上升为189: a convention
            continue
        cover = next((cue for a, b, cue in coverage if a <= v.start < b), None)
        if cover:
            found[i] = ("coverage", cover)               # 根据十六个省、市三十四万多个农业生产合作社的统计: what a statistic covers
            continue
        if v.notation == "chinese" and v.text[:1] in "百千万" and len(v.text) <= 4 and \
                re.match(r"[\u4e00-\u9fff“”]{2,12}?(?:规划|计划|工程|行动)(?![的])", text[v.end:]) and \
                not re.search(r"[的，,]", text[v.end:v.end + 14].split("规划")[0].split("计划")[0]):
            found[i] = ("in_a_name", text[v.start:v.end])   # 全国新增千亿斤粮食生产能力建设规划: a programme's name
            continue
        if v.text[:1] in "一1" and v.kind == "number" and cues["yields"].match(text, v.end):
            found[i] = ("example", cues["yields"].match(text, v.end).group())
            continue                                     # 一亿吨石油所创造的价值: what one unit yields, an illustration
        if cues["capacity"].search(v.unit or "") and (cues["spec"].search(text[max(0, v.start - 6):v.start]) or (
                spec_before and (text[max(0, v.start - 2):v.start] == "年产" or
                                 re.fullmatch(r"\s*(?:、|，|和|或|以至|直至|到)\s*", text[spec_before:v.start])
                                 or re.fullmatch(r"[^，。；：]{0,12}[、，和及或]\s*[\u4e00-\u9fff]{0,6}", text[spec_before:v.start])
                                 and re.match(r"(?:左右|以上)?的", text[v.end:])))):
            spec = cues["spec"].search(text[max(0, v.start - 6):v.start])
            spec_cue = spec.group() if spec else spec_cue
            found[i] = ("in_a_name", spec_cue)
            spec_before = v.end                          # …的钢铁联合企业，年产二百四十万吨煤的煤矿; 一万二千千瓦、二万五千千瓦; …的水电站和六十五万千瓦的火电站
            continue
        if v.unit in ("千伏", "伏", "千伏安") and re.match(r"(?:及以上|以上)?(?:的)?[\u4e00-\u9fff]{0,6}?(?:变电站|线路|输变电|电网|工程|项目|主变|站)", text[v.end:]):
            found[i] = ("in_a_name", text[v.start:v.end + 3])   # 产业基地220千伏变电站: the voltage class of a facility
            continue
        if v.unit in ("米", "公里", "分钟", "小时") and re.match(r"[\u4e00-\u9fff]", text[v.start - 1:v.start]) and \
                not re.search(r"(?:增加|新增|建成|达到|达|为|提高|减少|完成|新建|改造|超过|缩短|延长)$", text[:v.start]) and \
                re.match(r"[\u4e00-\u9fff]{0,8}?(?:覆盖率|比例|比重|达标率|占比)", text[v.end:]):
            found[i] = ("in_a_name", text[v.start:v.end + 4])   # 城市公园绿地500米服务半径覆盖率: the radius names the rate
            continue
        if (v.unit or "").endswith("个") and _PLACES_WHOSE_TOTAL.match(text, v.end):
            found[i] = ("coverage", text[v.start:_PLACES_WHOSE_TOTAL.match(text, v.end).end()])
            continue                                     # 二十九个省、市、自治区的总人口: which places the total covers
        if v.unit == "条" and v.notation == "arabic" and (cues["document"].search(text[max(0, v.start - 1):v.start])
                                                         or any(a < v.start and v.end < b for a, b in quoted)
                                                         or _POLICY_PACKAGE.match(text, v.end)):
            found[i] = ("in_a_name", text[max(0, v.start - 1):v.end])   # 新36条, “惠企20条”, 民营经济21条、外贸16条等系列政策
            continue
        if i in alternatives:
            found[i] = ("alternatives", "或")
            continue
        before = text[max(0, v.start - 8):v.start]
        if v.unit in cues["rule_unit"] and cues["rule_noun"].match(text, v.end) and \
                not cues["rule_making"].search(before):
            noun = cues["rule_noun"].match(text, v.end).group()
            found[i] = ("rule_count", v.text + noun)     # 十项经济建设方针, 六项政治标准: articles of a rule
            continue
        if v.unit in cues["rule_unit"] and cues["points_of"].search(before) and re.match(r"\s*(?:[。：:；;]|$)", text[v.end:]):
            found[i] = ("rule_count", before[-4:] + v.text)   # 企业整顿的关键是三条。: the points of an argument
            continue
        if _REQUIREMENT.match(text, v.end) and _MET.search(text, 0, v.start):
            found[i] = ("threshold", "的要求")             # 达到了…每亩生产棉花六十斤、八十斤、一百斤的要求: the bars
            for j in range(i - 1, -1, -1):                 # of a programme (the list before goes with it)
                if j in found or not _LIST_GAP.fullmatch(text[values[j].end:values[j + 1].start]):
                    break
                found[j] = ("threshold", "的要求")
            continue
        if cues["limit"].match(text, v.end):
            found[i] = ("threshold", cues["limit"].match(text, v.end).group().strip())
            continue                                     # 以最多不超过正税的22％为限: the bound a rule sets
        if v.unit.endswith("元") and cues["bracket"].match(text, v.end):
            found[i] = ("threshold", cues["bracket"].match(text, v.end).group().strip()[-2:])
            continue                                     # 年应纳税所得额100万元至300万元部分: a tax bracket
        if v.unit.endswith("元") and i + 1 < len(values) and _COUNT_UNIT.fullmatch(values[i + 1].unit or "") \
                and _CLASS_BAR_GAP.fullmatch(text[v.end:values[i + 1].start]) and _CLASS_BAR_BEFORE.search(text, 0, v.start):
            found[i] = ("threshold", text[max(0, v.start - 2):v.end].lstrip("，、, "))
            continue                                     # 其中超50亿元15个: the bar of a class of projects, not an amount
        if cues["threshold"].search(before):
            found[i] = ("threshold", cues["threshold"].search(before).group().strip())
            continue                                     # 投资限额为五百万元: a rule's threshold
        if v.unit == "年" and cues["term"].search(text[max(0, v.start - 8):v.start]):
            found[i] = ("duration", cues["term"].search(text[max(0, v.start - 8):v.start]).group())   # 土地承包期再延长30年
            continue
        if v.unit == "年" and cues["age"].match(text, v.end):
            found[i] = ("duration", cues["age"].match(text, v.end).group()[-2:])   # 结束了66年的营业税征收历史
            continue
        if v.unit == "年" and cues["era"].search(before):
            found[i] = ("duration", cues["era"].search(before).group())   # 改革开放30多年的辉煌成就
            continue
        if v.unit == "年" and v.kind != "streak" and not cues["year_value"].search(text[max(0, v.start - 24):v.start]):
            found[i] = ("duration", v.text)              # 原定5年取消农业税的目标, 经过15年的艰苦努力: a span of time
            continue
        if v.unit in cues["time_unit"] and cues["countdown"].search(text[max(0, v.start - 30):v.start]):
            found[i] = ("duration", cues["countdown"].search(text[max(0, v.start - 30):v.start]).group("cue"))
            continue                                     # 离香港回归祖国只有122天: the time left, no quantity
        if v.kind == "fraction" and re.match(r"(?:个)?世纪", text[v.end:]):
            found[i] = ("duration", text[v.start:v.end + 2].rstrip("的"))   # 不到四分之一世纪的时间内: a span of time
            continue
        if v.unit in _LISTED_COUNT_UNITS and v.notation == "chinese" and 2 <= v.value <= 10 and _counts_the_list(text, v):
            found[i] = ("list_count", text[v.start:v.end + 2])   # 预算内和预算外两项资金合计: the two just named
            continue
        if v.kind == "times" and re.search(r"就\s*$", before) and re.match(r"[^，。；]{0,16}?的问题", text[v.end:]):
            found[i] = ("in_a_name", text[v.start:v.end])   # 就翻两番必须主要依靠技术改造的问题，写了一篇文章: a topic discussed
            continue
        if v.kind == "times" and cues["slogan"].search(before):
            found[i] = ("slogan", cues["slogan"].search(before).group())   # 一味追求提前翻番
    return found


def _counts_the_list(text: str, v) -> bool:
    """The count ``v`` restates how many items the list just before it names (A和B两项X)."""
    if not re.match(r"[\u4e00-\u9fff]", text[v.end:v.end + 1]):
        return False                               # (…和…两项。: a count of its own)
    start = max(text.rfind(c, 0, v.start) for c in _CLAUSE_END) + 1
    listed = re.sub(r"(?:这|这些|等)$", "", text[start:v.start].strip())
    items = _LIST_ITEM_SPLIT.split(listed)
    pair = re.split(r"和|与|及", listed.rsplit("、", 1)[-1])   # …、哈萨尔大街和西头道街两条西出口路: the pair just named
    return len(items) == int(v.value) and all(len(x) >= 2 for x in items) \
        or int(v.value) == 2 and len(pair) == 2 and all(len(x) >= 2 for x in pair)
