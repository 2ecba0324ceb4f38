"""Whether a meeting may be deleted, and why not: only a planned meeting disappears from the calendar.

A convened meeting is known to the delegations (it is cancelled instead), and a meeting that took
place or was cancelled stays in the CRM's record. The window shows the reason on the greyed-out
button before anyone clicks it; the service refuses the same cases.
"""

from __future__ import annotations

from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse


def meeting_deletion(status: str) -> Verdict:
    """Allowed for a planned meeting; otherwise the reason for this meeting's status."""
    if status == MeetingStatus.PLANNED.value:
        return ALLOWED
    if status == MeetingStatus.CONVENED.value:
        return refuse(msg("meeting.delete_convened"))
    if status == MeetingStatus.CANCELLED.value:
        return refuse(msg("meeting.delete_cancelled"))
    return refuse(msg("meeting.delete_held"))
