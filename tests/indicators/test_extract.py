"""Sentence extraction on real sentences from each document (offsets into the real raw files)."""
from pathlib import Path

import pandas as pd
import pytest

from govreport.indicators.extract import OBS_COLUMNS, extract_observations

RAW = Path(__file__).resolve().parents[2] / "data" / "raw"
DOCS = pd.DataFrame([
    {"doc_id": "wx-gwr-2022-news", "file": "000_67847063f97f6ac5.txt", "doc_type": "gov_work_report",
     "report_year": 2022, "is_canonical": True, "report_id": "wx-gwr-2022"},
    {"doc_id": "wx-gwr-2021", "file": "001_b7f2d84b19091d39.txt", "doc_type": "gov_work_report",
     "report_year": 2021, "is_canonical": True, "report_id": "wx-gwr-2021"},
    {"doc_id": "wx-gwr-2024-news", "file": "002_033275158a8fb8ac.txt", "doc_type": "gov_work_report",
     "report_year": 2024, "is_canonical": False, "report_id": "wx-gwr-2024"},
    {"doc_id": "wx-gwr-2024", "file": "003_c4e17f72f1a964b2.txt", "doc_type": "gov_work_report",
     "report_year": 2024, "is_canonical": True, "report_id": "wx-gwr-2024"},
    {"doc_id": "wx-fyp-14", "file": "004_60f403089f70f350.txt", "doc_type": "five_year_plan",
     "report_year": 2021, "is_canonical": True, "report_id": "wx-fyp-14"},
])


def raw(doc_id: str) -> str:
    file = DOCS.set_index("doc_id").loc[doc_id, "file"]
    return (RAW / file).read_bytes().decode("utf-8-sig")


def sentences(doc_id: str, part: str, *texts: str, paragraph: str = "p1") -> pd.DataFrame:
    """Sentence rows for real text: each text is located in the raw file for its offsets."""
    text_all = raw(doc_id)
    rows = []
    for i, t in enumerate(texts):
        start = text_all.find(t)
        assert start >= 0, t
        rows.append({"doc_id": doc_id, "sentence_id": f"{doc_id}-{i + 1:05d}", "section_id": "",
                     "paragraph_id": f"{doc_id}-{paragraph}", "part": part, "text": t,
                     "char_start": start, "char_end": start + len(t), "clean_start": start})
    return pd.DataFrame(rows)


def extract(doc_id, part, *texts, **kw):
    obs = extract_observations(sentences(doc_id, part, *texts, **kw), DOCS)
    assert list(obs.columns) == OBS_COLUMNS
    return obs


def test_fenbie_list_gives_one_observation_per_name():
    obs = extract("wx-gwr-2024-news", "review", "科技型中小企业、高新技术企业分别达12453家、6310家")
    assert obs["value"].tolist() == [12453, 6310]
    assert obs["indicator_zh"].tolist()[0] == "科技型中小企业"
    assert obs["indicator_id"].tolist()[1] == "hightech_enterprises"
    assert set(obs["ref_year"]) == {2023} and set(obs["status"]) == {"actual"}
    assert all("分别" in q for q in obs["qualifier"])


def test_from_to_with_years_in_five_year_review():
    obs = extract("wx-gwr-2021", "review",
                  "五年来，我们稳妥应对风险挑战，综合竞争力迈上更高台阶。",
                  "全市地区生产总值由 2015 年的 8681 亿元增至 12370 亿元，人均地区生产总值保持全国城市前列。")
    gdp = obs[obs["indicator_id"] == "gdp"]
    assert gdp["value"].tolist() == [8681, 12370]
    assert gdp["ref_year"].tolist() == [2015, 2020]
    assert gdp["value_base"].tolist() == [868100000000, 1237000000000]
    text = raw("wx-gwr-2021")
    for r in gdp.itertuples():
        assert text[r.char_start:r.char_end].startswith(r.value_text[:4])


def test_percentage_points_change_over_the_period():
    s = "43 个国省考断面水质优Ⅲ比例升至 86%，较 2015 年提高 57.1 个百分点"
    obs = extract("wx-gwr-2021", "review", "五年来，我们致力构建生态文明，环境质量达到更好水平。", s)
    pts = obs[obs["unit"] == "百分点"].iloc[0]
    assert (pts["value"], pts["measure"], pts["ref_period_start"], pts["ref_period_end"]) == (57.1, "change", 2016, 2020)
    share = obs[obs["value"] == 86].iloc[0]
    assert (share["ref_year"], share["indicator_id"]) == (2020, "surface_water_class3")


