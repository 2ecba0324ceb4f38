"""Dates as people read them, in Spanish and English: one module for documents, tables and the CLI.

Documents write dates in words ("18 de noviembre de 2026" / "18 November 2026"); tables use a short
form that no delegation can misread ("18 nov 2026" / "18 Nov 2026"), never 7/12/2026 (which is 7
December in Spanish and 12 July in English).
"""

from __future__ import annotations

from datetime import date, datetime

MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

DAYS_ES = ["Lunes", "Martes", "Miércoles", "Jueves", "Viernes", "Sábado", "Domingo"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def format_day(d: date | datetime, lang: str) -> str:
    """ "Miércoles 18 de noviembre de 2026" / "Wednesday 18 November 2026"."""
    names = DAYS_EN if lang == "en" else DAYS_ES
    return f"{names[d.weekday()]} {format_date(d, lang)}"


def format_date(d: date | datetime, lang: str) -> str:
    if lang == "en":
        return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"


def format_range(start: date | datetime, end: date | datetime, lang: str) -> str:
    """ "17 y 18 de marzo de 2026" / "17–18 March 2026", shortened when month and year are shared."""
    s = start.date() if isinstance(start, datetime) else start
    e = end.date() if isinstance(end, datetime) else end
    if s == e:
        return format_date(s, lang)
    if lang == "en":
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.day}–{e.day} {MONTHS_EN[s.month - 1]} {s.year}"
        return f"{format_date(s, lang)} – {format_date(e, lang)}"
    if (s.year, s.month) == (e.year, e.month):
        joiner = "y" if (e - s).days == 1 else "al"
        return f"{s.day} {joiner} {e.day} de {MONTHS_ES[s.month - 1]} de {s.year}"
    return f"{s.day} de {MONTHS_ES[s.month - 1]} al {format_date(e, lang)}"


def short_date(d: date | datetime, lang: str) -> str:
    """ "18 nov 2026" / "18 Nov 2026": the month in letters, so day and month cannot be swapped."""
    month = MONTHS_EN[d.month - 1][:3] if lang == "en" else MONTHS_ES[d.month - 1][:3]
    return f"{d.day} {month} {d.year}"


def short_range(start: date | datetime, end: date | datetime, lang: str) -> str:
    """ "17–18 nov 2026"; the two full short dates when month or year differ."""
    s = start.date() if isinstance(start, datetime) else start
    e = end.date() if isinstance(end, datetime) else end
    if s == e:
        return short_date(s, lang)
    if (s.year, s.month) == (e.year, e.month):
        return f"{s.day}–{short_date(e, lang)}"
    return f"{short_date(s, lang)} – {short_date(e, lang)}"


def short_when(d: date | datetime | str, lang: str) -> str:
    """A stored date or date-time (``date``, ``datetime`` or ISO text) for a table: "18 nov 2026 09:00"."""
    if isinstance(d, str):
        if not d:
            return ""
        d = datetime.fromisoformat(d) if "T" in d or " " in d else date.fromisoformat(d)
    if isinstance(d, datetime):
        return f"{short_date(d, lang)} {d:%H:%M}"
    return short_date(d, lang)
