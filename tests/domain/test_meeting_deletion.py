"""Only a planned meeting may be deleted; every other status has its own reason, in both languages."""

from __future__ import annotations

import pytest

from crm_desktop.domain.meeting_deletion import meeting_deletion
from crm_desktop.domain.model import MeetingStatus


def test_a_planned_meeting_may_be_deleted() -> None:
    assert meeting_deletion(MeetingStatus.PLANNED.value).allowed


@pytest.mark.parametrize("status", [s for s in MeetingStatus if s is not MeetingStatus.PLANNED])
def test_any_other_status_says_why(status: MeetingStatus) -> None:
    verdict = meeting_deletion(status.value)
    assert not verdict.allowed and verdict.reason is not None
    es, en = verdict.reason.render("es"), verdict.reason.render("en")
    assert es.startswith("No se puede eliminar") and en.startswith("It cannot be deleted")
