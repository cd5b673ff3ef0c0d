"""Benchmark: the whole build against bare jieba, in one run, on the same text.

For a corpus (default: the national reports in ../shared/realcorpus/national, copied to a
temporary folder without a catalog, so the build proposes every document's metadata) this
times, each in a fresh process and interleaved so machine load hits all alike:

    bare     python -c: import jieba, read every raw file, jieba.lcut(line) for every line
    build 1  govreport build --jobs 1 (every table, CSV + Parquet, published)
    build N  govreport build --jobs N for each N of --jobs (default 2)

and prints wall and CPU times (all processes of the run), the ratios build / bare, and peak memory: the largest resident set
of any one process (getrusage via wait4, exact: "max proc") and the memory of the whole
process tree at once (private pages of every process plus the largest shared part, so
pages the workers share with the parent they were forked from count once; sampled every
100 ms with psutil: "peak all"). ``--synthetic 100 500`` also builds
synthetic corpora of that many reports (paragraphs of the real reports recombined,
deterministically, into reports of 50 years of as many made-up places as needed, with a
catalog) and reports how time grows with corpus size. The best of ``--repeat`` runs is kept.
``--baseline OTHER/lib`` also builds with another checkout's code (e.g. main) in the same rounds,
for a before/after under the same machine load.

    python scripts/benchmark.py [--raw DIR] [--jobs 2] [--repeat 3] [--synthetic 100 500]
                                [--baseline OTHER_CHECKOUT/lib] [--out build/benchmark.json]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_RAW = ROOT.parent / "shared" / "realcorpus" / "national"

BARE_JIEBA = """
import sys, time
from pathlib import Path
import jieba
jieba.setLogLevel(60)
n = 0
for path in sorted(Path(sys.argv[1]).glob("*.txt")):
    for line in path.read_bytes().decode("utf-8-sig", errors="replace").splitlines():
        n += len(jieba.lcut(line))
print(n)
"""


def _tree_memory(pid: int) -> int:
    """Memory of a process and its descendants at once: every process's private pages (USS) plus
    the largest shared part of any of them, so pages the workers share with the process they
    were forked from (modules, dictionaries) count once, and libraries shared with unrelated
    processes count whole."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc] + proc.children(recursive=True)
    except psutil.NoSuchProcess:
        return 0
    private, shared = 0, 0
    for p in procs:
        try:
            info = p.memory_full_info()
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
        private += info.uss
        shared = max(shared, info.rss - info.uss)
    return private + shared


