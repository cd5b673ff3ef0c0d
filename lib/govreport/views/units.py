"""How numbers and units read on charts and in tables: thousands separators, the unit always
beside the number, never scientific notation, and English unit names in English mode.

    format_number(12370.48)              → '12,370.48'
    format_number(0.0000123)             → '0.0000123'
    unit_label("亿元", "en")             → '100 million yuan'
    value_text(12370, "亿元", "en")      → '12,370 (100 million yuan)'
    value_text(6.5, "%")                 → '6.5%'

English names live in ``data/unit_names.yaml`` (a multiplier + a base unit, "a/b" side by side).
"""
from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache
from importlib import resources

import yaml

# Axis ticks with thousands separators and no SI suffix (plotly would write "16k" for 16,000 亿元).
PLOTLY_TICKFORMAT = ",~r"
_NO_SPACE = {"%", "‰"}


def format_number(x, digits: int | None = None) -> str:
    """``x`` with thousands separators and no scientific notation; '' for missing values.

    ``digits``: decimals to round to (computed values such as shares); by default the value
    keeps the precision it was written with (floats are read through their shortest repr).
    """
    if x is None or (isinstance(x, float) and math.isnan(x)):
        return ""
    try:
        if isinstance(x, str) or x != x:  # pandas NA compares unequal to itself
            return "" if not isinstance(x, str) else x
    except TypeError:  # pd.NA: comparing raises
        return ""
    if digits is not None:
        d = Decimal(str(round(float(x), digits)))
    else:
        # 12 significant digits drop binary noise (16000.000000000002) and keep what was written
        d = Decimal(repr(float(f"{float(x):.12g}"))) if not isinstance(x, int) else Decimal(x)
    if d == d.to_integral_value():
        return f"{int(d):,}"
    text = f"{d:,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=1)
def _names() -> dict:
    text = resources.files("govreport").joinpath("data/unit_names.yaml").read_text("utf-8")
    data = yaml.safe_load(text) or {}
    mult = {str(k): str(v) for k, v in (data.get("multipliers") or {}).items()}
    return {"multipliers": sorted(mult.items(), key=lambda kv: -len(kv[0])),
            "whole": {str(k): str(v) for k, v in (data.get("whole") or {}).items()},
            "bases": {str(k): str(v) for k, v in (data.get("bases") or {}).items()},
            "denominators": {str(k): str(v) for k, v in (data.get("denominators") or {}).items()},
            "qualifiers": {str(k): str(v) for k, v in (data.get("qualifiers") or {}).items()}}


def _one_unit(unit: str) -> str | None:
    names = _names()
    if unit in names["whole"]:
        return names["whole"][unit]
    if unit in names["bases"]:
        return names["bases"][unit]
    for prefix, english in names["multipliers"]:
        if unit.startswith(prefix):
            rest = unit[len(prefix):]
            if not rest:
                return english
            base = names["bases"].get(rest)
            if base is not None:
                return f"{english} {base}"
    return None


def unit_label(unit, language: str = "zh") -> str:
    """The unit as written (zh) or its English name (en; as written when unknown)."""
    unit = "" if unit is None else str(unit).strip()
    if language != "en" or not unit:
        return unit
    whole = _one_unit(unit)
    if whole is not None:
        return whole
    if "/" in unit:
        head, *rest = unit.split("/")
        denominators = _names()["denominators"]
        parts = [_one_unit(head)] + [denominators.get(p) or _one_unit(p) for p in rest]
        if all(parts):
            return " per ".join(parts)
    return unit


def value_text(x, unit, language: str = "zh", digits: int | None = None) -> str:
    """A number with its unit: '12,370 亿元', '6.5%', '12,370 (100 million yuan)'."""
    number = format_number(x, digits)
    if not number:
        return ""
    label = unit_label(unit, language)
    if not label:
        return number
    if label in _NO_SPACE:
        return number + label
    if language == "en" and label[0].isdigit():
        return f"{number} ({label})"
    return f"{number} {label}"


def qualifier_label(qualifier, language: str = "zh") -> str:
    """Qualifiers as recorded ('年均;左右') for display: as written in zh, '; '-joined English
    words in en (unknown words kept as written)."""
    words = [w.strip() for w in str(qualifier or "").split(";") if w.strip()]
    if language != "en":
        return ";".join(words)
    names = _names()["qualifiers"]
    return "; ".join(names.get(w, w) for w in words)
