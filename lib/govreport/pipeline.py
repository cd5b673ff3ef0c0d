"""The build: raw folder → every tidy table in the processed folder, written all or nothing.

Stages run in order, each reading the tables of the one before:
corpus (read, clean, structure, align) → indicators (observations, series) → text (tokens, themes).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

from govreport.corpus.build import Corpus, build_corpus
from govreport.store import write_tables


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _progress(items):
    """A tqdm progress bar on stderr when it is a terminal, a plain list otherwise."""
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return items
    return tqdm(items, desc="documents", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())


def corpus_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    return dict(corpus.tables)


def indicator_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    from govreport.indicators.build import build_indicator_tables

    return build_indicator_tables(corpus)


def text_tables(corpus: Corpus) -> dict[str, pd.DataFrame]:
    from govreport.text.build import build_text_tables_from_corpus

    return build_text_tables_from_corpus(corpus)


STAGES = [("corpus", corpus_tables), ("indicators", indicator_tables), ("text", text_tables)]


def build(raw_dir: str | Path = "data/raw", out_dir: str | Path = "data/processed") -> dict[str, pd.DataFrame]:
    """Build all tables from ``raw_dir`` and write them to ``out_dir`` (Parquet + CSV with BOM)."""
    t0 = time.monotonic()
    corpus = build_corpus(raw_dir, progress=_progress)
    _log(f"  corpus: {len(corpus.docs)} documents parsed ({time.monotonic() - t0:.1f} s)")
    for row in corpus.tables["documents"].itertuples():
        if row.metadata_note:  # uncatalogued files, or catalog and text disagreeing
            _log(f"  note: {row.file} ({row.doc_id}): {row.metadata_note}")
    out: dict[str, pd.DataFrame] = {}
    for name, stage in STAGES:
        t1 = time.monotonic()
        tables = stage(corpus)
        out.update(tables)
        _log(f"  {name}: {', '.join(f'{k} ({len(v)})' for k, v in sorted(tables.items()))} ({time.monotonic() - t1:.1f} s)")
    write_tables(out, out_dir)
    _log(f"  wrote {len(out)} tables to {out_dir}")
    return out
