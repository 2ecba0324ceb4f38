"""Small builders used across tests."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from crm_desktop.app import meetings, people
from crm_desktop.app.meetings import MeetingInput
from crm_desktop.app.people import PersonInput
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain.model import Category, Role


def meeting(
    ws: Workspace,
    body: str = "viceministers",
    *,
    start: str = "2026-05-10",
    end: str | None = None,
    host: str = "CR",
    title: str | None = None,
) -> str:
    return meetings.create_meeting(
        ws,
        MeetingInput(
            body=body,
            title=title or f"Reunión {body} {start}",
            start=datetime.fromisoformat(f"{start}T09:00"),
            end=datetime.fromisoformat(f"{end or start}T18:00"),
            host_country=host,
            city="San José",
        ),
    )


def person(
    ws: Workspace,
    name: str,
    *,
    country: str | None = None,
    org: str | None = None,
    role: Role = Role.DELEGATE,
    category: Category | None = None,
) -> str:
    if category is None:
        if country:
            from crm_desktop.domain.reference import country as ref

            category = ref(country).category
        else:
            category = {"RROCM": Category.CIVIL_SOCIETY, "ST": Category.SECRETARIAT}.get(
                org or "", Category.OBSERVER_ORG
            )
    return people.add_person(
        ws, PersonInput(name=name, category=category, country=country, organisation=org, roles=(role,))
    )


# --- fakes for mail: an in-memory keyring and a loopback SMTP server ---------------------------------


def in_memory_keyring() -> Any:
    """A keyring backend that keeps passwords in a dict (tests never touch the user's keyring)."""
    import keyring.backend

    class InMemoryKeyring(keyring.backend.KeyringBackend):  # type: ignore[misc]
        priority = 1

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    return InMemoryKeyring()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class SmtpRecorder:
    """An aiosmtpd handler on 127.0.0.1 that records messages, refuses chosen recipients and can drop
    the connection during DATA (as a flaky relay does)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: set[str] = set()
        self.drop_next = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any) -> str:
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.drop_next:
            self.drop_next -= 1
            server.transport.close()
            return "421 closing"
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or b""))
        return "250 Message accepted"


@contextmanager
def smtp_server(handler: Any, **server_kwargs: Any) -> Iterator[tuple[str, int]]:
    """An aiosmtpd server on 127.0.0.1 for the duration of the block; yields (host, port)."""
    from aiosmtpd.controller import Controller

    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **server_kwargs)
    controller.start()
    try:
        yield "127.0.0.1", port
    finally:
        controller.stop()


def self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key (PEM files), for a STARTTLS test server."""
    import datetime as dt
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path
