"""The "This device" tab: the identity and its fingerprint, or the first-run choice.

A laptop without a sync identity is asked what it is here to do, in the order people need it:
*join the CRM's workspace* (write a join request for the Technical Secretariat, then import the
invitation — the welcome bundle — it sends back), or *found a new workspace*, which only the
Technical Secretariat does, once: that path sits behind an explanation, a checkbox and a confirmation,
and the role is never preset.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import sync
from crm_desktop.ui.sync.base import SyncBase, with_file
from crm_desktop.ui.sync.models import (
    ROLES,
    role_name,
)


def _wrapped() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    return label


class DeviceTab(SyncBase):
    """This device's identity, or the choice between joining the CRM's workspace and founding one."""

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
        self.fingerprint_hint = _wrapped()
        form.addRow(self.fingerprint_hint)

        self.setup_box = QGroupBox()
        setup = QVBoxLayout(self.setup_box)
        self.setup_intro = _wrapped()
        setup.addWidget(self.setup_intro)
        self.join_choice = QRadioButton()
        self.join_choice_hint = _wrapped()
        self.found_choice = QRadioButton()
        self.found_choice_hint = _wrapped()
        self.choices = QButtonGroup(self)
        for radio, hint in ((self.join_choice, self.join_choice_hint), (self.found_choice, self.found_choice_hint)):
            self.choices.addButton(radio)
            hint.setContentsMargins(24, 0, 0, 6)
            setup.addWidget(radio)
            setup.addWidget(hint)
        self.join_page = self._build_join_page()
        self.found_page = self._build_found_page()
        setup.addWidget(self.join_page)
        setup.addWidget(self.found_page)
        self.join_page.setVisible(False)
        self.found_page.setVisible(False)
        self.join_choice.toggled.connect(self._choice_changed)
        self.found_choice.toggled.connect(self._choice_changed)

        self.waiting_label = _wrapped()
        # A request written, its answer not imported yet: the invitation is imported right here.
        self.invitation_button = QPushButton()
        self.invitation_button.clicked.connect(self.import_invitation)
        invitation_row = QHBoxLayout()
        invitation_row.addWidget(self.invitation_button)
        invitation_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.identity_box)
        layout.addWidget(self.waiting_label)
        layout.addLayout(invitation_row)
        layout.addWidget(self.setup_box)
        layout.addStretch(1)
        return page

    def _build_join_page(self) -> QWidget:
        page = QGroupBox()
        self.join_box = page
        form = QFormLayout(page)
        self.join_steps = _wrapped()
        form.addRow(self.join_steps)
        self.person_edit = QLineEdit()
        self.role_combo = QComboBox()
        self.role_combo.addItem("", None)  # no role until the person chooses one
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
            form.addRow(caption, widget)
        buttons = QHBoxLayout()
        self.join_button = QPushButton()
        self.join_invitation_button = QPushButton()
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.join_invitation_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.join_button.clicked.connect(self.create_join_request)
        self.join_invitation_button.clicked.connect(self.import_invitation)
        return page

    def _build_found_page(self) -> QWidget:
        page = QGroupBox()
        self.found_box = page
        form = QFormLayout(page)
        self.found_explanation = _wrapped()
        form.addRow(self.found_explanation)
        self.founder_edit = QLineEdit()
        self.founder_caption = QLabel()
        self.founder_caption.setBuddy(self.founder_edit)
        form.addRow(self.founder_caption, self.founder_edit)
        self.found_check = QCheckBox()
        form.addRow(self.found_check)
        self.found_button = QPushButton()
        self.found_button.setEnabled(False)
        self.found_check.toggled.connect(self.found_button.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.found_button)
        row.addStretch(1)
        form.addRow(row)
        self.found_button.clicked.connect(self.found_workspace)
        return page

    def _choice_changed(self) -> None:
        self.join_page.setVisible(self.join_choice.isChecked())
        self.found_page.setVisible(self.found_choice.isChecked())

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
        self.invitation_button.setText(self.tr("Importar la &invitación recibida…"))
        self.invitation_button.setAccessibleName(self.tr("Importar la invitación (paquete de bienvenida)"))
        self._retranslate_setup()

    def _retranslate_setup(self) -> None:
        self.setup_box.setTitle(self.tr("Empezar a sincronizar este equipo"))
        self.setup_intro.setText(
            self.tr(
                "Este equipo aún no tiene identidad de sincronización: no envía ni recibe cambios de nadie. "
                "¿Qué desea hacer?"
            )
        )
        self.join_choice.setText(self.tr("&Unirme al espacio de trabajo de la CRM"))
        self.join_choice_hint.setText(
            self.tr(
                "Recibí una invitación de la Secretaría Técnica, o le enviaré una solicitud de ingreso. Es lo "
                "que hacen las delegaciones, la Presidencia Pro-Témpore y los observadores."
            )
        )
        self.found_choice.setText(self.tr("&Fundar un espacio de trabajo nuevo (solo la Secretaría Técnica)"))
        self.found_choice_hint.setText(
            self.tr("La Secretaría Técnica lo hace una sola vez, en su propio equipo, antes que nadie.")
        )
        self.join_box.setTitle(self.tr("Unirse al espacio de trabajo de la CRM"))
        self.join_steps.setText(
            self.tr(
                "1. Escriba su nombre, su rol y su país u organización, y cree la solicitud de ingreso.\n"
                "2. Envíe el archivo a la Secretaría Técnica y léale por teléfono la huella que verá aquí.\n"
                "3. Cuando la apruebe, la Secretaría Técnica le enviará una invitación (un paquete de "
                "bienvenida .crmb): impórtela aquí y verá las reuniones de la CRM."
            )
        )
        self.person_caption.setText(self.tr("&Persona:"))
        self.role_caption.setText(self.tr("&Rol:"))
        self.where_caption.setText(self.tr("País u &organización:"))
        self.person_edit.setAccessibleName(self.tr("Persona que usa este equipo"))
        self.role_combo.setAccessibleName(self.tr("Rol"))
        self.where_edit.setAccessibleName(self.tr("País (dos letras) u organización"))
        self.where_edit.setPlaceholderText(self.tr("CR, MX… o el nombre de la organización"))
        self.role_combo.setItemText(0, self.tr("— Elija su rol —"))
        for i, code in enumerate(ROLES, start=1):
            self.role_combo.setItemText(i, role_name(code))
        self.join_button.setText(self.tr("Crear la &solicitud de ingreso…"))
        self.join_button.setAccessibleName(self.tr("Crear una solicitud de ingreso"))
        self.join_invitation_button.setText(self.tr("Ya tengo la &invitación…"))
        self.join_invitation_button.setAccessibleName(self.tr("Importar la invitación (paquete de bienvenida)"))
        self.found_box.setTitle(self.tr("Fundar un espacio de trabajo nuevo"))
        self.found_explanation.setText(
            self.tr(
                "Fundar crea un espacio de trabajo nuevo, con este equipo como persona administradora: aprobará "
                "el ingreso de cada delegación. Solo la Secretaría Técnica lo hace, una vez. Si la CRM ya tiene "
                "su espacio, no funde otro: sería un registro rival cuyos cambios nadie más recibiría. Elija "
                "«Unirme al espacio de trabajo de la CRM»."
            )
        )
        self.founder_caption.setText(self.tr("P&ersona:"))
        self.founder_edit.setAccessibleName(self.tr("Persona de la Secretaría Técnica que funda el espacio"))
        self.found_check.setText(self.tr("Soy la &Secretaría Técnica y la CRM todavía no tiene un espacio de trabajo"))
        self.found_button.setText(self.tr("F&undar el espacio…"))
        self.found_button.setAccessibleName(self.tr("Fundar el espacio como Secretaría Técnica"))

    def _setup_fields(self) -> tuple[str, str, str | None, str | None] | None:
        person = self.person_edit.text().strip()
        if not person:
            self.ctx.user_error.emit(self.tr("Escriba el nombre de la persona que usa este equipo."))
            self.person_edit.setFocus()
            return None
        role = self.role_combo.currentData()
        if not role:
            self.ctx.user_error.emit(self.tr("Elija su rol: país miembro, observador, Presidencia o Secretaría."))
            self.role_combo.setFocus()
            return None
        where = self.where_edit.text().strip()
        country = where.upper() if len(where) == 2 and where.isalpha() else None
        organisation = where if where and country is None else None
        return person, str(role), country, organisation

    def found_workspace(self) -> None:
        person = self.founder_edit.text().strip()
        if not person:
            self.ctx.user_error.emit(self.tr("Escriba el nombre de la persona que usa este equipo."))
            self.founder_edit.setFocus()
            return
        if not self.found_check.isChecked():
            return
        if not self.confirm(
            self.tr("Fundar un espacio de trabajo nuevo"),
            self.tr(
                "¿Fundar el espacio de trabajo «%1»?\n\nEste equipo será la persona administradora: aprobará el "
                "ingreso de todos los demás equipos. Hágalo solo si es la Secretaría Técnica y la CRM no tiene "
                "aún un espacio de trabajo; si ya lo tiene, únase a él."
            ).replace("%1", self.ctx.ws.name or self.ctx.workspace_name),
        ):
            return
        ws = self.ctx.ws
        self.ctx.run(
            lambda: sync.found(ws, person_name=person, role="st"),
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
                self.tr("Solicitud guardada en %1. Envíela a la Secretaría Técnica; huella: %2")
                .replace("%1", str(out))
                .replace("%2", r.fingerprint)
            ),
            on_error=self._refused,
            changes=["meta"],
        )

    def import_invitation(self) -> None:
        """Import the welcome bundle that answers this laptop's join request."""
        if not self.state.has_keys:
            # An invitation is sealed for the laptop that wrote the request: without one, it cannot be opened.
            self.ctx.user_error.emit(
                self.tr(
                    "Una invitación se abre solo en el equipo que escribió la solicitud de ingreso. Cree primero "
                    "la solicitud desde este equipo y envíela a la Secretaría Técnica: la invitación que le "
                    "devuelva se importa aquí."
                )
            )
            return
        path = self.ask_open_file(self.tr("Importar la invitación"), self._bundle_filter())
        if path is not None:
            self.import_bundle_file(path)

    def import_bundle_file(self, path: Path) -> None:
        """Import one bundle (the Exchange tab imports it)."""
