"""The one data entry point for notebooks: open the tables once, pass frames to the views.

    from govreport.views.data import open_tables
    t = open_tables()            # the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
    t["series"], t.documents     # DataFrames, read once and cached
    t.check(["series"])          # a readable note in the notebook when a table is not built yet

``open_tables`` is the only place that decides where tables live; it resolves the published
build once (``store.table_dir``), so a notebook never mixes tables of two builds. Views never
read from disk: they take a ``Tables`` (or plain DataFrames).
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from govreport import paths, store


class MissingTablesError(FileNotFoundError):
    """A notebook needs tables that have not been built."""


class Tables:
    """Processed tables of one build, read lazily and cached; a missing table reads as an empty
    frame with its documented columns (see ``missing``/``check``)."""

    def __init__(self, folder: Path | None = None, frames: Mapping[str, pd.DataFrame] | None = None):
        self.folder = folder
        self._frames: dict[str, pd.DataFrame] = dict(frames or {})
        self._memo: dict = {}
        info = store.manifest(folder) if folder is not None else {}
        self.build_id: str = info.get("build_id", "")

    @classmethod
    def from_frames(cls, frames: Mapping[str, pd.DataFrame]) -> "Tables":
        """Tables held in memory (tests, or frames a user computed)."""
        return cls(None, frames)

    def has(self, name: str) -> bool:
        return name in self._frames or (self.folder is not None and (self.folder / f"{name}.parquet").is_file())

    def __contains__(self, name: str) -> bool:
        return self.has(name)

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self._frames:
            if self.has(name):
                self._frames[name] = pd.read_parquet(self.folder / f"{name}.parquet")
            else:
                return _empty(name)
        return self._frames[name].copy(deep=False)  # copy-on-write: callers cannot alter the cache

    def __getattr__(self, name: str) -> pd.DataFrame:
        if name.startswith("_") or name not in store.data_dictionary():
            raise AttributeError(name)
        return self[name]

    def memo(self, key, compute):
        """``compute()`` once per key for these tables (views reuse derived frames, e.g. one
        place's term trajectories, across calls); returns a shallow copy."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key].copy(deep=False)

    def missing(self, names: Iterable[str]) -> list[str]:
        return [n for n in names if not self.has(n)]

    def check(self, names: Iterable[str]) -> bool:
        """Display a note naming missing tables (and how to build them); True when all exist."""
        gone = self.missing(names)
        if gone:
            from IPython.display import Markdown, display

            from govreport.views.display import escape

            display(Markdown(
                f"> **Data not built yet:** {escape(', '.join(gone))} missing in "
                f"`{escape(self.folder)}`. Run `govreport build`; the parts of this "
                "notebook that need these tables are skipped."))
        return not gone

    def require(self, names: Iterable[str]) -> None:
        """Raise ``MissingTablesError`` naming the tables that are not built (and how to build them)."""
        gone = self.missing(names)
        if gone:
            where = self.folder if self.folder is not None else "memory"
            raise MissingTablesError(f"tables not built: {', '.join(gone)} missing in {where}; run "
                                     "`govreport build` (or set processed_dir to a folder it wrote).")

    def __repr__(self) -> str:
        where = self.folder if self.folder is not None else "memory"
        return f"Tables({where}, build {self.build_id or '-'})"


def _empty(name: str) -> pd.DataFrame:
    return store.empty(name) if name in store.data_dictionary() else pd.DataFrame()


def processed_folder(processed_dir: str | Path | None = None) -> Path:
    """``processed_dir``, else $GOVREPORT_PROCESSED_DIR, else the project's data/processed."""
    return Path(processed_dir) if processed_dir not in (None, "") else paths.processed_dir()


def open_tables(processed_dir: str | Path | None = None) -> Tables:
    """The published tables of ``processed_dir`` (default: the project's processed folder)."""
    return Tables(store.table_dir(processed_folder(processed_dir)))
