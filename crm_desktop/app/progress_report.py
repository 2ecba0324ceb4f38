"""The semi-annual progress report on the Plan of Action, assembled from the workspace.

Seed, E: the ST "revisa el Plan de Acción de la CRM y, en coordinación con la Presidencia Pro-Témpore,
elabora un Informe sobre el estado de avance de dicho Plan que contenga indicadores específicos de
progreso. El Informe deberá ser remitido semestralmente entre las reuniones del GRCM."
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app.bilingual import meeting_title_en
from crm_desktop.app.plan_of_action import activity_row, indicator_row, parse_semester, responsible_label, themes
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.reference import country
from crm_desktop.store.schema import Meeting, PresidencyTerm
from crm_desktop.store.tables.process import PoaActivity, PoaIndicator, PoaIndicatorValue


@dataclass
class ThemeSection:
    key: str
    name: str
    indicators: list[dict[str, Any]] = field(default_factory=list)
    done: list[dict[str, Any]] = field(default_factory=list)
    delayed: list[dict[str, Any]] = field(default_factory=list)
    pending: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class ProgressData:
    semester: str
    label: str
    lang: str
    presidency: str | None
    period_start: date
    period_end: date
    grcm_meetings: list[str]
    sections: list[ThemeSection]

    @property
    def totals(self) -> dict[str, int]:
        return {
            "indicators": sum(len(s.indicators) for s in self.sections),
            "reached": sum(1 for s in self.sections for i in s.indicators if i["reached"]),
            "done": sum(len(s.done) for s in self.sections),
            "delayed": sum(len(s.delayed) for s in self.sections),
            "pending": sum(len(s.pending) for s in self.sections),
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "semester": self.semester,
            "label": self.label,
            "lang": self.lang,
            "presidency": self.presidency,
            "period": [self.period_start.isoformat(), self.period_end.isoformat()],
            "grcm_meetings": self.grcm_meetings,
            "totals": self.totals,
            "themes": [
                {
                    "key": s.key,
                    "name": s.name,
                    "indicators": s.indicators,
                    "done": s.done,
                    "delayed": s.delayed,
                    "pending": s.pending,
                }
                for s in self.sections
            ],
        }


def assemble(ws: Workspace, semester: str, *, lang: str | None = None) -> ProgressData:
    """Indicator tables and activities done, delayed and pending at the end of ``semester``.

    Done: completed during the semester. Delayed: still open although their end date fell before the
    semester's end. Pending: open and not yet due. Activities completed in earlier semesters and
    cancelled ones are left out: the report is about the period.
    """
    language = lang or ws.lang
    sem = parse_semester(semester)
    as_of = sem.end
    with ws.read() as s:
        indicators = s.scalars(select(PoaIndicator).order_by(PoaIndicator.name_es)).all()
        values: dict[str, dict[str, float]] = {}
        for ind_id, sem_key, value in s.execute(
            select(PoaIndicatorValue.indicator_id, PoaIndicatorValue.semester, PoaIndicatorValue.value)
        ):
            values.setdefault(ind_id, {})[sem_key] = value
        activities = s.scalars(
            select(PoaActivity)
            .where((PoaActivity.start.is_(None)) | (PoaActivity.start <= as_of))
            # Activities finished before the semester or cancelled never appear: leave them in the database.
            .where(PoaActivity.status != poa.ActivityStatus.CANCELLED.value)
            .where(
                (PoaActivity.status != poa.ActivityStatus.DONE.value)
                | PoaActivity.completed_on.is_(None)
                | (PoaActivity.completed_on >= sem.start)
            )
            .order_by(PoaActivity.end, PoaActivity.title_es)
        ).all()
        ppt = s.scalar(select(PresidencyTerm.country_id).where(PresidencyTerm.year == sem.year))
        grcm = [
            in_lang(m.title, meeting_title_en(ws.config, m.body_id, m.title_en, m.ordinal, m.city), language)
            for m in s.scalars(
                select(Meeting)
                .where(Meeting.body_id == "grcm", Meeting.start >= sem.start, Meeting.start <= as_of)
                .order_by(Meeting.start)
            )
        ]
        sections = {t.key: ThemeSection(t.key, t.name(language)) for t in themes(ws)}
        for ind in indicators:
            if ind.theme in sections:
                sections[ind.theme].indicators.append(indicator_row(ind, values.get(ind.id, {}), sem))
        names: dict[str, str] = {}
        for a in activities:
            section = sections.get(a.theme)
            if section is None:
                continue
            if a.responsible not in names:
                names[a.responsible] = responsible_label(ws, a.responsible, language)
            row = {**activity_row(a, as_of), "responsible_name": names[a.responsible]}
            if row["standing"] == poa.Standing.DONE.value:
                if a.completed_on is not None and sem.start <= a.completed_on <= as_of:
                    section.done.append(row)
            elif row["standing"] == poa.Standing.DELAYED.value:
                section.delayed.append(row)
            elif row["standing"] == poa.Standing.PENDING.value:
                section.pending.append(row)
    return ProgressData(
        semester=str(sem),
        label=sem.label(language),
        lang=language,
        presidency=country(ppt).name(language) if ppt else None,
        period_start=sem.start,
        period_end=as_of,
        grcm_meetings=grcm,
        sections=list(sections.values()),
    )


def write_pdf(data: ProgressData, path: Path) -> None:
    from crm_desktop.reports.progress import write_progress_pdf

    write_progress_pdf(data.as_json(), path)
