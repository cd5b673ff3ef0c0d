"""Words with part-of-speech tags, as ``jieba.posseg`` cuts and tags them, at rjieba's speed.

``jieba.posseg`` spends most of its time building the word graph and choosing the best path
through the dictionary in pure Python, and loads its dictionary for seconds. rjieba (jieba-rs)
does the same dictionary path in Rust with the same dictionary and tags. What rjieba does not
have is posseg's own hidden Markov model, which posseg runs on each stretch of characters the
dictionary does not know (营收, 获批, 共达 ...) and whose cuts and tags the name rules rely on
(共 and 达 apart, so 达 is stripped as a verb). So: the dictionary path from a private
``rjieba.Jieba()`` (never the module-level one, whose words others may change), and posseg's
model only for those stretches, following posseg's own rules for when to use it.
"""
from __future__ import annotations

import importlib.machinery
import importlib.util
import pickle
import re
import sys
from functools import lru_cache
from pathlib import Path

import numpy as np

# the character classes of jieba.posseg
_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_HAN_DETAIL = re.compile(r"([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile(r"[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9]{2,}")


def _jieba_dir() -> Path:
    """jieba's package folder, found without importing jieba (whose import loads its own model)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jieba is needed for the part-of-speech model")
    return Path(next(iter(spec.submodule_search_locations)))


class _Model:
    """posseg's hidden Markov model as arrays over its states, sorted from the largest state down
    (so the first of equal scores is the largest state, as in posseg's ``max`` over (score,
    state) pairs): transitions as a matrix, -inf where there is none; each character's states
    and emissions as rows of flat arrays (posseg's tables as dicts take 20 MB, these one)."""

    def __init__(self, char_state_tab: dict, start_p: dict, trans_p: dict, emit_p: dict):
        self.names = sorted(trans_p, reverse=True)
        index = {y: i for i, y in enumerate(self.names)}
        n = len(self.names)
        self.trans = np.full((n, n), -np.inf)
        self.has_trans = np.zeros((n, n), dtype=bool)
        for y0, nexts in trans_p.items():
            for y, p in nexts.items():
                self.trans[index[y0], index[y]] = p
                self.has_trans[index[y0], index[y]] = True
        self.leaves = self.has_trans.any(axis=1)          # states with a transition out
        self.start = np.array([start_p[y] for y in self.names])
        self._states = _Rows({ch: [index[y] for y in states] for ch, states in char_state_tab.items()}, np.int64)
        by_char: dict[str, list] = {}
        for y, probs in emit_p.items():
            i = index[y]
            for ch, p in probs.items():
                by_char.setdefault(ch, []).append((i, p))
        self._emits = _Rows(by_char, [("state", np.int64), ("logp", np.float64)])
        self._states_of: dict[str, np.ndarray] = {}
        self._emit_of: dict[str, np.ndarray] = {}

    def states_of(self, ch: str) -> np.ndarray:
        """The states ``ch`` may take (all when posseg's table does not know it), as a mask."""
        mask = self._states_of.get(ch)
        if mask is None:
            known = self._states.get(ch)
            mask = np.zeros(len(self.names), dtype=bool)
            if known is None:
                mask[:] = True
            else:
                mask[known] = True
            self._states_of[ch] = mask
        return mask

    def emit_of(self, ch: str) -> np.ndarray:
        """The log probability of ``ch`` in each state (posseg's -3.14e100 where it has none)."""
        e = self._emit_of.get(ch)
        if e is None:
            e = np.full(len(self.names), _MIN_FLOAT)
            row = self._emits.get(ch)
            if row is not None:
                e[row["state"]] = row["logp"]
            self._emit_of[ch] = e
        return e


class _Rows:
    """Lists of values by character, kept as one flat array and where each character's row starts."""

    def __init__(self, rows: dict[str, list], dtype):
        self._row = {ch: i for i, ch in enumerate(rows)}
        self._values = np.array([v for values in rows.values() for v in values], dtype=dtype)
        self._start = np.concatenate([[0], np.cumsum([len(values) for values in rows.values()], dtype=np.int64)])

    def get(self, ch: str) -> np.ndarray | None:
        i = self._row.get(ch)
        return None if i is None else self._values[self._start[i]:self._start[i + 1]]


@lru_cache(maxsize=1)
def rjieba_class():
    """rjieba's ``Jieba`` class, from its compiled module, without running the package's
    ``__init__``: that builds a module-level tokenizer with the whole dictionary (0.2 s and
    about 25 MB in every process) which the build never uses, each user having its own."""
    if "rjieba" in sys.modules:
        return sys.modules["rjieba"].Jieba
    spec = importlib.util.find_spec("rjieba")
    if spec is None:
        raise ModuleNotFoundError("rjieba is needed for segmentation and part-of-speech tags")
    for folder in spec.submodule_search_locations or []:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / f"rjieba{suffix}"
            if path.is_file():
                compiled = importlib.util.spec_from_file_location("rjieba.rjieba", path)
                module = importlib.util.module_from_spec(compiled)
                sys.modules["rjieba.rjieba"] = module  # what ``import rjieba`` would then reuse
                try:
                    compiled.loader.exec_module(module)
                except BaseException:
                    del sys.modules["rjieba.rjieba"]
                    raise
                return module.Jieba
    import rjieba  # another layout: the package as it is

    return rjieba.Jieba


@lru_cache(maxsize=1)
def _engines():
    # posseg's model tables, from the pickles jieba ships (and reads itself on Jython):
    # importing jieba.posseg would also build its global tokenizer, a dictionary load
    folder = _jieba_dir() / "posseg"
    tables = [pickle.loads((folder / f"{name}.p").read_bytes())
              for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit")]
    return rjieba_class()(), _Model(*tables)


_MIN_FLOAT = -3.14e100


def _viterbi(obs: str) -> list:
    """posseg's Viterbi path (``jieba.posseg.viterbi``), the same floats and ties, a character at
    a time over arrays: each score is (score before + transition) + emission, as posseg adds them;
    a state no transition reaches scores -inf, and the largest state wins a tie."""
    model = _engines()[1]
    live = model.states_of(obs[0])                       # the states of the path so far
    score = np.where(live, model.start + model.emit_of(obs[0]), -np.inf)
    back = []
    for ch in obs[1:]:
        prev = np.flatnonzero(live & model.leaves)
        expect = model.has_trans[prev].any(axis=0)
        now = model.states_of(ch) & expect
        if not now.any():
            now = expect if expect.any() else np.ones(len(model.names), dtype=bool)
        cols = np.flatnonzero(now)
        cand = (score[prev][:, None] + model.trans[np.ix_(prev, cols)]) + model.emit_of(ch)[cols][None, :]
        best = cand.argmax(axis=0)
        score = np.full(len(model.names), -np.inf)
        score[cols] = cand[best, np.arange(len(cols))]
        came = np.full(len(model.names), -1)
        came[cols] = prev[best]
        back.append(came)
        live = now
    last = np.flatnonzero(live)
    state = last[score[last].argmax()]
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = model.names[state]
        if i:
            state = back[i - 1][state]
    return route


@lru_cache(maxsize=65536)
def _unknown(chars: str) -> tuple[tuple[str, str], ...]:
    """posseg's model on a stretch the dictionary does not know (its ``__cut_detail``)."""
    out: list[tuple[str, str]] = []
    for blk in _HAN_DETAIL.split(chars):
        if not blk:
            continue
        if _HAN_DETAIL.match(blk):
            states = _viterbi(blk)
            begin = nexti = 0
            for i, ch in enumerate(blk):
                pos, tag = states[i]
                if pos == "B":
                    begin = i
                elif pos == "E":
                    out.append((blk[begin:i + 1], tag))
                    nexti = i + 1
                elif pos == "S":
                    out.append((ch, tag))
                    nexti = i + 1
            if nexti < len(blk):
                out.append((blk[nexti:], states[nexti][1]))
        else:
            for x in _SKIP_DETAIL.split(blk):
                if x:
                    out.append((x, "m" if _NUM.match(x) else "eng" if _ENG.match(x) else "x"))
    return tuple(out)


def _block(blk: str) -> list[tuple[str, str]]:
    """A block of Chinese, letters and digits: the dictionary path, unknown stretches to the model."""
    jieba, _hmm = _engines()
    words: list[tuple[str, str]] = []
    for w, tag in jieba.tag(blk, False):
        if len(w) > 1 and _ASCII_RUN.fullmatch(w) and not jieba.has_word(w):
            words.extend((c, "x") for c in w)     # rjieba joins single letters and digits; posseg does not
        else:
            words.append((w, tag))
    out: list[tuple[str, str]] = []
    buf: list[tuple[str, str]] = []

    def flush() -> None:
        chars = "".join(c for c, _ in buf)
        if len(buf) == 1:
            out.append(buf[0])
        elif not jieba.has_word(chars):
            out.extend(_unknown(chars))
        else:
            out.extend(buf)
        buf.clear()

    for w, tag in words:
        if len(w) == 1:
            buf.append((w, tag if tag != "m" and tag != "eng" or jieba.has_word(w) else "x"))
        else:
            if buf:
                flush()
            out.append((w, tag))
    if buf:
        flush()
    return out


@lru_cache(maxsize=262144)
def pos_cut(text: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of ``text``, as ``jieba.posseg.POSTokenizer(jieba.Tokenizer()).cut``."""
    out: list[tuple[str, str]] = []
    for blk in _HAN_INTERNAL.split(text or ""):
        if not blk:
            continue
        if _HAN_INTERNAL.match(blk):
            out.extend(_block(blk))
            continue
        for x in _SKIP_INTERNAL.split(blk):
            if _SKIP_INTERNAL.match(x):
                out.append((x, "x"))
            else:
                for xx in x:
                    out.append((xx, "m" if _NUM.match(xx) else "eng" if _ENG.match(x) else "x"))
    return tuple(out)


def is_word(word: str) -> bool:
    """True when ``word`` is in the dictionary (not a stretch the model put together)."""
    return _engines()[0].has_word(word)
