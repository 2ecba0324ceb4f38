"""«Enviar a los puntos focales» / "Send to focal points": documents, recipients, then drafts or SMTP.

The dialog gathers the choices and hands them to :mod:`crm_desktop.app.mail`, which decides who may
receive what (no closed-door document to an observer): "Comprobar" shows that plan — who receives
which documents, who is excluded and why — before anything is written or sent. The two ways out are
``.eml`` drafts in a folder (opened afterwards with the system's default handler) and SMTP. The
server settings are remembered in QSettings; the password only in the OS keyring, through the service.
"""

from __future__ import annotations

import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import mail as mail_service
from crm_desktop.app.mail import DeliveryPlan, Outcome, Recipient
from crm_desktop.mail.smtp import SECURITY, SmtpSettings
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.reports.delivery_text import DeliveryText

PERSON_ROLE = Qt.ItemDataRole.UserRole + 30
KIND_ROLE = Qt.ItemDataRole.UserRole + 31
# Remembered on this laptop; the password never is (it lives in the OS keyring).
HOST, PORT, SECURITY_KEY, USER, SENDER, DRAFTS = (
    "mail/smtp_host",
    "mail/smtp_port",
    "mail/smtp_security",
    "mail/smtp_user",
    "mail/sender",
    "mail/drafts_folder",
)


def smtp_settings_from_preferences() -> tuple[SmtpSettings | None, str]:
    """The remembered SMTP server and sender (None when no server was ever configured)."""
    store = QSettings()
    host = str(store.value(HOST, "") or "")
    sender = str(store.value(SENDER, "") or "")
    if not host:
        return None, sender
    port = int(str(store.value(PORT, 587) or 587))
    security = str(store.value(SECURITY_KEY, "starttls") or "starttls")
    user = str(store.value(USER, "") or "") or None
    return SmtpSettings(host, port, security, user), sender


