"""The indicator stage: corpus → observations (sentences and plan tables), registry, series."""
from __future__ import annotations

import pandas as pd

from govreport.indicators.extract import extract_all
from govreport.indicators.registry import load_registry
from govreport.indicators.series import build_series


def build_indicator_tables(corpus) -> dict[str, pd.DataFrame]:
    """``observations``, ``indicators`` and ``series`` for a ``govreport.corpus.build.Corpus``."""
    registry = load_registry()
    raw_texts = {doc_id: doc.raw_text for doc_id, doc in corpus.docs.items()}
    observations = extract_all(corpus.tables["sentences"], corpus.tables["documents"], raw_texts,
                               tables=corpus.tables["tables"], to_raw=corpus.to_raw, registry=registry)
    return {
        "observations": observations,
        "indicators": registry.table(),
        "series": build_series(observations, corpus.tables["documents"]),
    }