def test_rank_fraction_and_estimate():
    obs = extract("wx-gwr-2024", "review", "国家专精特新“小巨人”企业达232家、升至全省第二")
    assert obs[["value", "measure"]].values.tolist() == [[232, "level"], [2, "rank"]]
    assert obs.iloc[0]["indicator_id"] == "little_giants"
    frac = extract("wx-gwr-2024", "review", "入选省“链主”企业37家、占全省1/4")
    assert frac[frac["unit"] == "比值"][["value", "measure"]].values.tolist() == [[0.25, "share"]]
    est = extract("wx-gwr-2024", "review", "预计全市地区生产总值近1.55万亿元、增长6%左右")
    assert est["status"].tolist() == ["estimate", "estimate"]
    assert est["measure"].tolist() == ["level", "growth_rate"]
    assert est.iloc[0]["indicator_id"] == "gdp" and est.iloc[0]["value_base"] == 1.55e12


def test_targets_in_task_parts():
    obs = extract("wx-gwr-2024", "plan", "实际使用外资38亿美元")
    assert obs[["value", "unit", "ref_year", "status", "indicator_id"]].values.tolist() == [
        [38, "亿美元", 2024, "target", "fdi_utilised"]]
    obs = extract("wx-gwr-2022-news", "plan", "确保生物医药产业规模超过1600亿元")
    assert obs.iloc[0]["qualifier"] == "超过" and obs.iloc[0]["status"] == "target"


def test_five_year_plan_targets_and_special_numbers():
    obs = extract("wx-fyp-14", "plan", "培育营业收入超千亿元的现代服务业集聚区3家")
    assert obs[["value", "unit"]].values.tolist() == [[3, "家"]]  # 超千亿元 qualifies what is counted
    assert set(obs["ref_year"]) == {2025} and set(obs["status"]) == {"target"}
    obs = extract("wx-fyp-14", "plan", "到2025年，全市实际使用外资五年累计达到190亿美元")
    r = obs.iloc[0]
    assert (r["ref_period_start"], r["ref_period_end"], r["measure"]) == (2021, 2025, "cumulative")
    obs = extract("wx-fyp-14", "plan", "在二〇二〇年基础上人均地区生产总值实现翻一番、居民人均收入实现翻一番以上")
    # 翻一番 is growth (the real-report gold codes 倍 and 翻一番 as growth rates)
    assert obs[["value", "unit", "measure"]].values.tolist() == [[2, "倍", "growth_rate"], [2, "倍", "growth_rate"]]


def test_plan_review_chapter_is_the_end_of_the_previous_plan():
    obs = extract("wx-fyp-14", "review", "全社会研发经费投入占地区生产总值比重预计提高到3.39%")
    r = obs.iloc[0]
    assert (r["ref_year"], r["status"], r["indicator_id"]) == (2020, "estimate", "rd_share_gdp")


def test_words_that_only_look_numeric_give_nothing():
    obs = extract("wx-gwr-2022-news", "plan", "坚持“两个毫不动摇”")  if "两个毫不动摇" in raw("wx-gwr-2022-news") \
        else extract("wx-gwr-2021", "plan", "进入“十四五”")
    assert obs.empty


def test_unknown_indicators_are_kept_unmapped():
    obs = extract("wx-gwr-2024", "review", "新改建公园游园73个")
    assert obs["mapped"].tolist() == [False]
    assert obs["indicator_zh"].tolist() == ["新改建公园游园"]


def test_to_raw_maps_clean_offsets():
    s = sentences("wx-gwr-2024", "plan", "实际使用外资38亿美元")
    shift = 1000
    s["clean_start"] = s["char_start"] - shift
    obs = extract_observations(s, DOCS, to_raw=lambda doc, off: off + shift)
    text = raw("wx-gwr-2024")
    r = obs.iloc[0]
    assert text[r["char_start"]:r["char_end"]] == "38亿美元"


@pytest.mark.parametrize("text", ["", "。", "没有数字的句子。", "ＡＢＣ１２３"])
def test_hostile_sentences(text):
    s = pd.DataFrame([{"doc_id": "wx-gwr-2024", "sentence_id": "x-1", "section_id": "", "paragraph_id": "p",
                       "part": "plan", "text": text, "char_start": 0, "char_end": len(text)}])
    obs = extract_observations(s, DOCS)
    assert list(obs.columns) == OBS_COLUMNS


def test_a_list_of_values_pairs_with_a_list_of_names_without_fenbie():
    obs = extract("wx-gwr-2024", "review", "战略性新兴产业、高新技术产业产值占规上工业比重达41.8%、51.8%")
    assert obs["indicator_id"].tolist() == ["sei_output_share", "hightech_output_share"]
    assert obs["value"].tolist() == [41.8, 51.8]


