"""The sections' view modules imported off the UI thread once the workspace is open."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from crm_desktop.app.workspace import Workspace
from crm_desktop.ui import preload
from crm_desktop.ui.context import UiContext
from crm_desktop.ui.sections import Section, load_sections, view_factory


def _section(key: str, module: str) -> Section:
    return Section(key, 1, lambda: key, view_factory(module, "View"))


def test_only_view_modules_not_imported_yet_are_listed_once() -> None:
    import crm_desktop.ui.calendar.view  # noqa: F401  (already there, as at start-up)

    sections = [_section("a", "calendar.view"), _section("b", "no_such.view"), _section("c", "no_such.view")]
    assert preload.view_modules(sections) == ["crm_desktop.ui.no_such.view"]


def test_a_module_that_fails_is_reported_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    failed = preload.import_views(["crm_desktop.ui.no_such.view"])
    assert failed == ["crm_desktop.ui.no_such.view"]
    assert "crm_desktop.ui.no_such.view" not in sys.modules


def test_a_stop_ends_the_imports_before_the_next_module() -> None:
    assert preload.import_views(["crm_desktop.ui.no_such.view"], stop=lambda: True) == []


def test_the_job_starts_once_the_window_is_idle_and_imports_every_view(qtbot: Any, ws: Workspace) -> None:
    ctx = UiContext(ws)
    sections = load_sections()
    started: list[bool] = []
    ctx.busy_changed.connect(started.append)
    preload.preload_views(ctx, sections)
    assert started == []  # not at once: a window closed straight away does not wait for it
    qtbot.waitUntil(lambda: preload.view_modules(sections) == [] and not ctx.busy, timeout=60000)
    ctx.wait()


def test_a_context_closed_before_the_job_starts_imports_nothing(qtbot: Any, ws: Workspace) -> None:
    ctx = UiContext(ws)
    runs: list[object] = []
    ctx.run = lambda fn, **kw: runs.append(fn)  # type: ignore[method-assign]
    preload.preload_views(ctx, [_section("b", "no_such.view")])
    ctx.close()
    qtbot.wait(preload.IDLE_MS + 200)
    assert runs == []


def test_once_the_views_are_imported_long_lived_objects_leave_the_collectors_sight(
    qtbot: Any, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    frozen: list[bool] = []
    monkeypatch.setattr(preload, "_FROZEN", [])
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    ctx = UiContext(ws)
    sections = load_sections()
    preload.preload_views(ctx, sections)
    qtbot.waitUntil(lambda: bool(frozen) and not ctx.busy, timeout=60000)
    assert preload.view_modules(sections) == []  # after the imports
    preload.freeze_long_lived()
    assert frozen == [True]  # once per process
    ctx.wait()
