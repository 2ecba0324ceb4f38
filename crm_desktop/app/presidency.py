"""The Pro-Tempore Presidency: candidacies announced at the Vice-Ministers' plenary, designation by
consensus, annual rotation."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select

from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import rules
from crm_desktop.domain.model import ActKind, Audience
from crm_desktop.store.schema import Act, Candidacy, Meeting, PresidencyTerm


def announce_candidacy(
    ws: Workspace, country: str, year: int, meeting_id: str, *, segment: str = "plenary", on: date | None = None
) -> str:
    with ws.change(Audience.PUBLIC) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        verdict = rules.candidacy(country, meeting.body_id, segment)
        require(verdict)
        return ch.put(
            Candidacy,
            new_id(),
            country_id=country,
            year=year,
            meeting_id=meeting.id,
            announced_on=on or meeting.start.date(),
        )


def designate(
    ws: Workspace,
    country: str,
    year: int,
    *,
    objections: list[str] | None = None,
    meeting_id: str | None = None,
    on: date | None = None,
    consecutive_by_consensus: bool = False,
) -> str:
    """Record the designation of ``country`` for ``year``; returns the term's id.

    ``consecutive_by_consensus`` records, in the same change, the member countries' consensus that the
    country holds the Presidency two years running (an act the rule then finds).
    """
    with ws.change(Audience.PUBLIC) as ch:
        if meeting_id is not None:
            meeting_id = get(ch.session, Meeting, meeting_id, "meeting").id
        cands = [
            rules.Candidacy(c.country_id, c.year, m.body_id, "plenary")
            for c, m in ch.session.execute(select(Candidacy, Meeting).join(Meeting, Meeting.id == Candidacy.meeting_id))
        ]
        designated = {t.year: t.country_id for t in ch.session.scalars(select(PresidencyTerm))}
        agreed = consecutive_by_consensus or (
            ch.session.scalar(
                select(Act.id).where(
                    Act.kind == ActKind.CONSECUTIVE_TERM.value, Act.subject == country, Act.note == str(year)
                )
            )
            is not None
        )
        verdict = rules.designation(
            country,
            year,
            candidacies=cands,
            objections=objections or [],
            designated_by_year=designated,
            consecutive_by_consensus=agreed,
        )
        require(verdict)
        if consecutive_by_consensus:
            ch.put(
                Act,
                new_id(),
                kind=ActKind.CONSECUTIVE_TERM.value,
                subject=country,
                meeting_id=meeting_id,
                capabilities=[],
                date=on or date.today(),
                granted_by=None,
                note=str(year),  # the year the consensus covers: what designate() looks up
            )
        existing = ch.session.scalar(select(PresidencyTerm.id).where(PresidencyTerm.year == year))
        return ch.put(
            PresidencyTerm,
            existing or new_id(),
            country_id=country,
            year=year,
            designated_on=on or date.today(),
            designated_at_meeting_id=meeting_id,
        )


def terms(ws: Workspace) -> list[dict[str, Any]]:
    with ws.read() as s:
        return [
            {"id": t.id, "country": t.country_id, "year": t.year}
            for t in s.scalars(select(PresidencyTerm).order_by(PresidencyTerm.year))
        ]


def troika(ws: Workspace, year: int) -> dict[str, str | None]:
    """Previous, current and next Presidency (the "troika" used in practice)."""
    by_year = {t["year"]: t["country"] for t in terms(ws)}
    return {"previous": by_year.get(year - 1), "current": by_year.get(year), "next": by_year.get(year + 1)}
