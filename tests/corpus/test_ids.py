"""Document ids from any file name: readable, unique, stable."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from govreport.corpus.ids import assign_ids, slug


def test_ids_keep_chinese_names_and_sub_folders():
    assert slug("江苏省政府工作报告.txt") == "江苏省政府工作报告"
    assert slug("national/cn_national_2016.txt") == "national-cn_national_2016"
    assert slug("Reports 2024/Wuxi (full).TXT") == "reports-2024-wuxi-full"
    assert slug("reports.jsonl", 12) == "reports-r12"
    assert slug("……。.txt") == "doc"


def test_two_chinese_file_names_get_two_ids():
    ids = assign_ids([("江苏省政府工作报告.txt", -1), ("浙江省政府工作报告.txt", -1)])
    assert ids == {("江苏省政府工作报告.txt", -1): "江苏省政府工作报告", ("浙江省政府工作报告.txt", -1): "浙江省政府工作报告"}


def test_names_that_collide_get_a_hash_of_their_own_path_and_others_are_untouched():
    ids = assign_ids([("a b.txt", -1), ("a-b.txt", -1), ("c.txt", -1), ("d.txt", -1)], taken={"d"})
    assert ids[("c.txt", -1)] == "c"
    assert ids[("a b.txt", -1)].startswith("a-b-") and ids[("a-b.txt", -1)].startswith("a-b-")
    assert ids[("a b.txt", -1)] != ids[("a-b.txt", -1)]
    assert ids[("d.txt", -1)].startswith("d-")  # a catalog doc id is never reused
    again = assign_ids([("a-b.txt", -1), ("c.txt", -1), ("a b.txt", -1), ("d.txt", -1)], taken={"d"})
    assert again == ids  # order does not matter


@given(st.lists(st.text(min_size=1, max_size=12), max_size=30, unique=True))
def test_any_set_of_names_gets_unique_ids(names):
    ids = assign_ids([(n, -1) for n in names])
    assert len(set(ids.values())) == len(names) and all(ids.values())
