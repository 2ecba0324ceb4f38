"""``crm-desktop meetings list`` and ``crm-desktop people list``.

Both are also answered by :func:`quick_list` with plain ``sqlite3``, which ``main`` tries first: this
module imports nothing heavy, so that path stays fast.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from crm_desktop.cli.kit import body_option, command, emit, group, registrar, with_workspace, workspace_dir

if TYPE_CHECKING:
    from crm_desktop.app.workspace import Workspace
    from crm_desktop.cli.kit import Subparsers

_MEETING_KEYS = ("id", "body", "title", "ordinal", "start", "end", "timezone", "host_country")
_PERSON_KEYS = ("id", "name", "country", "organisation", "category", "roles")


def _print_meetings(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    data = [{k: r[k] for k in _MEETING_KEYS} for r in rows]
    return emit(args, rows, ["id", "start", "body", "host_country", "title"], data=data)


def _print_people(args: argparse.Namespace, rows: list[dict[str, Any]]) -> int:
    return emit(args, rows, list(_PERSON_KEYS), data=[{k: r[k] for k in _PERSON_KEYS} for r in rows])


@with_workspace
def cmd_meetings_list(args: argparse.Namespace, ws: Workspace) -> int:
    from crm_desktop.app.meetings import list_meetings

    return _print_meetings(args, list_meetings(ws, year=args.year, body=args.body))


@with_workspace
def cmd_people_list(args: argparse.Namespace, ws: Workspace) -> int:
    from crm_desktop.app.people import list_people

    return _print_people(args, list_people(ws))


def quick_list(args: argparse.Namespace) -> int | None:
    """The list read without opening the workspace; None when it needs the usual open."""
    from crm_desktop.app.workspace_files import DB_NAME, quick_meetings, quick_people

    database = workspace_dir(args) / DB_NAME
    if args.command == "meetings":
        rows = quick_meetings(database, year=args.year, body=args.body)
        return None if rows is None else _print_meetings(args, rows)
    rows = quick_people(database)
    return None if rows is None else _print_people(args, rows)


@registrar
def register(sub: Subparsers) -> None:
    s = command(group(sub, "meetings", "meetings"), "list", cmd_meetings_list, json=True)
    s.add_argument("--year", type=int)
    body_option(s)
    command(group(sub, "people", "people"), "list", cmd_people_list, json=True)
