"""Typed, documented, atomically written output tables.

Every table the project writes is declared in ``data/data_dictionary.yaml``
(column, type, meaning). ``conform`` puts a DataFrame into that shape and
``write_tables`` writes Parquet + CSV (UTF-8 with BOM, for Excel) so that a
failed run never leaves a half-written output folder behind.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml

_DTYPES = {"string": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}
_EMPTY = {"string": "", "int": -1, "float": float("nan"), "bool": False}


@lru_cache(maxsize=1)
def data_dictionary() -> dict:
    """The data dictionary: {table: {"description": str, "columns": {col: [type, meaning]}}}."""
    text = resources.files("govreport").joinpath("data/data_dictionary.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def columns(table: str) -> list[str]:
    return list(data_dictionary()[table]["columns"])


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and types."""
    return conform(pd.DataFrame(columns=columns(table)), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Select, order and type the columns of ``table``; missing values get the column's default.

    Raises KeyError naming the missing columns, so a stage that forgets a column fails loudly.
    """
    spec = data_dictionary()[table]["columns"]
    missing = [c for c in spec if c not in df.columns]
    if missing:
        raise KeyError(f"table {table!r} is missing columns {missing}")
    out = pd.DataFrame(index=range(len(df)))
    for col, (kind, _meaning) in spec.items():
        series = df[col].reset_index(drop=True)
        if kind != "float":
            series = series.where(series.notna(), _EMPTY[kind])
        out[col] = series.astype(_DTYPES[kind])
    return out


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path) -> list[Path]:
    """Write each table as ``name.parquet`` and ``name.csv`` into ``out_dir``, all or nothing.

    Files are first written into a temporary folder beside ``out_dir`` and moved into
    place only after every table was written, so an error leaves earlier outputs intact.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not os.access(out_dir, os.W_OK):
        raise PermissionError(f"output folder is not writable: {out_dir}")
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))
    written: list[Path] = []
    try:
        for name in sorted(tables):
            df = tables[name]
            if name in data_dictionary():
                df = conform(df, name)
            df.to_parquet(staging / f"{name}.parquet", index=False, engine="pyarrow", compression="zstd")
            df.to_csv(staging / f"{name}.csv", index=False, encoding="utf-8-sig", lineterminator="\n")
        for path in sorted(staging.iterdir()):
            target = out_dir / path.name
            os.replace(path, target)
            written.append(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def read_table(name: str, processed_dir: str | Path = "data/processed") -> pd.DataFrame:
    """Read a processed table back (Parquet)."""
    path = Path(processed_dir) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"table {name!r} not found at {path}; run `govreport build` first")
    return pd.read_parquet(path)
