"""``govreport``: the command line of the project.

    govreport build [--raw DIR] [--out DIR] [--from STAGE] [--jobs N]   raw documents → tidy tables (data/processed/)
    govreport notebooks [--only NAME] [--param k=v ...] [--variant NAME] [--list]
                                                execute notebooks → build/notebooks/ (with --param:
                                                build/notebooks/variants/<name>/)
    govreport batch                             the parameterized runs of notebooks/batches.yaml
    govreport site                              executed notebooks → build/site/ (offline HTML)
    govreport all                               build + notebooks + batch + site

notebooks, batch, site and all take --raw, --processed and --build folders. Every output set
(tables, executed notebooks, site) is published all or nothing, one writer at a time.
    govreport evaluate --gold FILE [--processed DIR] [--raw DIR]   compare extracted numbers with a gold file

Bad input ends with one line on stderr naming the problem and a non-zero exit code;
``--debug`` (or GOVREPORT_DEBUG=1) shows the traceback instead.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path

from govreport import paths

EXIT_ERROR = 1
EXIT_INTERNAL = 2


def say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


# ---------------------------------------------------------------- steps

def _check_writable_dir(path: Path) -> Path:
    """Create ``path`` if needed; fail early with the folder's name when it cannot be written."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        raise NotADirectoryError(f"output folder is not a folder: {path}") from None
    except PermissionError:
        raise PermissionError(f"output folder cannot be created: {path}") from None
    if not path.is_dir():
        raise NotADirectoryError(f"output folder is not a folder: {path}")
    if not os.access(path, os.W_OK | os.X_OK):
        raise PermissionError(f"output folder is not writable: {path}")
    return path


def _jobs(value: str) -> int:
    """--jobs: a positive number of worker processes."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of processes: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs needs at least 1 process, not {n}")
    return n


def step_build(raw: Path, out: Path, start: str = "corpus", jobs: int | None = None) -> None:
    if not raw.is_dir():
        raise FileNotFoundError(f"raw folder not found: {raw}")
    paths.apart_from_raw(out, raw, "table folder (--out)")
    from govreport.corpus.catalog import load_catalog
    from govreport.pipeline import build

    load_catalog(raw, verify=False)  # a broken catalog fails before any work; hashes are checked on reading
    _check_writable_dir(out)
    t0 = time.monotonic()
    say(f"build: {raw} → {out}" + (f" (from the {start} stage)" if start != "corpus" else ""))
    build(raw, out, start=start, jobs=jobs)
    say(f"build: done ({time.monotonic() - t0:.1f} s)")


def _inside_build(out: str | None, default: str) -> Path:
    """An output folder inside build/ (``--out``, else ``build/<default>``), checked after
    resolving links, and never the build folder itself."""
    target = paths.inside_build(out if out else paths.build_dir() / default)
    if target == paths.build_dir().resolve():
        raise paths.UnsafePathError(f"the output needs its own folder inside {paths.build_dir()}, "
                                    "not the build folder itself")
    return target


def _notebook_out(out: str | None) -> Path:
    return _inside_build(out, "notebooks")


def list_notebooks(only: list[str] | None) -> None:
    """``notebooks --list``: each notebook's parameters, types, defaults and allowed values."""
    import nbformat

    from govreport.publish import execute, parameters as prm
    from govreport.publish.site import describe

    sources = execute.notebook_sources(paths.notebooks_dir())
    if only:
        wanted = {execute.check_name(n) for n in only}
        unknown = sorted(wanted - {p.stem for p in sources})
        if unknown:
            raise execute.NotebookError(f"unknown notebook {unknown[0]!r}")
        sources = [p for p in sources if p.stem in wanted]
    blocks = []
    for path in sources:
        nb = nbformat.read(path, as_version=4)
        try:
            declared = prm.declared(nb)
        except prm.ParameterError as exc:
            raise prm.ParameterError(f"{path.name}: {exc}") from None
        blocks.append("\n".join(prm.describe(path.stem, describe(nb)[0], declared)))
    print("\n\n".join(blocks))
    print("\nPass values with --param NAME=VALUE (YAML: 5, text, [a, b]); "
          "with --param the pages go to build/notebooks/variants/<name>/.")


def step_notebooks(only: list[str] | None, params: list[str] | None, out: str | None,
                   workers: int, variant: str | None = None, processed: Path | None = None) -> list[Path]:
    from govreport.publish import execute, parameters as prm

    out_dir = _notebook_out(out)
    nb_dir = paths.notebooks_dir()
    values = prm.parse_cli(params)
    jobs = execute.notebook_jobs(nb_dir, out_dir, only, values, variant)
    if not jobs:
        say(f"notebooks: no notebooks in {nb_dir}")
        return []
    where = out_dir / execute.VARIANTS / jobs[0].variant if values else out_dir
    say(f"notebooks: executing {len(jobs)} notebook(s) into {where}, {workers} at a time")
    full = not only and not values
    return execute.run_set(jobs, out_dir, nb_dir, workers=workers, processed=processed, full=full,
                           replaces=execute.is_default_page if full else (lambda rel: False), report=say)


