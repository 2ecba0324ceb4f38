"""The desktop app's safety nets: editors autosave, drafts come back, backups at start, licences shown."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from crm_desktop.app import backup, calendar
from crm_desktop.app.recovery import DraftStore
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.meetings.dialog import MeetingDialog, restore_meeting_draft
from crm_desktop.ui.recovery import RecoveryDialog

pytestmark = pytest.mark.gui

NOTES = "Acordar la sede con la PPT — ¿San José o Tegucigalpa?"


def test_a_meeting_being_typed_is_autosaved_and_forgotten_on_a_confirmed_cancel(
    qtbot: Any, demo: Any, translations: Any, monkeypatch: Any
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Discard)
    ctx = UiContext(demo)
    dialog = MeetingDialog(ctx, on_day=date(2026, 9, 14))
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Reunión extraordinaria")
    dialog.city.setText("San José")
    dialog.notes.setPlainText(NOTES)
    assert dialog.saver is not None and dialog.saver.pending
    dialog.saver.flush()  # what the timer does a moment after the last keystroke

    draft = ctx.drafts.get("meeting:new:form")
    assert draft is not None and draft.title == "Nueva reunión: Reunión extraordinaria"
    assert draft.text.splitlines() == ["Nombre: Reunión extraordinaria", "Ciudad: San José", f"Notas: {NOTES}"]
    assert draft.extra["fields"]["start"] == "2026-09-14T09:00" and draft.extra["fields"]["city"] == "San José"
    dialog.reject()  # Cancel with typed text asks first; discarding is then deliberate
    assert len(asked) == 1 and ctx.drafts.get("meeting:new:form") is None


def test_a_lost_new_meeting_comes_back_with_every_field(qtbot: Any, demo: Any, translations: Any) -> None:
    fields = {"body": "seminar", "title": "Taller regional", "start": "2026-09-14T08:30", "city": "Panamá"}
    DraftStore(demo.directory).save("meeting:new:form", "…", extra={"fields": {**fields, "notes": NOTES}})
    ctx = UiContext(demo)
    parent = QWidget()
    qtbot.addWidget(parent)

    assert restore_meeting_draft(ctx, parent, ctx.drafts.leftovers()[0])

    [dialog] = parent.findChildren(MeetingDialog)
    assert dialog.title_edit.text() == "Taller regional" and dialog.body.currentData() == "seminar"
    assert dialog.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-09-14 08:30"
    assert dialog.city.text() == "Panamá" and dialog.notes.toPlainText() == NOTES
    assert dialog.saver is not None and dialog.saver.pending  # autosaved again until saved
    dialog.saver.committed()
    dialog.reject()


def test_a_lost_edit_of_a_meeting_reopens_with_its_notes(qtbot: Any, demo: Any, translations: Any) -> None:
    entry = calendar.load(demo).entries[0]
    DraftStore(demo.directory).save(f"meeting:{entry.id}:notes", NOTES, title="Notas")  # an earlier session
    ctx = UiContext(demo)
    parent = QWidget()
    qtbot.addWidget(parent)
    [draft] = ctx.drafts.leftovers()

    assert restore_meeting_draft(ctx, parent, draft)

    [dialog] = parent.findChildren(MeetingDialog)
    assert dialog.title_edit.text() == entry.title and dialog.notes.toPlainText() == NOTES
    assert dialog.saver is not None
    dialog.saver.committed()
    dialog.reject()


def test_a_lost_new_meeting_comes_back_with_its_title(qtbot: Any, demo: Any, translations: Any) -> None:
    DraftStore(demo.directory).save(
        "meeting:new:notes", NOTES, extra={"title": "Taller regional", "body": "seminar", "day": "2026-09-14"}
    )
    ctx = UiContext(demo)
    parent = QWidget()
    qtbot.addWidget(parent)

    assert restore_meeting_draft(ctx, parent, ctx.drafts.leftovers()[0])

    [dialog] = parent.findChildren(MeetingDialog)
    assert dialog.title_edit.text() == "Taller regional" and dialog.body.currentData() == "seminar"
    assert dialog.start.date().toString("yyyy-MM-dd") == "2026-09-14" and dialog.notes.toPlainText() == NOTES
    assert dialog.saver is not None
    dialog.saver.committed()
    dialog.reject()


def test_start_up_backs_up_and_offers_lost_text(qtbot: Any, demo_dir: Path, translations: Any) -> None:
    from crm_desktop.ui.main import DesktopApp

    DraftStore(demo_dir).save("meeting:new:notes", NOTES, title="Notas sin guardar")
    app = DesktopApp(argparse.Namespace(workspace=str(demo_dir), lang="es", smoke=False))
    assert app.open(demo_dir)
    qtbot.addWidget(app.window)
    app.backup_thread.join(timeout=60)
    app.window.show()
    app._offer_recovery()

    assert [b.reason for b in backup.list_backups(demo_dir)] == ["daily"]
    [dialog] = app.window.findChildren(RecoveryDialog)
    assert [p.draft.text for p in dialog.panels] == [NOTES]
    assert dialog.panels[0].restore_button.isEnabled()  # meeting drafts have a restorer
    dialog.close()
    app.ctx.wait()
    app.ctx.ws.close()
    app.translations.clear()  # the app's translators must not outlive the test
