"""Execute notebooks with papermill, and publish the executed set all or nothing.

Each notebook runs with the current folder set to notebooks/ and the Jupyter kernel named
explicitly (``govreport``): in CI virtual environments the default kernel may be another
Python. Parameters are checked and injected by ``publish.parameters`` (papermill only runs
the prepared notebook). Every kernel reads one pinned table build (``GOVREPORT_PROCESSED_DIR``
points at ``builds/<id>``, resolved once per run), and each executed notebook records that
build id in ``metadata.govreport_run.tables_build``, so the site can refuse a mix.

``run_set`` writes a whole run into a staging copy of ``build/notebooks`` and swaps it in
only when every notebook succeeded (``publish.atomic``); the failed copies go to
``build/notebooks-failed/``. Worker processes and kernels die with the command that started
them: a worker watches its parent and exits when it is gone, and ipykernel does the same.
"""
from __future__ import annotations

import dataclasses
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from govreport.fastimport import skip_iri_grammar
from govreport.publish import parameters as prm
from govreport.publish.atomic import Release, default_mode

skip_iri_grammar()  # worker processes import papermill → nbformat; 2-3 s less each

KERNEL = "govreport"
BATCH_FILE = "batches.yaml"
VARIANTS = "variants"          # build/notebooks/variants/<variant>/<notebook>.ipynb
RUN_META = "govreport_run"     # notebook metadata written by the executor
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")

# Kept for callers of the earlier API.
parse_parameters = prm.parse_cli
check_output_parameters = prm.check_output_locations


class NotebookError(RuntimeError):
    """A notebook is missing, badly named, or failed while executing."""


@dataclass(frozen=True)
class Job:
    """One notebook execution: source notebook, where the result goes, with which parameters."""
    source: Path
    output: Path
    parameters: dict[str, Any] = field(default_factory=dict)
    label: str = ""        # shown in progress lines and stored in the executed notebook
    title: str = ""        # batch pages: what distinguishes this run
    variant: str = ""      # variant runs: the folder name under variants/
    kind: str = ""         # default | batch | variant ("": from the variant and the output name)

    def page_kind(self) -> str:
        return self.kind or ("variant" if self.variant else "batch" if "__" in self.output.stem else "default")


def notebook_sources(nb_dir: Path) -> list[Path]:
    """The notebooks to run: ``notebooks/*.ipynb``, sorted, without hidden or ``_draft`` files."""
    if not nb_dir.is_dir():
        raise NotebookError(f"notebook folder not found: {nb_dir}")
    return sorted(p for p in nb_dir.glob("*.ipynb") if not p.name.startswith((".", "_")))


def check_name(name: str, what: str = "notebook name") -> str:
    """A notebook (or run, variant) name from the command line: a plain file name, no folders."""
    stem = name[:-6] if name.endswith(".ipynb") else name
    if not _NAME.match(stem):
        raise NotebookError(f"invalid {what} {name!r} (use a name like 00_corpus)")
    return stem


