"""Sincronización / Sync: this device's identity, the roster, bundles in and out, and what waits.

Four tabs: *Este dispositivo* (identity and fingerprint, or founding / asking to join), *Dispositivos*
(the roster; administrators approve, revoke and appoint), *Intercambio* (export and import bundles,
a shared folder synchronised on demand or periodically) and *Pendientes y conflictos*. Every service
call runs off the UI thread through ``ctx.run``; a refused bundle shows its translated reason and
changes nothing. The section also keeps the status bar's "sync" slot and imports dropped ``.crmb`` files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import sync
from crm_desktop.app.errors import AppError, BadInput
from crm_desktop.app.sync_summary import FOLDER_KEY, INTERVAL_KEY
from crm_desktop.domain.messages import msg
from crm_desktop.store.schema import Base
from crm_desktop.ui import labels
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sidebar.sync import BUNDLE_SUFFIX
from crm_desktop.ui.sync.models import (
    ENTRY_ROLE,
    ROLES,
    RosterFilterProxy,
    RosterTableModel,
    SyncState,
    load_state,
    role_name,
)
from crm_desktop.ui.sync.status import SyncStatusWatcher, status_text

T = TypeVar("T")

# An imported bundle may touch any synced table: every view that watches one refreshes.
ALL_TABLES = frozenset(Base.metadata.tables)
CONFLICT_ROLE = 0x0100 + 40


def _with_file(path: Path, fn: Callable[[], T]) -> T:
    """Run a service call on a file the user chose; an unreadable or unwritable file is their input, not a bug."""
    try:
        return fn()
    except OSError as exc:
        raise BadInput(msg("sync.file_error", file=path.name, detail=exc.strerror or str(exc))) from None


def _table(accessible: str = "") -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.setAccessibleName(accessible)
    return view


class SyncView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = SyncState()
        self.loaded = False  # until the first read arrives the view says it is loading, not "no identity"
        self.last_message = ""  # the outcome of the last import/export/pass, also shown in the view
        self._loading = False
        self._reload_again = False
        self._syncing = False

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_device_tab(), "")
        self.tabs.addTab(self._build_roster_tab(), "")
        self.tabs.addTab(self._build_exchange_tab(), "")
        self.tabs.addTab(self._build_waiting_tab(), "")
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.outcome)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self.sync_now)

        # From now on this view keeps the status bar's sync slot (the start-up watcher kept it until now).
        for watcher in ctx.findChildren(SyncStatusWatcher):
            watcher.stop()
        ctx.data_changed.connect(self._data_changed)
        self.retranslate()
        self.reload()

    # --- building ----------------------------------------------------------------------------------
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

    def _build_roster_tab(self) -> QWidget:
        page = QWidget()
        self.roster_model = RosterTableModel(self)
        self.roster_proxy = RosterFilterProxy(self)
        self.roster_proxy.setSourceModel(self.roster_model)
        self.roster_view = _table()
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
        layout = QVBoxLayout(page)
        layout.addWidget(self.roster_filter)
        layout.addWidget(self.roster_view, 1)
        layout.addLayout(actions)
        layout.addWidget(self.admin_hint)
        return page

    def _build_exchange_tab(self) -> QWidget:
        page = QWidget()
        self.bundle_box = QGroupBox()
        form = QFormLayout(self.bundle_box)
        self.target_combo = QComboBox()
        self.target_caption = QLabel()
        self.target_caption.setBuddy(self.target_combo)
        form.addRow(self.target_caption, self.target_combo)
        self.full_check = QCheckBox()
        form.addRow(self.full_check)
        row = QHBoxLayout()
        self.export_button = QPushButton()
        self.import_button = QPushButton()
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        form.addRow(row)
        self.drop_hint = QLabel()
        self.drop_hint.setWordWrap(True)
        form.addRow(self.drop_hint)
        self.export_button.clicked.connect(self.export_bundle)
        self.import_button.clicked.connect(self.import_bundle)

        self.folder_box = QGroupBox()
        folder_form = QFormLayout(self.folder_box)
        self.folder_edit = QLineEdit()
        self.folder_button = QPushButton()
        self.folder_caption = QLabel()
        self.folder_caption.setBuddy(self.folder_edit)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        folder_form.addRow(self.folder_caption, folder_row)
        self.watch_check = QCheckBox()
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 240)
        self.interval_spin.setValue(10)
        watch_row = QHBoxLayout()
        watch_row.addWidget(self.watch_check)
        watch_row.addWidget(self.interval_spin)
        watch_row.addStretch(1)
        folder_form.addRow(watch_row)
        self.sync_button = QPushButton()
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addStretch(1)
        folder_form.addRow(sync_row)
        self.folder_button.clicked.connect(self.choose_folder)
        self.folder_edit.editingFinished.connect(self._save_folder_settings)
        self.watch_check.toggled.connect(self._watch_toggled)
        self.interval_spin.valueChanged.connect(self._watch_toggled)
        self.sync_button.clicked.connect(self.sync_now)

        layout = QVBoxLayout(page)
        layout.addWidget(self.bundle_box)
        layout.addWidget(self.folder_box)
        layout.addStretch(1)
        return page

    def _build_waiting_tab(self) -> QWidget:
        page = QWidget()
        self.pending_box = QGroupBox()
        self.pending_model = QStandardItemModel(self)
        self.pending_view = _table()
        self.pending_view.setModel(self.pending_model)
        QVBoxLayout(self.pending_box).addWidget(self.pending_view)

        self.conflicts_box = QGroupBox()
        self.conflicts_model = QStandardItemModel(self)
        self.conflicts_view = _table()
        self.conflicts_view.setModel(self.conflicts_model)
        self.conflicts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.keep_button = QPushButton()
        self.restore_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.resolve_selected(restore_lost=False))
        self.restore_button.clicked.connect(lambda: self.resolve_selected(restore_lost=True))
        self.conflicts_view.selectionModel().selectionChanged.connect(self._update_buttons)
        inner = QVBoxLayout(self.conflicts_box)
        inner.addWidget(self.conflicts_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.keep_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        inner.addLayout(row)

        layout = QVBoxLayout(page)
        layout.addWidget(self.pending_box, 1)
        layout.addWidget(self.conflicts_box, 2)
        return page

    # --- dialogs (tests replace these on the instance) -----------------------------------------------
    def ask_open_file(self, title: str, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), name_filter)
        return Path(path) if path else None

    def ask_save_file(self, title: str, suggested: Path, name_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(suggested), name_filter)
        return Path(path) if path else None

    def ask_folder(self, title: str, start: str) -> Path | None:
        path = QFileDialog.getExistingDirectory(self, title, start or str(Path.home()))
        return Path(path) if path else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, defaultButton=QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _bundle_filter(self) -> str:
        return self.tr("Paquetes de CRM Desktop (*.crmb);;Todos los archivos (*)")

    def _request_filter(self) -> str:
        return self.tr("Solicitudes de ingreso (*.json);;Todos los archivos (*)")

    # --- state -------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the state again off the UI thread (coalesced: one read at a time, one more if asked meanwhile)."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        ws = self.ctx.ws

        def done(state: SyncState) -> None:
            self._loading = False
            self.show_state(state)
            if self._reload_again:
                self._reload_again = False
                self.reload()

        self.ctx.run(lambda: load_state(ws), on_done=done, on_error=lambda _e: self._load_failed())

    def _load_failed(self) -> None:
        self._loading = False

    def _data_changed(self, changed: object) -> None:
        # Any write may move the sync state (a new own changeset is owed to peers; an import brings
        # conflicts or pending bundles), so every change re-reads it; reads are coalesced.
        if changed:
            self.reload()

    def show_state(self, state: SyncState) -> None:
        first = not self.state.folder and not self.folder_edit.text()
        self.state = state
        self.loaded = True
        if first and state.folder:
            self.folder_edit.setText(state.folder)
            if state.interval > 0:
                self.interval_spin.blockSignals(True)
                self.interval_spin.setValue(state.interval)
                self.interval_spin.blockSignals(False)
                self.watch_check.setChecked(True)
        self.roster_model.set_entries(state.roster)
        self._fill_targets()
        self._fill_pending()
        self._fill_conflicts()
        self._render()

    def _render(self) -> None:
        s = self.state
        me = s.identity
        lang = self.ctx.lang
        self.tabs.setEnabled(self.loaded)
        if not self.loaded:  # the first read runs off the UI thread: say so instead of showing "no identity"
            self.identity_box.setVisible(False)
            self.setup_box.setVisible(False)
            self.waiting_label.setVisible(True)
            self.waiting_label.setText(self.tr("Leyendo el estado de la sincronización…"))
            self.outcome.setVisible(bool(self.last_message))
            return
        self.identity_box.setVisible(me is not None or s.problem is not None)
        self.setup_box.setVisible(me is None and s.problem is None and not s.has_keys)
        joined = me is not None and me.joined
        self.waiting_label.setVisible((me is not None and not me.joined) or s.problem is not None)
        if s.problem is not None:
            self.waiting_label.setText("⚠ " + s.problem.render(lang))
        elif me is not None and not me.joined:
            self.waiting_label.setText(
                self.tr(
                    "La solicitud de ingreso está escrita. Cuando una persona administradora la apruebe, "
                    "importe aquí el paquete de bienvenida que le envíe («Importar paquete…» o arrastrándolo "
                    "a la ventana)."
                )
            )
        values = {
            "device": me.device_id if me else self.ctx.ws.device_id,
            "person": me.person_name if me and me.person_name else "—",
            "role": (role_name(me.role) if me and me.role else "—")
            + (" · " + self.tr("administrador") if me and me.admin else ""),
            "workspace": (self.ctx.ws.name or "—") if joined else self.tr("sin unirse todavía"),
        }
        for key, (_name, value) in self._facts.items():
            value.setText(values[key])
        self.fingerprint_label.setText(me.fingerprint if me else "—")
        self.fingerprint_label.setAccessibleName(
            self.tr("Huella de este dispositivo: %1").replace("%1", me.fingerprint if me else "—")
        )
        self.outcome.setText(self.last_message)
        self.outcome.setVisible(bool(self.last_message))
        self._update_buttons()
        self._update_status()

    def _update_buttons(self) -> None:
        me = self.state.identity
        joined = me is not None and me.joined
        admin = bool(me and me.admin and joined)
        entry = self.selected_device()
        other = entry is not None and not entry.me and entry.status != "revoked"
        self.approve_button.setEnabled(admin)
        self.revoke_button.setEnabled(admin and other)
        self.appoint_button.setEnabled(
            admin and other and entry is not None and not entry.admin and entry.role in ("st", "ppt")
        )
        self.admin_hint.setVisible(joined and not admin)
        for w in (self.export_button, self.sync_button, self.target_combo, self.full_check):
            w.setEnabled(joined)
        self.import_button.setEnabled(me is not None)
        has_conflict = self.selected_conflict() is not None
        self.keep_button.setEnabled(has_conflict)
        self.restore_button.setEnabled(has_conflict)

    def _update_status(self) -> None:
        s = self.state
        joined = s.identity is not None and s.identity.joined
        self.ctx.set_status(
            "sync",
            status_text(joined=joined, last_sync=s.last_sync, pending=len(s.pending), conflicts=len(s.conflicts)),
        )

    def _fill_targets(self) -> None:
        current = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("Todos los demás dispositivos"), ("all", ""))
        for code in ROLES:
            self.target_combo.addItem(self.tr("Rol: %1").replace("%1", role_name(code)), ("role", code))
        for e in self.state.roster:
            if not e.me and e.status != "revoked":
                self.target_combo.addItem(f"{e.person_name} — {e.device_id}", ("device", e.device_id))
        index = self.target_combo.findData(current) if current is not None else 0
        self.target_combo.setCurrentIndex(max(index, 0))
        self.target_combo.blockSignals(False)

    def _fill_pending(self) -> None:
        m = self.pending_model
        m.clear()
        m.setHorizontalHeaderLabels([self.tr("Remitente"), self.tr("Número"), self.tr("Estado"), self.tr("Espera")])
        for p in self.state.pending:
            waiting = ", ".join(f"{d} ≥ {n}" for d, n in sorted(p.waiting_for.items())) or "—"
            status = self.tr("Rechazado: %1").replace("%1", p.reason) if p.reason else self.tr("Esperando")
            m.appendRow(
                [QStandardItem(p.device_id), QStandardItem(str(p.seq)), QStandardItem(status), QStandardItem(waiting)]
            )

    def _fill_conflicts(self) -> None:
        m = self.conflicts_model
        m.clear()
        m.setHorizontalHeaderLabels(
            [self.tr("Tabla"), self.tr("Registro"), self.tr("Campo"), self.tr("Valor actual"), self.tr("Valor perdido")]
        )
        for c in self.state.conflicts:
            first = QStandardItem(labels.entity(c.entity))
            first.setData(c.id, CONFLICT_ROLE)
            m.appendRow(
                [
                    first,
                    QStandardItem(c.row_id),
                    QStandardItem(c.field),
                    QStandardItem(_shown(c.kept_value)),
                    QStandardItem(_shown(c.lost_value)),
                ]
            )

    def selected_device(self) -> sync.RosterEntry | None:
        rows = self.roster_view.selectionModel().selectedRows()
        if not rows:
            return None
        entry = rows[0].data(ENTRY_ROLE)
        return entry if isinstance(entry, sync.RosterEntry) else None

    def selected_conflict(self) -> int | None:
        rows = self.conflicts_view.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.conflicts_model.index(rows[0].row(), 0).data(CONFLICT_ROLE)
        return int(value) if value is not None else None

    def _say(self, text: str) -> None:
        self.last_message = text
        self.outcome.setText(text)
        self.outcome.setVisible(bool(text))
        if text:
            self.ctx.notice.emit(text)

    def _refused(self, exc: AppError) -> None:
        self.last_message = "⚠ " + exc.render(self.ctx.lang)
        self.outcome.setText(self.last_message)
        self.outcome.setVisible(True)

    # --- identity ------------------------------------------------------------------------------------
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
            lambda: _with_file(
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

    # --- roster actions --------------------------------------------------------------------------------
    def approve_request(self) -> None:
        path = self.ask_open_file(self.tr("Abrir una solicitud de ingreso"), self._request_filter())
        if path is None:
            return
        self.ctx.run(
            lambda: _with_file(path, lambda: sync.read_join_request(path)),
            on_done=lambda r: self._confirm_approval(path, r),
        )

    def _confirm_approval(self, path: Path, req: sync.JoinRequest) -> None:
        where = req.country or req.organisation or "—"
        text = (
            self.tr(
                "¿Aprobar el ingreso de este equipo?\n\nPersona: %1\nDispositivo: %2\nRol: %3\nPaís u organización: %4"
                "\n\nHuella:\n%5\n\nCompruebe la huella por teléfono con la persona antes de aprobar."
            )
            .replace("%1", req.person_name)
            .replace("%2", req.device_id)
            .replace("%3", role_name(str(req.role)))
            .replace("%4", where)
            .replace("%5", req.fingerprint)
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
            lambda: _with_file(out, lambda: sync.approve(ws, path, welcome_out=out)),
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

    # --- bundles -------------------------------------------------------------------------------------
    def export_bundle(self) -> None:
        kind, value = self.target_combo.currentData() or ("all", "")
        full = self.full_check.isChecked()
        out = self.ask_save_file(
            self.tr("Guardar el paquete"),
            Path.home() / f"{self.ctx.ws.device_id}-{value or kind}{BUNDLE_SUFFIX}",
            self._bundle_filter(),
        )
        if out is None:
            return
        ws = self.ctx.ws

        def work() -> sync.ExportResult:
            to = sync.recipients_for(
                ws, to=[value] if kind == "device" else None, role=value if kind == "role" else None
            )
            return _with_file(out, lambda: sync.export(ws, out, to=to, full=full))

        self.ctx.run(
            work,
            on_done=lambda r: self._say(
                self.tr("Paquete guardado en %1: %2 cambio(s) para %3 dispositivo(s).")
                .replace("%1", str(out))
                .replace("%2", str(r.changesets))
                .replace("%3", str(len(r.recipients)))
            ),
            on_error=self._refused,
            changes=["sync_peers", "changesets"],
        )

    def import_bundle(self) -> None:
        path = self.ask_open_file(self.tr("Importar un paquete"), self._bundle_filter())
        if path is not None:
            self.import_bundle_file(path)

    def import_bundle_file(self, path: Path) -> None:
        """Import one bundle (from the dialog or dropped on the window); a refusal changes nothing."""
        ws = self.ctx.ws
        self.ctx.run(
            lambda: _with_file(path, lambda: sync.import_file(ws, path)),
            on_done=lambda r: self._imported(path, r),
            on_error=self._refused,
            changes=ALL_TABLES,
        )

    def drop_files(self, paths: list[Path]) -> None:
        """Files dropped on the main window: import each bundle in turn."""
        for p in paths:
            if p.suffix.lower() == BUNDLE_SUFFIX:
                self.import_bundle_file(p)

    def _imported(self, path: Path, r: sync.ImportResult) -> None:
        if r.replay:
            self._say(self.tr("%1 ya se había importado; nada cambió.").replace("%1", path.name))
            return
        text = (
            self.tr("%1 importado (de %2, huella %3): %4 cambio(s) aplicados, %5 en espera.")
            .replace("%1", path.name)
            .replace("%2", r.sender)
            .replace("%3", r.sender_fingerprint)
            .replace("%4", str(r.applied))
            .replace("%5", str(r.pending))
        )
        if r.welcome:
            text += " " + self.tr("Este equipo ya forma parte del espacio «%1».").replace("%1", r.workspace_name)
        self._say(text)

    # --- shared folder ---------------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = self.ask_folder(self.tr("Carpeta compartida"), self.folder_edit.text())
        if folder is not None:
            self.folder_edit.setText(str(folder))
            self._save_folder_settings()

    def _save_folder_settings(self) -> None:
        ws = self.ctx.ws
        folder = self.folder_edit.text().strip()
        interval = str(self.interval_spin.value() if self.watch_check.isChecked() else 0)
        if (folder, interval) == (self.state.folder, str(self.state.interval)):
            return
        self.state.folder, self.state.interval = folder, int(interval)

        def save() -> None:
            ws.set_meta(FOLDER_KEY, folder)
            ws.set_meta(INTERVAL_KEY, interval)

        self.ctx.run(save)

    def _watch_toggled(self, *_args: object) -> None:
        if self.watch_check.isChecked():
            self.timer.start(self.interval_spin.value() * 60_000)
        else:
            self.timer.stop()
        self.interval_spin.setEnabled(self.watch_check.isChecked())
        self._save_folder_settings()

    def sync_now(self) -> None:
        """One pass over the shared folder, off the UI thread; a pass already running is not doubled."""
        folder = self.folder_edit.text().strip()
        me = self.state.identity
        if self._syncing or me is None or not me.joined:
            return
        if not folder:
            if self.sender() is not self.timer:
                self.ctx.user_error.emit(self.tr("Elija primero la carpeta compartida."))
            return
        self._syncing = True
        self.sync_button.setEnabled(False)
        ws, directory = self.ctx.ws, Path(folder)

        def finished() -> None:
            self._syncing = False
            self.sync_button.setEnabled(True)

        def done(report: sync.FolderReport) -> None:
            finished()
            text = self.tr("Carpeta sincronizada: %1 importado(s), %2 exportado(s).").replace(
                "%1", str(len(report.imported))
            )
            text = text.replace("%2", str(len(report.exported)))
            for name, reason in report.refused:
                text += "\n⚠ " + self.tr("%1 rechazado: %2").replace("%1", name).replace(
                    "%2", reason.render(self.ctx.lang)
                )
            self._say(text)

        def failed(exc: AppError) -> None:
            finished()
            self._refused(exc)

        self.ctx.run(
            lambda: _with_file(directory, lambda: sync.sync_folder(ws, directory)),
            on_done=done,
            on_error=failed,
            changes=ALL_TABLES,
        )

    # --- conflicts -------------------------------------------------------------------------------------
    def resolve_selected(self, *, restore_lost: bool) -> None:
        conflict = self.selected_conflict()
        if conflict is None:
            return
        ws = self.ctx.ws
        self.ctx.run(
            lambda: sync.resolve_conflict(ws, conflict, restore_lost=restore_lost),
            on_done=lambda _r: self._say(
                self.tr("Valor perdido restaurado.") if restore_lost else self.tr("Se mantiene el valor actual.")
            ),
            on_error=self._refused,
            changes=ALL_TABLES if restore_lost else {"conflicts"},
        )

    # --- language ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for i, title in enumerate(
            (
                self.tr("Este dispositivo"),
                self.tr("Dispositivos"),
                self.tr("Intercambio"),
                self.tr("Pendientes y conflictos"),
            )
        ):
            self.tabs.setTabText(i, title)
        self.tabs.setAccessibleName(self.tr("Sincronización"))
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

        self.bundle_box.setTitle(self.tr("Paquetes"))
        self.target_caption.setText(self.tr("&Destino:"))
        self.target_combo.setAccessibleName(self.tr("Destino del paquete"))
        self.full_check.setText(self.tr("Paquete &completo (todo lo que puede recibir, no solo lo nuevo)"))
        self.export_button.setText(self.tr("&Exportar paquete…"))
        self.export_button.setAccessibleName(self.tr("Exportar un paquete"))
        self.import_button.setText(self.tr("&Importar paquete…"))
        self.import_button.setAccessibleName(self.tr("Importar un paquete"))
        self.drop_hint.setText(self.tr("También puede arrastrar un archivo .crmb a la ventana para importarlo."))
        self.folder_box.setTitle(self.tr("Carpeta compartida"))
        self.folder_caption.setText(self.tr("Ca&rpeta:"))
        self.folder_edit.setAccessibleName(self.tr("Carpeta compartida"))
        self.folder_button.setText(self.tr("Elegir…"))
        self.folder_button.setAccessibleName(self.tr("Elegir la carpeta compartida"))
        self.watch_check.setText(self.tr("Sincronizar &automáticamente cada"))
        self.interval_spin.setSuffix(self.tr(" min"))
        self.interval_spin.setAccessibleName(self.tr("Minutos entre sincronizaciones"))
        self.sync_button.setText(self.tr("&Sincronizar ahora"))
        self.sync_button.setAccessibleName(self.tr("Sincronizar ahora con la carpeta compartida"))

        self.pending_box.setTitle(self.tr("Paquetes en espera de otros anteriores"))
        self.pending_view.setAccessibleName(self.tr("Paquetes en espera"))
        self.conflicts_box.setTitle(self.tr("Conflictos: valores que perdieron ante un cambio simultáneo"))
        self.conflicts_view.setAccessibleName(self.tr("Conflictos"))
        self.keep_button.setText(self.tr("&Mantener el valor actual"))
        self.keep_button.setAccessibleName(self.tr("Mantener el valor actual"))
        self.restore_button.setText(self.tr("&Restaurar el valor perdido"))
        self.restore_button.setAccessibleName(self.tr("Restaurar el valor perdido"))
        self.interval_spin.setEnabled(self.watch_check.isChecked())
        self.roster_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(RosterTableModel.COLUMNS) - 1)
        self._fill_targets()
        self._fill_pending()
        self._fill_conflicts()
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _shown(value: object) -> str:
    return "—" if value is None or value == "" else str(value)
