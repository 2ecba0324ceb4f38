"""``crm-desktop report`` (PDF documents) and ``crm-desktop mail`` (focal points, outbox, retry)."""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import sys
from pathlib import Path
from typing import Any

from crm_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, _Parser, open_ws, out_json, out_table, registrar

KIND_CHOICES = [
    "agenda",
    "participants",
    "declaration",
    "conclusions",
    "recommendations",
    "network-report",
    "compilation",
    "calendar",
    "dossier",
]


def _lang(args: argparse.Namespace) -> str:
    return str(args.doc_lang or args.lang)


def cmd_report(args: argparse.Namespace) -> int:
    from crm_desktop.app.reports import ReportRequest, render_report

    if args.kind == "progress":
        return _progress_report(args)
    req = ReportRequest(
        args.kind,
        _lang(args),
        meeting_id=args.meeting,
        year=args.year,
        segment=args.segment,
        document_id=args.document,
        closed_door=args.closed_door,
    ).validate()
    ws = open_ws(args)
    try:
        result = render_report(ws, req, Path(args.out))
    finally:
        ws.close()
    row = {
        "path": str(result.path),
        "kind": result.kind,
        "lang": result.lang,
        "title": result.title,
        "symbol": result.symbol,
        "audience": result.audience,
        "pages": result.pages,
    }
    if args.json:
        out_json(row)
    else:
        print(f"{result.path}  {result.symbol}  {result.pages} p.  [{result.audience}]")
    return EXIT_OK


def _progress_report(args: argparse.Namespace) -> int:
    """``report progress``: the semi-annual progress report, the same as ``progress-report``."""
    from crm_desktop.app.errors import BadInput
    from crm_desktop.commands.process import cmd_progress_report
    from crm_desktop.domain.messages import msg

    if not args.semester:
        raise BadInput(msg("error.invalid", detail="the progress report needs --semester (e.g. 2026-1)"))
    if args.doc_lang == "bilingual":
        raise BadInput(msg("error.invalid", detail="the progress report is written in es or en"))
    return cmd_progress_report(argparse.Namespace(**{**vars(args), "lang": _lang(args)}))


def _smtp_settings(args: argparse.Namespace) -> Any:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg
    from crm_desktop.mail.smtp import SmtpSettings, parse_host_port

    try:
        host, port = parse_host_port(args.smtp)
    except ValueError as exc:
        raise BadInput(msg("mail.bad_server", detail=str(exc))) from None
    security = "tls" if args.tls or (port == 465 and not args.starttls) else "starttls" if args.starttls else "plain"
    if args.user and security == "plain" and not _loopback(host):
        detail = "a password is only sent over an encrypted connection: add --starttls or --tls"
        raise BadInput(msg("mail.bad_server", detail=detail))
    return SmtpSettings(host=host, port=port, security=security, user=args.user, cafile=args.cafile)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _sender(args: argparse.Namespace) -> str | None:
    if args.sender:
        return str(args.sender)
    if getattr(args, "user", None) and "@" in args.user:
        return str(args.user)
    return None


