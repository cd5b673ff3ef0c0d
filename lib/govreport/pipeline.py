"""The build: raw folder → every tidy table in the processed folder, published all or nothing.

Three stages, each a function from the tables of the stages before to its own tables:

    corpus      raw files                      → documents, sections, paragraphs, sentences, tables,
                                                 removed, repairs, variants
    indicators  corpus tables + raw files      → observations, indicators, series
    text        corpus tables + raw files      → tokens, term_frequencies, keyness, themes, ...

``build(raw, out, start="indicators")`` reruns a stage and the ones after it from the tables
already published in ``out`` (e.g. after editing ``indicators.yaml``); the earlier stages'
tables are carried over untouched, and the result is byte-identical to a full build.

The per-document work of every stage (parsing a file; extracting its numbers; segmenting
its sentences and counting its terms and themes) runs in ``jobs`` worker processes, one
document at a time; results come back in doc_id order and are streamed to the table files,
so the tables are byte-identical whatever ``jobs`` is. The corpus stage hands each document's
rows to the table files as soon as it is parsed, and the later stages read them back one
document at a time (raw files are read again where they are needed). What the corpus-wide
tables need of each document (observations, content terms, theme scores) waits in a temporary
file until they are made, so memory is bounded by a few documents plus those tables' own
inputs (documents, observations, content terms; keyness one place at a time), not by
everything the stages made of the corpus.
"""
from __future__ import annotations

import os
import pickle
import sys
import tempfile
import time
from contextlib import ExitStack
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from govreport import store
from govreport.corpus import build as corpus_stage
from govreport.corpus.names import printable
from govreport.corpus.sources import CorpusTexts
from govreport.indicators import build as indicator_stage
from govreport.text import build as text_stage
from govreport.text import themes as _themes
from govreport.text import tokens as _tokens
from govreport.workers import default_jobs, fewer_collections, memory_settings, pool

CORPUS_TABLES = ["documents", "sections", "paragraphs", "sentences", "tables", "removed", "repairs", "variants",
                 "skipped"]
STAGES = {"corpus": CORPUS_TABLES, "indicators": indicator_stage.OUTPUTS, "text": text_stage.OUTPUTS}
PER_DOCUMENT = ["documents", "sentences", "tables", "removed", "repairs"]  # what the later stages read


class StageError(ValueError):
    """A stage cannot run as asked (unknown stage, earlier tables missing)."""


def _log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _progress(items):
    """A tqdm progress bar on stderr when it is a terminal, a plain iterator otherwise."""
    from tqdm import tqdm

    return tqdm(items, desc="documents", unit="doc", file=sys.stderr, disable=not sys.stderr.isatty())


def _summary(name: str, counts: dict[str, int], t0: float) -> None:
    text = ", ".join(f"{k} ({v})" for k, v in sorted(counts.items()))
    _log(f"  {name}: {text} ({time.monotonic() - t0:.1f} s)")


