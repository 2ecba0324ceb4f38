"""Small dialogs of the main window: About, Settings and the global search (Ctrl+K)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.app.search import MAX_QUERY, SearchResult, search
from crm_desktop.ui.context import UiContext

SEARCH_DELAY_MS = 150


class AboutDialog(QDialog):
    """Version and licence of CRM Desktop; the third-party licences open from here (read off the UI thread)."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info: Any = None  # crm_desktop.app.about.AboutInfo, once read
        self.setWindowTitle(self.tr("Acerca de CRM Desktop"))
        layout = QVBoxLayout(self)
        self.header = QLabel(
            "<h2>CRM Desktop</h2><p>"
            + self.tr("Versión %1").replace("%1", __version__)
            + "</p><p>"
            + self.tr(
                "Registro local de la Conferencia Regional sobre Migración (Proceso Puebla): reuniones, "
                "delegaciones, agendas y decisiones, con las reglas de la CRM."
            )
            + "</p>"
        )
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.header)
        self.licence = QLabel()
        layout.addWidget(self.licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licences_button = QPushButton(self.tr("&Licencias de terceros…"))
        self.licences_button.setAccessibleName(self.tr("Licencias de terceros"))
        self.licences_button.setEnabled(False)
        buttons.addButton(self.licences_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.licences_button.clicked.connect(self.open_licences)
        layout.addWidget(buttons)
        from crm_desktop.app.about import about_info  # package metadata: read only when asked for

        ctx.read(about_info, self._loaded)

    def _loaded(self, info: Any) -> None:
        self.info = info
        self.licence.setText(self.tr("Licencia: %1").replace("%1", info.licence))
        self.licences_button.setEnabled(True)
        self.loaded.emit()

    def open_licences(self) -> QDialog:
        from crm_desktop.ui.licences import LicencesDialog

        dialog = LicencesDialog(self.info, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class SettingsDialog(QDialog):
    """Language (applied at once) and workspace folder (the window reopens on it)."""

    def __init__(self, *, lang: str, workspace: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Configuración"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.setAccessibleName(self.tr("Idioma"))
        self.workspace = QLineEdit(str(workspace))
        self.workspace.setAccessibleName(self.tr("Carpeta del espacio de trabajo"))
        browse = QPushButton(self.tr("Elegir…"))
        browse.setAccessibleName(self.tr("Elegir la carpeta del espacio de trabajo"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.workspace, 1)
        row.addWidget(browse)
        language_label = QLabel(self.tr("&Idioma:"))
        language_label.setBuddy(self.language)
        workspace_label = QLabel(self.tr("&Espacio de trabajo:"))
        workspace_label.setBuddy(self.workspace)
        form.addRow(language_label, self.language)
        form.addRow(workspace_label, row)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Carpeta del espacio de trabajo"), self.workspace.text()
        )
        if chosen:
            self.workspace.setText(chosen)

    @property
    def chosen_lang(self) -> str:
        return str(self.language.currentData())

    @property
    def chosen_workspace(self) -> Path:
        return Path(self.workspace.text().strip()).expanduser()


class SearchResultModel(QAbstractListModel):
    RESULT_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.results: list[SearchResult] = []

    def set_results(self, results: list[SearchResult]) -> None:
        self.beginResetModel()
        self.results = results
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.results)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.results[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{r.title}\n{r.kind} · {r.detail}" if r.detail else f"{r.title}\n{r.kind}"
        if role == self.RESULT_ROLE:
            return r
        return None


class SearchDialog(QDialog):
    """Type to search people, meetings, agenda items and decisions; Enter opens the result.

    Signals:
        chosen(SearchResult)
        searched(): results for the latest text arrived.
    """

    chosen = Signal(object)
    searched = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Buscar"))
        self.resize(560, 420)
        self.query = QLineEdit()
        self.query.setMaxLength(MAX_QUERY)
        self.query.setPlaceholderText(self.tr("Personas, reuniones, puntos de agenda, decisiones…"))
        self.query.setAccessibleName(self.tr("Texto a buscar"))
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Resultados de la búsqueda"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model = SearchResultModel(self)
        self.results.setModel(self.model)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        self._generation = 0
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.results.activated.connect(self._open)
        self.query.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        # Down arrow from the text box moves into the results, as in a browser's address bar.
        from PySide6.QtCore import QEvent

        down = watched is self.query and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down
        if down and self.model.rowCount():
            self.results.setFocus()
            self.results.setCurrentIndex(self.model.index(0, 0))
            return True
        return super().eventFilter(watched, event)

    def _search(self) -> None:
        text = self.query.text()
        self._generation += 1
        generation = self._generation
        ws = self.ctx.ws

        def done(results: list[SearchResult]) -> None:
            if generation != self._generation:  # a newer search is on its way
                return
            self.model.set_results(results)
            self.status.setText(self.tr("%n resultado(s)", "", len(results)) if text.strip() else "")
            self.searched.emit()

        lang = self.ctx.lang
        self.ctx.read(lambda: search(ws, text, lang=lang), done)

    def _open_first(self) -> None:
        if self.model.rowCount():
            self._open(self.model.index(0, 0))

    def _open(self, index: QModelIndex) -> None:
        result = index.data(SearchResultModel.RESULT_ROLE)
        if result is not None:
            self.chosen.emit(result)
            self.accept()
