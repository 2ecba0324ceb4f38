"""What the calendar shows of a meeting, and of the whole process; shared by the complete load
(:func:`crm_desktop.app.calendar.load`) and the first look at start-up (:mod:`crm_desktop.app.first_look`).

No SQLAlchemy here: the desktop window imports this before the workspace has opened.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from crm_desktop.domain.bilingual import meeting_title
from crm_desktop.domain.messages import Bilingual, Message
from crm_desktop.domain.reference import BodyConfig


class MeetingLike(Protocol):
    """The meeting columns the calendar reads (``store.schema.Meeting`` or ``store.quick_read.MeetingRow``)."""

    @property
    def id(self) -> str: ...
    @property
    def body_id(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def title_en(self) -> str | None: ...
    @property
    def ordinal(self) -> str | None: ...
    @property
    def start(self) -> datetime: ...
    @property
    def end(self) -> datetime: ...
    @property
    def timezone(self) -> str: ...
    @property
    def host_country_id(self) -> str | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def venue(self) -> str | None: ...
    @property
    def status(self) -> str: ...
    @property
    def notes(self) -> str | None: ...


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A meeting as the calendar shows it."""

    id: str
    body: str
    body_short: Bilingual
    body_name: Bilingual
    colour: str
    title: str
    ordinal: str | None
    start: datetime
    end: datetime
    timezone: str
    host_country: str | None
    city: str | None
    venue: str | None
    status: str
    notes: str | None
    segments: tuple[Bilingual, ...]
    warnings: tuple[Message, ...]
    title_en: str | None = None  # the typed English title (None: the default one)

    @property
    def days(self) -> int:
        return (self.end.date() - self.start.date()).days + 1

    def title_in(self, lang: str) -> str:
        """The title the window shows in ``lang`` (the English one typed or built by default)."""
        return meeting_title(self.title, self.title_en, self.body, self.body_name.en, self.ordinal, self.city, lang)


@dataclass(frozen=True, slots=True)
class CalendarData:
    entries: tuple[CalendarEntry, ...]
    year_warnings: dict[int, tuple[Message, ...]]  # bodies meeting less often than the seed says
    # False for the first look at start-up (``app.first_look``): the meetings are there, the rule
    # warnings are not computed yet and arrive with the complete data.
    complete: bool = True

    def years(self) -> list[int]:
        return sorted({e.start.year for e in self.entries} | {e.end.year for e in self.entries})


def calendar_entry(body: BodyConfig, m: MeetingLike, warnings: list[Message]) -> CalendarEntry:
    """The calendar's view of meeting ``m`` of ``body`` (an ORM row or a plain read of the same columns)."""
    return CalendarEntry(
        id=m.id,
        body=body.key,
        body_short=Bilingual(body.short_es, body.short_en),
        body_name=body.label,
        colour=body.colour,
        title=m.title,
        ordinal=m.ordinal,
        start=m.start,
        end=m.end,
        timezone=m.timezone,
        host_country=m.host_country_id,
        city=m.city,
        venue=m.venue,
        status=m.status,
        notes=m.notes,
        segments=tuple(s.label for s in body.segments),
        warnings=tuple(warnings),
        title_en=m.title_en,
    )
