"""Sync subcommands: identity, join requests, the roster, bundles and the shared folder."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from crm_desktop.app.sync_settings import PASSPHRASE_ENV
from crm_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, open_ws, out_json, out_table, registrar, workspace_dir
from crm_desktop.domain.grammar import in_lang

BACKUP_PASSPHRASE_ENV = "CRM_DESKTOP_BACKUP_PASSPHRASE"


def _say(args: argparse.Namespace, es: str, en: str) -> None:
    print(in_lang(es, en, args.lang))


def _ws_any(args: argparse.Namespace) -> Any:
    """Open the workspace directory, creating an empty database for a laptop that is about to join."""
    from crm_desktop.app.workspace import Workspace

    return Workspace(workspace_dir(args), lang=args.lang)


def _backup_passphrase(args: argparse.Namespace) -> str:
    value = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if value:
        return value
    prompt = "Frase de contraseña de la copia: " if args.lang == "es" else "Backup passphrase: "
    return getpass.getpass(prompt) if sys.stdin.isatty() else ""


def cmd_identity_show(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        ident = sync.identity(ws)
    finally:
        ws.close()
    data = {
        "device_id": ident.device_id,
        "fingerprint": ident.fingerprint,
        "key_id": ident.key_id,
        "role": ident.role,
        "admin": ident.admin,
        "joined": ident.joined,
        "workspace_id": ident.workspace_id,
        "person_name": ident.person_name,
    }
    if args.json:
        out_json(data)
    else:
        for k in ("device_id", "fingerprint", "role", "admin", "person_name", "workspace_id"):
            print(f"{k}: {data[k]}")
    return EXIT_OK


def cmd_identity_init(args: argparse.Namespace) -> int:
    """Create this device's keys; in an initialised workspace, make this device its founding administrator."""
    from crm_desktop.app import sync

    ws = _ws_any(args)
    try:
        if ws.initialised:
            ident = sync.found(
                ws,
                person_name=args.person_name or "",
                role=args.role,
                country=args.country,
                organisation=args.organisation,
                key_file=args.key_file,
            )
            fp = ident.fingerprint
        else:
            fp = sync.ensure_keys(ws, key_file=args.key_file).fingerprint
    finally:
        ws.close()
    print(fp)
    return EXIT_OK


