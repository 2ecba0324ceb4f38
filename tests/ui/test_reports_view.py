"""The Reports section as a user drives it: choose a meeting's document, preview, save; send it to the
focal points as .eml drafts or over SMTP (loopback server); the outbox shows it and retries failures."""

from __future__ import annotations

import email
import shutil
import subprocess
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import keyring
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from crm_desktop.app import mail
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.workspace import Workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.send_dialog import SendDialog
from crm_desktop.ui.reports.view import ReportsView
from tests.helpers import SmtpRecorder, in_memory_keyring, smtp_server

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_level_fail("WARNING")]
SENDER = "st@st-crm.example"


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    previous = keyring.get_keyring()
    backend = in_memory_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def vm_meeting(ws: Workspace) -> dict[str, Any]:
    return list_meetings(ws, year=2026, body="viceministers")[0]


@pytest.fixture
def view(qtbot: Any, demo: Workspace) -> Iterator[ReportsView]:
    ctx = UiContext(demo)
    errors: list[str] = []
    ctx.user_error.connect(errors.append)
    v = ReportsView(ctx)
    v.errors = errors  # type: ignore[attr-defined]
    qtbot.addWidget(v)
    v.resize(1100, 700)
    with qtbot.waitSignal(v.choices_loaded, timeout=30000):
        v.show_context(meeting_id=vm_meeting(demo)["id"])
    yield v
    ctx.wait()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


@pytest.mark.parametrize("kind", ["agenda", "participants"])
def test_saving_the_chosen_document_writes_a_pdf_of_the_meeting(
    qtbot: Any, view: ReportsView, demo: Workspace, tmp_path: Path, kind: str
) -> None:
    meeting = vm_meeting(demo)
    assert view.meeting_id() == meeting["id"]
    view.select_document(kind)
    out = tmp_path / f"{kind}.pdf"
    with qtbot.waitSignal(view.saved, timeout=30000) as saved:
        view.save_to(out)
    assert saved.args == [str(out)]
    assert out.read_bytes().startswith(b"%PDF")
    assert meeting["title"] in " ".join(pdf_text(out).split())


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="the preview draws pages with Poppler here")
def test_preview_shows_every_page_of_the_document(qtbot: Any, view: ReportsView) -> None:
    view.select_document("participants")
    with qtbot.waitSignal(view.preview_ready, timeout=30000):
        view.preview_button.click()
    pages = [w for w in view.pages_widget.findChildren(QLabel) if w.pixmap() is not None and not w.pixmap().isNull()]
    assert view.page_count >= 1 and len(pages) == min(view.page_count, 20)
    assert pages[0].accessibleName() == f"Página 1 de {view.page_count}"
    assert pages[0].pixmap().height() > pages[0].pixmap().width()  # a portrait page, drawn


def test_preview_without_a_renderer_says_so_and_saving_still_works(
    qtbot: Any, view: ReportsView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("crm_desktop.ui.reports.pdf_pages.render_pages", lambda pdf, **kw: None)
    view.select_document("agenda")
    with qtbot.waitSignal(view.preview_ready, timeout=30000):
        view.preview()
    assert "Poppler" in view.preview_status.text()
    with qtbot.waitSignal(view.saved, timeout=30000):
        view.save_to(tmp_path / "agenda")  # the extension is added
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")


def test_the_calendar_is_printed_for_the_year_chosen(qtbot: Any, view: ReportsView, tmp_path: Path) -> None:
    view.select_document("calendar")
    assert view.year_spin.isEnabled() and view.year_spin.value() == 2026
    view.year_spin.setValue(2027)
    req = view.request()
    assert req is not None and (req.kind, req.year) == ("calendar", 2027)
    with qtbot.waitSignal(view.saved, timeout=30000):
        view.save_to(tmp_path / "cal.pdf")
    assert "2027" in pdf_text(tmp_path / "cal.pdf")


def open_dialog(qtbot: Any, view: ReportsView, kind: str = "agenda") -> SendDialog:
    view.select_document(kind)
    dialog = view.open_send_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.recipients_list.count() > 0, timeout=10000)
    return dialog


