"""The build: deterministic, documented, all-or-nothing outputs; stages rerun alone from the tables."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from govreport import pipeline, store
from govreport.corpus.catalog import CatalogError
from govreport.corpus.sources import StaleTablesError
from govreport.store import data_dictionary, table_dir

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _digest(out: Path) -> dict[str, str]:
    """Hash of every file of the published build of ``out``."""
    folder = table_dir(out)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("processed")
    tables = pipeline.build(RAW, out)
    return out, tables


def test_two_builds_are_byte_identical(built, tmp_path):
    out, _ = built
    pipeline.build(RAW, tmp_path)
    assert _digest(out) == _digest(tmp_path)


def test_every_table_matches_the_data_dictionary(built):
    out, tables = built
    dictionary = data_dictionary()
    for name in tables:
        assert name in dictionary, f"table {name} is not documented"
        df = pd.read_parquet(table_dir(out) / f"{name}.parquet")
        assert list(df.columns) == list(dictionary[name]["columns"]), name
        for col, (kind, meaning) in dictionary[name]["columns"].items():
            assert meaning.strip(), f"{name}.{col} has no meaning"
        csv = (table_dir(out) / f"{name}.csv").read_bytes()
        assert csv.startswith(b"\xef\xbb\xbf"), f"{name}.csv lacks the BOM Excel needs"
        assert len(pd.read_csv(table_dir(out) / f"{name}.csv", encoding="utf-8-sig")) == len(df)


def test_a_failing_stage_leaves_earlier_outputs_intact(built, tmp_path, monkeypatch):
    out, _ = built
    target = tmp_path / "processed"
    shutil.copytree(out, target, symlinks=True)
    before, link = _digest(target), (target / "current").readlink()

    def broken(*args, **kwargs):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(pipeline.text_stage, "finish", broken)  # after most tables are written
    with pytest.raises(RuntimeError):
        pipeline.build(RAW, target)
    assert _digest(target) == before and (target / "current").readlink() == link
    assert not list((target / "builds").glob(".staging-*"))


@pytest.mark.parametrize("start", ["indicators", "text"])
def test_a_stage_rerun_alone_matches_the_full_build(built, tmp_path, start):
    """``build --from STAGE`` reads the earlier tables from the output folder: same bytes as a
    full build, and the earlier stages' tables are carried over, not rewritten."""
    out, _ = built
    target = tmp_path / "processed"
    shutil.copytree(out, target, symlinks=True)
    before = {p.name: p.stat().st_ino for p in table_dir(target).iterdir()}
    written = pipeline.build(RAW, target, start=start)
    rerun = ["indicators", "text"] if start == "indicators" else ["text"]
    assert set(written) == {name for stage in rerun for name in pipeline.STAGES[stage]}
    assert _digest(target) == _digest(out)
    after = {p.name: p.stat().st_ino for p in table_dir(target).iterdir()}
    for name in pipeline.CORPUS_TABLES:
        assert after[f"{name}.parquet"] == before[f"{name}.parquet"], f"{name} was rewritten"


def test_rerun_refuses_tables_of_an_edited_raw_file(built, tmp_path):
    out, _ = built
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    victim = raw / "001_b7f2d84b19091d39.txt"
    victim.write_bytes(victim.read_bytes() + "补充一句。".encode())
    target = tmp_path / "processed"
    shutil.copytree(out, target, symlinks=True)
    with pytest.raises(StaleTablesError, match="001_b7f2d84b19091d39.txt"):
        pipeline.build(raw, target, start="indicators")


def test_rerun_without_corpus_tables_is_a_clear_error(tmp_path):
    with pytest.raises(pipeline.StageError, match="run a full build first"):
        pipeline.build(RAW, tmp_path / "empty", start="indicators")


def test_a_second_writer_is_refused_and_stale_staging_is_cleaned(built, tmp_path):
    out, _ = built
    target = tmp_path / "processed"
    shutil.copytree(out, target, symlinks=True)
    (target / "builds" / ".staging-killed").mkdir()  # what a killed run leaves
    with store._locked(target):
        with pytest.raises(store.TableSetError, match="another build"):
            store.write_tables({"themes": pd.DataFrame()}, target, keep=[])
    pipeline.build(RAW, target, start="text")
    assert not (target / "builds" / ".staging-killed").exists()
    assert _digest(target) == _digest(out)


