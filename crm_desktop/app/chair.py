"""Who chairs a meeting's drafting group, said where a refusal or a withdrawal needs it.

The chair is the Pro-Tempore Presidency's representative in the drafting group (see
``domain.drafting_rules.Drafter.is_ppt``): a refusal of a chair's action names the Presidency of the
meeting's year and its representative, or says which of the two is missing and where to record it.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.reference import country
from crm_desktop.store.schema import DraftingSeat, Meeting, Person, PresidencyTerm


def country_label(code: str) -> Bilingual:
    try:
        ref = country(code)
    except KeyError:
        return Bilingual(code, code)
    return Bilingual(ref.name_es, ref.name_en)


def ppt_of(session: Session, meeting: Meeting) -> str | None:
    return session.scalar(select(PresidencyTerm.country_id).where(PresidencyTerm.year == meeting.start.year))


def chair_of(session: Session, meeting: Meeting, ppt: str) -> str | None:
    """The name of the Presidency's representative in the meeting's drafting group, if named."""
    return session.scalar(
        select(Person.name)
        .join(DraftingSeat, DraftingSeat.person_id == Person.id)
        .where(DraftingSeat.meeting_id == meeting.id, DraftingSeat.country_id == ppt)
    )


def chair_hint(session: Session, meeting: Meeting, reason: Message) -> Message:
    year = meeting.start.year
    ppt = ppt_of(session, meeting)
    if ppt is None:
        return msg("chair.no_ppt", reason=reason, year=year)
    name = chair_of(session, meeting, ppt)
    if name is None:
        return msg("chair.no_seat", reason=reason, country=country_label(ppt), year=year)
    return msg("chair.is", reason=reason, country=country_label(ppt), year=year, name=name)


def explain(ws: Workspace, meeting_id: str, reason: Message) -> Message:
    """``reason``, or, when it refuses a chair's action, the same refusal with who chairs and how to fix it."""
    if reason.code != "draft.chair_only":
        return reason
    with ws.read() as s:
        return chair_hint(s, get(s, Meeting, meeting_id, "meeting"), reason)
