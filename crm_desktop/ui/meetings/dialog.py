"""Create or edit a meeting: a form checked as the user types, saved through the meetings service.

The form applies the same rule the service applies (``rules.validate_meeting``) so a problem is
explained next to the fields before saving; the service still has the last word, and its refusal
is shown in the dialog, which stays open with the user's input.

Every field is autosaved under ``meeting:<id>|new:form`` (``ui.form_autosave``) until the meeting is
saved; Cancel with typed text asks before discarding it.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime, time
from zoneinfo import available_timezones

from PySide6.QtCore import QDate, QDateTime, QEvent, QLocale, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import meetings
from crm_desktop.app.bilingual import meeting_title_en
from crm_desktop.app.calendar_entries import CalendarEntry
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.recovery import Draft
from crm_desktop.domain import rules
from crm_desktop.domain.bilingual import meeting_title
from crm_desktop.domain.reference import countries, country
from crm_desktop.domain.rule_citations import cited
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.form_autosave import AutosavedDialog, FormAutosaver, recovered_fields
from crm_desktop.ui.undo import run_undoable

CHANGES = ("meetings",)


# Wall-clock times of the host's zone, held as UTC in the editors so this laptop's own daylight-saving
# rules can never shift or reject them.
WALL = QTimeZone(QTimeZone.Initialization.UTC)


def _to_qdt(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute), WALL)


def _from_qdt(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def _full_year_format() -> str:
    """The locale's short date-time format with a four-digit year (meetings span decades)."""
    fmt = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


