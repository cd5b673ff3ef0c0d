"""Numbers people can read: separators, units beside numbers, never scientific notation."""
import math
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, strategies as st

from govreport.views.units import PLOTLY_TICKFORMAT, format_number, unit_label, value_text


@pytest.mark.parametrize("x, text", [
    (12370.48, "12,370.48"), (12370.0, "12,370"), (1237, "1,237"), (np.int64(1312), "1,312"),
    (np.float64(6.5), "6.5"), (0.023, "0.023"), (0.0000123, "0.0000123"), (-1234.5, "-1,234.5"),
    (16000.000000000002, "16,000"), (1e20, "100,000,000,000,000,000,000"), (0, "0"),
])
def test_format_number_hand_checked(x, text):
    assert format_number(x) == text


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, np.nan])
def test_format_number_missing_is_blank(missing):
    assert format_number(missing) == ""


def test_format_number_rounds_only_when_asked():
    assert format_number(1 / 3, 1) == "0.3"
    assert format_number(12370.48, 0) == "12,370"


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_format_number_never_scientific_and_reads_back(x):
    text = format_number(x)
    assert "e" not in text.lower() and "E" not in text
    assert float(Decimal(text.replace(",", ""))) == pytest.approx(x, rel=1e-11, abs=1e-300)


@pytest.mark.parametrize("unit, english", [
    ("亿元", "100 million yuan"), ("万人", "10,000 people"), ("%", "%"), ("个百分点", "percentage points"),
    ("万亿元", "trillion yuan"), ("亿美元", "100 million US dollars"), ("微克/立方米", "μg/m³"),
    ("万元/人", "10,000 yuan per person"), ("吨标准煤/万元", "tonnes of standard coal per 10,000 yuan"),
    ("万", "10,000"), ("岁", "years of age"),
])
def test_unit_names_in_english(unit, english):
    assert unit_label(unit, "en") == english
    assert unit_label(unit, "zh") == unit


def test_unknown_unit_is_kept_as_written():
    assert unit_label("某单位", "en") == "某单位"
    assert unit_label(None, "en") == ""


def test_value_text_puts_the_unit_beside_the_number():
    assert value_text(12370, "亿元") == "12,370 亿元"
    assert value_text(12370, "亿元", "en") == "12,370 (100 million yuan)"
    assert value_text(6.5, "%", "en") == "6.5%"
    assert value_text(35, "微克/立方米", "en") == "35 μg/m³"
    assert value_text(float("nan"), "亿元") == ""


def test_axis_format_has_separators_and_no_si_suffix():
    assert PLOTLY_TICKFORMAT.startswith(",") and "s" not in PLOTLY_TICKFORMAT


def test_qualifiers_in_english():
    from govreport.views.units import qualifier_label

    assert qualifier_label("年均;左右", "en") == "average annual; about"
    assert qualifier_label("年均;左右") == "年均;左右"
    assert qualifier_label("新词", "en") == "新词" and qualifier_label(None, "en") == ""
