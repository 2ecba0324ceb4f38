"""The directory of delegations: countries and organisations with how many people each has,
the recorded exceptions (invitations, PPT authorisations) and the drafting group of a meeting."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from crm_desktop.app.accreditation import drafting_seats
from crm_desktop.app.lookup import get
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import rules
from crm_desktop.store import schema
from crm_desktop.store.schema import Accreditation, Country, Meeting, Organisation, Person


def list_countries(ws: Workspace) -> list[dict[str, Any]]:
    with ws.read() as s:
        counts = dict(s.execute(select(Person.country_id, func.count()).group_by(Person.country_id)).all())
        return [
            {
                "id": c.id,
                "name_es": c.name_es,
                "name_en": c.name_en,
                "status": c.status,
                "timezones": list(c.timezones),
                "people": counts.get(c.id, 0),
            }
            for c in s.scalars(select(Country).order_by(Country.status, Country.name_es))
        ]


def list_organisations(ws: Workspace) -> list[dict[str, Any]]:
    with ws.read() as s:
        counts = dict(s.execute(select(Person.organisation_id, func.count()).group_by(Person.organisation_id)).all())
        return [
            {
                "id": o.id,
                "acronym": o.acronym,
                "category": o.category,
                "name_es": o.name_es,
                "name_en": o.name_en,
                "people": counts.get(o.id, 0),
            }
            for o in s.scalars(select(Organisation).order_by(Organisation.acronym))
        ]


def list_acts(ws: Workspace, meeting_id: str) -> list[dict[str, Any]]:
    """Invitations and PPT authorisations that apply to a meeting (its own and the general ones)."""
    with ws.read() as s:
        q = select(schema.Act).where((schema.Act.meeting_id == meeting_id) | (schema.Act.meeting_id.is_(None)))
        return [
            {
                "id": a.id,
                "kind": a.kind,
                "subject": a.subject,
                "meeting_id": a.meeting_id,
                "capabilities": list(a.capabilities),
                "date": a.date.isoformat(),
                "granted_by": a.granted_by,
                "note": a.note,
            }
            for a in s.scalars(q.order_by(schema.Act.date))
        ]


def drafting_group(ws: Workspace, meeting_id: str) -> dict[str, Any]:
    """Who represents each country in the meeting's drafting group, and which present countries have none.

    Seed, B: "Al inicio de cada Reunión de las Redes y del GRCM, solicita a los países que identifiquen
    un representante para el Grupo de Redacción."
    """
    with ws.read() as s:
        meeting = get(s, Meeting, meeting_id, "meeting")
        body = ws.config.body(meeting.body_id)
        seats = drafting_seats(s, meeting.id)
        present = set(s.scalars(select(Accreditation.delegation).where(Accreditation.meeting_id == meeting.id)))
    return {
        "has_group": body.drafting_group,
        "named_at_start": body.drafting_named_at_start,
        "seats": sorted(
            ({"country": x.country, "person_id": x.person_id, "name": x.person_name} for x in seats),
            key=lambda r: r["country"],
        ),
        "missing": rules.missing_drafting_countries(seats, present) if body.drafting_group else [],
    }
