"""Helpers of the corpus-stage tests: paths, real reports, the ledger's cover invariant."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RAW = ROOT / "data" / "raw"
REALCORPUS = ROOT.parent / "shared" / "realcorpus"
needs_realcorpus = pytest.mark.skipif(not REALCORPUS.is_dir(), reason="../shared/realcorpus not beside this checkout")


def real_text(rel: str) -> str:
    from govreport.corpus.read import read_document

    return read_document(REALCORPUS / rel)[0]


def copy_real(folder: Path, *rels: str, rename: dict | None = None) -> Path:
    """A raw folder holding copies of real reports (no catalog), keeping their sub-folders."""
    for rel in rels:
        target = folder / (rename or {}).get(rel, rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REALCORPUS / rel, target)
    return folder


def covers_exactly_once(ledger) -> None:
    """Kept, removed and repaired spans tile the raw text with no gap or overlap."""
    pos = 0
    for start, end, _kind, _edit in ledger.spans():
        assert start == pos, f"gap or overlap at {pos}"
        assert end > start
        pos = end
    assert pos == len(ledger.raw)
