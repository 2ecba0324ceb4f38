"""Two versions of an agenda side by side: one row per item, coloured by what changed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from crm_desktop.app.agendas import PlannedItem
from crm_desktop.domain.grammar import in_lang
from crm_desktop.ui import labels

Row = tuple[str, PlannedItem | None, PlannedItem | None]
_COLOURS = {"changed": "#fff4cc", "added": "#e3f4e1", "removed": "#fbe3e1"}


class VersionCompareModel(QAbstractTableModel):
    def __init__(self, *, lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def change(self, row: int) -> str:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("VersionCompareModel", "Nº"),
            QCoreApplication.translate("VersionCompareModel", "Versión anterior"),
            QCoreApplication.translate("VersionCompareModel", "Duración"),
            QCoreApplication.translate("VersionCompareModel", "Cambio"),
            QCoreApplication.translate("VersionCompareModel", "Nº"),
            QCoreApplication.translate("VersionCompareModel", "Versión posterior"),
            QCoreApplication.translate("VersionCompareModel", "Duración"),
        ][section]

    def _title(self, it: PlannedItem | None) -> str:
        if it is None:
            return ""
        title = in_lang(it.title_es, it.title_en or it.title_es, self.lang)
        return ("    " * it.depth) + title

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        change, old, new = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            names = {
                "same": "",
                "changed": QCoreApplication.translate("VersionCompareModel", "modificado"),
                "added": QCoreApplication.translate("VersionCompareModel", "añadido"),
                "removed": QCoreApplication.translate("VersionCompareModel", "eliminado"),
            }
            values = [
                old.label if old else "",
                self._title(old),
                labels.minutes(old.duration_min) if old else "",
                names[change],
                new.label if new else "",
                self._title(new),
                labels.minutes(new.duration_min) if new else "",
            ]
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and change in _COLOURS:
            return QBrush(QColor(_COLOURS[change]))
        if role == Qt.ItemDataRole.ForegroundRole and change in _COLOURS:
            return QBrush(QColor("#202020"))
        return None
