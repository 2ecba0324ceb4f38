"""«Enviar a los puntos focales» / "Send to focal points": documents, recipients, then drafts or SMTP.

The dialog gathers the choices and hands them to :mod:`crm_desktop.app.mail`, which decides who may
receive what (no closed-door document to an observer): "Comprobar" shows that plan — who receives
which documents, who is excluded and why — before anything is written or sent. On the left what is
sent and to whom (the focal points, and the laptops a sync bundle is for, as lists to tick); on the
right the two ways out, each on its tab: ``.eml`` drafts, one per language with the focal points in
Bcc (:mod:`~crm_desktop.ui.reports.drafts_panel`: then "Open" and "Show in folder"), and SMTP
(:mod:`~crm_desktop.ui.reports.smtp_panel`: settings remembered, the password only in the OS keyring).
"""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import mail as mail_service
from crm_desktop.app.mail import DeliveryPlan, Outcome, Recipient
from crm_desktop.app.mail_bcc import write_language_drafts
from crm_desktop.domain.grammar import in_lang
from crm_desktop.mail.smtp import SmtpSettings
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.delivery_text import DeliveryText
from crm_desktop.ui.reports.drafts_panel import DraftsPanel
from crm_desktop.ui.reports.smtp_panel import SmtpPanel, smtp_settings_from_preferences

if TYPE_CHECKING:
    from crm_desktop.app.workspace import Workspace

__all__ = ["SendDialog", "smtp_settings_from_preferences"]

PERSON_ROLE = Qt.ItemDataRole.UserRole + 30
KIND_ROLE = Qt.ItemDataRole.UserRole + 31
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 33


def bundle_available() -> bool:
    """Whether the sync feature offers a bundle to attach (``app.sync.bundle_attachment``)."""
    try:
        from crm_desktop.app import sync
    except ImportError:
        return False
    return callable(getattr(sync, "bundle_attachment", None))


def bundle_devices(ws: Workspace) -> list[tuple[str, str]]:
    """The other laptops of the roster, as (device id, "person — country or organisation"); off the UI thread."""
    from crm_desktop.app import sync
    from crm_desktop.app.errors import AppError
    from crm_desktop.app.sync_onboarding import has_joined

    try:
        entries = sync.roster_list(ws) if has_joined(ws) else []
    except AppError:
        return []
    return [
        (e.device_id, f"{e.person_name} — {e.country or e.organisation or '—'}")
        for e in entries
        if not e.me and e.status != "revoked"
    ]