def test_drafts_are_one_per_language_with_the_focal_points_in_bcc(
    qtbot: Any, view: ReportsView, demo: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, view)
    assert dialog.chosen_kinds() == ["agenda"]
    people = mail.recipients(demo)
    assert len(dialog.chosen_people()) == len(people)
    assert dialog.open_folder_button.isHidden() and dialog.open_draft_button.isHidden()
    dialog.drafts_folder.setText(str(tmp_path / "drafts"))
    with qtbot.waitSignal(dialog.delivered, timeout=60000):
        dialog.drafts_button.click()
    drafts = sorted((tmp_path / "drafts").glob("*.eml"))
    langs = {p.lang for p in people}
    assert len(drafts) == len(langs) < len(people)  # one per language, not one per focal point
    bcc = []
    for path in drafts:
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        assert message["Bcc"] is not None and str(message["To"]) != str(message["Bcc"])
        bcc += [a.addr_spec for a in message["Bcc"].addresses]
        attached = [p.get_filename() for p in message.iter_attachments()]
        assert len(attached) == 1 and attached[0].endswith(".pdf")
    assert sorted(bcc) == sorted(p.email for p in people)
    # Saved: the drafts are listed, "Open" and "Show in folder" act on the one selected.
    assert dialog.drafts_panel.written_list.count() == len(drafts)
    assert dialog.open_folder_button.isEnabled() and dialog.open_draft_button.isEnabled()
    opened: list[Path] = []
    shown: list[Path] = []
    monkeypatch.setattr("crm_desktop.ui.platform_files.open_file", opened.append)
    monkeypatch.setattr("crm_desktop.ui.platform_files.show_in_folder", shown.append)
    dialog.open_draft_button.click()
    dialog.open_folder_button.click()
    assert opened == shown == [dialog.drafts_panel.selected()] and opened[0] in drafts
    assert "borrador escrito" in dialog.report.toPlainText()
    qtbot.waitUntil(lambda: len(view.outbox_rows) == len(drafts), timeout=10000)
    # the same drafts again: nothing duplicated, and the dialog says so
    with qtbot.waitSignal(dialog.delivered, timeout=60000):
        dialog.drafts_button.click()
    assert len(list((tmp_path / "drafts").glob("*.eml"))) == len(drafts)
    assert "ya existía" in dialog.report.toPlainText()


def test_the_dialog_keeps_drafts_smtp_and_recipients_apart(qtbot: Any, view: ReportsView) -> None:
    dialog = open_dialog(qtbot, view)
    assert [dialog.ways.tabText(i) for i in range(dialog.ways.count())] == ["Borradores .eml", "Envío por SMTP"]
    assert dialog.ways.widget(1).isAncestorOf(dialog.host_edit)
    assert not dialog.ways.widget(0).isAncestorOf(dialog.host_edit)
    # A sync bundle's laptops are a list to tick, not device ids to type.
    from PySide6.QtWidgets import QListWidget

    assert isinstance(dialog.bundle_devices, QListWidget)
    assert dialog.chosen_devices() == []


def test_closed_door_documents_are_withheld_from_observers_and_the_dialog_says_why(
    qtbot: Any, view: ReportsView, demo: Workspace
) -> None:
    from crm_desktop.app.people import add_focal_point, list_people

    person = next(p for p in list_people(demo) if p["country"] == "CO")
    add_focal_point(demo, person["id"], "CO", "Cancillería")
    dialog = open_dialog(qtbot, view, "participants")
    dialog.closed_door_check.setChecked(True)
    with qtbot.waitSignal(dialog.planned, timeout=60000):
        dialog.check_button.click()
    text = dialog.report.toPlainText()
    # the observer country's focal point and the 8 organisations' contacts receive no participants list
    assert person["name"] in text.split("Excluidos (9)")[1]


