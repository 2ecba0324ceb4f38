"""Time zones named in the meeting's terms: the city people know the zone by, in each language."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.domain.reference import countries
from crm_desktop.domain.zones import ZONE_PLACES, utc_offset, zone_name

DAY = date(2026, 11, 18)


@pytest.mark.parametrize(
    ("zone", "es", "en"),
    [
        ("America/Guatemala", "hora de Ciudad de Guatemala (UTC−6)", "Guatemala City time (UTC−6)"),
        ("America/Panama", "hora de Ciudad de Panamá (UTC−5)", "Panama City time (UTC−5)"),
        ("America/Mexico_City", "hora de Ciudad de México (UTC−6)", "Mexico City time (UTC−6)"),
        ("America/St_Johns", "hora de San Juan de Terranova (UTC−3:30)", "St. John's time (UTC−3:30)"),
    ],
)
def test_a_zone_is_named_by_its_city_in_each_language(zone: str, es: str, en: str) -> None:
    assert zone_name(zone, DAY, "es") == es
    assert zone_name(zone, DAY, "en") == en


def test_summer_time_changes_the_offset_not_the_name() -> None:
    assert zone_name("America/Toronto", date(2026, 7, 1), "en") == "Ottawa time (UTC−4)"
    assert zone_name("America/Toronto", date(2026, 12, 1), "en") == "Ottawa time (UTC−5)"


def test_every_zone_of_the_reference_countries_has_a_name() -> None:
    assert {z for c in countries() for z in c.timezones} <= set(ZONE_PLACES)


def test_an_unlisted_or_unknown_zone_is_never_shown_as_an_identifier() -> None:
    assert zone_name("America/Port_of_Spain", DAY, "en") == "Port of Spain time (UTC−4)"
    assert zone_name("Europe/Madrid", DAY, "es", city="Madrid") == "hora de Madrid (UTC+1)"
    assert zone_name("Nowhere/Atlantis", DAY, "es") == "hora de Atlantis"
    assert zone_name(None, DAY, "en") == "" and utc_offset("", DAY) == ""
