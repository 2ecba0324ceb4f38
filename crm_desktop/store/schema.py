"""SQLAlchemy 2.0 models.

Synced tables (everything a delegate edits) all have a text primary key ``id`` and are written only
by :mod:`crm_desktop.store.apply`, which is fed by changesets. Local tables (the change log itself,
merge bookkeeping, settings of this laptop) are marked ``info={"local": True}``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


LOCAL = {"local": True}


# --- reference and people -----------------------------------------------------------------------


class Country(Base):
    __tablename__ = "countries"
    id: Mapped[str] = mapped_column(String(2), primary_key=True)  # ISO 3166 alpha-2
    name_es: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    status: Mapped[str] = mapped_column(String(16))  # member | observer
    timezones: Mapped[list[str]] = mapped_column(JSON, default=list)


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    acronym: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(20))
    name_es: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))


class Person(Base):
    __tablename__ = "people"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(120), default=None)
    institution: Mapped[str | None] = mapped_column(String(200), default=None)
    title_en: Mapped[str | None] = mapped_column(String(120), default=None)  # the position in English
    institution_en: Mapped[str | None] = mapped_column(String(200), default=None)
    category: Mapped[str] = mapped_column(String(20))
    country_id: Mapped[str | None] = mapped_column(ForeignKey("countries.id"), default=None, index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"), default=None, index=True)
    email: Mapped[str | None] = mapped_column(String(200), default=None)
    phone: Mapped[str | None] = mapped_column(String(60), default=None)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    # protocol: "f" | "m" | None (gendered titles: Viceministra / Viceministro) and an honorific key
    # ("dr", "amb", "lic"...; None: Sr./Sra., Mr./Ms.)
    gender: Mapped[str | None] = mapped_column(String(1), default=None)
    honorific: Mapped[str | None] = mapped_column(String(12), default=None)


class RoleAssignment(Base):
    __tablename__ = "role_assignments"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    role: Mapped[str] = mapped_column(String(40))
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)


class FocalPoint(Base):
    __tablename__ = "focal_points"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    country_id: Mapped[str] = mapped_column(ForeignKey("countries.id"), index=True)
    institution: Mapped[str] = mapped_column(String(200))
    institution_en: Mapped[str | None] = mapped_column(String(200), default=None)


# --- bodies and meetings ------------------------------------------------------------------------


class Body(Base):
    __tablename__ = "bodies"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    config: Mapped[dict[str, object]] = mapped_column(JSON)


class Meeting(Base):
    __tablename__ = "meetings"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    body_id: Mapped[str] = mapped_column(ForeignKey("bodies.id"), index=True)
    ordinal: Mapped[str | None] = mapped_column(String(30), default=None)
    title: Mapped[str] = mapped_column(String(300))
    # typed English title; None: built from the body, ordinal and place (domain.bilingual.default_title_en)
    title_en: Mapped[str | None] = mapped_column(String(300), default=None)
    host_country_id: Mapped[str | None] = mapped_column(ForeignKey("countries.id"), default=None)
    city: Mapped[str | None] = mapped_column(String(120), default=None)
    venue: Mapped[str | None] = mapped_column(String(200), default=None)
    start: Mapped[datetime] = mapped_column(DateTime, index=True)  # local wall time in ``timezone``
    end: Mapped[datetime] = mapped_column(DateTime)
    timezone: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(16), default="planned")
    notes: Mapped[str | None] = mapped_column(Text, default=None)
    # iCalendar identity: the UID of the invitation it came from (None: ours, ``<id>@crm-desktop``) and
    # its SEQUENCE, raised on every change a calendar program must see (time, place, status).
    ics_uid: Mapped[str | None] = mapped_column(String(255), default=None)
    ics_sequence: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Accreditation(Base):
    __tablename__ = "accreditations"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"), index=True)
    segment: Mapped[str] = mapped_column(String(20))
    delegation: Mapped[str] = mapped_column(String(40))
    act_id: Mapped[str | None] = mapped_column(ForeignKey("acts.id"), default=None)
    accredited_on: Mapped[date | None] = mapped_column(Date, default=None)
    # protocol order in the list of participants: the head first, then by rank (None: from the roles)
    head_of_delegation: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    rank: Mapped[str | None] = mapped_column(String(30), default=None)


class Act(Base):
    """An invitation or a PPT authorisation: the recorded, dated exceptions of the rules."""

    __tablename__ = "acts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(40))  # country code or organisation key
    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), default=None, index=True)
    capabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    date: Mapped[date] = mapped_column(Date)
    granted_by: Mapped[str | None] = mapped_column(String(200), default=None)
    note: Mapped[str | None] = mapped_column(Text, default=None)


class DraftingSeat(Base):
    __tablename__ = "drafting_seats"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    country_id: Mapped[str] = mapped_column(ForeignKey("countries.id"))
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id"))
    named_on: Mapped[date | None] = mapped_column(Date, default=None)


class PresidencyTerm(Base):
    __tablename__ = "presidency_terms"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    country_id: Mapped[str] = mapped_column(ForeignKey("countries.id"))
    year: Mapped[int] = mapped_column(Integer, index=True)
    designated_on: Mapped[date | None] = mapped_column(Date, default=None)
    designated_at_meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meetings.id"), default=None)


class Candidacy(Base):
    __tablename__ = "candidacies"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    country_id: Mapped[str] = mapped_column(ForeignKey("countries.id"))
    year: Mapped[int] = mapped_column(Integer)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"))
    announced_on: Mapped[date | None] = mapped_column(Date, default=None)


# --- agendas and decisions ----------------------------------------------------------------------


class Agenda(Base):
    __tablename__ = "agendas"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    segment: Mapped[str] = mapped_column(String(20), default="plenary")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    numbering: Mapped[str] = mapped_column(String(10), default="arabic")
    start_time: Mapped[str | None] = mapped_column(String(5), default="09:00")


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("agendas.id"), index=True)
    parent_id: Mapped[str | None] = mapped_column(String(32), default=None)
    position: Mapped[int] = mapped_column(Integer, default=0)
    title_es: Mapped[str] = mapped_column(String(400))
    title_en: Mapped[str | None] = mapped_column(String(400), default=None)
    kind: Mapped[str] = mapped_column(String(16), default="discussion")
    duration_min: Mapped[int] = mapped_column(Integer, default=30)
    presenter: Mapped[str | None] = mapped_column(String(200), default=None)
    audience: Mapped[str] = mapped_column(String(16), default="public")
    required_key: Mapped[str | None] = mapped_column(String(40), default=None)
    follow_up_of: Mapped[str | None] = mapped_column(String(32), default=None)
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    theme: Mapped[str | None] = mapped_column(String(40), default=None)  # a Plan of Action theme's key
    topic: Mapped[str | None] = mapped_column(String(40), default=None)  # a closed-door topic (agenda_topics)


class AgendaComment(Base):
    __tablename__ = "agenda_comments"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_items.id"), index=True)
    delegation: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    written_on: Mapped[date | None] = mapped_column(Date, default=None)


class AgendaVersion(Base):
    """A frozen copy of an agenda at a status change, for side-by-side comparison."""

    __tablename__ = "agenda_versions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    agenda_id: Mapped[str] = mapped_column(ForeignKey("agendas.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16))
    items: Mapped[list[dict[str, object]]] = mapped_column(JSON)


class Decision(Base):
    __tablename__ = "decisions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meetings.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="decision")  # decision | recommendation | conclusion
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(40), default=None)
    due: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="open")


# --- local bookkeeping --------------------------------------------------------------------------


class Meta(Base):
    __tablename__ = "meta"
    __table_args__ = {"info": LOCAL}
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Changeset(Base):
    """One entry of the append-only op log."""

    __tablename__ = "changesets"
    __table_args__ = (UniqueConstraint("device_id", "seq"), {"info": LOCAL})
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(32), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(60), index=True)
    audience: Mapped[str] = mapped_column(String(16))
    author: Mapped[str | None] = mapped_column(String(32), default=None)
    deps: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)  # version vector the author had seen
    ops: Mapped[list[dict[str, object]]] = mapped_column(JSON)
    signature: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    # When set: ``ops`` holds the operations' canonical JSON and this is its SHA-256 (what the author
    # signs), so an export sends the stored text as it is. Whatever rewrites ``ops`` must clear it.
    ops_sha256: Mapped[str | None] = mapped_column(String(64), default=None)


class RowClock(Base):
    """Per-field hybrid-logical-clock stamps of a synced row, for last-writer-wins merging (``fields`` in
    the compact form of :mod:`crm_desktop.store.row_clocks`: read it with ``unpack``)."""

    __tablename__ = "row_clocks"
    __table_args__ = {"info": LOCAL}
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    fields: Mapped[dict[str, str]] = mapped_column(JSON)
    deleted: Mapped[str | None] = mapped_column(String(60), default=None)  # hlc of the deletion


class Conflict(Base):
    """A value that lost a concurrent write; kept until a user resolves it."""

    __tablename__ = "conflicts"
    __table_args__ = {"info": LOCAL}
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60))
    kept_value: Mapped[object] = mapped_column(JSON)
    kept_hlc: Mapped[str] = mapped_column(String(60))
    lost_value: Mapped[object] = mapped_column(JSON)
    lost_hlc: Mapped[str] = mapped_column(String(60))
    resolved: Mapped[bool] = mapped_column(default=False)


def load_models() -> None:
    """Import the models contributed by subsystems (``crm_desktop.store.tables``)."""
    from crm_desktop.store.tables import load_all

    load_all()


def synced_tables() -> dict[str, object]:
    """Tables written through changesets, keyed by table name."""
    return {name: t for name, t in Base.metadata.tables.items() if not t.info.get("local")}
