"""Notebook parameters are JSON-like values only, checked against what the notebook declares,
and injected as literals: no value can become code."""
from __future__ import annotations

import ast
import datetime
import logging

import nbformat
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govreport import paths
from govreport.publish import parameters as prm

CELL = '''# Parameters
language = "zh"   # "zh" or "en"; e.g. language = "en"
years = [2021, 2024]
terms: list = ["碳达峰"]
measure = None    # None = the level where it has 2+ years
ratio = 0.5
'''


def notebook(cell: str = CELL, meta: dict | None = None):
    nb = nbformat.v4.new_notebook()
    p = nbformat.v4.new_code_cell(cell)
    p.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell("# T"), p, nbformat.v4.new_code_cell("print(language)")]
    if meta:
        nb.metadata["govreport"] = {"parameters": meta}
    return nb


@pytest.mark.parametrize("item", [
    "language=!!binary aW1wb3J0IG9z",                  # bytes reach papermill's unescaped fallback
    "language=!!python/name:os.system",
    "d=2021-01-01",                                    # a date
    "s=!!set {a: null}",
    "x=.nan",
    "m={1: a}",                                        # a key that is not a string
])
def test_values_that_are_not_json_like_are_refused(item):
    with pytest.raises(prm.ParameterError) as err:
        prm.parse_cli([item])
    assert "\n" not in str(err.value)


def test_json_like_values_are_read_as_yaml():
    assert prm.parse_cli(["n=5", "xs=[地区生产总值, 城镇新增就业]", "s=text", "e=", "f=1.5", "b=true",
                          "z=null", "m={a: [1, 2]}"]) == {
        "n": 5, "xs": ["地区生产总值", "城镇新增就业"], "s": "text", "e": "", "f": 1.5, "b": True,
        "z": None, "m": {"a": [1, 2]}}


@pytest.mark.parametrize("value", [b"x", datetime.date(2021, 1, 1), {1, 2}, float("inf"), object(), [b"x"],
                                   {"a": {"b": (1, 2)}}])
def test_check_value_refuses_other_types_anywhere(value):
    with pytest.raises(prm.ParameterError):
        prm.check_value(value, "parameter p")


def test_output_locations_are_checked_inside_lists_and_mappings(tmp_path, monkeypatch):
    monkeypatch.setenv("GOVREPORT_BUILD_DIR", str(tmp_path / "build"))
    prm.check_output_locations({"figures_dir": ["figures", "more/figures"]})
    for value in (["figures", "../../etc"], {"a": "/etc/x"}, ["ok", ["deeper", "/tmp/elsewhere"]]):
        with pytest.raises(paths.UnsafePathError, match="figures_dir"):
            prm.check_output_locations({"figures_dir": value})


def test_declared_reads_comments_with_equals_signs_without_warnings(caplog):
    with caplog.at_level(logging.DEBUG, logger="papermill"):
        found = prm.declared(notebook())
    assert not caplog.records
    assert list(found) == ["language", "years", "terms", "measure", "ratio"]
    assert found["language"].default == "zh" and found["language"].help.startswith('"zh" or "en"')
    assert found["years"].kind() == "list[int]" and found["terms"].kind() == "list"
    assert found["measure"].kind() == "" and found["measure"].type_name() == "any (None by default)"
    assert found["ratio"].kind() == "float"


SPEC = {"language": {"type": "str", "default": "zh", "choices": ["zh", "en"], "doc": "label language"},
        "years": {"type": "list[int]", "default": [2021, 2024], "min": 1949, "max": 2100},
        "terms": {"type": "list[str]", "default": ["碳达峰"]},
        "measure": {"type": "str|null", "default": None, "doc": "a measure"},
        "ratio": {"type": "float", "default": 0.5}}


def test_the_metadata_spec_adds_types_choices_and_help():
    found = prm.declared(notebook(meta=SPEC))
    assert found["language"].allowed == ["zh", "en"] and found["language"].help == "label language"
    assert found["measure"].kind() == "str|null" and found["years"].extra == {"min": 1949, "max": 2100}
    with pytest.raises(prm.ParameterError, match="nonexistent"):
        prm.declared(notebook(meta={"nonexistent": {"type": "int"}}))
    with pytest.raises(prm.ParameterError, match="unknown type"):
        prm.declared(notebook(meta={"ratio": {"type": "complex"}}))


@pytest.mark.parametrize("params, message", [
    ({"langauge": "en"}, "has no parameter 'langauge'"),
    ({"language": "fr"}, "language='fr'"),
    ({"years": ["x"]}, "is not a whole number"),
    ({"years": [1800]}, "out of range"),
    ({"ratio": "half"}, "is not a number"),
    ({"terms": []}, "is empty"),
])
def test_values_are_checked_against_the_notebooks_spec(params, message):
    declared = prm.declared(notebook(meta=SPEC))
    with pytest.raises(prm.ParameterError, match="02_x") as err:
        prm.check_against("02_x", declared, params)
    assert message in str(err.value)


@pytest.mark.parametrize("params, message", [
    ({"langauge": "en"}, "has no parameter 'langauge'"),
    ({"language": 5}, "takes str"),
    ({"years": ["2021"]}, "takes list[int]"),
    ({"years": 2021}, "takes list[int]"),
    ({"ratio": "half"}, "takes float"),
])
def test_without_a_spec_the_defaults_give_the_types(params, message):
    declared = prm.declared(notebook())
    with pytest.raises(prm.ParameterError, match="02_x") as err:
        prm.check_against("02_x", declared, params)
    assert message in str(err.value)


def test_right_parameters_pass():
    prm.check_against("02_x", prm.declared(notebook(meta=SPEC)),
                      {"language": "en", "years": [2020], "ratio": 1, "measure": "level", "terms": ["x"]})
    prm.check_against("02_x", prm.declared(notebook()),
                      {"language": "en", "years": [2020], "ratio": 1, "measure": "level", "terms": []})


def test_injected_cell_follows_the_parameters_cell_with_a_fixed_id():
    nb = prm.inject(notebook(), {"language": "en", "years": [2020]})
    tags = [c.metadata.get("tags", []) for c in nb.cells]
    assert tags[1] == ["parameters"] and tags[2] == ["injected-parameters"]
    assert nb.cells[2].id == "injected-parameters"
    assert nb.metadata.papermill.parameters == {"language": "en", "years": [2020]}
    again = prm.inject(nb, {"language": "zh"})  # re-injection replaces, never duplicates
    assert sum("injected-parameters" in c.metadata.get("tags", []) for c in again.cells) == 1


json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(json_like)
def test_any_json_like_value_is_injected_as_an_inert_literal(value):
    """Quotes, backslashes, newlines, code-looking text: the injected line is one assignment of
    a literal that reads back as the same value."""
    nb = prm.inject(notebook(), {"language": value})
    source = nb.cells[2].source
    tree = ast.parse(source)
    assert len(tree.body) == 1 and isinstance(tree.body[0], ast.Assign)
    assert ast.literal_eval(tree.body[0].value) == value


def test_describe_lists_types_defaults_allowed_values_and_help():
    lines = prm.describe("02_x", "Title", prm.declared(notebook(meta=SPEC)))
    assert lines[0] == "02_x  Title"
    assert '    language: str = "zh"  [allowed: "zh", "en"]  # label language' in lines
    assert "    years: list[int] = [2021, 2024]  [1949..2100]" in lines
    assert any(l.startswith("    measure: str|null = None") for l in lines)
