"""The yearly handover of the Pro-Tempore Presidency: rotation plan, troika and the handover pack (open
actions, pending activities, upcoming meetings, the Presidency's duties such as the return fund) as data,
JSON and PDF."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app import follow_up, plan_of_action, work_plans
from crm_desktop.app.bilingual import meeting_title_en
from crm_desktop.app.plan_of_action import responsible_label
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import handover as rules
from crm_desktop.domain.model import Audience
from crm_desktop.domain.reference import country
from crm_desktop.store.schema import Meeting, PresidencyTerm
from crm_desktop.store.tables.process import RotationPlanEntry


def plan_rotation(ws: Workspace, year: int, country_code: str, *, note: str | None = None) -> str:
    require(rules.rotation_entry(country_code))
    with ws.change(Audience.PUBLIC) as ch:
        return ch.put(RotationPlanEntry, str(year), year=year, country_id=country_code, note=note)


def _by_year(ws: Workspace) -> tuple[dict[int, str], dict[int, str]]:
    with ws.read() as s:
        planned = {r.year: r.country_id for r in s.scalars(select(RotationPlanEntry))}
        designated = {t.year: t.country_id for t in s.scalars(select(PresidencyTerm))}
    return planned, designated


def rotation(ws: Workspace, *, lang: str | None = None) -> dict[str, Any]:
    """Planned and designated Presidencies by year, with the warnings where they disagree."""
    language = lang or ws.lang
    planned, designated = _by_year(ws)
    years = sorted(set(planned) | set(designated))
    return {
        "years": [{"year": y, "planned": planned.get(y), "designated": designated.get(y)} for y in years],
        "warnings": [m.render(language) for m in rules.rotation_warnings(planned, designated)],
    }


def _name(code: str | None, lang: str) -> str | None:
    return country(code).name(lang) if code else None


def handover_pack(ws: Workspace, year: int, *, as_of: date | None = None, lang: str | None = None) -> dict[str, Any]:
    """What the outgoing Presidency (``year``) hands to the next one."""
    language = lang or ws.lang
    day = as_of or date.today()
    planned, designated = _by_year(ws)
    t = rules.troika({**planned, **designated}, year)
    plans = work_plans.list_plans(ws, as_of=day)
    open_plan_actions = []
    for p in plans:
        for a in work_plans.plan_actions(ws, p["id"], as_of=day):
            if a["status"] in ("planned", "in_progress"):
                open_plan_actions.append(
                    {
                        **a,
                        "network": p["network"],
                        "network_name": responsible_label(ws, p["network"], language),
                        "work_plan": p["title"],
                    }
                )
    with ws.read() as s:
        upcoming = s.scalars(
            select(Meeting).where(Meeting.start >= datetime.combine(day, datetime.min.time())).order_by(Meeting.start)
        ).all()
        meetings = [
            {
                "id": m.id,
                "title": m.title,
                "title_en": meeting_title_en(ws.config, m.body_id, m.title_en, m.ordinal, m.city),
                "body": m.body_id,
                "start": m.start.date().isoformat(),
                "end": m.end.date().isoformat(),
                "city": m.city,
                "host_country": m.host_country_id,
                "status": m.status,
            }
            for m in upcoming
        ]
    activities = [
        {**a, "responsible_name": responsible_label(ws, a["responsible"], language)}
        for a in plan_of_action.list_activities(ws, as_of=day)
        if a["standing"] in ("pending", "delayed")
    ]
    open_actions = [
        {**a, "owner_name": responsible_label(ws, a["owner"], language) if a["owner"] else None}
        for a in follow_up.actions(ws, as_of=day, only_open=True)
    ]
    return {
        "year": year,
        "as_of": day.isoformat(),
        "troika": {
            "previous": t.previous,
            "current": t.current,
            "next": t.next,
            "previous_name": _name(t.previous, language),
            "current_name": _name(t.current, language),
            "next_name": _name(t.next, language),
        },
        "open_actions": open_actions,
        "open_work_plan_actions": open_plan_actions,
        "pending_activities": activities,
        "upcoming_meetings": meetings,
        "rotation_warnings": [m.render(language) for m in rules.rotation_warnings(planned, designated)],
        "duties": [
            {"text": duty.render(language), "source": source.message().render(language)}
            for duty, source in rules.duties_handed_over()
        ],
    }


def write_json(pack: dict[str, Any], path: Path) -> None:
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps(pack, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    tmp.replace(path)


def write_pdf(pack: dict[str, Any], path: Path, *, lang: str) -> None:
    from crm_desktop.reports.handover import write_handover_pdf

    write_handover_pdf(pack, path, lang=lang)
