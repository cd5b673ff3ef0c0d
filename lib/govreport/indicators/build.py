"""The indicator stage: corpus tables → observations (sentences and plan tables), indicators, series."""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import pandas as pd

from govreport.corpus.sources import CorpusTexts
from govreport.indicators.extract import SET_ASIDE_COLUMNS, extract_all
from govreport.indicators.registry import load_registry
from govreport.indicators.series import build_series

INPUTS = ["documents", "sentences", "tables", "removed", "repairs"]
OUTPUTS = ["observations", "numbers_set_aside", "indicators", "series"]
_ASIDE = "_set_aside"   # the column that marks a set-aside number among a document's rows


_registry = lru_cache(maxsize=1)(load_registry)  # loaded once per process


def document(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> pd.DataFrame:
    """The observations of the documents in ``tables`` (the per-document work of the stage:
    the pipeline runs it for one document at a time, in worker processes). The numbers that are
    not facts of the place come along as rows marked in the column ``_set_aside`` (one frame
    travels back from a worker); ``finish`` parts them."""
    aside: list[dict] = []
    obs = extract_all(tables["sentences"], tables["documents"], texts.raw_texts(),
                      tables=tables["tables"], to_raw=texts.to_raw, registry=_registry(), set_aside=aside)
    if not aside:
        return obs
    marked = pd.DataFrame(aside, columns=SET_ASIDE_COLUMNS).assign(**{_ASIDE: True})
    return pd.concat([obs, marked], ignore_index=True)


def _part(observations: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(observations, numbers set aside) from the rows ``document`` gave."""
    if _ASIDE not in observations.columns:
        return observations, pd.DataFrame(columns=SET_ASIDE_COLUMNS)
    flag = observations[_ASIDE].fillna(False).astype(bool)
    obs = observations[~flag].drop(columns=[_ASIDE, "reason", "cue"], errors="ignore").reset_index(drop=True)
    aside = observations[flag][SET_ASIDE_COLUMNS].reset_index(drop=True)
    return obs, aside


def finish(observations: pd.DataFrame, documents: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The stage's tables from every document's observations (concatenated in doc_id order)."""
    observations, aside = _part(observations)
    aside = aside.sort_values(["doc_id", "char_start"], kind="stable").reset_index(drop=True)
    aside.insert(0, "aside_id", [f"{d}-x{i:05d}" for d, i in zip(aside["doc_id"], aside.groupby("doc_id").cumcount() + 1)])
    return {
        "observations": observations,
        "numbers_set_aside": aside,
        "indicators": _registry().table(),
        "series": build_series(observations, documents),
    }


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """``observations``, ``indicators`` and ``series`` from the corpus tables and the raw files."""
    return finish(document(tables, texts), tables["documents"])
