"""The calendar's side panel top: the next meetings (Enter or a double click opens one) and the legend of
the bodies' colours, so the calendar says what comes next even when the month shown is empty."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.ui import labels

UPCOMING = 5
ENTRY_ID = Qt.ItemDataRole.UserRole + 1


def upcoming(entries: Sequence[CalendarEntry], today: date | None = None) -> list[CalendarEntry]:
    """The meetings not over yet, soonest first (at most ``UPCOMING``)."""
    day = today or date.today()
    return sorted((e for e in entries if e.end.date() >= day), key=lambda e: e.start)[:UPCOMING]


def _swatch(colour: str) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return pixmap


class UpcomingPanel(QWidget):
    """Signals: chosen(str): the id of the upcoming meeting the user opened."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "es"
        self._entries: Sequence[CalendarEntry] = ()
        self._opened = False
        self.title = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.model = QStandardItemModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(140)
        self.list.activated.connect(lambda ix: self.chosen.emit(str(ix.data(ENTRY_ID))))
        self.title.setBuddy(self.list)
        self.legend = QWidget(self)
        self._legend_layout = QVBoxLayout(self.legend)
        self._legend_layout.setContentsMargins(0, 0, 0, 0)
        self._legend_layout.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addWidget(self.legend)
        self.retranslate()

    def set_entries(self, entries: Sequence[CalendarEntry], lang: str) -> None:
        self._entries, self.lang = entries, lang
        self.model.clear()
        for e in upcoming(entries):
            item = QStandardItem(f"{labels.date_range(e.start, e.end)}  {e.title_in(lang)}")
            item.setData(e.id, ENTRY_ID)
            item.setData(QColor(e.colour), Qt.ItemDataRole.DecorationRole)
            item.setToolTip(f"{e.body_name.render(lang)} — {labels.meeting_status_now(e.status, e.end)}")
            self.model.appendRow(item)
        if not self.model.rowCount():
            self.model.appendRow(QStandardItem(self.tr("No hay reuniones próximas registradas.")))
        self._fill_legend(entries, lang)

    def open_once(self) -> date | None:
        """The day of the next meeting the first time it is asked once meetings are known, then None:
        the calendar opens on it, and leaves the user's own choice alone afterwards."""
        coming = upcoming(self._entries)
        if self._opened or not coming:
            return None
        self._opened = True
        return coming[0].start.date()

    def _fill_legend(self, entries: Sequence[CalendarEntry], lang: str) -> None:
        while self._legend_layout.count():
            child = self._legend_layout.takeAt(0)
            widget = child.widget() if child is not None else None
            if widget is not None:
                widget.deleteLater()
        bodies: dict[str, tuple[str, str]] = {}
        for e in entries:
            bodies.setdefault(e.body, (e.colour, e.body_short.render(lang)))
        for colour, name in sorted(bodies.values(), key=lambda v: v[1]):
            row = QWidget(self.legend)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            chip = QLabel(row)
            chip.setPixmap(_swatch(colour))
            line.addWidget(chip)
            line.addWidget(QLabel(name, row), 1)
            self._legend_layout.addWidget(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("&Próximas reuniones"))
        self.list.setAccessibleName(self.tr("Próximas reuniones"))
        self.legend.setAccessibleName(self.tr("Colores de los cuerpos"))
        if self._entries:
            self.set_entries(self._entries, self.lang)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
