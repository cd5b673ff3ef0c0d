"""The package reads as the flow: each stage imports only the stages before it.

lang → corpus → indicators → text → views → publish; ``store``, ``paths`` and
``fastimport`` are shared plumbing below every stage; ``pipeline`` (with its process pool, ``workers``) and ``cli`` sit on top.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "lib" / "govreport"
ORDER = ["base", "lang", "corpus", "indicators", "text", "views", "publish", "top"]
BASE = {"store", "paths", "fastimport", "__init__"}
TOP = {"pipeline", "workers", "cli"}


def layer_of(module: str) -> str:
    """'govreport.corpus.read' → 'corpus'; 'govreport.store' → 'base'."""
    parts = module.split(".")
    head = parts[1] if len(parts) > 1 else "__init__"
    if head in BASE:
        return "base"
    if head in TOP:
        return "top"
    return head


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("govreport"):
            found.add(node.module)
            if node.module == "govreport":
                found |= {f"govreport.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("govreport")}
    return found


MODULES = sorted(PKG.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PKG)))
def test_no_upward_imports(path):
    module = "govreport." + ".".join(path.relative_to(PKG).with_suffix("").parts)
    mine = ORDER.index(layer_of(module))
    upward = sorted(m for m in imports_of(path) if ORDER.index(layer_of(m)) > mine)
    assert not upward, f"{module} ({ORDER[mine]}) imports later stages: {upward}"


def test_every_module_belongs_to_a_known_layer():
    unknown = {layer_of("govreport." + ".".join(p.relative_to(PKG).with_suffix("").parts)) for p in MODULES}
    assert unknown <= set(ORDER), unknown - set(ORDER)
