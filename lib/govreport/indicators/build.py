"""The indicator stage: corpus tables → observations (sentences and plan tables), indicators, series."""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping

import pandas as pd

from govreport.corpus.sources import CorpusTexts
from govreport.indicators.extract import extract_all
from govreport.indicators.registry import load_registry
from govreport.indicators.series import build_series

INPUTS = ["documents", "sentences", "tables", "removed", "repairs"]
OUTPUTS = ["observations", "indicators", "series"]


_registry = lru_cache(maxsize=1)(load_registry)  # loaded once per process


def document(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> pd.DataFrame:
    """The observations of the documents in ``tables`` (the per-document work of the stage:
    the pipeline runs it for one document at a time, in worker processes)."""
    return extract_all(tables["sentences"], tables["documents"], texts.raw_texts(),
                       tables=tables["tables"], to_raw=texts.to_raw, registry=_registry())


def finish(observations: pd.DataFrame, documents: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The stage's tables from every document's observations (concatenated in doc_id order)."""
    return {
        "observations": observations,
        "indicators": _registry().table(),
        "series": build_series(observations, documents),
    }


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """``observations``, ``indicators`` and ``series`` from the corpus tables and the raw files."""
    return finish(document(tables, texts), tables["documents"])
