"""Conversion and layout debris: each kind removed or repaired with its reason, on real text and hostile input."""
from __future__ import annotations

from corpus.corpus_helpers import covers_exactly_once
from govreport.corpus.build import clean
from govreport.corpus.debris import strip_debris
from govreport.corpus.ledger import Ledger


def test_word_debris_is_removed_from_the_plan(wuxi):
    clean_text = wuxi.docs["wx-fyp-14"].clean_text
    for debris in ("[bookmark:", "[footnoteRef:", "[image:", "— 5 —"):
        assert debris not in clean_text
    assert "第一篇  发展方位\t1" not in clean_text  # table of contents
    reasons = set(wuxi.tables["removed"].query("doc_id == 'wx-fyp-14'").reason)
    assert {"word_bookmark", "footnote_marker", "image_placeholder", "page_number", "table_of_contents"} <= reasons


def test_spaces_and_latex_are_repaired_in_the_2021_report(wuxi):
    clean_text = wuxi.docs["wx-gwr-2021"].clean_text
    assert "由2015年的8681亿元增至12370亿元" in clean_text
    assert "PM2.5平均浓度33微克/立方米" in clean_text


def test_scraped_html_is_stripped_with_every_piece_accounted_for():
    raw = ("<html><head><style>p{color:red}</style></head><body><p>全市地区生产总值增长&nbsp;5%。</p>"
           "<!-- nav --><p>一般公共预算收入&lt;1000亿元&gt;。</p><script>alert(1)</script></body></html>")
    ledger, _ = clean(raw)
    covers_exactly_once(ledger)
    paragraphs = [p for p in ledger.clean.split("\n") if p.strip()]
    assert paragraphs == ["全市地区生产总值增长5%。", "一般公共预算收入<1000亿元>。"]
    reasons = {e.reason for e in ledger.edits}
    assert {"html_tag", "html_block_tag", "html_script_or_style", "html_comment", "html_entity"} <= reasons


def test_control_characters_anywhere_are_removed_with_their_reason():
    raw = "各位代表：\n" + "全市经济稳中有进。" * 1000 + "\x00地区生产总值\x1b[31m增长\x7f5%\u202e。\x85\n"
    ledger = Ledger(raw)
    strip_debris(ledger)
    removed = [(raw[e.start:e.end], e.reason) for e in ledger.edits if e.reason == "control_character"]
    assert removed == [("\x00", "control_character"), ("\x1b", "control_character"), ("\x7f", "control_character"),
                       ("\u202e", "control_character"), ("\x85", "control_character")]
    assert ledger.clean.endswith("地区生产总值[31m增长5%。\n")


def test_full_width_digits_and_ascii_punctuation_are_repaired():
    ledger = Ledger("增长１２．５％,达到(约)３０亿元;")
    strip_debris(ledger)
    assert ledger.clean == "增长12.5％，达到（约）30亿元；"
    assert {e.reason for e in ledger.edits} == {"fullwidth_alnum", "ascii_punct_in_chinese"}


def test_a_restored_paragraph_break_is_not_taken_for_a_stray_space():
    ledger = Ledger("深化改革。" * 400 + "\u3000\u30002016年是开局之年。")
    from govreport.corpus.layout import restore_paragraph_breaks

    restore_paragraph_breaks(ledger)
    strip_debris(ledger)
    assert "\n2016年是开局之年。" in ledger.clean
    assert not any(e.reason == "space_between_cjk_and_digit" for e in ledger.edits)
