"""Drafts parse back with Python's own e-mail parser: right attachments, encoded non-ASCII names."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crm_desktop.mail.compose import Attachment, address, as_bytes, compose, write_eml
from crm_desktop.mail.templates import render_message

PDF = b"%PDF-1.4\n% test\n%%EOF\n"


def _message(name: str, filenames: list[str]) -> bytes:
    msg = compose(
        to=address(name, "punto.focal@migracion.cr.example"),
        sender=address("Secretaría Técnica de la CRM", "st@st-crm.example"),
        subject="[CRM] XXXI Reunión Viceministerial: documentos",
        body="Estimado(a):\n\nAdjuntamos los documentos.\n",
        attachments=[Attachment(f, PDF + f.encode()) for f in filenames],
        message_id="<abc@st-crm.example>",
        date=datetime(2026, 11, 20, 10, 0, tzinfo=UTC),
        draft=True,
    )
    return as_bytes(msg)


def display_name(raw: bytes) -> str:
    """The To display name decoded as RFC 2047 says (adjacent encoded words join without a space).

    CPython's modern header parser inserts a space where a long name was folded between two encoded
    words; mail clients decode as RFC 2047 does, which ``email.header`` implements.
    """
    header = email.message_from_bytes(raw, policy=policy.compat32)["To"]
    [(encoded, _)] = getaddresses([header])
    return str(make_header(decode_header(encoded)))


def parse(raw: bytes) -> EmailMessage:
    parsed = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_eml_parses_back_with_attachments_and_encoded_names(tmp_path: Path) -> None:
    names = ["Agenda preliminar (CRM-VM-XXXI-AGENDA-es).pdf", "Lista de participantes — Reunión a puerta cerrada.pdf"]
    raw = _message("José Núñez Peña", names)
    path = write_eml(raw, tmp_path / "drafts", "00001-CR-jose")
    assert path.read_bytes() == raw
    assert all(ord(c) < 128 for c in raw.decode("ascii"))  # 7-bit clean on the wire
    assert b"\r\n" in raw  # SMTP line ends
    assert b"filename*" in raw  # RFC 2231 for the non-ASCII file name
    assert b"=?utf-8?" in raw  # RFC 2047 for the display name and subject
    msg = parse(path.read_bytes())
    assert msg["To"].addresses[0].display_name == "José Núñez Peña"
    assert display_name(raw) == "José Núñez Peña"
    assert msg["To"].addresses[0].addr_spec == "punto.focal@migracion.cr.example"
    assert msg["Subject"] == "[CRM] XXXI Reunión Viceministerial: documentos"
    assert msg["X-Unsent"] == "1"
    attachments = list(msg.iter_attachments())
    assert [a.get_filename() for a in attachments] == names
    assert [a.get_content_type() for a in attachments] == ["application/pdf", "application/pdf"]
    assert attachments[1].get_content() == PDF + names[1].encode()
    body = msg.get_body(("plain",))
    assert body is not None and "Adjuntamos" in body.get_content()


@settings(deadline=None, max_examples=60)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=80)
)
@example("0 0000" + "\u0800" * 13 + " :")  # a fold between encoded words once lost this space
def test_any_display_name_survives_the_round_trip(name: str) -> None:
    name = " ".join(name.split()) or "X"
    raw = _message(name, ["Declaración y Decisiones.pdf"])
    msg = parse(raw)
    assert display_name(raw) == name
    assert next(msg.iter_attachments()).get_filename() == "Declaración y Decisiones.pdf"


def test_bundle_attachments_are_binary_not_pdf(tmp_path: Path) -> None:
    bundle = tmp_path / "semana-47.crmbundle"
    bundle.write_bytes(bytes(range(256)))
    a = Attachment.from_path(bundle)
    assert (a.maintype, a.subtype) == ("application", "octet-stream")
    assert a.sha256 == Attachment.from_path(bundle).sha256


def test_message_is_bilingual_with_the_recipients_language_first() -> None:
    docs = [{"es": "Agenda preliminar", "en": "Preliminary agenda"}]
    country = {"es": "Belice", "en": "Belize"}
    subject, body = render_message("en", name="Kevin Gagnon", country=country, meeting="XXXI Reunión", documents=docs)
    assert subject == "[CRM] XXXI Reunión: documents"
    assert body.index("Dear Kevin Gagnon") < body.index("Estimado(a) Kevin Gagnon")
    assert "focal point of Belize" in body and "punto focal de Belice" in body
    assert "• Preliminary agenda" in body and "• Agenda preliminar" in body
    subject, body = render_message("es", name="Ana", country=country, meeting="XXXI Reunión", documents=docs)
    assert subject == "[CRM] XXXI Reunión: documentos"
    assert body.index("Estimado(a) Ana") < body.index("Dear Ana")
