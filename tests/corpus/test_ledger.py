"""The edit ledger: edits never overlap, clean text and offsets follow from them exactly."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from govreport.corpus.ledger import Ledger

from corpus.corpus_helpers import covers_exactly_once


def test_a_removal_and_a_repair_give_the_clean_text_and_its_raw_offsets():
    ledger = Ledger("ab\r\ncd１２ef")
    assert ledger.remove(2, 3, "line_ending_crlf")
    assert ledger.repair(6, 8, "12", "fullwidth_alnum")
    text, offs = ledger.view()
    assert text == "ab\ncd12ef"
    assert list(offs) == [0, 1, 3, 4, 5, 6, 6, 8, 9, 10]
    assert ledger.to_raw_span(5, 7) == (6, 8)  # the repaired digits cover the whole raw span
    covers_exactly_once(ledger)


def test_a_wider_removal_absorbs_the_edits_inside_it_and_a_narrower_one_is_refused():
    ledger = Ledger("0123456789")
    ledger.repair(3, 4, "x", "r")
    ledger.remove(2, 6, "outer")
    assert [(e.start, e.end, e.reason) for e in ledger.edits] == [(2, 6, "outer")]
    assert not ledger.remove(3, 5, "inner")  # already removed: the broader reason stays
    assert not ledger.repair(4, 5, "y", "late")  # a repair never overlaps an edit
    assert ledger.clean == "016789"


def test_touches_says_whether_an_edit_covers_part_of_a_span():
    ledger = Ledger("0123456789")
    ledger.repair(4, 6, "\n", "paragraph_break_restored")
    assert ledger.touches(5, 8) and ledger.touches(0, 5) and not ledger.touches(6, 9) and not ledger.touches(0, 4)


# any sequence of removals and repairs: (start, length, is a removal, text put in)
EDITS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12), st.booleans(), st.text(max_size=3)), max_size=20)


def _edited(raw: str, edits) -> Ledger:
    ledger = Ledger(raw)
    for start, length, removal, after in edits:
        if removal:
            ledger.remove(start, start + length, "r")
        else:
            ledger.repair(start, start + length, after, "x")
    return ledger


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60), EDITS)
def test_any_sequence_of_edits_keeps_the_cover_and_the_offset_map(raw, edits):
    ledger = _edited(raw, edits)
    covers_exactly_once(ledger)
    text, offs = ledger.view()
    assert len(offs) == len(text) + 1 and offs[-1] == len(raw)
    kept = [ledger.raw[a:b] for a, b, kind, _ in ledger.spans() if kind == "kept"]
    assert "".join(kept) == "".join(text[i] for i in range(len(text)) if not _in_repair(ledger, offs[i]))


def _in_repair(ledger, raw_pos) -> bool:
    return any(not e.is_removal and e.start <= raw_pos < e.end for e in ledger.edits)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1, max_size=60), EDITS, st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=30))
def test_raw_spans_at_once_are_each_spans_raw_span(raw, edits, spans):
    """The vectorised mapping the corpus tables use gives what ``to_raw_span`` gives for each
    span, repaired last characters and empty spans included."""
    ledger = _edited(raw, edits)
    n = len(ledger.clean)
    spans = [(min(a, n), min(b, n)) for a, b in spans]
    starts, ends = ledger.to_raw_spans([a for a, _ in spans], [b for _, b in spans])
    assert list(zip(starts.tolist(), ends.tolist())) == [ledger.to_raw_span(a, b) for a, b in spans]
