"""Corpus stage: cleaning ledger, structure, versions — on the real documents and hostile input."""
from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govreport.corpus.build import build_corpus, clean
from govreport.corpus.metadata import propose_metadata
from govreport.corpus.read import DocumentError, decode_bytes, read_document
from govreport.corpus.structure import analyse
from govreport.lang.spans import norm_key, split_sentences

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(RAW)


def _covers_exactly_once(ledger) -> None:
    pos = 0
    for start, end, kind, _ in ledger.spans():
        assert start == pos, f"gap or overlap at {pos}"
        assert end > start
        pos = end
    assert pos == len(ledger.raw)


def test_every_document_is_covered_exactly_once(corpus):
    for doc in corpus.docs.values():
        _covers_exactly_once(doc.ledger)


def test_removed_and_repairs_tables_cover_the_raw_text_with_the_kept_text(corpus):
    removed, repairs = corpus.tables["removed"], corpus.tables["repairs"]
    for doc_id, doc in corpus.docs.items():
        raw = doc.raw_text
        spans = []
        for r in removed[removed.doc_id == doc_id].itertuples():
            assert raw[r.char_start:r.char_end] == r.text
            spans.append((r.char_start, r.char_end))
        for r in repairs[repairs.doc_id == doc_id].itertuples():
            assert raw[r.char_start:r.char_end] == r.before
            spans.append((r.char_start, r.char_end))
        spans.sort()
        kept = 0
        pos = 0
        for a, b in spans:
            assert a >= pos, "edits overlap"
            kept += a - pos
            pos = b
        kept += len(raw) - pos
        edited_clean = sum(len(r.after) for r in repairs[repairs.doc_id == doc_id].itertuples())
        assert kept + edited_clean == len(doc.clean_text)


def test_sentence_offsets_point_at_their_text_in_the_raw_file(corpus):
    sentences = corpus.tables["sentences"]
    for row in sentences.itertuples():
        doc = corpus.docs[row.doc_id]
        assert doc.clean_text[row.clean_start:row.clean_start + len(row.text)] == row.text
        raw_piece = doc.raw_text[row.char_start:row.char_end]
        # the raw span holds the sentence, up to removed debris and repaired characters
        assert norm_key(row.text)[:1] and norm_key(raw_piece)
        assert doc.to_raw(row.clean_start) == row.char_start


def test_no_sentence_of_the_2022_report_appears_twice(corpus):
    s = corpus.tables["sentences"]
    keys = [norm_key(t) for t in s[s.doc_id == "wx-gwr-2022-news"].text]
    long_keys = [k for k in keys if len(k) >= 12]
    assert len(long_keys) == len(set(long_keys))
    assert len(long_keys) > 50


def test_unrelated_news_articles_are_removed_with_their_reason(corpus):
    removed = corpus.tables["removed"]
    news = removed[(removed.doc_id == "wx-gwr-2022-news") & (removed.reason == "unrelated_content")]
    text = "".join(news.text)
    assert "宜兴主要旅游资源集中在宜南山区" in text
    assert "（唐芸芸）" in text
    clean = corpus.docs["wx-gwr-2022-news"].clean_text
    assert "宜兴环科园" not in clean and "聚力筑牢发展硬底线" in clean


def test_repeats_point_to_their_first_occurrence(corpus):
    removed = corpus.tables["removed"]
    reps = removed[removed.reason.str.contains("repeated")]
    assert len(reps) >= 10
    for r in reps.itertuples():
        assert 0 <= r.duplicate_of_start < r.char_start


def test_debris_is_removed_from_the_plan(corpus):
    clean = corpus.docs["wx-fyp-14"].clean_text
    for debris in ("[bookmark:", "[footnoteRef:", "[image:", "— 5 —"):
        assert debris not in clean
    assert "第一篇  发展方位\t1" not in clean  # table of contents
    reasons = set(corpus.tables["removed"].query("doc_id == 'wx-fyp-14'").reason)
    assert {"word_bookmark", "footnote_marker", "image_placeholder", "page_number", "table_of_contents"} <= reasons


def test_spaces_and_latex_are_repaired_in_the_2021_report(corpus):
    clean = corpus.docs["wx-gwr-2021"].clean_text
    assert "由2015年的8681亿元增至12370亿元" in clean
    assert "PM2.5平均浓度33微克/立方米" in clean
    assert "公共资源实现“一市一平台”交易" in clean  # sentence broken across a blank line


def test_plan_tables_are_recognised_and_kept_out_of_sentences(corpus):
    tables = corpus.tables["tables"].query("doc_id == 'wx-fyp-14'")
    assert list(tables.title.str[:2]) == ["表1", "表2"]
    sentences = corpus.tables["sentences"].query("doc_id == 'wx-fyp-14'")
    for t in tables.itertuples():
        inside = sentences[(sentences.char_start >= t.char_start) & (sentences.char_end <= t.char_end)]
        assert inside.empty
    assert not sentences.text.str.contains("年均7.5左右").any()


