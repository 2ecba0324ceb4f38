"""The "Devices" tab: the roster; administrators approve join requests, revoke devices, appoint administrators."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import sync
from crm_desktop.domain.messages import Message
from crm_desktop.ui.sidebar.sync import BUNDLE_SUFFIX
from crm_desktop.ui.sync.base import table, with_file
from crm_desktop.ui.sync.device_tab import DeviceTab
from crm_desktop.ui.sync.hints import TabHint
from crm_desktop.ui.sync.models import (
    ENTRY_ROLE,
    RosterFilterProxy,
    RosterTableModel,
    role_name,
)


class RosterTab(DeviceTab):
    """The roster of devices and what an administrator does with it."""

    def _build_roster_tab(self) -> QWidget:
        page = QWidget()
        self.roster_model = RosterTableModel(self)
        self.roster_proxy = RosterFilterProxy(self)
        self.roster_proxy.setSourceModel(self.roster_model)
        self.roster_view = table()
        self.roster_view.setModel(self.roster_proxy)
        self.roster_view.setSortingEnabled(True)
        self.roster_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.roster_filter = QLineEdit()
        self.roster_filter.setClearButtonEnabled(True)
        self.roster_filter.textChanged.connect(self.roster_proxy.setFilterFixedString)
        self.approve_button = QPushButton()
        self.revoke_button = QPushButton()
        self.appoint_button = QPushButton()
        self.admin_hint = QLabel()
        self.admin_hint.setWordWrap(True)
        self.approve_button.clicked.connect(self.approve_request)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.appoint_button.clicked.connect(self.appoint_selected)
        self.roster_view.selectionModel().selectionChanged.connect(self._update_buttons)
        actions = QHBoxLayout()
        for b in (self.approve_button, self.revoke_button, self.appoint_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.roster_hint = TabHint(self.go_to_device_tab, page)
        layout = QVBoxLayout(page)
        layout.addWidget(self.roster_hint)
        layout.addWidget(self.roster_filter)
        layout.addWidget(self.roster_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.admin_hint)
        return page

    def retranslate(self) -> None:
        super().retranslate()
        self.roster_hint.retranslate()
        self.roster_filter.setPlaceholderText(self.tr("Filtrar dispositivos…"))
        self.roster_filter.setAccessibleName(self.tr("Filtrar dispositivos"))
        self.roster_view.setAccessibleName(self.tr("Dispositivos del espacio"))
        self.approve_button.setText(self.tr("&Aprobar una solicitud…"))
        self.approve_button.setAccessibleName(self.tr("Aprobar una solicitud de ingreso"))
        self.revoke_button.setText(self.tr("Re&vocar…"))
        self.revoke_button.setAccessibleName(self.tr("Revocar el dispositivo seleccionado"))
        self.appoint_button.setText(self.tr("&Nombrar administrador…"))
        self.appoint_button.setAccessibleName(self.tr("Nombrar administrador al dispositivo seleccionado"))
        self.admin_hint.setText(self.tr("Solo una persona administradora aprueba, revoca o nombra administradores."))

    def selected_device(self) -> sync.RosterEntry | None:
        rows = self.roster_view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(ENTRY_ROLE)
        return entry if isinstance(entry, sync.RosterEntry) else None

    def approve_request(self) -> None:
        path = self.ask_open_file(self.tr("Abrir una solicitud de ingreso"), self._request_filter())
        if path is None:
            return
        ws = self.ctx.ws

        def read_and_preview() -> tuple[sync.JoinRequest, Message]:
            # The role is checked against the delegation before anything is asked (refused: the reason).
            req = with_file(path, lambda: sync.read_join_request(path))
            return req, sync.approval_preview(ws, req)

        self.ctx.run(
            read_and_preview,
            on_done=lambda r: self._confirm_approval(path, r[0], r[1]),
            on_error=self._refused,
        )

    def _confirm_approval(self, path: Path, req: sync.JoinRequest, sees: Message) -> None:
        where = req.country or req.organisation or "—"
        text = (
            self.tr(
                "¿Aprobar el ingreso de este equipo?\n\nPersona: %1\nDispositivo: %2\nRol: %3\nPaís u organización: %4"
                "\n\n%6\n\nHuella:\n%5\n\nCompruebe la huella por teléfono con la persona antes de aprobar."
            )
            .replace("%1", req.person_name)
            .replace("%2", req.device_id)
            .replace("%3", role_name(str(req.role)))
            .replace("%4", where)
            .replace("%5", req.fingerprint)
            .replace("%6", sees.render(self.ctx.lang))
        )
        if not self.confirm(self.tr("Aprobar una solicitud de ingreso"), text):
            return
        out = self.ask_save_file(
            self.tr("Guardar el paquete de bienvenida"),
            path.with_name(f"{path.stem}-welcome{BUNDLE_SUFFIX}"),
            self._bundle_filter(),
        )
        if out is None:
            return
        ws = self.ctx.ws
        self.ctx.run(
            lambda: with_file(out, lambda: sync.approve(ws, path, welcome_out=out)),
            on_done=lambda a: self._say(
                self.tr("%1 aprobado. Envíele el paquete de bienvenida: %2")
                .replace("%1", a.request.person_name)
                .replace("%2", str(a.welcome))
            ),
            on_error=self._refused,
            changes=["sync_devices", "sync_keys", "sync_peers", "sync_bundles"],
        )

    def revoke_selected(self) -> None:
        entry = self.selected_device()
        if entry is None:
            return
        text = self.tr(
            "¿Revocar el dispositivo %1 (%2)? No recibirá nada más y sus paquetes posteriores se rechazarán. "
            "No se puede deshacer."
        )
        if not self.confirm(
            self.tr("Revocar un dispositivo"), text.replace("%1", entry.device_id).replace("%2", entry.person_name)
        ):
            return
        ws, device = self.ctx.ws, entry.device_id
        self.ctx.run(
            lambda: sync.revoke(ws, device),
            on_done=lambda _r: self._say(self.tr("Dispositivo %1 revocado.").replace("%1", device)),
            on_error=self._refused,
            changes=["sync_devices", "sync_keys"],
        )

    def appoint_selected(self) -> None:
        entry = self.selected_device()
        if entry is None:
            return
        text = self.tr("¿Nombrar administrador al dispositivo %1 (%2)? Podrá aprobar y revocar equipos.")
        if not self.confirm(
            self.tr("Nombrar otra persona administradora"),
            text.replace("%1", entry.device_id).replace("%2", entry.person_name),
        ):
            return
        ws, device = self.ctx.ws, entry.device_id
        self.ctx.run(
            lambda: sync.appoint_admin(ws, device),
            on_done=lambda _r: self._say(self.tr("%1 es ahora administrador.").replace("%1", device)),
            on_error=self._refused,
            changes=["sync_devices"],
        )
