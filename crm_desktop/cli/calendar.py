"""``crm-desktop calendar``: iCalendar (RFC 5545) export of meetings and import of invitations.

crm-desktop calendar export [--year YYYY] [--meeting ID] --out FILE.ics
crm-desktop calendar import FILE.ics [--body KEY]

Import prints one line per event: created, updated (a higher SEQUENCE), cancelled (METHOD:CANCEL),
unchanged, ignored (an older SEQUENCE) or not changed because the meeting has already taken place.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import kit


@kit.with_workspace
def cmd_export(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.calendar import export_ics
    from crm_desktop.domain.messages import msg

    count = export_ics(ws, Path(args.out), year=args.year, meeting_id=args.meeting)
    print(msg("cli.calendar.exported", count=count, file=args.out).render(args.lang))


@kit.with_workspace
def cmd_import(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.calendar import import_calendar

    result = import_calendar(ws, Path(args.file), body=args.body)
    # One line per event: the meeting's id (when there is one) and what the file did to it.
    for outcome in result.outcomes:
        print(f"{(outcome.meeting_id or '-')[:8]}  {outcome.message.render(args.lang)}")


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    actions = kit.group(sub, "calendar", "iCalendar export and import of meetings")
    s = kit.command(actions, "export", cmd_export, "write meetings to an .ics file")
    s.add_argument("--year", type=int, help="only the meetings of this year")
    kit.meeting_option(s, help="only this meeting (id or unambiguous prefix)")
    s.add_argument("--out", required=True, metavar="FILE.ics")
    s = kit.command(actions, "import", cmd_import, "create or update meetings from an .ics invitation")
    s.add_argument("file", metavar="FILE.ics")
    kit.body_option(s, help="body of the meetings when the file does not say it (e.g. grcm)")
