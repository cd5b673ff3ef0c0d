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

import pickle
import re
from functools import lru_cache
from importlib import resources

# the character classes of jieba.posseg
_HAN_INTERNAL = re.compile(r"([\u4E00-\u9FD5a-zA-Z0-9+#&\._]+)")
_SKIP_INTERNAL = re.compile(r"(\r\n|\s)")
_HAN_DETAIL = re.compile(r"([\u4E00-\u9FD5]+)")
_SKIP_DETAIL = re.compile(r"([\.0-9]+|[a-zA-Z0-9]+)")
_ENG = re.compile(r"[a-zA-Z0-9]+")
_NUM = re.compile(r"[\.0-9]+")
_ASCII_RUN = re.compile(r"[a-zA-Z0-9]{2,}")


@lru_cache(maxsize=1)
def _engines():
    import rjieba

    # posseg's model tables, from the pickles jieba ships (and reads itself on Jython):
    # importing jieba.posseg would also build its global tokenizer, a dictionary load
    char_state_tab_P, start_P, trans_P, emit_P = (
        pickle.loads(resources.files("jieba").joinpath(f"posseg/{name}.p").read_bytes())
        for name in ("char_state_tab", "prob_start", "prob_trans", "prob_emit"))

    preds: dict = {}
    for y0, nexts in trans_P.items():
        for y in nexts:
            preds.setdefault(y, []).append(y0)
    return rjieba.Jieba(), (char_state_tab_P, start_P, trans_P, emit_P, preds)


_MIN_FLOAT, _MIN_INF = -3.14e100, float("-inf")


def _viterbi(obs: str) -> list:
    """posseg's Viterbi path (``jieba.posseg.viterbi``), the same floats and ties, but each state
    is reached only from the states that have a transition into it (about 20 of 256)."""
    _jieba, (states, start_p, trans_p, emit_p, preds) = _engines()
    all_states = trans_p.keys()
    v = {y: start_p[y] + emit_p[y].get(obs[0], _MIN_FLOAT) for y in states.get(obs[0], all_states)}
    mem = [dict.fromkeys(v, "")]
    for ch in obs[1:]:
        prev = [x for x in mem[-1] if trans_p[x]]
        prev_set = set(prev)
        expect = {y for x in prev for y in trans_p[x]}
        obs_states = set(states.get(ch, all_states)) & expect or expect or set(all_states)
        nv, nm = {}, {}
        for y in obs_states:
            e = emit_p[y].get(ch, _MIN_FLOAT)
            into = preds.get(y, ())
            cands = [y0 for y0 in prev if y in trans_p[y0]] if len(prev) < len(into) else \
                [y0 for y0 in into if y0 in prev_set]
            best = max((v[y0] + trans_p[y0][y] + e, y0) for y0 in cands) if cands else (_MIN_INF, None)
            if best[0] == _MIN_INF:          # nothing reaches y: posseg's own tie among -inf
                best = max((v[y0] + trans_p[y0].get(y, _MIN_INF) + e, y0) for y0 in prev)
            nv[y], nm[y] = best
        v = nv
        mem.append(nm)
    _prob, state = max((v[y], y) for y in mem[-1])
    route = [None] * len(obs)
    for i in range(len(obs) - 1, -1, -1):
        route[i] = state
        state = mem[i][state]
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
