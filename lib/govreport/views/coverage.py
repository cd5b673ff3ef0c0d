"""Which indicator has which years, before any chart: coverage tables and the reports that
would fill the gaps.

A government work report delivered in year Y reviews year Y−1 (actual values, sometimes the
five years before) and sets targets for year Y; a five-year plan reviews the previous plan
period and sets goals for its last year. So a year Y without actual values is filled by the
report of year Y+1, and a year without annual targets by the report of year Y.
"""
from __future__ import annotations

import pandas as pd

from govreport.views.charts import KIND_LABEL, MEASURE_PREFERENCE

COVERAGE_COLUMNS = ["place", "indicator_id", "indicator", "ref_year", "kinds", "n_values"]
GAP_COLUMNS = ["place", "report_year", "in_corpus", "documents", "would_give"]
KIND_ORDER = ["actual", "estimate", "target", "plan_goal"]
SHORT = {"zh": {"actual": "实际", "estimate": "预计", "target": "目标", "plan_goal": "规划"},
         "en": {"actual": "actual", "estimate": "est.", "target": "target", "plan_goal": "plan"}}


def _kinds(series: pd.DataFrame) -> pd.Series:
    return series["status"].where(series["target_source"] != "five_year_plan", "plan_goal")


def _window(series: pd.DataFrame, places, start_year, end_year) -> pd.DataFrame:
    s = series if "place" in series else series.assign(place="")
    if places:
        s = s[s["place"].isin(list(places))]
    if start_year is not None:
        s = s[s["ref_year"] >= int(start_year)]
    if end_year is not None:
        s = s[s["ref_year"] <= int(end_year)]
    return s.assign(kind=_kinds(s))


def coverage(series: pd.DataFrame, indicator_ids=None, places=None, start_year=None, end_year=None,
             language: str = "zh") -> pd.DataFrame:
    """Long table: one row per place, indicator and year with values, the kinds of value found
    (actual, estimate, target, plan_goal; any measure) and how many series rows give them."""
    s = _window(series, places, start_year, end_year)
    if indicator_ids is not None:
        s = s[s["indicator_id"].isin(list(indicator_ids))]
    if s.empty:
        return pd.DataFrame(columns=COVERAGE_COLUMNS)
    name = s["indicator_zh"] if language == "zh" else s["indicator_en"].where(s["indicator_en"].fillna("") != "",
                                                                              s["indicator_zh"])
    s = s.assign(indicator=name)
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    out = (s.groupby(["place", "indicator_id", "indicator", "ref_year"], as_index=False)
           .agg(kinds=("kind", lambda k: ";".join(sorted(set(k), key=rank.get))), n_values=("kind", "size")))
    return out[COVERAGE_COLUMNS].sort_values(["place", "indicator_id", "ref_year"], ignore_index=True)


def year_window(series: pd.DataFrame, documents: pd.DataFrame, places=None, start_year=None,
                end_year=None, ahead: int = 5) -> tuple[int, int]:
    """The years to chart: ``start_year``/``end_year`` where given, else from the first year with
    values to the last year with values no more than ``ahead`` years after the latest report (a
    plan's 2035 vision does not stretch every chart). Raises ParameterError when they cross."""
    from govreport.views.params import ParameterError

    s = _window(series, places, None, None)
    docs = documents if "place" in documents else documents.assign(place="")
    if places:
        docs = docs[docs["place"].isin(list(places))]
    reports = docs["report_year"].dropna().astype(int)
    years = s["ref_year"].dropna().astype(int)
    if years.empty and reports.empty:
        raise ParameterError("this corpus has no values to chart: build the tables from reports first.")
    last_report = int(reports.max()) if len(reports) else int(years.max())
    near = years[years <= last_report + ahead]
    lo = int(start_year) if start_year is not None else int((near if len(near) else years).min())
    hi = int(end_year) if end_year is not None else int(near.max()) if len(near) else last_report
    if lo > hi:
        if start_year is not None and end_year is None:
            raise ParameterError(f"start_year={start_year} is after {hi}, the last year with values (up to "
                                 f"{ahead} years after the latest report); choose an earlier start_year or set end_year.")
        if start_year is None:
            raise ParameterError(f"end_year={end_year} is before {lo}, the first year with values; choose a "
                                 f"later end_year.")
        raise ParameterError(f"start_year={lo} is after end_year={hi}; choose start_year <= end_year.")
    return lo, hi