def cmd_identity_backup(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        sync.backup_keys(ws, Path(args.out), _backup_passphrase(args))
    finally:
        ws.close()
    return EXIT_OK


def cmd_identity_restore(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = _ws_any(args)
    try:
        print(sync.restore_keys(ws, Path(args.file), _backup_passphrase(args)))
    finally:
        ws.close()
    return EXIT_OK


def cmd_identity_rotate(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        before = sync.identity(ws)
        req = sync.request_rotation(ws, Path(args.out) if args.out else None)
        after = sync.identity(ws)
    finally:
        ws.close()
    if after.fingerprint != before.fingerprint:
        _say(args, f"claves nuevas en uso: {after.fingerprint}", f"new keys in use: {after.fingerprint}")
    else:
        _say(
            args,
            f"solicitud de rotación escrita; huella nueva {req.fingerprint}: pida a un administrador que la apruebe",
            f"rotation request written; new fingerprint {req.fingerprint}: ask an administrator to approve it",
        )
    return EXIT_OK


def cmd_join_request(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = _ws_any(args)
    try:
        req = sync.write_join_request(
            ws,
            Path(args.out),
            person_name=args.person_name,
            role=args.role,
            country=args.country,
            organisation=args.organisation,
            key_file=args.key_file,
        )
    finally:
        ws.close()
    _say(
        args,
        f"solicitud escrita en {args.out}; huella de este dispositivo: {req.fingerprint}",
        f"request written to {args.out}; this device's fingerprint: {req.fingerprint}",
    )
    return EXIT_OK


def cmd_roster_approve(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        approval = sync.approve(ws, Path(args.file), welcome_out=Path(args.welcome_out) if args.welcome_out else None)
    finally:
        ws.close()
    req = approval.request
    _say(
        args,
        f"aprobado {req.device_id} ({req.person_name}, {req.role}), huella {req.fingerprint}; "
        f"paquete de bienvenida: {approval.welcome}",
        f"approved {req.device_id} ({req.person_name}, {req.role}), fingerprint {req.fingerprint}; "
        f"welcome bundle: {approval.welcome}",
    )
    if approval.sees is not None:  # what the laptop will receive, so that a wrong role shows at once
        print(approval.sees.render(args.lang))
    return EXIT_OK


def cmd_roster_list(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        rows = [e.__dict__ for e in sync.roster_list(ws)]
    finally:
        ws.close()
    if args.json:
        out_json(rows)
    else:
        out_table(
            [{**r, "who": r["country"] or r["organisation"]} for r in rows],
            ["device_id", "fingerprint", "person_name", "who", "role", "admin", "status", "last_in", "last_out"],
        )
    return EXIT_OK


def cmd_roster_revoke(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        sync.revoke(ws, args.device)
    finally:
        ws.close()
    return EXIT_OK


def cmd_roster_admin(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        sync.appoint_admin(ws, args.device)
    finally:
        ws.close()
    return EXIT_OK


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        to = sync.recipients_for(ws, to=args.to, role=args.role)
        result = sync.export(ws, Path(args.out), to=to, full=args.full)
    finally:
        ws.close()
    _say(
        args,
        f"{args.out}: {result.changesets} cambios, {result.withheld} retenidos, para {', '.join(result.recipients)}",
        f"{args.out}: {result.changesets} changes, {result.withheld} withheld, for {', '.join(result.recipients)}",
    )
    return EXIT_OK


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = _ws_any(args)
    try:
        r = sync.import_file(ws, Path(args.file))
    finally:
        ws.close()
    if args.json:
        out_json(
            {
                "bundle_id": r.bundle_id,
                "sender": r.sender,
                "sender_fingerprint": r.sender_fingerprint,
                "replay": r.replay,
                "applied": r.applied,
                "withheld": r.withheld,
                "duplicates": r.duplicates,
                "pending": r.pending,
                "refused_pending": r.refused_pending,
                "welcome": r.welcome,
            }
        )
    elif r.replay:
        _say(args, "paquete ya importado: nada que hacer", "bundle already imported: nothing to do")
    else:
        _say(
            args,
            f"de {r.sender} (huella {r.sender_fingerprint}): {r.applied} cambios aplicados, {r.pending} en espera",
            f"from {r.sender} (fingerprint {r.sender_fingerprint}): {r.applied} changes applied, {r.pending} pending",
        )
        if r.welcome:
            _say(
                args,
                "compruebe por teléfono la huella del administrador antes de confiar en este espacio de trabajo",
                "check the administrator's fingerprint by phone before trusting this workspace",
            )
    return EXIT_OK


def cmd_bundle_pending(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    ws = open_ws(args)
    try:
        rows = [e.__dict__ for e in sync.pending_list(ws)]
    finally:
        ws.close()
    if args.json:
        out_json(rows)
    else:
        out_table(rows, ["device_id", "seq", "kind", "status", "waiting_for", "reason"])
    return EXIT_OK


def cmd_sync_folder(args: argparse.Namespace) -> int:
    from crm_desktop.app import sync

    refused = False

    def show(report: sync.FolderReport) -> None:
        nonlocal refused
        for name in report.imported:
            _say(args, f"importado {name}", f"imported {name}")
        for name in report.exported:
            _say(args, f"exportado {name}", f"exported {name}")
        for name, why in report.refused:
            print(f"{name}: {why.render(args.lang)}", file=sys.stderr)
        refused = refused or bool(report.refused)
        sys.stdout.flush()

    ws = open_ws(args)
    try:
        if args.watch:
            with contextlib.suppress(KeyboardInterrupt):
                sync.watch_folder(ws, Path(args.dir), interval=args.watch, on_pass=show)
        else:
            show(sync.sync_folder(ws, Path(args.dir)))
    finally:
        ws.close()
    return EXIT_BAD_INPUT if refused else EXIT_OK


def _identity_options(s: argparse.ArgumentParser, *, required: bool) -> None:
    s.add_argument("--person-name", required=required)
    who = s.add_mutually_exclusive_group(required=required)
    who.add_argument("--country", metavar="XX")
    who.add_argument("--organisation", metavar="NAME")
    s.add_argument("--role", required=required, default=None if required else "st", help="st | ppt | member | observer")
    s.add_argument(
        "--key-file",
        action="store_true",
        help=f"keep the private keys in a passphrase-protected file (passphrase in {PASSPHRASE_ENV})",
    )


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from crm_desktop.cli import _Parser

    p = sub.add_parser("identity", help="this device's keys and fingerprint")
    isub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = isub.add_parser("show")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_identity_show)
    s = isub.add_parser("init", help="create the keys; the founder of a workspace becomes its administrator")
    _identity_options(s, required=False)
    s.set_defaults(func=cmd_identity_init)
    s = isub.add_parser("backup", help=f"sealed copy of the private keys (passphrase in {BACKUP_PASSPHRASE_ENV})")
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_identity_backup)
    s = isub.add_parser("rotate", help="replace this device's keys (approved by an administrator)")
    s.add_argument("--out", help="where to write the rotation request (default: in the workspace directory)")
    s.set_defaults(func=cmd_identity_rotate)
    s = isub.add_parser("restore", help="put the private keys back from a backup")
    s.add_argument("file")
    s.set_defaults(func=cmd_identity_restore)

    s = sub.add_parser("join-request", help="ask an administrator to add this laptop")
    s.add_argument("--out", required=True)
    _identity_options(s, required=True)
    s.set_defaults(func=cmd_join_request)

    p = sub.add_parser("roster", help="devices of the workspace")
    rsub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = rsub.add_parser("approve", help="administrator: enrol a device and write its welcome bundle")
    s.add_argument("file")
    s.add_argument("--welcome-out")
    s.set_defaults(func=cmd_roster_approve)
    s = rsub.add_parser("list")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_roster_list)
    s = rsub.add_parser("revoke", help="administrator: the device receives nothing more")
    s.add_argument("device")
    s.set_defaults(func=cmd_roster_revoke)
    s = rsub.add_parser("appoint-admin", help="administrator: another ST or PPT device administers too")
    s.add_argument("device")
    s.set_defaults(func=cmd_roster_admin)

    p = sub.add_parser("bundle", help="encrypted bundles for other laptops")
    bsub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = bsub.add_parser("export")
    s.add_argument("--out", required=True)
    target = s.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", nargs="+", metavar="DEVICE_ID")
    target.add_argument("--role", metavar="ROLE")
    target.add_argument("--all", action="store_true")
    s.add_argument("--full", action="store_true", help="everything, not only what the recipients lack")
    s.set_defaults(func=cmd_bundle_export)
    s = bsub.add_parser("import")
    s.add_argument("file")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_bundle_import)
    s = bsub.add_parser("pending", help="received changes waiting for their prerequisites")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_bundle_pending)

    p = sub.add_parser("sync", help="synchronise through a shared folder")
    ssub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = ssub.add_parser("folder", help="one pass: import what is new, export what is owed")
    s.add_argument("dir")
    s.add_argument("--watch", type=float, metavar="SECONDS", help="repeat a pass every SECONDS until interrupted")
    s.set_defaults(func=cmd_sync_folder)
