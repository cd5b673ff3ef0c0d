"""Typed, documented, atomically written output tables.

Every table the project writes is declared in ``data/data_dictionary.yaml``
(column, type, meaning). ``conform`` puts a DataFrame into that shape and
``TableSetWriter`` publishes a set of tables as Parquet + CSV (UTF-8 with BOM, for Excel)
in one atomic step (a build folder and a ``current`` symlink), so a failed or killed run
never leaves a half-written or mixed set behind. Tables are streamed: a stage appends a
document's rows at a time and the writer flushes them in row groups of ``ROW_GROUP`` rows,
so no table has to be held whole in memory; the files depend only on the rows, never on
how they were chunked (so a parallel build writes the same bytes as a serial one).
"""
from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import os
import queue
import shutil
import threading
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import yaml

_DTYPES = {"string": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}
_EMPTY = {"string": "", "int": -1, "float": float("nan"), "bool": False}


@lru_cache(maxsize=1)
def data_dictionary() -> dict:
    """The data dictionary: {table: {"description": str, "columns": {col: [type, meaning]}}}."""
    text = resources.files("govreport").joinpath("data/data_dictionary.yaml").read_text("utf-8")
    # libyaml's loader when PyYAML has it: the same data, read in a tenth of the time
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def columns(table: str) -> list[str]:
    return list(data_dictionary()[table]["columns"])


def empty(table: str) -> pd.DataFrame:
    """An empty DataFrame with the table's columns and types."""
    return _empty(table).copy()


