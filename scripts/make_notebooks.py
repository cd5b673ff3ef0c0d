#!/usr/bin/env python3
"""Write notebooks/*.ipynb from the cell lists below: clean JSON, no outputs, stable cell ids.

Edit this file, then run ``.venv/bin/python scripts/make_notebooks.py`` (``--check`` exits 1
when a committed notebook differs from what this script writes). Notebooks stay thin: every
computation is a call into ``govreport``; these cells only call, display and explain.
"""
from __future__ import annotations

import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"

SETUP = """\
from IPython.display import Markdown, display
from govreport.notebook_setup import setup, show_table, show_text
from govreport import charts, notebook_data as nd

setup();"""


def md(text: str) -> tuple[str, str]:
    return ("markdown", text.strip("\n"))


def code(text: str) -> tuple[str, str]:
    return ("code", text.strip("\n"))


def params(text: str) -> tuple[str, str]:
    return ("parameters", text.strip("\n"))


NOTEBOOKS: dict[str, list[tuple[str, str]]] = {}

# ---------------------------------------------------------------------------------------------
NOTEBOOKS["00_corpus"] = [
    md("""
# 语料概览 · What is in the corpus?

**Question:** which documents does the collection hold — which years, which versions of the same
report — and how much of each raw file survived cleaning? Everything later (numbers, themes)
stands on this, so it is worth knowing what was kept, what was removed and why, and what was
repaired.
"""),
    params("""
# Parameters
processed_dir = None   # None: the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
example_rows = 2       # removed passages shown per document and reason
"""),
    code(SETUP + """
from govreport import corpus_summary as cs

ready = nd.check(["documents", "removed", "repairs", "variants"], processed_dir)
documents = nd.load("documents", processed_dir)
removed = nd.load("removed", processed_dir)
repairs = nd.load("repairs", processed_dir)
variants = nd.load("variants", processed_dir)"""),
    md("""
## The documents

One row per raw file. `is_canonical` marks the version analyses use when a report exists twice
(the 2024 report comes as a newspaper page and as the full text); `report_id` ties the versions
together. Compare `n_chars_raw` with `n_chars_clean`: a large drop means a messy source.
"""),
    code("""
show_table(cs.documents_overview(documents), caption="Documents")
show_text(charts.source_note(documents, documents), "p")"""),
    md("""
## Kept, removed, repaired

Every raw character is accounted for exactly once: kept as it is, removed (with a reason), or
repaired (changed, e.g. ASCII punctuation inside Chinese text). The bars show the shares of each
raw file. **Notice** how little of the 2022 newspaper scrape is report text: repeated blocks and
unrelated articles make up much of the page.
"""),
    code("""
accounts = cs.accounting(documents, removed, repairs)
fig = charts.bar_plotly(cs.shares_long(accounts), x="share", y="document", color="part", orientation="h",
                        barmode="stack", title="Share of raw characters kept, removed and repaired",
                        color_map={"kept": "#4c78a8", "removed": "#e45756", "repaired": "#f2b701"},
                        height=320, labels={"share": "share of raw characters (%)", "document": ""})
fig.show()
show_text(charts.source_note(accounts, documents), "p")"""),
    code("""
show_table(accounts, caption="Raw characters per document")"""),
    md("""
## Why text was removed or changed

Reasons are named by the cleaning step that acted. Long bars for `repeated_paragraph` or
`unrelated_content` point to scraping problems; many small `word_bookmark` or
`space_between_cjk_and_digit` entries to conversion debris.
"""),
    code("""
reasons = cs.by_reason(removed, repairs, documents)
fig = charts.bar_plotly(reasons, x="n_chars", y="reason", color="doc_id", orientation="h", barmode="stack",
                        title="Raw characters removed or repaired, by reason",
                        labels={"n_chars": "raw characters", "reason": ""}, height=520)
fig.show()
show_text(charts.source_note(reasons, documents), "p")
show_table(reasons, caption="Removed and repaired characters by document and reason")"""),
    md("""
A few removed passages, as they stand in the raw files (shortened). Offsets point into the raw
text, so each can be found with any editor.
"""),
    code("""
show_table(cs.examples(removed, n=example_rows, width=80)[["doc_id", "reason", "char_start", "char_end", "text"]],
           caption="Examples of removed text")"""),
    md("""
## Two versions of one report

Where a report exists twice, the versions are aligned sentence by sentence. The table counts the
differing readings by kind; substitutions are mostly OCR-like typos in the newspaper version.
"""),
    code("""
show_table(cs.variant_summary(variants), caption="Differing readings by kind")
show_table(cs.variant_readings(variants), caption="Substitutions: canonical vs other reading")
show_text(charts.source_note(variants, documents, doc_column="canonical_doc_id,other_doc_id"), "p")"""),
    md("""
## Try this

- Set `example_rows = 5` to see more removed passages per reason.
- Point `processed_dir` at tables built from your own folder of reports
  (`govreport build --raw my_reports --out build/my_tables`, then `processed_dir = "../build/my_tables"`).
"""),
]

