"""Where the project's folders are, and the one rule for output paths: they stay inside build/.

The project root is the folder holding ``pyproject.toml`` and ``notebooks/``; it is found
from the current folder upwards, falling back to the source checkout this package lives in.
``GOVREPORT_BUILD_DIR`` moves the build folder (tests use it to work in a temporary folder),
``GOVREPORT_PROCESSED_DIR`` the processed tables that notebooks read and ``GOVREPORT_RAW_DIR``
the raw documents (the command line's ``--build``, ``--processed`` and ``--raw`` set them).
"""
from __future__ import annotations

import os
from pathlib import Path


class UnsafePathError(ValueError):
    """An output path would leave the build folder."""


def _looks_like_root(path: Path) -> bool:
    return (path / "pyproject.toml").is_file() and (path / "notebooks").is_dir()


def project_root() -> Path:
    env = os.environ.get("GOVREPORT_ROOT")
    if env:
        return Path(env).resolve()
    here = Path.cwd().resolve()
    for candidate in (here, *here.parents):
        if _looks_like_root(candidate):
            return candidate
    source = Path(__file__).resolve().parents[2]  # lib/govreport/paths.py -> checkout
    return source if _looks_like_root(source) else here


def build_dir() -> Path:
    env = os.environ.get("GOVREPORT_BUILD_DIR")
    return Path(env).resolve() if env else project_root() / "build"


def raw_dir() -> Path:
    env = os.environ.get("GOVREPORT_RAW_DIR")
    return Path(env).resolve() if env else project_root() / "data" / "raw"


def processed_dir() -> Path:
    env = os.environ.get("GOVREPORT_PROCESSED_DIR")
    return Path(env).resolve() if env else project_root() / "data" / "processed"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def inside_build(path: str | os.PathLike, relative_to: str | os.PathLike | None = None,
                 base: str | os.PathLike | None = None) -> Path:
    """Resolve ``path`` and refuse anything outside the build folder ``base``:
    ``..`` components, absolute paths elsewhere, symlinks pointing out.

    Relative paths are taken relative to ``relative_to`` (default: the current folder,
    as a user typing ``--out build/site`` expects).
    """
    base_dir = Path(base).resolve() if base is not None else build_dir()
    raw = Path(path)
    if ".." in raw.parts:
        raise UnsafePathError(f"output path may not contain '..': {path}")
    start = Path(relative_to) if relative_to is not None else Path.cwd()
    target = (raw if raw.is_absolute() else start / raw).resolve()
    if target != base_dir and base_dir not in target.parents:
        raise UnsafePathError(f"output path must stay inside {base_dir}: {path}")
    return target


def apart_from_raw(out: str | os.PathLike, raw: str | os.PathLike, what: str = "output folder") -> Path:
    """Refuse an output folder that is the raw folder, contains it or sits inside it (raw
    documents are never written to, and a build must not read its own outputs as documents)."""
    target, source = Path(out).resolve(), Path(raw).resolve()
    if target == source:
        raise UnsafePathError(f"{what} is the raw folder: {out}")
    if source.is_relative_to(target):
        raise UnsafePathError(f"{what} {out} contains the raw folder {raw}")
    if target.is_relative_to(source):
        raise UnsafePathError(f"{what} {out} is inside the raw folder {raw}")
    return target
