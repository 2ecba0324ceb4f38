"""``crm-desktop accredit`` and ``crm-desktop participants export|import``: who takes part in a meeting,
one by one or as a CSV list."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crm_desktop.cli import kit
from crm_desktop.domain.protocol import RANKS


@kit.with_workspace
def cmd_accredit(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.accreditation import accredit

    print(accredit(ws, args.meeting, args.person, args.segment, head=args.head, rank=args.rank))


@kit.with_workspace
def cmd_export(args: argparse.Namespace, ws: kit.Workspace) -> None:
    from crm_desktop.app.meetings import meeting_key
    from crm_desktop.app.participants_csv import export_file

    print(export_file(ws, meeting_key(ws, args.meeting), Path(args.out)))


@kit.with_workspace
def cmd_import(args: argparse.Namespace, ws: kit.Workspace) -> int | None:
    from crm_desktop.app.meetings import meeting_key
    from crm_desktop.app.participants_csv import import_text, preview, read_file
    from crm_desktop.domain.messages import msg

    meeting_id = meeting_key(ws, args.meeting)
    text = read_file(Path(args.file))
    rows = preview(ws, meeting_id, text)
    kit.out_table(
        [
            {
                "line": r.line,
                "name": r.values.get("name", ""),
                "segment": r.segment,
                "result": msg(f"cli.csv.{r.status}").render(args.lang),
            }
            for r in rows
        ],
        ["line", "name", "segment", "result"],
    )
    for r in rows:
        for e in r.errors:
            print(msg("csv.line", line=r.line, message=e).render(args.lang), file=sys.stderr)
    if args.dry_run:
        return kit.EXIT_BAD_INPUT if any(r.errors for r in rows) else None
    result = import_text(ws, meeting_id, text, skip_invalid=args.skip_invalid)
    summary = msg("csv.imported", accredited=result.accredited, created=result.created, skipped=result.skipped)
    print(summary.render(args.lang))
    return None


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    s = kit.command(sub, "accredit", cmd_accredit, "accredit a person to a meeting", new_id=True)
    kit.meeting_option(s, required=True)
    kit.person_option(s, required=True)
    kit.segment_option(s, default="plenary")
    s.add_argument("--head", action="store_true", help="head of the delegation (listed first)")
    s.add_argument("--rank", help=f"protocol rank: {', '.join(RANKS)}")

    p = kit.group(sub, "participants", "participant lists of a meeting (CSV)")
    s = kit.command(p, "export", cmd_export, "write the meeting's accredited participants to a CSV file")
    kit.meeting_option(s, required=True)
    s.add_argument("--out", required=True)
    s = kit.command(p, "import", cmd_import, "accredit the participants listed in a CSV file")
    s.add_argument("file")
    kit.meeting_option(s, required=True)
    s.add_argument("--dry-run", action="store_true", help="only show what each row would do")
    s.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the others")
