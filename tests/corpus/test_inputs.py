"""The raw folder is untrusted: only regular report files inside it are read; the rest is listed."""
from __future__ import annotations

import os

import pytest

from govreport.corpus.build import build_corpus
from govreport.corpus.inputs import scan

REPORT = "2023年苏州市人民政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全市地区生产总值增长3%。\n"


def _folder(tmp_path):
    raw = tmp_path / "raw"
    (raw / "sub").mkdir(parents=True)
    (raw / "a.txt").write_text(REPORT, encoding="utf-8")
    (raw / "sub" / "b.md").write_text(REPORT.replace("苏州", "常州"), encoding="utf-8")
    (raw / "catalog.csv.bak").write_text("doc_id,file\nx,a.txt\n", encoding="utf-8")
    (raw / "stray.docx").write_bytes(b"PK\x03\x04 not a report")
    (raw / "README.md").write_text("# my reports\n", encoding="utf-8")
    (raw / ".DS_Store").write_bytes(b"\x00\x01")
    (raw / ".git").mkdir()
    (raw / ".git" / "x.txt").write_text(REPORT, encoding="utf-8")
    (raw / "passwd.txt").symlink_to("/etc/passwd")
    (raw / "linked_dir").symlink_to(raw / "sub")
    os.mkfifo(raw / "pipe.txt")
    return raw


def test_only_regular_report_files_are_read_and_everything_else_is_listed(tmp_path):
    raw = _folder(tmp_path)
    folder = scan(raw)
    assert folder.reports == ["a.txt", "sub/b.md"]
    assert folder.collections == []
    assert [(s.file, s.reason) for s in folder.skipped] == [
        (".DS_Store", "hidden"), (".git", "hidden"), ("README.md", "readme"),
        ("catalog.csv.bak", "unsupported_extension"), ("linked_dir", "symbolic_link"),
        ("passwd.txt", "symbolic_link"), ("pipe.txt", "not_a_regular_file"), ("stray.docx", "unsupported_extension")]


def test_the_build_reads_the_reports_and_publishes_what_it_skipped(tmp_path):
    c = build_corpus(_folder(tmp_path))
    docs = c.tables["documents"]
    assert list(docs.file) == ["a.txt", "sub/b.md"] and list(docs.doc_id) == ["a", "sub-b"]
    assert list(docs.place) == ["苏州市", "常州市"]
    assert "root:" not in "".join(c.tables["sentences"].text)  # /etc/passwd never read
    skipped = c.tables["skipped"]
    assert list(skipped.columns) == ["file", "record", "reason", "detail"]
    assert set(skipped.file) == {".DS_Store", ".git", "README.md", "catalog.csv.bak", "linked_dir", "passwd.txt",
                                 "pipe.txt", "stray.docx"}
    assert (skipped.record == -1).all() and skipped.detail.str.len().gt(0).all()


def test_two_scans_give_the_same_lists(tmp_path):
    raw = _folder(tmp_path)
    assert scan(raw) == scan(raw)


def test_a_catalog_row_pointing_at_a_skipped_file_is_refused(tmp_path):
    from govreport.corpus.catalog import CatalogError

    raw = _folder(tmp_path)
    (raw / "catalog.csv").write_text("doc_id,file\nx,passwd.txt\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"catalog\.csv line 2: row 'x' points to passwd\.txt, which is not read "
                                           r"\(symbolic_link"):
        build_corpus(raw)


def test_a_folder_with_nothing_to_read_is_refused(tmp_path):
    from govreport.corpus.catalog import CatalogError

    (tmp_path / "notes.docx").write_bytes(b"x")
    with pytest.raises(CatalogError, match="no documents in"):
        build_corpus(tmp_path)


def test_a_blank_report_file_stops_the_build_naming_it(tmp_path):
    from govreport.corpus.read import DocumentError

    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "blank.txt").write_bytes("\ufeff\u3000\u3000\u200b\n ".encode("utf-8"))
    with pytest.raises(DocumentError, match=r"blank\.txt: no text"):
        build_corpus(tmp_path)


def test_an_html_fragment_is_a_report(tmp_path):
    page = ('<div class="nav">首页 &gt; 政务公开</div><div class="tools">打印 | 关闭</div>'
            "<h1>2024年某某县人民政府工作报告</h1><p>——2024年1月10日在某某县第十八届人民代表大会第三次会议上</p>"
            "<p>各位代表：</p><p>现在，我代表县人民政府，向大会报告工作，请予审议。</p><h2>一、2023年工作回顾</h2>"
            "<p>过去一年，全县地区生产总值增长6.1%。</p><h2>二、2024年主要任务</h2><p>今年全县地区生产总值增长6%左右。</p>")
    (tmp_path / "county.html").write_text(page, encoding="utf-8")
    c = build_corpus(tmp_path)
    row = c.tables["documents"].iloc[0]
    assert (row.place, row.level, row.report_year, row.report_date) == ("某某县", "county", 2024, "2024-01-10")
    parts = dict(zip(c.tables["sentences"].text, c.tables["sentences"].part))
    assert parts["过去一年，全县地区生产总值增长6.1%。"] == "review" and parts["今年全县地区生产总值增长6%左右。"] == "plan"
    assert not any("打印" in t or "<" in t for t in c.tables["sentences"].text)


def test_the_build_prints_file_names_escaped(tmp_path, capsys):
    from govreport.pipeline import build

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "evil\x1b[2J.txt").write_text(REPORT, encoding="utf-8")
    (raw / "x\x1b]0;title\x07.docx").write_bytes(b"x")
    build(raw, tmp_path / "out")
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b[2J.txt" in err and "skipped: x\\x1b]0;title\\x07.docx: unsupported_extension" in err
