"""Composing messages to focal points: MIME structure, encoded names, attachments, ``.eml`` files.

Messages are serialised with ``email.policy.SMTP`` (CRLF line ends, RFC 2047 encoded display names,
RFC 2231 encoded attachment file names), so a draft opens in any mail client and the same bytes can
be handed to an SMTP server.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from crm_desktop.store.local_files import private_dir, read_input


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to attach, held in memory (PDFs of a few hundred KB; bundles of a few MB)."""

    filename: str
    data: bytes
    maintype: str = "application"
    subtype: str = "pdf"

    @classmethod
    def from_path(cls, path: Path, filename: str | None = None) -> Attachment:
        data = read_input(Path(path))
        name = filename or Path(path).name
        if name.lower().endswith(".pdf"):
            return cls(name, data)
        return cls(name, data, "application", "octet-stream")

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


# CPython drops the space between two encoded words when it folds a long non-ASCII display name
# ("… :" came back as "…:"); headers folded only past RFC 5322's 998-character limit keep names whole.
MAIL_POLICY = policy.SMTP.clone(max_line_length=998)


def address(name: str, addr: str) -> Address:
    """A mailbox with a display name; non-ASCII names are encoded when the message is written."""
    local, _, domain = addr.strip().rpartition("@")
    return Address(display_name=name, username=local, domain=domain)


def compose(
    *,
    to: Address,
    subject: str,
    body: str,
    attachments: list[Attachment],
    message_id: str,
    date: datetime,
    sender: Address | None = None,
    draft: bool = False,
    lang: str = "es",
) -> EmailMessage:
    """One message to one recipient. ``draft`` marks it unsent, so clients open it ready to send."""
    msg = EmailMessage(policy=MAIL_POLICY)
    if sender is not None:
        msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    msg["Content-Language"] = lang
    if draft:
        msg["X-Unsent"] = "1"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for a in attachments:
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)
    return msg


def as_bytes(msg: EmailMessage) -> bytes:
    return msg.as_bytes(policy=MAIL_POLICY)


def write_eml(raw: bytes, directory: Path, stem: str) -> Path:
    """Write a draft to ``directory/stem.eml`` (through a temporary name, so no half-written draft).

    The draft (0600, from ``mkstemp``) and a folder made for it are private: they hold addresses."""
    private_dir(directory)
    target = directory / f"{stem}.eml"
    fd, tmp = tempfile.mkstemp(prefix=".draft-", suffix=".eml", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
        os.replace(tmp, target)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return target
