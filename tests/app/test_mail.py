"""Sending documents to focal points: who may receive what, .eml drafts, SMTP, the outbox, retries,
and the guarantee that nothing is sent twice by accident."""

from __future__ import annotations

import email
from collections.abc import Iterator
from email import policy
from pathlib import Path
from typing import Any

import keyring
import pytest
from sqlalchemy import select

from crm_desktop.app import mail
from crm_desktop.app.errors import BadInput
from crm_desktop.app.meetings import list_meetings
from crm_desktop.app.people import add_focal_point, list_people
from crm_desktop.app.workspace import Workspace
from crm_desktop.mail.smtp import SmtpSettings
from crm_desktop.store.tables.outbox import OutboxMessage
from tests.helpers import SmtpRecorder, in_memory_keyring, smtp_server

SENDER = "st@st-crm.example"


@pytest.fixture
def memory_keyring() -> Iterator[Any]:
    previous = keyring.get_keyring()
    backend = in_memory_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def vm_meeting(ws: Workspace) -> str:
    return list_meetings(ws, year=2026, body="viceministers")[0]["id"]


def add_observer_focal_point(ws: Workspace) -> str:
    """Colombia's observer delegate registered as a focal point (the directory allows it)."""
    person = next(p for p in list_people(ws) if p["country"] == "CO")
    add_focal_point(ws, person["id"], "CO", "Cancillería")
    return str(person["email"])


def test_recipients_are_the_focal_points_filtered_by_country_and_institution(demo: Workspace) -> None:
    everyone = mail.recipients(demo)
    # the demo's directory: one focal point per member country, one contact per observer organisation
    members = [r for r in everyone if r.category == "member_country"]
    assert len(members) == 11 and len({r.country for r in members}) == 11
    assert len([r for r in everyone if r.category == "observer_org"]) == 8
    assert {r.country for r in mail.recipients(demo, countries=["CR", "mx"])} == {"CR", "MX"}
    spanish = mail.recipients(demo, institutions=["politica migratoria"])  # accents and case do not matter
    assert spanish and all(r.institution == "Dirección de Política Migratoria" for r in spanish)
    english = {r.country for r in everyone if r.lang == "en"}
    assert english == {"BZ", "CA", "US"}


def test_no_closed_door_document_reaches_an_observer(demo: Workspace) -> None:
    """Seed, A: the closed-door meeting is attended only by the member countries' Vice-Ministers."""
    observer = add_observer_focal_point(demo)
    kinds = ["agenda", "participants", "declaration"]
    plan = mail.plan_delivery(demo, vm_meeting(demo), kinds, lang="es", closed_door=True)
    by_email = {m.recipient.email: m for m in plan.messages}
    co = by_email[observer]
    assert [(d.kind, d.segment, d.audience) for d in co.documents] == [("declaration", "plenary", "public")]
    assert sorted(d.audience for d in co.withheld) == ["closed_door", "closed_door", "members", "members"]
    member = next(m for m in plan.messages if m.recipient.country == "MX")
    assert [(d.kind, d.segment) for d in member.documents] == [
        ("agenda", "plenary"),
        ("agenda", "closed_door"),
        ("participants", "plenary"),
        ("participants", "closed_door"),
        ("declaration", "plenary"),
    ]
    assert member.withheld == ()
    notes = [n.render("en") for n in plan.notes if co.recipient.name in n.render("en")]
    assert len(notes) == 4 and all("is restricted" in n for n in notes)


def test_an_observer_with_nothing_it_may_receive_is_skipped_with_a_reason(demo: Workspace) -> None:
    add_observer_focal_point(demo)
    # a dossier that includes the closed-door part is as confidential as that part
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["dossier"], closed_door=True, countries=["CO", "MX"])
    assert [m.recipient.country for m in plan.messages] == ["MX"]
    [(skipped, reason)] = plan.skipped
    assert skipped.country == "CO"
    assert reason.render("es") == f"{skipped.name} no puede recibir ninguno de los documentos elegidos"


