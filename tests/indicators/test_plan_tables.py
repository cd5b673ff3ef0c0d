"""Plan tables: every cell of the flattened tables, with years and statuses read from the headers."""
from pathlib import Path

import pytest

from govreport.corpus.build import build_corpus
from govreport.indicators.plan_tables import five_year_period_start, parse_plan_table, plan_period

RAW = Path(__file__).resolve().parents[2] / "data" / "raw" / "004_60f403089f70f350.txt"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    """The plan's tables as the corpus stage finds them, parsed cell by cell."""
    folder = tmp_path_factory.mktemp("plan")
    (folder / RAW.name).write_bytes(RAW.read_bytes())
    corpus = build_corpus(folder)
    doc = next(iter(corpus.docs.values()))
    found = [(t.title[1], t.title, t.char_start, t.char_end) for t in corpus.tables["tables"].itertuples()]
    return doc.raw_text, found, [parse_plan_table(doc.raw_text, doc.doc_id, t.table_id, t.char_start, t.char_end)
                                 for t in corpus.tables["tables"].itertuples()]


def cell(df, ref):
    rows = df[df["table_cell"] == ref]
    assert len(rows), ref
    return rows


def test_two_tables_found(tables):
    _text, found, _dfs = tables
    assert [n for n, *_ in found] == ["1", "2"]


def test_headers_give_years_and_statuses(tables):
    _t, _f, (t1, t2) = tables
    assert cell(t1, "t01-r02-c2020-target")["value"].tolist() == [20000]
    assert cell(t1, "t01-r02-c2019-actual")["value"].tolist() == [17591]
    assert cell(t1, "t01-r02-c2020-estimate")["value"].tolist() == [17595]
    r = cell(t2, "t02-r05-c2025-target").iloc[0]
    assert (r["value"], r["ref_year"], r["status"], r["qualifier"]) == (50, 2025, "target", "预期性")
    assert cell(t2, "t02-r02-c2020-estimate")["value"].tolist() == [31]


def test_cell_notations(tables):
    _t, _f, (t1, t2) = tables
    r = cell(t1, "t01-r01-c2019-actual").iloc[0]
    assert (r["value"], r["measure"], r["ref_period_start"], r["ref_period_end"]) == (7.2, "growth_rate", 2016, 2019)
    r = cell(t1, "t01-r18-c2019-actual").iloc[0]
    assert (r["value"], r["measure"], r["ref_period_start"]) == (61.8, "cumulative", 2016)
    r = cell(t1, "t01-r29-c2020-target").iloc[0]
    assert r["value"] == 21.5 and "≥" in r["qualifier"] and r["measure"] == "cumulative"
    assert "左右" in cell(t1, "t01-r01-c2020-target").iloc[0]["qualifier"]
    assert cell(t2, "t02-r11-c2020-estimate").iloc[0]["qualifier"].startswith("<")
    r = cell(t2, "t02-r19-c2025-target").iloc[0]
    assert (r["value"], r["ref_period_start"], r["ref_period_end"], r["qualifier"]) == (8, 2021, 2025, "约束性")


def test_sub_rows_and_joined_cells(tables):
    _t, _f, (t1, _t2) = tables
    assert cell(t1, "t01-r04b-c2020-estimate")["value"].tolist() == [78.74]
    assert cell(t1, "t01-r04b-c2020-estimate")["indicator_id"].tolist() == ["urbanisation_rate_registered"]
    r = cell(t1, "t01-r31b-c2019-actual").iloc[0]
    assert r["indicator_id"] == "ammonia_reduction" and r["value"] == 11.62
    assert cell(t1, "t01-r14-c2020-estimate")["value_text"].tolist() == ["待人口普查公布"]


def test_text_cells_are_kept_without_a_number(tables):
    _t, _f, (t1, t2) = tables
    for ref, text in [("t01-r26-c2020-estimate", "待省核定"), ("t01-r30-c2019-actual", "—"),
                      ("t01-r46a-c2020-estimate", "*")]:
        r = cell(t1, ref).iloc[0]
        assert r["value_text"] == text and r["value"] != r["value"]       # NaN
    assert cell(t2, "t02-r29-c2025-target")["value_text"].tolist() == ["完成省下达目标"]


def test_cell_with_two_scoped_numbers(tables):
    _t, _f, (t1, _t2) = tables
    rows = cell(t1, "t01-r13-c2019-actual")
    assert rows["value"].tolist() == [11520, 10920]
    assert rows["qualifier"].tolist() == ["市区、江阴", "宜兴"]


def test_offsets_point_at_the_numbers(tables):
    text, _f, dfs = tables
    for df in dfs:
        for r in df.dropna(subset=["value"]).itertuples():
            assert text[r.char_start:r.char_end].replace(",", "") in r.value_text


def test_periods():
    assert plan_period(13) == (2016, 2020) and plan_period(14) == (2021, 2025)
    assert [five_year_period_start(y) for y in (2016, 2019, 2020, 2021, 2025)] == [2016] * 3 + [2021] * 2


def test_hostile_table_text():
    assert parse_plan_table("表9  空表\n\n", "d", "d-t01", 0, 8).empty
    weird = "表3  测试\n\t类别\n\t序号\n\t指标\n\t2030年目标值\n\n\t\n\t1\n\t某指标（个）\n\t两万\n"
    df = parse_plan_table(weird, "d", "d-t03", 0, len(weird))
    assert len(df) == 1 and df.iloc[0]["ref_year"] == 2030


def test_a_table_with_other_columns_is_read_from_its_headers():
    """No 序号 column, a 单位 column, and year headers without status words."""
    raw = ("表3  某市“十四五”主要指标\n\t类别\n\t指标\n\t单位\n\t2020年\n\t2025年\n\t属性\n\n"
           "\t经济发展\n\t地区生产总值增长\n\t%\n\t3.5\n\t5.5左右\n\t预期性\n\n"
           "\t\n\t一般公共预算收入\n\t亿元\n\t620\n\t[3500]\n\t预期性\n\n"
           "\t绿色生态\n\tPM2.5平均浓度\n\t微克/立方米\n\t33\n\t≤30\n\t约束性\n")
    obs = parse_plan_table(raw, "p", "p-t01", 0, len(raw)).set_index("table_cell")
    assert obs.loc["t03-r01-c2025-target", "indicator_id"] == "gdp"
    assert obs.loc["t03-r01-c2025-target", "measure"] == "growth_rate"
    assert obs.loc["t03-r02-c2020-actual", "unit"] == "亿元"
    revenue = obs.loc["t03-r02-c2025-target"]
    assert (revenue["measure"], revenue["ref_period_start"], revenue["ref_period_end"]) == ("cumulative", 2021, 2025)
    pm = obs.loc["t03-r03-c2025-target"]
    assert (pm["value"], pm["unit"], pm["status"]) == (30.0, "微克/立方米", "target") and "≤" in pm["qualifier"]
