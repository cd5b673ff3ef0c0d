"""Worker processes for the build: an ordered, bounded parallel map.

``pool(jobs)`` gives a ``map``-like function. With one job it is the built-in ``map`` (no
process is started). With more, tasks run in ``jobs - 1`` worker processes started by a fork
server (never by forking a parent that may hold threads or open files) and in the calling
process itself; results come back in input order, at most ``2 * jobs + 2`` tasks ahead of
the consumer, so the parent never holds more than a few documents' results. Workers die with the build: they ask the kernel for a
signal when their parent dies, and the fork server exits when the build does.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

PRELOAD = ["govreport.pipeline"]  # imported once in the fork server, inherited by every worker


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


GC_THRESHOLD = 10_000  # allocations between young collections during a build (Python's default: 700)


@contextmanager
def fewer_collections():
    """Python's cycle collector less often while the build runs: a document's work makes and
    drops millions of small objects, and each full pass also walks the dictionaries and caches
    that live for the whole build (0.5 s of collections on the national reports, 0.2 s with
    this). The thresholds are put back afterwards."""
    old = gc.get_threshold()
    gc.set_threshold(max(old[0], GC_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def memory_settings() -> None:
    """The allocator settings of a build, for its own process and each worker: Arrow on the
    system allocator, which hands freed memory back sooner than Arrow's default (mimalloc; about
    30 MB less at the peak on the national reports), and large blocks returned to the system as
    soon as they are freed (``store.bound_heap``)."""
    import pyarrow as pa

    from govreport import store

    pa.set_memory_pool(pa.system_memory_pool())
    store.bound_heap()


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the fork server still ends the workers when the build ends
    from govreport.text import tokens

    memory_settings()  # as the parent: a fork-server worker does not inherit them
    gc.set_threshold(max(gc.get_threshold()[0], GC_THRESHOLD), *gc.get_threshold()[1:])  # as the parent
    tokens.segmenter()  # dictionaries loaded once per worker, before the first document


def _started() -> int:
    return os.getpid()


def _ordered(executor: ProcessPoolExecutor, workers: int, ahead: int) -> Callable[[Callable, Iterable], Iterator]:
    """An ordered map over ``executor`` in which the calling process works too. Until the
    workers have started it runs the tasks itself, in order; then it keeps up to ``ahead``
    tasks handed out (so a worker always has the next one queued) and, while the next result
    is not ready, runs a task itself: the earliest handed-out one no worker has begun (taken
    back from the queue), else a new one. At most ``ahead`` results wait to be consumed."""
    warm = [executor.submit(_started) for _ in range(workers)]  # start the workers now

    def imap(fn: Callable, items: Iterable) -> Iterator:
        items = enumerate(items)
        futures: dict[int, Future] = {}
        local: dict[int, object] = {}
        nxt = 0
        exhausted = False

        def take():
            nonlocal exhausted
            pair = None if exhausted else next(items, None)
            exhausted = pair is None
            return pair

        def steal():
            """The earliest handed-out task no worker has begun, withdrawn, or None."""
            for i in sorted(futures):
                if futures[i].cancel():
                    return i, futures.pop(i).task
            return None

        while True:
            if all(f.done() for f in warm):
                while not exhausted and len(futures) + len(local) < ahead:
                    pair = take()
                    if pair is not None:
                        future = executor.submit(fn, pair[1])
                        future.task = pair[1]
                        futures[pair[0]] = future
            if nxt in local:
                yield local.pop(nxt)
            elif nxt in futures:
                if not futures[nxt].done() and len(local) < ahead:
                    pair = steal() or take()
                    if pair is not None:
                        local[pair[0]] = fn(pair[1])
                        continue
                yield futures.pop(nxt).result()
            else:
                pair = take()  # nothing handed out yet: this is task ``nxt``
                if pair is None:
                    return
                local[pair[0]] = fn(pair[1])
                continue
            nxt += 1
    return imap


def _context():
    """Fork when it is safe (Linux, no other thread alive yet): the workers then share the
    parent's imported modules and loaded dictionaries page for page instead of loading their
    own (about 150 MB less per worker). Otherwise a fork server, which never forks a
    process holding threads."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        _warm()
        return multiprocessing.get_context("fork")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _warm() -> None:
    """What every worker needs, loaded before forking so it is shared: the modules, the
    segmenter, the word lists and the indicator stage's part-of-speech tagger (a second jieba
    dictionary, about 150 MB: loaded once here instead of once per worker)."""
    import govreport.pipeline  # noqa: F401
    from govreport.indicators import subject
    from govreport.lang.simplified import to_simplified
    from govreport.text import tokens

    tokens.segmenter()
    tokens.stopwords()
    tokens.policy_verbs()
    subject.pos_tokens("地区生产总值增长")
    to_simplified("國")                          # the traditional-character tables (about 0.3 s to build)


@contextmanager
def pool(jobs: int):
    """A ``map(fn, items)`` running ``fn`` in ``jobs`` processes, results in input order."""
    if jobs <= 1:
        yield map
        return
    ctx = _context()
    # what the parent holds now (modules, dictionaries) out of the collector's sight while the
    # workers run: a forked worker's collections then never touch, and so copy, those pages
    gc.freeze()
    # the calling process is one of the ``jobs``: it works while it waits
    executor = ProcessPoolExecutor(max_workers=jobs - 1, mp_context=ctx, initializer=_die_with_parent)
    try:
        yield _ordered(executor, jobs - 1, 2 * jobs + 2)
    except BaseException:
        executor.shutdown(wait=False, cancel_futures=True)
        raise
    finally:
        gc.unfreeze()
    executor.shutdown(wait=True)
