"""What the demo's steps share: the demo year and its Presidencies, who is who, and the helpers that
make a meeting, accredit people and write an agenda through the same services a user calls."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time

from crm_desktop.app import accreditation, agendas, meetings
from crm_desktop.app.agendas import ItemInput
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Audience, Category, ItemKind, MeetingStatus, Role
from crm_desktop.domain.reference import organisations

DEMO_YEAR = 2026
PPT_PREVIOUS, PPT_CURRENT, PPT_NEXT = "HN", "CR", "GT"
OIM = "OIM"


@dataclass
class Cast:
    """Who is who in the demo, by country or organisation and role."""

    by_role: dict[tuple[str, Role], list[str]]
    by_delegation: dict[str, list[str]]

    def one(self, delegation: str, role: Role) -> str:
        return self.by_role[(delegation, role)][0]

    def all(self, delegation: str, role: Role) -> list[str]:
        return self.by_role.get((delegation, role), [])


@dataclass
class Demo:
    """The state the steps pass on: the workspace, the seeded random source, and the cast once the
    people step has enrolled it."""

    ws: Workspace
    rng: random.Random
    cast: Cast = field(default_factory=lambda: Cast({}, {}))


def add_meeting(
    ws: Workspace,
    body: str,
    title: str,
    start: date,
    end: date,
    host: str,
    city: str,
    venue: str | None = None,
    ordinal: str | None = None,
    *,
    times: tuple[time, time] = (time(9), time(18)),
    notes: str | None = None,
) -> str:
    return meetings.create_meeting(
        ws,
        MeetingInput(
            body=body,
            title=title,
            start=datetime.combine(start, times[0]),
            end=datetime.combine(end, times[1]),
            host_country=host,
            city=city,
            venue=venue,
            ordinal=ordinal,
            notes=notes,
        ),
    )


def close(ws: Workspace, meeting_id: str) -> None:
    """A meeting of the past: convened, held and closed."""
    for status in (MeetingStatus.CONVENED, MeetingStatus.HELD, MeetingStatus.CLOSED):
        meetings.set_status(ws, meeting_id, status)


def accredit_all(
    ws: Workspace,
    meeting_id: str,
    person_ids: list[str],
    segment: str = "plenary",
    *,
    heads: frozenset[str] = frozenset(),
    ranks: dict[str, str] | None = None,
) -> None:
    for pid in person_ids:
        rank = (ranks or {}).get(pid)
        accreditation.accredit(ws, meeting_id, pid, segment, head=pid in heads, rank=rank)


def add_agenda(
    ws: Workspace,
    meeting_id: str,
    items: list[tuple[str, str, ItemKind, int, str | None]],
    segment: str = "plenary",
    *,
    subitems: dict[int, list[tuple[str, str]]] | None = None,
    audience: Audience = Audience.PUBLIC,
) -> str:
    aid = agendas.create_agenda(ws, meeting_id, segment)
    for idx, (es, en, kind, minutes, presenter) in enumerate(items):
        iid = agendas.add_item(
            ws,
            aid,
            ItemInput(
                title_es=es, title_en=en, kind=kind, duration_min=minutes, presenter=presenter, audience=audience
            ),
        )
        for s_es, s_en in (subitems or {}).get(idx, []):
            agendas.add_item(
                ws,
                aid,
                ItemInput(title_es=s_es, title_en=s_en, kind=kind, duration_min=20, audience=audience),
                parent_id=iid,
            )
    return aid


def observer_orgs() -> list[str]:
    return [o.key for o in organisations() if o.category == Category.OBSERVER_ORG]
