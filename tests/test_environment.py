"""environment.yml (conda users) lists the same dependencies as pyproject.toml."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def normalise(req: str) -> str:
    """'Charset_Normalizer >= 3.3' → 'charset-normalizer>=3.3' (PEP 503 name, no spaces)."""
    req = req.split(";")[0].replace(" ", "")
    m = re.match(r"^([A-Za-z0-9._-]+)(.*)$", req)
    name, rest = m.group(1), m.group(2)
    return re.sub(r"[-_.]+", "-", name).lower() + rest


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    wanted = {normalise(r) for r in project["dependencies"]}
    wanted |= {normalise(r) for r in project.get("optional-dependencies", {}).get("test", [])}
    env = yaml.safe_load((ROOT / "environment.yml").read_text("utf-8"))
    deps = env["dependencies"]
    pip = next(d["pip"] for d in deps if isinstance(d, dict) and "pip" in d)
    listed = [normalise(r) for r in pip]
    assert len(listed) == len(set(listed)), "environment.yml lists a package twice"
    assert set(listed) == wanted, {
        "only in pyproject.toml": sorted(wanted - set(listed)),
        "only in environment.yml": sorted(set(listed) - wanted),
    }
    conda = [d for d in deps if isinstance(d, str)]
    assert "pip" in conda
    python = next(d for d in conda if d.startswith("python"))
    assert python.replace(" ", "") == "python=3.11"
    assert project["requires-python"] == ">=3.11"


def test_ci_runs_exactly_the_readme_test_command():
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    assert script.startswith("#!/usr/bin/env bash")
    assert "set -euo pipefail" in script
    commands = [l.strip() for l in script.splitlines()
                if l.strip() and not l.lstrip().startswith("#") and not l.startswith(("set ", "cd "))]
    assert commands == ["python3 run.py test"]
