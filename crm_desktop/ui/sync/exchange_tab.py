"""The "Exchange" tab: export and import bundles, and a shared folder synchronised on demand or periodically."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.app import sync
from crm_desktop.app.errors import AppError
from crm_desktop.app.sync_summary import FOLDER_KEY, INTERVAL_KEY
from crm_desktop.app.sync_types import ExportResult, ImportResult
from crm_desktop.ui.sidebar.sync import BUNDLE_SUFFIX
from crm_desktop.ui.sync.base import ALL_TABLES, with_file
from crm_desktop.ui.sync.hints import TabHint
from crm_desktop.ui.sync.models import (
    ROLES,
    role_name,
)
from crm_desktop.ui.sync.roster_tab import RosterTab


class ExchangeTab(RosterTab):
    """Bundles out and in, by file, by drop on the window, or through a shared folder."""

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

        # Why the buttons below are greyed out, while they are: this laptop has not joined yet.
        self.exchange_hint = TabHint(self.go_to_device_tab, page)
        self.exchange_hint.setObjectName("exchangeHint")
        layout = QVBoxLayout(page)
        layout.addWidget(self.exchange_hint)
        layout.addWidget(self.bundle_box)
        layout.addWidget(self.folder_box)
        layout.addStretch(1)
        return page

    def retranslate(self) -> None:
        super().retranslate()
        self.bundle_box.setTitle(self.tr("Paquetes"))
        self.exchange_hint.retranslate()
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

        def work() -> ExportResult:
            to = sync.recipients_for(
                ws, to=[value] if kind == "device" else None, role=value if kind == "role" else None
            )
            return with_file(out, lambda: sync.export(ws, out, to=to, full=full))

        self.ctx.run(
            work,
            on_done=lambda r: self._say(
                self.tr("Paquete guardado en %1: %2 para %3.")
                .replace("%1", str(out))
                .replace("%2", QCoreApplication.translate("ExchangeTab", "%n cambio(s)", "", r.changesets))
                .replace("%3", QCoreApplication.translate("ExchangeTab", "%n dispositivo(s)", "", len(r.recipients)))
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
            lambda: with_file(path, lambda: sync.import_file(ws, path)),
            on_done=lambda r: self._imported(path, r),
            on_error=self._refused,
            changes=ALL_TABLES,
        )

    def drop_files(self, paths: list[Path]) -> None:
        """Files dropped on the main window: import each bundle in turn."""
        for p in paths:
            if p.suffix.lower() == BUNDLE_SUFFIX:
                self.import_bundle_file(p)

    def _imported(self, path: Path, r: ImportResult) -> None:
        if r.replay:
            self._say(self.tr("%1 ya se había importado; nada cambió.").replace("%1", path.name))
            return
        text = (
            self.tr("%1 importado (de %2, huella %3): %4, %5 en espera.")
            .replace("%1", path.name)
            .replace("%2", r.sender)
            .replace("%3", r.sender_fingerprint)
            .replace("%4", QCoreApplication.translate("ExchangeTab", "%n cambio(s) aplicado(s)", "", r.applied))
            .replace("%5", str(r.pending))
        )
        if r.welcome:
            text += " " + self.tr("Este equipo ya forma parte del espacio «%1».").replace("%1", r.workspace_name)
        self._say(text)

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
            text = self.tr("Carpeta sincronizada: %1, %2.").replace(
                "%1", QCoreApplication.translate("ExchangeTab", "%n paquete(s) importado(s)", "", len(report.imported))
            )
            text = text.replace(
                "%2", QCoreApplication.translate("ExchangeTab", "%n paquete(s) exportado(s)", "", len(report.exported))
            )
            for name, reason in report.refused:
                text += "\n⚠ " + self.tr("%1 rechazado: %2").replace("%1", name).replace(
                    "%2", reason.render(self.ctx.lang)
                )
            self._say(text)

        def failed(exc: AppError) -> None:
            finished()
            self._refused(exc)

        self.ctx.run(
            lambda: with_file(directory, lambda: sync.sync_folder(ws, directory)),
            on_done=done,
            on_error=failed,
            changes=ALL_TABLES,
        )