# ---------------------------------------------------------------------------------------------
NOTEBOOKS["01_indicator_trajectories"] = [
    md("""
# 指标轨迹 · How did key indicators move, and what was promised?

**Question:** for a handful of indicators, what do the reports say happened each year from
2015 to 2025, what was estimated, and what was targeted — year by year and in the Five-Year Plan?
Each panel is one indicator; hover over a point to read the sentence it comes from.
"""),
    params("""
# Parameters
indicators = ["地区生产总值", "一般公共预算收入", "研发经费投入占GDP比重", "居民人均可支配收入"]  # ids or names
start_year = 2015
end_year = 2025
language = "zh"        # "zh" or "en" labels
measure = None         # e.g. "level" or "growth_rate"; None = the level where it has 2+ years
ncols = 2              # panels per row
processed_dir = None   # None: the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
"""),
    code(SETUP + """
from govreport.lookup import resolve_indicators

ready = nd.check(["documents", "observations"], processed_dir)
documents = nd.load("documents", processed_dir)
observations = nd.load("observations", processed_dir)
registry = nd.load("indicators", processed_dir) if nd.available("indicators", processed_dir) else None
resolved = resolve_indicators(indicators, registry)
ids = resolved.loc[resolved["found"], "indicator_id"].tolist()
show_table(resolved, caption="Indicators asked for and how each name was understood", paging=False)"""),
    md("""
## Trajectories

Solid line: **actual** values; hollow circles: **estimates** (预计, 有望, the plan's 2020
column); dashed red triangles: a report's **annual targets**; green stars: **plan targets**.
When a panel shows a growth rate rather than a level, the reports state that indicator mostly
as a rate (set `measure` to choose). Average annual rates over five years (年均) and single-year
rates share a panel; the hover text shows the qualifier. Where two documents give different figures for the same year, the later report's
figure is shown (hover: number of sources).
"""),
    code("""
points = charts.trajectory_data(observations, documents, ids, start_year, end_year, language, measure)
charts.trajectories_plotly(points, language, ncols, start_year, end_year).show()
show_text(charts.source_note(points, documents), "p")"""),
    md("""
**What to notice:** compare the stars with the last solid point — the gap is what the plan
still asks for. Indicators without any point in the window are listed above as found but have
no observations here.

A static copy (PNG and SVG, Chinese labels embedded) is written for slides and print:
"""),
    code("""
import matplotlib.pyplot as plt

static = charts.trajectories_matplotlib(points, language, ncols, start_year, end_year)
saved = charts.save_figure(static, "trajectories_" + "-".join(ids or ["none"]))
plt.close(static)
print("\\n".join(p.name for p in saved))"""),
    md("""
## The numbers behind the chart

Every point with its document and the sentence or table cell it was read from.
"""),
    code("""
show_table(points, caption="Points shown in the chart")
show_text(charts.source_note(points, documents), "p")"""),
    md("""
## Try this

- `indicators = ["PM2.5平均浓度", "空气质量优良天数比率"]` for the environment, or
  `["高新技术企业数", "研发经费投入占GDP比重"]` for innovation (ids such as `gdp` work too).
- `language = "en"` for English panel titles; `start_year = 2019` to zoom in.
- `measure = "level"` to see amounts rather than growth rates where a report states both.
- Pre-rendered runs for four indicator groups are in the site index (`notebooks/batches.yaml`).
"""),
]