def _print_outcomes(outcomes: list[Any], as_json: bool, lang: str = "es") -> int:
    from crm_desktop.app.mail import undelivered
    from crm_desktop.domain.messages import msg

    rows = [
        {"id": o.outbox_id, "recipient": o.recipient, "status": o.status, "detail": o.detail, "path": o.path}
        for o in outcomes
    ]
    if as_json:
        out_json([{**r, "path": str(r["path"]) if r["path"] else None} for r in rows])
    else:
        out_table(rows, ["id", "status", "recipient", "detail", "path"])
    failed = undelivered(outcomes)
    if failed:
        print(msg("mail.some_failed", failed=len(failed), total=len(outcomes)).render(lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def cmd_mail_focal_points(args: argparse.Namespace) -> int:
    from crm_desktop.app import mail
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg

    lang = args.doc_lang  # None: each focal point in its own language
    settings, sender = None, _sender(args)
    if not args.eml_dir:  # check the way out before rendering anything
        settings = _smtp_settings(args)
        if sender is None:
            raise BadInput(msg("error.invalid", detail=msg("invalid.sender")))
    ws = open_ws(args)
    try:
        plan = mail.plan_delivery(
            ws,
            args.meeting,
            args.report,
            lang=lang,
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
            outcomes = mail.write_drafts(ws, plan, Path(args.eml_dir), sender=sender)
        else:
            assert sender is not None
            outcomes = mail.send_plan(ws, plan, settings, sender=sender)
    finally:
        ws.close()
    return _print_outcomes(outcomes, args.json, args.lang)


def cmd_mail_outbox(args: argparse.Namespace) -> int:
    from crm_desktop.app.mail import outbox

    ws = open_ws(args)
    try:
        rows = outbox(ws, status=args.status)
    finally:
        ws.close()
    if args.json:
        out_json(rows)
    else:
        out_table(rows, ["id", "status", "transport", "recipient", "country", "attempts", "sent", "error"])
    return EXIT_OK


def cmd_mail_retry(args: argparse.Namespace) -> int:
    from crm_desktop.app import mail
    from crm_desktop.app.errors import BadInput
    from crm_desktop.domain.messages import msg

    settings = _smtp_settings(args)
    sender = _sender(args)
    if sender is None:
        raise BadInput(msg("error.invalid", detail=msg("invalid.sender")))
    ws = open_ws(args)
    try:
        outcomes = mail.retry(ws, settings, sender=sender, ids=args.id or ())
    finally:
        ws.close()
    return _print_outcomes(outcomes, args.json, args.lang)


def cmd_mail_password(args: argparse.Namespace) -> int:
    from crm_desktop.app.errors import BadInput
    from crm_desktop.app.mail import store_smtp_password
    from crm_desktop.domain.messages import msg
    from crm_desktop.mail.smtp import parse_host_port

    try:
        host, _ = parse_host_port(args.smtp)
    except ValueError as exc:
        raise BadInput(msg("mail.bad_server", detail=str(exc))) from None
    password = getpass.getpass() if sys.stdin.isatty() else sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise BadInput(msg("error.invalid", detail="empty password"))
    store_smtp_password(host, args.user, password)
    return EXIT_OK


def _add_smtp_options(s: argparse.ArgumentParser, *, required: bool) -> None:
    s.add_argument("--smtp", metavar="HOST:PORT", required=required, help="SMTP server")
    s.add_argument("--starttls", action="store_true", help="upgrade the connection with STARTTLS")
    s.add_argument("--tls", action="store_true", help="implicit TLS (port 465)")
    s.add_argument("--user", help="SMTP user; the password comes from the system keyring")
    s.add_argument("--cafile", help="trust this CA certificate (an organisation's own mail relay)")
    s.add_argument("--from", dest="sender", metavar="ADDRESS", help="sender address (default: --user)")


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("report", help="produce a PDF document (agenda, participants, declaration, progress...)")
    s.add_argument("kind", choices=[*KIND_CHOICES, "progress"])
    s.add_argument("--meeting", metavar="ID")
    s.add_argument("--year", type=int, help="the calendar's year")
    s.add_argument("--semester", help="the progress report's semester, e.g. 2026-1 (same as progress-report)")
    s.add_argument("--document", metavar="ID", help="a negotiated document (drafting); default: the meeting's")
    s.add_argument("--lang", dest="doc_lang", choices=["es", "en", "bilingual"], help="default: the global --lang")
    s.add_argument("--segment", default="plenary", choices=["plenary", "closed-door", "closed_door"])
    s.add_argument("--closed-door", action="store_true", help="dossier: include the closed-door agenda and list")
    s.add_argument("--out", required=True, metavar="FILE.pdf")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_report)

    mail_p = sub.add_parser("mail", help="send documents to focal points; the outbox")
    msub = mail_p.add_subparsers(dest="action", required=True, parser_class=_Parser)

    s = msub.add_parser("focal-points", help="draft (.eml) or send (SMTP) documents to focal points")
    s.add_argument("--meeting", required=True, metavar="ID")
    s.add_argument("--report", required=True, action="append", choices=[*KIND_CHOICES[:-2], "dossier"])
    s.add_argument(
        "--lang",
        dest="doc_lang",
        choices=["es", "en"],
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
    s.add_argument("--starttls", action="store_true", help="upgrade the connection with STARTTLS")
    s.add_argument("--tls", action="store_true", help="implicit TLS (port 465)")
    s.add_argument("--user", help="SMTP user; the password comes from the system keyring")
    s.add_argument("--cafile", help="trust this CA certificate (an organisation's own mail relay)")
    s.add_argument("--from", dest="sender", metavar="ADDRESS", help="sender address (default: --user)")
    s.set_defaults(func=cmd_mail_focal_points)

    s = msub.add_parser("outbox", help="what was drafted or sent, to whom, when, and failures")
    s.add_argument("--status", choices=["drafted", "sending", "sent", "failed"])
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_mail_outbox)

    s = msub.add_parser("retry", help="resend failed messages (the same bytes)")
    _add_smtp_options(s, required=True)
    s.add_argument("--id", type=int, action="append", help="only this outbox message (repeatable)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_mail_retry)

    s = msub.add_parser("password", help="store the SMTP password in the system keyring (read from stdin)")
    s.add_argument("--smtp", required=True, metavar="HOST:PORT")
    s.add_argument("--user", required=True)
    s.set_defaults(func=cmd_mail_password)
