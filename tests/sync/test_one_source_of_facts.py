"""One source of facts: what an import re-checks is read exactly as the window's services read it.

The window's services ask :mod:`crm_desktop.store.facts` of the database as it stands; the import-time
checks ask :class:`~crm_desktop.sync.authorisation_facts.DbFacts` (the same module, read the import's
faster way, with the arriving changeset's rows on top). For the same situation both must answer alike.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crm_desktop.app import accreditation
from crm_desktop.app.drafting.core import drafter as service_drafter
from crm_desktop.app.errors import AppError
from crm_desktop.app.people import participant
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import ActKind, MeetingStatus
from crm_desktop.domain.reference import member_codes, observer_codes
from crm_desktop.store import facts as store_facts
from crm_desktop.store.facts import Facts
from crm_desktop.store.schema import Accreditation, Changeset, Meeting, Person
from crm_desktop.sync.authorisation_facts import DbFacts

DELEGATIONS = [*member_codes()[:4], *observer_codes()[:2], "OIM", "RROCM"]


def _answers(facts: Facts, meeting_id: str, people: list[str], window: Session | None = None) -> dict[str, Any]:
    """Everything a drafting or admission rule is given about one meeting and some people."""
    out: dict[str, Any] = {
        "body": facts.meeting_body(meeting_id),
        "acts": sorted(facts.acts(meeting_id), key=repr),
        "seats": facts.seat_countries(meeting_id),
    }
    for pid in people:
        who = facts.participant(pid)
        assert who is not None
        out[f"participant {pid}"] = who
        out[f"drafter {pid}"] = facts.drafter(who, meeting_id)
        out[f"attends {pid}"] = facts.attends(who, meeting_id)
    for delegation in DELEGATIONS:
        out[f"accredited {delegation}"] = facts.accredited(meeting_id, delegation)
        for member in (True, False):
            out[f"laptop {delegation} {member}"] = facts.delegation_drafter(
                delegation, meeting_id, member_device=member
            )
    return out


def _meetings(s: Session) -> list[Meeting]:
    return list(s.scalars(select(Meeting).order_by(Meeting.start)))


def _accredited_people(s: Session, meeting_id: str, n: int = 6) -> list[str]:
    q = select(Accreditation.person_id).where(Accreditation.meeting_id == meeting_id).order_by(Accreditation.id)
    return list(dict.fromkeys(s.scalars(q)))[:n]


def test_the_window_and_the_importer_read_the_same_facts(demo: Workspace) -> None:
    with demo.read() as s:
        importer = DbFacts(s.connection())
        importer.begin([])
        for meeting in _meetings(s)[-8:]:  # this year's: seats, acts, both segments
            people = _accredited_people(s, meeting.id)
            window = _answers(Facts(s), meeting.id, people)
            assert window == _answers(importer, meeting.id, people), meeting.title
            for pid in people:  # the services' own questions go through the same module
                who = participant(s, s.get_one(Person, pid))
                assert who == window[f"participant {pid}"]
                assert service_drafter(s, pid, meeting) == window[f"drafter {pid}"]
                assert store_facts.drafter(s, who, meeting.id) == window[f"drafter {pid}"]
            assert accreditation.acts_for(s, meeting.id) == store_facts.meeting_acts(s, meeting.id)


def _copy(ws: Workspace, target: Path) -> Path:
    ws.close()
    shutil.copytree(ws.directory, target)
    return target


def test_an_arriving_change_is_judged_on_what_the_window_sees_once_it_is_applied(
    demo: Workspace, tmp_path: Path
) -> None:
    """The receiving laptop judges a changeset on its database plus the changeset's own rows: the same
    facts the sender's window reads once the change is in its database."""
    with demo.read() as s:
        meeting = next(m for m in _meetings(s) if m.body_id == "grcm" and m.status == MeetingStatus.CONVENED)
        already = set(s.scalars(select(Accreditation.person_id).where(Accreditation.meeting_id == meeting.id)))
        candidates = [p.id for p in s.scalars(select(Person).order_by(Person.id)) if p.id not in already]
        last = s.scalar(select(func.max(Changeset.seq)).where(Changeset.device_id == demo.device_id)) or 0
    before = _copy(demo, tmp_path / "before")
    sender = Workspace(demo.directory)
    try:
        accreditation.record_act(sender, ActKind.INVITATION, "OIM", meeting_id=meeting.id, on=date(2026, 9, 1))
        accredited = []
        for pid in candidates:
            try:
                accreditation.accredit(sender, meeting.id, pid)
            except AppError:
                continue
            accredited.append(pid)
            if len(accredited) == 3:
                break
        assert accredited
        with sender.read() as s:
            q = select(Changeset.ops).where(Changeset.device_id == sender.device_id, Changeset.seq > last)
            ops = [op for batch in s.scalars(q.order_by(Changeset.seq)) for op in batch]
            window = _answers(Facts(s), meeting.id, accredited)
    finally:
        sender.close()
    receiver = Workspace(before)
    try:
        with receiver.read() as s:
            importer = DbFacts(s.connection())
            assert len(importer.acts(meeting.id)) == len(window["acts"]) - 1  # the database alone lacks the change
            importer.begin(ops)
            assert _answers(importer, meeting.id, accredited) == window
    finally:
        receiver.close()
