"""Sending the CRM's documents to focal points: choose, check who may see what, draft or send, record.

A delivery is planned first (:func:`plan_delivery`): the documents are rendered once, each focal
point gets the documents its delegation may see (no closed-door material to an observer) and a
bilingual message. The plan is then written as ``.eml`` drafts (:func:`write_drafts`) or sent over
SMTP (:func:`send_plan`). Every message goes through the outbox of this laptop, keyed by an
idempotency key (transport, recipient, meeting, documents' content): running the same delivery
again sends nothing twice, failures stay visible and :func:`retry` sends exactly the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop.app.errors import BadInput, NotFound
from crm_desktop.app.people import focal_points
from crm_desktop.app.reports import ReportRequest, meeting_header, render_report, report_info, report_readers
from crm_desktop.app.workspace import Workspace
from crm_desktop.domain import vocabulary
from crm_desktop.domain.audiences import cleared_for
from crm_desktop.domain.messages import Message, msg
from crm_desktop.domain.symbols import file_name
from crm_desktop.domain.vocabulary import state
from crm_desktop.mail import secrets
from crm_desktop.mail.compose import Attachment, address, as_bytes, compose, write_eml
from crm_desktop.mail.smtp import DeliveryError, SmtpConnection, SmtpSettings
from crm_desktop.mail.templates import render_message
from crm_desktop.reports.base import content_fingerprint
from crm_desktop.store.schema import Country, Organisation, Person
from crm_desktop.store.tables.outbox import OutboxMessage

SEGMENTED = ("agenda", "participants")


@dataclass(frozen=True, slots=True)
class Recipient:
    person_id: str
    name: str
    email: str
    country: str
    country_es: str
    country_en: str
    institution: str
    category: str
    lang: str = "es"  # the language the person reads first (es or en)


@dataclass(frozen=True, slots=True)
class Document:
    """A document ready to attach: what it is, who may see it, and its bytes."""

    kind: str
    segment: str
    lang: str
    title_es: str
    title_en: str
    symbol: str
    audience: str
    attachment: Attachment
    fingerprint: str
    readers: frozenset[str] = frozenset()  # categories of person who may receive it (see report_readers)


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    recipient: Recipient
    documents: tuple[Document, ...]
    withheld: tuple[Document, ...]
    subject: str
    body: str
    lang: str


@dataclass
class DeliveryPlan:
    meeting_id: str | None
    meeting_title: str
    lang: str
    documents: list[Document]
    messages: list[PlannedMessage]
    skipped: list[tuple[Recipient, Message]] = field(default_factory=list)
    notes: list[Message] = field(default_factory=list)  # documents withheld from someone, for display


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one message: drafted, sent, already_sent, failed or pending (sent before a crash)."""

    outbox_id: int
    recipient: str
    status: str
    detail: str = ""
    path: Path | None = None


# --- recipients ---------------------------------------------------------------------------------


def recipients(ws: Workspace, *, countries: Sequence[str] = (), institutions: Sequence[str] = ()) -> list[Recipient]:
    """Focal points with an e-mail address, filtered by delegation (country codes or observer organisations'
    keys) and institution (substring)."""
    wanted_countries = {c.upper() for c in countries}
    wanted_institutions = [_fold(i) for i in institutions]
    with ws.read() as s:
        names = {o.id: (o.name_es, o.name_en) for o in s.scalars(select(Organisation))}
        names |= {c.id: (c.name_es, c.name_en) for c in s.scalars(select(Country))}
        languages = {p.id: p.languages for p in s.scalars(select(Person))}
    out = []
    for fp in focal_points(ws):
        if not fp["email"]:
            continue
        if wanted_countries and fp["country"] not in wanted_countries:
            continue
        if wanted_institutions and not any(w in _fold(fp["institution"] or "") for w in wanted_institutions):
            continue
        es, en = names.get(fp["country"], (fp["country"], fp["country"]))
        out.append(
            Recipient(
                person_id=fp["person_id"],
                name=fp["name"],
                email=fp["email"],
                country=fp["country"],
                country_es=es,
                country_en=en,
                institution=fp["institution"] or "",
                category=fp["category"],
                lang=next((x for x in languages.get(fp["person_id"]) or () if x in ("es", "en")), "es"),
            )
        )
    return out


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


