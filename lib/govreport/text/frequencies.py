"""Term frequencies per document, as counts and fair rates (per 10,000 word tokens).

Rates, not counts, are compared: reports differ in length and completeness. The
denominator ``n_tokens`` counts word tokens (everything but punctuation and
whitespace) of the document. Each row says whether its document is comparable
with the others and why not (``comparability_note``).

The build counts one document at a time (``count_terms``, from its segmented tokens)
and joins the documents' metadata once at the end (``assemble``); ``term_frequencies``
does both for a whole tokens table.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from govreport import store
from govreport.text.rows import arrow_rows

PER = 10_000
FLAG_COLUMNS = ["is_stopword", "is_policy_verb", "is_number", "is_single_char"]
META_COLUMNS = ["doc_id", "place", "report_id", "report_year", "doc_type", "is_canonical"]
TF_COLUMNS = [
    "doc_id", "place", "report_id", "report_year", "doc_type", "is_canonical", "comparable", "comparability_note",
    "term", "count", "n_tokens", "per_10k", *FLAG_COLUMNS,
]
COUNT_COLUMNS = ["doc_id", "term", "count", "n_tokens", *FLAG_COLUMNS]


def places(documents: pd.DataFrame) -> pd.Series:
    """Each document's place ('' where unknown or absent): comparisons never cross places."""
    if "place" not in documents:
        return pd.Series([""] * len(documents), index=documents.index)
    return documents["place"].fillna("").astype(str)


def parts_by_doc(tokens: pd.DataFrame) -> dict[str, set[str]]:
    """The parts (review / plan / other) each document's tokens come from (or its sentences
    with text: each gives at least one token)."""
    if "part" not in tokens.columns or not len(tokens):
        return {}
    pairs = tokens[["doc_id", "part"]].drop_duplicates()
    out: dict[str, set[str]] = {}
    for d, p in zip(pairs["doc_id"], pairs["part"]):
        out.setdefault(d, set()).add(p)
    return out


def comparability(documents: pd.DataFrame, tokens: pd.DataFrame | None = None,
                  parts: Mapping[str, set[str]] | None = None) -> pd.DataFrame:
    """doc_id, comparable, comparability_note for each document.

    Comparable = a canonical government work report that is complete. A report is judged
    partial when other reports of its place have both a review part and a plan part and it
    lacks one (the part labels come from the corpus sections, via ``tokens`` or ``parts``:
    doc_id → set of parts); without part labels no report is judged partial. Plans are a
    different genre and never comparable with reports.
    """
    if parts is None:
        parts = parts_by_doc(tokens) if tokens is not None else {}
    place_of = dict(zip(documents["doc_id"], places(documents)))
    full_places = {place_of.get(d, "") for d, p in parts.items() if {"review", "plan"} <= p}
    notes, flags = [], []
    versions = documents["version"] if "version" in documents else pd.Series([""] * len(documents))
    for doc_id, doc_type, canonical, version in zip(documents["doc_id"], documents["doc_type"],
                                                     documents["is_canonical"], versions):
        problems = []
        if doc_type != "gov_work_report":
            problems.append(f"{doc_type}: different genre, kept apart from the reports")
        if not bool(canonical):
            problems.append("non-canonical version: the canonical version of this report is used instead")
        missing = sorted({"review", "plan"} - set(parts.get(doc_id, set())))
        if place_of[doc_id] in full_places and doc_type == "gov_work_report" and missing:
            problems.append(f"partial text: no {' or '.join(missing)} part")
        info = [f"{version} version"] if isinstance(version, str) and version not in ("", "full") else []
        flags.append(not problems)
        notes.append("; ".join(problems + info))
    return pd.DataFrame({"doc_id": documents["doc_id"].tolist(), "comparable": flags, "comparability_note": notes})


