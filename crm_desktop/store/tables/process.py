"""Tables of the between-meetings process: Plan of Action, network work plans, follow-up of decisions,
the ST's budget and contributions, logistics per meeting and the Presidency's rotation plan.

All are synced. Money is in integer cents, scale shares in basis points (see
:mod:`crm_desktop.domain.contributions`).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crm_desktop.store import search
from crm_desktop.store.schema import Base

# --- Plan of Action -----------------------------------------------------------------------------


class PoaTheme(Base):
    """A theme of the Plan of Action (the workspace's configuration; the seed's three by default)."""

    __tablename__ = "poa_themes"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name_es: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))


class PoaActivity(Base):
    __tablename__ = "poa_activities"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    theme: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    title_es: Mapped[str] = mapped_column(String(400))
    title_en: Mapped[str | None] = mapped_column(String(400), default=None)
    responsible: Mapped[str] = mapped_column(String(40))  # member country code or body key
    start: Mapped[date | None] = mapped_column(Date, default=None)
    end: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_funding: Mapped[bool] = mapped_column(Boolean, default=False)
    funding_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    funding_decided_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    completed_on: Mapped[date | None] = mapped_column(Date, default=None)
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), default=None)
    notes: Mapped[str | None] = mapped_column(Text, default=None)


class PoaIndicator(Base):
    __tablename__ = "poa_indicators"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    theme: Mapped[str] = mapped_column(String(40), index=True)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("poa_activities.id"), default=None, index=True)
    name_es: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300), default=None)
    unit: Mapped[str | None] = mapped_column(String(40), default=None)
    baseline: Mapped[float] = mapped_column(Float)
    target: Mapped[float] = mapped_column(Float)


class PoaIndicatorValue(Base):
    """The value of an indicator in a semester. Its id is ``<indicator id>:<semester>``, so two laptops
    recording the same semester write the same row and the merge keeps one value (and a conflict)."""

    __tablename__ = "poa_indicator_values"
    id: Mapped[str] = mapped_column(String(48), primary_key=True)
    indicator_id: Mapped[str] = mapped_column(ForeignKey("poa_indicators.id"), index=True)
    semester: Mapped[str] = mapped_column(String(6))
    value: Mapped[float] = mapped_column(Float)
    note: Mapped[str | None] = mapped_column(Text, default=None)


# --- network work plans -------------------------------------------------------------------------


class WorkPlan(Base):
    __tablename__ = "work_plans"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    network: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    period: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    submitted_on: Mapped[date | None] = mapped_column(Date, default=None)
    st_review_note: Mapped[str | None] = mapped_column(Text, default=None)
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    approved_at_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), default=None)


class WorkPlanAction(Base):
    __tablename__ = "work_plan_actions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    work_plan_id: Mapped[str] = mapped_column(ForeignKey("work_plans.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(400))
    responsible: Mapped[str | None] = mapped_column(String(40), default=None)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    note: Mapped[str | None] = mapped_column(Text, default=None)


# --- follow-up of decisions ---------------------------------------------------------------------


class DecisionNote(Base):
    __tablename__ = "decision_notes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    written_on: Mapped[date] = mapped_column(Date)
    author: Mapped[str | None] = mapped_column(String(60), default=None)
    text: Mapped[str] = mapped_column(Text)


class DecisionStatusChange(Base):
    __tablename__ = "decision_status_changes"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decisions.id"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    from_status: Mapped[str] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text, default=None)


# --- ST budget and contributions ----------------------------------------------------------------


class StBudget(Base):
    """The ST's annual budget. Its id is the year, so one budget per year whatever laptop records it."""

    __tablename__ = "st_budgets"
    id: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    approved_at_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), default=None)
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)


class ContributionScale(Base):
    """A scale of contributions applying from ``from_year``; its id is that year."""

    __tablename__ = "contribution_scales"
    id: Mapped[str] = mapped_column(String(8), primary_key=True)
    from_year: Mapped[int] = mapped_column(Integer, unique=True)
    shares: Mapped[dict[str, int]] = mapped_column(JSON)  # country -> basis points
    approved_at_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), default=None)


class ContributionPayment(Base):
    __tablename__ = "contribution_payments"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    country_id: Mapped[str] = mapped_column(ForeignKey("countries.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the budget year the payment is for
    amount_cents: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[date] = mapped_column(Date)
    reference: Mapped[str | None] = mapped_column(String(120), default=None)


# --- logistics per meeting ----------------------------------------------------------------------


class LogisticsItem(Base):
    __tablename__ = "logistics_items"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    item: Mapped[str] = mapped_column(String(40))
    bearer: Mapped[str] = mapped_column(String(8))  # ppt | st
    supplier: Mapped[str | None] = mapped_column(String(200), default=None)
    cost_cents: Mapped[int | None] = mapped_column(Integer, default=None)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    quality: Mapped[str | None] = mapped_column(String(16), default=None)
    quality_note: Mapped[str | None] = mapped_column(Text, default=None)
    checked_on: Mapped[date | None] = mapped_column(Date, default=None)


# --- Presidency rotation plan -------------------------------------------------------------------


class RotationPlanEntry(Base):
    """The country expected to hold the Presidency in a year (before its designation); id is the year."""

    __tablename__ = "rotation_plan"
    id: Mapped[str] = mapped_column(String(8), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, unique=True)
    country_id: Mapped[str] = mapped_column(ForeignKey("countries.id"))
    note: Mapped[str | None] = mapped_column(Text, default=None)


search.register("poa_activities", lambda r: " ".join(filter(None, [r.get("title_es"), r.get("title_en")])))
search.register("poa_indicators", lambda r: " ".join(filter(None, [r.get("name_es"), r.get("name_en")])))
search.register("work_plan_actions", lambda r: " ".join(filter(None, [r.get("title"), r.get("note")])))
search.register("decision_notes", lambda r: str(r.get("text") or ""))
