"""Record an explicit invitation or a PPT authorisation: the dated acts that open an exception.

What is typed is autosaved under ``act:<meeting id>`` once the view calls :meth:`ActDialog.autosave`
(``ui.form_autosave``); Cancel with typed text asks before discarding it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app.recovery import DraftStore
from crm_desktop.domain.model import RECORDED_BY_HAND, ActKind, Capability
from crm_desktop.domain.reference import countries, organisations
from crm_desktop.ui import labels
from crm_desktop.ui.form_autosave import AutosavedDialog, FieldWidget, FormAutosaver
from crm_desktop.ui.forms.combos import refill


class ActDialog(AutosavedDialog):
    def __init__(self, lang: str, *, subject: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.kind = QComboBox(self)
        self.subject = QComboBox(self)
        self.this_meeting = QCheckBox(self)
        self.this_meeting.setChecked(True)
        self.capabilities = QListWidget(self)
        self.capabilities.setMaximumHeight(100)
        self.granted_by = QLineEdit(self)
        self.note = QLineEdit(self)
        self.l_kind, self.l_subject, self.l_caps, self.l_by, self.l_note = (QLabel(self) for _ in range(5))
        form = QFormLayout()
        for lab, w in (
            (self.l_kind, self.kind),
            (self.l_subject, self.subject),
            (self.l_caps, self.capabilities),
            (self.l_by, self.granted_by),
            (self.l_note, self.note),
        ):
            lab.setBuddy(w)
            form.addRow(lab, w)
        form.addRow(self.this_meeting)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for combo in self.findChildren(QComboBox):  # long organisation names must not widen the dialog
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._retranslate()
        if subject:
            self.subject.setCurrentIndex(max(0, self.subject.findData(subject)))

    def autosave(self, store: DraftStore, meeting_id: str) -> FormAutosaver:
        fields: dict[str, FieldWidget] = {
            "kind": self.kind,
            "subject": self.subject,
            "capabilities": self.capabilities,
            "granted_by": self.granted_by,
            "note": self.note,
            "this_meeting": self.this_meeting,
        }
        self.saver = FormAutosaver(store, f"act:{meeting_id}", fields, title=self.windowTitle, parent=self)
        return self.saver

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registrar invitación o autorización"))
        self.intro.setText(
            self.tr(
                "Los países observadores y los organismos internacionales participan en las Redes solo si se "
                "les invita explícitamente; los países observadores intervienen en puntos de agenda, decisiones "
                "o documentos solo con autorización previa de la Presidencia Pro-Témpore."
            )
        )
        self.l_kind.setText(self.tr("&Acto:"))
        self.l_subject.setText(self.tr("&Delegación:"))
        self.l_caps.setText(self.tr("&Autoriza:"))
        self.l_by.setText(self.tr("&Otorgado por:"))
        self.l_note.setText(self.tr("&Nota:"))
        self.this_meeting.setText(self.tr("Solo para esta &reunión"))
        for w, name in (
            (self.kind, self.tr("Tipo de acto")),
            (self.subject, self.tr("Delegación")),
            (self.capabilities, self.tr("Capacidades autorizadas")),
            (self.granted_by, self.tr("Otorgado por")),
            (self.note, self.tr("Nota")),
            (self.this_meeting, self.tr("Solo para esta reunión")),
        ):
            w.setAccessibleName(name)
        refill(self.kind, ((labels.act_kind(k.value), k.value) for k in RECORDED_BY_HAND))
        refill(
            self.subject,
            [(f"{c.name(self.lang)} ({c.code})", c.code) for c in countries() if c.status == "observer"]
            + [(f"{o.acronym} — {o.name(self.lang)}", o.key) for o in organisations()],
        )
        self.capabilities.clear()
        for cap in Capability:
            if cap == Capability.OPEN_DISCUSSION:
                continue
            item = QListWidgetItem(labels.capability(cap.value), self.capabilities)
            item.setData(Qt.ItemDataRole.UserRole, cap.value)
            item.setCheckState(Qt.CheckState.Checked)
        self._kind_changed()

    def _kind_changed(self) -> None:
        ppt = self.kind.currentData() == ActKind.PPT_AUTHORISATION.value
        self.capabilities.setEnabled(ppt)
        self.l_caps.setEnabled(ppt)

    def chosen_capabilities(self) -> list[Capability]:
        if self.kind.currentData() != ActKind.PPT_AUTHORISATION.value:
            return []
        return [
            Capability(self.capabilities.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.capabilities.count())
            if self.capabilities.item(i).checkState() == Qt.CheckState.Checked
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
