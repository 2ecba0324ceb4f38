"""``crm-desktop report``: the PDF documents (agenda, participants, declaration, progress...)."""

from __future__ import annotations

import argparse
from pathlib import Path

from crm_desktop.cli import kit
from crm_desktop.domain.kinds import REPORT_KINDS, REPORT_LANGS

PROGRESS = "progress"  # the semi-annual progress report, the same as ``progress-report``


def doc_lang(args: argparse.Namespace) -> str:
    """The documents' language: the command's ``--lang``, else the global one."""
    return str(args.doc_lang or args.lang)


def cmd_report(args: argparse.Namespace) -> int:
    from crm_desktop.app.reports import ReportRequest, render_report

    if args.kind == PROGRESS:
        return _progress_report(args)
    req = ReportRequest(
        args.kind,
        doc_lang(args),
        meeting_id=args.meeting,
        year=args.year,
        segment=args.segment,
        document_id=args.document,
        closed_door=args.closed_door,
    ).validate()  # a request that cannot be made is refused before the workspace is opened
    with kit.workspace(args) as ws:
        result = render_report(ws, req, Path(args.out))
    if args.json:
        keys = ("kind", "lang", "title", "symbol", "audience", "pages")
        kit.out_json({"path": str(result.path), **{k: getattr(result, k) for k in keys}})
    else:
        print(f"{result.path}  {result.symbol}  {result.pages} p.  [{result.audience}]")
    return kit.EXIT_OK


def _progress_report(args: argparse.Namespace) -> int:
    """``report progress``: the semi-annual progress report, the same as ``progress-report``."""
    from crm_desktop.app.errors import BadInput
    from crm_desktop.cli.process.plan import cmd_progress_report
    from crm_desktop.domain.messages import msg

    if not args.semester:
        raise BadInput(msg("error.invalid", detail="the progress report needs --semester (e.g. 2026-1)"))
    if args.doc_lang == "bilingual":
        raise BadInput(msg("error.invalid", detail="the progress report is written in es or en"))
    return cmd_progress_report(argparse.Namespace(**{**vars(args), "lang": doc_lang(args)}))


@kit.registrar
def register(sub: kit.Subparsers) -> None:
    help = "produce a PDF document (agenda, participants, declaration, progress...)"
    s = kit.command(sub, "report", cmd_report, help, json=True)
    s.add_argument("kind", choices=[*kit.choices(REPORT_KINDS), PROGRESS])
    kit.meeting_option(s)
    s.add_argument("--year", type=int, help="the calendar's year")
    s.add_argument("--semester", help="the progress report's semester, e.g. 2026-1 (same as progress-report)")
    kit.id_argument(
        s, "--document", "draft", metavar="ID", help="a negotiated document (drafting); default: the meeting's"
    )
    s.add_argument("--lang", dest="doc_lang", choices=kit.choices(REPORT_LANGS), help="default: the global --lang")
    kit.segment_option(s, default="plenary")
    s.add_argument("--closed-door", action="store_true", help="dossier: include the closed-door agenda and list")
    s.add_argument("--out", required=True, metavar="FILE.pdf")