def measure(cmd: list[str], env: dict | None = None) -> dict:
    """Wall time, largest single-process RSS and peak RSS of the process tree of one command."""
    log = tempfile.TemporaryFile()  # not a pipe: a long log would block the build when the pipe is full
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=log, env=env)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_memory(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    log.seek(0)
    err = log.read().decode("utf-8", "replace")
    log.close()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark: {' '.join(map(str, cmd))} failed:\n{err}")
    return {"seconds": round(seconds, 2), "cpu_seconds": round(usage.ru_utime + usage.ru_stime, 2),
            "max_process_rss_mb": round(usage.ru_maxrss / 1024, 1), "peak_all_mb": round(peak[0] / 2**20, 1),
            "stderr": err}


def _env(lib: Path = ROOT / "lib") -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(lib) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def compare(raw: Path, jobs: list[int], repeat: int, work: Path, label: str, baseline: Path | None = None) -> dict:
    """Bare jieba and the build with --jobs 1 and each of ``jobs`` on one corpus, best of ``repeat``;
    with ``baseline`` (another checkout's lib folder) its builds too, in the same rounds."""
    runs: dict[str, list[dict]] = {}
    commands = {"bare_jieba": ([sys.executable, "-c", BARE_JIEBA, str(raw)], _env())}
    for prefix, lib in [("build", ROOT / "lib"), *([("baseline", baseline)] if baseline else [])]:
        for n in [1, *[j for j in jobs if j != 1]]:
            commands[f"{prefix}_jobs_{n}"] = ([sys.executable, "-m", "govreport.cli", "build", "--raw", str(raw),
                                               "--out", str(work / f"out-{label}-{prefix}-{n}"), "--jobs", str(n)],
                                              _env(lib))
    for _ in range(repeat):  # interleaved, so load from elsewhere hits every command alike
        for name, (cmd, env) in commands.items():
            runs.setdefault(name, []).append(measure(cmd, env))
    best = {name: min(r, key=lambda x: x["seconds"]) for name, r in runs.items()}
    base = best["bare_jieba"]["seconds"]
    size = sum(p.stat().st_size for p in raw.glob("*.txt"))
    out = {"corpus": label, "documents": len(list(raw.glob("*.txt"))), "megabytes": round(size / 1e6, 2),
           "repeat": repeat}
    digests = set()
    for name, r in best.items():
        out[name] = {k: v for k, v in r.items() if k != "stderr"}
        out[name]["all_seconds"] = [x["seconds"] for x in runs[name]]
        if name != "bare_jieba":
            out[name]["ratio_to_bare_jieba"] = round(r["seconds"] / base, 2)
            out[name]["cpu_ratio_to_bare_jieba"] = round(r["cpu_seconds"] / best["bare_jieba"]["cpu_seconds"], 2)
            stages = re.findall(r"^  (corpus|per document|indicators|text): .*\(([\d.]+) s\)$", r["stderr"], re.M)
            out[name]["stage_seconds"] = {k: float(v) for k, v in stages}
            prefix, n = name.split("_jobs_")
            manifest = json.loads((work / f"out-{label}-{prefix}-{n}" / "current" / "manifest.json").read_text("utf-8"))
            digests.add(manifest["build_id"])
    out["identical_tables_across_jobs"] = len(digests) == 1
    _print(out)
    return out


def _print(r: dict) -> None:
    print(f"\n{r['corpus']}: {r['documents']} reports, {r['megabytes']} MB (best of {r['repeat']})")
    print(f"  {'':16s} {'wall s':>8s} {'ratio':>7s} {'cpu s':>8s} {'ratio':>7s} {'max proc MB':>12s} "
          f"{'peak all MB':>13s}")
    for name, m in r.items():
        if isinstance(m, dict) and "seconds" in m:
            ratio = f"{m['ratio_to_bare_jieba']:.2f}x" if "ratio_to_bare_jieba" in m else "1"
            cpu = f"{m['cpu_ratio_to_bare_jieba']:.2f}x" if "cpu_ratio_to_bare_jieba" in m else "1"
            print(f"  {name:16s} {m['seconds']:8.2f} {ratio:>7s} {m['cpu_seconds']:8.2f} {cpu:>7s} "
                  f"{m['max_process_rss_mb']:12.1f} {m['peak_all_mb']:13.1f}")
    print(f"  tables identical for every --jobs{' and the baseline' if 'baseline_jobs_1' in r else ''}: "
          f"{r['identical_tables_across_jobs']}")


# ------------------------------------------------------------------ synthetic corpus

def synthesize(seed_dir: Path, out_dir: Path, n: int, years: int = 50, seed: int = 7) -> Path:
    """``n`` reports of ``n / years`` made-up places over ``years`` years, each a real report's
    paragraphs (the template cycles through the seeds) shuffled, with a fifth of them swapped
    for paragraphs of other reports, and a catalog naming place and year. Deterministic."""
    seeds = [p.read_text("utf-8-sig") for p in sorted(seed_dir.glob("*.txt"))]
    blocks = [[b for b in re.split(r"\n\s*\n|\n", s) if b.strip()] for s in seeds]
    pool = [b for bs in blocks for b in bs]
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        place, year = f"合成{i // years + 1:02d}市", 1973 + i % years
        rng = random.Random(f"{seed}-{i}")
        body = list(blocks[i % len(blocks)])
        head, rest = body[:2], body[2:]
        rng.shuffle(rest)
        for k in range(0, len(rest), 5):
            rest[k] = pool[rng.randrange(len(pool))]
        text = "\n\n".join([f"{year}年{place}人民政府工作报告", *head, *rest]) + "\n"
        name = f"syn_{i:04d}.txt"
        (out_dir / name).write_text(text, encoding="utf-8")
        rows.append({"doc_id": f"syn-{i:04d}", "file": name, "place": place, "level": "city",
                     "doc_type": "gov_work_report", "report_year": year, "version": "full",
                     "report_id": f"syn-{i // years + 1:02d}-{year}", "is_canonical": "True"})
    with open(out_dir / "catalog.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return out_dir


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=DEFAULT_RAW, help="corpus folder (its *.txt files, no catalog)")
    ap.add_argument("--jobs", type=int, nargs="+", default=[2], help="--jobs values besides 1")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--synthetic", type=int, nargs="*", default=[], help="sizes of synthetic corpora")
    ap.add_argument("--synthetic-repeat", type=int, default=1)
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "benchmark.json")
    ap.add_argument("--baseline", type=Path, help="another checkout's lib folder, built in the same rounds")
    args = ap.parse_args(argv)
    if not args.raw.is_dir():
        raise SystemExit(f"benchmark: corpus folder not found: {args.raw}")
    results = {"cores": os.cpu_count(), "python": sys.version.split()[0], "runs": []}
    with tempfile.TemporaryDirectory(prefix="govreport-bench-") as tmp:
        work = Path(tmp)
        copy = work / "raw"
        copy.mkdir()
        for p in sorted(args.raw.glob("*.txt")):  # a copy, without any catalog: metadata is proposed
            shutil.copy2(p, copy / p.name)
        results["runs"].append(compare(copy, args.jobs, args.repeat, work, args.raw.name, args.baseline))
        sizes = sorted(args.synthetic)
        for n in sizes:
            folder = synthesize(args.raw, work / f"synthetic-{n}", n)
            results["runs"].append(compare(folder, args.jobs, args.synthetic_repeat, work, f"synthetic-{n}",
                                           args.baseline))
            shutil.rmtree(folder)
        if len(sizes) >= 2:
            small, large = results["runs"][1], results["runs"][-1]
            growth = {}
            for name in small:
                if isinstance(small[name], dict) and "seconds" in small[name]:
                    growth[name] = round((large[name]["seconds"] / small[name]["seconds"])
                                         / (large["megabytes"] / small["megabytes"]), 2)
            results["time_growth_vs_linear"] = growth
            print(f"\ntime growth from {sizes[0]} to {sizes[-1]} reports, relative to the text's growth "
                  f"(1.00 = linear): " + ", ".join(f"{k} {v:.2f}" for k, v in growth.items()))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
