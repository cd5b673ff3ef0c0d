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


_registry = lru_cache(maxsize=1)(load_registry)  # loaded once per process


def document(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(observations, numbers set aside) of the documents in ``tables``: the per-document work
    of the stage, which the pipeline runs for one document at a time, in worker processes. The
    two frames travel apart (one frame of both kinds of row would cost a concatenation of
    unlike columns per document); ``finish`` puts every document's together."""
    aside: list[dict] = []
    obs = extract_all(tables["sentences"], tables["documents"], texts.raw_texts(),
                      tables=tables["tables"], to_raw=texts.to_raw, registry=_registry(), set_aside=aside)
    return obs, pd.DataFrame(aside, columns=SET_ASIDE_COLUMNS) if aside else no_set_aside()


def no_set_aside() -> pd.DataFrame:
    """The numbers set aside of a document that has none."""
    return pd.DataFrame(columns=SET_ASIDE_COLUMNS)


def finish(observations: pd.DataFrame, set_aside: pd.DataFrame, documents: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The stage's tables from every document's observations and numbers set aside (each
    concatenated in doc_id order)."""
    aside = set_aside.sort_values(["doc_id", "char_start"], kind="stable").reset_index(drop=True)
    aside.insert(0, "aside_id", [f"{d}-x{i:05d}" for d, i in zip(aside["doc_id"], aside.groupby("doc_id").cumcount() + 1)])
    return {
        "observations": observations,
        "numbers_set_aside": aside,
        "indicators": _registry().table(),
        "series": build_series(observations, documents),
    }


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """``observations``, ``indicators`` and ``series`` from the corpus tables and the raw files."""
    return finish(*document(tables, texts), tables["documents"])