# --- documents ----------------------------------------------------------------------------------


def _requests(meeting_id: str, kinds: Sequence[str], lang: str, closed_door: bool) -> list[ReportRequest]:
    out = []
    for kind in dict.fromkeys(kinds):  # keep order, drop repeats
        out.append(ReportRequest(kind, lang, meeting_id=meeting_id, closed_door=closed_door).validate())
        if closed_door and kind in SEGMENTED:
            out.append(ReportRequest(kind, lang, meeting_id=meeting_id, segment="closed_door").validate())
    return out


def prepare_documents(
    ws: Workspace,
    meeting_id: str,
    kinds: Sequence[str],
    *,
    lang: str,
    closed_door: bool = False,
    bundle: Path | None = None,
    bundle_audience: str = "members",
    staging: Path | None = None,
) -> list[Document]:
    """Render each chosen document once (in ``staging``, a temporary folder by default)."""
    if lang not in ("es", "en"):
        raise BadInput(msg("error.invalid", detail=f"message language {lang!r}: choose es or en"))
    docs: list[Document] = []
    with tempfile.TemporaryDirectory(prefix="crm-mail-") as tmp:
        folder = staging or Path(tmp)
        for req in _requests(meeting_id, kinds, lang, closed_door):
            titles = {code: report_info(ws, replace(req, lang=code)).title for code in ("es", "en")}
            rendered = render_report(ws, req, folder / f"{req.kind}-{req.segment}-{lang}.pdf")
            data = rendered.path.read_bytes()
            title = titles[lang]
            docs.append(
                Document(
                    kind=req.kind,
                    segment=req.segment,
                    lang=lang,
                    title_es=titles["es"],
                    title_en=titles["en"],
                    symbol=rendered.symbol,
                    audience=rendered.audience,
                    attachment=Attachment(_attachment_name(title, rendered.symbol, lang), data),
                    fingerprint=content_fingerprint(data),
                    readers=report_readers(ws, req, rendered.audience),
                )
            )
    if bundle is not None:
        path = Path(bundle)
        attachment = Attachment.from_path(path)
        docs.append(
            Document(
                kind="bundle",
                segment="",
                lang=lang,
                title_es=f"Paquete de sincronización ({path.name})",
                title_en=f"Sync bundle ({path.name})",
                symbol=path.name,
                audience=bundle_audience,
                attachment=attachment,
                fingerprint=attachment.sha256,
                readers=cleared_for(bundle_audience),
            )
        )
    return docs


def _attachment_name(title: str, symbol: str, lang: str) -> str:
    """ "Lista de participantes — Reunión a puerta cerrada (CRM-VM-XXXI-PART-CD-es).pdf": readable in
    the recipient's client, unique by symbol; non-ASCII is kept (RFC 2231 encodes it)."""
    clean = re.sub(r'[\\/:*?"<>|]+', "-", title).strip()
    return f"{clean} ({file_name(symbol, lang)[:-4]}).pdf"


# --- planning -----------------------------------------------------------------------------------


