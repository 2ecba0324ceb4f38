"""``crm-desktop backup list|create|restore FILE``: the workspace's backups from the command line.

These commands never open the workspace through :class:`Workspace` (which would migrate it): a
restore must work on a workspace whose current database is damaged or missing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.cli import kit


def cmd_backup_list(args: argparse.Namespace) -> int:
    from crm_desktop.app.backup import list_backups

    rows = [
        {"file": b.path.name, "path": str(b.path), "reason": b.reason, "created": b.created.isoformat(), "size": b.size}
        for b in list_backups(kit.workspace_dir(args))
    ]
    return kit.emit(args, rows, ["created", "reason", "size", "file"])


def cmd_backup_create(args: argparse.Namespace) -> int:
    from crm_desktop.app.backup import create_backup

    print(create_backup(kit.workspace_dir(args), "manual").path)
    return kit.EXIT_OK


def cmd_backup_restore(args: argparse.Namespace) -> int:
    from crm_desktop.app.backup import OtherDevice, restore_backup
    from crm_desktop.domain.messages import msg

    source = Path(args.file).expanduser()
    try:
        result = restore_backup(kit.workspace_dir(args), source, take_identity=args.take_identity)
    except OtherDevice as exc:
        print(exc.render(args.lang), file=sys.stderr)
        print(msg("backup.take_identity_hint").render(args.lang), file=sys.stderr)
        return exc.exit_code
    print(msg("backup.restored", name=result.restored.name, file=str(source)).render(args.lang))
    if result.safety_copy is not None:
        print(msg("backup.safety_copy", file=str(result.safety_copy)).render(args.lang))
    return kit.EXIT_OK


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    bsub = kit.group(sub, "backup", "list, create and restore backups of the workspace")
    kit.command(bsub, "list", cmd_backup_list, "backups of the workspace, newest first", json=True)
    kit.command(bsub, "create", cmd_backup_create, "back up the workspace now")
    s = kit.command(
        bsub, "restore", cmd_backup_restore, "replace the workspace with a backup (a copy of the current state is kept)"
    )
    s.add_argument("file", metavar="FILE")
    s.add_argument(
        "--take-identity",
        action="store_true",
        help="the backup was made on another laptop: this laptop takes that laptop's identity (its device id)",
    )
