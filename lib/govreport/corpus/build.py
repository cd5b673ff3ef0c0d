"""The corpus stage: raw folder → clean, structured, fully accounted corpus tables.

``stream(raw_dir, emit)`` scans the raw folder (``inputs``: report files, collections, what is
skipped) and handles one report at a time, in doc_id order (``mapper`` may hand them to
worker processes): it reads the file, cleans it through the ledger steps, describes it
(catalog, else the text), finds its structure and hands its rows of the per-document tables
(sections, paragraphs, sentences, tables, removed, repairs) to ``emit`` at once. What the
corpus-wide steps need is all that is kept of a document: its documents row and a small
fingerprint of its text. Versions of one report are then grouped by fingerprints, and the
few documents that are versions of another are parsed again to align them (variants).
Memory is bounded by a few documents and the small corpus-wide tables, not by the corpus.
``build_corpus`` keeps everything in memory instead (tests, tools). Later stages rebuild the
clean ↔ raw offsets from ``removed`` and ``repairs`` (``govreport.corpus.sources``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import numpy as np
import pandas as pd
import pyarrow as pa

from govreport import store as T
from govreport.corpus.align import align_versions
from govreport.corpus.catalog import CATALOG_FILE, CatalogError, load_catalog
from govreport.corpus.collections import read_collection
from govreport.corpus.debris import strip_debris
from govreport.corpus.describe import Given, describe
from govreport.corpus.foreign import remove_foreign_content
from govreport.corpus.ids import assign_ids
from govreport.corpus.inputs import scan
from govreport.corpus.layout import restore_paragraph_breaks
from govreport.corpus.ledger import Ledger
from govreport.corpus.names import printable
from govreport.corpus.rejoin import rejoin_broken_sentences
from govreport.corpus.repeats import remove_repeats
from govreport.corpus.sources import RawFile, read_bytes, read_raw
from govreport.corpus.structure import Structure, analyse
from govreport.corpus.versions import NEAR_DUPLICATE, fingerprint, group_versions
from govreport.corpus.webpage import remove_page_debris


@dataclass
class ParsedDoc:
    doc_id: str
    file: str
    encoding: str
    sha256: str
    ledger: Ledger
    structure: Structure
    record: int = -1

    @property
    def raw_text(self) -> str:
        return self.ledger.raw

    @property
    def clean_text(self) -> str:
        return self.ledger.clean

    def to_raw(self, clean_offset: int) -> int:
        """Raw offset of the clean character at ``clean_offset`` (len(raw) at the end)."""
        return int(self.ledger.view()[1][clean_offset])

    def raw_span(self, clean_start: int, clean_end: int) -> tuple[int, int]:
        return self.ledger.to_raw_span(clean_start, clean_end)


@dataclass
class Corpus:
    docs: dict[str, ParsedDoc] = field(default_factory=dict)
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def to_raw(self, doc_id: str, clean_offset: int) -> int:
        return self.docs[doc_id].to_raw(clean_offset)


def clean(raw: str) -> tuple[Ledger, list[tuple[int, int]]]:
    """Run the cleaning stages in order; return the ledger and bold spans (heading hints)."""
    ledger = Ledger(raw)
    restore_paragraph_breaks(ledger)  # first: later steps work on lines
    emphasis = strip_debris(ledger)
    remove_page_debris(ledger)
    remove_foreign_content(ledger)
    rejoin_broken_sentences(ledger)
    remove_repeats(ledger)
    return ledger, emphasis


def parse_document(doc_id: str, path: Path, raw_file: RawFile | None = None, report_year: int | None = None,
                   doc_type: str = "", file: str | None = None, record: int = -1) -> ParsedDoc:
    f = raw_file or read_raw(path)
    ledger, emphasis = clean(f.text)
    structure = analyse(ledger, emphasis, report_year, five_year_plan=doc_type == "five_year_plan")
    return ParsedDoc(doc_id, file or Path(path).name, f.encoding, f.sha256, ledger, structure, record)


@dataclass
class _Source:
    rel: str
    record: int
    raw: RawFile | None  # a collection's record; None for a report file, read when it is parsed
    given: Given | None
    sha256: str = ""  # the catalog's, checked when the file is read

    def read(self, raw_dir: Path) -> RawFile:
        if self.raw is not None:
            return self.raw
        f = read_raw(raw_dir / self.rel)
        if self.sha256 and f.sha256 != self.sha256:
            raise CatalogError(f"{printable(raw_dir / self.rel)}: sha256 differs from the catalog "
                               "(raw files must not be edited)")
        return f


def _first_line(text: str) -> str:
    text = text.strip()
    return text.splitlines()[0][:80] if text else ""


def _sources(raw_dir: Path, catalog: pd.DataFrame, skipped: list) -> list[_Source]:
    """Every report of the raw folder with the metadata given for it (report files are read
    when they are parsed; collections are read here, once)."""
    folder = scan(raw_dir)
    skipped.extend(folder.skipped)
    shown = printable(raw_dir / CATALOG_FILE)
    reports, collections = set(folder.reports), set(folder.collections)
    not_read = {s.file: s for s in folder.skipped}
    rows = {}
    for row in catalog.itertuples():
        where = f"{shown} line {row.line}: row {printable(row.doc_id)!r}"
        if row.file in collections:
            raise CatalogError(f"{where} names the collection {printable(row.file)}; its records take their "
                               "metadata from their own fields (title, year, place, level, doc_type)")
        if row.file in not_read:
            s = not_read[row.file]
            raise CatalogError(f"{where} points to {printable(row.file)}, which is not read ({s.reason}: {s.detail})")
        if row.file not in reports:
            raise CatalogError(f"{where} points to a missing file: {printable(raw_dir / row.file)}")
        rows[row.file] = row
    out = []
    for rel in folder.reports:
        row = rows.get(rel)
        given = None
        if row is not None:
            values = {k: getattr(row, k) for k in ("title", "place", "level", "doc_type", "report_year")}
            given = Given(f"catalog line {row.line}", values)
        out.append(_Source(rel, -1, None, given, row.sha256 if row is not None and row.sha256 else ""))
    for rel in folder.collections:
        data = read_bytes(raw_dir / rel)
        records, record_skips, encoding = read_collection(rel, data)
        skipped.extend(record_skips)
        sha = hashlib.sha256(data).hexdigest()
        for r in records:
            out.append(_Source(rel, r.number, RawFile(raw_dir / rel, r.text, encoding, sha),
                               Given(f"record {r.number} fields", r.fields) if r.fields else None))
    return out


PER_DOCUMENT = ("sections", "paragraphs", "sentences", "tables", "removed", "repairs")


def _doc_tables(doc: ParsedDoc) -> dict[str, dict[str, list]]:
    """A document's rows of each per-document table, as columns (table → column → values; a
    table without rows is left out): built column by column, raw spans mapped all at once."""
    st, d = doc.structure, doc.doc_id
    sid = lambda i: "" if i is None else f"{d}-s{i:04d}"
    spans = doc.ledger.to_raw_spans
    out: dict[str, dict[str, list]] = {}
    if st.sections:
        r0, r1 = spans([s.start for s in st.sections], [s.end for s in st.sections])
        out["sections"] = dict(doc_id=[d] * len(st.sections), section_id=[sid(s.index) for s in st.sections],
                               parent_id=[sid(s.parent) for s in st.sections],
                               level=[s.level for s in st.sections], number=[s.number for s in st.sections],
                               title=[s.title for s in st.sections], part=[s.part for s in st.sections],
                               char_start=r0.tolist(), char_end=r1.tolist())
    text = doc.clean_text
    if st.paragraphs:
        starts, ends, secs = zip(*st.paragraphs)
        r0, r1 = spans(starts, ends)
        out["paragraphs"] = dict(doc_id=[d] * len(starts), paragraph_id=[f"{d}-p{i:04d}" for i in range(len(starts))],
                                 section_id=[sid(x) for x in secs],
                                 text=[text[a:b].strip() for a, b in zip(starts, ends)],
                                 char_start=r0.tolist(), char_end=r1.tolist())
    if st.sentences:
        starts, ends, secs, paras, parts = zip(*st.sentences)
        r0, r1 = spans(starts, ends)
        out["sentences"] = dict(doc_id=[d] * len(starts), sentence_id=[f"{d}-{i:05d}" for i in range(len(starts))],
                                section_id=[sid(x) for x in secs], paragraph_id=[f"{d}-p{p:04d}" for p in paras],
                                part=list(parts), text=[text[a:b] for a, b in zip(starts, ends)],
                                char_start=r0.tolist(), char_end=r1.tolist(), clean_start=list(starts))
    if st.tables:
        starts, ends, titles, secs = zip(*st.tables)
        r0, r1 = spans(starts, ends)
        out["tables"] = dict(doc_id=[d] * len(starts), table_id=[f"{d}-t{i + 1:02d}" for i in range(len(starts))],
                             title=list(titles), section_id=[sid(x) for x in secs],
                             char_start=r0.tolist(), char_end=r1.tolist())
    raw = doc.raw_text
    removals = [e for e in doc.ledger.edits if e.is_removal]
    repairs = [e for e in doc.ledger.edits if not e.is_removal]
    if removals:
        dup = [e.duplicate_of or (-1, -1) for e in removals]
        out["removed"] = dict(doc_id=[d] * len(removals), removal_id=[f"{d}-r{i:05d}" for i in range(len(removals))],
                              char_start=[e.start for e in removals], char_end=[e.end for e in removals],
                              reason=[e.reason for e in removals], text=[raw[e.start:e.end] for e in removals],
                              duplicate_of_start=[a for a, _ in dup], duplicate_of_end=[b for _, b in dup])
    if repairs:
        out["repairs"] = dict(doc_id=[d] * len(repairs), repair_id=[f"{d}-x{i:05d}" for i in range(len(repairs))],
                              char_start=[e.start for e in repairs], char_end=[e.end for e in repairs],
                              before=[raw[e.start:e.end] for e in repairs], after=[e.replacement for e in repairs],
                              reason=[e.reason for e in repairs])
    return out


def _rows(columns: dict[str, list]) -> list[dict]:
    """Columns as rows (one dict per row)."""
    return [dict(zip(columns, values)) for values in zip(*columns.values())]


@dataclass
class _Job:
    """One report to parse: its id, where it is, what the catalog says of its version."""
    doc_id: str
    raw_dir: Path
    source: _Source
    version: str
    is_canonical: bool | None
    keep: bool  # hand back the parsed document and plain rows (build_corpus) instead of Arrow tables


@dataclass
class DocumentOutput:
    """What is kept of one parsed report, and its rows of the per-document tables."""
    doc_id: str
    row: dict  # its documents row, before versions are grouped
    fingerprint: np.ndarray
    tables: dict  # table → its rows: Arrow tables in the data dictionary's shape, or lists of dicts (keep)
    doc: ParsedDoc | None = None  # with ``keep``


def parse_source(job: _Job) -> DocumentOutput:
    """Read, describe and parse one report: the per-document work of the stage, which
    ``stream`` may hand to worker processes."""
    s = job.source
    raw = s.read(job.raw_dir)
    meta = describe(raw.text, s.rel, s.given, _first_line(raw.text))
    year = meta["report_year"]
    doc = parse_document(job.doc_id, job.raw_dir / s.rel, raw, None if year is None else int(year), meta["doc_type"],
                         file=s.rel, record=s.record)
    row = dict(doc_id=job.doc_id, file=s.rel, record=s.record, sha256=doc.sha256, encoding=doc.encoding,
               version=job.version, is_canonical=job.is_canonical,
               n_chars_raw=len(doc.raw_text), n_chars_clean=len(doc.clean_text.strip()), **meta)
    columns = _doc_tables(doc)
    if job.keep:
        rows = {name: _rows(columns[name]) if name in columns else [] for name in PER_DOCUMENT}
        return DocumentOutput(job.doc_id, row, fingerprint(doc.clean_text), rows, doc)
    # shaped here, in the worker, so the process writing the tables only appends them
    tables = {name: to_arrow(c, name) for name, c in columns.items()}
    return DocumentOutput(job.doc_id, row, fingerprint(doc.clean_text), tables)


def to_arrow(columns: dict[str, list], name: str) -> pa.Table:
    """One document's rows of a per-document table (text and integer columns, given as
    column → values) in the data dictionary's shape: what ``store.to_arrow(pd.DataFrame(columns),
    name)`` gives (a missing value becomes the column's default, "" or -1), built column by
    column without pandas, whose cost per call would outweigh a small document's rows."""
    schema = T.arrow_schema(name)
    columns_out = []
    for f in schema:
        if pa.types.is_integer(f.type):
            default = -1
        elif pa.types.is_large_string(f.type) or pa.types.is_string(f.type):
            default = ""
        else:
            raise TypeError(f"{name}.{f.name}: {f.type} is not a column type of the per-document tables")
        # None and NaN become nulls, then the default; a value of another type is refused
        array = pa.array(columns[f.name], type=f.type, from_pandas=True)
        columns_out.append(array.fill_null(default) if array.null_count else array)
    return pa.Table.from_arrays(columns_out, schema=schema)


@dataclass
class _Report:
    """A report's canonical version and its other versions to align with it."""
    report_id: str
    canonical: _Job
    others: list[_Job]
    parsed_as: dict[str, tuple]  # doc_id → (report_year, doc_type, sha256) of its first parse


def _reparse(job: _Job, parsed_as: tuple) -> ParsedDoc:
    year, doc_type, sha256 = parsed_as
    raw = job.source.read(job.raw_dir)
    if raw.sha256 != sha256:
        raise CatalogError(f"{printable(job.raw_dir / job.source.rel)}: changed while the corpus was built")
    return parse_document(job.doc_id, job.raw_dir / job.source.rel, raw, None if year is None else int(year),
                          doc_type, file=job.source.rel, record=job.source.record)


def _sentences(doc: ParsedDoc) -> pd.DataFrame:
    columns = _doc_tables(doc).get("sentences")
    return pd.DataFrame(_rows(columns)) if columns else T.empty("sentences")


def align_report(report: _Report) -> list[tuple[str, list[dict]]]:
    """(other doc id, variant rows) of every other version of one report, each aligned with
    the canonical version. The documents are parsed again: the stage keeps no parsed text,
    and only versions of one report are ever aligned."""
    canonical = _sentences(_reparse(report.canonical, report.parsed_as[report.canonical.doc_id]))
    out = []
    for job in report.others:
        other = _reparse(job, report.parsed_as[job.doc_id])
        out.append((job.doc_id, align_versions(canonical, _sentences(other), other.to_raw)))
    return out


def _variants(documents: pd.DataFrame, jobs: dict[str, _Job], parsed_as: dict[str, tuple],
              pair_scores: dict[tuple[str, str], float], mapper: Callable) -> pd.DataFrame:
    """Differing readings of every version against its report's canonical version (near-duplicates only)."""
    report_of = dict(zip(documents["doc_id"], documents["report_id"]))
    reports: dict[str, _Report] = {}
    for (can_id, other_id), score in sorted(pair_scores.items(), key=lambda kv: (report_of[kv[0][0]], kv[0])):
        if score < NEAR_DUPLICATE:
            continue  # unrelated texts are never aligned, whatever the catalog says
        rid = report_of[can_id]
        report = reports.setdefault(rid, _Report(rid, jobs[can_id], [], {can_id: parsed_as[can_id]}))
        report.others.append(jobs[other_id])
        report.parsed_as[other_id] = parsed_as[other_id]
    rows = []
    for report, aligned in zip(reports.values(), mapper(align_report, list(reports.values()))):
        for other_id, found in aligned:
            for r in found:
                rows.append(dict(report_id=report.report_id, variant_id=f"{report.report_id}-v{len(rows):04d}",
                                 canonical_doc_id=report.canonical.doc_id, other_doc_id=other_id, **r))
    return pd.DataFrame(rows) if rows else T.empty("variants")


def stream(raw_dir: str | Path, emit: Callable[[str, object], None],
           progress: Callable[[Iterable], Iterable] | None = None, mapper: Callable = map,
           keep: Callable[[DocumentOutput], None] | None = None) -> dict[str, pd.DataFrame]:
    """Parse every document in ``raw_dir``, one at a time in doc_id order, handing its rows of
    each per-document table to ``emit(table, rows)`` as soon as it is parsed; return the
    corpus-wide tables (documents, variants, skipped).

    ``mapper(fn, jobs)`` runs the per-document work (``map`` by default; the pipeline passes an
    ordered process pool); everything else is the same. With ``keep``, every document's
    output (its parsed document and plain rows) goes to ``keep`` instead of ``emit``."""
    raw_dir = Path(raw_dir)
    catalog = load_catalog(raw_dir, verify=False)
    skipped: list = []
    sources = _sources(raw_dir, catalog, skipped)
    if not sources:
        raise CatalogError(f"no documents in {printable(raw_dir)} (report files: .txt .md .text .html .htm; "
                           "collections: .jsonl .csv)")
    catalog_ids = dict(zip(catalog["file"], catalog["doc_id"]))
    generated = assign_ids([(s.rel, s.record) for s in sources if s.rel not in catalog_ids], set(catalog_ids.values()))
    catalog_rows = {r.file: r for r in catalog.itertuples()}
    jobs = {}
    for s in sources:
        row = catalog_rows.get(s.rel) if s.record < 0 else None
        doc_id = catalog_ids.get(s.rel) or generated[(s.rel, s.record)]
        jobs[doc_id] = _Job(doc_id, raw_dir, s, row.version if row is not None and row.version else "unknown",
                            row.is_canonical if row is not None else None, keep is not None)
    del sources
    rows, prints, parsed_as = [], {}, {}
    parsed = mapper(parse_source, [jobs[d] for d in sorted(jobs)])  # in doc_id order, whatever runs them
    for out in (progress(parsed) if progress else parsed):
        prints[out.doc_id] = out.fingerprint
        rows.append(out.row)
        parsed_as[out.doc_id] = (out.row["report_year"], out.row["doc_type"], out.row["sha256"])
        if keep is not None:
            keep(out)
        else:
            for name in PER_DOCUMENT:
                if name in out.tables:
                    emit(name, out.tables[name])
    documents = pd.DataFrame(rows)
    documents["is_canonical"] = documents["is_canonical"].astype(object)
    catalog_report = {r.doc_id: r.report_id for r in catalog.itertuples() if r.report_id}
    documents, pair_scores = group_versions(documents, prints, catalog_report)
    del prints
    documents = documents.sort_values("doc_id").reset_index(drop=True)
    return {"documents": documents,
            "variants": _variants(documents, jobs, parsed_as, pair_scores, mapper),
            "skipped": (pd.DataFrame([s.row() for s in sorted(skipped, key=lambda s: (s.file, s.record))])
                        if skipped else T.empty("skipped"))}


def build_corpus(raw_dir: str | Path, progress: Callable[[Iterable], Iterable] | None = None,
                 mapper: Callable = map) -> Corpus:
    """Every table of the corpus stage in memory, and every parsed document (each file is read once)."""
    corpus = Corpus()
    parts: dict[str, list[dict]] = {name: [] for name in PER_DOCUMENT}

    def keep(out: DocumentOutput) -> None:
        corpus.docs[out.doc_id] = out.doc
        for name, table_rows in out.tables.items():
            parts[name].extend(table_rows)

    wide = stream(raw_dir, lambda name, rows: None, progress, mapper, keep)
    tables = {"documents": wide["documents"]}
    for name, table_rows in parts.items():
        tables[name] = pd.DataFrame(table_rows) if table_rows else T.empty(name)
    tables["variants"], tables["skipped"] = wide["variants"], wide["skipped"]
    corpus.tables = tables
    return corpus


def run(raw_dir: str | Path, progress: Callable[[Iterable], Iterable] | None = None, mapper: Callable = map
        ) -> tuple[dict[str, pd.DataFrame], dict[str, RawFile]]:
    """The corpus stage in memory: its tables, and the raw files it read (so the next stages need not)."""
    corpus = build_corpus(raw_dir, progress, mapper)
    raw = {d: RawFile(Path(raw_dir) / doc.file, doc.raw_text, doc.encoding, doc.sha256)
           for d, doc in corpus.docs.items()}
    return corpus.tables, raw
