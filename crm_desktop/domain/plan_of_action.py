"""The Plan of Action: themes, activities, indicators and their progress per semester.

Seed, intro: "Para definir sus líneas de trabajo, la CRM creó su Plan de Acción [...] La CRM divide su
agenda y Plan de Acción bajo los siguientes temas: Políticas migratorias y Gestión; Derechos Humanos;
y Migración y Desarrollo." The themes and the kinds of activity are configuration (a data file, copied
into each workspace), because later practice replaced the Plan of Action by strategic plans.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import msg
from crm_desktop.domain.rules import ALLOWED, Verdict, refuse
from crm_desktop.domain.vocabulary import state


@dataclass(frozen=True, slots=True)
class Theme:
    key: str
    name_es: str
    name_en: str

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)


@dataclass(frozen=True, slots=True)
class ActivityKind:
    key: str
    name_es: str
    name_en: str

    def name(self, lang: str) -> str:
        return in_lang(self.name_es, self.name_en, lang)


@cache
def _default_json() -> dict[str, Any]:
    text = resources.files("crm_desktop.resources").joinpath("reference", "plan_of_action.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def default_themes() -> tuple[Theme, ...]:
    """The seed's three themes, the default configuration of a new workspace."""
    return tuple(Theme(t["key"], t["name_es"], t["name_en"]) for t in _default_json()["themes"])


def activity_kinds() -> tuple[ActivityKind, ...]:
    """Seed, C: the Plan of Action "incluye el intercambio de información, los seminarios, las capacitaciones
    y los proyectos"."""
    return tuple(ActivityKind(k["key"], k["name_es"], k["name_en"]) for k in _default_json()["activity_kinds"])


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_ACTIVITY = frozenset({ActivityStatus.PLANNED, ActivityStatus.IN_PROGRESS})


# --- semesters ----------------------------------------------------------------------------------

_SEMESTER = re.compile(r"^(\d{4})-([12])$")


@dataclass(frozen=True, slots=True, order=True)
class Semester:
    """A half year, written ``2026-1`` (January–June) or ``2026-2`` (July–December).

    Seed, E: the ST's report on the Plan of Action "deberá ser remitido semestralmente entre las
    reuniones del GRCM".
    """

    year: int
    half: int

    @classmethod
    def parse(cls, text: str) -> Semester:
        return _parse_semester(text)

    @classmethod
    def of(cls, day: date) -> Semester:
        return cls(day.year, 1 if day.month <= 6 else 2)

    def __str__(self) -> str:
        return f"{self.year}-{self.half}"

    @property
    def start(self) -> date:
        return date(self.year, 1 if self.half == 1 else 7, 1)

    @property
    def end(self) -> date:
        return date(self.year, 6, 30) if self.half == 1 else date(self.year, 12, 31)

    def previous(self) -> Semester:
        return Semester(self.year - 1, 2) if self.half == 1 else Semester(self.year, 1)

    def label(self, lang: str) -> str:
        return msg(f"semester.half{self.half}", year=str(self.year)).render(lang)


@lru_cache(maxsize=4096)
def _parse_semester(text: str) -> Semester:
    # Cached: a report over many years parses the same few dozen semester keys thousands of times.
    m = _SEMESTER.match(text.strip())
    if not m:
        raise ValueError(text)
    return Semester(int(m.group(1)), int(m.group(2)))


# --- indicators ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IndicatorProgress:
    """Where an indicator stands in a semester.

    ``progress`` is the share of the way from baseline to target already covered (0.0–1.0, clamped:
    a value beyond the target counts as reached, one that moved away from it as no progress);
    ``value`` is the latest value recorded up to the semester, ``None`` when there is none yet.
    """

    value: float | None
    progress: float
    reached: bool
    measured_in: str | None


def indicator_progress(baseline: float, target: float, value: float | None) -> float:
    """Share of the distance from baseline to target covered by ``value``; works for falling targets too
    (a waiting time to bring down) because the distance keeps its sign."""
    if value is None:
        return 0.0
    distance = target - baseline
    if distance == 0:
        return 1.0 if value == target else 0.0
    return max(0.0, min(1.0, (value - baseline) / distance))


