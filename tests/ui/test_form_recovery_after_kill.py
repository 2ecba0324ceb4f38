"""The real program killed (SIGKILL) while a delegate fills a form: at the next start the recovery
dialog offers the form's text, and "reopen" brings the dialog back with every field typed."""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.ui.recovery import RecoveryDialog

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal"),
]

TITLE_ES = "Taller regional sobre niñez migrante no acompañada"
TITLE_EN = "Regional workshop on unaccompanied migrant children"

# The desktop program as a delegate runs it: the main window on a workspace, the "Between meetings"
# section, a new activity typed key by key. Once the autosave reached the disk it says so and keeps
# typing, so the kill lands in the middle of an edit.
EDITING_PROGRAM = textwrap.dedent(
    """
    import argparse, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from crm_desktop.app.recovery import DraftStore
    from crm_desktop.ui.main import DesktopApp

    folder, title_es, title_en = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    desktop = DesktopApp(argparse.Namespace(workspace=str(folder), lang="es", smoke=False))
    assert desktop.open(folder)
    desktop.window.show()
    view = desktop.window.show_section("process")
    view.open_tab("plan")
    dialog = view.plan.new_activity()

    def type_text(widget, text):
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                desktop.app.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    def check():
        draft = DraftStore(folder).get("process:plan:new_activity")
        if draft is not None and draft.extra["fields"]["title_en"] == title_en:
            print("autosaved", flush=True)
            type_text(dialog.title_en, " (borrador)")
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, lambda: (type_text(dialog.title_es, title_es), type_text(dialog.title_en, title_en)))
    QTimer.singleShot(20, check)
    desktop.app.exec()
    """
)


def test_program_killed_while_filling_a_form_offers_and_reopens_it(
    qtbot: Any, demo_dir: Path, tmp_path: Path, translations: Any
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITING_PROGRAM, str(demo_dir), TITLE_ES, TITLE_EN],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
        encoding="utf-8",
    )
    watchdog = threading.Timer(120, proc.kill)  # a program that never autosaves must not hang the suite
    watchdog.start()
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "autosaved"
        os.kill(proc.pid, signal.SIGKILL)  # as abrupt as a crash or a power cut
    finally:
        watchdog.cancel()
        proc.wait(timeout=60)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    from crm_desktop.ui.main import DesktopApp

    desktop = DesktopApp(argparse.Namespace(workspace=str(demo_dir), lang="es", smoke=False))
    assert desktop.open(demo_dir)
    qtbot.addWidget(desktop.window)
    desktop.backup_thread.join(timeout=60)
    desktop.window.show()
    try:
        desktop._offer_recovery()
        [dialog] = desktop.window.findChildren(RecoveryDialog)
        [panel] = dialog.panels
        assert panel.draft.title == "Nueva actividad"
        title_es, title_en = panel.text.toPlainText().splitlines()[:2]
        # The last keystrokes may or may not have reached the disk before the kill; what came before did.
        assert title_es == f"Título (español): {TITLE_ES}" and title_en.startswith(f"Título (inglés): {TITLE_EN}")
        assert panel.restore_button.isEnabled()

        panel.restore_button.click()

        view = desktop.window.section_widget("process")
        qtbot.waitUntil(lambda: view.plan.dialog is not None and view.plan.dialog.isVisible(), timeout=10_000)
        form = view.plan.dialog
        assert form.title_es.text() == TITLE_ES and form.title_en.text() == title_en.partition(": ")[2]
        assert not [d for d in desktop.window.findChildren(RecoveryDialog) if d.isVisible()]  # nothing else left
        form.saver.committed()
        form.done(0)
    finally:
        desktop.ctx.wait()
        desktop.ctx.ws.close()
        desktop.translations.clear()
