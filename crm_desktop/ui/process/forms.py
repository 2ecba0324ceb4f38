"""Small dialogs that create the records of the "Between meetings" section: activities, indicators and
their values, work plans and their actions, the annual budget and the scale of contributions.

A dialog only gathers what the user typed; the tab that opened it calls the service on OK, so the
CRM's rules (and their translated refusals) stay in one place. The dialog stays open until the service
has accepted the record: a refusal is shown inside it, above the buttons, and the user corrects the
form and presses OK again without typing everything anew.

The fields a dialog names in ``FIELDS`` are autosaved (``ui.form_autosave``) once the tab calls
:meth:`FormDialog.autosave`: a crash never costs what was typed, and Cancel with typed text asks before
discarding it. As everywhere, choices and numbers alone make no draft (they are kept with typed text);
so the indicator value and the scale of contributions, which hold no free text, are not offered back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.recovery import DraftStore
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain import vocabulary
from crm_desktop.domain.reference import country, member_codes
from crm_desktop.ui import labels, look
from crm_desktop.ui.form_autosave import AutosavedDialog, FieldWidget, FormAutosaver

W = TypeVar("W", bound=QWidget)


class FormDialog(AutosavedDialog):
    """A titled form with OK and Cancel; subclasses add rows with :meth:`row`.

    ``submit``, when set by the opener, is called on OK instead of closing: the opener hands the values
    to the service and answers with :meth:`succeeded` (the dialog closes) or :meth:`refused` (the reason
    is shown in the dialog, which stays open with everything the user typed).

    Attributes:
        FIELDS: the attributes holding the fields a draft keeps (see the module docstring).
        saver: the dialog's autosave, once :meth:`autosave` was called.
    """

    FIELDS: tuple[str, ...] = ()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.setAccessibleName(self.tr("Motivo del rechazo"))
        look.text_colour(self.error, "#a40000")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.submit: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def accept(self) -> None:
        """OK: hand the form to ``submit`` (the dialog waits for its answer), or close when there is none."""
        if self.submit is None:
            super().accept()
            return
        self.ok_button.setEnabled(False)  # one submission at a time
        self.submit()

    def succeeded(self) -> None:
        """The service accepted the record: close."""
        self.error.hide()
        super().accept()

    def refused(self, reason: str) -> None:
        """The service refused: say why here and let the user correct the form."""
        self.error.setText(reason)
        self.error.show()
        self.ok_button.setEnabled(True)

    def row(self, text: str, widget: W, accessible: str | None = None) -> W:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(accessible or text.replace("&", "").rstrip(":"))
        self.form.addRow(label, widget)
        return widget

    def autosave(self, store: DraftStore, key: str, context: dict[str, Any] | None = None) -> FormAutosaver:
        fields: dict[str, FieldWidget] = {name: getattr(self, name) for name in self.FIELDS}
        self.saver = FormAutosaver(
            store, key, fields, title=self.windowTitle(), context=lambda: dict(context or {}), parent=self
        )
        return self.saver

    if TYPE_CHECKING:  # each form derived from this one says what it holds, as the service takes it

        def values(self) -> dict[str, Any]: ...


def combo(items: Sequence[tuple[str, Any]], editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.setEditable(editable)
    for text, data in items:
        box.addItem(text, data)
    return box


def combo_value(box: QComboBox) -> str:
    """The chosen key, or what the user typed in an editable box."""
    data = box.currentData()
    if data is not None and box.currentText() == box.itemText(box.currentIndex()):
        return str(data)
    return box.currentText().strip()


def follow(check: QCheckBox, edit: QDateEdit) -> None:
    """A date is only editable when its box says there is one."""
    edit.setEnabled(check.isChecked())
    check.toggled.connect(edit.setEnabled)


def optional_date(check: QCheckBox, edit: QDateEdit) -> date | None:
    value = edit.date().toPython() if check.isChecked() else None
    return value if isinstance(value, date) else None


def date_edit() -> QDateEdit:
    edit = QDateEdit(QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def responsible_items(lang: str) -> list[tuple[str, str]]:
    st = vocabulary.name("organisation", "st", lang)
    return [(country(c).name(lang), c) for c in member_codes()] + [(st, "ST")]


class ActivityDialog(FormDialog):
    FIELDS = (
        "theme",
        "title_es",
        "title_en",
        "kind",
        "responsible",
        "has_start",
        "start",
        "has_end",
        "end",
        "priority",
    )

    def __init__(self, themes: Sequence[tuple[str, str]], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nueva actividad"), parent)
        self.theme = self.row(self.tr("&Tema:"), combo(themes))
        self.title_es = self.row(self.tr("Título (español):"), QLineEdit())
        self.title_en = self.row(self.tr("Título (inglés):"), QLineEdit())
        self.kind = self.row(self.tr("&Tipo:"), combo([(k.name(lang), k.key) for k in poa.activity_kinds()]))
        self.responsible = self.row(self.tr("&Responsable:"), combo(responsible_items(lang), editable=True))
        self.has_start = self.row(self.tr("Con fecha de inicio"), QCheckBox())
        self.start = self.row(self.tr("&Inicio:"), date_edit())
        self.has_end = self.row(self.tr("Con fecha de fin"), QCheckBox())
        self.end = self.row(self.tr("&Fin:"), date_edit())
        self.priority = self.row(self.tr("&Prioritaria"), QCheckBox())
        follow(self.has_start, self.start)
        follow(self.has_end, self.end)

    def values(self) -> dict[str, Any]:
        return {
            "theme": str(self.theme.currentData()),
            "kind": str(self.kind.currentData()),
            "title_es": self.title_es.text(),
            "title_en": self.title_en.text().strip() or None,
            "responsible": combo_value(self.responsible),
            "start": optional_date(self.has_start, self.start),
            "end": optional_date(self.has_end, self.end),
            "priority": self.priority.isChecked(),
        }


class IndicatorDialog(FormDialog):
    FIELDS = ("theme", "activity", "name_es", "name_en", "unit", "baseline", "target")

    def __init__(
        self,
        themes: Sequence[tuple[str, str]],
        activities: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nuevo indicador"), parent)
        self.theme = self.row(self.tr("&Tema:"), combo(themes))
        self.activity = self.row(
            self.tr("&Actividad:"), combo([(self.tr("(ninguna)"), None), *activities]), self.tr("Actividad medida")
        )
        self.name_es = self.row(self.tr("Nombre (español):"), QLineEdit())
        self.name_en = self.row(self.tr("Nombre (inglés):"), QLineEdit())
        self.unit = self.row(self.tr("&Unidad:"), QLineEdit())
        self.baseline = self.row(self.tr("Línea de &base:"), number())
        self.target = self.row(self.tr("&Meta:"), number())

    def values(self) -> dict[str, Any]:
        activity = self.activity.currentData()
        return {
            "theme": str(self.theme.currentData()),
            "name_es": self.name_es.text(),
            "name_en": self.name_en.text().strip() or None,
            "unit": self.unit.text().strip() or None,
            "baseline": self.baseline.value(),
            "target": self.target.value(),
            "activity_id": str(activity) if activity else None,
        }


def number(low: float = -1e9, high: float = 1e9, decimals: int = 2) -> QDoubleSpinBox:
    """A box for an amount or an indicator's value, with the same separators as the tables ("12,500.00")."""
    box = QDoubleSpinBox()
    box.setLocale(labels.number_locale())
    box.setGroupSeparatorShown(True)
    box.setRange(low, high)
    box.setDecimals(decimals)
    return box