def ensure_kernel(name: str = KERNEL) -> None:
    """Install the kernel spec into this environment if it is missing (``pip install -e .``
    alone does not register it)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        install(kernel_name=name, display_name=f"Python ({name})", prefix=sys.prefix)


# ---------------------------------------------------------------- tables

def pinned_tables(processed: str | os.PathLike | None = None) -> tuple[Path, str]:
    """The table build notebooks will read: ``(folder, build id)``, resolved once. Refuses a
    folder without a complete build (no manifest, or tables missing), so no notebook runs on
    half the data."""
    from govreport import store
    from govreport.paths import processed_dir

    base = Path(processed) if processed not in (None, "") else processed_dir()
    folder = store.table_dir(base)
    info = store.manifest(base)
    if not info.get("build_id"):
        raise NotebookError(f"no complete table build in {base} (no manifest.json); run `govreport build` first")
    wanted = sorted(set(store.data_dictionary()) | set(info.get("tables", [])))
    missing = [n for n in wanted if not (folder / f"{n}.parquet").is_file()]
    missing += [f for f in info.get("files", {}) if not (folder / f).is_file() and f.split(".")[0] not in missing]
    if missing:
        raise NotebookError(f"tables missing in {folder}: {', '.join(missing)}; run `govreport build` first")
    return folder, str(info["build_id"])


# ---------------------------------------------------------------- one notebook

def _cell_label(cell, number: int | None) -> str:
    if "injected-parameters" in cell.get("metadata", {}).get("tags", []):
        return "the injected parameters cell"
    first = next((l.strip() for l in cell.source.splitlines() if l.strip()), "")
    first = first if len(first) <= 60 else first[:57] + "..."
    return f"code cell {number} (`{first}`)"


def failed_cell(nb_path: Path) -> str:
    """Which cell failed and how: the cell with an error output, else the last cell that
    started (a timeout, a kernel that died), numbered as in the source notebook."""
    import nbformat

    try:
        nb = nbformat.read(nb_path, as_version=4)
    except Exception:
        return ""
    number, started = 0, ""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        injected = "injected-parameters" in cell.get("metadata", {}).get("tags", [])
        number += 0 if injected else 1
        label = _cell_label(cell, None if injected else number)
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return f"{label}: {out.get('ename')}: {out.get('evalue')}".strip()
        if (cell.get("metadata", {}).get("papermill") or {}).get("start_time"):
            started = label
    return started


def _kernel_manager(log_path: Path, env: dict[str, str]):
    """A kernel manager whose kernel gets ``env`` and writes its own stderr (ZMQ warnings,
    shutdown messages) to ``log_path`` instead of the terminal; cell output is unaffected."""
    from jupyter_client import AsyncKernelManager

    class GovreportKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            log_path.parent.mkdir(parents=True, exist_ok=True)
            kw["env"] = {**(kw.get("env") or os.environ), **env}
            with open(log_path, "ab") as log:  # the child keeps its own copy of the handle
                kw["stderr"] = log
                await super()._async_launch_kernel(kernel_cmd, **kw)

    return GovreportKernelManager


def prepare(job: Job):
    """The source notebook with the job's parameters checked and injected."""
    import nbformat

    try:
        nb = nbformat.read(str(job.source), as_version=4)
    except Exception as exc:
        raise NotebookError(f"cannot read notebook {job.source}: {exc.__class__.__name__}") from None
    name = job.label or job.source.stem
    try:
        if job.parameters:
            prm.check_against(name, prm.declared(nb), job.parameters)
        nb = prm.inject(nb, job.parameters) if job.parameters else nb
    except prm.ParameterError as exc:
        raise NotebookError(str(exc) if str(exc).startswith(name) else f"{name}: {exc}") from None
    return nb


def execute(job: Job, cwd: Path, kernel: str = KERNEL, timeout: int = 900, *,
            tables: tuple[Path, str] | None = None, log_dir: Path | None = None,
            failed_dir: Path | None = None, env: dict[str, str] | None = None) -> Path:
    """Execute one notebook into ``job.output``; raises NotebookError naming the notebook and
    the failing cell. ``tables`` = (folder, build id) the kernel reads (default: pinned now)."""
    import nbformat
    import papermill as pm

    if not job.source.is_file():
        raise NotebookError(f"notebook not found: {job.source}")
    folder, build_id = tables or pinned_tables()
    nb = prepare(job)
    out_dir = job.output.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{job.output.stem}-", suffix=".ipynb", dir=out_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    kernel_log = (log_dir or out_dir / "logs") / f"{job.output.stem}.log"
    kernel_log.unlink(missing_ok=True)
    kernel_env = {"GOVREPORT_PROCESSED_DIR": str(folder), "GOVREPORT_PAGE": job.output.stem,
                  **(env or {})}
    label = job.label or job.source.stem
    try:
        for attempt in (1, 2):
            try:
                pm.execute_notebook(
                    nb, str(tmp), parameters=None, kernel_name=kernel, cwd=str(cwd), progress_bar=False,
                    log_output=False, request_save_on_cell_execute=True, execution_timeout=timeout,
                    kernel_manager_class=_kernel_manager(kernel_log, kernel_env),
                )
                break
            except RuntimeError as exc:
                # a kernel that dies while starting (a busy machine) ran no cell: start it once more
                if attempt == 2 or "kernel_info" not in str(exc):
                    raise
                print(f"{label}: the kernel died while starting; starting it again", file=sys.stderr, flush=True)
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt) or not tmp.is_file() or tmp.stat().st_size == 0:
            tmp.unlink(missing_ok=True)
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise NotebookError(f"notebook {label} failed before its first cell: "
                                f"{exc.__class__.__name__}: {' '.join(str(exc).split())[:300]}") from None
        failed = (failed_dir or out_dir / "failed") / job.output.name
        failed.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, failed)
        os.chmod(failed, default_mode(False))
        where = failed_cell(failed) or "its first cell"
        reason = ""
        if exc.__class__.__name__ != "PapermillExecutionError":  # a timeout, a kernel that died
            first = re.split(r"(?<=[.!?])\s|\n", str(exc).strip(), maxsplit=1)[0]
            reason = f" ({exc.__class__.__name__}: {' '.join(first.split())[:160]})"
        raise NotebookError(f"notebook {label} failed at {where}{reason} (executed copy: {failed})") from None
    nb = nbformat.read(tmp, as_version=4)
    nb.metadata[RUN_META] = {"source": job.source.name, "label": label, "title": job.title,
                             "parameters": job.parameters, "variant": job.variant, "kind": job.page_kind(),
                             "tables_build": build_id}
    nbformat.write(nb, tmp)
    os.chmod(tmp, default_mode(False))
    os.replace(tmp, job.output)
    return job.output


