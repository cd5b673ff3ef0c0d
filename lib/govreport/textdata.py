"""Text as data, for notebooks: one call per question, DataFrames out.

    from govreport.textdata import kwic, theme_shares, keyness, new_terms
    kwic("新质生产力")
    theme_shares(themes=["digital", "green"])

The loaders read the processed tables (``data/processed`` of the repository by
default, or ``processed_dir``, or the folder named by $GOVREPORT_PROCESSED_DIR).
``build_text_tables`` makes those tables from the corpus tables; the pipeline
writes them with ``govreport.tables.write_tables``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from govreport import frequencies as _freq
from govreport import keyness as _key
from govreport import kwic as _kwic
from govreport import themes as _themes
from govreport import tokens as _tokens
from govreport import trajectories as _traj
from govreport.tables import read_table

TEXT_TABLES = ["tokens", "term_frequencies", "keyness", "themes", "theme_scores", "term_trajectories"]


# ---- building -------------------------------------------------------------------------------

def build_text_tables(tables: dict[str, pd.DataFrame], to_raw: _tokens.ToRaw | None = None,
                      themes: pd.DataFrame | None = None,
                      to_raw_span: _tokens.ToRawSpan | None = None) -> dict[str, pd.DataFrame]:
    """The text-as-data tables from the corpus tables (needs ``documents`` and ``sentences``).

    All documents are tokenised (so each can be inspected); comparisons inside the
    tables (keyness, trajectories) use canonical government work reports only.
    """
    documents, sentences = tables["documents"], tables["sentences"]
    themes = _themes.load_themes() if themes is None else themes
    toks = _tokens.tokenize_sentences(sentences, to_raw=to_raw, to_raw_span=to_raw_span)
    tfs = _freq.term_frequencies(toks, documents)
    doc_scores = _themes.theme_scores(toks, themes, by="doc")
    section_scores = _themes.theme_scores(toks, themes, by="section")
    return {
        "tokens": toks,
        "term_frequencies": tfs,
        "keyness": _key.keyness_all(tfs),
        "themes": themes,
        "theme_scores": pd.concat([doc_scores, section_scores[section_scores["section_id"] != ""]],
                                  ignore_index=True),
        "term_trajectories": _traj.term_trajectories(tfs, documents),
    }


def build_text_tables_from_corpus(corpus) -> dict[str, pd.DataFrame]:
    """``build_text_tables`` for a ``govreport.corpus.Corpus`` (uses its clean-to-raw maps)."""
    span_of = {doc_id: doc.raw_span for doc_id, doc in corpus.docs.items()}  # one lookup per doc

    def to_raw(doc_id: str, offset: int) -> int:
        return corpus.docs[doc_id].to_raw(offset)

    def to_raw_span(doc_id: str, start: int, end: int) -> tuple[int, int]:
        return span_of[doc_id](start, end)

    return build_text_tables(corpus.tables, to_raw=to_raw, to_raw_span=to_raw_span)


# ---- loading --------------------------------------------------------------------------------

@lru_cache(maxsize=32)
def _cached(name: str, folder: str, mtime: float) -> pd.DataFrame:
    return read_table(name, folder)


def load(name: str, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """A processed table (cached until the file changes; a copy is returned)."""
    from govreport.paths import processed_dir as project_processed_dir

    # None: $GOVREPORT_PROCESSED_DIR, else the project's data/processed
    folder = Path(processed_dir) if processed_dir is not None else project_processed_dir()
    path = folder / f"{name}.parquet"
    mtime = path.stat().st_mtime if path.exists() else 0.0
    return _cached(name, str(folder), mtime).copy()


def _docs_filter(df: pd.DataFrame, docs: Iterable[str] | str | None) -> pd.DataFrame:
    if docs is None:
        return df
    docs = [docs] if isinstance(docs, str) else list(docs)
    return df[df["doc_id"].isin(docs)]


# ---- questions ------------------------------------------------------------------------------

def kwic(term: str, window: int = 20, docs: Iterable[str] | str | None = None,
         canonical_only: bool = True, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Every occurrence of ``term`` with ``window`` characters of context each side."""
    sentences = _docs_filter(load("sentences", processed_dir), docs)
    tokens = load("tokens", processed_dir)
    return _kwic.kwic(term, sentences, window=window, documents=load("documents", processed_dir),
                      tokens=tokens, canonical_only=canonical_only)


