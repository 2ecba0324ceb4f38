"""The main window: sidebar of sections, message bar, status bar, menus, search, undo and settings.

Sections come from the registry (``crm_desktop.ui.sections``); their widgets are built the first
time they are shown. Other views ask for navigation through ``ctx.navigate``; this window obeys.

The window may be shown while its workspace is still opening (``ctx.ready`` false): it then shows
the ``early`` sections (the calendar, from the first look) and keeps any other section the user
picks, or a navigation, until ``ctx.workspace_opened`` (saying so in its place); search and backups
open then too (``ctx.when_open``).
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWhatsThis,
    QWidget,
)

from crm_desktop.app import sync_onboarding
from crm_desktop.ui import keyboard, sections
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.notices import MessageBar
from crm_desktop.ui.preload import preload_views
from crm_desktop.ui.settings import GEOMETRY, LAST_SECTION, WINDOW_STATE, Settings
from crm_desktop.ui.window_dialogs import WindowDialogs

if TYPE_CHECKING:  # the dialogs and the services behind them are imported when first opened
    from crm_desktop.ui.dialogs import SearchDialog

log = logging.getLogger("crm_desktop.ui")

SECTION_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(WindowDialogs):
    """The main window; its signals and dialogs are :class:`~crm_desktop.ui.window_dialogs.WindowDialogs`."""

    def __init__(self, ctx: UiContext, *, settings: Settings | None = None, initial_section: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings or Settings()
        self.setObjectName("MainWindow")
        self.sections = sections.load_sections()
        self._widgets: dict[str, QWidget] = {}
        self._status_slots: dict[str, QLabel] = {}
        self._search: SearchDialog | None = None
        self._waiting: tuple[str, dict[str, str]] | None = None  # a section asked for while the workspace opens
        self._opening_page: QWidget | None = None  # shown in its place meanwhile (``_show_opening``)
        self._opening_label: QLabel | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFixedWidth(190)
        self.sidebar.setSpacing(2)
        for s in self.sections:
            item = QListWidgetItem()
            item.setData(SECTION_KEY_ROLE, s.key)
            if s.icon and hasattr(QStyle.StandardPixmap, s.icon):
                item.setIcon(self.style().standardIcon(getattr(QStyle.StandardPixmap, s.icon)))
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        self.message_bar = MessageBar()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 4, 4, 0)
        right_layout.addWidget(self.message_bar)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        # status bar: workspace, device, busy; features add their own slots (ctx.set_status)
        self.workspace_label = QLabel()
        self.device_label = QLabel()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(90)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.statusBar().addWidget(self.workspace_label)
        self.statusBar().addWidget(self.device_label)
        self.statusBar().addPermanentWidget(self.busy)

        self._build_actions()
        self.sidebar.currentRowChanged.connect(self._row_changed)
        ctx.navigate_requested.connect(self.navigate)
        ctx.user_error.connect(self.message_bar.show_error)
        ctx.has_message_bar = True
        self.stack.currentChanged.connect(self._tune_keyboard)
        ctx.guided_error.connect(self.message_bar.refine)
        ctx.notice.connect(self.message_bar.show_info)
        ctx.data_changed.connect(lambda _tables: self.message_bar.clear_error())
        ctx.data_changed.connect(self._show_device)  # founding, a join request or an invitation names it
        ctx.busy_changed.connect(self.busy.setVisible)
        ctx.status_changed.connect(self.set_status)
        # The stack's own signals carry the new values: never query the stack from these slots, it
        # may be going away (its destructor still emits).
        ctx.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        ctx.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        ctx.undo_stack.undoTextChanged.connect(self._set_undo_text)
        ctx.undo_stack.redoTextChanged.connect(self._set_redo_text)

        self.retranslate()
        self._restore(initial_section)
        if ctx.ready:
            self._build_eager_sections()
        else:
            ctx.first_look_ready.connect(lambda _look: self.retranslate())
            ctx.workspace_opened.connect(self._workspace_opened)
        self.setAcceptDrops(any(s.drop_suffixes for s in self.sections))

    def _build_eager_sections(self) -> None:
        for s in self.sections:
            if s.eager:
                self.section_widget(s.key)
            if s.on_open is not None:
                s.on_open(self.ctx, functools.partial(self.section_widget, s.key))

    def _workspace_opened(self) -> None:
        """The workspace is open: real labels, eager sections and start-up duties, then the section picked."""
        self.retranslate()
        self._build_eager_sections()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self.navigate(*waiting)
        else:
            self._row_changed(self.sidebar.currentRow())
        preload_views(self.ctx, self.sections)  # off the UI thread: a section's first show then only builds it
        if self._opening_page is not None:  # its section has taken its place
            self.stack.removeWidget(self._opening_page)
            self._opening_page.deleteLater()
            self._opening_page = self._opening_label = None

    # --- actions and menus -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.search_action = QAction(self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        # Search and backups need the open workspace: asked for before, they open once it is (busy cursor).
        self.search_action.triggered.connect(lambda: self.ctx.when_open(self.open_search))
        self.settings_action = QAction(self)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.open_settings)
        self.backups_action = QAction(self)
        self.backups_action.triggered.connect(lambda: self.ctx.when_open(self.open_backups))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.undo_action = QAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.triggered.connect(self.ctx.undo_stack.undo)
        self.redo_action = QAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.ctx.undo_stack.redo)
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.guide_action.triggered.connect(lambda: self.open_guide(self.current_section))
        self.whats_this_action = QWhatsThis.createAction(self)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.open_about)
        self.section_actions: list[QAction] = []
        for i, _s in enumerate(self.sections[:9]):
            a = QAction(self)
            a.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            a.triggered.connect(lambda _=False, row=i: self.sidebar.setCurrentRow(row))
            self.addAction(a)
            self.section_actions.append(a)

        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.search_action)
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addAction(self.backups_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.view_menu = bar.addMenu("")
        for a in self.section_actions:
            self.view_menu.addAction(a)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addAction(self.whats_this_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        stack = self.ctx.undo_stack
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())
        self._set_undo_text(stack.undoText())
        self._set_redo_text(stack.redoText())

    def _set_undo_text(self, text: str) -> None:
        self.undo_action.setText(self.tr("&Deshacer %1").replace("%1", text) if text else self.tr("&Deshacer"))

    def _set_redo_text(self, text: str) -> None:
        self.redo_action.setText(self.tr("&Rehacer %1").replace("%1", text) if text else self.tr("&Rehacer"))

    # --- sections ----------------------------------------------------------------------------------
    def section_widget(self, key: str) -> QWidget | None:
        """The section's widget, built on first use."""
        if key in self._widgets:
            return self._widgets[key]
        section = next((s for s in self.sections if s.key == key), None)
        if section is None:
            return None
        if not (self.ctx.ready or section.early):
            return None  # built once the workspace is open (``_workspace_opened``)
        widget = section.factory(self.ctx)
        widget.setObjectName(f"section_{key}")
        self._widgets[key] = widget
        self.stack.addWidget(widget)
        return widget

    def show_section(self, key: str) -> QWidget | None:
        row = next((i for i, s in enumerate(self.sections) if s.key == key), -1)
        if row < 0:
            log.warning("navigation to unknown section %r", key)
            return None
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # → _row_changed builds and shows it
        widget = self.section_widget(key)
        if widget is not None:  # the row may have been current already, its section waiting for the workspace
            self.stack.setCurrentWidget(widget)
        return widget

    @property
    def current_section(self) -> str:
        row = self.sidebar.currentRow()
        return self.sections[row].key if 0 <= row < len(self.sections) else ""

    def _tune_keyboard(self, index: int) -> None:
        widget = self.stack.widget(index)
        if widget is not None:
            keyboard.tune(widget)

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        key = self.sections[row].key
        widget = self.section_widget(key)
        self.message_bar.dismiss()  # a notice belongs to the section it was given in
        if widget is not None:
            self._waiting = None  # the user went back to a section that is there: nothing left to show later
            self.stack.setCurrentWidget(widget)
            self.settings.set(LAST_SECTION, key)
        elif not self.ctx.ready:
            self._waiting = (key, {})
            self._show_opening()

    def _show_opening(self) -> None:
        """A section picked while the workspace opens: say so in the content area, instead of leaving the
        calendar there as if the click had been lost. The section replaces it once the workspace is open."""
        if self._opening_page is None:
            page = QWidget()
            page.setObjectName("opening_placeholder")
            self._opening_label = QLabel()
            self._opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._opening_label.setWordWrap(True)
            progress = QProgressBar()
            progress.setRange(0, 0)
            progress.setTextVisible(False)
            progress.setMaximumWidth(240)
            box = QVBoxLayout(page)
            box.addStretch(1)
            box.addWidget(self._opening_label)
            box.addWidget(progress, 0, Qt.AlignmentFlag.AlignHCenter)
            box.addStretch(2)
            self._opening_page = page
            self.stack.addWidget(page)
            self._retranslate_opening()
        self.stack.setCurrentWidget(self._opening_page)

    def _retranslate_opening(self) -> None:
        if self._opening_label is not None:
            self._opening_label.setText(self.tr("Abriendo el espacio de trabajo…"))
            self._opening_label.setAccessibleName(self.tr("Abriendo el espacio de trabajo…"))

    def navigate(self, key: str, context: dict[str, str]) -> None:
        if not self.ctx.ready and not any(s.key == key and s.early for s in self.sections):
            row = next((i for i, s in enumerate(self.sections) if s.key == key), -1)
            if row >= 0:
                self.sidebar.setCurrentRow(row)
                self._show_opening()
            self._waiting = (key, context)  # after the row change, which keeps no context
            return
        if context.get("meeting_id"):
            self.ctx.working_meeting = context["meeting_id"]
        widget = self.show_section(key)
        if widget is not None and context and hasattr(widget, "show_context"):
            widget.show_context(**context)

    # --- status bar --------------------------------------------------------------------------------
    def set_status(self, key: str, text: str) -> None:
        label = self._status_slots.get(key)
        if label is None:
            label = QLabel()
            label.setObjectName(f"status_{key}")
            self._status_slots[key] = label
            self.statusBar().addPermanentWidget(label)
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))

    # --- dropped files -----------------------------------------------------------------------------
    def _dropped(self, event: QDragEnterEvent | QDropEvent) -> dict[str, list[Path]]:
        """Dropped local files grouped by the section that takes them (by suffix)."""
        out: dict[str, list[Path]] = {}
        if not self.ctx.ready:
            return out  # no section takes files before the workspace is open
        for url in event.mimeData().urls() if event.mimeData().hasUrls() else []:
            path = Path(url.toLocalFile()) if url.isLocalFile() else None
            for s in self.sections:
                if path is not None and path.suffix.lower() in s.drop_suffixes:
                    out.setdefault(s.key, []).append(path)
        return out

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = self._dropped(event)
        if not dropped:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for key, paths in dropped.items():
            widget = self.section_widget(key)
            if widget is not None and hasattr(widget, "drop_files"):
                widget.drop_files(paths)

    # --- state -------------------------------------------------------------------------------------
    def _restore(self, initial_section: str | None) -> None:
        geometry = self.settings.get(GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1200, 760)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        wanted = initial_section or self.settings.get(LAST_SECTION)
        keys = [s.key for s in self.sections]
        row = keys.index(wanted) if wanted in keys else 0
        if self.sections:
            self.sidebar.setCurrentRow(row)

    def save_state(self) -> None:
        self.settings.set(GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.ctx.wait()
        super().closeEvent(event)

    # --- language ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ctx = self.ctx
        name = ctx.workspace_name
        self.setWindowTitle(f"{name or ctx.directory.name} — CRM Desktop")
        for i, s in enumerate(self.sections):
            item = self.sidebar.item(i)
            item.setText(s.title())
            item.setToolTip(f"{s.title()} (Alt+{i + 1})" if i < 9 else s.title())
        for a, s in zip(self.section_actions, self.sections, strict=False):
            a.setText(s.title())
        self.sidebar.setAccessibleName(self.tr("Secciones"))
        self.file_menu.setTitle(self.tr("&Archivo"))
        self.edit_menu.setTitle(self.tr("&Editar"))
        self.view_menu.setTitle(self.tr("&Ver"))
        self.help_menu.setTitle(self.tr("Ay&uda"))
        self.search_action.setText(self.tr("&Buscar…"))
        self.settings_action.setText(self.tr("&Configuración…"))
        self.backups_action.setText(self.tr("Copias de &seguridad…"))
        self.quit_action.setText(self.tr("&Salir"))
        self.about_action.setText(self.tr("&Acerca de CRM Desktop"))
        self.guide_action.setText(self.tr("&Guía"))
        self.workspace_label.setText(self.tr("Espacio: %1").replace("%1", name or str(ctx.directory)))
        self.workspace_label.setToolTip(str(ctx.directory))
        self._show_device()
        self.busy.setAccessibleName(self.tr("Trabajando…"))
        self.busy.setToolTip(self.tr("Trabajando…"))
        self._retranslate_opening()
        self._update_undo_texts()

    def _show_device(self, _tables: object = None) -> None:
        """This laptop's device id, once it has a sync identity: the Sync section names none before."""
        ctx = self.ctx
        known = ctx.ready and sync_onboarding.has_identity(ctx.ws)
        self.device_label.setText(self.tr("Dispositivo: %1").replace("%1", ctx.device_id) if known else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
