"""The catalog: one row of metadata per raw file, kept in ``catalog.csv`` in the raw folder.

Raw files are never renamed or edited; the catalog gives them meaning (doc id, title, place,
year, version, which version is canonical) and records their sha256. Only ``doc_id`` and
``file`` are required; blank fields are proposed from the text. Every problem with the
catalog raises ``CatalogError`` with one line naming catalog.csv and the line of the row.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from pathlib import Path, PurePosixPath

import pandas as pd

from govreport.corpus.names import one_line, printable
from govreport.lang.numerals import parse_chinese_numeral

CATALOG_FILE = "catalog.csv"
CATALOG_COLUMNS = [
    "doc_id", "file", "title", "place", "level", "doc_type", "report_year",
    "version", "report_id", "is_canonical", "sha256", "note",
]
LEVELS = {"national", "province", "city", "district", "county"}
REQUIRED_COLUMNS = ["doc_id", "file"]  # the rest may be left out or blank: it is proposed from the text
DOC_TYPES = {"gov_work_report", "five_year_plan", "other"}
YEARS = range(1949, 2101)
_TRUE, _FALSE = {"true", "1", "yes", "y"}, {"false", "0", "no", "n"}
_DOC_ID = re.compile(r"[^\s/\\\x00-\x1f\x7f]+")
_SHA = re.compile(r"[0-9a-fA-F]{64}")


class CatalogError(ValueError):
    """The catalog or the raw folder is inconsistent; the message names the problem."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def safe_relative(name: str) -> str | None:
    """``name`` as a clean relative POSIX path inside the raw folder, or None when it would leave it
    (absolute, drive letter, '..', empty)."""
    name = name.strip().replace("\\", "/")
    if not name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or ".." in parts:
        return None
    return "/".join(parts)


def _decode(data: bytes, shown: str) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; GB18030 as Excel on Chinese Windows saves it."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8-sig", "gb18030"]
    for enc in encodings:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:  # NULs: UTF-32, or not text at all
            return text
    raise CatalogError(f"{shown}: not UTF-8, UTF-16 or GB18030 text; save it as UTF-8 CSV")


def _year(value: str) -> int | None:
    """'2021', '2021年', '二〇二一' → 2021; '' → None; anything else raises ValueError."""
    v = value.strip().removesuffix("年").strip()
    if not v:
        return None
    if re.fullmatch(r"\d{4}", v):
        year = int(v)
    else:
        parsed = parse_chinese_numeral(v)
        if parsed is None or len(v) != 4:
            raise ValueError(value)
        year = int(parsed)
    if year not in YEARS:
        raise ValueError(value)
    return year


