"""How a document is named on charts and in tables: '2021 报告', '2022 报告（节选）', '2021 规划',
and with its place where a corpus holds several governments: '江苏省 2026 报告'."""
from __future__ import annotations


def report_label(report_year: int, doc_type: str, comparable: bool | None = True, language: str = "zh",
                 place: str | None = None) -> str:
    """'2021 报告', '2022 报告（节选）', '2021 规划' (en: '2021 report', '2022 report (partial)',
    '2021 plan'); ``place`` (when given) goes first, so reports of one year but different places
    never share a label."""
    plan = doc_type == "five_year_plan"
    prefix = f"{place} " if place else ""
    if language == "zh":
        label = f"{prefix}{int(report_year)} {'规划' if plan else '报告'}"
        return label + ("（节选）" if not plan and comparable is False else "")
    label = f"{prefix}{int(report_year)} {'plan' if plan else 'report'}"
    return label + (" (partial)" if not plan and comparable is False else "")