@lru_cache(maxsize=None)
def _empty(table: str) -> pd.DataFrame:  # built once per table: the build asks for it per document
    return conform(pd.DataFrame(columns=columns(table)), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Select, order and type the columns of ``table``; missing values get the column's default.

    Raises KeyError naming the missing columns, so a stage that forgets a column fails loudly.
    """
    spec = data_dictionary()[table]["columns"]
    missing = [c for c in spec if c not in df.columns]
    if missing:
        raise KeyError(f"table {table!r} is missing columns {missing}")
    out = {}
    for col, (kind, _meaning) in spec.items():
        series = df[col].reset_index(drop=True)
        if kind != "float" and series.hasnans:
            series = series.where(series.notna(), _EMPTY[kind])
        out[col] = series.astype(_DTYPES[kind])
    # one frame from all the columns at once (inserting them one by one costs more than the data)
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


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


ROW_GROUP = 1 << 16  # rows per Parquet row group and per CSV write
_CSV_OPTIONS = pacsv.WriteOptions(include_header=False, quoting_style="needed")


@lru_cache(maxsize=None)
def arrow_schema(table: str) -> pa.Schema:
    """The Arrow schema of a table, with the pandas metadata that makes it read back with the
    dictionary's dtypes (string, Int64, Float64, boolean)."""
    return pa.Schema.from_pandas(empty(table), preserve_index=False)


def to_arrow(data: pd.DataFrame | pa.Table, table: str) -> pa.Table:
    """``data`` in the table's documented shape, as Arrow (a DataFrame is conformed first)."""
    schema = arrow_schema(table)
    if isinstance(data, pd.DataFrame):
        if not _conforming(data, table):
            data = conform(data, table)
        return pa.Table.from_pandas(data, schema=schema, preserve_index=False)
    return data.select(schema.names).cast(schema)


def release_memory() -> None:
    """Hand freed heap memory back to the system (glibc keeps it otherwise, so the resident size
    of a long build would only grow); a no-op elsewhere."""
    try:
        _LIBC.malloc_trim(0)
    except AttributeError:
        pass


_M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 128 << 10  # glibc's starting value, kept fixed


def bound_heap() -> None:
    """Keep every allocation of at least 128 KB (Arrow buffers, NumPy arrays, the text of a
    document) in its own mapping, handed back to the system as soon as it is freed. glibc
    otherwise raises that threshold each time such a block is freed, up to 32 MB, and then
    serves the large blocks from the heap, which a few small live objects keep from shrinking:
    the resident size of a build then grew with the corpus (60 MB more at the peak on 300
    synthetic reports). A no-op elsewhere than glibc."""
    try:
        _LIBC.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    except AttributeError:
        pass


try:
    _LIBC = ctypes.CDLL("libc.so.6")
except OSError:  # not glibc
    _LIBC = None


def _conforming(df: pd.DataFrame, table: str) -> bool:
    """True if ``df`` is already what ``conform`` would make of it (columns, order, dtypes)."""
    spec = data_dictionary()[table]["columns"]
    return (list(df.columns) == list(spec)
            and all(str(df[c].dtype) == str(pd.Series([], dtype=_DTYPES[k]).dtype)
                    and (k == "float" or not df[c].hasnans) for c, (k, _m) in spec.items()))


def _csv_ready(table: pa.Table) -> pa.Table:
    """Booleans as True/False (as pandas writes them, and Excel reads them) for the CSV copy."""
    cols = [pc.if_else(c, "True", "False") if pa.types.is_boolean(c.type) else c for c in table.columns]
    return pa.table(cols, names=table.column_names)


@lru_cache(maxsize=1)
def _encoder() -> ThreadPoolExecutor:
    """The one thread that encodes Parquet files while the caller writes their CSV copies."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="parquet")


class _TableFile:
    """Parquet + CSV of one table, written in row groups as rows arrive."""

    def __init__(self, name: str, folder: Path, schema: pa.Schema):
        self.name, self.schema = name, schema
        self.parquet = pq.ParquetWriter(folder / f"{name}.parquet", schema, compression="zstd")
        self.csv = open(folder / f"{name}.csv", "wb")
        self.csv.write(b"\xef\xbb\xbf" + ",".join(schema.names).encode("utf-8") + b"\n")
        self.pending: list[pa.Table] = []
        self.n_pending = 0

    def append(self, table: pa.Table) -> None:
        if table.num_rows:
            self.pending.append(table)
            self.n_pending += table.num_rows
        if self.n_pending >= ROW_GROUP:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        if not self.pending:
            return
        rows = pa.concat_tables(self.pending).combine_chunks()
        cut = rows.num_rows if final else rows.num_rows - rows.num_rows % ROW_GROUP
        groups = [rows.slice(start, min(ROW_GROUP, cut - start)) for start in range(0, cut, ROW_GROUP)]
        # boundaries at multiples of ROW_GROUP: chunking never shows. The Parquet file is
        # encoded in a second thread while this one formats the CSV (Arrow lets go of the GIL
        # in both); each file is still written by one thread, group after group
        parquet = _encoder().submit(self._write_parquet, groups) if len(groups) else None
        try:
            for group in groups:
                pacsv.write_csv(_csv_ready(group), self.csv, _CSV_OPTIONS)
        finally:
            if parquet is not None:
                parquet.result()
        rest = rows.slice(cut)
        self.pending, self.n_pending = ([rest], rest.num_rows) if rest.num_rows else ([], 0)

    def _write_parquet(self, groups: list[pa.Table]) -> None:
        for group in groups:
            self.parquet.write_table(group, row_group_size=ROW_GROUP)

    def close(self) -> None:
        self._flush(final=True)
        self.parquet.close()
        self.csv.close()

    def discard(self) -> None:
        """Close without flushing (the build failed; the files are removed with the staging folder)."""
        self.pending = []
        try:
            self.parquet.close()
        finally:
            self.csv.close()


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


class TableSetWriter:
    """One new build of ``out_dir``, written table by table and published all or nothing.

    ``append(name, rows)`` streams rows into a table (a DataFrame is conformed to the data
    dictionary first); ``keep(names)`` carries tables over from the current build as hard
    links; ``publish()`` closes every file, names the build folder by a hash of its content
    (equal inputs give an equal id) and switches the ``current`` symlink to it in one atomic
    step. Leaving the ``with`` block without publishing (an error, a kill) leaves the previous
    build published; a killed run's staging folder is removed by the next run. One writer per
    output folder: a second one is refused at once.
    """

    def __init__(self, out_dir: str | Path, background: bool = False):
        self.out_dir = Path(out_dir)
        self._files: dict[str, _TableFile] = {}
        # with ``background``, files are encoded and written by one thread, in call order (Arrow
        # releases the GIL while it compresses and formats), while the caller computes on
        self._queue: queue.Queue | None = queue.Queue(maxsize=2) if background else None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._written: set[str] = set()
        self._keep: set[str] = set()
        self.staging: Path | None = None
        self._lock = None

    def __enter__(self) -> "TableSetWriter":
        return self

    def _open(self) -> None:
        """Lock the output folder and make the staging folder (on the first table: a build
        that fails before writing anything leaves no trace)."""
        out_dir = self.out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        if not os.access(out_dir, os.W_OK):
            raise PermissionError(f"output folder is not writable: {out_dir}")
        lock = _locked(out_dir)
        lock.__enter__()
        try:
            self.builds = out_dir / BUILDS
            self.builds.mkdir(exist_ok=True)
            for stale in self.builds.glob(_STAGING + "*"):  # left by a killed run
                shutil.rmtree(stale, ignore_errors=True)
            self.previous = table_dir(out_dir) if (out_dir / CURRENT).is_symlink() else None
            self.staging = Path(tempfile.mkdtemp(prefix=_STAGING, dir=self.builds))
        except BaseException:
            lock.__exit__(None, None, None)
            raise
        self._lock = lock

    def __exit__(self, *exc) -> None:
        try:
            self._wait()
        except BaseException:
            if exc[0] is None:
                raise
        if self._lock is None:
            return
        try:
            for f in self._files.values():
                f.discard()
            if self.staging is not None and self.staging.exists():
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._lock.__exit__(*exc)
            self._lock = None

    def _submit(self, op, *args) -> None:
        if self._queue is None:
            op(*args)
            return
        if self._error is not None:
            raise self._error
        if self._thread is None:
            self._thread = threading.Thread(target=self._drain, name="table-writer", daemon=True)
            self._thread.start()
        self._queue.put((op, args))

    def _drain(self) -> None:
        while True:
            op, args = self._queue.get()
            try:
                if op is None:
                    return
                if self._error is None:
                    op(*args)
            except BaseException as exc:  # reported to the caller at its next call or at publish
                self._error = exc
            finally:
                self._queue.task_done()

    def _wait(self) -> None:
        if self._thread is not None:
            self._queue.put((None, ()))
            self._thread.join()
            self._thread = None
        if self._error is not None:
            raise self._error

    def append(self, name: str, rows: pd.DataFrame | pa.Table) -> None:
        """Add rows to table ``name`` (opened on first use)."""
        self._submit(self._append, name, rows)

    def _append(self, name: str, rows: pd.DataFrame | pa.Table) -> None:
        if name in self._written:
            raise TableSetError(f"table {name!r} is already complete")
        if self._lock is None:
            self._open()
        if name not in self._files:
            if name not in data_dictionary():
                raise TableSetError(f"table {name!r} is not in the data dictionary")
            self._files[name] = _TableFile(name, self.staging, arrow_schema(name))
        self._files[name].append(to_arrow(rows, name))

    def close(self, name: str) -> None:
        """Finish table ``name`` (an empty table if nothing was appended), freeing its buffers."""
        self._submit(self._close, name)

    def _close(self, name: str) -> None:
        if name not in self._files:
            self._append(name, empty(name))
        self._files.pop(name).close()
        self._written.add(name)
        release_memory()

    def finished(self, name: str) -> Path:
        """The Parquet file of table ``name`` as written so far in this build, complete (call
        ``close(name)`` first): a later step of the build reads it back rather than keep the
        table in memory."""
        self._wait()
        if name not in self._written:
            raise TableSetError(f"table {name!r} is not complete")
        return self.staging / f"{name}.parquet"

    def write(self, name: str, rows: pd.DataFrame | pa.Table) -> None:
        """A whole table at once."""
        self.append(name, rows)
        self.close(name)

    def keep(self, names: Iterable[str]) -> None:
        """Tables carried over unchanged from the current build (hard links, not rewritten)."""
        self._keep |= set(names)

    def publish(self) -> Path:
        self._wait()
        if self._lock is None:
            self._open()
        for name in list(self._files):
            self._close(name)
        staging, builds, previous = self.staging, self.builds, self.previous
        for name in sorted(self._keep - self._written):
            _keep_one(name, previous or self.out_dir, staging)
        readme = dictionary_markdown()
        (staging / "README.md").write_text(readme, encoding="utf-8")
        files = sorted(p.name for p in staging.iterdir())
        entries = {p: _file_sha(staging / p) for p in files}
        build_id = hashlib.sha256(json.dumps(entries, sort_keys=True).encode()).hexdigest()[:16]
        info = {"build_id": build_id, "tables": sorted(self._written | self._keep), "files": entries}
        (staging / MANIFEST).write_text(json.dumps(info, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        target = builds / build_id
        if target.is_dir():     # the same tables were published before: reuse that folder
            shutil.rmtree(staging)
        else:
            os.chmod(staging, 0o755)
            os.rename(staging, target)
        self.staging = None
        link_tmp = self.out_dir / f".{CURRENT}.{os.getpid()}"
        link_tmp.unlink(missing_ok=True)
        os.symlink(Path(BUILDS) / build_id, link_tmp)
        os.replace(link_tmp, self.out_dir / CURRENT)   # the one step that publishes
        for old in builds.iterdir():  # keep the new build and the one readers may still hold
            if old.name not in {build_id, previous.name if previous else ""}:
                shutil.rmtree(old, ignore_errors=True)
        for name in data_dictionary():  # tables of the old flat layout would only mislead
            for suffix in (".parquet", ".csv"):
                flat = self.out_dir / f"{name}{suffix}"
                if flat.is_file() and not flat.is_symlink():
                    flat.unlink()
        if not (self.out_dir / "README.md").is_file() or (self.out_dir / "README.md").read_text("utf-8") != readme:
            (self.out_dir / "README.md").write_text(readme, encoding="utf-8")
        return target


def write_tables(tables: dict[str, pd.DataFrame], out_dir: str | Path, keep: Iterable[str] = ()) -> Path:
    """Publish ``tables`` (plus the tables named in ``keep``, carried over unchanged from the
    current build) as one new build of ``out_dir``, all or nothing (see ``TableSetWriter``).
    Returns the published build folder."""
    with TableSetWriter(out_dir) as writer:
        for name in sorted(tables):
            writer.write(name, tables[name])
        writer.keep(keep)
        return writer.publish()


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
           "In the CSV files text is quoted, booleans are True/False and numbers are written in their shortest",
           "exact form (0 rather than 0.0; 2.7203319e+10): the same values as the Parquet files.",
           "Source of this page: `lib/govreport/data/data_dictionary.yaml`.", ""]
    for name, spec in data_dictionary().items():
        out += [f"## {name}", "", spec.get("description", "").strip(), "", "| column | type | meaning |", "|---|---|---|"]
        out += [f"| `{col}` | {kind} | {meaning.replace('|', '/')} |" for col, (kind, meaning) in spec["columns"].items()]
        out.append("")
    return "\n".join(out)
