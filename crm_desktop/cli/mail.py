"""``crm-desktop mail``: documents to a meeting's focal points (drafts or SMTP), the outbox, retries."""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import sys
from pathlib import Path
from typing import Any

from crm_desktop.cli import kit
from crm_desktop.domain.kinds import LANGUAGES, MAILED_REPORT_KINDS, OUTBOX_STATUSES


def _smtp_settings(args: argparse.Namespace) -> Any:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg
    from crm_desktop.mail.smtp import SmtpSettings

    host, port = _host_port(args)
    security = "tls" if args.tls or (port == 465 and not args.starttls) else "starttls" if args.starttls else "plain"
    if args.user and security == "plain" and not _loopback(host):
        detail = "a password is only sent over an encrypted connection: add --starttls or --tls"
        raise BadInput(msg("mail.bad_server", detail=detail))
    return SmtpSettings(host=host, port=port, security=security, user=args.user, cafile=args.cafile)


def _host_port(args: argparse.Namespace) -> tuple[str, int]:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg
    from crm_desktop.mail.smtp import parse_host_port

    try:
        return parse_host_port(args.smtp)
    except ValueError as exc:
        raise BadInput(msg("mail.bad_server", detail=str(exc))) from None


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _sender(args: argparse.Namespace, *, required: bool) -> str | None:
    """``--from``, else ``--user`` when it is an address; ``required``: none is bad input."""
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg

    if args.sender:
        return str(args.sender)
    if getattr(args, "user", None) and "@" in args.user:
        return str(args.user)
    if required:
        raise BadInput(msg("error.invalid", detail=msg("invalid.sender")))
    return None


def _print_outcomes(args: argparse.Namespace, outcomes: list[Any]) -> int:
    from crm_desktop.app.mail import undelivered
    from crm_desktop.domain.messages import msg

    rows = [
        {"id": o.outbox_id, "recipient": o.recipient, "status": o.status, "detail": o.detail, "path": o.path}
        for o in outcomes
    ]
    data = [{**r, "path": str(r["path"]) if r["path"] else None} for r in rows]
    kit.emit(args, rows, ["id", "status", "recipient", "detail", "path"], data=data, short=())
    failed = undelivered(outcomes)
    if failed:
        print(msg("mail.some_failed", failed=len(failed), total=len(outcomes)).render(args.lang), file=sys.stderr)
        return kit.EXIT_BAD_INPUT
    return kit.EXIT_OK


@kit.with_workspace
def cmd_focal_points(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app import mail
    from crm_desktop.app.mail_bcc import write_language_drafts

    settings = (
        None if args.eml_dir is not None else _smtp_settings(args)
    )  # the way out, checked before anything is rendered
    sender = _sender(args, required=settings is not None)
    plan = mail.plan_delivery(
        ws,
        args.meeting,
        args.report,
        lang=args.doc_lang,  # None: each focal point in its own language
        countries=args.country or (),
        institutions=args.institution or (),
        closed_door=args.closed_door,
        bundle=Path(args.bundle) if args.bundle else None,
    )
    for note in plan.notes:
        print(note.render(args.lang), file=sys.stderr)
    for _, reason in plan.skipped:
        print(reason.render(args.lang), file=sys.stderr)
    if settings is None:
        outcomes = write_language_drafts(ws, plan, Path(args.eml_dir), sender=sender)  # one per language, Bcc
    else:
        assert sender is not None
        outcomes = mail.send_plan(ws, plan, settings, sender=sender)
    return _print_outcomes(args, outcomes)


@kit.with_workspace
def cmd_outbox(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.mail import outbox

    columns = ["id", "status", "transport", "recipient", "country", "attempts", "sent", "error"]
    return kit.emit(args, outbox(ws, status=args.status), columns, short=())


@kit.with_workspace
def cmd_retry(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app import mail

    settings = _smtp_settings(args)
    sender = _sender(args, required=True)
    assert sender is not None
    return _print_outcomes(args, mail.retry(ws, settings, sender=sender, ids=args.id or ()))


def cmd_password(args: argparse.Namespace) -> int:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.app.mail import store_smtp_password
    from crm_desktop.domain.messages import msg

    host, _ = _host_port(args)
    password = getpass.getpass() if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise BadInput(msg("error.invalid", detail="empty password"))
    store_smtp_password(host, args.user, password)
    return kit.EXIT_OK


def _smtp_options(s: argparse.ArgumentParser, *, required: bool | None) -> None:
    """The SMTP server and how to reach it; ``required`` None: ``--smtp`` is already there (or
    ``--eml-dir`` instead)."""
    if required is not None:
        s.add_argument("--smtp", metavar="HOST:PORT", required=required, help="SMTP server")
    s.add_argument("--starttls", action="store_true", help="upgrade the connection with STARTTLS")
    s.add_argument("--tls", action="store_true", help="implicit TLS (port 465)")
    s.add_argument("--user", help="SMTP user; the password comes from the system keyring")
    s.add_argument("--cafile", help="trust this CA certificate (an organisation's own mail relay)")
    s.add_argument("--from", dest="sender", metavar="ADDRESS", help="sender address (default: --user)")


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    msub = kit.group(sub, "mail", "send documents to focal points; the outbox")

    s = kit.command(msub, "focal-points", cmd_focal_points, "draft (.eml) or send (SMTP) documents to focal points")
    kit.meeting_option(s, required=True)
    s.add_argument("--report", required=True, action="append", choices=kit.choices(MAILED_REPORT_KINDS))
    s.add_argument(
        "--lang",
        dest="doc_lang",
        choices=kit.choices(LANGUAGES),
        help="documents and message language (default: each focal point's own)",
    )
    s.add_argument(
        "--country",
        action="append",
        metavar="CODE",
        help="only these delegations: country codes or observer organisations' keys (repeatable)",
    )
    s.add_argument("--institution", action="append", metavar="TEXT", help="only institutions containing TEXT")
    s.add_argument("--closed-door", action="store_true", help="add the closed-door agenda and list where allowed")
    s.add_argument("--bundle", metavar="FILE", help="also attach this sync bundle")
    s.add_argument("--json", action="store_true")
    way = s.add_mutually_exclusive_group(required=True)
    way.add_argument("--eml-dir", metavar="DIR", help="write .eml drafts into DIR")
    way.add_argument("--smtp", metavar="HOST:PORT", help="send through this SMTP server")
    _smtp_options(s, required=None)

    s = kit.command(msub, "outbox", cmd_outbox, "what was drafted or sent, to whom, when, and failures", json=True)
    s.add_argument("--status", choices=kit.choices(OUTBOX_STATUSES))

    s = kit.command(msub, "retry", cmd_retry, "resend failed messages (the same bytes)", json=True)
    _smtp_options(s, required=True)
    s.add_argument("--id", type=int, action="append", help="only this outbox message (repeatable)")

    s = kit.command(msub, "password", cmd_password, "store the SMTP password in the system keyring (read from stdin)")
    s.add_argument("--smtp", required=True, metavar="HOST:PORT")
    s.add_argument("--user", required=True)
