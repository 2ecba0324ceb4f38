"""``crm-desktop conflicts``: values that lost a simultaneous change, told as the Sync window tells them
(the meeting's title, the field's label, who wrote each value, when and on which laptop)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from crm_desktop.cli import kit


@kit.with_workspace
def cmd_conflicts(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.sync_words import conflict_stories
    from crm_desktop.domain.messages import msg

    stories = conflict_stories(ws, args.lang, include_resolved=args.all)
    if args.json:
        kit.out_json([asdict(s) for s in stories])
    elif not stories:
        print(msg("conflict.none").render(args.lang))
    else:
        for s in stories:
            print(f"[{s.id}] {s.text}")


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(
        sub, "conflicts", cmd_conflicts, "values that lost a simultaneous change, in people's words", json=True
    )
    s.add_argument("--all", action="store_true", help="also the conflicts already resolved")
