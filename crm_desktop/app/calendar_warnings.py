"""The calendar's rule warnings put together from the facts, whichever way they were read.

The services read the facts through SQLAlchemy (:func:`crm_desktop.app.meetings.warnings_in`,
:func:`crm_desktop.app.calendar.load`); the desktop window, while it starts, with plain ``sqlite3``
(:mod:`crm_desktop.store.quick_facts`, :func:`crm_desktop.app.first_look.complete_look`). Both hand
them to these functions, so the warnings a user sees first are those the services give.

No SQLAlchemy here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from crm_desktop.app.calendar_entries import CalendarData, MeetingLike, calendar_entry
from crm_desktop.domain import rules
from crm_desktop.domain.agenda_topics import closed_door_warnings
from crm_desktop.domain.closed_door import closed_door_excess
from crm_desktop.domain.messages import Message
from crm_desktop.domain.model import MeetingStatus
from crm_desktop.domain.reference import ProcessConfig
from crm_desktop.store.quick_facts import CalendarFacts


def meeting_warnings(
    config: ProcessConfig,
    facts: Mapping[str, rules.MeetingFacts],
    targets: Iterable[rules.MeetingFacts],
    *,
    cancelled: Iterable[str],
    presidency: Mapping[int, str],
    topics: Mapping[str, list[Message]],
    excess: Mapping[str, list[Message]],
    today: date,
) -> dict[str, list[Message]]:
    """Per meeting of ``targets``, its warnings: the calendar rules against every other meeting, the
    closed door's agenda topics and its excess. A cancelled meeting neither takes place nor counts
    against the others."""
    gone = set(cancelled)
    everything = [f for f in facts.values() if f.id not in gone]
    ppt = dict(presidency)
    return {
        f.id: []
        if f.id in gone
        else rules.meeting_warnings(config, f, everything, ppt, today) + topics.get(f.id, []) + excess.get(f.id, [])
        for f in targets
    }


def warnings_from_facts(config: ProcessConfig, facts: CalendarFacts, today: date) -> dict[str, list[Message]]:
    """Every meeting's warnings from the plain read's facts."""
    topics = {mid: closed_door_warnings(items) for mid, items in facts.closed_items.items()}
    excess: dict[str, list[Message]] = {}
    for mid, present in facts.closed_present:
        found = closed_door_excess(present)
        if found:
            excess.setdefault(mid, []).extend(found)
    return meeting_warnings(
        config,
        facts.meetings,
        facts.meetings.values(),
        cancelled=facts.cancelled,
        presidency=facts.presidency,
        topics=topics,
        excess=excess,
        today=today,
    )


def calendar_data(
    config: ProcessConfig, rows: Sequence[MeetingLike], warnings: Mapping[str, list[Message]]
) -> CalendarData:
    """The complete calendar: ``rows`` (ordered by start, then title) with their warnings, and each
    year's frequency warnings."""
    entries = tuple(calendar_entry(config.body(m.body_id), m, warnings.get(m.id, [])) for m in rows)
    facts = [
        rules.MeetingFacts(id=e.id, body=e.body, start=e.start.date(), end=e.end.date(), host_country=e.host_country)
        for e in entries
        if e.status != MeetingStatus.CANCELLED.value  # a cancelled meeting does not count for the year
    ]
    years = sorted({e.start.year for e in entries})
    return CalendarData(
        entries=entries,
        year_warnings={y: tuple(rules.yearly_count_warnings(config, facts, y)) for y in years},
    )
