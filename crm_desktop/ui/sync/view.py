"""Sincronización / Sync: this device's identity, the roster, bundles in and out, and what waits.

Four tabs: *Este dispositivo* (identity and fingerprint, or founding / asking to join), *Dispositivos*
(the roster; administrators approve, revoke and appoint), *Intercambio* (export and import bundles,
a shared folder synchronised on demand or periodically) and *Pendientes y conflictos*. Every service
call runs off the UI thread through ``ctx.run``; a refused bundle shows its translated reason and
changes nothing. The section also keeps the status bar's "sync" slot and imports dropped ``.crmb`` files.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sync.hints import Stage, conflicts_hint, exchange_hint, pending_hint, roster_hint
from crm_desktop.ui.sync.models import (
    RosterTableModel,
    SyncState,
    load_state,
    role_name,
)
from crm_desktop.ui.sync.status import SyncStatusWatcher, status_text
from crm_desktop.ui.sync.waiting_tab import WaitingTab


class SyncView(WaitingTab):
    """The Sync section."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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
        self.retranslate()
        self.reload()

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

    def _on_data_changed(self, tables: set[str]) -> None:
        # Any write may move the sync state (a new own changeset is owed to peers; an import brings
        # conflicts or pending bundles), so every change re-reads it; reads are coalesced.
        if tables:
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
            self.invitation_button.setVisible(False)
            self.waiting_label.setVisible(True)
            self.waiting_label.setText(self.tr("Leyendo el estado de la sincronización…"))
            self.outcome.setVisible(bool(self.last_message))
            return
        self.identity_box.setVisible(me is not None or s.problem is not None)
        self.setup_box.setVisible(me is None and s.problem is None and not s.has_keys)
        joined = me is not None and me.joined
        self.waiting_label.setVisible((me is not None and not me.joined) or s.problem is not None)
        self.invitation_button.setVisible(me is not None and not me.joined and s.problem is None)
        if s.problem is not None:
            self.waiting_label.setText("⚠ " + s.problem.render(lang))
        elif me is not None and not me.joined:
            self.waiting_label.setText(
                self.tr(
                    "La solicitud de ingreso está escrita. Cuando la Secretaría Técnica la apruebe, le enviará "
                    "una invitación (un paquete de bienvenida .crmb): impórtela con el botón de abajo o "
                    "arrastrándola a la ventana."
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
        self._explain_tabs()
        has_conflict = self.selected_conflict() is not None
        self.keep_button.setEnabled(has_conflict)
        self.restore_button.setEnabled(has_conflict)

    def _explain_tabs(self) -> None:
        """Each tab says why it is empty or greyed out, and where to act."""
        me = self.state.identity
        stage = Stage.NONE if me is None else Stage.JOINED if me.joined else Stage.WAITING
        elsewhere = stage is not Stage.JOINED
        self.roster_hint.show_hint(roster_hint(stage, empty=not self.state.roster), go=elsewhere)
        self.roster_filter.setVisible(bool(self.state.roster))
        self.exchange_hint.show_hint(exchange_hint(stage), go=elsewhere)
        self.pending_empty.setText(pending_hint(stage))
        self.pending_empty.setVisible(not self.state.pending)
        self.pending_view.setVisible(bool(self.state.pending))
        self.waiting_layout.setStretch(0, 1 if self.state.pending else 0)
        self.conflicts_empty.setText(conflicts_hint(stage))
        self.conflicts_empty.setVisible(not self.state.conflicts)

    def _update_status(self) -> None:
        s = self.state
        joined = s.identity is not None and s.identity.joined
        self.ctx.set_status(
            "sync",
            status_text(joined=joined, last_sync=s.last_sync, pending=len(s.pending), conflicts=len(s.conflicts)),
        )

    def retranslate(self) -> None:
        super().retranslate()
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
        self.interval_spin.setEnabled(self.watch_check.isChecked())
        self.roster_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(RosterTableModel.COLUMNS) - 1)
        self._fill_targets()
        self._fill_pending()
        self._fill_conflicts()
        self._render()
