"""Measure indicator extraction against a hand-checked gold file.

A gold fact is matched by an observation of the same document file with the same
value (compared in base units, e.g. 1.55 万亿元 = 1550000000000 元, or as written)
whose raw span overlaps an occurrence of the fact's snippet in the raw text.
Table facts (fact_id like ``004-T1-r05-2019``) are matched inside the table: same
table number and row (``t01-r05``), same value. Among several matching
observations the one that gets most of year, status and measure right counts.

The gold ``kind`` folds status and measure together (see the gold README); ``KIND_MAP``
gives the status and the measures each kind allows.

Indicator agreement: the extracted name (``indicator_zh``: the registry's name when mapped,
else the name found in the text) agrees with the gold's ``indicator_zh`` when, after dropping a
trailing 增速/增幅/降幅/增长/变化 from the gold name, their character-bigram Dice coefficient is
at least 0.5, or one lies inside the other and is at least 60% of its length. The mapped share
is the share of matched facts whose observation maps to the registry.

Gold files may name documents in sub-folders of the raw folder (``national/cn_national_2016.txt``,
as in the real-report gold): those documents are then built from the raw folder on the fly.
"""
from __future__ import annotations

import re
import shutil
import sys
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pandas as pd

from govreport.indicators.numbers import to_base
from govreport.corpus.read import read_document

# kind -> (status, allowed measures); None = any measure
KIND_MAP = {
    "actual": ("actual", {"level", "streak"}),     # a streak's length (十二连增: 12 年) is a level
    "estimate": ("estimate", None),
    "target": ("target", {"level", "share", "streak"}),
    "growth_rate_actual": ("actual", {"growth_rate", "change"}),
    "growth_rate_target": ("target", {"growth_rate", "change"}),
    "cumulative_actual": ("actual", {"cumulative"}),
    "cumulative_target": ("target", {"cumulative"}),
    "share": ("actual", {"share"}),
    "rank": ("actual", {"rank"}),
}
_TABLE_FACT = re.compile(r"-T(\d+)-r(\d+[a-z]?)-")


def expected_status(kind: str, qualifier: str) -> str:
    status = KIND_MAP.get(kind, ("", None))[0]
    if status == "actual" and re.search(r"预计|有望", qualifier or ""):
        return "estimate"
    return status


def _base(value, unit) -> float | None:
    try:
        v, _u = to_base(Decimal(str(value)), str(unit or ""))
        return float(v)
    except (InvalidOperation, ValueError):
        return None


def _close(a, b) -> bool:
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return False
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)), abs(float(b)))


_GOLD_RATE_SUFFIX = re.compile(r"(?:增速|增幅|降幅|增长|变化)$")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _name_key(text) -> str:
    return re.sub(r"[\s“”\"'‘’《》]", "", str(text or ""))


def names_agree(extracted, gold) -> bool:
    """Whether an extracted indicator name agrees with a gold ``indicator_zh`` (see module doc)."""
    g = _GOLD_RATE_SUFFIX.sub("", _name_key(gold)) or _name_key(gold)
    e = _name_key(extracted)
    if not e or not g:
        return False
    a, b = _bigrams(e), _bigrams(g)
    if a and b and 2 * len(a & b) / (len(a) + len(b)) >= 0.5:
        return True
    short, long_ = sorted((e, g), key=len)
    return short in long_ and len(short) >= 0.6 * len(long_)


def _year_text(row) -> str:
    s, e = int(row.ref_period_start), int(row.ref_period_end)
    return str(e) if s == e else f"{s}-{e}"


