"""The glossary (``data/glossary.yaml``) with an example sentence from the opened corpus for each
term that occurs in reports, so students read every word in use in the reports they study."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

GLOSSARY_COLUMNS = ["group", "term", "en", "meaning", "search"]
EXAMPLE_COLUMNS = ["term", "example", "doc_id", "report_year", "place", "n_occurrences"]


@lru_cache(maxsize=1)
def _entries() -> tuple[dict, ...]:
    text = resources.files("govreport").joinpath("data/glossary.yaml").read_text("utf-8")
    return tuple((yaml.safe_load(text) or {}).get("terms") or [])


def glossary(groups: list[str] | None = None) -> pd.DataFrame:
    """The glossary as a table, in file order; ``groups`` keeps words, numbers or method."""
    rows = [{"group": str(e.get("group", "")), "term": str(e["term"]), "en": str(e.get("en", "")),
             "meaning": " ".join(str(e.get("meaning", "")).split()), "search": str(e.get("search", "") or "")}
            for e in _entries()]
    out = pd.DataFrame(rows, columns=GLOSSARY_COLUMNS)
    return out[out["group"].isin(groups)].reset_index(drop=True) if groups else out


def examples(sentences: pd.DataFrame, documents: pd.DataFrame, terms: pd.DataFrame, max_chars: int = 90) -> pd.DataFrame:
    """For each term with a ``search`` string: the shortest canonical sentence using it (ties: the
    latest report) and how often it occurs in the corpus; terms the corpus never uses get no row."""
    docs = documents[documents["is_canonical"].astype(bool)]
    meta = docs.set_index("doc_id")
    s = sentences[sentences["doc_id"].isin(set(docs["doc_id"]))]
    text = s["text"].fillna("")
    rows = []
    for term, search in zip(terms["term"], terms["search"]):
        if not search:
            continue
        hits = s[text.str.contains(search, regex=False)]
        if hits.empty:
            continue
        n = int(text[hits.index].str.count(search).sum())
        hits = hits.assign(_len=hits["text"].str.len(),
                           _year=hits["doc_id"].map(meta["report_year"]).astype(int))
        # short but not a bare heading: at least a clause around the term
        good = hits[hits["_len"] >= len(search) + 8]
        best = (good if len(good) else hits).sort_values(["_len", "_year", "sentence_id"],
                                                         ascending=[True, False, True]).iloc[0]
        sentence = str(best["text"])
        if len(sentence) > max_chars:
            at = sentence.find(search)
            start = max(0, min(at - max_chars // 3, len(sentence) - max_chars))
            sentence = ("…" if start else "") + sentence[start:start + max_chars] + "…"
        place = meta.at[best["doc_id"], "place"] if "place" in meta else ""
        rows.append({"term": term, "example": sentence, "doc_id": best["doc_id"], "report_year": int(best["_year"]),
                     "place": "" if pd.isna(place) else str(place), "n_occurrences": n})
    return pd.DataFrame(rows, columns=EXAMPLE_COLUMNS)
