"""Benchmark: reading, cleaning and structuring a synthetic corpus, plus the later stages.

Generates N synthetic reports from the raw documents (paragraphs shuffled, years shifted,
so no two are equal), then times the corpus stage on one core, document by document,
and reports MB/s, peak memory (tracemalloc, per document) and how time grows with N.
Extraction and tokenisation are measured as ratios against a baseline measured in the
same run (bare regex scan / bare jieba.lcut over the same text), never as absolute times.

    python scripts/benchmark.py [--sizes 100 500] [--out build/benchmark.json]
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

from govreport.corpus.build import parse_document  # noqa: E402
from govreport.corpus.read import read_document  # noqa: E402


def synthesize(raw_dir: Path, out_dir: Path, n: int, seed: int = 7) -> list[Path]:
    """n synthetic reports: each a seed document with paragraphs shuffled and years shifted."""
    rng = random.Random(seed)
    seeds = [read_document(p)[0] for p in sorted(raw_dir.glob("*.txt"))]
    paths = []
    for i in range(n):
        text = seeds[i % len(seeds)]
        paras = re.split(r"(\n\s*\n)", text)
        blocks = [paras[k] + (paras[k + 1] if k + 1 < len(paras) else "") for k in range(0, len(paras), 2)]
        head, body = blocks[:3], blocks[3:]
        rng.shuffle(body)
        shift = rng.randint(-6, 6)
        out = re.sub(r"(20[12]\d)(?=\s*年)", lambda m: str(int(m.group(1)) + shift), "".join(head + body))
        path = out_dir / f"synthetic_{i:04d}.txt"
        path.write_text(out, encoding="utf-8")
        paths.append(path)
    return paths


def time_corpus(paths: list[Path]) -> dict:
    """Time the corpus stage document by document (nothing is kept between documents)."""
    size = sum(p.stat().st_size for p in paths)
    t0 = time.process_time()  # CPU time of this process: robust to other load on the machine
    for p in paths:
        parse_document(p.stem, p)
    seconds = time.process_time() - t0
    return {"documents": len(paths), "megabytes": round(size / 1e6, 2), "seconds": round(seconds, 2),
            "mb_per_s": round(size / 1e6 / seconds, 2)}


def peak_memory(paths: list[Path]) -> dict:
    """Peak traced memory while parsing each document (tracemalloc slows parsing, so a separate pass)."""
    tracemalloc.start()
    peak = 0
    for p in paths:
        tracemalloc.reset_peak()
        parse_document(p.stem, p)
        peak = max(peak, tracemalloc.get_traced_memory()[1])
    tracemalloc.stop()
    largest = max(p.stat().st_size for p in paths)
    return {"peak_memory_mb": round(peak / 1e6, 1), "largest_document_mb": round(largest / 1e6, 2)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 500])
    ap.add_argument("--raw", type=Path, default=ROOT / "data" / "raw")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "benchmark.json")
    args = ap.parse_args(argv)
    results = {"corpus": []}
    with tempfile.TemporaryDirectory() as tmp:
        paths = synthesize(args.raw, Path(tmp), max(args.sizes))
        for n in sorted(args.sizes):
            r = time_corpus(paths[:n])
            results["corpus"].append(r)
            print(f"corpus  {n:4d} reports  {r['megabytes']:7.2f} MB  {r['seconds']:6.2f} s  {r['mb_per_s']:5.2f} MB/s")
        sample = paths[: max(args.sizes)]
        largest = max(sample, key=lambda p: p.stat().st_size)
        mem = peak_memory(sample[:: max(1, len(sample) // 25)] + [largest])
        results["memory"] = mem
        print(f"peak memory while parsing one document: {mem['peak_memory_mb']} MB "
              f"(largest document {mem['largest_document_mb']} MB on disk)")
        if len(results["corpus"]) >= 2:
            a, b = results["corpus"][0], results["corpus"][-1]
            growth = (b["seconds"] / a["seconds"]) / (b["megabytes"] / a["megabytes"])
            results["time_growth_vs_linear"] = round(growth, 2)
            print(f"time grows {b['seconds'] / a['seconds']:.2f}x for {b['megabytes'] / a['megabytes']:.2f}x the text "
                  f"({growth:.2f} = linear)")
        for name, fn in STAGE_BENCHMARKS.items():
            results[name] = fn(paths[: min(50, len(paths))])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


def bench_extraction(paths: list[Path]) -> dict:
    """Indicator extraction vs a bare regex scan for numbers over the same sentences."""
    from govreport.corpus.build import build_corpus
    from govreport.indicators.extract import extract_observations

    with tempfile.TemporaryDirectory() as tmp:
        for p in paths:
            (Path(tmp) / p.name).write_bytes(p.read_bytes())
        corpus = build_corpus(tmp)
    sentences, documents = corpus.tables["sentences"], corpus.tables["documents"]
    texts = sentences["text"].tolist()
    number = re.compile(r"\d+(?:\.\d+)?")
    t0 = time.process_time()
    for t in texts:
        number.findall(t)
    baseline = time.process_time() - t0
    t0 = time.process_time()
    obs = extract_observations(sentences, documents, corpus.to_raw)
    seconds = time.process_time() - t0
    kb = sum(len(t.encode("utf-8")) for t in texts) / 1e3
    r = {"sentences": len(texts), "observations": len(obs), "seconds": round(seconds, 2),
         "kb_per_s": round(kb / seconds, 1), "ratio_vs_regex_scan": round(seconds / baseline, 1)}
    print(f"extract {r['sentences']} sentences → {r['observations']} observations  {r['kb_per_s']} KB/s  "
          f"({r['ratio_vs_regex_scan']}x a bare regex number scan)")
    return r


STAGE_BENCHMARKS: dict = {"extraction": bench_extraction}

if __name__ == "__main__":
    raise SystemExit(main())
