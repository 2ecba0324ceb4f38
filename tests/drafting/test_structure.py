"""Position keys, document order and numbering frozen per named version."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.drafting.structure import (
    ParagraphKind,
    ParagraphRef,
    Section,
    display_label,
    key_between,
    keys_for,
    number,
    ordered,
)


@given(st.lists(st.tuples(st.integers(0, 1000), st.booleans()), min_size=1, max_size=80))
def test_key_between_always_fits_between_its_neighbours(script: list[tuple[int, bool]]) -> None:
    keys: list[str] = []
    for where, _ in script:
        i = where % (len(keys) + 1)
        lo = keys[i - 1] if i > 0 else None
        hi = keys[i] if i < len(keys) else None
        k = key_between(lo, hi)
        assert (lo is None or lo < k) and (hi is None or k < hi)
        keys.insert(i, k)
    assert keys == sorted(keys) and len(set(keys)) == len(keys)


def test_keys_for_spread_in_order() -> None:
    for n in (1, 2, 61, 62, 500):
        keys = keys_for(n)
        assert len(keys) == n and keys == sorted(keys) and len(set(keys)) == n


def ref(
    pid: str, section: Section, pos: str, parent: str | None = None, kind: ParagraphKind = ParagraphKind.TEXT
) -> ParagraphRef:
    return ParagraphRef(pid, section, pos, kind, parent)


def test_document_order_by_section_then_position_with_sub_items_under_parents() -> None:
    paragraphs = [
        ref("op2", Section.OPERATIVE, "k"),
        ref("sub", Section.OPERATIVE, "V", parent="op1"),
        ref("title", Section.TITLE, "V", kind=ParagraphKind.HEADING),
        ref("op1", Section.OPERATIVE, "V"),
        ref("pp1", Section.PREAMBLE, "V"),
        ref("d1", Section.ANNEX, "A"),
    ]
    assert [p.id for p in ordered(paragraphs)] == ["title", "pp1", "op1", "sub", "op2", "d1"]


def test_numbering_is_frozen_by_a_version_and_new_paragraphs_take_bis() -> None:
    """Printed and on-screen numbers agree: after Rev.1, an inserted paragraph is "2 bis", not a new "3"."""
    rev1 = [ref("a", Section.OPERATIVE, "1"), ref("b", Section.OPERATIVE, "2"), ref("c", Section.OPERATIVE, "3")]
    frozen = number(rev1)
    assert frozen == {"a": "1", "b": "2", "c": "3"}
    now = [rev1[0], rev1[1], ref("n1", Section.OPERATIVE, "25"), ref("n2", Section.OPERATIVE, "27"), rev1[2]]
    labels = number(now, frozen)
    assert labels == {"a": "1", "b": "2", "n1": "2 bis", "n2": "2 ter", "c": "3"}
    # a removed paragraph leaves its number unused until the next version
    assert number([rev1[0], rev1[2]], frozen) == {"a": "1", "c": "3"}
    # the next version renumbers from 1
    assert number(now) == {"a": "1", "b": "2", "n1": "3", "n2": "4", "c": "5"}


def test_sub_items_are_lettered_per_parent_and_headings_are_not_numbered() -> None:
    paragraphs = [
        ref("h", Section.OPERATIVE, "0", kind=ParagraphKind.HEADING),
        ref("p", Section.OPERATIVE, "1"),
        ref("x", Section.OPERATIVE, "1", parent="p"),
        ref("y", Section.OPERATIVE, "2", parent="p"),
        ref("pp", Section.PREAMBLE, "1"),
    ]
    labels = number(ordered(paragraphs))
    assert labels == {"pp": "1", "p": "1", "x": "a", "y": "b"}
    assert display_label(Section.OPERATIVE, "y", sub_item=True) == "y)"
    assert display_label(Section.PREAMBLE, "1", sub_item=False) == "PP1"
    assert display_label(Section.ANNEX, "2", sub_item=False) == "D2"
    assert display_label(Section.OPERATIVE, "2 bis", sub_item=False) == "2 bis."