def _rows(text: str, shown: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(header, [(line number, fields)]) with strict CSV quoting."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    out = []
    try:
        header = next(reader, None)
        if header is None:
            raise CatalogError(f"{shown}: is empty (expected a header row: doc_id,file,...)")
        start = reader.line_num + 1
        for fields in reader:
            if any(f.strip() for f in fields):
                out.append((start, fields))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise CatalogError(f"{shown} line {reader.line_num}: cannot be parsed as CSV ({exc})") from None
    return [h.strip() for h in header], out


def load_catalog(raw_dir: str | Path, verify: bool = True) -> pd.DataFrame:
    """Read and check ``catalog.csv`` in ``raw_dir``; with ``verify``, also that files exist and hashes match.

    A raw folder without a catalog gives an empty catalog: metadata is then proposed
    by detection (see ``govreport.corpus.metadata``). ``report_year`` is an Int64 column,
    ``is_canonical`` holds True, False or None (not decided).
    """
    raw_dir = Path(raw_dir)
    path = raw_dir / CATALOG_FILE
    if not raw_dir.is_dir():
        raise CatalogError(f"raw folder not found: {printable(raw_dir)}")
    if not path.exists() and not path.is_symlink():
        return pd.DataFrame(columns=CATALOG_COLUMNS)
    shown = printable(path)
    if path.is_symlink() or not path.is_file():
        raise CatalogError(f"{shown}: must be a regular file (not a link or folder)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{shown}: cannot be read ({exc.strerror})") from None
    if not data.strip(b" \t\r\n\xef\xbb\xbf"):
        raise CatalogError(f"{shown}: is empty (expected a header row: doc_id,file,...)")
    header, rows = _rows(_decode(data, shown), shown)
    if "place" not in header and "city" in header:  # the older name of the column
        header = ["place" if h == "city" else h for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise CatalogError(f"{shown}: missing columns {missing} (header: {one_line(','.join(header))})")
    dup_cols = sorted({h for h in header if h and header.count(h) > 1})
    if dup_cols:
        raise CatalogError(f"{shown}: columns {dup_cols} appear twice in the header")
    records, seen_id, seen_file = [], {}, {}
    for line, fields in rows:
        if len(fields) != len(header):
            raise CatalogError(f"{shown} line {line}: {len(fields)} fields, the header has {len(header)}")
        raw = dict(zip(header, (f.strip() for f in fields)))
        records.append(_check_row(raw, line, shown, seen_id, seen_file))
    cat = pd.DataFrame(records, columns=CATALOG_COLUMNS + ["line"])
    cat["report_year"] = pd.array(cat["report_year"].tolist(), dtype="Int64")
    if verify:
        for row in cat.itertuples():
            f = raw_dir / row.file
            if not f.is_file():
                raise CatalogError(f"{shown} line {row.line}: row {row.doc_id!r} points to a missing file: "
                                   f"{printable(f)}")
            if row.sha256 and sha256_of(f) != row.sha256:
                raise CatalogError(f"{printable(f)}: sha256 differs from the catalog (raw files must not be edited)")
    return cat[CATALOG_COLUMNS + ["line"]].reset_index(drop=True)


def _check_row(raw: dict, line: int, shown: str, seen_id: dict, seen_file: dict) -> dict:
    """One catalog row, checked and typed; CatalogError names the line and what is wrong."""
    where = f"{shown} line {line}"
    doc_id = raw.get("doc_id", "")
    if not doc_id or not _DOC_ID.fullmatch(doc_id):
        raise CatalogError(f"{where}: doc_id {one_line(doc_id)!r} is empty or holds spaces, slashes or control characters")
    where = f"{where} (doc_id {printable(doc_id)!r})"
    if doc_id in seen_id:
        raise CatalogError(f"{where}: doc_id already used on line {seen_id[doc_id]}")
    seen_id[doc_id] = line
    file = safe_relative(raw.get("file", ""))
    if file is None:
        raise CatalogError(f"{where}: file {one_line(raw.get('file', ''))!r} must be a path inside the raw folder "
                           "(relative, without '..')")
    if file in seen_file:
        raise CatalogError(f"{where}: file {printable(file)!r} is already catalogued on line {seen_file[file]}")
    seen_file[file] = line
    row = {c: raw.get(c, "") for c in CATALOG_COLUMNS}
    row["file"], row["line"] = file, line
    try:
        row["report_year"] = _year(row["report_year"])
    except ValueError:
        raise CatalogError(f"{where}: report_year {one_line(raw['report_year'])!r} is not a year "
                           f"({YEARS.start}-{YEARS.stop - 1}, e.g. 2021)") from None
    flag = row["is_canonical"].lower()
    if flag and flag not in _TRUE | _FALSE:
        raise CatalogError(f"{where}: is_canonical {one_line(row['is_canonical'])!r} is not true or false")
    row["is_canonical"] = None if not flag else flag in _TRUE
    if row["doc_type"] and row["doc_type"] not in DOC_TYPES:
        raise CatalogError(f"{where}: unknown doc_type {one_line(row['doc_type'])!r} (allowed: {sorted(DOC_TYPES)})")
    if row["level"] and row["level"] not in LEVELS:
        raise CatalogError(f"{where}: unknown level {one_line(row['level'])!r} (allowed: {sorted(LEVELS)})")
    if row["sha256"] and not _SHA.fullmatch(row["sha256"]):
        raise CatalogError(f"{where}: sha256 {one_line(row['sha256'])!r} is not 64 hexadecimal digits")
    row["sha256"] = row["sha256"].lower()
    return row
