"""Small builders used across tests."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.app import meetings, people
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.people import PersonInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Category, Role


def meeting(
    ws: Workspace,
    body: str = "viceministers",
    *,
    start: str = "2026-05-10",
    end: str | None = None,
    host: str = "CR",
    title: str | None = None,
) -> str:
    return meetings.create_meeting(
        ws,
        MeetingInput(
            body=body,
            title=title or f"Reunión {body} {start}",
            start=datetime.fromisoformat(f"{start}T09:00"),
            end=datetime.fromisoformat(f"{end or start}T18:00"),
            host_country=host,
            city="San José",
        ),
    )


def person(
    ws: Workspace,
    name: str,
    *,
    country: str | None = None,
    org: str | None = None,
    role: Role = Role.DELEGATE,
    category: Category | None = None,
) -> str:
    if category is None:
        if country:
            from crm_desktop.domain.reference import country as ref

            category = ref(country).category
        else:
            category = {"RROCM": Category.CIVIL_SOCIETY, "ST": Category.SECRETARIAT}.get(
                org or "", Category.OBSERVER_ORG
            )
    return people.add_person(
        ws, PersonInput(name=name, category=category, country=country, organisation=org, roles=(role,))
    )
