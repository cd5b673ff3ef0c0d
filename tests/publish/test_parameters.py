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


def test_metadata_adds_allowed_values_and_types():
    found = prm.declared(notebook(meta={"language": {"allowed": ["zh", "en"]},
                                        "measure": {"type": "str | None", "help": "a measure"}}))
    assert found["language"].allowed == ["zh", "en"]
    assert found["measure"].kind() == "str | None" and found["measure"].help == "a measure"
    with pytest.raises(prm.ParameterError, match="nonexistent"):
        prm.declared(notebook(meta={"nonexistent": {"allowed": [1]}}))


@pytest.mark.parametrize("params, message", [
    ({"langauge": "en"}, "has no parameter 'langauge'"),
    ({"language": 5}, "takes str"),
    ({"years": ["2021"]}, "takes list[int]"),
    ({"years": 2021}, "takes list[int]"),
    ({"ratio": "half"}, "takes float"),
    ({"language": "fr"}, 'does not allow "fr" (allowed: "zh", "en")'),
    ({"measure": 3}, "takes str | None"),
])
def test_wrong_parameters_are_refused_naming_the_notebook(params, message):
    declared = prm.declared(notebook(meta={"language": {"allowed": ["zh", "en"]},
                                           "measure": {"type": "str | None"}}))
    with pytest.raises(prm.ParameterError, match="02_x") as err:
        prm.check_against("02_x", declared, params)
    assert message in str(err.value)


def test_right_parameters_pass():
    declared = prm.declared(notebook(meta={"language": {"allowed": ["zh", "en"]}}))
    prm.check_against("02_x", declared, {"language": "en", "years": [2020], "ratio": 1, "measure": "level",
                                         "terms": []})


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
    declared = prm.declared(notebook(meta={"language": {"allowed": ["zh", "en"]}}))
    lines = prm.describe("02_x", "Title", declared)
    assert lines[0] == "02_x  Title"
    assert any(l.strip().startswith('language: str = "zh"  [allowed: "zh", "en"]') for l in lines)
    assert any(l.strip().startswith("years: list[int] = [2021, 2024]") for l in lines)
