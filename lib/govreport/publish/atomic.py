"""An output folder published all or nothing: the executed notebooks, the site.

A run writes a complete new copy into a staging folder beside the target
(``build/.site.staging-<random>``) and then swaps it with the target in one atomic step
(``renameat2(RENAME_EXCHANGE)`` on Linux), so ``build/site`` always names a complete set: the
previous one or the new one, never a mix and never nothing. The old copy, now under the staging
name, is deleted afterwards. One writer at a time: a second run is refused at once with one
line (``fcntl`` lock on ``build/.site.lock``). Whatever a killed run leaves behind (staging and
old copies) is removed by the next run when it takes the lock.

The target stays a real folder (not a symlink), so ``cp -r build/site`` or a zip of it carries
the pages. Where the atomic swap is not available (another OS, a file system without it), the
swap is two renames; a run killed between them leaves the previous copy as ``.<name>.old-*``,
and the next run puts it back before anything else.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


class PublishError(RuntimeError):
    """An output folder cannot be published (busy, a symlink, not writable); one line says why."""


def _libc_renameat2():
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return fn


_renameat2 = _libc_renameat2()


def exchange(a: Path, b: Path) -> bool:
    """Swap two existing paths in one atomic step; False when the system cannot."""
    if _renameat2 is None:
        return False
    if _renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(b))


def default_mode(directory: bool) -> int:
    """The mode a plain ``mkdir``/``open`` would give under the current umask (mkstemp and
    mkdtemp make private files; published outputs are meant to be read by others)."""
    mask = os.umask(0)
    os.umask(mask)
    return (0o777 if directory else 0o666) & ~mask


def make_readable(root: Path) -> None:
    """Give every folder and file under ``root`` the umask's ordinary modes."""
    dmode, fmode = default_mode(True), default_mode(False)
    os.chmod(root, dmode)
    for folder, dirs, files in os.walk(root):
        for d in dirs:
            os.chmod(os.path.join(folder, d), dmode)
        for f in files:
            path = os.path.join(folder, f)
            if not os.path.islink(path):
                os.chmod(path, fmode)


class Release:
    """The folder ``target`` (e.g. ``build/site``), replaced as a whole by each publish."""

    def __init__(self, target: str | os.PathLike, what: str | None = None):
        self.target = Path(target)
        self.what = what or self.target.name
        self.parent = self.target.parent
        self._prefix = f".{self.target.name}."

    @property
    def lock_path(self) -> Path:
        return self.parent / f"{self._prefix}lock"

    def litter(self) -> list[Path]:
        """Folders left by killed runs: staging copies and swapped-out old copies."""
        if not self.parent.is_dir():
            return []
        name = self.target.name
        prefixes = (f"{self._prefix}staging-", f"{self._prefix}old-",
                    f".{name}-staging-", f".{name}-old-")   # the names earlier versions used
        return sorted(p for p in self.parent.iterdir() if p.name.startswith(prefixes))

    def _check_target(self) -> None:
        if self.target.is_symlink():
            raise PublishError(f"{self.target} is a symbolic link; remove it (outputs are written "
                               "only into real folders inside the build folder)")
        if self.target.exists() and not self.target.is_dir():
            raise PublishError(f"output folder is not a folder: {self.target}")

    @contextmanager
    def _lock(self) -> Iterator[None]:
        fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, default_mode(False))
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise PublishError(f"another govreport run is writing {self.target}; "
                                   "wait for it to finish and run again") from None
            yield
        finally:
            os.close(fd)

    def recover(self) -> None:
        """Undo what a killed run left (call with the lock held): an old copy whose swap did not
        finish goes back into place; every other staging or old copy is deleted."""
        olds = [p for p in self.litter() if p.name.startswith((f"{self._prefix}old-", f".{self.target.name}-old-"))]
        if not self.target.exists() and olds:
            newest = max(olds, key=lambda p: p.stat().st_mtime)
            os.rename(newest, self.target)
        for stale in self.litter():
            _remove(stale)

    @contextmanager
    def staging(self) -> Iterator[Path]:
        """Lock, clean up after killed runs, and yield an empty staging folder; when the block
        ends without an exception the staging folder becomes the target in one step. On an
        exception it is deleted and the target stays as it was."""
        self._check_target()
        try:
            self.parent.mkdir(parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise PublishError(f"output folder is not a folder: {self.parent}") from None
        if not os.access(self.parent, os.W_OK | os.X_OK):
            raise PermissionError(f"output folder is not writable: {self.parent}")
        with self._lock():
            self.recover()
            stage = Path(tempfile.mkdtemp(prefix=f"{self._prefix}staging-", dir=self.parent))
            try:
                yield stage
                make_readable(stage)
                self._swap_in(stage)
            finally:
                if stage.exists() or stage.is_symlink():
                    _remove(stage)

    def _swap_in(self, stage: Path) -> None:
        if not self.target.exists():
            os.rename(stage, self.target)
            return
        if exchange(stage, self.target):   # the one step that publishes; stage now holds the old copy
            return
        old = Path(tempfile.mkdtemp(prefix=f"{self._prefix}old-", dir=self.parent))
        os.rmdir(old)
        os.rename(self.target, old)        # killed here: recover() puts it back
        os.rename(stage, self.target)
        _remove(old)


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)
