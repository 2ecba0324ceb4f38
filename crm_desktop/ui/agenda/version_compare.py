"""Two versions of an agenda side by side: one row per item, coloured by what changed, with the
number and start time of each side; what differs is in bold on the later side."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from crm_desktop.app.agenda_versions import ItemChange
from crm_desktop.app.agendas import PlannedItem
from crm_desktop.domain.grammar import in_lang
from crm_desktop.ui import labels

_COLOURS = {
    "changed": "#fff4cc",
    "added": "#e3f4e1",
    "removed": "#fbe3e1",
    "moved": "#e3ecf7",
    "renumbered": "#f2f2f2",
    "retimed": "#f2f2f2",
}
# The later side's columns and the field each shows (in bold when it differs).
_NEW_FIELDS = {5: "number", 6: "time", 7: "title", 8: "duration"}


def change_name(change: str) -> str:
    names = {
        "same": "",
        "changed": QCoreApplication.translate("VersionCompareModel", "modificado"),
        "added": QCoreApplication.translate("VersionCompareModel", "añadido"),
        "removed": QCoreApplication.translate("VersionCompareModel", "eliminado"),
        "moved": QCoreApplication.translate("VersionCompareModel", "trasladado"),
        "renumbered": QCoreApplication.translate("VersionCompareModel", "solo cambia el número"),
        "retimed": QCoreApplication.translate("VersionCompareModel", "solo cambia la hora"),
    }
    return names[change]


def field_name(field: str) -> str:
    names = {
        "number": QCoreApplication.translate("VersionCompareModel", "número"),
        "time": QCoreApplication.translate("VersionCompareModel", "hora"),
        "title": QCoreApplication.translate("VersionCompareModel", "título"),
        "duration": QCoreApplication.translate("VersionCompareModel", "duración"),
        "kind": QCoreApplication.translate("VersionCompareModel", "tipo"),
        "presenter": QCoreApplication.translate("VersionCompareModel", "quién presenta"),
    }
    return names[field]


class VersionCompareModel(QAbstractTableModel):
    CHANGE = 4

    def __init__(self, *, lang: str = "es", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: list[ItemChange] = []

    def set_rows(self, rows: list[ItemChange]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def change(self, row: int) -> str:
        return self._rows[row].change

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 9

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        number = QCoreApplication.translate("VersionCompareModel", "Nº")
        time = QCoreApplication.translate("VersionCompareModel", "Hora")
        duration = QCoreApplication.translate("VersionCompareModel", "Duración")
        return [
            number,
            time,
            QCoreApplication.translate("VersionCompareModel", "Versión anterior"),
            duration,
            QCoreApplication.translate("VersionCompareModel", "Cambio"),
            number,
            time,
            QCoreApplication.translate("VersionCompareModel", "Versión posterior"),
            duration,
        ][section]

    def _title(self, it: PlannedItem | None) -> str:
        if it is None:
            return ""
        title = in_lang(it.title_es, it.title_en or it.title_es, self.lang)
        return ("    " * it.depth) + title

    def describe(self, row: ItemChange) -> str:
        """The change in words: "modificado: título, duración", "solo cambia el número"..."""
        if row.change == "renumbered" and "time" in row.fields:
            return QCoreApplication.translate("VersionCompareModel", "solo cambian el número y la hora")
        if row.change != "changed":
            return change_name(row.change)
        content = [field_name(f) for f in row.fields if f not in ("number", "time")]
        return f"{change_name('changed')}: {', '.join(content)}"

    def _side(self, it: PlannedItem | None) -> list[str]:
        if it is None:
            return ["", "", "", ""]
        return [it.label, it.starts, self._title(it), labels.minutes(it.duration_min)]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [*self._side(row.old), self.describe(row), *self._side(row.new)][col]
        if role == Qt.ItemDataRole.FontRole and _NEW_FIELDS.get(col) in row.fields:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and row.change in _COLOURS:
            return QBrush(QColor(_COLOURS[row.change]))
        if role == Qt.ItemDataRole.ForegroundRole and row.change in _COLOURS:
            return QBrush(QColor("#202020"))
        return None
