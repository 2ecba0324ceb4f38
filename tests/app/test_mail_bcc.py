"""One draft per language with the focal points in Bcc, not one draft per focal point; each draft
parses back strictly (the modern and the compat32 parsers) with every recipient and attachment."""

from __future__ import annotations

import email
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from crm_desktop.app import mail
from crm_desktop.app.mail_bcc import group_plan, write_language_drafts
from crm_desktop.app.workspace import Workspace
from tests.app.test_mail import SENDER, add_observer_focal_point, vm_meeting


def parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert not parsed.defects and all(not p.defects for p in parsed.walk())
    return parsed


def bcc_addresses(raw: bytes) -> list[tuple[str, str]]:
    """The Bcc mailboxes decoded as RFC 2047 readers do (compat32 + email.header)."""
    header = email.message_from_bytes(raw, policy=policy.compat32)["Bcc"]
    return [(str(make_header(decode_header(name))), addr) for name, addr in getaddresses([header])]


def test_one_draft_per_language_with_every_focal_point_in_bcc(demo: Workspace, tmp_path: Path) -> None:
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda", "participants"])
    langs = {m.lang for m in plan.messages}
    assert langs == {"es", "en"} and len(plan.messages) > 2
    outcomes = write_language_drafts(demo, plan, tmp_path / "eml", sender=SENDER)
    files = sorted((tmp_path / "eml").glob("*.eml"))
    assert len(files) == len(outcomes) == len(group_plan(plan)) < len(plan.messages)
    everyone: list[str] = []
    for path in files:
        raw = path.read_bytes()
        assert all(len(line) <= 78 for line in raw.split(b"\r\n"))
        parsed = parse(raw)
        assert parsed["X-Unsent"] == "1"
        assert [a.addr_spec for a in parsed["To"].addresses] == [SENDER]  # nobody sees the others
        bcc = bcc_addresses(raw)
        assert [a.addr_spec for a in parsed["Bcc"].addresses] == [addr for _n, addr in bcc]
        everyone += [addr for _n, addr in bcc]
        lang = parsed["Content-Language"]
        body = parsed.get_body(("plain",))
        assert body is not None
        text = body.get_content()
        assert text.startswith("Estimados puntos focales:" if lang == "es" else "Dear focal points,")
        names = [a.get_filename() for a in parsed.iter_attachments()]  # type: ignore[attr-defined]
        assert names and all(n.endswith(f"-{lang}).pdf") for n in names), (lang, text[:40])
    assert sorted(everyone) == sorted(m.recipient.email for m in plan.messages)
    names = {n for p in files for n, _a in bcc_addresses(p.read_bytes())}
    assert {m.recipient.name for m in plan.messages} == names  # accented names come back whole


def test_writing_again_writes_nothing_twice(demo: Workspace, tmp_path: Path) -> None:
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es")
    first = write_language_drafts(demo, plan, tmp_path, sender=SENDER)
    again = write_language_drafts(demo, mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es"), tmp_path)
    assert [o.status for o in first] == ["drafted"] and [o.status for o in again] == ["already_drafted"]
    assert len(list(tmp_path.glob("*.eml"))) == 1


def test_a_withheld_document_splits_the_message_without_it(demo: Workspace, tmp_path: Path) -> None:
    observer = add_observer_focal_point(demo)
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["participants"], lang="es", closed_door=True)
    groups = group_plan(plan)
    mine = [g for g in groups if observer in {r.email for r in g.recipients}]
    if mine:  # the observer receives what it may, in a message of its own documents
        [g] = mine
        assert all(d.audience != "closed_door" for d in g.documents)
        assert len(g.recipients) < len(plan.messages)
    assert sum(len(g.recipients) for g in groups) == len(plan.messages)


def test_no_sender_means_undisclosed_recipients(demo: Workspace, tmp_path: Path) -> None:
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="en")
    [outcome] = write_language_drafts(demo, plan, tmp_path)
    assert outcome.path is not None
    parsed = parse(outcome.path.read_bytes())
    assert str(parsed["To"]) == "undisclosed-recipients:;" and parsed["From"] is None
    assert len(parsed["Bcc"].addresses) == len(plan.messages)