def evaluate(observations: pd.DataFrame, gold: pd.DataFrame, documents: pd.DataFrame,
             raw_texts: dict[str, str]) -> dict:
    """Recall and the accuracy of year, status and measure on matched facts; ``misses`` lists unmatched facts."""
    file_to_doc = dict(zip(documents["file"], documents["doc_id"]))
    obs_by_doc = {d: g for d, g in observations.groupby("doc_id")}
    results = []
    in_snippets: set[str] = set()  # sentence observations lying inside a gold snippet
    matched_ids: set[str] = set()
    for fact in gold.itertuples(index=False):
        doc_id = file_to_doc.get(fact.doc_file)
        obs = obs_by_doc.get(doc_id, observations.iloc[0:0])
        gbase = _base(fact.value, fact.unit)
        same_value = obs[[(_close(vb, gbase) or _close(v, fact.value))
                          for vb, v in zip(obs["value_base"], obs["value"])]] if len(obs) else obs
        tm = _TABLE_FACT.search(fact.fact_id)
        if tm:
            row_no = re.match(r"\d+", tm.group(2)).group()
            sub = tm.group(2)[len(row_no):]
            prefix = f"t{int(tm.group(1)):02d}-r{int(row_no):02d}{sub}-"
            cands = same_value[same_value["table_cell"].str.startswith(prefix)]
        else:
            text = raw_texts.get(doc_id, "")
            spans = [(m.start(), m.start() + len(fact.snippet)) for m in re.finditer(re.escape(fact.snippet), text)]
            cands = same_value[[any(s < e2 and cs < e for s, e in spans)
                                for cs, e2 in zip(same_value["char_start"], same_value["char_end"])]] \
                if len(same_value) else same_value
            cands = cands[cands["table_cell"] == ""] if len(cands) else cands
            for cs, ce, oid, cell in zip(obs["char_start"], obs["char_end"], obs["obs_id"], obs["table_cell"]):
                if not cell and any(s <= cs and ce <= e for s, e in spans):
                    in_snippets.add(oid)
        status = expected_status(fact.kind, fact.qualifier if isinstance(fact.qualifier, str) else "")
        measures = KIND_MAP.get(fact.kind, ("", None))[1]
        best = None
        gold_name = getattr(fact, "indicator_zh", "")
        for row in cands.itertuples(index=False):
            score = (_year_text(row) == str(fact.ref_year), row.status == status,
                     measures is None or row.measure in measures,
                     names_agree(getattr(row, "indicator_zh", ""), gold_name))
            if best is None or (sum(score[:3]), score[3]) > (sum(best[0][:3]), best[0][3]):
                best = (score, row)
        if best is not None:
            matched_ids.add(best[1].obs_id)
        got = best[1] if best is not None else None
        results.append({
            "fact_id": fact.fact_id, "matched": best is not None,
            "year_ok": bool(best and best[0][0]), "status_ok": bool(best and best[0][1]),
            "measure_ok": bool(best and best[0][2]), "name_ok": bool(best and best[0][3]),
            "mapped": bool(got is not None and bool(getattr(got, "mapped", False))),
            "got": "" if got is None else f"{_year_text(got)} {got.status} {got.measure} {got.indicator_zh}",
            "got_name": "" if got is None else str(getattr(got, "indicator_zh", "")),
            "want": f"{fact.ref_year} {status} {fact.kind}", "want_name": str(gold_name),
            "snippet": fact.snippet,
        })
    res = pd.DataFrame(results)
    matched = res[res["matched"]]
    n = len(res)
    return {
        "n_facts": n,
        "recall": float(res["matched"].mean()) if n else 0.0,
        "year_accuracy": float(matched["year_ok"].mean()) if len(matched) else 0.0,
        "status_accuracy": float(matched["status_ok"].mean()) if len(matched) else 0.0,
        "measure_accuracy": float(matched["measure_ok"].mean()) if len(matched) else 0.0,
        "name_agreement": float(matched["name_ok"].mean()) if len(matched) else 0.0,
        "mapped_share": float(matched["mapped"].mean()) if len(matched) else 0.0,
        "n_observations": int(len(observations)),
        # lower bound: the gold lists a sample of facts, so a correct extra number in a snippet counts against
        "snippet_precision": len(in_snippets & matched_ids) / len(in_snippets) if in_snippets else 0.0,
        "n_in_snippets": len(in_snippets),
        "misses": res[~res["matched"]].reset_index(drop=True),
        "wrong": matched[~(matched["year_ok"] & matched["status_ok"] & matched["measure_ok"])].reset_index(drop=True),
        "name_disagreements": matched[~matched["name_ok"]].reset_index(drop=True),
        "facts": res,                              # one row per gold fact, for a closer look
    }


def _build(raw_dir: Path):
    """(observations, documents, raw_texts) built from a raw folder by the corpus and indicator stages."""
    from govreport import store
    from govreport.corpus import build as corpus_stage
    from govreport.corpus.sources import CorpusTexts
    from govreport.indicators import build as indicator_stage

    corpus, preloaded = corpus_stage.run(raw_dir)
    corpus = {k: store.conform(v, k) for k, v in corpus.items()}
    texts = CorpusTexts(raw_dir, corpus, preloaded)
    return indicator_stage.run(corpus, texts)["observations"], corpus["documents"], texts.raw_texts()


def _flat_name(rel: str) -> str:
    return str(rel).replace("\\", "/").replace("/", "__")