class ValueDialog(FormDialog):
    FIELDS = ("indicator", "semester", "value")

    def __init__(
        self, indicators: Sequence[tuple[str, str]], semesters: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Registrar valor"), parent)
        self.indicator = self.row(self.tr("&Indicador:"), combo(indicators))
        self.semester = self.row(self.tr("&Semestre:"), combo([(s, s) for s in semesters], editable=True))
        self.value = self.row(self.tr("&Valor:"), number())

    def values(self) -> dict[str, Any]:
        return {
            "indicator_id": str(self.indicator.currentData()),
            "semester": combo_value(self.semester),
            "value": self.value.value(),
        }


class WorkPlanDialog(FormDialog):
    FIELDS = ("network", "period", "title")

    def __init__(self, networks: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nuevo plan de trabajo"), parent)
        self.network = self.row(self.tr("&Red:"), combo(networks, editable=True))
        self.period = self.row(self.tr("&Periodo:"), QLineEdit())
        self.title = self.row(self.tr("&Título:"), QLineEdit())

    def values(self) -> dict[str, Any]:
        return {"network": combo_value(self.network), "period": self.period.text(), "title": self.title.text()}


class ActionDialog(FormDialog):
    FIELDS = ("title", "responsible", "has_due", "due")

    def __init__(self, plan_title: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Nueva acción: %1").replace("%1", plan_title), parent)
        self.title = self.row(self.tr("&Acción:"), QLineEdit())
        self.responsible = self.row(
            self.tr("&Responsable:"), combo([("", None), *responsible_items(lang)], editable=True)
        )
        self.has_due = self.row(self.tr("Con fecha de vencimiento"), QCheckBox())
        self.due = self.row(self.tr("&Vence:"), date_edit())
        follow(self.has_due, self.due)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "responsible": combo_value(self.responsible) or None,
            "due": optional_date(self.has_due, self.due),
        }


class BudgetDialog(FormDialog):
    FIELDS = ("year", "amount", "currency", "meeting")

    def __init__(self, meetings: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Aprobar presupuesto"), parent)
        self.year = self.row(self.tr("&Año:"), year_box())
        self.amount = self.row(self.tr("&Monto:"), number(0, 1e12))
        self.currency = self.row(self.tr("M&oneda:"), QLineEdit("USD"))
        self.meeting = self.row(
            self.tr("&Reunión:"), combo(meetings), self.tr("Reunión de Viceministros que lo aprobó")
        )

    def values(self) -> dict[str, Any]:
        meeting = self.meeting.currentData()
        return {
            "year": self.year.value(),
            "amount_cents": round(self.amount.value() * 100),
            "currency": self.currency.text().strip().upper() or "USD",
            "meeting_id": str(meeting) if meeting else "",
        }


def year_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(2000, 2100)
    box.setValue(date.today().year)
    return box


class ScaleDialog(FormDialog):
    """One share per member country; the running total is shown so a scale off 100 % is seen early."""

    def __init__(self, lang: str, current: dict[str, int], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Escala de contribuciones"), parent)
        self.from_year = self.row(self.tr("&Desde el año:"), year_box())
        self.shares: dict[str, QDoubleSpinBox] = {}
        for code in member_codes():
            box = number(0, 100)
            box.setSuffix(" %")
            box.setValue(current.get(code, 0) / 100)
            box.valueChanged.connect(self._update_total)
            name = country(code).name(lang)
            self.row(f"{name}:", box, self.tr("Cuota de %1").replace("%1", name))
            self.shares[code] = box
        self.total = QLabel()
        self.total.setAccessibleName(self.tr("Suma de las cuotas"))
        self.form.addRow(self.total)
        self._update_total()

    def basis_points(self) -> dict[str, int]:
        return {code: round(box.value() * 100) for code, box in self.shares.items()}

    def _update_total(self) -> None:
        total = sum(self.basis_points().values())
        self.total.setText(self.tr("Suma: %1 % (debe ser 100 %)").replace("%1", f"{total / 100:.2f}"))

    def values(self) -> dict[str, Any]:
        return {"from_year": self.from_year.value(), "shares": self.basis_points()}
