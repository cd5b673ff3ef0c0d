"""The build: deterministic, documented, all-or-nothing outputs."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pandas as pd
import pytest

from govreport import pipeline
from govreport.corpus.catalog import CatalogError
from govreport.store import data_dictionary

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"


def _digest(folder: Path) -> dict[str, str]:
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
        df = pd.read_parquet(out / f"{name}.parquet")
        assert list(df.columns) == list(dictionary[name]["columns"]), name
        for col, (kind, meaning) in dictionary[name]["columns"].items():
            assert meaning.strip(), f"{name}.{col} has no meaning"
        csv = (out / f"{name}.csv").read_bytes()
        assert csv.startswith(b"\xef\xbb\xbf"), f"{name}.csv lacks the BOM Excel needs"
        assert len(pd.read_csv(out / f"{name}.csv", encoding="utf-8-sig")) == len(df)


def test_a_failing_stage_leaves_earlier_outputs_intact(built, tmp_path, monkeypatch):
    out, _ = built
    target = tmp_path / "processed"
    shutil.copytree(out, target)
    before = _digest(target)

    def broken(corpus):
        raise RuntimeError("stage failed")

    monkeypatch.setattr(pipeline, "STAGES", pipeline.STAGES + [("broken", broken)])
    with pytest.raises(RuntimeError):
        pipeline.build(RAW, target)
    assert _digest(target) == before


def test_a_catalog_row_pointing_nowhere_is_a_clear_error(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "001_b7f2d84b19091d39.txt").unlink()
    with pytest.raises(CatalogError, match="001_b7f2d84b19091d39.txt"):
        pipeline.build(raw, tmp_path / "out")
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
