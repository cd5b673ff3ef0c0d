"""Tokens: jieba + the domain dictionary, one token per row, every token kept.

The tokenizer is a private ``jieba.Tokenizer`` loaded once per process with the
domain dictionary (``data/domain_dictionary.txt``). Its cache goes to the system
temp folder, never into the repository or HOME; if the cache cannot be written
jieba just logs and goes on.

Nothing is dropped: numbers, punctuation, whitespace, single characters,
stopwords and policy verbs are *flagged* so each analysis chooses what to skip.
Offsets are raw-text offsets (see ``raw_span``).
"""
from __future__ import annotations

import logging
import re
import tempfile
import threading
import unicodedata
from functools import lru_cache
from itertools import accumulate
from importlib import resources
from typing import Callable, Iterable

import numpy as np
import pandas as pd

ToRaw = Callable[[str, int], int]
ToRawSpan = Callable[[str, int, int], tuple[int, int]]

TOKEN_COLUMNS = [
    "doc_id", "sentence_id", "section_id", "part", "position", "token", "char_start", "char_end",
    "is_stopword", "is_policy_verb", "is_number", "is_punct", "is_single_char",
]

# Arabic or full-width digits with decimal/thousand separators, optional %/‰;
# or a run of Chinese numerals (二〇三五, 十四).
_NUMBER = re.compile(r"^[+\-−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％‰]?$|^[〇零一二三四五六七八九十百千万亿两]+$")
_init_lock = threading.Lock()


def _data_text(name: str) -> str:
    return resources.files("govreport").joinpath(f"data/{name}").read_text("utf-8")


def read_word_list(name: str) -> frozenset[str]:
    """Words of a one-word-per-line data file; ``#`` comments and blank lines ignored."""
    words = (line.strip() for line in _data_text(name).lstrip("\ufeff").splitlines())
    return frozenset(w for w in words if w and not w.startswith("#"))


