"""Propose domain-dictionary candidates from the corpus, for a human to review.

Two sources of candidates:
- quoted terms: “...” with 2-10 Chinese characters that occur at least --min-count times
  (reports quote the names of programmes: “智改数转”, “一网通办”);
- sticky n-grams: runs of 2-3 adjacent tokens (current tokenizer, domain dictionary
  included) that occur often and nearly always together (high pointwise mutual
  information and stickiness = count(ngram) / min(count(part))).

Terms the tokenizer already keeps whole are skipped. The CSV (UTF-8 with BOM, for
Excel) lists each candidate with its counts, how it is split now and the frequency
jieba needs to keep it whole. Review it and copy good rows into
lib/govreport/data/domain_dictionary.txt as "term freq tag" (UTF-8, no BOM, LF).

Usage: python scripts/grow_dictionary.py [--raw data/raw] [--out build/dictionary_candidates.csv]
"""
from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from govreport.text import tokens

_QUOTED = re.compile(r"“([\u4e00-\u9fff]{2,10})”")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


def corpus_texts(raw_dir: Path) -> dict[str, str]:
    """Clean canonical texts from the corpus stage if it exists, else the raw files."""
    try:
        from govreport.corpus.build import build_corpus  # the lead's stage; may not exist yet
    except ImportError:
        build_corpus = None
    if build_corpus is not None:
        corpus = build_corpus(raw_dir)
        docs = corpus.tables["documents"]
        keep = docs.loc[docs["is_canonical"].astype(bool), "doc_id"]
        return {d: corpus.docs[d].clean_text for d in sorted(keep)}
    cat = pd.read_csv(raw_dir / "catalog.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
    cat = cat[cat["is_canonical"].str.lower() == "true"]
    return {r.doc_id: (raw_dir / r.file).read_text("utf-8-sig") for r in cat.itertuples()}


def quoted_candidates(texts: dict[str, str], min_count: int) -> pd.DataFrame:
    counts: Counter[str] = Counter()
    docs: dict[str, set[str]] = {}
    for doc_id, text in texts.items():
        for m in _QUOTED.finditer(text):
            counts[m.group(1)] += 1
            docs.setdefault(m.group(1), set()).add(doc_id)
    rows = [{"candidate": t, "source": "quoted", "count": c, "n_docs": len(docs[t])}
            for t, c in counts.items() if c >= min_count]
    return pd.DataFrame(rows, columns=["candidate", "source", "count", "n_docs"])


def sticky_ngrams(texts: dict[str, str], min_count: int, min_stickiness: float) -> pd.DataFrame:
    unigrams: Counter[str] = Counter()
    ngrams: Counter[tuple[str, ...]] = Counter()
    docs: dict[tuple[str, ...], set[str]] = {}
    total = 0
    for doc_id, text in texts.items():
        for line in text.splitlines():
            toks = tokens.cut(line)
            unigrams.update(toks)
            total += len(toks)
            for n in (2, 3):
                for i in range(len(toks) - n + 1):
                    gram = tuple(toks[i:i + n])
                    if all(_HAN.match(t) for t in gram) and 3 <= len("".join(gram)) <= 8:
                        ngrams[gram] += 1
                        docs.setdefault(gram, set()).add(doc_id)
    rows = []
    stop = tokens.stopwords() | tokens.policy_verbs()
    for gram, c in ngrams.items():
        if c < min_count or any(t in stop for t in (gram[0], gram[-1])):
            continue
        stickiness = c / min(unigrams[t] for t in gram)
        if stickiness < min_stickiness:
            continue
        pmi = math.log2(c * total ** (len(gram) - 1) / math.prod(unigrams[t] for t in gram))
        rows.append({"candidate": "".join(gram), "source": f"ngram{len(gram)}", "count": c,
                     "n_docs": len(docs[gram]), "pmi": round(pmi, 2), "stickiness": round(stickiness, 3)})
    return pd.DataFrame(rows, columns=["candidate", "source", "count", "n_docs", "pmi", "stickiness"])


def propose(texts: dict[str, str], min_count: int = 3, min_stickiness: float = 0.6) -> pd.DataFrame:
    """Candidate table, best first; terms already kept whole are left out."""
    cands = pd.concat([quoted_candidates(texts, 2), sticky_ngrams(texts, min_count, min_stickiness)],
                      ignore_index=True)
    cands = cands.drop_duplicates("candidate", keep="first")
    tk = tokens.tokenizer()
    cands["split_as"] = [" ".join(tokens.cut(t)) for t in cands["candidate"]]
    cands = cands[cands["split_as"] != cands["candidate"]].copy()
    cands["suggested_freq"] = [max(tk.suggest_freq(t, tune=False), 1000) for t in cands["candidate"]]
    return cands.sort_values(["count", "candidate"], ascending=[False, True], ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=Path("data/raw"))
    ap.add_argument("--out", type=Path, default=Path("build/dictionary_candidates.csv"))
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--min-stickiness", type=float, default=0.6)
    args = ap.parse_args(argv)
    cands = propose(corpus_texts(args.raw), args.min_count, args.min_stickiness)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    cands.to_csv(args.out, index=False, encoding="utf-8-sig", lineterminator="\n")
    print(f"{len(cands)} candidates written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
