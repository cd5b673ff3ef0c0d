"""Real sentences from the raw documents, split naively, for the text-as-data tests.

Independent of the corpus stage on purpose: sentences are raw lines split after
。！？； so their text equals the raw text at [char_start, char_end) exactly.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

RAW_DIR = Path(__file__).resolve().parents[1] / "data" / "raw"
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")


@lru_cache(maxsize=1)
def catalog() -> pd.DataFrame:
    return pd.read_csv(RAW_DIR / "catalog.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")


def documents() -> pd.DataFrame:
    cat = catalog()
    docs = cat[["doc_id", "doc_type", "report_year", "is_canonical", "report_id", "version"]].copy()
    docs["report_year"] = docs["report_year"].astype(int)
    docs["is_canonical"] = docs["is_canonical"].str.lower() == "true"
    return docs


@lru_cache(maxsize=1)
def raw_texts() -> dict[str, str]:
    return {r.doc_id: (RAW_DIR / r.file).read_bytes().decode("utf-8-sig") for r in catalog().itertuples()}


def naive_sentences() -> pd.DataFrame:
    rows = []
    for doc_id, text in raw_texts().items():
        n = 0
        for m in _SENTENCE.finditer(text):
            if not m.group().strip():
                continue
            n += 1
            rows.append({
                "doc_id": doc_id, "sentence_id": f"{doc_id}-{n:05d}", "section_id": "",
                "paragraph_id": "", "part": "other", "text": m.group(),
                "char_start": m.start(), "char_end": m.end(),
            })
    return pd.DataFrame(rows)
