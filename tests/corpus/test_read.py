"""Decoding raw files: Chinese encodings decoded for what they are, everything else refused by name."""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.corpus_helpers import REALCORPUS, needs_realcorpus
from govreport.corpus import read
from govreport.corpus.read import DocumentError, decode_bytes, is_blank, read_document

REPORT = "二、2024年主要工作\n\n今年全市地区生产总值增长5%左右。\n"
TRADITIONAL = ("各位代表：現在，我代表臺北市政府，向大會報告工作，請予審議。一、過去一年工作回顧。"
               "過去一年，全市經濟穩定增長，地區生產總值增長百分之五。\n") * 3


@pytest.mark.parametrize("encoding, recorded", [("gb18030", "gb18030"), ("gbk", "gb18030"), ("utf-16", "utf-16"),
                                                ("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("utf-32", "utf-32")])
def test_chinese_encodings_decode_to_the_same_text(encoding, recorded):
    text, used = decode_bytes(REPORT.encode(encoding), f"x.{encoding}")
    assert text.replace("\ufeff", "") == REPORT and used == recorded


def test_big5_is_decoded_as_big5_not_as_gb18030_gibberish():
    text, used = decode_bytes(TRADITIONAL.encode("big5"), "taipei.txt")
    assert used == "big5" and text == TRADITIONAL


@needs_realcorpus
def test_the_gbk_district_report_decodes():
    text, used = read_document(REALCORPUS / "district" / "hailar_2014.txt")
    assert used == "gb18030" and "海拉尔区人民政府" in text and "\r\n" in text


@pytest.mark.parametrize("data, encoding", [
    ("日本政府の経済報告です。今年の成長率は二パーセントでした。東京都の人口は増えています。" * 4, "shift_jis"),
    ("대한민국 정부 업무 보고서입니다. 올해 경제 성장률은 2퍼센트였습니다." * 4, "euc_kr"),
    ("Le rapport du gouvernement était présenté à l'assemblée. Économie réelle." * 4, "latin-1"),
])
def test_other_encodings_are_refused_rather_than_decoded_into_gibberish(data, encoding):
    with pytest.raises(DocumentError, match=r"^report\.txt: .*convert it to UTF-8|^report\.txt: not a text document"):
        decode_bytes(data.encode(encoding), "report.txt")


@pytest.mark.parametrize("data", [b"", b"   \n\t", codecs.BOM_UTF8, codecs.BOM_UTF8 + "\u3000\u3000\n".encode(),
                                  "\u200b\u200d\ufeff \u3000".encode(), codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")])
def test_a_file_with_no_text_is_refused(data):
    with pytest.raises(DocumentError, match=r"^blank\.txt: (file is empty|no text)"):
        decode_bytes(data, "blank.txt")


def test_binary_files_and_unreadable_paths_are_refused_by_name(tmp_path):
    with pytest.raises(DocumentError, match="binary.txt"):
        decode_bytes(bytes(range(256)) * 20, "binary.txt")
    with pytest.raises(DocumentError, match="missing.txt: cannot be read"):
        read_document(tmp_path / "missing.txt")


def test_a_name_with_terminal_escapes_is_printed_escaped():
    with pytest.raises(DocumentError) as err:
        decode_bytes(b"", "evil\x1b[2Jname.txt")
    assert "\x1b" not in str(err.value) and "evil\\x1b[2Jname.txt" in str(err.value)


def test_is_blank():
    assert is_blank("\ufeff\u3000 \u200b\n") and not is_blank("\u3000一")


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("\ufeff\u3000 \u200b\u2060\x00\x7f\t\n\r\u180e\u202f一a。\ufffd")))
def test_is_blank_means_nothing_is_left_once_the_invisible_is_taken_out(text):
    assert is_blank(text) == (read._INVISIBLE.sub("", text) == "")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=9000))
def test_looks_binary_counts_control_bytes_of_the_first_8192(data):
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    assert read._looks_binary(data) == (b"\x00" in sample or controls > len(sample) * 0.05)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_are_refused_with_a_document_error(data):
    try:
        text, encoding = decode_bytes(data, "fuzz.txt")
    except DocumentError as exc:
        assert str(exc).startswith("fuzz.txt: ")
    else:
        assert not is_blank(text) and encoding
