"""The third-party licences window, opened from the About dialog.

It shows the same information as ``crm-desktop about`` (``app.about``): every component shipped
with the program, its version and licence, and the full licence text of the selected one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.about import AboutInfo, Component, about_info, licence_text

Index = QModelIndex | QPersistentModelIndex


class ComponentsModel(QAbstractTableModel):
    """Rows: the shipped components; columns: name, version, licence."""

    COLUMNS = ("name", "version", "licence")

    def __init__(self, components: list[Component], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.components = components

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.components)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        component = self.components[index.row()]
        return getattr(component, self.COLUMNS[index.column()])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Componente"), self.tr("Versión"), self.tr("Licencia"))
        return titles[section]


class LicencesDialog(QDialog):
    """Components on the left, the selected component's licence text on the right."""

    def __init__(self, info: AboutInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = info or about_info()
        self.setWindowTitle(self.tr("Licencias de terceros"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("CRM Desktop %1 (licencia %2) incluye estos componentes, cada uno con su licencia.")
            .replace("%1", self.info.version)
            .replace("%2", self.info.licence)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = ComponentsModel(self.info.components, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Componentes de terceros"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        # Licence texts come wrapped by their authors; rewrapping them breaks their layout.
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Texto de la licencia"))
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setSizes([380, 560])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 560)
        self.table.selectionModel().currentRowChanged.connect(self._show_licence)
        if self.model.rowCount():
            self.table.selectRow(0)

    def select(self, name: str) -> None:
        """Select a component by name (keyboard users and tests)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == name:
                self.table.selectRow(row)
                return

    def _show_licence(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.text.clear()
            return
        component = self.model.components[self.proxy.mapToSource(current).row()]
        text = licence_text(component.name)
        self.text.setPlainText(
            text
            or self.tr("El texto completo de esta licencia no viene con el componente: %1.").replace(
                "%1", component.licence
            )
        )
