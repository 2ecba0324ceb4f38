"""The bracket scan visits only the brackets and remembers its answers: the same groups as a scan of
every character, on any text (nested, unbalanced, adjacent options, accents), and the same status."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.drafting.negotiation import (
    BracketGroup,
    BracketScan,
    ParagraphStatus,
    effective_status,
    scan_brackets,
)


def every_character(text: str) -> BracketScan:
    """The scan as first written: one step per character."""
    groups: list[BracketGroup] = []
    depth, opened, group_start, last_close, unbalanced = 0, -1, -1, -2, False
    options: list[str] = []
    for i, ch in enumerate(text):
        if ch == "[":
            if depth == 0:
                if options and i != last_close + 1:
                    groups.append(BracketGroup(group_start, last_close + 1, tuple(options)))
                    options = []
                if not options:
                    group_start = i
                opened = i
            depth += 1
        elif ch == "]":
            if depth == 0:
                unbalanced = True
                continue
            depth -= 1
            if depth == 0:
                options.append(text[opened + 1 : i])
                last_close = i
    if depth:
        unbalanced = True
    if options:
        groups.append(BracketGroup(group_start, last_close + 1, tuple(options)))
    return BracketScan(tuple(groups), unbalanced)


@given(st.text(alphabet="[] añé🙂x", max_size=40))
def test_same_groups_as_a_scan_of_every_character(text: str) -> None:
    assert scan_brackets(text) == every_character(text)
    assert scan_brackets(text) == every_character(text)  # remembered: the same answer


@given(st.text(alphabet="[] ab", max_size=12), st.sampled_from(list(ParagraphStatus)))
def test_status_shown_is_bracketed_whenever_the_text_has_brackets(text: str, stored: ParagraphStatus) -> None:
    shown = effective_status(stored, text)
    assert shown == (stored if every_character(text).clean else ParagraphStatus.BRACKETED)


def test_examples() -> None:
    assert scan_brackets("los Estados [deberán][procurarán] [y sus familias]").groups == (
        BracketGroup(12, 33, ("deberán", "procurarán")),
        BracketGroup(34, 50, ("y sus familias",)),
    )
    assert scan_brackets("sin corchetes").clean
    assert scan_brackets("a] [b").unbalanced
