"""Align two versions of one report sentence by sentence and list their differing readings.

Each sentence of the other version is matched to its most similar canonical sentence
(rapidfuzz, on punctuation-free keys, so full/half-width punctuation never counts as a
difference); matches are kept in document order. Within a matched pair, difflib's
opcodes give the differing readings (an OCR typo, a changed word). Sentences of the
other version with no counterpart are listed too.
"""
from __future__ import annotations

import difflib

import numpy as np
import pandas as pd
from rapidfuzz import fuzz, process

from govreport.lang.spans import norm_key

MATCH_SCORE = 60.0  # below this two sentences are not the same sentence
CONTEXT = 6  # characters of context around a differing reading


def _key_with_map(text: str) -> tuple[str, list[int]]:
    key, where = [], []
    for i, ch in enumerate(text):
        k = norm_key(ch)
        if k:
            key.append(k)
            where.extend([i] * len(k))
    return "".join(key), where


def align_versions(canonical: pd.DataFrame, other: pd.DataFrame, to_raw_other) -> list[dict]:
    """Variant rows for one pair of versions (sentences DataFrames of each, in order).

    ``to_raw_other(clean_offset)`` maps the other version's clean offsets to raw offsets.
    """
    can_keys = [norm_key(t) for t in canonical["text"]]
    oth_keys = [norm_key(t) for t in other["text"]]
    if not can_keys or not oth_keys:
        return []
    scores = process.cdist(oth_keys, can_keys, scorer=fuzz.ratio, workers=1)
    can_rows, oth_rows = canonical.to_dict("records"), other.to_dict("records")  # row access without pandas
    rows: list[dict] = []
    last = -1
    for i, key in enumerate(oth_keys):
        o = oth_rows[i]
        if len(key) < 4:
            continue
        # prefer the best match after the previous one (document order), else the best overall
        j = int(np.argmax(scores[i]))
        ahead = scores[i][last + 1:] if last + 1 < len(can_keys) else np.array([])
        if ahead.size and ahead.max() >= scores[i][j] - 1e-9:
            j = last + 1 + int(np.argmax(ahead))
        score = float(scores[i][j])
        if score < MATCH_SCORE:
            rows.append(_row(None, o, "", o["text"], score, "missing_in_canonical",
                             int(o["char_start"]), int(o["char_end"])))
            continue
        last = j
        c = can_rows[j]
        if key == can_keys[j]:
            continue
        ck, cmap = _key_with_map(c["text"])
        ok, omap = _key_with_map(o["text"])
        for tag, c0, c1, o0, o1 in difflib.SequenceMatcher(None, ck, ok, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            kind = {"replace": "substitution", "delete": "deletion", "insert": "insertion"}[tag]
            c_text = c["text"][cmap[c0]:cmap[c1 - 1] + 1] if c1 > c0 else ""
            if o1 > o0:
                a, b = omap[o0], omap[o1 - 1] + 1
                o_text = o["text"][a:b]
                r0 = to_raw_other(int(o["clean_start"]) + a)
                r1 = to_raw_other(int(o["clean_start"]) + b - 1) + 1
            else:
                o_text, r0, r1 = "", -1, -1
            ctx_c = c["text"][max(0, (cmap[c0] if c1 > c0 else cmap[min(c0, len(cmap) - 1)]) - CONTEXT):][:len(c_text) + 2 * CONTEXT]
            rows.append(_row(c, o, c_text, o_text, score, kind, r0, r1, context=ctx_c))
    return rows


def _row(c, o, c_text, o_text, score, kind, r0, r1, context="") -> dict:
    return {
        "canonical_sentence_id": "" if c is None else c["sentence_id"],
        "canonical_text": c_text,
        "other_sentence_id": o["sentence_id"],
        "other_text": o_text,
        "canonical_context": context,
        "similarity": round(score, 2),
        "kind": kind,
        "char_start": r0,
        "char_end": r1,
    }
