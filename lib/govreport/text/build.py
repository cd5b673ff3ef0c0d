"""The text stage: corpus tables (documents, sentences) → tokens, term frequencies, keyness,
themes, theme scores and term trajectories.

The stage has three parts so the pipeline can run the second in worker processes, a document
at a time, and stream tokens and term frequencies to disk without ever holding them all:

    document_meta(documents, sentences)      → each document's columns of term_frequencies
                                               (comparability needs every document's parts)
    document(sentences of one doc, its meta) → its tokens, term frequencies and theme scores
    finish(every document's results)         → keyness, themes, theme_scores, term_trajectories
                                               (keyness and trajectories as blocks of rows, in
                                               table order)

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
    tokens: pa.Table | None
    term_frequencies: pa.Table | pd.DataFrame | None   # its rows of the table (written, then let go)
    content: pd.DataFrame                   # doc_id, term, count, per_10k of its content terms
    n_tokens: int                           # word tokens (0: the document has no terms)
    doc_scores: pd.DataFrame                # theme_scores rows of the whole document
    section_scores: pd.DataFrame            # theme_scores rows of its sections


def document_meta(documents: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """The document columns of term_frequencies, comparability included, before any document is
    tokenised: a document's parts are those of its sentences with text (each gives a token)."""
    with_text = sentences[sentences["text"].fillna("").astype(str) != ""] if len(sentences) else sentences
    return _freq.document_meta(documents, _freq.parts_by_doc(with_text))


def document(doc_id: str, sentences: pd.DataFrame, themes: pd.DataFrame, meta: Mapping | None = None,
             offsets: _tokens.OffsetMap | None = None, to_raw: _tokens.ToRaw | None = None,
             to_raw_span: _tokens.ToRawSpan | None = None, engine: str | None = None,
             frame: bool = False) -> DocumentText:
    """Tokens, term frequencies and theme scores of one document from its sentences and its
    row of ``document_meta``. Its term_frequencies rows come as the writer stores them (Arrow
    in the table's shape), or with ``frame`` as a DataFrame (as ``frequencies.term_frequencies``
    gives them)."""
    seg = _tokens.segment(sentences, to_raw=to_raw, to_raw_span=to_raw_span,
                          offsets=None if offsets is None else {doc_id: offsets}, engine=engine)
    names = _tokens.FLAG_NAMES
    counts = _freq.count_terms(doc_id, seg.unique_array, seg.codes, seg.flags, names)
    tfs = _freq.with_meta(counts.frame(), meta) if frame else _freq.document_rows(counts, meta)
    is_word = ~seg.flags[:, names.index("is_punct")]
    whole, sections = _themes.document_scores(doc_id, seg.sentence["section_id"], seg.uniques, seg.codes, is_word,
                                              themes, row=seg.row)
    n_tokens = counts.n_tokens if len(counts.count) else 0
    return DocumentText(doc_id, seg.arrow(), tfs, counts.content(), n_tokens, whole, sections)


@dataclass
class TextTables:
    """The stage's corpus-wide tables after ``finish``: small ones whole, the large ones as
    row blocks (term_frequencies and tokens are written a document at a time, before)."""
    themes: pd.DataFrame
    theme_scores: pd.DataFrame
    keyness: Iterable[pd.DataFrame] = field(default_factory=list)
    term_trajectories: Iterable[pa.Table] = field(default_factory=list)


def finish(results: Iterable[DocumentText], meta: pd.DataFrame, themes: pd.DataFrame,
           frame: bool = False) -> TextTables:
    """The corpus-wide tables from every document's results (in doc_id order) and
    ``document_meta``; keyness blocks as the writer stores them, or with ``frame`` as DataFrames."""
    content, n_tokens, doc_scores, section_scores = [], {}, [], []
    for r in results:
        if r.n_tokens:
            content.append(r.content)
            n_tokens[r.doc_id] = r.n_tokens
        doc_scores.append(r.doc_scores)
        section_scores.append(r.section_scores)
    content_df = (pd.concat(content, ignore_index=True) if content
                  else pd.DataFrame(columns=["doc_id", "term", "count", "per_10k"]))
    docs = meta[meta["doc_id"].isin(n_tokens)].assign(n_tokens=lambda d: d["doc_id"].map(n_tokens))
    if "place" not in docs:
        docs = docs.assign(place="")
    scores = [s for s in doc_scores + section_scores if len(s)]
    theme_scores = (pd.concat(scores, ignore_index=True) if scores
                    else pd.DataFrame(columns=_themes.SCORE_COLUMNS))
    return TextTables(themes, theme_scores, _key.keyness_of(content_df, docs, arrow=not frame),
                      _traj.trajectories_of(content_df, docs))


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
    meta = document_meta(documents, sentences)
    meta_of = {r["doc_id"]: r for r in meta.to_dict("records")}
    by_doc = dict(tuple(sentences.groupby("doc_id", sort=True))) if len(sentences) else {}
    results = [document(d, by_doc[d], themes, meta_of.get(d), (offsets or {}).get(d), to_raw, to_raw_span, frame=True)
               for d in sorted(by_doc)]
    out = finish(results, meta, themes, frame=True)
    toks = [r.tokens for r in results]
    tfs = [r.term_frequencies for r in results if len(r.term_frequencies)]
    return {
        "tokens": (pa.concat_tables(toks).to_pandas() if toks
                   else pd.DataFrame({c: [] for c in _tokens.TOKEN_COLUMNS})),
        "term_frequencies": (pd.concat(tfs, ignore_index=True) if tfs
                             else pd.DataFrame(columns=_freq.TF_COLUMNS)),
        "keyness": _whole(out.keyness, _key.KEYNESS_COLUMNS),
        "themes": out.themes,
        "theme_scores": out.theme_scores,
        "term_trajectories": _whole(out.term_trajectories, _traj.TRAJECTORY_COLUMNS),
    }


def run(tables: Mapping[str, pd.DataFrame], texts: CorpusTexts) -> dict[str, pd.DataFrame]:
    """The text tables from the corpus tables; token offsets map through the replayed ledgers."""
    offsets = {d: _tokens.OffsetMap.from_ledger(texts.ledger(d)) for d in texts.doc_ids}
    return build_text_tables(dict(tables), offsets=offsets)

