"""The sync view: two laptops join, exchange bundles through the view, refuse a corrupt one, resolve conflicts.

Each laptop has its own workspace and its own :class:`UiContext`; dialogs are answered by replacing
the view's ``ask_*`` and ``confirm`` methods, so the flows are the ones a user clicks through.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from crm_desktop.app import sync
from crm_desktop.app.dump import dump_data
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.domain.model import Audience
from crm_desktop.store.schema import Meeting
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sync.view import SyncView
from tests import helpers
from tests.sync.conftest import MemoryKeyring
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture


class Laptop:
    """One laptop: its workspace, its context and its sync view, with scripted dialog answers."""

    def __init__(self, qtbot: Any, ws: Workspace) -> None:
        self.qtbot = qtbot
        self.ws = ws
        self.ctx = UiContext(ws, lang="es")
        self.errors: list[str] = []
        self.status: dict[str, str] = {}
        self.ctx.user_error.connect(self.errors.append)
        self.ctx.status_changed.connect(self.status.__setitem__)
        self.view = SyncView(self.ctx)
        qtbot.addWidget(self.view)
        self.answers: dict[str, Path | None] = {}
        self.confirmations: list[str] = []
        self.view.ask_open_file = lambda title, _f: self.answers.get("open")  # type: ignore[method-assign]
        self.view.ask_save_file = lambda title, suggested, _f: self.answers.get("save")  # type: ignore[method-assign]
        self.view.confirm = self._confirm  # type: ignore[method-assign]
        self.settle()

    def _confirm(self, title: str, text: str) -> bool:
        self.confirmations.append(text)
        return True

    def settle(self) -> None:
        """Let background work finish and its callbacks (and the reloads they cause) run."""
        for _ in range(4):
            self.ctx.wait()
            self.qtbot.wait(5)
        self.qtbot.waitUntil(lambda: not self.ctx.busy and not self.view._loading)

    def close(self) -> None:
        self.ctx.wait()
        self.ws.close()


@pytest.fixture
def two(qtbot: Any, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[tuple[Laptop, Laptop]]:
    admin = Laptop(qtbot, init_workspace(tmp_path / "admin", "CRM 2026"))
    other = Laptop(qtbot, Workspace(tmp_path / "b"))
    yield admin, other
    admin.close()
    other.close()


def found_through_view(v: SyncView, person: str) -> None:
    """The Technical Secretariat's path: the choice, the name, the checkbox, the button."""
    v.found_choice.click()
    v.founder_edit.setText(person)
    v.found_check.setChecked(True)
    v.found_button.click()


def join_through_views(admin: Laptop, other: Laptop, tmp_path: Path) -> None:
    v = admin.view
    assert not v.setup_box.isHidden()
    found_through_view(v, "Coordinadora")
    admin.settle()
    assert admin.view.state.identity is not None and admin.view.state.identity.admin

    w = other.view
    w.join_choice.click()
    w.person_edit.setText("Ana")
    w.role_combo.setCurrentIndex(w.role_combo.findData("member"))
    w.where_edit.setText("CR")
    request = tmp_path / "ana.json"
    other.answers["save"] = request
    w.join_button.click()
    other.settle()
    assert request.exists() and not w.waiting_label.isHidden()

    welcome = tmp_path / "ana-welcome.crmb"
    admin.answers.update(open=request, save=welcome)
    admin.view.approve_button.click()
    admin.settle()
    assert welcome.exists()
    other_fp = other.view.state.identity.fingerprint if other.view.state.identity else ""
    assert other_fp in admin.confirmations[-1] and "Ana" in admin.confirmations[-1]

    other.answers["open"] = welcome
    other.view.import_button.click()
    other.settle()
    assert other.view.state.identity is not None and other.view.state.identity.joined


