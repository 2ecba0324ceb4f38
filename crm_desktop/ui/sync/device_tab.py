"""The "This device" tab: the identity and its fingerprint, or founding a workspace / asking to join."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import sync
from crm_desktop.ui.sync.base import SyncBase, with_file
from crm_desktop.ui.sync.models import (
    ROLES,
    role_name,
)


class DeviceTab(SyncBase):
    """This device's identity, or the forms to found a workspace or ask to join one."""

    def _build_device_tab(self) -> QWidget:
        page = QWidget()
        self.identity_box = QGroupBox()
        form = QFormLayout(self.identity_box)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(QFont().pointSizeF(), 9.0) * 2.2)
        font.setBold(True)
        self.fingerprint_label.setFont(font)
        self.fingerprint_caption = QLabel()
        self._facts: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("device", "person", "role", "workspace"):
            name, value = QLabel(), QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._facts[key] = (name, value)
            form.addRow(name, value)
        form.addRow(self.fingerprint_caption, self.fingerprint_label)
        self.fingerprint_hint = QLabel()
        self.fingerprint_hint.setWordWrap(True)
        form.addRow(self.fingerprint_hint)

        self.setup_box = QGroupBox()
        setup = QFormLayout(self.setup_box)
        self.setup_intro = QLabel()
        self.setup_intro.setWordWrap(True)
        setup.addRow(self.setup_intro)
        self.person_edit = QLineEdit()
        self.role_combo = QComboBox()
        for code in ROLES:
            self.role_combo.addItem("", code)
        self.where_edit = QLineEdit()
        self.person_caption, self.role_caption, self.where_caption = QLabel(), QLabel(), QLabel()
        for caption, widget in (
            (self.person_caption, self.person_edit),
            (self.role_caption, self.role_combo),
            (self.where_caption, self.where_edit),
        ):
            caption.setBuddy(widget)
            setup.addRow(caption, widget)
        buttons = QHBoxLayout()
        self.found_button = QPushButton()
        self.join_button = QPushButton()
        buttons.addWidget(self.found_button)
        buttons.addWidget(self.join_button)
        buttons.addStretch(1)
        setup.addRow(buttons)
        self.found_button.clicked.connect(self.found_workspace)
        self.join_button.clicked.connect(self.create_join_request)

        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.identity_box)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.setup_box)
        layout.addStretch(1)
        return page

    def retranslate(self) -> None:
        super().retranslate()
        self.identity_box.setTitle(self.tr("Este dispositivo"))
        names = {
            "device": self.tr("Dispositivo:"),
            "person": self.tr("Persona:"),
            "role": self.tr("Rol:"),
            "workspace": self.tr("Espacio:"),
        }
        for key, (name, value) in self._facts.items():
            name.setText(names[key])
            value.setAccessibleName(names[key].rstrip(":"))
        self.fingerprint_caption.setText(self.tr("Huella:"))
        self.fingerprint_hint.setText(
            self.tr("Léala en voz alta por teléfono: la otra persona debe ver exactamente la misma huella.")
        )
        self.setup_box.setTitle(self.tr("Unir este equipo a un espacio de trabajo"))
        self.setup_intro.setText(
            self.tr(
                "Este equipo aún no tiene identidad. Si es el primero del espacio, fúndelo (será la persona "
                "administradora). Si no, cree una solicitud de ingreso y envíela a quien administra."
            )
        )
        self.person_caption.setText(self.tr("&Persona:"))
        self.role_caption.setText(self.tr("&Rol:"))
        self.where_caption.setText(self.tr("País u &organización:"))
        self.person_edit.setAccessibleName(self.tr("Persona que usa este equipo"))
        self.role_combo.setAccessibleName(self.tr("Rol"))
        self.where_edit.setAccessibleName(self.tr("País (dos letras) u organización"))
        self.where_edit.setPlaceholderText(self.tr("CR, MX… o el nombre de la organización"))
        for i, code in enumerate(ROLES):
            self.role_combo.setItemText(i, role_name(code))
        self.found_button.setText(self.tr("&Fundar este espacio"))
        self.found_button.setAccessibleName(self.tr("Fundar este espacio como administrador"))
        self.join_button.setText(self.tr("Crear una &solicitud de ingreso…"))
        self.join_button.setAccessibleName(self.tr("Crear una solicitud de ingreso"))

    def _setup_fields(self) -> tuple[str, str, str | None, str | None] | None:
        person = self.person_edit.text().strip()
        if not person:
            self.ctx.user_error.emit(self.tr("Escriba el nombre de la persona que usa este equipo."))
            self.person_edit.setFocus()
            return None
        role = str(self.role_combo.currentData())
        where = self.where_edit.text().strip()
        country = where.upper() if len(where) == 2 and where.isalpha() else None
        organisation = where if where and country is None else None
        return person, role, country, organisation

    def found_workspace(self) -> None:
        fields = self._setup_fields()
        if fields is None:
            return
        person, role, country, organisation = fields
        if not self.confirm(
            self.tr("Fundar este espacio"),
            self.tr(
                "Este equipo será la persona administradora del espacio «%1»: aprobará el ingreso de los demás "
                "equipos. ¿Continuar?"
            ).replace("%1", self.ctx.ws.name),
        ):
            return
        ws = self.ctx.ws
        self.ctx.run(
            lambda: sync.found(ws, person_name=person, role=role, country=country, organisation=organisation),
            on_done=lambda i: self._say(self.tr("Espacio fundado. Huella: %1").replace("%1", i.fingerprint)),
            on_error=self._refused,
            changes=["sync_devices", "meta"],
        )

    def create_join_request(self) -> None:
        fields = self._setup_fields()
        if fields is None:
            return
        person, role, country, organisation = fields
        if country is None and organisation is None:
            self.ctx.user_error.emit(self.tr("Indique el país (código de dos letras, p. ej. CR) o la organización."))
            self.where_edit.setFocus()
            return
        out = self.ask_save_file(
            self.tr("Guardar la solicitud de ingreso"),
            Path.home() / f"{self.ctx.ws.device_id}-solicitud.json",
            self._request_filter(),
        )
        if out is None:
            return
        ws = self.ctx.ws
        self.ctx.run(
            lambda: with_file(
                out,
                lambda: sync.write_join_request(
                    ws, out, person_name=person, role=role, country=country, organisation=organisation
                ),
            ),
            on_done=lambda r: self._say(
                self.tr("Solicitud guardada en %1. Envíela a una persona administradora; huella: %2")
                .replace("%1", str(out))
                .replace("%2", r.fingerprint)
            ),
            on_error=self._refused,
            changes=["meta"],
        )
