#!/usr/bin/env python3
"""The two README commands.

    python3 run.py          set up .venv if needed, then `govreport all` (tables, notebooks, site)
    python3 run.py test     set up .venv (+ Chromium for the browser test), then the whole test suite

Anything after the first word is passed on: `python3 run.py notebooks --only 00_corpus`,
`python3 run.py test -k site -x`. `python3 run.py setup` only prepares the environment.

Standard library only: this file runs before any dependency is installed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".govreport-setup"
KERNEL = "govreport"
KERNEL_SPEC = VENV / "share" / "jupyter" / "kernels" / KERNEL / "kernel.json"
CHROMIUM = "/usr/bin/chromium"
MIN_PYTHON = (3, 11)


class SetupError(Exception):
    """A setup step failed; the message says which and what to do."""


def say(msg: str) -> None:
    print(f"[run.py] {msg}", flush=True)


def run(cmd: list[str], what: str, **kw) -> None:
    """Run a command with its output streaming through (pip shows its own progress)."""
    say(f"{what} ...")
    t0 = time.monotonic()
    rc = subprocess.call(cmd, cwd=ROOT, **kw)
    if rc != 0:
        raise SetupError(f"{what} failed (exit code {rc}): {' '.join(map(str, cmd))}")
    say(f"{what}: done in {time.monotonic() - t0:.1f} s")


def setup_fingerprint() -> str:
    """What the environment was built from; when it changes the install is redone."""
    h = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    h.update(sys.version.encode())
    return h.hexdigest()


def venv_python_works() -> bool:
    if not PY.exists():
        return False
    try:
        return subprocess.call([str(PY), "-c", "import sys"], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL) == 0
    except OSError:
        return False


def ensure_venv() -> None:
    """Create .venv if missing or broken, and (re)install when pyproject.toml changed."""
    if sys.version_info < MIN_PYTHON:
        raise SetupError(f"Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed, "
                         f"this is {sys.version.split()[0]} ({sys.executable})")
    t0 = time.monotonic()
    if not venv_python_works():
        say(f"creating virtual environment {VENV.relative_to(ROOT)}")
        try:
            venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
        except Exception as exc:  # ensurepip missing on Debian without python3-venv, etc.
            raise SetupError(f"could not create {VENV}: {exc} "
                             "(on Debian/Ubuntu: apt-get install python3-venv)") from exc
    fingerprint = setup_fingerprint()
    stamp = STAMP.read_text().strip() if STAMP.exists() else ""
    if stamp != fingerprint:
        run([str(PY), "-m", "pip", "install", "--disable-pip-version-check", "-e", ".[test]"],
            "installing the package and its dependencies into .venv (first time: a few minutes)")
        STAMP.unlink(missing_ok=True)
    if not KERNEL_SPEC.exists() or stamp != fingerprint:
        run([str(PY), "-m", "ipykernel", "install", "--sys-prefix", "--name", KERNEL,
             "--display-name", f"Python ({KERNEL})"],
            f"registering the Jupyter kernel '{KERNEL}'", stdout=subprocess.DEVNULL)
    STAMP.write_text(fingerprint + "\n")
    # the package's bytecode, written here once rather than compiled again by every process of
    # every build (0.15-0.2 s each) where PYTHONDONTWRITEBYTECODE is set; only changed files are redone
    subprocess.call([str(PY), "-m", "compileall", "-q", str(ROOT / "lib")], stdout=subprocess.DEVNULL)
    say(f"environment ready ({time.monotonic() - t0:.1f} s)")


def ensure_chromium() -> None:
    """The browser test drives Debian's chromium; install it when we can (root + apt-get)."""
    if os.environ.get("GOVREPORT_SKIP_BROWSER"):
        say("GOVREPORT_SKIP_BROWSER is set: the browser test will be skipped")
        return
    if Path(os.environ.get("GOVREPORT_CHROMIUM", CHROMIUM)).exists():
        return
    can_apt = shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0
    if not can_apt:
        raise SetupError(f"Chromium not found at {CHROMIUM}; install it (Debian/Ubuntu: "
                         "sudo apt-get install -y chromium), point GOVREPORT_CHROMIUM at a "
                         "Chromium binary, or set GOVREPORT_SKIP_BROWSER=1 to skip the browser test")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run(["apt-get", "update"], "apt-get update", env=env)
    run(["apt-get", "install", "-y", "--no-install-recommends", "chromium"],
        "installing chromium for the browser test", env=env)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    t0 = time.monotonic()
    try:
        ensure_venv()
        if command == "setup":
            return 0
        if command == "test":
            ensure_chromium()
            cmd = [str(PY), "-m", "pytest", *argv[1:]]
            say("running the test suite (includes executing every notebook)")
        else:
            cmd = [str(BIN / "govreport"), *(argv or ["all"])]
        rc = subprocess.call(cmd, cwd=ROOT)
    except SetupError as exc:
        print(f"run.py: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("run.py: interrupted", file=sys.stderr)
        return 130
    say(f"'{command}' finished with exit code {rc} after {time.monotonic() - t0:.1f} s")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
