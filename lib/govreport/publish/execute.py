"""Execute notebooks with papermill into build/notebooks/, one at a time or as a batch.

Each notebook runs with the current folder set to notebooks/ and the Jupyter kernel named
explicitly (``govreport``): in CI virtual environments the default kernel may be another
Python. Output is first written beside the target and moved into place only on success, so a
failing notebook leaves the previous good copy intact (the failed copy goes to ``failed/``).
"""
from __future__ import annotations

import os
import re
import sys
import tempfile
import time
import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import yaml

from govreport.fastimport import skip_iri_grammar
from govreport.paths import UnsafePathError, inside_build

skip_iri_grammar()  # worker processes import papermill → nbformat; 2-3 s less each

KERNEL = "govreport"
BATCH_FILE = "batches.yaml"
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
# Parameters whose names say they hold an output location (out_dir, figures_dir, save_path,
# export_file, ...) must stay inside build/. Input locations (processed_dir) are not outputs.
_PATH_PARAM = re.compile(r"(^|_)(out|outputs?|figures?|figs?|save|export)(_|$)")


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


def notebook_sources(nb_dir: Path) -> list[Path]:
    """The notebooks to run: ``notebooks/*.ipynb``, sorted, without hidden or ``_draft`` files."""
    if not nb_dir.is_dir():
        raise NotebookError(f"notebook folder not found: {nb_dir}")
    return sorted(p for p in nb_dir.glob("*.ipynb") if not p.name.startswith((".", "_")))


def check_name(name: str) -> str:
    """A notebook name from the command line: a plain file name, no folders."""
    stem = name[:-6] if name.endswith(".ipynb") else name
    if not _NAME.match(stem):
        raise NotebookError(f"invalid notebook name {name!r} (use a name like 00_corpus)")
    return stem


def parse_parameters(items: list[str] | None) -> dict[str, Any]:
    """``["k=v", ...]`` → dict; values are read as YAML (``n=5``, ``xs=[a, b]``, ``s=text``)."""
    params: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise NotebookError(f"parameter must look like name=value, got {item!r}")
        try:
            params[key] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError:
            params[key] = value
    check_output_parameters(params)
    return params


def check_output_parameters(params: dict[str, Any]) -> None:
    """Refuse parameters naming an output location outside build/ (``figures_dir=../x``)."""
    from govreport.paths import build_dir

    for key, value in params.items():
        if _PATH_PARAM.search(key) and isinstance(value, (str, os.PathLike)) and str(value):
            try:
                inside_build(value, relative_to=build_dir())
            except UnsafePathError as exc:
                raise UnsafePathError(f"parameter {key}: {exc}") from None