# ---------------------------------------------------------------------------------------------
NOTEBOOKS["02_plan_vs_outcome"] = [
    md("""
# 规划与实绩 · Did the plans deliver?

**Question:** did Wuxi meet the 13th Five-Year Plan's targets for 2020, is it on course for the
14th plan's 2025 targets, and do the annual targets in each report come true a year later?
A target counts as met when the outcome reaches it in the indicator's good direction (PM2.5,
unemployment and accident rates should stay *below* their targets).
"""),
    params("""
# Parameters
scorecard_year = 2020   # the 13th plan's target year
progress_year = 2025    # the 14th plan's target year
language = "zh"         # "zh" or "en" labels
processed_dir = None    # None: the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
"""),
    code(SETUP + """
from govreport import plan_outcome as po

ready = nd.check(["documents", "observations"], processed_dir)
documents = nd.load("documents", processed_dir)
observations = nd.load("observations", processed_dir)"""),
    md("""
## The 13th plan: targets for 2020 against 2020 results

The outcome is the actual 2020 value where a report gives one, otherwise the plan's own 2020
estimate. Bars show the outcome as a percentage of the target (ceilings inverted), so anything
right of the dashed line did better than promised.
"""),
    code("""
scorecard = po.plan_scorecard(observations, documents, scorecard_year)
display(Markdown(", ".join(f"**{n}** {v}" for v, n in po.summary(scorecard).items()) or "_No plan targets found._"))
po_fig = charts.attainment_plotly(scorecard, "outcome", f"Plan targets for {scorecard_year}: outcome as % of target", language)
po_fig.show()
show_text(charts.source_note(scorecard, documents, doc_column="target_doc,outcome_doc"), "p")"""),
    code("""
show_table(scorecard[["indicator_zh", "indicator_en", "measure", "unit", "direction", "target", "qualifier",
                      "outcome", "outcome_status", "outcome_doc", "gap", "verdict", "outcome_snippet"]],
           caption=f"Plan targets for {scorecard_year} and outcomes")"""),
    md("""
**What to notice:** many outcomes are the plan's *estimates* for 2020, written before the year
ended (`outcome_status`); a target "met" on an estimate is a claim, not a measurement.

## The 14th plan: how far from the 2025 targets?

For each 2025 target, the latest actual value any report gives. `required_growth` is the
compound rate per year still needed, `(target / latest) ** (1 / years_left) - 1`;
`pace_since_base` is the pace actually achieved since the 2020 base. On track = already met, or
the achieved pace is at least the pace still needed.
"""),
    code("""
progress = po.plan_progress(observations, documents, progress_year)
display(Markdown(", ".join(f"**{n}** {v}" for v, n in po.summary(progress).items()) or "_No plan targets found._"))
charts.attainment_plotly(progress, "latest", f"Plan targets for {progress_year}: latest actual as % of target",
                         language).show()
show_text(charts.source_note(progress[progress["latest_doc"] != ""], documents,
                             doc_column="target_doc,latest_doc"), "p")"""),
    code("""
show_table(progress[["indicator_zh", "indicator_en", "measure", "unit", "target", "base", "latest", "latest_year",
                     "gap", "years_left", "required_growth", "required_change_per_year", "pace_since_base",
                     "verdict", "latest_doc", "latest_snippet"]].round(4),
           caption=f"Plan targets for {progress_year}: gap and growth needed")"""),
    md("""
## Annual targets against the next year's outcome

Each government work report sets targets for its own year; the following report says what
happened. Only pairs where both sides were found are listed — with only some years in the
corpus, this table may be short or empty.
"""),
    code("""
annual = po.annual_targets_vs_outcomes(observations, documents)
if annual.empty:
    display(Markdown("_No report in the corpus states the outcome of an earlier report's annual target._"))
else:
    charts.attainment_plotly(annual, "outcome", "Annual targets: outcome as % of target", language).show()
    show_table(annual, caption="Annual targets and outcomes")
show_text(charts.source_note(annual, documents, doc_column="target_doc,outcome_doc"), "p")"""),
    md("""
## Try this

- `progress_year = 2020` asks the progress question of the 13th plan instead.
- `language = "en"` labels the bars with English indicator names.
- Edit `lib/govreport/data/indicator_direction.yaml` to change which indicators count as
  "lower is better".
"""),
]

