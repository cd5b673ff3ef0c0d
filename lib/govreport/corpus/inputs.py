"""What the raw folder holds: report files, collections of reports, and what is skipped and why.

The raw folder and everything in it is untrusted. A report is a *regular file inside the
folder* (sub-folders included, e.g. ``national/cn_national_2016.txt``) with a text
extension; a ``.jsonl`` or ``.csv`` file is a collection holding one report per record
(see ``govreport.corpus.collections``). Nothing else is read: symbolic links (which could
point anywhere, /etc/passwd included), devices and pipes, hidden files, READMEs, backups
and other file types are listed in the ``skipped`` table with a reason instead. The walk is
sorted, so two scans of one folder give the same lists.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from govreport.corpus.catalog import CATALOG_FILE, CatalogError
from govreport.corpus.names import printable

REPORT_SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}  # one report per file
COLLECTION_SUFFIXES = {".jsonl", ".csv"}  # one report per record


@dataclass(frozen=True)
class Skipped:
    """A file (or one record of a collection) that was not read as a report, and why."""
    file: str  # path relative to the raw folder, POSIX separators
    record: int  # record number in a collection; -1 for a whole file
    reason: str
    detail: str

    def row(self) -> dict:
        return {"file": self.file, "record": self.record, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True)
class RawFolder:
    reports: list[str]  # relative paths of report files
    collections: list[str]  # relative paths of .jsonl / .csv collections
    skipped: list[Skipped]


def _kind(entry: os.DirEntry, rel: str, top: bool) -> tuple[str, str] | None:
    """('report' | 'collection', '') or (reason, detail) for a skipped file; None to pass over silently."""
    name = entry.name
    if top and name == CATALOG_FILE:
        return None  # the catalog itself
    if entry.is_symlink():
        return "symbolic_link", "links are not followed: copy the file into the raw folder"
    try:
        mode = entry.stat(follow_symlinks=False).st_mode
    except OSError as exc:
        return "unreadable", exc.strerror or "cannot be read"
    if stat.S_ISDIR(mode):
        if name.startswith("."):
            return "hidden", "hidden folder"
        return "folder", ""
    if not stat.S_ISREG(mode):
        return "not_a_regular_file", "devices, pipes and sockets are not read"
    if name.startswith("."):
        return "hidden", "hidden file"
    stem, suffix = os.path.splitext(name)
    if stem.lower() == "readme":
        return "readme", "documentation of the folder, not a report"
    suffix = suffix.lower()
    if suffix in REPORT_SUFFIXES:
        return "report", ""
    if suffix in COLLECTION_SUFFIXES:
        return "collection", ""
    allowed = ", ".join(sorted(REPORT_SUFFIXES | COLLECTION_SUFFIXES))
    return "unsupported_extension", f"not a report file type ({allowed})"


def scan(raw_dir: str | Path) -> RawFolder:
    """Every entry of ``raw_dir`` (recursively, not following links), sorted by path."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():  # the folder itself may be a link: the user named it
        raise CatalogError(f"raw folder not found: {printable(raw_dir)}")
    reports, collections, skipped = [], [], []

    def walk(folder: Path, prefix: str) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(prefix.rstrip("/") or ".", -1, "unreadable", exc.strerror or "cannot be read"))
            return
        for entry in entries:
            rel = prefix + entry.name
            kind = _kind(entry, rel, top=not prefix)
            if kind is None:
                continue
            what, detail = kind
            if what == "folder":
                walk(Path(entry.path), rel + "/")
            elif what == "report":
                reports.append(rel)
            elif what == "collection":
                collections.append(rel)
            else:
                skipped.append(Skipped(rel, -1, what, detail))

    walk(raw_dir, "")
    return RawFolder(reports, collections, skipped)
