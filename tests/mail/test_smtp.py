"""SMTP delivery against an in-process aiosmtpd server on 127.0.0.1: success, a refused recipient,
a dropped connection, STARTTLS with login, and an unreachable server."""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Any

import pytest

from crm_desktop.mail.smtp import DeliveryError, SmtpConnection, SmtpSettings, parse_host_port
from tests.helpers import SmtpRecorder, free_port, self_signed_certificate, smtp_server

RAW = b"From: st@st-crm.example\r\nTo: fp@migracion.cr.example\r\nSubject: prueba\r\n\r\nhola\r\n"


def test_sends_the_exact_bytes() -> None:
    handler = SmtpRecorder()
    with smtp_server(handler) as (host, port), SmtpConnection(SmtpSettings(host, port, "plain")) as conn:
        conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
    [(sender, rcpts, data)] = handler.messages
    assert (sender, rcpts) == ("st@st-crm.example", ["fp@migracion.cr.example"])
    assert data.replace(b"\r\n", b"\n").endswith(b"hola\n")


def test_refused_recipient_is_a_permanent_failure_and_the_session_goes_on() -> None:
    handler = SmtpRecorder()
    handler.refuse.add("nadie@migracion.hn.example")
    with smtp_server(handler) as (host, port), SmtpConnection(SmtpSettings(host, port, "plain")) as conn:
        with pytest.raises(DeliveryError) as info:
            conn.send(RAW, "st@st-crm.example", "nadie@migracion.hn.example")
        assert info.value.kind == "refused" and info.value.permanent
        assert "550" in info.value.detail
        conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
    assert [m[1] for m in handler.messages] == [["fp@migracion.cr.example"]]


def test_dropped_connection_is_transient_and_the_next_message_reconnects() -> None:
    handler = SmtpRecorder()
    handler.drop_next = 1
    with smtp_server(handler) as (host, port), SmtpConnection(SmtpSettings(host, port, "plain")) as conn:
        with pytest.raises(DeliveryError) as info:
            conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
        assert info.value.kind == "disconnected" and not info.value.permanent
        conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
    assert len(handler.messages) == 1


def _tls_server_kwargs(tmp_path: Path, password: bytes) -> tuple[dict[str, Any], Path]:
    from aiosmtpd.smtp import AuthResult, LoginPassword

    cert, key = self_signed_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and data.login == b"st" and data.password == password
        return AuthResult(success=ok, handled=False)  # aiosmtpd then answers 535 itself

    kwargs = {"tls_context": context, "require_starttls": True, "authenticator": authenticator, "auth_required": True}
    return kwargs, cert


def test_starttls_and_login(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")  # makes the test certificate; installed with the keyring on Linux
    handler = SmtpRecorder()
    kwargs, cert = _tls_server_kwargs(tmp_path, "contraseña-ñ".encode())
    with smtp_server(handler, **kwargs) as (host, port):
        settings = SmtpSettings(host, port, "starttls", user="st", cafile=str(cert))
        with SmtpConnection(settings, "contraseña-ñ") as conn:
            conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
        with SmtpConnection(settings, "wrong") as conn, pytest.raises(DeliveryError) as info:
            conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
        assert info.value.kind == "auth"
        untrusted = SmtpSettings(host, port, "starttls", user="st")  # the system CAs do not know this certificate
        with SmtpConnection(untrusted, "contraseña-ñ") as conn, pytest.raises(DeliveryError) as info:
            conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
        assert info.value.kind == "connect"
    assert len(handler.messages) == 1


def test_unreachable_server_is_a_connect_failure() -> None:
    settings = SmtpSettings("127.0.0.1", free_port(), "plain", timeout=5)
    with SmtpConnection(settings) as conn, pytest.raises(DeliveryError) as info:
        conn.send(RAW, "st@st-crm.example", "fp@migracion.cr.example")
    assert info.value.kind == "connect"


def test_host_port_parsing() -> None:
    assert parse_host_port("smtp.example.org:587") == ("smtp.example.org", 587)
    assert parse_host_port("[::1]:2525") == ("::1", 2525)
    for bad in ("smtp.example.org", ":25", "host:0", "host:99999", "host:abc"):
        with pytest.raises(ValueError):
            parse_host_port(bad)