def test_smtp_sending_updates_the_outbox_and_a_second_send_says_already_sent(
    qtbot: Any, view: ReportsView, demo: Workspace, memory_keyring: Any
) -> None:
    dialog = open_dialog(qtbot, view)
    handler = SmtpRecorder()
    with smtp_server(handler) as (host, port):
        dialog.host_edit.setText(host)
        dialog.port_spin.setValue(port)
        dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("plain"))
        dialog.sender_edit.setText(SENDER)
        with qtbot.waitSignal(dialog.delivered, timeout=60000) as delivered:
            dialog.send_button.click()
        people = mail.recipients(demo)
        assert [o.status for o in delivered.args[0]] == ["sent"] * len(people)
        assert len(handler.messages) == len(people)
        qtbot.waitUntil(lambda: len(view.outbox_rows) == len(people), timeout=10000)
        statuses = {view.outbox_model.item(r, 1).text() for r in range(view.outbox_model.rowCount())}
        assert statuses == {"Enviado"}
        with qtbot.waitSignal(dialog.delivered, timeout=60000) as again:
            dialog.send_button.click()
        assert {o.status for o in again.args[0]} == {"already_sent"}
        assert "ya enviado; no se reenvía" in dialog.report.toPlainText()
        assert len(handler.messages) == len(people)  # nothing went twice
    # the server settings are remembered on this laptop, the password is not
    again_dialog = view.open_send_dialog()
    assert again_dialog is not None
    qtbot.addWidget(again_dialog)
    assert (again_dialog.host_edit.text(), again_dialog.port_spin.value()) == (host, port)
    assert again_dialog.sender_edit.text() == SENDER and again_dialog.password_edit.text() == ""


def test_a_failed_send_shows_the_error_and_retry_sends_it(
    qtbot: Any, view: ReportsView, demo: Workspace, memory_keyring: Any
) -> None:
    dialog = open_dialog(qtbot, view)
    handler = SmtpRecorder()
    refused = next(r.email for r in mail.recipients(demo) if r.country == "MX")
    handler.refuse.add(refused)
    with smtp_server(handler) as (host, port):
        dialog.host_edit.setText(host)
        dialog.port_spin.setValue(port)
        dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("plain"))
        dialog.sender_edit.setText(SENDER)
        with qtbot.waitSignal(dialog.delivered, timeout=60000):
            dialog.send_button.click()
        assert "fallido: refused" in dialog.report.toPlainText()
        qtbot.waitUntil(lambda: any(r["status"] == "failed" for r in view.outbox_rows), timeout=10000)
        failed = next(r for r in view.outbox_rows if r["status"] == "failed")
        assert failed["recipient"] == refused
        view.tabs.setCurrentIndex(1)
        assert not view.retry_button.isEnabled()
        view.select_outbox_row(failed["id"])
        row = next(
            r
            for r in range(view.outbox_model.rowCount())
            if view.outbox_model.item(r, 3).text().endswith(f"<{refused}>")
        )
        assert "550" in view.outbox_model.item(row, 6).text()
        assert view.retry_button.isEnabled()
        handler.refuse.clear()
        with qtbot.waitSignal(view.outbox_loaded, timeout=60000):
            view.retry_button.click()
        assert next(r for r in view.outbox_rows if r["id"] == failed["id"])["status"] == "sent"
        assert "1 enviado" in view.outbox_result.text()


def test_the_view_speaks_english_after_a_language_switch(qtbot: Any, view: ReportsView, translations: Any) -> None:
    translations.apply("en")
    view.ctx.lang = "en"
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.tabs.tabText(1) == "Outbox"
    assert view.preview_button.text() == "&Preview"
    assert view.document_list.item(0).text() == view.choices[0].title_en != view.choices[0].title_es
    translations.apply("es")


def test_every_control_has_an_accessible_name(view: ReportsView) -> None:
    for w in (view.meeting_combo, view.document_list, view.lang_combo, view.preview_button, view.save_button):
        assert w.accessibleName()
    assert view.document_list.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_the_meeting_page_opens_its_reports(qtbot: Any, window: Any, demo: Workspace) -> None:
    meeting = vm_meeting(demo)
    meetings_view = window.show_section("meetings")
    window.ctx.navigate("meetings", meeting_id=meeting["id"])
    qtbot.waitUntil(lambda: meetings_view.page.meeting is not None, timeout=10000)
    button = meetings_view.page.reports_button
    assert button.isVisibleTo(meetings_view.page) and button.text() == "Documentos…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_section == "reports"
    reports = window.section_widget("reports")
    qtbot.waitUntil(lambda: reports.meeting_id() == meeting["id"] and bool(reports.choices), timeout=30000)


