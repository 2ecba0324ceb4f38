"""Accreditation of people to meetings and segments, invitations and PPT authorisations,
and the drafting group."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import Executable, bindparam, select
from sqlalchemy.orm import Session

from crm_desktop.app.chair import country_label, ppt_of
from crm_desktop.app.errors import Refused, invalid
from crm_desktop.app.lookup import get, get_row
from crm_desktop.app.people import participant, roles_of
from crm_desktop.app.refusals import require
from crm_desktop.app.workspace import Changes, Workspace, new_id
from crm_desktop.domain import protocol, rules
from crm_desktop.domain.authorisation import role_label
from crm_desktop.domain.capabilities import act_audience, grantor, may_grant
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.model import Act, ActKind, Audience, Capability, Category, Participant, Role
from crm_desktop.domain.reference import BodyConfig
from crm_desktop.store import facts as store_facts
from crm_desktop.store import schema
from crm_desktop.store.schema import Accreditation, DraftingSeat, Meeting, Person, RoleAssignment


def acts_for(session: Session, meeting_id: str | None) -> list[Act]:
    """The invitations and authorisations recorded for a meeting, read as the import-time checks read them."""
    return store_facts.meeting_acts(session, meeting_id)


# A person as the admission rules see them, with the name a refusal is told with: the person joined to
# their roles, in one statement of plain rows (no ORM objects: a list of accreditations reads dozens).
# The statements are built once (building one costs several times running it).
_WHO = (
    select(Person.id, Person.name, Person.category, Person.country_id, Person.organisation_id, RoleAssignment.role)
    .select_from(Person)
    .outerjoin(RoleAssignment, RoleAssignment.person_id == Person.id)
)
_WHO_BY_IDS = _WHO.where(Person.id.in_(bindparam("ids", expanding=True)))
_WHO_IN_SEGMENT = _WHO.join(Accreditation, Accreditation.person_id == Person.id).where(
    Accreditation.meeting_id == bindparam("meeting"), Accreditation.segment == bindparam("segment")
)


def _who(session: Session, query: Executable, params: dict[str, Any]) -> dict[str, tuple[Participant, str]]:
    """The people ``query`` (``_WHO`` narrowed) finds, in the order found, with their names."""
    found: dict[str, tuple[tuple[str, str, str | None, str | None], set[str]]] = {}
    for pid, name, category, country, organisation, role in session.connection().execute(query, params).all():
        entry = found.get(pid)
        if entry is None:
            entry = found[pid] = ((name, category, country, organisation), set())
        if role is not None:
            entry[1].add(role)
    return {
        pid: (
            Participant(
                pid,
                Category(category),
                country,
                organisation,
                frozenset(Role(r) for r in roles if r in Role._value2member_map_),
            ),
            name,
        )
        for pid, ((name, category, country, organisation), roles) in found.items()
    }


def _participants_in(session: Session, meeting_id: str, segment: str) -> list[Participant]:
    present = _who(session, _WHO_IN_SEGMENT, {"meeting": meeting_id, "segment": segment})
    return [who for who, _name in present.values()]


def check_accreditation(
    ws: Workspace, session: Session, meeting_id: str, body_id: str, who: Participant, name: str, segment: str
) -> rules.Verdict:
    body = ws.config.body(body_id)
    present = _participants_in(session, meeting_id, segment)
    verdict = rules.admission(
        body, segment, who, meeting_id=meeting_id, acts=acts_for(session, meeting_id), already_in_segment=present
    )
    if not verdict.allowed and verdict.reason is not None:
        return rules.Verdict(False, _explain(body, segment, name, verdict.reason))
    return verdict


def _explain(body: BodyConfig, segment: str, name: str, reason: Message) -> Message:
    """Wrap a rule's reason in a sentence naming the person, the segment and the body."""
    seg = body.segment(segment)
    label = seg.label if seg else segment
    if reason.code == "attend.already":
        return msg("attend.already", who=name, segment=label)
    if reason.code == "error.not_found":
        return reason
    return msg("attend.not_admitted", who=name, segment=label, body=body.label, reason=reason)


