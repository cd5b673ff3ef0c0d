"""Versions of one report: grouped by their texts, never by colliding metadata.

Two documents are versions of one report (a full text and a newspaper page of it, a web copy
and a one-line copy) when their texts are near-duplicates: most of the smaller one's
character 8-grams (``SHINGLE``, on the punctuation-free key so layout and full/half-width
punctuation do not count) occur in the larger one. Reports of consecutive years share
phrases but few 8-grams: on the development corpus (59 real reports and the 5 Wuxi documents)
every pair of distinct reports scores at most 0.12, every pair of versions at least 0.90 (a
newspaper page of the 2024 Wuxi report against the full text). A deterministic sample of the
8-grams (hash mod ``SAMPLE``) keeps the fingerprints small (all the corpus-wide step keeps of a
document), and the 8-grams every pair shares are counted from an inverted index (8-gram →
documents), so the work grows with the corpus, not with the number of pairs of documents.

Report ids: the catalog's ``report_id`` where given; otherwise the group's canonical
document names it ``place-doc_type-year`` (无锡市-gov_work_report-2024), made unique with the
canonical doc id when two groups would get the same name (two reports with no year found).
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from govreport.lang.spans import norm_key

SHINGLE = 8
SAMPLE = 8  # keep the 8-grams whose hash is 0 mod SAMPLE
NEAR_DUPLICATE = 0.5  # containment of the smaller document's 8-grams in the larger one
MIN_SHINGLES = 20  # a text this short (~160 key characters) is too small to call a version
MAX_SHARED = 64  # an 8-gram in more documents than this is boilerplate, not evidence
_P = np.uint64(1_000_003)
_M1, _M2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


def fingerprint(text: str) -> np.ndarray:
    """Sorted unique sampled hashes of the text's 8-grams (deterministic across runs)."""
    key = norm_key(text)
    if len(key) < SHINGLE:
        return np.zeros(0, dtype=np.uint64)
    cps = np.frombuffer(key.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(cps) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(SHINGLE):
            h = h * _P + cps[j:j + n]
        h ^= h >> np.uint64(30)  # splitmix64 finaliser: every bit depends on every character
        h *= _M1
        h ^= h >> np.uint64(27)
        h *= _M2
        h ^= h >> np.uint64(31)
    return np.unique(h[h % np.uint64(SAMPLE) == 0])


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller fingerprint found in the larger one (0 when either is too small)."""
    small = min(len(a), len(b))
    if small < MIN_SHINGLES:
        return 0.0
    return len(np.intersect1d(a, b, assume_unique=True)) / small


def similar_pairs(prints: dict[str, np.ndarray]) -> dict[tuple[str, str], float]:
    """(doc a, doc b) → containment, for every pair of documents sharing sampled 8-grams (a < b).

    Candidates are the pairs that share an 8-gram found in at most ``MAX_SHARED`` documents;
    their intersections are counted from the inverted index (each 8-gram's list of documents)
    rather than by comparing fingerprints pair by pair, so the work grows with the number of
    8-grams (at most ``MAX_SHARED``² pairs each), not with the number of document pairs."""
    ids = sorted(prints)
    n = len(ids)
    if n < 2:
        return {}
    sizes = np.array([len(prints[d]) for d in ids], dtype=np.int64)
    hashes = np.concatenate([prints[d] for d in ids])
    owners = np.repeat(np.arange(n, dtype=np.int64), sizes)
    order = np.argsort(hashes, kind="stable")  # stable: each posting lists its documents in id order
    hashes, owners = hashes[order], owners[order]
    starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
    lengths = np.diff(np.r_[starts, len(hashes)])
    pairs, shared = _pair_counts(owners, starts, lengths, n)  # codes x * n + y of candidates, 8-grams shared
    if not len(pairs):
        return {}
    xs, ys = pairs // n, pairs % n
    shared = shared + _common_counts(owners, starts, lengths, n, xs, ys)
    small = np.minimum(sizes[xs], sizes[ys])
    out = {}
    for x, y, k, m in zip(xs.tolist(), ys.tolist(), shared.tolist(), small.tolist()):
        out[(ids[x], ids[y])] = 0.0 if m < MIN_SHINGLES else k / m  # as ``containment``
    return out


_CHUNK = 1 << 19  # pair codes counted at a time (bounds the memory of counting)


def _pair_counts(owners: np.ndarray, starts: np.ndarray, lengths: np.ndarray, n: int
                 ) -> tuple[np.ndarray, np.ndarray]:
    """Sorted pair codes (x * n + y, x < y) of documents sharing an 8-gram held by 2 to
    ``MAX_SHARED`` documents, and how many such 8-grams each pair shares. Pairs are counted a
    chunk at a time and merged as they come, so memory holds a chunk and the distinct pairs."""
    pairs, counts = np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    pending: list[tuple[np.ndarray, np.ndarray]] = []

    def merge() -> tuple[np.ndarray, np.ndarray]:
        codes = np.concatenate([pairs, *(c for c, _ in pending)])
        weights = np.concatenate([counts, *(w for _, w in pending)])
        pending.clear()
        merged, inverse = np.unique(codes, return_inverse=True)
        return merged, np.bincount(inverse, weights=weights, minlength=len(merged)).astype(np.int64)

    for k in range(2, MAX_SHARED + 1):
        at = starts[lengths == k]
        if not len(at):
            continue
        i, j = np.triu_indices(k, 1)
        step = max(1, _CHUNK // len(i))
        for a in range(0, len(at), step):
            members = owners[at[a:a + step, None] + np.arange(k)]  # one row per 8-gram, documents ascending
            pending.append(np.unique(members[:, i] * n + members[:, j], return_counts=True))
            if sum(len(c) for c, _ in pending) >= _CHUNK:
                pairs, counts = merge()
    if pending:
        pairs, counts = merge()
    return pairs, counts


def _common_counts(owners: np.ndarray, starts: np.ndarray, lengths: np.ndarray, n: int,
                   xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    """How many of the 8-grams held by more than ``MAX_SHARED`` documents each pair (xs, ys)
    shares: these are no evidence of a version, but they count in the pair's containment."""
    common = np.flatnonzero(lengths > MAX_SHARED)
    out = np.zeros(len(xs), dtype=np.int64)
    if not len(common):
        return out
    member = np.zeros((n, len(common)), dtype=bool)
    for col, (a, k) in enumerate(zip(starts[common], lengths[common])):
        member[owners[a:a + k], col] = True
    bits = np.packbits(member, axis=1)
    step = max(1, _CHUNK // bits.shape[1])
    for a in range(0, len(xs), step):
        both = bits[xs[a:a + step]] & bits[ys[a:a + step]]
        out[a:a + step] = _POPCOUNT[both].sum(axis=1)
    return out


_POPCOUNT = np.array([bin(b).count("1") for b in range(256)], dtype=np.int64)


def _components(ids: list[str], edges: list[tuple[str, str]]) -> list[list[str]]:
    parent = {d: d for d in ids}

    def find(d: str) -> str:
        while parent[d] != d:
            parent[d] = parent[parent[d]]
            d = parent[d]
        return d

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for d in ids:
        groups[find(d)].append(d)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])


def _generated_id(row: pd.Series) -> str:
    year = row["report_year"]
    year = "na" if year is None or pd.isna(year) else str(int(year))
    return f"{row['place'] or 'unknown'}-{row['doc_type'] or 'other'}-{year}"


def group_versions(documents: pd.DataFrame, prints: dict[str, np.ndarray],
                   catalog_report_id: dict[str, str]) -> tuple[pd.DataFrame, dict[tuple[str, str], float]]:
    """Set ``report_id``, ``is_canonical`` and version notes on ``documents``; return it and the
    containment of every pair of documents that are versions of one report.

    ``documents`` needs doc_id, place, doc_type, report_year, n_chars_clean, is_canonical (True,
    False or None = undecided) and metadata_note. ``catalog_report_id`` maps catalogued doc ids
    to their catalog report_id (blank ones left out).
    """
    docs = documents.set_index("doc_id", drop=False).sort_index()
    ids = list(docs.index)
    scores = similar_pairs({d: prints[d] for d in ids})
    near = [pair for pair, score in scores.items() if score >= NEAR_DUPLICATE]
    groups = _components(ids, near)
    # catalogued report ids hold; uncatalogued near-duplicates join the report of a catalogued member
    report_of: dict[str, str] = {}
    generated: dict[str, list[list[str]]] = defaultdict(list)
    for g in groups:
        given = [catalog_report_id[d] for d in g if d in catalog_report_id]
        for d in g:
            if d in catalog_report_id:
                report_of[d] = catalog_report_id[d]
            elif given:
                report_of[d] = given[0]
        rest = [d for d in g if d not in report_of]
        if rest:
            canon = _longest(docs, rest)
            generated[_generated_id(docs.loc[canon])].append(rest)
    taken = set(catalog_report_id.values())
    for name, gs in sorted(generated.items()):
        for g in gs:
            unique = name if len(gs) == 1 and name not in taken else f"{name}-{_longest(docs, g)}"
            for d in g:
                report_of[d] = unique
    docs["report_id"] = [report_of[d] for d in ids]
    notes = {d: [docs.at[d, "metadata_note"]] if docs.at[d, "metadata_note"] else [] for d in ids}
    # canonical: a version the catalog marks, else the longest clean text of the report
    canonical = {}
    for rid, members in docs.groupby("report_id", sort=True)["doc_id"]:
        members = sorted(members)
        marked = [d for d in members if docs.at[d, "is_canonical"] is True]
        canonical[rid] = marked[0] if marked else _longest(docs, members)
        for d in members:
            if docs.at[d, "is_canonical"] is None or pd.isna(docs.at[d, "is_canonical"]):
                docs.at[d, "is_canonical"] = d == canonical[rid] and not marked
    pair_scores = {}
    for rid, members in docs.groupby("report_id", sort=True)["doc_id"]:
        can = canonical[rid]
        for d in sorted(set(members) - {can}):
            score = scores.get((min(can, d), max(can, d)), 0.0)
            pair_scores[(can, d)] = score
            if score >= NEAR_DUPLICATE:
                notes[d].append(f"version of {can} (shared text {score:.2f})")
            else:
                notes[d].append(f"catalogued as a version of {can}, but the texts differ (shared text {score:.2f}); "
                                "not aligned")
    docs["metadata_note"] = ["; ".join(notes[d]) for d in ids]
    docs["is_canonical"] = docs["is_canonical"].astype(bool)
    return docs.reset_index(drop=True), pair_scores


def _longest(docs: pd.DataFrame, members: list[str]) -> str:
    return sorted(members, key=lambda d: (-int(docs.at[d, "n_chars_clean"]), d))[0]