def plan_delivery(
    ws: Workspace,
    meeting_id: str,
    kinds: Sequence[str],
    *,
    lang: str | None = None,
    countries: Sequence[str] = (),
    institutions: Sequence[str] = (),
    closed_door: bool = False,
    bundle: Path | None = None,
    bundle_audience: str = "members",
) -> DeliveryPlan:
    """Who gets which documents, with the message each receives. Nothing is written or sent.

    ``lang`` None: each focal point receives the documents and the message in the language it reads
    first (Spanish unless its record says English).
    """
    header = meeting_header(ws, meeting_id)
    people = recipients(ws, countries=countries, institutions=institutions)
    if not people:
        raise BadInput(msg("mail.no_recipients"))
    if lang is not None:
        people = [replace(r, lang=lang) for r in people]
    documents: list[Document] = []
    for code in dict.fromkeys(r.lang for r in people):
        documents += prepare_documents(
            ws, header.id, kinds, lang=code, closed_door=closed_door, bundle=bundle, bundle_audience=bundle_audience
        )
    plan = DeliveryPlan(
        meeting_id=header.id, meeting_title=header.title, lang=lang or "", documents=documents, messages=[]
    )
    for r in people:
        mine = [d for d in documents if d.lang == r.lang]
        allowed = tuple(d for d in mine if r.category in d.readers)
        withheld = tuple(d for d in mine if d not in allowed)
        for d in withheld:
            plan.notes.append(msg("mail.withheld", document=d.title_es, name=r.name, audience=d.audience))
        if not allowed:
            plan.skipped.append((r, msg("mail.nothing_to_send", name=r.name)))
            continue
        subject, body = render_message(
            r.lang,
            name=r.name,
            country={"es": r.country_es, "en": r.country_en},
            meeting=header.title,
            documents=[{"es": d.title_es, "en": d.title_en} for d in allowed],
        )
        plan.messages.append(PlannedMessage(r, allowed, withheld, subject, body, r.lang))
    return plan


def idempotency_key(transport: str, meeting_id: str | None, m: PlannedMessage) -> str:
    """Same transport, recipient, meeting, subject and documents (by content) → same key."""
    payload = {
        "transport": transport,
        "to": m.recipient.email.strip().lower(),
        "meeting": meeting_id,
        "subject": m.subject,
        "documents": sorted(d.fingerprint for d in m.documents),
    }
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def message_id_for(key: str, domain: str) -> str:
    # Derived from the key: a retried message keeps its Message-ID, so a server or client that saw
    # the first attempt recognises the second as the same message.
    return f"<{key[:32]}@{domain}>"


# --- the outbox ---------------------------------------------------------------------------------


def record_outbox(
    ws: Workspace,
    transport: str,
    plan: DeliveryPlan,
    recipients: Sequence[Recipient],
    message: tuple[str, str],
    documents: Sequence[Document],
    withheld: Sequence[Document],
    raw: bytes,
    key: str,
) -> int:
    """A new outbox row for a message (``message``: subject and language) to one focal point, or to
    several in Bcc (then no person or country of its own, the addresses listed)."""
    now = datetime.now()
    one = recipients[0] if len(recipients) == 1 else None
    subject, lang = message
    with ws.db.session() as s:
        row = OutboxMessage(
            key=key,
            transport=transport,
            status="new",
            meeting_id=plan.meeting_id,
            person_id=one.person_id if one else None,
            recipient=", ".join(r.email for r in recipients),
            recipient_name=", ".join(r.name for r in recipients),
            country_id=one.country if one else None,
            subject=subject,
            lang=lang,
            message_id="",
            attachments=[
                {"name": d.attachment.filename, "kind": d.kind, "symbol": d.symbol, "audience": d.audience}
                for d in documents
            ],
            withheld=[{"kind": d.kind, "symbol": d.symbol, "audience": d.audience} for d in withheld],
            raw=raw,
            attempts=0,
            created_at=now,
            updated_at=now,
        )
        s.add(row)
        s.flush()
        return int(row.id)


def _record(ws: Workspace, transport: str, plan: DeliveryPlan, m: PlannedMessage, raw: bytes, key: str) -> int:
    return record_outbox(ws, transport, plan, [m.recipient], (m.subject, m.lang), m.documents, m.withheld, raw, key)


def existing_outbox_row(ws: Workspace, key: str) -> OutboxMessage | None:
    with ws.read() as s:
        return s.scalar(select(OutboxMessage).where(OutboxMessage.key == key))


def update_outbox_row(ws: Workspace, outbox_id: int, **fields: Any) -> None:
    with ws.db.session() as s:
        row = s.get(OutboxMessage, outbox_id)
        assert row is not None
        for k, v in fields.items():
            setattr(row, k, v)
        row.updated_at = datetime.now()


