"""What the Delegations section reads (the directory, a meeting's roster) and its table helper."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QWidget,
)

from crm_desktop.app import accreditation, directory, meetings, people
from crm_desktop.ui.models.rows import CONTENTS_PRECISION, RowFilterProxy, RowsTableModel

WATCHED = {"people", "role_assignments", "focal_points", "accreditations", "acts", "drafting_seats", "meetings"}


@dataclass
class Directory:
    people: list[dict[str, Any]]
    countries: list[dict[str, Any]]
    organisations: list[dict[str, Any]]
    focal_points: list[dict[str, Any]]
    meetings: list[dict[str, Any]]


def load_directory(ws: Any, lang: str = "es") -> Directory:
    return Directory(
        people.list_people(ws),
        directory.list_countries(ws),
        directory.list_organisations(ws),
        people.focal_points(ws),
        meetings.list_meetings(ws, lang=lang),
    )


@dataclass
class MeetingRoster:
    meeting_id: str
    body: Any
    accredited: list[dict[str, Any]]
    acts: list[dict[str, Any]]
    drafting: dict[str, Any]


def load_roster(ws: Any, meeting_id: str) -> MeetingRoster:
    m = meetings.get_meeting_row(ws, meeting_id)
    return MeetingRoster(
        meeting_id,
        ws.config.body(m["body"]),
        accreditation.list_accreditations(ws, meeting_id),
        directory.list_acts(ws, meeting_id),
        directory.drafting_group(ws, meeting_id),
    )


def filtered_table(parent: QWidget, model: RowsTableModel) -> tuple[QTableView, RowFilterProxy]:
    proxy = RowFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    # Column widths from the first rows only: measuring all of 3,000 people stalls for a second.
    view.horizontalHeader().setResizeContentsPrecision(CONTENTS_PRECISION)
    return view, proxy


def fit_columns(table: QTableView, widest: int = 320) -> None:
    """Columns as wide as their contents (measured on the first rows), none wider than ``widest``."""
    table.resizeColumnsToContents()
    for c in range(table.model().columnCount()):
        table.setColumnWidth(c, min(table.columnWidth(c), widest))


def fit_columns_later(*tables: QTableView) -> None:
    """:func:`fit_columns` for each table in its own turn of the event loop: sizing several large
    tables at once is a stall a user would feel."""
    if not tables:
        return
    first, rest = tables[0], tables[1:]

    def fit() -> None:
        fit_columns(first)
        fit_columns_later(*rest)  # chained, not queued together: the window repaints in between

    QTimer.singleShot(1, first, fit)
