"""``crm-desktop participants export|import``: a meeting's participant list as CSV."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.cli import EXIT_BAD_INPUT, EXIT_OK, open_ws, out_table, registrar

_STATUS = {
    "es": {"new": "nueva persona", "existing": "persona conocida", "already": "ya acreditada", "error": "error"},
    "en": {"new": "new person", "existing": "known person", "already": "already accredited", "error": "error"},
}


def cmd_export(args: argparse.Namespace) -> int:
    from crm_desktop.app.meetings import meeting_key
    from crm_desktop.app.participants_csv import export_file
    ws = open_ws(args)
    try:
        meeting_id = meeting_key(ws, args.meeting)
        count = export_file(ws, meeting_id, Path(args.out))
    finally:
        ws.close()
    print(count)
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from crm_desktop.app.meetings import meeting_key
    from crm_desktop.app.participants_csv import import_text, preview, read_file
    from crm_desktop.domain.messages import msg
    ws = open_ws(args)
    try:
        meeting_id = meeting_key(ws, args.meeting)
        text = read_file(Path(args.file))
        rows = preview(ws, meeting_id, text)
        status = _STATUS[args.lang]
        out_table(
            [
                {"line": r.line, "name": r.values.get("name", ""), "segment": r.segment, "result": status[r.status]}
                for r in rows
            ],
            ["line", "name", "segment", "result"],
        )
        for r in rows:
            for e in r.errors:
                print(msg("csv.line", line=r.line, message=e).render(args.lang), file=sys.stderr)
        if args.dry_run:
            return EXIT_BAD_INPUT if any(r.errors for r in rows) else EXIT_OK
        result = import_text(ws, meeting_id, text, skip_invalid=args.skip_invalid)
    finally:
        ws.close()
    summary = msg("csv.imported", accredited=result.accredited, created=result.created, skipped=result.skipped)
    print(summary.render(args.lang))
    return EXIT_OK


@registrar
def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from crm_desktop.cli import _Parser

    p = sub.add_parser("participants", help="participant lists of a meeting (CSV)")
    psub = p.add_subparsers(dest="action", required=True, parser_class=_Parser)
    s = psub.add_parser("export", help="write the meeting's accredited participants to a CSV file")
    s.add_argument("--meeting", required=True)
    s.add_argument("--out", required=True)
    s.set_defaults(func=cmd_export)
    s = psub.add_parser("import", help="accredit the participants listed in a CSV file")
    s.add_argument("file")
    s.add_argument("--meeting", required=True)
    s.add_argument("--dry-run", action="store_true", help="only show what each row would do")
    s.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
    s.set_defaults(func=cmd_import)
