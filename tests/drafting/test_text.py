"""The character-offset wrapper around pycrdt Text: accents, emoji and CJK (regression for the byte-index pitfall)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pycrdt import Doc, Text, merge_updates

from crm_desktop.drafting.replica import DocumentReplica
from crm_desktop.drafting.text import (
    CharText,
    OffsetError,
    Splice,
    byte_offset,
    covered_by,
    decode_state_vector,
    encode_state_vector,
    insertions_only_from,
    minimal_splice,
)

SAMPLES = ["niñez migrante", "Perú y Panamá", "acción 🙂 conjunta", "移民保护 y protección", "👩‍👩‍👧 familias"]
ALPHABET = st.sampled_from([*"ab ñéÁü中文移民🙂👍🏽", "\u0301"])
TEXTS = st.text(alphabet=ALPHABET, max_size=30)


def fresh(client_id: int = 1) -> tuple[Doc, CharText]:  # type: ignore[type-arg]
    doc: Doc = Doc(client_id=client_id)  # type: ignore[type-arg]
    return doc, CharText(doc.get("t", type=Text))


def test_raw_pycrdt_indexes_by_bytes_which_is_why_the_wrapper_exists() -> None:
    doc, _ = fresh()
    raw = doc.get("t", type=Text)
    raw += "acción"
    raw.insert(len("acció"), "X")  # a Python (character) index...
    assert str(raw) != "accióXn"  # ...lands elsewhere: pycrdt counts UTF-8 bytes


@pytest.mark.parametrize("base", SAMPLES)
def test_insert_at_every_character_offset(base: str) -> None:
    for i in range(len(base) + 1):
        _, t = fresh()
        t.insert(0, base)
        t.insert(i, "«X»")
        assert str(t) == base[:i] + "«X»" + base[i:]
        assert len(t) == len(base) + 3


@pytest.mark.parametrize("base", SAMPLES)
def test_delete_every_character_range(base: str) -> None:
    for i in range(len(base)):
        for n in range(1, len(base) - i + 1):
            _, t = fresh()
            t.insert(0, base)
            t.delete(i, n)
            assert str(t) == base[:i] + base[i + n :]


def test_offsets_outside_the_text_are_refused_not_clamped() -> None:
    _, t = fresh()
    t.insert(0, "é🙂")
    with pytest.raises(OffsetError):
        t.insert(3, "x")
    with pytest.raises(OffsetError):
        t.delete(1, 2)
    assert str(t) == "é🙂"


def test_byte_offset() -> None:
    assert byte_offset("é🙂中a", 0) == 0
    assert byte_offset("é🙂中a", 1) == 2
    assert byte_offset("é🙂中a", 2) == 6
    assert byte_offset("é🙂中a", 3) == 9


@given(TEXTS, TEXTS)
def test_minimal_splice_turns_old_into_new(old: str, new: str) -> None:
    edit = minimal_splice(old, new)
    assert edit.apply_to(old) == new
    assert edit.length <= len(old)


@given(TEXTS, TEXTS)
def test_set_makes_the_crdt_text_equal_and_replicates(old: str, new: str) -> None:
    doc, t = fresh(1)
    t.insert(0, old)
    t.set(new)
    assert str(t) == new
    other: Doc = Doc(client_id=2)  # type: ignore[type-arg]
    other.apply_update(doc.get_update())
    assert str(other.get("t", type=Text)) == new


def test_splice_deletes_then_inserts_in_characters() -> None:
    _, t = fresh()
    t.insert(0, "Los Estados deberán 🙂 cooperar")
    t.splice(Splice(12, 7, "procurarán"))
    assert str(t) == "Los Estados procurarán 🙂 cooperar"


def test_state_vectors_round_trip() -> None:
    vector = {1: 5, 300: 70_000, 2**52: 1}  # > 127: multi-byte variable-length integers
    assert decode_state_vector(encode_state_vector(vector)) == vector
    a = DocumentReplica(client_id=300)
    a.set_text("p", "protección 中文")
    assert set(decode_state_vector(a.encoded_state_vector())) == {300}


def test_insertions_are_attributed_to_the_clients_that_wrote_them() -> None:
    a = DocumentReplica(client_id=300)
    with a.recording() as first:
        a.set_text("p", "protección 🙂")
    b = DocumentReplica(client_id=301)
    assert first.update is not None
    b.apply(first.update)
    with b.recording() as second:
        b.insert("p", 3, "中文")
        b.delete("p", 0, 1)  # deleting someone else's text is still b's own edit
    assert second.update is not None
    assert insertions_only_from(first.update, {300}) and not insertions_only_from(first.update, {301})
    assert insertions_only_from(second.update, {301})
    assert not insertions_only_from(merge_updates(first.update, second.update), {301})


def test_covered_by_sees_pending_insertions_and_deletions() -> None:
    a = DocumentReplica(client_id=1)
    with a.recording() as first:
        a.set_text("p", "niñez")
    with a.recording() as deletion:
        a.delete("p", 0, 2)
    assert first.update and deletion.update
    empty = DocumentReplica()
    assert not covered_by(first.update, empty.encoded_state_vector())
    assert not covered_by(deletion.update, empty.encoded_state_vector())
    assert covered_by(deletion.update, a.encoded_state_vector())
