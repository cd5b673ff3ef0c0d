"""The notebook entry point: build the text tables, publish them, open them once and ask questions."""
from __future__ import annotations

import pandas as pd
import pytest

from govreport.text import build as text_build
from govreport.store import conform, table_dir, write_tables
from govreport.views import text as tv
from govreport.views.data import open_tables
from textdata_fixtures import documents, naive_sentences, raw_texts


@pytest.fixture(scope="module")
def processed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("processed")
    s, d = naive_sentences(), documents()
    tables = text_build.build_text_tables({"documents": d, "sentences": s})
    write_tables(tables, folder)  # conforms each table to the data dictionary
    # the fixture's corpus tables are partial: put them beside the published text tables as they are
    s.to_parquet(table_dir(folder) / "sentences.parquet", index=False)
    d.to_parquet(table_dir(folder) / "documents.parquet", index=False)
    return folder


def test_tables_conform_to_the_data_dictionary(processed):
    for name in text_build.TEXT_TABLES:
        df = pd.read_parquet(table_dir(processed) / f"{name}.parquet")
        pd.testing.assert_frame_equal(df, conform(df, name), check_dtype=False)
        assert (table_dir(processed) / f"{name}.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_kwic_from_disk(processed):
    k = tv.kwic(open_tables(processed), "新质生产力")
    assert len(k) >= 1 and (k["keyword"] == "新质生产力").all()
    raw = raw_texts()
    assert all(raw[r.doc_id][r.char_start:r.char_end] == "新质生产力" for r in k.itertuples())


def test_theme_shares_from_disk(processed):
    t = tv.theme_shares(open_tables(processed), themes=["digital", "green"])
    assert set(t["theme_id"]) == {"digital", "green"}
    assert {"name_en", "report_year", "comparable", "share"} <= set(t.columns)
    assert (t["section_id"] == "").all()
    plan = t[t["doc_id"] == "wx-fyp-14"]
    assert not plan["comparable"].any()


def test_keyness_new_and_faded_from_disk(processed):
    t = open_tables(processed)
    k = tv.keyness(t, "wx-gwr-2024", top=5)
    assert len(k) == 10 and k["g2"].iloc[0] > 0 > k["g2"].iloc[-1]
    tf = t["term_frequencies"]  # the reference: the other comparable reports of the same place
    refs = set(tf[tf["comparable"] & (tf["place"] == k["place"].iloc[0])]["doc_id"]) - {"wx-gwr-2024"}
    assert "wx-fyp-14" not in refs and k["n_reference_docs"].iloc[0] == len(refs) > 0
    new = tv.new_terms(t, "wx-gwr-2024", min_count=1)
    assert "新质生产力" in set(new["term"])
    assert isinstance(tv.faded_terms(t, "wx-gwr-2024"), pd.DataFrame)
    tr = tv.trajectories(t, "数字经济")
    assert set(tr["term"]) == {"数字经济"} and len(tr) >= 2
