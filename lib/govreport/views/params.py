"""Notebook parameters: declared once, checked before anything is computed.

Each notebook declares its parameters in its metadata, ``metadata.govreport.parameters``
(name → type, default, doc and the valid choices), which tools read without executing
the notebook (``govreport notebooks --list``, the site, the tests). The notebook's first
code cell calls ``check(name, globals(), t)``: every value is checked against that spec
and, for names (places, indicators, themes, documents), against what the opened corpus
holds. A bad value stops the notebook with one ``ParameterError`` sentence naming the value
and the valid choices, with close matches for misspelt names:

    measure='growthrate' is not a measure; did you mean 'growth_rate'? Valid: level, growth_rate, ...

Spec entries (YAML shown; stored as JSON in the notebook):

    start_year:
      type: int|null          # int, float, str, bool, list[str], list[int], path; "|null" allows None
      default: null           # as in the parameters cell (tests check they agree)
      doc: First year on the x axis; null = the first year with values.
      choices: years          # a list of values, or a corpus kind (see CORPUS_KINDS)
      min: 1949               # optional bounds for numbers
      max: 2100
      not_before: start_year  # optional: may not be smaller than another parameter
      conflicts_with: group   # optional: set this or that parameter, not both
"""
from __future__ import annotations

import difflib
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable, Mapping

META_KEY = "govreport"
TYPES = {"int", "float", "str", "bool", "list[str]", "list[int]", "path"}
# Choices that depend on the opened corpus (resolved by ``corpus_choices``).
CORPUS_KINDS = {"places", "indicators", "indicator_groups", "themes", "documents", "reports", "years",
                "report_years", "goal_years"}


class ParameterError(ValueError):
    """A notebook parameter has a value the notebook cannot use; the message says which."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: Any = None
    doc: str = ""
    choices: tuple | str | None = None
    min: float | None = None
    max: float | None = None
    not_before: str | None = None
    conflicts_with: str | None = None

    @property
    def base_type(self) -> str:
        return self.type.split("|")[0].strip()

    @property
    def nullable(self) -> bool:
        return "null" in [p.strip() for p in self.type.split("|")[1:]]


@dataclass
class Choices:
    """Valid values of one kind: accepted spellings → canonical value, and how to list them."""
    what: str                                   # "place", "indicator", "theme" ...
    names: dict[str, Any]                       # normalised spelling → canonical value
    shown: list[str]                            # the valid values as a message lists them
    label: dict[Any, str] = field(default_factory=dict)   # canonical → how a suggestion names it
    unavailable: dict[str, str] = field(default_factory=dict)  # known but unusable here → why
    normalise: Callable[[str], str] = lambda s: str(s).strip().casefold()
    hint: Callable[[str], str] = lambda s: ""   # extra advice for a value with no close match

    def resolve(self, value) -> Any:
        return self.names.get(self.normalise(value))


# ---- the spec ----------------------------------------------------------------------------------

def parse_spec(entries: Mapping[str, Mapping]) -> list[Param]:
    """Params from the metadata mapping (order kept); a malformed spec raises ValueError."""
    params = []
    for name, entry in (entries or {}).items():
        entry = dict(entry or {})
        kind = str(entry.get("type", "str"))
        if kind.split("|")[0].strip() not in TYPES:
            raise ValueError(f"parameter {name}: unknown type {kind!r} (use one of {', '.join(sorted(TYPES))})")
        choices = entry.get("choices")
        if isinstance(choices, list):
            choices = tuple(choices)
        elif choices is not None and choices not in CORPUS_KINDS:
            raise ValueError(f"parameter {name}: choices must be a list or one of {', '.join(sorted(CORPUS_KINDS))}")
        params.append(Param(name=str(name), type=kind, default=entry.get("default"), doc=str(entry.get("doc", "")),
                            choices=choices, min=entry.get("min"), max=entry.get("max"),
                            not_before=entry.get("not_before"), conflicts_with=entry.get("conflicts_with")))
    return params


def spec_of_notebook(nb: Mapping) -> list[Param]:
    """The spec stored in a notebook's metadata (``metadata.govreport.parameters``)."""
    return parse_spec(((nb.get("metadata") or {}).get(META_KEY) or {}).get("parameters") or {})