def _build(m: PlannedMessage, key: str, *, sender: str | None, draft: bool) -> tuple[bytes, str]:
    domain = sender.rpartition("@")[2] if sender and "@" in sender else "crm-desktop.invalid"
    message_id = message_id_for(key, domain)
    email = compose(
        to=address(m.recipient.name, m.recipient.email),
        sender=address(sender_name(m.lang), sender) if sender else None,
        subject=m.subject,
        body=m.body,
        attachments=[d.attachment for d in m.documents],
        message_id=message_id,
        date=datetime.now().astimezone(),
        draft=draft,
        lang=m.lang,
    )
    return as_bytes(email), message_id


def sender_name(lang: str) -> str:
    return vocabulary.name("organisation", "st_full", lang)


def _stem(m: PlannedMessage, outbox_id: int) -> str:
    ascii_name = _fold(m.recipient.name)
    return f"{outbox_id:05d}-{m.recipient.country}-" + re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")


def write_drafts(ws: Workspace, plan: DeliveryPlan, directory: Path, *, sender: str | None = None) -> list[Outcome]:
    """One ``.eml`` draft per recipient in ``directory``; a draft already written is not duplicated."""
    out = []
    for m in plan.messages:
        key = idempotency_key("eml", plan.meeting_id, m)
        existing = existing_outbox_row(ws, key)
        if existing is not None and existing.eml_path and Path(existing.eml_path).exists():
            out.append(Outcome(existing.id, m.recipient.email, "already_drafted", path=Path(existing.eml_path)))
            continue
        raw, message_id = _build(m, key, sender=sender, draft=True)
        oid = existing.id if existing is not None else _record(ws, "eml", plan, m, raw, key)
        path = write_eml(raw, Path(directory), _stem(m, oid))
        update_outbox_row(ws, oid, status="drafted", raw=raw, message_id=message_id, eml_path=str(path), sent_at=None)
        out.append(Outcome(oid, m.recipient.email, "drafted", path=path))
    return out


def smtp_password(settings: SmtpSettings) -> str | None:
    """The password for ``settings.user`` from the keyring (None when no user is configured)."""
    if not settings.user:
        return None
    try:
        password = secrets.load_password(settings.host, settings.user)
    except secrets.SecretStoreError as exc:
        raise BadInput(msg("mail.keyring", detail=str(exc))) from None
    if password is None:
        raise BadInput(msg("mail.no_password", account=secrets.account(settings.host, settings.user)))
    return password


def store_smtp_password(host: str, user: str, password: str) -> None:
    try:
        secrets.store_password(host, user, password)
    except secrets.SecretStoreError as exc:
        raise BadInput(msg("mail.keyring", detail=str(exc))) from None


def _deliver(
    ws: Workspace, conn: SmtpConnection, outbox_id: int, raw: bytes, sender: str, recipient: str, attempts: int
) -> Outcome:
    # "sending" is committed before the SMTP transaction: if this process dies mid-way, the row
    # stays "sending" and is never resent automatically (only an explicit retry resends it).
    update_outbox_row(ws, outbox_id, status="sending", attempts=attempts + 1)
    try:
        conn.send(raw, sender, recipient)
    except DeliveryError as exc:
        update_outbox_row(ws, outbox_id, status="failed", last_error=f"{exc.kind}: {exc.detail}")
        return Outcome(outbox_id, recipient, "failed", f"{exc.kind}: {exc.detail}")
    update_outbox_row(ws, outbox_id, status="sent", sent_at=datetime.now(), last_error=None)
    return Outcome(outbox_id, recipient, "sent")


