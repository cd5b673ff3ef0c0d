"""The corpus stage: raw folder → clean, structured, fully accounted corpus tables.

``run(raw_dir)`` scans the raw folder (``inputs``: report files, collections, what is
skipped), reads every report once, cleans it through the ledger steps, describes it (catalog,
else the text), finds its structure, groups versions of one report by their texts and aligns
them, and returns the tables of the data dictionary (documents, sections, paragraphs,
sentences, tables, removed, repairs, variants, skipped). Later stages rebuild the clean ↔ raw
offsets from ``removed`` and ``repairs`` (``govreport.corpus.sources``).
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

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
    raw: RawFile
    given: Given | None


def _first_line(text: str) -> str:
    text = text.strip()
    return text.splitlines()[0][:80] if text else ""


def _sources(raw_dir: Path, catalog: pd.DataFrame, skipped: list) -> list[_Source]:
    """Every report of the raw folder, read once, with the metadata given for it."""
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
        f = read_raw(raw_dir / rel)
        row = rows.get(rel)
        if row is not None and row.sha256 and f.sha256 != row.sha256:
            raise CatalogError(f"{printable(raw_dir / rel)}: sha256 differs from the catalog "
                               "(raw files must not be edited)")
        given = None
        if row is not None:
            values = {k: getattr(row, k) for k in ("title", "place", "level", "doc_type", "report_year")}
            given = Given(f"catalog line {row.line}", values)
        out.append(_Source(rel, -1, f, given))
    for rel in folder.collections:
        data = read_bytes(raw_dir / rel)
        records, record_skips, encoding = read_collection(rel, data)
        skipped.extend(record_skips)
        sha = hashlib.sha256(data).hexdigest()
        for r in records:
            out.append(_Source(rel, r.number, RawFile(raw_dir / rel, r.text, encoding, sha),
                               Given(f"record {r.number} fields", r.fields) if r.fields else None))
    return out


def _doc_tables(doc: ParsedDoc) -> dict[str, list[dict]]:
    st, d = doc.structure, doc.doc_id
    out: dict[str, list[dict]] = {k: [] for k in ("sections", "paragraphs", "sentences", "tables", "removed", "repairs")}
    sid = lambda i: "" if i is None else f"{d}-s{i:04d}"
    for s in st.sections:
        a, b = doc.raw_span(s.start, s.end)
        out["sections"].append(dict(doc_id=d, section_id=sid(s.index), parent_id=sid(s.parent), level=s.level,
                                    number=s.number, title=s.title, part=s.part, char_start=a, char_end=b))
    text = doc.clean_text
    for i, (a, b, sec) in enumerate(st.paragraphs):
        r0, r1 = doc.raw_span(a, b)
        out["paragraphs"].append(dict(doc_id=d, paragraph_id=f"{d}-p{i:04d}", section_id=sid(sec),
                                      text=text[a:b].strip(), char_start=r0, char_end=r1))
    for i, (a, b, sec, pidx, part) in enumerate(st.sentences):
        r0, r1 = doc.raw_span(a, b)
        out["sentences"].append(dict(doc_id=d, sentence_id=f"{d}-{i:05d}", section_id=sid(sec),
                                     paragraph_id=f"{d}-p{pidx:04d}", part=part, text=text[a:b],
                                     char_start=r0, char_end=r1, clean_start=a))
    for i, (a, b, title, sec) in enumerate(st.tables):
        r0, r1 = doc.raw_span(a, b)
        out["tables"].append(dict(doc_id=d, table_id=f"{d}-t{i + 1:02d}", title=title, section_id=sid(sec),
                                  char_start=r0, char_end=r1))
    raw = doc.raw_text
    for e in doc.ledger.edits:
        if e.is_removal:
            ds, de = e.duplicate_of or (-1, -1)
            out["removed"].append(dict(doc_id=d, removal_id=f"{d}-r{len(out['removed']):05d}",
                                       char_start=e.start, char_end=e.end, reason=e.reason,
                                       text=raw[e.start:e.end], duplicate_of_start=ds, duplicate_of_end=de))
        else:
            out["repairs"].append(dict(doc_id=d, repair_id=f"{d}-x{len(out['repairs']):05d}",
                                       char_start=e.start, char_end=e.end, before=raw[e.start:e.end],
                                       after=e.replacement, reason=e.reason))
    return out


def _variants(documents: pd.DataFrame, sentences: pd.DataFrame, docs: dict[str, ParsedDoc],
              pair_scores: dict[tuple[str, str], float]) -> pd.DataFrame:
    """Differing readings of every version against its report's canonical version (near-duplicates only)."""
    rows = []
    by_doc = {d: g.reset_index(drop=True) for d, g in sentences.groupby("doc_id", sort=False)}
    empty = sentences.iloc[0:0]
    report_of = dict(zip(documents["doc_id"], documents["report_id"]))
    for (can_id, other_id), score in sorted(pair_scores.items(), key=lambda kv: (report_of[kv[0][0]], kv[0])):
        if score < NEAR_DUPLICATE:
            continue  # unrelated texts are never aligned, whatever the catalog says
        report_id = report_of[can_id]
        for r in align_versions(by_doc.get(can_id, empty), by_doc.get(other_id, empty), docs[other_id].to_raw):
            rows.append(dict(report_id=report_id, variant_id=f"{report_id}-v{len(rows):04d}",
                             canonical_doc_id=can_id, other_doc_id=other_id, **r))
    return pd.DataFrame(rows) if rows else T.empty("variants")