def test_a_catalog_row_pointing_nowhere_is_a_clear_error(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "001_b7f2d84b19091d39.txt").unlink()
    with pytest.raises(CatalogError, match="001_b7f2d84b19091d39.txt"):
        pipeline.build(raw, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_parallel_build_writes_the_same_bytes(built, tmp_path):
    """--jobs 2 (worker processes, results merged in document order) = --jobs 1, byte for byte."""
    out, _ = built
    pipeline.build(RAW, tmp_path / "one", jobs=1)
    pipeline.build(RAW, tmp_path / "two", jobs=2)
    assert _digest(tmp_path / "one") == _digest(tmp_path / "two") == _digest(out)


def test_parallel_rerun_and_errors_from_workers(built, tmp_path):
    out, _ = built
    target = tmp_path / "processed"
    shutil.copytree(out, target, symlinks=True)
    pipeline.build(RAW, target, start="indicators", jobs=2)
    assert _digest(target) == _digest(out)
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    victim = raw / "001_b7f2d84b19091d39.txt"
    victim.write_bytes(victim.read_bytes() + "补充一句。".encode())
    with pytest.raises(CatalogError, match="001_b7f2d84b19091d39.txt"):  # raised in a worker, named here
        pipeline.build(raw, tmp_path / "out", jobs=2)


def test_workers_are_gone_before_the_corpus_wide_tables_are_made(built, tmp_path, monkeypatch):
    """Keyness and term trajectories are made in the calling process alone: idle workers kept
    alive meanwhile would only add their memory to the build's peak."""
    import multiprocessing

    from govreport.text import build as text_stage

    alive = []
    finish = text_stage.finish

    def watched(*args, **kwargs):
        alive.append(len(multiprocessing.active_children()))
        return finish(*args, **kwargs)

    monkeypatch.setattr(text_stage, "finish", watched)
    pipeline.build(RAW, tmp_path / "two", jobs=2)
    assert alive == [0]
    assert _digest(tmp_path / "two") == _digest(built[0])


def test_later_stages_read_the_corpus_tables_back_one_document_at_a_time(built, tmp_path, monkeypatch):
    """Each document's rows come back from the table files as ``read_parquet`` gives them, even
    when a document's rows span several batches; the build is the same bytes."""
    out, _ = built
    folder = table_dir(out)
    monkeypatch.setattr(pipeline, "_BATCH", 7)
    for name in ["sentences", "removed", "repairs", "tables"]:
        whole = pd.read_parquet(folder / f"{name}.parquet")
        got = list(pipeline._document_rows(folder / f"{name}.parquet"))
        assert [d for d, _ in got] == list(dict.fromkeys(whole["doc_id"]))
        for doc_id, rows in got:
            pd.testing.assert_frame_equal(rows, whole[whole.doc_id == doc_id].reset_index(drop=True))
    pipeline.build(RAW, tmp_path / "small-batches")
    assert _digest(tmp_path / "small-batches") == _digest(out)


def _result(i: int) -> pipeline.DocumentResult:
    from govreport.text.build import DocumentText

    doc = f"d{i}"
    obs = pd.DataFrame({"doc_id": [doc] * 3, "value": [1.5, float("nan"), 3.0], "unit": ["%", None, "亿元"]})
    content = pd.DataFrame({"doc_id": [doc] * 2, "term": ["改革", "开放"], "count": [i + 1, 2], "per_10k": [0.5, 1.0]})
    scores = pd.DataFrame({"doc_id": [doc], "theme": ["民生"], "score": [i / 3]})
    aside = pd.DataFrame({"doc_id": [doc], "value": [8.0], "reason": ["set_phrase"]})
    return pipeline.DocumentResult(doc, obs if i % 2 else None,
                                   DocumentText(doc, None, None, content, i * 10, scores, scores.iloc[:0]),
                                   aside if i % 2 else None)


def test_results_kept_for_the_corpus_wide_tables_wait_on_disk_not_in_memory(tmp_path):
    """What the corpus-wide tables need of each document comes back exactly and in order (as
    often as asked), while nothing of it stays in memory: what is kept does not grow with the
    documents."""
    import gc
    import weakref

    spill = pipeline.Spill(tmp_path)
    refs = []
    for i in range(6):
        result = _result(i)
        refs += [weakref.ref(result.text.content), weakref.ref(result.text.doc_scores)]
        spill.append(result)
        del result
    gc.collect()
    assert len(spill) == 6 and all(r() is None for r in refs)
    for _ in range(2):
        back = list(spill)
        assert [r.doc_id for r in back] == [f"d{i}" for i in range(6)]
        for i, r in enumerate(back):
            want = _result(i)
            assert (r.observations is None) == (want.observations is None)
            if r.observations is not None:
                pd.testing.assert_frame_equal(r.observations, want.observations)
                pd.testing.assert_frame_equal(r.set_aside, want.set_aside)
            for part in ["content", "doc_scores", "section_scores"]:
                pd.testing.assert_frame_equal(getattr(r.text, part), getattr(want.text, part))
            assert r.text.n_tokens == want.text.n_tokens
    spill.close()
