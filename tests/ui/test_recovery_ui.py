"""Editors' autosave and the recovery prompt, including a program killed in the middle of typing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from crm_desktop.app.recovery import Draft, DraftStore
from crm_desktop.ui import recovery
from crm_desktop.ui.recovery import DraftAutosaver, RecoveryDialog, offer_recovery, register_restorer

pytestmark = pytest.mark.gui

TYPED = "Propuesta de la delegación: «añadir párrafo sobre niñez migrante» ✓"


def test_autosave_after_a_pause_and_forget_on_commit(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = DraftStore(tmp_path)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    saver = DraftAutosaver(store, "meeting:42:notes", editor, title="Notas", delay_ms=30)

    editor.setPlainText(TYPED)
    assert saver.pending
    qtbot.waitUntil(lambda: store.get("meeting:42:notes") is not None, timeout=3000)

    draft = store.get("meeting:42:notes")
    assert draft is not None and draft.text == TYPED and draft.title == "Notas" and not saver.pending
    saver.committed()
    assert store.get("meeting:42:notes") is None


def test_continuous_typing_is_saved_within_the_longest_delay(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = DraftStore(tmp_path)
    editor = QLineEdit()
    qtbot.addWidget(editor)
    DraftAutosaver(store, "person:7:name", editor, delay_ms=10_000, max_delay_ms=50)

    editor.setText("Ana")
    qtbot.waitUntil(lambda: store.get("person:7:name") is not None, timeout=3000)
    assert store.get("person:7:name").text == "Ana"  # type: ignore[union-attr]


def test_dialog_restores_discards_and_keeps_the_rest(qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(recovery, "_RESTORERS", {})
    earlier = DraftStore(tmp_path)
    earlier.save("meeting:1:notes", "notas de la reunión", title="Reunión 1")
    earlier.save("act:9:text", "texto del acta", title="Acta 9")
    earlier.save("orphan:3", "sin editor", title="Editor que ya no existe")
    restored: list[Draft] = []
    register_restorer("meeting:", lambda d: restored.append(d) or True)
    store = DraftStore(tmp_path)

    dialog = offer_recovery(store)
    assert isinstance(dialog, RecoveryDialog)
    qtbot.addWidget(dialog)
    panels = {p.draft.key: p for p in dialog.panels}
    assert panels["meeting:1:notes"].restore_button.isEnabled()
    assert not panels["orphan:3"].restore_button.isEnabled()  # can still be copied, never lost

    panels["meeting:1:notes"].restore_button.click()
    panels["act:9:text"].discard_button.click()

    assert [d.text for d in restored] == ["notas de la reunión"]
    assert [p.draft.key for p in dialog.panels] == ["orphan:3"]
    # Restored text stays on disk until its editor commits; discarded text is gone.
    assert {d.key for d in DraftStore(tmp_path).leftovers()} == {"meeting:1:notes", "orphan:3"}
    panels["orphan:3"].copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == "sin editor"


def test_no_dialog_without_leftovers(tmp_path: Path) -> None:
    assert offer_recovery(DraftStore(tmp_path)) is None


# A program whose user is typing into an editor with autosave, as a text-carrying key event per
# character (what a keyboard sends); it reports once the draft reached the disk, then keeps typing.
EDITING_PROGRAM = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QPlainTextEdit
    from crm_desktop.app.recovery import DraftStore
    from crm_desktop.ui.recovery import DraftAutosaver

    app = QApplication([])
    store = DraftStore(Path(sys.argv[1]))
    editor = QPlainTextEdit()
    editor.show()
    DraftAutosaver(store, "act:31:text", editor, title="Acta XXXI", delay_ms=50)
    text = sys.argv[2]

    def type_text():
        for ch in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                app.sendEvent(editor, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))

    def check():
        draft = store.get("act:31:text")
        if draft is not None and draft.text == text:
            print("autosaved", flush=True)
            editor.insertPlainText(" y más texto que aún no se guardó")
        else:
            QTimer.singleShot(20, check)

    QTimer.singleShot(0, type_text)
    QTimer.singleShot(20, check)
    app.exec()
    """
)


def test_program_killed_mid_edit_offers_the_typed_text_at_next_start(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITING_PROGRAM, str(tmp_path), TYPED],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "autosaved"
        proc.kill()  # SIGKILL on POSIX: as abrupt as a crash or a power cut
    finally:
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()

    dialog = offer_recovery(DraftStore(tmp_path))

    assert dialog is not None
    qtbot.addWidget(dialog)
    [panel] = dialog.panels
    assert panel.draft.title == "Acta XXXI" and panel.text.toPlainText().startswith(TYPED)