def bundle_available() -> bool:
    """Whether the sync feature offers a bundle to attach (``app.sync.bundle_attachment``)."""
    try:
        from crm_desktop.app import sync
    except ImportError:
        return False
    return callable(getattr(sync, "bundle_attachment", None))


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
        store = QSettings()

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
        self.closed_door_check = QCheckBox()
        self.recipients_label = QLabel()
        self.filter_edit = QLineEdit()
        self.recipients_list = QListWidget()
        self.recipients_label.setBuddy(self.recipients_list)
        self.lang_label = QLabel()
        self.lang_combo = QComboBox()
        for code in ("", "es", "en"):
            self.lang_combo.addItem("", code)
        self.lang_label.setBuddy(self.lang_combo)
        self.bundle_check = QCheckBox()
        self.bundle_devices = QLineEdit()
        self.bundle_check.setVisible(bundle_available())
        self.bundle_devices.setVisible(bundle_available())
        self.bundle_devices.setEnabled(False)
        self.bundle_check.toggled.connect(self.bundle_devices.setEnabled)

        # the drafts way out
        self.drafts_box = QGroupBox()
        self.drafts_folder = QLineEdit(str(store.value(DRAFTS, "") or _default_drafts_folder()))
        self.browse_button = QPushButton()
        self.drafts_button = QPushButton()
        self.open_folder_button = QPushButton()
        self.open_folder_button.setEnabled(False)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_folder, 1)
        drafts_row.addWidget(self.browse_button)
        drafts_buttons = QHBoxLayout()
        drafts_buttons.addWidget(self.drafts_button)
        drafts_buttons.addWidget(self.open_folder_button)
        drafts_layout = QVBoxLayout(self.drafts_box)
        drafts_layout.addLayout(drafts_row)
        drafts_layout.addLayout(drafts_buttons)

        # the SMTP way out
        self.smtp_box = QGroupBox()
        self.host_edit = QLineEdit(str(store.value(HOST, "") or ""))
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(int(str(store.value(PORT, 587) or 587)))
        self.security_combo = QComboBox()
        for code in SECURITY:
            self.security_combo.addItem("", code)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(store.value(SECURITY_KEY, "starttls"))))
        self.user_edit = QLineEdit(str(store.value(USER, "") or ""))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.sender_edit = QLineEdit(str(store.value(SENDER, "") or ""))
        self.send_button = QPushButton()
        self.smtp_form = QFormLayout(self.smtp_box)
        self.smtp_labels = [QLabel() for _ in range(6)]
        for label, field in zip(
            self.smtp_labels,
            (self.host_edit, self.port_spin, self.security_combo, self.user_edit, self.password_edit, self.sender_edit),
            strict=True,
        ):
            label.setBuddy(field)
            self.smtp_form.addRow(label, field)
        self.smtp_form.addRow(self.send_button)

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
        right = QVBoxLayout()
        right.addWidget(self.drafts_box)
        right.addWidget(self.smtp_box)
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
        self.browse_button.clicked.connect(self._browse)
        self.drafts_button.clicked.connect(self.write_drafts)
        self.open_folder_button.clicked.connect(self.open_drafts_folder)
        self.send_button.clicked.connect(self.send)
        self.check_button.clicked.connect(self.check)
        self.close_button.clicked.connect(self.close)
        self.retranslate()
        self.resize(1000, 680)
        ws = ctx.ws
        ctx.read(lambda: mail_service.recipients(ws), self._recipients_loaded)

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
        self.bundle_check.setText(self.tr("Adjuntar un paquete de sincronización para los dispositivos:"))
        self.bundle_devices.setPlaceholderText(self.tr("Identificadores de dispositivo, separados por comas"))
        self.bundle_devices.setAccessibleName(self.tr("Dispositivos del paquete de sincronización"))
        self.drafts_box.setTitle(self.tr("Borradores .eml para un programa de correo"))
        self.drafts_folder.setAccessibleName(self.tr("Carpeta de los borradores"))
        self.browse_button.setText(self.tr("&Examinar…"))
        self.drafts_button.setText(self.tr("Escribir &borradores"))
        self.open_folder_button.setText(self.tr("&Abrir la carpeta"))
        self.smtp_box.setTitle(self.tr("Envío directo por SMTP"))
        texts = (
            self.tr("&Servidor:"),
            self.tr("&Puerto:"),
            self.tr("S&eguridad:"),
            self.tr("&Usuario:"),
            self.tr("&Contraseña:"),
            self.tr("&Remitente:"),
        )
        for label, text in zip(self.smtp_labels, texts, strict=True):
            label.setText(text)
            buddy = label.buddy()
            if buddy is not None:
                buddy.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.password_edit.setPlaceholderText(self.tr("Vacía: la guardada en el llavero del sistema"))
        security = {
            "starttls": self.tr("STARTTLS"),
            "tls": self.tr("TLS implícito"),
            "plain": self.tr("Sin cifrar (solo un relé local)"),
        }
        for i in range(self.security_combo.count()):
            self.security_combo.setItemText(i, security[self.security_combo.itemData(i)])
        self.send_button.setText(self.tr("E&nviar ahora"))
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
        en = self.ctx.lang == "en"
        for p in self.people:
            country = p.country_en if en else p.country_es
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
        devices = [d.strip() for d in self.bundle_devices.text().split(",") if d.strip()]
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
    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Carpeta de los borradores"), self.drafts_folder.text())
        if folder:
            self.drafts_folder.setText(folder)

    def write_drafts(self) -> None:
        planner = self._planner()
        folder_text = self.drafts_folder.text().strip()
        if planner is None:
            return
        if not folder_text:
            self.ctx.user_error.emit(self.tr("Elija la carpeta de los borradores."))
            return
        folder = Path(folder_text)
        QSettings().setValue(DRAFTS, str(folder))
        sender = self.sender_edit.text().strip() or None
        ws = self.ctx.ws

        def work() -> tuple[DeliveryPlan, list[Outcome]]:
            plan = planner()
            return plan, mail_service.write_drafts(ws, plan, folder, sender=sender)

        def done(result: tuple[DeliveryPlan, list[Outcome]]) -> None:
            self.drafts_written = folder
            self.open_folder_button.setEnabled(True)
            self._finished(*result)

        self.report.setPlainText(self.tr("Escribiendo los borradores…"))
        self.ctx.run(work, on_done=done, changes=["outbox"])

    def open_drafts_folder(self) -> None:
        """The system's default handler opens the folder (the user double-clicks a draft from there)."""
        if self.drafts_written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.drafts_written)))

    # --- SMTP ---------------------------------------------------------------------------------------
    def smtp_settings(self) -> tuple[SmtpSettings, str] | None:
        host = self.host_edit.text().strip()
        sender = self.sender_edit.text().strip()
        if not host or "@" not in sender:
            self.ctx.user_error.emit(self.tr("Indique el servidor SMTP y la dirección del remitente."))
            return None
        user = self.user_edit.text().strip() or None
        settings = SmtpSettings(host, self.port_spin.value(), str(self.security_combo.currentData()), user)
        store = QSettings()
        for key, value in (
            (HOST, host),
            (PORT, settings.port),
            (SECURITY_KEY, settings.security),
            (USER, user or ""),
            (SENDER, sender),
        ):
            store.setValue(key, value)
        return settings, sender

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


def _default_drafts_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "CRM")
