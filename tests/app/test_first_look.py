"""The first look at a workspace is the calendar the complete load gives, without the rule warnings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from crm_desktop.app import calendar
from crm_desktop.app.first_look import first_look
from crm_desktop.app.workspace import Workspace
from crm_desktop.store.db import DB_NAME


def test_same_meetings_as_the_complete_calendar_without_warnings(demo: Workspace, demo_dir: Path) -> None:
    look = first_look(demo_dir)
    assert look is not None
    full = calendar.load(demo)
    assert full.complete and not look.calendar.complete
    assert any(e.warnings for e in full.entries)  # the demo has some, so the comparison means something
    assert look.calendar.entries == tuple(replace(e, warnings=()) for e in full.entries)
    assert look.calendar.year_warnings == {}
    assert (look.name, look.device_id) == (demo.name, demo.device_id)


def test_no_first_look_at_a_damaged_file(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"\0" * 4096)
    assert first_look(tmp_path) is None