def theme_shares(themes: Iterable[str] | str | None = None, docs: Iterable[str] | str | None = None,
                 by: str = "doc", comparable_only: bool = False,
                 processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Theme counts and shares (per 10k word tokens) with theme names and report years.

    ``themes``: theme ids (see ``load("themes")``); ``by``: "doc" or "section".
    Rows keep ``comparable`` and ``comparability_note`` so a chart can mark partial
    reports and the plan; ``comparable_only`` drops them instead.
    """
    scores = load("theme_scores", processed_dir)
    scores = scores[(scores["section_id"] == "") if by == "doc" else (scores["section_id"] != "")]
    if themes is not None:
        scores = scores[scores["theme_id"].isin([themes] if isinstance(themes, str) else list(themes))]
    scores = _docs_filter(scores, docs)
    names = load("themes", processed_dir).drop_duplicates("theme_id")[["theme_id", "name_zh", "name_en"]]
    docs_meta = load("term_frequencies", processed_dir).drop_duplicates("doc_id")[
        ["doc_id", "report_year", "doc_type", "is_canonical", "comparable", "comparability_note"]]
    out = scores.merge(names, on="theme_id", how="left").merge(docs_meta, on="doc_id", how="left")
    if comparable_only:
        out = out[out["comparable"].astype(bool)]
    return out.sort_values(["report_year", "doc_id", "section_id", "theme_id"], ignore_index=True)


def term_frequencies(docs: Iterable[str] | str | None = None, content_only: bool = True,
                     processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Counts and per-10k rates of terms per document (content terms only by default)."""
    tfs = _docs_filter(load("term_frequencies", processed_dir), docs)
    return (_freq.content_terms(tfs) if content_only else tfs).reset_index(drop=True)


def keyness(doc: str, reference: Iterable[str] | None = None, top: int | None = 30,
            processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Key terms of one report against the others (default: the other canonical reports).

    ``top`` keeps the ``top`` most over-used and ``top`` most under-used terms; None keeps all.
    """
    if reference is None:
        table = load("keyness", processed_dir)
        table = table[table["doc_id"] == doc]
        if table.empty:  # not precomputed (e.g. a partial report): compute against its genre
            table = _key.keyness(load("term_frequencies", processed_dir), doc)
    else:
        table = _key.keyness(load("term_frequencies", processed_dir), doc, list(reference))
    table = table.sort_values(["g2", "term"], ascending=[False, True], ignore_index=True)
    if top is not None and len(table) > 2 * top:
        table = pd.concat([table.head(top), table.tail(top)], ignore_index=True)
    return table


def trajectories(terms: Iterable[str] | str | None = None,
                 processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Rate of each term in each canonical report, with first/last year and new/faded flags."""
    t = load("term_trajectories", processed_dir)
    if terms is not None:
        t = t[t["term"].isin([terms] if isinstance(terms, str) else list(terms))]
    return t.reset_index(drop=True)


def new_terms(doc: str, min_count: int = 2, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Terms no earlier report used, first appearing in ``doc``."""
    return _traj.new_terms(load("term_trajectories", processed_dir), doc, min_count)


def faded_terms(doc: str, min_count: int = 2, processed_dir: str | Path | None = None) -> pd.DataFrame:
    """Terms the previous report used and ``doc`` does not."""
    return _traj.faded_terms(load("term_trajectories", processed_dir), doc, min_count)
