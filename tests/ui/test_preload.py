"""The sections' view modules imported off the UI thread once the workspace is open."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from crm_desktop.ui import preload
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


class _Ctx:
    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], dict[str, Any]]] = []

    def run(self, fn: Callable[[], Any], **kwargs: Any) -> None:
        self.jobs.append((fn, kwargs))


def test_one_quiet_background_job_imports_every_section_view() -> None:
    ctx = _Ctx()
    sections = load_sections()
    preload.preload_views(ctx, sections)  # type: ignore[arg-type]
    assert len(ctx.jobs) <= 1
    if ctx.jobs:
        fn, kwargs = ctx.jobs[0]
        assert kwargs == {"announce": False}  # a failure is the section's to report, not the window's
        assert fn() == []
    assert preload.view_modules(sections) == []
    preload.preload_views(ctx, sections)  # type: ignore[arg-type]
    assert len(ctx.jobs) <= 1  # nothing left to import: no second job