def test_sections_carry_review_and_plan_parts(corpus):
    s = corpus.tables["sentences"]
    def part_of(fragment):
        return set(s[s.text.str.contains(fragment, regex=False)].part)
    assert part_of("由2015年的8681亿元增至12370亿元") == {"review"}
    assert part_of("预计全市地区生产总值近1.55万亿元") == {"review"}
    assert part_of("新增国家专精特新“小巨人”企业80家以上") == {"plan"}
    assert part_of("确保生物医药产业规模超过1600亿元") == {"plan"}
    sections = corpus.tables["sections"]
    plan = sections[sections.doc_id == "wx-fyp-14"]
    assert plan[plan.title == "发展基础"].part.tolist() == ["review"]
    lead = sections[(sections.doc_id == "wx-gwr-2022-news") & (sections.title == "推动现代服务业提档升级")]
    assert len(lead) == 1 and lead.level.iloc[0] == 4


def test_the_two_versions_of_the_2024_report_align_and_typos_are_variants(corpus):
    docs = corpus.tables["documents"].set_index("doc_id")
    assert docs.loc["wx-gwr-2024", "is_canonical"] and not docs.loc["wx-gwr-2024-news", "is_canonical"]
    v = corpus.tables["variants"]
    pairs = set(zip(v.canonical_text, v.other_text))
    assert ("领军", "标杆") in pairs
    assert ("羡", "羨") in pairs
    for r in v[v.char_start >= 0].itertuples():
        raw = corpus.docs[r.other_doc_id].raw_text
        assert norm_key(raw[r.char_start:r.char_end]) == norm_key(r.other_text)


def test_metadata_is_proposed_from_the_text():
    text, _ = read_document(RAW / "001_b7f2d84b19091d39.txt")
    m = propose_metadata(text)
    assert (m.doc_type, m.city, m.report_year) == ("gov_work_report", "无锡", 2021)
    text, _ = read_document(RAW / "003_c4e17f72f1a964b2.txt")
    assert propose_metadata(text).report_year == 2024
    text, _ = read_document(RAW / "004_60f403089f70f350.txt")
    m = propose_metadata(text)
    assert (m.doc_type, m.report_year) == ("five_year_plan", 2021)


def test_other_encodings_decode_and_bad_files_are_refused(tmp_path):
    text = "二、2024年主要工作\n\n今年全市地区生产总值增长5%左右。\n"
    for enc in ("gb18030", "utf-16", "utf-8-sig"):
        decoded, used = decode_bytes(text.encode(enc), f"x.{enc}")
        assert decoded.replace("\ufeff", "") == text
    with pytest.raises(DocumentError, match="empty"):
        decode_bytes(b"", "empty.txt")
    with pytest.raises(DocumentError, match="binary.txt"):
        decode_bytes(bytes(range(256)) * 20, "binary.txt")
    bad = tmp_path / "missing.txt"
    with pytest.raises(DocumentError, match="missing.txt"):
        read_document(bad)


def test_an_uncatalogued_gbk_report_gets_proposed_metadata(tmp_path):
    report = "2023年苏州市人民政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全市地区生产总值增长3%。\n\n二、2023年主要工作\n\n力争增长5%。\n"
    (tmp_path / "report.txt").write_bytes(report.encode("gbk"))
    c = build_corpus(tmp_path)
    row = c.tables["documents"].iloc[0]
    assert (row.place, row.report_year, row.doc_type, row.encoding) == ("苏州市", 2023, "gov_work_report", "gb18030")
    assert "not in catalog" in row.metadata_note
    parts = dict(zip(c.tables["sentences"].text, c.tables["sentences"].part))
    assert parts["全市地区生产总值增长3%。"] == "review" and parts["力争增长5%。"] == "plan"


def test_sentence_splitting_respects_quotes_and_brackets():
    text = "他说：“加快发展。推动转型！”随后落实（见附表。）措施；完成任务。"
    pieces = [text[a:b] for a, b in split_sentences(text)]
    assert pieces == ["他说：“加快发展。推动转型！”随后落实（见附表。）措施；", "完成任务。"]


_chunks = st.sampled_from([
    "各位代表：", "\n", "\n\n", "\t", "（上接第2版）", "**加快发展。**", "# 标题", "[bookmark: _Toc1]",
    "一、2023年工作回顾", "（一）聚力稳定经济运行。", "全市地区生产总值由 2015 年的 8681 亿元增至 12370 亿元。",
    "PM_{2.5}", "１２３", "“", "”", "（", "）", "。", "— 6 —", "\r\n", "据了解，记者（唐芸芸）",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_chunks, st.text(max_size=30)), max_size=60), st.integers(1, 4))
def test_cleaning_never_crashes_and_keeps_the_coverage_invariant(chunks, repeat):
    raw = "".join(chunks) * repeat  # repetition exercises the duplicate detector
    ledger, emphasis = clean(raw)
    _covers_exactly_once(ledger)
    structure = analyse(ledger, emphasis)
    text = ledger.clean
    for a, b, *_ in structure.sentences:
        assert 0 <= a < b <= len(text)
        r0, r1 = ledger.to_raw_span(a, b)
        assert 0 <= r0 <= r1 <= len(raw)


