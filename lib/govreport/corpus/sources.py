"""Raw files as the later stages see them: read and hashed once, mapped clean ↔ raw from the tables.

The corpus stage writes every edit it made (``removed`` and ``repairs``); replaying those edits
on the decoded raw file gives back the exact clean text and its offset map. So the indicator
and text stages need only the raw folder and the corpus tables — no in-memory corpus — and
can be rerun alone (``govreport build --from indicators``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

import numpy as np
import pandas as pd

from govreport.corpus.collections import read_collection
from govreport.corpus.ledger import Ledger
from govreport.corpus.names import printable
from govreport.corpus.read import DocumentError, decode_bytes


class StaleTablesError(ValueError):
    """The corpus tables no longer describe the raw files; the message says which and what to do."""


@dataclass(frozen=True)
class RawFile:
    path: Path
    text: str
    encoding: str
    sha256: str


def read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise DocumentError(f"{printable(path)}: cannot be read ({exc.strerror})") from None


def read_raw(path: Path, record: int = -1, rel: str | None = None) -> RawFile:
    """Read one raw file (or one record of a collection) once: its bytes give both the sha256 and the
    decoded text. A record's sha256 is that of its whole collection file."""
    return raw_from_bytes(path, read_bytes(path), record, rel)


def raw_from_bytes(path: Path, data: bytes, record: int = -1, rel: str | None = None) -> RawFile:
    sha = hashlib.sha256(data).hexdigest()
    if record < 0:
        text, encoding = decode_bytes(data, str(path))
        return RawFile(Path(path), text, encoding, sha)
    if sha not in _COLLECTIONS:
        records, _skipped, encoding = read_collection(rel or Path(path).name, data)
        if len(_COLLECTIONS) >= 4:
            _COLLECTIONS.pop(next(iter(_COLLECTIONS)))
        _COLLECTIONS[sha] = ({r.number: r.text for r in records}, encoding)
    texts, encoding = _COLLECTIONS[sha]
    if record not in texts:
        raise DocumentError(f"{printable(path)}: has no report record {record}")
    return RawFile(Path(path), texts[record], encoding, sha)


_COLLECTIONS: dict[str, tuple[dict[int, str], str]] = {}  # a collection is parsed once for all its records


def replay_ledger(raw: str, removed: pd.DataFrame, repairs: pd.DataFrame) -> Ledger:
    """The ledger of one document rebuilt from its rows of ``removed`` and ``repairs``."""
    ledger = Ledger(raw)
    col = lambda frame, name: frame[name].tolist()  # plain values: iterating a column costs per value
    for start, end, reason, ds, de in zip(*(col(removed, c) for c in ("char_start", "char_end", "reason",
                                                                       "duplicate_of_start", "duplicate_of_end"))):
        ledger.remove(int(start), int(end), str(reason), None if int(ds) < 0 else (int(ds), int(de)))
    for start, end, after, reason in zip(*(col(repairs, c) for c in ("char_start", "char_end", "after", "reason"))):
        ledger.repair(int(start), int(end), str(after), str(reason))
    return ledger


class CorpusTexts:
    """Raw text and clean ↔ raw offsets of every document in the corpus tables.

    ``preloaded`` (doc_id → RawFile) spares a second read when the corpus stage just read
    the files in the same process; otherwise files are read lazily from ``raw_dir`` and
    checked against ``documents.sha256``.
    """

    def __init__(self, raw_dir: str | Path, tables: Mapping[str, pd.DataFrame],
                 preloaded: Mapping[str, RawFile] | None = None):
        self.raw_dir = Path(raw_dir)
        self.documents = tables["documents"]
        self._files = dict(zip(self.documents["doc_id"], self.documents["file"]))
        records = self.documents["record"] if "record" in self.documents.columns else [-1] * len(self.documents)
        self._records = dict(zip(self.documents["doc_id"], (int(r) for r in records)))
        self._sha = dict(zip(self.documents["doc_id"], self.documents["sha256"]))
        self._removed = {d: g for d, g in tables["removed"].groupby("doc_id", sort=False)}
        self._repairs = {d: g for d, g in tables["repairs"].groupby("doc_id", sort=False)}
        self._raw: dict[str, str] = {d: f.text for d, f in (preloaded or {}).items()}
        self._ledgers: dict[str, Ledger] = {}

    @property
    def doc_ids(self) -> list[str]:
        return sorted(self._files)

    def raw(self, doc_id: str) -> str:
        if doc_id not in self._raw:
            path = self.raw_dir / self._files[doc_id]
            if not path.is_file() or path.is_symlink():
                raise StaleTablesError(f"{printable(path)}: raw file of document {doc_id!r} not found; "
                                       "rebuild the corpus tables (govreport build)")
            f = raw_from_bytes(path, read_bytes(path), self._records[doc_id], self._files[doc_id])
            if f.sha256 != self._sha[doc_id]:
                raise StaleTablesError(f"{printable(path)}: changed since the corpus tables were built; "
                                       "rebuild from the corpus stage (govreport build)")
            self._raw[doc_id] = f.text
        return self._raw[doc_id]

    def ledger(self, doc_id: str) -> Ledger:
        if doc_id not in self._ledgers:
            empty_removed = pd.DataFrame(columns=["char_start", "char_end", "reason",
                                                  "duplicate_of_start", "duplicate_of_end"])
            empty_repairs = pd.DataFrame(columns=["char_start", "char_end", "after", "reason"])
            self._ledgers[doc_id] = replay_ledger(self.raw(doc_id), self._removed.get(doc_id, empty_removed),
                                                  self._repairs.get(doc_id, empty_repairs))
        return self._ledgers[doc_id]

    def raw_texts(self) -> dict[str, str]:
        return {d: self.raw(d) for d in self.doc_ids}

    def to_raw(self, doc_id: str, clean_offset: int) -> int:
        """Raw offset of the clean character at ``clean_offset`` (len(raw) at the end)."""
        return int(self.ledger(doc_id).view()[1][clean_offset])

    def raw_span(self, doc_id: str, clean_start: int, clean_end: int) -> tuple[int, int]:
        return self.ledger(doc_id).to_raw_span(clean_start, clean_end)

    def check_sentences(self, sentences: pd.DataFrame) -> None:
        """Refuse tables whose sentences are not where the replayed clean text has them."""
        if not len(sentences):
            return
        # each document's first sentence, in doc_id order (plain arrays: no frame per document)
        doc_ids, first = np.unique(sentences["doc_id"].to_numpy(dtype=object), return_index=True)
        starts = sentences["clean_start"].to_numpy()[first].tolist()
        texts = sentences["text"].to_numpy(dtype=object)[first].tolist()
        for doc_id, start, text in zip(doc_ids.tolist(), starts, texts):
            clean = self.ledger(doc_id).clean
            start = int(start)
            if clean[start:start + len(text)] != text:
                raise StaleTablesError(f"the corpus tables do not match the raw file of {doc_id!r}; "
                                       "rebuild from the corpus stage (govreport build)")
