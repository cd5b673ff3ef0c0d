"""What a notebook parameter may name in the opened corpus: its places, indicators with values,
themes, documents, reports and years (``params.validate`` asks for them by kind).

Names are accepted as users write them: an indicator by id, Chinese or English name or synonym
(never by a fuzzy guess: 'GDP增长率' is not the GDP level), a place with or without its 省/市/区
suffix, a theme by id or name. Anything else fails with close matches.
"""
from __future__ import annotations

import re
from typing import Any, Callable

import pandas as pd

from govreport.views.params import Choices, Param, ParameterError

_PLACE_SUFFIX = re.compile(r"(省|市|区|县|自治区|自治州|特别行政区)$")
_RATE_SUFFIX = re.compile(r"(?:年均)?(?:增长率|增幅|增速|增长|下降率|降幅|下降)$")


def _places_of(so_far: dict) -> list[str] | None:
    places = so_far.get("places")
    if places is None and so_far.get("place") is not None:
        places = [so_far["place"]]
    return list(places) if places else None


def canonical_documents(t) -> pd.DataFrame:
    docs = t["documents"]
    if "place" not in docs:
        docs = docs.assign(place="")
    docs = docs.assign(place=docs["place"].fillna("").astype(str))
    return docs[docs["is_canonical"].astype(bool)] if "is_canonical" in docs else docs


def series_for(t, places: list[str] | None) -> pd.DataFrame:
    s = t["series"]
    if "place" not in s:
        s = s.assign(place="")
    return s[s["place"].isin(places)] if places else s


def place_choices(t) -> Choices:
    docs = canonical_documents(t)
    counts = docs[docs["place"] != ""].groupby("place")["doc_id"].nunique().sort_values(ascending=False)
    names: dict[str, Any] = {}
    for place in counts.index:
        names[place.casefold()] = place
        short = _PLACE_SUFFIX.sub("", place)
        if len(short) >= 2:
            names.setdefault(short.casefold(), place)
    shown = [f"{p} ({n} document{'s' if n != 1 else ''})" for p, n in counts.items()]
    return Choices("place", names, shown, label={p: repr(p) for p in counts.index})


def _indicator_key(text: str) -> str:
    from govreport.indicators.registry import normalise_name

    return normalise_name(str(text)).casefold()


def indicator_choices(t, places: list[str] | None) -> Choices:
    registry = _registry(t)
    s = series_for(t, places)
    years = s.groupby("indicator_id")["ref_year"].nunique()
    where = f" for {', '.join(places)}" if places else ""
    names: dict[str, Any] = {}
    unavailable: dict[str, str] = {}
    label = {}
    for row in registry.sort_values("indicator_id").itertuples(index=False):
        ind = str(row.indicator_id)
        label[ind] = f"{row.name_zh} ({ind})"
        spellings = [ind, row.name_zh, row.name_en] + [x for x in str(getattr(row, "synonyms", "") or "").split(";")]
        for sp in spellings:
            if not str(sp or "").strip():
                continue
            key = str(sp).strip().casefold() if sp in (ind, row.name_en) else _indicator_key(sp)
            if ind in years.index:
                names.setdefault(key, ind)
            else:
                unavailable.setdefault(key, f"{row.name_zh} ({ind}) has no values in this corpus{where}")
    order = sorted(years.index, key=lambda i: (-years[i], i))
    shown = [label.get(i, i) for i in order]

    def normalise(value) -> str:
        text = str(value).strip()
        return text.casefold() if text.casefold() in names or text.casefold() in unavailable else _indicator_key(text)

    def hint(value: str) -> str:
        stem = _RATE_SUFFIX.sub("", value.strip())
        if stem != value.strip() and stem:
            ind = names.get(normalise(stem))
            if ind is not None:
                return (f"it reads as {label.get(ind, ind)} stated as a growth rate: write {ind!r} "
                        f"and set measure='growth_rate'.")
        return ""

    return Choices("indicator", names, shown, label=label, unavailable=unavailable, normalise=normalise,
                   hint=hint)


def _registry(t) -> pd.DataFrame:
    if t.has("indicators") and len(t["indicators"]):
        return t["indicators"]
    from govreport.indicators.lookup import registry_table

    return registry_table()


def group_choices(t, places: list[str] | None) -> Choices:
    """Registry groups (macro, innovation …) with at least one indicator with values here."""
    registry = _registry(t)
    groups = sorted(set(registry["group"].dropna().astype(str)) - {""})
    with_values = set(registry.loc[registry["indicator_id"].isin(set(series_for(t, places)["indicator_id"])), "group"])
    where = f" for {', '.join(places)}" if places else ""
    names = {g.casefold(): g for g in groups if g in with_values}
    unavailable = {g.casefold(): f"no indicator of group {g!r} has values in this corpus{where}"
                   for g in groups if g not in with_values}
    shown = [g for g in groups if g in with_values]
    return Choices("indicator group", names, shown, label={g: repr(g) for g in groups}, unavailable=unavailable)


