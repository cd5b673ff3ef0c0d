"""How much of each raw file the clean corpus kept, removed (by reason) or repaired.

Counts are raw characters: every raw character is kept as is, removed, or repaired
exactly once (the corpus stage guarantees that coverage), so the three add up to the
file's length. Inputs are the corpus tables; outputs are small tables for notebooks.
"""
from __future__ import annotations

import pandas as pd

ACCOUNT_COLUMNS = ["doc_id", "report_year", "doc_type", "version", "is_canonical", "n_chars_raw",
                   "kept", "removed", "repaired", "kept_share", "removed_share", "repaired_share",
                   "n_chars_clean"]
REASON_COLUMNS = ["doc_id", "action", "reason", "n_spans", "n_chars", "share_of_raw"]


def _span_chars(df: pd.DataFrame) -> pd.Series:
    return (df["char_end"].astype("int64") - df["char_start"].astype("int64")).clip(lower=0)


def documents_overview(documents: pd.DataFrame) -> pd.DataFrame:
    """One line per document: year, type, version, canonical or not, sizes, metadata notes."""
    cols = ["place", "level", "report_year", "doc_id", "doc_type", "version", "is_canonical", "report_id", "title",
            "n_chars_raw", "n_chars_clean", "metadata_note"]
    cols = [c for c in cols if c in documents.columns]
    sort = [c for c in ("place", "report_year", "doc_id") if c in cols]
    return documents[cols].sort_values(sort, kind="stable", ignore_index=True)


_TYPE_NAMES = {"gov_work_report": ("government work report", "government work reports"),
               "five_year_plan": ("five-year plan", "five-year plans"),
               "other": ("other document", "other documents")}


def describe(documents: pd.DataFrame) -> list[str]:
    """Plain sentences saying what the corpus holds, from the documents table: per place and
    type, how many canonical documents and which years; then the other versions kept aside.

    e.g. ['7 government work reports of 中国 (2015–2019 and 2021–2022).', ...]. Text comes from
    the catalog or the documents themselves: show it escaped (``show_text``)."""
    from govreport.views.coverage import years_text

    docs = documents.assign(place=documents["place"].fillna("").astype(str) if "place" in documents else "")
    canonical = docs[docs["is_canonical"].astype(bool)]
    lines = []
    size = canonical.groupby("place")["doc_id"].nunique()
    kind = {"gov_work_report": 0, "five_year_plan": 1}
    groups = sorted(canonical.groupby(["place", "doc_type"]),
                    key=lambda kv: (-size[kv[0][0]], kv[0][0], kind.get(kv[0][1], 2), kv[0][1]))
    for (place, doc_type), g in groups:  # the largest place first, reports before plans
        one, many = _TYPE_NAMES.get(doc_type, (doc_type, doc_type))
        name = one if len(g) == 1 else many
        where = f" of {place}" if place else " (place not stated)"
        lines.append(f"{len(g)} {name}{where} ({years_text(g['report_year'].astype(int))}).")
    others = docs[~docs["is_canonical"].astype(bool)]
    if len(others):
        ids = ", ".join(sorted(others["doc_id"]))
        lines.append(f"{len(others)} other version{'s' if len(others) != 1 else ''} of a report kept aside "
                     f"(compared with the canonical text, not analysed twice): {ids}.")
    if not lines:
        lines.append("The corpus holds no documents yet: build the tables with `govreport build`.")
    return lines