def step_notebooks_and_batch(workers: int, processed: Path | None = None) -> list[Path]:
    """All notebooks and all batch runs in one pool of kernels (no idle core between the two),
    published as one set."""
    from govreport.publish import execute

    out_dir = _notebook_out(None)
    nb_dir = paths.notebooks_dir()
    jobs = execute.notebook_jobs(nb_dir, out_dir)
    jobs += execute.batch_jobs(nb_dir, out_dir, nb_dir / execute.BATCH_FILE, report=say)
    if not jobs:
        say(f"notebooks: no notebooks in {nb_dir}")
        return []
    say(f"notebooks: executing {len(jobs)} notebook run(s) into {out_dir}, {workers} at a time")
    return execute.run_set(jobs, out_dir, nb_dir, workers=workers, processed=processed, full=True,
                           replaces=lambda rel: rel.parent == Path("."), report=say)


def step_batch(out: str | None, workers: int, processed: Path | None = None) -> list[Path]:
    from govreport.publish import execute

    out_dir = _notebook_out(out)
    nb_dir = paths.notebooks_dir()
    jobs = execute.batch_jobs(nb_dir, out_dir, nb_dir / execute.BATCH_FILE, report=say)
    if not jobs:
        say("batch: nothing to run")
        return []
    say(f"batch: executing {len(jobs)} parameterized run(s) into {out_dir}")
    return execute.run_set(jobs, out_dir, nb_dir, workers=workers, processed=processed,
                           replaces=execute.is_batch_page, report=say)


def current_executed(nb_out: Path) -> list[Path]:
    """Executed notebooks whose source notebook still exists (pages of deleted notebooks are
    left out, with a note)."""
    from govreport.publish.execute import executed_in

    sources = {p.stem for p in paths.notebooks_dir().glob("*.ipynb")}
    found = executed_in(nb_out)
    kept = [p for p in found if p.stem.split("__")[0] in sources]
    gone = sorted(p.name for p in found if p not in kept)
    if gone:
        say(f"site: leaving out {len(gone)} executed notebook(s) whose source is gone: {', '.join(gone)}")
    return kept


def step_site(notebooks_out: str | None, out: str | None, processed: Path | None = None) -> Path:
    from govreport.publish import site

    nb_out = _notebook_out(notebooks_out)
    site_dir = _inside_build(out, "site")
    executed = current_executed(nb_out)
    say(f"site: rendering {len(executed)} page(s) into {site_dir}")
    index = site.render_site(executed, site_dir, processed or paths.processed_dir(), report=say)
    say(f"site: open {index}")
    return index


def step_evaluate(gold: Path, processed: Path, raw: Path) -> int:
    from govreport.indicators.evaluate import main as evaluate_main

    if not gold.is_file():
        raise FileNotFoundError(f"gold file not found: {gold}")
    return int(evaluate_main(gold, processed, raw) or 0)


# ---------------------------------------------------------------- arguments

def _folders(p: argparse.ArgumentParser) -> None:
    p.add_argument("--raw", type=Path, help="raw documents (default: data/raw); outputs may not be in it")
    p.add_argument("--processed", type=Path, help="table folder the notebooks read (default: data/processed)")
    p.add_argument("--build", type=Path, help="build folder for notebooks and site (default: build)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govreport", description="Government reports: tables, notebooks, offline site.")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="raw documents → tidy tables")
    b.add_argument("--raw", type=Path, help="raw folder (default: data/raw)")
    b.add_argument("--out", "--processed", dest="out", type=Path, help="output folder (default: data/processed)")
    b.add_argument("--from", dest="start", choices=["corpus", "indicators", "text"], default="corpus",
                   help="rerun this stage and the ones after it from the tables already in --out "
                        "(e.g. --from indicators after editing indicators.yaml)")
    b.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="worker processes for the per-document work (default: the number of cores); "
                        "the tables are the same for any N")

    n = sub.add_parser("notebooks", help="execute notebooks with papermill")
    n.add_argument("--only", action="append", metavar="NAME", help="run only this notebook (repeatable)")
    n.add_argument("--param", action="append", metavar="K=V",
                   help="parameter value (repeatable); the pages become a variant in build/notebooks/variants/")
    n.add_argument("--variant", metavar="NAME", help="folder name of the variant (default: from the values)")
    n.add_argument("--list", action="store_true", help="print each notebook's parameters and exit")
    n.add_argument("--out", help="output folder inside the build folder (default: build/notebooks)")
    n.add_argument("--workers", type=int, default=_default_workers(), help="parallel kernels")
    _folders(n)

    bt = sub.add_parser("batch", help="run the parameterized batch (notebooks/batches.yaml)")
    bt.add_argument("--out", help="output folder inside the build folder (default: build/notebooks)")
    bt.add_argument("--workers", type=int, default=_default_workers(), help="parallel kernels")
    _folders(bt)

    s = sub.add_parser("site", help="render executed notebooks into build/site")
    s.add_argument("--out", help="site folder inside the build folder (default: build/site)")
    _folders(s)

    a = sub.add_parser("all", help="build + notebooks + batch + site")
    a.add_argument("--workers", type=int, default=_default_workers(), help="parallel kernels")
    _folders(a)

    e = sub.add_parser("evaluate", help="compare extracted data with a gold file")
    e.add_argument("--gold", type=Path, required=True)
    e.add_argument("--processed", type=Path, help="processed tables (default: data/processed)")
    e.add_argument("--raw", type=Path, help="the raw folder the tables were built from (default: data/raw)")
    return p


