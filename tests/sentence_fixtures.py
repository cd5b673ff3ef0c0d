"""Sentences and a document row for indicator tests written as report paragraphs."""
from __future__ import annotations

import pandas as pd


def sentence_tables(report_year: int, paragraphs: list[tuple[str, list[str]]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(sentences, documents) of one national work report: each paragraph is (part, its sentences)."""
    rows, pos = [], 0
    for p, (part, texts) in enumerate(paragraphs):
        for t in texts:
            rows.append({"doc_id": "d", "sentence_id": f"d-{len(rows):05d}", "section_id": "", "paragraph_id": f"d-p{p:04d}",
                         "part": part, "text": t, "char_start": pos, "char_end": pos + len(t), "clean_start": pos})
            pos += len(t) + 1
    docs = pd.DataFrame([{"doc_id": "d", "doc_type": "gov_work_report", "report_year": report_year, "is_canonical": True,
                          "level": "national"}])
    return pd.DataFrame(rows), docs