def by_reason(removed: pd.DataFrame, repairs: pd.DataFrame, documents: pd.DataFrame | None = None
              ) -> pd.DataFrame:
    """Removed and repaired raw characters per document and reason.

    ``share_of_raw`` needs ``documents`` (for ``n_chars_raw``); without it the column is NaN.
    """
    parts = []
    for action, table in (("removed", removed), ("repaired", repairs)):
        if table is None or table.empty:
            continue
        t = table.assign(_n=_span_chars(table))
        g = t.groupby(["doc_id", "reason"], as_index=False).agg(n_spans=("_n", "size"), n_chars=("_n", "sum"))
        parts.append(g.assign(action=action))
    if not parts:
        return pd.DataFrame(columns=REASON_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    if documents is not None:
        raw = dict(zip(documents["doc_id"], documents["n_chars_raw"].astype("int64")))
        out["share_of_raw"] = [n / raw[d] if raw.get(d) else float("nan") for d, n in zip(out["doc_id"], out["n_chars"])]
    else:
        out["share_of_raw"] = float("nan")
    out["n_spans"] = out["n_spans"].astype("int64")
    out["n_chars"] = out["n_chars"].astype("int64")
    return out[REASON_COLUMNS].sort_values(["doc_id", "action", "n_chars", "reason"],
                                           ascending=[True, True, False, True], ignore_index=True)


def accounting(documents: pd.DataFrame, removed: pd.DataFrame, repairs: pd.DataFrame) -> pd.DataFrame:
    """Per document: raw characters kept unchanged, removed and repaired, and their shares."""
    reasons = by_reason(removed, repairs)
    totals = (reasons.pivot_table(index="doc_id", columns="action", values="n_chars", aggfunc="sum", fill_value=0)
              if len(reasons) else pd.DataFrame())
    rows = []
    for d in documents.itertuples(index=False):
        raw = int(d.n_chars_raw)
        rem = int(totals.at[d.doc_id, "removed"]) if "removed" in totals and d.doc_id in totals.index else 0
        rep = int(totals.at[d.doc_id, "repaired"]) if "repaired" in totals and d.doc_id in totals.index else 0
        kept = max(raw - rem - rep, 0)
        share = (lambda n: n / raw) if raw else (lambda n: float("nan"))
        rows.append({"doc_id": d.doc_id, "report_year": int(d.report_year), "doc_type": d.doc_type,
                     "version": getattr(d, "version", ""), "is_canonical": bool(d.is_canonical),
                     "n_chars_raw": raw, "kept": kept, "removed": rem, "repaired": rep,
                     "kept_share": share(kept), "removed_share": share(rem), "repaired_share": share(rep),
                     "n_chars_clean": int(getattr(d, "n_chars_clean", -1))})
    out = pd.DataFrame(rows, columns=ACCOUNT_COLUMNS)
    return out.sort_values(["report_year", "doc_id"], kind="stable", ignore_index=True)


def examples(table: pd.DataFrame, reason: str | None = None, n: int = 3, width: int = 60,
             text_column: str = "text") -> pd.DataFrame:
    """The first ``n`` rows per document (and reason), text shortened to ``width`` characters.

    Works for ``removed`` (text) and ``repairs`` (use ``text_column="before"``).
    Text stays plain: show it with ``notebook_setup.show_table``, which escapes it.
    """
    t = table if reason is None else table[table["reason"] == reason]
    t = t.sort_values(["doc_id", "char_start"], kind="stable").groupby(["doc_id", "reason"]).head(n)
    t = t.copy()
    t[text_column] = t[text_column].astype(str).map(lambda s: s if len(s) <= width else s[:width] + "…")
    return t.reset_index(drop=True)


def variant_summary(variants: pd.DataFrame) -> pd.DataFrame:
    """Differing readings per report, version pair and kind."""
    if variants.empty:
        return pd.DataFrame(columns=["report_id", "canonical_doc_id", "other_doc_id", "kind", "n"])
    return (variants.groupby(["report_id", "canonical_doc_id", "other_doc_id", "kind"], as_index=False)
            .size().rename(columns={"size": "n"})
            .sort_values(["report_id", "other_doc_id", "n", "kind"], ascending=[True, True, False, True],
                         ignore_index=True))


def variant_readings(variants: pd.DataFrame, kinds: tuple[str, ...] = ("substitution",)) -> pd.DataFrame:
    """The differing readings of the given kinds side by side, with context, in text order."""
    cols = ["report_id", "kind", "canonical_text", "other_text", "canonical_context", "similarity",
            "canonical_sentence_id", "other_sentence_id"]
    v = variants[variants["kind"].isin(kinds)] if kinds else variants
    return v[cols].sort_values(["report_id", "canonical_sentence_id", "other_sentence_id"],
                               kind="stable", ignore_index=True)


def shares_long(accounts: pd.DataFrame) -> pd.DataFrame:
    """``accounting`` reshaped for a stacked bar: document, part (kept/removed/repaired), share in %."""
    rows = []
    for a in accounts.itertuples(index=False):
        label = f"{a.report_year} · {a.doc_id}"
        for part in ("kept", "removed", "repaired"):
            rows.append({"document": label, "doc_id": a.doc_id, "part": part,
                         "share": 100 * float(getattr(a, f"{part}_share")), "n_chars": int(getattr(a, part))})
    return pd.DataFrame(rows, columns=["document", "doc_id", "part", "share", "n_chars"])
