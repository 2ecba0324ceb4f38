"""The first look at a workspace: what the desktop window shows while SQLAlchemy is still loading.

The workspace's name and device, and its calendar (every meeting with its body's colour and
segments) read with plain ``sqlite3`` (:mod:`crm_desktop.store.quick_read`): :func:`first_look`, for
the first paint, without the rule warnings (``complete=False``); then :func:`complete_look`, the
same calendar with its warnings, computed by the services' own rules from facts read the same plain
way (:mod:`crm_desktop.store.quick_facts`, :mod:`crm_desktop.app.calendar_warnings`). None when the
file cannot be read this way (another schema revision, damage): the window then waits for the
workspace, which explains what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from crm_desktop.app.calendar_entries import CalendarData, calendar_entry
from crm_desktop.domain.reference import ProcessConfig, default_process_config_json, parse_process_config
from crm_desktop.store.files import DB_NAME
from crm_desktop.store.quick_read import QuickRead, read_calendar


@dataclass(frozen=True)
class FirstLook:
    name: str
    device_id: str
    calendar: CalendarData


def _config(bodies: list[dict[str, Any]]) -> ProcessConfig | None:
    """The workspace's process configuration, as ``Workspace.config`` reads it; None if unusable."""
    data = default_process_config_json()
    if bodies:  # the workspace's own configuration replaces the seed's default, as in Workspace.config
        data = {**data, "bodies": bodies}
    try:
        return parse_process_config(data)
    except (KeyError, TypeError, ValueError):
        return None


def _usable(found: QuickRead | None) -> tuple[QuickRead, ProcessConfig] | None:
    config = _config(found.bodies) if found is not None else None
    if found is None or config is None or not all(config.has_body(m.body_id) for m in found.meetings):
        return None
    return found, config


def _closed_doors(bodies: list[dict[str, Any]]) -> set[tuple[str, str]] | None:
    config = _config(bodies)
    if config is None:
        return None
    return {(b.key, seg.key) for b in config.bodies for seg in b.segments if seg.closed_door}


def _look(found: QuickRead, calendar: CalendarData) -> FirstLook:
    return FirstLook(name=found.meta.get("name", ""), device_id=found.meta.get("device_id", ""), calendar=calendar)


def first_look(directory: Path) -> FirstLook | None:
    """The meetings, without their warnings (the first paint)."""
    usable = _usable(read_calendar(directory / DB_NAME))
    if usable is None:
        return None
    found, config = usable
    entries = tuple(calendar_entry(config.body(m.body_id), m, []) for m in found.meetings)
    return _look(found, CalendarData(entries=entries, year_warnings={}, complete=False))


def complete_look(directory: Path, today: date | None = None) -> FirstLook | None:
    """The complete calendar, rule warnings included, as ``app.calendar.load`` gives it."""
    from crm_desktop.app.calendar_warnings import calendar_data, warnings_from_facts

    usable = _usable(read_calendar(directory / DB_NAME, closed=_closed_doors))
    if usable is None:
        return None
    found, config = usable
    if found.facts is None:
        return None
    warnings = warnings_from_facts(config, found.facts, today or date.today())
    return _look(found, calendar_data(config, found.meetings, warnings))