def measurements(values: dict[str, float]) -> list[tuple[Semester, float]]:
    """An indicator's values per semester (``2026-1`` keys), oldest first."""
    return sorted((Semester.parse(k), v) for k, v in values.items())


def progress_in(
    baseline: float, target: float, ordered: list[tuple[Semester, float]], semester: Semester
) -> IndicatorProgress:
    """Progress at the end of ``semester`` from :func:`measurements`: the latest value not after it counts."""
    latest: tuple[Semester, float] | None = None
    for when, value in ordered:
        if when > semester:
            break
        latest = (when, value)
    if latest is None:
        return IndicatorProgress(None, 0.0, False, None)
    share = indicator_progress(baseline, target, latest[1])
    return IndicatorProgress(latest[1], share, share >= 1.0, str(latest[0]))


def progress_at(baseline: float, target: float, values: dict[str, float], semester: Semester) -> IndicatorProgress:
    """Progress of an indicator at the end of ``semester``, from its values per semester (``2026-1`` keys):
    the latest measurement not after the semester counts."""
    return progress_in(baseline, target, measurements(values), semester)


def validate_indicator(name: str, baseline: float, target: float) -> Verdict:
    if not name.strip():
        return refuse(msg("poa.indicator_no_name"))
    if baseline == target:
        return refuse(msg("poa.indicator_target_equals_baseline"))
    return ALLOWED


# --- activities ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityFacts:
    """What the rules need to know about an activity of the Plan of Action."""

    id: str
    status: ActivityStatus
    priority: bool
    start: date | None = None
    end: date | None = None
    completed_on: date | None = None
    needs_funding: bool = False


class Standing(StrEnum):
    """Where an activity stands at a given date, as the progress report groups them."""

    DONE = "done"
    DELAYED = "delayed"
    PENDING = "pending"
    CANCELLED = "cancelled"


def standing(activity: ActivityFacts, as_of: date) -> Standing:
    """Done; delayed (still open after its end date); or pending (open, not yet due). An activity
    completed after ``as_of`` was still open on that date (a report on a past semester says so)."""
    if activity.status == ActivityStatus.DONE:
        if activity.completed_on is None or activity.completed_on <= as_of:
            return Standing.DONE
        return Standing.DELAYED if activity.end is not None and activity.end < as_of else Standing.PENDING
    if activity.status == ActivityStatus.CANCELLED:
        return Standing.CANCELLED
    if activity.end is not None and activity.end < as_of:
        return Standing.DELAYED
    return Standing.PENDING


def funding_decision(activity: ActivityFacts, needs_funding: bool) -> Verdict:
    """May the Presidency mark this activity as needing funding?

    Seed, B: the PPT "determina, en consulta con los Países Miembros, las actividades prioritarias
    identificadas en el Plan de Acción que se encuentren pendientes y que requieren financiamiento para
    realizarlas." Only priority activities still pending qualify; clearing the flag is always allowed.
    """
    if not needs_funding:
        return ALLOWED
    if not activity.priority:
        return refuse(msg("poa.funding_not_priority"))
    if activity.status not in OPEN_ACTIVITY:
        return refuse(msg("poa.funding_not_pending", status=state("activity_status", activity.status)))
    return ALLOWED


def funding_candidates(activities: Iterable[ActivityFacts]) -> list[ActivityFacts]:
    """The activities the PPT reviews with the members for funding (seed, B, quoted above)."""
    return [a for a in activities if a.priority and a.status in OPEN_ACTIVITY]


def activity_transition(current: ActivityStatus, target: ActivityStatus) -> Verdict:
    if current == target:
        return ALLOWED
    if current in (ActivityStatus.DONE, ActivityStatus.CANCELLED) and target != ActivityStatus.IN_PROGRESS:
        return refuse(
            msg("poa.bad_transition", from_=state("activity_status", current), to=state("activity_status", target))
        )
    return ALLOWED


def validate_dates(start: date | None, end: date | None) -> Verdict:
    if start and end and end < start:
        return refuse(msg("meeting.end_before_start"))
    return ALLOWED


def theme_keys(themes: Sequence[Theme]) -> set[str]:
    return {t.key for t in themes}