def build_gold_documents(raw_dir: str | Path, doc_files) -> tuple:
    """(observations, documents, raw_texts) for the files a gold set names, which may lie in
    sub-folders of ``raw_dir`` (``national/cn_national_2016.txt``). The files are copied side by side
    into a temporary folder (with the rows of ``raw_dir/catalog.csv`` that name them, if any) and
    built like any raw folder; ``documents.file`` gives the path as the gold writes it."""
    from govreport.corpus.catalog import CATALOG_FILE

    raw_dir = Path(raw_dir)
    files = sorted({str(f) for f in doc_files})
    missing = [f for f in files if not (raw_dir / f).is_file()]
    if missing:
        raise FileNotFoundError(f"gold documents not found under {raw_dir}: {', '.join(missing[:5])}")
    flat = {_flat_name(f): f for f in files}
    with tempfile.TemporaryDirectory(prefix="govreport-gold-") as tmp:
        tmp = Path(tmp)
        for name, rel in flat.items():
            shutil.copyfile(raw_dir / rel, tmp / name)
        cat_path = raw_dir / CATALOG_FILE
        if cat_path.exists():
            cat = pd.read_csv(cat_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
            if "file" in cat.columns:
                cat["file"] = cat["file"].map(_flat_name)
                cat = cat[cat["file"].isin(flat)]
                if len(cat):
                    cat.to_csv(tmp / CATALOG_FILE, index=False)
        observations, documents, raw_texts = _build(tmp)
    documents = documents.assign(file=documents["file"].map(lambda f: flat.get(f, f)))
    return observations, documents, raw_texts


def load_inputs(processed_dir: str | Path = "data/processed", raw_dir: str | Path | None = None,
                doc_files=None):
    """(observations, documents, raw_texts): processed tables when present (and holding every file of
    ``doc_files``), else built from the raw files — only ``doc_files`` when they are given and some
    lie in sub-folders or outside the processed tables."""
    from govreport.store import table_dir

    processed_dir = table_dir(processed_dir)
    raw_dir = Path(raw_dir) if raw_dir else Path("data/raw")
    wanted = sorted({str(f) for f in doc_files}) if doc_files is not None else []
    obs_path, doc_path = processed_dir / "observations.parquet", processed_dir / "documents.parquet"
    if obs_path.exists() and doc_path.exists():
        observations, documents = pd.read_parquet(obs_path), pd.read_parquet(doc_path)
        if not wanted or set(wanted) <= set(documents["file"]):
            raw_texts = {r.doc_id: read_document(raw_dir / r.file)[0]
                         for r in documents.itertuples() if (raw_dir / r.file).exists()}
            return observations, documents, raw_texts
    if wanted and any("/" in f or "\\" in f for f in wanted):
        return build_gold_documents(raw_dir, wanted)
    return _build(raw_dir)


def format_report(result: dict, show_misses: bool = True) -> str:
    lines = [f"gold facts: {result['n_facts']}   observations: {result['n_observations']}",
             f"recall:            {result['recall']:.1%}",
             f"snippet precision: {result['snippet_precision']:.1%} of {result['n_in_snippets']} observations inside "
             f"gold snippets match a gold fact (a lower bound: gold lists a sample of facts)",
             f"year correct:      {result['year_accuracy']:.1%} of matched",
             f"status correct:    {result['status_accuracy']:.1%} of matched",
             f"measure correct:   {result['measure_accuracy']:.1%} of matched",
             f"indicator agrees:  {result.get('name_agreement', 0.0):.1%} of matched",
             f"mapped share:      {result.get('mapped_share', 0.0):.1%} of matched"]
    if show_misses:
        lines.append(f"misses ({len(result['misses'])}):")
        for r in result["misses"].itertuples():
            lines.append(f"  {r.fact_id}  want {r.want}  «{r.snippet}»")
        lines.append(f"matched with a wrong year/status/measure ({len(result['wrong'])}):")
        for r in result["wrong"].itertuples():
            lines.append(f"  {r.fact_id}  want {r.want}  got {r.got}  «{r.snippet}»")
        names = result.get("name_disagreements")
        if names is not None:
            lines.append(f"indicator names that disagree ({len(names)}):")
            for r in names.itertuples():
                lines.append(f"  {r.fact_id}  want {r.want_name}  got {r.got_name}  «{r.snippet}»")
    return "\n".join(lines)


def main(gold_path: str | Path, processed_dir: str | Path = "data/processed",
         raw_dir: str | Path | None = None) -> int:
    """Print the evaluation of ``processed_dir``'s observations against ``gold_path``; 0 on success."""
    gold_path = Path(gold_path)
    if not gold_path.exists():
        print(f"error: gold file not found: {gold_path}", file=sys.stderr)
        return 2
    gold = pd.read_csv(gold_path, dtype={"ref_year": str, "qualifier": str}, keep_default_na=False)
    observations, documents, raw_texts = load_inputs(processed_dir, raw_dir, gold["doc_file"])
    print(format_report(evaluate(observations, gold, documents, raw_texts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "../shared/gold/dev_indicators.csv"))
