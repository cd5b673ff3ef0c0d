"""The text stage: corpus tables (documents, sentences) → tokens, term frequencies, keyness,
themes, theme scores and term trajectories.

The stage has two halves so the pipeline can run the first in worker processes, a document
at a time, and stream the tokens to disk without ever holding them all:

    document(sentences of one doc, offsets)  → its tokens, term counts, parts and theme scores
    finish(every document's results)         → term_frequencies, keyness, themes, theme_scores,
                                               term_trajectories (keyness and trajectories as
                                               blocks of rows, in table order)

``build_text_tables`` and ``run`` do both in one process and return whole DataFrames.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

import pandas as pd
import pyarrow as pa

from govreport.corpus.sources import CorpusTexts
from govreport.text import frequencies as _freq
from govreport.text import keyness as _key
from govreport.text import themes as _themes
from govreport.text import tokens as _tokens
from govreport.text import trajectories as _traj

INPUTS = ["documents", "sentences", "removed", "repairs"]
TEXT_TABLES = OUTPUTS = ["tokens", "term_frequencies", "keyness", "themes", "theme_scores", "term_trajectories"]


@dataclass
class DocumentText:
    """The text stage's results for one document."""
    doc_id: str
    tokens: pa.Table
    counts: pd.DataFrame            # frequencies.COUNT_COLUMNS, sorted as in term_frequencies
    parts: set[str]
    doc_scores: pd.DataFrame        # theme_scores rows of the whole document
    section_scores: pd.DataFrame    # theme_scores rows of its sections


def document(doc_id: str, sentences: pd.DataFrame, themes: pd.DataFrame,
             offsets: _tokens.OffsetMap | None = None, to_raw: _tokens.ToRaw | None = None,
             to_raw_span: _tokens.ToRawSpan | None = None, engine: str | None = None) -> DocumentText:
    """Tokens, term counts, parts and theme scores of one document from its sentences."""
    seg = _tokens.segment(sentences, to_raw=to_raw, to_raw_span=to_raw_span,
                          offsets=None if offsets is None else {doc_id: offsets}, engine=engine)
    names = _tokens.FLAG_NAMES
    counts = _freq.document_counts(doc_id, seg.uniques, seg.codes, seg.flags, names)
    is_word = ~seg.flags[:, names.index("is_punct")]
    whole, sections = _themes.document_scores(doc_id, seg.sentence["section_id"], seg.uniques, seg.codes, is_word,
                                              themes, row=seg.row)
    parts = {seg.sentence["part"][i] for i in set(seg.row.tolist())}  # of sentences with tokens
    return DocumentText(doc_id, seg.arrow(), counts, parts, whole, sections)


@dataclass
class TextTables:
    """The stage's tables after ``finish``: small ones whole, the large ones as row blocks."""
    term_frequencies: pd.DataFrame
    themes: pd.DataFrame
    theme_scores: pd.DataFrame
    keyness: Iterable[pd.DataFrame] = field(default_factory=list)
    term_trajectories: Iterable[pd.DataFrame] = field(default_factory=list)


def finish(results: Iterable[DocumentText], documents: pd.DataFrame, themes: pd.DataFrame) -> TextTables:
    """The corpus-wide tables from every document's results (in doc_id order; tokens are not
    used here: the caller has written them already)."""
    counts, parts, doc_scores, section_scores = [], {}, [], []
    for r in results:
        counts.append(r.counts)
        parts[r.doc_id] = r.parts
        doc_scores.append(r.doc_scores)
        section_scores.append(r.section_scores)
    counts_df = (pd.concat(counts, ignore_index=True) if counts
                 else pd.DataFrame(columns=_freq.COUNT_COLUMNS))
    tfs = _freq.assemble(counts_df, documents, parts)
    scores = [s for s in doc_scores + section_scores if len(s)]
    theme_scores = (pd.concat(scores, ignore_index=True) if scores
                    else pd.DataFrame(columns=_themes.SCORE_COLUMNS))
    return TextTables(tfs, themes, theme_scores, _key.keyness_blocks(tfs), _traj.trajectory_blocks(tfs))


def _whole(blocks: Iterator[pd.DataFrame | pa.Table], columns: list[str]) -> pd.DataFrame:
    blocks = [b.to_pandas() if isinstance(b, pa.Table) else b for b in blocks]
    return pd.concat(blocks, ignore_index=True) if blocks else pd.DataFrame(columns=columns)


def build_text_tables(tables: dict[str, pd.DataFrame], to_raw: _tokens.ToRaw | None = None,
                      themes: pd.DataFrame | None = None,
                      to_raw_span: _tokens.ToRawSpan | None = None,
                      offsets: Mapping[str, _tokens.OffsetMap] | None = None) -> dict[str, pd.DataFrame]:
    """The text-as-data tables from the corpus tables (needs ``documents`` and ``sentences``),
    in one process, as whole DataFrames.

    All documents are tokenised (so each can be inspected); comparisons inside the
    tables (keyness, trajectories) use canonical government work reports only, each
    compared with reports of the same place only.
    """
    documents, sentences = tables["documents"], tables["sentences"]
    themes = _themes.load_themes() if themes is None else themes
    by_doc = dict(tuple(sentences.groupby("doc_id", sort=True))) if len(sentences) else {}
    results = [document(d, by_doc[d], themes, (offsets or {}).get(d), to_raw, to_raw_span) for d in sorted(by_doc)]
    out = finish(results, documents, themes)
    toks = [r.tokens for r in results]
    return {
        "tokens": (pa.concat_tables(toks).to_pandas() if toks
                   else pd.DataFrame({c: [] for c in _tokens.TOKEN_COLUMNS})),
        "term_frequencies": out.term_frequencies,
        "keyness": _whole(out.keyness, _key.KEYNESS_COLUMNS),
        "themes": out.themes,
        "theme_scores": out.theme_scores,
        "term_trajectories": _whole(out.term_trajectories, _traj.TRAJECTORY_COLUMNS),
    }


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """The text tables from the corpus tables; token offsets map through the replayed ledgers."""
    offsets = {d: _tokens.OffsetMap.from_ledger(texts.ledger(d)) for d in texts.doc_ids}
    return build_text_tables(dict(tables), offsets=offsets)

