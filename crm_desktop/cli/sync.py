"""Sync subcommands: identity, join requests, the roster, bundles and the shared folder."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from pathlib import Path

from crm_desktop.app.sync_settings import PASSPHRASE_ENV
from crm_desktop.cli import kit

BACKUP_PASSPHRASE_ENV = "CRM_DESKTOP_BACKUP_PASSPHRASE"


def _say(args: argparse.Namespace, code: str, **params: object) -> None:
    from crm_desktop.domain.messages import msg

    print(msg(code, **params).render(args.lang))


def _backup_passphrase(args: argparse.Namespace) -> str:
    value = os.environ.get(BACKUP_PASSPHRASE_ENV)
    if value:
        return value
    prompt = "Frase de contraseña de la copia: " if args.lang == "es" else "Backup passphrase: "
    return getpass.getpass(prompt) if sys.stdin.isatty() else ""


@kit.with_workspace
def cmd_identity_show(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    ident = sync.identity(ws)
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
        kit.out_json(data)
    else:
        for k in ("device_id", "fingerprint", "role", "admin", "person_name", "workspace_id"):
            print(f"{k}: {data[k]}")


@kit.with_workspace(create=True)
def cmd_identity_init(args: argparse.Namespace, ws: kit.Workspace) -> None:
    """Create this device's keys; in an initialised workspace, make this device its founding administrator."""
    from crm_desktop.app import sync

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
    print(fp)


