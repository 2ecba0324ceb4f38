"""``crm-desktop conflicts``: values that lost a simultaneous change, told as the Sync window tells them
(the meeting's title, the field's label, who wrote each value, when and on which laptop)."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from crm_desktop.cli import EXIT_OK, open_ws, out_json, registrar


def cmd_conflicts(args: argparse.Namespace) -> int:
    from crm_desktop.app.sync_words import conflict_stories
    from crm_desktop.domain.messages import msg

    ws = open_ws(args)
    try:
        stories = conflict_stories(ws, args.lang, include_resolved=args.all)
    finally:
        ws.close()
    if args.json:
        out_json([asdict(s) for s in stories])
    elif not stories:
        print(msg("conflict.none").render(args.lang))
    else:
        for s in stories:
            print(f"[{s.id}] {s.text}")
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    s = sub.add_parser("conflicts", help="values that lost a simultaneous change, in people's words")
    s.add_argument("--all", action="store_true", help="also the conflicts already resolved")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_conflicts)