def test_amounts_that_qualify_what_is_counted_are_not_observations():
    obs = extract("wx-gwr-2024", "review", "培育壮大6个营收超2000亿元产业集群")
    assert obs[["value", "unit"]].values.tolist() == [[6, "个"]]
    obs = extract("wx-gwr-2021", "review", "市区完成 124 条道路出新和 227 条背街小巷整治")
    assert obs["value"].tolist() == [124, 227]  # a list of counts, no threshold


def test_rates_per_thousand_people_are_not_read_as_1000():
    obs = extract("wx-fyp-14", "plan", "每千人口拥有执业（助理）医师数达到3.9人")
    assert obs[["value", "unit"]].values.tolist() == [[3.9, "人"]]


def test_declines_keep_their_value_and_say_so_in_the_qualifier():
    docs = pd.DataFrame([dict(doc_id="x", report_year=2023, doc_type="gov_work_report", is_canonical=True, report_id="x")])
    text = "社会消费品零售总额4700亿元，下降2.1%，居民消费价格指数上涨1.8%，城镇登记失业率为1.9%。"
    s = pd.DataFrame([dict(doc_id="x", sentence_id="x-1", section_id="", paragraph_id="p", part="review", text=text,
                           char_start=0, char_end=len(text), clean_start=0)])
    obs = extract_observations(s, docs).set_index("value")
    assert obs.loc[2.1, "measure"] == "growth_rate" and "下降" in obs.loc[2.1, "qualifier"]
    assert obs.loc[2.1, "indicator_zh"] == "社会消费品零售总额"
    assert obs.loc[1.8, "measure"] == "growth_rate" and obs.loc[1.8, "indicator_zh"] == "居民消费价格"
    assert obs.loc[1.9, "indicator_id"] == "registered_unemployment_rate"  # not the surveyed rate


def test_plan_ranges_and_plan_names_in_targets():
    docs = pd.DataFrame([dict(doc_id="p", report_year=2021, doc_type="five_year_plan", is_canonical=True, report_id="p")])
    texts = ["到2025年，全市地区生产总值年均增长6%—6.5%，人均地区生产总值超过20万元。",
             "“十四五”期间累计新增城镇就业60万人以上。"]
    s = pd.DataFrame([dict(doc_id="p", sentence_id=f"p-{i}", section_id="", paragraph_id=f"pp{i}", part="plan", text=t,
                           char_start=0, char_end=len(t), clean_start=0) for i, t in enumerate(texts)])
    obs = extract_observations(s, docs).set_index("value")
    assert obs.loc[6.5, "indicator_id"] == obs.loc[6.0, "indicator_id"] == "gdp"  # both ends of the range
    assert (obs.loc[6.0, "ref_period_start"], obs.loc[6.0, "ref_period_end"]) == (2021, 2025)
    assert obs.loc[60.0, "indicator_zh"] == "城镇新增就业" and obs.loc[60.0, "measure"] == "cumulative"


def test_doubling_and_comparisons_take_the_sentence_subject():
    docs = pd.DataFrame([dict(doc_id="x", report_year=2022, doc_type="gov_work_report", is_canonical=True, report_id="x")])
    texts = ["高新技术企业数量突破六千家，较五年前翻了一番。", "今年地区生产总值预期增长6%左右。"]
    s = pd.DataFrame([dict(doc_id="x", sentence_id=f"x-{i}", section_id="", paragraph_id=f"p{i}",
                           part=["review", "plan"][i], text=t, char_start=0, char_end=len(t), clean_start=0)
                      for i, t in enumerate(texts)])
    obs = extract_observations(s, docs).set_index("value")
    assert obs.loc[2.0, "unit"] == "倍" and obs.loc[2.0, "indicator_id"] == "hightech_enterprises"
    assert obs.loc[6000.0, "indicator_id"] == "hightech_enterprises"
    assert obs.loc[6.0, "indicator_id"] == "gdp" and obs.loc[6.0, "status"] == "target"


# ---- sentences of real reports (national, Jiangsu, Hailar), without raw offsets

def _obs(report_year, *texts, part="review", doc_type="gov_work_report"):
    docs = pd.DataFrame([dict(doc_id="r", report_year=report_year, doc_type=doc_type, is_canonical=True, report_id="r")])
    rows = [dict(doc_id="r", sentence_id=f"r-{i:05d}", section_id="", paragraph_id=f"p{i:04d}", part=part, text=t,
                 char_start=0, char_end=len(t), clean_start=0) for i, t in enumerate(texts)]
    obs = extract_observations(pd.DataFrame(rows), docs)
    assert list(obs.columns) == OBS_COLUMNS
    return obs