@kit.with_workspace
def cmd_identity_backup(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    sync.backup_keys(ws, Path(args.out), _backup_passphrase(args))


@kit.with_workspace(create=True)
def cmd_identity_restore(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    print(sync.restore_keys(ws, Path(args.file), _backup_passphrase(args)))


@kit.with_workspace
def cmd_identity_rotate(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    before = sync.identity(ws)
    req = sync.request_rotation(ws, Path(args.out) if args.out else None)
    after = sync.identity(ws)
    if after.fingerprint != before.fingerprint:
        _say(args, "cli.sync.keys_in_use", fingerprint=after.fingerprint)
    else:
        _say(args, "cli.sync.rotation_requested", fingerprint=req.fingerprint)


@kit.with_workspace(create=True)
def cmd_join_request(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    req = sync.write_join_request(
        ws,
        Path(args.out),
        person_name=args.person_name,
        role=args.role,
        country=args.country,
        organisation=args.organisation,
        key_file=args.key_file,
    )
    _say(args, "cli.sync.join_written", file=args.out, fingerprint=req.fingerprint)


@kit.with_workspace
def cmd_roster_approve(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    approval = sync.approve(ws, Path(args.file), welcome_out=Path(args.welcome_out) if args.welcome_out else None)
    req = approval.request
    who = {"device": req.device_id, "person": req.person_name, "role": req.role, "fingerprint": req.fingerprint}
    _say(args, "cli.sync.approved", **who, welcome=approval.welcome)
    if approval.sees is not None:  # what the laptop will receive, so that a wrong role shows at once
        print(approval.sees.render(args.lang))


@kit.with_workspace
def cmd_roster_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app import sync

    rows = [e.__dict__ for e in sync.roster_list(ws)]
    table = [{**r, "who": r["country"] or r["organisation"]} for r in rows]
    columns = ["device_id", "fingerprint", "person_name", "who", "role", "admin", "status", "last_in", "last_out"]
    return kit.emit(args, table, columns, data=rows, short=())


@kit.with_workspace
def cmd_roster_revoke(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    sync.revoke(ws, args.device)


@kit.with_workspace
def cmd_roster_admin(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    sync.appoint_admin(ws, args.device)


@kit.with_workspace
def cmd_bundle_export(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    to = sync.recipients_for(ws, to=args.to, role=args.role)
    result = sync.export(ws, Path(args.out), to=to, full=args.full)
    counts = {"changesets": result.changesets, "withheld": result.withheld}
    _say(args, "cli.sync.exported", file=args.out, recipients=", ".join(result.recipients), **counts)


@kit.with_workspace(create=True)
def cmd_bundle_import(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app import sync

    r = sync.import_file(ws, Path(args.file))
    if args.json:
        kit.out_json(
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
        _say(args, "cli.sync.replay")
    else:
        counts = {"applied": r.applied, "pending": r.pending}
        _say(args, "cli.sync.imported", sender=r.sender, fingerprint=r.sender_fingerprint, **counts)
        if r.welcome:
            _say(args, "cli.sync.check_admin")


@kit.with_workspace
def cmd_bundle_pending(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app import sync

    rows = [e.__dict__ for e in sync.pending_list(ws)]
    return kit.emit(args, rows, ["device_id", "seq", "kind", "status", "waiting_for", "reason"], short=())


@kit.with_workspace
def cmd_sync_folder(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app import sync

    refused = False

    def show(report: sync.FolderReport) -> None:
        nonlocal refused
        for name in report.imported:
            _say(args, "cli.sync.folder_imported", name=name)
        for name in report.exported:
            _say(args, "cli.sync.folder_exported", name=name)
        for name, why in report.refused:
            print(f"{name}: {why.render(args.lang)}", file=sys.stderr)
        refused = refused or bool(report.refused)
        sys.stdout.flush()

    if args.watch:
        with contextlib.suppress(KeyboardInterrupt):
            sync.watch_folder(ws, Path(args.dir), interval=args.watch, on_pass=show)
    else:
        show(sync.sync_folder(ws, Path(args.dir)))
    return kit.EXIT_BAD_INPUT if refused else kit.EXIT_OK


def _identity_options(s: argparse.ArgumentParser, *, required: bool) -> None:
    from crm_desktop.domain import sync_policy

    s.add_argument("--person-name", required=required)
    who = s.add_mutually_exclusive_group(required=required)
    who.add_argument("--country", metavar="XX")
    who.add_argument("--organisation", metavar="NAME")
    roles = " | ".join(sync_policy.DeviceRole)
    s.add_argument(
        "--role", required=required, default=None if required else sync_policy.DeviceRole.ST.value, help=roles
    )
    s.add_argument(
        "--key-file",
        action="store_true",
        help=f"keep the private keys in a passphrase-protected file (passphrase in {PASSPHRASE_ENV})",
    )


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    isub = kit.group(sub, "identity", "this device's keys and fingerprint")
    kit.command(isub, "show", cmd_identity_show, json=True)
    s = kit.command(
        isub, "init", cmd_identity_init, "create the keys; the founder of a workspace becomes its administrator"
    )
    _identity_options(s, required=False)
    s = kit.command(
        isub, "backup", cmd_identity_backup, f"sealed copy of the private keys (passphrase in {BACKUP_PASSPHRASE_ENV})"
    )
    s.add_argument("--out", required=True)
    s = kit.command(isub, "rotate", cmd_identity_rotate, "replace this device's keys (approved by an administrator)")
    s.add_argument("--out", help="where to write the rotation request (default: in the workspace directory)")
    s = kit.command(isub, "restore", cmd_identity_restore, "put the private keys back from a backup")
    s.add_argument("file")

    s = kit.command(sub, "join-request", cmd_join_request, "ask an administrator to add this laptop")
    s.add_argument("--out", required=True)
    _identity_options(s, required=True)

    rsub = kit.group(sub, "roster", "devices of the workspace")
    s = kit.command(rsub, "approve", cmd_roster_approve, "administrator: enrol a device and write its welcome bundle")
    s.add_argument("file")
    s.add_argument("--welcome-out")
    kit.command(rsub, "list", cmd_roster_list, json=True)
    s = kit.command(rsub, "revoke", cmd_roster_revoke, "administrator: the device receives nothing more")
    s.add_argument("device")
    s = kit.command(rsub, "appoint-admin", cmd_roster_admin, "administrator: another ST or PPT device administers too")
    s.add_argument("device")

    bsub = kit.group(sub, "bundle", "encrypted bundles for other laptops")
    s = kit.command(bsub, "export", cmd_bundle_export)
    s.add_argument("--out", required=True)
    target = s.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", nargs="+", metavar="DEVICE_ID")
    target.add_argument("--role", metavar="ROLE")
    target.add_argument("--all", action="store_true")
    s.add_argument("--full", action="store_true", help="everything, not only what the recipients lack")
    s = kit.command(bsub, "import", cmd_bundle_import, json=True)
    s.add_argument("file")
    kit.command(bsub, "pending", cmd_bundle_pending, "received changes waiting for their prerequisites", json=True)

    ssub = kit.group(sub, "sync", "synchronise through a shared folder")
    s = kit.command(ssub, "folder", cmd_sync_folder, "one pass: import what is new, export what is owed")
    s.add_argument("dir")
    s.add_argument("--watch", type=float, metavar="SECONDS", help="repeat a pass every SECONDS until interrupted")
