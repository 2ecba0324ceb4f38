"""The UI context runs work off the UI thread and reports results and errors on it."""

from __future__ import annotations

import threading

import pytest

from crm_desktop.app.errors import invalid
from crm_desktop.ui.context import UiContext

pytestmark = pytest.mark.gui


def test_work_runs_off_the_ui_thread_and_reports_on_it(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    ctx = UiContext(ws)
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    with qtbot.waitSignal(ctx.data_changed, timeout=5000) as blocker:
        ctx.run(work, on_done=done, changes=["meetings"])
    assert blocker.args == [{"meetings"}]
    assert seen["result"] == 42
    assert seen["worker"] != ui_thread and seen["callback"] == ui_thread
    assert not ctx.busy


def test_user_errors_are_translated_and_bugs_crash_visibly(qtbot, ws) -> None:  # type: ignore[no-untyped-def]
    ctx = UiContext(ws, lang="en")

    def bad_input() -> None:
        raise invalid("the date is wrong")

    with qtbot.waitSignal(ctx.user_error, timeout=5000) as blocker:
        ctx.run(bad_input)
    assert blocker.args == ["invalid data: the date is wrong"]

    def bug() -> None:
        raise ZeroDivisionError("boom")

    with qtbot.waitSignal(ctx.crashed, timeout=5000) as blocker:
        ctx.run(bug)
    assert "ZeroDivisionError" in blocker.args[0] and "Traceback" in blocker.args[1]