# ---------------------------------------------------------------------------------------------
NOTEBOOKS["03_theme_evolution"] = [
    md("""
# 主题演变 · What does the government talk about, and how does it shift?

**Question:** how much room does each theme (innovation, digital economy, green transition,
livelihoods …) take in each report, which words rise or vanish, and what is distinctive of each
year? Rates are per 10,000 word tokens so long and short reports compare fairly; the partial
2022 report is labelled, and the Five-Year Plan — a different genre — is shown apart.
"""),
    params("""
# Parameters
themes = None          # theme ids, e.g. ["digital", "green"]; None = all
top_n = 12             # terms per list or chart
documents = None       # doc ids to include; None = all canonical documents
language = "zh"        # "zh" or "en" labels
n_topics = 6           # topics for the topic model (NMF over sections)
processed_dir = None   # None: the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
"""),
    code(SETUP + """
from govreport import text_views as tv
from govreport import textdata
from govreport.topics import topic_labels, topic_model, topics_by_document

ready = nd.check(["documents", "themes", "theme_scores", "term_frequencies", "term_trajectories", "keyness"],
                 processed_dir)"""),
    md("""
## Theme shares by report

Each cell: tokens belonging to the theme's dictionary per 10,000 word tokens. Read across a row
to follow a theme through the years. The theme dictionary is `lib/govreport/data/themes.yaml`.
"""),
    code("""
if ready:
    shares = tv.theme_table(themes, documents, language, processed_dir)
    reports = shares[shares["genre"] == "report"]
    charts.heatmap_plotly(reports, x="report", y="theme", z="share", zlabel="per 10k",
                          title="Theme shares in government work reports (per 10,000 tokens)").show()
    show_text(charts.source_note(reports, nd.load("documents", processed_dir)), "p")"""),
    md("""
The Five-Year Plan, kept apart: a plan spends its words differently from an annual report, so
its shares are a reference, not a point on the same line.
"""),
    code("""
if ready:
    plan = shares[shares["genre"] == "plan"]
    if len(plan):
        charts.bar_plotly(plan, x="share", y="theme", orientation="h", title="Theme shares in the Five-Year Plan",
                          labels={"share": "per 10,000 tokens", "theme": ""}, height=420).show()
    show_text(charts.source_note(plan, nd.load("documents", processed_dir)), "p")"""),
    md("""
## Words that rise and fall

The terms whose rates change most between the complete reports (log ratio of highest to lowest
rate). A term at zero in one year and high in another is new vocabulary — or vocabulary dropped.
"""),
    code("""
if ready:
    moving = tv.changing_terms(top_n, processed_dir=processed_dir)
    charts.line_plotly(moving, x="report_year", y="per_10k", color="term",
                       title="Terms whose rate changes most", labels={"per_10k": "per 10,000 tokens",
                                                                     "report_year": "report"}).show()
    show_text(charts.source_note(moving, nd.load("documents", processed_dir)), "p")"""),
    md("""
## New and faded terms, and what is key in each report

For each report: terms no earlier report used (new), terms the previous report used and this
one does not (faded), and its key terms against the other reports (log-likelihood G²; positive
= used more here). A term fading into the partial 2022 report may simply sit in its lost part.
"""),
    code("""
if ready:
    reports_meta = tv.canonical_reports(processed_dir)
    reports_meta = reports_meta[reports_meta["doc_type"] == "gov_work_report"]
    if documents is not None:
        reports_meta = reports_meta[reports_meta["doc_id"].isin(documents)]
    for doc_id, label in zip(reports_meta["doc_id"], reports_meta["label_zh" if language == "zh" else "label_en"]):
        show_text(f"{label} · {doc_id}", "h3")  # escaped: ids and labels come from the catalog
        new = textdata.new_terms(doc_id, processed_dir=nd.processed_path(processed_dir)).head(top_n)
        faded = textdata.faded_terms(doc_id, processed_dir=nd.processed_path(processed_dir)).head(top_n)
        show_text("new: " + ("、".join(new["term"]) or "—") + "  |  faded: " + ("、".join(faded["term"]) or "—"), "p")
        key = textdata.keyness(doc_id, top=top_n, processed_dir=nd.processed_path(processed_dir))
        key = key[key["g2"] > 0]
        if len(key):
            charts.bar_plotly(key, x="g2", y="term", orientation="h", title=f"Key terms of {label} (G²)",
                              labels={"g2": "G² (log-likelihood)", "term": ""}, height=380).show()
        show_text(charts.source_note(key.assign(doc_id=doc_id), nd.load("documents", processed_dir)), "p")"""),
    md("""
## Topics the words form by themselves

Themes are dictionaries people wrote; a topic model lets the vocabulary group itself. Every
section of the canonical documents is one unit; its content words (no stopwords or policy verbs)
are weighted by TF-IDF and split into `n_topics` topics with non-negative matrix factorisation
(scikit-learn NMF, fixed seed: the same topics every run). Each topic is named by its top words;
the heatmap shows how much of each document's sections each topic accounts for. Topics are a
lens, not a finding: change `n_topics` and see which groupings hold.
"""),
    code("""
if ready and nd.available("tokens", processed_dir):
    docs_used = documents or tv.canonical_reports(processed_dir)["doc_id"].tolist()
    terms, mix = topic_model(nd.load("tokens", processed_dir), n_topics=n_topics, docs=docs_used)
    labels = topic_labels(terms)
    by_doc = topics_by_document(mix, labels, nd.load("documents", processed_dir), language)
    charts.heatmap_plotly(by_doc, x="report", y="topic", z="share", zlabel="% of sections",
                          title=f"{n_topics} topics (NMF over sections): share by document").show()
    show_table(terms.assign(topic=terms["topic_id"].map(labels)), caption="Top terms of each topic")
    show_text(charts.source_note(by_doc, nd.load("documents", processed_dir)), "p")"""),
    md("""
## Try this

- `n_topics = 4` or `10`: fewer, broader topics or more, narrower ones.
- `themes = ["digital", "green", "innovation"]` to focus the heatmap.
- `top_n = 25` for longer lists; `documents = ["wx-gwr-2024"]` for one report.
- Add terms to a theme in `lib/govreport/data/themes.yaml` and rebuild (`govreport build`).
"""),
]

