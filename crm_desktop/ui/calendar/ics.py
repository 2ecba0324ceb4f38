"""The calendar's iCalendar actions: export a year or a meeting to an ``.ics`` file, import an invitation."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.ui.section_widget import SectionWidget


def calendar_service() -> Any:
    """``crm_desktop.app.calendar``, imported on first use: the view paints the first look at start-up
    before SQLAlchemy, which the service needs, has been imported."""
    from crm_desktop.app import calendar

    return calendar


# Plurals name their context: PySide's ``tr`` finds a plural only in the class of the object itself,
# not in a base class like this one (a singular is found in any class of the hierarchy).
class IcsActions(SectionWidget):
    """Exporting and importing iCalendar files; the calendar view (``CalendarView``) is built on it."""

    _pending_focus: str | None  # a meeting to show once the data arrives (the first one imported)

    def export_year(self, path: Path, year: int) -> None:
        ws = self.ctx.ws

        def done(count: int) -> None:
            self.ctx.notice.emit(
                QCoreApplication.translate("IcsActions", "%n reunión(es) exportada(s) a %1", "", count).replace(
                    "%1", path.name
                )
            )

        self.ctx.run(lambda: calendar_service().export_ics(ws, path, year=year), on_done=done)

    def export_meeting(self, path: Path, meeting_id: str) -> None:
        ws = self.ctx.ws

        def done(_count: int) -> None:
            self.ctx.notice.emit(self.tr("Reunión exportada a %1").replace("%1", path.name))

        self.ctx.run(lambda: calendar_service().export_ics(ws, path, meeting_id=meeting_id), on_done=done)

    def import_file(self, path: Path) -> None:
        ws = self.ctx.ws

        def done(result: Any) -> None:
            # Meetings now as the file says: written, or already up to date.
            ids = [o.meeting_id for o in result.outcomes if o.meeting_id and o.kind not in ("older", "concluded")]
            self.ctx.notice.emit(
                QCoreApplication.translate("IcsActions", "%n reunión(es) importada(s) de %1", "", len(ids)).replace(
                    "%1", path.name
                )
            )
            self._pending_focus = ids[0] if ids else None
            # Events the file could not apply (older revisions, meetings already held) are said, not hidden.
            skipped = [o.message.render(self.ctx.lang) for o in result.outcomes if o.kind in ("older", "concluded")]
            if skipped:
                self.ctx.user_error.emit("\n".join(skipped))

        self.ctx.run(lambda: calendar_service().import_calendar(ws, path), on_done=done, changes=["meetings"])

    def _ask_export_year(self) -> None:
        year = self.current_date.year
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportar el año %1").replace("%1", str(year)),
            f"crm-{year}.ics",
            self.tr("iCalendar (*.ics)"),
        )
        if name:
            self.export_year(Path(name), year)

    def _ask_export_meeting(self) -> None:
        e = self.selected_meeting()
        if e is None:
            self.ctx.user_error.emit(self.tr("Seleccione primero una reunión."))
            return
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exportar la reunión"),
            f"{e.start.date().isoformat()}-{e.body}.ics",
            self.tr("iCalendar (*.ics)"),
        )
        if name:
            self.export_meeting(Path(name), e.id)

    def _ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importar una invitación"), "", self.tr("iCalendar (*.ics)")
        )
        if name:
            self.import_file(Path(name))

    if TYPE_CHECKING:  # provided by the view, which derives from this class: the day shown, the meeting selected

        @property
        def current_date(self) -> date: ...

        def selected_meeting(self) -> CalendarEntry | None: ...
