"""Notebook parameters: what a notebook declares, what a user may pass, and the injected cell.

A notebook declares its parameters in the one cell tagged ``parameters``: one assignment per
parameter, a literal default, an optional trailing comment as help::

    language = "zh"  # label language
    start_year = 2015

Types, allowed values, bounds and help live in the notebook's metadata, in the spec that
``govreport.views.params`` defines and checks inside the notebook (``metadata.govreport.parameters``:
name → type such as ``int|null`` or ``list[str]``, default, doc, choices (a list, or a corpus kind
such as ``places`` resolved when the tables are open), min, max ...). Before any kernel starts,
the command line applies everything that needs no tables (``views.params.validate`` without corpus
choices); without a spec, the default's type and the trailing comment stand in.

Values are JSON-like only: str, int, float (finite), bool, None, and lists and dicts (string
keys) of them. Anything else (YAML ``!!binary``, dates, sets) is refused before papermill sees
it, and the injected cell is written here from ``repr`` of those checked values, so no value
can become code. A value must fit the parameter's type (from the metadata, else the default's
type) and, when the metadata lists them, its allowed values (each item, for a list).
"""
from __future__ import annotations

import ast
import io
import json
import math
import os
import re
import tokenize
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from govreport.paths import UnsafePathError, build_dir, inside_build

PARAMETERS_TAG = "parameters"
INJECTED_TAG = "injected-parameters"
INJECTED_ID = "injected-parameters"
# Parameters whose names say they hold an output location (out_dir, figures_dir, save_path,
# export_file, ...) must stay inside build/. Input locations (processed_dir) are not outputs.
_PATH_PARAM = re.compile(r"(^|_)(out|outputs?|figures?|figs?|save|export)(_|$)")
_MISSING = object()


class ParameterError(ValueError):
    """A parameter is unknown, malformed, of the wrong type or not an allowed value."""


@dataclass
class Param:
    """One parameter as a notebook declares it."""
    name: str
    default_text: str                 # the default as written in the cell
    default: Any = _MISSING          # its value, when the default is a literal
    type: str = ""                    # "int", "str", "list[str]", "str | None" ...
    help: str = ""
    allowed: list | None = None
    extra: dict = field(default_factory=dict)   # the rest of the spec: corpus choices, min, max ...
    spec: Any = None                             # the views.params.Param, when the notebook has a spec

    def kind(self) -> str:
        """The type a value must have ("" = any): the metadata's, else the default's."""
        if self.type:
            return self.type
        if self.default is _MISSING or self.default is None:
            return ""
        if self.default == []:
            return "list"
        return _type_of(self.default)

    def type_name(self) -> str:
        if self.kind():
            return self.kind()
        return "any (None by default)" if self.default is None else "any"


# ---------------------------------------------------------------- values

