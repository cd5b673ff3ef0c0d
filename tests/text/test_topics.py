"""Topic model: deterministic, well-formed, and it separates clearly different vocabularies."""
import pandas as pd
import pytest

from govreport.text.topics import content_tokens, topic_labels, topic_model


def _tokens(sections: dict[tuple[str, str], list[str]]) -> pd.DataFrame:
    rows = []
    for (doc, sec), words in sections.items():
        for i, w in enumerate(words):
            rows.append(dict(doc_id=doc, section_id=sec, position=i, token=w, is_stopword=w == "的",
                             is_policy_verb=w == "推进", is_number=w.isdigit(), is_punct=w == "，",
                             is_single_char=len(w) == 1))
    return pd.DataFrame(rows)


GREEN = ["碳达峰", "碳中和", "生态", "太湖", "治理", "光伏"]
DIGITAL = ["数字经济", "算力", "数据", "智能制造", "物联网", "软件"]


def _corpus():
    secs = {}
    for i in range(6):
        secs[("a", f"a-s{i}")] = (GREEN if i % 2 else DIGITAL) * 6 + ["的", "推进", "，", "2023"]
    return _tokens(secs)


def test_flagged_tokens_are_not_content():
    toks = content_tokens(_corpus())
    assert not set(toks["token"]) & {"的", "推进", "，", "2023"}
    assert "推进" in set(content_tokens(_corpus(), keep_policy_verbs=True)["token"])


def test_two_vocabularies_give_two_topics_and_runs_repeat_exactly():
    terms, mix = topic_model(_corpus(), n_topics=2, top_terms=6, min_df=1, min_tokens=10)
    again_terms, again_mix = topic_model(_corpus(), n_topics=2, top_terms=6, min_df=1, min_tokens=10)
    pd.testing.assert_frame_equal(terms, again_terms)
    pd.testing.assert_frame_equal(mix, again_mix)
    tops = [set(g["term"]) for _, g in terms.groupby("topic_id")]
    assert sorted(map(sorted, tops)) == sorted([sorted(GREEN), sorted(DIGITAL)])
    sums = mix.groupby(["doc_id", "section_id"])["weight"].sum()
    assert ((sums - 1).abs() < 1e-5).all()
    assert len(topic_labels(terms)) == 2


def test_too_few_sections_is_a_clear_error():
    with pytest.raises(ValueError, match="sections"):
        topic_model(_corpus(), n_topics=20, min_df=1, min_tokens=10)