def roster_texts(view: SyncView) -> list[list[str]]:
    m = view.roster_proxy
    return [[str(m.index(r, c).data()) for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_roster_shows_both_laptops_with_fingerprints_after_join_and_approval(
    two: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    fingerprints = {sync.identity(admin.ws).fingerprint, sync.identity(other.ws).fingerprint}
    for laptop in (admin, other):
        rows = roster_texts(laptop.view)
        assert len(rows) == 2
        assert {r[4] for r in rows} == fingerprints
        assert {r[1] for r in rows} == {"Coordinadora", "Ana"}
    assert admin.view.fingerprint_label.text() == sync.identity(admin.ws).fingerprint
    assert "Administrador" in {r[5] for r in roster_texts(admin.view)}
    assert admin.view.approve_button.isEnabled() and not other.view.approve_button.isEnabled()
    assert admin.status["sync"].startswith("Última sincronización:")
    assert "nunca" not in admin.status["sync"]  # the welcome bundle went out


def test_an_exported_bundle_imported_on_the_other_laptop_updates_its_data(
    two: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    meeting = helpers.meeting(admin.ws, title="Reunión desde la Secretaría")
    v = admin.view
    v.reload()
    admin.settle()
    v.target_combo.setCurrentIndex(v.target_combo.findData(("device", other.ws.device_id)))
    out = tmp_path / "to-ana.crmb"
    admin.answers["save"] = out
    v.export_button.click()
    admin.settle()
    assert out.exists() and "1 dispositivo" in v.outcome.text()

    other.view.drop_files([out])  # what a drop on the main window calls
    other.settle()
    with other.ws.read() as s:
        assert s.get(Meeting, meeting) is not None
    assert "importado" in other.view.outcome.text() and not other.errors


def test_a_corrupted_bundle_is_refused_with_its_reason_and_changes_nothing(
    two: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    helpers.meeting(admin.ws, title="No debe llegar")
    data = bytearray(sync.export(admin.ws, None, to=[other.ws.device_id]).data)
    data[100] ^= 0xFF
    corrupt = tmp_path / "corrupt.crmb"
    corrupt.write_bytes(bytes(data))
    before = dump_data(other.ws)["tables"]
    other.answers["open"] = corrupt
    other.view.import_button.click()
    other.settle()
    assert other.errors and "rechazado" in other.errors[-1]
    assert "rechazado" in other.view.outcome.text()
    assert dump_data(other.ws)["tables"] == before


def test_a_dropped_bundle_on_the_main_window_reaches_the_sync_view(
    qtbot: Any, two: tuple[Laptop, Laptop], tmp_path: Path, translations: Any
) -> None:
    from crm_desktop.ui.main_window import MainWindow

    admin, other = two
    join_through_views(admin, other, tmp_path)
    meeting = helpers.meeting(admin.ws, title="Llega por arrastre")
    bundle = tmp_path / "dropped.crmb"
    sync.export(admin.ws, bundle, to=[other.ws.device_id])
    window = MainWindow(other.ctx, initial_section="calendar")
    qtbot.addWidget(window)
    assert window.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(bundle))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)
    for _ in range(4):
        other.ctx.wait()
        qtbot.wait(5)
    with other.ws.read() as s:
        assert s.get(Meeting, meeting) is not None


def test_conflicts_are_listed_and_resolved_by_restoring_the_lost_value(
    two: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    meeting = helpers.meeting(admin.ws, title="Reunión")
    sync.import_data(other.ws, sync.export(admin.ws, None, to=[other.ws.device_id]).data)
    with admin.ws.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting, venue="Sala A")
    with other.ws.change(Audience.PUBLIC) as ch:
        ch.put(Meeting, meeting, venue="Sala B")
    sync.import_data(other.ws, sync.export(admin.ws, None, to=[other.ws.device_id]).data)
    bundle = tmp_path / "b-to-admin.crmb"
    sync.export(other.ws, bundle, to=[admin.ws.device_id])
    admin.view.import_bundle_file(bundle)
    admin.settle()

    v = admin.view
    assert v.conflicts_model.rowCount() == 1
    assert "1 conflicto" in admin.status["sync"]
    kept, lost = v.conflicts_model.index(0, 1).data(), v.conflicts_model.index(0, 3).data()
    assert {kept, lost} == {"Sala A", "Sala B"}
    # In people's words: the meeting's title and the field's label, who wrote each value, on which laptop.
    assert v.conflicts_model.index(0, 0).data() == "Sede de «Reunión»"
    by = {v.conflicts_model.index(0, 2).data(), v.conflicts_model.index(0, 4).data()}
    assert any(b.startswith("Ana, Costa Rica, ") and b.endswith("laptop de Ana") for b in by), by
    assert meeting not in v.conflicts_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert not v.restore_button.isEnabled()
    v.conflicts_view.selectRow(0)
    assert v.restore_button.isEnabled()
    v.restore_button.click()
    admin.settle()
    assert v.conflicts_model.rowCount() == 0
    with admin.ws.read() as s:
        venue = s.get(Meeting, meeting).venue  # type: ignore[union-attr]
    assert venue == lost


def test_the_view_retranslates_to_english(two: tuple[Laptop, Laptop], tmp_path: Path, translations: Any) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    translations.apply("en")
    admin.qtbot.wait(5)
    assert admin.view.tabs.tabText(1) == "Devices"
    assert admin.view.roster_model.headerData(4, Qt.Orientation.Horizontal) == "Fingerprint"
    assert admin.view.export_button.text() == "&Export bundle…"


def test_synchronise_now_through_a_shared_folder_and_the_periodic_watch(
    two: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    meeting = helpers.meeting(admin.ws, title="Por la carpeta compartida")
    folder = tmp_path / "shared"
    for laptop in (admin, other):
        laptop.view.folder_edit.setText(str(folder))
        laptop.view.sync_button.click()
        laptop.settle()
    # "1 paquete exportado" (a plural form; "1 paquete(s) exportado(s)" until the translations are compiled)
    assert re.search(r"1 paquete(\(s\))? exportado", admin.view.outcome.text())
    assert re.search(r"1 paquete(\(s\))? importado", other.view.outcome.text())
    with other.ws.read() as s:
        assert s.get(Meeting, meeting) is not None

    other.view.interval_spin.setValue(5)
    other.view.watch_check.setChecked(True)
    assert other.view.timer.isActive() and other.view.timer.interval() == 5 * 60_000
    other.settle()
    assert other.ws.meta["sync.ui.interval"] == "5" and other.ws.meta["sync.ui.folder"] == str(folder)
    other.view.watch_check.setChecked(False)
    assert not other.view.timer.isActive()


def test_a_bundle_file_that_cannot_be_read_is_a_message_not_a_crash(two: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    crashes: list[str] = []
    other.ctx.crashed.connect(lambda summary, _tb: crashes.append(summary))
    other.view.drop_files([tmp_path / "gone.crmb"])
    other.settle()
    assert not crashes
    assert other.errors and "gone.crmb" in other.errors[-1] and "no se ha cambiado nada" in other.errors[-1]


def test_the_administrator_revokes_a_device_after_confirming(two: tuple[Laptop, Laptop], tmp_path: Path) -> None:
    admin, other = two
    join_through_views(admin, other, tmp_path)
    v = admin.view
    row = next(r for r in range(v.roster_proxy.rowCount()) if "Ana" in str(v.roster_proxy.index(r, 1).data()))
    v.roster_view.selectRow(row)
    assert v.revoke_button.isEnabled()
    assert not v.appoint_button.isEnabled()  # a member country's laptop cannot administer
    v.revoke_button.click()
    admin.settle()
    assert other.ws.device_id in admin.confirmations[-1]
    status = {r[1]: r[5] for r in roster_texts(v)}
    assert status["Ana"] == "Revocado"
    assert v.target_combo.findData(("device", other.ws.device_id)) == -1  # nothing more goes to it


def test_the_approval_says_what_the_laptop_will_see_and_refuses_a_role_its_delegation_cannot_hold(
    two: tuple[Laptop, Laptop], tmp_path: Path
) -> None:
    """A join request claiming «member» for an observer country (AR) is refused before anything is asked."""
    admin, other = two
    join_through_views(admin, other, tmp_path)
    assert "material" in admin.confirmations[-1]  # what Ana's laptop will receive, in words
    asked = len(admin.confirmations)
    claimant = Workspace(tmp_path / "ar")
    try:
        request = tmp_path / "ar.json"
        sync.write_join_request(claimant, request, person_name="Observador", role="member", country="AR")
    finally:
        claimant.close()
    admin.answers.update(open=request, save=tmp_path / "ar-welcome.crmb")
    admin.view.approve_button.click()
    admin.settle()
    assert len(admin.confirmations) == asked  # nothing asked, nothing written
    assert not (tmp_path / "ar-welcome.crmb").exists()
    assert "AR" in admin.view.last_message and admin.view.last_message.startswith("⚠")
