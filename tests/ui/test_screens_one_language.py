"""Every section and the main dialogs, opened on the demo in one language, show no word of the other
language outside the names of people and places and what users typed (see ``language_audit``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from crm_desktop.store.files import DB_NAME
from crm_desktop.ui.main_window import MainWindow
from tests.ui.language_audit import ENGLISH, SPANISH, foreign, texts, typed_values
from tests.ui.qt_helpers import settle, switch_language, workspace_path

pytestmark = pytest.mark.gui

STOP_WORDS = {"en": SPANISH, "es": ENGLISH}


def _audit(root: Any, lang: str, allowed: list[str], where: str) -> list[str]:
    return [
        f"{where}: {widget}: {words} in {text[:100]!r}"
        for widget, text in texts(root, lang)
        if (words := foreign(text, STOP_WORDS[lang], allowed))
    ]


def _screens(qtbot: Any, window: MainWindow) -> Iterator[tuple[str, Any]]:
    """Each section as it first opens, the calendar's other modes, a meeting's page, and the dialogs."""
    from crm_desktop.app.drafting import list_documents
    from crm_desktop.ui.meetings.dialog import MeetingDialog

    for section in window.sections:
        widget = window.show_section(section.key)
        settle(qtbot, window.ctx, rounds=8)
        yield section.key, window
        tabs = getattr(widget, "tabs", None)
        if section.key in ("process", "sync") and tabs is not None:
            for i in range(1, tabs.count()):
                tabs.setCurrentIndex(i)
                settle(qtbot, window.ctx)
                yield f"{section.key}-tab-{i}", window
            tabs.setCurrentIndex(0)
    calendar = window.section_widget("calendar")
    assert calendar is not None
    for mode in ("year", "list"):
        calendar.set_mode(mode)
        window.show_section("calendar")
        settle(qtbot, window.ctx)
        yield f"calendar-{mode}", window
    calendar.set_mode("month")
    entry = next(e for e in calendar.data.entries if e.body == "viceministers" and e.start.year == 2026)
    window.ctx.navigate("meetings", meeting_id=entry.id)
    settle(qtbot, window.ctx, rounds=8)
    yield "meeting-page", window
    window.ctx.navigate("delegations", meeting_id=entry.id)
    settle(qtbot, window.ctx, rounds=8)
    yield "accreditation", window
    drafting = window.show_section("drafting")
    declaration = next(d for d in list_documents(window.ctx.ws) if d["type"] == "declaration")
    window.ctx.navigate("drafting", document_id=declaration["id"])
    settle(qtbot, window.ctx, rounds=10)
    for i in range(drafting.tabs.count()):
        drafting.tabs.setCurrentIndex(i)
        settle(qtbot, window.ctx)
        yield f"drafting-tab-{i}", window
    dialog = MeetingDialog(window.ctx, entry=entry, parent=window)
    dialog.show()
    settle(qtbot, window.ctx)
    yield "meeting-dialog", dialog
    dialog.close()
    search = window.open_search()
    with qtbot.waitSignal(search.searched, timeout=10000):
        search.query.setText("declaracion")
    settle(qtbot, window.ctx)
    yield "search-dialog", search
    search.close()


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_screen_speaks_one_language(qtbot: Any, window: MainWindow, translations: Any, lang: str) -> None:
    switch_language(qtbot, window, translations, lang)
    allowed = typed_values(workspace_path(window.ctx.ws) / DB_NAME)
    found: list[str] = []
    for where, root in _screens(qtbot, window):
        found += _audit(root, lang, allowed, where)
    assert found == [], "\n".join(sorted(set(found)))


def test_the_audit_finds_a_word_of_the_other_language_but_not_in_a_name() -> None:
    assert foreign("&Guardar", SPANISH, []) == ["Guardar"]
    assert foreign("<b>Save</b> the Reunión", SPANISH, []) == ["Reunión"]
    assert foreign("Opened by María de la Cruz", SPANISH, ["María de la Cruz"]) == []
    assert foreign("Guardar los cambios", ENGLISH, []) == []
    assert foreign("Due 2026-11-18", SPANISH, []) == ["ISO date 2026-11-18"]
    assert foreign("CRM/RTT/2026-03-16/INF", SPANISH, []) == []
