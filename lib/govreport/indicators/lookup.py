"""Resolve the indicator names or ids a user types into registry ids.

Users write ``gdp``, ``地区生产总值``, ``GDP`` or ``高新技术企业数``; notebooks need the
registry id to select observations. Resolution order, first hit wins:
the id itself, the Chinese or English name, a synonym (all compared after
``registry.normalise_name``, case-insensitively), then the registry's fuzzy phrase
matcher. Unknown names are reported, never silently dropped.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import pandas as pd

from govreport.indicators.registry import load_registry, normalise_name


class UnknownIndicatorError(KeyError):
    """None of the names given could be resolved."""

    def __str__(self) -> str:  # KeyError quotes its message; a user wants plain text
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Resolved:
    query: str
    indicator_id: str
    name_zh: str
    name_en: str
    unit: str
    how: str        # id | name_zh | name_en | synonym | fuzzy


def registry_table() -> pd.DataFrame:
    """The registry as a table (indicator_id, name_zh, name_en, unit, group, synonyms)."""
    return load_registry().table()


def _key(text: str) -> str:
    return normalise_name(str(text)).casefold()


def _index(indicators: pd.DataFrame) -> dict[str, dict[str, tuple[str, str]]]:
    """{kind: {normalised name: (indicator_id, kind)}} for exact look-ups."""
    index: dict[str, dict[str, tuple[str, str]]] = {"id": {}, "name_zh": {}, "name_en": {}, "synonym": {}}
    for row in indicators.sort_values("indicator_id").itertuples(index=False):
        ind = str(row.indicator_id)
        index["id"].setdefault(ind.casefold(), (ind, "id"))
        index["name_zh"].setdefault(_key(row.name_zh), (ind, "name_zh"))
        if str(row.name_en or ""):
            index["name_en"].setdefault(str(row.name_en).strip().casefold(), (ind, "name_en"))
        for syn in str(getattr(row, "synonyms", "") or "").split(";"):
            if syn.strip():
                index["synonym"].setdefault(_key(syn), (ind, "synonym"))
    return index


def resolve_one(query: str, indicators: pd.DataFrame | None = None) -> Resolved | None:
    """The indicator a user-given id or name stands for, or None when nothing matches."""
    table = registry_table() if indicators is None else indicators
    q = str(query or "").strip()
    if not q:
        return None
    index = _index(table)
    hit = (index["id"].get(q.casefold()) or index["name_zh"].get(_key(q))
           or index["name_en"].get(q.casefold()) or index["synonym"].get(_key(q)))
    if hit is None:
        match = load_registry().match(q)
        if match.mapped and match.indicator_id in set(table["indicator_id"]):
            hit = (match.indicator_id, "fuzzy")
    if hit is None:
        return None
    row = table[table["indicator_id"] == hit[0]].iloc[0]
    return Resolved(q, hit[0], str(row["name_zh"]), str(row["name_en"]), str(row.get("unit", "")), hit[1])


def resolve_indicators(queries: Iterable[str] | str, indicators: pd.DataFrame | None = None,
                       strict: bool = False) -> pd.DataFrame:
    """One row per query: query, indicator_id, name_zh, name_en, unit, how, found.

    Order follows the queries; duplicates (two names for one indicator) are kept once.
    With ``strict`` an unknown name raises ``UnknownIndicatorError``; otherwise it comes
    back with ``found=False`` so a notebook can say which names were not understood.
    """
    if isinstance(queries, str):
        queries = [queries]
    rows, seen = [], set()
    for q in queries:
        r = resolve_one(q, indicators)
        if r is None:
            if strict:
                raise UnknownIndicatorError(f"unknown indicator {q!r} (see the indicators table for names)")
            rows.append({"query": str(q), "indicator_id": "", "name_zh": "", "name_en": "", "unit": "",
                         "how": "", "found": False})
            continue
        if r.indicator_id in seen:
            continue
        seen.add(r.indicator_id)
        rows.append({**r.__dict__, "found": True})
    columns = ["query", "indicator_id", "name_zh", "name_en", "unit", "how", "found"]
    return pd.DataFrame(rows, columns=columns)


def indicator_ids(queries: Iterable[str] | str, indicators: pd.DataFrame | None = None) -> list[str]:
    """Registry ids of the queries that resolve, in query order."""
    found = resolve_indicators(queries, indicators)
    return found.loc[found["found"], "indicator_id"].tolist()