def send_plan(
    ws: Workspace, plan: DeliveryPlan, settings: SmtpSettings, *, sender: str, password: str | None = None
) -> list[Outcome]:
    """Send each planned message over SMTP. Already-sent messages are skipped; a failure of one
    recipient does not stop the others; failed messages can be retried with :func:`retry`."""
    if "@" not in sender:
        raise BadInput(msg("error.invalid", detail=msg("invalid.sender_address", address=sender)))
    password = password if password is not None else smtp_password(settings)
    out: list[Outcome] = []
    unreachable: str | None = None
    with SmtpConnection(settings, password) as conn:
        for m in plan.messages:
            key = idempotency_key("smtp", plan.meeting_id, m)
            if unreachable is not None:  # recorded as failed, so ``mail retry`` sends it later
                out.append(_not_attempted(ws, plan, m, key, sender, unreachable))
                continue
            existing = existing_outbox_row(ws, key)
            if existing is not None and existing.status in ("sent", "sending"):
                status = "already_sent" if existing.status == "sent" else "pending"
                out.append(Outcome(existing.id, m.recipient.email, status))
                continue
            if existing is not None:  # failed before: the same bytes again, same Message-ID
                out.append(_deliver(ws, conn, existing.id, existing.raw, sender, m.recipient.email, existing.attempts))
                continue
            raw, message_id = _build(m, key, sender=sender, draft=False)
            oid = _record(ws, "smtp", plan, m, raw, key)
            update_outbox_row(ws, oid, message_id=message_id)
            out.append(_deliver(ws, conn, oid, raw, sender, m.recipient.email, 0))
            if out[-1].detail.startswith(("connect", "auth")):
                # The server is unreachable or refuses us: the next messages would fail the same way.
                unreachable = out[-1].detail
    return out


def _not_attempted(ws: Workspace, plan: DeliveryPlan, m: PlannedMessage, key: str, sender: str, why: str) -> Outcome:
    existing = existing_outbox_row(ws, key)
    if existing is not None and existing.status in ("sent", "sending"):
        return Outcome(existing.id, m.recipient.email, "already_sent" if existing.status == "sent" else "pending")
    if existing is None:
        raw, message_id = _build(m, key, sender=sender, draft=False)
        oid = _record(ws, "smtp", plan, m, raw, key)
        update_outbox_row(ws, oid, message_id=message_id)
    else:
        oid = existing.id
    detail = f"not attempted: {why}"
    update_outbox_row(ws, oid, status="failed", last_error=detail)
    return Outcome(oid, m.recipient.email, "failed", detail)


def undelivered(outcomes: Iterable[Outcome]) -> list[Outcome]:
    """The messages that did not reach the server: failed, or left "sending" by an interrupted run."""
    return [o for o in outcomes if o.status in ("failed", "pending")]


def retry(
    ws: Workspace,
    settings: SmtpSettings,
    *,
    sender: str,
    ids: Iterable[int] = (),
    password: str | None = None,
) -> list[Outcome]:
    """Resend failed SMTP messages (all of them, or ``ids``; a "sending" row only when named)."""
    wanted = list(ids)
    with ws.read() as s:
        q = select(OutboxMessage).where(OutboxMessage.transport == "smtp")
        rows = list(
            s.scalars(q.where(OutboxMessage.id.in_(wanted)) if wanted else q.where(OutboxMessage.status == "failed"))
        )
    if wanted:
        found = {r.id for r in rows}
        missing = [i for i in wanted if i not in found]
        if missing:
            raise NotFound("outbox message", str(missing[0]))
        for r in rows:
            if r.status not in ("failed", "sending"):
                raise BadInput(msg("mail.not_retryable", id=r.id, status=state("mail", r.status)))
    if not rows:
        return []
    password = password if password is not None else smtp_password(settings)
    out = []
    with SmtpConnection(settings, password) as conn:
        for r in rows:
            out.append(_deliver(ws, conn, r.id, r.raw, sender, r.recipient, r.attempts))
    return out


def outbox(ws: Workspace, *, status: str | None = None) -> list[dict[str, Any]]:
    """The outbox, newest first, for the view and ``crm-desktop mail outbox``."""
    with ws.read() as s:
        q = select(OutboxMessage).order_by(OutboxMessage.id.desc())
        if status:
            q = q.where(OutboxMessage.status == status)
        return [
            {
                "id": r.id,
                "status": r.status,
                "transport": r.transport,
                "recipient": r.recipient,
                "name": r.recipient_name,
                "country": r.country_id,
                "subject": r.subject,
                "attachments": [a["name"] for a in r.attachments],
                "withheld": [w["symbol"] for w in r.withheld],
                "attempts": r.attempts,
                "error": r.last_error,
                "created": r.created_at.isoformat(timespec="seconds"),
                "sent": r.sent_at.isoformat(timespec="seconds") if r.sent_at else None,
                "eml": r.eml_path,
                "message_id": r.message_id,
            }
            for r in s.scalars(q)
        ]
