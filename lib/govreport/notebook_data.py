"""Tables for notebooks, with a readable note instead of a crash when a table is not built yet.

Notebooks take ``processed_dir`` as a parameter; None means the project's processed folder
(``$GOVREPORT_PROCESSED_DIR`` if set, which the test suite uses, else ``data/processed``).
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

# Columns promised by the indicator issue, used for empty stand-ins until the data
# dictionary documents these tables.
_FALLBACK_COLUMNS = {
    "observations": ["obs_id", "doc_id", "sentence_id", "table_cell", "indicator_id", "indicator_zh",
                     "indicator_en", "value", "unit", "value_base", "unit_base", "ref_year",
                     "ref_period_start", "ref_period_end", "status", "measure", "qualifier",
                     "char_start", "char_end", "snippet", "mapped"],
    "series": ["indicator_id", "ref_year", "status", "measure", "value", "unit", "sources", "n_sources",
               "conflict", "rule"],
    "indicators": ["indicator_id", "name_zh", "name_en", "unit", "group", "synonyms"],
}


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
    from govreport.tables import data_dictionary, empty

    if name in data_dictionary():
        return empty(name)
    return pd.DataFrame(columns=_FALLBACK_COLUMNS.get(name, []))


def load(name: str, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """A processed table, or an empty one with its columns when it is not built yet."""
    if not available(name, processed_dir):
        return empty_table(name)
    from govreport.textdata import load as cached_load

    return cached_load(name, processed_path(processed_dir))


def check(names: list[str], processed_dir: str | Path | None = None) -> bool:
    """Display a note naming missing tables (and how to build them); True when all exist."""
    gone = missing(names, processed_dir)
    if gone:
        from IPython.display import Markdown, display

        from govreport.notebook_setup import escape

        display(Markdown(
            f"> **Data not built yet:** {escape(', '.join(gone))} missing in "
            f"`{escape(processed_path(processed_dir))}`. Run `govreport build`; the parts of this "
            "notebook that need these tables are skipped."))
    return not gone