# ---------------------------------------------------------------- many notebooks

def _watch_parent(parent: int) -> None:
    """In a worker: exit as soon as the process that started it is gone (killed with -9, say),
    so no orphan keeps executing; its kernel then exits too (ipykernel watches its parent)."""
    def watch():
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="govreport-parent-watch").start()


def _run_one(job: Job, i: int, n: int, cwd: Path, kernel: str, options: dict) -> tuple[Path | None, str]:
    """Execute one job, printing progress; returns (output, "") or (None, error message)."""
    t0 = time.monotonic()
    print(f"[{i}/{n}] executing {job.label} ...", file=sys.stderr, flush=True)
    try:
        out = execute(job, cwd, kernel, **options)
    except NotebookError as exc:
        print(f"[{i}/{n}] {job.label}: FAILED ({time.monotonic() - t0:.1f} s)", file=sys.stderr, flush=True)
        return None, str(exc)
    print(f"[{i}/{n}] {job.label}: ok ({time.monotonic() - t0:.1f} s)", file=sys.stderr, flush=True)
    return out, ""


def run_jobs_collect(jobs: list[Job], cwd: Path, kernel: str = KERNEL, workers: int = 1, *,
                     processed: str | os.PathLike | None = None, log_dir: Path | None = None,
                     failed_dir: Path | None = None,
                     env: dict[str, str] | None = None) -> list[tuple[Job, Path | None, str]]:
    """Execute every job, ``workers`` at a time, all on one pinned table build; returns
    (job, output or None, error message).

    Parallel runs use processes, not threads: papermill changes the working directory of
    the whole process while it starts a kernel.
    """
    tables = pinned_tables(processed)
    for job in jobs:  # a bad parameter fails the run before any kernel starts
        prepare(job)
    ensure_kernel(kernel)
    n = len(jobs)
    options = {"tables": tables, "log_dir": log_dir, "failed_dir": failed_dir, "env": env}
    args = [(job, i, n, Path(cwd).resolve(), kernel, options) for i, job in enumerate(jobs, 1)]
    if workers <= 1 or n <= 1:
        results = [_run_one(*a) for a in args]
    else:
        ctx = multiprocessing.get_context("spawn")  # no forked copies of threads or kernels
        with ProcessPoolExecutor(max_workers=min(workers, n), mp_context=ctx,
                                 initializer=_watch_parent, initargs=(os.getpid(),)) as pool:
            results = list(pool.map(_run_one, *zip(*args)))
    return [(job, out, err) for job, (out, err) in zip(jobs, results)]


def run_jobs(jobs: list[Job], cwd: Path, kernel: str = KERNEL, workers: int = 1, **kw) -> list[Path]:
    """Execute every job (even after a failure); raise the first failure, else return outputs."""
    results = run_jobs_collect(jobs, cwd, kernel, workers, **kw)
    errors = sorted(err for _job, _out, err in results if err)
    if errors:
        more = f" (and {len(errors) - 1} more failed)" if len(errors) > 1 else ""
        raise NotebookError(errors[0] + more)
    return sorted(out for _job, out, _err in results if out is not None)


# ---------------------------------------------------------------- the published set

def executed_in(folder: Path) -> list[Path]:
    """Executed notebooks of a set: ``*.ipynb`` and ``variants/<name>/*.ipynb``."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.ipynb") if not p.name.startswith(".")]
    found += [p for p in folder.glob(f"{VARIANTS}/*/*.ipynb") if not p.name.startswith(".")]
    return sorted(found)


def run_metadata(path: Path) -> dict:
    """The executor's record in an executed notebook ({} when there is none)."""
    import json

    try:
        with open(path, encoding="utf-8") as f:
            return dict((json.load(f).get("metadata") or {}).get(RUN_META) or {})
    except (OSError, ValueError):
        return {}


