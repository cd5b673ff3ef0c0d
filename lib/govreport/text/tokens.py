"""Tokens: jieba's segmentation + the domain dictionary, one token per row, every token kept.

Two engines give the same tokens (tested: at least 99.5% identical on real reports):
``rjieba`` (jieba-rs, the Rust port of jieba; the default, about 15 times faster) and
``jieba`` (the reference). Choose with ``engine=`` or $GOVREPORT_SEGMENTER. Each is a
private instance loaded once per process with the domain dictionary
(``data/domain_dictionary.txt``), never the module-level global; jieba's cache goes to
the system temp folder, never into the repository or HOME.

Nothing is dropped: numbers, punctuation, whitespace, single characters,
stopwords and policy verbs are *flagged* so each analysis chooses what to skip.
Offsets are raw-text offsets (see ``raw_span``).
"""
from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from importlib import resources
from typing import Callable, Iterable, Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

ToRaw = Callable[[str, int], int]
ToRawSpan = Callable[[str, int, int], tuple[int, int]]

TOKEN_COLUMNS = [
    "doc_id", "sentence_id", "section_id", "part", "position", "token", "char_start", "char_end",
    "is_stopword", "is_policy_verb", "is_number", "is_punct", "is_single_char",
]

# Arabic or full-width digits with decimal/thousand separators, optional %/‰;
# or a run of Chinese numerals (二〇三五, 十四).
_NUMBER = re.compile(r"^[+\-−]?[0-9０-９]+(?:[.,．][0-9０-９]+)*[%％‰]?$|^[〇零一二三四五六七八九十百千万亿两]+$")
_init_lock = threading.RLock()


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
_SEGMENTERS: dict[str, "Segmenter"] = {}

ENGINES = ("rjieba", "jieba")
DEFAULT_ENGINE = "rjieba"
ENGINE_VARIABLE = "GOVREPORT_SEGMENTER"


def tokenizer():
    """The process-wide jieba tokenizer with the domain dictionary, built on first use (the
    reference engine; its cache goes to the temp folder, never the repository or HOME)."""
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


def dictionary_entries() -> list[tuple[str, int, str]]:
    """(term, frequency, tag) of every domain dictionary line, in file order."""
    entries = []
    for line in _data_text("domain_dictionary.txt").splitlines():
        parts = line.split()
        if parts and not parts[0].startswith("#"):
            entries.append((parts[0], int(parts[1]) if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else ""))
    return entries


class Segmenter:
    """One segmentation engine with the domain dictionary loaded: ``cut(text)`` → tokens whose
    concatenation is ``text`` (HMM on for unknown words, as bare jieba)."""

    def __init__(self, name: str):
        if name not in ENGINES:
            raise ValueError(f"unknown segmentation engine {name!r} (engines: {', '.join(ENGINES)})")
        self.name = name
        if name == "jieba":
            lcut = tokenizer().lcut
            self.cut = lambda text: lcut(text, HMM=True)
        else:
            from govreport.indicators.pos import rjieba_class

            # a private instance: the module-level global would leak the domain dictionary
            jb = rjieba_class()()
            for word, freq, tag in dictionary_entries():
                jb.add_word(word, freq, tag or None)
            self.cut = lambda text: jb.cut(text, True)


def engine_name(engine: str | None = None) -> str:
    """The engine asked for, else $GOVREPORT_SEGMENTER, else rjieba (jieba is the reference)."""
    return engine or os.environ.get(ENGINE_VARIABLE) or DEFAULT_ENGINE


def segmenter(engine: str | None = None) -> Segmenter:
    """The process-wide segmenter of ``engine``, dictionaries loaded once per process."""
    name = engine_name(engine)
    if name not in _SEGMENTERS:
        with _init_lock:
            if name not in _SEGMENTERS:
                _SEGMENTERS[name] = Segmenter(name)
    return _SEGMENTERS[name]


def cut(text: str, engine: str | None = None) -> list[str]:
    """Tokens of one text; their concatenation equals ``text``."""
    return segmenter(engine).cut(text)


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


FLAG_NAMES = ("is_stopword", "is_policy_verb", "is_number", "is_punct", "is_single_char")
class _FlagMemo(dict):
    """token_flags of every token met, looked up in C (``memo[token]``); computed on a miss."""

    def __missing__(self, token: str) -> tuple[bool, bool, bool, bool, bool]:
        flags = self[token] = token_flags(token)
        return flags


_FLAG_MEMO = _FlagMemo()


