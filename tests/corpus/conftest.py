"""Fixtures of the corpus-stage tests: the Wuxi corpus built once."""
from __future__ import annotations

import pytest

from corpus.corpus_helpers import RAW


@pytest.fixture(scope="session")
def wuxi():
    """The corpus stage run on data/raw (catalogued Wuxi documents)."""
    from govreport.corpus.build import build_corpus

    return build_corpus(RAW)