class MeetingDialog(AutosavedDialog):
    """Signals:
    saved(str): the meeting id, after the service accepted the meeting.
    """

    saved = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        *,
        entry: CalendarEntry | None = None,
        on_day: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._entry = entry
        self.setModal(True)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._form = form
        self.body = QComboBox()
        for b in ctx.ws.config.bodies:
            self.body.addItem(b.name(ctx.lang), b.key)
        self.title_edit = QLineEdit()
        self.title_en = QLineEdit()  # empty: the English title is built from the body, ordinal and place
        self.title_en.setProperty("typedLanguage", "en")  # what it shows is English in either language
        self.ordinal = QLineEdit()
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for w in (self.start, self.end):
            w.setTimeZone(WALL)
            w.setDisplayFormat(_full_year_format())
            w.setCalendarPopup(True)
        self.host = QComboBox()
        self.host.addItem("—", "")
        for c in sorted(countries(), key=lambda c: c.name(ctx.lang)):
            self.host.addItem(c.name(ctx.lang), c.code)
        self.city = QLineEdit()
        self.venue = QLineEdit()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc")))
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self._labels = [QLabel() for _ in range(11)]
        for label, field in zip(
            self._labels,
            (
                self.body,
                self.title_edit,
                self.title_en,
                self.ordinal,
                self.start,
                self.end,
                self.host,
                self.city,
                self.venue,
                self.timezone,
                self.notes,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4262c;")
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(entry, on_day)
        # What is typed survives a crash: autosaved, offered again at the next start (see the module docstring).
        self.saver = FormAutosaver(
            ctx.drafts,
            draft_key(entry),
            {
                "body": self.body,
                "title": self.title_edit,
                "title_en": self.title_en,
                "ordinal": self.ordinal,
                "start": self.start,
                "end": self.end,
                "host": self.host,
                "city": self.city,
                "venue": self.venue,
                "timezone": self.timezone,
                "notes": self.notes,
            },
            title=lambda: f"{self.windowTitle()}: {self.title_edit.text().strip() or '…'}",
            parent=self,
        )
        for signal in (
            self.body.currentIndexChanged,
            self.host.currentIndexChanged,
            self.title_edit.textChanged,
            self.start.dateTimeChanged,
            self.end.dateTimeChanged,
        ):
            signal.connect(self.validate)
        self.host.currentIndexChanged.connect(self._host_changed)
        for signal in (self.body.currentIndexChanged, self.ordinal.textChanged, self.city.textChanged):
            signal.connect(self._default_english)
        self.start.dateTimeChanged.connect(self._start_changed)
        self.retranslate()
        self.validate()
        self.title_edit.setFocus()

    # --- filling and reading ---------------------------------------------------------------------
    def _fill(self, entry: CalendarEntry | None, on_day: date | None) -> None:
        if entry is None:
            day = on_day or date.today()
            self.start.setDateTime(_to_qdt(datetime.combine(day, time(9, 0))))
            self.end.setDateTime(_to_qdt(datetime.combine(day, time(18, 0))))
            self.timezone.setCurrentText("America/Costa_Rica")
            return
        self.body.setCurrentIndex(max(0, self.body.findData(entry.body)))
        self.title_edit.setText(entry.title)
        self.title_en.setText(entry.title_en or "")
        self.ordinal.setText(entry.ordinal or "")
        self.start.setDateTime(_to_qdt(entry.start))
        self.end.setDateTime(_to_qdt(entry.end))
        self.host.setCurrentIndex(max(0, self.host.findData(entry.host_country or "")))
        self.city.setText(entry.city or "")
        self.venue.setText(entry.venue or "")
        self.timezone.setCurrentText(entry.timezone)
        self.notes.setPlainText(entry.notes or "")

    def _host_changed(self) -> None:
        code = self.host.currentData()
        if code:
            self.timezone.setCurrentText(country(code).timezones[0])

    def _shown(self, m: MeetingInput) -> str:
        """The meeting's title in the window's language (for the undo history)."""
        body = self._ctx.ws.config.body(m.body)
        return meeting_title(m.title, m.title_en, body.key, body.name_en, m.ordinal, m.city, self._ctx.lang)

    def _default_english(self) -> None:
        """Show the English title the documents print when none is typed."""
        ordinal, city = self.ordinal.text().strip() or None, self.city.text().strip() or None
        default = meeting_title_en(self._ctx.ws.config, self.body.currentData(), None, ordinal, city)
        self.title_en.setPlaceholderText(default)

    def _start_changed(self, value: QDateTime) -> None:
        if self.end.dateTime() < value:  # keep the range valid while the user moves the start
            self.end.setDateTime(value.addSecs(9 * 3600))

    def meeting_input(self) -> MeetingInput:
        def text(w: QLineEdit) -> str | None:
            return w.text().strip() or None

        return MeetingInput(
            body=self.body.currentData(),
            title=self.title_edit.text().strip(),
            # None keeps what is recorded; "" clears an English title the user erased
            title_en=self.title_en.text().strip() or ("" if self._entry and self._entry.title_en else None),
            start=_from_qdt(self.start.dateTime()),
            end=_from_qdt(self.end.dateTime()),
            host_country=self.host.currentData() or None,
            city=text(self.city),
            venue=text(self.venue),
            ordinal=text(self.ordinal),
            timezone=self.timezone.currentText().strip() or None,
            notes=self.notes.toPlainText().strip() or None,
        )

    # --- validation and saving -------------------------------------------------------------------
    def validate(self) -> bool:
        m = self.meeting_input()
        problem = ""
        if not m.title:
            problem = self.tr("Escriba el nombre de la reunión.")
        elif m.end < m.start:
            problem = self.tr("La reunión termina antes de empezar.")
        else:
            verdict = rules.validate_meeting(self._ctx.ws.config, m.body, m.start.date(), m.end.date(), m.host_country)
            if not verdict.allowed and verdict.reason is not None:
                problem = cited(verdict.reason).render(self._ctx.lang)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problem)
        return not problem

    def save(self) -> None:
        if not self.validate():
            return
        m = self.meeting_input()
        ws = self._ctx.ws
        self.buttons.setEnabled(False)
        if self._entry is None:
            holder: dict[str, str] = {}

            def create() -> str:
                holder["id"] = meetings.create_meeting(ws, m)
                return holder["id"]

            run_undoable(
                self._ctx,
                self.tr("Crear la reunión «%1»").replace("%1", self._shown(m)),
                do=create,
                undo=lambda _id: lambda: meetings.delete_meeting(ws, holder["id"]),
                redo=lambda _id: create,
                changes=CHANGES,
                on_done=self._saved,
            )
        else:
            e = self._entry
            previous = MeetingInput(
                body=e.body,
                title=e.title,
                title_en=e.title_en or "",
                start=e.start,
                end=e.end,
                host_country=e.host_country,
                city=e.city,
                venue=e.venue,
                ordinal=e.ordinal,
                timezone=e.timezone,
                notes=e.notes,
            )
            run_undoable(
                self._ctx,
                self.tr("Modificar la reunión «%1»").replace("%1", self._shown(m)),
                do=lambda: meetings.update_meeting(ws, e.id, m),
                undo=lambda _r: lambda: meetings.update_meeting(ws, e.id, previous),
                changes=CHANGES,
                on_done=lambda _r: self._saved(e.id),
            )
        # A refusal arrives as ``user_error``; show it here too and let the user correct the form.
        self._ctx.user_error.connect(self._refused)

    def _saved(self, meeting_id: str) -> None:
        self._disconnect_refusal()
        if self.saver is not None:
            self.saver.committed()  # in the workspace now: nothing left to recover
        self.saved.emit(meeting_id)
        self.accept()

    def _refused(self, text: str) -> None:
        self._disconnect_refusal()
        self.problem.setText(text)
        self.problem.show()
        self.buttons.setEnabled(True)

    def _disconnect_refusal(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):  # not connected: nothing to undo
            self._ctx.user_error.disconnect(self._refused)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nueva reunión") if self._entry is None else self.tr("Editar la reunión"))
        names = [
            self.tr("&Cuerpo:"),
            self.tr("&Nombre:"),
            self.tr("Nombre en in&glés:"),
            self.tr("&Ordinal:"),
            self.tr("&Inicio:"),
            self.tr("&Fin:"),
            self.tr("&País sede:"),
            self.tr("Ciu&dad:"),
            self.tr("&Lugar:"),
            self.tr("&Zona horaria:"),
            self.tr("No&tas:"),
        ]
        lang = self._ctx.lang
        for i in range(self.body.count()):  # names of bodies and countries follow the language too
            self.body.setItemText(i, self._ctx.ws.config.body(self.body.itemData(i)).name(lang))
        for i in range(1, self.host.count()):
            self.host.setItemText(i, country(self.host.itemData(i)).name(lang))
        for label, name in zip(self._labels, names, strict=True):
            label.setText(name)
            label.buddy().setAccessibleName(name.replace("&", "").rstrip(":"))
        self.ordinal.setPlaceholderText(self.tr("p. ej. XXXI"))
        self.title_en.setToolTip(self.tr("Vacío: se usa el nombre que se muestra en gris."))
        self._default_english()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Guardar"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancelar"))
        self.validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_meeting_dialog(
    ctx: UiContext, parent: QWidget, *, entry: CalendarEntry | None = None, on_day: date | None = None
) -> MeetingDialog:
    """Open the dialog without blocking (window-modal); it saves and closes itself."""
    dialog = MeetingDialog(ctx, entry=entry, on_day=on_day, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def draft_key(entry: CalendarEntry | None) -> str:
    """The recovery key of a meeting dialog's fields."""
    return f"meeting:{entry.id if entry is not None else 'new'}:form"


def restore_meeting_draft(ctx: UiContext, parent: QWidget, draft: Draft) -> bool:
    """Reopen the meeting dialog a crash closed, with what was typed in it (``…:form``), or with the
    notes that earlier versions saved alone (``…:notes``)."""
    from crm_desktop.app import calendar

    parts = draft.key.split(":")
    if len(parts) != 3 or parts[0] != "meeting" or parts[2] not in ("form", "notes"):
        return False
    if parts[1] == "new":
        try:
            day = date.fromisoformat(str(draft.extra.get("day", "")))
        except ValueError:
            day = None
        dialog = open_meeting_dialog(ctx, parent, on_day=day)
    else:
        entry = calendar.entry(ctx.ws, parts[1])
        if entry is None:  # the meeting is gone; the text can still be copied from the recovery dialog
            return False
        dialog = open_meeting_dialog(ctx, parent, entry=entry)
    assert dialog.saver is not None
    if parts[2] == "form":
        dialog.saver.fill(recovered_fields(draft.extra))
    else:
        if parts[1] == "new":
            dialog.title_edit.setText(str(draft.extra.get("title", "")))
            dialog.body.setCurrentIndex(max(0, dialog.body.findData(draft.extra.get("body"))))
        dialog.notes.setPlainText(draft.text)
    return True