def find_notebook(name: str) -> Path:
    """``name``.ipynb in the current folder (JupyterLab and papermill run notebooks from their
    folder) or the project's notebooks/ folder."""
    from govreport.paths import notebooks_dir

    stem = name[:-6] if name.endswith(".ipynb") else name
    for folder in (Path.cwd(), notebooks_dir()):
        path = folder / f"{stem}.ipynb"
        if path.is_file():
            return path
    raise ParameterError(f"cannot find the notebook {stem}.ipynb to read its parameter spec "
                         f"(looked in {Path.cwd()} and {notebooks_dir()})")


def notebook_spec(name: str | Path) -> list[Param]:
    path = Path(name) if str(name).endswith(".ipynb") and Path(name).is_file() else find_notebook(str(name))
    return spec_of_notebook(json.loads(path.read_text("utf-8")))


def _shown_default(value) -> str:
    return "None" if value is None else repr(value) if isinstance(value, str) else str(value)


def markdown_table(spec: Iterable[Param]) -> str:
    """The parameter table a notebook shows above its parameters cell."""
    lines = ["| parameter | default | what it does |", "|---|---|---|"]
    for p in spec:
        doc = p.doc.replace("|", "\\|")
        lines.append(f"| `{p.name}` | `{_shown_default(p.default)}` | {doc} |")
    return "\n".join(lines)


# ---- checking values ---------------------------------------------------------------------------

def _show(value) -> str:
    return repr(value)


def _as_int(p: Param, value, shown: str) -> int:
    if isinstance(value, bool):
        raise ParameterError(f"{shown} is not a whole number{_range_hint(p)}.")
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    raise ParameterError(f"{shown} is not a whole number{_range_hint(p)}.")


def _range_hint(p: Param) -> str:
    if p.min is not None and p.max is not None:
        return f" (give one from {p.min} to {p.max})"
    if p.min is not None:
        return f" (give one of at least {p.min})"
    return f" (e.g. {p.default})" if isinstance(p.default, int) and not isinstance(p.default, bool) else ""


def _typed(p: Param, value, shown: str):
    kind = p.base_type
    if kind == "int":
        return _as_int(p, value, shown)
    if kind == "float":
        if isinstance(value, bool):
            raise ParameterError(f"{shown} is not a number.")
        try:
            out = float(value)
        except (TypeError, ValueError):
            raise ParameterError(f"{shown} is not a number.") from None
        if not math.isfinite(out):
            raise ParameterError(f"{shown} is not a finite number.")
        return out
    if kind == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
            return value.strip().lower() == "true"
        raise ParameterError(f"{shown} is not True or False.")
    if kind in ("str", "path"):
        if isinstance(value, int) and not isinstance(value, bool) and kind == "str":
            return str(value)  # a year or an id typed bare (YAML reads 2021 as a number)
        if isinstance(value, (str, Path)) and str(value).strip():
            return str(value).strip()
        raise ParameterError(f"{shown} is not a non-empty text.")
    # lists: a single value is a list of one
    items = [value] if isinstance(value, (str, int)) and not isinstance(value, bool) else value
    if not isinstance(items, (list, tuple)):
        raise ParameterError(f"{shown} is not a list (write e.g. [\"a\", \"b\"]).")
    inner = Param(p.name, kind[5:-1], None, p.doc, None, p.min, p.max)
    out = [_typed(inner, v, f"{p.name}: {_show(v)}") for v in items]
    if not out:
        raise ParameterError(f"{p.name}=[] is empty; give at least one value or None.")
    return out


def _bounds(p: Param, value, shown: str) -> None:
    for v in value if isinstance(value, list) else [value]:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            if (p.min is not None and v < p.min) or (p.max is not None and v > p.max):
                lo = p.min if p.min is not None else "-∞"
                hi = p.max if p.max is not None else "∞"
                raise ParameterError(f"{shown} is out of range; give a value from {lo} to {hi}.")


def suggestions(value, choices: Choices, n: int = 3) -> list[str]:
    """Close matches of ``value`` among the accepted spellings, as the valid values are named."""
    key = choices.normalise(value)
    keys = [k for k in choices.names if k]
    found = difflib.get_close_matches(key, keys, n=n * 3, cutoff=0.6)
    found += [k for k in keys if len(key) >= 2 and (key in k or k in key) and len(k) >= 2]
    out: list[str] = []
    for k in found:
        canonical = choices.names[k]
        text = choices.label.get(canonical, str(canonical))
        if text not in out:
            out.append(text)
    return out[:n]


def _listing(choices: Choices, limit: int = 12) -> str:
    shown = choices.shown
    more = f" … ({len(shown) - limit} more)" if len(shown) > limit else ""
    return ", ".join(shown[:limit]) + more if shown else "none in this corpus"


