"""Sending messages through an SMTP server (STARTTLS, implicit TLS, or plain for a local relay).

Failures are classified so the outbox can show them and decide what may be retried: a refused
recipient is permanent until the address is fixed; a dropped connection or a timeout is transient.
"""

from __future__ import annotations

import base64
import contextlib
import smtplib
import ssl
from dataclasses import dataclass
from types import TracebackType

SECURITY = ("starttls", "tls", "plain")


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int
    security: str = "starttls"
    user: str | None = None
    timeout: float = 30.0
    cafile: str | None = None  # a private CA (an organisation's relay); None: the system's trust store

    def ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=self.cafile)


class DeliveryError(Exception):
    """A message could not be delivered. ``kind``: refused | disconnected | auth | connect | rejected."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail

    @property
    def permanent(self) -> bool:
        return self.kind in ("refused", "auth", "rejected")


def parse_host_port(text: str) -> tuple[str, int]:
    """ "smtp.example.org:587" → ("smtp.example.org", 587); IPv6 in brackets: "[::1]:25"."""
    host, sep, port = text.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    return host.strip("[]"), int(port)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with AUTH PLAIN (RFC 4616: UTF-8 credentials, one round trip) when offered.

    smtplib's own ``login`` encodes credentials as ASCII and, after a refusal, tries the next
    mechanism, so a wrong password can end in a time-out instead of a clear 535.
    """
    smtp.ehlo_or_helo_if_needed()
    if "plain" not in smtp.esmtp_features.get("auth", "").lower().split():
        smtp.login(user, password)
        return
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, response = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, response)


def _decode(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


class SmtpConnection:
    """One SMTP session, reopened on demand after the server drops it."""

    def __init__(self, settings: SmtpSettings, password: str | None = None) -> None:
        if settings.security not in SECURITY:
            raise ValueError(f"security must be one of {SECURITY}")
        self.settings = settings
        self._password = password
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        try:
            smtp: smtplib.SMTP
            if s.security == "tls":
                smtp = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=s.ssl_context())
            else:
                smtp = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.security == "starttls":
                    smtp.starttls(context=s.ssl_context())
            if s.user:
                _login(smtp, s.user, self._password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError("auth", f"{exc.smtp_code} {_decode(exc.smtp_error)}") from None
        except smtplib.SMTPNotSupportedError as exc:
            raise DeliveryError("connect", str(exc)) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError("connect", f"{s.host}:{s.port}: {exc}") from None
        return smtp

    def send(self, raw: bytes, sender: str, recipient: str) -> None:
        """Deliver ``raw`` to one recipient, or raise :class:`DeliveryError`."""
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            self._smtp.sendmail(sender, [recipient], raw)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            raise DeliveryError("refused", f"{recipient}: {code} {_decode(text)}") from None
        except smtplib.SMTPSenderRefused as exc:
            raise DeliveryError("rejected", f"{exc.sender}: {exc.smtp_code} {_decode(exc.smtp_error)}") from None
        except smtplib.SMTPDataError as exc:
            raise DeliveryError("rejected", f"{exc.smtp_code} {_decode(exc.smtp_error)}") from None
        except smtplib.SMTPServerDisconnected as exc:
            self._drop()
            raise DeliveryError("disconnected", str(exc) or "connection closed") from None
        except smtplib.SMTPResponseException as exc:
            self._drop()
            raise DeliveryError("rejected", f"{exc.smtp_code} {_decode(exc.smtp_error)}") from None
        except OSError as exc:  # socket errors and timeouts (SMTPException is an OSError too, handled above)
            self._drop()
            raise DeliveryError("disconnected", str(exc) or type(exc).__name__) from None

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            with contextlib.suppress(OSError):
                smtp.close()

    def close(self) -> None:
        if self._smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                self._smtp.quit()
            self._drop()
