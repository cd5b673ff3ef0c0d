"""Throughput of the token layer against bare ``jieba.lcut`` on the same text, same run.

The token layer is ``govreport.text.tokens.tokenize_sentences`` (domain dictionary, flags,
raw offsets, DataFrame). Bare jieba is ``jieba.lcut`` (global tokenizer, default
dictionary) on the same sentence texts, one call per sentence, collecting the lists.
With the corpus stage, the layer is also timed with every offset mapped through the
corpus's clean-to-raw ledger (as the build runs it); that mapping is the corpus's cost.
Both are warmed up (dictionaries loaded) before timing; each is timed ``--repeat``
times and the best run is reported. Sentences come from the corpus stage when it is
available, else from the raw files split into lines.

Usage: python scripts/bench_tokens.py [--raw data/raw] [--repeat 5]
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

import pandas as pd


def load_sentences(raw_dir: Path):
    """(sentences, to_raw_span or None)."""
    try:
        from govreport.corpus.build import build_corpus
    except ImportError:
        build_corpus = None
    if build_corpus is not None:
        corpus = build_corpus(raw_dir)
        span_of = {doc_id: doc.raw_span for doc_id, doc in corpus.docs.items()}
        return corpus.tables["sentences"], lambda d, a, b: span_of[d](a, b)
    rows = []
    for path in sorted(raw_dir.glob("*.txt")):
        text, pos = path.read_text("utf-8-sig"), 0
        for i, line in enumerate(text.split("\n")):
            if line.strip():
                rows.append({"doc_id": path.stem, "sentence_id": f"{path.stem}-{i:05d}", "text": line,
                             "char_start": pos, "char_end": pos + len(line)})
            pos += len(line) + 1
    return pd.DataFrame(rows), None


def best_of(fns, repeat: int) -> list[float]:
    """Best time of each function, runs interleaved so machine load hits all alike."""
    best = [float("inf")] * len(fns)
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t0 = time.perf_counter()
            fn()
            best[k] = min(best[k], time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=Path("data/raw"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    import jieba

    from govreport.text import tokens

    jieba.setLogLevel(logging.WARNING)
    sentences, to_raw_span = load_sentences(args.raw)
    texts = sentences["text"].fillna("").astype(str).tolist()
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1024
    jieba.initialize()
    tokens.tokenizer()
    tokens.token_flags.cache_clear()  # the layer's flag cache starts cold in every timed run

    def layer():
        tokens.token_flags.cache_clear()
        return tokens.tokenize_sentences(sentences)

    def layer_mapped():  # as the build runs it: every offset mapped through the corpus ledger
        tokens.token_flags.cache_clear()
        return tokens.tokenize_sentences(sentences, to_raw_span=to_raw_span)

    def bare():
        return [jieba.lcut(t) for t in texts]

    fns = [bare, layer] + ([layer_mapped] if to_raw_span is not None else [])
    for fn in fns:  # warm-up
        fn()
    t_bare, t_layer, *t_rest = best_of(fns, args.repeat)
    n_tokens = len(layer())
    print(f"text: {len(texts)} sentences, {kb:.0f} KB UTF-8, {n_tokens} tokens")
    print(f"bare jieba.lcut : {t_bare:6.3f} s  {kb / t_bare:7.0f} KB/s")
    print(f"token layer     : {t_layer:6.3f} s  {kb / t_layer:7.0f} KB/s")
    print(f"ratio layer/bare: {t_layer / t_bare:.2f}x (target <= 1.5x)")
    if to_raw_span is not None:
        t_mapped = t_rest[0]
        print(f"layer + ledger offset mapping: {t_mapped:6.3f} s  {kb / t_mapped:7.0f} KB/s  "
              f"ratio {t_mapped / t_bare:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