def _put_accreditation(
    ch: Changes,
    meeting_id: str,
    who: Participant,
    segment: str,
    verdict: rules.Verdict,
    *,
    head: bool = False,
    rank: str | None = None,
) -> str:
    if head:
        _clear_head(ch, meeting_id, segment, who.delegation)
    return ch.put(
        Accreditation,
        new_id(),
        meeting_id=meeting_id,
        person_id=who.person_id,
        segment=segment,
        delegation=who.delegation,
        act_id=_act_id(ch.session, verdict.exception, meeting_id),
        accredited_on=date.today(),
        head_of_delegation=head,
        rank=check_rank(rank),
    )


def check_rank(rank: str | None) -> str | None:
    if rank is not None and rank not in protocol.RANKS:
        raise invalid(f"unknown rank {rank!r}; choose one of {', '.join(protocol.RANKS)}")
    return rank


def _clear_head(ch: Changes, meeting_id: str, segment: str, delegation: str) -> None:
    """A delegation has one head per segment: naming one un-names the previous one."""
    for other in ch.session.scalars(
        select(Accreditation).where(
            Accreditation.meeting_id == meeting_id,
            Accreditation.segment == segment,
            Accreditation.delegation == delegation,
            Accreditation.head_of_delegation.is_(True),
        )
    ):
        ch.put(Accreditation, other.id, head_of_delegation=False)


def set_protocol(ws: Workspace, accreditation_id: str, *, head: bool | None = None, rank: str | None = None) -> None:
    """Record the head of delegation and the rank of an accreditation (protocol order of the lists)."""
    check_rank(rank)
    with ws.change(Audience.MEMBERS) as ch:
        acc = get(ch.session, Accreditation, accreditation_id, "accreditation")
        changes: dict[str, Any] = {}
        if head is not None:
            if head:
                _clear_head(ch, acc.meeting_id, acc.segment, acc.delegation)
            changes["head_of_delegation"] = head
        if rank is not None:
            changes["rank"] = rank
        if changes:
            ch.put(Accreditation, acc.id, **changes)


def set_person_protocol(
    ws: Workspace, person_id: str, *, gender: str | None = None, honorific: str | None = None
) -> None:
    """A person's grammatical gender ("f", "m"; "" forgets it) and honorific ("dr"...; "" forgets it)."""
    if gender is not None and gender not in (*protocol.GENDERS, ""):
        raise invalid(f"gender {gender!r}: f, m or none")
    if honorific is not None and honorific not in (*protocol.HONORIFICS, ""):
        raise invalid(f"honorific {honorific!r}: {', '.join(protocol.HONORIFICS)} or none")
    with ws.change(Audience.MEMBERS) as ch:
        person = get(ch.session, Person, person_id, "person")
        changes: dict[str, Any] = {}
        if gender is not None:
            changes["gender"] = gender or None
        if honorific is not None:
            changes["honorific"] = honorific or None
        if changes:
            ch.put(Person, person.id, **changes)


def _act_id(session: Session, act: Act | None, meeting_id: str) -> str | None:
    """The stored id of the act that opened an exception, so the accreditation cites it."""
    if act is None:
        return None
    q = select(schema.Act.id).where(schema.Act.kind == act.kind.value, schema.Act.subject == act.subject)
    q = q.where(schema.Act.meeting_id == meeting_id if act.meeting_id else schema.Act.meeting_id.is_(None))
    return session.scalar(q.limit(1))


def accredit(
    ws: Workspace,
    meeting_id: str,
    person_id: str,
    segment: str = "plenary",
    *,
    head: bool = False,
    rank: str | None = None,
) -> str:
    """Accredit a person; refused (exit 3) with the rule's reason when a rule forbids it.

    ``head`` names the person head of their delegation for the segment; ``rank`` orders the list
    of participants (None: from the person's roles)."""
    check_rank(rank)
    audience = Audience.CLOSED_DOOR if segment == "closed_door" else Audience.MEMBERS
    with ws.change(audience) as ch:
        meeting_id, body_id = get_row(ch.session, Meeting, meeting_id, "meeting", "body_id")
        person_id = get_row(ch.session, Person, person_id, "person")[0]
        who, name = _who(ch.session, _WHO_BY_IDS, {"ids": [person_id]})[person_id]
        verdict = check_accreditation(ws, ch.session, meeting_id, body_id, who, name, segment)
        require(verdict)
        return _put_accreditation(ch, meeting_id, who, segment, verdict, head=head, rank=rank)


