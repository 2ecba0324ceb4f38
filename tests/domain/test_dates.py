"""Dates people cannot misread: in words in documents, with the month in letters in tables."""

from __future__ import annotations

from datetime import date, datetime

from crm_desktop.domain.dates import format_date, format_range, short_date, short_range, short_when


def test_long_dates_in_words() -> None:
    assert format_date(date(2026, 11, 18), "es") == "18 de noviembre de 2026"
    assert format_date(date(2026, 11, 18), "en") == "18 November 2026"
    assert format_range(date(2026, 3, 17), date(2026, 3, 18), "es") == "17 y 18 de marzo de 2026"


def test_short_dates_cannot_swap_day_and_month() -> None:
    # 7 December 2026 read as 12/7 or 7/12 was the problem: the month is in letters in both languages
    assert short_date(date(2026, 12, 7), "es") == "7 dic 2026"
    assert short_date(date(2026, 12, 7), "en") == "7 Dec 2026"
    assert short_range(date(2026, 11, 17), date(2026, 11, 18), "en") == "17–18 Nov 2026"
    assert short_when("2026-11-18T09:00", "es") == "18 nov 2026 09:00"
    assert short_when(datetime(2026, 11, 18, 9, 0), "en") == "18 Nov 2026 09:00"
    assert short_when("2026-02-25", "en") == "25 Feb 2026"
