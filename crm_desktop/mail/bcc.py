"""One message for many focal points: every recipient in ``Bcc``, none of them sees the others.

A delivery to the eleven member focal points is one message per language (and per set of
documents, when a delegation may not receive one of them), not eleven: the greeting addresses the
focal points together, and ``To`` is the sender itself (or the RFC 5322 group
``undisclosed-recipients:;`` when no sender is known), so a client that opens the draft shows the
recipients where they belong and sends each a copy without the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage

from crm_desktop.domain.grammar import in_lang
from crm_desktop.domain.messages import msg
from crm_desktop.mail.compose import Attachment, _mailbox, _set_folded, compose
from crm_desktop.mail.templates import SENDER, separator, subject

UNDISCLOSED = "undisclosed-recipients:;"


def render_group_message(lang: str, *, meeting: str, documents: Sequence[dict[str, str]]) -> tuple[str, str]:
    """Subject (in ``lang``) and body (``lang`` first, then the other language), to all focal points."""
    first = in_lang("es", "en", lang)
    order = [first, in_lang("en", "es", first)]
    parts = []
    for code in order:
        listing = "\n".join(f"  • {d[code]}" for d in documents)
        params = {"meeting": meeting, "documents": listing, "sender": SENDER[code]}
        parts.append(msg("mail.group_body", **params).render(code))
    body = f"{parts[0]}\n\n\n{separator(order[1])}\n\n{parts[1]}\n"
    return subject(meeting, first), body


def compose_bcc(
    *,
    bcc: Sequence[Address],
    subject: str,
    body: str,
    attachments: list[Attachment],
    message_id: str,
    date: datetime,
    sender: Address | None = None,
    draft: bool = False,
    lang: str = "es",
) -> EmailMessage:
    """One message to every address of ``bcc``, each folded on its own line."""
    if not bcc:
        raise ValueError("a message needs at least one recipient")
    msg = compose(
        to=sender or bcc[0],
        subject=subject,
        body=body,
        attachments=attachments,
        message_id=message_id,
        date=date,
        sender=sender,
        draft=draft,
        lang=lang,
    )
    if sender is None:
        del msg["To"]
        msg["To"] = UNDISCLOSED
    _set_folded(msg, "Bcc", ",\n ".join(_mailbox(a) for a in bcc) if len(bcc) > 1 else _mailbox(bcc[0]))
    return msg
