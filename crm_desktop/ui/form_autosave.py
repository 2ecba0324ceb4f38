"""Autosave of whole forms: every field of one form saved as one draft (the form side of ``ui.recovery``).

A form (a dialog, or a panel of a view) names its fields once::

    saver = FormAutosaver(ctx.drafts, "person:new", {"name": dialog.name, "email": dialog.email, ...},
                          title=lambda: dialog.tr("Nueva persona"))

and from then on a change to any field is written a moment later, with the debounce of
:class:`~crm_desktop.ui.recovery.DraftAutosaver`, under one key, as long as the form holds free text
the user typed (text boxes, or an editable list holding something not in the list): choices and
numbers alone are quickly made again, and some follow other fields by themselves (a meeting's time
zone follows its host country), so they are kept with typed text but make no draft of their own.
The draft's ``text`` is readable (one ``label: value`` line per filled free-text field, the label being
the field's accessible name) so it can be copied from the recovery dialog even when its form no longer
exists; ``extra["fields"]`` holds every
field's value for the restorer, which puts them back with :meth:`FormAutosaver.fill` *as if typed*, so
a restored form is autosaved again until it is applied. ``extra["context"]`` carries what the form was
about (a selected paragraph, a work plan) when the key alone does not say it.

When a draft is forgotten:

- the form's content reached the workspace (OK, Apply, Save, Register): :meth:`committed` (or
  :meth:`~crm_desktop.ui.recovery.DraftAutosaver.saved` for a key the form has moved on from);
- the program fills the form itself (another row shown, fields cleared after saving): that is not
  typing, so it happens inside :meth:`loading`, which also writes what was typed under the previous key;
- everything typed was undone by hand (the free text is back to what the program put there): the
  draft is removed instead of written;
- a dialog is cancelled (Cancel, Escape, its close button): :func:`confirm_discard`. A delegate expects
  Cancel to mean "I do not want this", but not to lose a long text to a slip of the Escape key: with
  nothing typed the dialog simply closes; with typed text it asks first, and "keep editing" leaves the
  dialog open with its text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from crm_desktop.app.recovery import DraftStore
from crm_desktop.ui.recovery import DraftAutosaver

FieldWidget = QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractButton | QAbstractSpinBox | QListWidget
FieldValue = str | bool | int | float | list[str] | None


def field_value(widget: FieldWidget) -> FieldValue:
    """A field's value, as JSON can hold it."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        # A choice is kept by its key (its label may be in another language at the next start); in an
        # editable box, what the user typed instead is kept as typed.
        data = widget.currentData()
        chosen = data is not None and widget.currentText() == widget.itemText(widget.currentIndex())
        if widget.isEditable() and not chosen:
            return widget.currentText()
        return None if data is None else str(data)
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QDateEdit):
        return widget.date().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QDateTimeEdit):  # the wall-clock time the user sees, whatever the widget's zone
        return f"{widget.date().toString(Qt.DateFormat.ISODate)}T{widget.time().toString('HH:mm')}"
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    if isinstance(widget, QListWidget):  # a checklist: the keys of the checked rows
        return [
            str(widget.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]
    raise TypeError(f"not a form field: {type(widget).__name__}")


def set_field_value(widget: FieldWidget, value: Any) -> None:
    """Put a value read by :func:`field_value` back (values of another shape are ignored)."""
    if isinstance(widget, QLineEdit) and isinstance(value, str):
        widget.setText(value)
    elif isinstance(widget, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable() and isinstance(value, str):
            widget.setCurrentText(value)
    elif isinstance(widget, QAbstractButton) and isinstance(value, bool):
        widget.setChecked(value)
    elif isinstance(widget, QDateEdit) and isinstance(value, str):
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            widget.setDate(day)
    elif isinstance(widget, QDateTimeEdit) and isinstance(value, str):
        day_text, _, time_text = value.partition("T")
        day, moment = QDate.fromString(day_text, Qt.DateFormat.ISODate), QTime.fromString(time_text, "HH:mm")
        if day.isValid() and moment.isValid():
            widget.setDate(day)
            widget.setTime(moment)
    elif isinstance(widget, QSpinBox) and isinstance(value, int):
        widget.setValue(value)
    elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
        widget.setValue(float(value))
    elif isinstance(widget, QListWidget) and isinstance(value, list):
        for i in range(widget.count()):
            item = widget.item(i)
            checked = str(item.data(Qt.ItemDataRole.UserRole)) in value
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def _watch(widget: FieldWidget, slot: Callable[..., None]) -> None:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.currentTextChanged.connect(slot)  # a choice, or typing in an editable box
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(slot)
    elif isinstance(widget, QDateTimeEdit):  # a QDateEdit too
        widget.dateTimeChanged.connect(slot)
    elif isinstance(widget, QSpinBox | QDoubleSpinBox):
        widget.valueChanged.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)


def _free_text(widget: FieldWidget) -> str | None:
    """What the user wrote in a field, if it takes free text: a text box, or an editable list holding
    something that is not one of its entries (an entry is a choice, quickly made again)."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.findText(widget.currentText()) < 0:
        return widget.currentText()
    return None


class FormAutosaver(DraftAutosaver):
    """Saves the fields of one form as one draft shortly after each change (see the module docstring).

    Attributes:
        fields: the form's fields by name (the names are the keys of ``extra["fields"]``). A draft exists
            only while their free text differs from what the program last put there (:meth:`typed`).
    """

    def __init__(
        self,
        store: DraftStore,
        key: str,
        fields: Mapping[str, FieldWidget],
        *,
        title: str | Callable[[], str] = "",
        context: Callable[[], dict[str, Any]] | None = None,
        delay_ms: int = 1500,
        max_delay_ms: int = 10_000,
        parent: QObject,
    ) -> None:
        super().__init__(store, key, None, title=title, delay_ms=delay_ms, max_delay_ms=max_delay_ms, parent=parent)
        self.fields = dict(fields)
        self.context = context
        self._loading = 0
        for widget in self.fields.values():
            _watch(widget, self._changed)
        self._mark_clean()

    def values(self) -> dict[str, FieldValue]:
        return {name: field_value(widget) for name, widget in self.fields.items()}

    def free_texts(self) -> dict[str, str | None]:
        return {name: _free_text(widget) for name, widget in self.fields.items()}

    def typed(self) -> bool:
        """Whether the form holds free text the user typed and did not save (a choice in a list or a
        ticked box alone is quickly made again, and would make an empty draft)."""
        return self.free_texts() != self._clean_texts

    def text(self) -> str:
        """The filled free-text fields, one ``label: value`` per line: what the recovery dialog shows and
        copies."""
        lines = []
        for name, value in self.free_texts().items():
            if value is not None and value.strip():
                label = self.fields[name].accessibleName() or name
                lines.append(f"{label}:\n{value}" if "\n" in value else f"{label}: {value}")
        return "\n".join(lines)

    def fill(self, values: Mapping[str, Any]) -> None:
        """Put recovered values back, as if typed: the form is unsaved and autosaved again."""
        for name, value in values.items():
            widget = self.fields.get(name)
            if widget is not None:
                set_field_value(widget, value)

    @contextmanager
    def loading(self, key: str | None = None) -> Iterator[None]:
        """The program fills the form, which is not typing. With ``key``, the form now edits something
        else: what was typed under the previous key is written first, so switching rows never loses it."""
        if key is None:
            self.flush()
        else:
            self.retarget(key)
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1
            self._mark_clean()

    def committed(self) -> None:
        super().committed()
        self._mark_clean()

    def _mark_clean(self) -> None:
        """What the form holds now is not typing (filled by the program, or saved)."""
        self._clean_texts = self.free_texts()
        self._typed_context: dict[str, Any] = {}

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            # What the form is about as the user types: by the time the draft is written (after a pause,
            # or because another row was chosen) the selection may have moved on.
            self._typed_context = self.context() if self.context else {}
            super()._changed()

    def _extra(self) -> dict[str, Any]:
        return {"fields": self.values(), "context": dict(self._typed_context)}

    def write(self) -> None:
        if not self.typed():  # typed and undone by hand: nothing left to recover
            self.store.clear(self.key)
            return
        title = self.title() if callable(self.title) else self.title
        self.store.save(self.key, self.text(), title=title, extra=self._extra())


def recovered_fields(extra: Mapping[str, Any]) -> dict[str, Any]:
    """The field values a form draft holds (empty for a draft of another kind)."""
    fields = extra.get("fields")
    return dict(fields) if isinstance(fields, dict) else {}


def recovered_context(extra: Mapping[str, Any]) -> dict[str, Any]:
    context = extra.get("context")
    return dict(context) if isinstance(context, dict) else {}


def confirm_discard(parent: QWidget, saver: FormAutosaver) -> bool:
    """Whether a dialog may close without saving: nothing was typed, or the user chose to discard it.

    Either way the draft is then forgotten; "keep editing" keeps the dialog open and the draft.
    """
    if saver.typed():
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("FormAutosaver", "Descartar lo escrito"),
            QCoreApplication.translate(
                "FormAutosaver", "Lo que escribió en este formulario no se ha guardado. ¿Descartarlo?"
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return False
    saver.committed()
    return True


class AutosavedDialog(QDialog):
    """A dialog whose form may be autosaved (``saver``): Cancel, Escape and the close button discard
    typed text only once the user confirms it (:func:`confirm_discard`)."""

    saver: FormAutosaver | None = None

    def reject(self) -> None:
        if self.saver is None or confirm_discard(self, self.saver):
            super().reject()
