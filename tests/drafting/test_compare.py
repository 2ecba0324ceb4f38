"""Word-level comparison of two versions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.drafting.compare import Change, ParagraphVersion, compare, word_diff
from crm_desktop.drafting.negotiation import RunStyle

WORDS = st.lists(st.sampled_from(["migración", "niñez", "🙂", "移民", ",", " ", "los", "Estados"]), max_size=15)


def test_word_diff_marks_whole_words() -> None:
    runs = word_diff("Los Estados deberán cooperar.", "Los Estados procurarán cooperar.")
    assert [(r.style.value, r.text) for r in runs] == [
        ("plain", "Los Estados "),
        ("deleted", "deberán"),
        ("added", "procurarán"),
        ("plain", " cooperar."),
    ]


@given(WORDS, WORDS)
def test_word_diff_rebuilds_both_versions(a: list[str], b: list[str]) -> None:
    old, new = "".join(a), "".join(b)
    runs = word_diff(old, new)
    assert "".join(r.text for r in runs if r.style != RunStyle.ADDED) == old
    assert "".join(r.text for r in runs if r.style != RunStyle.DELETED) == new


def test_compare_reports_added_removed_changed_and_moved_paragraphs() -> None:
    old = [ParagraphVersion("a", "1.", "uno"), ParagraphVersion("b", "2.", "dos"), ParagraphVersion("c", "3.", "tres")]
    new = [
        ParagraphVersion("c", "1.", "tres"),
        ParagraphVersion("a", "2.", "uno cambiado"),
        ParagraphVersion("d", "3.", "nuevo"),
    ]
    diffs = {d.id: d for d in compare(old, new)}
    assert diffs["a"].change == Change.CHANGED and diffs["a"].old_label == "1." and diffs["a"].new_label == "2."
    assert diffs["b"].change == Change.REMOVED
    assert diffs["d"].change == Change.ADDED
    assert diffs["c"].change == Change.SAME
    assert diffs["c"].moved != diffs["a"].moved  # one of the two swapped paragraphs is reported as moved
