"""The build's process pool: results in input order, the caller working too, errors carried over."""
from __future__ import annotations

import os

import pytest

from govreport import workers


def _pid_and_square(x: int) -> tuple[int, int]:
    return os.getpid(), x * x


def _fail_on_three(x: int) -> int:
    if x == 3:
        raise ValueError(f"document {x} is broken")
    return x


@pytest.mark.parametrize("fork", [True, False])
def test_results_come_back_in_order_from_every_process(fork, monkeypatch):
    if not fork:  # as in a Jupyter kernel, where threads are running: a fork server
        monkeypatch.setattr(workers.threading, "active_count", lambda: 2)
    with workers.pool(2) as pmap:
        out = list(pmap(_pid_and_square, range(40)))
    assert [sq for _, sq in out] == [x * x for x in range(40)]
    assert os.getpid() in {pid for pid, _ in out}   # the caller is one of the jobs


def test_one_job_is_plain_map_and_errors_reach_the_caller():
    with workers.pool(1) as pmap:
        assert pmap is map
    with pytest.raises(ValueError, match="document 3 is broken"):
        with workers.pool(2) as pmap:
            list(pmap(_fail_on_three, range(10)))


def _slow_first(x: int) -> tuple[int, int]:
    import time

    time.sleep(0.3 if x % 7 == 0 else 0.01)   # uneven tasks: queued ones get taken back by the caller
    return os.getpid(), x


def test_uneven_tasks_keep_their_order_when_the_caller_takes_queued_ones_back():
    with workers.pool(2) as pmap:
        out = list(pmap(_slow_first, range(30)))
    assert [x for _, x in out] == list(range(30))
    assert len({pid for pid, _ in out}) == 2        # both the caller and the worker ran tasks


def test_fewer_collections_during_a_build_and_thresholds_put_back():
    import gc

    before = gc.get_threshold()
    with workers.fewer_collections():
        assert gc.get_threshold()[0] >= workers.GC_THRESHOLD
    assert gc.get_threshold() == before