def check_value(value: Any, where: str) -> Any:
    """Refuse anything that is not JSON-like (see the module docstring); returns ``value``."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ParameterError(f"{where}: {value!r} is not allowed (finite numbers only)")
        return value
    if isinstance(value, list):
        for i, item in enumerate(value):
            check_value(item, f"{where}[{i}]")
        return value
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ParameterError(f"{where}: keys must be strings, got {type(key).__name__} {key!r}")
            check_value(item, f"{where}[{key!r}]")
        return value
    raise ParameterError(f"{where}: a value of type {type(value).__name__} is not allowed "
                         "(only strings, numbers, true/false, null, and lists or mappings of them; "
                         "quote it to pass text)")


def parse_cli(items: list[str] | None) -> dict[str, Any]:
    """``["k=v", ...]`` → dict; each value is read as YAML (``n=5``, ``xs=[a, b]``, ``s=text``)
    and must be JSON-like."""
    params: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key.isidentifier():
            raise ParameterError(f"parameter must look like name=value, got {item!r}")
        try:
            params[key] = yaml.safe_load(value) if value.strip() else ""
        except yaml.YAMLError:
            raise ParameterError(f"parameter {key}: cannot read {value!r} "
                                 "(quote text that contains YAML syntax)") from None
        check_value(params[key], f"parameter {key}")
    check_output_locations(params)
    return params


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def check_output_locations(params: dict[str, Any]) -> None:
    """Refuse parameters naming an output location outside build/ (``figures_dir=../x``),
    inside lists and mappings too."""
    for key, value in params.items():
        if not _PATH_PARAM.search(key):
            continue
        for text in _strings(value):
            if not text:
                continue
            try:
                inside_build(text, relative_to=build_dir())
            except UnsafePathError as exc:
                raise UnsafePathError(f"parameter {key}: {exc}") from None


# ---------------------------------------------------------------- declarations

def parameters_cell(nb):
    cells = [c for c in nb.cells if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])]
    return cells[0] if cells else None


def _comments(source: str) -> dict[int, str]:
    """Line number → trailing comment text."""
    found: dict[int, str] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type == tokenize.COMMENT:
                found[tok.start[0]] = tok.string.lstrip("#").strip()
    except (tokenize.TokenError, IndentationError):
        pass
    return found


def _type_of(value: Any) -> str:
    if value is None:
        return "any"
    if isinstance(value, list):
        kinds = sorted({_type_of(v) for v in value})
        return f"list[{kinds[0]}]" if len(kinds) == 1 else "list"
    return {bool: "bool", int: "int", float: "float", str: "str", dict: "dict"}.get(type(value), type(value).__name__)


def declared(nb) -> dict[str, Param]:
    """The parameters a notebook declares: its ``parameters`` cell read with Python's own parser
    (comments may hold anything, ``=`` included), completed by ``metadata.govreport.parameters``."""
    cell = parameters_cell(nb)
    if cell is None:
        return {}
    source = cell.source
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise ParameterError(f"the parameters cell is not valid Python (line {exc.lineno}): {exc.msg}") from None
    comments = _comments(source)
    found: dict[str, Param] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name, value_node, annotation = node.targets[0].id, node.value, ""
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            name, value_node = node.target.id, node.value
            annotation = ast.get_source_segment(source, node.annotation) or ""
        else:
            continue
        text = ast.get_source_segment(source, value_node) or ""
        try:
            default = ast.literal_eval(value_node)
        except (ValueError, SyntaxError, TypeError):
            default = _MISSING
        found[name] = Param(name, " ".join(text.split()), default, annotation.strip("'\" "),
                            comments.get(node.end_lineno, ""))
    from govreport.views.params import spec_of_notebook

    try:
        spec = spec_of_notebook(nb)
    except ValueError as exc:
        raise ParameterError(f"metadata govreport.parameters: {exc}") from None
    for entry in spec:
        if entry.name not in found:
            raise ParameterError(f"metadata govreport.parameters names {entry.name!r}, "
                                 "which the parameters cell does not declare")
        p = found[entry.name]
        p.type, p.help, p.spec = entry.type, entry.doc or p.help, entry
        p.allowed = list(entry.choices) if isinstance(entry.choices, tuple) else None
        p.extra = {k: v for k, v in (("choices", entry.choices if isinstance(entry.choices, str) else None),
                                     ("min", entry.min), ("max", entry.max), ("not_before", entry.not_before),
                                     ("conflicts_with", entry.conflicts_with)) if v is not None}
    return found


def read_declared(path: str | os.PathLike) -> dict[str, Param]:
    import nbformat

    try:
        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:
        raise ParameterError(f"cannot read notebook {path}: {exc.__class__.__name__}") from None
    try:
        return declared(nb)
    except ParameterError as exc:
        raise ParameterError(f"{Path(path).name}: {exc}") from None


# ---------------------------------------------------------------- checking values against declarations

def _fits(value: Any, kind: str) -> bool:
    kind = kind.strip()
    if kind in ("", "any", "Any", "object"):
        return True
    alternatives = [k.strip() for k in re.split(r"\||\bor\b", kind) if k.strip()]
    if len(alternatives) > 1:
        return any(_fits(value, k) for k in alternatives)
    if kind in ("None", "NoneType", "null"):
        return value is None
    m = re.fullmatch(r"(?:list|List)\[(.+)\]", kind)
    if m:
        return isinstance(value, list) and all(_fits(v, m.group(1)) for v in value)
    simple = {"str": str, "path": str, "dict": dict, "list": list, "bool": bool}
    if kind in simple:
        return isinstance(value, simple[kind])
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return True  # a type name we do not know: the notebook checks it


def check_against(notebook: str, declared_params: dict[str, Param], params: dict[str, Any]) -> None:
    """Refuse a parameter the notebook does not declare, of the wrong type, or not allowed."""
    specs = [p.spec for p in declared_params.values() if p.spec is not None]
    if specs:
        _check_with_spec(notebook, declared_params, specs, params)
    else:
        _check_without_spec(notebook, declared_params, params)


def _check_known(notebook: str, declared_params: dict[str, Param], params: dict[str, Any]) -> None:
    """Every value JSON-like and every name a parameter the notebook declares."""
    for key, value in params.items():
        check_value(value, f"parameter {key}")
        if key not in declared_params:
            names = ", ".join(declared_params) or "none"
            raise ParameterError(f"{notebook} has no parameter {key!r} (its parameters: {names}; "
                                 "see govreport notebooks --list)")


def _check_without_spec(notebook: str, declared_params: dict[str, Param], params: dict[str, Any]) -> None:
    """Types from the defaults (or annotations), allowed values from nowhere: a notebook
    without a spec in its metadata."""
    _check_known(notebook, declared_params, params)
    for key, value in params.items():
        p = declared_params[key]
        kind = p.kind()
        if not _fits(value, kind):
            raise ParameterError(f"{notebook}: parameter {key} takes {kind}, got "
                                 f"{type(value).__name__} {json.dumps(value, ensure_ascii=False)}")
        if p.allowed is not None:
            items = value if isinstance(value, list) else [value]
            bad = [v for v in items if v not in p.allowed]
            if bad:
                allowed = ", ".join(json.dumps(a, ensure_ascii=False) for a in p.allowed)
                raise ParameterError(f"{notebook}: parameter {key} does not allow "
                                     f"{json.dumps(bad[0], ensure_ascii=False)} (allowed: {allowed})")


def _check_with_spec(notebook: str, declared_params: dict[str, Param], specs: list, params: dict[str, Any]) -> None:
    """The notebook's own checks (``views.params.validate``) on the values, minus those that need
    the tables (corpus choices are resolved in the notebook)."""
    from govreport.views import params as nbparams

    _check_known(notebook, declared_params, params)
    values = {p.name: p.default for p in specs}
    values.update({k: v for k, v in params.items() if k in values})
    unchecked = {k: v for k, v in params.items() if k not in values}   # declared in the cell only
    if unchecked:
        _check_without_spec(notebook, declared_params, unchecked)
    try:
        nbparams.validate(values, specs)
    except nbparams.ParameterError as exc:
        raise ParameterError(f"{notebook}: {exc}") from None


# ---------------------------------------------------------------- the injected cell

def inject(nb, params: dict[str, Any]):
    """Insert the cell assigning ``params`` after the ``parameters`` cell (papermill's layout:
    tag ``injected-parameters``), with a fixed cell id so pages stay byte-identical."""
    import nbformat

    for key, value in params.items():
        check_value(value, f"parameter {key}")
        if not key.isidentifier():
            raise ParameterError(f"parameter name {key!r} is not a Python name")
    lines = ["# Parameters (injected by govreport)"]
    lines += [f"{key} = {value!r}" for key, value in params.items()]
    cell = nbformat.v4.new_code_cell(source="\n".join(lines) + "\n")
    cell.id = INJECTED_ID
    cell.metadata["tags"] = [INJECTED_TAG]
    cells = [c for c in nb.cells if INJECTED_TAG not in c.get("metadata", {}).get("tags", [])]
    anchor = next((i for i, c in enumerate(cells)
                   if PARAMETERS_TAG in c.get("metadata", {}).get("tags", [])), -1)
    if anchor < 0:
        raise ParameterError("the notebook has no cell tagged 'parameters' to put the values after")
    nb.cells = cells[:anchor + 1] + [cell] + cells[anchor + 1:]
    if "papermill" not in nb.metadata:
        nb.metadata["papermill"] = nbformat.NotebookNode()
    nb.metadata["papermill"]["parameters"] = dict(params)
    return nb


# ---------------------------------------------------------------- --list

def describe(notebook: str, title: str, params: dict[str, Param]) -> list[str]:
    """Lines for ``govreport notebooks --list``."""
    lines = [f"{notebook}" + (f"  {title}" if title else "")]
    if not params:
        lines.append("    (no parameters)")
    for p in params.values():
        line = f"    {p.name}: {p.type_name()} = {p.default_text}"
        if p.allowed is not None:
            line += "  [allowed: " + ", ".join(json.dumps(a, ensure_ascii=False) for a in p.allowed) + "]"
        if p.extra.get("choices"):
            line += f"  [allowed: {p.extra['choices']} of the corpus]"
        if "min" in p.extra or "max" in p.extra:
            line += f"  [{p.extra.get('min', '')}..{p.extra.get('max', '')}]"
        if p.help:
            line += f"  # {p.help}"
        lines.append(line)
    return lines
