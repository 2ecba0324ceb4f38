"""``crm-desktop calendar``: iCalendar (RFC 5545) export of meetings and import of invitations.

crm-desktop calendar export [--year YYYY] [--meeting ID] --out FILE.ics
crm-desktop calendar import FILE.ics [--body KEY]

Import prints one line per event: created, updated (a higher SEQUENCE), cancelled (METHOD:CANCEL),
unchanged, ignored (an older SEQUENCE) or not changed because the meeting has already taken place.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import EXIT_OK, open_ws, registrar


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.app.calendar import export_ics

    ws = open_ws(args)
    try:
        count = export_ics(ws, Path(args.out), year=args.year, meeting_id=args.meeting)
    finally:
        ws.close()
    print(f"{count} {'reuniones' if args.lang == 'es' else 'meetings'} → {args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.app.calendar import import_calendar

    ws = open_ws(args)
    try:
        result = import_calendar(ws, Path(args.file), body=args.body)
    finally:
        ws.close()
    # One line per event: the meeting's id (when there is one) and what the file did to it.
    for outcome in result.outcomes:
        print(f"{(outcome.meeting_id or '-')[:8]}  {outcome.message.render(args.lang)}")
    return EXIT_OK


@registrar
def add_calendar(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser("calendar", help="iCalendar export and import of meetings")
    actions = parser.add_subparsers(dest="action", required=True, parser_class=type(parser))
    s = actions.add_parser("export", help="write meetings to an .ics file")
    s.add_argument("--year", type=int, help="only the meetings of this year")
    s.add_argument("--meeting", help="only this meeting (id or unambiguous prefix)")
    s.add_argument("--out", required=True, metavar="FILE.ics")
    s.set_defaults(func=cmd_export)
    s = actions.add_parser("import", help="create or update meetings from an .ics invitation")
    s.add_argument("file", metavar="FILE.ics")
    s.add_argument("--body", help="body of the meetings when the file does not say it (e.g. grcm)")
    s.set_defaults(func=cmd_import)