def coverage_of_points(points, language: str = "zh") -> pd.DataFrame:
    """The coverage of what a trajectory chart draws (``charts.trajectory_data``): one measure and
    unit per panel, so the grid says exactly which years each panel has."""
    if points.empty:
        return pd.DataFrame(columns=COVERAGE_COLUMNS)
    from govreport.views.charts import MEASURE_LABEL

    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    name = pd.Series([lb[len(pl) + 3:] if pl and lb.startswith(pl + " · ") else lb  # the grid adds the place
                      for lb, pl in zip(points["label"], points["place"])], index=points.index)
    lang = "zh" if language == "zh" else "en"
    measure = points["measure"].map(lambda m: MEASURE_LABEL[lang].get(m, m))
    p = points.assign(indicator=name + " · " + measure + " (" + points["unit_label"] + ")")
    out = (p.groupby(["place", "indicator_id", "indicator", "ref_year"], as_index=False)
           .agg(kinds=("kind", lambda k: ";".join(sorted(set(k), key=rank.get))), n_values=("kind", "size")))
    return out[COVERAGE_COLUMNS].sort_values(["place", "indicator_id", "ref_year"], ignore_index=True)


def best_covered(series: pd.DataFrame, places=None, n: int = 4, start_year=None, end_year=None) -> list[str]:
    """The ``n`` indicators with actual values in the most years (ties: more years of any kind,
    then id): good defaults for a trajectory chart on any corpus."""
    s = _window(series, places, start_year, end_year)
    if s.empty:
        return []
    actual = s[s["kind"] == "actual"].groupby("indicator_id")["ref_year"].nunique()
    anyk = s.groupby("indicator_id")["ref_year"].nunique()
    stats = pd.DataFrame({"actual": actual, "any": anyk}).fillna(0)
    stats = stats.reset_index().rename(columns={"index": "indicator_id"})
    stats = stats.sort_values(["actual", "any", "indicator_id"], ascending=[False, False, True])
    return stats["indicator_id"].head(n).tolist()


def group_indicators(registry: pd.DataFrame, series: pd.DataFrame, group: str, places=None, start_year=None,
                     end_year=None, n: int = 6) -> list[str]:
    """Up to ``n`` indicators of a registry group (macro, innovation …), best covered first."""
    members = set(registry.loc[registry["group"] == group, "indicator_id"])
    s = series[series["indicator_id"].isin(members)]
    return best_covered(s, places, n, start_year, end_year)


def coverage_grid(cov: pd.DataFrame, language: str = "zh", years: list[int] | None = None) -> pd.DataFrame:
    """The coverage as an indicator × year grid for display: each cell lists the kinds of value
    found ('实际 · 目标'); empty where no report gives a value. Several places: one row each."""
    lang = "zh" if language == "zh" else "en"
    if cov.empty:
        return pd.DataFrame()
    several = cov["place"].nunique() > 1
    row = cov["indicator"] + " (" + cov["indicator_id"] + ")"
    if several:
        row = cov["place"] + " · " + row
    cells = cov["kinds"].map(lambda k: " · ".join(SHORT[lang].get(x, x) for x in k.split(";")))
    grid = pd.DataFrame({"indicator": row, "ref_year": cov["ref_year"].astype(int), "cell": cells})
    wide = grid.pivot_table(index="indicator", columns="ref_year", values="cell", aggfunc="first", sort=True)
    if years is not None:
        wide = wide.reindex(columns=list(years))
    wide.columns = [str(c) for c in wide.columns]
    wide = wide.astype(object).fillna("")
    n_actual = (cov.assign(actual=cov["kinds"].str.contains("actual"))
                .assign(indicator=row).groupby("indicator")["actual"].sum())
    wide.insert(0, "years with actual values" if lang == "en" else "实际值年数", n_actual.reindex(wide.index).astype(int))
    wide = wide.sort_values(wide.columns[0], ascending=False, kind="stable")
    return wide.reset_index().rename(columns={"indicator": "indicator" if lang == "en" else "指标"})