def test_scraped_html_is_stripped_with_every_piece_accounted_for():
    raw = ("<html><head><style>p{color:red}</style></head><body><p>全市地区生产总值增长&nbsp;5%。</p>"
           "<!-- nav --><p>一般公共预算收入&lt;1000亿元&gt;。</p><script>alert(1)</script></body></html>")
    ledger, _ = clean(raw)
    _covers_exactly_once(ledger)
    paragraphs = [p for p in ledger.clean.split("\n") if p.strip()]
    assert paragraphs == ["全市地区生产总值增长5%。", "一般公共预算收入<1000亿元>。"]
    reasons = {e.reason for e in ledger.edits}
    assert {"html_tag", "html_block_tag", "html_script_or_style", "html_comment", "html_entity"} <= reasons


def test_a_new_term_report_reviewing_five_years_gets_its_parts(tmp_path):
    report = ("2022年某市人民政府工作报告\n\n第一部分 过去五年工作回顾\n\n五年来，全市地区生产总值年均增长6%。\n\n"
              "第二部分 今后五年的目标任务\n\n到2026年，地区生产总值突破1万亿元。\n\n"
              "第三部分 2022年工作安排\n\n今年全市地区生产总值增长6%左右。\n")
    (tmp_path / "r.txt").write_text(report, encoding="utf-8")
    c = build_corpus(tmp_path)
    parts = dict(zip(c.tables["sections"].title, c.tables["sections"].part))
    assert parts == {"过去五年工作回顾": "review", "今后五年的目标任务": "plan", "2022年工作安排": "plan"}
    assert c.tables["documents"].report_year.iloc[0] == 2022


def test_a_news_article_printed_before_the_report_is_removed_too():
    news = ("## 我市举办春季招聘会\n\n据了解，本次招聘会吸引了200多家企业参加，提供岗位5000余个。"
            "相关负责人表示，今年还将举办多场专场招聘活动，帮助高校毕业生就业。现场求职者络绎不绝，"
            "不少企业负责人透露，招聘需求比去年明显增加，技术岗位尤其紧缺。（王小明）\n\n")
    report = ("（上接第1版）\n\n（三）聚力推动创新。我们将加快建设创新平台，新增高新技术企业500家。\n\n"
              "（四）聚力改善民生。我们将推进教育、医疗、养老等民生实事，城镇新增就业12万人。\n\n"
              "各位代表！让我们团结奋斗，奋力谱写现代化建设新篇章！\n")
    ledger, _ = clean(news + report)
    assert "招聘会" not in ledger.clean and "新增高新技术企业500家" in ledger.clean
    assert any(e.reason == "unrelated_content" for e in ledger.edits)


@pytest.mark.parametrize("encoding,newline", [("gb18030", "\r\n"), ("utf-16", "\n"), ("utf-8-sig", "\r\n")])
def test_a_report_in_another_encoding_gives_the_same_sentences(tmp_path, encoding, newline):
    text, _ = read_document(RAW / "003_c4e17f72f1a964b2.txt")
    (tmp_path / "report.txt").write_bytes(text.replace("\n", newline).encode(encoding))
    other = build_corpus(tmp_path)
    original = build_corpus_single(RAW / "003_c4e17f72f1a964b2.txt", tmp_path / "orig")
    assert other.tables["sentences"].text.tolist() == original.tables["sentences"].text.tolist()
    doc = next(iter(other.docs.values()))
    _covers_exactly_once(doc.ledger)


def build_corpus_single(path: Path, folder: Path):
    folder.mkdir()
    (folder / path.name).write_bytes(path.read_bytes())
    return build_corpus(folder)


def test_a_markdown_table_is_a_table_not_sentences(tmp_path):
    report = ("二、2024年主要工作\n\n今年主要目标如下。\n\n表1 主要指标\n\n| 指标 | 2023年 | 2024年目标 |\n|---|---|---|\n"
              "| 地区生产总值增长（%） | 6 | 5.5 |\n| 一般公共预算收入（亿元） | 1195 | 1230 |\n\n加快发展数字经济。\n")
    (tmp_path / "r.txt").write_text(report, encoding="utf-8")
    c = build_corpus(tmp_path)
    assert c.tables["tables"].title.tolist() == ["表1主要指标"]  # the layout space is cleaned
    assert not c.tables["sentences"].text.str.contains("|", regex=False).any()
    assert "加快发展数字经济。" in c.tables["sentences"].text.tolist()


def test_a_minimal_catalog_needs_only_doc_id_and_file(tmp_path):
    text, _ = read_document(RAW / "001_b7f2d84b19091d39.txt")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.csv").write_text("doc_id,file\nmy-report,a.txt\n", encoding="utf-8")
    row = build_corpus(tmp_path).tables["documents"].iloc[0]
    assert (row.doc_id, row.place, row.doc_type, row.report_year) == ("my-report", "无锡市", "gov_work_report", 2021)
    assert bool(row.is_canonical)
