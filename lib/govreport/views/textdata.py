"""Text as data, for notebooks: one call per question, DataFrames out.

    from govreport.views.textdata import kwic, theme_shares, keyness, new_terms
    kwic("新质生产力")
    theme_shares(themes=["digital", "green"])

The loaders read the processed tables (``data/processed`` of the repository by
default, or ``processed_dir``, or the folder named by $GOVREPORT_PROCESSED_DIR).
The tables themselves are made by ``govreport.text.build``.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from govreport.text import frequencies as _freq
from govreport.text import keyness as _key
from govreport.text import kwic as _kwic
from govreport.text import trajectories as _traj
from govreport.store import read_table



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
