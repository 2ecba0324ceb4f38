"""The merge's quick pending check (``Coverage``) answers as ``covered_by`` does, whatever arrived."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc

from crm_desktop.drafting.replica import DocumentReplica
from crm_desktop.drafting.text import Coverage, covered_by

EDIT = st.tuples(st.integers(0, 2), st.booleans(), st.integers(0, 40), st.sampled_from(["a", "ñ", "🙂", "移民 x"]))


def _updates(edits: list[tuple[int, bool, int, str]]) -> tuple[bytes, list[bytes]]:
    base = DocumentReplica()
    base.set_text("p", "texto inicial de un párrafo")
    state = base.encode()
    laptops = [DocumentReplica(state) for _ in range(3)]
    out: list[bytes] = []
    for who, delete, at, word in edits:
        laptop = laptops[who]
        current = laptop.read("p")
        with laptop.recording() as rec:
            if delete and current:
                start = at % len(current)
                laptop.delete("p", start, min(3, len(current) - start))
            else:
                laptop.insert("p", at % (len(current) + 1), word)
        if rec.update is not None:
            out.append(rec.update)
            for other in laptops:  # delegates sometimes see each other's edits before going on
                if other is not laptop and at % 3 == 0:
                    other.apply(rec.update)
    return state, out


@settings(max_examples=40, deadline=None)
@given(edits=st.lists(EDIT, min_size=1, max_size=25), keep=st.lists(st.booleans(), min_size=25, max_size=25))
def test_coverage_matches_covered_by(edits: list[tuple[int, bool, int, str]], keep: list[bool]) -> None:
    state, updates = _updates(edits)
    doc: Doc = Doc()  # type: ignore[type-arg]
    doc.apply_update(state)
    for update, kept in zip(updates, keep, strict=False):
        if kept:  # some never arrive: what depends on them stays pending
            doc.apply_update(update)
    vector = doc.get_state()
    coverage = Coverage(vector)
    for update in updates:
        assert coverage.covers(update) == covered_by(update, vector)


@settings(max_examples=40, deadline=None)
@given(edits=st.lists(EDIT, min_size=1, max_size=25), keep=st.lists(st.booleans(), min_size=25, max_size=25))
def test_covers_all_matches_each(edits: list[tuple[int, bool, int, str]], keep: list[bool]) -> None:
    """The bulk check a settling replica runs answers as checking each update does."""
    state, updates = _updates(edits)
    doc: Doc = Doc()  # type: ignore[type-arg]
    doc.apply_update(state)
    for update, kept in zip(updates, keep, strict=False):
        if kept:
            doc.apply_update(update)
    coverage = Coverage(doc.get_state())
    assert coverage.covers_all(updates) == all(covered_by(u, doc.get_state()) for u in updates)
    for update in updates:  # and one at a time, whichever it is
        assert coverage.covers_all([update]) == coverage.covers(update)


def test_a_truncated_delete_set_is_refused_not_misread() -> None:
    coverage = Coverage(Doc().get_state())
    for forged in (b"\x00", b"\x00\x01", b"\x00\x01" + b"\x81" * 8, b"\x00\x01\x05\x01\x90"):
        with pytest.raises(ValueError):
            coverage.covers_all([forged])
        with pytest.raises(ValueError):
            coverage.covers(forged)
