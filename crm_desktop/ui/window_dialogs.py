"""The main window's dialogs: search (and opening a result), settings, backups, about.

The dialogs and the services behind them are imported when first opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QMainWindow

from crm_desktop.ui import sections
from crm_desktop.ui.context import UiContext

if TYPE_CHECKING:
    from crm_desktop.app.search import SearchResult
    from crm_desktop.ui.backups_dialog import BackupsDialog
    from crm_desktop.ui.dialogs import AboutDialog, SearchDialog, SettingsDialog
    from crm_desktop.ui.guide import GuideDialog


class WindowDialogs(QMainWindow):
    """The dialogs the main window (``MainWindow``, built on this class) opens from its menus.

    Signals:
    language_requested(str): the user chose another language in the settings.
    workspace_requested(Path): the user chose another workspace folder in the settings.
    restore_requested(Path): the user confirmed restoring this checked backup file into the workspace.
    """

    language_requested = Signal(str)
    workspace_requested = Signal(object)
    restore_requested = Signal(object)

    ctx: UiContext
    _search: SearchDialog | None

    def open_result(self, result: SearchResult) -> None:
        """Open a search result in the section that shows it."""
        ctx = result.context
        if result.entity == "people" and sections.registered("delegations"):
            self.navigate("delegations", ctx)
        elif "document_id" in ctx and sections.registered("drafting"):
            self.navigate("drafting", ctx)
        elif "agenda_id" in ctx and sections.registered("agenda"):
            self.navigate("agenda", ctx)
        elif "meeting_id" in ctx:
            self.navigate("meetings", {"meeting_id": ctx["meeting_id"]})
        else:
            self.ctx.notice.emit(result.title)

    def open_search(self) -> SearchDialog:
        from crm_desktop.ui.dialogs import SearchDialog

        if self._search is None:
            self._search = SearchDialog(self.ctx, self)
            self._search.chosen.connect(self.open_result)
        self._search.query.selectAll()
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()
        self._search.query.setFocus()
        return self._search

    def open_settings(self) -> SettingsDialog:
        from crm_desktop.ui.dialogs import SettingsDialog

        dialog = SettingsDialog(lang=self.ctx.lang, workspace=self.ctx.directory, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            if dialog.chosen_lang != self.ctx.lang:
                self.language_requested.emit(dialog.chosen_lang)
            if dialog.chosen_workspace != Path(self.ctx.directory):
                self.workspace_requested.emit(dialog.chosen_workspace)

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def open_backups(self) -> BackupsDialog:
        """The backups dialog; a confirmed restore is handed on as ``restore_requested``."""
        from crm_desktop.ui.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.open()
        return dialog

    def open_guide(self, section: str = "") -> GuideDialog:
        """Help → Guide (F1): the guide in the interface's language, at ``section``'s part."""
        from crm_desktop.ui.guide import GuideDialog

        dialog = GuideDialog(self.ctx.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.show_at(section or "roles")
        return dialog

    def open_about(self) -> AboutDialog:
        from crm_desktop.ui.dialogs import AboutDialog

        dialog = AboutDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    if TYPE_CHECKING:  # provided by the main window, which derives from this class

        def navigate(self, key: str, context: dict[str, str]) -> None:
            """Show section ``key`` on ``context``."""
