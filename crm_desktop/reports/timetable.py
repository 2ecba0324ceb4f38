"""An agenda laid out as the meeting's timetable: days with their dates, times in the meeting's
time zone, the opening and closing, coffee breaks and lunch as entries of their own.

The agenda records items and durations; the printed timetable places them on the meeting's days:
a day runs from the agenda's start time, a break comes at the first item boundary after 10:30
and after 15:30, lunch after 12:30, and the day closes at the first boundary after 17:30 when
another day remains. Sub-items share their parent's time (as in the agenda view).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from crm_desktop.reports.data import AgendaEntry

# (after this time of day, minutes, kind) — the pauses of a working day, in order
PAUSES = ((time(10, 30), 15, "break"), (time(12, 30), 60, "lunch"), (time(15, 30), 15, "break"))
DAY_ENDS = time(17, 30)
OPENING_WORDS = ("apertura", "inaugura", "opening")
CLOSING_WORDS = ("clausura", "cierre", "closing")


@dataclass(frozen=True, slots=True)
class Slot:
    """One line of the timetable: a day heading, an agenda item, a pause, the opening or closing."""

    kind: str  # day | item | break | lunch | opening | closing
    day: date
    start: datetime | None = None
    end: datetime | None = None
    entry: AgendaEntry | None = None


def _is(entry: AgendaEntry, words: tuple[str, ...]) -> bool:
    text = f"{entry.title_es} {entry.title_en or ''}".casefold()
    return any(w in text for w in words)


def timetable(
    entries: tuple[AgendaEntry, ...], first_day: date, last_day: date, start_time: str = "09:00"
) -> list[Slot]:
    """The slots of the timetable, day headings included."""
    hour, minute = (int(x) for x in (start_time or "09:00").split(":"))
    day_start = time(hour, minute)
    day = first_day
    clock = datetime.combine(day, day_start)
    out: list[Slot] = [Slot("day", day)]
    pauses_done: set[int] = set()

    def add(kind: str, minutes: int, entry: AgendaEntry | None = None) -> None:
        nonlocal clock
        end = clock + timedelta(minutes=minutes)
        out.append(Slot(kind, day, clock, end, entry))
        clock = end

    def boundary() -> None:
        """Between two items: a pause when its time has come, or the next day after 17:30."""
        nonlocal day, clock
        if clock.time() >= DAY_ENDS and day < last_day:
            day += timedelta(days=1)
            clock = datetime.combine(day, day_start)
            pauses_done.clear()
            out.append(Slot("day", day))
            return
        for i, (after, minutes, kind) in enumerate(PAUSES):
            if i not in pauses_done and clock.time() >= after and clock.time() < DAY_ENDS:
                pauses_done.update(range(i + 1))
                add(kind, minutes)
                return

    if not entries or not _is(entries[0], OPENING_WORDS):
        add("opening", 15)
    for index, entry in enumerate(entries):
        parent = index + 1 < len(entries) and entries[index + 1].depth > entry.depth
        if entry.depth == 0:
            boundary()
        if parent:
            out.append(Slot("item", day, clock, None, entry))  # its sub-items carry the time
        else:
            add("item", entry.duration_min, entry)
    if not entries or not _is(entries[-1], CLOSING_WORDS):
        boundary()
        add("closing", 15)
    return out
