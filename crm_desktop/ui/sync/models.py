"""Models of the sync view: the roster table, its filter, and the state read in one background pass.

The roster is a :class:`QAbstractTableModel` over :class:`~crm_desktop.app.sync.RosterEntry` rows;
the view sorts and filters it through :class:`RosterFilterProxy`. :func:`load_state` gathers what
the view shows (identity, roster, pending bundles, conflicts) so one read off the UI thread is enough.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from crm_desktop.app import sync
from crm_desktop.app.errors import AppError
from crm_desktop.app.sync_summary import FOLDER_KEY, interval_minutes
from crm_desktop.app.sync_words import ConflictStory, conflict_stories
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import Message
from crm_desktop.ui.labels import name
from crm_desktop.ui.sync.status import when

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 30
ROLES = ("st", "ppt", "member", "observer")

_Index = QModelIndex | QPersistentModelIndex


def role_name(code: str) -> str:
    return name("device_role", code)


def device_status(entry: sync.RosterEntry) -> str:
    if entry.status == "revoked":
        return QCoreApplication.translate("SyncLabels", "Revocado")
    if entry.admin:
        return QCoreApplication.translate("SyncLabels", "Administrador")
    return QCoreApplication.translate("SyncLabels", "Activo")


@dataclass
class SyncState:
    """Everything the sync view shows, read together."""

    has_keys: bool = False
    identity: sync.Identity | None = None
    problem: Message | None = None  # why the identity could not be read (keyring missing, keys lost…)
    roster: list[sync.RosterEntry] = field(default_factory=list)
    pending: list[sync.PendingEntry] = field(default_factory=list)
    conflicts: list[sync.ConflictEntry] = field(default_factory=list)
    # The conflicts in people's words, in each language (a language switch re-reads nothing).
    stories: dict[str, list[ConflictStory]] = field(default_factory=dict)
    folder: str = ""
    interval: int = 0  # minutes between automatic passes; 0 = off

    @property
    def last_sync(self) -> str | None:
        """The latest bundle sent or received, ISO text (comparable: every value is UTC)."""
        moments = [m for e in self.roster if not e.me for m in (e.last_in, e.last_out) if m]
        return max(moments) if moments else None


def load_state(ws: Workspace) -> SyncState:
    """Read the sync state; runs off the UI thread."""
    state = SyncState(has_keys="sync.sign_pk" in ws.meta)
    state.folder = ws.meta.get(FOLDER_KEY, "")
    state.interval = interval_minutes(ws)
    if state.has_keys:
        try:
            state.identity = sync.identity(ws)
        except AppError as exc:  # shown in the identity panel, not as an error of the user's action
            state.problem = exc.message
    if "sync.founder" in ws.meta:
        state.roster = sync.roster_list(ws)
        state.pending = sync.pending_list(ws)
    state.conflicts = sync.conflicts_list(ws)
    if state.conflicts:
        state.stories = {lang: conflict_stories(ws, lang) for lang in ("es", "en")}
    return state


class RosterTableModel(QAbstractTableModel):
    """The devices of the workspace, one per row."""

    COLUMNS = ("device", "person", "where", "role", "fingerprint", "status", "last_out", "last_in")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[sync.RosterEntry] = []

    def set_entries(self, entries: list[sync.RosterEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 — Qt's signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "device": QCoreApplication.translate("SyncLabels", "Dispositivo"),
            "person": QCoreApplication.translate("SyncLabels", "Persona"),
            "where": QCoreApplication.translate("SyncLabels", "País u organización"),
            "role": QCoreApplication.translate("SyncLabels", "Rol"),
            "fingerprint": QCoreApplication.translate("SyncLabels", "Huella"),
            "status": QCoreApplication.translate("SyncLabels", "Estado"),
            "last_out": QCoreApplication.translate("SyncLabels", "Último paquete enviado"),
            "last_in": QCoreApplication.translate("SyncLabels", "Último paquete recibido"),
        }
        return titles[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ENTRY_ROLE:
            return e
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = {
                "device": e.device_id
                + (" " + QCoreApplication.translate("SyncLabels", "(este dispositivo)") if e.me else ""),
                "person": e.person_name,
                "where": e.country or e.organisation or "—",
                "role": role_name(e.role),
                "fingerprint": e.fingerprint,
                "status": device_status(e),
                "last_out": "—" if e.me else when(e.last_out),
                "last_in": "—" if e.me else when(e.last_in),
            }
            return values[column]
        if role == Qt.ItemDataRole.FontRole and (column == "fingerprint" or e.me):
            font = QFont("monospace") if column == "fingerprint" else QFont()
            font.setStyleHint(QFont.StyleHint.Monospace if column == "fingerprint" else QFont.StyleHint.AnyStyle)
            font.setBold(e.me)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "fingerprint":
            return QCoreApplication.translate("SyncLabels", "Compárela por teléfono con la que muestra ese equipo")
        return None


class RosterFilterProxy(QSortFilterProxyModel):
    """Filters on every column's text, case-insensitively."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
