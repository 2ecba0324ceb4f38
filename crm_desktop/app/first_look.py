"""The first look at a workspace: what the desktop window paints while the workspace is opening.

The workspace's name and device, and its calendar (every meeting with its body's colour and
segments) read with plain ``sqlite3`` (:mod:`crm_desktop.store.quick_read`). The rule warnings need
the whole workspace and come with the complete calendar once it has opened, so the data is marked
``complete=False``. None when the file cannot be read this way (another schema revision, damage):
the window then waits for the workspace, which explains what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from crm_desktop.app.calendar_entries import CalendarData, calendar_entry
from crm_desktop.domain.reference import default_process_config_json, parse_process_config
from crm_desktop.store.files import DB_NAME
from crm_desktop.store.quick_read import read_calendar


@dataclass(frozen=True)
class FirstLook:
    name: str
    device_id: str
    calendar: CalendarData


def first_look(directory: Path) -> FirstLook | None:
    found = read_calendar(directory / DB_NAME)
    if found is None:
        return None
    data = default_process_config_json()
    if found.bodies:  # the workspace's own configuration replaces the seed's default, as in Workspace.config
        data = {**data, "bodies": found.bodies}
    try:
        config = parse_process_config(data)
    except (KeyError, TypeError, ValueError):
        return None
    if not all(config.has_body(m.body_id) for m in found.meetings):
        return None
    entries = tuple(calendar_entry(config.body(m.body_id), m, []) for m in found.meetings)
    return FirstLook(
        name=found.meta.get("name", ""),
        device_id=found.meta.get("device_id", ""),
        calendar=CalendarData(entries=entries, year_warnings={}, complete=False),
    )
