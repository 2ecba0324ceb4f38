"""Autosave of editors and the recovery prompt at start-up (the UI side of ``app.recovery``).

An editor window attaches a :class:`DraftAutosaver` to each text widget whose content would be
painful to lose::

    saver = DraftAutosaver(store, f"meeting:{meeting_id}:notes", self.notes, title=self.tr("Notas de …"))
    ...
    saver.committed()   # after the text was saved to the workspace, or deliberately discarded

While the user types, the draft is written a moment after the last keystroke (and at most every
``max_delay_ms`` during continuous typing), atomically, into the workspace's ``recovery/`` folder.

At the next start :class:`RecoveryDialog` shows what earlier sessions left: each draft with its
title, time and full text, which the user can copy, put back into its editor (when the editor
registered a restorer for the key), or discard. Closing the dialog keeps what was not handled, so it
is offered again: nothing typed is lost by a click.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.recovery import Draft, DraftStore

TextWidget = QPlainTextEdit | QTextEdit | QLineEdit
Restorer = Callable[[Draft], bool]
_RESTORERS: dict[str, Restorer] = {}


def register_restorer(prefix: str, restorer: Restorer) -> None:
    """``restorer(draft)`` puts a draft whose key starts with ``prefix`` back into its editor.

    It returns True when it did (the editor now holds the text, unsaved); the draft is then kept
    until that editor commits, so a second crash loses nothing either.
    """
    _RESTORERS[prefix] = restorer


def restorer_for(key: str) -> Restorer | None:
    matches = [p for p in _RESTORERS if key.startswith(p)]
    return _RESTORERS[max(matches, key=len)] if matches else None


def _text(widget: TextWidget) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()


class DraftAutosaver(QObject):
    """Saves the text of one editor widget as a draft shortly after each change.

    The debounce (a quiet delay, bounded during continuous typing) lives here once;
    ``ui.form_autosave.FormAutosaver`` reuses it for whole forms by overriding :meth:`write`.

    ``title`` (a string, or a function giving the current one) labels the draft in the recovery
    dialog; ``extra`` returns what else the editor needs to reopen it (the other fields of a form).

    Attributes:
        key: the draft's key in the store (what is being edited).
        pending: whether a change has not been written yet.
    """

    def __init__(
        self,
        store: DraftStore,
        key: str,
        widget: TextWidget | None,
        *,
        title: str | Callable[[], str] = "",
        extra: Callable[[], dict[str, Any]] | None = None,
        delay_ms: int = 1500,
        max_delay_ms: int = 10_000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else widget)
        self.store = store
        self.key = key
        self.widget = widget
        self.title = title
        self.extra = extra
        self.pending = False
        self._quiet = QTimer(self)  # fires after a pause in typing
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(delay_ms)
        self._quiet.timeout.connect(self.flush)
        self._longest = QTimer(self)  # bounds the delay during continuous typing
        self._longest.setSingleShot(True)
        self._longest.setInterval(max_delay_ms)
        self._longest.timeout.connect(self.flush)
        if widget is not None:
            widget.textChanged.connect(self._changed)

    def _changed(self, *_args: object) -> None:
        """A change signal of a watched widget (what subclasses connect their fields to)."""
        self.pending = True
        self._quiet.start()
        if not self._longest.isActive():
            self._longest.start()

    def flush(self) -> None:
        """Write the draft now if there is an unsaved change."""
        self._quiet.stop()
        self._longest.stop()
        if self.pending:
            self.write()
            self.pending = False

    def write(self) -> None:
        """Save the draft (the debounce decided it is time); a form saver writes several fields."""
        assert self.widget is not None, "a saver without a widget overrides write()"
        title = self.title() if callable(self.title) else self.title
        self.store.save(self.key, _text(self.widget), title=title, extra=self.extra() if self.extra else None)

    def retarget(self, key: str) -> None:
        """The widget now edits something else (a form showing another row): what was typed for the
        previous key is written first, so switching rows never loses it."""
        self.flush()
        self.key = key

    def saved(self, key: str) -> None:
        """The text edited under ``key`` reached the workspace; forget that draft even if the widget
        has since moved on to another key."""
        if key == self.key:
            self.committed()
        else:
            self.store.clear(key)

    def committed(self) -> None:
        """The editor's text reached the workspace (or was discarded): forget the draft."""
        self._quiet.stop()
        self._longest.stop()
        self.pending = False
        self.store.clear(self.key)


class _DraftPanel(QWidget):
    def __init__(self, dialog: RecoveryDialog, draft: Draft) -> None:
        super().__init__()
        self.draft = draft
        layout = QVBoxLayout(self)
        when = draft.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        heading = QLabel(f"<b>{html.escape(draft.title or draft.key)}</b> — {when}")
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        self.text = QPlainTextEdit(draft.text)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(dialog.tr("Texto recuperado"))
        self.text.setMaximumHeight(140)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.copy_button = QPushButton(dialog.tr("Copiar el texto"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(draft.text))
        row.addWidget(self.copy_button)
        self.restore_button = QPushButton(dialog.tr("Volver a abrir en su editor"))
        self.restore_button.setEnabled(restorer_for(draft.key) is not None)
        self.restore_button.clicked.connect(lambda: dialog.restore(self))
        row.addWidget(self.restore_button)
        self.discard_button = QPushButton(dialog.tr("Descartar"))
        self.discard_button.clicked.connect(lambda: dialog.discard(self))
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)


class RecoveryDialog(QDialog):
    """Offers the drafts left by earlier sessions (see the module docstring)."""

    def __init__(self, store: DraftStore, drafts: list[Draft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Texto sin guardar recuperado"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "CRM Desktop se cerró sin guardar lo que se estaba escribiendo. Estos textos se "
                "conservaron: cópielos, vuelva a abrirlos en su editor o descártelos. Lo que no "
                "descarte se le volverá a ofrecer."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        holder = QWidget()
        self._list = QVBoxLayout(holder)
        self.panels = [_DraftPanel(self, d) for d in drafts]
        for panel in self.panels:
            self._list.addWidget(panel)
        self._list.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setMinimumSize(560, 320)
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def discard(self, panel: _DraftPanel) -> None:
        self.store.clear(panel.draft.key)
        self._remove(panel)

    def restore(self, panel: _DraftPanel) -> None:
        restorer = restorer_for(panel.draft.key)
        if restorer is not None and restorer(panel.draft):
            self._remove(panel)

    def _remove(self, panel: _DraftPanel) -> None:
        self.panels.remove(panel)
        panel.hide()
        panel.deleteLater()
        if not self.panels:
            self.accept()


def offer_recovery(store: DraftStore, parent: QWidget | None = None) -> RecoveryDialog | None:
    """At start-up: a dialog for the drafts earlier sessions left, or None when there are none."""
    drafts = store.leftovers()
    if not drafts:
        return None
    return RecoveryDialog(store, drafts, parent)