def parse_source(job: tuple) -> tuple[ParsedDoc, object, dict]:
    """Describe and parse one report: the per-document work of the stage, which
    ``build_corpus`` may hand to worker processes. Returns the parsed document, its text's
    fingerprint and its documents row (before versions are grouped)."""
    doc_id, raw_dir, s, version, is_canonical = job
    meta = describe(s.raw.text, s.rel, s.given, _first_line(s.raw.text))
    year = meta["report_year"]
    doc = parse_document(doc_id, raw_dir / s.rel, s.raw, None if year is None else int(year), meta["doc_type"],
                         file=s.rel, record=s.record)
    row = dict(doc_id=doc_id, file=s.rel, record=s.record, sha256=doc.sha256, encoding=doc.encoding,
               version=version, is_canonical=is_canonical,
               n_chars_raw=len(doc.raw_text), n_chars_clean=len(doc.clean_text.strip()), **meta)
    return doc, fingerprint(doc.clean_text), row


def build_corpus(raw_dir: str | Path, progress: Callable[[Iterable], Iterable] | None = None,
                 mapper: Callable = map) -> Corpus:
    """Parse every document in ``raw_dir`` into the corpus tables (each file is read once).

    ``mapper(parse_source, jobs)`` runs the per-document work (``map`` by default; the
    pipeline passes an ordered process pool); everything else is the same."""
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
    corpus = Corpus()
    rows, prints = [], {}
    jobs = []
    for s in sources:
        row = catalog_rows.get(s.rel) if s.record < 0 else None
        jobs.append((catalog_ids.get(s.rel) or generated[(s.rel, s.record)], raw_dir, s,
                     row.version if row is not None and row.version else "unknown",
                     row.is_canonical if row is not None else None))
    parsed = mapper(parse_source, jobs)  # in source order, whatever runs them
    for doc, doc_print, row in (progress(parsed) if progress else parsed):
        corpus.docs[doc.doc_id] = doc
        prints[doc.doc_id] = doc_print
        rows.append(row)
    documents = pd.DataFrame(rows)
    documents["is_canonical"] = documents["is_canonical"].astype(object)
    catalog_report = {r.doc_id: r.report_id for r in catalog.itertuples() if r.report_id}
    documents, pair_scores = group_versions(documents, prints, catalog_report)
    documents = documents.sort_values("doc_id").reset_index(drop=True)
    parts: dict[str, list[dict]] = {}
    for doc_id in sorted(corpus.docs):
        for name, table_rows in _doc_tables(corpus.docs[doc_id]).items():
            parts.setdefault(name, []).extend(table_rows)
    tables = {"documents": documents}
    for name, table_rows in parts.items():
        tables[name] = pd.DataFrame(table_rows) if table_rows else T.empty(name)
    tables["variants"] = _variants(documents, tables["sentences"], corpus.docs, pair_scores)
    tables["skipped"] = (pd.DataFrame([s.row() for s in sorted(skipped, key=lambda s: (s.file, s.record))])
                         if skipped else T.empty("skipped"))
    corpus.tables = tables
    return corpus


def run(raw_dir: str | Path, progress: Callable[[Iterable], Iterable] | None = None, mapper: Callable = map
        ) -> tuple[dict[str, pd.DataFrame], dict[str, RawFile]]:
    """The corpus stage: its tables, and the raw files it read (so the next stages need not)."""
    corpus = build_corpus(raw_dir, progress, mapper)
    raw = {d: RawFile(Path(raw_dir) / doc.file, doc.raw_text, doc.encoding, doc.sha256)
           for d, doc in corpus.docs.items()}
    return corpus.tables, raw
