"""Traditional characters of old reports become simplified ones, one for one, so offsets hold."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from govreport.lang.simplified import to_simplified


def test_an_old_report_sentence_reads_as_simplified():
    # the national report of 1954 (../shared/realcorpus/national) is in traditional characters
    assert to_simplified("婦女參加投票的佔登記婦女選民總數的百分之八十四點零一") == "妇女参加投票的占登记妇女选民总数的百分之八十四点零一"
    assert to_simplified("兒童、專業、園地、郵遞、衛生、衞生部") == "儿童、专业、园地、邮递、卫生、卫生部"
    assert to_simplified("以後，這裏的產量") == "以后，这里的产量"   # 後 裏: simplified in a traditional text


def test_simplified_text_is_left_as_it_is():
    modern = "覆盖率达到98%，著名品牌，乾坤，2023年地区生产总值增长6%。"   # 覆 著 乾 are simplified characters too
    assert to_simplified(modern) is modern


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("國會議屆報區縣產業億萬为达年增长％，。"), st.characters()), max_size=80))
def test_each_character_maps_to_one_character(text):
    out = to_simplified(text)
    assert len(out) == len(text)
    assert to_simplified(out) == out                # simplifying twice changes nothing more
