"""The canonical indicator registry (``data/indicators.yaml``) and name-to-indicator matching.

``match(phrase, measure)`` normalises the phrase (spaces, quotes, a unit in brackets, scope
words such as 全国/我市/全年, place names, spellings from ``data/indicator_matching.yaml``),
then tries, in order, and records which rule matched and a score (0-100) as evidence:

- ``name`` / ``synonym``: the canonical name or a synonym, exactly (score 100);
- ``growth_synonym``: a name that means the indicator only for growth rates (经济增长 -> gdp);
- ``rate_suffix``: the same after dropping a rate word (地区生产总值增速 -> gdp);
- ``flow_of_stock``: a flow word (新增, 净增, 引进 ...) in front of a stock's name (净增高新技术企业):
  the stock, and the caller records the number as a change of it;
- ``contains``: the longest registered name inside the phrase covering at least ``min_cover``
  of it (score = the share covered);
- ``fuzzy``: the best rapidfuzz ratio at or above ``fuzzy_threshold``.

``contains`` and ``fuzzy`` are refused when the two names disagree on a discriminator
(城镇 vs 农村, a share vs a level, 增加值 vs 产值 ...), and two indicators tied for the best
match leave the phrase unmapped: a number is left unmapped rather than mapped wrongly.
Unmapped phrases are never dropped: they come back with ``mapped=False`` and the name itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from govreport.indicators.numbers import is_unit
from govreport.indicators.subject import pos_tokens
from govreport.indicators.regex import compiled as _rx

_QUOTES = re.compile(r"[\s“”\"'‘’《》「」]")


@lru_cache(maxsize=1)
def matching_rules() -> dict:
    """``data/indicator_matching.yaml`` with its lists sorted for matching."""
    text = resources.files("govreport").joinpath("data/indicator_matching.yaml").read_text("utf-8")
    cfg = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}
    cfg["scope_words"] = sorted(map(str, cfg.get("scope_words") or []), key=len, reverse=True)
    cfg["place_suffixes"] = tuple(map(str, cfg.get("place_suffixes") or []))
    cfg["rewrites"] = sorted(((str(k), str(v)) for k, v in (cfg.get("rewrites") or {}).items()),
                             key=lambda kv: len(kv[0]), reverse=True)
    cfg["rate_suffixes"] = sorted(map(str, cfg.get("rate_suffixes") or []), key=len, reverse=True)
    cfg["stock_words"] = sorted(map(str, cfg.get("stock_words") or []), key=len, reverse=True)
    cfg["flow_words"] = sorted(map(str, cfg.get("flow_words") or []), key=len, reverse=True)
    cfg["discriminators"] = [tuple(map(str, g)) for g in cfg.get("discriminators") or []]
    cfg["discriminator_masks"] = {str(k): [str(x) for x in (v or [])] for k, v in (cfg.get("discriminator_masks") or {}).items()}
    cfg["level_names"] = {str(level): sorted(((str(a), str(b)) for a, b in (names or {}).items()), key=lambda ab: -len(ab[0]))
                          for level, names in (cfg.get("level_names") or {}).items()}
    cfg["fuzzy_threshold"] = float(cfg.get("fuzzy_threshold", 85))
    cfg["min_cover"] = float(cfg.get("min_cover", 0.6))
    cfg["_rate_re"] = re.compile("(?:" + "|".join(map(re.escape, cfg["rate_suffixes"])) + ")$") \
        if cfg["rate_suffixes"] else re.compile(r"(?!x)x")
    tails = sorted(set(map(str, cfg.get("head_tails") or [])) | set(cfg["rate_suffixes"]) | set(cfg["stock_words"]),
                   key=len, reverse=True)
    cfg["_tail_re"] = re.compile("(?:" + "|".join(map(re.escape, tails)) + ")?")
    cfg["_stock_re"] = re.compile("|".join(map(re.escape, cfg["stock_words"]))) \
        if cfg["stock_words"] else re.compile(r"(?!x)x")
    cfg["_flow_re"] = re.compile("|".join(map(re.escape, cfg["flow_words"]))) \
        if cfg["flow_words"] else re.compile(r"(?!x)x")
    return cfg


@lru_cache(maxsize=65536)
def leading_place(text: str) -> int:
    """Length of a place name opening ``text`` (江苏省, 无锡市, 呼伦贝尔市海拉尔区), 0 if none.

    A leading word jieba tags as a place (``ns``), or a word of 3+ characters ending in a
    place suffix (省, 市, 区, 县 ...), counts; the rest must keep at least 2 characters."""
    if len(text) < 4 or not _rx(r"[\u4e00-\u9fff]").match(text):
        return 0
    suffixes = matching_rules()["place_suffixes"]
    pos = 0
    for word, flag in pos_tokens(text[:16]):
        is_place = (flag == "ns" and len(word) >= 2 or len(word) >= 3 and word.endswith(suffixes)) \
            and word not in _discriminator_words()   # 城市低保标准: 城市 (jieba: a place) tells urban from rural
        if not is_place or len(text) - (pos + len(word)) < 2:
            break
        pos += len(word)
    return pos


def shown_name(name_zh: str, level: str) -> str:
    """A registered name as reports of ``level`` write it (地区生产总值 -> 国内生产总值 for national)."""
    for a, b in matching_rules()["level_names"].get(str(level or ""), []):
        name_zh = name_zh.replace(a, b)
    return name_zh


@lru_cache(maxsize=65536)
def normalise_name(text: str, drop_place: bool = False) -> str:
    """The matching key of a name: no spaces or quotes, no unit in brackets, no leading scope
    words, spellings unified (规模以上 -> 规上, 地区/国内生产总值 -> GDP ...); with ``drop_place``
    also no leading place name (jieba's tags are not sure enough to do it always: 城镇, 新建)."""
    cfg = matching_rules()
    t = _QUOTES.sub("", text or "")
    m = _rx(r"[（(]([^（）()]{0,12})[）)]$").search(t)
    if m and _is_unit(m.group(1)):          # a unit suffix, not a sub-indicator: 耕地保有量（万亩）
        t = t[: m.start()]
    changed = True
    while changed:
        changed = False
        for p in cfg["scope_words"]:
            if t.startswith(p) and len(t) > len(p) + 1:
                t, changed = t[len(p):], True
        n = leading_place(t) if drop_place else 0
        if n:
            t, changed = t[n:], True
    for a, b in cfg["rewrites"]:
        t = t.replace(a, b)
    return t


def _is_unit(text: str) -> bool:
    return text in ("％", "") or is_unit(text) or text.startswith("1/")


def _kinds_agree(key: str, entry: dict) -> bool:
    """A stock-worded name (高层次人才总量) never goes to a flow, nor a flow-worded name to a
    registered name without a flow word unless through ``flow_of_stock``, nor a name without a flow
    word to a registered name with one."""
    cfg = matching_rules()
    if cfg["_stock_re"].search(key) and entry.get("stock_flow") == "flow":
        return False
    if cfg["_flow_re"].search(key) and entry.get("stock_flow") != "flow" \
            and not cfg["_flow_re"].search(normalise_name(entry["name_zh"])):
        return False
    if cfg["_flow_re"].search(normalise_name(entry["name_zh"])) and not cfg["_flow_re"].search(key):
        return False                        # 发电装机容量 (the capacity) is not 新增发电装机容量 (what was added)
    return True


def discriminators_agree(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` agree on every discriminator group (both have a word of it, or neither).

    A word inside one of its ``discriminator_masks`` does not count (出口 in 进出口: exports are a
    part of total trade, not the same thing), so a part never matches its whole nor the whole its part."""
    for group, longer in _discriminator_groups():
        if _has(a, group, longer) != _has(b, group, longer):
            return False
    return True


def _has(text: str, group: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    for w in longer:
        text = text.replace(w, "|")
    return any(w in text for w in group)


@lru_cache(maxsize=1)
def _discriminator_groups() -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each group with the longer words inside which its words do not count (``discriminator_masks``)."""
    masks = matching_rules()["discriminator_masks"]
    return [(g, tuple(sorted({v for w in g for v in masks.get(w, [])}, key=len, reverse=True)))
            for g in matching_rules()["discriminators"]]


@lru_cache(maxsize=1)
def _discriminator_words() -> frozenset[str]:
    return frozenset(w for g in matching_rules()["discriminators"] for w in g)


@dataclass(frozen=True)
class Match:
    indicator_id: str
    name_zh: str
    name_en: str
    unit: str
    group: str
    mapped: bool
    score: float = 0.0              # 0-100: how closely the phrase matched (evidence)
    rule: str = ""                  # name | synonym | growth_synonym | rate_suffix | flow_of_stock | contains | fuzzy
    stock_flow: str = ""            # the indicator's stock_flow in the registry


class Registry:
    def __init__(self, entries: list[dict]):
        self.entries = sorted(entries, key=lambda e: e["id"])
        ids = [e["id"] for e in self.entries]
        if len(ids) != len(set(ids)):
            dup = sorted({i for i in ids if ids.count(i) > 1})
            raise ValueError(f"indicators.yaml: duplicate ids {dup}")
        self.by_id = {e["id"]: e for e in self.entries}
        self._names: dict[str, dict[str, str]] = {}       # key -> {id: how}
        self._growth: dict[str, str] = {}
        for e in self.entries:
            for how, names in (("name", [e["name_zh"]]), ("synonym", e.get("synonyms") or [])):
                for name in names:
                    key = normalise_name(str(name))
                    if key:
                        self._names.setdefault(key, {}).setdefault(e["id"], how)
            for name in e.get("growth_synonyms") or []:
                self._growth[normalise_name(str(name))] = e["id"]
        clashes = {k: sorted(v) for k, v in self._names.items() if len(v) > 1}
        if clashes:
            raise ValueError(f"indicators.yaml: names shared by several indicators {clashes}")
        self._keys = sorted(self._names, key=lambda k: (-len(k), k))
        self._key_ids = {k: next(iter(v)) for k, v in self._names.items()}
        self._by_length: dict[int, list[int]] = {}            # positions in _keys, by length
        for i, k in enumerate(self._keys):
            self._by_length.setdefault(len(k), []).append(i)
        self._cache: dict[tuple[str, str], Match] = {}

    def _hit(self, ind_id: str, score: float, rule: str) -> Match:
        e = self.by_id[ind_id]
        return Match(ind_id, e["name_zh"], e["name_en"], str(e.get("unit", "")), e.get("group", ""), True,
                     round(float(score), 1), rule, str(e.get("stock_flow") or ""))

    def match(self, phrase: str, measure: str = "") -> Match:
        """Indicator for a phrase; unmapped (mapped=False, id ``unmapped:<name>``) when unknown or ambiguous.

        A rate of an indicator (地区生产总值增长率, 年均增幅, 下降率) maps to the indicator itself:
        the observation's ``measure`` says it is a growth rate. ``measure`` lets names that only
        mean an indicator's growth (经济增长) match when the number is a growth rate.
        """
        key = (phrase or "", measure or "")
        if key not in self._cache:
            self._cache[key] = self._match(phrase or "", measure or "")
        return self._cache[key]

    def _match(self, phrase: str, measure: str) -> Match:
        result = self._match_key(normalise_name(phrase), measure)
        if result is None:
            no_place = normalise_name(phrase, drop_place=True)   # 江苏省规上工业增加值, 海拉尔区地区生产总值
            if no_place != normalise_name(phrase):
                result = self._match_key(no_place, measure)
        if result is None:
            short = _rx(r"\s").sub("", phrase)
            result = Match(f"unmapped:{short}", short, "", "", "", False)
        return result

    def _match_key(self, norm: str, measure: str) -> Match | None:
        cfg = matching_rules()
        result = self._exact(norm)
        bare = cfg["_rate_re"].sub("", norm)
        if result is None and bare != norm and len(bare) >= 2:
            result = self._exact(bare, rule="rate_suffix")
        if result is None and measure in ("growth_rate", "change"):
            for cand in (norm, bare):
                if cand in self._growth:
                    result = self._hit(self._growth[cand], 100, "growth_synonym")
                    break
        if result is None:
            result = self._flow_of_stock(norm)
        if result is None and len(norm) >= 2:
            result = self._contains(norm) or (self._contains(bare) if bare != norm and len(bare) >= 2 else None)
        if result is None and len(norm) >= 3:
            result = self._fuzzy(norm)
        return result

    def _exact(self, key: str, rule: str = "") -> Match | None:
        hit = self._names.get(key)
        if not hit:
            return None
        ind_id, how = next(iter(hit.items()))
        return self._hit(ind_id, 100, rule or how)

    def _flow_of_stock(self, key: str) -> Match | None:
        m = matching_rules()["_flow_re"].match(key)
        if not m:
            return None
        rest = key[m.end():]
        hit = self._exact(rest) or (self._contains(rest) if len(rest) >= 2 else None)
        if hit is not None and hit.stock_flow == "stock":
            return Match(**{**hit.__dict__, "rule": "flow_of_stock"})
        return None

    def _contains(self, key: str) -> Match | None:
        cover = matching_rules()["min_cover"]
        tail_ok = matching_rules()["_tail_re"]
        best_len, best_ids = 0, set()
        # the longest registered names inside the phrase: its substrings, longest first
        n = len(key)
        for size in range(n, 0, -1):
            if size < cover * n:
                break
            for i in range(n - size + 1):
                name = key[i:i + size]
                # the registered name is the head of the phrase: only modifiers before it, only a
                # generic word after it (江苏省规上工业增加值, 高新技术企业总数; not 经营主体减负)
                if name in self._key_ids and discriminators_agree(name, key) \
                        and tail_ok.fullmatch(key[key.rindex(name) + size:]):
                    best_ids.add(self._key_ids[name])
            if best_ids:
                best_len = size
                break
        if len(best_ids) != 1:
            return None
        ind = next(iter(best_ids))
        if not _kinds_agree(key, self.by_id[ind]):
            return None  # 新增X where X is a stock: see flow_of_stock; X总量 where X is a flow
        return self._hit(ind, 100.0 * best_len / len(key), "contains")

    def _fuzzy_candidates(self, length: int, threshold: float) -> list[str]:
        """The registered names, in order, whose length lets them reach ``threshold`` against a
        phrase of ``length`` (fuzz.ratio is at most 100 * (1 - |a - b| / (a + b)) for lengths a, b;
        half a point of room for rounding): the others can never be among the hits."""
        found = sorted(i for size, idx in self._by_length.items()
                       if 100.0 * (1 - abs(length - size) / (length + size)) >= threshold - 0.5 for i in idx)
        return [self._keys[i] for i in found]

    def _fuzzy(self, key: str) -> Match | None:
        from rapidfuzz import fuzz, process

        cfg = matching_rules()
        hits = process.extract(key, self._fuzzy_candidates(len(key), cfg["fuzzy_threshold"]), scorer=fuzz.ratio,
                               score_cutoff=cfg["fuzzy_threshold"], limit=8)
        hits = [(k, s) for k, s, _ in hits if discriminators_agree(k, key)]
        if not hits:
            return None
        top = max(s for _, s in hits)
        ids = {self._key_ids[k] for k, s in hits if s == top}
        if len(ids) != 1 or not _kinds_agree(key, self.by_id[next(iter(ids))]):
            return None
        return self._hit(next(iter(ids)), top, "fuzzy")

    def table(self) -> pd.DataFrame:
        """The registry as the ``indicators`` table."""
        rows = [{"indicator_id": e["id"], "name_zh": e["name_zh"], "name_en": e["name_en"],
                 "unit": str(e.get("unit", "")), "group": e.get("group", ""),
                 "stock_flow": str(e.get("stock_flow") or ""),
                 "levels": ";".join(map(str, e.get("levels") or [])),
                 "synonyms": ";".join(map(str, e.get("synonyms") or []))} for e in self.entries]
        return pd.DataFrame(rows)


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    text = resources.files("govreport").joinpath("data/indicators.yaml").read_text("utf-8")
    return Registry(yaml.load(text, Loader=getattr(yaml, 'CSafeLoader', yaml.SafeLoader)))
