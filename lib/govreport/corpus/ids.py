"""Document ids from file names: readable, unique and the same on every build.

An id is the file's path inside the raw folder without its extension, with every run of
characters other than letters (any script: 江苏省政府工作报告 stays as it is), digits, '_'
and '-' turned into '-', and ASCII lower-cased: ``national/cn_national_2016.txt`` →
``national-cn_national_2016``. Record ``n`` of a collection adds ``-r<n>``. When names differ
only in what this drops (``a b.txt`` and ``a-b.txt``, ``x.txt`` and ``x.md``), or an id is
already a catalog doc_id, each of them gets a short hash of its own path, so no id depends on
which other files happen to be present beyond those it collides with.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

_NOT_ID = re.compile(r"[^\w-]+")


def slug(rel_path: str, record: int = -1) -> str:
    """The id a file (or a record of a collection) asks for."""
    stem = rel_path.rsplit(".", 1)[0] if "." in rel_path.rsplit("/", 1)[-1] else rel_path
    text = unicodedata.normalize("NFKC", stem)
    text = "".join(c.lower() if c.isascii() else c for c in text)
    base = _NOT_ID.sub("-", text).strip("-_") or "doc"
    return f"{base}-r{record}" if record >= 0 else base


def _hash(rel_path: str, record: int) -> str:
    return hashlib.sha1(f"{rel_path}#{record}".encode("utf-8", "surrogatepass")).hexdigest()[:6]


def assign_ids(sources: list[tuple[str, int]], taken: set[str] = frozenset()) -> dict[tuple[str, int], str]:
    """A unique id for each (relative path, record) in ``sources``; ``taken`` are catalog doc_ids."""
    wanted = {src: slug(*src) for src in sources}
    counts: dict[str, int] = {}
    for w in wanted.values():
        counts[w] = counts.get(w, 0) + 1
    out = {}
    for src, w in wanted.items():
        out[src] = w if counts[w] == 1 and w not in taken else f"{w}-{_hash(*src)}"
    if len(set(out.values())) != len(out) or set(out.values()) & set(taken):  # a hash collision: astronomically rare
        raise ValueError("document ids collide; add the files to the catalog with doc ids of your choice")
    return out
