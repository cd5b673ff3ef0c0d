"""The corpus stage: raw folder → clean, structured, fully accounted corpus tables.

``run(raw_dir)`` reads every raw file once (catalogued or not), cleans it through the
ledger steps, finds its structure, aligns versions of one report, and returns the tables
of the data dictionary (documents, sections, paragraphs, sentences, tables, removed,
repairs, variants). Later stages rebuild the clean ↔ raw offsets from ``removed`` and
``repairs`` (``govreport.corpus.sources``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pandas as pd

from govreport import store as T
from govreport.corpus.align import align_versions
from govreport.corpus.catalog import CatalogError, load_catalog, raw_files
from govreport.corpus.debris import strip_debris
from govreport.corpus.foreign import remove_foreign_content
from govreport.corpus.ledger import Ledger
from govreport.corpus.metadata import propose_metadata
from govreport.corpus.sources import RawFile, read_raw
from govreport.corpus.rejoin import rejoin_broken_sentences
from govreport.corpus.repeats import remove_repeats
from govreport.corpus.structure import Structure, analyse


@dataclass
class ParsedDoc:
    doc_id: str
    file: str
    encoding: str
    sha256: str
    ledger: Ledger
    structure: Structure

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
    emphasis = strip_debris(ledger)
    remove_foreign_content(ledger)
    rejoin_broken_sentences(ledger)
    remove_repeats(ledger)
    return ledger, emphasis


def parse_document(doc_id: str, path: Path, raw_file: RawFile | None = None) -> ParsedDoc:
    f = raw_file or read_raw(path)
    ledger, emphasis = clean(f.text)
    return ParsedDoc(doc_id, path.name, f.encoding, f.sha256, ledger, analyse(ledger, emphasis))


def _doc_id_for(path: Path) -> str:
    return re.sub(r"[^0-9A-Za-z_-]+", "-", path.stem).strip("-").lower() or "doc"


def _first_line(doc: ParsedDoc) -> str:
    text = doc.clean_text.strip()
    return text.splitlines()[0][:80] if text else ""


def _report_id(place, doc_type, year) -> str:
    return f"{place or 'unknown'}-{doc_type}-{'na' if year is None or pd.isna(year) else int(year)}"


def _proposed_place(proposed) -> tuple[str, str]:
    """(place, level) from the text: the city the report names (无锡 → 无锡市, a city)."""
    return (proposed.city + "市", "city") if proposed.city else ("", "")


def _metadata_rows(raw_dir: Path, docs: dict[str, ParsedDoc], catalog: pd.DataFrame) -> pd.DataFrame:
    by_file = {r.file: r for r in catalog.itertuples()}
    rows = []
    for doc in docs.values():
        proposed = propose_metadata(doc.clean_text)
        row = by_file.get(doc.file)
        notes = []
        text_place, text_level = _proposed_place(proposed)
        if row is None:
            meta = dict(title=_first_line(doc), place=text_place, level=text_level, doc_type=proposed.doc_type,
                        report_year=proposed.report_year, version="unknown", is_canonical=None,
                        report_id=_report_id(text_place, proposed.doc_type, proposed.report_year))
            notes.append(f"not in catalog; metadata proposed from text ({proposed.evidence})")
        else:
            # blank catalog fields fall back to what the text suggests
            place = row.place or text_place
            meta = dict(title=row.title or _first_line(doc), place=place, level=row.level or text_level,
                        doc_type=row.doc_type or proposed.doc_type,
                        report_year=proposed.report_year if pd.isna(row.report_year) else row.report_year,
                        version=row.version or "unknown", is_canonical=row.is_canonical,
                        report_id=row.report_id or _report_id(place, row.doc_type or proposed.doc_type,
                                                              proposed.report_year if pd.isna(row.report_year) else row.report_year))
            if row.doc_type and proposed.doc_type != row.doc_type and proposed.doc_type != "other":
                notes.append(f"text suggests doc_type {proposed.doc_type}")
            if proposed.report_year and not pd.isna(row.report_year) and proposed.report_year != int(row.report_year):
                notes.append(f"text suggests report_year {proposed.report_year} ({proposed.evidence})")
            if text_place and row.place and proposed.city not in row.place:
                notes.append(f"text suggests place {text_place}")
            if not proposed.report_year:
                notes.append("report year not detectable from the text")
        rows.append(dict(doc_id=doc.doc_id, file=doc.file, sha256=doc.sha256,
                         encoding=doc.encoding, n_chars_raw=len(doc.raw_text),
                         n_chars_clean=len(doc.clean_text.strip()), metadata_note="; ".join(notes), **meta))
    df = pd.DataFrame(rows)
    # uncatalogued versions of one report: the longest clean text is canonical
    undecided = df["is_canonical"].isna()
    if undecided.any():
        longest = df.loc[undecided].sort_values(["n_chars_clean", "doc_id"], ascending=[False, True])
        firsts = set(longest.drop_duplicates("report_id")["doc_id"])
        decided_reports = set(df.loc[~undecided & df["is_canonical"].astype(bool), "report_id"])
        df.loc[undecided, "is_canonical"] = df.loc[undecided].apply(
            lambda r: r["doc_id"] in firsts and r["report_id"] not in decided_reports, axis=1)
    return df.sort_values("doc_id").reset_index(drop=True)


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


def _variants(documents: pd.DataFrame, sentences: pd.DataFrame, docs: dict[str, ParsedDoc]) -> pd.DataFrame:
    rows = []
    for report_id, group in documents.groupby("report_id", sort=True):
        if len(group) < 2:
            continue
        canon = group.loc[group["is_canonical"].astype(bool), "doc_id"]
        if canon.empty:
            continue
        can_id = canon.iloc[0]
        for other_id in sorted(set(group["doc_id"]) - {can_id}):
            pair = align_versions(sentences[sentences["doc_id"] == can_id].reset_index(drop=True),
                                  sentences[sentences["doc_id"] == other_id].reset_index(drop=True),
                                  docs[other_id].to_raw)
            for r in pair:
                rows.append(dict(report_id=report_id, variant_id=f"{report_id}-v{len(rows):04d}",
                                 canonical_doc_id=can_id, other_doc_id=other_id, **r))
    return pd.DataFrame(rows) if rows else T.empty("variants")


def _check_catalogued_hash(path: Path, expected: str, f: RawFile) -> None:
    if expected and f.sha256 != expected:
        raise CatalogError(f"{path}: sha256 differs from the catalog (raw files must not be edited)")


def parse_file(job: tuple[str, Path, str]) -> ParsedDoc:
    """Read one raw file, check it against its catalogued sha256 ('' = none) and parse it:
    the per-document work of the stage, which ``build_corpus`` may hand to worker processes."""
    doc_id, path, expected_sha = job
    f = read_raw(path)
    _check_catalogued_hash(path, expected_sha, f)
    return parse_document(doc_id, path, f)


def build_corpus(raw_dir: str | Path, progress: Callable[[Iterable], Iterable] | None = None,
                 mapper: Callable = map) -> Corpus:
    """Parse every document in ``raw_dir`` into the corpus tables (each file is read once).

    ``mapper(parse_file, jobs)`` runs the per-document parsing (``map`` by default; the
    pipeline passes an ordered process pool); everything after it is the same."""
    raw_dir = Path(raw_dir)
    catalog = load_catalog(raw_dir, verify=False)
    files = raw_files(raw_dir)
    if not files:
        raise CatalogError(f"no documents in {raw_dir}")
    names = {p.name for p in files}
    for row in catalog.itertuples():
        if row.file not in names:
            raise CatalogError(f"catalog row {row.doc_id!r} points to a missing file: {raw_dir / row.file}")
    by_file = dict(zip(catalog["file"], catalog["doc_id"]))
    expected_sha = dict(zip(catalog["file"], catalog["sha256"]))
    corpus = Corpus()
    jobs, seen = [], set()
    for path in files:
        doc_id = by_file.get(path.name) or _doc_id_for(path)
        if doc_id in seen:
            raise CatalogError(f"{path}: doc id {doc_id!r} is used twice; add the file to the catalog")
        seen.add(doc_id)
        jobs.append((doc_id, path, expected_sha.get(path.name, "")))
    parsed = mapper(parse_file, jobs)  # in file order, whatever runs them
    for doc in (progress(parsed) if progress else parsed):
        corpus.docs[doc.doc_id] = doc
    documents = _metadata_rows(raw_dir, corpus.docs, catalog)
    parts: dict[str, list[dict]] = {}
    for doc_id in sorted(corpus.docs):
        for name, rows in _doc_tables(corpus.docs[doc_id]).items():
            parts.setdefault(name, []).extend(rows)
    tables = {"documents": documents}
    for name, rows in parts.items():
        tables[name] = pd.DataFrame(rows) if rows else T.empty(name)
    tables["variants"] = _variants(documents, tables["sentences"], corpus.docs)
    corpus.tables = tables
    return corpus


def run(raw_dir: str | Path, progress: Callable[[Iterable], Iterable] | None = None, mapper: Callable = map
        ) -> tuple[dict[str, pd.DataFrame], dict[str, RawFile]]:
    """The corpus stage: its tables, and the raw files it read (so the next stages need not)."""
    corpus = build_corpus(raw_dir, progress, mapper)
    raw = {d: RawFile(Path(raw_dir) / doc.file, doc.raw_text, doc.encoding, doc.sha256)
           for d, doc in corpus.docs.items()}
    return corpus.tables, raw
