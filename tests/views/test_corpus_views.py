"""Character accounting of the corpus: hand-built tables and the real build."""
import pandas as pd
import pytest

from govreport.views import corpus as cs

DOCS = pd.DataFrame({"doc_id": ["a", "b"], "report_year": [2021, 2024], "doc_type": ["gov_work_report"] * 2,
                     "version": ["full", "news"], "is_canonical": [True, False], "report_id": ["a", "b"],
                     "title": ["A", "B"], "n_chars_raw": [100, 50], "n_chars_clean": [80, 50]})
REMOVED = pd.DataFrame({"doc_id": ["a", "a", "a"], "char_start": [0, 10, 30], "char_end": [5, 20, 32],
                        "reason": ["page_number", "repeated_paragraph", "page_number"],
                        "text": ["1", "<script>alert(1)</script>" * 3, "2"]})
REPAIRS = pd.DataFrame({"doc_id": ["a"], "char_start": [40], "char_end": [43], "before": ["１２３"],
                        "after": ["123"], "reason": ["fullwidth_digit"]})


def test_accounting_hand_computed():
    acc = cs.accounting(DOCS, REMOVED, REPAIRS).set_index("doc_id")
    assert acc.loc["a", ["removed", "repaired", "kept"]].tolist() == [17, 3, 80]
    assert acc.loc["a", "removed_share"] == pytest.approx(0.17)
    assert acc.loc["b", ["removed", "repaired", "kept"]].tolist() == [0, 0, 50]
    assert (acc["kept"] + acc["removed"] + acc["repaired"] == acc["n_chars_raw"]).all()


def test_by_reason_sorted_with_shares():
    r = cs.by_reason(REMOVED, REPAIRS, DOCS)
    assert r[["action", "reason", "n_spans", "n_chars"]].values.tolist() == [
        ["removed", "repeated_paragraph", 1, 10], ["removed", "page_number", 2, 7],
        ["repaired", "fullwidth_digit", 1, 3]]
    assert r["share_of_raw"].tolist() == pytest.approx([0.10, 0.07, 0.03])


def test_empty_tables():
    empty = REMOVED.iloc[0:0]
    assert cs.by_reason(empty, REPAIRS.iloc[0:0]).empty
    assert cs.accounting(DOCS, empty, REPAIRS.iloc[0:0])["kept"].tolist() == [100, 50]


def test_examples_shorten_but_do_not_alter_text():
    ex = cs.examples(REMOVED, n=1, width=10)
    assert ex["text"].tolist() == ["1", "<script>al…"]  # escaping is the display helper's job


def test_real_build_adds_up(tmp_path):
    from govreport.corpus.build import build_corpus
    from conftest import ROOT

    t = build_corpus(ROOT / "data" / "raw").tables
    acc = cs.accounting(t["documents"], t["removed"], t["repairs"])
    assert len(acc) == len(t["documents"])
    assert (acc["kept"] + acc["removed"] + acc["repaired"] == acc["n_chars_raw"]).all()
    # the newspaper scrape of 2022 loses most of its raw text (repeats, unrelated articles)
    news = acc[acc["version"] == "newspaper"].sort_values("removed_share")
    assert news["removed_share"].iloc[-1] > 0.3
    v = cs.variant_summary(t["variants"])
    assert set(v["kind"]) >= {"substitution"}


def test_describe_says_what_the_corpus_holds_per_place_and_type():
    docs = pd.DataFrame({
        "doc_id": ["cn-2015", "cn-2016", "cn-2018", "js-2026", "js-2026-web", "wx-plan"],
        "place": ["中国", "中国", "中国", "江苏省", "江苏省", "无锡市"],
        "doc_type": ["gov_work_report"] * 5 + ["five_year_plan"],
        "report_year": [2015, 2016, 2018, 2026, 2026, 2021],
        "is_canonical": [True, True, True, True, False, True]})
    assert cs.describe(docs) == [
        "3 government work reports of 中国 (2015–2016 and 2018).",
        "1 five-year plan of 无锡市 (2021).",
        "1 government work report of 江苏省 (2026).",
        "1 other version of a report kept aside (compared with the canonical text, not analysed twice): js-2026-web.",
    ]
    assert "place not stated" in cs.describe(docs.assign(place=""))[0]
    assert "no documents" in cs.describe(docs.iloc[0:0])[0]