def _resolve(p: Param, value, choices: Choices, shown: str):
    if isinstance(value, list):
        out = []
        for v in value:
            r = _resolve(p, v, choices, f"{p.name}: {_show(v)}")
            if r not in out:
                out.append(r)
        return out
    hit = choices.resolve(value)
    if hit is not None:
        return hit
    key = choices.normalise(value)
    what = f"{'an' if choices.what[:1] in 'aeiou' else 'a'} {choices.what}"
    if key in choices.unavailable:
        raise ParameterError(f"{shown}: {choices.unavailable[key]}; valid {choices.what}s: {_listing(choices)}.")
    advice = choices.hint(str(value))
    if advice:
        raise ParameterError(f"{shown} is not {what}; {advice}")
    close = suggestions(value, choices)
    guess = f"; did you mean {' or '.join(close)}?" if close else "."
    raise ParameterError(f"{shown} is not {what}{guess} Valid {choices.what}s: {_listing(choices)}.")


def static_choices(p: Param) -> Choices:
    values = list(p.choices or ())
    return Choices(what=p.name.rstrip("s") if p.base_type.startswith("list") else p.name,
                   names={str(v).strip().casefold(): v for v in values},
                   shown=[str(v) for v in values], label={v: repr(v) for v in values})


def validate(values: Mapping[str, Any], spec: Iterable[Param],
             choices: Callable[[str, Param, dict], Choices | None] | None = None) -> dict[str, Any]:
    """Checked values, in spec order: typed, bounded, names resolved to their canonical value.

    ``choices(kind, param, checked_so_far)`` supplies the corpus choices of a kind (it sees the
    values checked before, so indicators can depend on the places chosen). Raises
    ``ParameterError`` on the first bad value; a parameter missing from ``values`` is an error too.
    """
    out: dict[str, Any] = {}
    spec = list(spec)
    for p in spec:
        if p.name not in values:
            raise ParameterError(f"parameter {p.name} is not defined; keep the notebook's parameters cell.")
        value = values[p.name]
        shown = f"{p.name}={_show(value)}"
        if value is None or (isinstance(value, str) and not value.strip() and p.nullable):
            if not p.nullable:
                raise ParameterError(f"{p.name} may not be None{_valid_tail(p)}.")
            out[p.name] = None
            continue
        typed = _typed(p, value, shown)
        _bounds(p, typed, shown)
        if isinstance(p.choices, tuple):
            typed = _resolve(p, typed, static_choices(p), shown)
        elif isinstance(p.choices, str) and choices is not None:
            c = choices(p.choices, p, out)
            if c is not None:
                typed = _resolve(p, typed, c, shown)
        if p.not_before and out.get(p.not_before) is not None and typed < out[p.not_before]:
            raise ParameterError(f"{shown} is before {p.not_before}={out[p.not_before]}; "
                                 f"give a value of at least {out[p.not_before]}.")
        if p.conflicts_with and out.get(p.conflicts_with) is not None:
            raise ParameterError(f"{shown} and {p.conflicts_with}={_show(out[p.conflicts_with])} are both set; "
                                 f"set one of them and leave the other None.")
        out[p.name] = typed
    return out


def _valid_tail(p: Param) -> str:
    if isinstance(p.choices, tuple):
        return f"; valid: {_listing(static_choices(p))}"
    return ""


# ---- the notebook entry point --------------------------------------------------------------------

def check(notebook: str, namespace: Mapping[str, Any], t=None) -> SimpleNamespace:
    """Check the parameters of ``notebook`` (its stem) as set in ``namespace`` (``globals()``)
    against its spec and the opened tables ``t``; returns the checked values as attributes."""
    from govreport.views.choices import corpus_choices

    spec = notebook_spec(notebook)
    names = [p.name for p in spec]
    checked = validate({k: namespace[k] for k in names if k in namespace}, spec,
                       corpus_choices(t) if t is not None else None)
    return SimpleNamespace(**checked)


def used_line(p: SimpleNamespace | Mapping[str, Any], skip: Iterable[str] = ("processed_dir",)) -> str:
    """'Parameters used: a = 1; b = ['x']' — what a page was computed with, defaults resolved."""
    items = vars(p) if isinstance(p, SimpleNamespace) else dict(p)
    parts = [f"{k} = {_shown_default(v)}" for k, v in items.items() if k not in set(skip)]
    return "Parameters used: " + "; ".join(parts)
