"""The corpus stage end to end: real reports of several layouts without a catalog, file names, catalogs."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.corpus_helpers import RAW, copy_real, covers_exactly_once, needs_realcorpus, real_text
from govreport.corpus.build import build_corpus, clean
from govreport.corpus.catalog import CatalogError
from govreport.corpus.read import read_document
from govreport.corpus.structure import analyse


def test_every_document_is_covered_exactly_once(wuxi):
    for doc in wuxi.docs.values():
        covers_exactly_once(doc.ledger)


def test_removed_and_repairs_tables_cover_the_raw_text_with_the_kept_text(wuxi):
    removed, repairs = wuxi.tables["removed"], wuxi.tables["repairs"]
    for doc_id, doc in wuxi.docs.items():
        raw = doc.raw_text
        spans = []
        for r in removed[removed.doc_id == doc_id].itertuples():
            assert raw[r.char_start:r.char_end] == r.text
            spans.append((r.char_start, r.char_end))
        for r in repairs[repairs.doc_id == doc_id].itertuples():
            assert raw[r.char_start:r.char_end] == r.before
            spans.append((r.char_start, r.char_end))
        spans.sort()
        kept, pos = 0, 0
        for a, b in spans:
            assert a >= pos, "edits overlap"
            kept += a - pos
            pos = b
        kept += len(raw) - pos
        edited_clean = sum(len(r.after) for r in repairs[repairs.doc_id == doc_id].itertuples())
        assert kept + edited_clean == len(doc.clean_text)


@needs_realcorpus
def test_real_reports_of_four_layouts_without_a_catalog(tmp_path):
    raw = copy_real(tmp_path, "national/cn_national_2022.txt", "national_oneline/cn_national_2019_oneline.txt",
                    "provincial/jiangsu_2026.txt", "district/hailar_2014.txt")
    c = build_corpus(raw)
    docs = c.tables["documents"].set_index("doc_id")
    got = {d: (r.report_year, r.place, r.level, r.encoding) for d, r in docs.iterrows()}
    assert got == {
        "national-cn_national_2022": (2022, "中国", "national", "utf-8"),
        "national_oneline-cn_national_2019_oneline": (2019, "中国", "national", "utf-8"),
        "provincial-jiangsu_2026": (2026, "江苏省", "province", "utf-8"),
        "district-hailar_2014": (2014, "海拉尔区", "district", "gb18030"),
    }
    assert docs.loc["provincial-jiangsu_2026", "report_date"] == "2026-02-03"
    assert docs.loc["provincial-jiangsu_2026", "congress"] == "江苏省第十四届人民代表大会第五次会议"
    assert docs.loc["national_oneline-cn_national_2019_oneline", "congress"] == "第十三届全国人民代表大会第二次会议"
    assert "report_year=2022 (dateline@15: 2022年3月5日在第十三届全国人民代表大会第五次会议)" in docs.loc[
        "national-cn_national_2022", "metadata_evidence"]
    assert docs.report_id.is_unique and docs.is_canonical.all()
    parts = c.tables["sentences"].groupby("doc_id").part.agg(set)
    assert {"review", "plan"} <= parts["national_oneline-cn_national_2019_oneline"]
    assert {"review", "plan", "five_year_review", "five_year_plan"} <= parts["provincial-jiangsu_2026"]
    assert {"review", "plan"} <= parts["district-hailar_2014"]
    sections = c.tables["sections"]
    assert (sections[sections.doc_id == "national_oneline-cn_national_2019_oneline"].level == 1).sum() == 3
    removed = c.tables["removed"]
    assert {"page_navigation", "photo_caption", "licence_footer", "news_agency_dateline"} <= set(removed.reason)


@needs_realcorpus
def test_two_chinese_file_names_build_as_two_documents(tmp_path):
    copy_real(tmp_path, "provincial/jiangsu_2026.txt", rename={"provincial/jiangsu_2026.txt": "江苏省政府工作报告.txt"})
    zhejiang = ("2026年浙江省政府工作报告\n——2026年1月26日在浙江省第十四届人民代表大会第五次会议上\n各位代表：\n"
                "现在，我代表浙江省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n过去一年，全省生产总值增长5.5%。\n"
                "二、2026年主要任务\n今年全省生产总值增长5%左右。\n")
    (tmp_path / "浙江省政府工作报告.txt").write_text(zhejiang, encoding="utf-8")
    docs = build_corpus(tmp_path).tables["documents"].set_index("doc_id")
    assert list(docs.index) == ["江苏省政府工作报告", "浙江省政府工作报告"]
    assert list(docs.place) == ["江苏省", "浙江省"] and list(docs.report_year) == [2026, 2026]
    assert list(docs.report_id) == ["江苏省-gov_work_report-2026", "浙江省-gov_work_report-2026"]


def test_an_uncatalogued_gbk_report_gets_metadata_from_its_text(tmp_path):
    report = "2023年苏州市人民政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全市地区生产总值增长3%。\n\n二、2023年主要工作\n\n力争增长5%。\n"
    (tmp_path / "report.txt").write_bytes(report.encode("gbk"))
    c = build_corpus(tmp_path)
    row = c.tables["documents"].iloc[0]
    assert (row.place, row.level, row.report_year, row.doc_type, row.encoding) == (
        "苏州市", "city", 2023, "gov_work_report", "gb18030")
    assert row.metadata_note.startswith("not in catalog; metadata from the text")
    assert "report_year=2023 (title@0: 2023年苏州市人民政府工作报告)" in row.metadata_evidence
    parts = dict(zip(c.tables["sentences"].text, c.tables["sentences"].part))
    assert parts["全市地区生产总值增长3%。"] == "review" and parts["力争增长5%。"] == "plan"


def test_a_minimal_catalog_needs_only_doc_id_and_file_and_disagreements_are_noted(tmp_path):
    text, _ = read_document(RAW / "001_b7f2d84b19091d39.txt")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("2021", "2O21"), encoding="utf-8")
    (tmp_path / "catalog.csv").write_text("doc_id,file,report_year\nmy-report,a.txt,\nwrong,b.txt,2020\n", encoding="utf-8")
    docs = build_corpus(tmp_path).tables["documents"].set_index("doc_id")
    row = docs.loc["my-report"]
    assert (row.place, row.level, row.doc_type, row.report_year) == ("无锡市", "city", "gov_work_report", 2021)
    assert bool(row.is_canonical) and row.report_id == "无锡市-gov_work_report-2021"
    assert "catalog says report_year 2020, the text suggests" in docs.loc["wrong", "metadata_note"]


@pytest.mark.parametrize("encoding,newline", [("gb18030", "\r\n"), ("utf-16", "\n"), ("utf-8-sig", "\r\n")])
def test_a_report_in_another_encoding_gives_the_same_sentences(tmp_path, encoding, newline):
    text, _ = read_document(RAW / "003_c4e17f72f1a964b2.txt")
    (tmp_path / "report.txt").write_bytes(text.replace("\n", newline).encode(encoding))
    other = build_corpus(tmp_path)
    (tmp_path / "orig").mkdir()
    shutil.copyfile(RAW / "003_c4e17f72f1a964b2.txt", tmp_path / "orig" / "o.txt")
    original = build_corpus(tmp_path / "orig")
    assert other.tables["sentences"].text.tolist() == original.tables["sentences"].text.tolist()
    covers_exactly_once(next(iter(other.docs.values())).ledger)


def test_two_builds_give_the_same_tables(tmp_path):
    for name in ("001_b7f2d84b19091d39.txt", "003_c4e17f72f1a964b2.txt"):
        shutil.copyfile(RAW / name, tmp_path / name)
    a, b = build_corpus(tmp_path).tables, build_corpus(tmp_path).tables
    for name in a:
        assert a[name].equals(b[name]), name


_chunks = st.sampled_from([
    "各位代表：", "\n", "\n\n", "\t", "（上接第2版）", "**加快发展。**", "# 标题", "[bookmark: _Toc1]",
    "一、2023年工作回顾", "（一）聚力稳定经济运行。", "全市地区生产总值由 2015 年的 8681 亿元增至 12370 亿元。",
    "PM_{2.5}", "１２３", "“", "”", "（", "）", "。", "— 6 —", "\r\n", "据了解，记者（唐芸芸）", "下载\n", "\u3000\u3000",
    "本报记者 朱江 摄\n", "相关报道：\n", "\x00", "\u200b", "过去五年，", "“十四五”时期", "附件\n",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_chunks, st.text(max_size=30)), max_size=60), st.integers(1, 4),
       st.one_of(st.none(), st.integers(1950, 2030)))
def test_cleaning_never_crashes_and_keeps_the_coverage_invariant(chunks, repeat, year):
    raw = "".join(chunks) * repeat  # repetition exercises the duplicate detector
    ledger, emphasis = clean(raw)
    covers_exactly_once(ledger)
    structure = analyse(ledger, emphasis, year)
    text = ledger.clean
    for a, b, *_, part in structure.sentences:
        assert 0 <= a < b <= len(text) and part in ("review", "five_year_review", "plan", "five_year_plan", "annex",
                                                     "other")
        r0, r1 = ledger.to_raw_span(a, b)
        assert 0 <= r0 <= r1 <= len(raw)


def test_streamed_tables_are_the_in_memory_tables_one_document_at_a_time(wuxi):
    """``stream`` hands over each document's rows before the next document is parsed, in doc_id
    order, and what it hands over (and the corpus-wide tables it returns, variants of re-parsed
    versions included) is what ``build_corpus`` holds in memory."""
    import pyarrow as pa

    from govreport import store
    from govreport.corpus import build as corpus_build

    events, emitted = [], {}

    def mapper(fn, jobs):
        for job in jobs:
            events.append(("parse", getattr(job, "doc_id", None)))
            yield fn(job)

    def emit(name, rows):
        doc_ids = set(rows.column("doc_id").to_pylist())
        assert len(doc_ids) == 1
        events.append(("emit", doc_ids.pop()))
        emitted.setdefault(name, []).append(rows)

    wide = corpus_build.stream(RAW, emit, mapper=mapper)
    parsed = [d for kind, d in events if kind == "parse" and d]
    assert parsed == sorted(parsed) == sorted(wuxi.docs)
    last = None
    for kind, d in events:  # a document's rows are handed over before the next document is parsed
        if kind == "parse" and d:
            last = d
        elif kind == "emit":
            assert d == last
    for name in corpus_build.PER_DOCUMENT:
        want = store.conform(wuxi.tables[name], name)
        got = pa.concat_tables(emitted[name]).to_pandas() if name in emitted else store.empty(name)
        pd.testing.assert_frame_equal(got, want, check_dtype=True)
    for name in ("documents", "variants", "skipped"):
        pd.testing.assert_frame_equal(store.conform(wide[name], name), store.conform(wuxi.tables[name], name))
    assert len(wide["variants"]) > 0  # the Wuxi corpus has versions: they were parsed again and aligned


def test_a_version_edited_while_the_corpus_is_built_is_refused(tmp_path):
    from govreport.corpus import build as corpus_build

    text, _ = read_document(RAW / "003_c4e17f72f1a964b2.txt")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text.replace("。", "。\n", 50), encoding="utf-8")  # a version of a

    def mapper(fn, jobs):
        if fn is corpus_build.align_report:
            (tmp_path / "b.txt").write_text(text[:2000], encoding="utf-8")
        return map(fn, jobs)

    with pytest.raises(CatalogError, match=r"b\.txt: changed while the corpus was built"):
        corpus_build.stream(tmp_path, lambda name, rows: None, mapper=mapper)


def test_a_documents_rows_become_arrow_as_the_data_dictionary_shapes_them():
    """The worker's fast path gives what conforming the rows with pandas gives, missing values included."""
    from govreport import store
    from govreport.corpus.build import to_arrow

    rows = [dict(doc_id="d", section_id="d-s0000", parent_id="", level=1, number=None, title="一、回顾",
                 part="review", char_start=0, char_end=12),
            dict(doc_id="d", section_id="d-s0001", parent_id="d-s0000", level=None, number="3", title=float("nan"),
                 part=None, char_start=12, char_end=40)]
    columns = {k: [r[k] for r in rows] for k in rows[0]}
    assert to_arrow(columns, "sections").equals(store.to_arrow(pd.DataFrame(rows), "sections"), check_metadata=True)
    with pytest.raises(KeyError):
        to_arrow({k: v for k, v in columns.items() if k != "title"}, "sections")
    with pytest.raises((TypeError, ValueError)):  # pa.ArrowTypeError / ArrowInvalid
        to_arrow({**columns, "number": [None, 3]}, "sections")