def test_each_focal_point_reads_its_own_language_unless_one_is_chosen(demo: Workspace) -> None:
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], countries=["US", "GT"])
    langs = {m.recipient.country: (m.lang, m.documents[0].attachment.filename, m.subject) for m in plan.messages}
    assert langs["US"][0] == "en" and langs["US"][1].startswith("Preliminary agenda")
    assert langs["GT"][0] == "es" and langs["GT"][1].startswith("Agenda preliminar")
    assert langs["US"][2].endswith("documents") and langs["GT"][2].endswith("documentos")
    forced = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], countries=["US"], lang="es")
    assert forced.messages[0].lang == "es"


def test_drafts_are_written_once_and_parse_back(demo: Workspace, tmp_path: Path) -> None:
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda", "participants"], lang="es")
    outcomes = mail.write_drafts(demo, plan, tmp_path / "eml", sender=SENDER)
    # 11 member focal points, and the 8 observer organisations' contacts for the preliminary agenda
    assert [o.status for o in outcomes] == ["drafted"] * 19
    files = sorted((tmp_path / "eml").glob("*.eml"))
    assert len(files) == 19
    parsed = email.message_from_bytes(files[0].read_bytes(), policy=policy.default)
    names = [a.get_filename() for a in parsed.iter_attachments()]  # type: ignore[attr-defined]
    assert names == [
        "Agenda preliminar (CRM-VM-XXXI-AGENDA-es).pdf",
        "Lista de participantes (CRM-VM-XXXI-PART-es).pdf",
    ]
    assert parsed["From"].addresses[0].display_name == "Secretaría Técnica de la CRM"
    again = mail.write_drafts(
        demo,
        mail.plan_delivery(demo, vm_meeting(demo), ["agenda", "participants"], lang="es"),
        tmp_path / "eml",
        sender=SENDER,
    )
    assert {o.status for o in again} == {"already_drafted"}
    assert len(list((tmp_path / "eml").glob("*.eml"))) == 19
    rows = mail.outbox(demo)
    assert len(rows) == 19 and {r["status"] for r in rows} == {"drafted"}
    assert all(r["eml"] and Path(r["eml"]).exists() for r in rows)


def test_smtp_sends_each_message_once(demo: Workspace) -> None:
    handler = SmtpRecorder()
    with smtp_server(handler) as (host, port):
        settings = SmtpSettings(host, port, "plain")
        plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es")
        first = mail.send_plan(demo, plan, settings, sender=SENDER)
        assert {o.status for o in first} == {"sent"}
        # the same delivery again (documents rendered anew): nothing goes out twice
        plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es")
        second = mail.send_plan(demo, plan, settings, sender=SENDER)
        assert {o.status for o in second} == {"already_sent"}
    assert len(handler.messages) == 19  # the preliminary agenda: 11 member countries, 8 organisations
    assert sorted(r for _, rcpts, _ in handler.messages for r in rcpts) == sorted(
        m.recipient.email for m in plan.messages
    )
    rows = mail.outbox(demo, status="sent")
    assert len(rows) == 19 and all(r["sent"] and r["attempts"] == 1 for r in rows)


def test_refused_recipient_is_recorded_and_retried_with_the_same_message(demo: Workspace) -> None:
    handler = SmtpRecorder()
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es", countries=["CR", "MX", "PA"])
    refused = next(m.recipient.email for m in plan.messages if m.recipient.country == "MX")
    handler.refuse.add(refused)
    with smtp_server(handler) as (host, port):
        settings = SmtpSettings(host, port, "plain")
        outcomes = mail.send_plan(demo, plan, settings, sender=SENDER)
        assert {o.recipient: o.status for o in outcomes}[refused] == "failed"
        assert sum(o.status == "sent" for o in outcomes) == 2
        [failed] = mail.outbox(demo, status="failed")
        assert failed["recipient"] == refused and "refused" in failed["error"] and "550" in failed["error"]
        handler.refuse.clear()  # the address was fixed on the server side
        [retried] = mail.retry(demo, settings, sender=SENDER)
        assert retried.status == "sent"
        with pytest.raises(BadInput):
            mail.retry(demo, settings, sender=SENDER, ids=[retried.outbox_id])  # sent: not again
    assert len(handler.messages) == 3
    ids = [email.message_from_bytes(raw)["Message-ID"] for _, _, raw in handler.messages]
    assert len(set(ids)) == 3
    row = next(r for r in mail.outbox(demo) if r["recipient"] == refused)
    assert row["attempts"] == 2 and row["status"] == "sent" and row["error"] is None