def domain_terms() -> list[str]:
    """Terms of the domain dictionary, in file order."""
    terms = []
    for line in _data_text("domain_dictionary.txt").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            terms.append(line.split()[0])
    return terms


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Base Chinese stopwords (stopwordsiso, maintained) plus the documented domain list."""
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords("zh")) | read_word_list("stopwords_domain.txt")


@lru_cache(maxsize=1)
def policy_verbs() -> frozenset[str]:
    return read_word_list("policy_verbs.txt")


_TOKENIZER = None


def tokenizer():
    """The process-wide jieba tokenizer with the domain dictionary, built on first use."""
    global _TOKENIZER
    if _TOKENIZER is None:
        with _init_lock:
            if _TOKENIZER is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" chatter in notebooks
                tk = jieba.Tokenizer()
                tk.tmp_dir = tempfile.gettempdir()  # cache outside repo and HOME
                tk.initialize()
                # as_file gives a real path even if the package is installed zipped.
                path = resources.files("govreport").joinpath("data/domain_dictionary.txt")
                with resources.as_file(path) as real_path, open(real_path, "rb") as f:
                    tk.load_userdict(f)  # given a path, jieba would leave the file open
                _TOKENIZER = tk
    return _TOKENIZER


def cut(text: str) -> list[str]:
    """Tokens of one text (HMM on, as bare jieba); their concatenation equals ``text``."""
    return tokenizer().lcut(text, HMM=True)


def _is_punct(token: str) -> bool:
    return all(unicodedata.category(ch)[0] in "PSZC" or ch.isspace() for ch in token)


@lru_cache(maxsize=200_000)
def token_flags(token: str) -> tuple[bool, bool, bool, bool, bool]:
    """(is_stopword, is_policy_verb, is_number, is_punct, is_single_char) of one token."""
    punct = _is_punct(token)
    return (
        token in stopwords(),
        token in policy_verbs(),
        bool(_NUMBER.match(token)),
        punct,
        len(token) == 1 and not punct,
    )


def raw_span(
    doc_id: str, clean_start: int | None, raw_start: int, raw_end: int, sentence_len: int,
    start: int, end: int, to_raw: ToRaw | None,
) -> tuple[int, int]:
    """Raw offsets of [start, end) inside a sentence.

    With ``to_raw`` and the sentence's clean offset, map each end through it (the last
    character, not the exclusive end, so removed text after the span is not included).
    Without, offsets are exact only if the sentence is unchanged from the raw text
    (its raw span is as long as its text); otherwise -1 marks them unknown.
    """
    if to_raw is not None and clean_start is not None and clean_start >= 0:
        return to_raw(doc_id, clean_start + start), to_raw(doc_id, clean_start + end - 1) + 1
    if raw_start >= 0 and raw_end - raw_start == sentence_len:
        return raw_start + start, raw_start + end
    return -1, -1


def _column(sentences: pd.DataFrame, name: str, default) -> list:
    if name in sentences.columns:
        return [default if pd.isna(v) else v for v in sentences[name].tolist()]
    return [default] * len(sentences)


def tokenize_sentences(sentences: pd.DataFrame, to_raw: ToRaw | None = None,
                       to_raw_span: ToRawSpan | None = None) -> pd.DataFrame:
    """One row per token of every sentence: the ``tokens`` table.

    ``sentences`` needs doc_id, sentence_id, text, char_start, char_end; section_id, part and
    clean_start are used when present. ``to_raw(doc_id, clean_offset) -> raw_offset`` maps
    clean-text offsets to raw ones when sentence text differs from the raw text;
    ``to_raw_span(doc_id, clean_start, clean_end) -> (raw_start, raw_end)``, if given, is
    preferred (a repaired span such as PM_{2.5} -> PM2.5 then maps to its whole raw text).
    """
    doc_ids = _column(sentences, "doc_id", "")
    sent_ids = _column(sentences, "sentence_id", "")
    section_ids = _column(sentences, "section_id", "")
    parts = _column(sentences, "part", "other")
    texts = _column(sentences, "text", "")
    starts = _column(sentences, "char_start", -1)
    ends = _column(sentences, "char_end", -1)
    clean_starts = _column(sentences, "clean_start", None)
    lcut = tokenizer().lcut
    # Columns are filled a sentence at a time (extend, not per-token appends): this loop
    # is the layer's whole overhead over bare jieba.
    row_of: list[int] = []
    positions: list[int] = []
    toks: list[str] = []
    raw_starts: list[int] = []
    raw_ends: list[int] = []
    for i, (doc, text, r0, r1, c0) in enumerate(zip(doc_ids, texts, starts, ends, clean_starts)):
        text = str(text)
        if not text:
            continue
        cut_ = lcut(text, HMM=True)
        n = len(cut_)
        offs = list(accumulate(map(len, cut_), initial=0))
        r0, r1 = int(r0), int(r1)
        if to_raw is None and to_raw_span is None and r0 >= 0 and r1 - r0 == len(text):
            raw_starts.extend(r0 + o for o in offs[:-1])  # sentence unchanged from raw
            raw_ends.extend(r0 + o for o in offs[1:])
        elif to_raw_span is not None and c0 is not None and int(c0) >= 0:
            c0 = int(c0)
            for a, b in (to_raw_span(doc, c0 + x, c0 + y) for x, y in zip(offs, offs[1:])):
                raw_starts.append(a)
                raw_ends.append(b)
        else:
            c0 = None if c0 is None else int(c0)
            for x, y in zip(offs, offs[1:]):
                a, b = raw_span(doc, c0, r0, r1, len(text), x, y, to_raw)
                raw_starts.append(a)
                raw_ends.append(b)
        row_of.extend([i] * n)
        positions.extend(range(n))
        toks.extend(cut_)
    flags = list(map(token_flags, toks))
    take = lambda values: [values[i] for i in row_of]  # noqa: E731 - sentence value per token
    out = pd.DataFrame({
        "doc_id": take(doc_ids), "sentence_id": take(sent_ids), "section_id": take(section_ids),
        "part": take(parts), "position": pd.array(positions, dtype="int64"), "token": toks,
        "char_start": pd.array(raw_starts, dtype="int64"), "char_end": pd.array(raw_ends, dtype="int64"),
    })
    flag_array = np.array(flags, dtype=bool).reshape(len(flags), 5)
    for j, name in enumerate(("is_stopword", "is_policy_verb", "is_number", "is_punct", "is_single_char")):
        out[name] = flag_array[:, j]
    if not out["sentence_id"].is_monotonic_increasing or not out["doc_id"].is_monotonic_increasing:
        out = out.sort_values(["doc_id", "sentence_id", "position"], kind="stable", ignore_index=True)
    return out


def is_single_token(term: str) -> bool:
    """True if the tokenizer keeps ``term`` as exactly one token."""
    return cut(term) == [term]


def untokenized_terms(terms: Iterable[str]) -> list[str]:
    """Terms the tokenizer would split (so they could not be matched as tokens)."""
    return sorted(t for t in set(terms) if not is_single_token(t))