@dataclass(frozen=True)
class OffsetMap:
    """Clean → raw offsets of one document, from its edit ledger.

    ``raw_of[i]`` is the raw offset of clean character i (one more entry: len(raw));
    ``repair_starts``/``repair_ends`` are the raw spans of repairs, so a span ending in a
    repaired character ends after the whole repaired raw text (PM_{2.5} → PM2.5), exactly as
    ``Ledger.to_raw_span``.
    """
    raw_of: np.ndarray
    repair_starts: np.ndarray
    repair_ends: np.ndarray

    @classmethod
    def from_ledger(cls, ledger) -> "OffsetMap":
        reps = [(e.start, e.end) for e in ledger.edits if e.replacement]
        starts = np.array([a for a, _ in reps], dtype=np.int64)
        ends = np.array([b for _, b in reps], dtype=np.int64)
        return cls(ledger.view()[1], starts, ends)

    def spans(self, clean_starts: np.ndarray, clean_ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Raw spans of non-empty clean spans [clean_starts, clean_ends), vectorised."""
        raw_start = self.raw_of[clean_starts]
        last = self.raw_of[clean_ends - 1]
        raw_end = last + 1
        if len(self.repair_starts):
            i = np.searchsorted(self.repair_starts, last)
            inside = i < len(self.repair_starts)
            hit = np.zeros(len(last), dtype=bool)
            hit[inside] = self.repair_starts[i[inside]] == last[inside]
            raw_end = np.where(hit, self.repair_ends[np.minimum(i, len(self.repair_ends) - 1)], raw_end)
        return raw_start, raw_end


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
        col = sentences[name]
        return (col.fillna(default) if col.hasnans else col).tolist()
    return [default] * len(sentences)


def _int_column(sentences: pd.DataFrame, name: str) -> np.ndarray:
    if name not in sentences.columns:
        return np.full(len(sentences), -1, dtype=np.int64)
    col = sentences[name]
    if pd.api.types.is_integer_dtype(col.dtype) and not col.hasnans:  # the tables' case: nothing to coerce
        return col.to_numpy(dtype=np.int64)
    return pd.to_numeric(col, errors="coerce").fillna(-1).to_numpy(dtype=np.int64)


@dataclass
class Segmented:
    """The tokens of some sentences as columns (what the ``tokens`` table is made of).

    ``row`` is each token's sentence (an index into the ``sentence`` lists); ``codes`` index
    each token in ``uniques``, whose flags (``flags``: one row of five per distinct token) are
    computed once per distinct token.
    """
    sentence: dict[str, list]
    row: np.ndarray
    position: np.ndarray
    tokens: list[str]
    char_start: np.ndarray
    char_end: np.ndarray
    codes: np.ndarray
    uniques: list[str]
    flags: np.ndarray
    token_array: pa.Array | None = None
    unique_array: pa.Array | None = None  # ``uniques`` as Arrow strings

    def flag(self, name: str) -> np.ndarray:
        """One flag column, per token."""
        return self.flags[self.codes, FLAG_NAMES.index(name)]

    def per_token(self, name: str) -> list:
        values = self.sentence[name]
        return [values[i] for i in self.row.tolist()]

    def frame(self) -> pd.DataFrame:
        out = pd.DataFrame({
            "doc_id": self.per_token("doc_id"), "sentence_id": self.per_token("sentence_id"),
            "section_id": self.per_token("section_id"), "part": self.per_token("part"),
            "position": pd.array(self.position, dtype="int64"), "token": self.tokens,
            "char_start": pd.array(self.char_start, dtype="int64"), "char_end": pd.array(self.char_end, dtype="int64"),
        }, columns=TOKEN_COLUMNS[:8])
        for name in FLAG_NAMES:
            out[name] = self.flag(name)
        return out[TOKEN_COLUMNS]

    def arrow(self) -> pa.Table:
        """The same rows as ``frame()``, built in Arrow without Python objects per row."""
        take = pa.array(self.row, type=pa.int64())
        cols = {name: pa.array(self.sentence[name], type=pa.large_string()).take(take)
                for name in ("doc_id", "sentence_id", "section_id", "part")}
        cols["position"] = pa.array(self.position, type=pa.int64())
        cols["token"] = (self.token_array if self.token_array is not None
                         else pa.array(self.tokens, type=pa.large_string()))
        cols["char_start"] = pa.array(self.char_start, type=pa.int64())
        cols["char_end"] = pa.array(self.char_end, type=pa.int64())
        for name in FLAG_NAMES:
            cols[name] = pa.array(self.flag(name), type=pa.bool_())
        return pa.table([cols[c] for c in TOKEN_COLUMNS], names=TOKEN_COLUMNS)


def segment(sentences: pd.DataFrame, to_raw: ToRaw | None = None, to_raw_span: ToRawSpan | None = None,
            offsets: Mapping[str, OffsetMap] | None = None, engine: str | None = None) -> Segmented:
    """The tokens of ``sentences`` (in doc_id, sentence_id order) with raw offsets and flags;
    see ``tokenize_sentences``."""
    if len(sentences) and not (sentences["doc_id"].is_monotonic_increasing
                               and sentences["sentence_id"].is_monotonic_increasing):
        sentences = sentences.sort_values(["doc_id", "sentence_id"], kind="stable")
    sentence = {"doc_id": _column(sentences, "doc_id", ""), "sentence_id": _column(sentences, "sentence_id", ""),
                "section_id": _column(sentences, "section_id", ""), "part": _column(sentences, "part", "other")}
    doc_ids = sentence["doc_id"]
    texts = [str(t) for t in _column(sentences, "text", "")]
    r0 = _int_column(sentences, "char_start")
    r1 = _int_column(sentences, "char_end")
    c0 = _int_column(sentences, "clean_start")
    cut_ = segmenter(engine).cut
    lists = [cut_(t) if t else [] for t in texts]
    counts = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    toks = list(chain.from_iterable(lists))
    n = len(toks)
    tok_array = pa.array(toks, type=pa.large_string())
    lens = pc.utf8_length(tok_array).to_numpy().astype(np.int64)  # characters, as len(): counted in Arrow
    row = np.repeat(np.arange(len(lists), dtype=np.int64), counts)  # sentence of each token
    first = np.cumsum(counts) - counts                              # each sentence's first token
    starts = np.cumsum(lens) - lens
    local_start = starts - starts[np.minimum(first, n - 1)][row] if n else starts
    local_end = local_start + lens
    position = np.arange(n, dtype=np.int64) - first[row]
    raw_start = np.full(n, -1, dtype=np.int64)
    raw_end = np.full(n, -1, dtype=np.int64)
    tok_c0 = c0[row]
    text_len = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    unchanged = ((r0 >= 0) & (r1 - r0 == text_len))[row]   # such sentences map by plain addition
    if offsets is not None:
        if len(set(doc_ids)) == 1:  # the build's case: one document
            doc_codes, doc_uniques = np.zeros(n, dtype=np.int64), [doc_ids[0]]
        else:
            doc_codes, doc_uniques = pd.factorize(np.asarray(doc_ids, dtype=object)[row])
        for k, doc in enumerate(doc_uniques):
            omap = offsets.get(doc)
            sel = (doc_codes == k) & (tok_c0 >= 0)
            if omap is not None and sel.any():
                raw_start[sel], raw_end[sel] = omap.spans(tok_c0[sel] + local_start[sel],
                                                          tok_c0[sel] + local_end[sel])
        plain = unchanged & (raw_start < 0)
    elif to_raw_span is not None or to_raw is not None:
        plain = np.zeros(n, dtype=bool)
        for i in range(n):
            s, a, b = int(row[i]), int(local_start[i]), int(local_end[i])
            cs = int(c0[s])
            if to_raw_span is not None and cs >= 0:
                raw_start[i], raw_end[i] = to_raw_span(doc_ids[s], cs + a, cs + b)
            else:
                raw_start[i], raw_end[i] = raw_span(doc_ids[s], cs if cs >= 0 else None, int(r0[s]), int(r1[s]),
                                                    len(texts[s]), a, b, to_raw)
    else:
        plain = unchanged
    raw_start[plain] = r0[row][plain] + local_start[plain]
    raw_end[plain] = r0[row][plain] + local_end[plain]
    encoded = tok_array.dictionary_encode()  # distinct tokens in order of first appearance
    codes = encoded.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    uniques = encoded.dictionary.to_pylist()
    flags = np.fromiter(chain.from_iterable(map(_FLAG_MEMO.__getitem__, uniques)),
                        dtype=bool, count=5 * len(uniques)).reshape(len(uniques), 5)
    return Segmented(sentence, row, position, toks, raw_start, raw_end, codes, uniques, flags, tok_array,
                     encoded.dictionary)


def tokenize_sentences(sentences: pd.DataFrame, to_raw: ToRaw | None = None,
                       to_raw_span: ToRawSpan | None = None,
                       offsets: Mapping[str, OffsetMap] | None = None,
                       engine: str | None = None) -> pd.DataFrame:
    """One row per token of every sentence: the ``tokens`` table, sorted by doc_id, sentence_id, position.

    ``sentences`` needs doc_id, sentence_id, text, char_start, char_end; section_id, part and
    clean_start are used when present. Raw offsets come from ``offsets`` (doc_id → OffsetMap,
    vectorised: what the build uses), else from the callables ``to_raw_span(doc_id, clean_start,
    clean_end)`` or ``to_raw(doc_id, clean_offset)``, else from the sentence span when the
    sentence is unchanged from the raw text, else -1.
    """
    return segment(sentences, to_raw, to_raw_span, offsets, engine).frame()


def is_single_token(term: str) -> bool:
    """True if the tokenizer keeps ``term`` as exactly one token."""
    return cut(term) == [term]


def untokenized_terms(terms: Iterable[str]) -> list[str]:
    """Terms the tokenizer would split (so they could not be matched as tokens)."""
    return sorted(t for t in set(terms) if not is_single_token(t))
