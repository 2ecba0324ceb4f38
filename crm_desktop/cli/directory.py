"""``crm-desktop meetings list`` and ``crm-desktop people list``.

Both are also answered by :func:`quick_list` with plain ``sqlite3``, which ``main`` tries first: this
module imports nothing heavy, so that path stays fast.
"""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.cli import kit

_MEETING_KEYS = (
    "id",
    "body",
    "title",
    "title_en",
    "shown_title",
    "ordinal",
    "start",
    "end",
    "timezone",
    "host_country",
)
_PERSON_KEYS = ("id", "name", "country", "organisation", "category", "roles")


def _print_meetings(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    data = [{k: r[k] for k in _MEETING_KEYS} for r in rows]
    shown = [{**r, "title": r["shown_title"]} for r in rows]  # the table in --lang; JSON keeps both
    return kit.emit(args, shown, ["id", "start", "body", "host_country", "title"], data=data)


def _print_people(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    return kit.emit(args, rows, list(_PERSON_KEYS), data=[{k: r[k] for k in _PERSON_KEYS} for r in rows])


@kit.with_workspace
def cmd_meetings_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.meetings import list_meetings

    return _print_meetings(args, list_meetings(ws, year=args.year, body=args.body, lang=args.lang))


@kit.with_workspace
def cmd_people_list(args: argparse.Namespace, ws: kit.Workspace) -> int:
    from crm_desktop.app.people import list_people

    return _print_people(args, list_people(ws))


def quick_list(args: argparse.Namespace) -> int | None:
    """The list read without opening the workspace; None when it needs the usual open."""
    from crm_desktop.app.workspace_files import DB_NAME, quick_meetings, quick_people

    database = kit.workspace_dir(args) / DB_NAME
    if args.command == "meetings":
        rows = quick_meetings(database, year=args.year, body=args.body, lang=args.lang)
        return None if rows is None else _print_meetings(args, rows)
    rows = quick_people(database)
    return None if rows is None else _print_people(args, rows)


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(kit.group(sub, "meetings", "meetings"), "list", cmd_meetings_list, json=True)
    s.add_argument("--year", type=int)
    kit.body_option(s)
    kit.command(kit.group(sub, "people", "people"), "list", cmd_people_list, json=True)
