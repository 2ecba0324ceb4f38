"""The drafting view in the room: panels that fold away so the text takes the width, a new document,
and the projector for the chair (``projector``).
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QPushButton, QToolButton, QVBoxLayout, QWidget

from crm_desktop.app import calendar
from crm_desktop.app import drafting as d
from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.app.drafting_desk import meeting_actors
from crm_desktop.ui.drafting.actor_picker import RECENT
from crm_desktop.ui.drafting.common import CHANGES, with_shortcut
from crm_desktop.ui.drafting.new_document import NewDocument, NewDocumentDialog
from crm_desktop.ui.drafting.panels import PanelToggle, wide_screen
from crm_desktop.ui.drafting.projector import ProjectorWindow, other_screen, screens
from crm_desktop.ui.drafting.word_actions import WordActions


class RoomTools(WordActions):
    """The header's buttons that fold the list of documents and the amendments panel; a new document."""

    editor_side: QWidget  # built by ``AmendmentsPanel``: the amendments and comments beside the paragraphs

    def _build_room(self, head: QHBoxLayout, documents: QWidget, list_box: QVBoxLayout) -> None:
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_document)
        list_box.insertWidget(list_box.count() - 2, self.new_button)  # above the two Word buttons
        self._action("Ctrl+Shift+N", self.new_document)
        self.documents_toggle = PanelToggle(self, documents, "documents", "Ctrl+Shift+D", default=wide_screen())
        self.side_toggle = PanelToggle(self, self.editor_side, "side", "Ctrl+Shift+E", default=True)
        head.insertWidget(0, self.documents_toggle.button)
        head.addWidget(self.side_toggle.button)
        self.projector: ProjectorWindow | None = None
        self.project_action = self._action("F5", self.project)
        self.project_button = QToolButton(self)
        self.project_button.setDefaultAction(self.project_action)
        self.project_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.project_button.setAutoRaise(True)
        head.addWidget(self.project_button)

    def _retranslate_room(self) -> None:
        self._retranslate_new()
        self._retranslate_projector()
        self.documents_toggle.retranslate(self.tr("Documentos"), self.tr("Mostrar u ocultar la lista de documentos"))
        self.side_toggle.retranslate(
            self.tr("Enmiendas"), self.tr("Mostrar u ocultar las enmiendas y los comentarios junto al texto")
        )

    def _retranslate_projector(self) -> None:
        self.project_action.setText(self.tr("Proyectar"))
        self.project_action.setToolTip(
            with_shortcut(
                self.tr("Mostrar a la sala el párrafo elegido, a pantalla completa y en letra grande (Esc: salir)"),
                "F5",
            )
        )
        self.project_button.setAccessibleName(self.tr("Proyectar"))

    # --- the projector --------------------------------------------------------------------------
    def ask_screen(self, choices: list[QScreen], default: QScreen | None) -> QScreen | None:
        """Which screen the room sees, when there are several (replaced in tests)."""
        names = [f"{s.name()} ({s.geometry().width()}×{s.geometry().height()})" for s in choices]
        start = choices.index(default) if default in choices else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Proyectar"), self.tr("Pantalla que ve la sala:"), names, start, False
        )
        return choices[names.index(name)] if ok and name in names else None

    def project(self) -> None:
        """Show the selected paragraph to the room, full screen on the screen chosen."""
        if self.loaded is None:
            self.ctx.user_error.emit(self.tr("Abra primero un documento."))
            return
        choices = screens()
        window = self.window().windowHandle()
        default = other_screen(choices, window.screen() if window is not None else None)
        screen = self.ask_screen(choices, default) if len(choices) > 1 else default
        if len(choices) > 1 and screen is None:
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self)
            self.projector.closed.connect(self._projector_closed)
        self.projector.show_paragraph(self.title.text(), self.current_paragraph())
        self.projector.show_on(screen)

    def _projector_closed(self) -> None:
        projector, self.projector = self.projector, None
        if projector is not None:
            projector.deleteLater()
        self.activateWindow()

    def _paragraph_shown(self, p: d.ParagraphRow | None) -> None:
        super()._paragraph_shown(p)
        if self.projector is not None:  # the room follows the paragraph being discussed
            self.projector.show_paragraph(self.title.text(), p)

    def _retranslate_new(self) -> None:
        self.new_button.setText(self.tr("Nuevo documento…"))
        self.new_button.setToolTip(
            with_shortcut(self.tr("Crear un documento negociado de una reunión"), "Ctrl+Shift+N")
        )

    # --- a new document ---------------------------------------------------------------------------
    def ask_new_document(self, entries: list[CalendarEntry], meeting_id: str | None) -> NewDocument | None:
        """The dialog (replaced in tests)."""
        dialog = NewDocumentDialog(entries, meeting_id, self.ctx.lang, self)
        return dialog.choice() if dialog.exec() == NewDocumentDialog.DialogCode.Accepted else None

    def new_document(self) -> None:
        ws = self.ctx.ws

        def entries() -> list[CalendarEntry]:
            return list(calendar.load(ws).entries)

        self.read(entries, self._ask_new)

    def _ask_new(self, entries: list[CalendarEntry]) -> None:
        meeting_id = self.meeting_filter.currentData() or (self.loaded.view.meeting_id if self.loaded else None)
        chosen = self.ask_new_document(entries, meeting_id or self.ctx.working_meeting)
        if chosen is None:
            return
        ws = self.ctx.ws
        same = self.loaded is not None and self.loaded.view.meeting_id == chosen.meeting_id
        acting = self.actor() if same else self._remembered_for(chosen.meeting_id)

        def create() -> str:
            people = [a.person_id for a in meeting_actors(ws, chosen.meeting_id)]
            actor = acting if acting in people else (people[0] if people else "")
            inp = d.DocumentInput(chosen.meeting_id, chosen.doc_type, title=chosen.title, audience=chosen.audience)
            return d.create_document(ws, inp, actor=actor)

        def done(document_id: str) -> None:
            self.ctx.notice.emit(self.tr("Documento creado"))
            self.open_document(document_id)

        self._clear_refusal()
        self.ctx.run(create, on_done=self.alive(done), on_error=self.alive(self._show_refusal), changes=CHANGES)

    def _remembered_for(self, meeting_id: str) -> str | None:
        value = QSettings().value(self._settings_key(meeting_id))
        return str(value) if value else None

    def _settings_key(self, meeting_id: str) -> str:
        """Where the person acting at ``meeting_id`` in this workspace is remembered."""
        ws = self.ctx.ws
        ident = ws.workspace_id or hashlib.sha1(str(ws.directory).encode()).hexdigest()[:16]
        return f"drafting/actor/{ident}/{meeting_id}"

    def _recent(self) -> list[str]:
        """The people last acted as in this workspace, latest first."""
        value = QSettings().value(self._settings_key("recent"))
        if isinstance(value, str):
            return [value]
        return [str(x) for x in value] if isinstance(value, list) else []

    def _remember_recent(self, person_id: str) -> None:
        recent = [person_id, *(x for x in self._recent() if x != person_id)][:RECENT]
        QSettings().setValue(self._settings_key("recent"), recent)

    def _room_document_shown(self, shown: bool) -> None:
        """With no document open the list is the only thing to choose from: shown whatever is remembered."""
        if shown:
            self.documents_toggle.restore()
        else:
            self.documents_toggle.show_for_now()
        self.side_toggle.button.setVisible(shown)
