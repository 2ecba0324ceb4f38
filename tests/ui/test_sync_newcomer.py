"""A person who never saw the product joins the CRM's workspace from the window alone.

The Technical Secretariat's workspace is made with the application services (as on the ST's own
laptop); the newcomer only clicks in the main window: the first-run choice, the join request, then
the invitation the ST sends back, after which the CRM's meetings are on the newcomer's screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.app import sync
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.sync.view import SyncView
from tests import helpers
from tests.sync.conftest import MemoryKeyring
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture
from tests.ui.qt_helpers import settle

pytestmark = pytest.mark.gui


class Newcomer:
    """The newcomer's window on an empty workspace, opened on the Sync section, with scripted file dialogs."""

    def __init__(self, qtbot: Any, ws: Workspace) -> None:
        self.qtbot = qtbot
        self.ctx = UiContext(ws, lang="es")
        self.errors: list[str] = []
        self.ctx.user_error.connect(self.errors.append)
        self.window = MainWindow(self.ctx, initial_section="sync")
        qtbot.addWidget(self.window)
        self.window.show()
        self.answers: dict[str, Path] = {}
        view = self.window.show_section("sync")
        assert isinstance(view, SyncView)
        self.view = view
        view.ask_open_file = lambda _t, _f: self.answers.get("open")  # type: ignore[method-assign]
        view.ask_save_file = lambda _t, _s, _f: self.answers.get("save")  # type: ignore[method-assign]
        self.settle()

    def settle(self) -> None:
        settle(self.qtbot, self.ctx)
        self.qtbot.waitUntil(lambda: self.view.loaded and not self.view._loading)


@pytest.fixture
def st(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Workspace]:
    ws = init_workspace(tmp_path / "st", "CRM 2026")
    sync.found(ws, person_name="Secretaría Técnica")
    helpers.meeting(ws, title="XXXI Reunión Viceministerial")
    yield ws
    ws.close()


@pytest.fixture
def newcomer(qtbot: Any, tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Newcomer]:
    n = Newcomer(qtbot, Workspace(tmp_path / "ana"))
    yield n
    n.ctx.wait()
    n.ctx.ws.close()


def test_the_first_screen_asks_join_or_found_and_founding_is_for_the_st_only(newcomer: Newcomer) -> None:
    v = newcomer.view
    assert not v.setup_box.isHidden()
    assert "Unirme al espacio de trabajo de la CRM" in v.join_choice.text()
    assert "solo la Secretaría Técnica" in v.found_choice.text()
    # Nothing chosen yet: neither path's form is shown, and nothing is preset.
    assert not v.join_choice.isChecked() and not v.found_choice.isChecked()
    assert v.join_page.isHidden() and v.found_page.isHidden()
    v.join_choice.click()
    assert not v.join_page.isHidden() and v.found_page.isHidden()
    assert v.role_combo.currentData() is None  # the role is not preset (and never to the ST)
    v.found_choice.click()
    assert v.join_page.isHidden() and not v.found_page.isHidden()
    assert "registro rival" in v.found_explanation.text()
    assert not v.found_button.isEnabled()  # behind the explanation: only once the ST says it is the ST
    v.found_check.setChecked(True)
    assert v.found_button.isEnabled()


def test_a_join_request_needs_a_chosen_role(newcomer: Newcomer, tmp_path: Path) -> None:
    v = newcomer.view
    v.join_choice.click()
    v.person_edit.setText("Ana Pérez")
    v.where_edit.setText("CR")
    newcomer.answers["save"] = tmp_path / "ana.json"
    v.join_button.click()
    newcomer.settle()
    assert not (tmp_path / "ana.json").exists()
    assert newcomer.errors and "Elija su rol" in newcomer.errors[-1]