@dataclass
class DocumentCounts:
    """One document's words (distinct non-punctuation tokens) in table order — count
    descending, then term — with their counts and flags, as arrays: the document's
    term_frequencies rows and content rows are built from these without a frame in between."""
    doc_id: str
    terms: pa.Array          # large_string, one per word
    count: np.ndarray        # int64
    n_tokens: int            # word tokens of the document
    flags: dict[str, np.ndarray]  # FLAG_COLUMNS → bool per word

    def per_10k(self) -> np.ndarray:
        return self.count / np.int64(self.n_tokens) * PER  # as ``rates``: the same float operations

    def frame(self) -> pd.DataFrame:
        """The counts as a frame (COUNT_COLUMNS)."""
        return pd.DataFrame({"doc_id": self.doc_id, "term": self.terms.to_pylist(), "count": self.count,
                             "n_tokens": np.int64(self.n_tokens), **self.flags}, columns=COUNT_COLUMNS)

    def content(self) -> pd.DataFrame:
        """``content_rows`` of the counts (doc_id, term, count, per_10k of content terms; the
        index is the rows' positions among all words, as the filtered frame's)."""
        keep = np.flatnonzero(~(self.flags["is_stopword"] | self.flags["is_number"] | self.flags["is_single_char"]))
        terms = self.terms.take(keep).to_pylist()
        if len(self.count):  # the text dtype of the filtered frame, even when no row is left
            terms = pd.array(terms, dtype="str")
        return pd.DataFrame({"doc_id": self.doc_id, "term": terms,
                             "count": self.count[keep], "per_10k": self.per_10k()[keep]},
                            index=pd.Index(keep, dtype=np.int64))


def count_terms(doc_id: str, terms: pa.Array, codes: np.ndarray, flags: np.ndarray,
                flag_names: tuple[str, ...]) -> DocumentCounts:
    """Term counts of one document from its tokens given as ``codes`` into ``terms`` (distinct
    tokens, an Arrow string array) with one row of ``flags`` per distinct token. Punctuation
    is not a term."""
    word = ~flags[:, flag_names.index("is_punct")]
    word_codes = codes[word[codes]]
    counts = np.bincount(word_codes, minlength=len(terms))
    keep = np.flatnonzero(counts)
    kept = terms.take(keep)
    # count descending, then term (the terms are distinct, so the order is total): Arrow
    # compares strings by their UTF-8 bytes, which orders them as Python compares them
    order = pc.sort_indices(pa.table({"count": counts[keep], "term": kept}),
                            sort_keys=[("count", "descending"), ("term", "ascending")])
    keep = keep[order.to_numpy()]
    return DocumentCounts(doc_id, kept.take(order), counts[keep].astype(np.int64), len(word_codes),
                          {name: flags[keep, flag_names.index(name)] for name in FLAG_COLUMNS})


def document_meta(documents: pd.DataFrame, parts: Mapping[str, set[str]]) -> pd.DataFrame:
    """The document columns of term_frequencies (place ... comparability_note), one row per document."""
    docs = documents.copy()
    docs["place"] = places(documents)
    return docs[[c for c in META_COLUMNS if c in docs]].merge(comparability(documents, parts=parts), on="doc_id")


def rates(counts: pd.DataFrame) -> pd.Series:
    """Occurrences per 10,000 word tokens of the document."""
    return counts["count"] / counts["n_tokens"] * PER


def with_meta(counts: pd.DataFrame, meta: Mapping | None) -> pd.DataFrame:
    """One document's term_frequencies rows: its counts (COUNT_COLUMNS) with its document row
    (from ``document_meta``; None = unknown document) and the rate per 10,000 word tokens."""
    out = counts.copy()
    for c in TF_COLUMNS[1:8]:  # place ... comparability_note
        out[c] = None if meta is None else meta.get(c, "")
    out["per_10k"] = rates(out)
    return out[TF_COLUMNS]


_KINDS = {"string": (str,), "int": (int, np.integer), "bool": (bool, np.bool_), "float": (float, np.floating)}


