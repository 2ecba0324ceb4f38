"""The calendar's painted views: a month grid with coloured meeting bars and a twelve-month year grid.

Both show :class:`~crm_desktop.app.calendar.CalendarEntry` values by day. A meeting spanning several
days is drawn as one bar running through its days (square ends where it continues), coloured by
its body; a warning sign marks meetings with rule warnings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QCalendarWidget, QHeaderView, QSizePolicy, QTableView, QToolTip, QWidget

from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.ui import labels

WARNING_SIGN = "⚠"
WARNING_COLOUR = "#d83b01"


def to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


def by_day(entries: Sequence[CalendarEntry]) -> dict[date, list[CalendarEntry]]:
    days: dict[date, list[CalendarEntry]] = defaultdict(list)
    for e in entries:
        day = e.start.date()
        while day <= e.end.date():
            days[day].append(e)
            day += timedelta(days=1)
    for lst in days.values():  # longer meetings first, so bars stay on the same line across days
        lst.sort(key=lambda e: (e.start.date(), -e.days, e.body, e.title))
    return days


def text_colour(background: QColor) -> QColor:
    return QColor("#000000") if background.lightnessF() > 0.6 else QColor("#ffffff")


class MonthCalendar(QCalendarWidget):
    """``QCalendarWidget`` (keyboard navigation, localised names) painting meetings into its cells.

    Signals:
        painted(): a paint of the grid finished (the view uses it to know data is on screen).
    """

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "es"
        self._days: dict[date, list[CalendarEntry]] = {}
        self._cells: dict[date, QRect] = {}  # where each day of the page shown was painted (tooltips)
        self.currentPageChanged.connect(self._forget_cells)
        self.setNavigationBarVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.LongDayNames)
        self.setGridVisible(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view = self.findChild(QTableView, "qt_calendar_calendarview")
        if self.view is not None:
            self.view.viewport().installEventFilter(self)
            # The day names are row 0 of the grid: give it one line, and the weeks the rest.
            header = self.view.verticalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(0, self.fontMetrics().height() + 10)
        self.apply_locale()

    def apply_locale(self) -> None:
        loc = QLocale()
        self.setLocale(loc)
        self.setFirstDayOfWeek(loc.firstDayOfWeek())

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self._days = by_day(entries)
        self.updateCells()

    def entries_on(self, day: date) -> list[CalendarEntry]:
        return list(self._days.get(day, []))

    def _forget_cells(self, _year: int, _month: int) -> None:
        self._cells.clear()

    def tooltip_at(self, pos: QPoint) -> str:
        """What a bar at ``pos`` (viewport coordinates) is: each meeting of that day, its dates, status and
        warnings ("" where there is none)."""
        day = next((d for d, r in self._cells.items() if r.contains(pos)), None)
        lines = []
        for e in self._days.get(day, []) if day is not None else []:
            lines.append(f"{e.body_short.render(self.lang)} · {e.title_in(self.lang)}")
            lines.append(f"{labels.date_range(e.start, e.end)} — {labels.meeting_status_now(e.status, e.end)}")
            lines += [f"{WARNING_SIGN} {w.render(self.lang)}" for w in e.warnings]
        return "\n".join(lines)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.view is not None and watched is self.view.viewport():
            text = self.tooltip_at(event.pos()) if isinstance(event, QHelpEvent) else ""
            if text and isinstance(event, QHelpEvent):
                QToolTip.showText(event.globalPos(), text, self.view.viewport())
            else:
                QToolTip.hideText()
            return True
        result = super().eventFilter(watched, event)
        if event.type() == QEvent.Type.Paint and self.view is not None and watched is self.view.viewport():
            # The filter runs before the paint; report once the event loop is back, after it.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.painted.emit)
        return result

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        day = to_date(qdate)
        self._cells[day] = QRect(rect)
        pal = self.palette()
        in_month = qdate.month() == self.monthShown()
        painter.save()
        background = pal.color(QPalette.ColorRole.Base)
        if qdate == self.selectedDate():
            background = pal.color(QPalette.ColorRole.Highlight).lighter(170)
        elif not in_month:
            background = pal.color(QPalette.ColorRole.AlternateBase)
        painter.fillRect(rect, background)
        number_font = QFont(painter.font())
        if qdate == QDate.currentDate():
            number_font.setBold(True)
        painter.setFont(number_font)
        painter.setPen(pal.color(QPalette.ColorRole.Text if in_month else QPalette.ColorRole.PlaceholderText))
        fm = painter.fontMetrics()
        line = fm.height() + 3
        painter.drawText(
            rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(day.day)
        )
        entries = self._days.get(day, [])
        small = QFont(painter.font())
        small.setBold(False)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        sfm = painter.fontMetrics()
        top = rect.top() + line
        room = max(0, (rect.bottom() - top) // (sfm.height() + 3))
        shown = entries if len(entries) <= room else entries[: max(0, room - 1)]
        week_start = self.firstDayOfWeek().value % 7  # Qt: Monday=1 … Sunday=7; Python: Monday=0
        for e in shown:
            starts, ends = day == e.start.date(), day == e.end.date()
            bar = QRectF(
                rect.left() + (3 if starts else 0),
                top,
                rect.width() - (3 if starts else 0) - (3 if ends else 0),
                sfm.height() + 1,
            )
            colour = QColor(e.colour)
            if not in_month:
                colour.setAlphaF(0.5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 3 if starts or ends else 0, 3 if starts or ends else 0)
            # The label repeats where a bar starts and at the start of each week it crosses.
            if starts or (day.isoweekday() % 7) == week_start:
                painter.setPen(text_colour(QColor(e.colour)))
                label = f"{e.body_short.render(self.lang)} · {e.title_in(self.lang)}"
                if e.warnings:
                    label = f"{WARNING_SIGN} {label}"
                elided = sfm.elidedText(label, Qt.TextElideMode.ElideRight, int(bar.width()) - 6)
                painter.drawText(
                    bar.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided
                )
            top += sfm.height() + 3
        if len(shown) < len(entries):
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            more = self.tr("+%1 más").replace("%1", str(len(entries) - len(shown)))
            painter.drawText(
                QRect(rect.left() + 4, top, rect.width() - 8, sfm.height()), Qt.AlignmentFlag.AlignLeft, more
            )
        painter.restore()


class YearGrid(QWidget):
    """Twelve small months; a day with meetings is filled with the colour of its first meeting.

    Arrow keys move the selected day, Page Up/Down a month, Enter opens the day in the month view.

    Signals:
        day_selected(date), day_activated(date)
    """

    day_selected = Signal(object)
    day_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year = date.today().year
        self.selected = date.today()
        self._days: dict[date, list[CalendarEntry]] = {}
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(720, 560)

    def set_entries(self, entries: Sequence[CalendarEntry]) -> None:
        self._days = by_day(entries)
        self.update()

    def set_year(self, year: int) -> None:
        self.year = year
        if self.selected.year != year:
            self.selected = date(year, self.selected.month, min(self.selected.day, 28))
        self.update()

    def select(self, day: date) -> None:
        self.selected = day
        if day.year != self.year:
            self.year = day.year
        self.day_selected.emit(day)
        self.update()

    # --- geometry --------------------------------------------------------------------------------
    def _month_rect(self, month: int) -> QRect:
        cols, rows = 4, 3
        w, h = self.width() // cols, self.height() // rows
        i = month - 1
        return QRect((i % cols) * w, (i // cols) * h, w, h).adjusted(6, 4, -6, -4)

    def _cells(self, month: int) -> list[tuple[date, QRect]]:
        r = self._month_rect(month)
        header = self.fontMetrics().height() * 2 + 4
        cw, ch = r.width() // 7, max(8, (r.height() - header) // 6)
        first = date(self.year, month, 1)
        week_start = QLocale().firstDayOfWeek().value  # 1 = Monday
        offset = (first.isoweekday() - week_start) % 7
        out = []
        day = first
        while day.month == month:
            k = offset + day.day - 1
            out.append((day, QRect(r.left() + (k % 7) * cw, r.top() + header + (k // 7) * ch, cw - 1, ch - 1)))
            day += timedelta(days=1)
        return out

    def day_at(self, pos: QPoint) -> date | None:
        for month in range(1, 13):
            if self._month_rect(month).contains(pos):
                for day, rect in self._cells(month):
                    if rect.contains(pos):
                        return day
        return None

    # --- painting --------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        loc = QLocale()
        fm = self.fontMetrics()
        week_start = loc.firstDayOfWeek().value
        for month in range(1, 13):
            r = self._month_rect(month)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                QRect(r.left(), r.top(), r.width(), fm.height()),
                Qt.AlignmentFlag.AlignLeft,
                loc.standaloneMonthName(month),
            )
            painter.setFont(self.font())
            cells = self._cells(month)
            cw = cells[0][1].width() + 1
            for k in range(7):
                name = loc.dayName((week_start - 1 + k) % 7 + 1, QLocale.FormatType.NarrowFormat)
                painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(
                    QRect(r.left() + k * cw, r.top() + fm.height() + 2, cw, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    name,
                )
            for day, rect in cells:
                entries = self._days.get(day, [])
                if entries:
                    colour = QColor(entries[0].colour)
                    painter.fillRect(rect, colour)
                    painter.setPen(text_colour(colour))
                else:
                    painter.setPen(pal.color(QPalette.ColorRole.Text))
                if day == self.selected:
                    painter.save()
                    painter.setPen(pal.color(QPalette.ColorRole.Highlight))
                    painter.drawRect(rect.adjusted(0, 0, -1, -1))
                    painter.drawRect(rect.adjusted(1, 1, -2, -2))
                    painter.restore()
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
                if self.warned(day):  # a corner mark, not a "!" that a narrow cell clips
                    painter.fillRect(QRect(rect.right() - 4, rect.top(), 5, 5), QColor(WARNING_COLOUR))
        painter.end()

    def warned(self, day: date) -> bool:
        """A meeting that day carries a rule warning (its cell gets a corner mark)."""
        return any(e.warnings for e in self._days.get(day, []))

    # --- input -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.select(day)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in steps:
            target = self.selected + timedelta(days=steps[key])
            if target.year == self.year:
                self.select(target)
            return
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            month = self.selected.month + (-1 if key == Qt.Key.Key_PageUp else 1)
            if 1 <= month <= 12:
                self.select(date(self.year, month, min(self.selected.day, 28)))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self.selected)
            return
        super().keyPressEvent(event)


class _PaintWatcher(QObject):
    def __init__(self, widget: QWidget, slot: Callable[[], None]) -> None:
        super().__init__(widget)
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._slot)  # after the paint, once the event loop is back
        return False


def report_paints(widget: QWidget, slot: Callable[[], None]) -> None:
    """Call ``slot`` after each paint of ``widget`` (while it exists)."""
    _PaintWatcher(widget, slot)
