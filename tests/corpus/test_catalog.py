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


# --- a broken catalog: one line naming catalog.csv and the row, CatalogError, exit 1 in the CLI -------------

REPORT = "2021年某市人民政府工作报告\n\n各位代表：\n\n一、2020年工作回顾\n\n全市地区生产总值增长3%。\n"


def _raw(tmp_path, catalog: bytes) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(REPORT, encoding="utf-8")
    (raw / "b.txt").write_text(REPORT.replace("某市", "另市"), encoding="utf-8")
    (raw / "catalog.csv").write_bytes(catalog)
    return raw


@pytest.mark.parametrize("catalog, message", [
    (b"", r"catalog\.csv: is empty"),
    (b"\xef\xbb\xbf \r\n", r"catalog\.csv: is empty"),
    (b"doc_id,file\nx,\"a.txt\n", r"catalog\.csv line \d: cannot be parsed as CSV"),
    (b"doc_id,file,report_year\nx,a.txt,2021.7\n", r"catalog\.csv line 2 \(doc_id 'x'\): report_year '2021\.7' is not a year"),
    (b"doc_id,file,report_year\nx,a.txt,1021\n", r"line 2 \(doc_id 'x'\): report_year '1021' is not a year"),
    (b"doc_id,file\nx,../elsewhere/a.txt\n", r"line 2 \(doc_id 'x'\): file '\.\./elsewhere/a\.txt' must be a path inside"),
    (b"doc_id,file\nx,/etc/passwd\n", r"line 2 \(doc_id 'x'\): file '/etc/passwd' must be a path inside"),
    (b"doc_id,file\nx,a.txt\ny,b.txt\nz,a.txt\n", r"line 4 \(doc_id 'z'\): file 'a\.txt' is already catalogued on line 2"),
    (b"doc_id,file\nx,a.txt\nx,b.txt\n", r"line 3 \(doc_id 'x'\): doc_id already used on line 2"),
    (b"doc_id,file,is_canonical\nx,a.txt,maybe\n", r"is_canonical 'maybe' is not true or false"),
    (b"doc_id,file,level\nx,a.txt,town\n", r"unknown level 'town'"),
    (b"doc_id,file\nx,a.txt,extra\n", r"line 2: 3 fields, the header has 2"),
    (b"id,path\nx,a.txt\n", r"catalog\.csv: missing columns \['doc_id', 'file'\]"),
    (b"doc_id,file,sha256\nx,a.txt,abc\n", r"sha256 'abc' is not 64 hexadecimal digits"),
    (b"doc_id,file\nx,missing.txt\n", r"catalog\.csv line 2: row 'x' points to a missing file"),
    ("doc_id,file\nx,a.txt\n".encode("utf-32"), r"catalog\.csv: not UTF-8, UTF-16 or GB18030"),
])
def test_catalog_problems_name_the_catalog_and_the_row(tmp_path, catalog, message):
    from govreport.corpus.build import build_corpus
    from govreport.corpus.catalog import CatalogError

    raw = _raw(tmp_path, catalog)
    with pytest.raises(CatalogError, match=message) as err:
        build_corpus(raw)
    assert "\n" not in str(err.value) and str(raw / "catalog.csv") in str(err.value)


@pytest.mark.parametrize("encoding", ["gbk", "utf-16", "utf-8-sig"])
def test_a_catalog_saved_by_excel_in_gbk_or_utf16_is_read(tmp_path, encoding):
    from govreport.corpus.catalog import load_catalog

    raw = _raw(tmp_path, "doc_id,file,place,report_year\nx,a.txt,某市,二〇二一\ny,b.txt,另市,2021年\n".encode(encoding))
    cat = load_catalog(raw)
    assert list(cat.place) == ["某市", "另市"] and list(cat.report_year) == [2021, 2021]


def test_the_cli_turns_a_catalog_error_into_one_line_and_exit_1(tmp_path, capsys):
    from govreport.cli import main

    raw = _raw(tmp_path, b"doc_id,file,report_year\nx,a.txt,2021.7\n")
    code = main(["build", "--raw", str(raw), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(err) == 1
    assert "catalog.csv line 2 (doc_id 'x'): report_year '2021.7' is not a year" in err[0]
    assert "internal error" not in err[0]
