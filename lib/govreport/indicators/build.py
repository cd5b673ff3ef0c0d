"""The indicator stage: corpus tables → observations (sentences and plan tables), indicators, series."""
from __future__ import annotations

from typing import Mapping

import pandas as pd

from govreport.corpus.sources import CorpusTexts
from govreport.indicators.extract import extract_all
from govreport.indicators.registry import load_registry
from govreport.indicators.series import build_series

INPUTS = ["documents", "sentences", "tables", "removed", "repairs"]
OUTPUTS = ["observations", "indicators", "series"]


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """``observations``, ``indicators`` and ``series`` from the corpus tables and the raw files."""
    registry = load_registry()
    observations = extract_all(tables["sentences"], tables["documents"], texts.raw_texts(),
                               tables=tables["tables"], to_raw=texts.to_raw, registry=registry)
    return {
        "observations": observations,
        "indicators": registry.table(),
        "series": build_series(observations, tables["documents"]),
    }
