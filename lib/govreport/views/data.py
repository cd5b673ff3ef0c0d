"""Tables for notebooks, with a readable note instead of a crash when a table is not built yet.

Notebooks take ``processed_dir`` as a parameter; None means the project's processed folder
(``$GOVREPORT_PROCESSED_DIR`` if set, which the test suite uses, else ``data/processed``).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

def processed_path(processed_dir: str | Path | None = None) -> Path:
    """The folder to read: ``processed_dir`` or the project's default."""
    if processed_dir is not None and str(processed_dir):
        return Path(processed_dir)
    from govreport.paths import processed_dir as default

    return default()


def available(name: str, processed_dir: str | Path | None = None) -> bool:
    return (processed_path(processed_dir) / f"{name}.parquet").is_file()


def missing(names: list[str], processed_dir: str | Path | None = None) -> list[str]:
    """The tables among ``names`` that are not in the processed folder."""
    return [n for n in names if not available(n, processed_dir)]


def empty_table(name: str) -> pd.DataFrame:
    """An empty stand-in with the documented columns (no columns for an undocumented table)."""
    from govreport.store import data_dictionary, empty

    return empty(name) if name in data_dictionary() else pd.DataFrame()


def load(name: str, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """A processed table, or an empty one with its columns when it is not built yet."""
    if not available(name, processed_dir):
        return empty_table(name)
    from govreport.views.textdata import load as cached_load

    return cached_load(name, processed_path(processed_dir))


def check(names: list[str], processed_dir: str | Path | None = None) -> bool:
    """Display a note naming missing tables (and how to build them); True when all exist."""
    gone = missing(names, processed_dir)
    if gone:
        from IPython.display import Markdown, display

        from govreport.views.display import escape

        display(Markdown(
            f"> **Data not built yet:** {escape(', '.join(gone))} missing in "
            f"`{escape(processed_path(processed_dir))}`. Run `govreport build`; the parts of this "
            "notebook that need these tables are skipped."))
    return not gone
