"""The meeting and person dialogs take the English of what is typed in Spanish: the meeting's English
title (its default shown in grey), a person's position and institution in English."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from crm_desktop.app.bilingual import meeting_title_en
from crm_desktop.app.meetings import create_meeting, get_meeting_row
from crm_desktop.app.people import PersonInput
from crm_desktop.domain.model import Category
from crm_desktop.ui.delegations.person_dialog import PersonDialog
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.meetings.dialog import MeetingDialog
from tests.ui.qt_helpers import type_text

pytestmark = pytest.mark.gui


def test_the_meeting_dialog_shows_the_default_english_title_and_saves_a_typed_one(
    qtbot: Any, window: MainWindow
) -> None:
    dialog = MeetingDialog(window.ctx, on_day=date(2026, 6, 1), parent=window)
    qtbot.addWidget(dialog)
    dialog.body.setCurrentIndex(dialog.body.findData("viceministers"))
    type_text(dialog.ordinal, "XXXII")
    type_text(dialog.city, "Ciudad de Panamá")
    assert dialog.title_en.placeholderText() == "32nd Vice-Ministerial Meeting, Panama City"
    type_text(dialog.title_edit, "XXXII Reunión Viceministerial")
    assert dialog.meeting_input().title_en is None  # nothing typed: the default stays
    type_text(dialog.title_en, "Thirty-second Vice-Ministerial Meeting")
    dialog.host.setCurrentIndex(dialog.host.findData("PA"))
    meeting_id = create_meeting(window.ctx.ws, dialog.meeting_input())
    row = get_meeting_row(window.ctx.ws, meeting_id)
    assert row["title_en"] == "Thirty-second Vice-Ministerial Meeting"
    assert meeting_title_en(window.ctx.ws.config, row["body"], None, row["ordinal"], row["city"]) == (
        "32nd Vice-Ministerial Meeting, Panama City"
    )
    assert dialog.title_en.accessibleName() == "Nombre en inglés"
    dialog.saver.committed()


def test_the_person_dialog_takes_the_position_and_institution_in_english(qtbot: Any) -> None:
    person = {
        "id": "p1",
        "name": "Ana Pérez",
        "category": Category.MEMBER_COUNTRY.value,
        "country": "CR",
        "title": "Directora General",
        "institution": "Dirección General de Migración",
        "title_en": None,
        "institution_en": "Immigration Department",
        "roles": [],
    }
    dialog = PersonDialog("es", person)
    qtbot.addWidget(dialog)
    assert dialog.institution_en.text() == "Immigration Department"
    type_text(dialog.title_en, "Director General")
    value = dialog.value()
    assert isinstance(value, PersonInput)
    assert (value.title_en, value.institution_en) == ("Director General", "Immigration Department")
    assert dialog.title_en.accessibleName() == "Cargo en inglés"
