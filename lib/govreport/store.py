"""Typed, documented, atomically written output tables.

Every table the project writes is declared in ``data/data_dictionary.yaml``
(column, type, meaning). ``conform`` puts a DataFrame into that shape and
``write_tables`` publishes a set of tables as Parquet + CSV (UTF-8 with BOM, for Excel)
in one atomic step (a build folder and a ``current`` symlink), so a failed or killed run
never leaves a half-written or mixed set behind.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

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


class TableSetError(RuntimeError):
    """A table set cannot be written or read as one consistent build; the message says why."""


CURRENT = "current"          # symlink to the published build, switched in one step
BUILDS = "builds"            # one folder per build, named by its content hash
MANIFEST = "manifest.json"   # build id, and every table's rows and file hashes
_STAGING = ".staging-"


def _file_sha(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@contextmanager
def _locked(out_dir: Path):
    """One writer per output folder: a second one is refused at once, with one line."""
    lock_path = out_dir / ".lock"
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise TableSetError(f"another build is writing to {out_dir}; wait for it to finish") from None
        yield
    finally:
        os.close(fd)


def table_dir(out_dir: str | Path) -> Path:
    """The folder holding the published tables: ``out_dir/current`` resolved once (so one reader
    never mixes two builds), or ``out_dir`` itself for a plain folder of tables."""
    out_dir = Path(out_dir)
    link = out_dir / CURRENT
    return link.resolve() if link.is_symlink() or link.is_dir() else out_dir


def manifest(out_dir: str | Path) -> dict:
    """The manifest of the published build ({} for a plain folder without one)."""
    path = table_dir(out_dir) / MANIFEST
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}


def _write_one(df: pd.DataFrame, name: str, folder: Path) -> None:
    if name in data_dictionary():
        df = conform(df, name)
    df.to_parquet(folder / f"{name}.parquet", index=False, engine="pyarrow", compression="zstd")
    df.to_csv(folder / f"{name}.csv", index=False, encoding="utf-8-sig", lineterminator="\n")


def _keep_one(name: str, source: Path, folder: Path) -> None:
    """Carry a table over from the previous build without rewriting it (a hard link)."""
    for suffix in (".parquet", ".csv"):
        src = source / f"{name}{suffix}"
        if not src.is_file():
            raise TableSetError(f"table {name!r} is missing in {source}; run a full build first")
        try:
            os.link(src, folder / src.name)
        except OSError:  # a file system without hard links
            shutil.copy2(src, folder / src.name)


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, keep: Iterable[str] = ()) -> Path:
    """Publish ``tables`` (plus the tables named in ``keep``, carried over unchanged from the
    current build) as one new build of ``out_dir``, all or nothing.

    Every file is written into a staging folder under ``out_dir/builds``; the folder is renamed
    to the build id (a hash of its content, so equal inputs give an equal id) and the
    ``current`` symlink is switched to it in one atomic step. A run that is killed leaves the
    previous build published; its staging folder is removed by the next run. Returns the
    published build folder.
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not os.access(out_dir, os.W_OK):
        raise PermissionError(f"output folder is not writable: {out_dir}")
    with _locked(out_dir):
        builds = out_dir / BUILDS
        builds.mkdir(exist_ok=True)
        for stale in builds.glob(_STAGING + "*"):  # left by a killed run
            shutil.rmtree(stale, ignore_errors=True)
        previous = table_dir(out_dir) if (out_dir / CURRENT).is_symlink() else None
        staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=builds))
        try:
            for name in sorted(tables):
                _write_one(tables[name], name, staging)
            for name in sorted(set(keep) - set(tables)):
                _keep_one(name, previous or out_dir, staging)
            readme = dictionary_markdown()
            (staging / "README.md").write_text(readme, encoding="utf-8")
            files = sorted(p.name for p in staging.iterdir())
            entries = {p: _file_sha(staging / p) for p in files}
            build_id = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()[:16]
            info = {"build_id": build_id, "tables": sorted(set(tables) | set(keep)), "files": entries}
            (staging / MANIFEST).write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            target = builds / build_id
            if target.is_dir():     # the same tables were published before: reuse that folder
                shutil.rmtree(staging)
            else:
                os.chmod(staging, 0o755)
                os.rename(staging, target)
            link_tmp = out_dir / f".{CURRENT}.{os.getpid()}"
            link_tmp.unlink(missing_ok=True)
            os.symlink(Path(BUILDS) / build_id, link_tmp)
            os.replace(link_tmp, out_dir / CURRENT)   # the one step that publishes
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
        for old in builds.iterdir():  # keep the new build and the one readers may still hold
            if old.name not in {build_id, previous.name if previous else ""}:
                shutil.rmtree(old, ignore_errors=True)
        for name in data_dictionary():  # tables of the old flat layout would only mislead
            for suffix in (".parquet", ".csv"):
                flat = out_dir / f"{name}{suffix}"
                if flat.is_file() and not flat.is_symlink():
                    flat.unlink()
        if not (out_dir / "README.md").is_file() or (out_dir / "README.md").read_text("utf-8") != readme:
            (out_dir / "README.md").write_text(readme, encoding="utf-8")
    return target


def read_table(name: str, processed_dir: str | Path = "data/processed") -> pd.DataFrame:
    """Read a processed table back (Parquet) from the published build."""
    path = table_dir(processed_dir) / f"{name}.parquet"
    if not path.exists():
        raise FileNotFoundError(f"table {name!r} not found at {path}; run `govreport build` first")
    return pd.read_parquet(path)


def dictionary_markdown() -> str:
    """The data dictionary as Markdown, written beside the tables as README.md."""
    out = ["# Processed tables", "",
           "Generated by `govreport build` from `data/raw/` (do not edit by hand). The tables of the latest",
           "build are in `current/` (a link to `builds/<build id>/`, switched only when a build is complete;",
           "`current/manifest.json` names the build). Every table is written as",
           "Parquet and as CSV (UTF-8 with BOM, so Excel shows Chinese correctly). Offsets (`char_start`,",
           "`char_end`) index the decoded raw text of the document, so every row can be found in the raw file.",
           "Source of this page: `lib/govreport/data/data_dictionary.yaml`.", ""]
    for name, spec in data_dictionary().items():
        out += [f"## {name}", "", spec.get("description", "").strip(), "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{col}` | {kind} | {meaning.replace('|', '/')} |" for col, (kind, meaning) in spec["columns"].items()]
        out.append("")
    return "\n".join(out)