class SendDialog(DeliveryText):
    """Signals:
    recipients_loaded(): the focal-point directory is listed.
    planned(object): a :class:`DeliveryPlan` was computed and shown.
    delivered(object): drafts written or messages sent (the list of :class:`Outcome`).
    """

    recipients_loaded = Signal()
    planned = Signal(object)
    delivered = Signal(object)

    def __init__(
        self,
        ctx: UiContext,
        meeting_id: str,
        meeting_title: str,
        kinds: list[str],
        preselected: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.meeting_title = meeting_title
        self.people: list[Recipient] = []
        self.plan: DeliveryPlan | None = None
        self.outcomes: list[Outcome] = []
        self.drafts_written: Path | None = None

        self.meeting_label = QLabel()
        self.documents_label = QLabel()
        self.documents_list = QListWidget()
        self.documents_label.setBuddy(self.documents_list)
        for kind in kinds:
            item = QListWidgetItem()
            item.setData(KIND_ROLE, kind)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kind in preselected else Qt.CheckState.Unchecked)
            self.documents_list.addItem(item)
        rows = max(self.documents_list.count(), 1)
        self.documents_list.setMaximumHeight(self.documents_list.sizeHintForRow(0) * rows + 8)
        self.closed_door_check = QCheckBox()
        self.recipients_label = QLabel()
        self.filter_edit = QLineEdit()
        self.recipients_list = QListWidget()
        self.recipients_list.setWordWrap(True)  # long organisation names wrap instead of being cut
        self.recipients_label.setBuddy(self.recipients_list)
        self.lang_label = QLabel()
        self.lang_combo = QComboBox()
        for code in ("", "es", "en"):
            self.lang_combo.addItem("", code)
        self.lang_label.setBuddy(self.lang_combo)
        # The laptops a sync bundle is for: the roster's devices, ticked (no device ids to type).
        self.bundle_check = QCheckBox()
        self.bundle_devices = QListWidget()
        self.bundle_devices.setMaximumHeight(110)
        self.bundle_hint = QLabel()
        self.bundle_hint.setWordWrap(True)
        for w in (self.bundle_check, self.bundle_devices, self.bundle_hint):
            w.setVisible(bundle_available())
        self.bundle_devices.setEnabled(False)
        self.bundle_check.toggled.connect(self.bundle_devices.setEnabled)

        # the two ways out, one tab each
        self.drafts_panel = DraftsPanel()
        self.smtp_panel = SmtpPanel()
        self.ways = QTabWidget()
        self.ways.addTab(self.drafts_panel, "")
        self.ways.addTab(self.smtp_panel, "")
        # the names the rest of the dialog (and its tests) use
        self.drafts_folder = self.drafts_panel.drafts_folder
        self.drafts_button = self.drafts_panel.drafts_button
        self.open_folder_button = self.drafts_panel.open_folder_button
        self.open_draft_button = self.drafts_panel.open_draft_button
        self.host_edit, self.port_spin = self.smtp_panel.host_edit, self.smtp_panel.port_spin
        self.security_combo, self.user_edit = self.smtp_panel.security_combo, self.smtp_panel.user_edit
        self.password_edit, self.sender_edit = self.smtp_panel.password_edit, self.smtp_panel.sender_edit
        self.send_button = self.smtp_panel.send_button

        self.check_button = QPushButton()
        self.close_button = QPushButton()
        self.report_label = QLabel()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report_label.setBuddy(self.report)

        left = QVBoxLayout()
        left.addWidget(self.meeting_label)
        left.addWidget(self.documents_label)
        left.addWidget(self.documents_list)
        left.addWidget(self.closed_door_check)
        left.addWidget(self.recipients_label)
        left.addWidget(self.filter_edit)
        left.addWidget(self.recipients_list, 1)
        lang_row = QHBoxLayout()
        lang_row.addWidget(self.lang_label)
        lang_row.addWidget(self.lang_combo, 1)
        left.addLayout(lang_row)
        left.addWidget(self.bundle_check)
        left.addWidget(self.bundle_devices)
        left.addWidget(self.bundle_hint)
        right = QVBoxLayout()
        right.addWidget(self.ways, 1)
        right.addWidget(self.report_label)
        right.addWidget(self.report, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.check_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(bottom)

        self.filter_edit.textChanged.connect(self._filter)
        self.drafts_button.clicked.connect(self.write_drafts)
        self.send_button.clicked.connect(self.send)
        self.check_button.clicked.connect(self.check)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.resize(1000, 680)
        ws = ctx.ws
        ctx.read(lambda: mail_service.recipients(ws), self._recipients_loaded)
        if bundle_available():
            ctx.read(lambda: bundle_devices(ws), self._devices_loaded)

    # --- language -----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enviar a los puntos focales"))
        self.meeting_label.setText(self.tr("Reunión: %1").replace("%1", self.meeting_title))
        self.documents_label.setText(self.tr("&Documentos:"))
        self.documents_list.setAccessibleName(self.tr("Documentos que se envían"))
        for i in range(self.documents_list.count()):
            item = self.documents_list.item(i)
            item.setText(labels.name("report_kind", item.data(KIND_ROLE)))
        self.closed_door_check.setText(self.tr("Incluir también los documentos de la reunión a puerta cerrada"))
        self.recipients_label.setText(self.tr("&Puntos focales:"))
        self.recipients_list.setAccessibleName(self.tr("Puntos focales destinatarios"))
        self.filter_edit.setPlaceholderText(self.tr("Filtrar por país, institución o nombre"))
        self.filter_edit.setAccessibleName(self.tr("Filtrar los puntos focales"))
        self.lang_label.setText(self.tr("&Idioma del mensaje:"))
        self.lang_combo.setAccessibleName(self.tr("Idioma del mensaje"))
        for i, text in enumerate(
            (self.tr("El que lee cada destinatario"), labels.name("language", "es"), labels.name("language", "en")),
        ):
            self.lang_combo.setItemText(i, text)
        self.bundle_check.setText(self.tr("Adjuntar un paquete de sincronización para estos equipos:"))
        self.bundle_devices.setAccessibleName(self.tr("Equipos que reciben el paquete de sincronización"))
        self.bundle_hint.setText(
            self.tr("Ningún otro equipo en la lista de sincronización: el paquete no tendría destinatario.")
            if not self.bundle_devices.count()
            else ""
        )
        self.bundle_hint.setVisible(bundle_available() and not self.bundle_devices.count())
        self.bundle_devices.setVisible(bundle_available() and bool(self.bundle_devices.count()))
        self.ways.setTabText(0, self.tr("Borradores .eml"))
        self.ways.setTabText(1, self.tr("Envío por SMTP"))
        self.ways.setAccessibleName(self.tr("Cómo sale el mensaje"))
        self.drafts_panel.retranslate()
        self.smtp_panel.retranslate()
        self.check_button.setText(self.tr("&Comprobar destinatarios"))
        self.check_button.setAccessibleName(self.tr("Comprobar quién recibe qué antes de enviar"))
        self.close_button.setText(self.tr("Cerrar"))
        self.report_label.setText(self.tr("&Resultado:"))
        self.report.setAccessibleName(self.tr("Quién recibe qué, quién queda excluido y por qué"))
        self._fill_recipients()

    # --- recipients ---------------------------------------------------------------------------------
    def _recipients_loaded(self, people: list[Recipient]) -> None:
        self.people = people
        self._fill_recipients()
        self.recipients_loaded.emit()

    def _fill_recipients(self) -> None:
        checked = self.chosen_people() if self.recipients_list.count() else {p.person_id for p in self.people}
        self.recipients_list.clear()
        for p in self.people:
            country = in_lang(p.country_es, p.country_en, self.ctx.lang)
            item = QListWidgetItem(f"{country} — {p.name} <{p.email}>\n{p.institution} · {labels.category(p.category)}")
            item.setData(PERSON_ROLE, p.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.person_id in checked else Qt.CheckState.Unchecked)
            self.recipients_list.addItem(item)
        self._filter(self.filter_edit.text())

    def _filter(self, text: str) -> None:
        wanted = _fold(text.strip())
        for i in range(self.recipients_list.count()):
            item = self.recipients_list.item(i)
            item.setHidden(bool(wanted) and wanted not in _fold(item.text()))

    def chosen_people(self) -> set[str]:
        """Checked focal points that the filter shows."""
        out = set()
        for i in range(self.recipients_list.count()):
            item = self.recipients_list.item(i)
            if item.checkState() == Qt.CheckState.Checked and not item.isHidden():
                out.add(str(item.data(PERSON_ROLE)))
        return out

    def _devices_loaded(self, devices: list[tuple[str, str]]) -> None:
        self.bundle_devices.clear()
        for device_id, text in devices:
            item = QListWidgetItem(text)
            item.setData(DEVICE_ROLE, device_id)
            item.setToolTip(device_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.bundle_devices.addItem(item)
        self.retranslate()

    def chosen_devices(self) -> list[str]:
        """The ticked laptops the sync bundle is for."""
        return [
            str(self.bundle_devices.item(i).data(DEVICE_ROLE))
            for i in range(self.bundle_devices.count())
            if self.bundle_devices.item(i).checkState() == Qt.CheckState.Checked
        ]

    def chosen_kinds(self) -> list[str]:
        return [
            str(self.documents_list.item(i).data(KIND_ROLE))
            for i in range(self.documents_list.count())
            if self.documents_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    # --- planning -----------------------------------------------------------------------------------
    def _planner(self) -> Callable[[], DeliveryPlan] | None:
        kinds = self.chosen_kinds()
        people = self.chosen_people()
        if not kinds or not people:
            self.ctx.user_error.emit(self.tr("Elija al menos un documento y un punto focal."))
            return None
        ws = self.ctx.ws
        lang = self.lang_combo.currentData() or None
        countries = sorted({p.country for p in self.people if p.person_id in people})
        closed_door = self.closed_door_check.isChecked()
        devices = self.chosen_devices()
        with_bundle = self.bundle_check.isChecked() and bool(devices)
        meeting_id = self.meeting_id

        def plan() -> DeliveryPlan:
            with tempfile.TemporaryDirectory(prefix="crm-bundle-") as tmp:
                bundle = None
                if with_bundle:
                    from crm_desktop.app import sync

                    name, data, _media = sync.bundle_attachment(ws, devices)
                    bundle = Path(tmp) / name
                    bundle.write_bytes(data)
                result = mail_service.plan_delivery(
                    ws, meeting_id, kinds, lang=lang, countries=countries, closed_door=closed_door, bundle=bundle
                )
            # The directory filter is by country; the people unticked in the list are left out here.
            result.messages = [m for m in result.messages if m.recipient.person_id in people]
            result.skipped = [(r, why) for r, why in result.skipped if r.person_id in people]
            return result

        return plan

    def check(self) -> None:
        planner = self._planner()
        if planner is None:
            return
        self.report.setPlainText(self.tr("Preparando los documentos…"))

        def done(plan: DeliveryPlan) -> None:
            self.plan = plan
            self.report.setPlainText(self.describe(plan))
            self.planned.emit(plan)

        self.ctx.run(planner, on_done=done)

    # --- drafts -------------------------------------------------------------------------------------
    def write_drafts(self) -> None:
        planner = self._planner()
        if planner is None:
            return
        folder = self.drafts_panel.folder()
        if folder is None:
            self.ctx.user_error.emit(self.tr("Elija la carpeta de los borradores."))
            return
        sender = self.sender_edit.text().strip() or None
        ws = self.ctx.ws

        def work() -> tuple[DeliveryPlan, list[Outcome]]:
            plan = planner()
            return plan, write_language_drafts(ws, plan, folder, sender=sender)

        def done(result: tuple[DeliveryPlan, list[Outcome]]) -> None:
            self.drafts_written = folder
            self.drafts_panel.show_written([o.path for o in result[1] if o.path is not None])
            self._finished(*result)

        self.report.setPlainText(self.tr("Escribiendo los borradores…"))
        self.ctx.run(work, on_done=done, changes=["outbox"])

    # --- SMTP ---------------------------------------------------------------------------------------
    def smtp_settings(self) -> tuple[SmtpSettings, str] | None:
        chosen = self.smtp_panel.settings()
        if chosen is None:
            self.ctx.user_error.emit(self.tr("Indique el servidor SMTP y la dirección del remitente."))
        return chosen

    def send(self) -> None:
        chosen = self.smtp_settings()
        planner = self._planner() if chosen is not None else None
        if chosen is None or planner is None:
            return
        settings, sender = chosen
        password = self.password_edit.text()
        self.password_edit.clear()  # never kept in the dialog longer than needed
        ws = self.ctx.ws

        def work() -> tuple[DeliveryPlan, list[Outcome]]:
            if password and settings.user:
                mail_service.store_smtp_password(settings.host, settings.user, password)
            plan = planner()
            return plan, mail_service.send_plan(ws, plan, settings, sender=sender, password=password or None)

        self.report.setPlainText(self.tr("Enviando…"))
        self.ctx.run(work, on_done=lambda result: self._finished(*result), changes=["outbox"])

    def _finished(self, plan: DeliveryPlan, outcomes: list[Outcome]) -> None:
        self.plan = plan
        self.outcomes = outcomes
        self.report.setPlainText(self.describe(plan, outcomes))
        self.delivered.emit(outcomes)


def _fold(text: str) -> str:
    """Accents and case do not matter when filtering names ("peru" finds "Perú")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()
