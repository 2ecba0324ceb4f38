"""Plan of Action: themes (configuration), activities, indicators and their values per semester."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from crm_desktop.app.errors import BadInput, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Changes, Workspace, new_id
from crm_desktop.domain import plan_of_action as poa
from crm_desktop.domain import vocabulary
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.reference import country, member_codes
from crm_desktop.store.schema import AgendaItem
from crm_desktop.store.tables.process import PoaActivity, PoaIndicator, PoaIndicatorValue, PoaTheme


def parse_semester(text: str) -> poa.Semester:
    try:
        return poa.Semester.parse(text)
    except ValueError:
        raise BadInput(msg("poa.bad_semester", text=text)) from None


# --- themes -------------------------------------------------------------------------------------


def themes(ws: Workspace) -> list[poa.Theme]:
    """The workspace's themes; the seed's three until the workspace sets its own."""
    with ws.read() as s:
        rows = s.scalars(select(PoaTheme).order_by(PoaTheme.position)).all()
        if rows:
            return [poa.Theme(r.id, r.name_es, r.name_en) for r in rows]
    return list(poa.default_themes())


def set_themes(ws: Workspace, new: list[poa.Theme]) -> None:
    """Replace the themes (later practice organises the plan by strategic axes). Themes still used by an
    activity, an indicator or an agenda item (the agenda shares them) cannot be removed."""
    keys = [t.key for t in new]
    if not new or len(set(keys)) != len(keys) or any(not k.strip() for k in keys):
        raise invalid(msg("invalid.themes_keys"))
    with ws.change(Audience.PUBLIC) as ch:
        used = set(ch.session.scalars(select(PoaActivity.theme))) | set(ch.session.scalars(select(PoaIndicator.theme)))
        used |= set(ch.session.scalars(select(AgendaItem.theme).where(AgendaItem.theme.is_not(None))))
        missing = sorted(used - set(keys))
        if missing:
            raise invalid(msg("invalid.themes_in_use", value=", ".join(missing)))
        for old in ch.session.scalars(select(PoaTheme.id)):
            if old not in keys:
                ch.delete(PoaTheme, old)
        for i, t in enumerate(new):
            ch.put(PoaTheme, t.key, position=i, name_es=t.name_es, name_en=t.name_en)


def _ensure_themes(ch: Changes) -> list[poa.Theme]:
    """Copy the default themes into the workspace the first time the plan is written, so that every
    laptop shares the same configuration from then on."""
    rows = ch.session.scalars(select(PoaTheme).order_by(PoaTheme.position)).all()
    if rows:
        return [poa.Theme(r.id, r.name_es, r.name_en) for r in rows]
    out = list(poa.default_themes())
    for i, t in enumerate(out):
        ch.put(PoaTheme, t.key, position=i, name_es=t.name_es, name_en=t.name_en)
    return out


def _check_theme(theme: str, known: list[poa.Theme]) -> None:
    if theme not in poa.theme_keys(known):
        raise BadInput(msg("poa.unknown_theme", theme=theme, themes=", ".join(t.key for t in known)))


# --- activities ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ActivityInput:
    theme: str
    kind: str
    title_es: str
    responsible: str
    title_en: str | None = None
    start: date | None = None
    end: date | None = None
    priority: bool = False
    meeting_id: str | None = None
    notes: str | None = None


def responsible_label(ws: Workspace, who: str, lang: str) -> str:
    """A member country's or body's name for a responsible party key."""
    if who in member_codes():
        return country(who).name(lang)
    if who == "ST":
        return vocabulary.name("organisation", "st", lang)
    if ws.config.has_body(who):
        return ws.config.body(who).short(lang)
    return who


def _check_responsible(ws: Workspace, who: str) -> None:
    if who in member_codes() or who == "ST" or ws.config.has_body(who):
        return
    raise BadInput(msg("poa.unknown_responsible", who=who))


def add_activity(ws: Workspace, data: ActivityInput) -> str:
    kinds = {k.key for k in poa.activity_kinds()}
    if data.kind not in kinds:
        raise BadInput(msg("poa.unknown_kind", kind=data.kind, kinds=", ".join(sorted(kinds))))
    if not data.title_es.strip():
        raise invalid(msg("invalid.title_empty"))
    _check_responsible(ws, data.responsible)
    require(poa.validate_dates(data.start, data.end))
    with ws.change(Audience.PUBLIC) as ch:
        _check_theme(data.theme, _ensure_themes(ch))
        return ch.put(
            PoaActivity,
            new_id(),
            theme=data.theme,
            kind=data.kind,
            title_es=data.title_es.strip(),
            title_en=data.title_en,
            responsible=data.responsible,
            start=data.start,
            end=data.end,
            priority=data.priority,
            needs_funding=False,
            status=poa.ActivityStatus.PLANNED.value,
            meeting_id=data.meeting_id,
            notes=data.notes,
        )


def _facts(a: PoaActivity) -> poa.ActivityFacts:
    return poa.ActivityFacts(
        id=a.id,
        status=poa.ActivityStatus(a.status),
        priority=a.priority,
        start=a.start,
        end=a.end,
        completed_on=a.completed_on,
        needs_funding=a.needs_funding,
    )


def set_activity_status(ws: Workspace, activity_id: str, status: str, *, on: date | None = None) -> None:
    try:
        target = poa.ActivityStatus(status)
    except ValueError:
        raise invalid(msg("invalid.activity_status", choices=", ".join(s.value for s in poa.ActivityStatus))) from None
    with ws.change(Audience.PUBLIC) as ch:
        a = get(ch.session, PoaActivity, activity_id, "activity")
        require(poa.activity_transition(poa.ActivityStatus(a.status), target))
        completed = (on or date.today()) if target == poa.ActivityStatus.DONE else None
        ch.put(PoaActivity, a.id, status=target.value, completed_on=completed)


def set_priority(ws: Workspace, activity_id: str, priority: bool) -> None:
    with ws.change(Audience.PUBLIC) as ch:
        a = get(ch.session, PoaActivity, activity_id, "activity")
        fields: dict[str, Any] = {"priority": priority}
        if not priority and a.needs_funding:
            fields["needs_funding"] = False  # funding is only decided for priority activities
        ch.put(PoaActivity, a.id, **fields)


def decide_funding(
    ws: Workspace, activity_id: str, needs_funding: bool, *, amount_cents: int | None = None, on: date | None = None
) -> None:
    """Record the PPT's determination, with the members, that a pending priority activity needs funding."""
    with ws.change(Audience.MEMBERS) as ch:
        a = get(ch.session, PoaActivity, activity_id, "activity")
        require(poa.funding_decision(_facts(a), needs_funding))
        ch.put(
            PoaActivity,
            a.id,
            needs_funding=needs_funding,
            funding_cents=amount_cents if needs_funding else None,
            funding_decided_on=on or date.today(),
        )


