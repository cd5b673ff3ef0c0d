"""Draw a random sample of observations from the real reports, for a hand check.

Builds the real corpus (``../shared/realcorpus``: every report except the one-line copies in
``national_oneline/``) WITHOUT a catalog, as an unseen collection would be built, into a
temporary folder (or ``--out``), then draws ``--n`` observations with ``--seed``: half from
reports of 2000 and later, half from earlier ones (by the report year the build found). For each
it prints the id, document, the sentence with the number marked ⟦…⟧, the frame around it (the
section heading and the paragraph's opening words) and the fields to judge: indicator, value and
unit, period, status, measure, qualifiers, stock/flow and bound.

    python scripts/hand_check_sample.py --seed 2027 [--n 50] [--out /tmp/hc] [--reuse]

``--reuse`` samples from the build already in ``--out``. The same seed on the same build gives
the same sample. Judge each row against the sentence (see ``../shared/gold/REAL_README.md`` for
the conventions: which year a number is about, its kind) and write the verdicts down.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "lib"))

import pandas as pd  # noqa: E402

from govreport import store  # noqa: E402

REAL = ROOT.parent / "shared" / "realcorpus"


def build_real(out: Path) -> None:
    """The real reports, without catalog or one-line copies, built into ``out``."""
    from govreport.pipeline import build

    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    for path in sorted(REAL.rglob("*.txt")):
        rel = path.relative_to(REAL)
        if rel.parts[0] == "national_oneline":
            continue
        target = raw / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    build(raw, out / "processed")


def sample(folder: Path, seed: int, n: int) -> list[dict]:
    """``n`` observations of sentences (half from reports of 2000 on), with their context."""
    obs = pd.read_parquet(folder / "observations.parquet")
    docs = pd.read_parquet(folder / "documents.parquet")
    sentences = pd.read_parquet(folder / "sentences.parquet").set_index("sentence_id")
    sections = pd.read_parquet(folder / "sections.parquet").set_index("section_id")
    first_of_paragraph = sentences.reset_index().groupby("paragraph_id")["text"].first()
    years = dict(zip(docs["doc_id"], docs["report_year"]))
    obs = obs[obs["sentence_id"].astype(str) != ""].sort_values("obs_id", kind="stable")
    recent = [o for o, d in zip(obs["obs_id"], obs["doc_id"]) if years.get(d, 0) >= 2000]
    older = [o for o, d in zip(obs["obs_id"], obs["doc_id"]) if years.get(d, 0) < 2000]
    rng = random.Random(seed)
    picked = rng.sample(recent, n // 2) + rng.sample(older, n - n // 2)
    by_id = obs.set_index("obs_id")
    rows = []
    for obs_id in picked:
        o = by_id.loc[obs_id]
        s = sentences.loc[o["sentence_id"]]
        text, clause, value_text = str(s["text"]), str(o["snippet"]), str(o["value_text"])
        k = int(o["char_start"]) - int(s["char_start"])   # by raw offsets: the right one of two equal numbers
        if text[k:k + len(value_text)] != value_text:      # (the sentence's text was repaired): by its clause
            k = text.find(value_text, max(text.find(clause), 0))
        marked = text if k < 0 else text[:k] + "⟦" + value_text + "⟧" + text[k + len(value_text):]
        section = sections.loc[s["section_id"]] if s["section_id"] in sections.index else None
        period = (str(o["ref_year"]) if o["ref_period_start"] == o["ref_period_end"]
                  else f"{o['ref_period_start']}-{o['ref_period_end']}")
        rows.append({"obs_id": obs_id, "doc": o["doc_id"], "report_year": years.get(o["doc_id"]),
                     "sentence": marked, "heading": "" if section is None else str(section["title"])[:50],
                     "paragraph": str(first_of_paragraph.get(s["paragraph_id"], ""))[:50], "part": s["part"],
                     "indicator": o["indicator_zh"], "mapped": bool(o["mapped"]),
                     "value": f"{o['value']:g} {o['unit']}", "period": period, "status": o["status"],
                     "measure": o["measure"], "qualifier": o["qualifier"], "stock_flow": o["stock_flow"],
                     "bound": o["bound"]})
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--out", type=Path, help="build folder (default: a temporary one, removed afterwards)")
    ap.add_argument("--reuse", action="store_true", help="sample from the build already in --out")
    args = ap.parse_args(argv)
    if not REAL.is_dir():
        print(f"hand_check_sample: no real corpus at {REAL}", file=sys.stderr)
        return 1
    tmp = None
    out = args.out
    if out is None:
        tmp = tempfile.mkdtemp(prefix="hand_check_")
        out = Path(tmp)
    try:
        if not args.reuse:
            build_real(out)
        folder = out if (out / "observations.parquet").is_file() else store.table_dir(out / "processed")
        rows = sample(folder, args.seed, args.n)
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    for i, r in enumerate(rows, 1):
        print(f"[{i}] {r['obs_id']}  ({r['doc']}, report {r['report_year']})")
        print(f"    heading:   {r['heading']}  [part: {r['part']}]")
        print(f"    paragraph: {r['paragraph']}")
        print(f"    sentence:  {r['sentence']}")
        print(f"    -> {r['indicator']}{'' if r['mapped'] else ' (unmapped)'} | {r['value']} | {r['period']} | "
              f"{r['status']} | {r['measure']} | q={r['qualifier']} | {r['stock_flow']} {r['bound']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