def _meta_value(value, kind: str):
    """A document column's value as ``store.conform`` writes it, or ``...`` when only
    ``conform`` itself can say (a value of another type)."""
    if value is None or value is pd.NA or isinstance(value, float) and value != value:
        return {"string": "", "int": -1, "bool": False, "float": float("nan")}[kind]
    if not isinstance(value, _KINDS[kind]) or kind == "int" and isinstance(value, (bool, np.bool_)):
        return ...
    return value


def document_rows(counts: DocumentCounts, meta: Mapping | None) -> pa.Table:
    """``with_meta`` as the writer stores it: Arrow in the table's documented shape (built from
    the arrays, not by conforming a frame per document)."""
    spec = store.data_dictionary()["term_frequencies"]["columns"]
    columns = {c: _meta_value(None if meta is None else meta.get(c, ""), spec[c][0]) for c in TF_COLUMNS[1:8]}
    if any(v is ... for v in columns.values()):
        return store.to_arrow(with_meta(counts.frame(), meta), "term_frequencies")
    columns.update(doc_id=counts.doc_id, term=counts.terms, count=counts.count, n_tokens=np.int64(counts.n_tokens),
                   per_10k=counts.per_10k(), **counts.flags)
    return arrow_rows(columns, "term_frequencies", len(counts.count))


def content_rows(tfs: pd.DataFrame) -> pd.DataFrame:
    """What keyness and trajectories read of term_frequencies: doc_id, term, count, per_10k of
    content terms (policy verbs kept); also from a document's counts (COUNT_COLUMNS)."""
    if "per_10k" not in tfs:
        tfs = tfs.assign(per_10k=rates(tfs))
    return content_terms(tfs)[["doc_id", "term", "count", "per_10k"]]


def document_table(tfs: pd.DataFrame) -> pd.DataFrame:
    """One row per document of term_frequencies: the columns keyness and trajectories compare by."""
    docs = tfs.drop_duplicates("doc_id")
    docs = docs.assign(place=places(docs))
    cols = ["doc_id", "place", "report_year", "doc_type", "is_canonical", "comparable", "n_tokens"]
    return docs[[c for c in cols if c in docs]].reset_index(drop=True)


def assemble(counts: pd.DataFrame, documents: pd.DataFrame, parts: Mapping[str, set[str]]) -> pd.DataFrame:
    """The term_frequencies table from every document's counts (in doc_id order) and the
    documents table: metadata, comparability and the rate per 10,000 word tokens."""
    meta = document_meta(documents, parts)
    out = counts.merge(meta, on="doc_id", how="left")
    out["per_10k"] = out["count"] / out["n_tokens"] * PER
    for c in TF_COLUMNS:
        if c not in out:
            out[c] = ""
    return out[TF_COLUMNS]


def term_frequencies(tokens: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, term): count, per_10k and the term's flags.

    Punctuation and whitespace are not terms (they are neither counted nor in the
    denominator); numbers, single characters, stopwords and policy verbs are kept with
    their flags so the user chooses. Sorted by doc_id, then count descending, then term.
    """
    words = tokens[~tokens["is_punct"].astype(bool)]
    counts = (words.groupby(["doc_id", "token"], sort=True)
              .agg(count=("position", "size"), **{f: (f, "first") for f in FLAG_COLUMNS})
              .reset_index().rename(columns={"token": "term"}))
    n_tokens = words.groupby("doc_id").size().rename("n_tokens").reset_index()
    counts = counts.merge(n_tokens, on="doc_id")
    counts = counts.sort_values(["doc_id", "count", "term"], ascending=[True, False, True], ignore_index=True)
    return assemble(counts[COUNT_COLUMNS], documents, parts_by_doc(tokens))


def content_terms(tfs: pd.DataFrame, keep_policy_verbs: bool = True) -> pd.DataFrame:
    """Rows of substantive terms: no stopwords, numbers or single characters (policy verbs optional)."""
    mask = ~(tfs["is_stopword"].astype(bool) | tfs["is_number"].astype(bool) | tfs["is_single_char"].astype(bool))
    if not keep_policy_verbs:
        mask &= ~tfs["is_policy_verb"].astype(bool)
    return tfs[mask]