def run_set(jobs: list[Job], target: Path, cwd: Path, *, workers: int = 1,
            replaces: Callable[[Path], bool] = lambda rel: False, full: bool = False,
            processed: str | os.PathLike | None = None, kernel: str = KERNEL,
            env: dict[str, str] | None = None, report: Callable[[str], None] | None = None) -> list[Path]:
    """Execute ``jobs`` (outputs given under ``target``) and publish ``target`` as one set.

    The new set holds the new outputs plus the executed notebooks of the current set that this
    run does not replace (``replaces(relative path)`` is False) and that were run on the same
    table build. Kept pages of another build make a partial run refuse; a ``full`` run (all
    default pages) drops them with a note. All or nothing: if any
    notebook fails, the current set stays as it was.
    """
    report = report or (lambda msg: print(msg, file=sys.stderr, flush=True))
    folder, build_id = pinned_tables(processed)
    release = Release(target, "executed notebooks")
    failed_dir = target.with_name(f"{target.name}-failed")
    with release.staging() as stage:
        rel_outputs = {job.output.relative_to(target) for job in jobs}
        keep, stale = [], []
        for old in executed_in(target):
            rel = old.relative_to(target)
            if rel in rel_outputs or replaces(rel):
                continue
            (keep if run_metadata(old).get("tables_build") == build_id else stale).append(rel)
        if stale and not full:
            raise NotebookError(f"{len(stale)} published notebook(s) ({', '.join(map(str, stale[:3]))}"
                                f"{' ...' if len(stale) > 3 else ''}) were run on other tables than build "
                                f"{build_id}; run all notebooks (`govreport notebooks`) first")
        if stale:
            report(f"notebooks: dropping {len(stale)} page(s) run on older tables: "
                   f"{', '.join(map(str, stale))} (run `govreport batch` or the variant again)")
        for rel in keep:
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(target / rel, stage / rel)
            log = target / "logs" / f"{rel.stem}.log"
            if log.is_file() and rel.parent == Path("."):
                (stage / "logs").mkdir(exist_ok=True)
                shutil.copy2(log, stage / "logs" / log.name)
        staged = [dataclasses.replace(job, output=stage / job.output.relative_to(target)) for job in jobs]
        if failed_dir.exists():
            shutil.rmtree(failed_dir, ignore_errors=True)
        results = run_jobs_collect(staged, cwd, kernel, workers, processed=folder, log_dir=stage / "logs",
                                   failed_dir=failed_dir, env=env)
        errors = sorted(err for _job, _out, err in results if err)
        if errors:
            more = f" (and {len(errors) - 1} more failed)" if len(errors) > 1 else ""
            raise NotebookError(errors[0] + more + f"; {target} was left as it was")
    return sorted(target / job.output.relative_to(target) for job in jobs)


# ---------------------------------------------------------------- which jobs