def _use_folders(args: argparse.Namespace) -> None:
    """--raw/--processed/--build become the folders every step and every kernel uses; the
    build and table folders may not overlap the raw folder."""
    for flag, env in (("raw", "GOVREPORT_RAW_DIR"), ("processed", "GOVREPORT_PROCESSED_DIR"),
                      ("build", "GOVREPORT_BUILD_DIR")):
        value = getattr(args, flag, None)
        if value is not None:
            os.environ[env] = str(Path(value).resolve())
    raw = paths.raw_dir()
    paths.apart_from_raw(paths.build_dir(), raw, "build folder")
    if args.command == "all":
        paths.apart_from_raw(paths.processed_dir(), raw, "table folder")


def run(args: argparse.Namespace) -> int:
    t0 = time.monotonic()
    cmd = args.command
    if cmd in ("notebooks", "batch", "site", "all"):
        _use_folders(args)
    if cmd == "build":
        step_build(args.raw or paths.raw_dir(), args.out or paths.processed_dir(), args.start, args.jobs)
    elif cmd == "notebooks" and args.list:
        list_notebooks(args.only)
    elif cmd == "notebooks":
        step_notebooks(args.only, args.param, args.out, args.workers, args.variant)
    elif cmd == "batch":
        step_batch(args.out, args.workers)
    elif cmd == "site":
        step_site(None, args.out)
    elif cmd == "all":
        step_build(paths.raw_dir(), paths.processed_dir())
        step_notebooks_and_batch(args.workers)
        step_site(None, None)
        say(f"all: done in {time.monotonic() - t0:.1f} s")
    elif cmd == "evaluate":
        return step_evaluate(args.gold, args.processed or paths.processed_dir(), args.raw or paths.raw_dir())
    return 0


def _known_errors() -> tuple[type[BaseException], ...]:
    """The project's own exceptions: their messages are meant for the user."""
    from govreport.publish.atomic import PublishError
    from govreport.publish.execute import NotebookError
    from govreport.publish.parameters import ParameterError
    from govreport.publish.site import SiteError

    from govreport.corpus.catalog import CatalogError
    from govreport.corpus.read import DocumentError
    from govreport.corpus.sources import StaleTablesError
    from govreport.pipeline import StageError
    from govreport.store import TableSetError
    from govreport.views.fonts import FontError

    return (OSError, NotebookError, SiteError, PublishError, ParameterError, paths.UnsafePathError, CatalogError, FontError, DocumentError,
            StaleTablesError, StageError, TableSetError)


def _one_line(exc: BaseException) -> str:
    msg = " ".join(str(exc).split()) or exc.__class__.__name__
    if isinstance(exc, OSError) and exc.filename and str(exc.filename) not in msg:
        msg = f"{msg}: {exc.filename}"
    return msg


def main(argv: list[str] | None = None) -> int:
    from govreport.fastimport import skip_iri_grammar

    skip_iri_grammar()  # nbformat/nbconvert start-up: 2-3 s less per command
    args = parser().parse_args(argv)
    debug = args.debug or os.environ.get("GOVREPORT_DEBUG") == "1"
    try:
        rc = run(args)
        if argv is None:
            # a command line: the process ends next. Frozen, the objects of pandas, pyarrow and
            # the build are not walked once more by the collector as the interpreter shuts down
            # (0.2-0.4 s after a build, 0.1 s with this)
            gc.freeze()
        return rc
    except KeyboardInterrupt:
        say("govreport: interrupted")
        return 130
    except Exception as exc:
        if debug:
            raise
        if isinstance(exc, _known_errors()):
            say(f"govreport {args.command}: error: {_one_line(exc)}")
            return EXIT_ERROR
        say(f"govreport {args.command}: internal error: {exc.__class__.__name__}: {_one_line(exc)} "
            "(rerun with --debug for the traceback)")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