def ensure_kernel(name: str = KERNEL) -> None:
    """Install the kernel spec into this environment if it is missing (``pip install -e .``
    alone does not register it)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        from ipykernel.kernelspec import install

        install(kernel_name=name, display_name=f"Python ({name})", prefix=sys.prefix)


def _error_summary(nb_path: Path) -> str:
    """'code cell N (`first line`): ErrorName: message', numbered as in the source notebook."""
    import nbformat

    try:
        nb = nbformat.read(nb_path, as_version=4)
    except Exception:  # the notebook may not even have been written
        return "an unknown cell (see the log above)"
    code_cells = [c for c in nb.cells if c.cell_type == "code"
                  and "injected-parameters" not in c.get("metadata", {}).get("tags", [])]
    for i, cell in enumerate(code_cells, 1):
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                first = next((l.strip() for l in cell.source.splitlines() if l.strip()), "")
                first = first if len(first) <= 60 else first[:57] + "..."
                return f"code cell {i} (`{first}`): {out.get('ename')}: {out.get('evalue')}".strip()
    return "an unknown cell (see the log above)"


def _kernel_manager_logging_to(log_path: Path):
    """A kernel manager whose kernel process writes its own stderr (ZMQ warnings, shutdown
    messages) to ``log_path`` instead of the terminal; cell output is unaffected."""
    from jupyter_client import AsyncKernelManager

    class LoggingKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with open(log_path, "ab") as log:  # the child keeps its own copy of the handle
                kw["stderr"] = log
                await super()._async_launch_kernel(kernel_cmd, **kw)

    return LoggingKernelManager


def execute(job: Job, cwd: Path, kernel: str = KERNEL, timeout: int = 900) -> Path:
    """Execute one notebook; returns the output path. Raises NotebookError naming the notebook."""
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    if not job.source.is_file():
        raise NotebookError(f"notebook not found: {job.source}")
    out_dir = job.output.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{job.output.stem}-", suffix=".ipynb", dir=out_dir)
    os.close(fd)
    tmp = Path(tmp_name)
    kernel_log = out_dir / "logs" / f"{job.output.stem}.log"
    kernel_log.unlink(missing_ok=True)
    try:
        pm.execute_notebook(
            str(job.source), str(tmp), parameters=job.parameters, kernel_name=kernel,
            cwd=str(cwd), progress_bar=False, log_output=False,
            request_save_on_cell_execute=False, execution_timeout=timeout,
            kernel_manager_class=_kernel_manager_logging_to(kernel_log),
        )
    except PapermillExecutionError:
        failed = out_dir / "failed" / job.output.name
        failed.parent.mkdir(exist_ok=True)
        os.replace(tmp, failed)
        raise NotebookError(f"notebook {job.label or job.source.name} failed at "
                            f"{_error_summary(failed)} (executed copy: {failed})") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    nb = nbformat.read(tmp, as_version=4)
    nb.metadata["govreport_run"] = {"source": job.source.name, "label": job.label,
                                "title": job.title, "parameters": job.parameters}
    nbformat.write(nb, tmp)
    os.replace(tmp, job.output)
    return job.output


def _run_one(job: Job, i: int, n: int, cwd: Path, kernel: str) -> tuple[Path | None, str]:
    """Execute one job, printing progress; returns (output, "") or (None, error message)."""
    t0 = time.monotonic()
    print(f"[{i}/{n}] executing {job.label} ...", file=sys.stderr, flush=True)
    try:
        out = execute(job, cwd, kernel)
    except NotebookError as exc:
        print(f"[{i}/{n}] {job.label}: FAILED ({time.monotonic() - t0:.1f} s)", file=sys.stderr, flush=True)
        return None, str(exc)
    print(f"[{i}/{n}] {job.label}: ok ({time.monotonic() - t0:.1f} s)", file=sys.stderr, flush=True)
    return out, ""


def run_jobs_collect(jobs: list[Job], cwd: Path, kernel: str = KERNEL,
                     workers: int = 1) -> list[tuple[Job, Path | None, str]]:
    """Execute every job, ``workers`` at a time; returns (job, output or None, error message).

    Parallel runs use processes, not threads: papermill changes the working directory of
    the whole process while it starts a kernel.
    """
    ensure_kernel(kernel)
    n = len(jobs)
    args = [(job, i, n, Path(cwd).resolve(), kernel) for i, job in enumerate(jobs, 1)]
    if workers <= 1 or n <= 1:
        results = [_run_one(*a) for a in args]
    else:
        ctx = multiprocessing.get_context("spawn")  # no forked copies of threads or kernels
        with ProcessPoolExecutor(max_workers=min(workers, n), mp_context=ctx) as pool:
            results = list(pool.map(_run_one, *zip(*args)))
    return [(job, out, err) for job, (out, err) in zip(jobs, results)]


def run_jobs(jobs: list[Job], cwd: Path, kernel: str = KERNEL, workers: int = 1) -> list[Path]:
    """Execute every job (even after a failure); raise the first failure, else return outputs."""
    results = run_jobs_collect(jobs, cwd, kernel, workers)
    errors = sorted(err for _job, _out, err in results if err)
    if errors:
        more = f" (and {len(errors) - 1} more failed)" if len(errors) > 1 else ""
        raise NotebookError(errors[0] + more)
    return sorted(out for _job, out, _err in results if out is not None)


def notebook_jobs(nb_dir: Path, out_dir: Path, only: list[str] | None = None,
                  parameters: dict[str, Any] | None = None) -> list[Job]:
    """One job per notebook in ``nb_dir`` (or only the named ones), outputs in ``out_dir``."""
    sources = notebook_sources(nb_dir)
    if only:
        wanted = [check_name(n) for n in only]
        by_stem = {p.stem: p for p in sources}
        unknown = [n for n in wanted if n not in by_stem]
        if unknown:
            known = ", ".join(sorted(by_stem)) or "none"
            raise NotebookError(f"unknown notebook {unknown[0]!r} (available: {known})")
        sources = [by_stem[n] for n in wanted]
    return [Job(p, out_dir / p.name, dict(parameters or {}), label=p.stem) for p in sources]


def load_batches(path: Path) -> list[dict[str, Any]]:
    """Read the batch file: ``{batches: [{notebook, runs: [{name, title, parameters}]}]}``."""
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
        check_name(str(b["notebook"]))
        for run in b["runs"]:
            if not isinstance(run, dict) or not _NAME.match(str(run.get("name", ""))):
                raise NotebookError(f"{path}: each run of {b['notebook']} needs a plain 'name'")
            params = run.get("parameters") or {}
            if not isinstance(params, dict):
                raise NotebookError(f"{path}: parameters of {b['notebook']}/{run['name']} must be a mapping")
            check_output_parameters(params)
    return batches


def batch_jobs(nb_dir: Path, out_dir: Path, batch_file: Path,
               report: Callable[[str], None] | None = None) -> list[Job]:
    """Jobs for every batch run whose notebook exists; ``<notebook>__<run>.ipynb`` outputs."""
    report = report or (lambda msg: print(msg, file=sys.stderr, flush=True))
    jobs = []
    for batch in load_batches(batch_file):
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
                            title=str(run.get("title", name))))
    return jobs