def goal_year_choices(t, places: list[str] | None) -> Choices:
    """Years for which five-year plans in the corpus set goals."""
    s = series_for(t, places)
    years = sorted(set(s.loc[s["target_source"] == "five_year_plan", "ref_year"].dropna().astype(int)))
    where = f" for {', '.join(places)}" if places else ""

    def hint(value: str) -> str:
        if not years:
            return f"this corpus has no five-year plan goals{where}; leave it None."
        return ""

    return Choices("year with five-year plan goals", {str(y): y for y in years}, [str(y) for y in years],
                   label={y: str(y) for y in years}, normalise=lambda v: str(v).strip(), hint=hint)


def theme_choices(t) -> Choices:
    themes = t["themes"].drop_duplicates("theme_id")
    names: dict[str, Any] = {}
    for row in themes.itertuples(index=False):
        for sp in (row.theme_id, row.name_zh, row.name_en):
            if str(sp or "").strip():
                names.setdefault(str(sp).strip().casefold(), row.theme_id)
    shown = [f"{r.theme_id} ({r.name_zh})" for r in themes.itertuples(index=False)]
    return Choices("theme", names, shown, label={r.theme_id: repr(r.theme_id) for r in themes.itertuples(index=False)})


def document_choices(t, places: list[str] | None) -> Choices:
    docs = canonical_documents(t)
    if places:
        docs = docs[docs["place"].isin(places)]
    docs = docs.sort_values(["report_year", "doc_id"])
    shown = [f"{d.doc_id} ({d.place + ' ' if d.place else ''}{int(d.report_year)})" for d in docs.itertuples(index=False)]
    ids = list(docs["doc_id"])
    return Choices("document id", {d.casefold(): d for d in ids}, shown, label={d: repr(d) for d in ids})


def report_choices(t, places: list[str] | None) -> Choices:
    """A report by doc id or by year; a year with reports of several places must be a doc id."""
    docs = canonical_documents(t)
    docs = docs[docs["doc_type"] == "gov_work_report"]
    if places:
        docs = docs[docs["place"].isin(places)]
    docs = docs.sort_values(["report_year", "place", "doc_id"])
    names: dict[str, Any] = {d.casefold(): d for d in docs["doc_id"]}
    unavailable: dict[str, str] = {}
    for year, group in docs.groupby("report_year"):
        if len(group) == 1:
            names[str(int(year))] = group["doc_id"].iloc[0]
        else:
            which = ", ".join(f"{d.place or '?'} {d.doc_id}" for d in group.itertuples(index=False))
            unavailable[str(int(year))] = (f"{int(year)} has {len(group)} reports ({which}); give a doc id "
                                           "or set place")
    shown = [f"{d.doc_id} ({d.place + ' ' if d.place else ''}{int(d.report_year)})" for d in docs.itertuples(index=False)]
    return Choices("report", names, shown, label={d: repr(d) for d in docs["doc_id"]}, unavailable=unavailable,
                   normalise=lambda v: str(v).strip().casefold())


def year_choices(t, places: list[str] | None, what: str = "year with values") -> Choices:
    s = series_for(t, places)
    docs = canonical_documents(t)
    if places:
        docs = docs[docs["place"].isin(places)]
    years = sorted(set(s["ref_year"].dropna().astype(int)) | set(docs["report_year"].dropna().astype(int)))
    if not years:
        return Choices(what, {}, [])
    lo, hi = years[0], years[-1]
    names = {str(y): y for y in range(lo, hi + 1)}
    where = f" for {', '.join(places)}" if places else ""
    span = f"from {lo} to {hi}" if lo != hi else f"for {lo}"

    def hint(value: str) -> str:
        return f"this corpus has values and reports{where} {span} only; choose a year in that range."

    def normalise(value) -> str:
        try:
            return str(int(value))
        except (TypeError, ValueError):
            return str(value)

    return Choices(what, names, [f"{lo}–{hi}"], label={y: str(y) for y in names.values()}, normalise=normalise, hint=hint)


def report_year_choices(t, places: list[str] | None) -> Choices:
    docs = canonical_documents(t)
    if places:
        docs = docs[docs["place"].isin(places)]
    years = sorted(set(docs["report_year"].dropna().astype(int)))
    return Choices("report year", {str(y): y for y in years}, [str(y) for y in years],
                   label={y: str(y) for y in years}, normalise=lambda v: str(v).strip())


def corpus_choices(t) -> Callable[[str, Param, dict], Choices | None]:
    """``choices(kind, param, checked_so_far)`` for ``params.validate``, reading the tables ``t``."""
    def choices(kind: str, param: Param, so_far: dict) -> Choices | None:
        places = _places_of(so_far)
        if kind == "places":
            return place_choices(t)
        if kind == "indicators":
            return indicator_choices(t, places)
        if kind == "indicator_groups":
            return group_choices(t, places)
        if kind == "themes":
            return theme_choices(t)
        if kind == "documents":
            return document_choices(t, places)
        if kind == "reports":
            return report_choices(t, places)
        if kind == "years":
            return year_choices(t, places)
        if kind == "goal_years":
            return goal_year_choices(t, places)
        if kind == "report_years":
            return report_year_choices(t, places)
        raise ParameterError(f"parameter {param.name}: unknown choice kind {kind!r}")
    return choices
