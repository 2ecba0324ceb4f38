"""Bilingual records: default English titles, places, positions in the person's gender, presenters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.domain.bilingual import (
    acronym,
    default_title_en,
    english_ordinal,
    normalise_presenter,
    parse_presenter,
    place_name,
    position_title,
    presenter_label,
    presenter_name,
    reference_delegations,
)
from crm_desktop.domain.vocabulary import pick

NAMES = reference_delegations()


def test_default_english_title_from_body_ordinal_and_place() -> None:
    assert (
        default_title_en("viceministers", "", "XXXI", "Ciudad de Panamá")
        == "31st Vice-Ministerial Meeting, Panama City"
    )
    assert default_title_en("viceministers", "", "Extraordinaria", "Panama City") == (
        "Special Vice-Ministerial Meeting, Panama City"
    )
    assert default_title_en("grcm", "", None, None) == "Meeting of the Regional Consultation Group on Migration"
    assert default_title_en("new_body", "Working Group on Labour Migration", "II", "Lima") == (
        "2nd Meeting of the Working Group on Labour Migration, Lima"
    )


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (31, "31st"),
        (111, "111th"),
    ],
)
def test_english_ordinals(n: int, text: str) -> None:
    assert english_ordinal(n) == text


def test_places_in_each_language_whichever_was_typed() -> None:
    assert place_name("Panama City", "es") == "Ciudad de Panamá"
    assert place_name("ciudad de guatemala", "en") == "Guatemala City"
    assert place_name("Washington DC", "es") == "Washington D. C."
    assert place_name("Lima", "en") == "Lima"  # not a usual host: a proper name, as typed
    assert place_name(None, "en") is None


def test_positions_follow_the_persons_gender() -> None:
    assert position_title("Viceministro(a)", None, "f", "es") == ("Viceministra", False)
    assert position_title("Viceministro(a)", None, "m", "es") == ("Viceministro", False)
    assert position_title("Director(a) General", None, "f", "es") == ("Directora General", False)
    assert position_title("Viceministra", None, "f", "en") == ("Vice-Minister", False)
    assert position_title("Vice-Minister", None, "f", "es") == ("Viceministra", False)  # typed in English
    assert position_title("Especialista en TI", "IT specialist", "f", "en") == ("IT specialist", False)
    assert position_title("Especialista en TI", None, "f", "en") == ("Especialista en TI", True)  # said once


def test_pick_says_when_the_english_is_missing() -> None:
    assert pick("Cancillería", "Ministry of Foreign Affairs", "en") == ("Ministry of Foreign Affairs", False)
    assert pick("Cancillería", None, "en") == ("Cancillería", True)
    assert pick("Cancillería", None, "es") == ("Cancillería", False)
    assert pick("Cancillería", "Ministry", "bilingual") == ("Cancillería / Ministry", False)
    assert acronym("International Organization for Migration (IOM)") == "IOM" and acronym("OIM") is None


def test_presenters_are_codes_rendered_in_each_language() -> None:
    assert normalise_presenter("Secretaría Técnica", NAMES) == "role:st"
    assert normalise_presenter("technical secretariat", NAMES) == "role:st"
    assert normalise_presenter("Colombia", NAMES) == "CO"
    assert normalise_presenter("México", NAMES) == normalise_presenter("Mexico", NAMES) == "MX"
    assert normalise_presenter("Dra. Ana Pérez", NAMES) == "text:Dra. Ana Pérez"
    assert normalise_presenter("  ", NAMES) is None
    assert presenter_name("role:ppt", NAMES, "en") == "Pro-Tempore Presidency"
    assert presenter_name("role:ppt", NAMES, "bilingual") == "Presidencia Pro-Témpore / Pro-Tempore Presidency"
    assert presenter_name("MX", NAMES, "es") == "México"
    assert presenter_label("text:Dra. Ana Pérez", "es") == "Dra. Ana Pérez (texto libre)"
    assert presenter_label("text:Dra. Ana Pérez", "en") == "Dra. Ana Pérez (free text)"
    assert parse_presenter("role:unknown", NAMES) == parse_presenter("text:role:unknown", NAMES)


@given(st.text(max_size=60))
def test_any_typed_presenter_is_stored_once_and_for_all(typed: str) -> None:
    """Normalising is idempotent: a stored presenter read back and saved again does not change."""
    stored = normalise_presenter(typed, NAMES)
    assert normalise_presenter(stored, NAMES) == stored
    assert (stored is None) == (not typed.strip())
