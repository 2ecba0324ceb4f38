"""A finished meeting reads as concluded, not as "closed" (which delegates read as closed-door)."""

from __future__ import annotations

from crm_desktop.domain.messages import msg
from crm_desktop.reports.labels import label
from crm_desktop.ui.i18n import Translations
from crm_desktop.ui.labels import meeting_status


def test_finished_meeting_is_concluded_everywhere(qapp) -> None:  # type: ignore[no-untyped-def]
    translations = Translations(qapp)
    try:
        for lang, word in (("es", "Concluida"), ("en", "Concluded")):
            translations.apply(lang)
            assert meeting_status("closed") == word
            assert label("status.closed", lang) == word
            assert msg("state.meeting.closed").render(lang) == word.lower()
    finally:
        translations.clear()
