"""Why this person may not be accredited to this segment of this meeting, and what would make it possible.

The rule's refusal quotes the CRM's text; this adds the facts behind it (who already holds the
delegation's closed-door places, that no invitation is recorded) and names the fix the window offers:
``fix`` is "invitation" (record the invitation or authorisation), "closed_door" (the closed-door list,
to withdraw someone first) or None (nothing in the window makes it possible).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from crm_desktop.app.chair import country_label
from crm_desktop.app.lookup import get
from crm_desktop.app.people import participant, roles_of
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.messages import Bilingual, Message, msg
from crm_desktop.domain.model import Category
from crm_desktop.domain.reference import organisations
from crm_desktop.domain.rules import CLOSED_DOOR_PRINCIPALS
from crm_desktop.store.schema import Accreditation, Meeting, Person


@dataclass(frozen=True, slots=True)
class Guide:
    said: Message
    fix: str | None


def admission_guide(ws: Workspace, meeting_id: str, person_id: str, segment: str, reason: Message) -> Guide:
    """``reason`` (the refusal as the service gave it) with the concrete facts and the way out, if any."""
    code = reason.params.get("reason")
    code = code.code if isinstance(code, Message) else reason.code
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        seg = ws.config.body(meeting.body_id).segment(segment)
        person = get(s, Person, person_id, "person")
        who = participant(s, person)
        present = s.execute(
            select(Person.name, Person.id)
            .join(Accreditation, Accreditation.person_id == Person.id)
            .where(
                Accreditation.meeting_id == meeting_id,
                Accreditation.segment == segment,
                Person.country_id == person.country_id,
                Person.id != person.id,
            )
            .order_by(Person.name)
        ).all()
        roles = roles_of(s, [pid for _name, pid in present])
    principal_roles = {r.value for r in CLOSED_DOOR_PRINCIPALS}
    principals = {pid for pid, held in roles.items() if principal_roles & set(held)}
    names = ", ".join(name for name, _pid in present)
    where = seg.label if seg is not None else segment
    country = country_label(person.country_id) if person.country_id else None
    if code == "reason.closed_door_one_official" and country is not None:
        return Guide(
            msg("guide.closed_door_taken", segment=where, country=country, names=names, who=person.name), "closed_door"
        )
    if code == "reason.closed_door_no_vm" and country is not None:
        companions = ", ".join(name for name, pid in present if pid not in principals)
        return Guide(
            msg("guide.closed_door_needs_vm", segment=where, country=country, names=companions, who=person.name),
            "closed_door",
        )
    if code == "reason.not_invited" and who.category != Category.MEMBER_COUNTRY:
        return Guide(
            msg("guide.needs_invitation", segment=where, delegation=_delegation(who.delegation), who=person.name),
            "invitation",
        )
    return Guide(reason, None)


def _delegation(key: str) -> Bilingual:
    """A country's name, or an organisation's acronym, as the message names the delegation."""
    org = next((o for o in organisations() if o.key == key), None)
    return Bilingual(org.acronym, org.acronym) if org is not None else country_label(key)