# ---------------------------------------------------------------------------------------------
NOTEBOOKS["04_keyword_in_context"] = [
    md("""
# 关键词语境 · Where and how is a term used?

**Question:** how often do the reports use a term, and in what sentences? A concordance lines
up every occurrence with its left and right context, so you can read how the usage changes.
"""),
    params("""
# Parameters
terms = ["新质生产力", "数字经济", "太湖湾科创带"]   # one or more terms
window = 20            # characters of context on each side
language = "zh"        # "zh" or "en" labels
processed_dir = None   # None: the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
"""),
    code(SETUP + """
from govreport import text_views as tv

ready = nd.check(["documents", "sentences"], processed_dir)
nd.check(["term_frequencies"], processed_dir)  # only for rates per 10k tokens
documents = nd.load("documents", processed_dir)"""),
    md("""
## Frequency per report

Occurrences in each canonical document (the term as written, also inside longer words), and
the rate per 10,000 word tokens. Compare rates, not counts: the reports differ in length and the
2022 report survives only in part.
"""),
    code("""
counts = tv.term_counts(terms, processed_dir)
label = "label_zh" if language == "zh" else "label_en"
y = "per_10k" if counts["per_10k"].notna().any() else "count"
charts.bar_plotly(counts, x=label, y=y, color="term", title="Term frequency per report",
                  labels={label: "", "per_10k": "per 10,000 tokens", "count": "occurrences"}).show()
show_text(charts.source_note(counts, documents), "p")
show_table(counts, caption="Occurrences per document", paging=False)"""),
    md("""
## Concordance

Every occurrence with its context, in report and sentence order. The table is searchable and
sortable; `char_start` points into the raw file.
"""),
    code("""
kwic = tv.concordance(terms, window, processed_dir)
display(Markdown(f"**{len(kwic)}** occurrences of {len(terms)} term(s)."))
show_table(kwic, caption="Keyword in context")
show_text(charts.source_note(kwic, documents), "p")"""),
    md("""
## Try this

- `terms = ["碳达峰", "碳中和"]` or `["营商环境"]` — any string works, including new coinages.
- `window = 40` for longer context.
"""),
]