def _conformed(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Tables as they read back from disk, so a stage sees the same frames in a full build
    as when it is rerun alone from the published tables."""
    dictionary = store.data_dictionary()
    return {k: store.conform(v, k) if k in dictionary else v for k, v in tables.items()}


_theme_table = lru_cache(maxsize=1)(_themes.load_themes)  # read once per process


@dataclass
class DocumentTask:
    """What the later stages need of one document: its rows of the corpus tables (its raw
    file is read where the task runs)."""
    doc_id: str
    raw_dir: Path
    tables: dict[str, pd.DataFrame]
    start: str
    engine: str | None
    meta: dict | None  # the document's columns of term_frequencies


@dataclass
class DocumentResult:
    doc_id: str
    observations: pd.DataFrame | None
    text: text_stage.DocumentText
    set_aside: pd.DataFrame | None = None


def later_stages_of_document(task: DocumentTask) -> DocumentResult:
    """The per-document work of the indicator and text stages (run in a worker process)."""
    texts = CorpusTexts(task.raw_dir, task.tables)
    texts.check_sentences(task.tables["sentences"])  # refuses tables whose raw file changed since
    observations, set_aside = indicator_stage.document(task.tables, texts) if task.start != "text" else (None, None)
    offsets = _tokens.OffsetMap.from_ledger(texts.ledger(task.doc_id))
    text = text_stage.document(task.doc_id, task.tables["sentences"], _theme_table(), task.meta, offsets,
                               engine=task.engine)
    return DocumentResult(task.doc_id, observations, text, set_aside)


class Spill:
    """Every document's results the corpus-wide tables need (its observations, content terms
    and theme scores), kept on disk while the documents are worked through and read back one
    document at a time (in the order appended) when those tables are made. Held in memory
    instead, their many small objects, allocated between each document's much larger
    short-lived ones, keep the heap from shrinking: the build's memory would grow with the
    corpus (about 0.65 MB per report) where it now stays that of a few documents. The file is
    a temporary one in ``folder`` (the build's staging folder), gone when the spill is."""

    def __init__(self, folder: Path | None = None):
        self._file = tempfile.TemporaryFile(dir=folder)
        self._count = 0

    def append(self, result: DocumentResult) -> None:
        pickle.dump(result, self._file, protocol=pickle.HIGHEST_PROTOCOL)  # frames round-trip exactly
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[DocumentResult]:
        self._file.flush()
        self._file.seek(0)
        for _ in range(self._count):
            yield pickle.load(self._file)
        self._file.seek(0, os.SEEK_END)

    def close(self) -> None:
        self._file.close()


def _document_rows(path: Path) -> Iterator[tuple[str, pd.DataFrame]]:
    """(doc_id, its rows) of a table file written in doc_id order, one document at a time, read
    in batches: as ``pd.read_parquet`` would give them, without holding the table."""
    pending: list[pd.DataFrame] = []
    current = None
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_BATCH):
        frame = pa.Table.from_batches([batch]).to_pandas()
        ids = frame["doc_id"].to_numpy(dtype=object)
        cuts = [0, *(np.flatnonzero(ids[1:] != ids[:-1]) + 1).tolist(), len(frame)]
        for a, b in zip(cuts[:-1], cuts[1:]):
            if ids[a] != current and pending:
                yield current, pd.concat(pending, ignore_index=True)
                pending = []
            current = ids[a]
            pending.append(frame.iloc[a:b])
    if pending:
        yield current, pd.concat(pending, ignore_index=True)


_BATCH = 1 << 14  # rows read back at a time


def _sentences_with_text(path: Path) -> pd.DataFrame:
    """One sentence with text per document and part: all ``text_stage.document_meta`` reads
    of the sentences (which parts each document has), without reading the whole table."""
    keep = []
    for batch in pq.ParquetFile(path).iter_batches(batch_size=_BATCH, columns=["doc_id", "part", "text"]):
        frame = pa.Table.from_batches([batch]).to_pandas()
        frame = frame[frame["text"].fillna("").astype(str) != ""]
        keep.append(frame.drop_duplicates(["doc_id", "part"]))
    if not keep:
        return store.empty("sentences")[["doc_id", "part", "text"]]
    return pd.concat(keep, ignore_index=True).drop_duplicates(["doc_id", "part"], ignore_index=True)


def _tasks(documents: pd.DataFrame, files: dict[str, Path], raw_dir: Path, start: str, engine: str | None,
           meta: pd.DataFrame):
    """One task per document, in doc_id order, its rows read from the table files as it is handed out."""
    readers = {name: _document_rows(files[name]) for name in PER_DOCUMENT if name != "documents"}
    ahead = {name: next(r, None) for name, r in readers.items()}
    docs = documents.groupby("doc_id", sort=False).indices
    meta_of = {r["doc_id"]: r for r in meta.to_dict("records")}
    for doc_id in sorted(documents["doc_id"]):
        tables = {"documents": documents.iloc[docs[doc_id]].reset_index(drop=True)}
        for name in readers:
            if ahead[name] is not None and ahead[name][0] == doc_id:
                tables[name] = ahead[name][1]
                ahead[name] = next(readers[name], None)
            else:
                tables[name] = store.empty(name)
        yield DocumentTask(doc_id, raw_dir, {name: tables[name] for name in PER_DOCUMENT}, start, engine,
                           meta_of.get(doc_id))


def build(raw_dir: str | Path = "data/raw", out_dir: str | Path = "data/processed",
          start: str = "corpus", jobs: int | None = None, engine: str | None = None) -> dict[str, int]:
    """Run the stages from ``start`` on with ``jobs`` worker processes (default: one per core)
    and publish their tables in ``out_dir``. Returns the rows written per table."""
    with fewer_collections():
        return _build(raw_dir, out_dir, start, jobs, engine)


