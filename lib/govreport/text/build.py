"""The text stage: corpus tables (documents, sentences) → tokens, term frequencies, keyness,
themes, theme scores and term trajectories."""
from __future__ import annotations

from typing import Mapping

import pandas as pd

from govreport.corpus.sources import CorpusTexts

from govreport.text import frequencies as _freq
from govreport.text import keyness as _key
from govreport.text import themes as _themes
from govreport.text import tokens as _tokens
from govreport.text import trajectories as _traj

INPUTS = ["documents", "sentences", "removed", "repairs"]
TEXT_TABLES = OUTPUTS = ["tokens", "term_frequencies", "keyness", "themes", "theme_scores", "term_trajectories"]


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


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """The text tables from the corpus tables; token offsets map through the replayed ledgers."""
    return build_text_tables(tables, to_raw=texts.to_raw, to_raw_span=texts.raw_span)
