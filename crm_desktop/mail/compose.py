"""Composing messages to focal points: MIME structure, encoded names, attachments, ``.eml`` files.

Messages are serialised with ``email.policy.SMTP`` (CRLF line ends, lines of at most 78 characters:
base64 and quoted-printable bodies in lines of 76 as RFC 2045 says, RFC 2231 continuations for long
file names), so a draft opens in any mail client and the same bytes can be handed to an SMTP server.

Two headers are written with the standard library's older encoder (``email.header.Header``) and
handed to the policy already folded: CPython's modern folder puts the space between two words of a
long non-ASCII display name or subject *between* two encoded words, where RFC 2047 readers drop it
("… :" came back as "…:"); ``Header`` keeps such spaces inside the encoded words. Attachments carry
an ASCII ``filename=`` beside the RFC 2231 ``filename*``, for readers (munpack, old webmail) that
only know the first.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
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


MAIL_POLICY = policy.SMTP  # headers folded at 78 characters, CRLF
MAX_LINE = 78
# Bodies are encoded when they are set, with the message's policy: RFC 2045's 76 characters a line.
BODY_POLICY = policy.SMTP.clone(max_line_length=76)


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
    msg = EmailMessage(policy=BODY_POLICY)
    if sender is not None:
        _set_folded(msg, "From", _mailbox(sender))
    _set_folded(msg, "To", _mailbox(to))
    _set_folded(msg, "Subject", _encoded("Subject", subject) if not subject.isascii() else subject)
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = message_id
    if draft:
        msg["X-Unsent"] = "1"
    msg.set_content(body, subtype="plain", charset="utf-8", cte="quoted-printable")
    for a in attachments:
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)
        if not a.filename.isascii():
            part = list(msg.iter_parts())[-1]  # the attachment just added
            disposition = _disposition(a.filename)
            del part["Content-Disposition"]
            part.set_raw("Content-Disposition", disposition)
    # Last: setting the content (or turning the message multipart) drops or moves Content-* headers.
    msg["Content-Language"] = lang
    return msg


def _encoded(name: str, text: str) -> str:
    """A non-ASCII header value as RFC 2047 encoded words, folded by ``email.header``."""
    return Header(text, "utf-8", maxlinelen=MAX_LINE - 2, header_name=name).encode(linesep="\n")


def _mailbox(who: Address) -> str:
    if who.display_name.isascii():
        return formataddr((who.display_name, who.addr_spec))
    return f"{_encoded('From', who.display_name)}\n <{who.addr_spec}>"


def _set_folded(msg: EmailMessage, name: str, value: str) -> None:
    """Set a header; a value folded here (all lines short) is written as it is, not refolded."""
    if "\n" in value:
        msg.set_raw(name, value)
    else:
        msg[name] = value


def ascii_filename(filename: str, limit: int = 60) -> str:
    """A plain-ASCII stand-in for a file name: accents dropped, other characters "_", extension kept."""
    folded = unicodedata.normalize("NFKD", filename)
    text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    text = re.sub(r'[^\x20-\x7e]|["\\]', "_", text)
    stem, dot, ext = text.rpartition(".")
    if not dot:
        stem, ext = text, ""
    stem = stem[: max(1, limit - len(ext) - 1)]
    return f"{stem}.{ext}" if ext else stem


def _disposition(filename: str) -> str:
    """``attachment; filename*=utf-8''...; filename="ascii"``, the RFC 2231 part folded by the policy."""
    scratch = EmailMessage(policy=MAIL_POLICY)
    scratch.add_header("Content-Disposition", "attachment", filename=filename)
    folded = MAIL_POLICY.fold("Content-Disposition", scratch["Content-Disposition"])
    value = folded.split(":", 1)[1].strip()
    rest = value.split(";", 1)[1].strip()
    # The RFC 2231 form first: readers that know both (and Python's parser) take the first they meet.
    return f'attachment;\n {rest};\n filename="{ascii_filename(filename)}"'


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