def _build(raw_dir, out_dir, start, jobs, engine) -> dict[str, int]:
    if start not in STAGES:
        raise StageError(f"unknown stage {start!r} (stages: {', '.join(STAGES)})")
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    memory_settings()  # inherited by forked workers; fork-server workers set them again
    if start != "corpus":
        folder = store.table_dir(out_dir)
        missing = [n for n in CORPUS_TABLES if not (folder / f"{n}.parquet").is_file()]
        if missing:
            raise StageError(f"--from {start} needs the corpus tables in {out_dir} "
                             f"(missing: {', '.join(missing)}); run a full build first")
    rows: dict[str, int] = {}
    with store.TableSetWriter(out_dir, background=jobs > 1) as writer, ExitStack() as workers:
        pmap = workers.enter_context(pool(jobs))
        def write(name: str, data) -> None:
            for block in ([data] if isinstance(data, (pd.DataFrame, pa.Table)) else data):
                writer.append(name, block)
                rows[name] = rows.get(name, 0) + len(block)
            writer.close(name)
            rows.setdefault(name, 0)

        t0 = time.monotonic()
        if start == "corpus":
            def emit(name: str, block) -> None:  # a document's rows of a per-document table, in doc_id order
                writer.append(name, block)
                rows[name] = rows.get(name, 0) + len(block)

            wide = _conformed(corpus_stage.stream(raw_dir, emit, progress=_progress, mapper=pmap))
            for name in corpus_stage.PER_DOCUMENT:
                writer.close(name)
                rows.setdefault(name, 0)
            for name, table in wide.items():
                write(name, table)
            _summary("corpus", {n: rows[n] for n in CORPUS_TABLES}, t0)
            for row in wide["documents"].itertuples():
                if row.metadata_note:  # uncatalogued files, or catalog and text disagreeing
                    _log(f"  note: {printable(row.file)} ({printable(row.doc_id)}): {printable(row.metadata_note)}")
            for row in wide["skipped"].itertuples():
                record = f" record {row.record}" if row.record >= 0 else ""
                _log(f"  skipped: {printable(row.file)}{record}: {row.reason} ({printable(row.detail)})")
            documents = wide["documents"]
            del wide
            # the later stages read each document's rows back from the files just written
            files = {name: writer.finished(name) for name in PER_DOCUMENT}
        else:
            documents = pd.read_parquet(folder / "documents.parquet")
            files = {name: folder / f"{name}.parquet" for name in PER_DOCUMENT}
            writer.keep(CORPUS_TABLES)

        t1 = time.monotonic()
        spill = Spill(writer.staging)
        meta = text_stage.document_meta(documents, _sentences_with_text(files["sentences"]))
        tasks = _tasks(documents, files, raw_dir, start, engine, meta)
        for result in pmap(later_stages_of_document, tasks):
            text = result.text
            writer.append("tokens", text.tokens)
            writer.append("term_frequencies", text.term_frequencies)
            rows["tokens"] = rows.get("tokens", 0) + text.tokens.num_rows
            rows["term_frequencies"] = rows.get("term_frequencies", 0) + len(text.term_frequencies)
            text.tokens = text.term_frequencies = None  # written: let them go
            spill.append(result)
            del result, text
        workers.close()  # the corpus-wide tables are made here: idle workers would only hold memory
        writer.close("tokens")
        writer.close("term_frequencies")
        _log(f"  per document: observations, tokens, term frequencies and theme scores of {len(spill)} "
             f"documents ({time.monotonic() - t1:.1f} s)")
        del tasks
        store.release_memory()
        t1 = time.monotonic()
        if start == "text":
            writer.keep(STAGES["indicators"])
        else:
            found = [(r.observations, r.set_aside) for r in spill if r.observations is not None]
            obs = pd.concat([o for o, _ in found], ignore_index=True) if found else store.empty("observations")
            asides = [a for _, a in found if len(a)]
            aside = pd.concat(asides, ignore_index=True) if asides else indicator_stage.no_set_aside()
            del found, asides
            for name, table in indicator_stage.finish(obs, aside, documents).items():
                write(name, table)
            del obs, aside
            _summary("indicators", {n: rows[n] for n in STAGES["indicators"]}, t1)
        t2 = time.monotonic()
        out = text_stage.finish((r.text for r in spill), meta, _theme_table())
        spill.close()
        for name in ["keyness", "themes", "theme_scores", "term_trajectories"]:
            write(name, getattr(out, name))
        _summary("text", {n: rows.get(n, 0) for n in STAGES["text"]}, t2)
        published = writer.publish()
    kept = len([n for names in STAGES.values() for n in names]) - len(rows)
    _log(f"  published build {published.name} in {out_dir} ({len(rows)} tables written, {kept} carried over)")
    return rows
