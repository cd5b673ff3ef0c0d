"""How a document is named on charts and in tables: '2021 报告', '2022 报告（节选）', '2021 规划'."""
from __future__ import annotations


def report_label(report_year: int, doc_type: str, comparable: bool | None = True, language: str = "zh") -> str:
    """'2021 报告', '2022 报告（节选）', '2021 规划' (en: '2021 report', '2022 report (partial)', '2021 plan')."""
    plan = doc_type == "five_year_plan"
    if language == "zh":
        label = f"{int(report_year)} {'规划' if plan else '报告'}"
        return label + ("（节选）" if not plan and comparable is False else "")
    label = f"{int(report_year)} {'plan' if plan else 'report'}"
    return label + (" (partial)" if not plan and comparable is False else "")
