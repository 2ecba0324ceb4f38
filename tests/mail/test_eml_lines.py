"""Every message we write is strict RFC 5322/2045: lines of at most 78 characters (76 in encoded
bodies), a strict parser finds no defect, non-ASCII file names carry an ASCII ``filename=`` beside
``filename*``, and a delivery that fails says so with a non-zero exit."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.app import mail
from crm_desktop.app.workspace import Workspace
from crm_desktop.mail.compose import Attachment, address, as_bytes, ascii_filename, compose
from crm_desktop.mail.smtp import SmtpSettings
from tests.app.test_mail import SENDER, vm_meeting
from tests.helpers import SmtpRecorder, free_port, smtp_server

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), max_size=120)
NAME = TEXT.map(str.strip).filter(bool)
FILE = st.text(alphabet=st.sampled_from(list("abcñéÁü中文 —-_()'.,0123")), min_size=1, max_size=90).map(
    lambda s: s.strip() + ".pdf"
)


def check_strict(raw: bytes) -> email.message.EmailMessage:
    """Every line at most 78 characters, encoded body lines at most 76, and no defect anywhere."""
    lines = raw.split(b"\r\n")
    assert all(len(line) <= 78 for line in lines), max(lines, key=len)
    assert all(ord(c) < 128 for c in raw.decode("ascii"))
    parsed = email.message_from_bytes(raw, policy=policy.strict)
    assert isinstance(parsed, email.message.EmailMessage)
    for part in parsed.walk():
        assert not part.defects, part.defects
        if not part.is_multipart():
            payload = part.get_payload()
            assert isinstance(payload, str)
            assert all(len(line) <= 76 for line in payload.splitlines()), part.get_content_type()
    return parsed


def _decoded(raw: bytes, name: str) -> str:
    header = email.message_from_bytes(raw, policy=policy.compat32)[name]
    return str(make_header(decode_header(header)))


@settings(deadline=None, max_examples=80)
@given(name=NAME, subject=NAME, body=TEXT, filenames=st.lists(FILE, min_size=1, max_size=3, unique=True))
def test_any_message_is_strict_and_short_lined(name: str, subject: str, body: str, filenames: list[str]) -> None:
    msg = compose(
        to=address(name, "punto.focal@migracion.cr.example"),
        sender=address("Secretaría Técnica de la CRM", SENDER),
        subject=subject,
        body=body + "\n" + "línea larga " * 40 + "\n",
        attachments=[Attachment(f, bytes(range(256)) * 20) for f in filenames],
        message_id="<abc@st-crm.example>",
        date=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
    )
    raw = as_bytes(msg)
    parsed = check_strict(raw)
    assert _decoded(raw, "Subject") == subject
    attachments = list(parsed.iter_attachments())
    assert [a.get_filename() for a in attachments] == filenames
    assert [a.get_content() for a in attachments] == [bytes(range(256)) * 20] * len(filenames)
    for a, filename in zip(attachments, filenames, strict=True):
        if not filename.isascii():
            # The ASCII stand-in, for readers that know only filename=.
            assert f'filename="{ascii_filename(filename)}"' in str(a).replace("\r\n", "\n")


def test_ascii_file_names_drop_accents_and_keep_the_extension() -> None:
    assert ascii_filename("Lista de participantes — Reunión.pdf") == "Lista de participantes _ Reunion.pdf"
    assert ascii_filename("中文" * 50 + ".pdf").endswith(".pdf") and len(ascii_filename("中文" * 50 + ".pdf")) <= 60


def test_every_draft_of_a_meeting_is_strict(demo: Workspace, tmp_path: Path) -> None:
    plan = mail.plan_delivery(demo, vm_meeting(demo), ["agenda", "participants"], lang="es")
    outcomes = mail.write_drafts(demo, plan, tmp_path / "eml", sender=SENDER)
    assert outcomes and all(o.path for o in outcomes)
    for o in outcomes:
        assert o.path is not None
        check_strict(o.path.read_bytes())


def test_a_failed_delivery_exits_4_and_the_unsent_are_kept_for_retry(
    demo_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from crm_desktop.cli import main

    ws = Workspace(demo_dir)
    meeting = vm_meeting(ws)
    ws.close()
    args = ["--workspace", str(demo_dir), "--lang", "en", "mail", "focal-points", "--meeting", meeting]
    args += ["--report", "agenda"]
    # No server listens there: the first message fails to connect and the rest are not attempted.
    port = free_port()
    code = main([*args, "--smtp", f"127.0.0.1:{port}", "--from", SENDER])
    err = capsys.readouterr().err
    assert code == 4 and "were not delivered" in err
    ws = Workspace(demo_dir)
    try:
        failed = mail.outbox(ws, status="failed")
        assert len(failed) == 19  # every message is in the outbox, ready for ``mail retry``
        handler = SmtpRecorder()
        with smtp_server(handler) as (host, port):
            sent = mail.retry(ws, SmtpSettings(host, port, "plain"), sender=SENDER)
        assert {o.status for o in sent} == {"sent"} and len(handler.messages) == 19
        for _, _, raw in handler.messages:
            check_strict(raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    finally:
        ws.close()
