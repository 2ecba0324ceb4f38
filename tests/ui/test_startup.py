"""Start-up: the window shows the calendar from a first look while the workspace opens off the UI
thread, and the modules it needs for that import neither SQLAlchemy nor the other heavy libraries."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.store.db import DB_NAME
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui

HEAVY = ("sqlalchemy", "alembic", "reportlab", "keyring", "pycrdt", "nacl", "PIL", "docx", "icalendar")

WINDOW_MODULES = """
import sys
from crm_desktop import cli
args = cli._desktop_args(["--workspace", "x", "--smoke"])
assert args is not None and args.smoke and args.command is None
import crm_desktop.ui.main, crm_desktop.ui.main_window, crm_desktop.ui.context, crm_desktop.app.first_look
from crm_desktop.ui.sections import load_sections
assert [s.key for s in load_sections()][:1] == ["calendar"]
import crm_desktop.ui.calendar.view
heavy = %r
print(sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in heavy}))
cli_core = ("crm_desktop.cli", "crm_desktop.cli.kit")  # the entry point and its kit: no feature module
print(sorted(m for m in sys.modules if (m.startswith("crm_desktop.cli") and m not in cli_core) or m.endswith(".view")))
"""


def test_the_window_and_its_calendar_need_no_heavy_library() -> None:
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_MODULES % (HEAVY,)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    heavy, modules = result.stdout.splitlines()
    assert heavy == "[]"
    assert modules == "['crm_desktop.ui.calendar.view']"  # no subcommand module, no other view


def warnings_panel(view: Any) -> list[str]:
    return [view.warnings_model.item(i).text() for i in range(view.warnings_model.rowCount())]


def test_the_calendar_shows_the_first_look_then_its_warnings_before_the_workspace_opens(
    qtbot: Any, demo_dir: Path, translations: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from crm_desktop.app.workspace import Workspace

    ctx = UiContext.opening(demo_dir, lang="es")
    window = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(window)
    calendar = window.section_widget("calendar")
    assert calendar is not None and not ctx.ready
    assert window.section_widget("meetings") is None  # other sections wait for the workspace
    opened = []
    release = threading.Event()

    def opener() -> Workspace:
        opened.append(calendar.data)  # what the calendar showed when the opening began
        release.wait(30)  # SQLAlchemy takes as long as the test wants
        return Workspace(demo_dir)

    ctx.open_workspace(opener)
    window.show()
    with qtbot.waitSignal(ctx.first_look_ready, timeout=10_000):
        pass
    look = calendar.data
    assert look is not None and not look.complete and len(look.entries) > 10
    assert "Comprobando las reglas…" in warnings_panel(calendar)
    assert window.workspace_label.text() == "Espacio: CRM 2026 (demo)"
    qtbot.waitUntil(lambda: calendar.complete, timeout=30_000)  # the warnings, from the plain read too
    assert not ctx.ready
    assert [e.id for e in calendar.data.entries] == [e.id for e in look.entries]
    assert any(e.warnings for e in calendar.data.entries)
    assert "Comprobando las reglas…" not in warnings_panel(calendar)
    qtbot.waitUntil(lambda: opened == [calendar.data], timeout=30_000)  # the opening starts after the warnings

    # A new meeting asked for now waits for the workspace, with a busy cursor; so does a section.
    dialogs: list[object] = []
    monkeypatch.setattr("crm_desktop.ui.meetings.dialog.open_meeting_dialog", lambda *a, **k: dialogs.append(a))
    assert calendar.new_button.isEnabled()
    calendar.new_button.click()
    cursor = QGuiApplication.overrideCursor()
    assert dialogs == [] and cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    window.sidebar.setCurrentRow(1)  # "Reuniones", picked while the workspace opens
    assert window.stack.currentWidget().objectName() == "opening_placeholder"
    with qtbot.waitSignal(ctx.workspace_opened, timeout=30_000):
        release.set()
    assert len(dialogs) == 1 and QGuiApplication.overrideCursor() is None
    assert window.current_section == "meetings" and window.stack.currentWidget() is window.section_widget("meetings")
    assert calendar.complete
    assert window.device_label.text() == ""  # the demo has no sync identity: no device is named
    ctx.close()


def test_a_write_asked_for_while_opening_is_dropped_if_the_workspace_cannot_open(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    from crm_desktop.ui.context import OpenFailed

    ctx = UiContext.opening(tmp_path, lang="es")
    ran: list[str] = []

    def opener() -> Any:
        raise OpenFailed("damaged")

    ctx.when_open(lambda: ran.append("write"))
    assert QGuiApplication.overrideCursor() is not None
    with qtbot.waitSignal(ctx.open_failed, timeout=10_000):
        ctx.open_workspace(opener)
    assert ran == [] and QGuiApplication.overrideCursor() is None
    ctx.close()


@pytest.fixture
def desktop(qapp: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from crm_desktop.ui.main import DesktopApp

    monkeypatch.setattr("sys.argv", ["crm-desktop"])
    monkeypatch.delenv("CRM_DESKTOP_LANG", raising=False)
    app = DesktopApp(argparse.Namespace(workspace=None, lang="es", smoke=False))
    yield app
    app._close_window()
    app.translations.clear()


def test_a_damaged_workspace_is_refused_with_a_message(
    qtbot: Any, desktop: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    (tmp_path / DB_NAME).write_bytes(b"not a database" * 500)
    assert not desktop.open(tmp_path)
    assert desktop.window is None
    assert len(told) == 1 and told[0].startswith(f"No se pudo abrir el espacio de trabajo {tmp_path}:")


def test_a_section_picked_while_the_workspace_opens_says_it_is_opening(
    qtbot: Any, demo_dir: Path, translations: Any
) -> None:
    import threading

    from crm_desktop.app.workspace import Workspace

    ctx = UiContext.opening(demo_dir, lang="es")
    window = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(window)
    release = threading.Event()

    def opener() -> Workspace:
        release.wait(30)  # the opening takes as long as the test wants
        return Workspace(demo_dir)

    ctx.open_workspace(opener)
    window.show()
    with qtbot.waitSignal(ctx.first_look_ready, timeout=10_000):
        pass
    calendar = window.section_widget("calendar")
    assert window.stack.currentWidget() is calendar
    window.navigate("reports", {})  # the user picks "Informes" during the opening
    page = window.stack.currentWidget()
    assert page is not calendar and page.objectName() == "opening_placeholder"
    assert [label.text() for label in page.findChildren(QLabel)] == ["Abriendo el espacio de trabajo…"]
    translations.apply("en")  # the language change reaches the window as an event
    qtbot.waitUntil(lambda: [label.text() for label in page.findChildren(QLabel)] == ["Opening the workspace…"])
    translations.apply("es")
    qtbot.waitUntil(
        lambda: [label.text() for label in page.findChildren(QLabel)] == ["Abriendo el espacio de trabajo…"]
    )
    window.navigate("delegations", {"person_id": "nobody"})  # a navigation keeps its context meanwhile
    assert window.stack.currentWidget() is page and window._waiting == ("delegations", {"person_id": "nobody"})
    window.sidebar.setCurrentRow(0)  # back to the calendar: it is there, no placeholder
    assert window.stack.currentWidget() is calendar
    window.sidebar.setCurrentRow(next(i for i, s in enumerate(window.sections) if s.key == "reports"))
    assert window.stack.currentWidget() is page
    with qtbot.waitSignal(ctx.workspace_opened, timeout=30_000):
        release.set()
    assert window.current_section == "reports"
    assert window.stack.currentWidget() is window.section_widget("reports")
    assert window.findChild(QWidget, "opening_placeholder") is None or window.stack.indexOf(page) < 0
    ctx.close()