def test_dropped_connection_fails_one_message_and_the_rest_go_through(demo: Workspace) -> None:
    handler = SmtpRecorder()
    handler.drop_next = 1
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["participants"], lang="en", countries=["CR", "MX"])
    with smtp_server(handler) as (host, port):
        settings = SmtpSettings(host, port, "plain")
        outcomes = mail.send_plan(demo, plan, settings, sender=SENDER)
        assert [o.status for o in outcomes] == ["failed", "sent"]
        assert outcomes[0].detail.startswith("disconnected")
        # running the whole delivery again retries the failed one only
        again = mail.send_plan(demo, plan, settings, sender=SENDER)
        assert [o.status for o in again] == ["sent", "already_sent"]
    assert sorted(r for _, rcpts, _ in handler.messages for r in rcpts) == sorted(
        m.recipient.email for m in plan.messages
    )


def test_a_message_interrupted_mid_send_is_not_resent_without_asking(demo: Workspace) -> None:
    handler = SmtpRecorder()
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es", countries=["SV"])
    with smtp_server(handler) as (host, port):
        settings = SmtpSettings(host, port, "plain")
        mail.send_plan(demo, plan, settings, sender=SENDER)
        with demo.db.session() as s:  # as if the process had died during the SMTP transaction
            row = s.scalar(select(OutboxMessage))
            assert row is not None
            row.status = "sending"
            outbox_id = row.id
        assert [o.status for o in mail.send_plan(demo, plan, settings, sender=SENDER)] == ["pending"]
        assert mail.retry(demo, settings, sender=SENDER) == []  # "retry all failed" leaves it alone
        assert [o.status for o in mail.retry(demo, settings, sender=SENDER, ids=[outbox_id])] == ["sent"]
    assert len(handler.messages) == 2


def test_password_comes_from_the_keyring(demo: Workspace, memory_keyring: Any) -> None:
    from crm_desktop.mail import secrets

    settings = SmtpSettings("127.0.0.1", 2525, "starttls", user="st")
    with pytest.raises(BadInput) as info:
        mail.smtp_password(settings)
    assert "st@127.0.0.1" in info.value.render("es") and "crm-desktop mail password" in info.value.render("es")
    mail.store_smtp_password("127.0.0.1", "st", "contraseña")
    assert mail.smtp_password(settings) == "contraseña"
    assert memory_keyring.store == {(secrets.SERVICE, "st@127.0.0.1"): "contraseña"}
    assert mail.smtp_password(SmtpSettings("127.0.0.1", 25, "plain")) is None  # no user, no password


def test_unavailable_keyring_is_a_clear_error(demo: Workspace) -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        with pytest.raises(BadInput) as info:
            mail.smtp_password(SmtpSettings("smtp.example.org", 587, "starttls", user="st"))
        assert "llavero" in info.value.render("es")
    finally:
        keyring.set_keyring(previous)


def test_no_matching_focal_point_is_bad_input(demo: Workspace) -> None:
    with pytest.raises(BadInput):
        mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], countries=["AR"])


def test_a_sync_bundle_can_travel_with_the_documents(demo: Workspace, tmp_path: Path) -> None:
    bundle = tmp_path / "cr-47.crmb"
    bundle.write_bytes(b"CRMB" + bytes(range(200)))
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda"], lang="es", countries=["CR"], bundle=bundle)
    [message] = plan.messages
    assert [d.kind for d in message.documents] == ["agenda", "bundle"]
    [outcome] = mail.write_drafts(demo, plan, tmp_path / "eml")
    assert outcome.path is not None
    parsed = email.message_from_bytes(outcome.path.read_bytes(), policy=policy.default)
    attachments = list(parsed.iter_attachments())  # type: ignore[attr-defined]
    assert attachments[1].get_filename() == "cr-47.crmb"
    assert attachments[1].get_content_type() == "application/octet-stream"
    assert attachments[1].get_content() == bundle.read_bytes()
    assert "Paquete de sincronización (cr-47.crmb)" in parsed.get_body(("plain",)).get_content()
