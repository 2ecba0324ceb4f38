"""Numbers read the same in both languages: comma for thousands, point for decimals, no exponent."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.contributions import format_money
from crm_desktop.domain.numbers import format_number


@pytest.mark.parametrize(
    ("value", "text"),
    [(12500, "12,500"), (12500.5, "12,500.5"), (0.125, "0.12"), (1234567, "1,234,567"), (-0.001, "0"), (0, "0")],
)
def test_numbers_are_grouped_without_trailing_zeros(value: float, text: str) -> None:
    assert format_number(value) == text


@given(st.integers(min_value=0, max_value=10**12))
def test_an_amount_and_its_number_agree(cents: int) -> None:
    money = format_money(cents)
    assert float(money.replace(",", "")) == cents / 100
    assert format_number(cents / 100) == money.rstrip("0").rstrip(".")
    assert "e" not in format_number(cents / 100)
