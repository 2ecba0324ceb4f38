"""The Adoption tab: remaining brackets, objections per delegation, the silence procedure, and an
Adopt button enabled only when the rules allow, with the reason shown otherwise.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import drafting as d
from crm_desktop.app.drafting_desk import AdoptionState
from crm_desktop.domain.rule_citations import cited
from crm_desktop.ui.drafting.common import (
    EDITOR_TAB,
    PROPOSAL_ROLE,
    button,
)
from crm_desktop.ui.drafting.comparison_tab import ComparisonTab
from crm_desktop.ui.drafting.models import (
    ParagraphModel,
)


class AdoptionTab(ComparisonTab):
    """Remaining brackets, objections per delegation, the silence procedure and the Adopt button."""

    def _build_adoption(self) -> None:
        self.adopt_state = QLabel()
        self.adopt_state.setWordWrap(True)
        self.adopt_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.adopt_button = button(self)
        self.adopt_reason = QLabel()
        self.adopt_reason.setWordWrap(True)
        self.adopt_reason.setStyleSheet("color: #7a1c14;")
        self.brackets_box = QGroupBox()
        self.brackets_model = QStandardItemModel(self)
        self.brackets_list = QListView()
        self.brackets_list.setModel(self.brackets_model)
        self.brackets_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        QVBoxLayout(self.brackets_box).addWidget(self.brackets_list)
        self.objections_box = QGroupBox()
        self.objection_model = QStandardItemModel(self)
        self.objection_list = QListView()
        self.objection_list.setModel(self.objection_model)
        self.objection_list.setWordWrap(True)
        self.objection_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.objection_edit = QLineEdit()
        self.object_button = button(self)
        self.withdraw_objection_button = button(self)
        orow = QHBoxLayout()
        orow.addWidget(self.objection_edit, 1)
        orow.addWidget(self.object_button)
        orow.addWidget(self.withdraw_objection_button)
        obox = QVBoxLayout(self.objections_box)
        obox.addWidget(self.objection_list, 1)
        obox.addLayout(orow)
        self.silence_box = QGroupBox()
        self.silence_state = QLabel()
        self.silence_state.setWordWrap(True)
        self.deadline_edit = QDateTimeEdit()
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDateTime(QDateTime.currentDateTime().addDays(2))
        self.silence_button = button(self)
        self.deadline_label = QLabel()
        self.deadline_label.setBuddy(self.deadline_edit)
        srow = QHBoxLayout()
        srow.addWidget(self.deadline_label)
        srow.addWidget(self.deadline_edit)
        srow.addWidget(self.silence_button)
        srow.addStretch(1)
        sbox = QVBoxLayout(self.silence_box)
        sbox.addWidget(self.silence_state)
        sbox.addLayout(srow)

        lists = QHBoxLayout()
        lists.addWidget(self.brackets_box, 1)
        lists.addWidget(self.objections_box, 2)
        adopt_row = QHBoxLayout()
        adopt_row.addWidget(self.adopt_button)
        adopt_row.addWidget(self.adopt_reason, 1)
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addWidget(self.adopt_state)
        lay.addLayout(lists, 1)
        lay.addWidget(self.silence_box)
        lay.addLayout(adopt_row)
        self.tabs.addTab(page, "")
        self.adopt_button.clicked.connect(self.adopt)
        self.brackets_list.activated.connect(self._open_bracketed)
        self.object_button.clicked.connect(self.object_to)
        self.withdraw_objection_button.clicked.connect(self.withdraw_objection)
        self.silence_button.clicked.connect(self.open_silence)

    def retranslate(self) -> None:
        super().retranslate()
        self.adopt_button.setText(self.tr("&Adoptar por consenso"))
        self.adopt_button.setToolTip(
            self.tr(
                "Registrar la adopción: sin corchetes, sin enmiendas abiertas y sin objeciones de los Países Miembros"
            )
        )
        self.brackets_box.setTitle(self.tr("Párrafos con corchetes"))
        self.brackets_list.setAccessibleName(self.tr("Párrafos con corchetes"))
        self.objections_box.setTitle(self.tr("Objeciones por delegación"))
        self.objection_list.setAccessibleName(self.tr("Objeciones por delegación"))
        self.objection_edit.setPlaceholderText(self.tr("Texto de la objeción por escrito…"))
        self.objection_edit.setAccessibleName(self.tr("Texto de la objeción"))
        self.object_button.setText(self.tr("Presentar objeción"))
        self.withdraw_objection_button.setText(self.tr("Retirar la objeción"))
        self.silence_box.setTitle(self.tr("Procedimiento de silencio"))
        self.deadline_label.setText(self.tr("&Plazo:"))
        self.deadline_edit.setAccessibleName(self.tr("Plazo del procedimiento de silencio"))
        self.silence_button.setText(self.tr("Abrir procedimiento de silencio"))
        self.silence_button.setToolTip(
            self.tr("Circular el texto: queda adoptado al vencer el plazo salvo objeción escrita de un País Miembro")
        )

    def _render_adoption(self, a: AdoptionState) -> None:
        lang = self.ctx.lang
        actor_ok = self.actor() is not None
        self.adopt_button.setEnabled(a.allowed and actor_ok)
        self.adopt_reason.setText("" if a.allowed else (cited(a.reason).render(lang) if a.reason else ""))
        if a.status == "adopted":
            self.adopt_state.setText(self.tr("Documento adoptado por consenso."))
        else:
            self.adopt_state.setText(
                self.tr("Corchetes pendientes: %1 · Enmiendas abiertas: %2 · Objeciones: %3")
                .replace("%1", str(len(a.bracketed)))
                .replace("%2", str(a.open_proposals))
                .replace("%3", str(len(a.objections)))
            )
        self.brackets_model.clear()
        for label in a.bracketed:
            item = QStandardItem(self.tr("Párrafo %1").replace("%1", label))
            item.setData(label, PROPOSAL_ROLE)
            item.setToolTip(self.tr("Intro o doble clic: abrir el párrafo en el editor"))
            self.brackets_model.appendRow(item)
        if not a.bracketed:
            item = QStandardItem(self.tr("No quedan corchetes."))
            item.setEnabled(False)
            self.brackets_model.appendRow(item)
        self.objection_model.clear()
        for o in a.objections:
            self.objection_model.appendRow(QStandardItem(f"{o.delegation}: {o.text}"))
        if not a.objections:
            item = QStandardItem(self.tr("Ninguna delegación objeta."))
            item.setEnabled(False)
            self.objection_model.appendRow(item)
        if a.silence_outcome is None:
            self.silence_state.setText(self.tr("No hay un procedimiento de silencio abierto."))
        else:
            deadline = a.silence_deadline.isoformat(sep=" ", timespec="minutes") if a.silence_deadline else ""
            state = {
                "running": self.tr("En curso hasta el %1."),
                "broken": self.tr("Roto por una objeción escrita (plazo: %1)."),
                "elapsed": self.tr("Plazo vencido el %1 sin objeciones: puede adoptarse."),
            }[a.silence_outcome]
            self.silence_state.setText(state.replace("%1", deadline))
        editable = a.status != "adopted" and actor_ok
        for w in (self.object_button, self.withdraw_objection_button, self.silence_button, self.objection_edit):
            w.setEnabled(editable)

    def _open_bracketed(self, index: QModelIndex) -> None:
        """Go to a paragraph that still has brackets, to resolve them in the editor."""
        label = index.data(PROPOSAL_ROLE)
        row = next((i for i, p in enumerate(self.paragraphs.rows) if label and p.label == label), -1)
        if row < 0:
            return
        self.tabs.setCurrentIndex(EDITOR_TAB)
        self.paragraph_table.setCurrentIndex(self.paragraphs.index(row, ParagraphModel.TEXT))
        self.text_edit.setFocus()

    def adopt(self) -> None:
        if self.loaded is None:
            return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.adopt(ws, doc_id, actor=actor))

    def object_to(self) -> None:
        text = self.objection_edit.text().strip()
        if self.loaded is None:
            return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        key = self.form_autosave["objection"].key
        self._act(
            lambda actor: d.object_to(ws, doc_id, text, actor=actor),
            on_done=lambda _r: self._form_sent("objection", key, (self.objection_edit,)),
        )

    def withdraw_objection(self) -> None:
        if self.loaded is None:
            return
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.withdraw_objection(ws, doc_id, actor=actor))

    def open_silence(self, deadline: datetime | None = None) -> None:
        if self.loaded is None:
            return
        when = deadline or self.deadline_edit.dateTime().toPython()
        if not isinstance(when, datetime):
            when = datetime.now() + timedelta(days=2)
        ws, doc_id = self.ctx.ws, self.loaded.view.id
        self._act(lambda actor: d.open_silence(ws, doc_id, when, actor=actor))
