"""Repeated paragraphs and sentences within a document: keep the first occurrence.

Three passes over the clean text (table lines, which start with a TAB, are left alone):
exact repeats of a paragraph, near-exact repeats (OCR noise, a word changed), and
repeated sentences inside otherwise new paragraphs (fragments spliced in by a scraper).

Only duplicated *blocks* go: a report may legitimately say the same thing twice in different
parts (the five-year review and the year's tasks share words; a heading recurs). So a short
paragraph (a heading, a slogan) goes only right after its copy, and a repeated sentence only
when it belongs to a run of repeated sentences or directly follows its own copy.
"""
from __future__ import annotations

from rapidfuzz import fuzz

from govreport.corpus.headings import match_heading
from govreport.corpus.ledger import Ledger
from govreport.lang.spans import KeyIndex, lines, norm_key, split_sentences

MIN_PARAGRAPH_KEY = 8      # shorter lines (headings, "各位代表：") may repeat legitimately
MIN_BLOCK_KEY = 30         # a paragraph this long repeated anywhere is a duplicated block
MIN_SENTENCE_KEY = 12
NEAR_DUPLICATE_SCORE = 92  # rapidfuzz ratio, 0-100
MOSTLY_REPEATED = 0.6  # share of a paragraph's characters in repeated sentences
PREFIX = 12  # paragraphs opening with the same 12 characters are near-duplicate candidates


def remove_repeats(ledger: Ledger) -> int:
    text, _ = ledger.view()
    keys = KeyIndex(text)  # norm_key of every paragraph and sentence, by slicing
    paras = [(a, b) for a, b in lines(text) if text[a] != "\t"]
    seen_para: dict[str, tuple[int, int]] = {}
    seen_sentence: dict[str, tuple[int, int]] = {}
    sentence_owner: dict[str, list[int]] = {}
    kept_keys: list[str] = []
    paras_kept: list[tuple[int, int]] = []
    prefix_owner: dict[str, list[int]] = {}
    removals: list[tuple[int, int, str, tuple[int, int]]] = []

    for idx, (a, b) in enumerate(paras):
        key = keys(a, b)
        span_end = paras[idx + 1][0] if idx + 1 < len(paras) else b
        if len(key) >= MIN_PARAGRAPH_KEY and key in seen_para and (
                len(key) >= MIN_BLOCK_KEY or _right_after(text, seen_para[key], a, removals)):
            removals.append((a, span_end, "repeated_paragraph", seen_para[key]))
            continue
        sentences = split_sentences(text, a, b)
        skeys = [keys(s, e) for s, e in sentences]
        near = _near_duplicate(key, skeys, sentence_owner, prefix_owner, kept_keys)
        if near is not None:
            removals.append((a, span_end, "near_repeated_paragraph", paras_kept[near]))
            continue
        if len(key) >= MIN_PARAGRAPH_KEY:
            seen_para[key] = (a, b)
        pid = len(kept_keys)
        kept_keys.append(key)
        paras_kept.append((a, b))
        prefix_owner.setdefault(key[:PREFIX], []).append(pid)
        earlier, local, first_seen = [], [], {}
        for (s, e), sk in zip(sentences, skeys):
            if len(sk) < MIN_SENTENCE_KEY:
                continue
            if sk in seen_sentence:
                earlier.append((s, e, seen_sentence[sk]))
            elif sk in first_seen:
                local.append((s, e, first_seen[sk]))
            else:
                first_seen[sk] = (s, e)
        earlier, local = _blocks(text, sentences, earlier), _blocks(text, sentences, local)
        if len(earlier) >= 2 and sum(e - s for s, e, _ in earlier) >= MOSTLY_REPEATED * (b - a):
            # what is left would be scraps (lead phrases, a stray clause) of the earlier copy;
            # a heading opening the paragraph is new information and stays
            heading = match_heading(text[a:b])
            if heading and earlier[0][0] >= a + heading.title_end:
                removals.append((a + heading.title_end, b, "mostly_repeated_paragraph", earlier[0][2]))
            else:
                removals.append((a, span_end, "mostly_repeated_paragraph", earlier[0][2]))
            continue
        for s, e, first in earlier + local:
            removals.append((s, e, "repeated_sentence", first))
        for sk, span in first_seen.items():
            seen_sentence[sk] = span
            sentence_owner.setdefault(sk, []).append(pid)

    # map to raw offsets before editing: every edit changes the clean text's offsets
    raw_removals = [(ledger.to_raw_span(s, e), reason, ledger.to_raw_span(fs, fe)) for s, e, reason, (fs, fe) in removals]
    for (r0, r1), reason, first in raw_removals:
        ledger.remove(r0, r1, reason, duplicate_of=first)
    return len(removals)


def _gap_only(text: str, start: int, end: int) -> bool:
    """Nothing but whitespace and punctuation between two positions."""
    return 0 <= end - start <= 3 and not norm_key(text[start:end])


def _right_after(text: str, first: tuple[int, int], start: int, removals: list) -> bool:
    """The paragraph at ``start`` follows its copy directly (or follows other removed repeats that do)."""
    end = first[1]
    for r0, r1, _reason, _dup in removals:
        if r0 >= end and _gap_only(text, end, r0):
            end = r1
    return not norm_key(text[end:start])


def _blocks(text: str, sentences: list[tuple[int, int]], repeats: list[tuple[int, int, tuple[int, int]]]):
    """The repeated sentences that form a duplicated block: next to another repeated sentence,
    or directly after their own copy. A lone sentence repeated from elsewhere stays."""
    starts = [s for s, _e in sentences]
    flagged = {starts.index(s) for s, _e, _f in repeats}
    out = []
    for s, e, first in repeats:
        i = starts.index(s)
        if i - 1 in flagged or i + 1 in flagged or _gap_only(text, first[1], s):
            out.append((s, e, first))
    return out


def _near_duplicate(key, skeys, sentence_owner, prefix_owner, kept_keys) -> int | None:
    """Index of an earlier kept paragraph that this one nearly repeats.

    Candidates share a sentence or the opening characters with it, so the fuzzy
    comparison runs on a handful of paragraphs, not on all pairs.
    """
    if len(key) < MIN_BLOCK_KEY:
        return None
    candidates = {pid for sk in skeys if len(sk) >= MIN_SENTENCE_KEY for pid in sentence_owner.get(sk, ())}
    candidates.update(prefix_owner.get(key[:PREFIX], ()))
    for pid in sorted(candidates):
        other = kept_keys[pid]
        if abs(len(other) - len(key)) > 0.15 * max(len(other), len(key)):
            continue
        if fuzz.ratio(key, other) >= NEAR_DUPLICATE_SCORE:
            return pid
    return None