def _years_text(years: list[int]) -> str:
    """[2016, 2017, 2018, 2021] → '2016–2018 and 2021'."""
    from govreport.views.charts import runs

    parts = [f"{r[0]}" if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs(sorted(set(years)))]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def years_text(years) -> str:
    return _years_text([int(y) for y in years])


def summary(series: pd.DataFrame, places=None, start_year=None, end_year=None) -> list[str]:
    """Plain sentences per place: the years with actual values, and how many indicators have
    actual values for one, two, three or more years."""
    s = _window(series, places, start_year, end_year)
    lines = []
    for place, g in s.groupby("place", sort=True):
        actual = g[g["kind"] == "actual"]
        who = place or "this corpus"
        if actual.empty:
            lines.append(f"{who}: no actual values in this window.")
            continue
        per = actual.groupby("indicator_id")["ref_year"].nunique()
        lines.append(f"{who}: actual values exist for {years_text(actual['ref_year'].unique())}; "
                     f"of {g['indicator_id'].nunique()} indicators with any value, {int((per >= 3).sum())} have "
                     f"actual values for three or more years, {int((per == 2).sum())} for two and "
                     f"{int((per == 1).sum())} for one.")
    return lines


def missing_reports(series: pd.DataFrame, documents: pd.DataFrame, places=None, start_year=None,
                    end_year=None) -> pd.DataFrame:
    """Per place: the government work reports that would give actual values for the years in
    the window that have none (report Y+1 for year Y) and annual targets for years that have
    none (report Y). ``in_corpus`` is True when such a report is in the corpus but gave no value
    (a partial report, or one that states no figure for that year)."""
    s = _window(series, places, start_year, end_year)
    docs = documents if "place" in documents else documents.assign(place="")
    docs = docs[docs["is_canonical"].astype(bool) & (docs["doc_type"] == "gov_work_report")]
    wanted_places = list(places) if places else sorted(set(s["place"]) | set(docs["place"]))
    years = range(int(start_year), int(end_year) + 1) if start_year is not None and end_year is not None else \
        range(int(s["ref_year"].min()), int(s["ref_year"].max()) + 1) if len(s) else range(0)
    # no report later than the year after the corpus's latest (it may not exist yet)
    latest = int(docs["report_year"].max()) + 1 if len(docs) else None
    rows = []
    for place in wanted_places:
        g = s[s["place"] == place]
        own = [y for y in years if len(g) and g["ref_year"].min() <= y <= g["ref_year"].max()]  # the place's span
        have_actual = set(g.loc[g["kind"] == "actual", "ref_year"].astype(int))
        have_target = set(g.loc[g["kind"] == "target", "ref_year"].astype(int))
        d = docs[docs["place"] == place]
        need: dict[int, list[str]] = {}
        for y in own:
            if y not in have_actual:
                need.setdefault(y + 1, []).append(f"actual values for {y}")
            if y not in have_target:
                need.setdefault(y, []).append(f"targets for {y}")
        for report_year, gives in sorted(need.items()):
            if latest is not None and report_year > latest:
                continue
            present = d[d["report_year"] == report_year]
            rows.append({"place": place, "report_year": report_year, "in_corpus": len(present) > 0,
                         "documents": ";".join(present["doc_id"]), "would_give": "; ".join(gives)})
    return pd.DataFrame(rows, columns=GAP_COLUMNS)


def gap_note(gaps: pd.DataFrame) -> list[str]:
    """Sentences naming, per place, the report years to add (and reports present but silent)."""
    lines = []
    for place, g in gaps.groupby("place", sort=True):
        who = place or "this corpus"
        absent = g[~g["in_corpus"]]["report_year"].tolist()
        silent = g[g["in_corpus"]]
        if absent:
            lines.append(f"{who}: adding the government work reports of {years_text(absent)} would fill the "
                         "gaps (each report states the year before and sets targets for its own year).")
        if len(silent):
            ids = sorted(set(";".join(silent["documents"]).split(";")))
            lines.append(f"{who}: {'the report' if len(ids) == 1 else 'the reports'} {', '.join(ids)} "
                         f"{'is' if len(ids) == 1 else 'are'} in the corpus but give{'s' if len(ids) == 1 else ''} "
                         "no such values (a partial text, or figures not stated).")
    return lines
