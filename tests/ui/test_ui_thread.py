"""No database or key-store work on the UI thread when the Sync section starts or is shown.

A listener on the workspace's engine and a spy on the key ring record the thread of every query and
key read; the tests fail if any of them ran on the UI thread (the main thread here).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from crm_desktop.app import sync
from crm_desktop.app.sync_summary import FOLDER_KEY, INTERVAL_KEY
from crm_desktop.app.workspace import Workspace, init_workspace
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.main_window import MainWindow
from tests.sync.conftest import MemoryKeyring
from tests.sync.conftest import memory_keyring as memory_keyring  # the fixture

pytestmark = pytest.mark.gui


class ThreadLog:
    """Where queries and key-ring reads ran: ``on_ui`` lists those made on the UI thread."""

    def __init__(self, ws: Workspace, keys: MemoryKeyring) -> None:
        self.on_ui: list[str] = []
        self.off_ui = 0
        self.engine = ws.db.engine
        event.listen(self.engine, "before_cursor_execute", self._query)
        original = keys.get_password

        def get_password(service: str, username: str) -> str | None:
            self._record(f"keyring {service}")
            return original(service, username)

        keys.get_password = get_password  # type: ignore[method-assign]

    def _record(self, what: str) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_ui.append(what)
        else:
            self.off_ui += 1

    def _query(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self._record(statement.split("\n")[0][:80])

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._query)


@pytest.fixture
def founded(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Workspace]:
    ws = init_workspace(tmp_path / "ws", "CRM 2026")
    sync.found(ws, person_name="Coordinadora", role="st")
    yield ws
    ws.close()


def open_window(qtbot: Any, ws: Workspace) -> tuple[MainWindow, UiContext]:
    ctx = UiContext(ws, lang="es")
    window = MainWindow(ctx, initial_section="calendar")
    qtbot.addWidget(window)
    window.show()
    settle(qtbot, ctx)
    return window, ctx


def settle(qtbot: Any, ctx: UiContext) -> None:
    for _ in range(4):
        ctx.wait()
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not ctx.busy)


def test_start_up_keeps_the_sync_status_without_building_the_section(
    qtbot: Any, founded: Workspace, memory_keyring: MemoryKeyring
) -> None:
    log = ThreadLog(founded, memory_keyring)
    window, _ctx = open_window(qtbot, founded)
    assert "sync" not in window._widgets  # built only when the user opens it
    slot = window._status_slots["sync"]
    assert slot.text() == "Última sincronización: nunca" and not slot.isHidden()
    assert log.on_ui == [] and log.off_ui > 0
    log.close()


def test_the_sync_section_is_shown_at_once_and_reads_off_the_ui_thread(
    qtbot: Any, founded: Workspace, memory_keyring: MemoryKeyring
) -> None:
    window, ctx = open_window(qtbot, founded)
    log = ThreadLog(founded, memory_keyring)
    view: Any = window.show_section("sync")
    # Shown before its state has been read: it says so, rather than offering to found the workspace.
    assert not view.loaded and view.setup_box.isHidden() and view.identity_box.isHidden()
    assert view.waiting_label.text() == "Leyendo el estado de la sincronización…"
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: view.loaded and not view._loading)
    assert not view.identity_box.isHidden() and view.setup_box.isHidden()
    assert log.on_ui == [] and log.off_ui > 0  # the identity (key ring) and roster were read on the worker
    log.close()
    assert view.fingerprint_label.text() == sync.identity(founded).fingerprint
    assert window._status_slots["sync"].text() == "Última sincronización: nunca"


def test_automatic_folder_passes_build_the_section_at_start_up(
    qtbot: Any, founded: Workspace, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    founded.set_meta(FOLDER_KEY, str(tmp_path / "shared"))
    founded.set_meta(INTERVAL_KEY, "5")
    window, _ctx = open_window(qtbot, founded)
    view: Any = window._widgets["sync"]  # the view runs the passes, so it is built without being shown
    qtbot.waitUntil(lambda: view.loaded)
    assert view.timer.isActive() and view.timer.interval() == 5 * 60_000
    assert window.current_section == "calendar"


def test_a_workspace_without_sync_shows_no_sync_status(qtbot: Any, demo: Workspace) -> None:
    window, _ctx = open_window(qtbot, demo)
    assert "sync" not in window._widgets
    assert window._status_slots["sync"].isHidden()


# Run in a fresh interpreter, so that no earlier test has imported ReportLab already.
SHOW_REPORTS = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
seen = []
class Spy:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("reportlab", "crm_desktop") and threading.current_thread() is threading.main_thread():
            seen.append(name)
        return None
from crm_desktop.app.workspace import Workspace
from crm_desktop.ui.context import UiContext
ws = Workspace(Path(sys.argv[1]))
ctx = UiContext(ws)
sys.meta_path.insert(0, Spy())
from crm_desktop.ui.reports.view import ReportsView
view = ReportsView(ctx)
view.show()
loop = QEventLoop()
view.preview_ready.connect(loop.quit)
view.choices_loaded.connect(view.preview)
QTimer.singleShot(60_000, loop.quit)
loop.exec()
assert view.page_count > 0, "no preview"
ctx.close()
print(" ".join(sorted(set(seen))))
"""


def test_showing_the_reports_section_loads_no_report_library_on_the_ui_thread(demo_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SHOW_REPORTS, str(demo_dir)], capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    on_ui = result.stdout.split()
    assert "crm_desktop.ui.reports.view" in on_ui  # the spy sees the UI thread's imports
    assert not [m for m in on_ui if m.startswith(("reportlab", "crm_desktop.reports", "crm_desktop.app.reports"))]


def test_the_reports_view_offers_the_languages_of_the_report_service() -> None:
    """The view keeps its own copy (it does not import the service on the UI thread): they must agree."""
    from crm_desktop.app import reports
    from crm_desktop.ui.reports import view

    assert view.LANGS == reports.LANGS
