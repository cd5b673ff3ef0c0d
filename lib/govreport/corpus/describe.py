"""A document's metadata: what the catalog (or a collection record) gives, else what the text says.

For each field — report year, place, level, document type, title — a value given by the
catalog row or the record's own fields wins; a blank one is filled from the text
(``govreport.corpus.metadata``). ``metadata_evidence`` says where each value came from
(catalog line, record field, or the rule and the words in the text, with their offset), and
``metadata_note`` says where the sources disagree or a value could not be found.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

import pandas as pd

from govreport.corpus.metadata import ProposedMetadata, place_level, propose_metadata

FIELDS = ("report_year", "place", "level", "doc_type", "title")


@dataclass(frozen=True)
class Given:
    """Metadata given outside the text: a catalog row (``source`` = 'catalog line 3') or a record's fields."""
    source: str
    values: dict  # field -> value; blank fields left out


def _blank(value) -> bool:
    return value is None or (not isinstance(value, str) and pd.isna(value)) or (isinstance(value, str) and not value.strip())


def _same_place(a: str, b: str) -> bool:
    return a.endswith(b) or b.endswith(a)


def _year(value) -> int | None:
    try:
        return int(str(value).strip().removesuffix("年"))
    except ValueError:
        return None


_VOCATIVE = re.compile(r"\s*(?:各位代表|同志们|代表们)\s*[：:！!，,]?\s*")


def describe(raw_text: str, file: str, given: Given | None, first_line: str) -> dict:
    """The metadata columns of one ``documents`` row."""
    proposed = propose_metadata(raw_text, file)
    values = {k: v for k, v in (given.values if given else {}).items() if not _blank(v)}
    if "report_year" in values:
        values["report_year"] = _year(values["report_year"])
        if values["report_year"] is None:
            del values["report_year"]
    text = {"report_year": proposed.report_year, "place": proposed.place, "level": proposed.level,
            "doc_type": proposed.doc_type, "title": proposed.title}
    out, evidence, notes = {}, [], []
    for name in FIELDS:
        if name in values:
            out[name] = values[name]
            evidence.append(f"{name}={out[name]} ({given.source})")
        else:
            out[name] = text[name]
            if name == "level" and "place" in values:  # a place given without its level: the name tells
                out[name] = place_level(values["place"]) or (text[name] if proposed.place and
                                                             _same_place(values["place"], proposed.place) else None)
    notes += _disagreements(values, proposed, given)
    if not out["title"]:  # a speech opening on 各位代表： has no title line: it is a work report
        out["title"] = "政府工作报告" if _VOCATIVE.fullmatch(first_line) and out["doc_type"] == "gov_work_report" \
            else first_line
    text_evidence = proposed.evidence_text()
    if text_evidence:
        evidence.append(text_evidence if not values else "text: " + text_evidence)
    if given is None:
        notes.insert(0, "not in catalog; metadata from the text")
    notes += list(proposed.notes)
    for name, what in (("report_year", "report year"), ("place", "place")):
        if out[name] is None or out[name] == "":
            notes.append(f"{what} not found in the text")
    return {"title": out["title"] or "", "place": out["place"] or "", "level": out["level"] or "",
            "doc_type": out["doc_type"] or "other", "report_year": out["report_year"],
            "report_date": proposed.report_date or "", "congress": proposed.congress or "",
            "metadata_evidence": "; ".join(evidence), "metadata_note": "; ".join(notes)}


def _disagreements(values: dict, proposed: ProposedMetadata, given: Given | None) -> list[str]:
    """Where a given value and a value found in the text differ."""
    if given is None:
        return []
    out = []
    src = given.source.split(" line ")[0]
    if "report_year" in values and proposed.report_year and proposed.report_year != values["report_year"]:
        ev = proposed.chosen.get("report_year")
        out.append(f"{src} says report_year {values['report_year']}, the text suggests {proposed.report_year}"
                   + (f" ({ev.rule}: {ev.snippet})" if ev else ""))
    if "place" in values and proposed.place and not _same_place(values["place"], proposed.place):
        out.append(f"{src} says place {values['place']}, the text suggests {proposed.place}")
    if "level" in values and proposed.level and proposed.place and proposed.level != values["level"]:
        out.append(f"{src} says level {values['level']}, the text suggests {proposed.level}")
    if "doc_type" in values and proposed.doc_type not in ("other", values["doc_type"]):
        out.append(f"{src} says doc_type {values['doc_type']}, the text suggests {proposed.doc_type}")
    return out