@dataclass(frozen=True, slots=True)
class Withdrawal:
    """An accreditation to withdraw and what goes with it, told before and undone together.

    ``seat_country``: the drafting seat that goes too (the person's last accreditation to the meeting;
    the seat needs one, any segment); ``chair``: that seat is the Presidency's, whose holder chairs.
    """

    accreditation_id: str
    meeting_id: str
    person_id: str
    name: str
    segment: str
    seat_country: str | None
    chair: bool

    def consequences(self) -> list[Message]:
        """What else the withdrawal changes, as sentences for its confirmation (empty: nothing else)."""
        if self.seat_country is None:
            return []
        country = country_label(self.seat_country)
        said = [msg("withdraw.loses_seat", name=self.name, country=country)]
        if self.chair:
            said.append(msg("withdraw.loses_chair", name=self.name, country=country))
        return said


def _withdrawal(session: Session, accreditation_id: str) -> Withdrawal:
    acc = get(session, Accreditation, accreditation_id, "accreditation")
    meeting = get(session, Meeting, acc.meeting_id, "meeting")
    person = get(session, Person, acc.person_id, "person")
    others = session.scalar(
        select(Accreditation.id).where(
            Accreditation.meeting_id == acc.meeting_id,
            Accreditation.person_id == acc.person_id,
            Accreditation.id != acc.id,
        )
    )
    seat = None
    if others is None:
        seat = session.scalar(
            select(DraftingSeat.country_id).where(
                DraftingSeat.meeting_id == acc.meeting_id, DraftingSeat.person_id == acc.person_id
            )
        )
    chair = seat is not None and seat == ppt_of(session, meeting)
    return Withdrawal(acc.id, acc.meeting_id, person.id, person.name, acc.segment, seat, chair)


def withdrawal(ws: Workspace, accreditation_id: str) -> Withdrawal:
    """What :func:`withdraw` would remove, without writing anything."""
    with ws.read() as s:
        return _withdrawal(s, accreditation_id)


def withdraw(ws: Workspace, accreditation_id: str) -> Withdrawal:
    """Withdraw an accreditation; the drafting seat goes with the person's last one to the meeting."""
    with ws.change(Audience.MEMBERS) as ch:
        done = _withdrawal(ch.session, accreditation_id)
        if done.seat_country is not None:
            for seat_id in ch.session.scalars(
                select(DraftingSeat.id).where(
                    DraftingSeat.meeting_id == done.meeting_id, DraftingSeat.person_id == done.person_id
                )
            ):
                ch.delete(DraftingSeat, seat_id)
        ch.delete(Accreditation, done.accreditation_id)
        return done


def reinstate(ws: Workspace, done: Withdrawal) -> Withdrawal:
    """Undo :func:`withdraw`: the accreditation again (through the rules), then the seat it took away."""
    new = accredit(ws, done.meeting_id, done.person_id, done.segment)
    if done.seat_country is not None:
        name_drafting_representative(ws, done.meeting_id, done.person_id)
    return replace(done, accreditation_id=new)


def record_act(
    ws: Workspace,
    kind: ActKind,
    subject: str,
    *,
    meeting_id: str | None,
    capabilities: list[Capability] | None = None,
    on: date | None = None,
    note: str | None = None,
) -> str:
    """Record an explicit invitation or a PPT authorisation (a dated act) for one meeting.

    Only the PPT grants it; the ST records it on the PPT's behalf. Who granted it follows from this
    laptop's roster role and is stored as a code (domain.capabilities.GRANTORS), never typed.
    """
    if not meeting_id:
        raise Refused(msg("act.meeting_required"))
    with ws.change(act_audience(subject)) as ch:
        me = ws.device_author(ch.session)
        require(may_grant(me.role, role_label(me.matrix_author)))
        meeting_id = get(ch.session, Meeting, meeting_id, "meeting").id
        if ch.session.get(schema.Country, subject) is None and ch.session.get(schema.Organisation, subject) is None:
            raise invalid(f"unknown country or organisation {subject!r}")
        return ch.put(
            schema.Act,
            new_id(),
            kind=kind.value,
            subject=subject,
            meeting_id=meeting_id,
            capabilities=[c.value for c in capabilities or []],
            date=on or date.today(),
            granted_by=grantor(me.role),
            note=note,
        )