def test_every_tab_says_why_it_is_empty_or_greyed_out(newcomer: Newcomer) -> None:
    v = newcomer.view
    assert not v.roster_hint.isHidden() and "no se ha unido" in v.roster_hint.text()
    assert not v.roster_hint.button.isHidden()
    assert not v.exchange_hint.isHidden() and "«Este dispositivo»" in v.exchange_hint.text()
    assert not v.export_button.isEnabled()
    v.tabs.setCurrentIndex(2)
    v.exchange_hint.button.click()  # "Go to «This device»"
    assert v.tabs.currentIndex() == 0
    assert not v.pending_empty.isHidden() and v.pending_empty.text()
    assert not v.conflicts_empty.isHidden() and v.conflicts_empty.text()


def test_a_newcomer_joins_from_the_window_alone_and_sees_the_meetings(
    newcomer: Newcomer, st: Workspace, tmp_path: Path
) -> None:
    window, v = newcomer.window, newcomer.view
    # No identity: the status bar names no device while the section says there is none.
    assert window.device_label.text() == "" and not v.setup_box.isHidden()

    v.join_choice.click()
    v.person_edit.setText("Ana Pérez")
    v.role_combo.setCurrentIndex(v.role_combo.findData("member"))
    v.where_edit.setText("CR")
    request = tmp_path / "ana.json"
    newcomer.answers["save"] = request
    v.join_button.click()
    newcomer.settle()
    assert request.exists() and not newcomer.errors
    assert v.setup_box.isHidden() and not v.identity_box.isHidden()
    assert not v.invitation_button.isHidden()  # step 3 is right there
    assert "invitación" in v.waiting_label.text() and "invitación" in v.exchange_hint.text()
    assert window.device_label.text() == f"Dispositivo: {newcomer.ctx.ws.device_id}"
    fingerprint = v.fingerprint_label.text()

    # The ST checks the fingerprint by phone and approves with its own laptop.
    assert sync.read_join_request(request).fingerprint == fingerprint
    welcome = tmp_path / "ana-welcome.crmb"
    sync.approve(st, request, welcome_out=welcome)

    newcomer.answers["open"] = welcome
    v.invitation_button.click()
    newcomer.settle()
    assert not newcomer.errors, newcomer.errors
    assert v.state.identity is not None and v.state.identity.joined
    assert v.invitation_button.isHidden() and v.exchange_hint.isHidden() and v.roster_hint.isHidden()
    assert "CRM 2026" in v._facts["workspace"][1].text()

    meetings: Any = window.show_section("meetings")
    newcomer.settle()
    qtbot = newcomer.qtbot
    qtbot.waitUntil(lambda: meetings.proxy.rowCount() > 0)
    titles = {str(meetings.proxy.index(r, c).data()) for r in range(meetings.proxy.rowCount()) for c in range(3)}
    assert any("XXXI Reunión Viceministerial" in t for t in titles)


def test_the_first_run_dialog_offers_to_join_and_opens_on_sync(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.main import DesktopApp

    monkeypatch.setattr("sys.argv", ["crm-desktop"])
    monkeypatch.delenv("CRM_DESKTOP_LANG", raising=False)
    desktop = DesktopApp(argparse.Namespace(workspace=None, lang="es", smoke=False))
    offered: list[str] = []

    def answer(box: QMessageBox) -> int:
        offered.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text().startswith("Unirme")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    try:
        assert desktop.open(tmp_path / "nueva")
        qtbot.addWidget(desktop.window)
        assert "Unirme al espacio de trabajo de la CRM…" in offered
        assert desktop.window.current_section == "sync"
        view: Any = desktop.window.section_widget("sync")
        settle(qtbot, desktop.ctx)
        qtbot.waitUntil(lambda: view.loaded and not view._loading)
        assert not view.setup_box.isHidden() and not desktop.ctx.ws.initialised
        from crm_desktop.app.check import check

        assert check(desktop.ctx.ws).problems == []  # an empty workspace waiting to join, not a broken one
    finally:
        desktop._close_window()
        desktop.translations.clear()
