"""Collections: a .jsonl or .csv file in the raw folder holding one report per record.

A record is a report when it has a text field — ``content``, ``text`` or ``full_text``
(the first one present) — that is not blank. Optional fields give its metadata as a
catalog row would: ``title``, ``year`` (or ``report_year``), ``place``, ``level``,
``doc_type``. Records are numbered as a user finds them: the line number in a .jsonl file,
the data row number in a .csv file (the header is row 0). A record that is not a report
(bad JSON, no text field, blank text) is listed in ``skipped``; so is a whole file none of
whose records hold a text field (a manifest, a table of figures).
"""
from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import dataclass, field

from govreport.corpus.inputs import Skipped
from govreport.corpus.read import decode_bytes, is_blank

TEXT_FIELDS = ("content", "text", "full_text")
META_FIELDS = {"title": "title", "year": "report_year", "report_year": "report_year", "place": "place",
               "level": "level", "doc_type": "doc_type"}

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a whole report is one CSV field


@dataclass(frozen=True)
class Record:
    number: int
    text: str
    fields: dict = field(default_factory=dict)  # catalog column -> value as written


def _record(rel: str, number: int, obj, out: list[Record], skipped: list[Skipped]) -> None:
    if not isinstance(obj, dict):
        skipped.append(Skipped(rel, number, "bad_record", "not a JSON object"))
        return
    key = next((k for k in TEXT_FIELDS if k in obj), None)
    if key is None:
        skipped.append(Skipped(rel, number, "no_text_field", f"no {', '.join(TEXT_FIELDS)} field"))
        return
    text = obj[key]
    if not isinstance(text, str) or is_blank(text):
        skipped.append(Skipped(rel, number, "empty_record", f"the {key} field holds no text"))
        return
    fields = {col: str(obj[k]).strip() for k, col in META_FIELDS.items()
              if obj.get(k) not in (None, "") and not isinstance(obj[k], (dict, list))}
    out.append(Record(number, text, fields))


def _jsonl(rel: str, text: str, out: list[Record], skipped: list[Skipped]) -> None:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            skipped.append(Skipped(rel, number, "bad_record", f"not JSON ({exc.msg} at column {exc.colno})"))
            continue
        _record(rel, number, obj, out, skipped)


def _csv(rel: str, text: str, out: list[Record], skipped: list[Skipped]) -> None:
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    number = 0
    try:
        for number, row in enumerate(reader, start=1):
            _record(rel, number, {k: v for k, v in row.items() if k is not None}, out, skipped)
    except csv.Error as exc:
        skipped.append(Skipped(rel, number + 1, "bad_record", f"not CSV from here on ({exc})"))


def read_collection(rel: str, data: bytes) -> tuple[list[Record], list[Skipped], str]:
    """The reports a collection file holds, the records (or the file) skipped, and its encoding.

    Raises ``DocumentError`` when the file is not text at all.
    """
    text, encoding = decode_bytes(data, rel)
    text = text.lstrip("\ufeff")
    records: list[Record] = []
    skipped: list[Skipped] = []
    (_jsonl if rel.lower().endswith(".jsonl") else _csv)(rel, text, records, skipped)
    if not records and skipped and all(s.reason == "no_text_field" for s in skipped):
        return [], [Skipped(rel, -1, "no_text_field",
                            f"not a collection of reports: no record has a {', '.join(TEXT_FIELDS)} field")], encoding
    return records, skipped, encoding