def activity_row(a: PoaActivity, as_of: date) -> dict[str, Any]:
    return {
        "id": a.id,
        "theme": a.theme,
        "kind": a.kind,
        "title_es": a.title_es,
        "title_en": a.title_en,
        "responsible": a.responsible,
        "start": a.start.isoformat() if a.start else None,
        "end": a.end.isoformat() if a.end else None,
        "priority": a.priority,
        "needs_funding": a.needs_funding,
        "funding_cents": a.funding_cents,
        "status": a.status,
        "completed_on": a.completed_on.isoformat() if a.completed_on else None,
        "standing": poa.standing(_facts(a), as_of).value,
    }


def list_activities(
    ws: Workspace, *, theme: str | None = None, as_of: date | None = None, standing: str | None = None
) -> list[dict[str, Any]]:
    day = as_of or date.today()
    with ws.read() as s:
        q = select(PoaActivity).order_by(PoaActivity.theme, PoaActivity.start, PoaActivity.title_es)
        if theme:
            q = q.where(PoaActivity.theme == theme)
        rows = [activity_row(a, day) for a in s.scalars(q)]
    return [r for r in rows if standing is None or r["standing"] == standing]


def funding_candidates(ws: Workspace) -> list[dict[str, Any]]:
    """Pending priority activities, for the PPT's review with the members."""
    today = date.today()
    with ws.read() as s:
        acts = s.scalars(select(PoaActivity).order_by(PoaActivity.start)).all()
        chosen = {f.id for f in poa.funding_candidates(_facts(a) for a in acts)}
        return [activity_row(a, today) for a in acts if a.id in chosen]


# --- indicators ---------------------------------------------------------------------------------


def add_indicator(
    ws: Workspace,
    theme: str,
    name_es: str,
    *,
    baseline: float,
    target: float,
    name_en: str | None = None,
    unit: str | None = None,
    activity_id: str | None = None,
) -> str:
    require(poa.validate_indicator(name_es, baseline, target))
    with ws.change(Audience.PUBLIC) as ch:
        _check_theme(theme, _ensure_themes(ch))
        act = get(ch.session, PoaActivity, activity_id, "activity").id if activity_id else None
        return ch.put(
            PoaIndicator,
            new_id(),
            theme=theme,
            activity_id=act,
            name_es=name_es.strip(),
            name_en=name_en,
            unit=unit,
            baseline=float(baseline),
            target=float(target),
        )


def record_value(ws: Workspace, indicator_id: str, semester: str, value: float, *, note: str | None = None) -> str:
    sem = parse_semester(semester)
    with ws.change(Audience.PUBLIC) as ch:
        ind = get(ch.session, PoaIndicator, indicator_id, "indicator")
        return ch.put(
            PoaIndicatorValue,
            f"{ind.id}:{sem}",
            indicator_id=ind.id,
            semester=str(sem),
            value=float(value),
            note=note,
        )


def indicator_table(ws: Workspace, semester: str, *, theme: str | None = None) -> list[dict[str, Any]]:
    """Each indicator with its value and progress at the end of ``semester`` and the semester before."""
    sem = parse_semester(semester)
    with ws.read() as s:
        q = select(PoaIndicator).order_by(PoaIndicator.theme, PoaIndicator.name_es)
        if theme:
            q = q.where(PoaIndicator.theme == theme)
        indicators = s.scalars(q).all()
        values: dict[str, dict[str, float]] = {}
        for v in s.scalars(select(PoaIndicatorValue)):
            values.setdefault(v.indicator_id, {})[v.semester] = v.value
    return [indicator_row(i, values.get(i.id, {}), sem) for i in indicators]


def indicator_row(i: PoaIndicator, values: dict[str, float], sem: poa.Semester) -> dict[str, Any]:
    ordered = poa.measurements(values)
    now = poa.progress_in(i.baseline, i.target, ordered, sem)
    before = poa.progress_in(i.baseline, i.target, ordered, sem.previous())
    return {
        "id": i.id,
        "theme": i.theme,
        "activity_id": i.activity_id,
        "name_es": i.name_es,
        "name_en": i.name_en,
        "unit": i.unit,
        "baseline": i.baseline,
        "target": i.target,
        "value": now.value,
        "measured_in": now.measured_in,
        "progress": round(now.progress, 4),
        "previous_progress": round(before.progress, 4),
        "reached": now.reached,
        "series": [(str(when), value) for when, value in ordered if when <= sem],
    }
