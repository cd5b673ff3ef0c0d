"""``govreport``: the command line of the project.

    govreport build [--raw DIR] [--out DIR] [--from STAGE] [--jobs N]   raw documents → tidy tables (data/processed/)
    govreport notebooks [--only NAME] [--param k=v ...]   execute notebooks → build/notebooks/
    govreport batch                             the parameterized runs of notebooks/batches.yaml
    govreport site                              executed notebooks → build/site/ (offline HTML)
    govreport all                               build + notebooks + batch + site
    govreport evaluate --gold FILE [--processed DIR] [--raw DIR]   compare extracted numbers with a gold file

Bad input ends with one line on stderr naming the problem and a non-zero exit code;
``--debug`` (or GOVREPORT_DEBUG=1) shows the traceback instead.
"""
from __future__ import annotations

import argparse
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
    from govreport.corpus.catalog import load_catalog
    from govreport.pipeline import build

    load_catalog(raw, verify=False)  # a broken catalog fails before any work; hashes are checked on reading
    _check_writable_dir(out)
    t0 = time.monotonic()
    say(f"build: {raw} → {out}" + (f" (from the {start} stage)" if start != "corpus" else ""))
    build(raw, out, start=start, jobs=jobs)
    say(f"build: done ({time.monotonic() - t0:.1f} s)")


def _notebook_out(out: str | None) -> Path:
    return paths.inside_build(out) if out else paths.build_dir() / "notebooks"


def step_notebooks(only: list[str] | None, params: list[str] | None, out: str | None,
                   workers: int) -> list[Path]:
    from govreport.publish import execute

    out_dir = _check_writable_dir(_notebook_out(out))
    nb_dir = paths.notebooks_dir()
    jobs = execute.notebook_jobs(nb_dir, out_dir, only, execute.parse_parameters(params))
    if not jobs:
        say(f"notebooks: no notebooks in {nb_dir}")
        return []
    say(f"notebooks: executing {len(jobs)} notebook(s) into {out_dir}")
    return execute.run_jobs(jobs, cwd=nb_dir, workers=workers)


def step_notebooks_and_batch(workers: int) -> list[Path]:
    """All notebooks and all batch runs in one pool of kernels (no idle core between the two)."""
    from govreport.publish import execute

    out_dir = _check_writable_dir(_notebook_out(None))
    nb_dir = paths.notebooks_dir()
    jobs = execute.notebook_jobs(nb_dir, out_dir)
    jobs += execute.batch_jobs(nb_dir, out_dir, nb_dir / execute.BATCH_FILE)
    if not jobs:
        say(f"notebooks: no notebooks in {nb_dir}")
        return []
    say(f"notebooks: executing {len(jobs)} notebook run(s) into {out_dir}, {workers} at a time")
    return execute.run_jobs(jobs, cwd=nb_dir, workers=workers)


def step_batch(out: str | None, workers: int) -> list[Path]:
    from govreport.publish import execute

    out_dir = _check_writable_dir(_notebook_out(out))
    nb_dir = paths.notebooks_dir()
    jobs = execute.batch_jobs(nb_dir, out_dir, nb_dir / execute.BATCH_FILE)
    if not jobs:
        say("batch: nothing to run")
        return []
    say(f"batch: executing {len(jobs)} parameterized run(s) into {out_dir}")
    return execute.run_jobs(jobs, cwd=nb_dir, workers=workers)


def current_executed(nb_out: Path) -> list[Path]:
    """Executed notebooks whose source notebook still exists (stale pages are not published)."""
    sources = {p.stem for p in paths.notebooks_dir().glob("*.ipynb")}
    return sorted(p for p in nb_out.glob("*.ipynb")
                  if not p.name.startswith(".") and p.stem.split("__")[0] in sources)


def step_site(notebooks_out: str | None, out: str | None) -> Path:
    from govreport.publish import site

    nb_out = _notebook_out(notebooks_out)
    site_dir = paths.inside_build(out) if out else paths.build_dir() / "site"
    if site_dir == paths.build_dir():
        raise paths.UnsafePathError("the site needs its own folder inside build/, not build/ itself")
    _check_writable_dir(site_dir.parent)
    executed = current_executed(nb_out)
    say(f"site: rendering {len(executed)} page(s) into {site_dir}")
    index = site.render_site(executed, site_dir, paths.processed_dir(), report=say)
    say(f"site: open {index}")
    return index


def step_evaluate(gold: Path, processed: Path, raw: Path) -> int:
    from govreport.indicators.evaluate import main as evaluate_main

    if not gold.is_file():
        raise FileNotFoundError(f"gold file not found: {gold}")
    return int(evaluate_main(gold, processed, raw) or 0)


# ---------------------------------------------------------------- arguments

def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="govreport", description="Wuxi government reports: tables, notebooks, offline site.")
    p.add_argument("--debug", action="store_true", help="show tracebacks")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = sub.add_parser("build", help="raw documents → tidy tables")
    b.add_argument("--raw", type=Path, help="raw folder (default: data/raw)")
    b.add_argument("--out", type=Path, help="output folder (default: data/processed)")
    b.add_argument("--from", dest="start", choices=["corpus", "indicators", "text"], default="corpus",
                   help="rerun this stage and the ones after it from the tables already in --out "
                        "(e.g. --from indicators after editing indicators.yaml)")
    b.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                   help="worker processes for the per-document work (default: the number of cores); "
                        "the tables are the same for any N")

    n = sub.add_parser("notebooks", help="execute notebooks with papermill")
    n.add_argument("--only", action="append", metavar="NAME", help="run only this notebook (repeatable)")
    n.add_argument("--param", action="append", metavar="K=V", help="parameter for the notebooks (repeatable)")
    n.add_argument("--out", help="output folder inside build/ (default: build/notebooks)")
    n.add_argument("--workers", type=int, default=_default_workers(), help="parallel kernels")

    bt = sub.add_parser("batch", help="run the parameterized batch (notebooks/batches.yaml)")
    bt.add_argument("--out", help="output folder inside build/ (default: build/notebooks)")
    bt.add_argument("--workers", type=int, default=_default_workers(), help="parallel kernels")

    s = sub.add_parser("site", help="render executed notebooks into build/site")
    s.add_argument("--out", help="site folder inside build/ (default: build/site)")

    a = sub.add_parser("all", help="build + notebooks + batch + site")
    a.add_argument("--workers", type=int, default=_default_workers(), help="parallel kernels")

    e = sub.add_parser("evaluate", help="compare extracted data with a gold file")
    e.add_argument("--gold", type=Path, required=True)
    e.add_argument("--processed", type=Path, help="processed tables (default: data/processed)")
    e.add_argument("--raw", type=Path, help="the raw folder the tables were built from (default: data/raw)")
    return p


def run(args: argparse.Namespace) -> int:
    t0 = time.monotonic()
    cmd = args.command
    if cmd == "build":
        step_build(args.raw or paths.raw_dir(), args.out or paths.processed_dir(), args.start, args.jobs)
    elif cmd == "notebooks":
        step_notebooks(args.only, args.param, args.out, args.workers)
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
    from govreport.publish.execute import NotebookError
    from govreport.publish.site import SiteError

    from govreport.corpus.catalog import CatalogError
    from govreport.corpus.read import DocumentError
    from govreport.corpus.sources import StaleTablesError
    from govreport.pipeline import StageError
    from govreport.store import TableSetError
    from govreport.views.fonts import FontError

    return (OSError, NotebookError, SiteError, paths.UnsafePathError, CatalogError, FontError, DocumentError,
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
        return run(args)
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