def check_capability(ws: Workspace, person_id: str, cap: Capability, meeting_id: str | None) -> rules.Verdict:
    with ws.read() as s:
        person = get(s, Person, person_id, "person")
        return rules.capability(participant(s, person), cap, meeting_id=meeting_id, acts=acts_for(s, meeting_id))


def list_accreditations(ws: Workspace, meeting_id: str) -> list[dict[str, Any]]:
    with ws.read() as s:
        rows = s.execute(
            select(Accreditation, Person)
            .join(Person, Person.id == Accreditation.person_id)
            .where(Accreditation.meeting_id == meeting_id)
            .order_by(Accreditation.delegation, Person.name)
        ).all()
        roles = roles_of(s, [p.id for _, p in rows])
        return [
            {
                "id": a.id,
                "person_id": p.id,
                "name": p.name,
                "segment": a.segment,
                "delegation": a.delegation,
                "category": p.category,
                "roles": sorted(roles.get(p.id, set())),
                "title": p.title,
                "institution": p.institution,
                "title_en": p.title_en,
                "institution_en": p.institution_en,
                "exception": a.act_id is not None,
                "head": bool(a.head_of_delegation),
                "rank": a.rank,
                "gender": p.gender,
                "honorific": p.honorific,
                "email": p.email,
                "phone": p.phone,
            }
            for a, p in rows
        ]


def drafting_seats(session: Session, meeting_id: str) -> list[rules.DraftingSeat]:
    rows = session.execute(
        select(DraftingSeat, Person)
        .join(Person, Person.id == DraftingSeat.person_id)
        .where(DraftingSeat.meeting_id == meeting_id)
    ).all()
    return [rules.DraftingSeat(seat.country_id, p.id, p.name) for seat, p in rows]


def name_drafting_representative(ws: Workspace, meeting_id: str, person_id: str) -> str:
    """Name a country's representative to the meeting's drafting group (one per country)."""
    with ws.change(Audience.MEMBERS) as ch:
        meeting = get(ch.session, Meeting, meeting_id, "meeting")
        person = get(ch.session, Person, person_id, "person")
        accredited = (
            ch.session.scalar(
                select(Accreditation.id).where(
                    Accreditation.meeting_id == meeting.id, Accreditation.person_id == person.id
                )
            )
            is not None
        )
        seats = drafting_seats(ch.session, meeting.id)
        verdict = rules.drafting_representative(
            ws.config.body(meeting.body_id),
            participant(ch.session, person),
            country_code=person.country_id or "",
            person_name=person.name,
            accredited=accredited,
            seats=seats,
        )
        require(verdict)
        existing = ch.session.scalar(
            select(DraftingSeat.id).where(DraftingSeat.meeting_id == meeting.id, DraftingSeat.person_id == person.id)
        )
        if existing:
            return existing
        return ch.put(
            DraftingSeat,
            new_id(),
            meeting_id=meeting.id,
            country_id=person.country_id,
            person_id=person.id,
            named_on=date.today(),
        )


def accredit_many(ws: Workspace, meeting_id: str, person_ids: list[str], segment: str = "plenary") -> list[str]:
    """Accredit a list (a delegation list, an imported file) in one changeset; all or nothing.

    Each person is checked against the rules with the people accredited before them in the list, so
    the result is the same as accrediting them one by one.
    """
    audience = Audience.CLOSED_DOOR if segment == "closed_door" else Audience.MEMBERS
    with ws.change(audience) as ch:
        meeting_id, body_id = get_row(ch.session, Meeting, meeting_id, "meeting", "body_id")
        body = ws.config.body(body_id)
        acts = acts_for(ch.session, meeting_id)
        present = _participants_in(ch.session, meeting_id, segment)
        people = _who(ch.session, _WHO_BY_IDS, {"ids": person_ids})
        made = []
        for pid in person_ids:
            found = people.get(pid)
            if found is None:
                raise invalid(f"unknown person {pid}")
            who, name = found
            verdict = rules.admission(body, segment, who, meeting_id=meeting_id, acts=acts, already_in_segment=present)
            if not verdict.allowed:
                assert verdict.reason is not None
                raise Refused(_explain(body, segment, name, verdict.reason))
            present.append(who)
            made.append(_put_accreditation(ch, meeting_id, who, segment, verdict))
        return made
