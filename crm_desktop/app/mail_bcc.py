"""Drafts for a mail program as one message per language, every focal point in ``Bcc``.

:func:`group_plan` folds a :class:`~crm_desktop.app.mail.DeliveryPlan` (one message per focal
point) into the messages a secretariat actually sends: one per language and set of documents — a
delegation that may not receive a closed-door document gets the message without it.
:func:`write_language_drafts` writes each as one ``.eml`` and records it in the outbox (recipients
listed), so writing the same delivery again writes nothing twice.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crm_desktop.app.mail import (
    DeliveryPlan,
    Document,
    Outcome,
    Recipient,
    existing_outbox_row,
    message_id_for,
    record_outbox,
    sender_name,
    update_outbox_row,
)
from crm_desktop.app.workspace import Workspace
from crm_desktop.mail.bcc import compose_bcc, render_group_message
from crm_desktop.mail.compose import address, as_bytes, write_eml


@dataclass(frozen=True, slots=True)
class GroupMessage:
    """One message to several focal points of one language, all in ``Bcc``."""

    lang: str
    recipients: tuple[Recipient, ...]
    documents: tuple[Document, ...]
    withheld: tuple[Document, ...]
    subject: str
    body: str


def group_plan(plan: DeliveryPlan) -> list[GroupMessage]:
    """The plan's messages grouped by language and documents, in the order they first appear."""
    groups: dict[tuple[str, tuple[str, ...]], list[int]] = {}
    for i, m in enumerate(plan.messages):
        key = (m.lang, tuple(d.fingerprint for d in m.documents))
        groups.setdefault(key, []).append(i)
    out = []
    for (lang, _fingerprints), indexes in groups.items():
        first = plan.messages[indexes[0]]
        subject, body = render_group_message(
            lang,
            meeting=plan.meeting_title,
            documents=[{"es": d.title_es, "en": d.title_en} for d in first.documents],
        )
        withheld = {d.fingerprint: d for i in indexes for d in plan.messages[i].withheld}
        out.append(
            GroupMessage(
                lang=lang,
                recipients=tuple(plan.messages[i].recipient for i in indexes),
                documents=first.documents,
                withheld=tuple(withheld.values()),
                subject=subject,
                body=body,
            )
        )
    return out


def group_key(meeting_id: str | None, g: GroupMessage) -> str:
    """Same recipients, meeting, subject and documents (by content) → same key."""
    payload = {
        "transport": "eml-bcc",
        "to": sorted(r.email.strip().lower() for r in g.recipients),
        "meeting": meeting_id,
        "subject": g.subject,
        "documents": sorted(d.fingerprint for d in g.documents),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _build(g: GroupMessage, key: str, sender: str | None) -> tuple[bytes, str]:
    domain = sender.rpartition("@")[2] if sender and "@" in sender else "crm-desktop.invalid"
    message_id = message_id_for(key, domain)
    email = compose_bcc(
        bcc=[address(r.name, r.email) for r in g.recipients],
        sender=address(sender_name(g.lang), sender) if sender else None,
        subject=g.subject,
        body=g.body,
        attachments=[d.attachment for d in g.documents],
        message_id=message_id,
        date=datetime.now().astimezone(),
        draft=True,
        lang=g.lang,
    )
    return as_bytes(email), message_id


def _stem(plan: DeliveryPlan, g: GroupMessage, outbox_id: int, index: int) -> str:
    symbol = g.documents[0].symbol if g.documents else "CRM"
    suffix = f"-{index}" if index else ""
    return f"{outbox_id:05d}-{symbol}-{g.lang}{suffix}".replace("/", "-")


def write_language_drafts(
    ws: Workspace, plan: DeliveryPlan, directory: Path, *, sender: str | None = None
) -> list[Outcome]:
    """One ``.eml`` per language (and set of documents) in ``directory``, the focal points in ``Bcc``;
    a draft already written is not written again."""
    out = []
    seen: dict[str, int] = {}
    for g in group_plan(plan):
        key = group_key(plan.meeting_id, g)
        who = ", ".join(r.email for r in g.recipients)
        existing = existing_outbox_row(ws, key)
        if existing is not None and existing.eml_path and Path(existing.eml_path).exists():
            out.append(Outcome(existing.id, who, "already_drafted", path=Path(existing.eml_path)))
            continue
        raw, message_id = _build(g, key, sender)
        if existing is not None:
            oid = existing.id
        else:
            message = (g.subject, g.lang)
            oid = record_outbox(ws, "eml", plan, g.recipients, message, g.documents, g.withheld, raw, key)
        index = seen.get(g.lang, 0)
        seen[g.lang] = index + 1
        path = write_eml(raw, Path(directory), _stem(plan, g, oid, index))
        update_outbox_row(ws, oid, status="drafted", raw=raw, message_id=message_id, eml_path=str(path), sent_at=None)
        out.append(Outcome(oid, who, "drafted", path=path))
    return out
