"""A .jsonl or .csv file of report records is a collection: one document per record, with provenance."""
from __future__ import annotations

import csv
import json

import pytest

from corpus.corpus_helpers import needs_realcorpus, real_text
from govreport import store
from govreport.corpus.build import build_corpus
from govreport.corpus.collections import read_collection
from govreport.corpus.sources import CorpusTexts

SHORT = "2023年苏州市人民政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全市地区生产总值增长3%。\n"


def _jsonl(*records) -> bytes:
    return "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records).encode()


def test_records_with_a_text_field_are_reports_and_the_rest_is_listed():
    data = _jsonl({"title": "苏州", "year": 2023, "content": SHORT}, "{not json", {"id": 3, "body": "x"},
                  {"text": "   "}, "", {"full_text": SHORT.replace("苏州", "常州"), "place": "常州市"}, "[1, 2]")
    records, skipped, encoding = read_collection("reports.jsonl", data)
    assert encoding == "utf-8"
    assert [(r.number, r.fields) for r in records] == [(1, {"title": "苏州", "report_year": "2023"}),
                                                      (6, {"place": "常州市"})]
    assert [(s.record, s.reason) for s in skipped] == [(2, "bad_record"), (3, "no_text_field"), (4, "empty_record"),
                                                      (7, "bad_record")]


def test_a_csv_without_a_text_column_is_not_a_collection():
    data = "file,level,place\nnational/x.txt,national,中国\n".encode()
    records, skipped, _ = read_collection("MANIFEST.csv", data)
    assert records == [] and [(s.file, s.record, s.reason) for s in skipped] == [("MANIFEST.csv", -1, "no_text_field")]


@needs_realcorpus
def test_a_jsonl_collection_builds_one_document_per_record_with_provenance(tmp_path):
    national, district = real_text("national/cn_national_2022.txt"), real_text("district/hailar_2013.txt")
    (tmp_path / "reports.jsonl").write_bytes(_jsonl({"content": national}, "oops",
                                                    {"content": district, "title": "海拉尔区2013"}))
    with open(tmp_path / "more.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "text"])
        w.writerow(["苏州", SHORT])
    c = build_corpus(tmp_path)
    docs = c.tables["documents"].set_index("doc_id")
    assert list(docs.index) == ["more-r1", "reports-r1", "reports-r3"]
    assert list(docs.record) == [1, 1, 3] and list(docs.file) == ["more.csv", "reports.jsonl", "reports.jsonl"]
    assert (docs.loc["reports-r1", "place"], docs.loc["reports-r1", "report_year"]) == ("中国", 2022)
    assert (docs.loc["reports-r3", "title"], docs.loc["reports-r3", "report_year"]) == ("海拉尔区2013", 2013)
    assert "record 3 fields" in docs.loc["reports-r3", "metadata_evidence"]
    assert docs.loc["reports-r1", "report_id"] != docs.loc["reports-r3", "report_id"]
    assert [(s.file, s.record, s.reason) for s in c.tables["skipped"].itertuples()] == [("reports.jsonl", 2, "bad_record")]
    # offsets index the record's text; a later stage re-reads the record from the file
    tables = {k: store.conform(v, k) for k, v in c.tables.items()}
    texts = CorpusTexts(tmp_path, tables)
    assert texts.raw("reports-r3") == district
    texts.check_sentences(tables["sentences"])
    s = tables["sentences"][tables["sentences"].doc_id == "reports-r3"].iloc[5]
    assert district[s.char_start:s.char_end].replace("\r\n", "").startswith(s.text[:5])


def test_an_edited_collection_is_stale(tmp_path):
    from govreport.corpus.sources import StaleTablesError

    (tmp_path / "r.jsonl").write_bytes(_jsonl({"content": SHORT}))
    tables = {k: store.conform(v, k) for k, v in build_corpus(tmp_path).tables.items()}
    (tmp_path / "r.jsonl").write_bytes(_jsonl({"content": SHORT + "新增一句。"}))
    with pytest.raises(StaleTablesError, match="changed since"):
        CorpusTexts(tmp_path, tables).raw("r-r1")