def variant_name(params: dict[str, Any], name: str | None = None) -> str:
    """A folder name for a variant: ``name`` if given, else readable from the parameters
    (``year_a-2021_year_b-2023``) or, when that is not plain ASCII or too long, a short hash."""
    import hashlib
    import json

    if name:
        return check_name(name, "variant name")
    parts = []
    for key in sorted(params):
        value = params[key]
        text = ",".join(map(str, value)) if isinstance(value, list) else str(value)
        parts.append(f"{key}-{text}")
    slug = re.sub(r"[^A-Za-z0-9_.,-]+", "-", "_".join(parts)).strip("-.")
    if slug and len(slug) <= 60 and _NAME.match(slug) and slug.isascii() and "--" not in slug:
        return slug
    digest = hashlib.sha256(json.dumps(params, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:10]
    return f"v-{digest}"


def notebook_jobs(nb_dir: Path, out_dir: Path, only: list[str] | None = None,
                  parameters: dict[str, Any] | None = None, variant: str | None = None) -> list[Job]:
    """One job per notebook in ``nb_dir`` (or only the named ones), outputs in ``out_dir``.

    With ``parameters`` the runs are a variant: outputs go to ``out_dir/variants/<variant>/``
    and the default pages stay. Named notebooks must declare every parameter; without
    ``only``, the notebooks that declare them all are run, and none declaring them is an error.
    """
    sources = notebook_sources(nb_dir)
    if only:
        wanted = [check_name(n) for n in only]
        by_stem = {p.stem: p for p in sources}
        unknown = [n for n in wanted if n not in by_stem]
        if unknown:
            known = ", ".join(sorted(by_stem)) or "none"
            raise NotebookError(f"unknown notebook {unknown[0]!r} (available: {known})")
        sources = [by_stem[n] for n in wanted]
    params = dict(parameters or {})
    if variant and not params:
        raise NotebookError("--variant names a run with --param values; give at least one --param")
    if not params:
        return [Job(p, out_dir / p.name, {}, label=p.stem) for p in sources]
    chosen = []
    for p in sources:
        try:
            decl = prm.read_declared(p)
        except prm.ParameterError as exc:
            raise NotebookError(str(exc)) from None
        if only or set(params) <= set(decl):
            try:
                prm.check_against(p.stem, decl, params)
            except prm.ParameterError as exc:
                raise NotebookError(str(exc)) from None
            chosen.append(p)
    if not chosen:
        raise NotebookError(f"no notebook has the parameter(s) {', '.join(sorted(params))} "
                            "(see govreport notebooks --list)")
    name = variant_name(params, variant)
    return [Job(p, out_dir / VARIANTS / name / p.name, params, label=f"{p.stem} ({name})",
                title=name, variant=name, kind="variant") for p in chosen]


def load_batches(path: Path, nb_dir: Path | None = None) -> list[dict[str, Any]]:
    """Read the batch file: ``{batches: [{notebook, runs: [{name, title, parameters}]}]}``;
    parameters are checked like command-line ones (and against the notebook, when it exists)."""
    if not path.is_file():
        raise NotebookError(f"batch file not found: {path}")
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except yaml.YAMLError as exc:
        raise NotebookError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    batches = data.get("batches") if isinstance(data, dict) else None
    if not isinstance(batches, list):
        raise NotebookError(f"{path}: expected a top-level 'batches:' list")
    for b in batches:
        if not isinstance(b, dict) or "notebook" not in b or not isinstance(b.get("runs"), list):
            raise NotebookError(f"{path}: each batch needs 'notebook' and a 'runs' list")
        stem = check_name(str(b["notebook"]))
        source = (nb_dir or path.parent) / f"{stem}.ipynb"
        for run in b["runs"]:
            if not isinstance(run, dict) or not _NAME.match(str(run.get("name", ""))):
                raise NotebookError(f"{path}: each run of {b['notebook']} needs a plain 'name'")
            params = run.get("parameters") or {}
            if not isinstance(params, dict):
                raise NotebookError(f"{path}: parameters of {b['notebook']}/{run['name']} must be a mapping")
            try:
                for key, value in params.items():
                    prm.check_value(value, f"{path.name}: {b['notebook']}/{run['name']}: parameter {key}")
                prm.check_output_locations(params)
                if source.is_file():
                    prm.check_against(f"{path.name}: {stem}/{run['name']}", prm.read_declared(source), params)
            except prm.ParameterError as exc:
                raise NotebookError(str(exc)) from None
    return batches


def batch_jobs(nb_dir: Path, out_dir: Path, batch_file: Path,
               report: Callable[[str], None] | None = None) -> list[Job]:
    """Jobs for every batch run whose notebook exists; ``<notebook>__<run>.ipynb`` outputs."""
    report = report or (lambda msg: print(msg, file=sys.stderr, flush=True))
    jobs = []
    for batch in load_batches(batch_file, nb_dir):
        stem = check_name(str(batch["notebook"]))
        source = nb_dir / f"{stem}.ipynb"
        if not source.is_file():
            report(f"batch: skipping {stem} ({len(batch['runs'])} runs): "
                   f"notebook {source.name} does not exist yet")
            continue
        for run in batch["runs"]:
            name = str(run["name"])
            jobs.append(Job(source, out_dir / f"{stem}__{name}.ipynb",
                            dict(run.get("parameters") or {}), label=f"{stem}__{name}",
                            title=str(run.get("title", name)), kind="batch"))
    return jobs


def is_batch_page(rel: Path) -> bool:
    return rel.parent == Path(".") and "__" in rel.stem


def is_default_page(rel: Path) -> bool:
    return rel.parent == Path(".") and "__" not in rel.stem
