"""The edit ledger: every change from raw text to clean text, with raw offsets and a reason.

Cleaning never edits strings directly. Each stage records *edits* on spans of the
decoded raw text: a removal (the span disappears) or a repair (the span is replaced).
Edits never overlap, so kept, removed and repaired spans cover the raw text exactly
once, and every clean character can be traced back to its raw position.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

import numpy as np


@dataclass(frozen=True)
class Edit:
    start: int
    end: int
    reason: str
    replacement: str | None = None  # None = removal
    duplicate_of: tuple[int, int] | None = None  # raw span of the kept first occurrence

    @property
    def is_removal(self) -> bool:
        return self.replacement is None


class Ledger:
    """Non-overlapping edits over one raw text, and the clean text they produce."""

    def __init__(self, raw: str):
        self.raw = raw
        self._starts: list[int] = []
        self._edits: list[Edit] = []
        self._view: tuple[str, np.ndarray] | None = None

    # -- recording -------------------------------------------------------------------
    def _overlapping(self, start: int, end: int) -> range:
        """Indices of edits overlapping [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        if i > 0 and self._edits[i - 1].end > start:
            i -= 1
        j = i
        while j < len(self._edits) and self._edits[j].start < end:
            j += 1
        return range(i, j)

    def _insert(self, edit: Edit) -> None:
        i = bisect.bisect_left(self._starts, edit.start)
        self._starts.insert(i, edit.start)
        self._edits.insert(i, edit)
        self._view = None

    def remove(self, start: int, end: int, reason: str, duplicate_of: tuple[int, int] | None = None) -> bool:
        """Remove raw [start, end). Earlier edits inside or across it are absorbed into it."""
        start, end = max(0, start), min(len(self.raw), end)
        if start >= end:
            return False
        hits = self._overlapping(start, end)
        if len(hits) == 1:
            inside = self._edits[hits.start]
            if inside.is_removal and inside.start <= start and end <= inside.end:
                return False  # already removed, keep the earlier (broader) reason
        if len(hits):
            start = min(start, self._edits[hits.start].start)
            end = max(end, self._edits[hits.stop - 1].end)
            del self._edits[hits.start:hits.stop]
            del self._starts[hits.start:hits.stop]
        self._insert(Edit(start, end, reason, None, duplicate_of))
        return True

    def repair(self, start: int, end: int, after: str, reason: str) -> bool:
        """Replace raw [start, end) by ``after``; refused (False) where an edit already exists."""
        start, end = max(0, start), min(len(self.raw), end)
        if start >= end or self.raw[start:end] == after or len(self._overlapping(start, end)):
            return False
        self._insert(Edit(start, end, reason, after))
        return True

    def touches(self, start: int, end: int) -> bool:
        """Whether an edit already covers part of raw [start, end)."""
        return len(self._overlapping(start, end)) > 0

    # -- reading ---------------------------------------------------------------------
    @property
    def edits(self) -> list[Edit]:
        return list(self._edits)

    def _build_view(self) -> tuple[str, np.ndarray]:
        parts: list[str] = []
        offsets: list[np.ndarray] = []
        pos = 0
        for e in self._edits:
            if e.start > pos:
                parts.append(self.raw[pos:e.start])
                offsets.append(np.arange(pos, e.start, dtype=np.int64))
            if e.replacement:
                parts.append(e.replacement)
                # every character of a replacement maps to the start of the repaired span
                offsets.append(np.full(len(e.replacement), e.start, dtype=np.int64))
            pos = e.end
        if pos < len(self.raw):
            parts.append(self.raw[pos:])
            offsets.append(np.arange(pos, len(self.raw), dtype=np.int64))
        offsets.append(np.array([len(self.raw)], dtype=np.int64))
        return "".join(parts), np.concatenate(offsets)

    def view(self) -> tuple[str, np.ndarray]:
        """(clean text, raw offset of each clean char plus one final entry = len(raw))."""
        if self._view is None:
            self._view = self._build_view()
        return self._view

    @property
    def clean(self) -> str:
        return self.view()[0]

    def to_raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        """Raw span covering the clean span [clean_start, clean_end)."""
        text, offs = self.view()
        if clean_end <= clean_start:
            r = int(offs[clean_start])
            return r, r
        raw_start = int(offs[clean_start])
        last = int(offs[clean_end - 1])
        # the last clean char may come from a repair: end after the whole repaired span
        i = bisect.bisect_right(self._starts, last) - 1
        if i >= 0 and self._edits[i].start == last and self._edits[i].replacement:
            return raw_start, self._edits[i].end
        return raw_start, last + 1

    def to_raw_spans(self, clean_starts, clean_ends) -> tuple[np.ndarray, np.ndarray]:
        """``to_raw_span`` of many clean spans at once (vectorised: a document's sentences)."""
        _, offs = self.view()
        starts = np.asarray(clean_starts, dtype=np.int64)
        ends = np.asarray(clean_ends, dtype=np.int64)
        empty = ends <= starts
        raw_start = offs[starts]
        last = offs[np.where(empty, starts + 1, ends) - 1]  # an empty span: its start, as to_raw_span
        raw_end = np.where(empty, raw_start, last + 1)
        repaired = [(e.start, e.end) for e in self._edits if e.replacement]
        if repaired:  # the last clean char may come from a repair: end after the whole repaired span
            rep_starts = np.array([a for a, _ in repaired], dtype=np.int64)
            rep_ends = np.array([b for _, b in repaired], dtype=np.int64)
            i = np.minimum(np.searchsorted(rep_starts, last), len(rep_starts) - 1)
            raw_end = np.where(~empty & (rep_starts[i] == last), rep_ends[i], raw_end)
        return raw_start, raw_end

    def spans(self) -> Iterator[tuple[int, int, str, Edit | None]]:
        """Every raw span in order, labelled 'kept', 'removed' or 'repaired'."""
        pos = 0
        for e in self._edits:
            if e.start > pos:
                yield pos, e.start, "kept", None
            yield e.start, e.end, ("removed" if e.is_removal else "repaired"), e
            pos = e.end
        if pos < len(self.raw):
            yield pos, len(self.raw), "kept", None