# ---------------------------------------------------------------------------------------------
NOTEBOOKS["05_compare_reports"] = [
    md("""
# 报告对比 · What changed between two reports?

**Question:** put two government work reports side by side: which targets did each set, how much
room did each theme get, and which words are distinctive of one against the other?
"""),
    params("""
# Parameters
year_a = 2021          # report year of the first report
year_b = 2024          # report year of the second report
top_n = 15             # distinctive terms per report
language = "zh"        # "zh" or "en" labels
processed_dir = None   # None: the project's data/processed (or $GOVREPORT_PROCESSED_DIR)
"""),
    code(SETUP + """
from govreport import plan_outcome as po
from govreport import text_views as tv

ready = nd.check(["documents", "observations", "theme_scores", "term_frequencies"], processed_dir)
documents = nd.load("documents", processed_dir)
doc_a, doc_b = tv.report_doc(year_a, processed_dir), tv.report_doc(year_b, processed_dir)
show_text(f"Comparing {year_a} ({doc_a or 'not in the corpus'}) with {year_b} "
          f"({doc_b or 'not in the corpus'}).", "p")"""),
    md("""
## Targets side by side

The targets each report set for its own year, matched by indicator and measure. Rows found in
both come first; a blank side means that report set no such target (or the extractor did not
find it).
"""),
    code("""
targets = po.targets_side_by_side(nd.load("observations", processed_dir), documents, doc_a, doc_b)
display(Markdown(f"{int(targets['in_both'].sum())} indicator(s) targeted in both, {len(targets)} in all."))
show_table(targets, caption=f"Targets {year_a} vs {year_b}")
show_text(charts.source_note(targets.assign(doc_id=", ".join([doc_a, doc_b])), documents), "p")"""),
    md("""
## Themes side by side

Theme shares per 10,000 word tokens in the two reports.
"""),
    code("""
if ready and doc_a and doc_b:
    both = tv.theme_table(None, [doc_a, doc_b], language, processed_dir)
    charts.bar_plotly(both, x="share", y="theme", color="report", orientation="h", barmode="group",
                      title=f"Theme shares, {year_a} vs {year_b}", labels={"share": "per 10,000 tokens", "theme": ""},
                      height=520).show()
    show_text(charts.source_note(both, documents), "p")"""),
    md("""
## Distinctive terms

Terms used significantly more in one report than in the other (log-likelihood G², p < 0.05),
the `top_n` strongest each way. Positive log ratio: distinctive of the first report.
"""),
    code("""
if ready and doc_a and doc_b:
    distinct = tv.distinctive_terms(doc_a, doc_b, top_n, processed_dir)
    charts.bar_plotly(distinct, x="log_ratio", y="term", color="distinctive_of", orientation="h",
                      title=f"Distinctive terms: {year_a} (right) vs {year_b} (left)",
                      labels={"log_ratio": "log2 ratio of rates", "term": ""}, height=max(400, 22 * len(distinct))).show()
    show_text(charts.source_note(distinct.assign(doc_id=distinct["distinctive_of"]), documents), "p")
    show_table(distinct, caption="Distinctive terms")"""),
    md("""
## Try this

- `year_a = 2022` compares with the partial 2022 report (expect fewer targets and skewed rates).
- `top_n = 30` for longer lists.
"""),
]


def build(name: str, cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "govreport", "display_name": "Python (govreport)", "language": "python"},
                   "language_info": {"name": "python"}}
    for i, (kind, text) in enumerate(cells):
        cell_id = f"{name.split('_')[0]}-{i:02d}"
        if kind == "markdown":
            cell = nbformat.v4.new_markdown_cell(text, id=cell_id)
        else:
            cell = nbformat.v4.new_code_cell(text, id=cell_id)
            if kind == "parameters":
                cell.metadata["tags"] = ["parameters"]
        nb.cells.append(cell)
    nbformat.validate(nb)
    return nb


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for name, cells in NOTEBOOKS.items():
        text = nbformat.writes(build(name, cells)) + "\n"
        path = NB_DIR / f"{name}.ipynb"
        if check:
            if not path.is_file() or path.read_text("utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, "utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("out of date (run scripts/make_notebooks.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
