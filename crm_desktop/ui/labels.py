"""Labels for stored codes (statuses, entities) and locale-aware dates, in the interface's language.

Stored values are language-neutral codes; their names live in the domain's vocabulary
(:data:`crm_desktop.domain.vocabulary.VOCABULARY`), shared with the reports, the mail and the command
line. This module only picks the interface's language, so a language switch re-labels everything that
calls it again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, QLocale, QTime

from crm_desktop.domain import dates, vocabulary, zones
from crm_desktop.domain.messages import msg


def name(category: str, code: str) -> str:
    """The name of ``code`` in a category of the domain's vocabulary, in the interface's language."""
    return vocabulary.label(category, code).render(ui_lang())


def meeting_status(code: str) -> str:
    return name("meeting_status", code)


def overdue(code: str, end: datetime | date) -> bool:
    """A meeting whose last day is over but whose status still says it is to come (planned, convened)."""
    last = end.date() if isinstance(end, datetime) else end
    return code in ("planned", "convened") and last < date.today()


def meeting_status_now(code: str, end: datetime | date) -> str:
    """The status as a list shows it: a meeting that is over but not recorded as held asks to be closed."""
    if overdue(code, end):
        return name("meeting_now", "overdue")
    return meeting_status(code)


def status_action(code: str) -> str:
    """The button that moves a meeting to status ``code``."""
    return name("status_action", code)


def agenda_status(code: str) -> str:
    return name("agenda_status", code)


def document_status(code: str) -> str:
    return name("document_status", code)


def decision_kind(code: str) -> str:
    return name("decision_kind", code)


def entity(code: str) -> str:
    return name("entity", code)


def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def ui_lang() -> str:
    """The interface's language, from the locale the translations set (:mod:`crm_desktop.ui.i18n`)."""
    return "en" if QLocale().language() == QLocale.Language.English else "es"


def number_locale() -> QLocale:
    """The locale of numbers in editors: "12,500.00" in both languages, as the tables write them
    (:mod:`crm_desktop.domain.numbers`): Mexico's Spanish, the United States' English."""
    if ui_lang() == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)


def short_date(d: date | datetime) -> str:
    """ "18 nov 2026" / "18 Nov 2026": the month in letters, never 7/12/2026 read two ways."""
    return dates.short_date(d, ui_lang())


def meeting_choice(meeting: dict[str, Any]) -> str:
    """A meeting in a chooser: "18 nov 2026 — XXXI Reunión…", the date in words, never 2026-11-18."""
    return f"{dates.short_when(str(meeting['start'])[:10], ui_lang())} — {meeting['shown_title']}"


def long_date(d: date | datetime) -> str:
    day = d.date() if isinstance(d, datetime) else d
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def date_range(start: datetime, end: datetime) -> str:
    return dates.short_range(start, end, ui_lang())


def meeting_times(start: datetime, end: datetime, zone: str | None, city: str | None) -> str:
    """ "17–18 Mar 2026, 9:00 AM – 6:00 PM, San José time (UTC−6)": the zone in the meeting's terms."""
    named = zones.zone_name(zone, start.date(), ui_lang(), city)
    return ", ".join(x for x in (date_range(start, end), time_range(start, end), named) if x)


def time_range(start: datetime, end: datetime) -> str:
    loc = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    first, last = (QTime(t.hour, t.minute, t.second) for t in (start, end))
    return f"{loc.toString(first, fmt)} – {loc.toString(last, fmt)}"


def item_kind(code: str) -> str:
    return name("item_kind", code)


def audience(code: str) -> str:
    return name("audience", code)


def category(code: str) -> str:
    return name("category", code)


def role(code: str) -> str:
    return name("role", code)


def roles(codes: list[str] | tuple[str, ...]) -> str:
    return ", ".join(role(c) for c in codes)


def segment(code: str) -> str:
    return name("segment", code)


def act_kind(code: str) -> str:
    return name("act_kind", code)


def capability(code: str) -> str:
    return name("capability", code)


def minutes(total: int) -> str:
    """A duration as people say it: "45 min", "1 h 30 min"."""
    h, m = divmod(total, 60)
    if h and m:
        return msg("label.duration.hours_minutes", h=h, m=m).render(ui_lang())
    if h:
        return msg("label.duration.hours", h=h).render(ui_lang())
    return msg("label.duration.minutes", m=m).render(ui_lang())