def test_the_smtp_password_goes_to_the_keyring_and_a_refused_login_is_shown(
    qtbot: Any, view: ReportsView, memory_keyring: Any
) -> None:
    dialog = open_dialog(qtbot, view)
    with smtp_server(SmtpRecorder()) as (host, port):  # a relay that offers no login at all
        dialog.host_edit.setText(host)
        dialog.port_spin.setValue(port)
        dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("plain"))
        dialog.user_edit.setText("st-crm")
        dialog.password_edit.setText("clave")
        dialog.sender_edit.setText(SENDER)
        with qtbot.waitSignal(dialog.delivered, timeout=60000) as delivered:
            dialog.send_button.click()
    assert list(memory_keyring.store.values()) == ["clave"]
    assert dialog.password_edit.text() == ""
    # The first is refused; the others are not attempted and stay in the outbox as failed, for a retry.
    first, *others = delivered.args[0]
    assert first.status == "failed" and first.detail.startswith("connect")
    assert all(o.status == "failed" and o.detail.startswith("not attempted") for o in others)
    assert "fallido: connect" in dialog.report.toPlainText()


def test_the_preliminary_agenda_goes_to_an_observer_organisations_contact_not_an_observer_country(
    qtbot: Any, view: ReportsView, demo: Workspace
) -> None:
    """Seed, A: «Una versión preliminar de la Agenda se comparte con todos los países miembros y los
    organismos internacionales observadores con el fin de obtener aportes que la enriquezcan.»"""
    from crm_desktop.app.people import add_focal_point, list_people

    oim = next(p for p in list_people(demo) if p["organisation"] == "OIM")
    add_focal_point(demo, oim["id"], "OIM", "Oficina regional")
    co = next(p for p in list_people(demo) if p["country"] == "CO")
    add_focal_point(demo, co["id"], "CO", "Cancillería")
    dialog = open_dialog(qtbot, view, "agenda")
    listed = [dialog.recipients_list.item(i).text() for i in range(dialog.recipients_list.count())]
    assert any(t.startswith(f"Organización Internacional para las Migraciones — {oim['name']}") for t in listed)
    with qtbot.waitSignal(dialog.planned, timeout=60000):
        dialog.check_button.click()
    receive, _, excluded = dialog.report.toPlainText().partition("Excluido")
    assert oim["name"] in receive and co["name"] not in receive
    assert co["name"] in excluded


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="the preview draws pages with Poppler here")
def test_the_preview_fits_the_width_and_zooms_in_and_out(qtbot: Any, view: ReportsView) -> None:
    view.resize(1366, 768)
    view.show()
    view.select_document("agenda")
    with qtbot.waitSignal(view.preview_ready, timeout=30000):
        view.preview_button.click()
    pane = view.preview_pane
    [first, *_] = pane.page_labels()
    room = pane.pages_area.viewport().width()
    assert pane.fit_button.isChecked() and room - 40 <= first.pixmap().width() <= room  # fits the width
    fitted = first.pixmap().width()
    pane.zoom_in_button.click()
    assert not pane.fit_button.isChecked() and first.pixmap().width() > fitted
    assert pane.zoom_label.text() == f"{round(pane.zoom * 100)} %"
    pane.zoom_out_button.click()
    pane.zoom_out_button.click()
    assert first.pixmap().width() < fitted
    pane.fit_button.click()
    assert first.pixmap().width() == fitted


def test_long_names_are_not_cut(qtbot: Any, view: ReportsView) -> None:
    qtbot.waitUntil(lambda: view.meeting_combo.count() > 0, timeout=10000)
    combo = view.meeting_combo
    widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.view().minimumWidth() >= widest  # the list shows every title whole
    assert combo.toolTip() == combo.currentText()
    assert view.document_list.wordWrap()
    item = view.document_list.item(0)
    assert item.text() in item.toolTip()
