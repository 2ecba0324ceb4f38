"""The Accreditation tab: per-meeting accreditation with the CRM's rules explained, the exceptions they
allow (invitations, PPT authorisations), the drafting group, and participant lists in CSV.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import accreditation
from crm_desktop.domain.capabilities import grantor_name
from crm_desktop.domain.dates import short_when
from crm_desktop.domain.messages import Bilingual
from crm_desktop.domain.model import ActKind
from crm_desktop.domain.reference import delegation_name
from crm_desktop.ui import labels
from crm_desktop.ui.delegations.act_dialog import ActDialog
from crm_desktop.ui.delegations.data import (
    MeetingRoster,
    filtered_table,
    fit_columns_later,
    load_roster,
)
from crm_desktop.ui.delegations.directory_tabs import DirectoryTabs
from crm_desktop.ui.models.rows import Column, RowsTableModel


class AccreditationTab(DirectoryTabs):
    """A meeting's accreditation.

    Signals:
        roster_loaded(): the tab shows the chosen meeting's participants.
    """

    roster_loaded = Signal()

    def _build_accreditation(self) -> QWidget:
        """The accreditation tab: a meeting's accredited people, the candidates, the drafting group."""

        def lang() -> str:  # evaluated at display time, after a language switch
            return self.ctx.lang

        acc_tab = QWidget(self)
        self.meeting_label = QLabel(self)
        self.meeting_box = QComboBox(self)
        self.meeting_box.setMinimumContentsLength(40)
        self.meeting_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting_label.setBuddy(self.meeting_box)
        self.meeting_box.currentIndexChanged.connect(self._meeting_chosen)
        self.segment_label = QLabel(self)
        self.segment_box = QComboBox(self)
        self.segment_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.segment_label.setBuddy(self.segment_box)
        self.segment_box.currentIndexChanged.connect(lambda _: self._segment_filter())
        top = QHBoxLayout()
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting_box, 1)
        top.addWidget(self.segment_label)
        top.addWidget(self.segment_box)

        self.acc_model = RowsTableModel(
            [
                Column("name", lambda: QCoreApplication.translate("DelegationsView", "Nombre")),
                Column(
                    "delegation",
                    lambda: QCoreApplication.translate("DelegationsView", "Delegación"),
                    lambda r: delegation_name(r["delegation"], lang()),
                ),
                Column(
                    "roles",
                    lambda: QCoreApplication.translate("DelegationsView", "Funciones"),
                    lambda r: labels.roles(r["roles"]),
                ),
                Column(
                    "exception",
                    lambda: QCoreApplication.translate("DelegationsView", "Por"),
                    lambda r: (
                        QCoreApplication.translate("DelegationsView", "invitación / autorización")
                        if r["exception"]
                        else ""
                    ),
                ),
            ],
            self,
        )
        self.acc_table, self.acc_proxy = filtered_table(self, self.acc_model)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw_current)
        self.name_drafting_button = QPushButton(self)
        self.name_drafting_button.clicked.connect(self.name_drafting_current)
        self.acc_box = QGroupBox(self)
        al = QVBoxLayout(self.acc_box)
        al.addWidget(self.acc_table, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.withdraw_button)
        arow.addWidget(self.name_drafting_button)
        arow.addStretch(1)
        al.addLayout(arow)

        self.cand_model = RowsTableModel(self.people_model.columns[:4], self)
        self.cand_table, self.cand_proxy = filtered_table(self, self.cand_model)
        self.cand_filter = QLineEdit(self)
        self.cand_filter.setClearButtonEnabled(True)
        self.cand_filter.textChanged.connect(self.cand_proxy.set_text)
        self.accredit_button = QPushButton(self)
        self.accredit_button.clicked.connect(self.accredit_current)
        self.cand_table.doubleClicked.connect(lambda _: self.accredit_current())
        self.cand_table.installEventFilter(self)
        self.act_button = QPushButton(self)
        self.act_button.clicked.connect(self.record_act)
        self.cand_box = QGroupBox(self)
        cl = QVBoxLayout(self.cand_box)
        cl.addWidget(self.cand_filter)
        cl.addWidget(self.cand_table, 1)
        crow = QHBoxLayout()
        crow.addWidget(self.accredit_button)
        crow.addWidget(self.act_button)
        crow.addStretch(1)
        cl.addLayout(crow)

        self.drafting_label = QLabel(self)
        self.drafting_label.setWordWrap(True)
        self.drafting_label.setTextFormat(Qt.TextFormat.RichText)
        self.acts_label = QLabel(self)
        self.acts_label.setWordWrap(True)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        split = QSplitter(self)
        split.addWidget(self.acc_box)
        split.addWidget(self.cand_box)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.drafting_label, 1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        acl = QVBoxLayout(acc_tab)
        acl.addLayout(top)
        acl.addWidget(split, 1)
        acl.addWidget(self.acts_label)
        acl.addLayout(bottom)
        return acc_tab

    def retranslate(self) -> None:
        super().retranslate()
        self.meeting_label.setText(self.tr("&Reunión:"))
        self.meeting_box.setAccessibleName(self.tr("Reunión"))
        self.segment_label.setText(self.tr("&Segmento:"))
        self.segment_box.setAccessibleName(self.tr("Segmento"))
        self.acc_box.setTitle(self.tr("Acreditados"))
        self.acc_table.setAccessibleName(self.tr("Personas acreditadas"))
        self.withdraw_button.setText(self.tr("&Retirar acreditación"))
        self.withdraw_button.setAccessibleName(self.tr("Retirar la acreditación seleccionada"))
        self.name_drafting_button.setText(self.tr("Nombrar al &Grupo de Redacción"))
        self.name_drafting_button.setAccessibleName(self.tr("Nombrar representante al Grupo de Redacción"))
        self.cand_box.setTitle(self.tr("Personas por acreditar"))
        self.cand_table.setAccessibleName(self.tr("Personas por acreditar"))
        self.cand_filter.setPlaceholderText(self.tr("Buscar personas"))
        self.cand_filter.setAccessibleName(self.tr("Buscar personas por acreditar"))
        self.accredit_button.setText(self.tr("A&creditar"))
        self.accredit_button.setAccessibleName(self.tr("Acreditar a la persona seleccionada"))
        self.act_button.setText(self.tr("Registrar &invitación o autorización…"))
        self.act_button.setAccessibleName(self.tr("Registrar invitación o autorización"))
        self.import_button.setText(self.tr("I&mportar CSV…"))
        self.export_button.setText(self.tr("E&xportar CSV…"))
        self.import_button.setAccessibleName(self.tr("Importar lista de participantes en CSV"))
        self.export_button.setAccessibleName(self.tr("Exportar lista de participantes en CSV"))

    def _fill_meetings(self) -> None:
        assert self.data is not None
        self.meeting_box.blockSignals(True)
        self.meeting_box.clear()
        for m in self.data.meetings:
            self.meeting_box.addItem(labels.meeting_choice(m), m["id"])
        if self.meeting_id is None and self.data.meetings:
            from datetime import date

            today = date.today().isoformat()
            upcoming = [m for m in self.data.meetings if m["end"][:10] >= today]
            self.meeting_id = (upcoming[0] if upcoming else self.data.meetings[-1])["id"]
        if self.meeting_id:
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(self.meeting_id)))
        self.meeting_box.blockSignals(False)

    def _meeting_chosen(self) -> None:
        mid = self.meeting_box.currentData()
        if mid:
            self.meeting_id = self.ctx.working_meeting = str(mid)
            self._load_roster(self.meeting_id)

    def _load_roster(self, meeting_id: str) -> None:
        ws = self.ctx.ws
        self._roster_generation += 1
        generation = self._roster_generation
        self.ctx.run(
            lambda: load_roster(ws, meeting_id),
            on_done=self.alive(lambda roster: self._roster_loaded(generation, roster)),
        )

    def _roster_loaded(self, generation: int, roster: MeetingRoster) -> None:
        if generation != self._roster_generation:
            return  # a newer read is on its way
        self.roster = roster
        self._show_roster()
        self.roster_loaded.emit()

    def _show_roster(self) -> None:
        roster = self.roster
        assert roster is not None
        lang = self.ctx.lang
        seg = self.segment_box.currentData()
        self.segment_box.blockSignals(True)
        self.segment_box.clear()
        for s in roster.body.segments:
            self.segment_box.addItem(s.name(lang), s.key)
        self.segment_box.setCurrentIndex(max(0, self.segment_box.findData(seg)))
        self.segment_box.blockSignals(False)
        self.acc_model.set_rows(roster.accredited)
        self._segment_filter()
        fit_columns_later(self.acc_table)
        d = roster.drafting
        if not d["has_group"]:
            self.drafting_label.setText(self.tr("Esta reunión no tiene Grupo de Redacción."))
        else:
            named = ", ".join(f"{delegation_name(s['country'], lang)}: {s['name']}" for s in d["seats"])
            text = self.tr("<b>Grupo de Redacción</b> — nombrados: %1").replace("%1", named or "—")
            if d["missing"]:
                missing = ", ".join(delegation_name(c, lang) for c in d["missing"])
                text += "<br>" + self.tr("<span style='color:#a4262c'>Faltan por nombrar: %1</span>").replace(
                    "%1", missing
                )
            self.drafting_label.setText(text)
        self.name_drafting_button.setEnabled(bool(d["has_group"]))
        if roster.acts:
            acts = "; ".join(
                f"{labels.act_kind(a['kind'])}: {delegation_name(a['subject'], lang)} "
                f"({', '.join(filter(None, (short_when(a['date'] or '', lang), _grantor(a['granted_by'], lang))))})"
                for a in roster.acts
            )
            self.acts_label.setText(self.tr("Actos registrados: %1").replace("%1", acts))
        else:
            self.acts_label.setText(self.tr("No hay invitaciones ni autorizaciones registradas para esta reunión."))

    def _segment_filter(self) -> None:
        segment = self.segment_box.currentData()
        self.acc_proxy.set_field("segment", segment)
        self.acc_box.setTitle(self.tr("Acreditados (%1)").replace("%1", str(self.acc_proxy.rowCount())))
        if self.data is not None and self.roster is not None:
            # Offer only the people not yet accredited to this segment.
            taken = {a["person_id"] for a in self.roster.accredited if a["segment"] == segment}
            self.cand_model.set_rows([p for p in self.data.people if p["id"] not in taken])
            fit_columns_later(self.cand_table)

    def current_segment(self) -> str:
        return str(self.segment_box.currentData() or "plenary")

    def accredit_current(self) -> None:
        person = self._selected(self.cand_table, self.cand_proxy)
        if person is None or self.meeting_id is None:
            self._error(self.tr("Elija primero a una persona de la lista."))
            return
        self.accredit(person["id"])

    def accredit(self, person_id: str) -> None:
        """Accredit ``person_id`` to the shown segment (``AccreditationActions``)."""

    def withdraw_current(self) -> None:
        """Withdraw the selected accreditation (``AccreditationActions``)."""

    def name_drafting_current(self) -> None:
        row = self._selected(self.acc_table, self.acc_proxy)
        if row is None or self.meeting_id is None:
            self._error(self.tr("Elija primero a una persona acreditada."))
            return
        ws, mid = self.ctx.ws, self.meeting_id
        self.ctx.run(
            lambda: accreditation.name_drafting_representative(ws, mid, row["person_id"]),
            on_done=lambda _: self._info(
                self.tr("%1 representa a su país en el Grupo de Redacción.").replace("%1", row["name"])
            ),
            changes=["drafting_seats"],
        )

    def record_act(self) -> ActDialog | None:
        """Open the act dialog (window-modal, autosaved); OK records the act for the shown meeting."""
        if self.meeting_id is None:
            return None
        person = self._selected(self.cand_table, self.cand_proxy)
        subject = (person.get("country") or person.get("organisation")) if person else None
        dialog = ActDialog(self.ctx.lang, subject=subject, parent=self)
        draft = dialog.autosave(self.ctx.drafts, self.meeting_id).key
        self._act_dialog = dialog

        def accepted() -> None:
            self.save_act(
                ActKind(dialog.kind.currentData()),
                str(dialog.subject.currentData()),
                this_meeting=dialog.this_meeting.isChecked(),
                capabilities=dialog.chosen_capabilities(),
                granted_by=dialog.granted_by.text().strip() or None,
                note=dialog.note.text().strip() or None,
                draft=draft,
            )

        return self._open(dialog, accepted)

    def save_act(
        self,
        kind: ActKind,
        subject: str,
        *,
        this_meeting: bool = True,
        capabilities: list[Any] | None = None,
        granted_by: str | None = None,
        note: str | None = None,
        draft: str | None = None,
    ) -> None:
        """Record the act; ``draft``, the key of the form's autosave, is forgotten once it is recorded."""
        ws, mid = self.ctx.ws, self.meeting_id if this_meeting else None

        def done(_result: Any) -> None:
            self._forget(draft)
            self._info(
                self.tr("%1 registrada para %2.")
                .replace("%1", labels.act_kind(kind.value))
                .replace("%2", delegation_name(subject, self.ctx.lang))
            )

        # Who granted it is the laptop's role (the PPT, or the ST on its behalf); a name typed in the form,
        # whoever signed the letter, is kept with the note.
        note = " — ".join(t for t in (granted_by, note) if t) or None
        self.ctx.run(
            lambda: accreditation.record_act(ws, kind, subject, meeting_id=mid, capabilities=capabilities, note=note),
            on_done=done,
            changes=["acts"],
        )

    def open_meeting(self, meeting_id: str) -> None:
        """Show the accreditation of ``meeting_id``."""
        self.tabs.setCurrentIndex(4)
        self.meeting_id = meeting_id
        if self.data is not None:
            self.meeting_box.setCurrentIndex(max(0, self.meeting_box.findData(meeting_id)))
        self._load_roster(meeting_id)

    def restore_act(self, meeting_id: str, fields: dict[str, Any]) -> None:
        """Reopen the act dialog of ``meeting_id`` with recovered ``fields``."""
        self.open_meeting(meeting_id)
        dialog = self.record_act()
        if dialog is not None and dialog.saver is not None:
            dialog.saver.fill(fields)

    def import_csv(self) -> None:
        if self.meeting_id is None:
            return
        from crm_desktop.ui.delegations.participants_import import ParticipantsImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Importar participantes"), "", self.tr("Listas CSV (*.csv);;Todos los archivos (*)")
        )
        if path:
            dialog = ParticipantsImportDialog(self.ctx, self.meeting_id, Path(path), self)
            self._import_dialog = dialog
            dialog.exec()

    def export_csv(self) -> None:
        if self.meeting_id is None:
            return
        from crm_desktop.app import participants_csv

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exportar participantes"), "participantes.csv", self.tr("Listas CSV (*.csv)")
        )
        if not path:
            return
        ws, mid = self.ctx.ws, self.meeting_id
        self.ctx.run(
            lambda: participants_csv.export_file(ws, mid, Path(path)),
            on_done=lambda n: self._info(
                self.tr("%1 participantes exportados a %2.").replace("%1", str(n)).replace("%2", path)
            ),
        )


def _grantor(code: str | None, lang: str) -> str | None:
    """Who granted an act, by its code (an older act's free text as it was written)."""
    name = grantor_name(code)
    return name.render(lang) if isinstance(name, Bilingual) else name
