"""The canonical indicator registry (``data/indicators.yaml``) and phrase-to-indicator matching.

``match(phrase)`` tries, in order: the exact canonical name or a synonym; then
normalised containment — the longest registered name contained in the phrase (or
containing it) that covers most of it. Two different indicators tied for the
best match leave the phrase unmapped. Unmapped phrases are never dropped: they
come back with ``mapped=False`` and the short name itself, so the caller keeps
the observation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from govreport.indicators.numbers import is_unit

# Leading words that scope a phrase without changing the indicator.
_SCOPE_PREFIXES = ("全市", "我市", "无锡市", "无锡", "全年", "其中", "全社会", "当年", "年度", "全面", "累计",
                   "五年", "市级", "本市")
_MIN_COVER = 0.6     # containment must cover this share of the longer string


_RATE_SUFFIX = re.compile(r"(?:年均)?(?:增长率|增幅|增速|下降率|降幅|降低率|增长|下降)$")
_FLOW = re.compile(r"新增|净增|新引进|新建|新开工|新备案|新签约|新登记")


def normalise_name(text: str) -> str:
    """Drop spaces, quotes, brackets' unit suffix and scope prefixes; unify 规上/规模以上."""
    t = re.sub(r"[\s“”\"'‘’《》]", "", text or "")
    m = re.search(r"[（(]([^（）()]{0,12})[）)]$", t)
    if m and _is_unit(m.group(1)):          # a unit suffix, not a sub-indicator: 耕地保有量（万亩）
        t = t[: m.start()]
    t = t.replace("规模以上", "规上").replace("地区生产总值", "GDP")
    changed = True
    while changed:
        changed = False
        for p in _SCOPE_PREFIXES:
            if t.startswith(p) and len(t) > len(p) + 1:
                t, changed = t[len(p):], True
    return t


def _is_unit(text: str) -> bool:
    return text in ("％", "") or is_unit(text) or text.startswith("1/")


@dataclass(frozen=True)
class Match:
    indicator_id: str
    name_zh: str
    name_en: str
    unit: str
    group: str
    mapped: bool


class Registry:
    def __init__(self, entries: list[dict]):
        self.entries = sorted(entries, key=lambda e: e["id"])
        ids = [e["id"] for e in self.entries]
        if len(ids) != len(set(ids)):
            dup = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"indicators.yaml: duplicate ids {dup}")
        self.by_id = {e["id"]: e for e in self.entries}
        self._names: dict[str, set[str]] = {}
        for e in self.entries:
            for name in [e["name_zh"], *(e.get("synonyms") or [])]:
                key = normalise_name(str(name))
                if key:
                    self._names.setdefault(key, set()).add(e["id"])
        self._keys_by_len = sorted(self._names, key=len, reverse=True)
        self._cache: dict[str, Match] = {}

    def _hit(self, ind_id: str) -> Match:
        e = self.by_id[ind_id]
        return Match(ind_id, e["name_zh"], e["name_en"], str(e.get("unit", "")), e.get("group", ""), True)

    def match(self, phrase: str) -> Match:
        """Indicator for a phrase; unmapped (mapped=False, id ``unmapped:<name>``) when unknown or ambiguous.

        A rate of an indicator (地区生产总值增长率, 年均增幅, 下降率) maps to the indicator itself:
        the observation's ``measure`` says it is a growth rate.
        """
        if phrase in self._cache:
            return self._cache[phrase]
        result = self._lookup(normalise_name(phrase))
        if result is None:
            bare = _RATE_SUFFIX.sub("", normalise_name(phrase))
            if bare != normalise_name(phrase) and len(bare) >= 2:
                result = self._lookup(bare)
        if result is None:
            short = re.sub(r"\s", "", phrase or "")
            result = Match(f"unmapped:{short}", short, "", "", "", False)
        self._cache[phrase] = result
        return result

    def _lookup(self, key: str) -> Match | None:
        result = None
        if key in self._names and len(self._names[key]) == 1:
            result = self._hit(next(iter(self._names[key])))
        elif key:
            best_len, best_ids = 0, set()
            for name in self._keys_by_len:
                if len(name) < best_len:
                    break
                if name in key and len(name) >= _MIN_COVER * len(key):
                    best_len, best_ids = len(name), best_ids | self._names[name]
                elif key in name and len(key) >= _MIN_COVER * len(name) and len(key) >= 3:
                    best_len, best_ids = max(best_len, len(key)), best_ids | self._names[name]
            if len(best_ids) == 1:
                result = self._hit(next(iter(best_ids)))
                if _FLOW.search(key) and not _FLOW.search(normalise_name(result.name_zh)):
                    result = None  # 新增高新技术企业 (a flow) is not 高新技术企业 (a stock)
        return result

    def table(self) -> pd.DataFrame:
        """The registry as the ``indicators`` table."""
        rows = [{"indicator_id": e["id"], "name_zh": e["name_zh"], "name_en": e["name_en"],
                 "unit": str(e.get("unit", "")), "group": e.get("group", ""),
                 "synonyms": ";".join(map(str, e.get("synonyms") or []))} for e in self.entries]
        return pd.DataFrame(rows)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    text = resources.files("govreport").joinpath("data/indicators.yaml").read_text("utf-8")
    return Registry(yaml.load(text, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader)))
