"""Output folders are published all or nothing: a run killed at any file step leaves the previous
complete set (or the new one), and the next run cleans up after it; one writer at a time."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from govreport.publish.atomic import PublishError, Release

LIB = Path(__file__).resolve().parents[2] / "lib"

# The child publishes a new set of files into TARGET and SIGKILLs itself just before its N-th
# file-system step (every rename, exchange, mkdir, chmod, rmtree and file write counts).
CHILD = textwrap.dedent("""
    import os, shutil, signal, sys
    from pathlib import Path
    from govreport.publish import atomic

    target, n, fallback = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3] == "1"
    calls = [0]

    def step(fn):
        def wrapped(*a, **k):
            calls[0] += 1
            if calls[0] == n:
                os.kill(os.getpid(), signal.SIGKILL)
            return fn(*a, **k)
        return wrapped

    for name in ("rename", "replace", "mkdir", "rmdir", "chmod", "unlink"):
        setattr(os, name, step(getattr(os, name)))
    shutil.rmtree = step(shutil.rmtree)
    atomic.exchange = step(atomic.exchange)
    if fallback:
        atomic._renameat2 = None
    Path.write_text = step(Path.write_text)
    with atomic.Release(target).staging() as stage:
        for i in range(4):
            (stage / f"page{i}.html").write_text(f"new {i}")
        (stage / "sub").mkdir()
        (stage / "sub" / "x.csv").write_text("new")
    print("published", calls[0])
""")

OLD = {"page0.html": "old 0", "page1.html": "old 1", "page2.html": "old 2", "page3.html": "old 3",
       "sub/x.csv": "old"}
NEW = {k: v.replace("old", "new") for k, v in OLD.items()}


def snapshot(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): p.read_text() for p in sorted(folder.rglob("*")) if p.is_file()}


def publish_old(target: Path) -> None:
    with Release(target).staging() as stage:
        for rel, text in OLD.items():
            (stage / rel).parent.mkdir(parents=True, exist_ok=True)
            (stage / rel).write_text(text)


@pytest.mark.parametrize("fallback", [False, True], ids=["atomic-exchange", "two-renames"])
def test_killed_at_every_step_leaves_a_complete_set(tmp_path, fallback):
    env = {**os.environ, "PYTHONPATH": str(LIB)}
    killed_at = []
    for n in range(1, 200):
        target = tmp_path / f"run{n}" / "site"
        publish_old(target)
        proc = subprocess.run([sys.executable, "-c", CHILD, str(target), str(n), "1" if fallback else "0"],
                              capture_output=True, text=True, env=env)
        if proc.returncode == 0:
            assert snapshot(target) == NEW
            break
        assert proc.returncode == -9, proc.stderr
        killed_at.append(n)
        release = Release(target)
        before = snapshot(target) if target.is_dir() else None
        # after a kill: the old set, or (fallback, killed between the two renames) no folder
        # plus the old copy that the next run puts back
        assert before in (OLD, NEW) or (fallback and before is None), (n, before)
        with release.staging() as stage:  # the next run: recovers, cleans up, publishes
            (stage / "next.html").write_text("next")
        assert snapshot(target) == {"next.html": "next"}
        assert release.litter() == [], (n, release.litter())
        assert sorted(p.name for p in target.parent.iterdir()) == [".site.lock", "site"]
    assert len(killed_at) >= 10, killed_at  # the child really was killed at many steps


def test_recover_puts_back_the_old_copy_when_killed_between_two_renames(tmp_path):
    target = tmp_path / "site"
    publish_old(target)
    old = tmp_path / ".site.old-abc"
    os.rename(target, old)  # what a run killed between its two renames leaves
    release = Release(target)
    with release._lock():
        release.recover()
    assert snapshot(target) == OLD and release.litter() == []


def test_a_second_writer_is_refused_with_one_line(tmp_path):
    target = tmp_path / "site"
    publish_old(target)
    with Release(target).staging() as stage:
        with pytest.raises(PublishError, match="another govreport run is writing") as err:
            with Release(target).staging():
                pass
        assert snapshot(target) == OLD  # the refused run touched nothing
        (stage / "first.html").write_text("first")
    assert "\n" not in str(err.value)
    assert snapshot(target) == {"first.html": "first"}


def test_failure_inside_the_block_keeps_the_previous_set(tmp_path):
    target = tmp_path / "site"
    publish_old(target)
    with pytest.raises(RuntimeError):
        with Release(target).staging() as stage:
            (stage / "half.html").write_text("half")
            raise RuntimeError("render failed")
    assert snapshot(target) == OLD and Release(target).litter() == []


def test_litter_of_earlier_versions_is_cleaned(tmp_path):
    target = tmp_path / "site"
    publish_old(target)
    for name in (".site-old-1234", ".site-staging-abcd", ".site.staging-x1"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "f").write_text("x")
    with Release(target).staging() as stage:
        (stage / "a").write_text("a")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "site"]


def test_published_files_are_readable_by_others(tmp_path):
    target = tmp_path / "site"
    old = os.umask(0o022)
    try:
        publish_old(target)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o755
    assert (target / "page0.html").stat().st_mode & 0o777 == 0o644


def test_a_symlinked_target_is_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "notebooks").symlink_to(outside)
    with pytest.raises(PublishError, match="symbolic link"):
        with Release(tmp_path / "build" / "notebooks").staging():
            pass
    assert list(outside.iterdir()) == []
