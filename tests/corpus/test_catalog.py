"""data/raw holds the documents untouched, each described by one row of catalog.csv."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
SEEDS = ROOT.parent / "shared" / "seeds"
COLUMNS = ["doc_id", "file", "title", "place", "level", "doc_type", "report_year", "version",
           "report_id", "is_canonical", "sha256", "note"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def catalog() -> pd.DataFrame:
    return pd.read_csv(RAW / "catalog.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def raw_documents() -> list[Path]:
    return sorted(p for p in RAW.iterdir()
                  if p.is_file() and p.name != "catalog.csv" and not p.name.startswith("."))


def test_catalog_has_the_documented_columns(catalog):
    assert list(catalog.columns) == COLUMNS


def test_every_raw_file_is_catalogued(catalog):
    assert sorted(p.name for p in raw_documents()) == sorted(catalog["file"])


def test_every_catalog_row_points_to_a_file_with_its_sha256(catalog):
    for row in catalog.itertuples():
        path = RAW / row.file
        assert path.is_file(), f"{row.doc_id}: {row.file} missing"
        assert sha256(path) == row.sha256, f"{row.doc_id}: {row.file} changed"


def test_ids_unique_and_one_canonical_version_per_report(catalog):
    assert catalog["doc_id"].is_unique
    canonical = catalog[catalog["is_canonical"].str.lower() == "true"]
    assert sorted(canonical["report_id"]) == sorted(catalog["report_id"].unique())


def test_load_catalog_agrees(catalog):
    from govreport.corpus.catalog import load_catalog

    loaded = load_catalog(RAW, verify=True)
    assert list(loaded["doc_id"]) == list(catalog["doc_id"])


def test_load_catalog_names_a_row_pointing_nowhere(tmp_path):
    from govreport.corpus.catalog import CatalogError, load_catalog

    (tmp_path / "catalog.csv").write_bytes((RAW / "catalog.csv").read_bytes())
    with pytest.raises(CatalogError, match="missing file"):
        load_catalog(tmp_path, verify=True)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not beside this checkout")
def test_raw_files_are_byte_identical_to_the_seeds():
    seeds = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")
    assert [p.name for p in seeds] == [p.name for p in raw_documents()]
    for seed in seeds:
        assert (RAW / seed.name).read_bytes() == seed.read_bytes(), seed.name
