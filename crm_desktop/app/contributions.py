"""The ST's annual budget, the scale of contributions and the member countries' payments.

Budget figures are recorded with the audience "secretariat" (default) or "members", never public, so a
bundle for observers never carries them.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app.bilingual import shown_title
from crm_desktop.app.errors import Refused, invalid
from crm_desktop.app.lookup import get
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Workspace, new_id
from crm_desktop.domain import contributions as rules
from crm_desktop.domain.agenda_topics import budget_segment
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience
from crm_desktop.domain.reference import country, member_codes
from crm_desktop.store.schema import Meeting
from crm_desktop.store.tables.process import ContributionPayment, ContributionScale, StBudget


def _audience(audience: Audience | str) -> str:
    require(rules.budget_audience(str(audience)))
    return str(audience)


def approve_budget(
    ws: Workspace,
    year: int,
    amount_cents: int,
    meeting_id: str,
    *,
    currency: str = "USD",
    on: date | None = None,
    audience: Audience | str = Audience.SECRETARIAT,
    segment: str = "closed_door",
) -> str:
    """Record the annual budget as approved by the Vice-Ministers at ``meeting_id``, in its closed-door
    ``segment`` (:func:`crm_desktop.domain.agenda_topics.budget_segment`)."""
    require(rules.positive_amount(amount_cents))
    with ws.change(_audience(audience)) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        require(rules.budget_approval(meeting.body_id))
        seg = ws.config.body(meeting.body_id).segment(segment)
        if seg is None:
            raise invalid(f"{meeting.body_id} has no segment {segment!r}")
        require(budget_segment(seg.closed_door, seg.label))
        return ch.put(
            StBudget,
            str(year),
            year=year,
            amount_cents=amount_cents,
            currency=currency,
            approved_at_meeting_id=meeting.id,
            approved_on=on or meeting.end.date(),
        )


def set_scale(
    ws: Workspace,
    from_year: int,
    shares: dict[str, int],
    *,
    meeting_id: str | None = None,
    audience: Audience | str = Audience.SECRETARIAT,
) -> str:
    """A new scale of contributions (basis points per member country), in force from ``from_year``."""
    require(rules.validate_scale(shares, member_codes()))
    with ws.change(_audience(audience)) as ch:
        if meeting_id:
            meeting_id = get(ch.session, Meeting, meeting_id, "meeting").id
        return ch.put(
            ContributionScale,
            str(from_year),
            from_year=from_year,
            shares=dict(sorted(shares.items())),
            approved_at_meeting_id=meeting_id,
        )


def record_payment(
    ws: Workspace,
    country_code: str,
    year: int,
    amount_cents: int,
    *,
    on: date | None = None,
    reference: str | None = None,
    audience: Audience | str = Audience.SECRETARIAT,
) -> str:
    require(rules.payment(country_code, amount_cents, member_codes()))
    with ws.change(_audience(audience)) as ch:
        return ch.put(
            ContributionPayment,
            new_id(),
            country_id=country_code,
            year=year,
            amount_cents=amount_cents,
            paid_on=on or date.today(),
            reference=reference,
        )


def scales(ws: Workspace) -> list[rules.Scale]:
    with ws.read() as s:
        return [
            rules.Scale(r.from_year, dict(r.shares))
            for r in s.scalars(select(ContributionScale).order_by(ContributionScale.from_year))
        ]


def budgets(ws: Workspace) -> dict[int, int]:
    with ws.read() as s:
        return {b.year: b.amount_cents for b in s.scalars(select(StBudget))}


def expected_for(ws: Workspace, year: int) -> dict[str, int]:
    """Each member country's expected contribution for ``year`` (cents), adding up to the budget."""
    budget = budgets(ws).get(year)
    if budget is None:
        raise Refused(msg("budget.no_budget", year=year))
    scale = rules.scale_for(scales(ws), year)
    if scale is None:
        raise Refused(msg("budget.no_scale", year=year))
    return rules.expected_contributions(budget, scale)


def status(
    ws: Workspace, *, year: int | None = None, as_of: date | None = None, lang: str | None = None
) -> dict[str, Any]:
    """Expected vs paid per country and year, arrears at ``as_of``, and totals per year."""
    day = as_of or date.today()
    language = lang or ws.lang
    with ws.read() as s:
        payments = [(p.country_id, p.year, p.amount_cents) for p in s.scalars(select(ContributionPayment))]
        budget_rows = {b.year: b for b in s.scalars(select(StBudget))}
        vice_ministerial = s.scalars(select(Meeting).where(Meeting.body_id == "viceministers"))
        titles = {m.id: shown_title(ws.config, m, language) for m in vice_ministerial}
    rows = rules.standings({y: b.amount_cents for y, b in budget_rows.items()}, scales(ws), payments)
    owed = rules.arrears(rows, day)
    shown = [r for r in rows if year is None or r.year == year]
    years = sorted({r.year for r in shown})
    return {
        "as_of": day.isoformat(),
        "rows": [
            {
                "country": r.country,
                "country_name": country(r.country).name(language),
                "year": r.year,
                "expected_cents": r.expected,
                "paid_cents": r.paid,
                "balance_cents": r.balance,
                "in_arrears": r.in_arrears(day),
            }
            for r in shown
        ],
        "years": [
            {
                "year": y,
                "budget_cents": budget_rows[y].amount_cents,
                "currency": budget_rows[y].currency,
                "approved_at": titles.get(budget_rows[y].approved_at_meeting_id or ""),
                "expected_cents": sum(r.expected for r in shown if r.year == y),
                "paid_cents": sum(r.paid for r in shown if r.year == y),
            }
            for y in years
        ],
        "arrears": dict(sorted(owed.items())),
    }


CSV_COLUMNS = ("year", "country", "country_name", "expected", "paid", "balance", "in_arrears")


def write_csv(ws: Workspace, path: Path, *, year: int | None = None, as_of: date | None = None) -> int:
    """Write the contributions table as CSV (amounts in currency units with two decimals); returns rows."""
    data = status(ws, year=year, as_of=as_of)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(CSV_COLUMNS)
        for r in data["rows"]:
            w.writerow(
                [
                    r["year"],
                    r["country"],
                    r["country_name"],
                    f"{r['expected_cents'] / 100:.2f}",
                    f"{r['paid_cents'] / 100:.2f}",
                    f"{r['balance_cents'] / 100:.2f}",
                    "yes" if r["in_arrears"] else "no",
                ]
            )
    tmp.replace(path)
    return len(data["rows"])


def write_pdf(
    ws: Workspace,
    path: Path,
    *,
    year: int | None = None,
    as_of: date | None = None,
    lang: str | None = None,
    audience: Audience | str = Audience.SECRETARIAT,
) -> None:
    """The contributions report; marked confidential for the secretariat unless made for the members."""
    from crm_desktop.reports.contributions import write_contributions_pdf

    language = lang or ws.lang
    data = status(ws, year=year, as_of=as_of, lang=language)
    write_contributions_pdf(data, path, lang=language, audience=_audience(audience))
