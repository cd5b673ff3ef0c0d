"""Duplicated blocks go (spliced by a scraper, printed twice); words a report legitimately repeats stay."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.corpus_helpers import covers_exactly_once
from govreport.corpus.ledger import Ledger
from govreport.corpus.repeats import remove_repeats
from govreport.lang.spans import KeyIndex, norm_key

SHARED = "坚持把发展经济的着力点放在实体经济上，推进新型工业化。"


def _repeats(text: str) -> list[tuple[str, str]]:
    ledger = Ledger(text)
    remove_repeats(ledger)
    covers_exactly_once(ledger)
    return [(text[e.start:e.end].strip(), e.reason) for e in ledger.edits]


def test_a_sentence_the_five_year_review_and_the_years_tasks_share_stays():
    text = (f"一、过去五年工作回顾\n五年来，全区地区生产总值年均增长7%。{SHARED}城乡居民收入稳步提高。\n"
            f"二、2016年主要任务\n今年地区生产总值增长7%左右。{SHARED}加快建设现代产业体系。\n")
    assert _repeats(text) == []


def test_a_heading_that_recurs_in_another_part_stays():
    text = ("一、2023年工作回顾\n（一）坚持创新驱动发展\n全年研发投入增长10%。\n"
            "二、2024年主要任务\n（一）坚持创新驱动发展\n研发投入增长8%以上。\n")
    assert _repeats(text) == []


def test_a_spliced_run_of_sentences_goes_and_points_to_its_copy():
    first = "深入开展工业企业资源利用绩效评价，盘活处置批而未供土地1.4万亩。引导化工、纺织、钢铁等行业企业改造升级。"
    new = "全年完成固定资产投资5000亿元，新开工亿元以上重大项目100个，竣工投产项目80个，重大基础设施建设加快推进。"
    text = f"（一）推动产业升级。{first}\n（二）扩大有效投资。{new}{first}{new.replace('全年', '其中')}\n"
    ledger = Ledger(text)
    remove_repeats(ledger)
    removed = [(text[e.start:e.end], e.reason, text[e.duplicate_of[0]:e.duplicate_of[1]]) for e in ledger.edits]
    assert [(t, r) for t, r, _ in removed] == [("深入开展工业企业资源利用绩效评价，盘活处置批而未供土地1.4万亩。", "repeated_sentence"),
                                               ("引导化工、纺织、钢铁等行业企业改造升级。", "repeated_sentence")]
    assert [d for *_, d in removed] == [t for t, *_ in removed]
    assert ledger.clean.count("竣工投产项目80个") == 2


def test_a_sentence_printed_twice_in_a_row_goes():
    s = "支持国有资本、龙头企业、专业基金参与创新孵化器建设。"
    assert _repeats(f"加快科技创新。{s}{s}{s}培育新质生产力。\n") == [(s, "repeated_sentence"), (s, "repeated_sentence")]


def test_a_long_paragraph_printed_again_goes_and_a_near_copy_too():
    para = "各位代表！使命呼唤担当，实干成就未来。让我们更加紧密地团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！"
    near = para.replace("奋力", "努力")
    assert _repeats(f"{para}\n二、2024年主要任务\n{para}\n{near}\n") == [(para, "repeated_paragraph"), (near, "near_repeated_paragraph")]


def test_no_long_sentence_of_the_2022_newspaper_page_appears_twice(wuxi):
    s = wuxi.tables["sentences"]
    keys = [norm_key(t) for t in s[s.doc_id == "wx-gwr-2022-news"].text]
    long_keys = [k for k in keys if len(k) >= 12]
    assert len(long_keys) == len(set(long_keys)) and len(long_keys) > 50


def test_repeats_point_to_their_first_occurrence(wuxi):
    removed = wuxi.tables["removed"]
    reps = removed[removed.reason.str.contains("repeated")]
    assert len(reps) >= 10
    for r in reps.itertuples():
        assert 0 <= r.duplicate_of_start < r.char_start


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([SHARED, "推进新型城镇化建设。", "\n", "一、2023年工作回顾\n", "加快发展数字经济，建设数字无锡。",
                                 "全市经济增长5%。"]), max_size=40))
def test_the_first_occurrence_is_always_kept(pieces):
    text = "".join(pieces)
    ledger = Ledger(text)
    remove_repeats(ledger)
    covers_exactly_once(ledger)
    kept = norm_key(ledger.clean)
    for e in ledger.edits:
        first = text[e.duplicate_of[0]:e.duplicate_of[1]]
        assert e.duplicate_of[1] <= e.start
        if e.reason in ("repeated_paragraph", "repeated_sentence"):
            assert norm_key(first) == norm_key(text[e.start:e.end])  # the same words, earlier
        assert norm_key(first)[:12] in kept  # the copy pointed to is (at least in part) still there


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(codec="utf-8"), max_size=80) | st.text("发展。，、 \u3000\t\n_a1（）“”\u200b", max_size=80),
       st.lists(st.tuples(st.integers(0, 90), st.integers(0, 90)), max_size=20))
def test_key_index_gives_each_spans_norm_key(text, spans):
    """The paragraph and sentence keys of the repeat pass (and the structure's empty-sentence
    test) come from KeyIndex: the same keys as ``norm_key`` of each span, any characters."""
    keys = KeyIndex(text)
    assert keys.key == norm_key(text)
    for a, b in spans:
        a, b = sorted((min(a, len(text)), min(b, len(text))))
        assert keys(a, b) == norm_key(text[a:b])
