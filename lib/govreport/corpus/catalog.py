"""The catalog: one row of metadata per raw file, kept in ``data/raw/catalog.csv``.

Raw files are never renamed or edited; the catalog gives them meaning (doc id,
title, year, version, which version is canonical) and records their sha256.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

CATALOG_FILE = "catalog.csv"
CATALOG_COLUMNS = [
    "doc_id", "file", "title", "place", "level", "doc_type", "report_year",
    "version", "report_id", "is_canonical", "sha256", "note",
]
LEVELS = {"national", "province", "city", "district", "county"}
REQUIRED_COLUMNS = ["doc_id", "file"]  # the rest may be left out or blank: it is proposed from the text
DOC_TYPES = {"gov_work_report", "five_year_plan", "other"}
RAW_SUFFIXES = {".txt", ".md", ".text"}


class CatalogError(ValueError):
    """The catalog or the raw folder is inconsistent; the message names the problem."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def raw_files(raw_dir: str | Path) -> list[Path]:
    """Document files in the raw folder (everything but the catalog and hidden files), sorted."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise CatalogError(f"raw folder not found: {raw_dir}")
    return sorted(
        p for p in raw_dir.iterdir()
        if p.is_file() and not p.name.startswith(".") and p.name != CATALOG_FILE
        and p.name.lower() != "readme.md"
    )


def load_catalog(raw_dir: str | Path, verify: bool = True) -> pd.DataFrame:
    """Read ``catalog.csv`` from ``raw_dir``; with ``verify``, check files exist and hashes match.

    A raw folder without a catalog gives an empty catalog: metadata is then proposed
    by detection (see ``govreport.corpus.metadata``).
    """
    raw_dir = Path(raw_dir)
    path = raw_dir / CATALOG_FILE
    if not raw_dir.is_dir():
        raise CatalogError(f"raw folder not found: {raw_dir}")
    if not path.exists():
        return pd.DataFrame(columns=CATALOG_COLUMNS)
    cat = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    missing = [c for c in REQUIRED_COLUMNS if c not in cat.columns]
    if missing:
        raise CatalogError(f"{path}: missing columns {missing}")
    if "place" not in cat.columns and "city" in cat.columns:  # the older name of the column
        cat = cat.rename(columns={"city": "place"})
    for col in CATALOG_COLUMNS:
        if col not in cat.columns:
            cat[col] = ""
    if cat["doc_id"].duplicated().any():
        dup = cat.loc[cat["doc_id"].duplicated(), "doc_id"].tolist()
        raise CatalogError(f"{path}: duplicate doc_id {dup}")
    bad_types = sorted(set(cat["doc_type"]) - DOC_TYPES - {""})
    if bad_types:
        raise CatalogError(f"{path}: unknown doc_type {bad_types} (allowed: {sorted(DOC_TYPES)})")
    bad_levels = sorted(set(cat["level"]) - LEVELS - {""})
    if bad_levels:
        raise CatalogError(f"{path}: unknown level {bad_levels} (allowed: {sorted(LEVELS)})")
    cat["report_year"] = pd.to_numeric(cat["report_year"], errors="coerce").astype("Int64")
    flag = cat["is_canonical"].str.strip().str.lower()
    cat["is_canonical"] = flag.map(lambda v: None if v == "" else v in ("true", "1", "yes"))
    if verify:
        for row in cat.itertuples():
            f = raw_dir / row.file
            if not f.is_file():
                raise CatalogError(f"catalog row {row.doc_id!r} points to a missing file: {f}")
            if row.sha256 and sha256_of(f) != row.sha256:
                raise CatalogError(f"{f}: sha256 differs from the catalog (raw files must not be edited)")
    return cat[CATALOG_COLUMNS].reset_index(drop=True)
