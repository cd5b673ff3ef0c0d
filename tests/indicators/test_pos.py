"""Part-of-speech words: rjieba's dictionary path plus posseg's model give posseg's own answer."""
import logging

import pytest
from hypothesis import given, settings, strategies as st

from govreport.indicators.pos import _viterbi, pos_cut

jieba = pytest.importorskip("jieba")
posseg = pytest.importorskip("jieba.posseg")


@pytest.fixture(scope="module")
def reference():
    jieba.setLogLevel(logging.WARNING)
    tok = posseg.POSTokenizer(jieba.Tokenizer())
    return lambda text: tuple((w, f) for w, f in tok.cut(text))


# real clauses (national 1955, 1958, 2003, 2016; Wuxi 2021, 2024): unknown stretches (共达, 获批,
# 营收), letters and digits inside Chinese (5G, 25l, 4S店), spaces, full-width signs
@pytest.mark.parametrize("text", [
    "五年来国家财政用于经济建设的经费共达", "获批省工程技术研究中心", "培育壮大6个营收超2000亿元产业集群",
    "比原计划超过百分之四", "有近百分之三十独立核算的国营工业企业亏损", "中央财政今年安排再就业补助资金25l亿元",
    "建成5G基站和4S店", "2 ．5亿千瓦", "今年高校毕业生将高达765万人", "發放惠民消费券超", "",
])
def test_same_words_and_tags_as_posseg(reference, text):
    assert pos_cut(text) == reference(text)


def test_unknown_stretch_is_cut_by_the_model():
    assert pos_cut("五年来经费共达")[-2:] == (("共", "d"), ("达", "v"))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="的一是在了共达比原获批营收超近约经费企业5G0１２．.% a", max_size=14))
def test_random_text_matches_posseg(reference, text):
    assert pos_cut(text) == reference(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="共达比原获批营收超鹰瞪羚龘業還", min_size=1, max_size=8))
def test_viterbi_matches_posseg(text):
    from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
    from jieba.posseg.viterbi import viterbi

    assert _viterbi(text) == viterbi(text, char_state_tab_P, start_P, trans_P, emit_P)[1]


def test_engines_load_without_rjiebas_module_level_dictionary():
    """The build's tokenizers come from rjieba's compiled module: the package's own global
    tokenizer (a third copy of the dictionary in every process) is never built."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from govreport.indicators import pos\n"
            "from govreport.text import tokens\n"
            "assert pos.pos_cut('地区生产总值增长') == (('地区', 'n'), ('生产总值', 'n'), ('增长', 'v'))\n"
            "assert tokens.cut('地区生产总值增长') == ['地区生产总值', '增长']\n"
            "print('rjieba' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
