"""The build: raw folder → every tidy table in the processed folder, published all or nothing.

Three stages, each a function from the tables of the stages before to its own tables:

    corpus      raw files                      → documents, sections, paragraphs, sentences, tables,
                                                 removed, repairs, variants
    indicators  corpus tables + raw files      → observations, indicators, series
    text        corpus tables + raw files      → tokens, term_frequencies, keyness, themes, ...

``build(raw, out, start="indicators")`` reruns a stage and the ones after it from the tables
already published in ``out`` (e.g. after editing ``indicators.yaml``); the earlier stages'
tables are carried over untouched, and the result is byte-identical to a full build.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

from govreport import store
from govreport.corpus import build as corpus_stage
from govreport.corpus.names import printable
from govreport.corpus.sources import CorpusTexts
from govreport.indicators import build as indicator_stage
from govreport.text import build as text_stage

CORPUS_TABLES = ["documents", "sections", "paragraphs", "sentences", "tables", "removed", "repairs", "variants",
                 "skipped"]
STAGES = {"corpus": CORPUS_TABLES, "indicators": indicator_stage.OUTPUTS, "text": text_stage.OUTPUTS}


class StageError(ValueError):
    """A stage cannot run as asked (unknown stage, earlier tables missing)."""


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _progress(items):
    """A tqdm progress bar on stderr when it is a terminal, a plain list otherwise."""
    from tqdm import tqdm

    return tqdm(items, desc="documents", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())


def _summary(name: str, tables: dict[str, pd.DataFrame], t0: float) -> None:
    counts = ", ".join(f"{k} ({len(v)})" for k, v in sorted(tables.items()))
    _log(f"  {name}: {counts} ({time.monotonic() - t0:.1f} s)")


def _conformed(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Tables as they read back from disk, so a stage sees the same frames in a full build
    as when it is rerun alone from the published tables."""
    dictionary = store.data_dictionary()
    return {k: store.conform(v, k) if k in dictionary else v for k, v in tables.items()}


def build(raw_dir: str | Path = "data/raw", out_dir: str | Path = "data/processed",
          start: str = "corpus") -> dict[str, pd.DataFrame]:
    """Run the stages from ``start`` on and publish their tables in ``out_dir``."""
    if start not in STAGES:
        raise StageError(f"unknown stage {start!r} (stages: {', '.join(STAGES)})")
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    t0 = time.monotonic()
    if start == "corpus":
        corpus, preloaded = corpus_stage.run(raw_dir, progress=_progress)
        corpus = _conformed(corpus)
        _summary("corpus", corpus, t0)
        for row in corpus["documents"].itertuples():
            if row.metadata_note:  # uncatalogued files, or catalog and text disagreeing
                _log(f"  note: {printable(row.file)} ({printable(row.doc_id)}): {printable(row.metadata_note)}")
        for row in corpus["skipped"].itertuples():
            record = f" record {row.record}" if row.record >= 0 else ""
            _log(f"  skipped: {printable(row.file)}{record}: {row.reason} ({printable(row.detail)})")
    else:
        folder = store.table_dir(out_dir)
        missing = [n for n in CORPUS_TABLES if not (folder / f"{n}.parquet").is_file()]
        if missing:
            raise StageError(f"--from {start} needs the corpus tables in {out_dir} "
                             f"(missing: {', '.join(missing)}); run a full build first")
        corpus = {n: pd.read_parquet(folder / f"{n}.parquet") for n in CORPUS_TABLES}
        preloaded = None
    texts = CorpusTexts(raw_dir, corpus, preloaded)
    texts.check_sentences(corpus["sentences"])
    out = dict(corpus) if start == "corpus" else {}
    for name, stage in (("indicators", indicator_stage), ("text", text_stage)):
        t1 = time.monotonic()
        if start == "text" and name == "indicators":
            continue
        tables = stage.run(corpus, texts)
        out.update(tables)
        _summary(name, tables, t1)
    keep = [n for stage, names in STAGES.items() for n in names if n not in out]
    published = store.write_tables(out, out_dir, keep=keep)
    _log(f"  published build {published.name} in {out_dir} ({len(out)} tables written, "
         f"{len(keep)} carried over)")
    return out
