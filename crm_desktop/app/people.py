"""People, their roles and the focal-point directory."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.app.bilingual import english_text
from crm_desktop.app.errors import invalid
from crm_desktop.app.workspace import Changes, Workspace, new_id
from crm_desktop.domain.messages import msg
from crm_desktop.domain.model import Audience, Category, Participant, Role
from crm_desktop.store.schema import Country, FocalPoint, Organisation, Person, RoleAssignment


@dataclass(frozen=True, slots=True)
class PersonInput:
    name: str
    category: Category
    country: str | None = None
    organisation: str | None = None
    title: str | None = None
    institution: str | None = None
    email: str | None = None
    phone: str | None = None
    languages: tuple[str, ...] = ("es",)
    roles: tuple[Role, ...] = ()
    title_en: str | None = None  # the position and the institution in English, where they differ
    institution_en: str | None = None


def validate_person(session: Session, p: PersonInput) -> None:
    if not p.name.strip():
        raise invalid(msg("invalid.name_empty"))
    if p.category in (Category.MEMBER_COUNTRY, Category.OBSERVER_COUNTRY):
        c = session.get(Country, p.country) if p.country else None
        if c is None:
            raise invalid(msg("invalid.country", value=p.country))
        expected = "member" if p.category == Category.MEMBER_COUNTRY else "observer"
        if c.status != expected:
            raise invalid(msg("invalid.country_category", value=p.country, category=expected))
    elif p.category in (Category.OBSERVER_ORG, Category.CIVIL_SOCIETY, Category.SECRETARIAT):
        o = session.get(Organisation, p.organisation) if p.organisation else None
        if o is None:
            raise invalid(msg("invalid.organisation", value=p.organisation))
    if p.email and "@" not in p.email:
        raise invalid(msg("invalid.email", value=p.email))


def put_person(ch: Changes, p: PersonInput, person_id: str | None = None) -> str:
    pid = person_id or new_id()
    ch.put(
        Person,
        pid,
        name=p.name.strip(),
        category=p.category.value,
        country_id=p.country,
        organisation_id=p.organisation,
        title=p.title,
        institution=p.institution,
        title_en=english_text(p.title_en, 120),
        institution_en=english_text(p.institution_en, 200),
        email=p.email,
        phone=p.phone,
        languages=list(p.languages),
    )
    for role in p.roles:
        ch.put(RoleAssignment, new_id(), person_id=pid, role=role.value)
    return pid


def add_person(ws: Workspace, p: PersonInput) -> str:
    with ws.change(Audience.MEMBERS) as ch:
        validate_person(ch.session, p)
        return put_person(ch, p)


def add_people(ws: Workspace, people: list[PersonInput]) -> list[str]:
    """Many people in one changeset (imports, demo)."""
    with ws.change(Audience.MEMBERS) as ch:
        countries = {c.id: c.status for c in ch.session.scalars(select(Country))}
        orgs = set(ch.session.scalars(select(Organisation.id)))
        for p in people:
            if p.country and p.country not in countries:
                raise invalid(msg("invalid.country", value=p.country))
            if p.organisation and p.organisation not in orgs:
                raise invalid(msg("invalid.organisation", value=p.organisation))
        return [put_person(ch, p) for p in people]


def update_person(ws: Workspace, person_id: str, **fields: Any) -> None:
    allowed = {"name", "title", "institution", "title_en", "institution_en", "email", "phone", "languages"}
    if set(fields) - allowed:
        raise invalid(msg("invalid.fields", value=", ".join(sorted(set(fields) - allowed))))
    for key, limit in (("title_en", 120), ("institution_en", 200)):
        if key in fields:
            fields[key] = english_text(fields[key], limit)
    with ws.change(Audience.MEMBERS) as ch:
        if ch.session.get(Person, person_id) is None:
            raise invalid(msg("invalid.person", value=person_id))
        ch.put(Person, person_id, **fields)


def assign_role(ws: Workspace, person_id: str, role: Role, since: date | None = None) -> str:
    with ws.change(Audience.MEMBERS) as ch:
        return ch.put(RoleAssignment, new_id(), person_id=person_id, role=role.value, since=since)


def add_focal_point(ws: Workspace, person_id: str, country: str, institution: str) -> str:
    """Register a member country's focal point, or the contact of an observer organisation.

    Seed, note 5: the focal point is the person designated in each member country's institutions as
    the contact in CRM matters. The observer organisations have a contact too, because the preliminary
    agenda is also shared with them (seed, A); ``country`` is then the organisation's key, and the
    contact is a person of that organisation holding the focal-point role.
    """
    with ws.change(Audience.MEMBERS) as ch:
        person = ch.session.get(Person, person_id)
        if person is not None and person.organisation_id == country and person.category == Category.OBSERVER_ORG:
            if institution.strip() and institution.strip() != person.institution:
                ch.put(Person, person.id, institution=institution.strip())
            return ch.put(RoleAssignment, new_id(), person_id=person_id, role=Role.FOCAL_POINT.value)
        if person is None or person.country_id != country:
            raise invalid(msg("invalid.focal_point"))
        ch.put(RoleAssignment, new_id(), person_id=person_id, role=Role.FOCAL_POINT.value)
        return ch.put(FocalPoint, new_id(), person_id=person_id, country_id=country, institution=institution)


def roles_of(session: Session, person_ids: list[str] | None = None) -> dict[str, set[str]]:
    q = select(RoleAssignment.person_id, RoleAssignment.role)
    if person_ids is not None:
        q = q.where(RoleAssignment.person_id.in_(person_ids))
    out: dict[str, set[str]] = {}
    # On the session's connection: plain rows, without the ORM's per-row processing (role
    # assignments are written only by the applier, so there is never anything pending to flush).
    for pid, role in session.connection().execute(q).all():  # fetchall: one call, not one a row
        out.setdefault(pid, set()).add(role)
    return out


def participant(session: Session, person: Person) -> Participant:
    roles = roles_of(session, [person.id]).get(person.id, set())
    return Participant(
        person_id=person.id,
        category=Category(person.category),
        country=person.country_id,
        organisation=person.organisation_id,
        roles=frozenset(Role(r) for r in roles if r in Role._value2member_map_),
    )


def list_people(ws: Workspace) -> list[dict[str, Any]]:
    # Plain rows of the listed columns on the session's connection: thousands of ORM objects (and
    # their JSON ``languages``, which the list does not show) cost several times the query.
    with ws.read() as s:
        roles = roles_of(s)
        people = (
            s.connection()
            .execute(
                select(
                    Person.id,
                    Person.name,
                    Person.country_id,
                    Person.organisation_id,
                    Person.category,
                    Person.title,
                    Person.institution,
                    Person.email,
                    Person.title_en,
                    Person.institution_en,
                    Person.gender,
                ).order_by(Person.name)
            )
            .all()
        )
        return [
            {
                "id": pid,
                "name": name,
                "country": country,
                "organisation": organisation,
                "category": category,
                "roles": sorted(roles.get(pid, ())),
                "title": title,
                "institution": institution,
                "email": email,
                "title_en": title_en,
                "institution_en": institution_en,
                "gender": gender,
            }
            for (
                pid,
                name,
                country,
                organisation,
                category,
                title,
                institution,
                email,
                title_en,
                institution_en,
                gender,
            ) in people
        ]


def focal_points(ws: Workspace, *, country: str | None = None) -> list[dict[str, Any]]:
    """The member countries' focal points, then the observer organisations' contacts.

    ``country`` in each row is the delegation: a country code, or an organisation's key.
    """
    with ws.read() as s:
        q = select(FocalPoint, Person).join(Person, Person.id == FocalPoint.person_id)
        if country:
            q = q.where(FocalPoint.country_id == country)
        rows = [
            {
                "id": fp.id,
                "person_id": p.id,
                "name": p.name,
                "email": p.email,
                "country": fp.country_id,
                "institution": fp.institution,
                "institution_en": fp.institution_en,
                "category": p.category,
            }
            for fp, p in s.execute(q.order_by(FocalPoint.country_id, Person.name))
        ]
        orgs = (
            select(RoleAssignment, Person, Organisation)
            .join(Person, Person.id == RoleAssignment.person_id)
            .join(Organisation, Organisation.id == Person.organisation_id)
            .where(RoleAssignment.role == Role.FOCAL_POINT.value, Person.category == Category.OBSERVER_ORG.value)
        )
        if country:
            orgs = orgs.where(Person.organisation_id == country)
        today = date.today()
        seen: set[str] = set()
        for ra, p, o in s.execute(orgs.order_by(Organisation.acronym, Person.name)):
            if (ra.until is not None and ra.until < today) or p.id in seen:
                continue
            seen.add(p.id)
            rows.append(
                {
                    "id": ra.id,
                    "person_id": p.id,
                    "name": p.name,
                    "email": p.email,
                    "country": o.id,
                    "institution": p.institution or o.acronym,
                    "institution_en": p.institution_en if p.institution else o.acronym,
                    "category": p.category,
                }
            )
        return rows
