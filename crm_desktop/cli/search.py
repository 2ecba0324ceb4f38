"""``crm-desktop search TEXT``: what the window's search finds, each result named in people's words."""

from __future__ import annotations

import argparse

from crm_desktop.cli import kit


@kit.with_workspace
def cmd_search(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.search import search
    from crm_desktop.domain.messages import msg

    results = search(ws, args.text, limit=args.limit, lang=args.lang)
    rows = [
        {"kind": r.kind, "title": r.title, "detail": r.detail, "id": r.row_id, "entity": r.entity, **r.context}
        for r in results
    ]
    if not rows and not args.json:
        print(msg("search.none", text=args.text).render(args.lang))
        return kit.EXIT_OK
    return kit.emit(args, rows, ["kind", "title", "detail", "id"])


def _limit(text: str) -> int:
    value = int(text) if text.isdigit() else 0
    if not 1 <= value <= 200:
        raise argparse.ArgumentTypeError("a whole number from 1 to 200")
    return value


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(
        sub, "search", cmd_search, "find people, meetings, agenda items, decisions and documents", json=True
    )
    s.add_argument("text", help="words to look for (accents and case do not matter)")
    s.add_argument("--limit", type=_limit, default=40, help="at most this many results (1-200, default 40)")
