"""Themes: rates of groups of terms (``data/themes.yaml``) per document or section.

A theme's count is the number of tokens equal to one of its terms (whole-token
match, so 创新 does not match inside 创新性); its share is that count per 10,000
word tokens (punctuation and whitespace excluded) of the document or section.
"""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

THEME_COLUMNS = ["theme_id", "name_zh", "name_en", "term"]
SCORE_COLUMNS = ["doc_id", "section_id", "theme_id", "count", "n_tokens", "share"]


class ThemeFileError(ValueError):
    """themes.yaml is malformed; the message names the problem."""


def load_themes(path: str | Path | None = None) -> pd.DataFrame:
    """The theme dictionary as a tidy table: one row per (theme, term), file order kept."""
    if path is None:
        text = resources.files("govreport").joinpath("data/themes.yaml").read_text("utf-8")
        where = "govreport/data/themes.yaml"
    else:
        text, where = Path(path).read_text("utf-8-sig"), str(path)
    data = yaml.safe_load(text) or {}
    rows = []
    for i, theme in enumerate(data.get("themes") or []):
        missing = [k for k in ("theme_id", "name_zh", "name_en", "terms") if k not in theme]
        if missing:
            raise ThemeFileError(f"{where}: theme #{i + 1} lacks {missing}")
        for term in theme["terms"] or []:
            term = str(term).strip()
            if term:
                rows.append({"theme_id": str(theme["theme_id"]), "name_zh": str(theme["name_zh"]),
                             "name_en": str(theme["name_en"]), "term": term})
    out = pd.DataFrame(rows, columns=THEME_COLUMNS)
    dup = out[out.duplicated("term", keep=False)]
    if len(dup):
        raise ThemeFileError(f"{where}: terms in more than one theme: {sorted(set(dup['term']))}")
    return out


def theme_scores(tokens: pd.DataFrame, themes: pd.DataFrame | None = None, by: str = "doc") -> pd.DataFrame:
    """Count and share (per 10k word tokens) of each theme per document (by="doc")
    or per section (by="section"; section_id "" collects text outside any section).

    Every (unit, theme) pair is present, with zero counts, so charts show absences.
    """
    if by not in ("doc", "section"):
        raise ValueError(f"by must be 'doc' or 'section', not {by!r}")
    themes = load_themes() if themes is None else themes
    words = tokens[~tokens["is_punct"].astype(bool)].copy()
    if by == "doc" or "section_id" not in words:
        words["section_id"] = ""
    keys = ["doc_id", "section_id"]
    units = words.groupby(keys).size().rename("n_tokens").reset_index()
    hits = words.merge(themes[["term", "theme_id"]], left_on="token", right_on="term")
    counts = hits.groupby([*keys, "theme_id"]).size().rename("count").reset_index()
    grid = units.merge(pd.DataFrame({"theme_id": sorted(themes["theme_id"].unique())}), how="cross")
    out = grid.merge(counts, on=[*keys, "theme_id"], how="left")
    out["count"] = out["count"].fillna(0).astype("int64")
    out["share"] = out["count"] / out["n_tokens"] * 10_000
    return out.sort_values([*keys, "theme_id"], ignore_index=True)[SCORE_COLUMNS]


def theme_term_counts(tokens: pd.DataFrame, themes: pd.DataFrame | None = None) -> pd.DataFrame:
    """Which terms drive each theme: doc_id, theme_id, term, count (nonzero only)."""
    themes = load_themes() if themes is None else themes
    hits = tokens.merge(themes[["term", "theme_id"]], left_on="token", right_on="term")
    out = hits.groupby(["doc_id", "theme_id", "term"]).size().rename("count").reset_index()
    return out.sort_values(["doc_id", "theme_id", "count", "term"], ascending=[True, True, False, True],
                           ignore_index=True)


_LOOKUP: dict[int, tuple[pd.DataFrame, list[str], dict[str, int]]] = {}


def _theme_lookup(themes: pd.DataFrame) -> tuple[list[str], dict[str, int]]:
    """Sorted theme ids and term → theme index, computed once per themes table."""
    hit = _LOOKUP.get(id(themes))
    if hit is None or hit[0] is not themes:
        ids = sorted(themes["theme_id"].unique())
        index = {t: i for i, t in enumerate(ids)}
        hit = (themes, ids, {term: index[t] for term, t in zip(themes["term"], themes["theme_id"])})
        _LOOKUP.clear()
        _LOOKUP[id(themes)] = hit
    return hit[1], hit[2]


def document_scores(doc_id: str, section_ids: list[str], terms: list[str], codes: np.ndarray,
                    is_word: np.ndarray, themes: pd.DataFrame, row: np.ndarray | None = None
                    ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``theme_scores`` rows of one document, (by doc, by section), from its segmented tokens.

    ``section_ids`` gives each token's section (or each sentence's, with ``row`` giving each
    token's sentence), ``codes`` each token's index into ``terms`` (the distinct tokens),
    ``is_word`` per distinct token whether it is a word (not punctuation). The same rows as
    ``theme_scores(tokens, themes, by=...)`` for this document (sections without a section
    id left out), counted with numpy.
    """
    theme_ids, of_term = _theme_lookup(themes)
    theme_of = np.array([of_term.get(t, -1) for t in terms], dtype=np.int64)
    word = is_word[codes]
    tok_theme = theme_of[codes][word]
    sec_codes, sec_names = pd.factorize(np.asarray(section_ids, dtype=object), sort=True)
    sec_codes = (sec_codes[row] if row is not None else sec_codes)[word]
    n_themes, n_secs = len(theme_ids), len(sec_names)
    hit = tok_theme >= 0
    doc_counts = np.bincount(tok_theme[hit], minlength=n_themes).reshape(1, -1)
    whole = _score_rows(doc_id, [""] if word.any() else [], np.array([word.sum()]), doc_counts, theme_ids)
    sec_n = np.bincount(sec_codes, minlength=n_secs)
    sec_counts = np.bincount(sec_codes[hit] * n_themes + tok_theme[hit], minlength=n_secs * n_themes)
    keep = [i for i, name in enumerate(sec_names) if name != "" and sec_n[i] > 0]  # sections with words
    sections = _score_rows(doc_id, [sec_names[i] for i in keep], sec_n[keep],
                           sec_counts.reshape(n_secs, n_themes)[keep], theme_ids)
    return whole, sections


def _score_rows(doc_id: str, units: list[str], n_tokens: np.ndarray, counts: np.ndarray,
                theme_ids: list[str]) -> pd.DataFrame:
    n_themes = len(theme_ids)
    if not units:
        return pd.DataFrame(columns=SCORE_COLUMNS)
    count = counts[:len(units)].reshape(-1).astype(np.int64)
    n = np.repeat(np.asarray(n_tokens[:len(units)], dtype=np.int64), n_themes)
    return pd.DataFrame({"doc_id": doc_id, "section_id": np.repeat(np.asarray(units, dtype=object), n_themes),
                         "theme_id": np.tile(np.asarray(theme_ids, dtype=object), len(units)),
                         "count": count, "n_tokens": n, "share": count / n * 10_000})