def test_streaks_go_beside_the_value():
    obs = _obs(2026, "群众安全感连续7年保持98%以上。")
    assert obs[["value", "unit", "streak_years", "bound", "measure"]].values.tolist() == [[98, "%", 7, "floor", "level"]]
    obs = _obs(2026, "两化融合发展水平指数连续11年全国第一。")
    assert obs[["value", "measure", "streak_years"]].values.tolist() == [[1, "rank", 11]]
    obs = _obs(2016, "粮食产量实现“十二连增”。")
    assert obs[["value", "unit", "measure", "indicator_text"]].values.tolist() == [[12, "年", "streak", "粮食产量"]]


def test_set_phrases_give_no_observation():
    assert _obs(2019, "严格落实中央八项规定精神，坚持和平共处五项原则，充分调动两个积极性。").empty


def test_stock_flow_and_bounds():
    obs = _obs(2024, "高层次人才总量达到18万人，引进1.3万人。", part="plan")
    assert obs[["indicator_id", "stock_flow", "measure"]].values.tolist() == [
        ["high_level_talent_total", "stock", "level"], ["high_level_talent", "flow", "level"]]
    obs = _obs(2024, "净增高新技术企业超1200家。")
    r = obs.iloc[0]                                    # a flow added to a stock is a change of the stock
    assert (r["indicator_id"], r["measure"], r["stock_flow"], r["match_rule"]) == (
        "hightech_enterprises", "change", "flow", "flow_of_stock")
    obs = _obs(2024, "PM2.5平均浓度控制在35微克/立方米以下，城镇调查失业率控制在5.5%以内，城镇新增就业1100万人以上。",
               part="plan")
    assert obs["bound"].tolist() == ["ceiling", "ceiling", "floor"]
    assert obs["indicator_id"].tolist() == ["pm25", "unemployment_rate", "urban_new_jobs"]


def test_growth_target_and_doubling():
    obs = _obs(2024, "今年经济增长预期目标为5%左右。", part="plan")
    r = obs.iloc[0]
    assert (r["indicator_id"], r["measure"], r["status"], r["ref_year"], r["match_rule"]) == (
        "gdp", "growth_rate", "target", 2024, "growth_synonym")
    obs = _obs(2016, "到2020年国内生产总值和城乡居民人均收入比2010年翻一番。", part="plan")
    assert obs["indicator_id"].tolist() == ["gdp", "disposable_income"]   # one number, two indicators
    assert set(obs["measure"]) == {"growth_rate"} and set(obs["ref_year"]) == {2020}
    obs = _obs(2010, "城乡居民收入提高1倍。", part="plan")
    assert obs["measure"].tolist() == ["growth_rate"]


def test_five_year_review_and_goals_from_cues():
    obs = _obs(2016, "2015年是“十二五”收官之年。", "过去五年，我国发展成就举世瞩目。",
               "国内生产总值年均增长7.8%，城镇新增就业人数超过6400万人，铁路营业里程达到12.1万公里。")
    got = obs[["value", "ref_period_start", "ref_period_end", "measure", "status"]].values.tolist()
    assert got == [[7.8, 2011, 2015, "growth_rate", "actual"], [6400, 2011, 2015, "cumulative", "actual"],
                   [12.1, 2015, 2015, "level", "actual"]]
    obs = _obs(2021, "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年。",
               "城镇调查失业率控制在5.5%以内，常住人口城镇化率提高到65%，单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。",
               part="plan")
    got = obs[["value", "ref_period_start", "ref_period_end", "measure"]].values.tolist()
    assert got == [[5.5, 2021, 2025, "level"], [65, 2025, 2025, "level"], [13.5, 2021, 2025, "cumulative"],
                   [18, 2021, 2025, "cumulative"]]
    assert obs["indicator_text"].tolist()[2:] == ["单位国内生产总值能耗", "单位国内生产总值二氧化碳排放"]


def test_from_values_date_the_year_before():
    obs = _obs(2016, "“十三五”时期主要目标任务和重大举措", "到2020年，全员劳动生产率从人均8.7万元提高到12万元以上。",
               part="plan")
    got = obs[["value", "ref_year", "status"]].values.tolist()
    assert got == [[8.7, 2015, "actual"], [12, 2020, "target"]]


def test_units_kept_and_hostile_sentences():
    obs = _obs(2022, "粮食产量保持在1.3万亿斤以上。", part="plan")
    assert obs[["unit", "value_base", "unit_base"]].values.tolist() == [["万亿斤", 650000000.0, "吨"]]
    obs = _obs(2020, "<script>alert(1)</script>增长5%，，，、、分别", "", "1234567890", "第一第二第三")
    assert set(obs["indicator_id"]).isdisjoint({"gdp"})
